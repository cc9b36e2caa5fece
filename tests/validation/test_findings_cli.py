"""`ogi findings`: the findings as a table a person can read, filtered, summarized, as CSV."""

import csv
import io

from conftest import query
from orchestration.cli import main
from orchestration.validation.rules import load_rules


def _run(capsys, *args):
    code = main(["findings", *args])
    out, err = capsys.readouterr()
    return code, out, err


def _db(validated, where="true", params=()):
    return query(validated.warehouse, f"""
        select rule_id, severity, finding_kind, agency_name, report_year, source_file, source_line_start, message
        from marts.fct_validation_finding where {where}""", list(params))


def test_every_finding_is_listed_with_file_and_line(validated, capsys):
    code, out, _ = _run(capsys, "--warehouse", str(validated.warehouse))
    assert code == 0
    lines = out.rstrip("\n").split("\n")
    assert lines[0].split() == ["rule", "severity", "kind", "status", "agency", "year", "file:line", "message"]
    findings = _db(validated)
    assert len(lines) == 1 + len(findings)
    for rule_id, severity, kind, agency, year, source_file, line, message in findings:
        matching = [text for text in lines if f"{source_file}:{line}" in text and message in text]
        assert len(matching) == 1 and rule_id in matching[0] and agency in matching[0], message


def test_filters_combine(validated, capsys):
    code, out, _ = _run(capsys, "--warehouse", str(validated.warehouse), "--severity", "error", "--agency", "水利局",
                        "--csv")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    expected = _db(validated, "severity = 'error' and agency_name like '%水利局%'")
    assert sorted(r["message"] for r in rows) == sorted(f[-1] for f in expected)
    assert {r["rule"] for r in rows} == {"sum_children", "non_negative", "integer_count"}
    assert all(r["operands"].startswith("[{") for r in rows)

    code, out, _ = _run(capsys, "--warehouse", str(validated.warehouse), "--rule", "balance")
    body = out.rstrip("\n").split("\n")[1:]
    assert len(body) == len(_db(validated, "rule_id = 'balance'")) and all(b.startswith("balance ") for b in body)


def test_no_match_says_so(validated, capsys):
    # an agency no report names is a mistake in the filter, not a clean result
    code, out, err = _run(capsys, "--warehouse", str(validated.warehouse), "--agency", "没有这个机关")
    assert (code, out) == (2, "") and "没有这个机关" in err
    code, out, _ = _run(capsys, "--warehouse", str(validated.warehouse), "--rule", "prose_matches_table",
                        "--severity", "error")  # a warning rule: real filters, nothing matches
    assert (code, out.strip()) == (0, "no findings match these filters")


def test_summary_counts_per_rule_and_per_form(validated, capsys):
    code, out, _ = _run(capsys, "--warehouse", str(validated.warehouse), "--summary")
    assert code == 0
    by_rule, by_form, problems = out.split("\n\n")
    assert problems.startswith("files that gave nothing or failed in part")
    counts = dict(query(validated.warehouse, "select rule_id, count(*) from marts.fct_validation_finding group by 1"))
    rows = {line.split()[0]: line.split() for line in by_rule.strip().split("\n")[2:]}
    assert set(rows) == set(load_rules())
    for rule_id, row in rows.items():
        assert row[1] == load_rules()[rule_id].severity
        assert int(row[2]) == counts.get(rule_id, 0), rule_id
        assert int(row[6]) + int(row[7]) == int(row[2]), rule_id  # every finding is open or reviewed
    forms = {line.split()[0]: line.split() for line in by_form.strip().split("\n")[2:]}
    per_form = dict(query(validated.warehouse, """
        select r.form, count(f.rule_id) from marts.dim_report r
        left join marts.fct_validation_finding f using (report_id) group by 1"""))
    assert {f: int(row[3]) + int(row[4]) for f, row in forms.items()} == per_form


def test_a_missing_warehouse_is_a_clear_message(tmp_path, capsys):
    code, out, err = _run(capsys, "--warehouse", str(tmp_path / "none.duckdb"), "--summary")
    assert code == 2 and out == "" and "run `ogi run` first" in err
