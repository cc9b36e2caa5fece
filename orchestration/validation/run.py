"""One validation run: read the marts, run every rule's suite, replace the findings.

The Dagster checks, the tests and the benchmark all call `validate`, so
they exercise the same path. The warehouse is only read here, and written
in one transaction at the end (validation.findings); a failing report is
never altered.
"""

from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from orchestration.validation.frames import Inputs
from orchestration.validation.suites import RuleOutcome, run_suites

FINDING_COLUMNS = [
    "report_id", "rule_id", "finding_kind", "indicator_code", "applicant_type_code", "expected_value",
    "actual_value", "severity", "message", "operands", "source_line_start", "source_line_end"]


@dataclass
class ValidationRun:
    outcomes: list[RuleOutcome]
    docs_index: str | None
    reports: pd.DataFrame  # report_id, source_file, agency_name, report_year: to name offenders
    seconds: dict[str, float] = field(default_factory=dict)

    def offenders(self, outcome: RuleOutcome, most: int = 5) -> list[dict[str, Any]]:
        """The reports with the most findings of a rule, by file."""
        per_report = Counter(f["report_id"] for f in outcome.findings)
        named = self.reports.set_index("report_id")
        out = []
        for report_id, n in per_report.most_common(most):
            row = named.loc[report_id] if report_id in named.index else {}
            year = row.get("report_year")
            out.append({"source_file": row.get("source_file"), "agency": row.get("agency_name"),
                        "report_year": None if year is None or pd.isna(year) else int(year), "findings": n})
        return out


def write_findings(con: duckdb.DuckDBPyConnection, outcomes: list[RuleOutcome]) -> None:
    findings = [f for o in outcomes for f in o.findings]
    frame = pd.DataFrame(findings, columns=FINDING_COLUMNS).astype({
        "source_line_start": "Int64", "source_line_end": "Int64"})
    frame["checked_at"] = dt.datetime.now()
    con.begin()
    con.execute("delete from validation.findings where rule_id in (select unnest(?))", [[o.rule_id for o in outcomes]])
    if len(frame):
        con.register("new_findings", frame)
        # values travel as text and are cast in SQL, so they stay exact
        con.execute("insert into validation.findings by name select * replace ("
                    "cast(expected_value as decimal(18, 4)) as expected_value, "
                    "cast(actual_value as decimal(18, 4)) as actual_value) from new_findings")
        con.unregister("new_findings")
    con.commit()


def validate(con: duckdb.DuckDBPyConnection, docs_dir: Path | None = None) -> ValidationRun:
    started = time.perf_counter()
    inputs = Inputs.load(con)
    loaded = time.perf_counter()
    outcomes, docs_index = run_suites(inputs, docs_dir)
    checked = time.perf_counter()
    write_findings(con, outcomes)
    written = time.perf_counter()
    reports = inputs.reports[["report_id", "source_file", "agency_name", "report_year"]]
    return ValidationRun(outcomes, docs_index, reports, {
        "read": loaded - started, "rules and data docs": checked - loaded, "write": written - checked,
        "total": written - started})
