"""Incremental runs: only what changed is read, parsed and validated, and the
marts always equal those of a clean run on the same folder."""

import os
import shutil

import dagster as dg
import duckdb
import pytest

from benchmarks.corpus import write_corpus
from conftest import copy_seed_reports, marts_snapshot, query, run
from orchestration import drops

SEED = "004_847613be71b3106c.txt"


def materialized(result):
    return {tuple(e.asset_key.path) for e in result.all_events if e.event_type_value == "ASSET_MATERIALIZATION"}


def clean_run_snapshot(definitions, raw_dir, tmp_path, name="clean"):
    warehouse = tmp_path / name / "ogi.duckdb"
    run(definitions, raw_dir, warehouse)
    return marts_snapshot(warehouse)


@pytest.fixture
def count_reads(monkeypatch):
    """Files read from disk, by path (small drops are read in this process)."""
    reads = []
    original = drops.read_drop_file

    def counting(drop_dir, stat, max_bytes, known_sha=None):
        reads.append(stat.relative_path)
        return original(drop_dir, stat, max_bytes, known_sha)

    monkeypatch.setattr("orchestration.workers.read_drop_file", counting)
    return reads


def test_redropping_identical_files_is_a_no_op(definitions, tmp_path, count_reads):
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "ogi.duckdb"
    run(definitions, raw_dir, warehouse)
    assert len(count_reads) == 5
    before = marts_snapshot(warehouse)
    raw_before = query(warehouse, "select path, version, sha256 from raw.source_files order by all")

    count_reads.clear()
    second = run(definitions, raw_dir, warehouse)
    assert count_reads == []  # same sizes and times: nothing is even opened
    # nothing changed in raw, so dbt and the checks had nothing to do
    assert not any(key[0] == "marts" for key in materialized(second))

    copy_seed_reports(raw_dir)  # the same files copied in again: new modification times
    count_reads.clear()
    third = run(definitions, raw_dir, warehouse)
    assert sorted(count_reads) == sorted(p.name for p in raw_dir.iterdir())  # re-read and hashed ...
    assert query(warehouse, "select path, version, sha256 from raw.source_files order by all") == raw_before
    assert not any(key[0] == "marts" for key in materialized(third))  # ... but no new version, no rebuild
    assert marts_snapshot(warehouse) == before


def test_deleted_file_is_withdrawn_not_erased(definitions, tmp_path):
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "ogi.duckdb"
    run(definitions, raw_dir, warehouse)
    with_the_file = marts_snapshot(warehouse)
    report_id = query(warehouse, "select report_id from marts.dim_report where source_file = ?", [SEED])[0][0]
    assert query(warehouse, "select count(*) from marts.fct_validation_finding where report_id = ?", [report_id])[0][0]
    (raw_dir / SEED).unlink()
    run(definitions, raw_dir, warehouse)

    # raw keeps the file, its text and its parse; the row says when it left
    assert query(warehouse, "select version, withdrawn_at is not null from raw.source_files where path = ?",
                 [SEED]) == [(1, True)]
    assert query(warehouse, "select count(*) from raw.statistic_cells where sha256 = "
                 "(select sha256 from raw.source_files where path = ?)", [SEED])[0][0] > 0
    # the marts no longer show it, except dim_source_file, as withdrawn
    assert query(warehouse, "select is_withdrawn from marts.dim_source_file where source_file = ?", [SEED]) == [(True,)]
    for table in ("dim_report", "fct_report_statistic", "fct_validation_finding", "agency_year_metrics",
                  "fct_parse_issue"):
        assert query(warehouse, f"select count(*) from marts.{table} where report_id = ?", [report_id]) == [(0,)]

    # the file comes back: a new version, and the marts are those of the first (clean) run again
    shutil.copy(copy_seed_reports(tmp_path / "again") / SEED, raw_dir / SEED)
    run(definitions, raw_dir, warehouse)
    assert query(warehouse, "select version, withdrawn_at is null from raw.source_files where path = ? order by 1",
                 [SEED]) == [(1, False), (2, True)]
    assert marts_snapshot(warehouse) == with_the_file


