"""Run-time settings. Each is read when called, never at import, so the UI,
the CLI, the tests and dbt's profiles.yml see the same value of one variable."""

from __future__ import annotations

import os
from pathlib import Path

from orchestration.documents import Limits

PROJECT_ROOT = Path(__file__).resolve().parents[1]
DBT_PROJECT_DIR = PROJECT_ROOT / "dbt_project"

RAW_DIR_VAR = "OGI_RAW_DIR"
REVIEW_DIR_VAR = "OGI_REVIEW_DIR"
REVIEWER_VAR = "OGI_REVIEWER"
WAREHOUSE_VAR = "OGI_WAREHOUSE"
DAGSTER_HOME_VAR = "DAGSTER_HOME"
MAX_FILE_BYTES_VAR = "OGI_MAX_FILE_BYTES"
WORKERS_VAR = "OGI_WORKERS"
DUCKDB_MEMORY_VAR = "OGI_DUCKDB_MEMORY_LIMIT"
PROGRESS_VAR = "OGI_PROGRESS"
LOCK_TIMEOUT_VAR = "OGI_LOCK_TIMEOUT"
QUERY_TIMEOUT_VAR = "OGI_QUERY_TIMEOUT"
PARSE_TIMEOUT_VAR = "OGI_PARSE_TIMEOUT"
MAX_DOCUMENT_PAGES_VAR = "OGI_MAX_DOCUMENT_PAGES"
MAX_UNPACKED_BYTES_VAR = "OGI_MAX_UNPACKED_BYTES"
DOCUMENT_TIMEOUT_VAR = "OGI_DOCUMENT_TIMEOUT"
DOCUMENT_MEMORY_VAR = "OGI_DOCUMENT_MEMORY_MB"
DBT_WARM_VAR = "OGI_DBT_WARM"

# The parser's own ceiling (orchestration/parser/decoding.py): a file this large
# is not one annual report.
DEFAULT_MAX_FILE_BYTES = 20 * 1024 * 1024


def _resolve(value: str | None, default: Path) -> Path:
    return Path(value).expanduser().resolve() if value else default


def raw_dir() -> Path:
    return _resolve(os.environ.get(RAW_DIR_VAR), PROJECT_ROOT / "raw")


def review_dir(drop_dir: Path | None = None) -> Path:
    """The folder of review decisions: $OGI_REVIEW_DIR, else `review/` beside the drop folder
    (the run's drop folder when one is given, else $OGI_RAW_DIR or raw/)."""
    return _resolve(os.environ.get(REVIEW_DIR_VAR), (drop_dir or raw_dir()).parent / "review")


def reviewer() -> str | None:
    """Who `ogi review` records as the reviewer when --reviewer is not given."""
    return os.environ.get(REVIEWER_VAR) or None


def warehouse_path() -> Path:
    return _resolve(os.environ.get(WAREHOUSE_VAR), PROJECT_ROOT / "warehouse" / "ogi.duckdb")


def dagster_home() -> Path:
    return _resolve(os.environ.get(DAGSTER_HOME_VAR), PROJECT_ROOT / ".dagster")


def dbt_source_files() -> list[Path]:
    """The files a dbt build depends on besides the data: models, seeds, macros, configuration."""
    project = DBT_PROJECT_DIR
    paths = [project / "dbt_project.yml", project / "profiles.yml"]
    for folder in ("models", "seeds", "macros"):
        paths.extend(sorted(p for p in (project / folder).rglob("*") if p.is_file()))
    return [p for p in paths if p.exists()]


def max_file_bytes() -> int:
    """Files larger than this are recorded with a reason and never read into memory."""
    return int(os.environ.get(MAX_FILE_BYTES_VAR) or DEFAULT_MAX_FILE_BYTES)


def workers() -> int:
    """Processes that read and parse files (default: one per core)."""
    return max(1, int(os.environ.get(WORKERS_VAR) or os.cpu_count() or 1))


def duckdb_memory_limit() -> str:
    """DuckDB's memory ceiling, for the pipeline's connections and dbt's; it spills to disk beyond."""
    return os.environ.get(DUCKDB_MEMORY_VAR) or "1GB"


def progress_mode() -> str:
    """'auto' (a live line on a terminal, nothing in logs), 'plain' (one line per step), or 'off'."""
    return (os.environ.get(PROGRESS_VAR) or "auto").lower()


def lock_timeout() -> float:
    """Seconds a scheduled or sensor run waits for another run's writer lock before failing."""
    return float(os.environ.get(LOCK_TIMEOUT_VAR) or 6 * 3600)


def query_timeout() -> float:
    """Seconds `ogi query`, `ogi findings` and `ogi export` wait for a run that is writing the warehouse."""
    return float(os.environ.get(QUERY_TIMEOUT_VAR) or 300)


def dbt_warm() -> bool:
    """Whether `ogi run` warms dbt up before the dbt step (dbt_warm.py); 0 runs the real dbt cold."""
    return os.environ.get(DBT_WARM_VAR, "1").strip() not in ("0", "false", "no", "off")


def parse_timeout() -> float:
    """Seconds the parser may spend on one file before it is recorded as too_slow (0: no limit)."""
    return float(os.environ.get(PARSE_TIMEOUT_VAR) or 60)


def document_limits() -> Limits:
    """What reading one PDF or Word file may take: pages, unpacked size, seconds, memory.
    Past them the file is recorded as too_large or too_slow and the run goes on."""
    return Limits(max_pages=int(os.environ.get(MAX_DOCUMENT_PAGES_VAR) or 300),
                  max_unpacked_bytes=int(os.environ.get(MAX_UNPACKED_BYTES_VAR) or 200 * 1024 * 1024),
                  seconds=float(os.environ.get(DOCUMENT_TIMEOUT_VAR) or 60),
                  memory_bytes=int(os.environ.get(DOCUMENT_MEMORY_VAR) or 2048) * 1024 * 1024)


def export_for_subprocesses(warehouse: Path | None = None) -> None:
    """Pin the resolved paths in the environment, so that dbt (a subprocess that
    resolves relative paths from its own project folder) opens the same file.

    `warehouse` is the path a run was configured with (the `warehouse_db`
    resource); it wins over the variable, so dbt builds where the raw tables are.
    """
    os.environ[RAW_DIR_VAR] = str(raw_dir())
    os.environ[WAREHOUSE_VAR] = str(warehouse or warehouse_path())
    os.environ[DUCKDB_MEMORY_VAR] = duckdb_memory_limit()
    os.environ.setdefault("DO_NOT_TRACK", "1")
    os.environ.setdefault("DBT_SEND_ANONYMOUS_USAGE_STATS", "false")
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
