"""The Great Expectations rules as asset checks on marts.fct_report_statistic.

Each rule is one check. Every rule looks at one report at a time, so only
reports not yet validated under the current rules (validation.checked_reports)
are read and validated, a chunk at a time; their findings replace their
earlier rows in validation.findings, which marts.fct_validation_finding shows.
A check passes when no current report has a finding for its rule.
"""


import datetime as dt
from collections import Counter

import dagster as dg
import pandas as pd

from orchestration import progress, warehouse
from orchestration.assets.dbt_models import CHECKS_STATE, MARTS_STATE
from orchestration.assets.ingest import POOL
from orchestration.resources import Warehouse
from orchestration.validation.frames import CELLS_OF_REPORTS_SQL
from orchestration.validation.rules import load_rules, rules_digest

FCT_REPORT_STATISTIC = dg.AssetKey(["marts", "fct_report_statistic"])
DIM_INDICATOR = dg.AssetKey(["marts", "dim_indicator"])
FINDING_COLUMNS = ["report_id", "rule_id", "indicator_code", "applicant_type_code", "expected_value",
                   "actual_value", "severity", "message"]
_CHUNK = 2_000  # reports per validation: bounds the cells held in pandas at once


@dg.multi_asset_check(
    # the rules are declared once, in the validation_rules seed
    specs=[dg.AssetCheckSpec(rule.rule_id, asset=FCT_REPORT_STATISTIC,
                             description=f"{rule.description} ({rule.severity})", additional_deps=[DIM_INDICATOR])
           for rule in load_rules().values()],
    pool=POOL,
)
def totals_checks(context: dg.AssetCheckExecutionContext, warehouse_db: Warehouse):
    digest = rules_digest()
    report = progress.current()
    cells_checked: Counter = Counter()
    reports_checked: Counter = Counter()
    with warehouse.connect(warehouse_db.resolved()) as con:
        pending = warehouse.reports_to_check(con, digest)
        report.stage("checks", total=len(pending), unit="reports validated")
        if pending:
            from orchestration.validation.suites import SuiteRunner

            runner = SuiteRunner()
            for start in range(0, len(pending), _CHUNK):
                chunk = pending[start:start + _CHUNK]
                outcomes = runner.run(con.execute(CELLS_OF_REPORTS_SQL, [chunk]).df())
                findings = pd.DataFrame([f for o in outcomes for f in o.findings], columns=FINDING_COLUMNS)
                warehouse.store_findings(con, chunk, findings, digest, dt.datetime.now())
                for o in outcomes:
                    cells_checked[o.rule_id] += o.rows_checked
                    reports_checked[o.rule_id] += o.reports_checked
                report.update(start + len(chunk))
        summary = warehouse.findings_by_rule(con)
        current_reports, = con.execute("select count(*) from marts.dim_report").fetchone()
        warehouse.set_state(con, CHECKS_STATE, warehouse.get_state(con, MARTS_STATE) or "")
    report.end(f"{len(pending):,} reports validated, "
               f"{sum(n for n, _, _ in summary.values()):,} findings over {current_reports:,} current reports")
    for rule in load_rules().values():
        findings, failing, worst = summary.get(rule.rule_id, (0, 0, []))
        context.log.info(f"{rule.rule_id}: {findings} findings over {current_reports} reports "
                         f"({reports_checked[rule.rule_id]} validated in this run)")
        yield dg.AssetCheckResult(
            check_name=rule.rule_id,
            asset_key=FCT_REPORT_STATISTIC,
            passed=findings == 0,
            severity=dg.AssetCheckSeverity.ERROR if rule.severity == "error" else dg.AssetCheckSeverity.WARN,
            metadata={
                "cells_checked": cells_checked[rule.rule_id],
                "reports_checked": reports_checked[rule.rule_id],
                "reports_current": current_reports,
                "reports_failing": failing,
                "findings": findings,
                "worst_offenders": dg.MetadataValue.json(
                    [{"report_id": r, "findings": n} for r, n in worst]),
            },
        )
