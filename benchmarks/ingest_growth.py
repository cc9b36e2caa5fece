"""How the cost of storing a batch of read files grows with the warehouse (ingest's writes alone).

Stores N invented files (about 10 KB of text each, a little more than the
corpus's) into a fresh warehouse with `warehouse.record_read`, a batch at a
time and with the checkpoint setting the ingest step uses, and prints the
seconds per 10 batches of 1,000 as the tables grow: flat means linear,
rising means the superlinear part is in the writes.

    python -m benchmarks.ingest_growth DIR [N]
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
import sys
import time
from pathlib import Path

from orchestration import warehouse
from orchestration.drops import OK, ReadFile

_BATCH = 1_000
_WORDS = ["政府信息公开", "主动公开", "依申请公开", "行政复议", "行政诉讼", "年度报告", "人民政府", "统计",
          "本年新收", "上年结转", "予以公开", "不予公开", "总计", "其他", "工作", "情况"]


def invented_file(rng: random.Random, index: int) -> ReadFile:
    text = "\n".join("".join(rng.choices(_WORDS, k=12)) + f" {rng.randint(0, 9999)}" for _ in range(90))
    sha = hashlib.sha256(text.encode()).hexdigest()
    return ReadFile(f"{index % 97}/{index:07d}.txt", sha, len(text.encode()), 1_700_000_000_000_000_000 + index,
                    OK, text, "utf-8", None)


def main(argv: list[str]) -> int:
    folder, n = Path(argv[0]), int(argv[1]) if len(argv) > 1 else 100_000
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ingest_growth.duckdb"
    path.unlink(missing_ok=True)
    rng = random.Random(7)
    seen_at, stored, window = dt.datetime.now(), 0.0, 0.0
    with warehouse.connect(path) as con, warehouse.bulk_writes(con):  # as the ingest step writes
        warehouse.ensure_raw_tables(con)
        for start in range(0, n, _BATCH):
            files = [invented_file(rng, i) for i in range(start, min(start + _BATCH, n))]
            before = time.monotonic()
            warehouse.record_read(con, files, {}, seen_at)
            spent = time.monotonic() - before
            stored, window = stored + spent, window + spent
            if (start // _BATCH) % 10 == 9 or start + _BATCH >= n:
                print(f"{start + len(files):>8,} files: the last 10 batches {window:5.2f} s, "
                      f"all so far {stored:6.1f} s (storing only)", flush=True)
                window = 0.0
        before = time.monotonic()
    print(f"final checkpoint {time.monotonic() - before:.1f} s; storing and checkpoint "
          f"{stored + time.monotonic() - before:.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
