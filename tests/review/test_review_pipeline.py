"""Review decisions through the whole pipeline, on the seed reports: a correction carried through the fact
table, the metrics and the findings; finding statuses that survive reruns; bad rows that never stop a run;
a changed document that makes its decisions stale; incremental builds equal to a clean one."""

import pytest

from conftest import copy_seed_reports, marts_snapshot, query, run
from orchestration.cli import main

SEED = "004_847613be71b3106c.txt"  # 聊城 2019: 申请答复数 prints 12 while its parts sum to 15
RECEIVED = "old.applications.received"
ANSWERED = "old.applications.answered"


def _misread(raw_dir):
    """The text of 收到申请数's row says 51 where the page prints 15 (as a garbled text layer would):
    a misread a reviewer corrects from the page."""
    path = raw_dir / SEED
    lines = path.read_text(encoding="utf-8").split("\n")
    label = next(i for i, line in enumerate(lines) if "收到申请数" in line)
    value = next(i for i in range(label, label + 4) if lines[i].strip() == "15")
    lines[value] = lines[value].replace("15", "51")
    path.write_text("\n".join(lines), encoding="utf-8")


def _cell(warehouse, code):
    return query(warehouse, """
        select s.value, s.parsed_value, s.value_source, s.review_location
        from marts.fct_report_statistic s join marts.dim_report r using (report_id)
        where r.source_file = ? and s.indicator_code = ?""", [SEED, code])


def _received_metric(warehouse):
    return query(warehouse, """
        select m.applications_received from marts.agency_year_metrics m join marts.dim_report r using (report_id)
        where r.source_file = ?""", [SEED])[0][0]


def _statuses(warehouse):
    return dict(((rule, code), status) for rule, code, status in query(warehouse, """
        select rule_id, indicator_code, review_status from marts.fct_validation_finding
        where source_file = ?""", [SEED]))


def _states(warehouse):
    return query(warehouse, "select review_location, decision, state, state_reason from marts.fct_review_decision "
                            "order by review_file, review_line")


def _materialized(result):
    return {tuple(e.asset_key.path): e.event_specific_data.materialization.metadata
            for e in result.all_events if e.event_type_value == "ASSET_MATERIALIZATION"}