def test_mixed_drop_converges_to_the_clean_run(definitions, tmp_path, count_reads):
    """New, changed, deleted and odd files in one drop, on generated reports of every form and rendering:
    only the new and changed files are read, and the marts equal a clean run's on the final folder."""
    raw_dir, warehouse = tmp_path / "raw", tmp_path / "ogi.duckdb"
    write_corpus(raw_dir, 40, seed=7, workers=1)
    run(definitions, raw_dir, warehouse)
    first = {p: sha for p, sha in query(warehouse, "select path, sha256 from raw.source_files")}
    old = sorted(p for p in raw_dir.rglob("*") if p.is_file())
    write_corpus(raw_dir, 15, seed=7, start=40, workers=1)  # new reports
    changed, deleted = old[:4], old[4:8]
    for path in changed:  # corrected in place
        path.write_bytes(path.read_bytes().replace("政府信息".encode(), "政府信息 ".encode(), 1) + b"\n")
    for path in deleted:
        path.unlink()
    (raw_dir / "notes.txt").write_text("下周一开会。", encoding="utf-8")
    count_reads.clear()
    run(definitions, raw_dir, warehouse)

    rel = lambda p: p.relative_to(raw_dir).as_posix()  # noqa: E731
    assert len(count_reads) == 15 + len(changed) + 1
    assert {rel(p) for p in changed} <= set(count_reads)
    versions = dict(query(warehouse, "select path, list(version order by version) from raw.source_files group by 1"))
    assert all(versions[rel(p)] == [1, 2] for p in changed)
    assert all(versions[rel(p)] == [1] and rel(p) in first for p in deleted)
    ours, clean = marts_snapshot(warehouse), clean_run_snapshot(definitions, raw_dir, tmp_path)
    assert [r for r in ours.pop("dim_source_file") if r[0] not in {rel(p) for p in deleted}] \
        == clean.pop("dim_source_file")
    assert ours == clean
    assert len(ours["dim_report"]) == 40 + 15 - len(deleted)


def test_an_updated_dbt_project_rebuilds_the_incremental_models(definitions, tmp_path, monkeypatch):
    """Rows an older version of the models made are redone once the project changes, not kept."""
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "ogi.duckdb"
    run(definitions, raw_dir, warehouse)
    built = marts_snapshot(warehouse)
    con = duckdb.connect(str(warehouse))
    try:  # what an older SQL would have left in the incremental tables
        con.execute("update marts.fct_report_statistic set value = value + 1 where indicator_code like 'prose.%'")
        con.execute("update marts.agency_year_metrics set proactive_disclosed = -1")
    finally:
        con.close()
    run(definitions, raw_dir, warehouse)
    assert marts_snapshot(warehouse) != built  # nothing new and the same project: the marts stand
    monkeypatch.setattr("orchestration.assets.dbt_models.dbt_sources_digest", lambda: "an-updated-project")
    run(definitions, raw_dir, warehouse)
    assert marts_snapshot(warehouse) == built


