"""The 2019 and 2021 national forms (表二, 表三, 表四) in every rendering (FORMS.md §1, §4).

Agencies and numbers are invented. Line numbers are 1-based.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from orchestration.parser import parse_report
from orchestration.parser.records import BLANK, NOT_APPLICABLE, REPORTED

APPLICANTS = ("natural_person", "commercial", "research", "public_interest", "legal_services", "other_org", "total")


def cells(report, prefix=""):
    return {(c.code, c.applicant_type): c for c in report.cells
            if c.extraction_method == "table" and c.code.startswith(prefix)}


DEVSET = Path(__file__).resolve().parents[1] / "fixtures" / "devset"


def row_values(report, code):
    found = cells(report)
    return [found[(code, a)].value if (code, a) in found else "missing" for a in APPLICANTS]


MARKDOWN_2021 = """某市某区司法局2022年政府信息公开工作年度报告
二、主动公开政府信息情况
| 第二十条第（一）项 | | | |
| --- | --- | --- | --- |
| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |
| 规章 | 0 | 0 | 0 |
| 行政规范性文件 | 4 | 1 | 19 |
| 第二十条第（八）项 | | | |
| 信息内容 | 本年收费金额（单位：万元） | | |
| 行政事业性收费 | 3.25 | | |
| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | | 申请人情况 | | | | | | |
| | | 自然人 | 法人或其他组织 | | | | | 总计 |
| | | | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | |
| 一、本年新收政府信息公开申请数量 | | 7 | 2 | 0 | 0 | 1 | 0 | 10 |
| 二、上年结转政府信息公开申请数量 | | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| 三、本年度办理结果 | （一）予以公开 | 4 | 1 | 0 | 0 | | 0 | 5 |
| | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | （六）其他处理 | 1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1 |
| | | 3.其他 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |
| | （七）总计 | 5 | 1 | 0 | 0 | 1 | 0 | 7 |
| 四、结转下年度继续办理 | | 3 | 1 | 0 | 0 | 0 | 0 | 4 |
| 行政复议 | | | | | 行政诉讼 | | | | | | | | | |
| 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | | | | | 复议后起诉 | | | | |
| | | | | | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 |
| 2 | 1 | 0 | 0 | 3 | 0 | 0 | 0 | 1 | 1 | 0 | 0 | 0 | 0 | 0 |
某市某区司法局
2023年1月18日
"""


def test_markdown_2021_every_table():
    report = parse_report(MARKDOWN_2021)
    assert report.metadata.form == "ogi2021"
    found = cells(report)
    assert found[("2021.t2.normative_docs.in_force", None)].value == Decimal(19)
    assert found[("2021.t2.fees.amount", None)].value == Decimal("3.25")
    assert row_values(report, "2021.t3.new_received") == [7, 2, 0, 0, 1, 0, 10]
    assert row_values(report, "2021.t3.other.no_correction") == [1, 0, 0, 0, 0, 0, 1]
    assert row_values(report, "2021.t3.other.other") == [0] * 7
    assert row_values(report, "2021.t3.total") == [5, 1, 0, 0, 1, 0, 7]
    granted = found[("2021.t3.granted", "legal_services")]
    assert (granted.value_status, granted.value, granted.line_start) == (BLANK, None, 16)
    t4 = [found[(f"2021.t4.{g}.{c}", None)].value for g in ("review", "litigation_direct")
          for c in ("upheld", "corrected", "other", "pending", "total")]
    assert t4 == [2, 1, 0, 0, 3, 0, 0, 0, 1, 1]
    # parents without a printed row get no cell; headers give no issue
    assert not [k for k in found if k[0] in ("2021.t3.denied", "2021.t3.other")]
    assert report.issues == []


PDF_2019 = """某县交通运输局2019年政府信息公开工作年度报告
第二十条第（一）项
信息内容 本年新 制作数量 本年新 公开数量 对外公开总数量
规章 0 0 0
规范性文件 2 2 14
第二十条第（五）项
信息内容 上一年项目数量 本年增/减 处理决定数量
行政许可 12 -2 340
其他对外管理服务事项 3 0
- 9 -
一、本年新收政府信息公开申请数量 4 1 0 0 0 0 5
二、上年结转政府信息公开申请数量 0 0 0 0 0 0 0
三、本年度办理结果 （一）予以公开 3 1 0 0 0 0 4
（二）部分公开（区分处理的，只计这一情形，不计其他情 0 0 0 0 0 0 0
形）
无
法
1.本机关不掌握相关政府信 1 0 0 0 0 0 1
息
（六）其他处理 0 0 0 0 0 0 0
（七）总计 4 1 0 0 0 0 5
四、结转下年度继续办理 0 0 0 0 0 0
行政复议 行政诉讼
结 结 其 尚 总 未经复议直接起诉 复议后起诉
0 0 0 0 0 0 0 0 0
0 0 0 0 0 0
"""


def test_pdf_text_2019_aligns_rows_and_reports_rows_that_lost_blanks():
    report = parse_report(PDF_2019)
    assert report.metadata.form == "ogi2019"
    found = cells(report)
    assert [found[(f"2019.t2.license.{c}", None)].value for c in ("prev_year_items", "change", "decisions")] == [
        12, -2, 340]
    assert row_values(report, "2019.t3.partial") == [0] * 7
    assert found[("2019.t3.partial", "total")].line_start == 14
    assert row_values(report, "2019.t3.unable.not_held") == [1, 0, 0, 0, 0, 0, 1]
    assert row_values(report, "2019.t3.other") == [0] * 7
    # 表四's fifteen numbers wrapped over two lines
    assert found[("2019.t4.litigation_after_review.total", None)].value == 0
    ambiguous = {(i.line, i.label) for i in report.issues if i.kind == "ambiguous_row"}
    assert ambiguous == {(9, "其他对外管理服务事项"), (22, "四、结转下年度继续办理")}
    assert not [k for k in found if k[0].startswith(("2019.t2.other_services", "2019.t3.carried_forward"))]
    assert {i.kind for i in report.issues} == {"ambiguous_row"}


HTML_2021 = """<html><head><meta charset="utf-8"><title>某镇人民政府2021年政府信息公开工作年度报告</title></head>
<body>
<h1>某镇人民政府2021年政府信息公开工作年度报告</h1>
<p>本年度共收到政府信息公开申请<span>3</span>件。</p>
<table border="1">
<tr><td colspan="3" rowspan="2">（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）</td>
<td colspan="7">申请人情况</td></tr>
<tr><td rowspan="2">自然人</td><td colspan="5">法人或其他组织</td><td rowspan="2">总计</td></tr>
<tr><td>商业企业</td><td>科研机构</td><td>社会公益组织</td><td>法律服务机构</td><td>其他</td></tr>
<tr><td colspan="3">一、本年新收政府信息公开申请数量</td>
<td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
<tr><td rowspan="3">三、本年度办理结果</td><td rowspan="2">（五）不予处理</td><td>1.信访举报投诉类申请</td>
<td><p><span>1</span></p></td><td>&nbsp;</td><td>—</td><td>0</td><td>0</td><td>0</td><td>1</td></tr>
<tr><td>2.重复申请</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr>
<tr><td colspan="2">（七）总计</td><td>3</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>
</table>
<table><tr><td>行政复议</td><td colspan="10">行政诉讼</td></tr>
<tr><td>结果维持</td><td>结果纠正</td><td>其他结果</td><td>尚未审结</td><td>总计</td>
<td colspan="5">未经复议直接起诉</td><td colspan="5">复议后起诉</td></tr>
<tr><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td>
<td>0</td><td>0</td><td>0</td><td>0</td><td>0</td></tr></table>
<p>2022年1月10日</p>
</body></html>
"""


def test_html_tables_with_merged_cells_and_source_lines():
    report = parse_report(HTML_2021)
    assert report.metadata.form == "ogi2021"
    assert report.metadata.report_year == 2021
    assert str(report.metadata.published_on) == "2022-01-10"
    assert row_values(report, "2021.t3.new_received") == [3, 0, 0, 0, 0, 0, 3]
    petition = cells(report)
    assert [petition[("2021.t3.not_processed.petition", a)].value_status for a in APPLICANTS[:3]] == [
        REPORTED, BLANK, NOT_APPLICABLE]
    assert petition[("2021.t3.not_processed.petition", "natural_person")].line_start == 12
    assert row_values(report, "2021.t3.not_processed.repeat") == [0] * 7
    assert row_values(report, "2021.t3.total") == [3, 0, 0, 0, 0, 0, 3]
    assert petition[("2021.t4.review.total", None)].line_start == 20
    prose = [c for c in report.cells if c.code == "prose.applications_received"]
    assert [(c.value, c.line_start) for c in prose] == [(3, 4)]


PIPE_CELLS_2019 = """某市生态环境局2020年政府信息公开工作年度报告

