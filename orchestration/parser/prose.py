"""Figures stated in sentences (FORMS.md §2, "Which sentences give a prose figure").

Only figures for the agency as a whole and for the report year count: a
sentence about another year, a cumulative or approximate figure, one domain
or one channel among several is not the year's total and gives nothing.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache, partial
from itertools import accumulate
from typing import Callable, Iterator, NamedTuple

from orchestration.parser.numbers import (CHINESE_NUMERAL_CHARS, TEN_THOUSAND, UNIT_WORDS, half_width, parse_chinese_numeral,
                                          parse_number_word)
from orchestration.parser.records import REPORTED, Cell
from orchestration.parser.script import HAN

NUM = rf"(\d[\d,]*(?:\.\d+)?万?|[{CHINESE_NUMERAL_CHARS}]+)"

# The numbers of a report's sections (二、) and of the points within one ((二)), which open their headings.
_SECTION_NUMBER = "[一二三四五六七八九十]+、"
_POINT_NUMBER = "[（(][一二三四五六七八九十]+[）)]"
# A sentence also ends where a numbered heading or item starts a line: PDF
# text has no blank lines, and its headings carry no full stop.
# (one character class first, then what a line break needs: the regex engine skips to the class's
# characters instead of trying three alternatives at every one)
_SENTENCE_END = re.compile(
    rf"[。！？!?\n](?:(?<=\n)(?:\s*\n|(?=[ \t]*(?:{_SECTION_NUMBER}|{_POINT_NUMBER}|\d{{1,2}}[.、．](?!\d))))"
    r"|(?<!\n))")
# Numbers standing apart in a row (`12 7 96`): a table flattened into text, not prose.
_TABLE_TEXT = re.compile(rf"(?:\s[\d,.\-]+){{3}}(?:\s|$)|(?:{UNIT_WORDS})\s+[\d,.]+\s*$")
_SPACE = re.compile(r"\s")  # (both of _TABLE_TEXT's alternatives need one: most sentences have none)
# an ASCII comma between digits is a thousands separator, not a clause break; nor is a web address's colon
# (在X门户网站(http://…)公开信息N条: round 62's province bureau, whose second site's count was cut from its site)
_CLAUSE_SPLIT = re.compile(r"[，；;：]|:(?!//)|,(?!\d{3}(?!\d))")
_YEAR = re.compile(r"(\d{4})\s*年")
_APPROX_BEFORE = re.compile(r"(?:近|约|大约|超过|逾|将近|接近)$")
# (余 may follow the unit: 主动公开政府信息220条余, round 27's town)
_APPROX_AFTER = re.compile(r"^(?:余|多|左右|以上|\s*[条件项篇]余)")
# (目前…已主动公开N条 with no year: so far, round 19; 截至目前 was already one)
_TO_DATE = re.compile(r"截至|截止|历年|至今|迄今|目前")
# After the year's end named as the date counted to, the count's own clause naming the year, 今年共 or 年累计 opening it (截至年底,
# 我局今年共公开信息287条: 234b11's district bureau; 截至2021年12月31日,年累计主动公开政府信息976条: 234b03's district bureau):
# the year's count, wordings of 144b09's and 148b08's class in _YEAR_TOTAL (only in the count's clause, and only after the year's
# end: 今年共… in an earlier clause, or 截至11月30日, leaves a count to date as it was: review of e79910b)
_YEARS_END_COUNTED_TO = re.compile(r"(?:截至|截止)(?:到)?(?:\d{4}年)?(?:12月(?:31日?|底|末)|年底|年末)")
_YEAR_NAMED_IN_CLAUSE = re.compile(r"^[^，。；,;]*?(?:今年|(?<![^，,；;\s])年)(?:共|共计|累计)")
_CUMULATIVE = re.compile(_TO_DATE.pattern + r"|以来|累计(?!.{0,3}年)")
_POINTS_BACK = re.compile(r"(?:该|此|上述|以上)(?:平台|网站|网|栏目|专栏|渠道|公众号)")
# (a whole year's span after 截至 is the year: 截至2018年1月1日至2018年12月31日，…主动公开信息N条, round 44's bureau)
# (and the year's end in brackets after the year named, 2020年度(截止12月31日)我局…主动公开…N条: 66b11)
# (not up to a year, 本单位到2019年累计主动公开政府信息302条: 湖南's old template, whose 到2019年底累计 ran to date already;
# 240d02's city office, read as the year's; nor 截止2019年累计…: review of 87a2595)
_YEAR_TOTAL = re.compile(r"(?:(?<![到至止\d])\d{4}年度?|全年|本年|(?<!\d)年度)(?:共|共计|累计)|本年度|全年|\d{4}年1月1日(?:起)?至\d{4}年12月31日"
                         r"|\d{4}年度?[（(](?:截至|截止)(?:\d{4}年)?12月(?:31日|底|末)[）)]"
                         # (or after a comma, the data's cut-off: 2018年,数据截止至12月31日,管委会共主动公开…53条, 217b04's
                         # zone committee; a wording of 66b11's)
                         # (not before a 累计, 数据截止至12月31日,管委会累计…5000条,本年…530条 runs to date: review of a2972df)
                         # (any 累计 after it: 累计接待群众来访20人次,主动公开…53条 loses its 53 too, a gap the second review
                         # found and left, as narrowing it to the verb's 累计 let the to-date 5000 above through)
                         r"|\d{4}年度?[,，]\s*数据(?:截至|截止)至?(?:\d{4}年)?12月(?:31日|底|末)[,，](?![^。；;]*?累计)"
                         # (the year named right before the verb after the date, 截至2024年12月31日,我镇2024年度主动公开…
                         # 累计22条: 144b09's town, whose reader took the year's own count; a wording; or 今年, 截止到2018年12月31日,
                         # 我镇今年主动公开政府信息177条: 148b08's town, likewise)
                         r"|(?:\d{4}\s*年度|今年)\s*$")
# a report's outline of its sections (报告包括总体情况、…收到和处理政府信息公开申请情况3个部分; 全文包括…): no figure
_OUTLINE = re.compile(r"^(?:本年度报告|本报告|报告|全文)(?:内容)?(?:主要)?(?:包括|分为|共分为|包含)")
# (相关信息 too: a topic's related items, 三是完善监测预警…,全年共发布相关信息N条 and 认真贯彻…疫情防控…要求,适时公开相关信息N条
# under a report's 一是/二是/三是: 91b09's and 92b06's county bureaus, each count read as the year's; a guard; a
# traditional text is read in simplified characters)
_SUBSET = re.compile(r"领域|其中|(?<![各几])类信息|方面|专栏|目录|栏目|下属|所属|直属|相关(?:政府|政务)?信息")
# the rest of a breakdown's kinds, just before the verb (其他应主动公开信息N条, 其他主动公开内容N条); not the last item of a
# list of kinds the total counts (政策文件、工作动态及其他主动公开信息共计120条)
_OTHER_KINDS = re.compile(r"(?<![及和与、等])其他(?:应|需)?$")
# a report's numbered point on one topic (二是围绕疫情防控,及时发布…等各类信息315条: 145d02's district office, whose point's
# count was read as the year's total): that topic's items (a guard of P02, as 相关信息 under 一是/二是 above)
_TOPIC_POINT = re.compile(r"^\s*[一二三四五六七八九十]是围绕")
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
_CHANNEL = re.compile(r"通过|(?<!土地)(?<!资源)(?<!开发)(?<!综合)(?<!再)利用|依托|" + _MEDIA_WORDS + r"|”(?:主动)?(?:发布|公开|推送)", re.IGNORECASE)
# what a count leaves out names none of its channels (累计公开政府信息N条(不含政务服务、…等专业平台发布的数据), then the
# portal's and the new media's shares of it: P05's channel test read the bracket's 平台 as the count's own channel, one
# among those after it; 106b07, 106b08 and 106b10, three agencies' pages of one county's template)
_EXCLUDED = re.compile(r"[（(](?:不含|不包括|不包含|未含|未包括)[^（()）]*[）)]")
# what readers sent or did is not an item a channel published (收到网民留言231条)
_READERS = re.compile(r"留言|来信|咨询|访问|点击|浏览|阅读")
# (征询 too: 收到1份区政府办公室依申请公开意见征询件 is another office asking its opinion on a request, 104b06; a guard)
_CONSULTATION = re.compile(r"咨询|征询")
# A count over every agency of an area (全市通过政务网发布信息N条, 全区共收到依申请公开件N件)
# is the agency's own only in a report compiled from all of them (综合各县区…编制):
# catalogue P12, whole-area counts.
# (全市 before 政府信息 is the whole city's, 全市政府信息公开工作人员已有345人: 155b06's city on a mirror, read as its own staff;
# a guard, 全市政府 standing for the city's government otherwise; 在全市率先 is first in the city, no count of it: review
# of f60373a)
# (or its levels named, 2024年,市、县(区)两级政府累计发布政府信息21,943条, 市、县两级…专栏…发布信息3858条, 市县两级政府…共受理
# 申请2335件…同意公开1876件: 259a05's city on a traditional copy, 259a12's city and realdev r319's province on a traditional
# copy, each read as the agency's own; a wording of P12)
# (only the levels as the count's subject, their governments or offices or 共/累计/统一 after them: never a channel, a
# requirement or training of theirs the agency used or followed, 我局在市、县两级政府网站发布信息114条, 参加市、区两级培训:
# review of ba4aa2a)
_AREA_LEVELS = (r"(?<![在经向以于对从由把过照合加绕托据及受与])[省市区县州盟旗]"
                r"(?:[、和]?(?:[市区县乡镇村州旗]|街道|苏木)(?:[（(][^，。；]{1,8}?[）)])?){1,2}[两二三]级"
                r"(?=政府(?![^，。；]{0,4}?(?:网|门户|平台|公众号|热线|信箱|媒体))|(?:行政)?机关|各?部门|共|累计|统一|合计|总计)")
_WHOLE_AREA = re.compile(r"全(?:省|市|区|县|州|盟|旗)(?!委|政府(?!信息)|级|率先)|" + _AREA_LEVELS)
# Figures of other units than the agency: its departments, schools, villages (各县…财政局共收到
# 申请57件, 区属各中小学校…公开信息4,126条, 县教育局、县卫生局等部门共受理申请96件), or a
# part after 其中/此外 (catalogue P12, sub-units)
# (各工作部门 too: 区政府及各工作部门主动公开…N条，其中，区政府…M条, round 44's district, as the sixth round's 各级政府及其工作部门;
# 市政府及其部门主动公开政府信息N条, round 46's city; 市级各有关部门…发布…政府信息共计N条, 77d04's county-level city)
_OTHER_UNITS = re.compile(r"各县|各区(?!域)|各市(?!场|民)|各乡|各镇|各街道|各村|各单位|各(?:有关|相关)?(?:工作|职能)?部门|及其(?:工作|职能)?部门|各学校|各中小学|等部门|等单位"
                          r"|区属|县属|市属|下属|所属|直属"
                          # (units counted by number, 12个县市区…主动公开政府信息共计N条,其中X区a条…, and the city's departments
                          # together, 市直部门主动公开共计N条,其中市国税局a条…: 156c04's city, whose units' items sent to its
                          # platform were read as its own; a guard)
                          r"|\d+个(?:县市区|县区|县市|区县|乡镇|街镇|镇街|部门|单位)|(?:市|县|区)直(?:各)?(?:部门|单位|机关)")
# The same count in the area's own words (2021年，我区主动公开各类政府信息N条; 我县共收到N件申请) in
# a government's report that never says it was compiled from its units: round 21 (four pages),
# rounds 13 and 14 and realdev r245, r252. A zero stays the agency's (the whole county had none).
# (我市各级政府…, 我县各级行政机关…: every level's governments, never the one government's own body, whatever follows
# 各级: round 52's two city governments' pages and realdev r191's source)
_OUR_AREA = re.compile(r"我(?:省|市|区|县|州|盟|旗)(?:各级|(?![^，,。；;]{0,8}?(?:政府(?!信息)|局|厅|委|办(?!理|结)|中心|街道|镇|乡)))")
# a numbered heading a line break ran into the sentence after it ((二)依申请公开 / 2024年全区…)
_HEADING_NUMBER = rf"^(?:{_SECTION_NUMBER}|{_POINT_NUMBER}|\d{{1,2}}[.、．])"
_HEADING_RUN_IN = _HEADING_NUMBER + r"[^，。；,;\d]{0,20}?"
# A whole-area subject opening an earlier clause of the sentence covers the counts after it
# (2025年全区共收到申请42件…；发生行政复议8件; 全县受理线上…申请65件，受理线下…申请9件; 全市各级
# 政府及部门…行政复议24件): round 21 (three pages), besides the clause rule above. A later clause
# with the agency as its subject (…，我局收到申请3件) speaks for the agency again.
_AREA_SUBJECT = re.compile(r"(?:" + _HEADING_RUN_IN + r"|^|[，,；;:：])\s*(?:(?:\d{4}年度?|全年|本年度?|今年)[，,]?)?(?:"
                           + _WHOLE_AREA.pattern + "|" + _OUR_AREA.pattern + ")")
# the agency naming itself (我局, 本单位, 我镇…)
_SELF = r"(?:我|本)(?:局|委|办|厅|单位|机关|部门|中心|镇|乡|街道)"
# (not a tier after 其中: 全市各级行政机关…152万条,其中,市本级…62.8万条,区县…89.2万条 parts the whole area's count by
# level, 132d11's city; a guard of P12's sub-units)
_OWN_SUBJECT = re.compile(rf"[，,；;:：]\s*(?:{_SELF}|(?<!其中[，,:：])(?!其中)[^，,；;]{{0,10}}?本级)")
# The outcomes a paragraph gives after a whole area's requests (2023年，全市各级政府及部门共收到…申请609件。
# 办理结果为：予以公开380件…; 全市共受理…申请452件…。予以公开及部分公开245件…不予公开39件) are the area's too,
# until a sentence opens with the agency again (rounds 21 and 32: two cities' pages, and a province's 2013 report
# read so in round 22)
_OWN_OPENING = re.compile(rf"(?:\d{{4}}年度?[，,]?)?(?:{_SELF}|本级)")
# requests handled, counted (办理…依申请公开件N宗): a whole area's, they open its paragraph of outcomes as received ones do
_AREA_HANDLED = re.compile(r"办理[^，。；,;]{0,20}?申请[^，。；,;]{0,8}?\d+\s*(?:件|宗|条)")
# (在主动公开的信息中，涉及…信息N条: the parts of a count given before, as after 其中: round 41's county bureau and
# round 39's district bureau (a traditional mirror) and province department open their breakdowns so)
_PART_AFTER = re.compile(r"^(?:其中|此外|另外|在[^，,。]{0,10}?信息中)")
# (also 在…各乡镇(街道)、县政府各部门的…年度报告的基础上编制: round 26's county and another county's
# 在各县市区、市政府各部门…统计数据的基础上编制而成)
# (and the units' own reports named as its source: 根据…要求及某区各委、办、局，各街道办事处的…年度报告编制而成, 以及
# 某区人民政府和各街道、委办局的…年度报告编制, 以各…工作机构的年度报告为基础编制而成: round 44's 西城, 东城 and 海淀
# districts, and realdev r166's 东城 of 2015; a bureau's own 各科室 are no area's units)
# (汇总编制 alone too, 由X人民政府办公室汇总编制 / 现将汇总编制X县年度报告向社会公布: the readers of round 26's district
# and of 77c02's county took the 全区/全县 counts after it as the report's, and 49a16's reader grouped '由X市政府信息公开
# 办公室汇总编制' with the reports compiled from every unit; P12, three agencies' pages)
# (综合/汇总各… of the report's sources, not of anything else compiled: 汇总各单位权责清单…并在政府网站公开, 75a16's
# city, whose 全市 counts its reader left out; a guard)
# (and the units it governs counted, with no 各: 根据X市所辖15个县市区和市直70个部门和单位的…报告编制, 135b09's city)
# (综合协调各单位 is a duty, coordinating the units, not compiling from them: 136a07's district, whose 全区 staff its reader
# left out; a guard)
# (the units' work as well as their reports, and 街镇 among them: 根据所辖镇街、园区和各部门的情况编制 (49a14's county-level
# city), 根据各镇政府和县政府各部门2022年政府信息公开工作情况编制 (209d05's county), 根据区政府组成部门、直属机构及各街镇的
# 2024年…年度报告编制而成 (209c13's district): their whole-area counts were left unread; a wording)
_UNITS = r"(?:各|所辖)(?:委|街道|街镇|镇街|乡|镇|部门|区|县|政府|直属|[^。]{0,12}?个)"
_COMPILED_FROM_UNITS = re.compile(r"(?:综合(?!协调)|汇总)[^。]{0,12}?各(?![^。，,]{0,12}?清单)|汇总编制|在[^。]{0,20}?各[^。]{0,40}?的基础上(?:汇总)?编制"
                                  rf"|{_UNITS}[^。]{{0,40}}?的[^。]{{0,16}}?报告(?:为基础)?编(?:制|写)"
                                  # (the units' work: nothing of the agency's own between, 结合各部门意见和本单位工作情况编制
                                  # is its own work, as 结合 before the units is; no clause break; but 本年度 and 我县 are the
                                  # year's and the area's: reviews of 44fbe5f)
                                  rf"|(?<!结合){_UNITS}(?:(?!本(?!年|级)|我(?![县区市省旗])|结合|实际)[^。，,；;]){{0,50}}?"
                                  r"(?:工作情况|的情况)编(?:制|写)")
# one word each alternative above must print: looked for first, since the pattern scans on from every 在 and 各
_COMPILED_FROM_UNITS_WORDS = ("综合", "汇总", "的基础上", "报告编", "报告为基础编", "情况编")


def _compiled_from_units(text: str) -> bool:
    return any(word in text for word in _COMPILED_FROM_UNITS_WORDS) and _COMPILED_FROM_UNITS.search(text) is not None


def _other_scope(s: "Sentence", before: str, parts: bool = True, zero: bool = False) -> bool:
    """The words before a figure give it to a whole area or to other units, or the
    sentence is a part after 其中/此外 (catalogue P12; with `parts` False, only after 其中;
    a `zero` said of the agency's own area is its own)."""
    part = _PART_AFTER.match(s.text)
    return ((not s.area_report and (_WHOLE_AREA.search(before) is not None
                                    or (not zero and _OUR_AREA.search(before) is not None)))
            or _OTHER_UNITS.search(before) is not None or (part is not None and (parts or part.group() == "其中")))


def _area_subject(s: "Sentence", upto: int, text: str | None = None) -> bool:
    """A clause of the sentence (or of `text`, a rewording of it) before `upto` opens with a
    whole area as its subject (catalogue P12)."""
    text = s.text if text is None else text
    if s.area_report:
        return False
    last = None
    for last in _AREA_SUBJECT.finditer(text, 0, upto):
        pass
    return last is not None and _OWN_SUBJECT.search(text, last.end(), upto) is None


# (未有 too: 未有依申请政府公开信息, 未有受理…申请: rounds 20 and 29, and stand-in r298's township)
# (没 alone before the verb: 2017年没收到信息公开申请, round 44's county bureau)
_NEGATION = r"(?:未有|未|没有|没(?=收到|接到|受理|发生)|无|尚未|均未|并未|未曾|不存在)"


@dataclass(slots=True)  # not frozen: a frozen dataclass's fields are set one call each, for every sentence
class Sentence:
    text: str  # width-normalised: ASCII digits and punctuation
    start: int  # offset in the report text
    line_start: int
    line_end: int
    # the report was compiled from every unit of its area, so 全区… figures are its own
    area_report: bool = False
    # the sentence's paragraph as _paragraph_channels sees it, found when first asked for (only a
    # sentence that may state the items disclosed needs it)
    paragraph: Callable[[], tuple[int, tuple[tuple[int, str], ...]]] = lambda: (0, ())
    # the kinds of channel (website, WeChat…) the whole report counts items on: P05, tenth round
    # (asked for only when a count names a channel: most reports never need it)
    report_channel_kinds: Callable[[], frozenset[str]] = frozenset
    # the report names a website or platform anywhere, counted or not (P05/P17)
    report_names_site: bool = False
    # the sentence stands in a numbered point beside another point of its section that counts a channel's items
    # (P05: see _points_beside_a_channel; asked for only when a count may be the year's total)
    beside_a_channel_point: Callable[[], bool] = lambda: False

    @property
    def paragraph_channels(self) -> int:
        """Figures of channels in the sentence's paragraph (网站N条, 微信公众号M条):
        two or more and none is the year's total (catalogue P05)."""
        return self.paragraph()[0]

    @property
    def paragraph_means(self) -> tuple[tuple[int, str], ...]:
        """The paragraph's phrases naming several means of disclosure (通过网站、新媒体等方式), with
        the offset in the report text where each ends: P17."""
        return self.paragraph()[1]


# a line break and the next line's indent join a sentence's lines
_CONTINUATION = re.compile(r"\n[ \t]*")
# Tabs between a line's words are a table's cells, and so is a tab-led line
# without a sentence's punctuation (the tab rendering's one cell per line); a
# tab that only indents a line of sentences is a web page's paragraph indent
# (catalogue M16), which the cell rule had taken for a table.
_TAB_CELLS = re.compile(r"\S\t+\S")
_SENTENCE_MARK = re.compile(r"[。；;，,]")


_SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff\d])|(?<=\d)[ \u3000]+(?=[\u4e00-\u9fff])")


