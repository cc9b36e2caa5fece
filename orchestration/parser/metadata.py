"""Report metadata: agency, report year, publication date, title.

Agencies print their name in the title (…2019年度政府信息公开工作年度报告),
in the first lines, or only under the closing signature; each is tried in
that order and a shortened name (区卫生健康局) is completed from the
signature or 填报单位 when they carry a longer form of it.
"""

from __future__ import annotations

import datetime as dt
import re

from orchestration.parser.numbers import WIDTH_TABLE, parse_chinese_numeral

_TITLE_WORDS = re.compile(r"(?:政府)?(?:信息公开|政务公开)[^。，]{0,12}?(?:年度报告|工作报告|年报|报告)")
_YEAR_IN_TITLE = re.compile(r"(\d{4}|[〇○零一二三四五六七八九]{4})\s*年度?")
_PERIOD = re.compile(r"(?:统计期限|统计时限|统计期间|数据统计)[^。]{0,12}?(\d{4})年\s*1月\s*1日[^。]{0,10}?(\d{4})年\s*12月\s*31日")
_AGENCY_SUFFIX = re.compile(
    r"(?:人民政府|政府办公室|政府办公厅|办公室|办公厅|委员会|管理委员会|局|委|厅|署|院|中心|办事处|政府|所|站|队|会|办)$")
_CN_DATE = r"[〇○零一二三四五六七八九十]"
_DATE_PATTERNS = (
    re.compile(r"(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日"),
    re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})"),
    re.compile(rf"({_CN_DATE}{{4}})\s*年\s*({_CN_DATE}{{1,2}})\s*月\s*({_CN_DATE}{{1,3}})\s*日"),
)
# 发布日期：2022-01-28 — a date under its label is still the publication date
_DATE_LABEL = re.compile(r"^(?:发布|印发|成文|公开|公布|生成)?(?:日期|时间)[:：]")
# Signature and date lines are short; longer lines are prose and are skipped unread.
_MAX_SIGNATURE_LINE = 80
# lines that mention the report without being its title: prose, a site's breadcrumb trail
_NOT_TITLE = ("根据", "本报告", "本年度报告", "当前位置", "您现在的位置", "您的位置", "首页")
# a labelled date anywhere on a short line: 发布日期：2020年01月17日　来源：…
_LABELLED_DATE = re.compile(r"(?:发布|印发|成文|公开|公布|生成)(?:日期|时间)[:：]\s*(.+)")
_DATE_HINT = re.compile(r"[年\-/.．－／]")  # no date is printed without one of these
_FILING_UNIT = re.compile(r"填报单位[^:：]*[:：]\s*(\S+)")
_BRACKETS = re.compile(r"[（(][^）)]*[）)]")
# What pages print before a title on the same line: a field label (标题：…) or
# a running page header (Page 9 - …).
_LINE_PREFIX = re.compile(r"^(?:(?:标\s*题|题\s*目|文章标题|名\s*称)\s*[:：]\s*|page\s*\d+\s*[-—–:：|]\s*)", re.IGNORECASE)
# A site's breadcrumb trail (您当前所在位置：首页 > 政务公开 > … > 标题): only
# its last step can be the title.
_BREADCRUMB = re.compile(r"(?:位置|首页)\s*[:：]?.*?[>＞»›→]")
_CRUMB_SEPARATOR = re.compile(r"\s*[>＞»›→]+\s*")
# A place name alone (no office after it) stands for its government, whose
# official name is the place + 人民政府 (a 街道 has an 办事处 instead).
_BARE_PLACE = re.compile(r"^[\u4e00-\u9fff]{1,20}?(?:省|自治区|市|区|县|旗|自治州|州|盟|镇|乡)$")
_BARE_STREET = re.compile(r"^[\u4e00-\u9fff]{1,20}?街道$")
# 市政府 / 区政府办公室: the everyday short form of 人民政府
_SHORT_GOVERNMENT = re.compile(r"(?<=[省市区县旗州镇乡])政府(?=(?:办公室|办公厅)?$)")
# The opening sentence that announces the report: 现公布泰州市人民政府2017年政府信息公开工作年度报告
_ANNOUNCED = re.compile(
    r"(?:现(?:予以?)?公布|现将|现发布|特发布|现向社会公布|现面向社会公开|形成)(?P<agency>[^，。；、“”《》\s]{3,40}?)"
    r"(?:[（(]以下简称[^）)]*[）)])?\s*(?:\d{4}|[〇○零一二三四五六七八九]{4})\s*年度?\s*(?:的)?(?:政府)?(?:信息公开|政务公开)")


