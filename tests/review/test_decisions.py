"""Reading review CSV files: usable rows, and every unusable one named by file and line with the reason."""

import pytest

from orchestration.cli import main
from orchestration.review.decisions import FIELDS, append, parse_csv, read_folder

SHA = "9dd25b80a02e0986835e7e6e47c26febd8d8fe590e35249b2af68bf6dc978e91"
HEADER = ",".join(FIELDS)


def _row(**fields) -> str:
    base = {"kind": "correct", "sha256": SHA, "source_file": "004.txt", "indicator_code": "old.applications.received",
            "applicant_type": "", "rule_id": "", "value": "15", "value_status": "", "reviewer": "Li Wei",
            "decided_on": "2026-11-30", "reason": "the page prints 15"}
    base.update(fields)
    return ",".join(base[f] for f in FIELDS)


def _parse(*rows: str, header: str = HEADER):
    return parse_csv(("\n".join([header, *rows]) + "\n").encode("utf-8"), "review/decisions.csv")


def test_a_valid_correction_is_read_with_its_line():
    decision, = _parse(_row())
    assert decision.problem is None
    assert (decision.where, decision.fields["value"], decision.fields["indicator_code"]) == \
        ("review/decisions.csv:2", "15", "old.applications.received")


@pytest.mark.parametrize("fields, problem", [
    ({"indicator_code": "old.applications.bogus"}, "unknown indicator_code 'old.applications.bogus'"),
    ({"indicator_code": "2021.t3.total"}, "printed per applicant column: give applicant_type"),
    ({"indicator_code": "2021.t3.total", "applicant_type": "martian"}, "unknown applicant_type 'martian'"),
    ({"applicant_type": "natural_person"}, "has no applicant columns"),
    ({"kind": "fix"}, "unknown decision 'fix'"),
    ({"sha256": "abc"}, "sha256 must be the document's content hash"),
    ({"reviewer": ""}, "no reviewer"),
    ({"reason": ""}, "no reason"),
    ({"decided_on": "30/11/2026"}, "is not a date"),
    ({"value": "1,5"}, None),  # a bare comma splits the field: caught as a field count below
    ({"value": "十五"}, "is not a number"),
    ({"value": "1.23456"}, "does not fit the warehouse's decimal(18, 4)"),
    ({"value": "15", "value_status": "blank"}, "a value goes with value_status reported"),
    ({"value": "", "value_status": ""}, "needs a value"),
    ({"value": "", "value_status": "smudged"}, "unknown value_status 'smudged'"),
    ({"kind": "drop"}, "a drop decision takes no value"),
    ({"kind": "confirm", "rule_id": "sum_totals", "value": ""}, "unknown rule 'sum_totals'"),
    ({"kind": "dismiss", "rule_id": "sum_children"}, "takes no value"),
    ({"rule_id": "sum_children"}, "takes no rule_id"),
])
def test_an_unusable_row_says_why_with_file_and_line(fields, problem):
    decision, = _parse(_row(**fields))
    if problem is None:
        assert decision.problem.startswith("12 fields where the header has 11")
    else:
        assert problem in decision.problem
    assert decision.message().startswith("review/decisions.csv:2: ")


def test_finding_decisions_name_a_rule_and_optionally_a_cell():
    rows = _parse(_row(kind="confirm", rule_id="sum_children", indicator_code="old.applications.answered", value=""),
                  _row(kind="dismiss", rule_id="published_after_period", indicator_code="", value=""),
                  _row(kind="extraction", rule_id="sum_applicant_columns", indicator_code="2021.t3.total",
                       applicant_type="total", value=""))
    assert [r.problem for r in rows] == [None, None, None]


def test_a_status_without_a_value_is_a_correction_too():
    decision, = _parse(_row(value="", value_status="not_applicable"))
    assert decision.problem is None


def test_two_decisions_about_the_same_cell_are_both_refused(tmp_path):
    folder = tmp_path / "review"
    folder.mkdir()
    (folder / "decisions.csv").write_text("\n".join([HEADER, _row(), _row(kind="drop", value=""),
                                                     _row(indicator_code="old.archives")]) + "\n")
    (folder / "more.csv").write_text("\n".join([HEADER, _row(value="16")]) + "\n")
    loaded = read_folder(folder)
    assert [d.message() for d in loaded.problems] == [
        "review/decisions.csv:2: duplicate decision: review/decisions.csv:3, review/more.csv:2 also decides this "
        "cell; keep one of them",
        "review/decisions.csv:3: duplicate decision: review/decisions.csv:2, review/more.csv:2 also decides this "
        "cell; keep one of them",
        "review/more.csv:2: duplicate decision: review/decisions.csv:2, review/decisions.csv:3 also decides this "
        "cell; keep one of them"]
    assert [d.where for d in loaded.decisions if not d.problem] == ["review/decisions.csv:4"]


