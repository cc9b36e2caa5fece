"""The `ogi` command: run the pipeline, query the warehouse and its findings, open the UI."""

from __future__ import annotations

import argparse
import atexit
import contextlib
import io
import logging
import os
import re
import subprocess
import sys
import time
from pathlib import Path

from orchestration import dbt_warm, progress, settings
from orchestration.locking import WarehouseBusy, writer_lock
from orchestration.problems import PROBLEM_FILES_SQL, problem_files
from orchestration.problems import describe as describe_problems
from orchestration.review.commands import add_parser as add_review_parser
from orchestration.review.commands import summary_lines as review_summary

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


def _prepare_environment(raw_dir: str | None = None, warehouse: str | None = None) -> None:
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


class _DbtLogFilter(io.TextIOBase):
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


def _summary(warehouse: Path) -> str:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        files, unreadable, others = con.execute("""
            select count(*) filter (where not is_withdrawn),
                   count(*) filter (where not is_withdrawn and read_status = 'unreadable'),
                   [count(*) filter (where not is_withdrawn and read_status = 'too_large'),
                    count(*) filter (where not is_withdrawn and read_status = 'not_report'),
                    count(*) filter (where not is_withdrawn and read_status = 'too_slow'),
                    count(*) filter (where not is_withdrawn and read_status = 'needs_ocr'),
                    count(*) filter (where is_withdrawn)]
            from marts.dim_source_file""").fetchone()
        reports, = con.execute("select count(*) from marts.dim_report").fetchone()
        shared, shared_paths = con.execute(
            "select count(*), coalesce(sum(source_file_count), 0) from marts.dim_report where source_file_count > 1"
        ).fetchone()
        forms = con.execute("select form, count(*) from marts.dim_report group by 1 order by 1").fetchall()
        cells, = con.execute("select count(*) from marts.fct_report_statistic").fetchone()
        issues, = con.execute("select count(*) from marts.fct_parse_issue").fetchone()
        findings = con.execute(
            "select rule_id, severity, count(*) from marts.fct_validation_finding group by 1, 2 order by 1").fetchall()
        zero_cells, = con.execute("""
            select count(*) from marts.dim_report r
            where not exists (select 1 from marts.fct_report_statistic s where s.report_id = r.report_id)""").fetchone()
        problems = problem_files(con)
        review = review_summary(con)
    finally:
        con.close()
    lines = [
        f"warehouse       {warehouse}",
        f"files           {files} ({unreadable} unreadable"
        + "".join(f", {n} {what}" for n, what in zip(
            others, ("too large", "not reports", "too slow", "scans needing OCR", "withdrawn")) if n) + ")",
        f"reports loaded  {reports} (" + ", ".join(f"{f}: {n}" for f, n in forms) + ")",
    ]
    if shared:
        lines.append(f"same text       {shared} reports dropped under several names ({shared_paths} paths), "
                     "each loaded and checked once")
    lines += [
        f"cells extracted {cells} ({zero_cells} {'report' if zero_cells == 1 else 'reports'} with no cell)",
        f"parse issues    {issues}",
        "findings        " + (", ".join(f"{r} ({s}): {n}" for r, s, n in findings) or "none"),
    ]
    lines += review
    if problems:
        lines.append(f"files that gave nothing or failed in part: {len(problems)}")
        lines += describe_problems(problems)
    return "\n".join(lines)