def _ogi(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def reviewer(monkeypatch):
    monkeypatch.setenv("OGI_REVIEWER", "Li Wei")


def test_decisions_survive_reruns_and_go_stale_when_the_document_changes(definitions, tmp_path, capsys, reviewer):
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "warehouse" / "ogi.duckdb"
    review_dir = tmp_path / "review"  # the default: beside the drop folder
    _misread(raw_dir)
    run(definitions, raw_dir, warehouse)
    assert _cell(warehouse, RECEIVED) == [(51, 51, "parsed", None)]
    assert _received_metric(warehouse) == 51
    assert _statuses(warehouse)[("sum_children", RECEIVED)] == "open"

    where = ["--raw-dir", str(raw_dir), "--warehouse", str(warehouse)]
    decide = [
        ["correct", SEED, RECEIVED, "--value", "15", "--reason", "the page prints 15; the text layer reads 51"],
        ["confirm", SEED, "sum_children", ANSWERED, "--reason", "the printed parts sum to 15, the total to 12"],
        ["dismiss", SEED, "published_after_period", "--reason", "the printed date is the drafting date"],
        # the parser already reads 15 there: recorded, and reported as redundant, never as a change
        ["correct", SEED, "old.applications.closed", "--value", "15", "--reason", "checked"],
    ]
    for args in decide:
        code, out, err = _ogi(capsys, "review", *args, *where)
        assert code == 0, err
    # refused up front, with the line it would have had
    code, _, err = _ogi(capsys, "review", "drop", SEED, RECEIVED, "--reason", "again", *where)
    assert code == 2 and err.strip() == ("ogi review: review/decisions.csv:6: duplicate decision: "
                                         "review/decisions.csv:2 already decides this cell; edit or delete that row "
                                         "instead")
    code, _, err = _ogi(capsys, "review", "confirm", SEED, "balance", "--reason", "x", *where)
    assert code == 2 and "no finding balance in 004_847613be71b3106c.txt (its findings:" in err
    # rows written by hand that cannot be used: the run goes on and names them
    sha = query(warehouse, "select source_sha256 from marts.dim_report where source_file = ?", [SEED])[0][0]
    (review_dir / "by_hand.csv").write_text(
        "kind,sha256,source_file,indicator_code,applicant_type,rule_id,value,value_status,reviewer,decided_on,reason\n"
        f"correct,{sha},{SEED},old.applications.nonsense,,,3,,Wang Fang,2026-11-30,typo in the code\n"
        f"correct,{sha},{SEED},old.archives,,,2,,Wang Fang,2026-11-30,page 3\n"
        f"drop,{sha},{SEED},old.archives,,,,,Zhao Min,2026-11-30,not on the page\n"
        f"correct,{sha},{SEED},old.archives,,,\"1,5\n", encoding="utf-8")

    second = run(definitions, raw_dir, warehouse)
    assert _cell(warehouse, RECEIVED) == [(15, 51, "corrected", "review/decisions.csv:2")]
    assert _cell(warehouse, "old.applications.closed") == [(15, 15, "parsed", None)]
    assert _received_metric(warehouse) == 15
    statuses = _statuses(warehouse)
    assert ("sum_children", RECEIVED) not in statuses  # the misread's finding is gone from the open list ...
    assert statuses[("sum_children", ANSWERED)] == "confirmed"
    assert statuses[("published_after_period", None)] == "dismissed"
    assert query(warehouse, """
        select history_state, resolved_by, review_status from marts.fct_validation_finding_history
        where source_file = ? and rule_id = 'sum_children' and indicator_code = ?""", [SEED, RECEIVED]) == \
        [("resolved", "correction", "extraction")]  # ... and kept in the history
    assert _states(warehouse) == [
        ("review/by_hand.csv:2", "correct", "invalid",
         "unknown indicator_code 'old.applications.nonsense' (the codes are in marts.dim_indicator)"),
        ("review/by_hand.csv:3", "correct", "invalid",
         "duplicate decision: review/by_hand.csv:4 also decides this cell; keep one of them"),
        ("review/by_hand.csv:4", "drop", "invalid",
         "duplicate decision: review/by_hand.csv:3 also decides this cell; keep one of them"),
        ("review/by_hand.csv:5", None, "invalid", "not valid CSV (unexpected end of data); nothing after it is read"),
        ("review/decisions.csv:2", "correct", "applied", None),
        ("review/decisions.csv:3", "confirm", "applied", None),
        ("review/decisions.csv:4", "dismiss", "applied", None),
        ("review/decisions.csv:5", "correct", "redundant", "the parser now reads this cell as decided"),
    ]
    metadata = _materialized(second)
    assert metadata[("marts", "fct_report_statistic")]["review_cells_corrected"].value == 1
    assert metadata[("review", "decisions")]["refused"].value == 4

    code, out, _ = _ogi(capsys, "findings", "--status", "open", "--agency", "聊城", "--warehouse", str(warehouse))
    assert code == 0 and "sum_children" not in out and "published_after_period" not in out
    assert "form_matches_year" in out
    code, out, _ = _ogi(capsys, "findings", "--status", "confirmed", "--warehouse", str(warehouse))
    assert [line.split()[:4] for line in out.splitlines()[1:]] == [["sum_children", "error", "source", "confirmed"]]
    code, out, _ = _ogi(capsys, "findings", "--summary", "--warehouse", str(warehouse))
    by_rule = {line.split()[0]: line.split() for line in out.split("\n\n")[0].splitlines()[2:]}
    assert by_rule["sum_children"][6:8] == ["0", "1"]  # open, reviewed

    # nothing new: nothing rebuilt, and the statuses stay
    third = run(definitions, raw_dir, warehouse)
    assert not any(key[0] == "marts" for key in _materialized(third))
    # another report changes: the checks run again, and the decisions still hold
    with (raw_dir / "000_6d2841b64ea1ffe7.txt").open("a", encoding="utf-8") as fh:
        fh.write("\n附：本报告电子版可在本局网站下载。\n")
    run(definitions, raw_dir, warehouse)
    assert _statuses(warehouse)[("sum_children", ANSWERED)] == "confirmed"
    assert _statuses(warehouse)[("published_after_period", None)] == "dismissed"
    assert _cell(warehouse, RECEIVED) == [(15, 51, "corrected", "review/decisions.csv:2")]
    # the incremental builds equal a clean one on the same folders
    clean = tmp_path / "clean" / "ogi.duckdb"
    run(definitions, raw_dir, clean)
    assert marts_snapshot(clean) == marts_snapshot(warehouse)

    # the document is edited: its decisions are stale, not applied to a text nobody checked
    with (raw_dir / SEED).open("a", encoding="utf-8") as fh:
        fh.write("\n（2020年3月修订）\n")
    run(definitions, raw_dir, warehouse)
    assert _cell(warehouse, RECEIVED) == [(51, 51, "parsed", None)]
    assert _received_metric(warehouse) == 51
    assert set(_statuses(warehouse).values()) == {"open"}
    states = [s for s in _states(warehouse) if s[0].startswith("review/decisions.csv")]
    assert [s[2] for s in states] == ["stale"] * 4
    assert states[0][3].startswith("the document 004_847613be71b3106c.txt has changed (now sha256 ")
    code, out, _ = _ogi(capsys, "review", "stale", "--warehouse", str(warehouse))
    assert code == 0 and out.count(" stale ") == 4 and out.count(" invalid ") == 4