信息内容 |
本年新制作数量 |
本年新公开数量 |
对外公开总数量 |

规章 |
0 |
0 |
 |

规范性文件 |
3 |
3 |
41 |

|
（二）部分公开（区分处理的，只计这一情形，
不计其他情形） |
2 |
0 |
0 |
0 |
0 |
0 |
2 |

一、本年新收政府信息公开申请数量 |
9 |
1 |
0 |
0 |
0 |
0 |
10 |
"""


def test_pipe_cells_with_merged_cells_and_wrapped_labels():
    report = parse_report(PIPE_CELLS_2019)
    assert report.metadata.form == "ogi2019"
    found = cells(report)
    assert found[("2019.t2.rules.total_published", None)].value_status == BLANK
    assert found[("2019.t2.normative_docs.total_published", None)].value == 41
    assert row_values(report, "2019.t3.partial") == [2, 0, 0, 0, 0, 0, 2]
    assert found[("2019.t3.partial", "total")].line_start == 19
    assert row_values(report, "2019.t3.new_received") == [9, 1, 0, 0, 0, 0, 10]


def test_traditional_characters_map_to_the_same_cells():
    traditional = MARKDOWN_2021.translate(str.maketrans({"请": "請", "数": "數", "开": "開", "计": "計", "结": "結",
                                                         "转": "轉", "处": "處", "维": "維", "诉": "訴", "讼": "訟",
                                                         "议": "議", "复": "複", "规": "規", "范": "範", "费": "費",
                                                         "总": "總", "录": "錄", "区": "區", "门": "門"}))
    assert traditional != MARKDOWN_2021
    report = parse_report(traditional)
    assert report.metadata.form == "ogi2021"
    assert "traditional" in report.metadata.rendering
    assert row_values(report, "2021.t3.new_received") == [7, 2, 0, 0, 1, 0, 10]
    assert cells(report)[("2021.t4.review.total", None)].value == 3


def test_2019_columns_in_a_2021_report_keep_what_was_printed_and_raise_an_issue():
    hybrid = MARKDOWN_2021.replace("| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |",
                                   "| 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |").replace(
                                       "行政规范性文件", "规范性文件")
    report = parse_report(hybrid)
    assert report.metadata.form == "ogi2021"
    found = cells(report)
    assert found[("2019.t2.normative_docs.total_published", None)].value == 19
    assert ("2021.t2.normative_docs.in_force", None) not in found
    assert row_values(report, "2021.t3.new_received") == [7, 2, 0, 0, 1, 0, 10]
    assert [i.kind for i in report.issues] == ["hybrid_form"]


def test_the_other_forms_label_under_this_forms_columns_is_this_forms_row():
    # round 16: 2021's columns (本年制发件数…) over a row labelled 规范性文件, the 2019 form's word for
    # 行政规范性文件: the values are the 2021 row's, never 2019's new_made/new_published/total_published
    shortened = MARKDOWN_2021.replace("行政规范性文件", "规范性文件")
    assert shortened != MARKDOWN_2021
    found = cells(parse_report(shortened), "2021.t2.normative_docs")
    assert {code for code, _ in found} == {"2021.t2.normative_docs.issued", "2021.t2.normative_docs.repealed",
                                          "2021.t2.normative_docs.in_force"}
    printed = cells(parse_report(MARKDOWN_2021), "2021.t2.normative_docs")
    assert {k: c.value for k, c in found.items()} == {k: c.value for k, c in printed.items()}
    assert not cells(parse_report(shortened), "2019.")


_COLUMNS_2019_ITEMS = ("上一年项目数量", "本年增/减", "处理决定数量")


def _one_cell_per_line(title: str, rules: str, *section_five: str) -> str:
    """A 2019 表二 one cell per line, each ending in ' |': (一) with 规章 printing `rules` thrice, then (五)."""
    lines = [title, "主动公开政府信息情况", "第二十条第(一)项", "信息内容", "本年新 制作数量", "本年新 公开数量",
             "对外公开总数量", "规章", rules, rules, rules, "规范性文件", "1", "1", "1",
             "第二十条第(五)项", "信息内容", *_COLUMNS_2019_ITEMS, *section_five]
    return "\n".join(line + " |" for line in lines) + "\n"


def test_a_header_run_into_its_first_row_still_says_whose_columns_follow():
    # round 17: one cell per line, each section's header run into its first row by the reader, and a
    # word in a count cell (未增未减): the 2019 columns printed above the row decide, never 2021's one-column
    # 处理决定数量; since the thirty-seventh session the word is the row's unreadable change cell, its other cells read
    report = parse_report(_one_cell_per_line(
        "某县某局2020年度政府信息公开工作年度报告", "6", "行政许可", "0", "未增未减", "0",
        "第二十条第(六)项", "信息内容", *_COLUMNS_2019_ITEMS, "行政处罚", "0", "未增未减", "0"))
    found = cells(report)
    assert not any(code.startswith("2021.") for code, _ in found)
    assert found[("2019.t2.rules.total_published", None)].value == 6
    for row in ("license", "penalty"):
        assert found[(f"2019.t2.{row}.prev_year_items", None)].value == 0
        assert found[(f"2019.t2.{row}.change", None)].value_status == "unreadable"
        assert found[(f"2019.t2.{row}.decisions", None)].value == 0


def test_a_form_row_broken_into_sub_rows_is_not_read_from_its_first():
    # round 17: 其他对外管理服务事项 printed with its own sub-rows (行政检查, 行政确认), the first on its line
    found = cells(parse_report(_one_cell_per_line(
        "某某街道2019年政府信息公开工作年度报告", "0", "行政许可", "0", "0", "3",
        "其他对外管理服务事项", "行政检查", "0", "0", "5", "", "行政确认", "0", "0", "2")))
    assert found[("2019.t2.license.decisions", None)].value == 3
    assert not any(code.startswith("2019.t2.other_services") for code, _ in found)


def test_year_decides_only_when_nothing_printed_does():
    t3_only = "\n".join(line for line in MARKDOWN_2021.splitlines()
                        if "其他处理" not in line and "3.其他" not in line and "第二十条" not in line
                        and "信息内容" not in line and "规章" not in line and "规范性" not in line
                        and "收费" not in line)
    assert row_values(parse_report(t3_only), "2021.t3.new_received")[0] == 7
    as_2020 = t3_only.replace("2022年政府信息", "2020年政府信息")
    assert row_values(parse_report(as_2020), "2019.t3.new_received")[0] == 7


def test_truncated_report_keeps_the_cells_it_printed():
    cut = MARKDOWN_2021[: MARKDOWN_2021.index("| | （三）不予公开")]
    report = parse_report(cut)
    assert row_values(report, "2021.t3.granted")[0] == 4
    assert not [k for k in cells(report) if k[0].startswith(("2021.t3.denied", "2021.t3.total", "2021.t4"))]


# A 2021 表二 one cell per line ending ' |', the page cut after its first row (T11: round 39's
# township, realdev r288 and r306)
T2_CUT_AFTER_FIRST_ROW = ("某乡人民政府2025年政府信息公开工作年度报告\n二、主动公开政府信息情况\n|\n第二十条第(一)项 |\n|||\n|\n"
                          "信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n|\n规章 |\n0 |\n2 |\n5 |\n|\n")


def test_a_table_cut_after_its_first_row_keeps_that_row():
    report = parse_report(T2_CUT_AFTER_FIRST_ROW)
    found = {k[0]: c.value for k, c in cells(report).items()}
    assert found == {"2021.t2.rules.issued": 0, "2021.t2.rules.repealed": 2, "2021.t2.rules.in_force": 5}
    # without its headers the one row is a stray line, not a table
    headless = T2_CUT_AFTER_FIRST_ROW.replace("信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n", "")
    assert cells(parse_report(headless)) == {}


def test_a_table_cut_after_its_first_row_between_bare_bars_keeps_that_row():
    # one cell per line with a lone '|' between cells, so the header and the first row make one row
    # (T11: round 90's district bureau and round 127's county bureau, each cut after the next row's label)
    text = ("某县林业局2023年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项\n|\n|||\n信息内容\n|\n"
            "本年制发件数\n|\n本年废止件数\n|\n现行有效件数\n|\n规章\n|\n1\n|\n0\n|\n3\n|\n行政规范性文件\n")
    found = {k[0]: c.value for k, c in cells(parse_report(text)).items()}
    assert found == {"2021.t2.rules.issued": 1, "2021.t2.rules.repealed": 0, "2021.t2.rules.in_force": 3}
    # the column words are what make it a table: without them the row is three stray numbers
    headless = text.replace("信息内容\n|\n本年制发件数\n|\n本年废止件数\n|\n现行有效件数\n|\n", "")
    assert cells(parse_report(headless)) == {}


def test_one_row_with_values_among_rows_printed_empty_is_read():
    # T03 in pipe cells: the other rows' cells a line of bars (round 40's county bureau)
    text = ("某县民政局2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n"
            "本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n规章 |\n|||\n规范性文件 |\n|||\n第二十条第(五)项 |\n"
            "|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n行政许可 |\n80 |\n-13 |\n76 |\n"
            "其他对外管理服务事项 |\n|||\n")
    found = {k[0]: c.value for k, c in cells(parse_report(text)).items()}
    assert found == {"2019.t2.license.prev_year_items": 80, "2019.t2.license.change": -13,
                     "2019.t2.license.decisions": 76}
    # in text without a cell grid, one value under a template's first row is a stray value (T08, realdev r18)
    template = ("某乡人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n"
                "本年新制作数量\n本年新公开数量\n对外公开总数量\n规章\n0\n规范性文件\n第二十条第（五）项\n信息内容\n"
                "上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n其他对外管理服务事项\n")
    report = parse_report(template)
    assert cells(report) == {}
    # (no table at all: read as one, its bare rows would each be an ambiguous row)
    assert not [i for i in report.issues if i.kind == "ambiguous_row"]


# The whole report on one line and its 表二 in pipes inside it (M13: realdev r83 and r296, round 40's
# county bureau)
ONE_LINE_REPORT = ("某县交通运输局2021年度政府信息公开工作年度报告 根据《条例》规定，特向社会公布本局2021年度报告。"
                   "全年在政府网站主动公开政府信息9条。 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | "
                   "本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 | 0 | 0 | 0 | 规范性文件 | 1 | 0 | 4 | "
                   "第二十条第(五)项 | 信息内容 | 本年处理决定数量 | 行政许可 | 650 | 第二十条第(六)项 | 信息内容 | "
                   "本年处理决定数量 | 行政处罚 | 100 | 行政强制 | 0 |\n")


def test_a_table_printed_inside_a_line_of_prose_is_read():
    report = parse_report(ONE_LINE_REPORT)
    found = {k[0]: c.value for k, c in cells(report).items()}
    assert found == {"2021.t2.rules.issued": 0, "2021.t2.rules.repealed": 0, "2021.t2.rules.in_force": 0,
                     "2021.t2.normative_docs.issued": 1, "2021.t2.normative_docs.repealed": 0,
                     "2021.t2.normative_docs.in_force": 4, "2021.t2.license.decisions": 650,
                     "2021.t2.penalty.decisions": 100, "2021.t2.coercion.decisions": 0}
    assert report.metadata.rendering == "pipe_inline"
    assert not [i for i in report.issues if i.kind == "hybrid_form"]
    # the prose before the table is still read
    assert [c.value for c in report.cells if c.code == "prose.proactive_disclosed"] == [9]


def test_column_words_misprinted_at_their_ends_still_name_their_form():
    # 本年新 制发数量 | 本年新 废止数量 | 现行有效数量 over a 2021 report's rows (round 40's county bureau):
    # 制发, 废止 and 现行有效 are the 2021 form's columns; 本年新 alone, the 2019 form's, is outvoted
    misprinted = ONE_LINE_REPORT.replace("本年制发件数 | 本年废止件数 | 现行有效件数",
                                         "本年新 制发数量 | 本年新 废止数量 | 现行有效数量")
    report = parse_report(misprinted)
    assert {k[0] for k in cells(report)} == {k[0] for k in cells(parse_report(ONE_LINE_REPORT))}
    assert not [i for i in report.issues if i.kind == "hybrid_form"]


def test_a_stray_total_in_prose_text_is_not_a_table():
    text = "某乡人民政府2021年政府信息公开工作年度报告\n本年度工作总结如下。\n总计 3\n其他 1 2\n"
    report = parse_report(text)
    assert report.metadata.form == "narrative"
    assert [c for c in report.cells if c.extraction_method == "table"] == []


def test_tab_separated_rows_keep_empty_cells_in_place():
    text = ("某县民政局2020年政府信息公开工作年度报告\n"
            "一、本年新收政府信息公开申请数量\t\t4\t1\t\t0\t0\t0\t5\n"
            "二、上年结转政府信息公开申请数量\t\t0\t0\t0\t0\t0\t0\t0\n"
            "三、本年度办理结果\t（一）予以公开\t3\t1\t0\t0\t0\t0\t4\n"
            "\t（七）总计\t3\t1\t0\t0\t0\t0\t4\n")
    report = parse_report(text)
    assert report.metadata.form == "ogi2019"
    assert report.metadata.rendering == "tsv"
    research = cells(report)[("2019.t3.new_received", "research")]
    assert (research.value_status, research.line_start) == (BLANK, 2)
    assert row_values(report, "2019.t3.total") == [3, 1, 0, 0, 0, 0, 4]


# a 2021 page's 表二 as a browser copies it: one row a line, cells parted by tabs, the value cell merged
# over the last three columns copied as one cell, and an empty cell (&nbsp;) as a no-break space
BROWSER_COPY_2021 = ("某县水利局2022年政府信息公开工作年度报告\n"
                     "第二十条第（一）项\n"
                     "信息内容\t本年制发件数\t本年废止件数\t现行有效件数\n"
                     "规章\t0\t0\t0\n"
                     "行政规范性文件\t2\t1\t9\n"
                     "第二十条第（五）项\n"
                     "信息内容\t本年处理决定数量\n"
                     "行政许可\t48\n"
                     "第二十条第（六）项\n"
                     "信息内容\t本年处理决定数量\t\xa0\t\xa0\n"
                     "行政处罚\t13\t\xa0\t\xa0\n"
                     "行政强制\t0\n"
                     "第二十条第（八）项\n"
                     "信息内容\t本年收费金额（单位：万元）\n"
                     "行政事业性收费\t1.5\n")


def test_tab_separated_rows_of_a_label_and_one_merged_value_are_read():
    report = parse_report(BROWSER_COPY_2021)
    assert report.metadata.rendering == "tsv"
    read = {code: str(c.value) for (code, _), c in cells(report).items()}
    assert {code: read.get(code) for code in ("2021.t2.license.decisions", "2021.t2.penalty.decisions",
                                              "2021.t2.coercion.decisions", "2021.t2.fees.amount")} \
        == {"2021.t2.license.decisions": "48", "2021.t2.penalty.decisions": "13",
            "2021.t2.coercion.decisions": "0", "2021.t2.fees.amount": "1.5"}
    assert read["2021.t2.normative_docs.in_force"] == "9"
    assert not report.issues


# a page pasted from Word (<td><p>15</p></td>, empty cells &nbsp;) as a browser copies it: each cell's text
# on a line of its own between blank lines, the tabs between cells on lines of their own, the inline empty
# cells' no-break spaces between tabs, rows further apart than cells
P_CELLS = (
    "某县人力资源和社会保障局2020年政府信息公开工作年度报告\n\n"
    "三、收到和处理政府信息公开申请情况\n\n"
    "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\n\t\n\n申请人情况\n\n\n\n"
    "自然人\n\n\t\n\n法人或其他组织\n\n\t\n\n总计\n\n\n\n"
    "商业企业\n\n\t\n\n科研机构\n\n\t\n\n社会公益组织\n\n\t\n\n法律服务机构\n\n\t\n\n其他\n\n\n\n"
    "一、本年新收政府信息公开申请数量\n\n\t\n\n15\n\n\t\n\n3\n\n\t\xa0\t\xa0\t\n\n3\n\n\t\n\n6\n\n\t\n\n27\n\n\n\n"
    "二、上年结转政府信息公开申请数量\n\n\t\n\n1\n\n\t\xa0\t\xa0\t\xa0\t\xa0\t\xa0\t\n\n1\n\n\n\n"
    # (its empty cells as paragraphs of their own, <p>&nbsp;</p>)
    "三、本年度办理结果\n\n\t\n\n（一）予以公开\n\n\t\n\n9\n\n\t\n\n2\n\n\t\n\n\xa0\n\n\t\n\n\xa0\n\n\t\n\n1\n\n"
    "\t\n\n2\n\n\t\n\n14\n\n\n\n"
    "（二）部分公开\n（区分处理的，只计这一情形，不计其他情形）\n\n\t\n\n1\n\n\t\xa0\t\xa0\t\xa0\t\xa0\t\xa0\t\n\n1\n\n\n\n"
    "（七）总计\n\n\t\n\n10\n\n\t\n\n2\n\n\t\xa0\t\xa0\t\n\n1\n\n\t\n\n2\n\n\t\n\n15\n\n\n\n"
    "四、结转下年度继续办理\n\n\t\n\n6\n\n\t\n\n1\n\n\t\xa0\t\xa0\t\n\n2\n\n\t\n\n4\n\n\t\n\n13\n\n\t\xa0\n\n"
    "四、政府信息公开行政复议、行政诉讼情况\n\n本年度未发生行政复议、行政诉讼。\n")


def test_cells_holding_paragraphs_copied_from_a_browser_keep_their_places():
    report = parse_report(P_CELLS)
    assert report.metadata.rendering == "tsv"
    assert row_values(report, "2019.t3.new_received") == [15, 3, None, None, 3, 6, 27]
    assert row_values(report, "2019.t3.carried_over") == [1, None, None, None, None, None, 1]
    assert row_values(report, "2019.t3.granted") == [9, 2, None, None, 1, 2, 14]
    assert row_values(report, "2019.t3.partial") == [1, None, None, None, None, None, 1]  # its label broken by <br>
    assert row_values(report, "2019.t3.carried_forward") == [6, 1, None, None, 2, 4, 13]
    assert not [i for i in report.issues if i.kind == "ambiguous_row"]


def test_a_label_and_a_value_parted_by_one_tab_outside_a_tab_table_are_no_row():
    # only where three-cell rows show the text is a table's rendering
    text = "某县水利局2022年政府信息公开工作年度报告\n行政许可\t48\n行政处罚\t13\n行政强制\t0\n"
    assert [c for c in parse_report(text).cells if c.extraction_method == "table"] == []

def test_pdf_text_with_each_number_on_a_line_of_its_own():
    numbers = "\n".join(["6", "1", "0", "0", "0", "0", "7"])
    text = ("某市审计局2022年政府信息公开工作年度报告\n"
            f"一、本年新收政府信息公开申请数量\n{numbers}\n"
            f"二、上年结转政府信息公开申请数量\n{numbers}\n"
            f"（七）总计\n{numbers}\n"
            "四、结转下年度继续办理\n0\n0\n0\n")
    report = parse_report(text)
    assert row_values(report, "2021.t3.new_received") == [6, 1, 0, 0, 0, 0, 7]
    assert row_values(report, "2021.t3.total") == [6, 1, 0, 0, 0, 0, 7]
    assert [(i.kind, i.line) for i in report.issues] == [("ambiguous_row", 26)]


# pdftotext -layout's line for a group's label printed down its rows: it lands on a middle row's line, beside
# the end of that row's wrapped label, whose numbers it then carries
GROUP_LABEL_BESIDE_A_ROW = """某县审计局2020年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
一、本年新收政府信息公开申请数量   4  1  0  0  0  0  5
二、上年结转政府信息公开申请数量   0  0  0  0  0  0  0
三、本年度办理结果 （一）予以公开   3  1  0  0  0  0  4
                       1.属于国家秘
            （三）不予公开    密       0  0   0   0   0   0 0
                        2.其他法律行政法规禁止公开 1 0 0 0 0 0 1
