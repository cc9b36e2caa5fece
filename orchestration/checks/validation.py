"""The Great Expectations rules as asset checks, one per rule (check name = rule id).

The cell rules are checks on marts.fct_report_statistic, the metadata rules
on marts.dim_report (the validation_rules seed says which). One run of the
suites serves every check: their findings replace the earlier ones in
validation.findings, which marts.fct_validation_finding shows, and the GX
Data Docs are rebuilt beside the warehouse.
"""

from pathlib import Path

import dagster as dg

from orchestration import progress, warehouse
from orchestration.assets.dbt_models import CHECKS_STATE, MARTS_STATE
from orchestration.assets.ingest import POOL
from orchestration.resources import Warehouse
from orchestration.validation.rules import load_rules

INPUTS = [dg.AssetKey(["marts", name]) for name in (
    "fct_report_statistic", "dim_indicator", "dim_report", "dim_agency", "agency_year_metrics", "fct_parse_issue")]


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
    from orchestration.validation.run import validate

    path = warehouse_db.resolved()
    report = progress.current()
    report.stage("checks")
    with warehouse.connect(path) as con:
        run = validate(con, data_docs_dir(path))
        # the findings now match the marts: a later run with nothing new may skip dbt
        warehouse.set_state(con, CHECKS_STATE, warehouse.get_state(con, MARTS_STATE) or "")
    report.end(f"{sum(len(o.findings) for o in run.outcomes):,} findings")
    context.log.info("validation took " + ", ".join(f"{k} {v:.1f} s" for k, v in run.seconds.items()))
    rules = load_rules()
    for o in run.outcomes:
        reports_failing = len({f["report_id"] for f in o.findings})
        context.log.info(f"{o.rule_id}: {len(o.findings)} findings over {o.reports_checked} reports")
        metadata = {
            "rows_checked": o.rows_checked,
            "reports_checked": o.reports_checked,
            "reports_failing": reports_failing,
            "findings": len(o.findings),
            "source_findings": o.source_findings,
            "extraction_findings": len(o.findings) - o.source_findings,
            "worst_offenders": dg.MetadataValue.json(run.offenders(o)),
        }
        if run.docs_index:
            metadata["data_docs"] = dg.MetadataValue.url(run.docs_index)
        yield dg.AssetCheckResult(
            check_name=o.rule_id,
            asset_key=_asset_key(rules[o.rule_id].checked_table),
            passed=not o.findings,
            severity=(dg.AssetCheckSeverity.ERROR if o.severity == "error" and o.source_findings
                      else dg.AssetCheckSeverity.WARN),
            metadata=metadata,
        )
