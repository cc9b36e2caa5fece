"""`ogi review …`: record a decision as a checked CSV row, list decisions and what became of them.

A row is refused (exit status 2) for what would make the run refuse it, with
the same `file:line: …` message, and for what the warehouse shows cannot be
meant: a file that is not a loaded report, a correction of a cell the parser
did not read, a status for a finding that does not exist.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
from pathlib import Path

from orchestration import settings
from orchestration.review.decisions import (CELL_KINDS, DEFAULT_FILE, FINDING_KINDS, STATUSES, Decision, append,
                                            check_fields, read_folder)

_CELL_SQL = """
select r.report_id, s.value_source, s.parsed_value_status, s.value, s.value_status
from marts.dim_report r
left join marts.fct_report_statistic s
    on s.report_id = r.report_id and s.indicator_code = ? and s.applicant_type_code is not distinct from ?
where r.source_sha256 = ?
"""
_FINDINGS_SQL = """
select f.rule_id, coalesce(f.indicator_code, '') as indicator_code, coalesce(f.applicant_type_code, '') as applicant
from marts.fct_validation_finding f join marts.dim_report r using (report_id)
where r.source_sha256 = ?
order by 1, 2, 3
"""
LIST_SQL = """
select review_location as location, decision, source_file as file,
       concat_ws('/', coalesce(rule_id, indicator_code), case when rule_id is not null then indicator_code end,
                 applicant_type_code) as "cell or finding",
       decided_value as value, case when decided_value is null then decided_value_status end as status, state,
       reviewer,
       decided_on as date, reason, state_reason
