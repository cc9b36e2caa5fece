"""The year a report covers (find_report_year): from its title, its statistics period or the first year its
lines name, past the years that are not the report's own (plans, spans, dates things began).
"""

from __future__ import annotations

import re

from orchestration.parser.metadata.words import (_CN_DATE, _DATE_LABEL_BEFORE, _DATE_RUN_INTO_OPENING, _GLUED_YEAR,
                                                 _OGI_WORDS, _STARTED, _YEAR_IN_TITLE, _clean, _year_value)
from orchestration.parser.numbers import half_width


# (the end's year may be left out: 统计期限自2012年1月1日起至12月31日止, round 39's city)
# (or its 日 dropped before 止, 自2021年1月1日起至2021年12月31止 after a quoted notice of 2020's: 229b10's district bureau, read as
# 2020; a misprint)
# (or 统计数据时限为2023年1月1日…, 228d10's county bureau, 229c14's town and 252c08's zone, each read from another year in its
# opening or from its first line)
# (or 统计时间为/自/段…, 223b09's, 225b08's, 226c08's and 230c08's labels, and 254b03's after the amended Regulations' 2019年5月15日,
# read as 2019)
# (the span from 1 January to 31 December of one year after a period's label; its end's year may be left out)
_YEAR_SPAN = r"[^。]{0,12}?(\d{4})年\s*1月\s*1日[^。]{0,10}?(?:(\d{4})年)?\s*12月\s*31"
_PERIOD = re.compile(r"(?:统计期限|统计时限|统计期间|数据统计|统计数据时限|统计时间(?=段|为|自|从|[:：]))" + _YEAR_SPAN + r"(?:日|(?=止))")
# (or 统计数据自/从…, 308c04's untitled street report, read as 2019 from a quoted notice's 仓山区2019年政务公开工作主要任务 before it;
# the wording of 299d01's, 303b01's and 308d01's pages and realdev r46's and r212's sources, titled. Only as the report's own:
# after 报告, 年报 or 所列 or opening a clause, and the period a statement of its own, ending 日止 or 日 and the sentence, as on
# all five pages; 与2020年相比(统计数据为2020年…), 县统计局统计数据:2020年1月1日至12月31日全县地区生产总值…, 统计数据为…12月31日的
# 对比情况 give another period or another body's figures: the two reviews of 9d5bdcf)
_DATA_PERIOD = re.compile(r"(?:(?<=报告)|(?<=年报)|(?<=所列)|(?<=[，,。；;\n])|^)统计数据(?=为|自|从|[:：])" + _YEAR_SPAN
                          + r"日(?:止|(?=\s*(?:[。；;\n]|$)))")


# the year in brackets after the title's words, with no 年 (陕西省司法厅政府信息公开工作年度报告(2012): 274d12's province department,
# read as no year; as (2017年度) after them is read)
_BRACKETED_YEAR = re.compile(r"(?:报告|年报)\s*[(（]\s*(\d{4})\s*[)）]\s*$")


_OPENING_LINES = 15
_CELLS_A_LINE = 4  # a table's cells, one a line as the PDF and Word readers print them, that a page prints on one


def _opening_lines(text: str) -> list[str]:
    """The page's first lines, where its opening states the year. A table's cells, each on a line led by a tab as the
    PDF and Word readers print them, count as the rows a page prints them in (an index block's 索引号 / 002508200/… /
    公开形式 / 主动公开 …: realdev r51's page printed to PDF pushed its opening to the eighteenth line)."""
    lines, counted = [], 0.0
    for raw in text.split("\n"):
        if counted >= _OPENING_LINES:
            break
        lines.append(raw)
        counted += 1 / _CELLS_A_LINE if raw.startswith("\t") else 1
    return lines


