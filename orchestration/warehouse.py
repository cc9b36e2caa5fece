"""The DuckDB warehouse: its raw tables and the few writes Python makes.

One process writes the file at a time (DuckDB's lock); every function here
opens a connection for one step and closes it when the step ends.

Every write is one transaction that also bumps `raw_generation`, so a run
killed between any two statements leaves either all of a batch or none of
it, and the next run knows whether the marts are behind the raw tables.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd

from orchestration import settings
from orchestration.drops import OK, FileStat, ReadFile

RAW_DDL = """
create schema if not exists raw;
create schema if not exists validation;
create table if not exists raw.source_files (
    path varchar not null,
    version integer not null,
    sha256 varchar not null,
    size_bytes bigint not null,
    first_seen_at timestamp not null,
    encoding varchar,
    read_status varchar not null,     -- 'ok', 'unreadable', 'too_large' or 'not_report'
    read_error varchar,
    primary key (path, version)
);
create table if not exists raw.documents (
    sha256 varchar primary key,
    text varchar not null,
    line_count integer not null
);
create table if not exists raw.reports (
    sha256 varchar primary key,
    parser_version varchar not null,
    parsed_at timestamp not null,
    agency varchar, province varchar, city varchar, county varchar,
    division_code varchar, admin_level varchar,
    report_year integer, form varchar not null, published_on date, title varchar,
    rendering varchar, agency_kind varchar
);
-- warehouses made before these columns existed
alter table raw.reports add column if not exists rendering varchar;
alter table raw.reports add column if not exists agency_kind varchar;
create table if not exists raw.statistic_cells (
    sha256 varchar not null,
    code varchar not null,
    applicant_type varchar,
    value decimal(18, 4),
    value_status varchar not null,
    raw_text varchar,
    line_start integer not null,
    line_end integer not null,
    extraction_method varchar not null
);
create table if not exists raw.parse_issues (
    sha256 varchar not null,
    kind varchar not null,
    line integer not null,
    label varchar,
    message varchar not null
);
create table if not exists raw.pipeline_state (
    name varchar primary key,
    value varchar not null,
    updated_at timestamp not null
);
create table if not exists validation.findings (
    report_id varchar not null,
    rule_id varchar not null,
    indicator_code varchar,
    applicant_type_code varchar,
    expected_value decimal(18, 4),
    actual_value decimal(18, 4),
    severity varchar not null,
    message varchar not null,
    checked_at timestamp not null
);
-- evidence added after the first release: extend a warehouse built before it
alter table validation.findings add column if not exists finding_kind varchar;      -- 'source' or 'extraction'
alter table validation.findings add column if not exists operands varchar;          -- JSON list, one object per operand
alter table validation.findings add column if not exists source_line_start integer;
alter table validation.findings add column if not exists source_line_end integer;
-- what each report's findings were computed from (validation/run.py): a run validates only what changed
create table if not exists validation.report_fingerprints (
    report_id varchar primary key,
    agency_id varchar,
    fingerprint ubigint not null,
    validated_at timestamp not null
);
"""

# Columns added after the first release; existing warehouses gain them on the next run.
RAW_MIGRATIONS = """
alter table raw.source_files add column if not exists mtime_ns bigint;       -- when this content was last seen
alter table raw.source_files add column if not exists withdrawn_at timestamp; -- the file left the drop folder
alter table raw.reports add column if not exists parse_error varchar;         -- the parser failed on this text
-- PDF/Word files: JSON of the rendering, each page's read status, each line's page and box
alter table raw.documents add column if not exists provenance varchar;
alter table raw.statistic_cells add column if not exists source_page integer;   -- PDF cells: page, 1-based
alter table raw.statistic_cells add column if not exists source_bbox varchar;   -- [x0, top, x1, bottom], points
"""

# The review folder's rows as written (all text), each with what makes it unusable, if
# anything; replaced whole when the folder changes (orchestration/review/decisions.py).
REVIEW_DDL = """
create schema if not exists review;
create table if not exists review.decisions (
    review_file varchar not null,
    review_line integer not null,
    kind varchar, sha256 varchar, source_file varchar, indicator_code varchar, applicant_type varchar,
    rule_id varchar, value varchar, value_status varchar, reviewer varchar, decided_on varchar, reason varchar,
    problem varchar
);
-- every finding the checks have written, one row per report, rule, cell and kind, with its
-- latest values: a finding a correction fixed leaves validation.findings but stays here
create table if not exists validation.findings_archive (
    report_id varchar not null,
    rule_id varchar not null,
    indicator_code varchar,
    applicant_type_code varchar,
    finding_kind varchar,
    severity varchar,
    expected_value decimal(18, 4),
    actual_value decimal(18, 4),
    message varchar,
    operands varchar,
    source_line_start integer,
    source_line_end integer,
    first_checked_at timestamp not null,
    last_checked_at timestamp not null
);
"""
REVIEW_DIGEST = "review_digest"

RAW_GENERATION = "raw_generation"
MARTS_STATE = "marts_state"  # raw generation and dbt sources the marts were last built from
CHECKS_STATE = "checks_state"  # the marts state the validation findings were last completed for

CURRENT_FILES_SQL = """
select * from raw.source_files
qualify row_number() over (partition by path order by version desc) = 1
"""



class WarehouseUnusable(RuntimeError):
    """The warehouse file cannot be opened; the message says why and what to do, in one line."""


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    """duckdb.connect, with its failures on a damaged or unwritable file as one clear line."""
    try:
        return duckdb.connect(str(path), read_only=read_only, config={"memory_limit": settings.duckdb_memory_limit()})
    except duckdb.Error as exc:
        detail = str(exc).splitlines()[0]
        if "could not set lock" in detail.lower() or "conflicting lock" in detail.lower():
            raise WarehouseUnusable(f"{path} is open in another program that writes it ({detail}); "
                                    "close that program and try again") from None
        if "permission denied" in detail.lower() or "read-only file system" in detail.lower():
            raise WarehouseUnusable(f"cannot open {path} for {'reading' if read_only else 'writing'}: permission "
                                    "denied; choose a warehouse you may write with --warehouse or OGI_WAREHOUSE") \
                from None
        raise WarehouseUnusable(damaged(path, detail)) from None


def damaged(path: Path, detail: str) -> str:
    return (f"the warehouse {path} is damaged ({detail}); restore it from a backup, or delete it "
            f"(and {path.name}.wal if present) and `ogi run` rebuilds it from the drop folder")


def check_intact(path: Path) -> None:
    """Raise WarehouseUnusable if an existing warehouse file does not open and read its catalog.

    Runs before a run writes anything, so a damaged file is never written into.
    DuckDB checks its header and metadata when it opens a file; a file cut
    short is also caught by comparing its size with the blocks it uses. (A
    damaged data block deeper in is found only when read: DuckDB checksums
    every block.)
    """
    if not path.exists():
        return
    con = _open(path, read_only=True)
    try:
        block_size, used_blocks = con.execute(
            "select block_size, used_blocks from pragma_database_size() where database_name = current_database()"
        ).fetchone()
        con.execute("select count(*) from duckdb_columns()").fetchone()
    except duckdb.Error as exc:
        raise WarehouseUnusable(damaged(path, str(exc).splitlines()[0])) from None
    finally:
        con.close()
    # three 4 KiB headers, then the blocks (free ones at the end may be cut off; used ones may not)
    if path.stat().st_size < 3 * 4096 + used_blocks * block_size:
        raise WarehouseUnusable(damaged(path, f"the file is {path.stat().st_size} bytes, too short for the "
                                              f"{used_blocks} blocks it uses"))


@contextlib.contextmanager
def connect(path: Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `ogi run` first")
    con = _open(path, read_only)
    try:
        yield con
    finally:
        con.close()


# How much a step writes before DuckDB checkpoints: its default (16 MB) rewrote the
# documents table's last row group (up to 122,880 texts) at every checkpoint, so
# storing 60,000 texts took 99.7 s against 24.9 s with one checkpoint at the end
# (benchmarks/ingest_growth.py); 1 GB keeps the write-ahead log bounded on a
# larger drop while checkpointing each row group about twice at most.
BULK_CHECKPOINT_THRESHOLD = "1GB"


@contextlib.contextmanager
def bulk_writes(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """A step that stores many batches: checkpoint rarely while it runs, and once when it ends.

    Each batch is still its own transaction; a run killed midway loses
    nothing committed (DuckDB replays its log when the file is next opened).
    """
    con.execute(f"set checkpoint_threshold = '{BULK_CHECKPOINT_THRESHOLD}'")
    try:
        yield
    finally:
        con.execute("reset checkpoint_threshold")
    con.execute("checkpoint")


def open_sandboxed(path: Path, allowed_paths: tuple[Path, ...] = ()) -> duckdb.DuckDBPyConnection:
    """A read-only connection in which no statement can reach anything but the warehouse.

    With external access off, DuckDB refuses COPY, ATTACH, EXPORT, file
    readers (read_csv, read_text, glob …), and installing or loading
    extensions; with the configuration locked, no statement can turn it back
    on. `allowed_paths` are the only other files it may touch (an export's
    output). The settings are made after opening: DuckDB accepts
    allowed_paths only on a running database.
    """
    con = _open(path, read_only=True)
    try:
        if allowed_paths:
            con.execute("set allowed_paths = ?", [[str(p) for p in allowed_paths]])
        con.execute("set enable_external_access = false")
        con.execute("set lock_configuration = true")
    except BaseException:
        con.close()
        raise
    return con


def ensure_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(RAW_DDL)
    con.execute(RAW_MIGRATIONS)
    con.execute(REVIEW_DDL)


@contextlib.contextmanager
def _frames(con: duckdb.DuckDBPyConnection, **frames: pd.DataFrame) -> Iterator[None]:
    for name, frame in frames.items():
        con.register(name, frame)
    try:
        yield
    finally:
        for name in frames:
            with contextlib.suppress(Exception):
                con.unregister(name)


def get_state(con: duckdb.DuckDBPyConnection, name: str) -> str | None:
    row = con.execute("select value from raw.pipeline_state where name = ?", [name]).fetchone()
    return row[0] if row else None


def set_state(con: duckdb.DuckDBPyConnection, name: str, value: str) -> None:
    con.execute("insert into raw.pipeline_state values (?, ?, now()) "
                "on conflict (name) do update set value = excluded.value, updated_at = excluded.updated_at",
                [name, value])


def _bump_generation(con: duckdb.DuckDBPyConnection) -> None:
    """Call inside the transaction that changes raw data, so the two commit together."""
    con.execute("insert into raw.pipeline_state values (?, '1', now()) on conflict (name) do update set "
                "value = cast(cast(pipeline_state.value as bigint) + 1 as varchar), updated_at = excluded.updated_at",
                [RAW_GENERATION])


def raw_generation(con: duckdb.DuckDBPyConnection) -> int:
    return int(get_state(con, RAW_GENERATION) or 0)


def replace_review_decisions(con: duckdb.DuckDBPyConnection, rows: pd.DataFrame, digest: str) -> bool:
    """Load the review folder's rows unless the folder is as last loaded; True if loaded.

    A change is a change of the marts' inputs, so it moves the raw generation
    with it and the next build re-applies the decisions and re-validates.
    """
    # fetched whole: a pending result would keep the frame below from registering
    if con.execute("select value from raw.pipeline_state where name = ?", [REVIEW_DIGEST]).fetchall() == [(digest,)]:
        return False
    with _frames(con, review_rows=rows):
        con.begin()
        con.execute("delete from review.decisions")
        if len(rows):
            con.execute("insert into review.decisions by name select * from review_rows")
        set_state(con, REVIEW_DIGEST, digest)
        _bump_generation(con)
        con.commit()
    return True


@dataclass
class ScanDiff:
    to_read: list[FileStat]  # new, changed, reappeared or previously unreadable by the OS
    previous: dict[str, tuple[int, str, bool]]  # path -> (current version, sha256, withdrawn)
    unchanged: int
    missing: list[tuple[str, int]]  # (path, current version) of files no longer in the folder


def diff_scan(con: duckdb.DuckDBPyConnection, stats: list[FileStat]) -> ScanDiff:
    """Compare a scan with the current versions by size and modification time only."""
    scan = pd.DataFrame({"path": [s.relative_path for s in stats],
                         "size_bytes": [s.size_bytes for s in stats],
                         "mtime_ns": [s.mtime_ns for s in stats]}).astype({"size_bytes": "int64", "mtime_ns": "int64"})
    with _frames(con, scan_now=scan):
        changed = con.execute(f"""
            with cur as ({CURRENT_FILES_SQL})
            select s.path, s.size_bytes, s.mtime_ns, c.version, c.sha256, c.withdrawn_at is not null
            from scan_now s left join cur c using (path)
            where c.path is null
               or c.withdrawn_at is not null
               or c.size_bytes <> s.size_bytes
               or c.mtime_ns is distinct from s.mtime_ns
               or c.read_error like 'cannot read%'
            order by s.path""").fetchall()
        missing = con.execute(f"""
            with cur as ({CURRENT_FILES_SQL})
            select path, version from cur
            where withdrawn_at is null and path not in (select path from scan_now)
            order by path""").fetchall()
    by_path = {s.relative_path: s for s in stats}
    to_read = [by_path[path] for path, *_ in changed]
    previous = {path: (version, sha, withdrawn) for path, _, _, version, sha, withdrawn in changed
                if version is not None}
    return ScanDiff(to_read, previous, len(stats) - len(to_read), [(p, v) for p, v in missing])


def record_read(con: duckdb.DuckDBPyConnection, files: list[ReadFile],
                previous: dict[str, tuple[int, str, bool]], seen_at: dt.datetime) -> dict[str, int]:
    """One transaction: a version for every new or changed file, each distinct text stored once.

    A file whose content is what the warehouse already has (touched, copied
    over itself) only gets its modification time refreshed.
    """
    counts = {"new": 0, "changed": 0, "unchanged": 0, "reappeared": 0}
    versions, touched, docs = [], [], {}
    for f in files:
        prev = previous.get(f.relative_path)
        if prev and not prev[2] and prev[1] == f.sha256:
            counts["unchanged"] += 1
            touched.append((f.relative_path, prev[0], f.mtime_ns))
            continue
        counts["reappeared" if prev and prev[2] else "changed" if prev else "new"] += 1
        counts[f.read_status] = counts.get(f.read_status, 0) + 1
        versions.append((f.relative_path, (prev[0] + 1) if prev else 1, f.sha256, f.size_bytes, seen_at,
                         f.encoding, f.read_status, f.reason, f.mtime_ns))
        if f.read_status == OK and f.sha256 not in docs:
            docs[f.sha256] = (f.sha256, f.text, f.text.count("\n") + 1, f.provenance)
    frames = {}
    if versions:
        frames["new_versions"] = pd.DataFrame(versions, columns=[
            "path", "version", "sha256", "size_bytes", "first_seen_at", "encoding", "read_status", "read_error",
            "mtime_ns"]).astype({"mtime_ns": "int64", "size_bytes": "int64"})
    if docs:
        frames["new_docs"] = pd.DataFrame(list(docs.values()), columns=["sha256", "text", "line_count", "provenance"])
    if touched:
        frames["touched"] = pd.DataFrame(touched, columns=["path", "version", "mtime_ns"]).astype({"mtime_ns": "int64"})
    if not frames:
        return counts
    with _frames(con, **frames):
        con.begin()
        if versions:
            con.execute("insert into raw.source_files by name select * from new_versions")
            _bump_generation(con)
        if docs:
            # a text seen before under another path is stored once
            con.execute("insert or ignore into raw.documents by name select * from new_docs")
        if touched:
            con.execute("update raw.source_files f set mtime_ns = t.mtime_ns from touched t "
                        "where f.path = t.path and f.version = t.version")
        con.commit()
    return counts


def withdraw(con: duckdb.DuckDBPyConnection, missing: list[tuple[str, int]], at: dt.datetime) -> int:
    """Mark files that left the drop folder as withdrawn; their rows and history stay."""
    if not missing:
        return 0
    with _frames(con, gone=pd.DataFrame(missing, columns=["path", "version"])):
        con.begin()
        con.execute("update raw.source_files f set withdrawn_at = ? from gone g "
                    "where f.path = g.path and f.version = g.version and f.withdrawn_at is null", [at])
        _bump_generation(con)
        con.commit()
    return len(missing)


def documents_to_parse(con: duckdb.DuckDBPyConnection, parser_version: str) -> list[str]:
    """sha256 of current, present, readable documents not yet parsed by this parser version.

    In the order the texts are stored (sha256 is the table's key, so each once):
    a batch of them then lies in a few of the table's blocks, and fetching its
    texts does not decompress texts from all over a large table, as sha256
    order did (the texts arrive in path order).
    """
    return [r[0] for r in con.execute(f"""
        with current as (
            select sha256 from ({CURRENT_FILES_SQL})
            where read_status = 'ok' and withdrawn_at is null
        )
        select d.sha256
        from raw.documents d
        where d.sha256 in (select sha256 from current)
          and d.sha256 not in (select sha256 from raw.reports where parser_version = ?)
        order by d.rowid
        """, [parser_version]).fetchall()]


def document_texts(con: duckdb.DuckDBPyConnection, shas: list[str]) -> list[tuple[str, str, str | None]]:
    """(sha256, text, provenance JSON or None) of each document."""
    return con.execute("select sha256, text, provenance from raw.documents where sha256 in (select unnest(?)) "
                       "order by sha256", [shas]).fetchall()


REPORT_COLUMNS = ["sha256", "agency", "province", "city", "county", "division_code", "admin_level", "report_year",
                  "form", "published_on", "title", "rendering", "agency_kind", "parse_error"]
CELL_COLUMNS = ["sha256", "code", "applicant_type", "value", "value_status", "raw_text", "line_start", "line_end",
                "extraction_method", "source_page", "source_bbox"]
ISSUE_COLUMNS = ["sha256", "kind", "line", "label", "message"]


def store_parsed(con: duckdb.DuckDBPyConnection, rows: list[tuple[dict, list[tuple], list[tuple]]],
                 parser_version: str, parsed_at: dt.datetime) -> list[str]:
    """Replace the parse results of these documents, in one transaction if all store.

    rows are `workers.parse_rows` results: (report row, cell rows, issue rows).
    When the batch fails, each report is stored on its own, and one that still
    fails is kept as a report row whose parse_error says why, without its
    cells: one bad report never blocks the others. Returns those reports' sha256.
    """
    try:
        _store_parsed(con, rows, parser_version, parsed_at)
        return []
    except duckdb.Error:
        rollback(con)
        if len(rows) == 1 and rows[0][0].get("parse_error"):
            raise  # even the bare row of a failed report did not store: the warehouse itself is at fault
    failed = []
    for row in rows:
        try:
            _store_parsed(con, [row], parser_version, parsed_at)
        except duckdb.Error as exc:
            rollback(con)
            sha = row[0]["sha256"]
            failed.append(sha)
            error = f"could not store: {str(exc).splitlines()[0]}"[:500]
            _store_parsed(con, [({"sha256": sha, "form": "narrative", "parse_error": error}, [], [])],
                          parser_version, parsed_at)
    return failed


def rollback(con: duckdb.DuckDBPyConnection) -> None:
    with contextlib.suppress(duckdb.Error):  # no transaction was open
        con.rollback()


def parsed_frames(rows: list[tuple[dict, list[tuple], list[tuple]]], parser_version: str,
                  parsed_at: dt.datetime) -> dict[str, pd.DataFrame]:
    """`workers.parse_rows` results as the frames the raw tables are written from: reports, cells, issues."""
    reports = pd.DataFrame([r for r, _, _ in rows], columns=REPORT_COLUMNS)
    reports["parser_version"], reports["parsed_at"] = parser_version, parsed_at
    reports["report_year"] = reports["report_year"].astype("Int64")
    reports["published_on"] = pd.to_datetime(reports["published_on"]).dt.date
    cells = pd.DataFrame([c for _, cs, _ in rows for c in cs], columns=CELL_COLUMNS)
    issues = pd.DataFrame([i for _, _, iss in rows for i in iss], columns=ISSUE_COLUMNS)
    return {"reports": reports, "cells": cells, "issues": issues}


def _store_parsed(con: duckdb.DuckDBPyConnection, rows: list[tuple[dict, list[tuple], list[tuple]]],
                  parser_version: str, parsed_at: dt.datetime) -> None:
    if rows:
        store_parsed_frames(con, parsed_frames(rows, parser_version, parsed_at))


def store_parsed_frames(con: duckdb.DuckDBPyConnection, frames: dict[str, pd.DataFrame]) -> None:
    """Replace the parse results of the frames' reports, in one transaction (no fallback: see store_parsed)."""
    reports, cells, issues = frames["reports"], frames["cells"], frames["issues"]
    with _frames(con, parsed_shas=reports[["sha256"]], new_reports=reports, new_cells=cells, new_issues=issues):
        con.begin()
        # Cells and issues are only ever stored with their report row, so a batch of documents never
        # parsed before (a first load: every batch) has nothing to replace, and skips scanning the
        # whole cells table for it (14 M rows at 100,000 reports, once per batch).
        stored, = con.execute("select count(*) from raw.reports where sha256 in (select sha256 from parsed_shas)"
                              ).fetchone()
        for table in ("raw.reports", "raw.statistic_cells", "raw.parse_issues") if stored else ():
            con.execute(f"delete from {table} where sha256 in (select sha256 from parsed_shas)")
        con.execute("insert into raw.reports by name select * from new_reports")
        if len(cells):
            con.execute("insert into raw.statistic_cells by name "
                        "select * replace (cast(value as decimal(18, 4)) as value) from new_cells")
        if len(issues):
            con.execute("insert into raw.parse_issues by name select * from new_issues")
        _bump_generation(con)
        con.commit()
