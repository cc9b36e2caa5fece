"""The ogi2008 form read from the tab-led one-cell-per-line rendering (FORMS.md §1, §3, §4).

All agency names and numbers are invented for these tests.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parser import parse_report
from orchestration.parser.records import BLANK, NOT_APPLICABLE, REPORTED, UNREADABLE

# Line numbers are 1-based and written next to the rows they are asserted against.
REPORT = (
    "某县水利局2016年度政府信息公开工作年度报告\n"  # 1
    "\n"  # 2
    "本报告由某县水利局编制。\n"  # 3
    "\n"  # 4
    "政府信息公开情况统计表\n"  # 5
    "\n"  # 6
    "\t统　计　指　标\n"  # 7
    "\t单位\n"  # 8
    "\t统计数\n"  # 9
    "\n"  # 10
    "\t一、主动公开情况\n"  # 11  section heading: no cell, no issue
    "\t——\n"  # 12
    "\t\n"  # 13
    "\n"  # 14
    "\t（一）主动公开政府信息数\n"  # 15
    "（不同渠道和方式公开相同信息计1条）\n"  # 16  label continued without a tab
    "\t条\n"  # 17
    "\t４１７\n"  # 18  full-width digits
    "\n"  # 19
    "\t（二）通过不同渠道和方式公开政府信息的情况\n"  # 20  a catalog row printed blank
    "\t——\n"  # 21
    "\t\n"  # 22
    "\n"  # 23
    "\t1.政府公报公开政府信息数\n"  # 24
    "\t条\n"  # 25
    "\t——\n"  # 26  not applicable
    "\n"  # 27
    "\t2.政府网站公开政府信息数\n"  # 28
    "\t条\n"  # 29
    "\t1,208\n"  # 30  thousands separator
    "\n"  # 31
    "\t三、依申请公开情况\n"  # 32  section heading
    "\t——\n"  # 33
    "\t\n"  # 34
    "\n"  # 35
    "\t（一）收到申请数\n"  # 36
    "\t件\n"  # 37
    "\t9\n"  # 38
    "\n"  # 39
    "\t1.当面申请数\n"  # 40
    "\t件\n"  # 41
    "\t\n"  # 42  blank: never 0
    "\n"  # 43
    "\t5.其他形式\n"  # 44  provincial variant row
    "\t件\n"  # 45
    "\t4\n"  # 46
    "\n"  # 47
    "\t四、行政复议数量\n"  # 48
    "\t件\n"  # 49
    "\t6\n"  # 50
    "\n"  # 51
    "\t（一）维持具体行政行为数\n"  # 52
    "\t件\n"  # 53
    "\t3\n"  # 54
    "\n"  # 55
    "\t（二）被依法纠错数\n"  # 56
    "\t件\n"  # 57
    "\t2\n"  # 58
    "\n"  # 59
    "\t（三）其他情形数\n"  # 60
    "\t件\n"  # 61
    "\t1\n"  # 62
    "\n"  # 63
    "\t五、行政诉讼数量\n"  # 64
    "\t件\n"  # 65
    "\t5\n"  # 66
    "\n"  # 67
    "\t（一）维持具体行政行为或者驳回原告诉讼请求数\n"  # 68
    "\t件\n"  # 69
    "\t0\n"  # 70
    "\n"  # 71
    "\t（二）被依法纠错数\n"  # 72
    "\t件\n"  # 73
    "\t4\n"  # 74
    "\n"  # 75
    "\t（三）其他情形数\n"  # 76
    "\t件\n"  # 77
    "\t\n"  # 78  blank
    "\n"  # 79
    "\t六、举报投诉数量\n"  # 80
    "\t件\n"  # 81
    "\t11\n"  # 82
    "\n"  # 83
    "\t（一）维持具体行政行为数\n"  # 84  same label as line 52, now under 六
    "\t件\n"  # 85
    "\t7\n"  # 86
    "\n"  # 87
    "\t（三）其他情形数\n"  # 88  same label as lines 60 and 76, now under 六
    "\t件\n"  # 89
    "\t——\n"  # 90
    "\n"  # 91
    "\t十、网上回应满意度测评次数\n"  # 92  unknown label with a value
    "\t次\n"  # 93
    "\t13\n"  # 94
    "\n"  # 95
    "\t七、依申请公开信息收取的费用\n"  # 96
    "\t万元\n"  # 97
    "\t0.35\n"  # 98  decimal amount
    "\n"  # 99
    "\t八、机构建设和保障经费情况\n"  # 100 section heading
    "\t——\n"  # 101
    "\t\n"  # 102
    "\n"  # 103
    "\t（三）从事政府信息公开工作人员数\n"  # 104
    "\t人\n"  # 105
    "\t见附件\n"  # 106 unreadable
    "\n"  # 107
    "\t（四）政府信息公开专项经费（不包括用于政府公报编辑管理及\n"  # 108
    "\n"  # 109
    "政府网站建设维护等方面的经费）\n"  # 110 continuation after a blank line
    "\t万元\n"  # 111
    "\t26.4\n"  # 112
    "\n"  # 113
    "                              某县水利局\n"  # 114
    "                              2017年2月14日\n"  # 115
)

# code, value, value_status, raw_text, line_start, line_end
EXPECTED = [
    ("old.proactive.total", Decimal(417), REPORTED, "４１７", 15, 18),
    ("old.proactive.channels", None, BLANK, "", 20, 22),
    ("old.proactive.channels.gazette", None, NOT_APPLICABLE, "——", 24, 26),
    ("old.proactive.channels.website", Decimal(1208), REPORTED, "1,208", 28, 30),
    ("old.applications.received", Decimal(9), REPORTED, "9", 36, 38),
    ("old.applications.received.in_person", None, BLANK, "", 40, 42),
    ("old.applications.received.other", Decimal(4), REPORTED, "4", 44, 46),
    ("old.review", Decimal(6), REPORTED, "6", 48, 50),
    ("old.review.upheld", Decimal(3), REPORTED, "3", 52, 54),
    ("old.review.corrected", Decimal(2), REPORTED, "2", 56, 58),
    ("old.review.other", Decimal(1), REPORTED, "1", 60, 62),
    ("old.litigation", Decimal(5), REPORTED, "5", 64, 66),
    ("old.litigation.upheld", Decimal(0), REPORTED, "0", 68, 70),
    ("old.litigation.corrected", Decimal(4), REPORTED, "4", 72, 74),
    ("old.litigation.other", None, BLANK, "", 76, 78),
    ("old.complaints", Decimal(11), REPORTED, "11", 80, 82),
    ("old.complaints.upheld", Decimal(7), REPORTED, "7", 84, 86),
    ("old.complaints.other", None, NOT_APPLICABLE, "——", 88, 90),
    ("old.fees", Decimal("0.35"), REPORTED, "0.35", 96, 98),
    ("old.org.staff", None, UNREADABLE, "见附件", 104, 106),
    ("old.org.budget", Decimal("26.4"), REPORTED, "26.4", 108, 112),
]


@pytest.fixture(scope="module")
def parsed():
    return parse_report(REPORT)


def table_cells(report):
    return [c for c in report.cells if c.extraction_method == "table"]


def by_code(report):
    cells = table_cells(report)
    out = {c.code: c for c in cells}
    assert len(out) == len(cells), "a code was emitted twice"
    return out


def test_line_numbers_in_the_fixture_are_right():
    lines = REPORT.split("\n")
    assert lines[15 - 1] == "\t（一）主动公开政府信息数"
    assert lines[56 - 1] == lines[72 - 1] == "\t（二）被依法纠错数"
    assert lines[92 - 1] == "\t十、网上回应满意度测评次数"
    assert lines[112 - 1] == "\t26.4"


def test_form_is_ogi2008(parsed):
    assert parsed.metadata.form == "ogi2008"


def test_exact_cells_in_order(parsed):
    got = [(c.code, c.value, c.value_status, c.raw_text, c.line_start, c.line_end) for c in table_cells(parsed)]
    assert got == EXPECTED


def test_cells_are_table_cells_without_applicant_type(parsed):
    for c in table_cells(parsed):
        assert c.applicant_type is None
        assert c.code.startswith("old.")


def test_values_are_exact_decimals(parsed):
    cells = by_code(parsed)
    assert cells["old.fees"].value == Decimal("0.35")
    assert str(cells["old.fees"].value) == "0.35"
    assert isinstance(cells["old.proactive.total"].value, Decimal)


def test_blank_stays_blank_never_zero(parsed):
    cells = by_code(parsed)
    for code in ("old.applications.received.in_person", "old.litigation.other", "old.proactive.channels"):
        assert cells[code].value_status == BLANK
        assert cells[code].value is None


def test_shared_labels_resolved_by_the_section_above(parsed):
    cells = by_code(parsed)
    # 被依法纠错数 under 四 (line 56) and under 五 (line 72)
    assert cells["old.review.corrected"].line_start == 56
    assert cells["old.review.corrected"].value == Decimal(2)
    assert cells["old.litigation.corrected"].line_start == 72
    assert cells["old.litigation.corrected"].value == Decimal(4)
    # 其他情形数 under 四, 五 and 六
    assert cells["old.review.other"].line_start == 60
    assert cells["old.litigation.other"].line_start == 76
    assert cells["old.complaints.other"].line_start == 88
    # 维持具体行政行为数 under 四 and 六
    assert cells["old.review.upheld"].line_start == 52
    assert cells["old.complaints.upheld"].line_start == 84


def test_provincial_other_form_row(parsed):
    cell = by_code(parsed)["old.applications.received.other"]
    assert (cell.value, cell.line_start) == (Decimal(4), 44)


def test_label_continued_on_untabbed_lines(parsed):
    cells = by_code(parsed)
    assert (cells["old.proactive.total"].line_start, cells["old.proactive.total"].line_end) == (15, 18)
    # continued after a blank line, with the bracket closed only on the next line
    assert (cells["old.org.budget"].line_start, cells["old.org.budget"].line_end) == (108, 112)


def test_unknown_label_with_a_value_is_an_issue(parsed):
    unknown = [i for i in parsed.issues if i.kind == "unknown_label"]
    assert len(unknown) == 1
    assert unknown[0].line == 92
    assert "网上回应满意度测评次数" in unknown[0].label
    # and its value lands nowhere
    assert all(c.raw_text != "13" for c in parsed.cells)
    assert all(not (c.line_start <= 94 <= c.line_end) for c in table_cells(parsed))


def test_no_other_issues(parsed):
    assert [i.kind for i in parsed.issues] == ["unknown_label"]


def test_section_headings_give_no_cell(parsed):
    heading_lines = {11, 32, 100}
    assert not [c for c in table_cells(parsed) if c.line_start in heading_lines]
    assert not [i for i in parsed.issues if i.line in heading_lines]


def test_rows_absent_from_the_text_get_no_cell(parsed):
    codes = set(by_code(parsed))
    for absent in ("old.applications.received.fax", "old.applications.closed", "old.org.staff.full_time",
                   "old.archives", "old.proactive.normative_docs"):
        assert absent not in codes


def test_every_value_comes_from_its_own_row(parsed):
    lines = REPORT.split("\n")
    for c in table_cells(parsed):
        assert lines[c.line_end - 1] == "\t" + c.raw_text, c.code


# --- small tables --------------------------------------------------------------------

HEAD = "某县林业局2015年度政府信息公开工作年度报告\n\n\t统计指标\n\t单位\n\t统计数\n\n"  # rows start at line 7


def parse_rows(*rows: tuple[str, ...]):
    body = "\n".join("\n".join("\t" + c for c in row) + "\n" for row in rows)
    return parse_report(HEAD + body)


def test_heading_with_blank_value_is_silent():
    report = parse_rows(("九、政府信息公开会议和培训情况", "——", ""), ("（二）举办各类培训班数", "次", "2"))
    assert [(c.code, c.value, c.line_start) for c in table_cells(report)] == [
        ("old.training.classes", Decimal(2), 11)]
    assert report.issues == []


def test_ambiguous_label_without_context_is_reported_not_guessed():
    report = parse_rows(("（二）被依法纠错数", "件", "2"))
    assert table_cells(report) == []
    assert [(i.kind, i.line) for i in report.issues] == [("ambiguous_row", 7)]
    assert report.metadata.form == "narrative"


def test_duplicate_row_keeps_the_first_and_flags_the_second():
    report = parse_rows(("（一）收到申请数", "件", "8"), ("（一）收到申请数", "件", "10"))
    assert [(c.code, c.value, c.line_start) for c in table_cells(report)] == [
        ("old.applications.received", Decimal(8), 7)]
    assert [(i.kind, i.line) for i in report.issues] == [("duplicate_cell", 11)]


def test_row_with_too_many_cells_is_ambiguous():
    report = parse_rows(("（一）收到申请数", "件", "8", "3"))
    assert table_cells(report) == []
    assert [(i.kind, i.line) for i in report.issues] == [("ambiguous_row", 7)]


def test_row_without_unit_column():
    report = parse_rows(("（一）收到申请数", "15"))
    assert [(c.code, c.value, c.value_status) for c in table_cells(report)] == [
        ("old.applications.received", Decimal(15), REPORTED)]


def test_label_only_row_does_not_borrow_the_next_rows_value():
    report = parse_rows(("（一）收到申请数",), ("1.当面申请数", "件", "6"))
    cells = by_code(report)
    assert cells["old.applications.received"].value_status == BLANK
    assert cells["old.applications.received"].value is None
    assert cells["old.applications.received.in_person"].value == Decimal(6)
    assert cells["old.applications.received.in_person"].line_start == 9


def test_unit_is_never_read_as_the_value():
    report = parse_rows(("（一）收到申请数", "件"), ("1.当面申请数", "件", "6"))
    assert all(c.raw_text != "件" for c in table_cells(report))
    assert by_code(report)["old.applications.received.in_person"].value == Decimal(6)


def test_channel_row_does_not_steal_the_other_form_application_cell():
    report = parse_rows(
        ("5.其他形式公开政府信息数", "条", "9"),
        ("（一）收到申请数", "件", "7"),
        ("5.其他形式", "件", "1"),
    )
    cells = by_code(report)
    assert cells["old.applications.received.other"].value == Decimal(1)
    assert cells["old.applications.received.other"].line_start == 15


def test_table_whose_header_was_lost_is_read_from_its_first_known_row():
    text = "某县林业局2015年度政府信息公开工作年度报告\n\n\t（一）收到申请数\n\t件\n\t7\n"
    report = parse_report(text)
    assert [(c.code, c.value, c.line_start) for c in table_cells(report)] == [
        ("old.applications.received", Decimal(7), 3)]
    assert report.metadata.form == "ogi2008"


def test_prose_mentioning_a_row_label_is_not_a_table():
    text = "某县林业局2015年度政府信息公开工作年度报告\n\n本年度收到申请数为7件，均已答复。\n"
    report = parse_report(text)
    assert table_cells(report) == []
    assert report.metadata.form == "narrative"


def test_the_unit_wan_yuan_broken_in_its_narrow_column_is_still_wan_yuan():
    # PDF text of a narrow unit column: 万 on a line, 元 and the amount on the next; 5 元 would be 0.0005 万元
    text = ("某县统计局2013年政府信息公开情况统计表\n统计指标 单位 统计数\n"
            "1.专职人员数（不包括政府公报及政府网站工作人员数） 人 2\n2.兼职人员数 人 3\n"
            "（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面\n的经费）\n万\n元 5\n")
    cells = by_code(parse_report(text))
    assert cells["old.org.budget"].value == Decimal("5")
    assert cells["old.org.staff.part_time"].value == Decimal("3")
