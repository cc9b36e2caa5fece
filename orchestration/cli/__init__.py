"""The `ogi` command: run the pipeline, query the warehouse and its findings, open the UI.

One module per command (run.py: run and parse-partition; query.py: query and export; findings.py;
evaluate.py; ui.py; review's commands live with review), runner.py for what the commands that run
Dagster share and reading.py for read-only access to the warehouse.
"""

from __future__ import annotations

import argparse
import atexit
import os
import sys

from orchestration.cli import evaluate, findings, query, run, ui
from orchestration.review.commands import add_parser as add_review_parser


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="ogi", description="Open Government Information annual reports → DuckDB.")
    sub = parser.add_subparsers(dest="command", required=True)
    run.add_parser(sub)
    query.add_parser(sub)
    evaluate.add_parser(sub)
    findings.add_parser(sub)
    add_review_parser(sub)
    ui.add_parser(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return args.func(args)
    except BrokenPipeError:
        # `ogi findings | head`: the reader has what it wanted; no traceback
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


def entry() -> None:
    """The `ogi` command: main, then exit without tearing the interpreter down.

    After a run, Python's own shutdown (freeing the modules and objects of
    Dagster, dbt, Great Expectations and pandas) took 1.5 s more. Everything
    is written and closed by then; exit handlers still run and output is
    flushed. Tests call `main`, which returns.
    """
    code = main()
    atexit._run_exitfuncs()  # logging's flush, Dagster's and others' clean-up, as a normal exit runs them
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0 if code is None else code if isinstance(code, int) else 1)  # as sys.exit would


