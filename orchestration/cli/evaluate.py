"""`ogi evaluate`: the parser scored cell by cell against hand-read values (the dev and frozen parts, or a gold file)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from orchestration import settings


def add_parser(sub) -> None:
    evaluate = sub.add_parser("evaluate", help="score the parser cell by cell against hand-read expected values")
    evaluate.add_argument("--gold", help="CSV in the columns of seed_expected_values.csv (default: score the "
                          "project's dev parts and its frozen test part, with the targets)")
    evaluate.add_argument("--raw-dir", help="folder of the reports (default: the gold file's folder if it holds "
                          "them, else $OGI_RAW_DIR or raw/)")
    evaluate.add_argument("--reports", help="expected reports CSV with form and rendering "
                          "(default: the gold file's name with 'values' replaced by 'reports')")
    evaluate.add_argument("--issues", help="CSV source_file,line,kind of rows that must be reported ambiguous "
                          "(default: the gold file's name with 'values' replaced by 'issues')")
    evaluate.add_argument("--details", action="store_true", help="list every wrong, missed and mismatched item")
    evaluate.set_defaults(func=cmd_evaluate)


def cmd_evaluate(args: argparse.Namespace) -> int:
    from orchestration.evaluation import evaluate, evaluate_parts, files_named, find_reports, format_evaluation

    if args.gold is None:
        print(evaluate_parts(details=args.details))
        return 0
    gold = Path(args.gold)
    for what, path in (("gold file", gold), ("reports file", args.reports), ("issues file", args.issues)):
        if path and not Path(path).is_file():
            print(f"ogi evaluate: no {what} at {path}", file=sys.stderr)
            return 2
    reports = Path(args.reports) if args.reports else None
    # the reports sit beside a gold file of their own (a dev set), or in the drop folder
    folders = [Path(args.raw_dir)] if args.raw_dir else [gold.resolve().parent, settings.raw_dir()]
    raw_dir, missing = find_reports(files_named(gold, reports), folders)
    if raw_dir is None:
        print(f"ogi evaluate: {len(missing)} report(s) named in {gold} are not in "
              + " or ".join(str(f) for f in folders) + ": " + ", ".join(missing[:5])
              + (" …" if len(missing) > 5 else "") + ("" if args.raw_dir else " (give their folder with --raw-dir)"),
              file=sys.stderr)
        return 2
    ev = evaluate(gold, raw_dir, reports, Path(args.issues) if args.issues else None)
    print(format_evaluation(ev, details=args.details))
    return 0