（七）总计 4 1 0 0 0 0 5
"""


def test_a_group_label_beside_another_rows_words_takes_no_numbers():
    report = parse_report(GROUP_LABEL_BESIDE_A_ROW)
    assert report.metadata.rendering in ("pdf", "text")
    assert set(row_values(report, "2019.t3.denied")) == {"missing"}  # a sum the 2019 form prints no row for
    assert row_values(report, "2019.t3.denied.law_prohibited") == [1, 0, 0, 0, 0, 0, 1]
    assert [i.line for i in report.issues if "a group's label with words of another" in i.message] == [7]


# PDF text whose converter printed every row's numbers above its label (pdftotext's default order on a
# browser's print of a report): read label first, each row would take the next row's numbers
NUMBERS_ABOVE_LABELS = """某县审计局2022年政府信息公开工作年度报告
二、主动公开政府信息情况
第二十条第（一）项
信息内容
本年制发件数 本年废止件数 现行有效件数
{rules}
规章
{docs}
行政规范性文件
三、收到和处理政府信息公开申请情况
申请人情况
自然人 商业企业 科研机构 社会公益组织 法律服务机构 其他 总计
{received}
一、本年新收政府信息公开申请数量
{carried}
二、上年结转政府信息公开申请数量
四、政府信息公开行政复议、行政诉讼情况
行政复议 行政诉讼
结果维持 结果纠正 其他结果 尚未审结 总计
2 1 0 0 3 1 0 0 0 1 0 0 0 0 0
"""
NUMBERS_BELOW_LABELS = NUMBERS_ABOVE_LABELS.replace("{rules}\n规章\n{docs}\n行政规范性文件", "规章\n{rules}\n行政规范性文件\n{docs}") \
    .replace("{received}\n一、本年新收政府信息公开申请数量\n{carried}\n二、上年结转政府信息公开申请数量",
             "一、本年新收政府信息公开申请数量\n{received}\n二、上年结转政府信息公开申请数量\n{carried}")
FIGURES = dict(rules="1 0 4", docs="6 2 17", received="9 1 0 0 0 0 10", carried="2 0 0 0 0 0 2")


def test_pdf_text_with_numbers_above_their_labels_reads_none_of_those_rows():
    report = parse_report(NUMBERS_ABOVE_LABELS.format(**FIGURES))
    assert report.metadata.rendering == "pdf"
    read = {c.code for c in report.cells if c.value is not None}
    assert not {code for code in read if ".t2." in code or ".t3." in code}
    issues = [i for i in report.issues if i.label == "numbers before their row labels"]
    assert [i.line for i in issues] == [6, 13]
    assert cells(report)[("2021.t4.review.total", None)].value == 3  # 表四, which has no row labels, still read


def test_pdf_text_with_numbers_below_their_labels_is_read_as_before():
    report = parse_report(NUMBERS_BELOW_LABELS.format(**FIGURES))
    assert row_values(report, "2021.t3.new_received") == [9, 1, 0, 0, 0, 0, 10]
    assert row_values(report, "2021.t3.carried_over") == [2, 0, 0, 0, 0, 0, 2]
    assert not [i for i in report.issues if i.label == "numbers before their row labels"]


@pytest.mark.parametrize("name", ["m_ogi2021_markdown_01.txt", "m_ogi2021_tab_01.txt", "m_ogi2021_pdf_01.txt"])
def test_a_misprinted_table_three_label_is_read_from_its_place(name):
    """The form's rows come in a fixed order: a misprint between two rows read is the one row missing."""
    text = (DEVSET / name).read_text(encoding="utf-8")
    original = parse_report(text)
    misprinted = parse_report(text.replace("其他法律行政法规禁止公开", "其他法律行政止公开"))
    expected = row_values(original, "2021.t3.denied.law_prohibited")
    assert "missing" not in expected
    assert row_values(misprinted, "2021.t3.denied.law_prohibited") == expected
    assert "misprinted_label" in [i.kind for i in misprinted.issues if "其他法律行政止公开" in i.label]


