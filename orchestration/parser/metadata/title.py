"""The report's title (find_title): a short early line naming the report, out of breadcrumbs, page fields and
site menus; and the agency a title names (_agency_from_title).
"""

from __future__ import annotations

import re

from orchestration.parser.metadata.names import _SITE_WORDS, _agency_like, _with_its_government, _without_notes
from orchestration.parser.metadata.words import (_AGENCY_SUFFIX, _CJK_RUN_ANY, _GLUED_YEAR, _PLACE_NAME, _PLACED,
                                                 _SENTENCE_MARKS, _TITLE_WORDS, _YEAR_IN_TITLE, _clean, _nearest_line)
from orchestration.parser.script import HAN


# lines that mention the report without being its title: prose, a site's breadcrumb trail
# the sentence that announces the report (现将我委2022年度…报告如下:) neither, though it may end in a colon:
# it named 现将我委 (fifteenth round; r44, r170 and r198's sources print the same sentence on a line of its own)
_NOT_TITLE = ("根据", "本报告", "本年度报告", "当前位置", "您现在的位置", "您的位置", "首页", "现将", "现就", "现公布", "现予")

# A site's breadcrumb trail (您当前所在位置：首页 > 政务公开 > … > 标题): only
# its last step can be the title.
# Third round (M01): the trail may name no 位置/首页 (X专栏 >> X办公厅 >> 年度报告), or
# continue on the line after a lone 首页 ('> 政府信息公开 > … > 县政府').
# (its steps may be joined by -- or / after 首页: 位置:首页--政务公开--…, 首页/ 政务公开 / …: seven agencies' pages of
# rounds 12 to 33 print them; round 33's district had its trail read as its agency)
_BREADCRUMB = re.compile(r"(?:位置|首页)\s*[:：]?.*?[>＞»›→]|^\s*[>＞»›→]|[>＞»›→].*[>＞»›→]|首页\s*(?:--|/|／)")
_CRUMB_SEPARATOR = re.compile(r"\s*(?:[>＞»›→]+|-{2,}>?|(?<=首页)\s*[/／]|\s[/／]\s)\s*")


_TITLE_LINES = 40  # how many lines longer than a menu item the title is looked for in
_TITLE_LINES_AT_MOST = 120
_MENU_ITEM = 8  # a menu item's longest length, bullet and spaces aside


def _title_window(lines: list[str]) -> int:
    """How many lines the title is looked for in: the first 40, the menu items among them not counted (a site's
    menu printed one item a line, '• 规章', '• 2021', pushes the title down, catalogue M03: 100b13's 62 lines of
    it), and never more than 120."""
    counted = 0
    for i, raw in enumerate(lines[:_TITLE_LINES_AT_MOST]):
        if len(raw.strip().lstrip("•·▪◆-* ").strip()) > _MENU_ITEM:
            counted += 1
        if counted == _TITLE_LINES:
            return i + 1
    return _TITLE_LINES_AT_MOST


def find_title(lines: list[str]) -> tuple[str | None, int | None]:
    """The title line (and its index): a short early line naming the report."""
    for i, raw in enumerate(lines[:_title_window(lines)]):
        line = cleaned = _clean(raw)
        # In a breadcrumb trail or a row of page fields (索引号 | … | 分类 | 政府信息公开年报 |)
        # only a step or cell that names a year is the report's title; the others name a column.
        if _BREADCRUMB.search(line):
            line = _CRUMB_SEPARATOR.split(line)[-1]
        elif "|" in line or "\t" in line.strip():
            line = next((c.strip() for c in re.split(r"[|\t]", line) if _YEAR_IN_TITLE.search(c)), "")
        if line != cleaned and not _YEAR_IN_TITLE.search(line):
            continue
        if line == cleaned and _PAGE_FIELDS.search(line):
            continue  # a row of the page's fields (公开目录 政府信息公开报告 发布日期 …), catalogue M04
        if _CATEGORY.match(line) and not _YEAR_IN_TITLE.search(line):
            continue  # an index block's category (乡镇政府信息公开年度报告): M04, fourth round
        if _is_title(line):
            if not _YEAR_IN_TITLE.search(line):
                # a column's heading with no year: the document's own title may follow, also when the
                # menu items printed before the heading on its line read as a name (在线访谈 政府文件
                # 信息公开年报 above X州2012年…报告: round 39's prefecture page, M03)
                agency = _agency_from_title(line)
                if agency is None or _SPACED_WORDS.search(agency):
                    return _title_below(lines, i) or (line, i)
            return line, i
        # the title run into the text after it on one line (X2019年 政府信息公开工作年度报告 一、总体情况 …,
        # X2021年…年度报告(以下简称年报)是根据…): M15, three agencies' pages over rounds two to four
        run_in = _RUN_IN_TITLE.match(line) if i < 10 else None
        if run_in and len(line) > len(run_in.group("title")) and (
                not run_in.group("head") or _agency_like(run_in.group("head")) or _PLACE_NAME.match(run_in.group("head"))):
            return run_in.group("title").strip(), i
        # (not a page's date and field line above the title, 2017年03月09日    来源: on a mirror: round 31)
        if len(line) <= 40 and not _DATE_OR_FIELD.search(line) and (split := _split_title(lines, i, line)):
            return split, i
    return None, None


