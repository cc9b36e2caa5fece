"""The channels items are published on: website, WeChat and other accounts, boards, the press.

Counts of one channel's items in a sentence, its paragraph or a sibling numbered point, the kinds of channel a
report counts items on, and the phrases that name several means at once (catalogue P05 and P17), for telling one
channel's count from the year's total.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import Callable, Iterator, NamedTuple

from orchestration.parser.numbers import CHINESE_NUMERAL_CHARS
from orchestration.parser.prose.scope import _SUBSET
from orchestration.parser.prose.sentences import _POINT_NUMBER, _SECTION_NUMBER, _SPACE_IN_WORDS, _clauses


_POINTS_BACK = re.compile(r"(?:该|此|上述|以上)(?:平台|网站|网|栏目|专栏|渠道|公众号)")
# the places items are published on (a channel's count names one)
# (a WeChat service or subscription account, 服务号/订阅号, is an account too: 91a06's city bureau counted one beside
# its site, its 公众号 and its app, and its 服务号 count was read as the year's total; a wording of P05)
# (and a paper named as the channel, 某州日报公布信息2条 between the portal's and the bureau's site's counts and before the total:
# 204b01's city bureau, the paper's count read as the year's total; a wording of P05; not the daily reports of
# 每日报送, 日报告制度 or 周报日报, which are no paper: review of 29c8104)
# (and an account's or site's edition in another language, 九原政务蒙文版发布信息共计N条 after the WeChat account's count:
# 125d03's district, whose edition's count was read as the year's total; a guard)
_MEDIA_WORDS = r"网站|网|(?<![每报])日报(?![送告表])|晚报|微博|微信|官微|公众号|服务号|订阅号|平台|公报|客户端|APP|头条|抖音|视频号|新媒体|公示栏|公开栏|[蒙藏维英]文版"
# a quoted account name that publishes (“某某发布”发布信息N条) is a channel too (catalogue P05)
# (主动 between: 在“聚焦罗甸”主动发布信息N条 among a county's WeChat, Weibo and portal counts, 112b01, was read as
# the year's total; a wording of P05)
# (利用 as the verb: not 土地利用 or 开发利用, a kind of item: round 24's town listed 土地利用…情况1条
# among kinds after its one website's count)
# (and the press named as publications where items are counted published in them, 在省级以上刊物主动公开信息2684条 among a city
# bureau's site's, Weibo's and portal's counts: 295b02, read as the year's total once its site's count was read as a channel's; a
# wording of the paper named as the channel; never 刊物 or 报刊 in other roles, 编印刊物4期, 印发刊物1200份, 订阅报刊, 并在报刊上刊登
# after a total: the review of 7e8dd0e)
_PRESS_PUBLISHED = r"在[^，。；,;\d]{0,12}?(?:刊物|报刊)上?(?:主动)?(?:公开|发布|刊登|刊发)[^，。；,;\d]{0,10}?\d"
_CHANNEL = re.compile(r"通过|(?<!土地)(?<!资源)(?<!开发)(?<!综合)(?<!再)利用|依托|" + _MEDIA_WORDS + r"|”(?:主动)?(?:发布|公开|推送)|"
                      + _PRESS_PUBLISHED, re.IGNORECASE)
# what a count leaves out names none of its channels (累计公开政府信息N条(不含政务服务、…等专业平台发布的数据), then the
# portal's and the new media's shares of it: P05's channel test read the bracket's 平台 as the count's own channel, one
# among those after it; 106b07, 106b08 and 106b10, three agencies' pages of one county's template)
_EXCLUDED = re.compile(r"[（(](?:不含|不包括|不包含|未含|未包括)[^（()）]*[）)]")
# what readers sent or did is not an item a channel published (收到网民留言231条)
_READERS = re.compile(r"留言|来信|咨询|访问|点击|浏览|阅读")
# (征询 too: 收到1份区政府办公室依申请公开意见征询件 is another office asking its opinion on a request, 104b06; a guard)
_CONSULTATION = re.compile(r"咨询|征询")
# the agency's own column of the portal is where everything goes, not a subset
# (在门户网站信息公开专栏…, 在州人民政府网本局栏目…: catalogue P04, the one channel used)
# (and the OGI catalogue system a province's agencies publish through, 通过X区政府信息公开目录系统主动公开政府信息N条,
# 通过政府信息公开目录管理系统…: P04, five agencies' pages whose readers took the count as the year's, 31b11, 41b13,
# 80c03, 88d11 and 94a06; its 目录 is the system's name, no catalogue's part; so is a 政务公开目录网's, a channel beside
# the agency's own site: 在X网站公开信息132条，在市政府政务公开目录网公布信息84条, 121a03's city office, a guard)
# (its name quoted too, 通过县政府网站某镇“政府信息公开”栏目主动公开政府信息N条: two towns of one county, 95c06 and 107b07,
# whose readers took the count as the year's; the one channel used, as unquoted)
# (the catalogue itself, no system named, quoted or not: 在政府信息公开目录上主动公开信息N条, 通过X门户网站“政府信息公开目录”
# 主动公开政府信息N条, 通过县政府网站政府信息公开目录主动公开政府信息79条: 35b01, 72d03 and 220d12, three agencies' pages
# whose readers took the count as the year's, missed as a catalogue's part; P04)
_OWN_COLUMN = re.compile(r"(?:本局|本单位|本机关|本镇|本乡|本街道|我局|我单位|信息公开|政务公开)[”\"’」]?(?:专栏|栏目)"
                         r"|(?:信息|政务)公开目录(?:管理|发布)?(?:系统|网)"
                         # (not a named column of it, 在政府信息公开目录政策解读中公开…, 目录中的人事信息: review of 851973c)
                         # (or a place word, its platform, 共 or 已 before the verb: 目录下, 目录平台, 目录共公开: second review)
                         # (its address in brackets after it, 在政府信息公开目录(/x/gkmlpt/index)主动公开政府信息47篇: 277b04's city
                         # bureau on a mirror, missed; 广东's agencies publish through that catalogue platform; a wording. The bracket
                         # is any run of Latin letters, digits and an address's signs, so (2022) or (GKML) pass as if absent)
                         r"|(?:信息|政务)公开[”\"’」]?目录[”\"’」]?(?:\s*[（(][A-Za-z0-9/:._?=&%#-]{2,80}[）)]\s*)?"
                         r"(?=上|下|里|内|平台|共|已|累计|(?:中|内)?(?:主动)?(?:公开|发布|公布))")


# Items are counted in 条/份/篇, and in 件 after the noun 信息 (主动发布公开信息424件，…微信公众号刊发…信息933件: 67a10's
# district bureau; 各类相关信息共计71件, 64a16; 各类政府信息323件, 66b19; the city commission's two portals of 50b04).
# A bare 件 counts documents (规章9件) or cases handled (网上办理…许可1863件), no channel's items.
# (or its unit dropped, the number closing its clause, as pages whose template filled in bare numbers print every count:
# …门户网站主动公开各类政府信息1427条,达州民政微信公众号发布信息170 in 220d09's city bureau, whose portal count was read as the
# year's total beside it; 主动公开政务信息3069, 更新信息709, in 219b03's and 219b05's towns; for telling channels' counts
# apart only, never read as a figure)
# (an approximate count of information published is a channel's count too, 在“三阳发布”微信公众号公布信息90余条 after the portal's
# 20条 (256b10's town), 利用党务政务公开来公开各类信息79余条 after the bureau site's 345条 (272d11's city bureau): each portal count
# was read as the year's total, which neither reader took; only the verb and 信息 straight before it, as leaflets handed out
# (宣传资料2000余份), reports checked, articles others ran, readers' questions answered or items sent up (报送信息50余条) are counted
# with 余 far more often than exactly: review of a54b320)
_IN_JIAN = r"|信息(?:共计|共|总计|合计|为|达)?\s*\d[\d,]*\s*(?:余|多)?件" r"|信息\s*\d[\d,]*(?=\s*(?:[，,。；;]|$))"
_APPROXIMATE = r"|(?:公开|发布|公布|推送)(?:了)?(?:各类|相关)?(?:政府|政务)?信息(?:共计|共)?\s*\d[\d,]*\s*(?:余|多)\s*条"
_ITEMS_COUNTED = re.compile(r"\d\s*(?:条|份|篇)" + _IN_JIAN + _APPROXIMATE)  # (tested first: most clauses count nothing)


def _channel_figures(text: str) -> int:
    """Clauses counting one channel's items (not a domain's, not readers' messages).

    A breakdown by channel (其中通过网站…N条，通过微信…M条) counts channels, and so
    does a count to date: either shows that several channels carry the agency's
    items. A clause that points back (在该平台累计公开…) names no new channel."""
    if not _ITEMS_COUNTED.search(text) or not _CHANNEL.search(text):
        # no clause counts anything (no count spans a clause's break), or none names a channel (a
        # clause's match is the text's: the character before a clause is a separator): most text
        return 0
    return sum(_channels_listed(c) for _, c in _clauses(text)
               if _ITEMS_COUNTED.search(c) and _CHANNEL.search(_EXCLUDED.sub("", c))
               and not _SUBSET.search(_OWN_COLUMN.sub("", c.replace("其中", ""))) and not _READERS.search(c)
               and not _POINTS_BACK.search(c))


def _channels_listed(clause: str) -> int:
    """The channel figures of a clause that counts a channel's items: one, or one for each of the channels
    counted one after another in it, joined by 、 (通过政务公开专栏发布N条信息、微信公众号发布M条信息: P05)."""
    if "、" not in clause:
        return 1
    return max(1, sum(1 for piece in clause.split("、") if _ITEMS_COUNTED.search(piece) and _CHANNEL.search(piece)))


# A paragraph ends at a blank line or where a numbered heading starts a line.
_PARAGRAPH_END = re.compile(rf"\n\s*\n|\n(?=[ \t]*(?:{_SECTION_NUMBER}|{_POINT_NUMBER}))")


# Several means of disclosure named together (通过政府网站、政务新媒体等方式, 通过制作专栏、设立意见箱等
#多种形式): a count for one of them elsewhere in the paragraph covers only that one, and a count in
# the same clause covers them all (catalogue P17 and P05; 5 agencies' pages over rounds two and three).
# (等宣传方法: round 13's township that counts its portal's items beside boards, broadcasts and WeChat)
_MEANS_END = re.compile(r"等(?:多种)?(?:宣传)?(?:方式|形式|渠道|载体|途径|方法)|多种(?:方式|形式|渠道|载体|途径)")
_CLAUSE_MARK = re.compile(r"[。；，,]")
# in the count's own clause the several means may be platforms too (通过公示栏、政府网站等平台主动公开政府信息128条, 96d03's
# county bureau, beside its portal's own count in the sentence before); not in the paragraph's listing, where 依托政府网站、
# 政务新媒体等平台 is the report's means in general and the portal's count after it the year's (102a07's county); and only
# platforms with the website among them: boards and broadcasts 等平台 are the offline means, one channel (see _count_kind)
_MEANS_OR_PLATFORMS_END = re.compile(_MEANS_END.pattern + "|等平台")
# every channel named in one word (通过各类平台, 多种渠道, 官方渠道): a count over all of them, as a listing of
# means is, and the channels' own counts after it are its parts (rounds 17, 19, 29 and 35: a town's, a city office's,
# a township's and two zones' pages; 通过官方渠道共主动公开…1642条，…门户网站…1034条，…微信公众号…608条)
_EVERY_CHANNEL = re.compile(r"(?:通过|依托|利用|在)(?:各类|各种|多种|各个|多个|官方|全部|所有|各|多)(?:公开|政务公开|政务)?(?:平台|渠道|载体|途径|媒体)")
# 通过不同渠道(和方式)主动公开政府信息N条 before the channels' own counts or beside a channel the paragraph names: every
# channel too (258a12's city, 267c07's township and 223b07's town, each read as nothing where their readers took the count);
# only 渠道, with 主动 or a total's 共 in its clause, only after the sentence's time and the agency's own subject (2020年,
# 2024年度,我乡主动, 2022年,全镇), nor in a point beside another channel's: after anything else (另, 还, 同时, 除…外, 局属科室,
# 辖区内21个村, another channel's count) 不同 means the other channels or other bodies' (three reviews of 749fa8b)
_DIFFERENT_CHANNELS = re.compile(r"(?:通过|依托|利用)不同(?:的)?渠道")
_DIFFERENT_CHANNELS_TOTAL = re.compile(r"主动|(?<![公中])共(?:计)?(?=公开|发布|\d)")
_OWN_LEAD = re.compile(r"\s*(?:[一二三四五六七八九十]+[、.．][^，。,\d\s]{0,10}\s*)?(?:(?:\d{4}\s*年度?|全年|今年|本年度?)(?:以来)?"
                       r"\s*[，,]?\s*)?(?:(?:我|本|全)(?:局|委|办|镇|乡|街道|区|县|市|州|旗|单位|机关|中心)\s*)?(?:主动)?\s*$")


_LIST_JOINER = re.compile("[、和及与]")
_FULL_STOP = re.compile(r"[。！？!?]")


def _names_several_means(clause: str) -> bool:
    """Whether a count's clause lists the several means it covers (通过网站、公开栏等形式; 公示栏、政府网站等平台, but not
    公开栏、广播等平台, which names no website: the offline means, one channel), or names the website and the platforms
    like it (通过X县人民政府网等平台: see _SITE_AND_LIKE)."""
    return any(_MEDIA.search(phrase) and (not phrase.endswith("平台") or _WEBSITE.search(phrase))
               for _, phrase in _means_listed(clause, _MEANS_OR_PLATFORMS_END))


def _means_listed(text: str, means_end: re.Pattern = _MEANS_END) -> Iterator[tuple[int, str]]:
    """(end, phrase) of each phrase naming several means: a list joined by 、/和/及/与 before
    等…方式, or 多种方式, within its clause (found from the end: most text has none)."""
    for m in means_end.finditer(text):
        if m.group().startswith("多种"):
            yield m.end(), m.group()
            continue
        before = text[max(0, m.start() - 60):m.start()]
        before = _CLAUSE_MARK.split(before)[-1]
        if _LIST_JOINER.search(before):
            yield m.end(), before + m.group()


# what a listing of means must name to be about channels (采用图文、视频等方式开展解读 is not)
_MEDIA = re.compile(_MEDIA_WORDS + r"|媒体|宣传栏|专栏|意见箱|报纸|电视|广播", re.IGNORECASE)


def _paragraph_channels(text: str, normalized: str) -> Callable[[int], tuple[int, tuple[tuple[int, str], ...]]]:
    """For an offset into text, the channel figures of its paragraph and the phrases in it
    that name several means (found when first asked for: most paragraphs, and most reports, need
    neither). Paragraphs are cut from `normalized` (the text width-normalised: one character for one)."""
    spans: list[tuple[int, int]] = []
    ends: list[int] = []
    counts: dict[int, tuple[int, tuple[tuple[int, str], ...]]] = {}

    def count(offset: int) -> tuple[int, tuple[tuple[int, str], ...]]:
        if not spans:  # (the text's end closes a paragraph: there is always one)
            pos = 0
            for m in _PARAGRAPH_END.finditer(text + "\n\n"):
                spans.append((pos, m.start()))
                ends.append(m.end())
                pos = m.end()
        i = min(bisect_right(ends, offset), len(spans) - 1)
        if i not in counts:
            paragraph = normalized[spans[i][0]:spans[i][1]]
            counts[i] = (sum(_channel_figures(part) for part in _FULL_STOP.split(paragraph)),
                         tuple((spans[i][0] + end, phrase) for end, phrase in _means_listed(paragraph)
                               if _MEDIA.search(phrase) and "申请" not in phrase))
        return counts[i]
    return count


# Points numbered (一), (二)… of one section, one of which names a channel in its heading and counts items there
# ((一)部门户网站。我局主动公开政府信息N条 / (二)新闻宣传。通过各类新闻媒体刊播稿件一百余篇, 110d01's city bureau;
# (一)我局入口网站主动公开政府信息情况。…发布政府信息N条 / (二)通过报刊、广播等主动公开政府信息情况。…M条, 112d04's
# district bureau; (一)政务公开方面。全年累计主动公开政府信息N条 / (二)新媒体公开方面。“X”微信公众号发布信息M条, the
# page behind realdev r181): the channels are counted apart, point by point, and the other point's count is no part
# of the first's (catalogue P05, three agencies' pages whose readers gave no figure)
# one pass finds both: a section's heading (二、) and a point's, with its heading's words up to 。 or a colon
# (the text is width-normalised: an ideographic space is a space)
_HEADINGS = re.compile(rf"^[ \t]*(?:{_SECTION_NUMBER}|{_POINT_NUMBER}(?P<point>[^。\n]{{0,30}}?)(?:[。：:]|$))",
                       re.MULTILINE)
_POINT_START = re.compile(rf"[ \t]*{_POINT_NUMBER}")
# (a heading names its channel by other words than a count's clause does, _CHANNEL_KIND's: 门户, 新闻宣传; and not 平台, a
# heading on building the platforms, 政府信息公开平台建设, that counts nothing of its own)
_POINT_CHANNEL = re.compile(r"网站|门户|微信|公众号|微博|新媒体|媒体|报刊|报纸|新闻|广播|电视|公开栏|公示栏")
# (in words too: 刊播稿件一百余篇)
_POINT_COUNT = re.compile(rf"(?:\d+|[{CHINESE_NUMERAL_CHARS}]+)\s*(?:余|多)?[条篇]")


class _Point(NamedTuple):
    start: int
    end: int
    section: int  # how many section headings stand before it
    names_channel: bool
    body: int  # where the words after its heading start


def _points_beside_a_channel(text: str) -> Callable[[int], bool]:
    """For an offset into text: does it stand in a numbered point with a sibling point (same section) that
    counts items, one of the two naming a channel in its heading? Points are found when first asked for."""
    found: list[_Point] = []
    counts: dict[int, bool] = {}  # (whether a point counts items, looked at only for points beside a channel)
    read = False

    def counts_items(point: _Point) -> bool:
        if point.start not in counts:
            counts[point.start] = _POINT_COUNT.search(text, point.body, point.end) is not None
        return counts[point.start]

    def beside(offset: int) -> bool:
        nonlocal read
        # (a count in a point stands on its heading's line or the next: a candidate elsewhere needs no points read)
        line = text.rfind("\n", 0, offset) + 1
        previous = text.rfind("\n", 0, max(line - 1, 0)) + 1 if line else 0
        if not any(_POINT_START.match(text, at) for at in {line, previous}):
            return False
        if not read:
            read = True
            section, point = 0, None
            for m in [*_HEADINGS.finditer(text), None]:  # (None closes the last point at the text's end)
                if point is not None:  # a point runs to the next heading of either kind
                    found.append(_Point(point.start(), m.start() if m else len(text), section,
                                        _POINT_CHANNEL.search(point.group("point")) is not None, point.end()))
                    point = None
                if m is not None and m.group("point") is None:
                    section += 1
                elif m is not None:
                    point = m
        here = next((p for p in found if p.start <= offset < p.end), None)
        # (the channel's own point too, once another point counts: its count is that channel's alone)
        return here is not None and any(p is not here and p.section == here.section
                                        and (p.names_channel or here.names_channel) and counts_items(p) for p in found)
    return beside


# The kinds of channel a count of items can be published on. A report that counts items on two
# kinds anywhere, in any section (its portal under 主动公开, its WeChat account under 平台建设),
# gives no count of one of them as the year's total: catalogue P05, tenth round (four agencies'
# pages: a portal's count with the WeChat account's in the next sentence or a later section, a
# portal's counts by kind then the account's, a portal's and a services platform's in one list;
# eleventh round, two more: a portal's count and the press's, in the next clause or numbered point).
# 新媒体 names any of the new media, so it is no other kind than a WeChat account's (their counts
# may be the same items); a platform is a kind only when nothing else names it (微信公众号平台
# is the account). 官网 and 官微 are the official site's and accounts' short names (厅官网…N条 beside two
# WeChat accounts' counts, realdev r308's province department; 政府官网…N条，官微发布信息M条, 69b14's: a wording of P05).
# The site's OGI column is the website too where a count is published on it (通过牟平区政府信息公开专栏、微信公众号合计发布信息104条
# counts both kinds, the year's total: 317a12's town, read as the WeChat account's alone and left out beside the form's heading
# 政府信息公开平台建设; a wording), but a column named elsewhere says no site is used (a WeChat account's own 信息公开专栏, its
# quoted name, a page's breadcrumb: the review of the first version, which took it for _SITE_NAMED's site too).
_WEBSITE_WORDS = "网站|门户网|政府网|政务网|信息网|公开网|官网"
_CHANNEL_KIND = re.compile(
    rf"(?P<website>{_WEBSITE_WORDS}|信息公开专栏)|(?P<wechat>微信|公众号|服务号|订阅号|视频号)|(?P<weibo>微博)"
    r"|(?P<app>客户端|APP)|(?P<video>抖音|头条号|快手)|(?P<gazette>公报)|(?P<board>公示栏|公开栏|宣传栏)"
    r"|(?P<newmedia>新媒体|自媒体|官微)|(?P<press>媒体|报刊|报纸|电视|广播|电台)|(?P<platform>平台)"
    # 其他方式 / 其他渠道: the channels the rows before leave, one more channel's count (the last of several channel
    # rows, 其他方式公开政府信息数N条, was read as the year's total: 75c02, 77c16; a guard)
    r"|(?P<other>其他(?:方式|渠道|形式|途径))", re.IGNORECASE)
_NEW_MEDIA = frozenset({"wechat", "weibo", "app", "video", "newmedia"})
# A new-media account's count (“X发布”微信平台公开发布信息N条) is one channel's, not the year's total, where the
# report names a website or platform it publishes on, even without a count of it (…主要借助县人民政府网站 in the
# platform section; 依托区政府网站，同时…通过“X”微信公众号发布信息; 运用“X”微信公众号、公开栏等多种形式):
# FORMS §2, one channel among several. Catalogue P05/P17: 29a24, 29a26, 42b09, 62b11 and 72d16, five agencies'
# pages whose readers left such a count out (realdev r364 and r424 stand for three of them). A report that
# names no site keeps its one channel's count.
_SITE_NAMED = re.compile(_WEBSITE_WORDS + "|平台")
_WEBSITE = re.compile(_WEBSITE_WORDS)  # (a list of means with the website among them: _names_several_means)
# the website alone before 等平台 (通过市政府门户网站等平台主动公开政府信息N条; 通过政府门户网站“X”专栏等平台…共计545条;
# 通过X县人民政府网等平台共发布各类信息91条) counts it and the platforms like it: the year's total, though another
# numbered point counts the WeChat account's items (P01: round 24's page, 117c05's county bureau and 217d12's town, whose
# total was left unread beside its 平台建设 point's account count; _count_kind gives such a count no one kind already); not
# where the report counts a website's items apart, as a superior's site's (在市政府网站等平台发布信息20条 beside 我局门户网站…300条:
# review of a2972df)
_SITE_AND_LIKE = re.compile(rf"(?:通过|依托|利用|在)[^，。；,;、]{{0,20}}?(?:{_WEBSITE_WORDS})(?:[“\"][^”\"]{{1,15}}[”\"](?:专栏|栏目)?)?等平台")
# an approximate count (新闻信息80余条) still shows a channel counted, though it is no figure
_ITEM_COUNT = re.compile(r"\d[\d,]*\s*(?:余|多)?(?:条|份|篇)" + _IN_JIAN)
# how many times readers came or how many they are (浏览量596万余次, 粉丝8.4万人)
_VISITS = re.compile(r"\d[\d,.]*\s*万?\s*(?:余|多)?(?:人次|次|人)")


def _names_no_publisher(text: str) -> bool:
    """The words before a count say it is no channel's published items: readers' doings, a channel named
    before (该平台), or requests (未收到…通过政府信息公开平台…提交的申请，…共受理申请0条)."""
    return _READERS.search(text) is not None or _POINTS_BACK.search(text) is not None or "申请" in text


_GOES_ON_PUBLISHING = re.compile("发布|推送|公开")


# an account's quoted name, whose words name no channel of their own (“芙蓉区人民政府网”微信公众号发布文章375篇 is the
# WeChat account's count, not the website's: 141c08's district, whose portal's count was read as the year's total; a
# guard of P05)
_ACCOUNT_NAME = re.compile(r"[“\"][^“”\"]{1,20}[”\"](?=\s*(?:微信|公众号|微博|抖音|头条|快手|客户端|APP|视频号|服务号|订阅号))",
                           re.IGNORECASE)


def _count_kind(clauses: list[tuple[int, str]], index: int, at: int) -> str | None:
    """The one kind of channel named for the count at offset `at` of clause `index`: named
    since the clause's previous count, or, for its first count, in the clause before when that
    clause counts nothing (借助微信公众号平台“某某”，全年发布信息N条). None when no kind is
    named, or several are (通过门户网站、公开栏…三种形式公开信息，全年共发布信息N条 covers them all);
    "newmedia" for several accounts, "offline" for several offline means (boards, broadcasts, the press)."""
    clause = clauses[index][1]
    previous = [m.end() for m in _ITEM_COUNT.finditer(clause, 0, at)]
    segment = clause[previous[-1] if previous else 0:at]
    if (readers := _READERS.search(segment)) and (visits := [*_VISITS.finditer(segment, readers.end())]):
        # readers' figures run into the next channel's count with no comma between (门户网站…浏览量达到596万余次
        # “某某”微信公众号推送信息N条): that count's channel is named after the readers' number (P05, round 35)
        segment = segment[visits[-1].end():]
    if _names_no_publisher(segment):
        return None
    kinds = {m.lastgroup for m in _CHANNEL_KIND.finditer(_ACCOUNT_NAME.sub("", segment))}
    named_in = segment
    back = index
    while not kinds and not previous and back > 0:
        before = clauses[back - 1][1]
        if _ITEM_COUNT.search(before) or _names_no_publisher(before):
            break
        kinds = {m.lastgroup for m in _CHANNEL_KIND.finditer(before)}
        named_in = before
        back -= 1
        # further back only over a clause that goes on publishing with no channel of its own (利用微博、微信等新媒体,
        # 以图文、视频等形式发布信息,全年发布信息N条: 74d01, a variant of this rule's P05 class); a clause on anything
        # else ends the count's reach (加强…平台建设,依法保障…,2025年公开政务信息N条: 59a10's town keeps its total)
        if not kinds and not _GOES_ON_PUBLISHING.search(before):
            break
    # the website named with 等 and the means after it (通过政府门户网站“X”专栏等平台，主动公开政府信息共计545条) is that
    # channel and others like it: no one kind's count (117c05's county bureau, whose numbered points count a credit
    # platform's items too); boards and broadcasts named together, with or without 等平台, are the offline means, one
    # kind beside the website (…政务公开栏、村村通广播等平台主动公开政府信息153条 after a town's site's own count: 119b04,
    # a guard), as _names_several_means reads them
    if "website" in kinds and _MEANS_OR_PLATFORMS_END.search(named_in):
        return None
    if len(kinds) > 1:
        kinds.discard("platform")
    if len(kinds) > 1 and kinds <= _NEW_MEDIA:
        kinds.discard("newmedia")  # 政务新媒体“某某”微信公众号: the account
        if len(kinds) > 1:
            # several accounts counted together (官方微博、微信两个自媒体共发布信息N条) are the new media, one kind
            # beside the website the report counts apart (P05, round 42's city bureau)
            return "newmedia"
    if len(kinds) > 1 and not kinds & (_NEW_MEDIA | {"website"}):
        return "offline"
    return kinds.pop() if len(kinds) == 1 else None


def _other_kinds(kind: str, kinds: frozenset[str]) -> frozenset[str]:
    """The kinds in `kinds` that are other channels than `kind`."""
    same = {kind} | ({"newmedia"} if kind in _NEW_MEDIA else set()) | (_NEW_MEDIA if kind == "newmedia" else set())
    return kinds - same


def _channel_kinds(sentence: str) -> set[str]:
    """The kinds of channel the (width-normalised) sentence counts items on; not the parts after
    a 其中 up to a semicolon, which break a count down (其中统计公报6条 is a kind of item)."""
    clauses = _clauses(sentence)
    return {kind for i, (offset, clause) in enumerate(clauses) for m in _ITEM_COUNT.finditer(clause)
            if "其中" not in sentence[sentence.rfind(";", 0, offset + m.start()) + 1:offset + m.start()]
            and (kind := _count_kind(clauses, i, m.start()))}


def _report_channel_kinds(pieces: list[tuple[str, int, int]],
                          table_row: Callable[[str, int, int], bool]) -> Callable[[], frozenset[str]]:
    """The kinds of channel the report's prose (not its tables) counts items on, found when first asked for;
    `table_row(words, first, last offset)` tells a piece of a table from prose."""
    found: list[frozenset[str]] = []

    def kinds() -> frozenset[str]:
        if not found:
            found.append(frozenset(
                kind for words, begin, end in pieces
                if _ITEM_COUNT.search(words) and _CHANNEL_KIND.search(words)
                and not table_row(words, begin, end)
                for kind in _channel_kinds(_SPACE_IN_WORDS.sub("", words))))
        return found[0]
    return kinds
