"""The DuckDB warehouse: its raw tables and the few writes Python makes.

One process writes the file at a time (DuckDB's lock); every function here
opens a connection for one step and closes it when the step ends.
"""

from __future__ import annotations

import contextlib
import datetime as dt
from pathlib import Path
from typing import Iterator

import duckdb
import pandas as pd

from orchestration.drops import DroppedFile
from orchestration.parser.records import ParsedReport

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
    read_status varchar not null,     -- 'ok' or 'unreadable'
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
"""


@contextlib.contextmanager
def connect(path: Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    elif not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `ogi run` first")
    con = duckdb.connect(str(path), read_only=read_only)
    try:
        yield con
    finally:
        con.close()


def ensure_raw_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(RAW_DDL)


def latest_versions(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[int, str]]:
    rows = con.execute(
        "select path, version, sha256 from raw.source_files "
        "qualify row_number() over (partition by path order by version desc) = 1").fetchall()
    return {path: (version, sha) for path, version, sha in rows}


def record_files(con: duckdb.DuckDBPyConnection, files: list[DroppedFile], seen_at: dt.datetime) -> dict[str, int]:
    """Add a version for every new or changed file; store each distinct text once."""
    latest = latest_versions(con)
    known_docs = {r[0] for r in con.execute("select sha256 from raw.documents").fetchall()}
    new_versions, new_docs = [], {}
    counts = {"new": 0, "changed": 0, "unchanged": 0, "unreadable": 0}
    for f in files:
        previous = latest.get(f.relative_path)
        if previous and previous[1] == f.sha256:
            counts["unchanged"] += 1
            continue
        counts["changed" if previous else "new"] += 1
        ok = f.decoded.text is not None
        counts["unreadable"] += 0 if ok else 1
        new_versions.append({
            "path": f.relative_path, "version": (previous[0] + 1) if previous else 1,
            "sha256": f.sha256, "size_bytes": f.size_bytes, "first_seen_at": seen_at,
            "encoding": f.decoded.encoding, "read_status": "ok" if ok else "unreadable",
            "read_error": f.decoded.reason,
        })
        if ok and f.sha256 not in known_docs and f.sha256 not in new_docs:
            text = f.decoded.text
            new_docs[f.sha256] = {"sha256": f.sha256, "text": text, "line_count": text.count("\n") + 1}
    con.begin()
    if new_versions:
        versions = pd.DataFrame(new_versions)
        con.register("new_versions", versions)
        con.execute("insert into raw.source_files by name select * from new_versions")
        con.unregister("new_versions")
    if new_docs:
        docs = pd.DataFrame(list(new_docs.values()))
        con.register("new_docs", docs)
        con.execute("insert into raw.documents by name select * from new_docs")
        con.unregister("new_docs")
    con.commit()
    return counts


def documents_to_parse(con: duckdb.DuckDBPyConnection, parser_version: str) -> list[tuple[str, str]]:
    """(sha256, text) of current readable versions not yet parsed by this parser version."""
    return con.execute(
        """
        with current as (
            select sha256 from raw.source_files
            qualify row_number() over (partition by path order by version desc) = 1
        )
        select d.sha256, d.text
        from raw.documents d
        where d.sha256 in (select sha256 from current)
          and d.sha256 not in (select sha256 from raw.reports where parser_version = ?)
        order by d.sha256
        """, [parser_version]).fetchall()


def store_parsed(con: duckdb.DuckDBPyConnection, parsed: list[tuple[str, ParsedReport]],
                 parser_version: str, parsed_at: dt.datetime) -> None:
    """Replace the parse results of these documents, all in one transaction."""
    if not parsed:
        return
    reports, cells, issues = [], [], []
    for sha, rep in parsed:
        m = rep.metadata
        reports.append({
            "sha256": sha, "parser_version": parser_version, "parsed_at": parsed_at,
            "agency": m.agency, "province": m.province, "city": m.city, "county": m.county,
            "division_code": m.division_code, "admin_level": m.admin_level,
            "report_year": m.report_year, "form": m.form, "published_on": m.published_on, "title": m.title,
            "rendering": m.rendering, "agency_kind": m.agency_kind,
        })
        for c in rep.cells:
            cells.append({
                "sha256": sha, "code": c.code, "applicant_type": c.applicant_type,
                # the value travels as text and is cast in SQL, so it stays exact
                "value": None if c.value is None else format(c.value, "f"),
                "value_status": c.value_status, "raw_text": c.raw_text,
                "line_start": c.line_start, "line_end": c.line_end, "extraction_method": c.extraction_method,
            })
        for i in rep.issues:
            issues.append({"sha256": sha, "kind": i.kind, "line": i.line, "label": i.label, "message": i.message})
    shas = pd.DataFrame({"sha256": [sha for sha, _ in parsed]})
    report_frame = pd.DataFrame(reports).astype({"report_year": "Int64"})
    report_frame["published_on"] = pd.to_datetime(report_frame["published_on"]).dt.date
    con.begin()
    con.register("parsed_shas", shas)
    for table in ("raw.reports", "raw.statistic_cells", "raw.parse_issues"):
        con.execute(f"delete from {table} where sha256 in (select sha256 from parsed_shas)")
    con.register("new_reports", report_frame)
    con.execute("insert into raw.reports by name select * from new_reports")
    if cells:
        con.register("new_cells", pd.DataFrame(cells))
        con.execute("insert into raw.statistic_cells by name "
                    "select * replace (cast(value as decimal(18, 4)) as value) from new_cells")
    if issues:
        con.register("new_issues", pd.DataFrame(issues))
        con.execute("insert into raw.parse_issues by name select * from new_issues")
    con.commit()
    for name in ("parsed_shas", "new_reports", "new_cells", "new_issues"):
        with contextlib.suppress(Exception):
            con.unregister(name)
