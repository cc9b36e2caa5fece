"""Whose count a figure is, and of what time.

A whole area's (全市…, 我区…) or other units' (各部门…, 其中…) rather than the agency's own, unless the report was
compiled from every unit; one domain, column, topic or remaining kind among several (领域, 专栏, 二是围绕…, 其他);
another year's; a count to date (截至, 累计, 历年); and the words a count uses to claim the report year (本年度,
2024年以来, 截至2024年12月31日).
"""

from __future__ import annotations

import re
from functools import lru_cache

from orchestration.parser.numbers import parse_chinese_numeral
from orchestration.parser.prose.sentences import _HEADING_RUN_IN, Sentence


_YEAR = re.compile(r"(\d{4})\s*年")
# (目前…已主动公开N条 with no year: so far, round 19; 截至目前 was already one)
_TO_DATE = re.compile(r"截至|截止|历年|至今|迄今|目前")
# After the year's end named as the date counted to, the count's own clause naming the year, 今年共 or 年累计 opening it (截至年底,
# 我局今年共公开信息287条: 234b11's district bureau; 截至2021年12月31日,年累计主动公开政府信息976条: 234b03's district bureau):
# the year's count, wordings of 144b09's and 148b08's class in _YEAR_TOTAL (only in the count's clause, and only after the year's
# end: 今年共… in an earlier clause, or 截至11月30日, leaves a count to date as it was: review of e79910b)
_YEARS_END_COUNTED_TO = re.compile(r"(?:截至|截止)(?:到)?(?:\d{4}年)?(?:12月(?:31日?|底|末)|年底|年末)")
_YEAR_NAMED_IN_CLAUSE = re.compile(r"^[^，。；,;]*?(?:今年|(?<![^，,；;\s])年)(?:共|共计|累计)")
_CUMULATIVE = re.compile(_TO_DATE.pattern + r"|以来|累计(?!.{0,3}年)")
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
# (相关信息 too: a topic's related items, 三是完善监测预警…,全年共发布相关信息N条 and 认真贯彻…疫情防控…要求,适时公开相关信息N条
# under a report's 一是/二是/三是: 91b09's and 92b06's county bureaus, each count read as the year's; a guard; a
# traditional text is read in simplified characters)
_SUBSET = re.compile(r"领域|其中|(?<![各几])类信息|方面|专栏|目录|栏目|下属|所属|直属|相关(?:政府|政务)?信息")
# the rest of a breakdown's kinds, just before the verb (其他应主动公开信息N条, 其他主动公开内容N条); not the last item of a
# list of kinds the total counts (政策文件、工作动态及其他主动公开信息共计120条)
_OTHER_KINDS = re.compile(r"(?<![及和与、等])其他(?:应|需)?$")
# a report's numbered point on one topic (二是围绕疫情防控,及时发布…等各类信息315条: 145d02's district office, whose point's
# count was read as the year's total): that topic's items (a guard of P02, as 相关信息 under 一是/二是 above)
# (the words that state the year's total, 共 not of 公共 or 共享: proactive.py's _OWN_TOTAL_WORDS and _LATER_TOTAL too)
_TOTAL_WORDS = r"全年|本年度?|今年|(?<!公)共(?!享)|合计|总计"
_TOPIC_POINT = re.compile(r"^\s*[一二三四五六七八九十]是围绕"
                          # (or labelled with one kind of item, 4.通知公告:公布工作方案、工作结果等信息0条 under 主动公开信息的具体情况:
                          # 326b01's town, read as the year's total 0; a guard, as a kind's count in a sentence is one kind's. Only
                          # with its count on the label's line and no total stated there, 1.政策文件:全年共主动公开政府信息120条,
                          # 其中…, nor a heading alone on its line over the total: the review of fd030ef)
                          r"|^\s*(?:\d+\s*[.、．]|[（(][一二三四五六七八九十\d]+[)）])\s*(?:通知公告|公示公告|工作动态|政务动态|人事信息"
                          r"|政策文件|规范性文件|财政资金|财政信息|机构信息|机构职能|机构概况|领导信息|规划计划)\s*[:：][^\S\n]*(?=[^\s])"
                          rf"(?![^\n]*?(?:{_TOTAL_WORDS}|\d{{4}}\s*年|总数|总量|其中|政府信息|均为))")
# A count over every agency of an area (全市通过政务网发布信息N条, 全区共收到依申请公开件N件)
# is the agency's own only in a report compiled from all of them (综合各县区…编制):
# catalogue P12, whole-area counts.
# (全市 before 政府信息 is the whole city's, 全市政府信息公开工作人员已有345人: 155b06's city on a mirror, read as its own staff;
# a guard, 全市政府 standing for the city's government otherwise; 在全市率先 is first in the city, no count of it: review
# of f60373a)
_WHOLE_AREA = re.compile(r"全(?:省|市|区|县|州|盟|旗)(?!委|政府(?!信息)|级|率先)")
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
# A whole-area subject opening an earlier clause of the sentence covers the counts after it
# (2025年全区共收到申请42件…；发生行政复议8件; 全县受理线上…申请65件，受理线下…申请9件; 全市各级
# 政府及部门…行政复议24件): round 21 (three pages), besides the clause rule above. A later clause
# with the agency as its subject (…，我局收到申请3件) speaks for the agency again.
# (or the area's levels opening the clause as the count's subject, their governments or offices or 共/累计/统一 after them:
# 2024年,市、县(区)两级政府累计发布政府信息21,943条, 市、县两级统一开设…专栏…发布信息3858条, 市县两级政府…共受理申请2335件…
# 同意公开1876件: 259a05's city on a traditional copy, 259a12's city and realdev r319's province on a traditional copy, each read
# as the agency's own; a wording of P12. Only opening a clause: levels the agency followed, used or was trained by, 我局认真落实
# 省、市两级政府…部署, 我局在市、县两级政府网站发布…, leave its count its own: two reviews of ba4aa2a)
_AREA_LEVELS = (r"[省市区县州盟旗](?:[、和]?(?:[市区县乡镇村州旗]|街道|苏木)(?:[（(][^，。；]{1,8}?[）)])?){1,2}[两二三]级"
                r"(?=政府(?![^，。；]{0,4}?(?:网|门户|平台|公众号|热线|信箱|媒体))|(?:行政)?机关|各?部门|共|累计|统一|合计|总计)")
_AREA_SUBJECT = re.compile(r"(?:" + _HEADING_RUN_IN + r"|^|[，,；;:：])\s*(?:(?:\d{4}年度?|全年|本年度?|今年)[，,]?)?(?:"
                           + _WHOLE_AREA.pattern + "|" + _OUR_AREA.pattern + "|" + _AREA_LEVELS + ")")
# the agency naming itself (我局, 本单位, 我镇…)
_SELF = r"(?:我|本)(?:局|委|办|厅|单位|机关|部门|中心|镇|乡|街道)"
# (not a tier after 其中: 全市各级行政机关…152万条,其中,市本级…62.8万条,区县…89.2万条 parts the whole area's count by
# level, 132d11's city; a guard of P12's sub-units)
_OWN_SUBJECT = re.compile(rf"[，,；;:：]\s*(?:{_SELF}|(?<!其中[，,:：])(?!其中)[^，,；;]{{0,10}}?本级)")
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