def cmd_run(args: argparse.Namespace) -> int:
    if args.review_dir:
        os.environ[settings.REVIEW_DIR_VAR] = str(Path(args.review_dir).expanduser().resolve())
    _prepare_environment(args.raw_dir, args.warehouse)
    raw_dir, warehouse = settings.raw_dir(), settings.warehouse_path()
    if not raw_dir.is_dir():
        print(f"ogi: drop folder {raw_dir} does not exist", file=sys.stderr)
        return 2
    from orchestration.locking import lock_path
    from orchestration.warehouse import WarehouseUnusable, check_intact

    try:  # a folder we cannot write to fails here, before anything starts
        warehouse.parent.mkdir(parents=True, exist_ok=True)
        os.close(os.open(lock_path(warehouse), os.O_RDWR | os.O_CREAT, 0o644))
    except OSError as exc:
        print(f"ogi: cannot write the warehouse folder {warehouse.parent} ({exc.strerror or exc}); "
              "choose another with --warehouse or OGI_WAREHOUSE", file=sys.stderr)
        return 2
    from orchestration import drops, freshness

    started = time.monotonic()
    warm_dbt = scan = None

    def waiting(message: str) -> None:
        nonlocal scan
        scan = None  # the folder may change while we wait: the run scans it afresh
        print(message, file=sys.stderr, flush=True)

    previous = progress.install(progress.for_mode("off" if args.verbose else settings.progress_mode()))
    try:
        # dbt's warm-up (importing dbt, reading the project: about 3 s) is the longest thing a one-report
        # run waits for before its dbt step, so it starts first, before the run knows whether anything is
        # new (a run with nothing new stops it unused); where the project must be parsed afresh, only after
        # that parse, since the warm-up reads the parse state that parse rewrites.
        warm_early = not args.ingest_only and dbt_manifest_current()
        if warm_early:
            warm_dbt = dbt_warm.start()
        scan = None if args.ingest_only else drops.scan_drop(raw_dir)
        digest = None if scan is None else freshness.inputs_digest(raw_dir, scan)
        with writer_lock(warehouse, timeout=float("inf") if args.wait else 0.0,
                         on_wait=lambda: waiting(f"ogi: waiting for another run to finish writing {warehouse} …"),
                         readers_timeout=settings.lock_timeout(),
                         on_readers=lambda: waiting(f"ogi: waiting for the queries reading {warehouse} to end …")):
            check_intact(warehouse)
            if digest and freshness.is_current(warehouse, digest):
                # what the run would find: nothing to read, parse, build or check
                print(f"ogi: nothing new in {raw_dir} since the last complete run; the warehouse is current",
                      file=sys.stderr, flush=True)
                print(_summary(warehouse))
                print(f"done in {time.monotonic() - started:.1f} s")
                return 0
            ensure_dbt_manifest()  # (again after a wait for the lock: the project may have changed meanwhile)
            # the digest's scan is what this run ingests, and the state it records describes
            drops.hand_over_scan(raw_dir, scan)
            if not args.ingest_only and not warm_early:
                warm_dbt = dbt_warm.start()
            job = "ogi_ingest" if args.ingest_only else "ogi_pipeline"
            print(f"ogi: {'reading' if args.ingest_only else 'running the pipeline on'} {raw_dir} …",
                  file=sys.stderr, flush=True)
            if args.verbose:
                result = run_pipeline("INFO", job)
            else:
                with contextlib.redirect_stdout(_DbtLogFilter()):
                    result = run_pipeline("WARNING", job)
            # read while the lock is held: a run started next would keep the file from being opened
            summary = "" if not result.success else (
                _ingest_summary(warehouse) if args.ingest_only else _summary(warehouse))
            if result.success and digest:
                freshness.record(warehouse, digest)
    except WarehouseBusy as exc:
        if "queries" in str(exc):
            print(f"ogi: {exc}; gave up ({settings.LOCK_TIMEOUT_VAR})", file=sys.stderr)
        else:
            print(f"ogi: another run is writing {warehouse}; try again when it ends, or use `ogi run --wait`",
                  file=sys.stderr)
        return 3
    except WarehouseUnusable as exc:
        print(f"ogi: {exc}", file=sys.stderr)
        return 2
    finally:
        drops.hand_over_scan(raw_dir, None)
        progress.install(previous)
        if warm_dbt:
            warm_dbt.stop()
    if not result.success:
        return _failed(result)
    print(summary)
    print(f"done in {time.monotonic() - started:.1f} s")
    return 0


