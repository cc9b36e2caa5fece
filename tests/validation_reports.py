"""Reports written for the rule tests, validated once by the real pipeline job (fixture `validated`).

Reports on the 2008 form are texts in the drop folder: the parser reads them.
Reports on the 2019/2021 forms are stored as cells through the warehouse's
helpers (their parser lives elsewhere), as the parse step would store them.
Each report balances except where its name says; all values are invented.
"""

import datetime as dt
import random
from dataclasses import dataclass
from pathlib import Path

from benchmarks import synthetic
from conftest import query, run
from orchestration import warehouse


def _ogi2008(name: str, year: int = 2017, **changes) -> synthetic.SyntheticReport:
    report = synthetic.balanced("ogi2008", year, f"{name}县水利局", f"{name}.txt", random.Random(name))
    for code, value in changes.items():
        report.set(code.replace("__", "."), None, value)
    return report


def _bump(report: synthetic.SyntheticReport, code: str, applicant: str | None, by: int) -> synthetic.SyntheticReport:
    return report.set(code, applicant, report.value(code, applicant) + by)


def _cells(name: str, form: str, year: int, agency: str | None = None) -> synthetic.SyntheticReport:
    return synthetic.balanced(form, year, agency or f"{name}市卫生健康委员会", f"cells/{name}.txt", random.Random(name))


def _only(name: str, form: str, year: int, values: dict, agency: str | None = None) -> synthetic.SyntheticReport:
    """A report that prints only these cells (a truncated table), so one rule sees them."""
    report = synthetic.SyntheticReport(f"cells/{name}.txt", agency or f"{name}市卫生健康委员会", year, form, {},
                                       dt.date(year + 1, 2, 1))
    for (code, applicant), value in values.items():
        report.set(code, applicant, value)
    return report


def text_reports() -> dict[str, synthetic.SyntheticReport]:
    reports = {
        "t08_balanced": _ogi2008("t08_balanced"),
        "t08_sum_children": _ogi2008("t08_sum_children"),
        "t08_parent_blank": _ogi2008("t08_parent_blank", old__review=None),
        "t08_blank_child": _ogi2008("t08_blank_child", old__review__upheld=None),
        "t08_non_negative": _ogi2008("t08_non_negative", old__response__hotspots=-1),
        "t08_integer_count": _ogi2008("t08_integer_count", old__response__hotspots="2.5"),
        "t08_prose": _ogi2008("t08_prose"),
        "t08_form_year": _ogi2008("t08_form_year", year=2020),
        "t08_published": _ogi2008("t08_published"),
        "t08_extraction": _ogi2008("t08_extraction").lose_value("old.review.upheld"),
    }
    _bump(reports["t08_sum_children"], "old.review", None, 1)
    for name in ("t08_balanced", "t08_prose"):
        received = reports[name].value("old.applications.received") + (name == "t08_prose")
        reports[name].prose = [f"2017年，本局共收到政府信息公开申请{received}件。"]
    reports["t08_published"].published_on = dt.date(2017, 12, 20)
    return reports


def cell_reports() -> dict[str, synthetic.SyntheticReport]:
    chain_2020 = _cells("chain_2020", "ogi2019", 2020, agency="己县卫生健康局")
    chain_2021 = synthetic.chain_from(chain_2020, _cells("chain_2021", "ogi2021", 2021, agency="己县卫生健康局"))
    reports = {
        "c19_balanced": _cells("c19_balanced", "ogi2019", 2019).set("2019.t2.license.change", None, -2),
        "c21_balanced": _cells("c21_balanced", "ogi2021", 2021),
        "chain_2020": chain_2020,
        "chain_2021": chain_2021,
        "c19_sum_children": _only("c19_sum_children", "ogi2019", 2019, {
            ("2019.t3.granted", "total"): 3, ("2019.t3.partial", "total"): 1, ("2019.t3.other", "total"): 0,
            ("2019.t3.total", "total"): 5}),
        "c21_sum_children_unprinted": _only("c21_sum_children_unprinted", "ogi2021", 2021, {
            ("2021.t3.granted", "total"): 3, ("2021.t3.denied.state_secret", "total"): 2,
            ("2021.t3.other.no_fee", "total"): 1, ("2021.t3.total", "total"): 7}),
        "c19_sum_applicant_columns": _only("c19_sum_applicant_columns", "ogi2019", 2019, {
            **{("2019.t3.carried_forward", a): 1 for a in synthetic.APPLICANTS},
            ("2019.t3.carried_forward", "total"): 7}),
        "c19_balance": _only("c19_balance", "ogi2019", 2019, {
            ("2019.t3.new_received", "natural_person"): 5, ("2019.t3.carried_over", "natural_person"): 1,
            ("2019.t3.total", "natural_person"): 4, ("2019.t3.carried_forward", "natural_person"): 1}),
        "c19_t4_group_total": _bump(_cells("c19_t4_group_total", "ogi2019", 2019), "2019.t4.review.total", None, 1),
        "c19_blank_total": _cells("c19_blank_total", "ogi2019", 2019).set("2019.t3.total", "natural_person", None),
        "c21_extraction": _cells("c21_extraction", "ogi2021", 2021).lose_value("2021.t4.litigation_direct.pending"),
        "break_2020": _only("break_2020", "ogi2019", 2020, {("2019.t3.carried_forward", "natural_person"): 2},
                            agency="庚县卫生健康局"),
        "break_2021": _only("break_2021", "ogi2021", 2021, {("2021.t3.carried_over", "natural_person"): 3},
                            agency="庚县卫生健康局"),
    }
    return reports


@dataclass
class Validated:
    raw_dir: Path
    warehouse: Path
    result: object  # the Dagster run
    reports: dict[str, synthetic.SyntheticReport]

    def findings(self, name: str) -> list[tuple]:
        """(rule_id, finding_kind, severity, indicator_code, applicant_type_code, expected, actual) of a report."""
        return query(self.warehouse, """
            select rule_id, finding_kind, severity, indicator_code, applicant_type_code, expected_value, actual_value
            from marts.fct_validation_finding where source_file = ? order by all""", [self.reports[name].path])

    def finding_rows(self, name: str) -> list[dict]:
        con_rows = query(self.warehouse, """
            select * from marts.fct_validation_finding where source_file = ? order by rule_id, source_line_start""",
                         [self.reports[name].path])
        columns = [r[0] for r in query(self.warehouse, "describe marts.fct_validation_finding")]
        return [dict(zip(columns, row)) for row in con_rows]

    def checks(self) -> dict:
        return {e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data
                for e in self.result.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}


def build(definitions, root: Path) -> Validated:
    raw_dir, warehouse_path = root / "raw", root / "warehouse" / "ogi.duckdb"
    raw_dir.mkdir()
    texts, cells = text_reports(), cell_reports()
    for report in texts.values():
        (raw_dir / report.path).write_text(synthetic.ogi2008_text(report), encoding="utf-8")
    with warehouse.connect(warehouse_path) as con:
        synthetic.store(con, list(cells.values()))
    # the same texts in the drop folder, so that the run keeps them as current files
    # (their stored parse results stand: they were stored under this parser version)
    for report in cells.values():
        (raw_dir / report.path).parent.mkdir(parents=True, exist_ok=True)
        (raw_dir / report.path).write_text(synthetic.render(report)[0], encoding="utf-8")
    result = run(definitions, raw_dir, warehouse_path)
    return Validated(raw_dir, warehouse_path, result, {**texts, **cells})