def find_report_year(text: str, title: str | None) -> int | None:
    if title:
        m = _YEAR_IN_TITLE.search(title)
        if m and (year := _year_value(m.group(1))):
            return year
    if year := _period_year(half_width(text)):
        return year
    # the year glued before the name with no 年 (2009某市某镇政府信息公开工作年度报告: M09, as the agency reads
    # it; round 43's town, whose excerpt prints no other year but later dates), after the statistics period,
    # which wins where the glued year is misprinted too (2022度… over a 2023 period: round 34's street, r391)
    if title and (m := _GLUED_YEAR.match(title)):
        return int(m.group()[:4])
    for raw in _opening_lines(text):
        line = _clean(raw)
        # a line that is only a date ('(2015年3月17日)', '2018年3月' under the issuer's name) is when
        # the report came out: M11, a date line under a title with no year (eighth round, two
        # agencies' pages; the third round's full date alone under the title)
        if _DATE_ONLY_LINE.fullmatch(line.replace(" ", "")):
            continue
        # a labelled full date (发布时间：2020年01月31日) is when the page went up, not the year reported
        # on: M11, two agencies' pages in the fifth round read the year after it (截止2020年12月31日
        # still gives the year)
        # nor a full date something began on (2004年5月1日起本区开始…, 《条例》自2008年5月1日起施行): round 20
        # nor a year a span of several runs from (系统梳理了2015年以来…出台的文件, 自2016年以来: 93b11's untitled
        # report, whose own year comes later; a guard), nor the year the body or its site was set up (园区是2012年经省政府
        # 批准成立的, 官方网站于2019年11月21日正式上线: 97c09's and 97a04's untitled reports, guards of the same class)
        # (nor the page's date with the report's opening run into it, _DATE_RUN_INTO_OPENING: realdev r222's zone, as 181c09)
        # (nor a date, to the day or the month, with the page's fields after it on its line, 2014年2月19日 来源:市农业局 点击率: under a portal's name,
        # 2017年03月09日    来源: on a mirror: 281c01's untitled city bureau report, read as 2014, and round 31's page, M02/M11)
        run_in = _DATE_RUN_INTO_OPENING.match(line)
        m = next((m for m in _YEAR_IN_TITLE.finditer(line, run_in.end() if run_in else 0) if not (
            (date := _DATE_AFTER.match(line, m.end())) and (
                _DATE_LABEL_BEFORE.search(line[:m.start()]) or _STARTED_ON.match(line, date.end())
                or (_PAGE_FIELD_AFTER.match(line, date.end()) and not _TO_DATE_BEFORE.search(line[:m.start()]))))
            and not _NOT_THE_REPORTS_YEAR.match(line, m.start())), None)
        if m and (year := _year_value(m.group(1))):
            return year
    # (a bare year in brackets after the title's words only after the statistics period and the opening's own year, either of which
    # it may disagree with, the bracket being the year the report came out: the reviews of 0f9d600 and of the session's change)
    if title and (m := _BRACKETED_YEAR.search(title)):
        return int(m.group(1))
    # every number on a line of its own (2011 / 年政府信息公开 / 年度报告): catalogue M10
    joined = half_width("".join(raw.strip() for raw in text.split("\n")[:30]))
    if year := _period_year(joined):
        return year
    m = _YEAR_BEFORE_REPORT.search(joined)
    if m:
        return _year_value(m.group(1))
    # a report in English, its title on its first lines (Annual Report of X District People's Government … on Government
    # Information Disclosure in 2019, 2015 Annual Report of X …: M12, 173a01–a05's five 北京 districts on mirrors; the
    # title under the body's English name, General Office of X / 2011 Annual Report on…: 174c01's province office)
    first_lines = [raw.strip() for raw in text.split("\n") if raw.strip()][:3]
    if m := next((m for line in first_lines if (m := _ENGLISH_TITLE_YEAR.match(line))), None):
        return int(next(year for year in m.groups() if year))
    # …or, untitled, its statistics period in English (…is from January 1, 2017 to December 31, 2017: M12, 176a05,
    # 178a01 and 178a02, three 北京 districts' reports with no title on mirrors; the end's year may be left out, as in
    # Chinese)
    if (m := _ENGLISH_PERIOD.search(text[:3000])) and m.group(2) in (None, m.group(1)):
        return int(m.group(1))
    return None


# an English title's year, before its words or after them (… on Government Information Disclosure in 2019)
# (the first year after the title's words: …Disclosure 2019, issued in 2020 is 2019's; the forms began in 2008)
# (or a work report's, X government information publicity work report for 2012: 178c03's city on a news site)
_ENGLISH_TITLE_YEAR = re.compile(r"(?:\b(20\d\d)\s+Annual Report\b.{0,160}?Government Information"
                                 r"|Annual Report\b.{0,160}?Government Information\b[^\d\n]{0,40}?\b(20\d\d)\b"
                                 r"|.{0,40}?\b[Gg]overnment [Ii]nformation\b[^\d\n]{0,40}?\b[Rr]eport for (20\d\d)\b)")
