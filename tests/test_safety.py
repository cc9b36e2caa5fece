"""Safety: one writer at a time, and a run killed at any point leaves a warehouse
that the next run brings to exactly what a clean run builds.

These tests drive the real `ogi` command in subprocesses, as a user or a
scheduler would, and kill them with SIGKILL (the whole process group: the
command, its parsing workers and its dbt subprocess)."""

import datetime as dt
import fcntl
import hashlib
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest

from benchmarks.corpus import write_corpus
from conftest import SEED_REPORTS, copy_seed_reports, marts_snapshot, query, run
from orchestration import warehouse
from orchestration.drops import read_drop_file, scan_drop
from orchestration.locking import readers_path
from orchestration.workers import parse_rows

OGI = str(Path(sys.executable).parent / "ogi")
PROGRESS = re.compile(r"^ogi: (\w+)\s+([\d,]+)")


class Ogi:
    """`ogi run` in its own process group, its stderr collected line by line."""

    def __init__(self, tmp_path: Path, raw_dir: Path, warehouse: Path, *extra: str) -> None:
        env = {**os.environ, "OGI_PROGRESS": "plain", "DAGSTER_HOME": str(tmp_path / "dagster")}
        self.proc = subprocess.Popen([OGI, "run", "--raw-dir", str(raw_dir), "--warehouse", str(warehouse), *extra],
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                                     start_new_session=True)
        self.lines: list[str] = []
        self._changed = threading.Condition()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stderr:
            with self._changed:
                self.lines.append(line.rstrip())
                self._changed.notify_all()
        with self._changed:
            self._changed.notify_all()

    def wait_for(self, predicate, timeout: float = 180) -> str | None:
        """The first stderr line matching predicate, or None if the run ended without one."""
        seen = 0
        with self._changed:
            while True:
                for line in self.lines[seen:]:
                    if predicate(line):
                        return line
                seen = len(self.lines)
                if not self._reader.is_alive():
                    return None
                if not self._changed.wait(timeout):
                    raise TimeoutError(f"no matching line in {timeout} s: {self.lines[-5:]}")

    def kill(self) -> None:
        os.killpg(self.proc.pid, signal.SIGKILL)
        self.proc.wait()

    def finish(self, timeout: float = 300) -> int:
        code = self.proc.wait(timeout)
        self._reader.join()
        return code


def at_least(stage: str, count: int):
    def matches(line: str) -> bool:
        m = PROGRESS.match(line)
        return bool(m) and m.group(1) == stage and int(m.group(2).replace(",", "")) >= count
    return matches


def test_a_second_run_stops_or_queues_while_one_is_writing(tmp_path):
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "wh" / "ogi.duckdb"
    first = Ogi(tmp_path, raw_dir, warehouse)
    assert first.wait_for(lambda line: line.startswith("ogi: running the pipeline"))  # it holds the lock now
    second = subprocess.run([OGI, "run", "--raw-dir", str(raw_dir), "--warehouse", str(warehouse)],
                            capture_output=True, text=True, timeout=120,
                            env={**os.environ, "DAGSTER_HOME": str(tmp_path / "dagster")})
    assert second.returncode == 3
    assert "another run is writing" in second.stderr and "--wait" in second.stderr
    queued = Ogi(tmp_path, raw_dir, warehouse, "--wait")
    assert first.finish() == 0, first.lines
    assert queued.finish() == 0, queued.lines
    assert any("waiting for another run" in line for line in queued.lines)
    assert query(warehouse, "select count(*) from marts.dim_report") == [(5,)]
    assert query(warehouse, "select count(*), count(distinct path) from raw.source_files") == [(5, 5)]


def test_a_scheduled_run_waits_for_the_lock_then_gives_up_with_a_reason(definitions, tmp_path):
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "ogi.duckdb"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'w'); "
         "fcntl.flock(f, fcntl.LOCK_EX); print('locked', flush=True); time.sleep(120)",
         str(warehouse.with_name(warehouse.name + ".lock"))], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "locked"
        result = run(definitions, raw_dir, warehouse, expect_success=False, OGI_LOCK_TIMEOUT="1")
    finally:
        holder.kill()
        holder.wait()
    assert not result.success
    messages = [str(e.message) + str(getattr(e.event_specific_data, "error", "")) for e in result.all_events]
    assert any("another run is writing" in m for m in messages)
    assert not warehouse.exists()  # nothing was touched


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    # enough files for several transactions in ingest, parse and the checks
    root = tmp_path_factory.mktemp("corpus") / "raw"
    write_corpus(root, 2_500, seed=11, junk=True)
    return root


