"""The Great Expectations rules as asset checks on marts.fct_report_statistic.

Each rule is one check; their findings replace the rule's earlier rows in
validation.findings, which marts.fct_validation_finding shows.
"""


import datetime as dt
from collections import Counter

import dagster as dg
import pandas as pd

from orchestration import warehouse
from orchestration.assets.ingest import POOL
from orchestration.resources import Warehouse
from orchestration.validation.frames import CELLS_SQL
from orchestration.validation.rules import load_rules

FCT_REPORT_STATISTIC = dg.AssetKey(["marts", "fct_report_statistic"])
DIM_INDICATOR = dg.AssetKey(["marts", "dim_indicator"])


@dg.multi_asset_check(
    # the rules are declared once, in the validation_rules seed
    specs=[dg.AssetCheckSpec(rule.rule_id, asset=FCT_REPORT_STATISTIC,
                             description=f"{rule.description} ({rule.severity})", additional_deps=[DIM_INDICATOR])
           for rule in load_rules().values()],
    pool=POOL,
)
def totals_checks(context: dg.AssetCheckExecutionContext, warehouse_db: Warehouse):
    from orchestration.validation.suites import run_suites

    with warehouse.connect(warehouse_db.resolved()) as con:
        cells: pd.DataFrame = con.execute(CELLS_SQL).df()
        outcomes = run_suites(cells)
        findings = [f for o in outcomes for f in o.findings]
        frame = pd.DataFrame(findings, columns=[
            "report_id", "rule_id", "indicator_code", "applicant_type_code", "expected_value",
            "actual_value", "severity", "message"])
        frame["checked_at"] = dt.datetime.now()
        con.begin()
        con.execute("delete from validation.findings where rule_id in (select unnest(?))",
                    [[o.rule_id for o in outcomes]])
        if len(frame):
            con.register("new_findings", frame)
            con.execute("insert into validation.findings by name select * replace ("
                        "cast(expected_value as decimal(18, 4)) as expected_value, "
                        "cast(actual_value as decimal(18, 4)) as actual_value) from new_findings")
            con.unregister("new_findings")
        con.commit()
    for o in outcomes:
        per_report = Counter(f["report_id"] for f in o.findings)
        context.log.info(f"{o.rule_id}: {len(o.findings)} findings over {o.reports_checked} reports")
        yield dg.AssetCheckResult(
            check_name=o.rule_id,
            asset_key=FCT_REPORT_STATISTIC,
            passed=o.success,
            severity=dg.AssetCheckSeverity.ERROR if o.severity == "error" else dg.AssetCheckSeverity.WARN,
            metadata={
                "cells_checked": o.rows_checked,
                "reports_checked": o.reports_checked,
                "reports_failing": len(per_report),
                "findings": len(o.findings),
                "worst_offenders": dg.MetadataValue.json(
                    [{"report_id": r, "findings": n} for r, n in per_report.most_common(5)]),
            },
        )