def test_a_label_unlike_the_missing_row_is_not_placed():
    text = (DEVSET / "m_ogi2021_markdown_01.txt").read_text(encoding="utf-8")
    unrelated = parse_report(text.replace("其他法律行政法规禁止公开", "本栏目备注说明"))
    assert set(row_values(unrelated, "2021.t3.denied.law_prohibited")) == {"missing"}


PIPE_CELLS_PADDED_2019 = """某镇人民政府2019年政府信息公开工作年度报告
第二十条第（一）项 | |||
信息内容 |
本年新制作数量 |
本年新公开数量 |
对外公开总数量 |
规章 |
0 |
0 |
0 |
规范性文件 |
2 |
2 |
9 |
第二十条第（八）项 | |||
信息内容 |
上一年项目数量 |
本年增/减 | |
行政事业性收费 |
3 |
0 | |
"""


def test_a_last_cell_padded_to_the_table_width_ends_its_row():
    """Catalogue T01: `0 | |` is the row's last cell and its padding, not a line to drop."""
    found = cells(parse_report(PIPE_CELLS_PADDED_2019))
    assert found[("2019.t2.fees.prev_year_items", None)].value == 3
    assert found[("2019.t2.fees.change", None)].value == 0
    assert ("2021.t2.fees.amount", None) not in found


