"""Shared fixtures. Definitions read the dbt manifest at import, so tests import
them only after `ensure_dbt_manifest` has run (never at module level)."""

import os
import shutil
from pathlib import Path

import pytest

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


def copy_seed_reports(target: Path) -> Path:
    target.mkdir(parents=True, exist_ok=True)
    for path in SEED_REPORTS.glob("*.txt"):
        shutil.copy(path, target / path.name)
    return target