_ENGLISH_PERIOD = re.compile(r"\b[Pp]eriod\b[^.]{0,80}?\bfrom January 1(?:st)?,? (20\d\d),? to December 31(?:st)?\b"
                             r"(?:,?\s*(?:of\s+)?(20\d\d))?")


_LAST_YEAR = re.compile("上年|上一年|去年")


def _period_year(text: str) -> int | None:
    """The year of a statistics period from 1 January to 31 December of one year (its end's year may be left out)."""
    # (not last year's, 与上年度(统计时间为2019年1月1日至12月31日)相比: the review of the session's change)
    periods = sorted((m for pattern in (_PERIOD, _DATA_PERIOD) for m in pattern.finditer(text)), key=lambda m: m.start())
    m = next((m for m in periods if not _LAST_YEAR.search(text, max(0, m.start() - 8), m.start())), None)
    return int(m.group(1)) if m and m.group(2) in (None, m.group(1)) else None


# A year printed in an untitled report's opening that is not the one reported on (M09 guards, see find_report_year):
# a span's start, the year something was set up, the next year's plan an outline names (由…“2015年重点工作安排”等七个
# 部分组成 before 数据截止日期为2014年12月31日: 99d07's county bureau)
_SPAN_FROM = r"(?<=[了自从])\d{4}\s*年\s*以来"
# (and a rule's year of coming into force, 尤其是2015年《北京市政府信息公开规定》实施以来 in 161a01's untitled 2016 report of a
# street: a span's start too)
_SPAN_FROM += r"|\d{4}\s*年\s*《[^》]{1,40}》\s*(?:颁布|出台|印发|实施|施行)以来"
_SET_UP_ANYWHERE = "成立|上线|挂牌|组建|设立|开通|始建"
_SET_UP_CLOSING = "创建|创办|建立"
_SET_UP_VERBS = f"{_SET_UP_ANYWHERE}|{_SET_UP_CLOSING}"
# (the year first with 始建, and with 创建, 创办 or 建立 only closing the phrase, 某馆2012年创建, or 是2012年经…批准建立的: 2021年建立健全…
# 机制 and 2021年创建…城市 are the year's own work: the reviews of 5ade438 and 3ccc003)
_SET_UP_IN = (r"\d{4}\s*年(?:\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?)?(?:经[^，。；,;]{0,12}?批准)?(?:正式)?"
              rf"(?:{_SET_UP_ANYWHERE}|(?:{_SET_UP_CLOSING})(?=的|[，,。；;]|$))"
              # (or the verb first, X局成立于2012年,…现将2021年度的…情况报告如下 opening 278d08's untitled county bureau report,
              # read as 2012; a wording. One space may stand before the digits, as converted PDFs print them; a year in characters
              # is left. Where the year set up is the report's own and no other is printed, it is lost with the year-first
              # wording's: the review of 36b536a; 建于 alone too, 某馆建于1958年: the review of the session's change. Each lookbehind
              # is of one width, as Python's must be)
              rf"|(?:(?<=(?:{_SET_UP_VERBS})于)|(?<=(?:{_SET_UP_VERBS})于\s)|(?<=建于)|(?<=建于\s))\d{{4}}\s*年")
# (or its aims, …、2009年工作目标等八个部分组成 in 218a02's untitled 2008 city report: a wording of 99d07's)
# (an outline's item only: 围绕2020年度工作目标 is the year's own work, review of 39be619)
# (the plan's field may stand between in an outline's item, 工作中遇到的问题和2019年政务公开工作打算等 in 252c08's untitled 2018
# zone report on a copy, read as 2019; a wording of 99d07's. Only as an item: 落实2018年政务公开工作计划 and 根据《2018年政务公开
# 工作计划》 are the year's own work, the review of 62f36b2; or a numbered item's, 六是2019年…打算, （五）2019年…打算: the second review)
_PLAN_OF_YEAR = (r"\d{4}\s*年度?(?:重点)?工作(?:安排|计划|打算|思路)"
                 r"|(?<=[、和及“）)是])\d{4}\s*年度?(?:政府|政务)?(?:信息)?公开(?:重点)?工作(?:安排|计划|打算|思路)(?=\s*(?:等|[。；;]|$))"
                 r"|(?<=[、“])\d{4}\s*年度?工作目标")