def test_a_row_short_of_its_headers_columns_is_ambiguous_not_read_with_another_forms():
    text = ("某乡人民政府2019年政府信息公开工作年度报告\n二、主动公开政府信息情况\n第二十条第（一）项\n信息内容\n"
            "本年新制作数量\n本年新公开数量\n对外公开总数量\n规章\n0\n0\n0\n规范性文件\n1\n1\n4\n"
            "第二十条第（五）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政许可\n0\n"
            "第二十条第（六）项\n信息内容\n上一年项目数量\n本年增/减\n处理决定数量\n行政处罚\n2\n0\n5\n")
    report = parse_report(text)
    found = cells(report)
    assert not any(code.startswith("2021.") for code, _ in found)
    assert found[("2019.t2.penalty.decisions", None)].value == 5
    assert [i.label for i in report.issues if i.kind == "ambiguous_row"] == ["行政许可"]


# a 2019 report's title and 表二's first section as pipe rows; the tests below add the sections they need
PIPE_2019_OPENING = """某乡人民政府2019年政府信息公开工作年度报告
第二十条第（一）项 | ||||
信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |
规章 | 0 | 0 | 0 |
规范性文件 | 1 | 1 | 6 |
"""

MARKDOWN_PADDED_2019 = PIPE_2019_OPENING + """第二十条第（五）项 | ||||
信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |
行政许可 | 0 | ||
其他对外管理服务事项 | 2 |  |  |
"""


