"""Every rule of FORMS.md §5 (and carried_over_chain), on reports written for the test.

A report that breaks a rule exactly once yields exactly one finding, of that
rule, and no other; a report that balances yields none; a blank operand yields
parent_blank, never a false sum_children. Expected values are computed from
the reports as written, not copied from a run.
"""

import json
import urllib.parse
import urllib.request
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from conftest import query
from orchestration.parser.catalog import load_catalog
from orchestration.validation import frames
from orchestration.validation.rules import load_rules


def _parts(report, parent, applicant=None):
    """The sum of a parent's printed children; an unprinted child counts as the sum of its own."""
    total = Decimal(0)
    for child in (i.code for i in load_catalog().indicators if i.parent_code == parent):
        value = report.values.get((child, applicant))
        total += value if value is not None else _parts(report, child, applicant)
    return total


def _expected(reports):
    """report name -> the one finding it must yield:
    (rule_id, finding_kind, severity, indicator_code, applicant_type_code, expected_value, actual_value)."""
    r = reports
    received = r["t08_prose"].value("old.applications.received")
    review_sum = _parts(r["c19_t4_group_total"], "2019.t4.review.total")
    blank_total = _parts(r["c19_blank_total"], "2019.t3.total", "natural_person")
    return {
        "t08_sum_children": ("sum_children", "source", "error", "old.review", None,
                             _parts(r["t08_sum_children"], "old.review"), r["t08_sum_children"].value("old.review")),
        "t08_parent_blank": ("parent_blank", "source", "warning", "old.review", None,
                             _parts(r["t08_parent_blank"], "old.review"), None),
        "t08_non_negative": ("non_negative", "source", "error", "old.response.hotspots", None, None, Decimal(-1)),
        "t08_integer_count": ("integer_count", "source", "error", "old.response.hotspots", None, None,
                              Decimal("2.5")),
        "t08_prose": ("prose_matches_table", "source", "warning", "prose.applications_received", None,
                      received, received + 1),
        "t08_form_year": ("form_matches_year", "source", "warning", None, None, None, None),
        "t08_published": ("published_after_period", "source", "warning", None, None, None, None),
        "t08_extraction": ("sum_children", "extraction", "warning", "old.review", None, None, None),
        "c19_sum_children": ("sum_children", "source", "error", "2019.t3.total", "total", Decimal(4), Decimal(5)),
        # (三)不予公开 and (六)其他处理 have no row in 2021: they count as the sums of their items
        "c21_sum_children_unprinted": ("sum_children", "source", "error", "2021.t3.total", "total",
                                       Decimal(6), Decimal(7)),
        "c19_sum_applicant_columns": ("sum_applicant_columns", "source", "error", "2019.t3.carried_forward", "total",
                                      Decimal(6), Decimal(7)),
        "c19_balance": ("balance", "source", "error", "2019.t3.total", "natural_person", Decimal(6), Decimal(5)),
        "c19_t4_group_total": ("t4_group_total", "source", "error", "2019.t4.review.total", None,
                               review_sum, review_sum + 1),
        "c19_blank_total": ("parent_blank", "source", "warning", "2019.t3.total", "natural_person", blank_total, None),
        "c21_extraction": ("t4_group_total", "extraction", "warning", "2021.t4.litigation_direct.total", None,
                           None, None),
        "break_2021": ("carried_over_chain", "source", "warning", "2021.t3.carried_over", "natural_person",
                       Decimal(2), Decimal(3)),
    }


BALANCED = ["t08_balanced", "t08_blank_child", "c19_balanced", "c21_balanced", "chain_2020", "chain_2021",
            "break_2020"]


def test_every_rule_has_a_report_that_breaks_it(validated):
    broken = {finding[0] for finding in _expected(validated.reports).values() if finding[1] == "source"}
    assert broken == set(load_rules())


