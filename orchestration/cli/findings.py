"""`ogi findings`: the validation findings with file and line, or counts per rule and form (--summary)."""

from __future__ import annotations

import argparse
import sys

from orchestration.cli.reading import QueryError, aligned, print_frame, query_failed, read_only
from orchestration.problems import PROBLEM_FILES_SQL


def add_parser(sub) -> None:
    findings = sub.add_parser("findings", help="the validation findings, each with file and line (read-only)")
    findings.add_argument("--agency", help="only agencies whose name contains TEXT")
    findings.add_argument("--rule", help="only this rule id (see --summary for the list)")
    findings.add_argument("--severity", choices=["error", "warning"], help="only findings of this severity")
    findings.add_argument("--status", choices=["open", "confirmed", "dismissed", "extraction"],
                          help="only findings with this review status (open: nobody has decided yet)")
    findings.add_argument("--summary", action="store_true", help="counts per rule and per form instead of findings")
    findings.add_argument("--csv", action="store_true", help="print CSV, with every column and the operands JSON")
    findings.add_argument("--warehouse", help="DuckDB file (default: $OGI_WAREHOUSE or warehouse/ogi.duckdb)")
    findings.set_defaults(func=cmd_findings)


FINDINGS_WHERE = """
where (cast(? as varchar) is null or f.agency_name ilike '%' || ? || '%')
  and (cast(? as varchar) is null or f.rule_id = ?)
  and (cast(? as varchar) is null or f.severity = ?)
  and (cast(? as varchar) is null or f.review_status = ?)
"""

FINDINGS_SQL = """
select f.rule_id as rule, f.severity, f.finding_kind as kind, f.review_status as status, f.agency_name as agency,
       f.report_year as year,
       f.source_file || ':' || coalesce(cast(f.source_line_start as varchar), '?')
           || case when f.source_line_end > f.source_line_start then '-' || f.source_line_end else '' end
           -- a PDF's operands name their pages: ` p.2`
           || coalesce(' p.' || nullif(array_to_string(list_sort(list_distinct(
                  cast(json_extract(f.operands, '$[*].page') as integer[]))), ','), ''), '') as "file:line",
       f.message,
       f.form, f.indicator_code, f.applicant_type_code, f.expected_value, f.actual_value, f.operands, f.report_id,
       f.reviewed_by, f.reviewed_on, f.review_reason, f.review_location
from marts.fct_validation_finding f
""" + FINDINGS_WHERE + """
order by f.severity, f.rule_id, f.source_file, f.source_line_start, f.indicator_code, f.applicant_type_code
"""

# every rule is listed, with its severity from the seed, also when nothing breaks it
SUMMARY_BY_RULE_SQL = """
with f as (select * from marts.fct_validation_finding f """ + FINDINGS_WHERE + """)
select r.rule_id as rule, r.severity, count(f.rule_id) as findings,
       count(f.rule_id) filter (where f.finding_kind = 'source') as source,
       count(f.rule_id) filter (where f.finding_kind = 'extraction') as extraction,
       count(distinct f.report_id) as reports,
       -- what review has made of them (ogi review confirm|dismiss|extraction)
       count(f.rule_id) filter (where f.review_status = 'open') as open,
       count(f.rule_id) filter (where f.review_status in ('confirmed', 'dismissed', 'extraction')) as reviewed
from catalog.validation_rules r
left join f on f.rule_id = r.rule_id
group by all
order by findings desc, r.rule_id
"""

SUMMARY_BY_FORM_SQL = """
with f as (select * from marts.fct_validation_finding f """ + FINDINGS_WHERE + """)
select r.form, count(distinct r.report_id) as reports, count(distinct f.report_id) as reports_with_findings,
       count(f.rule_id) filter (where f.severity = 'error') as errors,
       count(f.rule_id) filter (where f.severity = 'warning') as warnings
from marts.dim_report r
left join f on f.report_id = r.report_id
group by all
order by r.form
"""

READABLE_COLUMNS = ["rule", "severity", "kind", "status", "agency", "year", "file:line", "message"]


def cmd_findings(args: argparse.Namespace) -> int:
    filters = [value for value in (args.agency, args.rule, args.severity, args.status) for _ in range(2)]
    queries = ([(SUMMARY_BY_RULE_SQL, filters), (SUMMARY_BY_FORM_SQL, filters), (PROBLEM_FILES_SQL, [])]
               if args.summary else [(FINDINGS_SQL, filters)])
    known = [("select rule_id from catalog.validation_rules order by 1", []),
             ("select count(*) from marts.dim_agency where agency_name ilike '%' || ? || '%'", [args.agency or ""])]
    try:
        rules, agencies, *frames = read_only(args.warehouse, known + queries)
    except QueryError as exc:
        return query_failed(exc)
    # "no findings" must mean the data is clean, never that the filter matched nothing
    if args.rule and args.rule not in set(rules["rule_id"]):
        print(f"ogi: no rule {args.rule!r}; the rules are: {', '.join(rules['rule_id'])}", file=sys.stderr)
        return 2
    if args.agency and not agencies.iloc[0, 0]:
        print(f"ogi: no agency in the warehouse has {args.agency!r} in its name "
              "(see `ogi query \"select agency_name from marts.dim_agency\"`)", file=sys.stderr)
        return 2
    if args.summary:
        by_rule, by_form, problems = frames
        if args.csv:
            for i, frame in enumerate(frames):
                if i:
                    print()
                frame.to_csv(sys.stdout, index=False)
            return 0
        print("findings per rule\n" + aligned(by_rule) + "\n\nreports and findings per form\n" + aligned(by_form))
        print("\nfiles that gave nothing or failed in part\n"
              + (aligned(problems.astype(object).where(problems.notna(), "")) if len(problems) else "none"))
        return 0
    frame, = frames
    if args.csv:
        print_frame(frame, True)
    else:
        print(aligned(frame[READABLE_COLUMNS]) if len(frame) else "no findings" + (
            " match these filters" if args.agency or args.rule or args.severity or args.status else ""))
    return 0
