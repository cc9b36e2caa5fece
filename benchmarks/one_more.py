"""The small runs, timed by stage, on one kept corpus: for working on their fixed cost.

`make bench` writes a fresh corpus and times a full run every time (a
minute at 10,000 reports); this keeps the corpus and its warehouse in a
folder, so that after a code change only the runs that changed are timed:

    python -m benchmarks.one_more DIR [N] [--full] [--rounds K]

The first call (or --full) writes N reports (default 10,000) and times a
full `ogi run` on a fresh warehouse; every call then adds one report and
times the run that takes it, K times, and a run with nothing new. It prints
figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from benchmarks.bench import _measured
from benchmarks.corpus import generate_report, write_corpus, write_report


def _line(what: str, result: dict) -> str:
    stages = " ".join(f"{k} {v:.1f}" for k, v in result["stages_s"].items())
    return (f"{what:<12} {result['wall_s']:6.1f} s   peak {result['peak_tree_mib']:,.0f} MiB   "
            f"stages: {stages}")


def main(argv: list[str] | None = None) -> int:
    args = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    args.add_argument("dir", type=Path)
    args.add_argument("n", type=int, nargs="?", default=10_000)
    args.add_argument("--full", action="store_true", help="write the corpus and time a full run again")
    args.add_argument("--rounds", type=int, default=2)
    args.add_argument("--seed", type=int, default=2024)
    opts = args.parse_args(argv)
    corpus, warehouse = opts.dir / "drop", opts.dir / "warehouse" / "ogi.duckdb"
    env = {**os.environ, "DAGSTER_HOME": str(opts.dir / "dagster"), "OGI_PROGRESS": "plain",
           "DO_NOT_TRACK": "1", "DBT_SEND_ANONYMOUS_USAGE_STATS": "false", "GX_ANALYTICS_ENABLED": "false"}
    env.pop("OGI_RAW_DIR", None)
    env.pop("OGI_WAREHOUSE", None)
    ogi = [str(Path(sys.executable).parent / "ogi"), "run", "--raw-dir", str(corpus), "--warehouse", str(warehouse)]
    if opts.full or not warehouse.exists():
        for old in (corpus, warehouse.parent, opts.dir / "dagster"):
            shutil.rmtree(old, ignore_errors=True)
        (opts.dir / "dagster").mkdir(parents=True)
        write_corpus(corpus, opts.n, seed=opts.seed, junk=True)
        print(_line(f"full {opts.n:,}", _measured(ogi, env)), flush=True)
    added = sum(1 for _ in corpus.rglob("*"))  # a new index each call, so each report is new
    for _ in range(opts.rounds):
        write_report(corpus, generate_report(opts.seed, opts.n + added))
        added += 1
        print(_line("+1 report", _measured(ogi, env)), flush=True)
    print(_line("nothing new", _measured(ogi, env)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
