"""Shared fixtures. Definitions read the dbt manifest at import, so tests import
them only after `ensure_dbt_manifest` has run (never at module level)."""

import os
import shutil
from pathlib import Path

import duckdb
import pytest
from dagster import DagsterInstance

PROJECT_ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SEED_REPORTS = PROJECT_ROOT / "raw"


# Tests that run the pipeline, dbt or the webserver; `make test-fast` leaves them out.
END_TO_END_FIXTURES = {"dbt_manifest", "definitions", "seeded", "validated", "webserver"}


def pytest_collection_modifyitems(items):
    for item in items:
        if END_TO_END_FIXTURES & set(item.fixturenames) or item.module.__name__ == "test_safety":
            item.add_marker(pytest.mark.e2e)


@pytest.fixture(scope="session")
def dbt_manifest(tmp_path_factory):
    from orchestration.cli.runner import ensure_dbt_manifest

    saved = os.environ.get("OGI_WAREHOUSE")
    # dbt parse needs a profile path; nothing is written to it
    os.environ["OGI_WAREHOUSE"] = str(tmp_path_factory.mktemp("parse") / "unused.duckdb")
    try:
        ensure_dbt_manifest()
    finally:
        if saved is None:
            os.environ.pop("OGI_WAREHOUSE", None)
        else:
            os.environ["OGI_WAREHOUSE"] = saved
    return PROJECT_ROOT / "dbt_project" / "target" / "manifest.json"


@pytest.fixture(scope="session")
def definitions(dbt_manifest):
    from orchestration.definitions import defs

    return defs


@pytest.fixture(scope="session")
def validated(definitions, tmp_path_factory):
    """The reports of validation_reports.py, through the whole pipeline once."""
    from validation_reports import build

    return build(definitions, tmp_path_factory.mktemp("rules"))


@pytest.fixture(scope="session")
def seeded(definitions, tmp_path_factory):
    """The seed reports through the whole pipeline once, for every test that only reads the result:
    (drop folder, warehouse, the run's result, the Dagster instance it ran in)."""
    root = tmp_path_factory.mktemp("seeded")
    raw_dir, warehouse = copy_seed_reports(root / "raw"), root / "warehouse" / "ogi.duckdb"
    with DagsterInstance.ephemeral() as instance:
        yield raw_dir, warehouse, run(definitions, raw_dir, warehouse, instance=instance), instance


def copy_seed_reports(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in SEED_REPORTS.glob("*.txt"):
        shutil.copy(path, target / path.name)
    return target


def run(definitions, raw_dir, warehouse, expect_success=True, run_config=None, instance=None,
        job="ogi_pipeline", partition_key=None, **env):
    """The real job (by default the pipeline), in this process, on a temporary drop folder and warehouse."""
    from dagster import DagsterInstance

    env = {"OGI_RAW_DIR": str(raw_dir), "OGI_WAREHOUSE": str(warehouse), **env}
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        result = definitions.resolve_job_def(job).execute_in_process(
            instance=instance or DagsterInstance.ephemeral(), raise_on_error=False, run_config=run_config,
            partition_key=partition_key)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    if expect_success:
        assert result.success, [e.event_specific_data.error for e in result.all_events if e.is_step_failure]
    return result


def query(warehouse, sql, params=None):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


# When a row was first seen, parsed or checked, and which version of its file
# it came from, are run history: they differ between an incremental run and
# a clean one by design. Everything else in the marts must not.
HISTORY_COLUMNS = {"source_version", "first_seen_at", "parsed_at", "checked_at", "withdrawn_at", "is_withdrawn"}


# Tables that keep what earlier runs saw: an incremental run's differ from a clean run's by design.
HISTORY_TABLES = {"fct_validation_finding_history"}


def marts_snapshot(warehouse, skip_tables=()):
    """Every marts table's rows, history columns and tables left out, in a comparable order."""
    skip_tables = HISTORY_TABLES | set(skip_tables)
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        tables = [t for (t,) in con.execute(
            "select table_name from information_schema.tables where table_schema = 'marts' order by 1").fetchall()
            if t not in skip_tables]
        snapshot = {}
        for table in tables:
            columns = [c for (c,) in con.execute(
                "select column_name from information_schema.columns where table_schema = 'marts' "
                "and table_name = ? order by ordinal_position", [table]).fetchall() if c not in HISTORY_COLUMNS]
            select = ", ".join(f'"{c}"' for c in columns)
            snapshot[table] = con.execute(f"select {select} from marts.{table} order by all").fetchall()
        return snapshot
    finally:
        con.close()