def _ingest_summary(warehouse: Path) -> str:
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        files, pending = con.execute(
            "select (select count(*) from raw.source_files where withdrawn_at is null), "
            "(select count(*) from raw.documents d where not exists "
            " (select 1 from raw.reports r where r.sha256 = d.sha256))").fetchone()
    finally:
        con.close()
    return (f"warehouse       {warehouse}\nfiles           {files:,}\nnot yet parsed  {pending:,} documents "
            "(`ogi parse-partition 0 … f` on any number of processes, then `ogi run`)")


def cmd_parse_partition(args: argparse.Namespace) -> int:
    from orchestration import shards

    _prepare_environment(None, args.warehouse)
    unknown = [k for k in args.keys if k not in shards.KEYS]
    if unknown:
        print(f"ogi: unknown partition {', '.join(unknown)}: partitions are the hex digits 0 … f", file=sys.stderr)
        return 2
    warehouse = settings.warehouse_path()
    if not warehouse.exists():
        print(f"ogi: no warehouse at {warehouse}: run `ogi run --ingest-only` first", file=sys.stderr)
        return 2
    ensure_dbt_manifest()
    previous = progress.install(progress.for_mode(settings.progress_mode()))
    try:
        for key in args.keys:
            with contextlib.redirect_stdout(_DbtLogFilter()):
                result = run_pipeline("WARNING", "ogi_parse_partition", partition_key=key)
            if not result.success:
                return _failed(result)
    finally:
        progress.install(previous)
    return 0


def _failed(result) -> int:
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


class _QueryError(Exception):
    """A read-only query could not run; the message says why, in one line."""


def _query_failed(exc: _QueryError) -> int:
    """Print the reason; exit 2 when the warehouse itself cannot be used, 1 when the query failed."""
    print(f"ogi: {exc}", file=sys.stderr)
    return 2 if str(exc).startswith(("no warehouse", "the warehouse", "cannot open")) else 1


def _warehouse_arg(warehouse_arg: str | None) -> Path:
    return Path(warehouse_arg).resolve() if warehouse_arg else settings.warehouse_path()


@contextlib.contextmanager
def _reading(warehouse: Path, allowed_paths: tuple[Path, ...] = ()):
    """A sandboxed read-only connection, opened when no run is writing (see locking.py)."""
    from orchestration.locking import reader_lock
    from orchestration.warehouse import WarehouseUnusable, open_sandboxed

    if not warehouse.exists():
        raise _QueryError(f"no warehouse at {warehouse}; run `ogi run` first")
    timeout = settings.query_timeout()

    def waiting() -> None:
        print(f"ogi: a run is writing {warehouse}; waiting up to {timeout:.0f} s for it to finish "
              f"({settings.QUERY_TIMEOUT_VAR}) …", file=sys.stderr, flush=True)

    try:
        with reader_lock(warehouse, timeout, on_wait=waiting):
            con = open_sandboxed(warehouse, allowed_paths)
            try:
                yield con
            finally:
                con.close()
    except WarehouseBusy as exc:
        raise _QueryError(f"{exc}; try again when it ends, or raise {settings.QUERY_TIMEOUT_VAR}") from None
    except WarehouseUnusable as exc:
        raise _QueryError(str(exc)) from None


def _read_only(warehouse_arg: str | None, queries: list[tuple[str, list]]):
    """Run SQL on the warehouse through a sandboxed read-only connection; one DataFrame per query.

    Values are fetched as Python objects: DECIMAL stays Decimal, never float.
    """
    import duckdb
    import pandas as pd

    with _reading(_warehouse_arg(warehouse_arg)) as con:
        try:
            frames = []
            for sql, params in queries:
                cursor = con.execute(sql, params)
                columns = [d[0] for d in cursor.description or []]
                frames.append(pd.DataFrame(cursor.fetchall(), columns=columns, dtype=object))
            return frames
        except duckdb.PermissionException as exc:
            raise _QueryError(f"{str(exc).splitlines()[0]} (queries read only the warehouse: no other file, "
                              "no ATTACH, no extensions; `ogi export` writes a table to a file)") from None
        except duckdb.Error as exc:
            raise _QueryError(str(exc).splitlines()[0]) from None