def _table_row(text: str, line_start: int, line_end: int, lines: list[str], tabs: bool) -> bool:
    """The sentence `text`, printed on lines line_start…line_end, is a table's row; `tabs` False
    says the report has no tab at all (most have none: neither tab rule needs a look)."""
    return ("|" in text or (_SPACE.search(text) is not None and _TABLE_TEXT.search(text) is not None)
            or (tabs and (("\t" in text and _TAB_CELLS.search(text) is not None)
                          or any(line.startswith("\t") and not _SENTENCE_MARK.search(line)
                                 for line in lines[line_start - 1:line_end]))))


def _pieces(normalized: str) -> Iterator[tuple[str, int, int]]:
    """The sentences of a width-normalised text: (words, offset of the first, offset of the last
    printed character). Their lines are found only for those a finder reads (`_line_finder`)."""
    pos = 0
    for m in _SENTENCE_END.finditer(normalized + "。"):
        end_at = m.end()
        raw = normalized[pos:end_at]
        stripped = raw.strip()
        if stripped:
            begin = pos + raw.index(stripped[0])  # (whitespace before it: its first occurrence)
            if "\n" in stripped:
                yield _CONTINUATION.sub("", stripped), begin, begin + len(stripped) - 1
            else:  # on one line (the "。" appended after the text's end too)
                yield stripped, begin, begin
        pos = end_at


def _line_finder(lines: list[str]) -> Callable[[int, int], tuple[int, int]]:
    """For a sentence's first and last offsets in the text of `lines`, its first and last line numbers."""
    line_starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    last = line_starts[-1] - 2  # the text's last offset (its length, one newline fewer than lines, less one)

    def lines_of(begin: int, end: int) -> tuple[int, int]:
        line = bisect_right(line_starts, begin)
        return line, (line if end == begin else bisect_right(line_starts, max(begin, min(end, last))))
    return lines_of


_COMPARED = re.compile(r"(?:较|比|同比|与|相比|比较)$")
# a quoted document's year is its title's, not the time the sentence speaks of (编制并发布了《X2022年度
# 政府信息公开工作报告》;…;全年,主动公开政府信息N条 in the 2023 report: round 32's commission)
_QUOTED_TITLE = re.compile(r"《[^《》]*》")


_AS_OF_YEAR = re.compile(r"(?:截至|截止)(?:到)?\s*\d{4}\s*年")


def _other_year(sentence: str, report_year: int | None, upto: int) -> bool:
    """The figure's clause, or the sentence's opening, speaks of a year other
    than the report year (a year compared with, 较2018年, does not count)."""
    if report_year is None:
        return False
    head = sentence[:upto]
    if "年" not in head:
        return False  # no year at all (_YEAR's 年): most figures' clauses
    cut = max(head.rfind(sep) for sep in "，；;:：,")
    first_end = min([i for i in (head.find(sep) for sep in "，；;:：,") if i >= 0] or [len(head)])
    scope = head[:first_end] + "|" + head[cut + 1:] if cut >= 0 else head
    # (a date the count stands at, in a clause between those two, is the count's year too: 据统计，截止2009年末，全街
    # 从事信息公开工作人员数2人 in 139a05's 2010 report of a street, read as the year's staff; a guard of P06)
    scope += "".join("|" + m.group() for m in _AS_OF_YEAR.finditer(head))
    scope = _QUOTED_TITLE.sub("", scope)
    years = [int(m.group(1)) for m in _YEAR.finditer(scope) if not _COMPARED.search(scope[:m.start()])]
    return bool(years) and report_year not in years


# (nor one for each of several, 每个部门责成一名兼职信息员: 140a06's district bureau, read as its staff 1, a wording of the
# same guard; nor 各, 主动公开和依申请公开各由1名专职人员负责: each of the two, 142a04's street, read as its staff 1)
# (nor 各个部门都有一名兼职人员, one in each of the committee's departments: 180b10's zone, read as its staff 1; units only,
# 各环节都有2名专职人员 is the same two people throughout)
_EACH_BEFORE = re.compile(r"每[^\d，,。；;]{0,8}$|各(?:由|有|配备?|设)?$"
                          r"|各个?(?:部门|科室|股室|处室|单位|成员单位|内设机构|乡镇|街道|站所|村|社区)(?:都|均)(?:有|配备?了?|设)?$")


def _exact_number(clause: str, m: re.Match, group: int = 1) -> Decimal | None:
    before, after = clause[: m.start(group)], clause[m.end(group):]
    # A number after 每 is 'each' or 'every', never a count (受理群众的每一份申请: round 46's city bureau
    # read received 1; 确保每一项申请…, 对每一条需要公开的信息…, 每一个环节… on three other agencies' pages,
    # rounds 41–43)
    if _APPROX_BEFORE.search(before) or _APPROX_AFTER.match(after) or _EACH_BEFORE.search(before):
        return None
    return parse_number_word(m.group(group))


def _clauses(sentence: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in _CLAUSE_SPLIT.split(sentence):
        out.append((pos, part))
        pos += len(part) + 1
    return out


# --- one finder per harmonized metric ------------------------------------------------

# the kinds may be listed before the noun (主动公开工作动态、政策文件等政府信息251条) and
# 各类 may follow 政府 (政府各类信息): catalogue P01. Information withheld (不予公开信息数24条) is
# never disclosed, nor exempt from disclosure (免予公开, and 免于公开 as a twelfth-round page writes it).
# Items may be counted in 项 or 篇 after 主动 (主动公开信息16项, 主動公開信息 417篇): fifteenth round,
# two departments' pages, and r184 and r196's sources. Without 主动 such counts were a site's
# articles or a whole zone's items as often as the year's total (three of seven real pages).
# the verbs of disclosure, after no word that makes them not (申请公开, 不予公开, 免予公开)
_DISCLOSURE_VERBS = ("公开", "发布", "公布")
# (nor 需要公开, what a request asked for: 收到依申请需要公开的信息0件, round 62's service centre; a guard)
# (nor 未公开, none: 针对单月未公开一条政府信息的单位 named units that published nothing, 114c03's county; a guard)
# (nor 提供公开, information provided to those who asked: 按正常程序已经提供公开的信息6件 among a request count's parts, 154b08's
# province department, read as its year's total; a guard)
_DISCLOSED = rf"(?<!申请)(?<!不予)(?<!不)(?<!未)(?<!免予)(?<!免于)(?<!需要)(?<!需要主动)(?<!提供)(主动)?(?:{'|'.join(_DISCLOSURE_VERBS)})"
# nor what someone asked for, received (收到群众要求公开政府信息21件: requests, 224b06's district bureau, read as its year's
# total; a guard): after a verb of receiving and who asks, in any unit, as 按要求公开, 根据群众要求公开 and 按照收到的上级通知要求
# 公开 are the agency's own (the reviews of 8af32bc)
_ASKED_FOR = re.compile(r"(?:收到|接到|受理|接收)[^，。；,;\d]{0,12}?(?:群众|公众|公民|申请人|企业|个人|法人|组织|社会各界|市民|"
                        r"居民|来信|来电)[^，。；,;\d]{0,8}?要求(?:及时|依法)?\s*$")
# The items may be counted with their kinds (信息16项65条, 计划总结、工作动态…信息4类46条): the second
# number is the items', and the kinds' count shows the list before 信息 is all of them, 等 or not
# (catalogue P02: rounds 11 and 23, three agencies' pages, each labelled with the 条 count).
_KINDS_COUNTED = r"\d+\s*(?:类|项)\s*(?=\d)"
# (a list of kinds before 等 runs to 80 characters without a comma: 主动公开领导分工、…、重大建设项目等政府信息N条,
# round 40's district office, and round 39's street listing 70; 85 in 113b14's district bureau's list)
# (the kinds' list may end 等需要公开的政府信息, 主动公开单位概况、…等需要公开的政府信息共计N条: 84d11's city bureau, a
# wording of the list before the noun)
# (or 等…领域信息, the list closed by a field's name: only where _KINDS_LISTED finds it names the agency's whole field, as
# _SUBSET reads any other 领域 as a domain's count)
# (各种 as 各类: 主动公开各种信息19条,其中:…, 160c02's town; a wording)
# (or no noun at all after the list's 等, its total straight after: 公开组织机构、工作信息…等共计79条, 144c03's street and
# 177b09's district bureau, each labelled so; the two studied pages printing it beside another channel's count stay
# unread, as any one channel's)
# a government's office counting what it publishes for the government and itself, 公开市政府及市政府办公室信息8405条,
# 主动公开区政府及区政府办信息24条, 县本级政府及政府办信息N条 (208b05's, 210c10's and 52b13's offices, whose readers took the
# count, as 109b08's differed; catalogue P01, the office's own total: the office publishes both)
_GOVERNMENT_AND_OFFICE = r"(?:[省市州县区旗]|[省市州县区旗]?本级)?政府(?:及|和|与)(?:[省市州县区旗])?政府办(?:公室|公厅)?"
_AND_OFFICE = re.compile(_GOVERNMENT_AND_OFFICE)
# (a body's own word only: 本年度, 本级, 本区门户网站 or 我市统一部署 name no other speaker; second and third reviews)
_OTHER_SPEAKER = re.compile(r"(?:我|本)(?:局|委|厅|镇|乡|街道|单位|中心|院|所|机关)")
_OFFICE_SPEAKS = re.compile(r"(?:我|本)(?:府办|办)(?!法|理)")
_PROACTIVE = re.compile(
    # (or run together, 主动公开更新信息745条: 218b04's town, a wording of P04's verb pair)
    # (only after 公开: 发布更新信息2条 updates, 发布更新信息35条,新增公开信息120条 counts the new ones: reviews of 39be619)
    rf"{_DISCLOSED}(?:和更新|并更新|、更新|(?<=公开)更新)?(?:了)?"
    # (the list closed by its total with no noun: no count nor bracket inside it, where a part's 等共计N条 would stand in
    # for the total before it, 公开信息500条（其中…等共计79条）; in 条 only, 公开拍卖…等共计15件 counts no items published)
    rf"(?:[^，。；：:\d（()）]{{1,100}}?等(?:共|共计|总计|合计)(?=\s*\d[\d,]*\s*条)"
    rf"|(?:[^，。；：:]{{1,100}}?等(?:需要公开|应当公开|[^，。；：:、\d]{{0,6}}?(?:领域|方面))?|[^，。；：:\d]{{1,40}}?(?=信息{_KINDS_COUNTED}))?"
    rf"(?:各类|各项|各种|相关|本镇|本乡|本街道|本局|本单位|本机关|{_GOVERNMENT_AND_OFFICE})?"
    rf"(?:的)?(?:(?:政府|政务)?(?:各类|各项|各种)?信息|(?<=方面)内容|(?<=方面的)内容)"
    rf"(?:的)?(?:总数|总量|数量|件数|条数|数|新增)?(?:为|达)?(?:共有|共|共计|总计|合计|累计)?\s*(?:{_KINDS_COUNTED})?)"
    rf"{NUM}\s*(?P<unit>条|件|项|篇)")
# items sent up to another body (P16): 报送/上报/送交 just before the counted noun
# (or uploaded to a higher body's platform, 上传市交通运输局政务平台公开信息65件: 152b05's county bureau, read as its year's total;
# a wording of the class)
_SENT_UP = re.compile(r"(?:报送|上报|送交)[^，。；,;\d并和及]{0,4}$"
                      r"|上传(?:至|到)?(?:省|市|州|县|区)[^，。；,;\d]{1,12}?(?:平台|网站|网)[^，。；,;\d]{0,4}$")
# The count before its noun (公开了90条政府信息, 全年公开401条信息, 发布132条各类政府信息): catalogue P01, rounds
# 12, 17 and 18, four agencies' pages; in 条 only, like the counts without 主动 above. The verbs 公布 and
# 公开和更新 (主动公布政府信息共计304条, 主动公开和更新了各类信息439条) are P04's of rounds 11 and 18. The noun may
# be 公开信息 (…共在X门户网站发布N条公开信息: the twelfth round's, 52b02's and 64a15's pages).
# 部分, 'in part', and its variant spelling 部份 (予以部份公开1件: 152c03's province bureau, its partial outcome missed;
# a wording of P08), one fixed width so that lookbehinds take it
_IN_PART = "部[分份]"
# a request's outcome, not a disclosure (予以公开N条, 予以全部公开, 同意公开, 部分公开): a guard
_NOT_AN_OUTCOME = rf"(?<!予以)(?<!予以全部)(?<!予以主动)(?<!同意)(?<!{_IN_PART})"
_PROACTIVE_COUNT_FIRST = re.compile(
    rf"{_NOT_AN_OUTCOME}{_DISCLOSED}(?:了)?\s*{NUM}\s*(?P<unit>条)"
    rf"(?:各类|各项|各种|相关)?(?:的)?(?:政府|政务|公开)?信息")
# The count straight after the verb, no noun at all, when a breakdown follows (全年共发布N条,其中…; …等共公开发布N条，
# 其中：…; 通过政府门户网站共发布N条,其中…): the items the breakdown sorts, the year's total (catalogue P01/P02: rounds
# 30, 42 and 58, a town's, a county office's and a district bureau's pages, each labelled N). Only before 其中: a bare
# 发布N条 may count anything; never a request's outcome (予以公开N条) nor in a clause about requests.
_PROACTIVE_BARE = re.compile(rf"{_NOT_AN_OUTCOME}{_DISCLOSED}(?:发布)?(?:了)?(?:共|共计|总计|合计)?\s*{NUM}\s*(?P<unit>条)\s*$")
_BREAKDOWN_NEXT = re.compile(r"[，,；;：:]\s*其中")
_BARE_TOTAL_HINT = re.compile(r"条\s*" + _BREAKDOWN_NEXT.pattern)  # (what a sentence with no 信息 needs for _PROACTIVE_BARE)
# 已主动公开的…N件 after requests are named is a request's outcome (see _proactive); requests named: counted (申请…N件, 受理依申请公开10件,
# 申请一件) or what one asked for (申请公开的内容为…, 申请人所申请的); a heading's 主动公开和依申请公开 or a request met only with a
# negation (未收到政府信息公开申请，…) names none (the session's two reviews)
_REQUESTS_NAMED = re.compile(r"(?:申请|受理|收到)[^，。；,;\d]{0,12}?(?:\d+|[一二两三四五六七八九十]+)\s*件"
                             r"|(?<!依)申请(?:公开)?的(?:内容|信息)|申请人所申请的")
# fifth round (P01, four agencies' pages): 政府信息新增22条, 政府信息件数为123件, 政府信息的数量共192条,
# and the words swapped, 主动信息公开29条 or (政府)信息主动公开共7条 (read as 主动公开信息; sixth
# round and the catalogue's reversed wording)
_SWAPPED = re.compile("主动信息公开|信息主动公开")
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
                         r"|(?:信息|政务)公开[”\"’」]?目录[”\"’」]?(?=上|下|里|内|平台|共|已|累计|(?:中|内)?(?:主动)?(?:公开|发布|公布))")