from marts.fct_review_decision
{where}
order by review_file, review_line
"""


class Refused(Exception):
    """The decision cannot be recorded; the message says why, in one line."""


def _document(args: argparse.Namespace) -> tuple[Path, str]:
    """The report file and its path as the drop folder names it."""
    drop = Path(args.raw_dir).resolve() if args.raw_dir else settings.raw_dir()
    given = Path(args.file)
    path = given if given.is_file() else drop / args.file
    if not path.is_file():
        raise Refused(f"no file {args.file} (looked in the drop folder {drop})")
    path = path.resolve()
    return path, (path.relative_to(drop).as_posix() if path.is_relative_to(drop) else str(path))


def _fields(args: argparse.Namespace) -> dict[str, str]:
    path, source_file = _document(args)
    kind = args.review_command
    cell = kind in CELL_KINDS
    return {
        "kind": kind,
        "sha256": hashlib.sha256(path.read_bytes()).hexdigest(),
        "source_file": source_file,
        "indicator_code": args.code or "",
        "applicant_type": args.applicant or "",
        "rule_id": "" if cell else args.rule,
        "value": getattr(args, "value", None) or "",
        "value_status": getattr(args, "status", None) or "",
        "reviewer": args.reviewer or settings.reviewer() or "",
        "decided_on": args.date or dt.date.today().isoformat(),
        "reason": args.reason or "",
    }


def _check_against_warehouse(args: argparse.Namespace, f: dict[str, str]) -> None:
    from orchestration.cli.reading import read_only

    cell, findings = read_only(args.warehouse, [
        (_CELL_SQL, [f["indicator_code"], f["applicant_type"] or None, f["sha256"]]), (_FINDINGS_SQL, [f["sha256"]])])
    if not len(cell):
        raise Refused(f"{f['source_file']} (sha256 {f['sha256'][:12]}…) is not a report in the warehouse as it is "
                      "now: run `ogi run` after changing or dropping it, then decide")
    name = f"{f['indicator_code']}" + (f" [{f['applicant_type']}]" if f["applicant_type"] else "")
    parsed = cell.iloc[0]["parsed_value_status"] is not None
    if f["kind"] in ("correct", "drop") and not parsed:
        raise Refused(f"the parser did not read {name} in {f['source_file']}"
                      + ("; to supply it, use `ogi review add`" if f["kind"] == "correct" else ""))
    if f["kind"] == "add" and parsed:
        raise Refused(f"the parser reads {name} in {f['source_file']}; to change it, use `ogi review correct`")
    if f["kind"] in FINDING_KINDS:
        wanted = (f["rule_id"], f["indicator_code"], f["applicant_type"])
        found = [tuple(r) for r in findings.itertuples(index=False)]
        if wanted not in found:
            listed = "; ".join(" ".join(p for p in r if p) for r in found) or "none"
            raise Refused(f"no finding {' '.join(p for p in wanted if p)} in {f['source_file']} "
                          f"(its findings: {listed})")


def cmd_decide(args: argparse.Namespace) -> int:
    from orchestration.cli.reading import QueryError

    review_dir = Path(args.review_dir).resolve() if args.review_dir else settings.review_dir(
        Path(args.raw_dir).resolve() if args.raw_dir else None)
    target = review_dir / (args.csv_file or DEFAULT_FILE)
    existing = read_folder(review_dir)
    line = (target.read_bytes().rstrip(b"\n").count(b"\n") + 2) if target.exists() and target.read_bytes().strip() \
        else 2
    try:
        fields = _fields(args)
        row = Decision(f"{review_dir.name}/{target.relative_to(review_dir).as_posix()}", line, fields,
                       check_fields(fields))
        if row.problem:
            if row.problem.startswith("no reviewer"):
                row.problem += f" (--reviewer or {settings.REVIEWER_VAR})"
            raise Refused(row.message())
        same = [d for d in existing.decisions if not d.problem and d.key() == row.key()]
        if same:
            what = "cell" if fields["kind"] in CELL_KINDS else "finding"
            raise Refused(f"{row.where}: duplicate decision: {same[0].where} already decides this {what}; "
                          "edit or delete that row instead")
        _check_against_warehouse(args, fields)
    except (Refused, QueryError) as exc:  # QueryError: the warehouse could not be read
        print(f"ogi review: {exc}", file=sys.stderr)
        return 2
    written = append(target, fields)
    print(f"ogi review: recorded {row.file}:{written}: {fields['kind']} "
          + " ".join(p for p in (fields["rule_id"], fields["indicator_code"], fields["applicant_type"]) if p)
          + (f" = {fields['value'] or fields['value_status']}" if fields["value"] or fields["value_status"] else "")
          + f" in {fields['source_file']}; the next `ogi run` applies it")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from orchestration.cli.reading import QueryError, aligned, print_frame, query_failed, read_only

    stale = args.review_command == "stale"
    try:
        frame, = read_only(args.warehouse, [(LIST_SQL.format(where="where state <> 'applied'" if stale else ""), [])])
    except QueryError as exc:
        return query_failed(exc)
    if args.csv:
        print_frame(frame, True)
    elif not len(frame):
        print("no decision is stale, redundant, unmatched or invalid" if stale else "no review decisions")
    else:
        shown = frame if stale else frame.drop(columns=["state_reason"])
        print(aligned(shown.astype(object).where(shown.notna(), "")))
    return 0


def add_parser(sub) -> None:
    review = sub.add_parser("review", help="record review decisions (corrections, finding statuses); list them")
    kinds = review.add_subparsers(dest="review_command", required=True)
    helps = {"correct": "a cell's value (or status) as read on the page, replacing what the parser read",
             "add": "a cell the parser missed", "drop": "a cell the parser invented",
             "confirm": "a finding whose source really is wrong", "dismiss": "a finding that is not a problem",
             "extraction": "a finding caused by our reading (fix it with correct/add/drop)"}
    for kind, text in helps.items():
        p = kinds.add_parser(kind, help=text)
        p.add_argument("file", help="the report file, as named in the drop folder (or a path to it)")
        if kind in CELL_KINDS:
            p.add_argument("code", help="the cell's indicator code (marts.dim_indicator)")
        else:
            p.add_argument("rule", help="the finding's rule id")
            p.add_argument("code", nargs="?", help="the finding's indicator code, if it has one")
        p.add_argument("--applicant", help="the applicant column of a 表三 cell (natural_person, …, total)")
        if kind in ("correct", "add"):
            what = p.add_mutually_exclusive_group(required=True)
            what.add_argument("--value", help="the value printed, in the unit of dim_indicator.unit (e.g. 15 or 2.5)")
            what.add_argument("--status", choices=STATUSES, help="the cell's status when it holds no number")
        p.add_argument("--reason", required=True, help="why (kept with the decision)")
        p.add_argument("--reviewer", help=f"who decides (default: ${settings.REVIEWER_VAR})")
        p.add_argument("--date", help="date of the decision, YYYY-MM-DD (default: today)")
        p.add_argument("--review-dir", help="review folder (default: $OGI_REVIEW_DIR or review/ beside the drop)")
        p.add_argument("--csv-file", help=f"CSV file in the review folder to append to (default: {DEFAULT_FILE})")
        p.add_argument("--raw-dir", help="drop folder (default: $OGI_RAW_DIR or raw/)")
        p.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
        p.set_defaults(func=cmd_decide)
    for name, text in (("list", "every decision and its state as of the last run"),
                       ("stale", "decisions not applied: stale, redundant, unmatched or invalid, and why")):
        p = kinds.add_parser(name, help=text)
        p.add_argument("--csv", action="store_true", help="print CSV")
        p.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
        p.set_defaults(func=cmd_list)


_STATES = ("applied", "stale", "redundant", "unmatched", "invalid")


def summary_lines(con, limit: int = 50) -> list[str]:
    """The run summary's review line (none without decisions), then every refused row with its file and line."""
    states = dict(con.execute("select state, count(*) from marts.fct_review_decision group by 1").fetchall())
    if not states:
        return []
    sources = dict(con.execute("select value_source, count(*) from marts.fct_report_statistic "
                               "where value_source <> 'parsed' group by 1").fetchall())
    dropped, = con.execute("select count(*) from marts.fct_review_decision "
                           "where decision = 'drop' and state = 'applied'").fetchone()
    line = (f"review          {sum(states.values())} decision{'s' if sum(states.values()) != 1 else ''}: "
            + ", ".join(f"{states[s]} {s}" for s in _STATES if states.get(s))
            + f"; cells corrected {sources.get('corrected', 0)}, added {sources.get('added', 0)}, dropped {dropped}")
    if set(states) - {"applied"}:
        line += " (ogi review stale)"
    invalid = con.execute("select review_location, state_reason from marts.fct_review_decision "
                          "where state = 'invalid' order by review_file, review_line").fetchall()
    return [line] + [f"  {where}: {reason}" for where, reason in invalid[:limit]] + (
        [f"  … and {len(invalid) - limit} more (ogi review stale)"] if len(invalid) > limit else [])
