"""End to end: the real Definitions, in-process, on a temporary warehouse."""

import csv
import json
from decimal import Decimal

from conftest import FIXTURES, copy_seed_reports, query, run
from orchestration.validation.rules import load_rules


def test_seed_values_come_out_exactly(seeded):
    _, warehouse, _, _ = seeded
    rows = query(warehouse, """
        select r.source_file, s.indicator_code, s.applicant_type_code, s.value, s.value_status
        from marts.fct_report_statistic s join marts.dim_report r using (report_id)""")
    got = {(f, c, a or ""): (v, st) for f, c, a, v, st in rows}
    with open(FIXTURES / "seed_expected_values.csv", encoding="utf-8") as fh:
        expected = {(r["source_file"], r["code"], r["applicant_type"]):
                    (Decimal(r["value"]) if r["value"] else None, r["value_status"]) for r in csv.DictReader(fh)}
    assert got == expected


def test_seed_report_metadata_matches(seeded):
    _, warehouse, _, _ = seeded
    rows = query(warehouse, """
        select r.source_file, a.agency_name, a.province, a.city, a.county, a.admin_level,
               r.report_year, r.form, r.published_on
        from marts.dim_report r join marts.dim_agency a using (agency_id)""")
    got = {row[0]: tuple("" if v is None else str(v) for v in row[1:]) for row in rows}
    with open(FIXTURES / "seed_expected_reports.csv", encoding="utf-8") as fh:
        expected = {r["source_file"]: (r["agency"], r["province"], r["city"], r["county"], r["admin_level"],
                                       r["report_year"], r["form"], r["published_on"]) for r in csv.DictReader(fh)}
    assert got == expected


def test_known_findings_and_nothing_else(seeded):
    """FORMS.md §5: the seeds' known findings, and nothing else."""
    _, warehouse, _, _ = seeded
    rows = query(warehouse, """
        select source_file, rule_id, indicator_code, expected_value, actual_value, severity, finding_kind
        from marts.fct_validation_finding order by all""")
    assert rows == [
        ("000_6d2841b64ea1ffe7.txt", "published_after_period", None, None, None, "warning", "source"),
        ("002_50d1f1c8a02e323f.txt", "parent_blank", "old.applications.answered", Decimal(2), None, "warning",
         "source"),
        ("002_50d1f1c8a02e323f.txt", "parent_blank", "old.proactive.channels", Decimal(1798), None, "warning",
         "source"),
        ("004_847613be71b3106c.txt", "form_matches_year", None, None, None, "warning", "source"),
        ("004_847613be71b3106c.txt", "published_after_period", None, None, None, "warning", "source"),
        ("004_847613be71b3106c.txt", "sum_children", "old.applications.answered", Decimal(15), Decimal(12), "error",
         "source"),
    ]


def test_findings_point_at_the_printed_lines(seeded):
    raw_dir, warehouse, _, _ = seeded
    rows = query(warehouse, """
        select source_file, rule_id, source_line_start, source_line_end, operands
        from marts.fct_validation_finding""")
    for source_file, rule_id, start, end, operands in rows:
        lines = (raw_dir / source_file).read_text(encoding="utf-8").split("\n")
        assert 1 <= start <= end <= len(lines), (source_file, rule_id)
        for operand in json.loads(operands):
            if operand.get("printed"):
                # a cell's value is printed on the last line of its row
                assert lines[operand["line_end"] - 1].strip() == operand["printed"], (source_file, operand)
    sum_children = [r for r in rows if r[1] == "sum_children"]
    assert [(r[0], r[2]) for r in sum_children] == [("004_847613be71b3106c.txt", 177)]
    assert "申请答复数" in (raw_dir / "004_847613be71b3106c.txt").read_text(encoding="utf-8").split("\n")[176]


