"""Check results kept in the warehouse, so that a run that rebuilds nothing still reports every check.

A run with nothing new skips the dbt build and the Great Expectations suites:
their inputs are unchanged, so their results would be too. Without a result in
that run the UI shows every check as "Skipped" and hides a failing one. The
results of the last complete build are stored in raw.pipeline_state beside the
state that says the marts are current, and a run that skips is given them
again, marked with when they were evaluated.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable

import dagster as dg
import duckdb
from dagster._core.definitions.metadata import normalize_metadata

from orchestration import warehouse

DBT_TESTS = "dbt_test_results"
VALIDATION = "validation_check_results"


def store(con: duckdb.DuckDBPyConnection, name: str, results: Iterable[dg.AssetCheckResult | dg.AssetCheckEvaluation],
          merge: bool = False) -> None:
    """Keep these results; `merge` keeps the stored results of checks not among them (a subset run)."""
    kept = {(r["asset_key"], r["check_name"]): r for r in _load_rows(con, name)} if merge else {}
    evaluated_at = dt.datetime.now().isoformat(timespec="seconds")
    for r in results:
        key = r.asset_key.to_user_string()
        kept[(key, r.check_name)] = {
            "asset_key": key, "check_name": r.check_name, "passed": r.passed, "severity": r.severity.value,
            "evaluated_at": evaluated_at,
            "metadata": dg.serialize_value(normalize_metadata(dict(r.metadata or {}))),
        }
    warehouse.set_state(con, name, json.dumps(list(kept.values()), ensure_ascii=False))


def _load_rows(con: duckdb.DuckDBPyConnection, name: str) -> list[dict]:
    value = warehouse.get_state(con, name)
    return json.loads(value) if value else []


def load(con: duckdb.DuckDBPyConnection, name: str) -> list[dg.AssetCheckEvaluation]:
    """The stored results, each saying that it is carried forward and when it was evaluated."""
    out = []
    for row in _load_rows(con, name):
        metadata = dg.deserialize_value(row["metadata"], dict)
        metadata["carried_forward_from"] = dg.MetadataValue.text(
            f"{row['evaluated_at']} (nothing changed since; not re-evaluated)")
        out.append(dg.AssetCheckEvaluation(
            asset_key=dg.AssetKey.from_user_string(row["asset_key"]), check_name=row["check_name"],
            passed=row["passed"], severity=dg.AssetCheckSeverity(row["severity"]), metadata=metadata))
    return out


def as_result(evaluation: dg.AssetCheckEvaluation) -> dg.AssetCheckResult:
    """The form an op yields for a check of its own."""
    return dg.AssetCheckResult(asset_key=evaluation.asset_key, check_name=evaluation.check_name,
                               passed=evaluation.passed, severity=evaluation.severity, metadata=evaluation.metadata)
