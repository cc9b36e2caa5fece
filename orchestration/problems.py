"""Files that gave the warehouse nothing, or less than they hold, and why.

The run summary and `ogi findings --summary` name each of them, so a report
that could not be read, failed to parse or yielded no figure is never lost
without a word. The query reads the marts only.
"""

from __future__ import annotations

PROBLEM_FILES_SQL = """
with files as (
    select source_file, source_sha256, read_status, read_error, parse_error
    from marts.dim_source_file
    where not is_withdrawn
),

cell_counts as (
    select report_id, count(*) as cells from marts.fct_report_statistic group by 1
),

reports as (
    select r.source_file, r.report_id, r.form, coalesce(c.cells, 0) as cells
    from marts.dim_report r
    left join cell_counts c on c.report_id = r.report_id
),

parser_errors as (
    select source_file, min(source_line) as source_line, count(*) as failures, min(message) as message
    from marts.fct_parse_issue
    where issue_kind = 'parser_error'
    group by 1
),

problems as (
    select source_file, read_status as problem, null::integer as source_line, coalesce(read_error, parse_error) as reason
    from files where read_status <> 'ok'
    union all
    select source_file, 'parse_error', null, parse_error
    from files where read_status = 'ok' and parse_error is not null
    union all
    select source_file, 'parser_error', source_line,
           message || case when failures > 1 then ' (and ' || (failures - 1) || ' more)' else '' end
    from parser_errors
    union all
    select r.source_file, 'no_cells', null,
           'read, but no table cell or prose figure was found (form ' || r.form || ')'
    from reports r
    join files f on f.source_file = r.source_file and f.parse_error is null
    where r.cells = 0
)

select source_file as file, problem, source_line as line, reason
from problems
order by problem, source_file
"""

# The run summary lists this many and points to the full list beyond.
SUMMARY_LIMIT = 50


def problem_files(con) -> list[tuple[str, str, int | None, str | None]]:
    """(file, problem, line, reason) for every current file that gave nothing or failed in part."""
    return con.execute(PROBLEM_FILES_SQL).fetchall()


def describe(rows: list[tuple[str, str, int | None, str | None]], limit: int | None = SUMMARY_LIMIT) -> list[str]:
    """One line per file, as `file[:line]  problem: reason`."""
    shown = rows if limit is None else rows[:limit]
    lines = [f"  {file}{':' + str(line) if line else ''}  {problem}: {reason or 'no reason recorded'}"
             for file, problem, line, reason in shown]
    if limit is not None and len(rows) > limit:
        lines.append(f"  … and {len(rows) - limit} more (all of them: ogi findings --summary)")
    return lines
