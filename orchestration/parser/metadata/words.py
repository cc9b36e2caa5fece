"""Words, patterns and line helpers the metadata readers share: the words a title names its subject by, the
endings of agencies' names, dates as reports print them, runs of place names, and the cleaning every line is read
through.
"""

from __future__ import annotations

import re
from functools import lru_cache

from orchestration.parser.numbers import half_width, parse_chinese_numeral
from orchestration.parser.script import HAN


# The words a title names its subject by (政务信息公开 too: 2011年度X局政务信息公开报告, 75a01's city bureau left 政务 on
# the name; a guard, no name ends in 政务), with a converter's space inside them too (X政府2018年度政府信息 公开工作年度
# 报告: 193d03's district, unread, and 144c04's bureau, read from its line alone; a wording)
_OGI_WORDS = r"(?:政府|政务)?(?:信息 ?公开|政务 ?公开)"
_TITLE_WORDS = re.compile(_OGI_WORDS + r"[^。，]{0,12}?(?:年度报告|工作报告|年报|报告)")
# a title split after a bare year (X人民政府2017 / 政府信息公开工作年度报告) joins to one without 年
_YEAR_IN_TITLE = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})\s*(?:年度?|(?=" + _OGI_WORDS + r"))")

# (部: a ministry, named in its quoted title, its own OGI catalogue or its prose: 工业和信息化部 and
# 生态环境部 in round 29, 水利部 in the third round's stand-in r146)
_AGENCY_SUFFIXES = ("人民政府", "政府办公室", "政府办公厅", "办公室", "办公厅", "委员会", "管理委员会", "局", "委", "厅", "署",
                    "院", "中心", "办事处", "政府", "所", "站", "队", "会", "办", "部",
                    # a scenic area's, wetland park's, heritage site's or project's 管理处 publishes as a department
                    # (studied pages of five such agencies in 湖南 and 浙江; 175c05's is named only inside its guide's
                    # title, which needs the suffix to be read as a name)
                    "管理处",
                    # supply and marketing co-operatives publish as departments (供销合作社联合社, 供销联社, 供销社:
                    # round 62's city and district ones, and the pages of 海珠区 and 宜城市 ones it found)
                    # (and a county-level city's 供销合作总社: 133b12's 上虞市供销合作总社, named nowhere but in
                    # 编制X2011年度…报告 and its contact; a wording)
                    "合作社", "合作总社", "联合社", "联社", "供销社",
                    # a government's research and counsellors' offices publish as departments (市政府研究室, 参事室:
                    # studied pages of 孝感, 海口, 延安 (88d14) and 湖北's research offices, 上海's, 广东's and 湖南's
                    # counsellors' offices); a bureau's own 政策研究室 is one of its sections, no agency
                    "政府研究室", "参事室",
                    # the central bank's branches publish OGI reports as departments (中国人民银行X市中心支行, X分行:
                    # 206d11, 207b04 and 207b05, three cities' branches named only in their prose, left unnamed)
                    "支行", "分行",
                    # a district's or county's government offices report together as its 人民政府机关 (重庆's 城口, 彭水,
                    # 永川 and 铜梁 on their own report columns, 乌鲁木齐's city ones: M07), named on a line above the
                    # year's title as other bodies are (249d12)
                    "人民政府机关")
_AGENCY_SUFFIX = re.compile("(?:" + "|".join(_AGENCY_SUFFIXES) + ")$")
_CN_DATE = r"[〇○零一二三四五六七八九十]"
_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(rf"({_CN_DATE}{{4}})\s*年\s*({_CN_DATE}{{1,2}})\s*月\s*({_CN_DATE}{{1,3}})\s*日"),
)

# Signature and date lines are short; longer lines are prose and are skipped unread.
_MAX_SIGNATURE_LINE = 80

_BRACKETS = re.compile(r"[（(][^）)]*[）)]")

# What pages print before a title on the same line: a field label (标题：…; a wiki's infobox 中文名：…, round
# 44's district on a traditional wiki) or a running page header (Page 9 - …).
_LINE_PREFIX = re.compile(
    # (内容概述, an index block's summary field, before the title on its line: 142b04's zone, read as the agency; M04)
    # (信息标题 too, an index block's 信息标题 X…报告 文件编号: 276d02's county bureau, read with the label; a wording)
    r"^(?:(?:标\s*题|题\s*目|文章标题|信息标题|信息名称|名\s*称|中文名称?|内容概述|内容摘要)\s*(?:[:：]\s*|\s+)|称\s*[:：]\s*|page\s*\d+\s*[-—–:：|]\s*"
    # (an index block's label glued to its value, 标题2023年…报告 under 发文机关X镇人民政府: round 40's town, M04;
    # a bulletin's meta block, 公报标题X委2019年…报告 over 主办单位X委: round 28's city commission, realdev r358)
    rf"|(?:公报)?标题(?=(?:19|20)\d\d|[{HAN}])"
    # (the document's number glued before the title in book-title marks, 榕政函〔2016〕7号《福州市2015年…报告》: 139b07's
    # mirror of a city report, read as the agency 榕政函〔2016〕7号《福州市; a guard of M04's index fields)
    rf"|[{HAN}]{{1,8}}〔(?:19|20)\d\d〕\d+[号號]\s*《)", re.IGNORECASE)