BROKEN = ["t08_sum_children", "t08_parent_blank", "t08_non_negative", "t08_integer_count", "t08_prose",
          "t08_form_year", "t08_published", "t08_extraction", "c19_sum_children", "c21_sum_children_unprinted",
          "c19_sum_applicant_columns", "c19_balance", "c19_t4_group_total", "c19_blank_total", "c21_extraction",
          "break_2021"]


def test_the_cases_are_the_reports_written_to_break_a_rule(validated):
    assert sorted(_expected(validated.reports)) == sorted(BROKEN)


@pytest.mark.parametrize("name", BROKEN)
def test_a_report_breaking_a_rule_once_yields_exactly_that_finding(validated, name):
    assert validated.findings(name) == [_expected(validated.reports)[name]]


@pytest.mark.parametrize("name", BALANCED)
def test_a_report_that_balances_yields_none(validated, name):
    assert validated.findings(name) == []


def test_balanced_reports_were_checked_by_every_rule_that_applies(validated):
    """No finding must mean 'checked and fine', not 'never looked at'."""
    con = duckdb.connect(str(validated.warehouse), read_only=True)
    try:
        inputs = frames.Inputs.load(con)
    finally:
        con.close()
    ids = dict(query(validated.warehouse, "select source_file, report_id from marts.dim_report"))

    def checked(builder, name):
        return ids[validated.reports[name].path] in set(builder(inputs)["report_id"])

    for name in ("c19_balanced", "c21_balanced"):
        for builder in (frames.sum_children_frame, frames.sum_applicant_columns_frame, frames.balance_frame,
                        frames.t4_group_total_frame, frames.non_negative_frame, frames.integer_count_frame,
                        frames.form_matches_year_frame, frames.published_after_period_frame):
            assert checked(builder, name), (builder.__name__, name)
    assert checked(frames.carried_over_chain_frame, "chain_2021")
    assert checked(frames.prose_matches_table_frame, "t08_balanced")
    assert checked(frames.sum_children_frame, "t08_balanced")
    # a blank child: its parent's sum is not evaluated rather than called wrong; the other sums are
    evaluated = frames.sum_children_frame(inputs)
    evaluated = evaluated[evaluated["report_id"] == ids[validated.reports["t08_blank_child"].path]]
    assert "old.review" not in set(evaluated["indicator_code"])
    assert "old.applications.received" in set(evaluated["indicator_code"])


def test_blank_operands_never_make_a_sum_finding(validated):
    for name in ("t08_parent_blank", "t08_blank_child", "c19_blank_total"):
        rules = {f[0] for f in validated.findings(name)}
        assert not rules & {"sum_children", "sum_applicant_columns", "balance", "t4_group_total"}, name
    assert [f[0] for f in validated.findings("t08_parent_blank")] == ["parent_blank"]


def _document_lines(validated, path):
    (text,) = query(validated.warehouse, """
        select d.text from raw.documents d join marts.dim_report r on r.source_sha256 = d.sha256
        where r.source_file = ?""", [path])[0]
    return text.split("\n")


def test_every_operand_points_at_the_line_that_prints_it(validated):
    checked = 0
    for name in _expected(validated.reports):
        path = validated.reports[name].path
        lines = _document_lines(validated, path)
        for row in validated.finding_rows(name):
            assert 1 <= row["source_line_start"] <= row["source_line_end"] <= len(lines), name
            for operand in json.loads(row["operands"]):
                if operand.get("printed") is None or "source_file" in operand:
                    continue
                line = lines[operand["line_end"] - 1]
                if operand["code"].startswith("prose."):  # the sentence that states the figure
                    assert operand["value"] in line, (name, operand)
                else:  # a table cell's value closes its row
                    assert line.split("\t")[-1] == operand["printed"], (name, operand)
                checked += 1
    assert checked > 20