def _clean(line: str) -> str:
    # markdown heading and bold marks (# 标题, **标题**) are not part of a name
    line = line.translate(WIDTH_TABLE).strip().strip("#*").strip()
    return _LINE_PREFIX.sub("", line).strip()


def official_name(agency: str) -> str:
    """A government printed by its place name (上海市, 城关镇, 东升街道) or its
    short form (上海市政府) under its official name."""
    if _BARE_STREET.match(agency):
        return agency + "办事处"
    if _BARE_PLACE.match(agency):
        return agency + "人民政府"
    return _SHORT_GOVERNMENT.sub("人民政府", agency)


def _year_value(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    value = parse_chinese_numeral(text)
    return value if value and 1990 < value < 2100 else None


def find_title(lines: list[str]) -> tuple[str | None, int | None]:
    """The title line (and its index): a short early line naming the report."""
    for i, raw in enumerate(lines[:40]):
        line = _clean(raw)
        # In a breadcrumb trail or a row of page fields (索引号 | … | 分类 | 政府信息公开年报 |)
        # only a step or cell that names a year is the report's title; the others name a column.
        if _BREADCRUMB.search(line):
            line = _CRUMB_SEPARATOR.split(line)[-1]
        elif "|" in line or "\t" in line.strip():
            line = next((c.strip() for c in re.split(r"[|\t]", line) if _YEAR_IN_TITLE.search(c)), "")
        if line != _clean(raw) and not _YEAR_IN_TITLE.search(line):
            continue
        if 6 <= len(line) <= 80 and _TITLE_WORDS.search(line) and not line.startswith(_NOT_TITLE):
            return line, i
    return None, None


def _agency_from_title(title: str) -> str | None:
    m = _YEAR_IN_TITLE.search(title)
    head = title[: m.start()] if m else _TITLE_WORDS.split(title)[0]
    if m and not head.strip(" 　:：-—关于"):
        # the year first: 2022年上海市政府信息公开工作年度报告
        words = _TITLE_WORDS.search(title, m.end())
        head = title[m.end(): words.start()] if words else ""
        if words and words.group().startswith("政府") and _BARE_PLACE.match(head.strip()):
            head = head.strip() + "政府"  # the 政府 the title words took: 上海市|政府信息公开
    head = _BRACKETS.sub("", head).strip(" 　:：-—")
    head = re.sub(r"^关于|关于$|的$", "", head)
    return head if len(head) >= 2 else None


def _agency_before_year(line: str) -> str | None:
    """A title broken after the year: 宿州市人民政府2016年 / 政府信息公开工作年度报告."""
    m = _YEAR_IN_TITLE.search(line)
    if m and m.end() >= len(line.rstrip(" 　")) - 1:
        return _agency_like(line[: m.start()])
    return None


def _announced_agency(lines: list[str]) -> str | None:
    for raw in lines[:25]:
        m = _ANNOUNCED.search(_clean(raw))
        if m and (name := _agency_like(m.group("agency"))):
            return name
    return None


def _agency_like(line: str) -> str | None:
    if len(line) > 60:  # a sentence, not a signature
        return None
    name = _BRACKETS.sub("", _clean(line)).strip()
    name = re.sub(r"(?:文件|\(盖章\))$", "", name)
    if 3 <= len(name) <= 30 and _AGENCY_SUFFIX.search(name) and not re.search(r"[，。；:：,]", name):
        return name
    return None


def find_agency(lines: list[str], title: str | None, title_index: int | None) -> str | None:
    agency = _find_agency(lines, title, title_index)
    return official_name(agency) if agency else None


def _find_agency(lines: list[str], title: str | None, title_index: int | None) -> str | None:
    agency = _agency_from_title(title) if title else None
    if agency is None and title_index is not None:
        for raw in reversed(lines[:title_index]):
            if raw.strip():
                agency = _agency_like(raw) or _agency_before_year(_clean(raw))
                break
    if agency is None:
        for raw in lines[:10]:
            if raw.strip():
                agency = _agency_like(raw)
                if agency:
                    break
    if agency is None:
        agency = _announced_agency(lines)
    if agency is not None and not (len(agency) <= 6 or agency[0] in "区市县省"):
        return agency  # a full name already: no need to read the signature block
    # Longer forms of the same name: the signature block and 填报单位.
    longer: list[str] = []
    for raw in lines:
        if len(raw) > _MAX_SIGNATURE_LINE and "填报单位" not in raw:
            continue  # prose, not a signature
        m = _FILING_UNIT.search(_clean(raw))
        candidate = _agency_like(m.group(1)) if m else _agency_like(raw)
        if candidate:
            longer.append(candidate)
    if agency is None:
        return longer[-1] if longer else None
    extensions = [c for c in longer if c.endswith(agency) and c != agency]
    if extensions and (len(agency) <= 6 or agency[0] in "区市县省"):
        return min(extensions, key=len)
    return agency


# How far before a printed name its place prefix may start (济宁市邹城市 + 唐村镇…)
_MAX_PLACE_PREFIX = 16
_CJK_RUN = re.compile(r"[\u4e00-\u9fff]+$")


def complete_with_place(agency: str, lines: list[str], place_prefix_ends) -> str:
    """The agency's name with the places the report prints before it elsewhere
    (the title says 唐村镇人民政府, the signature 邹城市唐村镇人民政府): the most
    complete form printed, on a title or signature line if there is one.

    `place_prefix_ends(text)` gives where a run of place names at the start of
    text can end; a prefix is only taken when place names cover all of it, so
    the words of a sentence before the name (按照, 现公布) never join it.
    """
    best: tuple[bool, int, str] | None = None
    for raw in lines:
        start = raw.find(agency)
        while start >= 0:
            run = _CJK_RUN.search(raw[max(0, start - _MAX_PLACE_PREFIX): start])
            before = run.group() if run else ""
            for k in range(len(before)):
                prefix = before[k:]
                if len(prefix) in place_prefix_ends(prefix + agency):
                    key = (len(raw.strip()) <= _MAX_SIGNATURE_LINE // 2, len(prefix), prefix + agency)
                    best = max(best, key) if best else key
                    break
            start = raw.find(agency, start + 1)
    return best[2] if best else agency


def find_report_year(text: str, title: str | None) -> int | None:
    if title:
        m = _YEAR_IN_TITLE.search(title)
        if m and (year := _year_value(m.group(1))):
            return year
    m = _PERIOD.search(text.translate(WIDTH_TABLE))
    if m and m.group(1) == m.group(2):
        return int(m.group(1))
    for raw in text.split("\n")[:15]:
        m = _YEAR_IN_TITLE.search(_clean(raw))
        if m and (year := _year_value(m.group(1))):
            return year
    return None


def _date(groups: tuple[str, str, str]) -> dt.date | None:
    parts = []
    for g in groups:
        value = int(g) if g.isdigit() else parse_chinese_numeral(g)
        if value is None:
            return None
        parts.append(value)
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def find_published_on(lines: list[str]) -> dt.date | None:
    """The date under the signature: the last line that is only a date (in
    brackets or after a 日期 label too); failing that, the first labelled date
    on a short line of the page (发布日期：2020年01月17日　来源：…)."""
    found = labelled = None
    for raw in lines:
        if len(raw) > _MAX_SIGNATURE_LINE or not _DATE_HINT.search(raw):
            continue
        cleaned = _clean(raw).replace(" ", "")
        line = _DATE_LABEL.sub("", cleaned).strip("（）()")
        m = next((m for p in _DATE_PATTERNS if line and len(line) <= 20 and (m := p.fullmatch(line))), None)
        if m:
            found = _date(m.groups()) or found
        elif labelled is None and (lm := _LABELLED_DATE.search(cleaned)):
            labelled = _first_date(lm.group(1))
    return found or labelled


def _first_date(text: str) -> dt.date | None:
    for pattern in _DATE_PATTERNS:
        m = pattern.match(text)
        if m:
            return _date(m.groups())
    return None
