"""One validation run: find the reports that changed, run every rule's suite on them, keep the rest.

A report's findings depend only on its own rows in the marts, except
`carried_over_chain`, which compares an agency's neighbouring years. So a
run fingerprints every current report (its cells, parse issues and
metadata, in DuckDB), and validates again only the agencies with a report
that is new, changed or gone; the other reports keep their findings. The
result equals a full validation (tests/validation/test_incremental_validation.py).
A change to the rules, the catalog or this code validates everything.

The reports to validate are read in batches of whole agencies, so memory
follows the batch size, not the warehouse. The Dagster checks, the tests and
the benchmark all call `validate`, so they exercise the same path. The
warehouse is only read until the end, then written in one transaction
(validation.findings and validation.report_fingerprints); a failing
report is never altered.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from orchestration import settings
from orchestration.parser.version import PARSER_VERSION
from orchestration.validation.frames import Inputs, set_scope
from orchestration.validation.suites import RuleOutcome, Suites

FINDING_COLUMNS = [
    "report_id", "rule_id", "finding_kind", "indicator_code", "applicant_type_code", "expected_value",
    "actual_value", "severity", "message", "operands", "source_line_start", "source_line_end"]
# Reports per batch: about 200 cells each in the 2021 form, so a batch of 5,000
# is about a million cells in pandas, a few hundred MiB at most.
BATCH_REPORTS = 5_000
RULES_STATE = "validation_rules_digest"  # what the stored findings were computed with

# Everything a report's findings are computed from, as one number per report.
# sum(hash(row)) does not depend on row order, and a repeated row still counts.
FINGERPRINTS_SQL = """
with cells as (
    select report_id, sum(hash(indicator_code, applicant_type_code, value, value_status, raw_text,
                               source_line_start, source_line_end, extraction_method, source_page,
                               source_bbox)) as digest
    from marts.fct_report_statistic
    group by report_id
),

issues as (
    select report_id, sum(hash(source_line, issue_kind, printed_label, message)) as digest
    from marts.fct_parse_issue
    group by report_id
)

select
    r.report_id,
    r.agency_id,
    hash(r.source_file, r.source_sha256, r.agency_id, a.agency_name, r.report_year, r.form, r.published_on,
         m.report_id is not null, cells.digest, issues.digest) as fingerprint
from marts.dim_report r
left join marts.dim_agency a on a.agency_id = r.agency_id
left join marts.agency_year_metrics m on m.report_id = r.report_id
left join cells on cells.report_id = r.report_id
left join issues on issues.report_id = r.report_id
"""

# The reports to validate: those whose fingerprint is new or changed, and every
# report of an agency that has such a report or lost one (carried_over_chain).
PLAN_SQL = """
create or replace temp table validation_current as {fingerprints};
create or replace temp table validation_plan as
with changed as (
    select cur.report_id, cur.agency_id, prev.agency_id as previous_agency_id
    from validation_current cur
    left join validation.report_fingerprints prev on prev.report_id = cur.report_id
    where prev.fingerprint is distinct from cur.fingerprint
),

gone as (
    select prev.report_id, prev.agency_id
    from validation.report_fingerprints prev
    anti join validation_current cur on cur.report_id = prev.report_id
),

agencies as (
    select agency_id from changed where agency_id is not null
    union select previous_agency_id from changed where previous_agency_id is not null
    union select agency_id from gone where agency_id is not null
)

select cur.report_id, cur.agency_id, cur.fingerprint, false as gone
from validation_current cur
where cur.report_id in (select report_id from changed) or cur.agency_id in (select agency_id from agencies)
union all
select report_id, agency_id, null, true from gone
"""

RULE_TOTALS_SQL = """
select f.rule_id, count(*) as findings, count(distinct f.report_id) as reports_failing,
       count(*) filter (where f.finding_kind = 'source') as source_findings