def _split_title(lines: list[str], i: int, line: str) -> str | None:
    """`line` (lines[i], cleaned) joined to the next line when together they are a title broken inside a word
    (…2022年政府信息 / 公开年度报告) or after a year printed without 年 (X人民政府办公厅2022 / 政府信息公开工作年度
    报告): catalogue M07."""
    if not (_YEAR_IN_TITLE.search(line) or _BARE_YEAR_END.search(line)) or _TITLE_WORDS.search(line):
        return None
    following = next((_clean(raw) for raw in lines[i + 1:i + 3] if raw.strip()), "")
    # (a line that is a whole title with its year is the title, not the rest of this one: a trail whose last
    # step is the year, '… » 2016年', over 'X市2016年度…报告', 72b04)
    # (nor is a trail's next step, printed a step a line, '> 2023年' over '> 市政府信息公开工作年度报告': 85a09, a guard)
    if 0 < len(following) <= 20 and _is_title(line + following) and not (
            _is_title(following) and _YEAR_IN_TITLE.search(following)) and not _BREADCRUMB.search(following):
        return line + following
    return None


def _title_below(lines: list[str], i: int) -> tuple[str, int] | None:
    """A column's heading (政府信息公开年度报告) names neither agency nor year; the
    document's own title may follow within three lines (M03/M07, fifth round), or after the
    rest of the site's menu, short items one a line (政府公报 / 依申请公开 / …: round 20)."""
    items = 0
    between, name = 0, ""  # the non-empty lines passed since the heading, and the last of them
    listed: tuple[str, int] | None = None  # a glued title under a list's label, taken if no dated one follows
    under_a_list = False
    for j in range(i + 1, len(lines)):
        below = _clean(lines[j])
        if _LIST_LABEL.match(below):
            under_a_list = True
            continue
        if _is_title(below) and _YEAR_IN_TITLE.search(below) and _agency_from_title(below):
            return below, j
        # (its year glued to the name as a title's first line may print it, 2008X局政府信息公开工作年度报告: M09, as
        # _agency_from_title and the report's year read it; 313a01's city bureau under its site's menu, read as the heading.
        # Only a line that is a title to its end with the page's fields on the next line (发布单位:… 发布时间:…), never a
        # link, file, headline or notice over the dated title: the review of the first version. Under a list's label
        # (相关阅读, 最新发布) it is a related report's, each printed over its own date, and a dated title below is the page's:
        # the second and fourth reviews; the page's own glued title stands over any links to other years below it: the third)
        if _GLUED_YEAR.match(below) and _is_title(below) and (words := _TITLE_WORDS.search(below)) \
                and words.end() == len(below.rstrip()) and _agency_from_title(below) \
                and _PAGE_FIELDS_BELOW.match(_clean(_nearest_line(lines, j, 1))):
            if not under_a_list:
                return below, j
            listed = listed or (below, j)
            continue
        if listed and _PAGE_FIELDS_BELOW.match(below):
            continue
        # the title below split after its year (X办公室2020 / 政府信息公开工作年度报告 under the column's heading:
        # 86a11, read as the site's name above the heading)
        if j - i < 3 and (split := _split_title(lines, j, below)) and _agency_from_title(split):
            return split, j
        # (or a year's title naming no one under a line of the agency's name, both below the heading: 北京市西城区人民政府 /
        # 政府信息公开年报 / 北京市西城区城市管理监督指挥中心 / 2018年政府信息公开工作年度报告, 249a05's district centre, read as
        # the site's government above the heading; the name is read above the title as for any split title)
        # (the line a whole name, no field, date, source or menu line, not opening on a bare level and no government or its
        # office, which a superior's link or a menu prints: the review of eea3c7c)
        if between == 1 and _is_title(below) and _YEAR_IN_TITLE.search(below) \
                and _agency_like(name) == name and not re.search(r"\s", name) \
                and name[0] not in "区县市省镇乡" and not _GOVERNMENT_OR_ITS_OFFICE.search(name):
            return below, j
        if lines[j].strip():
            between, name = between + 1, below
        if j - i < 3 or not below:
            continue
        if _BREADCRUMB.search(below):
            items += 1  # the trail to the page (首页 >> 信息公开目录 >> …) is the menu's last line
            continue
        # (a menu's items may stand several to a line, spaced: 组织机构      政府文件, round 68's township page)
        parts = below.split()
        items += sum(len(part) > 1 for part in parts) or 1  # (a bullet, • 决策, is no item of its own)
        if items > _MENU_ITEMS or any(len(part) > _MENU_ITEM_LENGTH for part in parts) or (
                _SENTENCE_MARKS.search(below) and not _FIELD_LABEL.fullmatch(below)):
            return listed
    return listed


