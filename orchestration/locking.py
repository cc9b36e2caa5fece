"""One writer per warehouse, across processes: an flock beside the DuckDB file.

DuckDB refuses a second writer with a lock error, which would fail a run
half-way; taking this lock first makes a second `ogi run` stop (or wait)
before it touches anything. The kernel drops the lock when its holder dies,
so a killed run never leaves the warehouse locked.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import time
from pathlib import Path
from typing import Callable, Iterator

# flock locks belong to an open file, not a process: a second flock from the
# process that holds one would wait for itself, so nested holders share it.
_held: dict[str, int] = {}


class WarehouseBusy(RuntimeError):
    pass


def lock_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".lock")


@contextlib.contextmanager
def writer_lock(warehouse: Path, timeout: float = 0.0,
                on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the warehouse's writer lock; wait up to `timeout` seconds for it, else raise WarehouseBusy."""
    key = str(warehouse.resolve())
    if _held.get(key):
        _held[key] += 1
        try:
            yield
        finally:
            _held[key] -= 1
        return
    warehouse.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(lock_path(warehouse), os.O_RDWR | os.O_CREAT, 0o644)
    try:
        deadline, told = time.monotonic() + timeout, False
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    raise WarehouseBusy(f"another run is writing {warehouse}") from None
                if on_wait and not told:
                    on_wait()
                    told = True
                time.sleep(0.5)
        _held[key] = 1
        try:
            yield
        finally:
            _held.pop(key, None)
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)
