"""The findings history: every finding the checks have written, kept after it is fixed.

(A Dagster asset spec and one SQL step: the checks step writes the table.)

validation.findings holds this run's findings only; a finding fixed by a
review correction (or a new parser, or a changed file) leaves it. The checks
step calls `archive_findings` after writing, so validation.findings_archive
keeps one row per report, rule, cell and kind with its latest values, when
it was first written and when last; marts.fct_validation_finding_history
says which are current.
"""

from __future__ import annotations

import dagster as dg
import duckdb

FINDINGS_ARCHIVE = dg.AssetKey(["validation", "findings_archive"])

# Written by the checks step right after validation.findings, as that table is.
findings_archive = dg.AssetSpec(
    FINDINGS_ARCHIVE, deps=[dg.AssetKey(["validation", "findings"])], group_name="validation", kinds={"duckdb"},
    description="Every finding the checks have written, one row per report, rule, cell and kind with its latest "
                "values and when it was first and last written; marts.fct_validation_finding_history shows it.")

_SAME_FINDING = """
    a.report_id = f.report_id and a.rule_id = f.rule_id
    and a.indicator_code is not distinct from f.indicator_code
    and a.applicant_type_code is not distinct from f.applicant_type_code
    and a.finding_kind is not distinct from f.finding_kind
"""


def archive_findings(con: duckdb.DuckDBPyConnection) -> None:
    """Record the findings now in validation.findings in the archive, in one transaction."""
    con.begin()
    con.execute(f"""
        update validation.findings_archive a set
            severity = f.severity, expected_value = f.expected_value, actual_value = f.actual_value,
            message = f.message, operands = f.operands, source_line_start = f.source_line_start,
            source_line_end = f.source_line_end, last_checked_at = f.checked_at
        from validation.findings f
        where {_SAME_FINDING}""")
    con.execute(f"""
        insert into validation.findings_archive
        select f.report_id, f.rule_id, f.indicator_code, f.applicant_type_code, f.finding_kind, f.severity,
               f.expected_value, f.actual_value, f.message, f.operands, f.source_line_start, f.source_line_end,
               f.checked_at, f.checked_at
        from validation.findings f
        where not exists (select 1 from validation.findings_archive a where {_SAME_FINDING})""")
    con.commit()