_GOVERNMENT_OR_ITS_OFFICE = re.compile(r"政府(?:办公室|办公厅)?$")
# a site's label over a list of other pages (相关阅读, 最新发布, 友情链接): the titles under it are theirs
_LIST_LABEL = re.compile(r"(?:相关(?:阅读|链接|文章|新闻|推荐|信息|报告)|最新(?:发布|文章|信息|动态)|热点(?:推荐|文章|新闻)|推荐阅读"
                         r"|延伸阅读|友情链接|猜你喜欢|往期回顾)\s*[:：]?\s*$")
# the page's fields under its own title: who put it up, from where, when
_PAGE_FIELDS_BELOW = re.compile(r"\s*(?:发布(?:单位|机构|时间|日期)|(?:信息|文章)?来源)\s*[:：]")


# an index block's field label on a line of its own, its value on the next (• 成文日期: / • 2023-01-13):
# M04, round 24's zone, whose category value (信息公开年报) stood above the block's other fields
_FIELD_LABEL = re.compile(rf"[{HAN}]{{2,6}}[:：]")


# words parted by spaces: a site's menu items, not a name
_SPACED_WORDS = re.compile(r"\S\s+\S")
# a site menu's items: a few words each, no sentence (up to thirty: round 59's city page lists eighteen facets of
# its index, 组配分类 / • 决策 / • 执行 / … / 体裁分类, between the column's heading and the report's title, M03)
_MENU_ITEMS = 30
_MENU_ITEM_LENGTH = 12


_RUN_IN_TITLE = re.compile(
    rf"(?P<title>(?P<head>[{HAN}]{{0,30}}?)(?:\d{{4}}|[〇○零一二三四五六七八九]{{4}})\s*年度?\s*(?:政府)?(?:信息公开|政务公开)"
    r"(?:工作)?(?:年度报告|年报))(?=\s|[（(]|根据|依据|按照|是根据|一、)")
_BARE_YEAR_END = re.compile(rf"[{HAN}](?:19|20)\d\d$")
_DATE_OR_FIELD = re.compile(r"\d{1,2}\s*月\s*\d{1,2}\s*日|[:：]")


# labels of a portal's page fields: a line with one is no title
# (索 引 号 spaced out as on a form: third round, M04; '- 信息类别: 政府信息公开年报', a field whose
# value reads like a title, and its neighbours in a county portal's list: round 19)
_PAGE_FIELDS = re.compile(r"组配分类|索\s*引\s*号|发布机构|发布日期|发文日期|生成日期|浏览量|浏览次数|信息分类|主题分类|文\s*号"
                          r"|信息类别\s*[:：]|信息索取号|公开时限|公开方式\s*[:：]")


def _is_title(line: str) -> bool:
    # a sentence is not a title: titles carry no full stop or comma
    return 6 <= len(line) <= 80 and _TITLE_WORDS.search(line) is not None and not line.startswith(_NOT_TITLE) \
        and not re.search(r"[。，,；;]", line)