def test_asset_checks_report_the_failing_rules(seeded):
    _, _, result, _ = seeded
    evaluations = {e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data
                   for e in result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    failing = {"sum_children", "parent_blank", "form_matches_year", "published_after_period"}
    # the dbt tests pass; of the validation rules, the ones the seeds break fail
    assert {name for name, e in evaluations.items() if not e.passed} == failing
    assert set(load_rules()) <= set(evaluations)
    assert evaluations["sum_children"].metadata["reports_failing"].value == 1
    assert evaluations["published_after_period"].metadata["reports_failing"].value == 2


def _expected_value(source_file, code):
    with open(FIXTURES / "seed_expected_values.csv", encoding="utf-8") as fh:
        (row,) = [r for r in csv.DictReader(fh) if (r["source_file"], r["code"]) == (source_file, code)]
    return Decimal(row["value"])


def test_harmonized_metrics_prefer_the_table(seeded):
    _, warehouse, _, _ = seeded
    rows = dict(query(warehouse, """
        select r.source_file, (m.applications_received, m.applications_received_source, m.metrics_source)
        from marts.agency_year_metrics m join marts.dim_report r using (report_id)"""))
    # 004 prints a table (and prose on other metrics): its received figure is the table's
    table_report, prose_report = "004_847613be71b3106c.txt", "000_6d2841b64ea1ffe7.txt"
    assert rows[table_report] == (_expected_value(table_report, "old.applications.received"),
                                  "table", "table and prose")
    # 000 is narrative: the figure comes from its sentence
    assert rows[prose_report] == (_expected_value(prose_report, "prose.applications_received"), "prose", "prose")


def test_changed_file_becomes_current_and_history_is_kept(definitions, tmp_path):
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "ogi.duckdb"
    run(definitions, raw_dir, warehouse)
    target = raw_dir / "004_847613be71b3106c.txt"
    # the agency corrects its total: 申请答复数 12 → 15
    text = target.read_text(encoding="utf-8")
    head, tail = text.split("\t　　（三）申请答复数\n\t件\n\t12\n")
    target.write_text(head + "\t　　（三）申请答复数\n\t件\n\t15\n" + tail, encoding="utf-8")
    run(definitions, raw_dir, warehouse)
    versions = query(warehouse, "select version from raw.source_files where path = ? order by 1", [target.name])
    assert versions == [(1,), (2,)]
    current = query(warehouse, """
        select r.source_version, s.value from marts.fct_report_statistic s join marts.dim_report r using (report_id)
        where r.source_file = ? and s.indicator_code = 'old.applications.answered'""", [target.name])
    assert current == [(2, Decimal(15))]
    assert query(warehouse, "select count(*) from marts.dim_report")[0][0] == 5
    assert query(warehouse, "select count(*) from marts.fct_validation_finding where rule_id = 'sum_children'")[0][0] == 0


def test_unreadable_files_are_recorded_and_the_run_completes(definitions, tmp_path):
    raw_dir = copy_seed_reports(tmp_path / "raw")
    original = (raw_dir / "000_6d2841b64ea1ffe7.txt").read_text(encoding="utf-8")
    nested = raw_dir / "2024" / "gb"
    nested.mkdir(parents=True)
    (nested / "report_gb18030.txt").write_bytes(original.replace("\n", "\r\n").encode("gb18030"))
    (raw_dir / "empty.txt").write_bytes(b"")
    (raw_dir / "scan.txt").write_bytes(bytes(range(256)) * 4)
    warehouse = tmp_path / "ogi.duckdb"
    run(definitions, raw_dir, warehouse)
    files = dict(query(warehouse, "select source_file, (read_status, encoding, read_error) from marts.dim_source_file"))
    assert files["2024/gb/report_gb18030.txt"][:2] == ("ok", "gb18030")
    assert files["empty.txt"] == ("unreadable", None, "empty file")
    assert files["scan.txt"][0] == "unreadable" and "binary" in files["scan.txt"][2]
    # the GB18030 copy yields the same cells as the UTF-8 original
    cells = query(warehouse, """
        select r.source_file, s.indicator_code, s.value, s.source_line_start
        from marts.fct_report_statistic s join marts.dim_report r using (report_id)
        where r.source_file in ('2024/gb/report_gb18030.txt', '000_6d2841b64ea1ffe7.txt') order by 2, 1""")
    by_file = {}
    for f, code, value, line in cells:
        by_file.setdefault(f, []).append((code, value, line))
    assert by_file["2024/gb/report_gb18030.txt"] == by_file["000_6d2841b64ea1ffe7.txt"]
    assert len(by_file["000_6d2841b64ea1ffe7.txt"]) == 5
