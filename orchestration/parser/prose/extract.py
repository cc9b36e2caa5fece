"""extract_prose_figures: a report's sentences read in order, each metric's first qualifying figure giving
its prose cell, with the rules that look beyond one sentence (the heading before it, a whole area's requests
earlier in its paragraph, a proactive count that gives way to a total stated later).
"""

from __future__ import annotations

import re
from functools import partial

from orchestration.parser.numbers import half_width
from orchestration.parser.prose.appeals import _cases
from orchestration.parser.prose.channels import (_CHANNEL, _EXCLUDED, _SITE_NAMED, _paragraph_channels,
                                                 _points_beside_a_channel, _report_channel_kinds)
from orchestration.parser.prose.headings import _ARABIC_NUMBERING, _heading_denials
from orchestration.parser.prose.proactive import _CHANNEL_PARTS_IN_BRACKETS, _LATER_TOTAL, _LIFT_WORDS, _as_parts, _proactive
from orchestration.parser.prose.requests import _OUTCOMES, _RECEIVED, _all_granted, _applications, _outcome
from orchestration.parser.prose.scope import _SELF, _area_subject, _compiled_from_units
from orchestration.parser.prose.sentences import _SPACE_IN_WORDS, Sentence, _line_finder, _pieces, _prose_cell, _table_row
from orchestration.parser.prose.staff_and_fees import _fees, _staff
from orchestration.parser.records import Cell
from orchestration.parser.script import HAN


# a report's outline of its sections (报告包括总体情况、…收到和处理政府信息公开申请情况3个部分; 全文包括…): no figure
_OUTLINE = re.compile(r"^(?:本年度报告|本报告|报告|全文)(?:内容)?(?:主要)?(?:包括|分为|共分为|包含)")
# The outcomes a paragraph gives after a whole area's requests (2023年，全市各级政府及部门共收到…申请609件。
# 办理结果为：予以公开380件…; 全市共受理…申请452件…。予以公开及部分公开245件…不予公开39件) are the area's too,
# until a sentence opens with the agency again (rounds 21 and 32: two cities' pages, and a province's 2013 report
# read so in round 22)
_OWN_OPENING = re.compile(rf"(?:\d{{4}}年度?[，,]?)?(?:{_SELF}|本级)")
# requests handled, counted (办理…依申请公开件N宗): a whole area's, they open its paragraph of outcomes as received ones do
_AREA_HANDLED = re.compile(r"办理[^，。；,;]{0,20}?申请[^，。；,;]{0,8}?\d+\s*(?:件|宗|条)")


# the next sentence opening on a part of the requests (其中1件为部分公开, 其中，4件予以公开，1件告知信息不存在): all granted is not read
_PART_NEXT = re.compile(r"[\s。.]*其中")


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
    "litigation_cases": ("诉讼", "起诉"), "fees_10k_yuan": ("费",), "staff": ("职", "人员", "负责"),
    "applications_carried_over": ("结转", "转结"),
    # (其中 before a bare 公开, _OF_WHICH_GRANTED's wording: the text is width-normalised, so its comma, colon and semicolon are ASCII)
    "applications_granted": (r"予以(?:全部)?(?:邮寄)?公开", "同意公开", r"其中\s*[,:;]?\s*公开"),
    "applications_partially_granted": ("部分", "部份"),  # (every wording of _PARTIALLY_GRANTED_WORDS holds one)
    "applications_denied": ("不予公开", "不同意公开"),
}


_METRIC_KEYWORD = {metric: re.compile("|".join(words)) for metric, words in _KEYWORDS.items()}
# each finder with its keywords' search, in _FINDERS' order (looked up once, not for every sentence)
_FINDERS_NAMED = [(metric, finder, _METRIC_KEYWORD[metric].search) for metric, finder in _FINDERS.items()]
# any word or short pattern a finder or the heading rule needs (the finders' keywords, and a denial's)
_ANY_KEYWORD = re.compile("|".join(sorted({w for words in _KEYWORDS.values() for w in words}
                                          | {"无", "没有", "未发生", "未出现"}, key=len, reverse=True)))


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
    all_granted: Cell | None = None  # (granted told as every request received: see below)
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
            # every request received told as granted (…申请4件,均予以公开) stands only where no later sentence counts an answer
            # (…。具体情况：予以公开4件，不予公开1件) and the next does not part the requests (…。其中1件为部分公开): the reviews of
            # bf6f9c7 and of the session's change
            if value is None and metric == "applications_granted":
                if all_granted is None and not _PART_NEXT.match(normalized, end + 1 if end != begin else begin + len(printed)) \
                        and (told := _all_granted(s, report_year)) is not None:
                    all_granted = _prose_cell(metric, told, s.text, s)  # (_pieces gives a one-line sentence's start twice)
                continue
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
    if all_granted is not None and "applications_granted" not in cells and not any(
            cells[other].value for other in ("applications_partially_granted", "applications_denied") if other in cells):
        cells["applications_granted"] = all_granted
    return list(cells.values())
