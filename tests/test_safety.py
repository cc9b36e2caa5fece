"""Safety: one writer at a time, and a run killed at any point leaves a warehouse
that the next run brings to exactly what a clean run builds.

These tests drive the real `ogi` command in subprocesses, as a user or a
scheduler would, and kill them with SIGKILL (the whole process group: the
command, its parsing workers and its dbt subprocess)."""

import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from conftest import copy_seed_reports, marts_snapshot, query, run
from orchestration.benchmarks.corpus import write_corpus

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