def test_pipes_with_nothing_between_them_pad_a_row_and_leave_its_value_unplaced():
    """Catalogue T01/T03/T10: `| 0 | ||` is one value and padding, so its column is unknown;
    `| 2 |  |  |` prints two empty cells, which stay blank."""
    report = parse_report(MARKDOWN_PADDED_2019)
    found = cells(report)
    assert not any(code.startswith("2019.t2.license.") for code, _ in found)
    assert "行政许可" in [i.label for i in report.issues if i.kind == "ambiguous_row"]
    assert found[("2019.t2.other_services.prev_year_items", None)].value == 2
    assert found[("2019.t2.other_services.change", None)].value_status == BLANK


def test_a_county_header_with_fewer_columns_places_no_value():
    """Round 18: a county prints its own, shorter 表二 headers (项目数量 | 处理决定数量 where the
    2019 form has three columns); read by position, 4 and 142 went into the wrong columns."""
    text = (PIPE_2019_OPENING +
            "第二十条第（五）项 | ||||\n信息内容 | 项目数量 | 处理决定数量 | ||\n行政许可 | 4 | 142 | ||\n"
            "第二十条第（六）项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n行政处罚 | 2 | 0 | 5 |\n")
    report = parse_report(text)
    found = cells(report)
    assert not any(code.startswith("2019.t2.license.") for code, _ in found)
    assert found[("2019.t2.normative_docs.total_published", None)].value == 6
    assert found[("2019.t2.penalty.decisions", None)].value == 5
    assert any(i.label == "行政许可" and "header prints 2 columns" in i.message for i in report.issues)