def _plain(value) -> str:
    """A value as people write it: 979 and 2.5, not 979.0000 and 2.5000; a missing value as an empty cell."""
    from decimal import Decimal

    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _print_frame(frame, csv: bool) -> None:
    import pandas as pd

    frame = frame.map(_plain)
    if csv:
        frame.to_csv(sys.stdout, index=False)
        return
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                           "display.max_colwidth", 60):
        print(frame.to_string(index=False) if len(frame) else f"(no rows; columns: {', '.join(frame.columns)})")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def cmd_export(args: argparse.Namespace) -> int:
    """Write one table of the warehouse to a CSV or Parquet file.

    The output goes to a temporary file beside it, the only file the sandbox
    may write, and is renamed into place; a path that is the warehouse (by
    name, link or hard link) or one of its companion files is refused.
    """
    import duckdb

    warehouse = _warehouse_arg(args.warehouse)
    out = Path(args.out).expanduser().absolute()
    protected = [warehouse.with_name(warehouse.name + suffix) for suffix in ("", ".wal", ".lock", ".readers")]
    if any(out.resolve() == p.resolve() or _same_file(out, p) for p in protected):
        print(f"ogi: refusing to write over the warehouse {warehouse}: choose another --out", file=sys.stderr)
        return 2
    if not out.parent.is_dir():
        print(f"ogi: folder {out.parent} does not exist", file=sys.stderr)
        return 2
    schema, _, table = args.table.rpartition(".")
    schema = schema or "marts"
    temporary = out.with_name(f".{out.name}.{os.getpid()}.tmp")
    try:
        with _reading(warehouse, allowed_paths=(temporary,)) as con:
            found = con.execute("select schema_name, table_name from duckdb_tables() where schema_name = ? and "
                                "table_name = ? union all select schema_name, view_name from duckdb_views() "
                                "where schema_name = ? and view_name = ? and not internal",
                                [schema, table, schema, table]).fetchall()
            if not found:
                raise _QueryError(f"no table {schema}.{table} in the warehouse; "
                                  "`ogi query \"show all tables\"` lists them")
            # identifiers from the catalog, quoted; the path is a parameter-free literal we built
            source = '"{}"."{}"'.format(*(part.replace('"', '""') for part in found[0]))
            target = str(temporary).replace("'", "''")
            options = "format csv, header true" if args.format == "csv" else "format parquet"
            try:
                con.execute(f"copy (select * from {source}) to '{target}' ({options})")
            except duckdb.Error as exc:
                raise _QueryError(str(exc).splitlines()[0]) from None
        os.replace(temporary, out)
    except _QueryError as exc:
        return _query_failed(exc)
    finally:
        temporary.unlink(missing_ok=True)
    print(f"ogi: wrote {schema}.{table} to {out}", file=sys.stderr)
    return 0


def cmd_query(args: argparse.Namespace) -> int:
    try:
        frame, = _read_only(args.warehouse, [(args.sql, [])])
    except _QueryError as exc:
        return _query_failed(exc)
    _print_frame(frame, args.csv)
    return 0


FINDINGS_WHERE = """
where (cast(? as varchar) is null or f.agency_name ilike '%' || ? || '%')
  and (cast(? as varchar) is null or f.rule_id = ?)
  and (cast(? as varchar) is null or f.severity = ?)
  and (cast(? as varchar) is null or f.review_status = ?)
"""