from validation.findings f
where f.report_id in (select report_id from marts.dim_report)
group by f.rule_id
"""

OFFENDERS_SQL = """
with per_report as (
    select f.rule_id, r.source_file, a.agency_name, r.report_year, count(*) as findings
    from validation.findings f
    join marts.dim_report r on r.report_id = f.report_id
    left join marts.dim_agency a on a.agency_id = r.agency_id
    group by all
)

select * from per_report
qualify row_number() over (partition by rule_id order by findings desc, source_file) <= ?
"""


@dataclass(frozen=True)
class RuleTotals:
    """A rule's findings over every current report, after this run's write."""

    findings: int = 0
    reports_failing: int = 0
    source_findings: int = 0


@dataclass
class ValidationRun:
    outcomes: list[RuleOutcome]  # this run's: the reports it validated
    docs_index: str | None
    totals: dict[str, RuleTotals]  # the warehouse's: every current report
    offenders: dict[str, list[dict[str, Any]]]  # per rule, the reports with the most findings
    reports_validated: int = 0
    reports_kept: int = 0  # current reports whose findings were kept, as nothing they depend on changed
    full: bool = True
    seconds: dict[str, float] = field(default_factory=dict)

    @property
    def findings(self) -> int:
        return sum(t.findings for t in self.totals.values())


def rules_digest() -> str:
    """The rules' code and data: stored findings computed with another digest are all recomputed."""
    digest = hashlib.sha256(PARSER_VERSION.encode())
    sources = sorted(Path(__file__).parent.glob("*.py"))
    seeds = [settings.DBT_PROJECT_DIR / "seeds" / f"{name}.csv"
             for name in ("indicators", "applicant_types", "validation_rules", "forms")]
    for path in [*sources, *seeds]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def _state(con: duckdb.DuckDBPyConnection, name: str) -> str | None:
    row = con.execute("select value from raw.pipeline_state where name = ?", [name]).fetchone()
    return row[0] if row else None


def plan(con: duckdb.DuckDBPyConnection, full: bool) -> pd.DataFrame:
    """The current reports to validate: report_id, agency_id, fingerprint, sorted by agency.

    Leaves them, and the reports gone since the last run, in the temporary table validation_plan.
    """
    if full:
        con.execute(f"create or replace temp table validation_plan as "
                    f"select *, false as gone from ({FINGERPRINTS_SQL})")
    else:
        con.execute(PLAN_SQL.format(fingerprints=FINGERPRINTS_SQL))
    return con.execute("select report_id, agency_id, fingerprint from validation_plan where not gone "
                       "order by agency_id nulls last, report_id").df()


def batches(todo: pd.DataFrame, size: int = BATCH_REPORTS) -> list[list[str]]:
    """Report ids in batches of about `size`, never splitting an agency (rows sorted by agency)."""
    out: list[list[str]] = []
    current: list[str] = []
    for agency, group in todo.groupby(todo["agency_id"].fillna(""), sort=False):
        ids = group["report_id"].tolist()
        if not agency:  # no agency: no report beside it to compare with, so any batch will do
            for start in range(0, len(ids), size):
                out.append(ids[start:start + size])
            continue
        if current and len(current) + len(ids) > size:
            out.append(current)
            current = []
        current.extend(ids)
    if current:
        out.append(current)
    return out


def _merge(into: dict[str, RuleOutcome], outcomes: list[RuleOutcome]) -> None:
    for o in outcomes:
        if o.rule_id not in into:
            into[o.rule_id] = o
            continue
        kept = into[o.rule_id]
        kept.success = kept.success and o.success
        kept.rows_checked += o.rows_checked
        kept.reports_checked += o.reports_checked
        kept.findings.extend(o.findings)