# (and the year requests are carried into, 余8件转2023年度办理: 100a13's untitled city commission, whose only year it was)
_CARRIED_INTO = r"(?:(?<=转)|(?<=转[至到入]))\d{4}\s*年"
# (and a span's last year, a plan's 《…规划(2011-2020年)》 in an undated report's opening: 106d11's province office, a guard)
_SPAN_TO = r"(?:(?<=\d{4}[-—–~至到])|(?<=\d{4}年[-—–~至到]))\d{4}\s*年"
# (and a bracketed span's both years printed with 年, 规划提要(2008年—2012年) in 274d07's untitled 2009 region report on a copy, read as
# 2008; a guard: two different years joined in brackets are a plan's or a document's span, not a report's; an opening's own
# 2020年至2021年 may be the report's: review of 6822da4)
_BRACKETED_SPAN = r"(?<=[(（])(?P<span_start>\d{4})\s*年\s*[-—–~至到]\s*(?!(?P=span_start))\d{4}\s*年(?=[)）])"
# (and the month the report came out, 2021年3月,报告发布。 over 2020年,上海市…: 139b06's city report on a mirror; the year
# a report builds on, 在2011年工作的基础上 in 139c02's untitled 2012 report of a city bureau: guards)
_REPORT_OUT_IN = r"\d{4}\s*年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?\s*[,，]?\s*本?(?:年度)?报告(?:正式)?(?:发布|公布)"
_BUILT_ON = r"(?<=在)\d{4}\s*年(?:度)?(?:工作)?的?基础上"
# (and an earlier year's report listed among the items published, 公开了…行政权力清单等重点领域信息及2018年度信息公开工作报告
# in 186b08's untitled 2019 report of a city bureau, whose own year comes later: a guard)
# (its title quoted too, 及《2018年度政府信息公开工作年度报告》, or after a space; a 政务公开 report too; not the form's name,
# 和2019年度政府信息公开工作年度报告格式: review of bcd1380)
_REPORT_LISTED = (r"(?:(?<=[及和、])|(?<=[及和、][《\s]))\d{4}\s*年度?(?:政府|政务)?(?:信息)?公开(?:工作)?(?:年度)?(?:报告|年报)"
                  r"(?!》?格式)")
_NOT_THE_REPORTS_YEAR = re.compile("|".join((_SPAN_FROM, _SET_UP_IN, _PLAN_OF_YEAR, _CARRIED_INTO, _SPAN_TO, _BRACKETED_SPAN,
                                             _REPORT_OUT_IN, _BUILT_ON, _REPORT_LISTED)))
# (in characters too, (二〇〇九年三月三十日) over 221d02's 2008 street report, read as 2009: a wording of M11)
_DATE_ONLY_LINE = re.compile(rf"[（(]?(?:\d{{4}}年\d{{1,2}}月(?:\d{{1,2}}日)?|{_CN_DATE}{{4}}年{_CN_DATE}{{1,2}}月(?:{_CN_DATE}{{1,3}}日)?)"
                             r"[）)]?")
_DATE_AFTER = re.compile(r"\s*\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?")  # (or the month alone: 2008年1月起…, round 45's street)

_STARTED_ON = re.compile(rf"\s*(?:{_STARTED})")
_TO_DATE_BEFORE = re.compile(r"(?:截至|截止)(?:到|至)?\s*[:：]?\s*$")  # (截至2021年12月31日 来源:本局统计: the period's end, the year's)
# (a field's label closed by its colon, 来源: or 点击率:, after a weekday, a time or a bracket: never a sentence going on,
# 2021年4月23日阅读日活动中…, 2021年12月浏览量 10万次, 2021年6月编辑 出版…; a label closed by a space alone is left, as prose
# prints those too: the reviews of the session's change)
_PAGE_FIELD_AFTER = re.compile(r"\s*[(（]?\s*(?:星期[一二三四五六日天]|周[一二三四五六日])?\s*[)）]?"
                               r"\s*(?:(?:上午|下午)?\d{1,2}(?::|时)\d{2}(?::\d{2}|分)?)?"
                               r"\s*[【\[(（|/-]?\s*(?:(?:信息|文章)?来源|作者|(?:责任)?编辑|发布(?:机构|单位)|字号|字体"
                               r"|(?:点击|浏览|阅读|访问)(?:率|量|次数|数)?)\s*[:：]")

_YEAR_BEFORE_REPORT = re.compile(r"(\d{4})年度?" + _OGI_WORDS + r"[^。，]{0,8}?(?:年度报告|年报)")