PIPE_CELLS_ONE_VALUE_A_ROW = """某乡人民政府2019年政府信息公开工作年度报告
三、收到和处理政府信息公开申请情况
申请人情况 |
||||||||
自然人 |
法人或其他组织 |
总计 |
|||||||
商业企业 |
科研机构 |
社会公益组织 |
法律服务机构 |
其他 |
|||||
一、本年新收政府信息公开申请数量 |
|
0 |
|||||||
二、上年结转政府信息公开申请数量 |
|
0 |
|||||||
三、本年度办理结果 |
（一）予以公开 |
|
0 |
||||||
（二）部分公开（区分处理的，只计这一情形，不计其他情形） |
|
0 |
"""


def test_a_row_cut_off_by_the_text_is_not_read_where_no_row_prints_its_cells_in_place():
    """Round 18: every 表三 row prints one value after a bare bar, so which column it is in is
    unknown; the last row, cut off by the page's end, was read left to right all the same."""
    report = parse_report(PIPE_CELLS_ONE_VALUE_A_ROW)
    assert not [k for k in cells(report) if k[0].startswith("2019.t3.")]


def _pipe_cell_row(labels, values, end):
    return "".join(f"{t} |\n" for t in [*labels, *values]) + end + "\n"


# A 2021 表三 one cell per line, every row ended by a line of bars; the first row under a group
# label ends in a single bar (round 23: a street's page)
PIPE_CELLS_ROW_ENDS_2021 = ("某街道办事处2023年政府信息公开工作年度报告\n三、收到和处理政府信息公开申请情况\n"
                            + _pipe_cell_row(["一、本年新收政府信息公开申请数量"], ["", "", "", "", "", "", "3"], "||")
                            + _pipe_cell_row(["三、本年度办理结果", "（一）予以公开"], ["", "", "", "", "", "", "2"], "|")
                            + _pipe_cell_row(["（二）部分公开（区分处理的，只计这一情形，不计其他情形）"],
                                             ["", "", "", "", "", "", "1"], "||"))


def test_a_bare_bar_that_may_end_a_row_or_be_its_cell_places_no_value():
    """Printed one cell per line, `2 |` then `|` is the total and the row's end, or the 其他
    column and a blank total; read as the latter, 2 was placed under 其他."""
    report = parse_report(PIPE_CELLS_ROW_ENDS_2021)
    found = cells(report)
    assert not [k for k in found if k[0] == "2021.t3.granted"]
    assert "予以公开" in " ".join(i.label for i in report.issues if i.kind == "ambiguous_row")
    # the rows ended by two bars keep their values in place
    assert row_values(report, "2021.t3.new_received")[-2:] == [None, 3]
    assert row_values(report, "2021.t3.partial")[-1] == 1


# 2019 表二 one cell per line, no blank line between rows, each row (its header's too) closed by a lone bar,
# blank cells printed as lone bars as well (T01/T10: 28a13, 28a24's 表三, 61a01)
PIPE_CELLS_CLOSED_BY_BARS_2019 = (
    "某街道办事处2020年政府信息公开工作年度报告\n二、主动公开政府信息情况\n"
    "第二十条第(一)项 |\n||||\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n|\n"
    "规章 |\n|\n|\n0 |\n|\n规范性文件 |\n|\n|\n4 |\n|\n"
    "第二十条第(六)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n"
    "行政处罚 |\n|\n+18 |\n18 |\n|\n行政强制 |\n|\n+3 |\n3 |\n|\n")


def test_rows_closed_by_a_bar_under_a_header_closed_by_one_keep_their_blank_first_values():
    found = cells(parse_report(PIPE_CELLS_CLOSED_BY_BARS_2019))
    assert found[("2019.t2.rules.new_made", None)].value_status == "blank"
    assert found[("2019.t2.rules.total_published", None)].value == 0
    assert found[("2019.t2.normative_docs.total_published", None)].value == 4
    assert found[("2019.t2.penalty.prev_year_items", None)].value_status == "blank"
    assert found[("2019.t2.penalty.decisions", None)].value == 18
    assert found[("2019.t2.coercion.decisions", None)].value == 3  # the last row, closed at the text's end
    # the same rows under a header with no closing bar of its own: a bar after a row's last value may be a cell,
    # and the values are left unplaced (round 23's guard)
    unclosed = PIPE_CELLS_CLOSED_BY_BARS_2019.replace("处理决定数量 |\n|\n", "处理决定数量 |\n")
    found = cells(parse_report(unclosed))
    assert ("2019.t2.penalty.decisions", None) not in found


def test_an_amount_in_yuan_in_a_ten_thousand_yuan_cell_is_read_in_the_forms_unit():
    """T12 (rounds 17 and 20): 采购总金额 printed '79000.1元' in the form's 万元 column."""
    text = (PIPE_2019_OPENING +
            "第二十条第（十）项 | ||||\n信息内容 | 采购项目数量 | 采购总金额 | |\n政府集中采购 | 3 | 79000.1元 | |\n")
    found = cells(parse_report(text))
    assert found[("2019.t2.procurement.items", None)].value == 3
    assert found[("2019.t2.procurement.amount", None)].value == Decimal("7.90001")
    # in a cell counted in 件 an amount in 元 is no value of it
    in_count_cell = text.replace("| 3 | 79000.1元 |", "| 3元 | 79000.1 |")
    found = cells(parse_report(in_count_cell))
    assert found[("2019.t2.procurement.items", None)].value_status == "unreadable"