_GLUED_SHORT_YEAR = re.compile(rf"^\d\d(?={_PLACED.pattern})")


_MASKED_YEAR = re.compile(r"[*＊]{2,}\s*年度?$")


# a site's section label in square brackets before the title ([甘霖镇]2012年甘霖镇…: round 16), or a mirror's label of
# the kind of file in round ones ((文档)X县人民政府2017年…报告: 123d01's county, whose name was read with the label and
# placed in its province; M14, a guard)
_LABEL_BEFORE_TITLE = re.compile(r"^(?:[\[【][^\]】]{1,12}[\]】]|[(（]文档[)）])\s*")


# a site's column heading read as a title's name: the year's reports, or the kinds of unit they come from
_COLUMN_HEADING = re.compile(r"本?年度|(?:各?(?:部门|镇街|乡镇|街道|单位|[区县市]直)[和及、]?)+(?:政府)?")
_PORTAL_ONLY = re.compile(rf"[{HAN}]{{2,20}}?(?:政府|门户)网站?")  # (X市政府门户网站, X门户网, X政府网: a portal's name)


_COLON_OR_TAG = re.compile(r"[:：]|</?[A-Za-z][^<>]*>|/?[A-Za-z]+>")


def _agency_from_title(title: str) -> str | None:
    m = _YEAR_IN_TITLE.search(title)
    head = title[: m.start()] if m else _TITLE_WORDS.split(title)[0]
    # what the year is followed by up to the title's words: the name of a year-first title, or the body after a place
    words = _TITLE_WORDS.search(title, m.end()) if m else None
    after_year = title[m.end(): words.start()].strip(" 　") if words else ""
    # the year in brackets after the title's words (X政府信息公开工作年度报告(2019年): round 19)
    head = _TITLE_WORDS.split(head)[0] if m else head
    head = _LABEL_BEFORE_TITLE.sub("", head)
    # a link's or field's label before the title's file name (点击查看PDF版:X2023年…报告.pdf: 82a20, 82a22; 问答解读:
    # X….docx, round 24's district office): no name holds a colon, so the name starts after the last one (M01)
    # (nor an HTML tag's end, a label's colon garbled with its tag, 信息名称9/span>2022年X…报告 on 228a07's mirror of a city's
    # index block, read as '信息名称9/span>'; a guard, M14)
    # (a whole tag too, 信息名称9</span>2022年X…; and where nothing follows it but the year, X人民政府</span>2022年…, the name is
    # the part before it: both reviews of 45e5bb0)
    parts = _COLON_OR_TAG.split(head)
    head = parts[-1]
    # (a person's label before the last colon, 莆二中〔2015〕3号 签发人:X 2014年Y中学…报告, a letter's number and signer run into
    # its year-first title: the signer is a person, the name follows the year; 253c04's school on a traditional copy, read as
    # the signer, as the letter form 50b's pages print; a guard)
    # (only the person's name: a name printed after it, 签发人:X 某市教育局2014年…, is the title's; the review of 06a4bd2)
    if len(parts) > 1 and _PERSON_LABEL.search(parts[-2]):
        person_and_rest = head.strip(" 　").split(maxsplit=1)
        head = person_and_rest[1] if len(person_and_rest) > 1 else ""
    name_before_tag = next((part for part in reversed(parts[:-1]) if part.strip(" 　")), "")
    # (a portal's name pasted before a year-first title, 长沙市政府门户网站-2022年X委员会…报告_spam: the name follows the year;
    # 159c05's city commission on a spam copy, read as the portal; M03, as _SITE_PREFIX's portal before a name)
    if m and _PORTAL_ONLY.fullmatch(head.strip(" 　:：-—_|")):
        head = ""
    # the year first: 2022年上海市政府信息公开工作年度报告
    year_first = m is not None and not head.strip(" 　:：-—关于")
    if year_first:
        head = after_year or (name_before_tag if ">" in title[: m.start()] else "")
    # (and an opening quote or bracket left before the quoted title's words, 2024年北京市“政府信息公开工作年度报告”集中公开专题页面:
    # 266a05's city on its topic page, read as '北京市“'; a guard, no name ends in one; a straight quote may close a name)
    head = _without_notes(head).strip(" 　:：-—").rstrip("“‘《「『〈（(").rstrip(" 　:：-—")
    # the year between the place and the body (崇义县2015年教育局信息公开…, 谯城区2020年政府办公室政府信息公开…, 宣城市2021年
    # 气象局政府信息公开…: 154b10, 171b12 and 181c08, three agencies' titles read as the bare place; M09): the two joined
    if m and not year_first and len(head) <= 12 and _PLACE_NAME.fullmatch(head) and after_year:
        body = after_year
        # (its level printed again, 某县2015年县教育局…, once: not the 市 of 市场 or 市政, nor the 区 of 区域)
        if body[:1] == head[-1:] and not body.startswith(("市场", "市政", "市容", "区域")):
            body = body[1:]
        if 2 <= len(body) <= 12 and "、" not in body and _AGENCY_SUFFIX.search(body) and not _PLACE_NAME.match(body):
            head += body
    head = _GLUED_YEAR.sub("", head)  # 2012上海市…政府信息公开工作年度报告: the year without 年 (M09)
    # (or its last two digits before a place, 09沈阳市政府信息公开报告: 151a08's city on a document-sharing copy; a guard,
    # no name starts with a digit)
    head = _GLUED_SHORT_YEAR.sub("", head)
    # (a mirror that masks every digit, X局****年度政府信息公开年度报告: the masked year is no part of the name; M14,
    # a procurement site's copies, 77b13 and 94b07; a guard)
    head = _MASKED_YEAR.sub("", head)
    # (and the space a title may print before 关于: '海南州教育局 关于2024年度…', round 56's bureau)
    # (and a cover letter's title with no sender, 关于上报《X2017年度…报告》的报告: the report it sends names the place,
    # 69a04's county-level city, a wording of the cover letters below)
    head = re.sub(rf"^关于(?:(?:{_COVER_LETTER_VERBS})《?)?|关于$|的$", "", head).strip(" 　")
    # the title's words before its year (X政府信息公开工作2024年度报告: M09, round 24)
    # (nothing but those words, X局 / 政府信息公开工作2013年度报告 with the name on the line above: round 35's zone;
    # their 政府 is the report's, not a government's to join to that name)
    # (after a name's bracket too, X研究所(Y中心)信息公开工作2023年度报告: 223d10's institute, read with the words)
    # (a space before them, 重庆市大足区人民政府外事办公室 政府信息公开工作2021年度报告: 275c06's district office, read with 政府 joined
    # to its name; a guard)
    head = re.sub(rf"(?:(?<=[{HAN}]{{2}})|(?<=[）)])|^)[ 　]*(?:政府)?(?:信息公开|政务公开)(?:工作)?$", "", head)
    # a cover letter's title (X关于报送…年度报告的函): the sender is the agency (M07, fourth round),
    # also when the report it sends is named with its place (X人民政府关于报送X市2020年度…: round 16), in quotes or
    # not (X镇人民政府关于印发《X镇2016年…报告》的通知: 70b14's town, as 69a04's letter quotes it)
    # (a space after 关于, X人民政府办公室关于 报送X2019年…: 147d06's county, read with the sent report's place; a guard)
    head = _before_guanyu(head) or head
    # (a 关于 left is no name's: X县人民政府关于全县2010年…, X市关于X区2020年…, a notice X办公室关于做好全县2020年…: the title names
    # no one, and the text is read for the agency; the second review of ef20596)
    if re.search(rf"[{HAN}]关于", head):
        return None
    # a news page's headline (X公布政府信息公开工作2009年度报告: round 43's central bureau on the central portal):
    # the announcing verb is no part of the name (a guard: no agency's name ends in one)
    head = re.sub(rf"(?<=[{HAN}]{{2}})(?:公布|发布|印发)了?$", "", head)
    # (年度 with no year before the title's words, 关于报送X镇政府年度信息公开工作的报告: a cover letter's title on 145a05's
    # mirror, read as X镇政府年度; a guard, no name ends in it)
    head = re.sub(rf"(?<=[{HAN}]{{2}})年度$", "", head)
    # (nor is 年度 alone a name: a site's column heading over the report's own title, 年度信息公开报告 / … / 深圳市人民政府2019年
    # 政府信息公开工作年度报告, 202d08's city, read as 年度; a guard. Nor the kinds of unit a column gathers, 部门镇街信息公开年报
    # over 市中区交通运输局2025年…: 206c08's district bureau, read as 部门镇街, as 132a03's 乡镇政府信息公开工作年度报告 over its town's
    # title would be without its government's 政府)
    if _COLUMN_HEADING.fullmatch(head):
        return None
    # (nor a site's menu run together on one line, 专栏首页政府信息公开指南政府信息公开目录政府信息公开年度报告依申请公开…, over
    # the report's own title: 205c01's zone office, read as 专栏首页政府信息公开指南; a guard, as _agency_like's site words)
    if any(word in head for word in _SITE_WORDS):
        return None
    head = _with_its_government(head)
    # a betting site's brand in the agency's place (利博官网 2021年…, 老澳门六合彩官网 2023年…, 2012年bet365亚洲官网
    # 信息公开年度报告: M14, three pages of rounds 33 and 35): a site, never the agency; nor an agency's own site's name in its
    # place (海南审计网2020年…: 162c02's province department, named in its prose; a guard, no agency's name ends in 网)
    if head.endswith(("网", "网站")):
        return None
    # nor is a web address there (www.788sb.com2014年政府信息公开年度报告: M14, round 50's province bureau):
    # a guard, as no agency's name is written without a Chinese character
    if not _CJK_RUN_ANY.search(head):
        return None
    return head if len(head) >= 2 else None


