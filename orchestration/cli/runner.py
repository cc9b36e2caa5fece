"""What every command that runs Dagster shares: the instance's configuration, the dbt manifest, the
environment subprocesses inherit, a run in this process and the one line that says why it failed."""

from __future__ import annotations

import io
import logging
import os
import re
import subprocess
import sys
from pathlib import Path

from orchestration import progress, settings

DAGSTER_YAML = """\
# Written by `ogi`: no telemetry, and one run at a time (DuckDB has one writer).
# Run monitoring fails runs whose worker died and then frees their pool slots,
# which would otherwise block every later run.
telemetry:
  enabled: false
nux:
  enabled: false
concurrency:
  runs:
    max_concurrent_runs: 1
  pools:
    default_limit: 1
run_monitoring:
  enabled: true
  free_slots_after_run_end_seconds: 30
# Dagster's SQLite files in this folder, written without reconnecting per event
# (orchestration/dagster_storage.py): seconds of every run otherwise.
storage:
  custom:
    module: orchestration.dagster_storage
    class: KeptOpenSqliteStorage
    config:
      base_dir:
        env: DAGSTER_HOME
"""


def prepare_environment(raw_dir: str | None = None, warehouse: str | None = None) -> None:
    if raw_dir:
        os.environ[settings.RAW_DIR_VAR] = raw_dir
    if warehouse:
        os.environ[settings.WAREHOUSE_VAR] = warehouse
    settings.export_for_subprocesses()
    home = settings.dagster_home()
    home.mkdir(parents=True, exist_ok=True)
    os.environ[settings.DAGSTER_HOME_VAR] = str(home)
    config = home / "dagster.yaml"
    # ours is kept current; one a person wrote is left alone
    if not config.exists() or (config.read_text(encoding="utf-8").startswith(DAGSTER_YAML.splitlines()[0])
                               and config.read_text(encoding="utf-8") != DAGSTER_YAML):
        config.write_text(DAGSTER_YAML, encoding="utf-8")
    # dbt and dagster must be found on PATH even when the venv is not activated
    bin_dir = str(Path(sys.executable).parent)
    if not os.environ.get("PATH", "").startswith(bin_dir + os.pathsep):
        os.environ["PATH"] = bin_dir + os.pathsep + os.environ.get("PATH", "")


def dbt_manifest_current() -> bool:
    """Whether the dbt project's manifest is at least as new as every file of the project."""
    manifest = settings.DBT_PROJECT_DIR / "target" / "manifest.json"
    return manifest.exists() and manifest.stat().st_mtime >= max(
        p.stat().st_mtime for p in settings.dbt_source_files())


def ensure_dbt_manifest() -> None:
    """Parse the dbt project when its manifest is missing or older than its files.

    Definitions read the manifest at import; parsing here, before the import,
    keeps `dbt parse` out of every code-location load.
    """
    if dbt_manifest_current():
        return
    print("ogi: parsing the dbt project …", file=sys.stderr)
    result = subprocess.run(
        [str(Path(sys.executable).parent / "dbt"), "parse", "--quiet",
         "--project-dir", str(settings.DBT_PROJECT_DIR), "--profiles-dir", str(settings.DBT_PROJECT_DIR)],
        capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"ogi: dbt parse failed:\n{result.stdout}{result.stderr}")


class DbtLogFilter(io.TextIOBase):
    """dagster-dbt echoes every dbt log line to stdout; keep stdout for the
    summary, count dbt's finished nodes as progress (a live line on a
    terminal, nothing in a log) and print only dbt's closing lines."""

    _KEEP = ("Done. PASS=", "Completed with", "Failure in", "Error in", "Database Error", "Compilation Error",
             "Runtime Error", "Error: ")
    _NODE = re.compile(r"^(\d+) of (\d+) (?!START)")

    def __init__(self) -> None:
        self._buffer = ""

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self._buffer += text
        while "\n" in self._buffer:
            line, self._buffer = self._buffer.split("\n", 1)
            self._line(line.strip())
        return len(text)

    def _line(self, line: str) -> None:
        if not line:
            return
        report = progress.current()  # the dbt asset opened the stage
        if any(key in line for key in self._KEEP):
            if "Done. PASS=" in line:
                report.end(line.split("Done. ", 1)[1])
            if not isinstance(report, progress.TerminalReporter):  # the live line already said it
                print(f"dbt: {line}", file=sys.stderr, flush=True)
        elif m := self._NODE.match(line):
            report.update(int(m.group(1)), total=int(m.group(2)),
                          note=line.split("[")[0].split(" ", 3)[-1][:60].strip(" ."))