def test_a_finding_carries_its_operands(validated):
    (row,) = validated.finding_rows("c19_balance")
    operands = json.loads(row["operands"])
    assert [(o["code"], o["applicant_type"], o["value"], o["status"]) for o in operands] == [
        ("2019.t3.new_received", "natural_person", "5", "reported"),
        ("2019.t3.carried_over", "natural_person", "1", "reported"),
        ("2019.t3.total", "natural_person", "4", "reported"),
        ("2019.t3.carried_forward", "natural_person", "1", "reported"),
    ]
    assert "5" in row["message"] and "4" in row["message"] and row["source_file"] == "cells/c19_balance.txt"
    assert row["agency_name"] == validated.reports["c19_balance"].agency and row["report_year"] == 2019


def test_the_chain_names_the_previous_report(validated):
    (row,) = validated.finding_rows("break_2021")
    current, previous = json.loads(row["operands"])
    assert (current["code"], current["value"]) == ("2021.t3.carried_over", "3")
    assert (previous["code"], previous["value"], previous["report_year"]) == ("2019.t3.carried_forward", "2", 2020)
    assert previous["source_file"] == validated.reports["break_2020"].path
    assert previous["source_file"] in row["message"]


def test_metadata_findings_point_at_the_title_date_and_table(validated):
    (published,) = validated.finding_rows("t08_published")
    date, year = json.loads(published["operands"])
    lines = _document_lines(validated, validated.reports["t08_published"].path)
    assert date["value"] == "2017-12-20" and lines[date["line_start"] - 1] == "2017年12月20日"
    assert "2017" in lines[year["line_start"] - 1]
    (form,) = validated.finding_rows("t08_form_year")
    year, table = json.loads(form["operands"])
    assert (year["value"], table["value"]) == ("2020", "ogi2008") and "ogi2019" in form["message"]
    assert table["line_start"] < table["line_end"]


def test_an_unplaced_operand_is_an_extraction_finding_not_a_source_one(validated):
    (row,) = validated.finding_rows("t08_extraction")
    unplaced = json.loads(row["operands"])[0]
    lines = _document_lines(validated, validated.reports["t08_extraction"].path)
    assert unplaced["status"] == "unplaced" and unplaced["issue"] == "ambiguous_row"
    # 维持具体行政行为数 alone could be 行政复议's or 举报投诉's; only 行政复议's is missing
    assert unplaced["candidates"] == ["old.review.upheld"]
    assert "维持具体行政行为数" in lines[unplaced["line_start"] - 1]
    assert f"line {unplaced['line_start']}" in row["message"]


def test_failing_reports_are_kept_as_printed(validated):
    for name in _expected(validated.reports):
        report = validated.reports[name]
        rows = query(validated.warehouse, """
            select s.indicator_code, s.applicant_type_code, s.value from marts.fct_report_statistic s
            join marts.dim_report r using (report_id) where r.source_file = ? and s.extraction_method = 'table'""",
                     [report.path])
        assert {(c, a): v for c, a, v in rows} == report.values, name


def test_each_rule_is_an_asset_check_with_its_figures(validated):
    checks = validated.checks()
    assert set(load_rules()) <= set(checks)
    expected = _expected(validated.reports)
    ids = {validated.reports[n].path: n for n in validated.reports}
    for rule_id in load_rules():
        evaluation = checks[rule_id]
        failing = {n for n, f in expected.items() if f[0] == rule_id}
        assert evaluation.passed is (not failing), rule_id
        meta = {k: v.value for k, v in evaluation.metadata.items()}
        assert meta["reports_failing"] == len(failing), rule_id
        assert meta["reports_checked"] >= meta["reports_failing"], rule_id
        assert {ids[o["source_file"]] for o in meta["worst_offenders"]} == failing, rule_id
        assert meta["data_docs"] == checks["sum_children"].metadata["data_docs"].value


def test_data_docs_are_built_beside_the_warehouse(validated):
    url = validated.checks()["balance"].metadata["data_docs"].value
    index = Path(urllib.request.url2pathname(urllib.parse.urlparse(url).path))
    assert index == validated.warehouse.parent / "data_docs" / "index.html"
    html = index.read_text(encoding="utf-8")
    for rule_id in load_rules():
        assert rule_id in html
    assert list((index.parent / "validations").rglob("*.html"))