_PLACED = re.compile(rf"[{HAN}]{{1,12}}?(?:省|自治区|市|州|盟|区|县|旗|镇|乡|街道)")

# (苏木: Inner Mongolia's township, whose government is 某某苏木人民政府: rounds 15 and 24, three
# sumu pages with the place-only title kept bare)
# (a two-character X州 is a city's short name, 结合鄂州实际, no division's whole name: autonomous prefectures' short names
# have three or more, 恩施州, 黔东南州; 143c09's city, read as 鄂州; a guard)
_PLACE_NAME = re.compile(rf"^(?![{HAN}]州$)[{HAN}]{{1,20}}?(?:省|自治区|市|区|县|旗|自治州|州|盟|镇|乡|苏木|街道)$")


@lru_cache(maxsize=8192)  # the title, agency and date finders each read the same lines
def _clean(line: str) -> str:
    # markdown heading and bold marks (# 标题, **标题**) are not part of a name, nor the
    # question marks a mirror prints for the spaces that indent each line (catalogue M14)
    line = half_width(line).strip().lstrip("?•·").strip().strip("#*").strip()
    # a list item's dash (- 标题: X…: an index block printed as a list, round 17)
    line = re.sub(r"^[-–]\s+", "", line)
    # a copy site's doubled commas (2021年,,山東省人民政府辦公廳以…, 编制,,内容包括…: 248c05's province office, read from a
    # later sentence as 省政府及省政府辦公廳; 242d05's and 247d12's 雅安 bureaus, 247b14's 鹤山 bureau, 246b09's 衡阳 bureau and
    # 225d07's 福田 street show it too) is one mark
    line = _DOUBLED_COMMA.sub(",", line)
    return _LINE_PREFIX.sub("", line).strip()


_DOUBLED_COMMA = re.compile(r",(?:\s*,)+")


def _year_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = parse_chinese_numeral(text)
    return value if value and 1990 < value < 2100 else None


# a sentence's punctuation, which neither a menu item nor an agency's name holds
_SENTENCE_MARKS = re.compile(r"[。，,；;：:]")


# (also with 度 and no 年: 2022度X街道信息公开工作年度报告, round 34's street)
_GLUED_YEAR = re.compile(rf"^(?:19|20)\d\d(?:度(?!假))?(?=[{HAN}])")

# a run of place names (湖北省武汉市新洲区): a name's leading places here, a whole prefix in _PLACES_ONLY
_PLACES = rf"(?:[{HAN}]+?(?:省|自治区|市|自治州|州|盟|区|县|旗))+"
_AREA_PREFIX = re.compile("^" + _PLACES)


def _nearest_line(lines: list[str], i: int, step: int) -> str:
    """The nearest non-blank line before (`step` -1) or after (+1) line i; empty if none."""
    j = i + step
    while 0 <= j < len(lines) and not lines[j].strip():
        j += step
    return lines[j] if 0 <= j < len(lines) else ""


_CJK_RUN_ANY = re.compile(rf"[{HAN}]+")

_DATE_LABEL_BEFORE = re.compile(r"(?:日期|时间)\s*[:：|]?\s*\|?\s*$")
_STARTED = r"起(?!\s*(?:至|到|—|-|~))|开始|正式施行|施行"  # (起至…: the period reported on)

# the page's date line with the report's opening sentence run into it, 2026年01月12日 来源: 上海普陀本报告根据… or
# 2019年3月26日本年度报告根据… (181b09, 181c09 and 187a05, three agencies' pages on two sites, M11): the page's date, not the
# year reported on; its date is one of _DATE_PATTERNS' written ones, looked for first with a cheap pattern
_DATE_FIRST = re.compile(r"\s*\d{4}\s*[年\-/.]")
_DATE_RUN_INTO_OPENING = re.compile(
    rf"^\s*({_DATE_PATTERNS[0].pattern}|{_DATE_PATTERNS[1].pattern})\s*(?:\d{{1,2}}:\d{{2}}(?::\d{{2}})?)?"
    r"\s*(?:来源\s*[:：]\s*[^\d\s:：，。]{1,20}?\s*)?(?=本(?:年度)?(?:报告|年报)(?:是)?(?:根据|依据|按照))")