@pytest.mark.parametrize("amount, decisions, amount_in_wan", [("211.509万", "16368(件)", Decimal("211.509")),
                                                           ("205(万)", "16368", Decimal(205))])
def test_values_printed_with_wan_or_a_bracketed_unit_keep_their_rows(amount, decisions, amount_in_wan):
    """T12 (rounds 33 and 46, three agencies): '140万', '205(万)' in the 万元 amount cell and
    '16368(件)' in a decisions cell dropped their rows whole."""
    text = (PIPE_2019_OPENING +
            "第二十条第（五）项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n"
            f"行政许可 | 18 | -2 | {decisions} |\n其他对外管理服务事项 | 21 | +1 | 0 |\n"
            f"第二十条第（十）项 | ||||\n信息内容 | 采购项目数量 | 采购总金额 | |\n政府集中采购 | 53 | {amount} | |\n")
    found = cells(parse_report(text))
    assert found[("2019.t2.license.decisions", None)].value == 16368
    assert found[("2019.t2.license.prev_year_items", None)].value == 18
    assert found[("2019.t2.procurement.items", None)].value == 53
    assert found[("2019.t2.procurement.amount", None)].value == amount_in_wan


def test_a_number_with_a_note_in_its_cell_is_no_blank():
    # T12 (round 29: a county bureau's pipe rows): 90 with its source in brackets is the row's value
    # cell, unreadable as printed; it was read as part of the label and the empty cell after it as a blank
    text = ("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n"
            "规章 | 0 | 0 | 0 |\n规范性文件 | 1 | 0 | 4 |\n第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n"
            "行政许可 | 90(某某信用网) | ||\n第二十条第(六)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政处罚 | 5 | ||\n"
            "行政强制 | 0 | ||\n")
    report = parse_report(text)
    license = [c for c in report.cells if c.code == "2021.t2.license.decisions"]
    assert [(c.value_status, c.raw_text) for c in license] == [("unreadable", "90(某某信用网)")]
    assert cells(report)[("2021.t2.penalty.decisions", None)].value == Decimal(5)



_T2_2019_HEAD = ("二、主动公开政府信息情况\n第二十条第（一）项\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n"
                 "规章 | 0 | 0 | 0\n规范性文件 | 4 | 4 | 4\n第二十条第（五）项\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量\n")
_ONE_CELL_PER_LINE = "\n\n".join(cell for line in _T2_2019_HEAD.splitlines() for cell in line.split(" | ")) + "\n\n"


@pytest.mark.parametrize(
    "text",
    [
        _T2_2019_HEAD + "行政许可 | 92 | 增98 | 190\n其他对外管理服务事项 | 0 | 0 | 0\n",
        _T2_2019_HEAD + "行政许可 |\n92 |\n增98 |\n190 |\n|\n其他对外管理服务事项 |\n0 |\n0 |\n0 |\n",
        _ONE_CELL_PER_LINE + "行政许可\n\n92\n\n增98\n\n190\n\n其他对外管理服务事项\n\n0\n\n0\n\n0\n",
    ],
    ids=["rows", "pipe cells", "one cell per line"],
)
def test_a_change_printed_in_words_keeps_its_row(text):
    # T12 (round 33: five agencies' pages, and rounds 11, 18 and 29): 本年增/减 printed 增98 (or 减3, --253) is
    # the row's change cell, unreadable as printed; the row's other cells were dropped with it
    found = cells(parse_report(text))
    assert found[("2019.t2.license.prev_year_items", None)].value == Decimal(92)
    change = found[("2019.t2.license.change", None)]
    assert (change.value_status, change.raw_text) == ("unreadable", "增98")
    assert found[("2019.t2.license.decisions", None)].value == Decimal(190)


@pytest.mark.parametrize("change", ["0/0", "未增未减"])
def test_a_change_printed_as_increase_slash_decrease_or_neither_keeps_its_row(change):
    # T12 wordings (the pages behind realdev r279 and r273): 本年增/减 printed 0/0 or 未增未减, one cell a line, is the
    # change cell, unreadable
    text = _T2_2019_HEAD + f"行政许可 |\n3 |\n{change} |\n5 |\n|\n其他对外管理服务事项 |\n0 |\n{change} |\n0 |\n"
    found = cells(parse_report(text))
    assert found[("2019.t2.license.prev_year_items", None)].value == Decimal(3)
    assert found[("2019.t2.license.change", None)].value_status == "unreadable"
    assert found[("2019.t2.license.decisions", None)].value == Decimal(5)


@pytest.mark.parametrize("change", ["0/0", "未增未减", "减3"])
def test_a_change_in_words_ending_its_row_is_the_rows_last_value(change):
    # T12 wordings (the pages behind realdev r273 and r279): the fee row's change, its last column, printed in words,
    # one cell a line with no line between the rows: the row ends there, the next section's header no part of it
    report = parse_report(_one_cell_per_line(
        "某县某局2020年度政府信息公开工作年度报告", "0", "行政许可", "4", "0", "57",
        "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费", "2", change,
        "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购", "12", "30.5"))
    found = cells(report)
    assert found[("2019.t2.fees.prev_year_items", None)].value == 2
    assert (found[("2019.t2.fees.change", None)].value_status, found[("2019.t2.fees.change", None)].raw_text) == (
        "unreadable", change)
    assert found[("2019.t2.procurement.items", None)].value == 12


def test_table_fours_header_cells_printed_empty_are_no_row_but_a_group_row_short_of_numbers_is():
    # one cell per line: 行政复议's cell merged over its five columns comes as its label and empty cells
    report = parse_report((DEVSET / "m_ogi2021_pipe_cell_01.txt").read_text(encoding="utf-8"))
    assert not [i for i in report.issues if i.kind == "ambiguous_row"]
    assert len([c for c in report.cells if ".t4." in c.code and c.value is not None]) == 15
    # a group printed as a row of numbers, one short, is still reported rather than guessed
    text = MARKDOWN_2021 + "| 行政复议 | 1 | 0 | 0 | 1 |\n"
    short = [i for i in parse_report(text).issues if i.kind == "ambiguous_row" and i.label == "行政复议"]
    assert short and "4 value cells where the form has 5 columns" in short[0].message