# Items are counted in 条/份/篇, and in 件 after the noun 信息 (主动发布公开信息424件，…微信公众号刊发…信息933件: 67a10's
# district bureau; 各类相关信息共计71件, 64a16; 各类政府信息323件, 66b19; the city commission's two portals of 50b04).
# A bare 件 counts documents (规章9件) or cases handled (网上办理…许可1863件), no channel's items.
# (or its unit dropped, the number closing its clause, as pages whose template filled in bare numbers print every count:
# …门户网站主动公开各类政府信息1427条,达州民政微信公众号发布信息170 in 220d09's city bureau, whose portal count was read as the
# year's total beside it; 主动公开政务信息3069, 更新信息709, in 219b03's and 219b05's towns; for telling channels' counts
# apart only, never read as a figure)
_IN_JIAN = r"|信息(?:共计|共|总计|合计|为|达)?\s*\d[\d,]*\s*(?:余|多)?件" r"|信息\s*\d[\d,]*(?=\s*(?:[，,。；;]|$))"
_ITEMS_COUNTED = re.compile(r"\d\s*(?:条|份|篇)" + _IN_JIAN)  # (tested first: most clauses count nothing)


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
_WEBSITE_WORDS = "网站|门户网|政府网|政务网|信息网|公开网|官网"
_CHANNEL_KIND = re.compile(
    rf"(?P<website>{_WEBSITE_WORDS})|(?P<wechat>微信|公众号|服务号|订阅号|视频号)|(?P<weibo>微博)"
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


# a section heading with no punctuation, run into the sentence on the next line
# (二、行政机关主动公开政府信息情况 / 2020年，本局累计…): the sentence still leads with its year
# (a comma after the year or not: 一、总体情况 / ㈠ 主动公开 / 2024年X市政府网累计公开各类信息5975条 leads with its year,
# 150d03's city, whose 累计 was read as a running total and a later kind's count taken; P01)
# (not a subject's 到 before the year, 二、主动公开政府信息情况 / 本单位到2019年累计…302条: up to the year, 240d02's city
# office, whose heading ran into the sentence and took 本单位到 along; see _YEAR_TOTAL)
_LEADING_HEADING = re.compile(_HEADING_RUN_IN + r"(?<![到至止])(?=\d{4}年|全年|本年)")

# (the same heading before a year with no comma after it: round 18, and 43 studied pages print
# '(一)主动公开方面' as a heading of its own)
# (also the section's own heading before any sentence, '(一)主动公开方面' on its line and the count on the next with
# no year: its 方面 is the heading's, no subset; round 68's street and the 43 pages above printing it)
_HEADING_BEFORE_YEAR = re.compile(_HEADING_RUN_IN + r"(?<![到至止])(?=\d{4}年|全年|本年)|"
                                  + _HEADING_NUMBER + r"(?:政府信息)?主动公开(?:政府信息)?(?:工作)?(?:方面|情况)")


@lru_cache(maxsize=64)
def _since_year_start(year: int | None) -> re.Pattern:
    """'2024年以来' / '自2019年1月份以来' / '今年以来' in the report on that year: the year so far, which
    is the year's total (P01: five agencies' pages over rounds 8, 12, 13 and 19, each labelled so)."""
    this_year = f"{year}年|今年|本年" if year else "今年|本年"
    return re.compile(rf"自?(?:{this_year})(?:1月(?:份|1日)?)?以来")


@lru_cache(maxsize=64)
def _up_to_the_year(year: int) -> tuple[re.Pattern, re.Pattern]:
    """Up to the report year's end (截至2024年12月底, 截止到2025年12月31日, 截至2023年底, 截至2019年度末), and up to the year with
    no month straight before the count's own 共 or 累计 (截至2019年共收到…0件): where none received so far is none in the year."""
    up_to = rf"(?:截至|截止)(?:到|至)?\s*{year}\s*年"
    return (re.compile(up_to + r"\s*(?:12\s*月\s*(?:底|末|31\s*日)|度?(?:底|末))"),
            re.compile(up_to + r"度?(?:共|累计)"))


def _this_year_words(year: int | None) -> str:
    """The words for the report year a count of its new items opens with (本年度, 今年, 全年, 2023年度)."""
    return rf"(?:本年度?|今年|全年|{year or '本年'}\s*年度?)"


@lru_cache(maxsize=64)
def _year_end_patterns(year: int | None) -> tuple[re.Pattern, re.Pattern]:
    """'截至12月31日,新增主动公开政府信息N条': the items added up to the year's end, its year left out or the report's, are the
    year's own (P06 wording: 224a04's district bureau, 225b's 淮北 weather bureau and 226b10's district service centre, three
    agencies' pages, each labelled with the count after the year's sentence); never after 累计, which runs to date. Second,
    the year's own new items given apart after such a count (…新增主动公开政府信息5000条,其中本年度新增各类信息79条), which
    makes it one to date after all: this year's only, as 较2021年新增数增长20% compares; a kind's new items, 其中本年度新增
    规范性文件12条, leave the count unread too, a recall gap taken for precision (the reviews of 07f1302)."""
    this_year = rf"(?:{year}\s*年\s*)?" if year else ""
    added = re.compile(rf"(?:截至|截止)(?:到|至)?\s*{this_year}12\s*月\s*(?:31\s*日|底|末)\s*[，,]?\s*[^，。；,;\d累]{{0,8}}?"
                       r"新增(?!后)")
    apart = re.compile(rf"{_this_year_words(year)}新增[^，。；,;\d]{{0,12}}?\d")
    return added, apart


# a part of the year after its year (底, 末, 第四季度, 上半年, 前三季度, 1-6月), never the whole of it (1月至12月, 1-12月)
_PART_OF_THE_YEAR = (r"底|末|度?(?:第|[上下]半|前|[一二三四1-4]季"
                     r"|(?!1\s*月?\s*(?:1\s*日)?\s*(?:至|到|-|—|~)\s*12\s*月)\d{1,2}\s*[月-])")


# a count that claims the year in any form (本年, 今年, 全年, 报告期内, 一年来, 年内, the report's year in figures or in
# characters, 二〇二三年): after it, the year's new items given apart disagree with it and neither is read (the review of
# 58c271e; another year named, 自二〇一五年起, claims none: the last reading of the change)
_YEAR_WORDS_CLAIMED = re.compile(r"本年|今年|全年|报告期|一年来|年内|年度内")
_YEAR_IN_CHARACTERS = re.compile(r"([〇○零一二三四五六七八九]{4})\s*年")


def _claims_the_year(text: str, end: int, year: int | None) -> bool:
    """Whether the text before `end` claims the report year for what it counts."""
    head = text[:end]
    if _YEAR_WORDS_CLAIMED.search(head):
        return True
    if year is None:
        return False
    return f"{year}年" in head.replace(" ", "") or any(
        parse_chinese_numeral(m.group(1)) == year for m in _YEAR_IN_CHARACTERS.finditer(head))


@lru_cache(maxsize=64)
def _years_own_items_apart(year: int | None) -> re.Pattern:
    """The year's own new proactive items counted in 条 (本年度新增的主动公开信息169条, 本年度新增318条)."""
    return re.compile(rf"{_this_year_words(year)}共?新增(?:的)?(?:主动)?(?:公开|发布)?(?:的)?(?:政府)?(?:各类)?"
                      r"(?:信息)?(?:共计?|数为?)?\s*\d[\d,]*\s*(?:余|多)?条")


def _added_to_years_end(text: str, start: int, end: int, year: int | None) -> bool:
    """Whether the count ending at `end`, its clause starting at `start`, is the items added up to the year's end: the
    clause's own 新增 after the date, no total reached (新增后…总数达N条) and no year's own new items given apart after it."""
    added, apart = _year_end_patterns(year)
    return any(start <= found.end() <= end for found in added.finditer(text, 0, end)) \
        and not re.search(r"总数|总量", text[start:end]) and apart.search(text, end) is None


# 共制作政府信息236条，其中主动公开信息数为158条，依申请公开…，不予公开…: the items the agency made,
# sorted by how each is disclosed; the 主动公开 part is the year's proactive figure, not a subset
# (catalogue P02: rounds four and eight, three agencies' pages)
_ATTRIBUTE_PART = re.compile(r"其中[，,：:]?\s*(?=主动公开)")
# 全年共发布信息59条（其中，领导信息1条…）: a breakdown in brackets after the figure (P02, eighth round): kinds, cut
# from the clause so they mark no subset; channels' counts in brackets are rewritten as parts instead (below)
_BRACKETED_PARTS = re.compile(r"[（(]\s*其中.*$")
# a count inside such a bracket, 其中 or 含 opening it, is a part of the figure before it, never the total
# (…各项政府信息2584条(含政府公开信息1337条): 102a22's city bureau, whose total's wording is read by no pattern; a guard)
_PARTS_OPENER = "其中|含|包含|包括"  # the words a bracket of a figure's parts opens with
_INSIDE_PARTS_BRACKET = re.compile(rf"[（(]\s*(?:{_PARTS_OPENER})[^（()）]*$")
# a bracket after a count saying it takes in the years before (417条(此数含2008年以来所有主动公开信息数): see _proactive)
_TAKES_IN_EARLIER_YEARS = re.compile(rf"\s*[（(][^）)]{{0,6}}?(?:{_PARTS_OPENER})[^）)]{{0,20}}?(?:以来|历年|往年)")
# or a bracket after a 累计 count giving the year's new items apart (累计公开信息8775条(2025年新增388条)): the count runs
# to date, though the year leads the sentence (P06: 118d06's street, a guard)
_YEARS_OWN_APART = re.compile(r"\s*[（(]\s*(?:\d{4}年度?|本年度?|全年|今年)新增")
# a total whose parts after 其中 are its departments' and its towns' own disclosures (全年共发布信息N条，其中…；部门信息公开a条、
# 镇街信息公开b条) is the whole area's, in a report not compiled from every unit (P12: 119b12's district; a guard)
_AREA_BY_ITS_UNITS = re.compile(r"其中[^。]*?(?:部门|县直单位|区直单位|市直单位)(?:信息)?公开(?:信息)?\s*\d+\s*条[^。]*?"
                                r"(?:镇街|乡镇|街镇|镇街道)(?:信息)?公开(?:信息)?\s*\d+\s*条")
# A clause with no count that only says where the next clause's items went (在“五公开”栏目中, 103c04's district) or
# what they are about (围绕…安全生产等重点领域, 105b01's district): part of that clause's scope (guards)
_WHERE_ONLY = re.compile(r"^\s*(?:在[^\d]{1,30}(?:中|里|内|上)|围绕[^\d]{1,60})\s*$")
# A clause that sets up or keeps one column, straight before a count with no verb of its own for the whole year (设立“疫情
# 防控政策措施”专栏,及时发布…等信息119条: 230a01's county; 新开设重点领域专栏、包含…等专题,发布各类信息612条: 229d03's city;
# 维护上合组织农业基地专栏1个,发布信息110条: 168d02's zone office: P04, three agencies' pages whose readers took no such
# count as the year's): the count is that column's
# (not where the count's clause speaks for the year itself, 设立…专栏,2021年主动公开政府信息812条: the total stands)
# (the subject or the site may come before the verb, 我局开设…专栏, 在门户网站开设…专栏: review of c5ee013; never the agency's own OGI
# column nor several columns: _sets_up_a_topic_column)
_SETS_UP = (r"^\s*(?:(?:我|本)(?:局|委|办|镇|乡|街道|单位|中心))?(?:在[^，。；,;\d]{1,20}?)?"
            r"新?(?:开设|设立|设置|开辟|增设|新设|建设|创建|建立|维护|开通)了?")
_COLUMN_SET_UP = re.compile(_SETS_UP + r"[^\d]{1,60}?(?:专栏|专题)"
                            r"(?:\s*1\s*个)?\s*$")
# The objects of the verb listed, three or more joined by 、, among them kinds every agency publishes (政策文件,
# 机构职能, 动态…), and the list closed by 等…领域 or with 领域 in its items: the count covers everything listed, the
# agency's whole field (主动公开机构职能、动态要闻、…等城市管理领域信息总计631条, 113b14's district bureau; 主动公开政策
# 文件、危房改造、…等重点领域信息共计101条, 78d03's town; 主动公开政策文件、社会救助领域、…领域等信息92条, 78d14's town:
# catalogue P04, three agencies' pages each labelled with the count), no domain's subset
# A topical lead in the count's own clause, straight before its verb (我镇围绕…等重点领域主动公开信息N条, 28b12's town;
# 围绕环境保护等重点领域公开政府信息4517条, 215d09's city bureau; 结合我镇实际情况,围绕群众关注关切重点领域主动公开政府信息17条,
# 224c03's town: P04, three agencies' pages each labelled with the count) says what all the year's items were about, no
# domain's subset; a lead in a clause of its own before the count stays part of its scope (_WHERE_ONLY), as does a
# numbered point's (_TOPIC_POINT)
# (the generic lead only, 等重点领域 or 群众关注…重点领域, naming no column, kind or field of its own inside it; not under a
# point that opens on another topic, 二是…, 1., 同时…, nor before a stated total later in the sentence, _LATER_TOTAL,
# which is the year's: the reviews of c67043d)
_TOPICAL_LEAD = re.compile(r"围绕(?:(?!专栏|栏目|类信息|领域)[^，。；,;\d]){1,40}?(?:等|关注关切的?|关注的?)重点领域"
                           r"(?=(?:主动)?(?:公开|发布))")
# (the words that state the year's total, 共 not of 公共 or 共享: shared with _OWN_TOTAL_WORDS)
_TOTAL_WORDS = r"全年|本年度?|今年|(?<!公)共(?!享)|合计|总计"
_LATER_TOTAL = re.compile(rf"(?:{_TOTAL_WORDS}|一年来)[^，。；,;\d]{{0,12}}?(?:公开|发布|公布)[^，。；,;\d]{{0,20}}?\d+\s*条")
_POINT_OPENER = re.compile(r"^\s*(?:[一二三四五六七八九十]+是|\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[)）]|同时|此外|另外|还)")
_GENERAL_KINDS = re.compile("政策文件|规范性文件|机构职能|机构概况|领导信息|动态|通知公告|公示公告|人事信息|指南")
# (or closed by 等…方面, the list's noun 信息 or 内容: 主动公开政策解读、通知公告、…、工作动态等方面的内容共53条, 227b01's district
# bureau; 依托X网站…公开发布…等方面信息共N条, 71b08; 重点公开了…等方面的政府信息N条, a page of the catalogue's P01 readings:
# three agencies' pages each labelled with the count and missed; a wording, on the same terms)
_KINDS_LISTED = re.compile(r"(?<=公开|发布)[^，。；,;]*?、[^，。；,;]*?、[^，。；,;]*?等[^，。；,;、\d]{0,8}?(?=(?:的)?(?:政府|政务)?信息"
                           r"|(?<=方面)(?:的)?内容)")
_FIELD_WORDS = ("领域", "方面")
_LIFT_WORDS = re.compile("方面|围绕")


# (方面 only beside whole kinds' names: 防汛动态, 防控指南 or 办事指南 are topics, not the kinds every agency publishes, and 方面
# closes topics' lists far more often than 领域 does: review of 1d67fb6)
_WHOLE_KINDS = re.compile(r"(?:了|的|发布|公开)?(?:政策文件|规范性文件|机构职能|机构概况|领导信息|工作动态|政务动态|通知公告|公示公告|"
                          r"人事信息|信息公开指南|政策解读)")


def _without_domain_word(m: re.Match, aspects: bool = True) -> str:
    text = m.group()
    if _GENERAL_KINDS.search(text):
        text = text.replace("领域", "")
    # (two of them at least: 疫情防控、复工复产、政策解读等方面 lists topics with one kind among them: second review)
    if aspects and sum(1 for item in re.split("[、等]", m.group()) if _WHOLE_KINDS.fullmatch(item.strip())) >= 2:
        text = text.replace("方面", "")
    return text


# A total with its channels' counts in brackets after it (主动公开信息131条(其中政府门户网站公开信息78条,政务新媒体
# 发布信息53条), 信息461条(微信公众号公布457条,政府网站公布4条)): the parts of that total, as after ',其中' (P02/P05:
# the pages behind realdev r244 and r251, rounds 13 and 14, and round 41's county bureau)
_CHANNEL_PARTS_IN_BRACKETS = re.compile(r"(\d\s*条)\((?:其中[:：]?)?([^()]*?\d\s*(?:条|篇)[^()]*)\)")


def _as_parts(m: re.Match) -> str:
    return f"{m.group(1)},其中{m.group(2)}" if _CHANNEL.search(m.group(2)) else m.group()


# (also 共计公开…6条，分别是…1条，…5条: round 22)
_COUNT_BEFORE = re.compile(r"\d\s*(?:条|件)")
_KIND_COUNTED_LAST = re.compile(r"\d\s*条\s*$")  # (a clause ending on its count: an item of a list of kinds)
_AFTER_BREAKDOWN = re.compile(_COUNT_BEFORE.pattern + r"[，,；;:：]\s*(?:其中|分别是|分别为)")
_IN_A_BREAKDOWN = re.compile(r"[，,]\s*其中[，,:：]?[^。；;]*?\d\s*条\s*[，,、；;]\s*$")
_OWN_TOTAL_WORDS = re.compile(rf"{_TOTAL_WORDS}|累计|总数|总量|\d{{4}}\s*年")


def _in_uncounted_breakdown(text: str, offset: int, clause: str) -> bool:
    """Whether the clause at `offset` lies further down a breakdown (…,其中A1条,B2条,…) opened after a clause that
    disclosed items without counting them, and is no total of its own (共计…, 全年…: review of 1dd1702)."""
    m = _IN_A_BREAKDOWN.search(text, 0, offset)
    if m is None or _OWN_TOTAL_WORDS.search(clause):
        return False
    opener = re.split(r"[，,。；;]", text[:m.start()])[-1]
    # (a year in it is no count: 2022年我局及时公开政府信息,其中…: second review)
    return any(verb in opener for verb in _DISCLOSURE_VERBS) and _ITEM_COUNT.search(opener) is None


# the next of a list of counts, each of one named thing (A、B分别发布信息N条、M条: round 32's county; the same
# wording on rounds 13 and 20's street and district pages, and a list of domains in round 16's department)
_NEXT_COUNT = re.compile(r"\s*[、和及与]\s*\d")
# (with no 分别 too, where a count follows the count at once: …发布信息255条、63条 on 140c09's mirror, whose garbling
# took 分别 and the channels' names; a guard)
_NEXT_BARE_COUNT = re.compile(r"\s*、\s*\d[\d,]*\s*(?:条|篇|件)")
# channels' counts listed with 、 (公开政府信息202条、微信公众号公开信息340条): a count with a channel's piece of the list
# after it, or after another count before it, is one of them (P05, 121b09; a guard)
_CHANNEL_PIECE = rf"[^、，,；;。\d]*?(?:{_MEDIA_WORDS})[^、，,；;。\d]*?"
_NEXT_CHANNELS_COUNT = re.compile(rf"\s*、{_CHANNEL_PIECE}\d+\s*(?:条|篇)", re.IGNORECASE)
# (and any kind's count after another's and 、 is one more item of the list, never its total: …解读信息102条、重大决策预
# 公开信息56条, 144b02's city, whose 预公开信息 was read as the year's total; a guard of P02 that covers the channels' too)
_AFTER_A_LISTED_COUNT = re.compile(r"\d\s*(?:条|篇|项|件)\s*、")


_TOTAL_WORD_BEFORE = re.compile(r"(?:共|共计|总计|合计)\s*$")
_OWN_WORDS_FOR_THE_YEAR = re.compile(rf"主动|\d{{4}}\s*年|{_TOTAL_WORDS}")
_STATES_TOTAL = re.compile(rf"{_OWN_WORDS_FOR_THE_YEAR.pattern}|总数|总量|一年来|年内|全局|全委|本机关")


def _sets_up_a_topic_column(clause: str) -> bool:
    """Whether the clause sets up or keeps one topic's column (_COLUMN_SET_UP): not the agency's own OGI column, quoted by its
    bare name (“政府信息公开”, “政务信息公开”, “法定主动公开内容”, “五公开”) or unquoted (政府信息公开专栏, 政务公开网站专栏), nor
    the site's general columns (“通知公告”“政策文件”等专栏, 网站各专栏) or an unnamed site's (政府网站专题专栏): the second review
    of c5ee013. One column with its topics (新开设重点领域专栏、包含…等专题, 229d03), several topics' columns (“疫情防控”“复工复产”
    专栏) and a topic's unquoted (乡村振兴专题专栏) are topics': the third review."""
    if _COLUMN_SET_UP.match(clause) is None:
        return False
    names = _QUOTED_NAME.findall(clause)
    if _SEVERAL_COLUMNS.search(clause):
        # (any general kind's column among them makes it the site's list, “领导信息”“政策文件”等专栏: fourth review; a whole name
        # only, as “疫情防控动态” is a topic's: fifth)
        return bool(names) and not any(_SITE_KIND_NAME.fullmatch(n) or _OGI_COLUMN_NAME.fullmatch(n) for n in names)
    if names:
        return _OGI_COLUMN_NAME.fullmatch(names[0]) is None
    return _OGI_COLUMN_WORDS.search(clause) is None and _UNNAMED_SITE_COLUMN.match(clause) is None


_SEVERAL_COLUMNS = re.compile(r"[”\"]\s*[、和及与]?\s*[“\"]|等专栏|各(?:类|个)?专栏")
# (the clause's own verb, not 建设 or 创建 inside a topic's name, 开设党风廉政建设专栏: fifth review)
_UNNAMED_SITE_COLUMN = re.compile(_SETS_UP + r"(?:(?:[省市区县镇乡]?(?:人民)?政府|门户|部门|单位|官方)*网站)?"
                                  r"(?:部门|我局|本局|本单位)?(?:专题)?专栏(?:\s*1\s*个)?\s*$")
# (the site's columns are _GENERAL_KINDS' and these, 政府文件, 人事任免, 乡镇动态…; the agency's own column on a portal named for
# it, “县农业农村局”专栏, 部门专栏: sixth review)
_SITE_COLUMN_KINDS = "政策法规|政策解读|规划计划|财政信息|统计信息|部门文件|政府文件|公告公示|人事任免|领导之窗|政务要闻"
_QUOTED_NAME = re.compile(r"[“\"]([^”\"]{1,20})[”\"]")
_SITE_KIND_NAME = re.compile(rf"(?:工作|新闻|部门|政务|办事|服务|乡镇|镇村|基层|县区|区县|镇街)?"
                             rf"(?:{_GENERAL_KINDS.pattern}|{_SITE_COLUMN_KINDS})")
_OGI_COLUMN_NAME = re.compile(r"[^“”]{0,10}?(?:局|委|办|中心)|(?:政府|政务|部门)?(?:信息公开|政务公开)(?:目录|平台|专区)?"
                              r"|法定主动公开内容|主动公开|五公开")
_OGI_COLUMN_WORDS = re.compile("信息公开|政务公开|主动公开|五公开")


def _total_clause(text: str, part: int) -> str:
    """The clause before a part at `part` (…68条,其中主动公开…), a heading run into the sentence left out."""
    return _CLAUSE_SPLIT.split(_HEADING_BEFORE_YEAR.sub("", text[:part]).rstrip("，,；;：: "))[-1]


def _proactive(s: Sentence, year: int | None, lift: bool = True) -> Decimal | None:
    """The year's items disclosed as the sentence states them. With `lift` off, neither 等…方面 after whole kinds nor a
    topical lead (围绕…等重点领域) is read as the agency's whole field: the two readings of a domain's words that stand only
    until a stated total comes (see extract_prose_figures)."""
    if ("信息" not in s.text and "方面" not in s.text and _BARE_TOTAL_HINT.search(s.text) is None) or not any(
            verb in s.text for verb in _DISCLOSURE_VERBS):
        return None  # no pattern can match: most sentences with a 条 or 件 are not about items disclosed
    if _TOPIC_POINT.match(s.text):
        return None  # a numbered point on one topic counts that topic's items
    found: list[tuple[bool, Decimal]] = []
    sentence_channels = _channel_figures(s.text)
    channel_clauses = max(s.paragraph_channels, sentence_channels)
    # the year leads the sentence, or a clause of it is the report's whole period
    opening = _LEADING_HEADING.sub("", s.text)
    # (not the year's end, 2020年底,本单位累计…921条, a count to date as 截至2020年底 is: P06, round 40's town)
    since_start = _since_year_start(year)  # 2024年以来: since the report year began, not to date
    # (or the year so far leads it, 今年以来,累计主动公开各类信息N条: 70a15's county bureau, P01's 今年以来 class)
    year_first = year is not None and (opening.startswith((f"{year}年", "全年", "本年")) or since_start.match(opening)) \
        and not opening.startswith((f"{year}年底", f"{year}年末"))
    # (the span's ends in months too: 自2013年1月至2013年12月底，累计主动公开政府信息45条, round 46's city bureau)
    year_lead = year is not None and (year_first or re.search(
        rf"{year}年1月(?:1日|份)?(?:起)?(?:至|到|—|-|~)(?:{year}年)?12月(?:31日|底|末|份)?(?:止)?(?:[,，]|(?=累计))",
        s.text) is not None)
    # (also the 主动公开 part alone, counted with no kind of item: 发布政府信息75条，其中，主动公开67条，涉及…:
    # round 25's sumu, labelled 67, as rounds 4, 8 and 17 read the part beside its 依申请公开 sibling)
    # (not when the total is itself 主动: 主动通过政府网站公开政府信息68条,其中主动公开信息64条,专报约稿信息4条 counts a
    # part of the proactive total, 70a07's county bureau; a guard)
    years_part = None  # the count of a clause naming the year after a count to date
    attribute_part = _ATTRIBUTE_COUNT.search(s.text) or _listed_attribute_part(s.text)
    by_attribute = _BY_ATTRIBUTE.search(s.text) is not None or _PARTS_BY_ATTRIBUTE.search(s.text) is not None \
        or (attribute_part is not None and "主动" not in _total_clause(s.text, attribute_part.start()))
    clauses = _clauses(s.text)
    column_counted = False  # a column set up in the sentence and its count given (_COLUMN_SET_UP)
    for index, (offset, clause) in enumerate(clauses):
        # the clause names the several means its count covers (通过网站、公开栏等形式主动公开…N条)
        every_channel = _EVERY_CHANNEL.search(clause) is not None
        names_channel = _CHANNEL.search(_EXCLUDED.sub("", clause)) is not None
        covers_means = every_channel or _names_several_means(clause) or (
            _SITE_AND_LIKE.search(clause) is not None and "website" not in s.report_channel_kinds())
        # a heading run into the sentence ((一)主动公开方面 / 2025年全年公开N条信息) names no subset
        scope = _OWN_COLUMN.sub("", _HEADING_BEFORE_YEAR.sub("", clause) if index == 0 else clause)
        if by_attribute:
            scope = _ATTRIBUTE_PART.sub("", scope)
        # (nor does what the count leaves out: 主动公开…N条(不含重点领域专栏…) is no domain's count, as _EXCLUDED names no channel)
        scope = _EXCLUDED.sub("", _BRACKETED_PARTS.sub("", scope))
        # (nor a 领域 closing a list of what was disclosed that names kinds every agency publishes: see _KINDS_LISTED)
        if any(word in scope for word in _FIELD_WORDS):  # (looked for only where it changes anything: most clauses name none)
            # (等…方面 and the topical lead lift a domain's words only where no total follows in the sentence,
            # …等方面信息85条,全年共主动公开政府信息300条, as the first count read would stand for the year: reviews)
            lift_here = lift and _LATER_TOTAL.search(s.text, offset + len(clause)) is None
            scope = _KINDS_LISTED.sub(partial(_without_domain_word, aspects=lift_here), scope)
            if lift_here and not _POINT_OPENER.match(opening):
                scope = _TOPICAL_LEAD.sub("", scope)
        # (a clause before it that only says where or what about is part of its scope: _WHERE_ONLY; one that sets up a column
        # makes the count that column's: _COLUMN_SET_UP)
        previous = clauses[index - 1][1] if index > 0 else ""
        if _WHERE_ONLY.match(previous):
            scope = previous + scope
        # (nor where the count's clause names a channel of its own, 开设“X”专栏,在门户网站发布政府信息812条,其中…: third review)
        column_clause = _sets_up_a_topic_column(previous) and _OWN_WORDS_FOR_THE_YEAR.search(clause) is None \
            and not names_channel
        # after a count to date, a clause opening with the report year is the year's own (…累计主动公开政府信息
        # 400条，2019年主动公开政府信息75条; …历年累计公开87条，其中2010年新增主动公开23条: P06, the page behind
        # realdev r159, another of the catalogue's P06 pages and round 47's city bureau), and one opening with the
        # year unnamed (…累计主动公开政府信息a条，…其中本年度新增的主动公开信息b条: rounds 21, 38, 43 and 62, four
        # agencies' pages)
        # (or after a count that names no year of its own, 在该平台共整理公开政府信息3819条,…,本年度新增的主动公开信息169条: 248b07's
        # city bureau; where the first count claims the year, 本委2005年度共主动公开政府信息80条,…本年度新增…50条, the two
        # disagree and neither is read: 225a03, its reader taking neither)
        # (never a part of the year, 其中今年第四季度…, 今年上半年…, 2023年1-6月…, and 新增 only as the year's new items: the
        # last reading of the change and its review; 1月至12月 is the whole year)
        year_after_to_date = year is not None and index > 0 and (
            _CUMULATIVE.search(s.text, 0, offset) is not None
            or (_ITEM_COUNT.search(s.text, 0, offset) is not None and not _claims_the_year(s.text, offset, year)
                and ("新增" not in clause or _years_own_items_apart(year).match(clause.removeprefix("其中").lstrip("，,:："))))) \
            and re.match(rf"(?:其中)?(?:{year}年|本年|今年)(?!{_PART_OF_THE_YEAR})", clause) is not None
        if year_after_to_date:
            scope = scope.removeprefix("其中")
        swapped = _SWAPPED.sub("主动公开信息", clause)  # same length: offsets hold
        # (nor interpretations counted, 解读信息发布7条，其中解读材料…: 70a12's city office, P13; a guard)
        bare = _PROACTIVE_BARE.finditer(swapped) if "申请" not in clause and "解读" not in clause \
            and _BREAKDOWN_NEXT.match(s.text, offset + len(clause)) else ()
        for m in [*_PROACTIVE.finditer(swapped), *_PROACTIVE_COUNT_FIRST.finditer(swapped), *bare]:
            head = clause[: m.start()]
            if m.group("unit") in "项篇" and not m.group(1):
                continue
            if _SUBSET.search(scope) or _CONSULTATION.search(clause):
                column_counted = column_counted or column_clause
                continue
            if column_clause:
                column_counted = True
                continue
            # (and after a column's count, a later one stating no total nor 主动 is one more part of the same list: 新开设…专栏,
            # 发布各类信息612条;…;继续做好…领域信息公开,发布各类信息11799条, 229d03's city, whose reader took neither; not one its
            # breakdown follows, …公开政府信息812条,其中政策文件32条: second review)
            if column_counted and not m.group(1) and not _STATES_TOTAL.search(clause, 0, m.start(2)) \
                    and not _BREAKDOWN_NEXT.match(s.text, offset + len(clause)):
                continue
            # (the government's and its office's items are the office's total only where no other body speaks: 我局发布市政府
            # 及市政府办公室信息30条 republishes them; review of c6d50cd)
            if _AND_OFFICE.search(m.group()) and _OTHER_SPEAKER.search(s.text, 0, offset + m.start()) \
                    and not _OFFICE_SPEAKS.search(s.text):
                continue
            if _INSIDE_PARTS_BRACKET.search(s.text, 0, offset + m.start()):
                continue
            if ("分别" in head and _NEXT_COUNT.match(clause, m.end())) or _NEXT_BARE_COUNT.match(clause, m.end()):
                continue  # 微信、微博分别发布信息584条、267条: the first of the channels' counts, no total (P05)
            if _NEXT_CHANNELS_COUNT.match(clause, m.end()):
                continue  # channels' counts listed together, no total
            if _AFTER_A_LISTED_COUNT.search(head):
                # a later item of a list of counts, of channels (…202条、微信公众号公开信息340条: P05) or of kinds
                # (…解读信息102条、重大决策预公开信息56条: P02)
                continue
            # 政务公开信息 names a kind of item, its 公开 no verb, where it is one more kind in a list of counts
            # (…指南1条,法治政府建设报告1条,基层政务公开信息27条,其中…: 119b05's town; P02, a guard), as 财政公开信息 does
            # (…公开乡镇动态信息8条;财政公开信息2条;基本政务公开标准目录13条: 123b01's town, whose total lost its 条)
            if head.endswith(("政务", "财政")) and index > 0 and _KIND_COUNTED_LAST.search(clauses[index - 1][1]):
                continue
            # items sent up for another body to publish (向自治区报送政务公开信息N条: 131d03's city, P16, a wording of the class
            # whose 报送信息N条 has no 公开 to match; its 公开 here is the noun's)
            if _SENT_UP.search(head):
                continue
            # (nor a request answered by pointing to what was already published, after the requests are named: 申请公开的内容为
            # 本单位已主动公开的政府信息1件, 196a04's district bureau; P08, a wording of the outcome 已主动公开 that 115b03's and
            # 158b09's 已主动公开和同意公开的N件 show; a year's 已主动公开…N条 stays its total)
            if head.endswith(("已", "已经")) and m.group("unit") == "件" and _REQUESTS_NAMED.search(s.text, 0, offset + m.start()):
                continue
            # (nor the other kinds' count closing a breakdown, …财政公告类信息11条;其他应主动公开信息4条: 171b02's bureau,
            # read as the year's total where its 主动新增公开…85条 was not read; a guard, as 其他 names a part)
            if _OTHER_KINDS.search(head) or _ASKED_FOR.search(head):
                continue
            if _other_scope(s, head) or _area_subject(s, offset + m.start()):
                continue
            # (累计 in a sentence the year leads is the year's total, unless a count came before it:
            # 共主动公开…222条，累计主动公开信息2382条 runs to date, round 22)
            year_named_after_its_end = _YEAR_NAMED_IN_CLAUSE.match(head) is not None \
                and _YEARS_END_COUNTED_TO.search(s.text, 0, offset) is not None
            if (cumulative := _CUMULATIVE.search(since_start.sub("", head))) and not _YEAR_TOTAL.search(head) \
                    and not year_named_after_its_end and not (
                    year_lead and cumulative.group() == "累计" and not _COUNT_BEFORE.search(s.text, 0, offset)):
                continue
            if _CUMULATIVE.search(since_start.sub("", s.text[:offset])) and not year_after_to_date and not _YEAR_TOTAL.search(
                    s.text[:offset + m.start()]) and not _added_to_years_end(s.text, offset, offset + m.end(), year) \
                    and not year_named_after_its_end:
                continue
            # …共计N条 totals what its clause names: with another channel counted in the same sentence
            # (通过政务网…共30条，通过微信…500条; 通过A及B…共计794条，通过C…251条) only those channels,
            # unless it names several means (通过网站、微信等渠道…共计N条): P05, rounds three and five
            stated_total = "主动" in clause[: m.start(2)] and _TOTAL_WORD_BEFORE.search(clause, 0, m.start(2)) \
                and (covers_means or not _CHANNEL.search(clause[: m.start()]) or sentence_channels < 2)
            # a count between two clauses that each count a channel's items is one more channel's, the channel named
            # only by an account's own name (…政府网站公开政府信息12条， V屈原公开政府信息90条，其他方式公开政府信息40条:
            # 120d09's street; P05, a guard)
            if not names_channel and not stated_total and 0 < index < len(clauses) - 1 and all(
                    _ITEM_COUNT.search(clauses[i][1]) and _CHANNEL_KIND.search(clauses[i][1]) for i in (index - 1, index + 1)):
                continue
            # (nor a kind's count further down a breakdown whose total went uncounted, …及时公开政府信息,其中信息公开指南1条,…,
            # 行政权力运行公开信息15条: 227c14's city bureau, the kind's name holding 公开, read as its year's total; a guard of P02)
            if index > 0 and not year_after_to_date and _in_uncounted_breakdown(s.text, offset, clause):
                continue
            # 通过网站、公示栏公开N条，其中通过公示栏…M条: split into channels, so it spans them (P02)
            rest = s.text[offset + len(clause):]
            breakdown = rest[1:].lstrip()
            split_by_channel = rest[:1] in "，,；;" and breakdown.startswith("其中") and bool(
                _CHANNEL.search(_CLAUSE_SPLIT.split(breakdown.removeprefix("其中").lstrip("，,:："))[0]))
            # one channel's count after another count of items in the sentence, no breakdown between (…等共计13条,政府公示栏公开…
            # 信息21条: 155d07's township; 通过市政府门户网站…a件,在我委门户网站…发布各类信息b件: 50b04's city commission, realdev
            # r457): one of the sentence's counts, never the year's total (P05, a guard)
            if names_channel and not stated_total and not covers_means and index > 0 and any(
                    _ITEM_COUNT.search(c) for _, c in clauses[:index]) and not _AFTER_BREAKDOWN.search(s.text, 0, offset):
                continue
            # (several means counted together, and another channel counted in the next clause: 通过公开栏、
            # LED大屏等载体公开…91条，通过区政府网站…109条, round 24: neither is the total)
            if names_channel and channel_clauses > 1 and not (
                    stated_total or split_by_channel or every_channel or (covers_means and sentence_channels < 2)):
                continue  # one channel among several; 主动公开…共计N条 still states the year's total
            kind = _count_kind(clauses, index, m.start(2))
            # (a breakdown of one kind into its accounts, 政务新媒体…N条，其中政务微博…, spans no other kind)
            # (one channel's own 共N条 too: FORMS §2 gives no figure where channels are counted apart, round 37's street)
            if kind and _other_kinds(kind, s.report_channel_kinds()) and not covers_means:
                continue  # P05: the report counts items on another kind of channel too
            if kind in _NEW_MEDIA and s.report_names_site:
                continue  # P05/P17: a new-media account's count beside a site the report uses uncounted
            if not covers_means and s.beside_a_channel_point():
                continue  # P05: another numbered point counts another channel's items
            if names_channel and not covers_means and any(
                    end <= s.start + offset and means not in clause for end, means in s.paragraph_means):
                continue  # P17: one of several means named in the paragraph, the others uncounted
            if _other_year(s.text, year, offset + m.start()):
                continue
            # a bracket saying the count takes in the years before (…共主动公开政府信息417条(此数含2008年以来所有主动公开信息数)):
            # to date, as 累计 before it would say (P06: 109c14's city bureau, a guard)
            if _TAKES_IN_EARLIER_YEARS.match(s.text, offset + m.end()):
                continue
            if "累计" in head and _YEARS_OWN_APART.match(s.text, offset + m.end()):
                continue
            # the year's own new items given apart later in the count's sentence (在该平台共整理公开政府信息3819条,其中全文电子化达
            # 100%,本年度新增的主动公开信息169条: 248b07's city bureau; 本委2005年度共主动公开政府信息80条,…,本年度新增的主动公开
            # 信息50条: 225a03's district commission, read as 80 where its reader took neither) make it one to date, as 累计 or
            # a bracket would (P06: _added_to_years_end's apart, _YEARS_OWN_APART)
            # (only the proactive items' own new count in 条, never a kind's, a column's, visits' or an increase: the review of
            # 58c271e, as 其中本年度新增规范性文件12条 and 全年新增栏目3个 left a total standing before it)
            if not year_after_to_date and _years_own_items_apart(year).search(s.text, offset + m.end()):
                # (where the count claims the year itself, 一年来…共主动公开…456条,本年度新增…120条, the two disagree: neither;
                # a 累计 count runs to date by its own word, 2020年累计主动公开政府信息301条,…本年度新增…41条: realdev r649)
                if _claims_the_year(s.text, offset + m.start(), year) and not _CUMULATIVE.search(s.text, 0, offset + m.end()):
                    return None
                continue
            if not s.area_report and _AREA_BY_ITS_UNITS.search(s.text, offset + m.end()):
                continue
            # 主动公开各类信息578条，其中工作动态292条、…；…财政公开信息8条: after a count's 其中, every
            # count of the sentence is one of its parts (P02, ninth round)
            # (not the year's own count after a count to date's 其中: …累计…a条，其中，本年度新增…b条)
            if _AFTER_BREAKDOWN.search(s.text, 0, offset) and not year_after_to_date:
                continue
            value = _exact_number(clause, m, 2)
            if value is not None:
                found.append((bool(m.group(1)), value))
                if year_after_to_date and years_part is None:
                    years_part = value
    if not found:
        return None
    # the year's own part after a count to date is the year's, even where the year leads the sentence
    # (2020年累计主动公开政府信息275条,…,其中,本年度新增的主动公开政府信息32条: 159b05's street, read as 275; P06)
    if years_part is not None:
        return years_part
    if by_attribute and attribute_part and (value := _exact_number(s.text, attribute_part)) is not None:
        return value  # the 主动公开 part of the items sorted by how each was disclosed
    explicit = [v for is_proactive, v in found if is_proactive]
    return (explicit or [v for _, v in found])[0]


# 受理 the verb, not the place requests are taken in: 设立了1个区政府信息申请受理点和42个政府部门信息申请受理点 counts
# acceptance points (197a08, 卢湾's 2007 district report, read as 42 requests; P08, a guard); nor the ways they are taken in
# by, 受理依申请公开38件,主要受理路径为网上申请16件、信函申请数22件 (210c10's district office, whose channels' 受理 left its
# total unread; a guard)
_TAKE_IN = "受理(?!点|路径|渠道|方式)"
# (收办, received and handled: 全年共收办申请42件 in a city office's report, 全市共收办申请254件 in its city's, whose appeals
# in the next sentence are then the city's: 85a08 and 85a09, the P09 bare counts' guard)
# (nor a request's outcome: 收到不予处理的信访举报投诉类申请0条 counts the 2021 form's row of requests not handled, 102a01's
# city bureau; a guard)
# (…的要求 with 的 left out: 收到申请公开信息要求0件, 132b04's town, a wording of round 17's 收到申请公开政府信息的要求N件)
# (nor a count in another unit, 收到20起依申请公开件(网络申请件18件,…): 213b12's street, read as 18; a guard; the 起 or 宗
# of the requests only, 收到涉及12宗土地征收的…申请5件 keeps its 5: third review)
_RECEIVED = re.compile(  # (the words between hold no count: 共收到并答复…95件(含上年度结转申请7件), 66a16)
    rf"(?:收到|{_TAKE_IN}|接到|接收|接受|新收|收办|[向对][^，。；\d]{{1,12}}?提交)(?:(?!\d+\s*件|\d+\s*[起宗](?=依?申请|政府信息|信息公开)|不予)[^，。；]){{0,30}}?申请(?:公开)?(?:政府信息|信息)?(?:公开)?(?:情况|的?要求)?"
    # (the forms counted, 收到政府信息公开申请书58条, 共收到…申请书N条 and 收到《政府信息公开申请书》共计N件: 228a12's city bureau,
    # 74b09 and a third agency's page of the catalogue's P08 readings, each missed)
    rf"(?:书》?)?"
    rf"(?:办理事项|办件|案件|事项|信件|件数|数量|件|数)?(?:为)?"
    rf"(?:共|共计|总计|合计)?{NUM}"
    # P08: 收到依申请公开件2件, 受理申请公开数4个, 受理依申请信息公开0件, 新收…申请数量1件; 个 before a noun counts that
    # noun (…导致的群体申请两个领域 is two fields, 104b06's district bureau; a guard)
    rf"(?:件|条|个(?![{HAN}])|份|宗|起|次|人次|项|例)")
# (收到依申请公开申请15起: round 22's province department, the unit _RECEIVED_COUNT_FIRST already took)
# (…依申请公开政府信息办理事项2件, 受理依申请公开办件0件: rounds 13, 22 and 25, three agencies' pages)
# The count before the noun (共收到90件申请, 收到4件信息公开申请), and a count with no unit
# closing its clause (收到和处理政府信息公开申请数量为0): catalogue P08, third round.
_NOT_NEW_REQUESTS = re.compile(r"(?:撤回|补正|延期答复)[^，。；,;\d（()）]{0,8}?申请")
_RECEIVED_COUNT_FIRST = re.compile(
    rf"(?:收到|{_TAKE_IN}|接到|接收)(?:到)?[^，。；\d]{{0,8}}?(?:共|共计)?{NUM}(?:件|个|份|条|起|宗|例|项)[^，。；\d]{{0,10}}?申请")
# (fifth round: 收到并按时办结9件…申请, 收到社会各界4宗…申请; ninth round: 共收到8项依申请公开, two agencies)
_RECEIVED_UNITLESS = re.compile(rf"(?:收到|{_TAKE_IN}|接到|接收)[^，。；]{{0,30}}?申请(?:的)?(?:数量|件数|数)为{NUM}[。！？!?]?\s*$")
# the count's unit left out, the clause ending on the number (共收到政府信息公开申请3,截至…已全部办结; 共收到依申请公开
# 信息4,按时办结4件; 共收到和办理依申请公开2,无…复议: P08, 77b14, 82b04 and 88c08, three agencies' pages); a number of
# up to three digits only, never a year
_RECEIVED_UNIT_DROPPED = re.compile(rf"(?:收到|{_TAKE_IN}|接到)(?:和办理|并办理)?[^，。；\d]{{0,20}}?申请(?:公开)?(?:政府信息|信息)?(?:公开)?"
                                    r"(?:共|共计)?(?<!\d)(\d{1,3})[。！？!?]?\s*$")
# 共收到申请41件（含上年度结转3件）: new and carried-over requests together, not the year's new ones (P08); 转结 as 结转
# (…依申请公开20起(含上年度转结1起): 120c09's town, a guard, whose 起 the carried-over count takes as the received count does)
_WITH_CARRIED_OVER = re.compile(r"^\s*[（(]\s*(?:含|包含|包括)[^）)]{0,8}?(?:结转|转结)")
# (the carried-over part after a comma, 共受理依申请公开案件304件,其中上年度结转…: 142b03's town; a wording of the guard)
_CARRIED_OVER_PART_NEXT = re.compile(r"^\s*[，,]\s*其中[，,:：]?\s*(?:含|包含|包括)?\s*(?:(?:上一?年度?|\d{4}\s*年度?)的?(?:结转|转结)"
                                     r"|结转(?:上一?年度?|\d{4}\s*年度?))")
# …申请12件(含新收11件、上年结转1件): the bracket names the year's new ones, the received count (P08: the seventh round's
# '(本年度新收申请数a件…)', the twelfth round's '其中本机关新收a件，上年度未办结b件', round 59's county); after a comma too,
# '共受理…申请N件,其中新收到a件,结转上年度办理b件' (73b01; the page behind realdev r196 prints the bracketed 其中)
_NEW_PART = re.compile(rf"^\s*(?:[（(]\s*(?:{_PARTS_OPENER})|[，,]\s*其中)[:：]?\s*(?:本机关|本单位)?(?:本年度?)?"
                             rf"新收(?:到)?(?:的)?(?:政府信息公开)?(?:申请)?(?:数|数量)?(?:为)?{NUM}件")
# 共制作政府信息184条，其中主动公开55条，依申请公开3条，不予公开126条: documents sorted by how
# they are disclosed (the 2008 form's attribute), not requests (third round, 2 agencies' pages)
# (each part with its share, 其中主动公开信息数43条,占比41.35%;依申请公开信息数58条,占比55.77%;不予公开信息数3条: 225c07's city
# bureau, read as 58 requests; a wording of the guard, the shares read past as a part's noun is)
# (a share after a count of items in 条 only: request outcomes in 件 with their shares, 属于已主动公开范围的5件,占比25%;…;
# 不予公开2件, are no documents by attribute: review of 23ea9fc)
_SHARE = r"(?<=条)[，,]\s*占比?\s*\d+(?:\.\d+)?\s*[%％][；;，,]?"
# (不予以公开 as well, …依申请公开信息数2条,占比6.1%;不予以公开信息数2条: 255c07's and 255c13's towns, read as 2 and 3 requests;
# 226c05's county bureau prints it too; a wording)
_WITHHELD = "不予以?公开|不公开|免予公开"
# (or the on-request items with their share and the withheld after them, the proactive part ended by a full stop before:
# …主动公开信息数7条,占比46.66%。依申请公开信息数4条,占比26.67%;不予以公开信息数4条: 256c05's town of the same template,
# read as 4 requests where it received none)
# (never a request's outcome, 其中属于已主动公开范围的3件,同意公开6件,不予以公开1件: the review of the session's change)
_BY_ATTRIBUTE = re.compile(rf"(?<!已)主动公开(?!范围)[^。]{{0,30}}?(?:{_SHARE}[^。]{{0,30}}?){{0,2}}(?:{_WITHHELD})"
                           rf"|(?:{_WITHHELD})[^。]{{0,30}}?(?:{_SHARE}[^。]{{0,30}}?){{0,2}}主动公开"
                           rf"|依申请公开[^。]{{0,12}}?{_SHARE}[^。]{{0,12}}?(?:{_WITHHELD})")
# (or the documents counted first and split into two parts only, 全年行政发文共21件,主动公开18件,依申请公开3件: 196a11's district
# bureau, read as 3 requests; a wording of the class, whose 其中 and 公文 forms 185d02, 195c06 and 196a06 print. The parts may
# stand in brackets, after a semicolon or under 公开属性为, the count may be 发文数量; but the documents' count comes straight
# before them, so a 文件 named in passing, 根据文件要求，…主动公开政府信息120件，依申请公开3件, keeps its requests: the two reviews)
_DOCUMENTS_BY_ATTRIBUTE = re.compile(r"(?:发文|公文|文件)(?:数量|总数)?(?:共|共计|总计|合计|为)?\s*\d+\s*[件份篇]\s*[，,（(]\s*"
                                     r"(?:其中[，,：:]?\s*)?(?:公开属性为)?主动公开\s*\d+\s*[件份篇][，,、；;]\s*依申请公开")
# Also all the items disclosed, then 其中主动公开M条…依申请公开K条 (round 17: a district bureau's
# 公开信息687条，其中主动公开668条(包括…)，依申请公开19条): its 主动公开 part is the year's figure
# (the 依申请公开 part is still read as the requests, as the page's reader labelled it).
_PARTS_BY_ATTRIBUTE = re.compile(r"其中[，,：:]?\s*主动公开[^。]{0,120}?依申请公开")
_ATTRIBUTE_COUNT = re.compile(rf"其中[，,：:]?\s*主动公开(?:的)?(?:政府信息|信息)?(?:数|数量)?(?:为)?(?:共)?\s*{NUM}\s*条")
# (or with no 其中, the three parts listed straight after the whole, 共发布信息3603条,主动公开3054条,依申请公开141条,不予公开408条:
# 218b10's zone, whose whole was read as the year's; a wording of the class, read only where all three attributes are named)
_ATTRIBUTE_COUNT_LISTED = re.compile(rf"(?<=[条件])\s*[，,]\s*主动公开\s*{NUM}\s*条(?=[，,、；;]\s*依申请公开\s*\d+\s*条[，,、；;]\s*不予公开)")


def _listed_attribute_part(text: str) -> re.Match | None:
    """_ATTRIBUTE_COUNT_LISTED's part where its whole is the sentence's first count and nothing before runs to date (…300条,
    自2008年以来累计发布信息10000条,主动公开9000条…, or a unit's 市级部门共发布信息3603条… after the agency's own: review of
    39be619)."""
    m = _ATTRIBUTE_COUNT_LISTED.search(text)
    if m is None or len(_ITEM_COUNT.findall(text, 0, m.start())) > 1 or _CUMULATIVE.search(text, 0, m.start()):
        return None
    return m


# 按时答复依申请公开2件, 办结依申请公开3件: requests answered, not received (P08). So are requests handled,
# 共办理依申请公开19件, 全年办理政府信息依申请公开13件 (rounds 19, 38 and 43: a handled count read as received
# on three agencies' pages; realdev r387), which may hold last year's too; 受理办理/收到并办理 still receive them
# (处理依申请公开15条 as well, round 46's city office; 收到和处理 still receives them)
# (办理 also further back, the applicants and channels between: 累计办理公民、法人或其他组织通过政府信息公开平台、邮寄等途径
# 依申请公开信息合计N件, 137b08's city bureau, and round 23's city behind realdev r325 in the same template; no verb of
# receiving between)
_HANDLED = r"(?<!受理)(?<!收到)(?<!收到并)办理"
_ANSWERED = re.compile(rf"(?:答复|办结|回复|{_HANDLED}|(?<![和并及])处理)[^，。；]{{0,4}}$"
                       rf"|{_HANDLED}[^，。；收受接]{{5,40}}?(?:途径|渠道)$")
# the next clause counts another channel's requests, with no verb of its own (…网络申请6件，线下书面申请2件): the
# first count is a part (P08: 66b19, as the twenty-first round's 受理线上…a件，受理线下…b件, which the two verbs show;
# counted in 条 too, 收到…线上申请a条，线下申请b条: 88b15's town)
_CHANNEL_OF_REQUESTS = re.compile(r"网络|网上|线上|线下|书面|当面|现场|信函|邮寄|传真|电子邮件|电话")
_ANOTHER_CHANNELS_REQUESTS = re.compile(
    rf"[，,]\s*(?!其中|含|包括|包含|均|全部)[^，。；,\d]{{0,8}}?(?:{_CHANNEL_OF_REQUESTS.pattern})"
    rf"[^，。；,\d]{{0,6}}?申请(?:共)?{NUM}[件条]")
# received counted by the way each came, then their sum (P08, eighth round)
_PARTS_THEN_TOTAL = re.compile(rf"(?:[，,、][^，。；,、\d]{{1,12}}\d+件)+[，,](?:合计|共计|总计){NUM}件")
# after 上年结转…申请N件: 本年新收N件 (P08)
_NEW_THIS_YEAR = re.compile(rf"本年(?:度)?新收(?:政府信息公开申请|申请)?(?:共)?{NUM}件")
# (nor information made or obtained, sorted by attribute: 制作、获取的政府信息2123条(主动公开信息2119条、作为依申请公开
# 信息4条), 101b13's city, whose 作为 names the part no request; a guard)
_AS_ATTRIBUTE = re.compile(r"作为\s*$")
# (not an item of a list of the kinds of information published: …、政府信息年报1条、依申请公开2条、政民互动3条,
# round 22; the list's items closed by semicolons too, 公开指南1条;依申请公开2条;工作动态54条, which end its clauses:
# 78c08's town)
_ITEM_OF_A_LIST_BEFORE = re.compile(r"\d条;\s*$")
# (nor items disclosed on the agency's own initiative and on request counted together, 全年主动和依申请公开信息2394条:
# 151d02's province commission, read as 2394 requests; a guard)
_PROACTIVE_AND_BEFORE = re.compile(r"主动(?:公开)?(?:和|及|与|、|以及)\s*$")
# (受理依申请公开来件N件: round 60's province department; 依申请公开新受理N件: 85a02's county office)
# (not after a verb of publishing: 在区政府网公开依申请公开信息0条 counts items published, 114b09's town; a guard)
_ON_REQUEST = re.compile(
    rf"(?<!\d条、)(?<!公开)(?<!发布)依申请公开(?:政府信息|政务信息|信息|办件|来件)?(?:条数|件数|数量|数)?(?:为)?"
    rf"(?:(?:共|共计|总计|合计)(?:受理|收到)?|新(?:受理|收到))?{NUM}(?:件|条|次)")
# (收到依申请公开政府信息条数1条 counts requests: 236c12's district bureau)
_RECEIVING_BEFORE = re.compile(rf"(?:收到|接到|{_TAKE_IN}|接收|接受)\s*$")
# (nor where what follows answers them as requests, 依申请公开信息3条,均已按时答复 / …全部办结 / 其中同意公开3条: review of
# 9f28468; or splits them by applicant, 依申请公开信息30条,其中公民申请公开信息数量21条,法人和其他组织…9条: 244a08's district
# bureau's wording, whose reader took 30)
# (回复, 办复 and 处理 answer them too, and a split by channel, 其中当面申请2条、网上申请3条; never 办理 alone, 在线办理群众邮件
# being other work: review of the session's change)
_ANSWERED_AFTER = re.compile(r"答复|回复|办复|处理|办结|申请人|同意公开|不予公开|部分公开|予以公开"
                             r"|其中[,，]?(?:公民|自然人|法人|[^，,。；;]{0,8}?申请)")
_ITEMS_ON_REQUEST = re.compile(rf"依申请公开(?:政府信息|政务信息|信息)(?:条数|数量|数)?(?:为)?(?:共|共计|总计|合计)?{NUM}条")
# the noun first, then the verb (依申请公开政府信息共收到37件 above; 政府信息公开申请受理1条: round 66's town and street)
_RECEIVED_NOUN_FIRST = re.compile(rf"信息公开申请(?:共)?(?:受理|收到)(?:共|共计)?{NUM}(?:件|条)")
# (round 17, three agencies' pages: 收到申请公开政府信息的要求N件, 依申请公开共受理N件, 依申请公开政务信息数N件)
# P08: 无依申请公开政府信息, 我镇2016年度无申请 (round 18: 未新收到…依申请公开件); third round: 未发生依申请公开情况,
# 没有政府信息依申请公开情况
# (未接受…申请 too, as _RECEIVED reads 接受: round 31's town)
# (round 44's county bureaus: 未发生受理依申请公开事项的情况; 没有个人或单位向本局申请公开政府信息, with no 提出)
_NO_APPLICATIONS = re.compile(
    rf"{_NEGATION}(?:发生)?共?新?(?:收到|接到|{_TAKE_IN}|接收|接受)[^，。；,;]{{0,45}}?申请"
    # (没有向申请人收取…: a fee; so is 未向公开权利人收取依申请公开的任何费用, 188c06's city bureau, read as no requests)
    rf"|{_NEGATION}[^，。；]{{0,12}}?(?:(?:提出|提交)[^，。；]{{0,12}}?申请|向(?![^，。；]{{0,12}}?收取)[^，。；]{{0,8}}?申请(?!人))"
    # (本年度，无政府信息公开申请: round 45; 全年无涉及政府信息公开申请情况: 84c11)
    # (not the fees for requests, 本年度无依申请公开收费和减免事项: 234c08's district, read as none received, whose requests are
    # counted elsewhere; a guard, as 没有向申请人收取… above)
    # (or 涉及, 我局在2023年度未涉及依申请公开事项: 236d01's county bureau, a wording of 84c11's 无涉及)
    # (the fee words anywhere in the noun, 信息处理费 the 2021 form's, or complaints; not past 及/和/、, 无依申请公开及收费事项 names
    # none of either: second review)
    # (every kind of applicant may stand between, and 依法申请公开 for 依申请公开: 全年无公民、法人依申请公开事项, 本年度我委无依法申请公开
    # 情况: 241c03's and 228d04's bureaus, each read as nothing; P08. Never one kind alone, 无法人或其他组织依申请公开… before the
    # citizens' count, nor 依法申请 of anything but disclosure, 无依法申请延期答复情况: review of aecbe8c)
    # (nor a request's fees, complaints or fate, 无依申请公开而逾期未答复的情况, 无…依法申请公开的政府信息被撤回: the same review)
    rf"|{_NEGATION}(?:发生|出现|产生|涉及)?(?:(?:公民|自然人)[、和及]法人(?:(?:或者?|和|及|、)(?:其他|其它)(?:社会)?组织)?)?"
    rf"(?:政府信息|信息)?依(?:法(?=申请公开))?申请"
    rf"(?!公开(?:(?![及和与或、也亦又并且无未没因])[^，。；,;]){{0,12}}?"
    rf"(?:收费|减免|费用|处理费|收取|投诉|举报|撤回|驳回|逾期|延期|超期|未予?答复))"
    rf"|无(?:涉及)?(?:政府信息公开|信息公开)?申请")


# none carried on to the next year (…全部按时办结，无申请件结转到下一年度) says nothing of the requests received
# (113c02's city bureau, which received 2 and was read as receiving none; a guard)
_NONE_CARRIED_ON = re.compile(rf"{_NEGATION}[^，。；]{{0,6}}?申请件?(?:结转|转入|转至)")


# appeals (行政复议申请, 诉讼), each of several other units (分别收到…), licences applied for
# (收到行政许可申请N件: round 17): no information requests of the agency
_NOT_INFORMATION_REQUESTS = re.compile("复议|诉讼|分别|许可申请|审批申请")
# appeals named only after a count, listed after it or in its bracket (共接到依申请公开办件2件、行政复议2件、行政诉讼0件;
# 同意公开答复4件(含1件行政复议结果维持)), make it no appeal's count: 107b04's town and 108c08's district bureau, two guards
_AFTER_A_COUNT = re.compile(r"(?<=\d[件条])[、（(].*")
# none of the requests nor the appeals listed after them (全年未收到和处理政府信息公开申请、公开行政复议、行政诉讼等情况:
# 180d04's county bureau, its requests' zero lost to the appeals' words; P08): the zero is the requests' too
# (not the appeals about requests, 未收到因政府信息公开申请和答复引起的行政复议…, nor an appeal's own 诉讼申请)
# (or 无 with no verb, 2019年无政府信息公开申请、无信息公开行政复议和行政诉讼相关案件: 226a05's city bureau, read as nothing)
# (not the appeals about requests and their handling, 无政府信息公开申请和处理相关行政复议: review of aecbe8c)
_NONE_OF_REQUESTS_NOR_APPEALS = re.compile(rf"(?:{_NEGATION}(?:收到|接到|{_TAKE_IN})|无)[^，。；、因针就对]{{0,20}}?(?<!复议)(?<!诉讼)申请"
                                           r"[、和及与](?:(?!处理|办理|答复|相关|类)[^，。；答引提的]){0,20}?(?:复议|诉讼)[^，。；\d]*。?$")
# (or a comma: 全年主动发布信息N条,其中,主动公开部门文件a件、依申请公开b件, 82a14's bureau, whose items published on
# request were read as its requests)
_PART_AFTER_COLON = re.compile(r"其中\s*[:：，,]\s*$")


def _applications(s: Sentence, year: int | None) -> Decimal | None:
    found: list[Decimal] = []
    for offset, clause in _clauses(s.text):
        # 行政复议申请 / 诉讼 are appeals, not information requests
        if _CONSULTATION.search(clause) or clause.lstrip().startswith("其中") or (
                _NOT_INFORMATION_REQUESTS.search(_AFTER_A_COUNT.sub("", clause))
                and not _NONE_OF_REQUESTS_NOR_APPEALS.search(clause)):
            continue
        # 共受理依申请公开事项2件，其中：受理当面申请0件…: the colon splits the part from its 其中 (round 14's
        # town, and its stand-in)
        if _PART_AFTER_COLON.search(s.text, 0, offset):
            continue
        if _other_year(s.text, year, offset + len(clause)):
            continue
        # 无依申请公开信息转主动公开: nothing converted, not no requests (sixth round); 此外，未收到…申请
        # adds the agency's own zero, no part of a count before it (fifteenth round)
        if not found and _NO_APPLICATIONS.search(clause) and "转主动" not in clause \
                and not _NONE_CARRIED_ON.search(clause) and not _other_scope(s, clause, parts=False, zero=True):
            return Decimal(0)
        if _other_scope(s, clause):
            continue
        # 截至…，(累计)受理…申请N件: to date, not the year's (P06; without 累计 on two third-round pages); none to
        # the report year's end is none in the year too (截至2024年12月底，我街道受理信息公开申请0件; 截止2025年12月31日，
        # 收到依申请公开事项0项: rounds 30, 31 and 32, three townships' pages; 截至2023年底…0条: round 37's county bureau),
        # as is none up to the year with no month (截至2019年共收到…申请0件: review of 87a2595, whose _YEAR_TOTAL no longer
        # takes 至2019年共 as the year's)
        before = s.text[:offset + len(clause)]
        to_year_end = False
        if _TO_DATE.search(before) and not _YEAR_TOTAL.search(before):
            # (up to the year with no month only straight before the count's own 共 or 累计, 截至2019年共收到…0件: never
            # 截至2019年上半年, 截至2019年六月, 截至2019年初, nor an earlier clause's 截至2019年: second review of 87a2595)
            to_year_end = year is not None and (
                (at_the_end := _up_to_the_year(year))[0].search(before) is not None
                or at_the_end[1].search(clause) is not None)
            if not to_year_end:
                continue
        for pattern in (_RECEIVED, _RECEIVED_COUNT_FIRST, _RECEIVED_UNITLESS, _ON_REQUEST, _RECEIVED_NOUN_FIRST,
                        _NEW_THIS_YEAR, _RECEIVED_UNIT_DROPPED):
            m = pattern.search(clause)
            if m:
                if pattern is _ON_REQUEST and (_ANSWERED.search(clause[:m.start()]) or _BY_ATTRIBUTE.search(s.text)
                                               or _DOCUMENTS_BY_ATTRIBUTE.search(s.text)
                                               or _AS_ATTRIBUTE.search(clause, 0, m.start())
                                               or _PROACTIVE_AND_BEFORE.search(clause, 0, m.start())
                                               or (m.start() == 0 and _ITEM_OF_A_LIST_BEFORE.search(s.text, 0, offset))):
                    break
                # (not requests withdrawn, completed or extended, 收到申请人撤回申请书1件, 收到补正后的申请书2件: both
                # reviews of ebf5cfb)
                if _NOT_NEW_REQUESTS.search(m.group()):
                    break
                after, rest = clause[m.end():], s.text[offset + m.end():]
                if new := _NEW_PART.match(rest):
                    return _exact_number(rest, new)  # the total's new part
                if _WITH_CARRIED_OVER.match(after) or _CARRIED_OVER_PART_NEXT.match(rest):
                    return None
                value = _exact_number(clause, m)
                # (nor items of information given on request, in 条 with no verb of receiving: 我局制作依申请公开信息19条,
                # 未收到…需求 (243c11's district bureau, read as 19 requests), …微博发布稿件856篇,依申请公开信息5条 (242d08's
                # city bureau) and 全年共计公开政府信息104条,依申请公开信息1条 (231a01's district bureau), whose readers took
                # none; a zero, 依申请公开信息0条, says no request was met and stands, as 227c11's reader took it; a guard)
                if pattern is _ON_REQUEST and value and _ITEMS_ON_REQUEST.fullmatch(m.group()) \
                        and not _RECEIVING_BEFORE.search(clause, 0, m.start()) \
                        and not _ANSWERED_AFTER.search(s.text, offset + m.end()):
                    break
                if to_year_end and (value != 0 or pattern is _ON_REQUEST):
                    break  # (a count to the year's end is to date: only a zero received is the year's too)
                if value and _area_subject(s, offset + m.start()):
                    break
                # 收到网上申请105件，快递17件，合计122件: the first of the parts, then their sum
                total = _PARTS_THEN_TOTAL.match(s.text, offset + len(clause))
                # …申请58件，上年结转3件，共计61件: the sum takes in last year's requests (tenth round)
                if total and not re.search("结转|转结", total.group()):
                    value = _exact_number(s.text, total)
                elif not total and _CHANNEL_OF_REQUESTS.search(clause, 0, m.end()) and (
                        part := _ANOTHER_CHANNELS_REQUESTS.match(s.text, offset + len(clause))) \
                        and not re.search("结转|转结", part.group()):
                    # 共收到…网络申请6件，线下书面申请2件: one channel's part, no total (P08, 66b19); the clause's own count
                    # names its channel too, so a total followed by its parts stays the total
                    break
                if value is not None:
                    found.append(value)
                break
    # received counted twice in one sentence (政府新收…3件；部门新收…5件): parts of a
    # whole the sentence never states (catalogue P12); parts all none are a whole of none
    # (收到政府信息公开申请0条,依申请公开0条: 95c07's township)
    if len(found) > 1 and not any(found):
        return Decimal(0)
    return found[0] if len(found) == 1 else None


_CASE_TERMS = {"review_cases": "行政复议", "litigation_cases": "行政诉讼"}
_DENIES_HEADING = re.compile(r"^(?:本年度|本年|全年|今年|\d{4}年度?)?[，,]?(?:我局|我单位|我镇|我乡|我街道|本单位|本机关)?"
                             r"(?:无|没有|未发生|未出现)(?:此类|该类|上述|相关)?(?:情况|事项|案件|情形)?[。.]?$")


_HEADING_COLON = re.compile(r"^(.{4,60}?(?:情况|数量))[:：]\s*(.+)$")
# a numbered heading with no full stop over a line holding only 无, which reach the rules as one sentence
# ('（二）依申请公开方面' / '无', '四、因…提起行政诉讼情况' / '无': 72a03, 72a05, the pages behind realdev r173 and r396)
_HEADING_OVER_NONE = re.compile("(" + _HEADING_NUMBER + r"[^，。,;；:：]{2,50}?(?:情况|方面|数量))((?:无|没有)[。.]?)$")
# A heading on requests or on fees answered by a bare 无 says none came in or none was charged, as one on
# reviews says none was filed (P08/P14: '（二）依申请公开方面' over a line holding only 无, 'N、依申请公开政府信息
# 情况：无', 'N.…依申请公开政府信息的数量:无', '（二）依申请公开办理情况' over '无。': 69a01, 72a03, 72a05 and the
# pages behind realdev r173 and r230, five agencies; the fees' '…收费及减免情况：无' is the same class's variant,
# on two of them, 69a01 and r230's page). A heading on one outcome (不予公开…数量：无) or on answers counts no requests.
_REQUESTS_HEADING = re.compile(r"依申请公开|收到和处理政府信息公开申请")
_NOT_REQUESTS_HEADING = re.compile(r"复议|诉讼|不予|收费|咨询|答复")
# a heading's own Arabic numbering (5、, (3)), which is no count
_ARABIC_NUMBERING = re.compile(r"^\s*(?:\d{1,2}\s*[、.．]|[（(]\d{1,2}[）)])")
_CASE_VERB = "(?:收到|发生|受理|提起|提出|涉及|办理|引发|引起|产生|出现|接到|遇到|申请)"


# 行政复议、行政诉讼数量为0件: one number for both, which only a zero splits, or 各, each (行政复议、行政诉讼各1件: 219a01's
# city office, both missed)
# (each named as a procedure entered, 进入行政复议程序和行政诉讼程序均为0件 / 进入行政复议程序、行政诉讼程序的均为0件: P09, four
# agencies' pages, those behind realdev r138 and r298 and round 106's 106b07 and 106b08)
_BOTH_CASES = re.compile(
    rf"行政复议(?:程序)?[、和及与或][^，。；\d]{{0,6}}?行政诉讼(?:程序)?(?:的)?(?:案件)?(?:的)?(?:数量|数)?(?:均|都|(?P<each>各))?(?:为|是)?(?:共)?"
    rf"{NUM}(?:件|起|宗|次)")


@lru_cache(maxsize=4)  # built once for each term, not for every sentence that names it
def _case_patterns(term: str) -> tuple[re.Pattern, re.Pattern, re.Pattern, re.Pattern]:
    """For 行政复议 or 行政诉讼: its count, its count as the second of a list, its denial and its bare count."""
    # also with no verb: 政府信息公开行政复议0件, 答复后被行政复议9件, 我办行政复议为5件 (P09, four
    # agencies' pages over rounds three and four)
    # (the words between may run to 20: 发生针对本单位有关政府信息公开事务的行政复议案件0宗, 144c02's district office)
    count = re.compile(rf"(?:{_CASE_VERB}[^，。；]{{0,20}}?|信息公开类|(?:政府)?信息公开|被|(?:^|(?<=[，,；;]))(?:我|本)"
                       rf"[\u4e00-\u9fff]{{0,3}}?){term}(?:案件|案|申请|的案件)?(?:的)?(?:数量|数)?(?:为|是)?(?:共)?"
                       rf"{NUM}(?:件|起|宗|次)")
    # the second of a list: 收到行政复议3件、行政诉讼1件; a kind named first: 信息公开类行政复议1起
    # (行政复议数量0件 in a list of counts: round 44's county bureau)
    listed = re.compile(rf"(?:^|[、，,和及]|信息公开类)(?:政府信息公开)?{term}(?:案件)?(?:数量)?(?:共)?{NUM}(?:件|起|宗|次)")
    # a denial may use the short words: 未发生…的复议、诉讼和申诉 (catalogue P09)
    # 未经复议直接起诉 is 表四's column, not a denial
    none = re.compile(rf"{_NEGATION}(?!经)(?:发生|收到|接到|出现|产生|受理|有|涉及)?[^，。；]{{0,40}}?{term.removeprefix('行政')}")
    # the count alone opening its clause, the year or nothing before it (全年行政复议1件,行政诉讼3件 after the year's
    # requests; 2020年,行政复议0件,行政诉讼0件 under the appeals' heading; 行政复议0件、行政诉讼0件 after the requests:
    # P09, 78b16, 85a08 and 95c03, three agencies' pages)
    return count, listed, none, re.compile(_bare_case(term))


def _bare_case(terms: str) -> str:
    return rf"^\s*(?:(?:全年|本年度?|\d{{4}}年度?)[，,]?\s*)?(?:{terms})(?:案件)?(?:数量|数)?(?:为)?(?:共)?{NUM}(?:件|起|宗|次)"


_BARE_CASES = re.compile(_bare_case("行政复议|行政诉讼"))  # either term's bare count opening a clause
# the agency's administrative work counted (办理行政许可415件、行政处罚7件、行政复议1件，无…行政诉讼: 81c03's city bureau):
# appeals counted or denied among it are that work's, not appeals against its disclosure, unless their clause names the
# disclosure (P09 guard: 81c03 and the page behind realdev r198; it keeps the bare counts above from that work too)
_BUSINESS_COUNTED = re.compile(rf"行政(?:许可|处罚|强制|检查|执法|裁决|征收|给付|确认|奖励)(?:案件|事项)?(?:共)?{NUM}"
                               r"(?:件|起|宗|次|项)")
_LITIGATION_AFTER_REVIEW = re.compile(r"(?<=行政复议[、和及与])诉讼")
# one denial over both, a comma between them (未发生因…申请行政复议，提起行政诉讼的情况): rounds 21, 22
# and 25, three townships' pages (same length: offsets hold)
_COMMA_BETWEEN_CASES = re.compile(r"(?<=行政复议)[，,](?=(?:提起|被提起)?行政诉讼的?(?:情况|情形|案件|事项))")
_VERB_BEFORE_CASES = re.compile(_CASE_VERB + "[^。]*?(?:行政复议|行政诉讼)")


_TO_A_DATE_BEFORE_YEAR_END = re.compile(r"(?:截至|截止)(?:\d{4}年)?(?:[1-9]|1[01])月")


_SECTION_LEFT_OUT = re.compile(r"报告(?:中|里|内)?(?:没有|无|不含|不包括|未包括|未含)")
# nor costs: 未产生与诉讼(行政复议、行政申诉)有关的费用支出 denies the spending of the 2008 template's cost line, no case (210d03's
# county bureau, read as no reviews and no suits; a guard)
# (the cost phrase the negation's whole object: 未发生行政复议和行政诉讼及与诉讼有关的费用支出 still denies the cases; review of
# c6d50cd)
_CASE_COSTS = re.compile(rf"{_NEGATION}(?:产生|发生|有)?(?:任何)?与(?:行政)?(?:诉讼|复议|申诉)[^，。；]{{0,16}}?(?:有关|相关)的?"
                         r"(?:费用|支出|经费)")


def _cases(s: Sentence, year: int | None, term: str) -> Decimal | None:
    count, listed, none, bare = _case_patterns(term)
    business = _BUSINESS_COUNTED.search(s.text) is not None
    text = _COMMA_BETWEEN_CASES.sub("、", _LITIGATION_AFTER_REVIEW.sub("行政诉讼", s.text))
    verb_before = _VERB_BEFORE_CASES.search(text)
    short = term.removeprefix("行政")
    for offset, clause in _clauses(text):
        both = _BOTH_CASES.search(clause)
        if both and term in both.group() and not _other_year(text, year, offset + both.start()):
            if both.group("each"):
                # (_exact_number refuses any number after 各 as 'each': here each is both cases' count; an approximate
                # one, 各1件余 / 各1件左右, is none's)
                if _APPROX_AFTER.match(clause[both.end(2):]) or _APPROX_AFTER.match(clause[both.end():]):
                    return None
                # (a whole area's or other units' each, 全市…各5件 / 所属单位…各1件, is not the agency's; the count's own
                # clause only: 全市共受理申请100件，我局发生…各1件 keeps the agency's: two reviews)
                value = parse_number_word(both.group(2))
                if value and (_area_subject(s, offset + both.start(), text) or _other_scope(s, clause[:both.start()])):
                    continue
                return value
            if (value := _exact_number(clause, both, 2)) == 0:  # (group 2: group 1 is 各's)
                return value
            continue
        if short not in clause:
            continue
        if _other_year(text, year, offset + len(clause)):
            continue
        if business and "信息公开" not in clause:
            continue  # (未发生因政府信息公开引发的行政复议… after the work counted is still the agency's: 91b07)
        m = count.search(clause)
        if m is None and verb_before and verb_before.start() < offset + clause.find(term):
            m = listed.search(clause)
        if m is None and _BARE_CASES.match(clause):
            m = bare.match(clause) or listed.search(clause)
        if m:
            value = _exact_number(clause, m)
            if value and _area_subject(s, offset + m.start(), text):
                continue
            # counted up to a date before the year's end (截至11月底，受理行政复议申请N件: 85d08's bureau; P06's class,
            # a guard for the appeals)
            if value and _TO_A_DATE_BEFORE_YEAR_END.search(text, 0, offset + m.start()):
                continue
            if value is not None:
                return value
        # 没有…行政复议被纠错…的案件: none corrected, not none brought (sixth round); nor none reversed, 行政复议未被复议机关撤销
        # 或确认违法 (158d04's county bureau, read as no reviews; a wording of the guard), nor none ruled against, 没有在行政诉讼案件中
        # 被判未依法履行…责任 (238a01's district bureau, read as no suits; a wording of the guard)
        # (nor a section the report leaves out, 因此报告中没有…行政复议、诉讼和申诉的情况: an agency with no such duties
        # says what its report omits, no count; 154a02's province centre, whose reader gave none; a guard)
        if none.search(clause) and not re.search("纠错|纠正|败诉|撤销|确认违法|被判", clause) and not _SECTION_LEFT_OUT.search(clause) \
                and not _CASE_COSTS.search(clause):
            return Decimal(0)
    return None


# 没有公民、法人和其他组织的政府信息公开收费和减免情况: the denial may stand far from
# the fee within its clause (catalogue P10, '没有…收费及减免事项')
# (减免费用 holds 免费 but says nothing free: a contents list's 收取或减免费用情况, round 29's province bureau)
_NO_FEE = re.compile(
    rf"{_NEGATION}(?!按收费通知|按照收费通知)[^，。；]{{0,30}}?(?:收取|收费)|(?<!减)免费|不收取|不收费|零收费|暂免收费"
    rf"|{_NEGATION}[^，。；]{{0,8}}?费用"  # (信息公开暂不收费: round 44's county bureau)
    r"|不向[^，。；]{0,8}?(?:收取|收费)")  # (不向申请人收取任何费用: 84c02's county office, a wording of P10)
_FEE_ZERO = re.compile(r"收费(?:金额|总额)?(?:为|是)?\s*(?:0|零)(?:\.0+)?\s*(?:元|万元)?(?![\d.])")
_OGI_WORDS = re.compile(r"申请|信息公开|政府信息|政务公开")
_FEE_LABEL_BEFORE = re.compile(r"(?:收费|费用)[^，。；,;]{0,10}[:：][^，。；,;]{0,8}$")
# (round 20: 提供政府信息免费上网查阅, a reading room's free internet; round 47: a betting mirror's
# '…资料免费网站' named as the channel the report is published on, the third round's spam in other words)
_HANDED_OUT = re.compile(r"赠阅|发放|资料|上网|网")
_FREE_ANSWER = re.compile(r"(?:予以|进行)?(?:公开|答复|办理)|提供(?:政府)?信息|服务\s*[。！!]?\s*$")
_FEE_AMOUNT = re.compile(rf"收取[^，。；]{{0,12}}?(?:费用|费)?(?:共|共计)?{NUM}(万元|元)")


# the administrative fees 表二 counts (第二十条第（八）项), not an OGI fee (also 无行政事业性收取费用的情况: round 33)
# (行政事业型收费, the 性 misprinted: 121c02's industrial zone, a guard)
_ADMINISTRATIVE_FEE = re.compile("行政事业[性型]?(?:收费|费|收取费用)")


def _fees(s: Sentence, year: int | None) -> Decimal | None:
    if "费" not in s.text:
        return None
    if _other_year(s.text, year, len(s.text)):
        return None
    for offset, clause in _clauses(s.text):
        m = _FEE_AMOUNT.search(clause)
        # 表二's fees restated in prose (共收取行政事业性费用0元; the fee items in an earlier clause, the
        # amount in a later one: rounds 24 and 27)
        if m and _ADMINISTRATIVE_FEE.search(s.text, 0, offset + m.end()):
            continue
        if m:
            value = _exact_number(clause, m)
            if value is not None:
                return value / TEN_THOUSAND if m.group(2) == "元" else value
    for offset, clause in _clauses(s.text):
        if "经费" in clause and "收" not in clause or _ADMINISTRATIVE_FEE.search(clause):
            continue  # a budget, or the fees 表二 counts (第二十条第（八）项), not an OGI fee
        if _FEE_ZERO.search(clause):  # 依申请公开收费为0 (P10, fourth round)
            return Decimal(0)
        m = _NO_FEE.search(clause)
        # 免费 alone speaks of OGI fees only after requests or disclosure (依申请提供政府信息均免费):
        # a bulletin handed out free (免费赠阅) or a mirror's spam (免费资料大全) is not (third
        # round, P10 misfires on two agencies' pages)
        # (eighth round: 免费资料发放, material handed out free, a third agency's page); the requests or the
        # information may be named in the sentence's clauses before it where 免费 goes on with the answering
        # (…收到政府信息公开申请6件，…，均免费予以公开; 我局所有的公开政府信息，一律实行免费服务: 48b02, 63b15 and
        # the twenty-first round's province, P10), not with another free service (…机构免费开放, 64a19)
        # (a denial the excerpt's end cuts before its object, …均按照规定时限予以答复并办结,未收取: 208c05's city bureau,
        # whose sentence's only 费 was the DRG付费 its requests asked about; a figure cut by the page's end is left out, T11)
        if m and "费" not in m.group() and not s.text[offset + m.end():].strip() \
                and not _FEE_LABEL_BEFORE.search(s.text, 0, offset + m.start()):
            continue  # (a label's 收费及减免情况：均未收取 names the fee it answers: reviews of 2e1af3f)
        if m and (m.group() != "免费" or _OGI_WORDS.search(clause[:m.start()]) or (
                _OGI_WORDS.search(s.text, 0, offset) and _FREE_ANSWER.match(clause, m.end()))) \
                and not _HANDED_OUT.match(clause, m.end()):
            return Decimal(0)
    return None


# (people counted in 位 as in 名: 办公室有2位兼职人员, round 47's city bureau; 指定两位同志从事… on realdev r295's
# page and 安排俩位同志负责… on round 46's city bureau are the same unit, not read for their verb and numeral)
_STAFF_TOTAL = re.compile(rf"(?:专兼职|专、兼职|(?<!专职)(?<!兼职)(?<!全职)工作人员|(?<!专职)(?<!兼职)(?<!全职)经办人员)"
                          rf"[^，。；\d]{{0,8}}?(?:共|共计)?{NUM}(?:人|名|位)")
# 全职 is another word for 专职 (catalogue P11)
# the kind may follow the count after a few words (1名政务信息公开工作专职干部、2名兼职干部): P11, fourth round
# (the words between hold no other count: 明确了两名分管领导和四名专职工作人员 counts the four, 69a05's county bureau; a
# digit there was never let in, a numeral in words was)
_NO_OTHER_COUNT = r"(?![一二两三四五六七八九十]+\s*(?:人|名|位))"
# (nor a leader: 确定了1名分管领导及专职人员具体负责… counts the leader, the workers after it uncounted, 147b10's township;
# the leader-and-worker convention below, a guard)
_STAFF_PART = re.compile(rf"(专职|全职|兼职)[^，。；\d、]{{0,8}}?{NUM}(?:人|名|位)"
                         rf"|{NUM}(?:人|名|位)(?:{_NO_OTHER_COUNT}(?!领导)[^，。；\d、]){{0,12}}?(专职|全职|兼职)")


# the count first (安排2名工作人员负责政务公开的日常工作, 配备2名具体工作人员): P11, rounds four and five
# (局办公室设1名工作人员具体经办: 设 alone before the count, round 44's county bureau)
_STAFF_COUNT_FIRST = re.compile(rf"(?:安排|明确|配备|确定|落实|设置|设立|指定|(?<!建)设(?=\d|[一二两三四五六七八九十]))[^，。；\d]{{0,8}}?{NUM}(?:名|人|位)"
                                rf"[^，。；\d、]{{0,6}}?(?:工作人员|经办人员)")
# the people put in charge of the work, counted (由1人专门负责此项工作, 委派2人专门负责信息公开工作, 由3名同志负责
# 日常工作, 明确专人1名具体负责日常政府信息公开工作, 落实了4名宣传干事具体负责…): P11, six agencies' pages of
# rounds 8, 12, 16, 21 and 30; not after other people counted in the sentence (指定一名分管领导，一名…人员负责)
# nor beside a worker in each section (由办公室共2人具体负责…，各股室安排一名工作人员: round 8)
# (not a leader put in charge, 明确1名领导干部负责政务公开工作: the leader who answers for the work, no count of the
# people doing it, 123b05's city bureau; a guard, as the leader-and-worker convention below)
_STAFF_IN_CHARGE = re.compile(
    rf"(?:专人)?{NUM}(?:名|人|位)(?:(?![^，。；\d]{{0,4}}领导)[^，。；\d、和及与]{{0,6}}?(?:工作人员|人员|同志|干部|干事|专人))?"
    rf"(?:专门|具体|专职)?负责"
    rf"[^，。；、]{{0,14}}?(?:信息公开|政务公开|此项工作|该项工作|日常工作)")
_PEOPLE_COUNTED = re.compile(rf"{NUM}\s*(?:名|人|位)")
_LEADER_COUNTED = re.compile(rf"{NUM}\s*(?:名|位)(?:分管|主管)?(?:领导|局长|副局长|主任|副主任)[和及、与]")
# staff counted over a whole system of units, not the agency's own
_SUB_UNITS = re.compile(_OTHER_UNITS.pattern + r"|全市各|全区各|全县各|系统")
# a count in each section (各股室安排一名工作人员: eighth round, as the second round's 信息员 plus
# one per section) is not the agency's staff; a clause of its own does not stop the others
# (sixteenth round: 配备了13名工作人员(每个内设科室1名), each section's one)
# (各职能科室指定一人专门负责…: round 61's county bureau)
_PER_SECTION = re.compile(r"(?:各|每个|每一个)(?:内设|职能|业务)?(?:股室|科室|处室|股|科|处)")
_EACH_UNIT_HAS = re.compile(r"各[^，。；、]{1,8}(?:、[^，。；、]{1,8})*均(?:有|配备|设|明确)")


# staff stated as a change (专兼职工作人员由原来的2人增加到现在的5人): the count it came to is the
# year's, the old one none (round 21, a street's page; the old count had been read)
_STAFF_CHANGED = re.compile(rf"(?:由|从)(?:原来|原有|以前|过去)?的?\d+(?:名|人)[^，。；\d]{{0,6}}?(?:增加|增至|增到|扩充|调整|减少|减至)"
                            rf"(?:到|至|为)?(?:现在|目前|现有)?的?{NUM}(?:名|人)")
# staff added (增补专职工作人员1人(现有2人)): the people added, not the staff, and the sentence states no total of
# its own (115b03's county, read as 1; a guard)
# (the count first too, 省局还增配了1名政府信息公开兼职工作人员: 148c01's province bureau, read as its staff 1)
_STAFF_ADDED = re.compile(rf"(?:增补|新增|增配|补充)(?:[^，。；,;\d]{{0,8}}?(?:工作人员|人员)\s*\d+\s*(?:名|人)|了?{NUM}(?:名|人))")
# the people put in charge of one part of the work: a part of the staff, not its count. The requests alone
# (指定…1名工作人员专职负责依申请公开工作的联络与协调; 配备一名兼职工作人员负责依申请信息的受理工作: 123a07's township, and
# 98c04's street, whose reader summed its two desks' people: its other desk's count in the next sentence is still read
# as the staff; a guard), or the website alone (明确专人负责…日常工作,还指定1名工作人员负责信息公开网站建设、维护…: 151c10's
# and 152d01's education bureaus, whose readers gave no staff; a guard). A count before a comma and what the staff
# runs, 配备专职工作人员1名、兼职工作人员2名,负责门户网站…专栏和…公众号的运维, is the staff (the devset's h13).
_STAFF_FOR_A_PART = re.compile(rf"{NUM}(?:名|人|位)[^，。；\d]{{0,12}}?负责[^，。；\d]{{0,4}}?依申请"
                               rf"|{NUM}(?:名|人|位)[^，。；,;\d]{{0,12}}?负责(?:信息公开)?网站(?:的)?(?:建设|维护)")


# sections and units named in another role than staff: the leading group's members (各科室主要负责人为成员,
# 党政办、各村委会和站所负责人为成员) and the offices that carry the work out (局办公室、X处等部门具体负责实施) leave the
# agency's own staff count in the sentence its own (P11: round 59's city bureau, realdev r174's township, 50b16)
_UNITS_IN_A_ROLE = re.compile(r"[^，。；,;]{0,40}?(?:负责人|负责同志|负责人员)(?:为|任|作为)(?:成员|组员)"
                              r"|[^，。；,;]{0,40}?等(?:部门|单位|科室|处室|股室)(?:具体)?负责(?:实施|落实|执行)")


def _alone_in_charge(text: str, start: int) -> bool:
    """No other people are counted before the ones put in charge at `start` (1名分管领导和1名工作人员负责…),
    and no worker in each section stands beside them: they are all the staff."""
    return _PEOPLE_COUNTED.search(text, 0, start) is None and not _names_units(_PER_SECTION, text)


def _names_units(pattern: re.Pattern, text: str) -> bool:
    """Whether the text names sections or units (`pattern`) other than in a role (_UNITS_IN_A_ROLE)."""
    return pattern.search(text) is not None and pattern.search(_UNITS_IN_A_ROLE.sub("", text)) is not None


# one kind of staff after a head count (…共有172人,其中专职人员24人)
_PART_OF_HEAD_COUNT = re.compile(rf"{NUM}\s*(?:人|名)[，,;；]?\s*其中[，,:：]?\s*(?:专职|全职|兼职)")
_STAFF_WORD = re.compile(r"专职|全职|兼职|工作人员|经办人员|负责")
_STAFF_KIND = re.compile("专职|全职|兼职")
# the body's whole workforce counted by kind (全办干部职工183人，其中：正式职工113名，…社区专职人员9人: 106d07's street, whose
# community workers were read as its OGI staff; a guard), and a town's grid workers by kind (管理人员有21人，…专职网格员88名，
# 兼职网格员264名: 128a08's town, read as 352; a guard), and a school's teachers (我校有38个教学班,学生1824人,专职教师97人:
# 209d07's primary school, read as 97; a guard)
_WORKFORCE = re.compile(rf"(?:干部职工|在职职工|在编人员)(?:共|共计)?{NUM}(?:人|名)|网格员"
                        rf"|(?:教师|教职工|教职员工)(?:共有|共计|总数为?|共|有)?{NUM}(?:人|名)"
                        rf"|{NUM}(?:人|名)(?:专职|专任|兼职)?(?:教师|教职工|教职员工)(?=[，,。；;、]|$)")


def _workforce(text: str) -> bool:
    """The sentence counts the body's whole workforce (_WORKFORCE); teachers given the OGI duty (我校安排2名兼职教师，负责
    政府信息公开工作) are its staff, not its workforce (third review)."""
    for m in _WORKFORCE.finditer(text):
        teachers_given_the_duty = "教" in m.group() and (
            _OGI_DUTY.search(text, m.start(), m.end() + 20) or _OGI_DUTY.search(text, max(0, m.start() - 12), m.start()))
        if not teachers_given_the_duty:
            return True
    return False


_OGI_DUTY = re.compile("负责|承担|从事|信息公开|政务公开|工作人员")


def _whole_area_before_count(text: str) -> bool:
    """The clause holding the sentence's first count names a whole area before it (…，全区专职工作人员77名)."""
    first = re.search(r"\d", text)
    return first is not None and any(
        _WHOLE_AREA.search(clause, 0, first.start() - offset)
        for offset, clause in _clauses(text) if offset <= first.start() <= offset + len(clause))


def _staff(s: Sentence, year: int | None) -> Decimal | None:
    if not (staff_word := _STAFF_WORD.search(s.text)):
        return None
    if "信息公开" not in s.text and "政务公开" not in s.text and "经办" not in s.text \
            and not _STAFF_KIND.search(s.text):
        return None
    if _other_year(s.text, year, len(s.text)) or _names_units(_SUB_UNITS, s.text) or _workforce(s.text):
        return None
    # 全区专门配备了N名专职…: the whole area's staff, the agency's own only in a report compiled from every unit
    # (P12: the ninth, thirteenth and twenty-second rounds' readers gave no figure; round 43's district, 43b05)
    # (also where a staff word came first in an earlier clause, 各单位均落实了…工作人员,目前,全区专职工作人员77名: 136a07's
    # district; the clause of the first count is looked at too)
    # (and the area in its own words as the subject, 我区专门配备了2名全职工作人员、47名兼职工作人员…, 2008年我区继续深化…工作,
    # 配备2名全职…、48名兼职…: 上海's district reports of 2008–2012, 172b03's 奉贤 and 194a09's 闸北, read as 49 and 50, whose
    # readers gave none, as 137b11's 进贤 and 180b04's 徐汇 for the same wording; 181b01's reader took 徐汇's 98 beside them.
    # P12, as _OUR_AREA's counts of items and requests already are)
    if not s.area_report and (_WHOLE_AREA.search(s.text, 0, staff_word.start()) or _whole_area_before_count(s.text)
                              or _area_subject(s, staff_word.start())):
        return None
    # each of several units has its own (各管委会、委局、街镇均有…配备一名专兼职工作人员: 86a05's new area; a guard, as
    # _PER_SECTION's sections)
    if _EACH_UNIT_HAS.search(s.text, 0, staff_word.start()):
        return None
    if m := _STAFF_CHANGED.search(s.text):
        return _exact_number(s.text, m)
    if _STAFF_ADDED.search(s.text) or _STAFF_FOR_A_PART.search(s.text):
        return None
    parts: dict[str, Decimal] = {}
    parts_after_a_leader: set[str] = set()  # the kinds whose kept count is one worker after a leader counted
    clauses = [(offset, c) for offset, c in _clauses(s.text) if not _PER_SECTION.search(c)]
    for _, clause in clauses:
        for m in _STAFF_PART.finditer(clause):
            # (a part placed across the whole area, 专门配备了2名全职工作人员,同时,在全区配备了48名兼职…: the office's and
            # the district's together, no one body's staff; 195a06's district, read as 50; P12, as a whole area's
            # first count is above)
            if not s.area_report and _WHOLE_AREA.search(clause, 0, m.start()):
                return None
            value = _exact_number(clause, m, 2 if m.group(2) else 3)
            if value is not None and "总数" in m.group():
                # the 2008 form's rows in prose (专职人员总数269人，其中，全职人员数23人，兼职人员数246人): the total of the parts
                # after it, not a 专职 part (108a12's city, read as 515; a guard)
                return value
            if value is not None and (kind := (m.group(1) or m.group(4)).replace("全职", "专职")) not in parts:
                parts[kind] = value
                if value == 1 and _LEADER_COUNTED.search(clause, 0, m.start()):
                    parts_after_a_leader.add(kind)
    total = None
    for offset, clause in clauses:
        m = _STAFF_TOTAL.search(clause)
        # (指定一名工作人员 after a leader counted, 明确一名副主任分管…: the leader-and-worker convention of rounds 2 and
        # 13 gives no figure; round 51's zone committee)
        if m is None and (m := _STAFF_COUNT_FIRST.search(clause)) and _PEOPLE_COUNTED.search(s.text, 0, offset + m.start()):
            break
        if m is None and (m := _STAFF_IN_CHARGE.search(clause)) and not _alone_in_charge(s.text, offset + m.start()):
            break
        if m and not _STAFF_PART.search(clause[m.start():m.end()]):
            total = _exact_number(clause, m)
            # (nor beside part-time or full-time workers named uncounted in another clause: 办公室专设1人负责…，…并安排了兼职
            # 工作人员 counts one of the staff, as a part alone is no total below; 154a01's city bureau, read as 1; a guard)
            if total is not None and any(o != offset and _STAFF_KIND.search(c) and not _PEOPLE_COUNTED.search(c)
                                         for o, c in clauses):
                return None
            break
    if total is not None:
        return total
    if len(parts) == 1 and ("兼职" if "专职" in parts else "专职") in s.text:
        return None  # the other kind is there but not counted: no total
    # (nor one kind named as part of a total the sentence counted otherwise, …的人员共有172人,其中专职人员24人,占总…:
    # 172a06's district, read as 24; a guard, as a part alone is no total)
    if len(parts) == 1 and _PART_OF_HEAD_COUNT.search(s.text):
        return None
    # (nor one worker, the sentence's only count, after a leader counted in its clause, 明确一名分管领导和一名兼职的政务公开
    # 工作人员负责…: the leader-and-worker convention above, 245c01's county bureau and 229d04's league bureau, read as 1;
    # several after the leaders, 确定两名分管领导和三名专职工作人员, or other parts beside the one, are the staff: 69a05,
    # review of c354af1)
    if len(parts) == 1 and parts.keys() <= parts_after_a_leader:
        return None
    return sum(parts.values(), Decimal(0)) if parts else None


# The count after an outcome's words, quoted or not, with 答复, 的 or 的有 and 申请/数 between
# (部分公开为4件, 不予公开为6件: 为 before the count, round 60's town)
_OUTCOME_COUNT = rf"(?:[”\"]的?|(?:答复)?(?:的有|的|为)?)(?:申请)?(?:数)?(?:共)?{NUM}(?P<unit>件|条|宗)"
# Each outcome's words: the 2021 form's (予以公开, 部分公开, 不予公开) and the 2008 form's (同意公开…); 部分同意公开 is
# the 2008 form's the other way round (round 49's city bureau)
_GRANTED_WORDS = "(?:予以公开|同意公开)"
_PARTIALLY_GRANTED_WORDS = rf"(?:同意)?{_IN_PART}(?:予以|同意)?公开"
_DENIED_WORDS = "(?:不予公开|不同意公开)"
# How requests were answered, stated as counts: 上年结转3件, 予以公开12件, 部分公开2件, 不予公开1件.
_OUTCOMES = {
    # 上一年度结转受理0件, 上年度结转办理2件, 结转上年度办理3件, 上年结转的8件 (rounds 13, 20, 24, 26, 27: five
    # agencies); the year before named instead of 上年: 2024年结转7件 in a 2025 report, 含2022年结转1件,
    # 办理2021年结转件4件 (rounds 11, 22, 24, 27, 28: five agencies), read only when that year is the one
    # before the report year (结转2024年度7件 is carried forward, out of the year)
    "applications_carried_over": re.compile(
        # (or 结转 before the year, 其中结转2023年3件 in a 2024 report: 155a11's office, as 155a02's government of the same
        # district; a wording, read only for the year before, as a later year is where requests are carried forward to)
        rf"(?:(?:上一?年(?:度)?|\d{{4}}年(?:度)?)(?:结转|转结)|结转(?:上一?年度?|\d{{4}}年度?))(?:受理|办理)?(?:的)?"
        # (宗: round 45's district bureau; 续办上年度结转办件1件: round 60's province department; 起: 120c09's town)
        # (条 as the requests before it were counted, 共收到…申请25条,上年结转2条: 165b12's district office; read only after
        # requests counted, as the other outcomes in 条 are)
        rf"(?:(?:政府)?(?:信息)?公开申请|申请|办件|件)?(?:数量|数)?(?:为)?(?:共)?{NUM}(?P<unit>件|宗|起|条)"),
    # the 2008 form's words: 同意公开答复数4件, 不同意公开答复的2件 (P08, rounds three and five)
    # (nor 已主动公开和同意公开的10件, two of the 2008 form's outcomes counted together: 115b03's county; a guard)
    "applications_granted": re.compile(
        rf"(?<!{_IN_PART})(?<!不)(?<!公开[及和与、或]){_GRANTED_WORDS}{_OUTCOME_COUNT}"),
    # (an outcome quoted as the form's words, “同意公开”的1件 / “不予公开”的1件: rounds 20 and 31 and stand-in
    # r302, or with no 的, “同意公开”5件: round 42's town; counted in 宗, 不予公开2宗: round 31's new district;
    # 同意公开的有0件: round 43's city bureau)
    # 予以公开及部分公开的42件 (or 予以公开或部分公开48件: round 26) counts both together: neither (ninth
    # round), nor when the form's words are quoted (“予以公开”及“部分公开”69件: 117b07's district; a guard);
    # 予以公开13件、部分公开2件 lists them one by one (tenth round); 部分予以公开1件 (round 25)
    # (全部或部分公开的73件 too: 162b01's county, read as its partial answers; a guard)
    "applications_partially_granted": re.compile(
        rf"(?<!公开[及和与、或])(?<!全部[及和与、或])(?<!公开[”\"][及和与、或][“\"]){_PARTIALLY_GRANTED_WORDS}(?:[”\"]的?|(?:的有|的|为)?)(?:申请)?(?:共)?{NUM}(?P<unit>件|条|宗)"),
    "applications_denied": re.compile(rf"{_DENIED_WORDS}{_OUTCOME_COUNT}"),
}
# Outcomes counted in 条 as the requests before them were (收到依申请公开政府信息3条，其中予以公开1条; 收到依申请
# 公开2条，予以公开1条): round 25, two county bureaus' pages, and a third's 部分予以公开; in 条 only after
# requests are counted before them in the sentence (_RECEIVED), where 公开N条 is no item published.


# Outcomes a sentence can deny: 无上年结转件, 上年未转结政府信息公开申请 (P08, rounds three and six)
# (the year before named for 上年, 2023年未转结政府信息公开申请 or 未转结2023年政府信息公开申请 in a 2024 report: 162d01, 162d02
# and 162d03, three towns' pages of one county, whose reader took them as none carried over, and realdev r138's fourth
# town, 无2021年未转结的…申请; a later year is where requests are carried forward to, as for the counts)
_OUTCOME_NONE = {
    "applications_carried_over": re.compile(
        r"(?:无|没有|未有)(?:上年(?:度)?|\d{4}年(?:度)?)的?(?:结转|转结)|(?:上年(?:度)?|\d{4}年(?:度)?)(?:未转结|未结转|无结转)"
        r"|未(?:转结|结转)\d{4}年(?:度)?"),
}


# The count before the outcome, after the requests counted (收到申请5件…，对其中3件予以公开，1件部分公开; 收到依申请
# 公开事项4项，2项予以公开): P08, the tenth round's page and two of round 49's city bureaus. Read only where requests
# were counted before it, as outcomes in 条 are.
_OUTCOMES_COUNT_FIRST = {
    metric: re.compile(rf"{NUM}(?P<unit>件|项|宗)(?:申请)?{words}")
    for metric, words in (("applications_granted", _GRANTED_WORDS),
                          ("applications_partially_granted", _PARTIALLY_GRANTED_WORDS),
                          ("applications_denied", _DENIED_WORDS))
}


# outcomes in a bracket after a part's count, one kind of applicant's or one subject's (其中：自然人申请7件(予以公开2件，
# 部分公开2件，…); 其中，涉及土地、房屋征收补偿21件(其中8件予以公开，…)), are that part's answers, not the agency's
# (113b15's district and 116c05's town; a guard)
_IN_A_PARTS_BRACKET = re.compile(r"(?:其中[，,:：]?|自然人|法人|其他组织|公民)[^，。；,;(（]{0,30}?\d+\s*件\s*[（(][^）)]*$")


def _names_another_year(matched: str, year: int | None) -> bool:
    """Whether an outcome's words name a year other than the one before the report's (结转2024年度7件 in a 2024 report is
    carried forward; with no report year known, any named year is another)."""
    named = _YEAR.search(matched)
    return named is not None and (year is None or int(named.group(1)) != year - 1)


def _outcome(metric: str) -> Callable[[Sentence, int | None], Decimal | None]:
    pattern, none = _OUTCOMES[metric], _OUTCOME_NONE.get(metric)
    answers = metric != "applications_carried_over"  # (a part's bracket may still name what was carried over: 85c09)
    count_first = _OUTCOMES_COUNT_FIRST.get(metric)

    def find(s: Sentence, year: int | None) -> Decimal | None:
        found = []
        for offset, clause in _clauses(s.text):
            # (a consultation listed after an outcome's count, 属于公开范围的55件、不予公开的48件、…、咨询说明和其他的9件, is one more
            # item of the list, as an appeal is: 154a07's city commission, its denials missed; a guard)
            before_a_list = _AFTER_A_COUNT.sub("", clause)
            if _CONSULTATION.search(before_a_list) or re.search("复议|诉讼", before_a_list):
                continue
            m = pattern.search(clause)
            if none and not found and m is None and (denied := none.search(clause)) \
                    and not _names_another_year(denied.group(0), year):
                return Decimal(0)
            if m is None and count_first is not None:
                m = count_first.search(clause)
                if m is not None and _RECEIVED.search(s.text, 0, offset + m.start()) is None:
                    continue  # a count before the outcome's words is one only after the requests counted
            if m is None:
                continue
            start = offset + m.start()
            if answers and _IN_A_PARTS_BRACKET.search(s.text, 0, start):
                continue
            # Items sorted by how each was disclosed (共制作政府信息184条，其中主动公开55条…不予公开126条; in 件,
            # 共制发政府信息130件…不予公开112件: round 31's street) are no request's outcomes; in 条 an outcome
            # needs requests counted before it, where 公开N条 is no item published
            requests_before = _RECEIVED.search(s.text, 0, start) is not None
            by_attribute = _BY_ATTRIBUTE.search(s.text) is not None
            in_items = m.groupdict().get("unit") == "条"
            if (by_attribute and (in_items or not requests_before)) or (in_items and not requests_before):
                continue
            if _names_another_year(m.group(0), year):
                continue  # (a year named inside the match is not in the text _other_year reads, before it)
            if not _other_year(s.text, year, start):
                value = _exact_number(clause, m)
                if value and _area_subject(s, start):
                    continue
                if value is not None:
                    found.append(value)
        # counted twice in one sentence (政府…予以公开3件；部门…予以公开2件): parts, no total
        return found[0] if len(found) == 1 else None
    return find


_FINDERS = {
    "proactive_disclosed": _proactive,
    "applications_received": _applications,
    "review_cases": lambda s, y: _cases(s, y, "行政复议"),
    "litigation_cases": lambda s, y: _cases(s, y, "行政诉讼"),
    "fees_10k_yuan": _fees,
    "staff": _staff,
    **{metric: _outcome(metric) for metric in _OUTCOMES},
}


# Words a sentence must contain before a metric's finder reads it (most sentences give nothing).
_KEYWORDS = {
    "proactive_disclosed": ("条", "件", "项", "篇"), "applications_received": ("申请", "依申请"), "review_cases": ("复议",),
    "litigation_cases": ("诉讼",), "fees_10k_yuan": ("费",), "staff": ("职", "人员", "负责"),
    "applications_carried_over": ("结转", "转结"), "applications_granted": ("予以公开", "同意公开"),
    "applications_partially_granted": ("部分", "部份"),  # (every wording of _PARTIALLY_GRANTED_WORDS holds one)
    "applications_denied": ("不予公开", "不同意公开"),
}


_METRIC_KEYWORD = {metric: re.compile("|".join(words)) for metric, words in _KEYWORDS.items()}
# each finder with its keywords' search, in _FINDERS' order (looked up once, not for every sentence)
_FINDERS_NAMED = [(metric, finder, _METRIC_KEYWORD[metric].search) for metric, finder in _FINDERS.items()]
# any word a finder or the heading rule needs (the finders' keywords, and a denial's)
_ANY_KEYWORD = re.compile("|".join(sorted({w for words in _KEYWORDS.values() for w in words}
                                          | {"无", "没有", "未发生", "未出现"}, key=len, reverse=True)))


def _prose_cell(metric: str, value: Decimal, raw_text: str, s: Sentence) -> Cell:
    return Cell(code=f"prose.{metric}", applicant_type=None, value=value, value_status=REPORTED, raw_text=raw_text,
                line_start=s.line_start, line_end=s.line_end, extraction_method="prose")


def _heading_denials(s: Sentence, heading: str, year: int | None) -> dict[str, Cell]:
    """Zeros from a short denial answering the heading before it
    (（三）因…申请行政复议、提起行政诉讼情况。本年度无此类情况。), the heading and its
    answer on one line after a colon (…提起行政诉讼的情况：没有。), or a bare 无 on the
    line under it: zero cases for a heading on reviews and lawsuits (catalogue P09),
    zero requests or fees for one on them (P08/P14)."""
    if "无" not in s.text and "没有" not in s.text and "未" not in s.text:
        return {}  # no denial's word (_DENIES_HEADING's): most sentences
    # (the pattern's words: most sentences have neither)
    split = _HEADING_COLON.match(s.text) if "情况" in s.text or "数量" in s.text else None
    if split is None and s.line_end > s.line_start:
        split = _HEADING_OVER_NONE.match(s.text)
    answered, answer = split.group(1, 2) if split else (heading, s.text)
    # (a count in the heading is no denial's; its own numbering, 5、因…情况。无。, is no count: round 49's county bureau)
    if not _DENIES_HEADING.match(answer) or re.search(r"\d", _ARABIC_NUMBERING.sub("", answered)):
        return {}
    if _other_year(answered, year, len(answered)):
        return {}
    raw = s.text if split else heading + s.text
    metrics = [metric for metric, term in _CASE_TERMS.items() if term in answered]
    if _REQUESTS_HEADING.search(answered) and not _NOT_REQUESTS_HEADING.search(answered):
        metrics.append("applications_received")
    if "收费" in answered and not metrics:
        metrics.append("fees_10k_yuan")
    return {metric: _prose_cell(metric, Decimal(0), raw, s) for metric in metrics}


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


# the appeals a paragraph counts after a whole area's requests are the area's too (2022年全市各级行政机关共收到…申请N件…。
# 办理信息公开行政复议a件、行政诉讼b件: 78c07, a district's page printing its city's paragraph, as 38a06's city; a
# variant of the outcomes' rule above, P12); a zero stays the agency's, as the area had none (realdev r307, r403)
_APPEALS = frozenset({"review_cases", "litigation_cases"})
# Staff provided "for this" (为此，专门配备了N名全职…、M名兼职工作人员) after a sentence whose subject is the area beginning the
# work (2004年5月1日起本区开始开展政府信息公开工作。): the whole district's, in a report not compiled from every unit (P12:
# 136b04's 普陀, 155b07's 黄浦, 185d04's 青浦 and 185d08's 金山, four 上海 districts' reports of one template, whose readers gave
# no figure). The staff sentence has no subject of its own but the area's (为此，本区专门配备…, 全区政府机关共配备…); the work may
# be begun in other words (于…起开始开展, 开始实施《…规定》, 正式启动). Not an area named in passing (按照本市统一部署，…本局开始开展…),
# nor a body of it as the subject (本区政府开始开展…: 150b11's 杨浦, read as its own; 本区建交委…: 186b04), nor a staff sentence
# naming its own body (为此，区政府办公室配备了…); a town's 本镇 is its government's own. (The two reviews of b4a7b2b and ff645c1.)
# (or the district by its own name, 2004年5月1日起卢湾区开始开展…。为此，专门配备了8名全职…、55名兼职…: 197a08's 2007 report, read
# as 63; a wording of the class, the name straight before 开始 so that a body's, 卢湾区民政局开始…, is not the area)
_AREA_STAFF_FOR_THIS = re.compile(r"^为此[，,]?\s*(?:(?:全|本|我)(?:省|市|区|县)(?:政府机关|各级(?:行政)?机关)?)?(?:共|专门|还|并|特别)*"
                                  r"(?:配备|安排|指定|确定|落实|设立|抽调)")
_AREA_WORKS = re.compile(r"(?:我|本|全)(?:省|市|区|县|州|盟|旗)(?:(?!委|局|办|厅|中心|街道|镇|乡|政府|所|站|院)[^，,。；;]){0,16}?"
                         r"(?:开展|实施|推行|推进|启动)"
                         rf"|(?:^|(?<=起)|(?<=[，,]))\s*[{HAN}]{{2,3}}(?:区|县)(?:开始|正式)(?:开展|实施|推行|推进|启动)")


# a heading on the forms disclosure took ((三)公开的形式), then points numbered 1、2、 one form each: a point's count
# (1、网上公开发布政府信息数为25条 / 2、通过政府公报…) is one form's, as FORMS §2 says of one channel among several
# (117a10's city bureau, whose total was approximate; a guard)
_FORMS_HEADING = re.compile(r"公开(?:的)?(?:形式|方式|渠道)[)）]?$")


# A copy or an excerpt that stops in the middle of a figure (…受理政府信息公开申请1 and nothing after it: 190c12's
# township, where the unit and maybe more digits were lost; 58 of rounds 132–195's 2,147 pages end on a number, the
# others unread): the number the text ends on is left out, since what is cut from it cannot be known.
_NUMBER_CUT_AT_END = re.compile(r"[0-9０-９][0-9０-９,.，．]*\s*$")


def extract_prose_figures(text: str, report_year: int | None) -> list[Cell]:
    """The first qualifying sentence of each metric gives its prose cell."""
    cells: dict[str, Cell] = {}
    tentative: Cell | None = None  # (a proactive count only 等…方面 or a topical lead let through: see below)
    text = _NUMBER_CUT_AT_END.sub("", text)
    lines = text.split("\n")
    area_report = _compiled_from_units(text)
    heading = ""
    normalized = half_width(text)
    paragraph_at = _paragraph_channels(text, normalized)
    beside_channel_point = _points_beside_a_channel(normalized)
    pieces = list(_pieces(normalized))
    lines_of = _line_finder(lines)
    tabs = "\t" in text
    report_kinds = _report_channel_kinds(
        pieces, lambda words, begin, end: _table_row(words, *lines_of(begin, end), lines, tabs))
    area_requests_line = None  # the line where a whole area's requests were counted (P12)
    names_site = _SITE_NAMED.search(normalized) is not None
    for printed, begin, end in pieces:
        if not _ANY_KEYWORD.search(printed) or _OUTLINE.match(printed):
            # most sentences name no metric, and an outline names the sections (…收到和处理政府信息公开申请情况
            # 3个部分: round 45's county bureau read 3 requests), not figures: nothing to read, nothing to check
            heading = printed
            continue
        line_start, line_end = lines_of(begin, end)
        # a sentence is stripped, so a tab-led cell that starts one shows its tab only in the line
        if _table_row(printed, line_start, line_end, lines, tabs):
            continue  # table rows are not prose
        # a converter's spaces inside words (主动公开政府 信息 57 条) are not the text's; a total's channel
        # parts in brackets are read as after 其中
        words = _SPACE_IN_WORDS.sub("", printed) if " " in printed else printed
        if "(" in words:
            words = _CHANNEL_PARTS_IN_BRACKETS.sub(_as_parts, words)
        s = Sentence(words, begin, line_start, line_end, area_report=area_report,
                     paragraph=partial(paragraph_at, begin), report_channel_kinds=report_kinds,
                     report_names_site=names_site, beside_a_channel_point=partial(beside_channel_point, begin))
        for metric, cell in _heading_denials(s, heading, report_year).items():
            cells.setdefault(metric, cell)
        heading_before, heading = heading, s.text
        # the sentence goes on from a whole area's requests counted before it in its paragraph
        area_outcomes = area_requests_line == s.line_start and not _OWN_OPENING.match(s.text)
        # (requests the area handled count as its requests here: 全市各级行政机关共办理…依申请公开件N宗，其中，新收到M宗,
        # then 予以公开K宗…行政复议a宗, 130d05's city, whose reader gave none of them)
        if not area_report and _METRIC_KEYWORD["applications_received"].search(s.text) and (
                requests := _RECEIVED.search(s.text) or _AREA_HANDLED.search(s.text)):
            area_requests_line = s.line_end if _area_subject(s, requests.start()) else None
        for metric, finder, named in _FINDERS_NAMED:
            if metric in cells or not named(s.text):
                continue
            if area_outcomes and metric in _OUTCOMES:
                continue
            if metric == "proactive_disclosed" and _FORMS_HEADING.search(heading_before) and _ARABIC_NUMBERING.match(s.text):
                continue
            if metric == "staff" and not area_report and _AREA_STAFF_FOR_THIS.match(s.text) \
                    and _AREA_WORKS.search(heading_before):
                continue
            value = finder(s, report_year)
            if value is None or (area_outcomes and metric in _APPEALS and value != 0):
                continue
            # a proactive count read only because 等…方面 after whole kinds or a topical lead was taken for the whole field
            # gives way to a stated total naming no channel later in the report (…等方面信息85条。全年共主动公开政府信息300条);
            # any other later count leaves it standing, as the first reading always did (the reviews of 1d67fb6, c67043d)
            if metric == "proactive_disclosed":
                if tentative is not None:
                    if _LATER_TOTAL.search(s.text) is None or _CHANNEL.search(_EXCLUDED.sub("", s.text)):
                        continue
                elif _LIFT_WORDS.search(s.text) and _proactive(s, report_year, lift=False) is None:
                    tentative = _prose_cell(metric, value, s.text, s)
                    continue
            cells[metric] = _prose_cell(metric, value, s.text, s)
    if tentative is not None:
        cells.setdefault("proactive_disclosed", tentative)
    return list(cells.values())