def test_odd_files_are_recorded_and_never_stop_the_run(definitions, tmp_path, monkeypatch):
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "ogi.duckdb"
    (raw_dir / "big.txt").write_text("政府信息公开" * 4000, encoding="utf-8")
    (raw_dir / "notice.txt").write_text("关于春节放假的通知：2月10日至17日放假。", encoding="utf-8")
    (raw_dir / "crash.txt").write_text("政府信息公开工作年度报告 CRASH-ME", encoding="utf-8")
    original = __import__("orchestration.workers", fromlist=["parse_report"]).parse_report

    def fragile(text):
        if "CRASH-ME" in text:
            raise ValueError("the parser tripped")
        return original(text)

    monkeypatch.setattr("orchestration.workers.parse_report", fragile)
    run(definitions, raw_dir, warehouse, OGI_MAX_FILE_BYTES="20000")
    files = {f: (s, e, p) for f, s, e, p in query(
        warehouse, "select source_file, read_status, read_error, parse_error from marts.dim_source_file")}
    assert files["big.txt"][0] == "too_large" and "20000" in files["big.txt"][1]
    assert files["notice.txt"][0] == "not_report"
    assert files["crash.txt"][0] == "ok" and "the parser tripped" in files["crash.txt"][2]
    reports = {f for (f,) in query(warehouse, "select source_file from marts.dim_report")}
    assert reports == {p.name for p in raw_dir.glob("0*.txt")}


def test_a_large_drop_is_one_run_request(tmp_path, monkeypatch):
    from orchestration.resources import DropFolder
    from orchestration.sensors import drop_folder_sensor

    monkeypatch.setenv("OGI_RAW_DIR", str(tmp_path / "not-this-one"))  # the resource's path wins
    cursor = None

    def tick():
        nonlocal cursor
        context = dg.build_sensor_context(cursor=cursor, resources={"drop_folder": DropFolder(path=str(tmp_path))})
        result = drop_folder_sensor(context)
        cursor = context.cursor
        return result

    (tmp_path / "old.txt").write_text("政府信息公开", encoding="utf-8")
    assert isinstance(tick(), dg.SkipReason)  # first look: wait for a second one
    assert isinstance(tick(), dg.RunRequest)  # what was there at the start
    assert isinstance(tick(), dg.SkipReason)
    requests = []
    for batch in range(3):  # 3,000 files arriving over three ticks
        for i in range(1_000):
            (tmp_path / f"{batch}-{i:04d}.txt").write_text(f"政府信息公开 {batch} {i}", encoding="utf-8")
        result = tick()
        assert isinstance(result, dg.SkipReason) and "settle" in result.skip_message
    for _ in range(3):  # the drop has settled: one request, then quiet
        result = tick()
        if isinstance(result, dg.RunRequest):
            requests.append(result)
    assert len(requests) == 1
    removed = tmp_path / "0-0000.txt"
    content, times = removed.read_bytes(), os.stat(removed)
    removed.unlink()  # a deletion is a change too
    assert isinstance(tick(), dg.SkipReason)
    assert isinstance(tick(), dg.RunRequest)
    removed.write_bytes(content)  # and putting the file back exactly as it was
    os.utime(removed, ns=(times.st_atime_ns, times.st_mtime_ns))
    assert isinstance(tick(), dg.SkipReason)
    again = tick()
    assert isinstance(again, dg.RunRequest) and again.run_key != requests[0].run_key
    assert isinstance(tick(), dg.SkipReason)


def test_a_new_parser_version_replaces_every_reports_cells(definitions, tmp_path, monkeypatch):
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "ogi.duckdb"
    run(definitions, raw_dir, warehouse)
    assert query(warehouse, "select count(*) from marts.fct_report_statistic where indicator_code like 'prose.%'")[0][0]
    original = __import__("orchestration.workers", fromlist=["parse_report"]).parse_report

    def without_prose(text):
        report = original(text)
        report.cells[:] = [c for c in report.cells if not c.code.startswith("prose.")]
        return report

    monkeypatch.setattr("orchestration.workers.parse_report", without_prose)
    monkeypatch.setattr("orchestration.assets.parse.PARSER_VERSION", "next")
    run(definitions, raw_dir, warehouse)
    assert query(warehouse, "select parser_version, count(*) from marts.fct_report_statistic group by 1") == \
        query(warehouse, "select 'next', count(*) from raw.statistic_cells where sha256 in "
                         "(select source_sha256 from marts.dim_report)")
    assert query(warehouse, "select count(*) from marts.fct_report_statistic where indicator_code like 'prose.%'") \
        == [(0,)]
