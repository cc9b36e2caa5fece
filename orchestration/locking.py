"""Who may open the warehouse when: flocks beside the DuckDB file.

DuckDB lets one process write a file and refuses every other process while
it does, readers included, with a lock error. Two advisory locks keep `ogi`
processes out of each other's way before DuckDB has to:

- `<warehouse>.lock`: one run at a time. A second `ogi run` stops (or waits)
  before it touches anything.
- `<warehouse>.readers`: `ogi query`, `ogi findings` and `ogi export` hold it
  shared while their connection is open; a run holds it exclusively from
  start to end. So a query waits for a running run (with one line saying so,
  up to OGI_QUERY_TIMEOUT), and a run waits for the queries open when it
  starts, then keeps them out until it ends: neither ever meets DuckDB's lock.

The kernel drops a lock when its holder dies, so a killed process never
leaves the warehouse locked.
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


def readers_path(warehouse: Path) -> Path:
    return warehouse.with_name(warehouse.name + ".readers")


def _acquire(fd: int, mode: int, timeout: float, on_wait: Callable[[], None] | None, busy: str) -> None:
    deadline, told = time.monotonic() + timeout, False
    while True:
        try:
            fcntl.flock(fd, mode | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            if time.monotonic() >= deadline:
                raise WarehouseBusy(busy) from None
            if on_wait and not told:
                on_wait()
                told = True
            time.sleep(0.2)


@contextlib.contextmanager
def writer_lock(warehouse: Path, timeout: float = 0.0, on_wait: Callable[[], None] | None = None,
                readers_timeout: float = float("inf"),
                on_readers: Callable[[], None] | None = None) -> Iterator[None]:
    """Hold the warehouse for one run: wait up to `timeout` seconds for another
    run, then up to `readers_timeout` for open queries; else raise WarehouseBusy."""
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
        _acquire(fd, fcntl.LOCK_EX, timeout, on_wait, f"another run is writing {warehouse}")
        readers = os.open(readers_path(warehouse), os.O_RDWR | os.O_CREAT, 0o644)
        try:
            _acquire(readers, fcntl.LOCK_EX, readers_timeout, on_readers,
                     f"queries kept {warehouse} open for longer than {readers_timeout:.0f} s")
            _held[key] = 1
            try:
                yield
            finally:
                _held.pop(key, None)
        finally:
            os.close(readers)  # closing the descriptor releases its lock
    finally:
        os.close(fd)


@contextlib.contextmanager
def reader_lock(warehouse: Path, timeout: float, on_wait: Callable[[], None] | None = None) -> Iterator[None]:
    """Keep runs from starting while a query reads; wait up to `timeout` seconds for a running one."""
    if _held.get(str(warehouse.resolve())):  # this process is the run: it may read its own warehouse
        yield
        return
    try:
        fd = os.open(readers_path(warehouse), os.O_RDWR | os.O_CREAT, 0o644)
    except OSError:
        try:  # another user's lock file: a shared flock needs only read access
            fd = os.open(readers_path(warehouse), os.O_RDONLY)
        except OSError:
            # a folder we cannot write to holds no lock file, and no run can write there either
            yield
            return
    try:
        _acquire(fd, fcntl.LOCK_SH, timeout, on_wait,
                 f"a run is still writing {warehouse} after {timeout:.0f} s")
        yield
    finally:
        os.close(fd)