def test_killed_runs_then_a_rerun_equal_a_clean_run(tmp_path, corpus):
    warehouse = tmp_path / "killed" / "ogi.duckdb"
    # each run is killed at the next point, on the state the previous kill left
    for stage, count in [("ingest", 1_000), ("parse", 1_000), ("dbt", 30), ("checks", 0)]:
        ogi = Ogi(tmp_path, corpus, warehouse)
        reached = ogi.wait_for(at_least(stage, count))
        ogi.kill()
        assert reached, f"the run ended before it reached {stage} {count}: {ogi.lines[-5:]}"
    final = Ogi(tmp_path, corpus, warehouse)
    assert final.finish() == 0, final.lines

    clean_warehouse = tmp_path / "clean" / "ogi.duckdb"
    clean = Ogi(tmp_path, corpus, clean_warehouse)
    assert clean.finish() == 0, clean.lines
    assert marts_snapshot(warehouse) == marts_snapshot(clean_warehouse)
    # raw: every file once, every cell once
    assert query(warehouse, "select count(*) - count(distinct path) from raw.source_files") == [(0,)]
    for table in ("raw.documents", "raw.reports", "raw.statistic_cells", "raw.parse_issues"):
        columns = "* exclude (parsed_at)" if table == "raw.reports" else "*"
        sql = f"select {columns} from {table} order by all"
        assert query(warehouse, sql) == query(clean_warehouse, sql), table
    assert query(warehouse, "select count(*) from raw.statistic_cells")[0][0] > 2_500


# --- issue 11: nothing a user runs or drops breaks the warehouse or blocks a run ---------------------

