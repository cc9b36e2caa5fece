"""Run-time settings. Each is read when called, never at import, so the UI,
the CLI, the tests and dbt's profiles.yml see the same value of one variable."""

from __future__ import annotations

import os
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"

RAW_DIR_VAR = "OGI_RAW_DIR"
WAREHOUSE_VAR = "OGI_WAREHOUSE"
DAGSTER_HOME_VAR = "DAGSTER_HOME"


def _resolve(value: str | None, default: Path) -> Path:
    return Path(value).expanduser().resolve() if value else default


def raw_dir() -> Path:
    return _resolve(os.environ.get(RAW_DIR_VAR), PROJECT_ROOT / "raw")


def warehouse_path() -> Path:
    return _resolve(os.environ.get(WAREHOUSE_VAR), PROJECT_ROOT / "warehouse" / "ogi.duckdb")


def dagster_home() -> Path:
    return _resolve(os.environ.get(DAGSTER_HOME_VAR), PROJECT_ROOT / ".dagster")


def export_for_subprocesses() -> None:
    """Pin the resolved paths in the environment, so that dbt (a subprocess that
    resolves relative paths from its own project folder) opens the same file."""
    os.environ[RAW_DIR_VAR] = str(raw_dir())
    os.environ[WAREHOUSE_VAR] = str(warehouse_path())
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