# the labels of a person signing, drafting or checking a letter (签发人:X, 拟稿人:X)
_PERSON_LABEL = re.compile(r"(?:签发|签批|拟稿|核稿|审核|审签|校对|撰稿|联系)人\s*$")


# a cover letter's words after its sender, up to the sent report's title (关于报送《X区…, 关于 印发X镇)
_COVER_LETTER_VERBS = "报送|印发|公布|发布|上报"
_COVER_LETTER_TAIL = re.compile(rf"(?<=[{HAN}]{{2}})关于\s*(?:{_COVER_LETTER_VERBS})《?[{HAN}]*$")
# (or 关于 with no verb before the sender's own place or nothing: a report's title naming its sender before 关于 and the
# place whose work it reports on after, X市人民政府办公室关于X市2010年政府信息公开工作的年度报告, 322c08's city office, read as
# 'X市人民政府办公室关于X市'. Not before other words, nor another place: X办公室关于做好(全县)2020年…年度报告编制工作的通知 is a
# notice about the reports, whose sender is no report's agency, X市关于X区2020年… names the district's report: the reviews of
# ef20596)
_GUANYU_BEFORE_PLACE = re.compile(rf"(?<=[{HAN}]{{2}})关于\s*(?P<place>[{HAN}]*)$")
# (a title split after its 关于 or its verb, X办公室关于 / X市2010年…, X镇人民政府关于公布 / 《X镇…报告》的通知: the line above
# stops there; X市人民政府关于调整…的通知 or X县人民政府关于印发…预案的通知 above a title is another item's headline)
_SPLIT_AFTER_GUANYU = re.compile(rf"(?<=[{HAN}]{{2}})关于\s*(?:(?:{_COVER_LETTER_VERBS})《?)?$")


def _before_guanyu(text: str) -> str | None:
    """The sender before a title's 关于, where a cover letter's verb, the sender's own place or nothing follows it."""
    if m := _COVER_LETTER_TAIL.search(text):
        return text[:m.start()]
    m = _GUANYU_BEFORE_PLACE.search(text)
    place = m.group("place") if m else ""
    if m and (not place or (_PLACE_NAME.fullmatch(place) and place in text[:m.start()])):
        return text[:m.start()]
    return None


def _sender_above(line: str, title_place: str | None) -> str | None:
    """The sender on the line above a title split after its 关于, if it names the title's place (X区人民政府关于 over
    X镇2010年…: the town's report, passed on)."""
    m = _SPLIT_AFTER_GUANYU.search(line)
    if m is None or (title_place and title_place not in line[:m.start()]):
        return None
    return line[:m.start()]


# an index block's category names a kind of body, not one
_CATEGORY = re.compile(r"(?:乡镇|街镇|镇街|乡镇街道|街道|部门|(?:省|市|县|区)直(?:部门|单位)?|(?:省|市|县|区)级(?:部门)?)"
                       r"(?:政府)?(?:信息公开|政务公开)")
