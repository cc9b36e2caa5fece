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


@pytest.fixture(scope="session")
def dbt_manifest(tmp_path_factory):
    from orchestration.cli import ensure_dbt_manifest

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


def copy_seed_reports(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in SEED_REPORTS.glob("*.txt"):
        shutil.copy(path, target / path.name)
    return target


def run(definitions, raw_dir, warehouse):
    """The pipeline job in this process, on this drop folder and warehouse; it must succeed."""
    saved = {k: os.environ.get(k) for k in ("OGI_RAW_DIR", "OGI_WAREHOUSE")}
    os.environ["OGI_RAW_DIR"], os.environ["OGI_WAREHOUSE"] = str(raw_dir), str(warehouse)
    try:
        result = definitions.resolve_job_def("ogi_pipeline").execute_in_process(
            instance=DagsterInstance.ephemeral(), raise_on_error=False)
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
    assert result.success, [e.event_specific_data.error for e in result.all_events if e.is_step_failure]
    return result


def query(warehouse, sql, params=None):
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()
