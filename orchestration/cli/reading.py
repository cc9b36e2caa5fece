"""Read-only access to the warehouse for the commands that query it, and how they print what they read."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

from orchestration import settings
from orchestration.locking import WarehouseBusy

class QueryError(Exception):
    """A read-only query could not run; the message says why, in one line."""


def query_failed(exc: QueryError) -> int:
    """Print the reason; exit 2 when the warehouse itself cannot be used, 1 when the query failed."""
    print(f"ogi: {exc}", file=sys.stderr)
    return 2 if str(exc).startswith(("no warehouse", "the warehouse", "cannot open")) else 1


def warehouse_from_arg(warehouse_arg: str | None) -> Path:
    return Path(warehouse_arg).resolve() if warehouse_arg else settings.warehouse_path()


@contextlib.contextmanager
def connection(warehouse: Path, allowed_paths: tuple[Path, ...] = ()):
    """A sandboxed read-only connection, opened when no run is writing (see locking.py)."""
    from orchestration.locking import reader_lock
    from orchestration.warehouse import WarehouseUnusable, open_sandboxed

    if not warehouse.exists():
        raise QueryError(f"no warehouse at {warehouse}; run `ogi run` first")
    timeout = settings.query_timeout()

    def waiting() -> None:
        print(f"ogi: a run is writing {warehouse}; waiting up to {timeout:.0f} s for it to finish "
              f"({settings.QUERY_TIMEOUT_VAR}) …", file=sys.stderr, flush=True)

    try:
        with reader_lock(warehouse, timeout, on_wait=waiting):
            con = open_sandboxed(warehouse, allowed_paths)
            try:
                yield con
            finally:
                con.close()
    except WarehouseBusy as exc:
        raise QueryError(f"{exc}; try again when it ends, or raise {settings.QUERY_TIMEOUT_VAR}") from None
    except WarehouseUnusable as exc:
        raise QueryError(str(exc)) from None


def read_only(warehouse_arg: str | None, queries: list[tuple[str, list]]):
    """Run SQL on the warehouse through a sandboxed read-only connection; one DataFrame per query.

    Values are fetched as Python objects: DECIMAL stays Decimal, never float.
    """
    import duckdb
    import pandas as pd

    with connection(warehouse_from_arg(warehouse_arg)) as con:
        try:
            frames = []
            for sql, params in queries:
                cursor = con.execute(sql, params)
                columns = [d[0] for d in cursor.description or []]
                frames.append(pd.DataFrame(cursor.fetchall(), columns=columns, dtype=object))
            return frames
        except duckdb.PermissionException as exc:
            raise QueryError(f"{str(exc).splitlines()[0]} (queries read only the warehouse: no other file, "
                              "no ATTACH, no extensions; `ogi export` writes a table to a file)") from None
        except duckdb.Error as exc:
            raise QueryError(str(exc).splitlines()[0]) from None


def plain(value) -> str:
    """A value as people write it: 979 and 2.5, not 979.0000 and 2.5000; a missing value as an empty cell."""
    from decimal import Decimal

    if value is None or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f") if value.is_finite() else str(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def print_frame(frame, csv: bool) -> None:
    import pandas as pd

    frame = frame.map(plain)
    if csv:
        frame.to_csv(sys.stdout, index=False)
        return
    with pd.option_context("display.max_rows", None, "display.max_columns", None, "display.width", 200,
                           "display.max_colwidth", 60):
        print(frame.to_string(index=False) if len(frame) else f"(no rows; columns: {', '.join(frame.columns)})")


def _width(text: str) -> int:
    """Columns a terminal gives the text: CJK characters take two."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def aligned(frame) -> str:
    """Left-aligned columns padded to their display width; the last (the message) is not padded."""
    rows = [list(frame.columns)] + [[plain(v) for v in row] for row in frame.itertuples(index=False)]
    widths = [max(_width(r[i]) for r in rows) for i in range(len(rows[0]) - 1)]
    return "\n".join("  ".join([*(c + " " * (w - _width(c)) for c, w in zip(r, widths)), r[-1]]) for r in rows)