def write_findings(con: duckdb.DuckDBPyConnection, outcomes: list[RuleOutcome], todo: pd.DataFrame,
                   full: bool, digest: str) -> None:
    """Replace the findings and fingerprints of the reports validated (all of them when `full`)."""
    findings = [f for o in outcomes for f in o.findings]
    frame = pd.DataFrame(findings, columns=FINDING_COLUMNS).astype({
        "source_line_start": "Int64", "source_line_end": "Int64"})
    frame["checked_at"] = dt.datetime.now()
    fingerprints = todo.assign(validated_at=dt.datetime.now())
    con.begin()
    try:
        if full:
            con.execute("delete from validation.findings")
            con.execute("delete from validation.report_fingerprints")
        else:
            con.execute("delete from validation.findings where report_id in (select report_id from validation_plan)")
            con.execute("delete from validation.report_fingerprints "
                        "where report_id in (select report_id from validation_plan)")
        con.register("new_findings", frame)
        con.register("new_fingerprints", fingerprints)
        # values travel as text and are cast in SQL, so they stay exact
        con.execute("insert into validation.findings by name select * replace ("
                    "cast(expected_value as decimal(18, 4)) as expected_value, "
                    "cast(actual_value as decimal(18, 4)) as actual_value) from new_findings")
        con.execute("insert into validation.report_fingerprints by name select * from new_fingerprints")
        con.execute("insert into raw.pipeline_state values (?, ?, now()) on conflict (name) do update "
                    "set value = excluded.value, updated_at = excluded.updated_at", [RULES_STATE, digest])
        con.commit()
    except BaseException:
        con.rollback()
        raise
    finally:
        for name in ("new_findings", "new_fingerprints"):
            con.unregister(name)


def _totals(con: duckdb.DuckDBPyConnection, most: int = 5) -> tuple[dict[str, RuleTotals], dict[str, list]]:
    totals = {rule: RuleTotals(n, reports, source)
              for rule, n, reports, source in con.execute(RULE_TOTALS_SQL).fetchall()}
    offenders: dict[str, list] = {}
    for rule, source_file, agency, year, n in con.execute(OFFENDERS_SQL, [most]).fetchall():
        offenders.setdefault(rule, []).append(
            {"source_file": source_file, "agency": agency, "report_year": year, "findings": n})
    for rows in offenders.values():
        rows.sort(key=lambda r: (-r["findings"], r["source_file"] or ""))
    return totals, offenders


def validate(con: duckdb.DuckDBPyConnection, docs_dir: Path | None = None, full: bool = False,
             batch_reports: int = BATCH_REPORTS,
             progress: Callable[[int, int], None] | None = None) -> ValidationRun:
    """Validate what changed since the last run (everything with `full`, or when the rules changed).

    `progress(done, total)` is told after each batch, in reports.
    """
    started = time.perf_counter()
    digest = rules_digest()
    full = full or _state(con, RULES_STATE) != digest
    todo = plan(con, full)
    planned = time.perf_counter()
    kept, = con.execute("select count(*) from marts.dim_report").fetchone()
    seconds = {"plan": planned - started, "read": 0.0, "rules": 0.0}
    outcomes: dict[str, RuleOutcome] = {}
    suites = Suites(docs_dir) if len(todo) or full else None
    done = 0
    if progress:
        progress(0, len(todo))
    for ids in batches(todo, batch_reports):
        tick = time.perf_counter()
        set_scope(con, ids)
        inputs = Inputs.load(con, scoped=True)
        read = time.perf_counter()
        _merge(outcomes, suites.check(inputs))
        del inputs
        seconds["read"] += read - tick
        seconds["rules"] += time.perf_counter() - read
        done += len(ids)
        if progress:
            progress(done, len(todo))
    tick = time.perf_counter()
    write_findings(con, list(outcomes.values()), todo, full, digest)
    totals, offenders = _totals(con)
    seconds["write"] = time.perf_counter() - tick
    tick = time.perf_counter()
    docs_index = suites.build_docs() if suites else None
    if docs_index is None and docs_dir is not None and (docs_dir / "index.html").exists():
        docs_index = (docs_dir / "index.html").resolve().as_uri()  # an earlier run's, still current
    seconds["data docs"] = time.perf_counter() - tick
    seconds["total"] = time.perf_counter() - started
    return ValidationRun(list(outcomes.values()), docs_index, totals, offenders, len(todo),
                         kept - len(todo), full, seconds)
