"""The Great Expectations rules as asset checks, one per rule (check name = rule id).

The cell rules are checks on marts.fct_report_statistic, the metadata rules
on marts.dim_report (the validation_rules seed says which). One run of the
suites serves every check: it validates the reports that changed since the
last run (validation/run.py), their findings replace theirs in
validation.findings, which marts.fct_validation_finding shows, and each
check's result counts the findings of every current report. The GX Data
Docs beside the warehouse show this run's validations.
"""

from collections.abc import Iterator
from pathlib import Path

import dagster as dg

from orchestration import progress, warehouse
from orchestration.assets.ingest import POOL
from orchestration.checks import carried
from orchestration.resources import Warehouse
from orchestration.review.history import FINDINGS_ARCHIVE, archive_findings
from orchestration.warehouse import CHECKS_STATE, MARTS_STATE
from orchestration.validation.rules import load_rules

INPUTS = [dg.AssetKey(["marts", name]) for name in (
    "fct_report_statistic", "dim_indicator", "dim_report", "dim_agency", "agency_year_metrics", "fct_parse_issue")]


FINDINGS = dg.AssetKey(["validation", "findings"])
# dbt views over validation.findings: they show new findings as soon as the checks write them
FINDINGS_VIEWS = [dg.AssetKey(["staging", "stg_validation__findings"]),
                  dg.AssetKey(["marts", "fct_validation_finding"]),
                  FINDINGS_ARCHIVE,  # a table, written in the same step
                  dg.AssetKey(["staging", "stg_validation__archived_findings"]),
                  dg.AssetKey(["marts", "fct_validation_finding_history"]),
                  dg.AssetKey(["marts", "fct_review_decision"])]

# Written by the checks below, read by dbt's stg_validation__findings. The checks
# run after dbt in the same job, so this table cannot be an output of their step
# (dbt's step would be both before and after it); the step reports it instead.
findings = dg.AssetSpec(
    FINDINGS, deps=INPUTS, group_name="validation", kinds={"duckdb"},
    description="Every finding of the Great Expectations checks (one per rule, on fct_report_statistic and "
                "dim_report), replaced rule by rule on each check run; marts.fct_validation_finding shows "
                "those of the current reports.")


def _asset_key(table: str) -> dg.AssetKey:
    return dg.AssetKey(table.split("."))


def data_docs_dir(warehouse_path: Path) -> Path:
    return warehouse_path.parent / "data_docs"


@dg.multi_asset_check(
    # the rules are declared once, in the validation_rules seed
    specs=[dg.AssetCheckSpec(rule.rule_id, asset=_asset_key(rule.checked_table),
                             description=f"{rule.description} ({rule.severity})",
                             additional_deps=[k for k in INPUTS if k != _asset_key(rule.checked_table)])
           for rule in load_rules().values()],
    pool=POOL,
)
def validation_checks(context: dg.AssetCheckExecutionContext, warehouse_db: Warehouse):
    from orchestration.validation import findings_page
    from orchestration.validation.run import validate

    path = warehouse_db.resolved()
    report = progress.current()
    report.stage("checks", unit="reports validated")
    with warehouse.connect(path) as con:
        run = validate(con, data_docs_dir(path), progress=lambda done, total: report.update(done, total))
        archive_findings(con)  # the history keeps what a correction fixed
        page = findings_page.write(con, data_docs_dir(path), path)
        results = list(_results(run, page))
        carried.store(con, carried.VALIDATION, results)
        counts = con.execute("select " + ", ".join(
            f"(select count(*) from {'.'.join(key.path)})" for key in [FINDINGS, *FINDINGS_VIEWS])).fetchone()
        # the findings now match the marts: a later run with nothing new may skip dbt
        warehouse.set_state(con, CHECKS_STATE, warehouse.get_state(con, MARTS_STATE) or "")
    scope = "all reports" if run.full else f"{run.reports_validated:,} reports validated, {run.reports_kept:,} kept"
    report.end(f"{run.findings:,} findings ({scope})")
    context.log.info("validation took " + ", ".join(f"{k} {v:.1f} s" for k, v in run.seconds.items()))
    for o in run.outcomes:
        context.log.info(f"{o.rule_id}: {len(o.findings)} findings over the {o.reports_checked} reports it "
                         "checked in this run")
    for key, rows in zip([FINDINGS, *FINDINGS_VIEWS], counts):
        context.op_execution_context.log_event(
            dg.AssetMaterialization(asset_key=key, metadata={"dagster/row_count": rows}))
    yield from results


def _results(run, page: Path) -> Iterator[dg.AssetCheckResult]:
    from orchestration.validation.run import RuleTotals

    rules = load_rules()
    checked = {o.rule_id: o for o in run.outcomes}
    for rule_id, rule in rules.items():
        totals = run.totals.get(rule_id, RuleTotals())
        now = checked.get(rule_id)
        metadata = {
            # this run's work: the reports that changed, and their agencies' other years
            "rows_checked": now.rows_checked if now else 0,
            "reports_checked": now.reports_checked if now else 0,
            "reports_kept": run.reports_kept,
            # every current report's
            "reports_failing": totals.reports_failing,
            "findings": totals.findings,
            "source_findings": totals.source_findings,
            "extraction_findings": totals.findings - totals.source_findings,
            "worst_offenders": dg.MetadataValue.json(run.offenders.get(rule_id, [])),
        }
        # the findings page works offline; GX's Data Docs load their styles and scripts from CDNs
        metadata["findings_page"] = dg.MetadataValue.url(page.resolve().as_uri())
        if run.docs_index:
            metadata["data_docs"] = dg.MetadataValue.url(run.docs_index)
        yield dg.AssetCheckResult(
            check_name=rule_id,
            asset_key=_asset_key(rule.checked_table),
            passed=not totals.findings,
            severity=(dg.AssetCheckSeverity.ERROR if rule.severity == "error" and totals.source_findings
                      else dg.AssetCheckSeverity.WARN),
            metadata=metadata,
        )