def test_malformed_files_are_named_and_the_other_rows_kept():
    assert _parse(header="kind,sha256")[0].message().startswith("review/decisions.csv:1: the header lacks source_file")
    broken = _parse(_row(), _row(indicator_code="old.archives", reason='"never closed'))
    assert broken[0].problem is None
    assert broken[1].message() == "review/decisions.csv:3: not valid CSV (unexpected end of data); nothing after it " \
                                  "is read"
    short = _parse(_row(), "correct,abc", _row(indicator_code="old.archives"))
    assert [d.problem and d.problem.split(" (")[0] for d in short] == \
        [None, "2 fields where the header has 11", None]
    assert short[1].where == "review/decisions.csv:3"
    latin = parse_csv(HEADER.encode() + b"\ncorrect,\xff\n", "review/old.csv")
    offset = len(HEADER) + len("\ncorrect,")
    assert latin[0].message() == f"review/old.csv:2: not UTF-8 text (byte {offset}); save the file as UTF-8"


def test_blank_lines_are_skipped_and_a_missing_folder_holds_nothing(tmp_path):
    assert [d.where for d in _parse("", _row(), " , ,")] == ["review/decisions.csv:3"]
    assert read_folder(tmp_path / "absent").decisions == []


def test_the_digest_follows_the_files(tmp_path):
    folder = tmp_path / "review"
    before = read_folder(folder).digest
    append(folder / "decisions.csv", dict(zip(FIELDS, _row().split(","))))
    after = read_folder(folder).digest
    assert after != before and read_folder(folder).digest == after
    assert (folder / "decisions.csv").read_text().splitlines()[0] == HEADER


def test_append_quotes_commas_and_reports_the_line(tmp_path):
    path = tmp_path / "review" / "decisions.csv"
    fields = dict(zip(FIELDS, _row().split(",")))
    assert append(path, {**fields, "reason": "15, not 51"}) == 2
    path.write_bytes(path.read_bytes().rstrip(b"\n"))  # saved by an editor without the last newline
    assert append(path, {**fields, "indicator_code": "old.archives", "reason": "x"}) == 3
    rows = parse_csv(path.read_bytes(), "review/decisions.csv")
    assert [(r.line, r.fields["reason"], r.problem) for r in rows] == [(2, "15, not 51", None), (3, "x", None)]


def test_ogi_review_refuses_a_bad_row_before_writing_it(tmp_path, capsys, monkeypatch):
    drop = tmp_path / "raw"
    drop.mkdir()
    (drop / "004.txt").write_text("聊城市卫生健康委员会2019年政府信息公开工作年度报告\n", encoding="utf-8")
    monkeypatch.setenv("OGI_REVIEWER", "Li Wei")
    base = ["--raw-dir", str(drop), "--warehouse", str(tmp_path / "none.duckdb"), "--reason", "page 2"]

    assert main(["review", "correct", "004.txt", "old.applications.bogus", "--value", "3", *base]) == 2
    assert capsys.readouterr().err.strip() == (
        "ogi review: review/decisions.csv:2: unknown indicator_code 'old.applications.bogus' "
        "(the codes are in marts.dim_indicator)")
    assert main(["review", "correct", "missing.txt", "old.archives", "--value", "3", *base]) == 2
    assert "no file missing.txt" in capsys.readouterr().err
    # a valid row still needs the report in the warehouse
    assert main(["review", "correct", "004.txt", "old.archives", "--value", "3", *base]) == 2
    assert "no warehouse at" in capsys.readouterr().err
    assert not (tmp_path / "review").exists()


def test_the_sensor_requests_a_run_when_the_review_folder_changes(tmp_path, monkeypatch):
    import dagster as dg

    from orchestration.resources import DropFolder
    from orchestration.sensors import drop_folder_sensor

    monkeypatch.delenv("OGI_REVIEW_DIR", raising=False)
    drop = tmp_path / "raw"
    drop.mkdir()
    (drop / "a.txt").write_text("政府信息公开", encoding="utf-8")

    def ticks(cursor):
        results = []
        for _ in range(2):  # a change must look the same on two ticks
            context = dg.build_sensor_context(cursor=cursor, resources={"drop_folder": DropFolder(path=str(drop))})
            results.append(drop_folder_sensor(context))
            cursor = context.cursor
        return results, cursor

    results, cursor = ticks(None)
    assert isinstance(results[-1], dg.RunRequest)
    results, cursor = ticks(cursor)
    assert all(isinstance(r, dg.SkipReason) for r in results)
    append(tmp_path / "review" / "decisions.csv", dict(zip(FIELDS, _row().split(","))))  # beside the drop
    results, cursor = ticks(cursor)
    assert isinstance(results[-1], dg.RunRequest)


def test_ogi_run_does_not_skip_a_run_when_only_the_review_folder_changed(tmp_path, monkeypatch):
    from orchestration.freshness import inputs_digest

    monkeypatch.delenv("OGI_REVIEW_DIR", raising=False)
    drop = tmp_path / "raw"
    drop.mkdir()
    (drop / "a.txt").write_text("政府信息公开", encoding="utf-8")
    before = inputs_digest(drop)
    assert inputs_digest(drop) == before
    append(tmp_path / "review" / "decisions.csv", dict(zip(FIELDS, _row().split(","))))
    assert inputs_digest(drop) != before
