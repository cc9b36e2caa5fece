"""Dagster resources: where the drop folder and the warehouse are.

Both default to the OGI_* variables, read when a run starts, so that the UI,
sensor, schedule and `ogi run` agree without configuration.
"""


import contextlib
from pathlib import Path

import dagster as dg

from orchestration import settings
from orchestration.locking import WarehouseBusy, writer_lock
from orchestration.warehouse import WarehouseUnusable, check_intact


class DropFolder(dg.ConfigurableResource):
    """The folder report files are dropped into (default: $OGI_RAW_DIR or raw/)."""

    path: str | None = None

    def resolved(self) -> Path:
        return Path(self.path).resolve() if self.path else settings.raw_dir()


class WarehouseReader(dg.ConfigurableResource):
    """The DuckDB warehouse file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb), for steps that only
    read it: they take no writer lock, so any number run at once (the parse partitions)."""

    path: str | None = None

    def resolved(self) -> Path:
        return Path(self.path).resolve() if self.path else settings.warehouse_path()


class Warehouse(WarehouseReader):
    """The DuckDB warehouse file, written by one run at a time."""

    @contextlib.contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext):
        # Sensor, schedule and UI runs queue behind an `ogi run` (or each other)
        # here; inside `ogi run` the command already holds the lock.
        warehouse = self.resolved()

        def waiting() -> None:
            if context.log:
                context.log.info(f"waiting for another run to finish writing {warehouse}")

        try:
            with writer_lock(warehouse, timeout=settings.lock_timeout(), on_wait=waiting,
                             readers_timeout=settings.lock_timeout()):
                check_intact(warehouse)
                yield self
        except WarehouseUnusable as exc:
            raise dg.Failure(str(exc)) from None
        except WarehouseBusy as exc:
            raise dg.Failure(f"{exc}; gave up after {settings.lock_timeout():.0f} s (OGI_LOCK_TIMEOUT)") from None