FINDINGS_SQL = """
select f.rule_id as rule, f.severity, f.finding_kind as kind, f.review_status as status, f.agency_name as agency,
       f.report_year as year,
       f.source_file || ':' || coalesce(cast(f.source_line_start as varchar), '?')
           || case when f.source_line_end > f.source_line_start then '-' || f.source_line_end else '' end
           -- a PDF's operands name their pages: ` p.2`
           || coalesce(' p.' || nullif(array_to_string(list_sort(list_distinct(
                  cast(json_extract(f.operands, '$[*].page') as integer[]))), ','), ''), '') as "file:line",
       f.message,
       f.form, f.indicator_code, f.applicant_type_code, f.expected_value, f.actual_value, f.operands, f.report_id,
       f.reviewed_by, f.reviewed_on, f.review_reason, f.review_location
from marts.fct_validation_finding f
""" + FINDINGS_WHERE + """
order by f.severity, f.rule_id, f.source_file, f.source_line_start, f.indicator_code, f.applicant_type_code
"""

# every rule is listed, with its severity from the seed, also when nothing breaks it
SUMMARY_BY_RULE_SQL = """
with f as (select * from marts.fct_validation_finding f """ + FINDINGS_WHERE + """)
select r.rule_id as rule, r.severity, count(f.rule_id) as findings,
       count(f.rule_id) filter (where f.finding_kind = 'source') as source,
       count(f.rule_id) filter (where f.finding_kind = 'extraction') as extraction,
       count(distinct f.report_id) as reports,
       -- what review has made of them (ogi review confirm|dismiss|extraction)
       count(f.rule_id) filter (where f.review_status = 'open') as open,
       count(f.rule_id) filter (where f.review_status in ('confirmed', 'dismissed', 'extraction')) as reviewed
from catalog.validation_rules r
left join f on f.rule_id = r.rule_id
group by all
order by findings desc, r.rule_id
"""

SUMMARY_BY_FORM_SQL = """
with f as (select * from marts.fct_validation_finding f """ + FINDINGS_WHERE + """)
select r.form, count(distinct r.report_id) as reports, count(distinct f.report_id) as reports_with_findings,
       count(f.rule_id) filter (where f.severity = 'error') as errors,
       count(f.rule_id) filter (where f.severity = 'warning') as warnings
from marts.dim_report r
left join f on f.report_id = r.report_id
group by all
order by r.form
"""

READABLE_COLUMNS = ["rule", "severity", "kind", "status", "agency", "year", "file:line", "message"]


