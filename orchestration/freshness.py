"""Is the warehouse already what a run would make of the drop folder? Answered without Dagster or dbt.

A run with nothing new would rebuild nothing (the assets compare the raw
tables with what the marts and checks were built from), yet starting
Dagster and loading the dbt project cost seconds. `ogi run` records, after
each complete run, a digest of everything a run reads: the drop folder's
paths, sizes and modification times, the dbt project, the parser and rules
versions and the settings that change what is read. When the next `ogi run`
finds the same digest, the same raw generation, and no run since, it says so
and prints the summary, without starting Dagster.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import duckdb

from orchestration import settings
from orchestration.dbt_launcher import SOCKET_VAR

STATE = "last_complete_run"  # raw.pipeline_state: "<inputs digest>:<raw generation>"
# settings that change nothing a run produces (the warm dbt server's socket is set before the digest is taken)
_NOT_INPUTS = {settings.WAREHOUSE_VAR, settings.REVIEWER_VAR, "OGI_PROGRESS", "OGI_QUERY_TIMEOUT", "OGI_LOCK_TIMEOUT",
               SOCKET_VAR}


def dbt_sources_digest() -> str:
    digest = hashlib.sha256()
    for path in settings.dbt_source_files():
        digest.update(path.relative_to(settings.DBT_PROJECT_DIR).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def inputs_digest(raw_dir: Path, drop: list | None = None) -> str:
    """`drop`: the folder's scan when the caller has made it (drops.scan_drop)."""
    from orchestration.drops import fingerprint, scan_drop
    from orchestration.parser.version import PARSER_VERSION
    from orchestration.validation.run import rules_digest

    review = settings.review_dir(raw_dir.resolve())  # reviewers' decisions are read by every run too
    digest = hashlib.sha256()
    for part in (str(raw_dir.resolve()), fingerprint(scan_drop(raw_dir) if drop is None else drop),
                 fingerprint(scan_drop(review)) if review.is_dir() else "", dbt_sources_digest(), PARSER_VERSION,
                 rules_digest(), *sorted(f"{k}={v}" for k, v in os.environ.items()
                                          if k.startswith("OGI_") and k not in _NOT_INPUTS)):
        digest.update(part.encode() + b"\n")
    return digest.hexdigest()[:32]


def _states(con: duckdb.DuckDBPyConnection) -> dict[str, str]:
    return dict(con.execute("select name, value from raw.pipeline_state").fetchall())


def is_current(warehouse: Path, digest: str) -> bool:
    """True if the last complete `ogi run` read these same inputs and nothing has written since."""
    from orchestration import shards

    if not warehouse.exists() or any(shards.shards_dir(warehouse).glob("v*")):
        return False  # parsed partitions wait to be loaded
    try:
        con = duckdb.connect(str(warehouse), read_only=True)
    except duckdb.Error:
        return False  # the run proper says what is wrong with the file
    try:
        states = _states(con)
    except duckdb.Error:
        return False
    finally:
        con.close()
    from orchestration.warehouse import CHECKS_STATE, MARTS_STATE, RAW_GENERATION

    generation = states.get(RAW_GENERATION, "0")
    marts, checks = states.get(MARTS_STATE), states.get(CHECKS_STATE)
    return states.get(STATE) == f"{digest}:{generation}" and marts is not None and marts == checks


def record(warehouse: Path, digest: str) -> None:
    """After a complete run: the inputs it read, and the raw generation it left."""
    from orchestration.warehouse import RAW_GENERATION

    con = duckdb.connect(str(warehouse))
    try:
        generation = _states(con).get(RAW_GENERATION, "0")
        con.execute("insert into raw.pipeline_state values (?, ?, now()) on conflict (name) do update "
                    "set value = excluded.value, updated_at = excluded.updated_at", [STATE, f"{digest}:{generation}"])
    finally:
        con.close()
