"""Dagster resources: where the drop folder and the warehouse are.

Both default to the OGI_* variables, read when a run starts, so that the UI,
sensor, schedule and `ogi run` agree without configuration.
"""


from pathlib import Path

import dagster as dg

from orchestration import settings


class DropFolder(dg.ConfigurableResource):
    """The folder report files are dropped into (default: $OGI_RAW_DIR or raw/)."""

    path: str | None = None

    def resolved(self) -> Path:
        return Path(self.path).resolve() if self.path else settings.raw_dir()


class Warehouse(dg.ConfigurableResource):
    """The DuckDB warehouse file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)."""

    path: str | None = None

    def resolved(self) -> Path:
        return Path(self.path).resolve() if self.path else settings.warehouse_path()