def _process_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: alive
        return True
    return True


def release_abandoned_runs(instance) -> list[str]:
    """Fail the runs a killed `ogi run` left "started", and free their pool slots.

    Steps claim a slot of the `duckdb` pool (limit 1) in the Dagster
    instance; a run killed mid-step never gives it back, and every later run
    would wait for it forever. Runs are tagged with the host and pid that
    executes them, so a run whose process is gone is known to be abandoned.
    """
    import socket

    from dagster import DagsterRunStatus, RunsFilter

    host, released = socket.gethostname(), []

    def abandoned(run) -> bool:
        pid = run.tags.get("ogi/pid")
        return (run.tags.get("ogi/host") == host and pid is not None and pid.isdigit()
                and int(pid) != os.getpid() and not _process_alive(int(pid)))

    in_progress = instance.get_runs(filters=RunsFilter(
        job_name="ogi_pipeline", statuses=[DagsterRunStatus.STARTED, DagsterRunStatus.STARTING],
        tags={"ogi/host": host}))
    for run in in_progress:
        if abandoned(run):
            instance.report_run_failed(run, "the process running it ended without finishing (killed?)")
            released.append(run.run_id)
    storage = instance.event_log_storage
    if storage.supports_global_concurrency_limits:
        for run_id in storage.get_concurrency_run_ids():
            run = instance.get_run_by_id(run_id)
            if run is None or run.is_finished or abandoned(run):
                storage.free_concurrency_slots_for_run(run_id)
    return released


def run_pipeline(log_level: str = "WARNING", job_name: str = "ogi_pipeline", partition_key: str | None = None):
    """Execute the job (by default every asset and check) in this process; returns the Dagster result."""
    import socket

    from dagster import DagsterInstance

    from orchestration.definitions import defs

    # When the marts are already current the dbt step runs nothing, and Dagster
    # says so for each dbt test the checks step depends on; that is expected.
    logging.getLogger("dagster._core.execution.plan.active").addFilter(
        lambda record: "emitted no result" not in record.getMessage())
    instance = DagsterInstance.get()
    for run_id in release_abandoned_runs(instance):
        print(f"ogi: run {run_id[:8]} had been killed; marked failed and its pool slot freed", file=sys.stderr)
    job = defs.resolve_job_def(job_name)
    return job.execute_in_process(
        instance=instance,
        partition_key=partition_key,
        tags={"ogi/host": socket.gethostname(), "ogi/pid": str(os.getpid())},
        run_config={"loggers": {"console": {"config": {"log_level": log_level}}}},
        raise_on_error=False,
    )


def failed(result) -> int:
    """Say in one line why a Dagster run failed; the exit code."""
    failures = [e for e in result.all_events if e.is_step_failure]
    if not failures:
        print("ogi: run failed before any step ran", file=sys.stderr)
        return 1
    error = failures[0].event_specific_data.error
    while error.cause is not None:  # the user's error, not Dagster's wrapper
        error = error.cause
    # the last line that says something: not a traceback's frame or its ^^^ marker
    lines = [line for line in error.message.strip().splitlines()
             if re.search(r"\w", line) and not line.strip().startswith(("File ", "^", "~"))]
    reason = (lines or ["unknown error"])[-1].strip()
    print(f"ogi: run failed in step {failures[0].step_key}: {reason}", file=sys.stderr)
    return 1