def ogi(*args: str, tmp_path: Path | None = None, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    environment = {**os.environ, **env}
    if tmp_path is not None:
        environment["DAGSTER_HOME"] = str(tmp_path / "dagster")
    return subprocess.run([OGI, *args], capture_output=True, text=True, timeout=timeout, env=environment)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("ogi: "), stderr
    return lines[0]


@pytest.fixture
def small_warehouse(tmp_path) -> Path:
    """A warehouse with a marts table, made directly (no run needed to attack the query path)."""
    path = tmp_path / "wh" / "ogi.duckdb"
    path.parent.mkdir()
    con = duckdb.connect(str(path))
    con.execute("create schema marts; create table marts.fct_report_statistic as "
                "select range as report_id, 'cell ' || range as raw_text, range * 1.5 as value from range(1000)")
    con.close()
    return path


def test_queries_cannot_write_attach_read_files_or_load_extensions(small_warehouse, tmp_path):
    link = tmp_path / "hardlink.duckdb"
    os.link(small_warehouse, link)
    outside = tmp_path / "written.csv"
    before = digest(small_warehouse)
    attacks = [
        f"copy (select 'x' as g) to '{small_warehouse}' (format csv)",
        f"attach '{link}' as w (read_only false); delete from w.marts.fct_report_statistic",
        f"attach '{link}' as w",
        "select * from read_text('/etc/passwd')",
        "select * from read_csv('/etc/passwd')",
        "select * from glob('/etc/*')",
        f"copy (select 1) to '{outside}' (format csv)",
        f"export database '{tmp_path / 'dump'}'",
        "install httpfs",
        "load httpfs",
        "set enable_external_access = true",
        "reset lock_configuration",
        "delete from marts.fct_report_statistic",
    ]
    for sql in attacks:
        result = ogi("query", sql, "--warehouse", str(small_warehouse))
        assert result.returncode == 1, (sql, result.stdout)
        line = one_line(result.stderr)
        assert "Traceback" not in line
        assert digest(small_warehouse) == before, sql
    assert not outside.exists() and not (tmp_path / "dump").exists()
    # the warehouse itself still answers, with every row
    result = ogi("query", "select count(*) as n, sum(value) as total from marts.fct_report_statistic", "--csv",
                 "--warehouse", str(small_warehouse))
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["n,total", "1000,749250"]  # numbers as people write them
    findings = ogi("findings", "--warehouse", str(small_warehouse))  # no findings table: a one-line error
    assert findings.returncode == 1 and "does not exist" in one_line(findings.stderr)


def test_export_writes_csv_and_parquet_and_never_the_warehouse(small_warehouse, tmp_path):
    before = digest(small_warehouse)
    csv_out, parquet_out = tmp_path / "cells.csv", tmp_path / "cells.parquet"
    assert ogi("export", "fct_report_statistic", "--out", str(csv_out), "--warehouse", str(small_warehouse)
               ).returncode == 0
    assert ogi("export", "marts.fct_report_statistic", "--format", "parquet", "--out", str(parquet_out),
               "--warehouse", str(small_warehouse)).returncode == 0
    assert csv_out.read_text().splitlines()[:2] == ["report_id,raw_text,value", "0,cell 0,0.0"]
    con = duckdb.connect()
    try:
        assert con.execute(f"select count(*), sum(value) from '{parquet_out}'").fetchone() == (1000, Decimal("749250.0"))
    finally:
        con.close()
    hard, soft = tmp_path / "hard.csv", tmp_path / "soft.csv"
    os.link(small_warehouse, hard)
    soft.symlink_to(small_warehouse)
    for target in (small_warehouse, hard, soft, Path(str(small_warehouse) + ".wal")):
        result = ogi("export", "fct_report_statistic", "--out", str(target), "--warehouse", str(small_warehouse))
        assert result.returncode == 2 and "refusing to write over the warehouse" in one_line(result.stderr), target
    # the table name is looked up in the catalog, never pasted into SQL
    result = ogi("export", "fct_report_statistic) to '/tmp/x.csv'; --", "--out", str(tmp_path / "x.csv"),
                 "--warehouse", str(small_warehouse))
    assert result.returncode == 1 and "no table" in one_line(result.stderr)
    assert digest(small_warehouse) == before


def _seed_text(index: int = 0) -> str:
    return sorted(SEED_REPORTS.glob("*.txt"))[index].read_text(encoding="utf-8")


HUGE = "99999999999999999999"


def test_a_value_the_warehouse_cannot_hold_is_kept_as_printed(tmp_path):
    text = _seed_text().replace("主动公开政府信息286条", f"主动公开政府信息{HUGE}条")
    report, cells, issues = parse_rows("huge", text)
    cell, = [c for c in cells if c[1] == "prose.proactive_disclosed"]
    assert cell[3] is None and cell[4] == "unreadable" and HUGE in cell[5]
    issue, = [i for i in issues if i[1] == "value_out_of_range"]
    assert issue[2] == cell[6] and HUGE in issue[4]
    inexact = parse_rows("inexact", _seed_text().replace("主动公开政府信息286条", "主动公开政府信息286.00005条"))
    assert [c[4] for c in inexact[1] if c[1] == "prose.proactive_disclosed"] == ["unreadable"]
    # stored with a good report in one batch: both load
    good = parse_rows("good", _seed_text(1))
    with warehouse.connect(tmp_path / "ogi.duckdb") as con:
        warehouse.ensure_raw_tables(con)
        assert warehouse.store_parsed(con, [(report, cells, issues), good], "t", dt.datetime.now()) == []
        assert con.execute("select count(*) from raw.reports where parse_error is null").fetchone() == (2,)
        assert con.execute("select value, value_status from raw.statistic_cells where sha256 = 'huge' "
                           "and code = 'prose.proactive_disclosed'").fetchall() == [(None, "unreadable")]


def test_a_report_that_fails_to_store_fails_alone(tmp_path):
    good = parse_rows("good", _seed_text(0))
    report, cells, issues = parse_rows("bad", _seed_text(1))
    # a value that slipped past the check (say, from an older worker): the cast fails in SQL
    bad = (report, [cells[0][:3] + ("1e40",) + cells[0][4:]] + cells[1:], issues)
    with warehouse.connect(tmp_path / "ogi.duckdb") as con:
        warehouse.ensure_raw_tables(con)
        assert warehouse.store_parsed(con, [good, bad], "t", dt.datetime.now()) == ["bad"]
        stored = dict(con.execute("select sha256, parse_error from raw.reports").fetchall())
        assert stored["good"] is None and stored["bad"].startswith("could not store:")
        assert con.execute("select count(*) from raw.statistic_cells where sha256 = 'good'").fetchone() == (
            len(good[1]),)
        assert con.execute("select count(*) from raw.statistic_cells where sha256 = 'bad'").fetchone() == (0,)


def test_a_text_past_the_parse_time_limit_is_recorded_too_slow():
    text = _seed_text().replace("\n", " ") * 400  # one line of about 1.5 MB: a second or more to parse
    report, cells, issues = parse_rows("slow", text, time_limit=0.05)
    assert report["parse_error"].startswith("too_slow:") and "OGI_PARSE_TIMEOUT" in report["parse_error"]
    assert cells == [] and issues == []
    report, cells, _ = parse_rows("fast", _seed_text(), time_limit=30)
    assert report["parse_error"] is None and cells


def test_the_drop_folder_is_the_boundary(tmp_path):
    drop = copy_seed_reports(tmp_path / "drop")
    seeds = sorted(p.name for p in drop.iterdir())
    outside = tmp_path / "outside.txt"
    outside.write_text(_seed_text(2).replace("2018", "2017"), encoding="utf-8")
    (drop / "out.txt").symlink_to(outside)
    (drop / "passwd.txt").symlink_to("/etc/passwd")
    (drop / "in.txt").symlink_to(seeds[1])
    (drop / "folder").symlink_to(drop)
    os.mkfifo(drop / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(drop / "socket.txt"))
    try:
        read = {s.relative_path: read_drop_file(str(drop), s, 10**7) for s in scan_drop(drop)}
    finally:
        server.close()
    empty = hashlib.sha256(b"").hexdigest()
    assert read["in.txt"].read_status == "ok" and read["in.txt"].sha256 == read[seeds[1]].sha256
    for name, why in [("out.txt", "outside the drop folder"), ("passwd.txt", "outside the drop folder"),
                      ("folder", "link to a folder"), ("pipe.txt", "named pipe"), ("socket.txt", "socket")]:
        assert read[name].read_status == "unreadable" and why in read[name].reason, read[name]
        assert read[name].sha256 == empty and read[name].text is None  # never opened


def test_a_damaged_warehouse_gives_one_line_and_is_never_written(tmp_path, small_warehouse, dbt_manifest):
    raw_dir = copy_seed_reports(tmp_path / "raw")
    data = small_warehouse.read_bytes()
    cases = {"garbage": os.urandom(100_000), "truncated": data[:len(data) // 2], "empty": b""}
    for name, content in cases.items():
        path = tmp_path / name / "ogi.duckdb"
        path.parent.mkdir()
        path.write_bytes(content)
        for command in (["query", "select 1"], ["findings"], ["findings", "--summary"],
                        ["export", "dim_report", "--out", str(tmp_path / "x.csv")],
                        ["run", "--raw-dir", str(raw_dir)]):
            result = ogi(*command, "--warehouse", str(path), tmp_path=tmp_path)
            assert result.returncode == 2, (name, command, result.stderr)
            line = one_line(result.stderr)
            assert "is damaged" in line and "restore it" in line and "delete it" in line, line
            assert path.read_bytes() == content, (name, command)
        assert not Path(str(path) + ".wal").exists()
    # a folder that cannot be written (sysfs refuses even root)
    result = ogi("run", "--raw-dir", str(raw_dir), "--warehouse", "/sys/ogi-test/ogi.duckdb", tmp_path=tmp_path)
    assert result.returncode == 2 and "cannot write the warehouse folder" in one_line(result.stderr)
    result = ogi("query", "select 1", "--warehouse", "/sys/ogi-test/ogi.duckdb")
    assert result.returncode == 2 and "no warehouse" in one_line(result.stderr)


def _readers_held(warehouse: Path) -> bool:
    """True while some process holds the readers lock (an `ogi query` is open)."""
    fd = os.open(readers_path(warehouse), os.O_RDWR | os.O_CREAT)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return False
    except BlockingIOError:
        return True
    finally:
        os.close(fd)


def test_queries_and_runs_wait_for_each_other_and_both_succeed(tmp_path):
    raw_dir, warehouse = copy_seed_reports(tmp_path / "raw"), tmp_path / "wh" / "ogi.duckdb"
    warehouse.parent.mkdir()
    duckdb.connect(str(warehouse)).close()  # an empty warehouse a query can open
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "dagster")}
    # a query that would run for many minutes, open when the run starts
    long_query = subprocess.Popen([OGI, "query", "select sum(hash(i)) from range(100000000000) t(i)",
                                   "--warehouse", str(warehouse)], stdout=subprocess.PIPE,
                                  stderr=subprocess.PIPE, text=True, env=env)
    try:
        deadline = time.monotonic() + 60
        while not _readers_held(warehouse):
            assert time.monotonic() < deadline and long_query.poll() is None, long_query.stderr.read()
            time.sleep(0.1)
        run_ = Ogi(tmp_path, raw_dir, warehouse)
        assert run_.wait_for(lambda line: "waiting for the queries" in line, timeout=120), run_.lines
        assert run_.proc.poll() is None  # waiting, not failed
    finally:
        long_query.kill()  # the user gives up on it; the run goes on
        long_query.wait()
    assert run_.wait_for(lambda line: line.startswith("ogi: running the pipeline"))
    # a query while the run writes waits for it, says so in one line, then answers from the finished warehouse
    during = subprocess.run([OGI, "query", "select count(*) as reports from marts.dim_report", "--csv",
                             "--warehouse", str(warehouse)], capture_output=True, text=True, timeout=600, env=env)
    assert run_.finish() == 0, run_.lines
    assert during.returncode == 0, during.stderr
    assert during.stdout.splitlines() == ["reports", "5"]
    assert "a run is writing" in one_line(during.stderr)
    # a query that gives up waiting says so in one line; a file's new time makes the run go through the
    # pipeline (with nothing new, `ogi run` answers from the warehouse without holding it for long)
    touched = sorted(raw_dir.iterdir())[0]
    os.utime(touched, ns=(touched.stat().st_atime_ns, touched.stat().st_mtime_ns + 10**9))
    holder = Ogi(tmp_path, raw_dir, warehouse)
    assert holder.wait_for(lambda line: line.startswith("ogi: running the pipeline"))
    impatient = ogi("query", "select 1", "--warehouse", str(warehouse), OGI_QUERY_TIMEOUT="1")
    assert holder.finish() == 0, holder.lines
    assert impatient.returncode == 1
    assert "still writing" in impatient.stderr.splitlines()[-1] and len(impatient.stderr.splitlines()) == 2


def test_a_hostile_drop_loads_every_good_report_once(tmp_path, definitions):
    drop = copy_seed_reports(tmp_path / "raw")
    seeds = sorted(p.name for p in drop.glob("*.txt"))
    (drop / "copies").mkdir()
    for name in ("a.txt", "b.txt"):
        shutil.copy(drop / seeds[0], drop / "copies" / name)
    (drop / "link.txt").symlink_to(seeds[1])
    outside = tmp_path / "outside.txt"
    outside.write_text(_seed_text(2).replace("2018", "2016"), encoding="utf-8")
    (drop / "escape.txt").symlink_to(outside)
    os.mkfifo(drop / "pipe.txt")
    (drop / "huge.txt").write_text(_seed_text(0).replace("主动公开政府信息286条", f"主动公开政府信息{HUGE}条"),
                                   encoding="utf-8")
    warehouse = tmp_path / "wh" / "ogi.duckdb"
    first = Ogi(tmp_path, drop, warehouse)
    assert first.finish() == 0, first.lines
    summary = first.proc.stdout.read()
    assert "same text       2 reports dropped under several names (5 paths)" in summary, summary

    files = dict(query(warehouse, "select source_file, read_error from marts.dim_source_file"))
    assert len(files) == 5 + 6  # every path is listed
    assert "outside the drop folder" in files["escape.txt"] and "named pipe" in files["pipe.txt"]
    reports = query(warehouse, "select source_file, source_file_count, source_files from marts.dim_report "
                               "order by source_file")
    assert [r[0] for r in reports] == [*seeds, "huge.txt"]  # a text goes by the first of its paths
    counts = {r[0]: (r[1], r[2]) for r in reports}
    assert counts[seeds[0]] == (3, [seeds[0], "copies/a.txt", "copies/b.txt"])
    assert counts[seeds[1]] == (2, [seeds[1], "link.txt"])
    # findings once per report, cells once per report, as the parser reads the good files
    assert query(warehouse, "select count(*) - count(distinct (report_id, rule_id, indicator_code, "
                            "applicant_type_code, message)) from marts.fct_validation_finding") == [(0,)]
    for name in seeds:
        cells = query(warehouse, "select count(*) from marts.fct_report_statistic s join marts.dim_report r "
                                 "using (report_id) where r.source_file = ?", [name])
        assert cells == [(len(parse_rows("x", (drop / name).read_text(encoding="utf-8"))[1]),)]
    assert query(warehouse, """
        select s.value, s.value_status, i.issue_kind, i.source_line
        from marts.fct_report_statistic s join marts.dim_report r using (report_id)
        join marts.fct_parse_issue i on i.report_id = r.report_id
        where r.source_file = 'huge.txt' and s.indicator_code = 'prose.proactive_disclosed'""") == [
        (None, "unreadable", "value_out_of_range", 13)]
    # the next run over the same drop has nothing new and fails nothing
    again = Ogi(tmp_path, drop, warehouse)
    assert again.finish() == 0, again.lines
    # the good files' reports are what a clean run on the good files alone gives
    clean = tmp_path / "clean" / "ogi.duckdb"
    run(definitions, copy_seed_reports(tmp_path / "good"), clean)
    for sql in ["select * from marts.fct_report_statistic",
                "select * exclude (checked_at) from marts.fct_validation_finding",
                "select * from marts.fct_parse_issue"]:
        seeds_only = f"select * from ({sql}) where report_id in (select report_id from marts.dim_report " \
                     f"where source_file like '0%') order by all"
        assert query(warehouse, seeds_only) == query(clean, seeds_only), sql
    assert len(query(clean, "select * from marts.fct_report_statistic")) > 100
