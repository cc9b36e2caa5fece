"""`ogi run` (ingest, parse, model and validate the drop folder) and `ogi parse-partition`."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import time
from pathlib import Path

from orchestration import dbt_warm, progress, settings
from orchestration.cli.runner import DbtLogFilter, dbt_manifest_current, ensure_dbt_manifest, failed, \
    prepare_environment, run_pipeline
from orchestration.locking import WarehouseBusy, writer_lock
from orchestration.problems import describe as describe_problems
from orchestration.problems import problem_files
from orchestration.review.commands import summary_lines as review_summary


def add_parser(sub) -> None:
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


def run_summary(warehouse: Path) -> str:
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
    prepare_environment(args.raw_dir, args.warehouse)
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
                print(run_summary(warehouse))
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
                with contextlib.redirect_stdout(DbtLogFilter()):
                    result = run_pipeline("WARNING", job)
            # read while the lock is held: a run started next would keep the file from being opened
            summary = "" if not result.success else (
                ingest_summary(warehouse) if args.ingest_only else run_summary(warehouse))
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
        return failed(result)
    print(summary)
    print(f"done in {time.monotonic() - started:.1f} s")
    return 0


def ingest_summary(warehouse: Path) -> str:
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

    prepare_environment(None, args.warehouse)
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
            with contextlib.redirect_stdout(DbtLogFilter()):
                result = run_pipeline("WARNING", "ogi_parse_partition", partition_key=key)
            if not result.success:
                return failed(result)
    finally:
        progress.install(previous)
    return 0