def _width(text: str) -> int:
    """Columns a terminal gives the text: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _aligned(frame) -> str:
    """Left-aligned columns padded to their display width; the last (the message) is not padded."""
    rows = [list(frame.columns)] + [[_plain(v) for v in row] for row in frame.itertuples(index=False)]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join("  ".join([*(c + " " * (w - _width(c)) for c, w in zip(r, widths)), r[-1]]) for r in rows)


def cmd_findings(args: argparse.Namespace) -> int:
    filters = [value for value in (args.agency, args.rule, args.severity, args.status) for _ in range(2)]
    queries = ([(SUMMARY_BY_RULE_SQL, filters), (SUMMARY_BY_FORM_SQL, filters), (PROBLEM_FILES_SQL, [])]
               if args.summary else [(FINDINGS_SQL, filters)])
    known = [("select rule_id from catalog.validation_rules order by 1", []),
             ("select count(*) from marts.dim_agency where agency_name ilike '%' || ? || '%'", [args.agency or ""])]
    try:
        rules, agencies, *frames = _read_only(args.warehouse, known + queries)
    except _QueryError as exc:
        return _query_failed(exc)
    # "no findings" must mean the data is clean, never that the filter matched nothing
    if args.rule and args.rule not in set(rules["rule_id"]):
        print(f"ogi: no rule {args.rule!r}; the rules are: {', '.join(rules['rule_id'])}", file=sys.stderr)
        return 2
    if args.agency and not agencies.iloc[0, 0]:
        print(f"ogi: no agency in the warehouse has {args.agency!r} in its name "
              "(see `ogi query \"select agency_name from marts.dim_agency\"`)", file=sys.stderr)
        return 2
    if args.summary:
        by_rule, by_form, problems = frames
        if args.csv:
            for i, frame in enumerate(frames):
                if i:
                    print()
                frame.to_csv(sys.stdout, index=False)
            return 0
        print("findings per rule\n" + _aligned(by_rule) + "\n\nreports and findings per form\n" + _aligned(by_form))
        print("\nfiles that gave nothing or failed in part\n"
              + (_aligned(problems.astype(object).where(problems.notna(), "")) if len(problems) else "none"))
        return 0
    frame, = frames
    if args.csv:
        _print_frame(frame, True)
    else:
        print(_aligned(frame[READABLE_COLUMNS]) if len(frame) else "no findings" + (
            " match these filters" if args.agency or args.rule or args.severity or args.status else ""))
    return 0


def cmd_ui(args: argparse.Namespace) -> int:
    _prepare_environment(args.raw_dir, args.warehouse)
    ensure_dbt_manifest()
    command = [str(Path(sys.executable).parent / "dagster"), "dev", "-w", str(settings.PROJECT_ROOT / "workspace.yaml"),
               "--host", args.host, "--port", str(args.port)]
    os.chdir(settings.PROJECT_ROOT)
    # `dagster dev` warns that the `dg` CLI (another package, not installed) supersedes it;
    # it is still Dagster's supported way to run the webserver and daemon together
    os.environ["PYTHONWARNINGS"] = ",".join(
        w for w in (os.environ.get("PYTHONWARNINGS"), "ignore::FutureWarning:click.core") if w)
    os.execv(command[0], command)
    return 0  # pragma: no cover - execv does not return


def cmd_evaluate(args: argparse.Namespace) -> int:
    from orchestration.evaluation import evaluate, evaluate_parts, files_named, find_reports, format_evaluation

    if args.gold is None:
        print(evaluate_parts(details=args.details))
        return 0
    gold = Path(args.gold)
    for what, path in (("gold file", gold), ("reports file", args.reports), ("issues file", args.issues)):
        if path and not Path(path).is_file():
            print(f"ogi evaluate: no {what} at {path}", file=sys.stderr)
            return 2
    reports = Path(args.reports) if args.reports else None
    # the reports sit beside a gold file of their own (a dev set), or in the drop folder
    folders = [Path(args.raw_dir)] if args.raw_dir else [gold.resolve().parent, settings.raw_dir()]
    raw_dir, missing = find_reports(files_named(gold, reports), folders)
    if raw_dir is None:
        print(f"ogi evaluate: {len(missing)} report(s) named in {gold} are not in "
              + " or ".join(str(f) for f in folders) + ": " + ", ".join(missing[:5])
              + (" …" if len(missing) > 5 else "") + ("" if args.raw_dir else " (give their folder with --raw-dir)"),
              file=sys.stderr)
        return 2
    ev = evaluate(gold, raw_dir, reports, Path(args.issues) if args.issues else None)
    print(format_evaluation(ev, details=args.details))
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ogi", description="Open Government Information annual reports → DuckDB.")
    sub = parser.add_subparsers(dest="command", required=True)

    run = sub.add_parser("run", help="ingest, parse, model and validate every report of the drop folder")
    run.add_argument("--raw-dir", help="drop folder (default: $OGI_RAW_DIR or raw/)")
    run.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
    run.add_argument("--review-dir", help="review decisions (default: $OGI_REVIEW_DIR or review/ beside the drop)")
    run.add_argument("-v", "--verbose", action="store_true", help="show Dagster's step log")
    run.add_argument("--wait", action="store_true",
                     help="if another run is writing the warehouse, wait for it instead of stopping")
    run.add_argument("--ingest-only", action="store_true",
                     help="only read the drop folder into the warehouse (then parse partitions apart: parse-partition)")
    run.set_defaults(func=cmd_run)

    partition = sub.add_parser(
        "parse-partition", help="parse the documents whose sha256 starts with KEY (a hex digit) into Parquet "
        "beside the warehouse, reading it only; the next `ogi run` loads them. Run several at once to spread "
        "the parse over processes or hosts")
    partition.add_argument("keys", nargs="+", metavar="KEY", help="partitions: hex digits 0 … f")
    partition.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
    partition.set_defaults(func=cmd_parse_partition)

    query = sub.add_parser("query", help="run SQL on the warehouse (read-only; no other file, no extensions)")
    query.add_argument("sql")
    query.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    query.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
    query.set_defaults(func=cmd_query)

    export = sub.add_parser("export", help="write one warehouse table to a CSV or Parquet file")
    export.add_argument("table", help="table or view, e.g. dim_report or marts.fct_report_statistic "
                        "(schema marts when none is given)")
    export.add_argument("--format", choices=["csv", "parquet"], default="csv")
    export.add_argument("--out", required=True, help="file to write (replaced if it exists)")
    export.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
    export.set_defaults(func=cmd_export)

    evaluate = sub.add_parser("evaluate", help="score the parser cell by cell against hand-read expected values")
    evaluate.add_argument("--gold", help="CSV in the columns of seed_expected_values.csv (default: score the "
                          "project's dev parts and its frozen test part, with the targets)")
    evaluate.add_argument("--raw-dir", help="folder of the reports (default: the gold file's folder if it holds "
                          "them, else $OGI_RAW_DIR or raw/)")
    evaluate.add_argument("--reports", help="expected reports CSV with form and rendering "
                          "(default: the gold file's name with 'values' replaced by 'reports')")
    evaluate.add_argument("--issues", help="CSV source_file,line,kind of rows that must be reported ambiguous "
                          "(default: the gold file's name with 'values' replaced by 'issues')")
    evaluate.add_argument("--details", action="store_true", help="list every wrong, missed and mismatched item")
    evaluate.set_defaults(func=cmd_evaluate)

    findings = sub.add_parser("findings", help="the validation findings, each with file and line (read-only)")
    findings.add_argument("--agency", help="only agencies whose name contains TEXT")
    findings.add_argument("--rule", help="only this rule id (see --summary for the list)")
    findings.add_argument("--severity", choices=["error", "warning"], help="only findings of this severity")
    findings.add_argument("--status", choices=["open", "confirmed", "dismissed", "extraction"],
                          help="only findings with this review status (open: nobody has decided yet)")
    findings.add_argument("--summary", action="store_true", help="counts per rule and per form instead of findings")
    findings.add_argument("--csv", action="store_true", help="print CSV, with every column and the operands JSON")
    findings.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
    findings.set_defaults(func=cmd_findings)

    add_review_parser(sub)

    ui = sub.add_parser("ui", help="start the Dagster UI on workspace.yaml")
    ui.add_argument("--raw-dir")
    ui.add_argument("--warehouse")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    ui.set_defaults(func=cmd_ui)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        # `ogi findings | head`: the reader has what it wanted; no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def entry() -> None:
    """The `ogi` command: main, then exit without tearing the interpreter down.

    After a run, Python's own shutdown (freeing the modules and objects of
    Dagster, dbt, Great Expectations and pandas) took 1.5 s more. Everything
    is written and closed by then; exit handlers still run and output is
    flushed. Tests call `main`, which returns.
    """
    code = main()
    atexit._run_exitfuncs()  # logging's flush, Dagster's and others' clean-up, as a normal exit runs them
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0 if code is None else code if isinstance(code, int) else 1)  # as sys.exit would


if __name__ == "__main__":
    entry()
