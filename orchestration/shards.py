"""Parse results of one partition of a drop, kept as Parquet until a run loads them.

A partition is every document whose sha256 starts with one hex digit, so
sixteen partitions cover any drop, and a document is always in the same one.
A partition is parsed by a process that only reads the warehouse (many can,
on other hosts too, from a shared folder), and writes its results here; the
next run, the one writer, loads them into the raw tables and parses only
what no partition covered.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import duckdb
import pandas as pd

KEYS = tuple("0123456789abcdef")
TABLES = ("reports", "cells", "issues")


def shards_dir(warehouse: Path) -> Path:
    return warehouse.parent / "parsed_partitions"


def _name(parser_version: str, key: str) -> str:
    return f"v{parser_version}-{key}"


def write(warehouse: Path, parser_version: str, key: str, frames: dict[str, pd.DataFrame]) -> Path:
    """Write one partition's frames; a reader sees the whole shard or none of it."""
    final = shards_dir(warehouse) / _name(parser_version, key)
    staging = final.with_name(f".{final.name}.{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    con = duckdb.connect()  # in memory: the warehouse is not touched
    try:
        for table in TABLES:
            frame = frames[table]
            con.register("frame", frame)
            select = "select * replace (cast(value as decimal(18, 4)) as value) from frame" \
                if table == "cells" and len(frame) else "select * from frame"
            con.execute(f"copy ({select}) to '{staging / (table + '.parquet')}' (format parquet)")
            con.unregister("frame")
    finally:
        con.close()
    shutil.rmtree(final, ignore_errors=True)
    os.replace(staging, final)
    return final


def pending(warehouse: Path, parser_version: str) -> list[Path]:
    """The shards of this parser version waiting to be loaded."""
    folder = shards_dir(warehouse)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_dir() and p.name.startswith(f"v{parser_version}-"))


def read(shard: Path) -> dict[str, pd.DataFrame]:
    con = duckdb.connect()
    try:
        frames = {t: con.execute("select * from read_parquet(?)", [str(shard / f"{t}.parquet")]).df()
                  for t in TABLES}
    finally:
        con.close()
    frames["reports"]["report_year"] = frames["reports"]["report_year"].astype("Int64")
    return frames


def stale(warehouse: Path, parser_version: str) -> list[Path]:
    """Shards another parser version wrote: never loaded, removed by the next run."""
    folder = shards_dir(warehouse)
    if not folder.is_dir():
        return []
    return [p for p in folder.iterdir() if p.is_dir() and not p.name.startswith(f"v{parser_version}-")
            and not p.name.startswith(".")]


def remove(shard: Path) -> None:
    shutil.rmtree(shard, ignore_errors=True)
