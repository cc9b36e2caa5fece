"""The floor: read every file of a folder and insert its text into DuckDB, nothing else.

No decoding guesses, no hashing, no parsing, no models, no checks: what any
pipeline over these files must at least spend. `make bench` prints the
pipeline's times as multiples of this one.

    python -m benchmarks.floor DROP_DIR WAREHOUSE
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

import duckdb
import pandas as pd

_BATCH = 2_000


def load(drop_dir: Path, warehouse: Path) -> int:
    con = duckdb.connect(str(warehouse))
    con.execute("create table if not exists documents (path varchar, text varchar)")
    paths, texts, count = [], [], 0

    def flush() -> None:
        con.register("batch", pd.DataFrame({"path": paths, "text": texts}))
        con.execute("insert into documents select * from batch")
        con.unregister("batch")
        paths.clear()
        texts.clear()

    for folder, _, names in os.walk(drop_dir):
        for name in names:
            path = Path(folder, name)
            paths.append(str(path.relative_to(drop_dir)))
            texts.append(path.read_bytes().decode("utf-8", errors="replace"))
            count += 1
            if len(paths) >= _BATCH:
                flush()
    if paths:
        flush()
    con.close()
    return count


if __name__ == "__main__":
    print(load(Path(sys.argv[1]), Path(sys.argv[2])))
