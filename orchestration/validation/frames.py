"""One DataFrame per rule: the rows a rule's expectation is evaluated on.

Values arrive as integers in units of 1/10000 (the warehouse's DECIMAL(18,4)
scale) so sums compare exactly, with no float noise. Every frame keeps the
keys and line spans a finding needs; the Great Expectations suites see only
the columns they compare.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

import duckdb
import pandas as pd

from orchestration.parser.catalog import Catalog, load_catalog
from orchestration.validation.rules import load_form_years

SCALE = 10_000
COUNT_UNITS = {"件", "条", "次", "人", "个", "篇", "人次"}
KEY = ["report_id", "indicator_code", "applicant_type_code"]
REPORTED = "reported"
# the sum of an unprinted parent's items; `incomplete` when one of them is not a number
DERIVED, INCOMPLETE = "derived", "incomplete"
# an operand printed without a usable number: a rule that needs it is not evaluated
BLOCKING = ("blank", "unreadable", INCOMPLETE)
# 表三 parents the printed table has no row for (FORMS.md §2): their value is the sum of their items
UNPRINTED_MARK = "表中无此行"
# the four 表三 rows of the balance, by the last part of their code (2019.t3.total, 2021.t3.total, ...)
T3_ROLES = ("new_received", "carried_over", "total", "carried_forward")
# 2019/2021 litigation_cases = 未经复议直接起诉 总计 + 复议后起诉 总计 (FORMS.md §2)
LITIGATION_PARTS = ("t4.litigation_direct.total", "t4.litigation_after_review.total")

# Cells arrive with integer-coded keys and categorical columns: 10,000 reports
# make a few million cells, and strings would make every filter and group slow.
CELLS_SQL = """
with reports as (
    select report_id, row_number() over (order by report_id) - 1 as report_no from marts.dim_report {scope}
),
indicators as (
    select indicator_code, row_number() over (order by indicator_code) - 1 as indicator_no from marts.dim_indicator
)
select reports.report_no, indicators.indicator_no,
       cast(coalesce(s.applicant_type_code, '') as {applicants}) as applicant_type_code,
       cast(s.value_status as {statuses}) as value_status,
       cast(round(s.value * 10000) as bigint) as value_units,
       s.source_line_start, s.source_line_end, s.source_page, s.source_bbox,
       cast(s.extraction_method as {methods}) as extraction_method
from marts.fct_report_statistic s
join reports on reports.report_id = s.report_id
join indicators on indicators.indicator_code = s.indicator_code
"""
REPORT_IDS_SQL = "select report_id from marts.dim_report {scope} order by report_id"
INDICATORS_SQL = """
select indicator_code, parent_code, equals_sum_of_children, unit, label_zh, "table" as table_name,
       by_applicant_type, harmonized_metric
from marts.dim_indicator order by indicator_code
"""
# the vocabularies dbt's tests hold these columns to, and the derived parents' own
STATUSES = ("reported", "blank", "not_applicable", "unreadable", DERIVED, INCOMPLETE)
METHODS = ("table", "prose", "derived")

REPORTS_SQL = """
select r.report_id, r.source_file, r.source_sha256, r.agency_id, a.agency_name, r.report_year, r.form,
       r.published_on, m.report_id is not null as stands_for_year
from marts.dim_report r
left join marts.dim_agency a on a.agency_id = r.agency_id
left join marts.agency_year_metrics m on m.report_id = r.report_id
{scope}
"""

ISSUES_SQL = """
select report_id, source_line, issue_kind, printed_label, message
from marts.fct_parse_issue
{scope}
"""


# The reports of one batch (run.py): a temporary table of report ids on the connection.
SCOPE_TABLE = "validation_scope"


def _scoped(column: str = "report_id") -> str:
    return f"where {column} in (select report_id from {SCOPE_TABLE})"


def set_scope(con: duckdb.DuckDBPyConnection, report_ids: list[str]) -> None:
    """The reports the next `Inputs.load(con, scoped=True)` reads."""
    con.execute(f"create or replace temp table {SCOPE_TABLE} (report_id varchar primary key)")
    con.execute(f"insert into {SCOPE_TABLE} select unnest(?)", [report_ids])


def _enum(values) -> str:
    return "ENUM(" + ", ".join("'" + v.replace("'", "''") + "'" for v in values) + ")"


def _categorical(values: pd.Series, take) -> pd.Categorical:
    """values[take] as a categorical, without building a string per row."""
    codes, uniques = pd.factorize(values)
    return pd.Categorical.from_codes(codes[take], categories=uniques)


def load_cells(con: duckdb.DuckDBPyConnection, catalog: Catalog, scope: str = "") -> pd.DataFrame:
    """Every printed cell with its indicator's attributes, and the unprinted parents derived from them."""
    applicants = ["", *(code for code, _ in catalog.applicant_types)]
    coded = con.execute(CELLS_SQL.format(applicants=_enum(applicants), statuses=_enum(STATUSES),
                                         methods=_enum(METHODS), scope=scope)).df()
    report_ids = pd.Series([r for (r,) in con.execute(REPORT_IDS_SQL.format(scope=scope)).fetchall()], dtype=object)
    indicators = con.execute(INDICATORS_SQL).df()
    report_no, indicator_no = coded.pop("report_no").to_numpy(), coded.pop("indicator_no").to_numpy()
    cells = pd.DataFrame({"report_id": _categorical(report_ids, report_no),
                          "indicator_code": _categorical(indicators["indicator_code"], indicator_no)})
    cells = pd.concat([cells, coded], axis=1)
    for column in indicators.columns[1:]:
        cells[column] = _categorical(indicators[column], indicator_no)
    derived = unprinted_parents(cells, indicators, catalog)
    if derived.empty:
        return cells
    # a derived parent is printed nowhere: no page or box (columns it lacks stay empty)
    derived = derived.reindex(columns=cells.columns)
    return pd.concat([cells, derived.astype(cells.dtypes.to_dict())], ignore_index=True)


def unprinted_parents(cells: pd.DataFrame, indicators: pd.DataFrame, catalog: Catalog) -> pd.DataFrame:
    """Unprinted 表三 parents, as the sum of their reported items, where no cell stands for them.

    Status `derived`; `incomplete` when an item is blank or unreadable, as its sum is then not known.
    """
    unprinted = [i.code for i in catalog.indicators if UNPRINTED_MARK in i.label_zh]
    items = cells[cells["parent_code"].isin(unprinted)]
    by = ["report_id", "parent_code", "applicant_type_code"]
    spans = items.groupby(by, sort=False, observed=True).agg(
        source_line_start=("source_line_start", "min"), source_line_end=("source_line_end", "max")).reset_index()
    sums = sum_parts(items, by, "value").merge(spans, on=by)
    sums = sums.rename(columns={"parent_code": "indicator_code"})
    printed = cells[cells["indicator_code"].isin(unprinted)][KEY]
    sums = sums.merge(printed, on=KEY, how="left", indicator=True)
    sums = sums[sums["_merge"] == "left_only"].drop(columns="_merge")
    sums["value_status"] = [INCOMPLETE if n else DERIVED for n in sums["value_blocked"]]
    sums["extraction_method"] = "derived"
    sums = sums.drop(columns=["value_reported", "value_blocked"])
    return sums.merge(indicators, on="indicator_code").reset_index(drop=True)


@dataclass
class Inputs:
    """What the rules read: the cells, the reports and the rows the parser could not place."""

    cells: pd.DataFrame
    reports: pd.DataFrame
    issues: pd.DataFrame
    catalog: Catalog = field(default_factory=load_catalog)
    # a read-only query on the warehouse, for the few reports that have findings (their texts, raw cells)
    query: Callable[[str, list], list[tuple]] = field(default=lambda sql, params: [])

    @classmethod
    def load(cls, con: duckdb.DuckDBPyConnection, catalog: Catalog | None = None, scoped: bool = False) -> Inputs:
        """Every current report, or with `scoped` only those `set_scope` named."""
        catalog = catalog or load_catalog()
        scope = _scoped() if scoped else ""
        return cls(load_cells(con, catalog, scope),
                   con.execute(REPORTS_SQL.format(scope=_scoped("r.report_id") if scoped else "")).df(),
                   con.execute(ISSUES_SQL.format(scope=scope)).df(),
                   catalog, lambda sql, params: con.execute(sql, params).fetchall())

    @cached_property
    def reported(self) -> pd.DataFrame:
        """The printed cells with a number (derived parents are not printed)."""
        frame = self.cells[self.cells["value_status"] == REPORTED].copy()
        frame["value_units"] = frame["value_units"].astype("int64")
        return frame

    @cached_property
    def parents(self) -> pd.DataFrame:
        return parents_with_children(self)

    @cached_property
    def applicant_rows(self) -> pd.DataFrame:
        return applicant_rows(self)

    @cached_property
    def t3_roles(self) -> pd.DataFrame:
        """Reported 表三 cells of the balance rows, with their role."""
        roles = {i.code: i.code.split(".t3.")[1] for i in self.catalog.indicators
                 if i.table == "t3" and i.code.split(".t3.")[1] in T3_ROLES}
        t3 = self.reported[self.reported["indicator_code"].isin(roles)]
        return t3.assign(role=t3["indicator_code"].astype(object).map(roles)).reset_index(drop=True)


def sum_parts(parts: pd.DataFrame, by: list[str], name: str) -> pd.DataFrame:
    """Per group: the sum of its reported parts, how many are reported, how many block the sum.

    Parts printed as not applicable (——) are nothing to add; groups without a reported part are left out.
    """
    reported = parts["value_status"].isin([REPORTED, DERIVED])
    frame = parts[by].assign(units=parts["value_units"].where(reported, 0).astype("int64"), reported=reported,
                             blocked=parts["value_status"].isin(BLOCKING))
    sums = frame.groupby(by, sort=False, observed=True).agg(**{
        f"{name}_units": ("units", "sum"), f"{name}_reported": ("reported", "sum"),
        f"{name}_blocked": ("blocked", "sum")}).reset_index()
    return sums[sums[f"{name}_reported"] > 0].reset_index(drop=True)


def parents_with_children(inputs: Inputs) -> pd.DataFrame:
    """Printed cells that must equal the sum of their children, with their children's sum.

    Only those with a reported child; a derived parent is a sum already and is not checked.
    """
    cells = inputs.cells
    totals = sum_parts(cells[cells["parent_code"].notna()], ["report_id", "parent_code", "applicant_type_code"],
                       "children")
    totals = totals.rename(columns={"parent_code": "indicator_code"})
    parents = cells[(cells["equals_sum_of_children"] == "Y") & (cells["extraction_method"] != "derived")]
    return parents.merge(totals.astype({"indicator_code": cells["indicator_code"].dtype}), on=KEY, how="inner")


def _evaluable(frame: pd.DataFrame, blocked: str) -> pd.DataFrame:
    """A reported total whose every part is a number (a rule needs all its operands reported)."""
    frame = frame[(frame["value_status"] == REPORTED) & (frame[blocked] == 0)].copy()
    frame["value_units"] = frame["value_units"].astype("int64")
    return frame.reset_index(drop=True)


def sum_children_frame(inputs: Inputs) -> pd.DataFrame:
    frame = inputs.parents
    return _evaluable(frame[frame["table_name"] != "t4"], "children_blocked")


def t4_group_total_frame(inputs: Inputs) -> pd.DataFrame:
    frame = inputs.parents
    return _evaluable(frame[frame["table_name"] == "t4"], "children_blocked")


def applicant_rows(inputs: Inputs) -> pd.DataFrame:
    """表三 rows: the 总计 column's cell with the sum of the row's applicant columns."""
    cells = inputs.cells
    t3 = cells[(cells["by_applicant_type"] == "Y") & (cells["extraction_method"] != "derived")]
    columns = t3[~t3["applicant_type_code"].isin(["", "total"])]
    sums = sum_parts(columns, ["report_id", "indicator_code"], "columns")
    totals = t3[t3["applicant_type_code"] == "total"]
    return totals.merge(sums, on=["report_id", "indicator_code"], how="inner").reset_index(drop=True)


def sum_applicant_columns_frame(inputs: Inputs) -> pd.DataFrame:
    return _evaluable(inputs.applicant_rows, "columns_blocked")


def parent_blank_frame(inputs: Inputs) -> pd.DataFrame:
    """Every cell that is a sum of reported parts: of its children, or (表三 总计) of its row's columns."""
    by_children = inputs.parents.assign(parts="children")
    by_columns = inputs.applicant_rows.rename(columns={"columns_units": "children_units",
                                                        "columns_reported": "children_reported",
                                                        "columns_blocked": "children_blocked"})
    return pd.concat([by_children, by_columns.assign(parts="applicant columns")], ignore_index=True)


def balance_frame(inputs: Inputs) -> pd.DataFrame:
    """One row per 表三 column with all four balance rows reported."""
    roles = inputs.t3_roles
    wide = roles.pivot_table(index=["report_id", "applicant_type_code"], columns="role",
                             values="value_units", aggfunc="first", observed=True)
    wide = wide.reindex(columns=list(T3_ROLES)).dropna().astype("int64").reset_index()
    wide["inflow_units"] = wide["new_received"] + wide["carried_over"]
    wide["outflow_units"] = wide["total"] + wide["carried_forward"]
    return wide


def non_negative_frame(inputs: Inputs) -> pd.DataFrame:
    # 表二 本年增/减 may be negative
    exempt = [i.code for i in inputs.catalog.indicators if "增/减" in i.label_zh]
    reported = inputs.reported
    return reported[~reported["indicator_code"].isin(exempt)].reset_index(drop=True)


def integer_count_frame(inputs: Inputs) -> pd.DataFrame:
    counted = inputs.reported[inputs.reported["unit"].isin(COUNT_UNITS)].copy()
    counted["fraction_units"] = counted["value_units"] % SCALE
    return counted.reset_index(drop=True)


def _table_figures(inputs: Inputs) -> pd.DataFrame:
    """report_id, metric, table_units, table_codes: the table's figure of each harmonized metric."""
    cells = inputs.cells
    cells = cells[cells["value_status"].isin([REPORTED, DERIVED]) & (cells["extraction_method"] != "prose")
                  & cells["harmonized_metric"].notna() & cells["applicant_type_code"].isin(["", "total"])]
    single = cells.assign(metric=cells["harmonized_metric"].astype(object), table_units=cells["value_units"],
                          table_codes=cells["indicator_code"].astype(object))
    litigation_codes = [i.code for i in inputs.catalog.indicators if i.code.endswith(LITIGATION_PARTS)]
    reported = inputs.reported
    parts = reported[reported["indicator_code"].isin(litigation_codes)]
    litigation = parts.groupby("report_id", sort=False, observed=True).agg(
        table_units=("value_units", "sum"), n=("value_units", "size"),
        table_codes=("indicator_code", lambda s: ",".join(sorted(s)))).reset_index()
    litigation = litigation[litigation["n"] == len(LITIGATION_PARTS)].assign(metric="litigation_cases")
    columns = ["report_id", "metric", "table_units", "table_codes"]
    return pd.concat([single[columns], litigation[columns]], ignore_index=True)


def prose_matches_table_frame(inputs: Inputs) -> pd.DataFrame:
    reported = inputs.reported
    prose = reported[reported["extraction_method"] == "prose"]
    prose = prose.assign(metric=prose["indicator_code"].astype(object).str.removeprefix("prose."))
    frame = prose.merge(_table_figures(inputs), on=["report_id", "metric"], how="inner")
    return frame.reset_index(drop=True)


def carried_over_chain_frame(inputs: Inputs) -> pd.DataFrame:
    """上年结转 of year t beside 结转下年度 of year t-1, per agency and applicant column."""
    reports = inputs.reports[inputs.reports["stands_for_year"].fillna(False).astype(bool)]
    reports = reports[["report_id", "agency_id", "report_year"]].dropna()
    roles = inputs.t3_roles.merge(reports, on="report_id")
    columns = ["report_id", "agency_id", "report_year", "applicant_type_code", "indicator_code", "value_units"]
    current = roles[roles["role"] == "carried_over"][columns]
    previous = roles[roles["role"] == "carried_forward"][columns].copy()
    previous["report_year"] = previous["report_year"] + 1
    frame = current.merge(previous, on=["agency_id", "report_year", "applicant_type_code"], suffixes=("", "_previous"))
    return frame.reset_index(drop=True)


def form_matches_year_frame(inputs: Inputs) -> pd.DataFrame:
    form_years = load_form_years()
    reports = inputs.reports[inputs.reports["report_year"].notna() & inputs.reports["form"].isin(form_years)].copy()

    def expected(year: int) -> str:
        return next((f for f, y in form_years.items() if y.covers(year)), "")

    reports["expected_form"] = [expected(int(y)) for y in reports["report_year"]]
    return reports.reset_index(drop=True)


def published_after_period_frame(inputs: Inputs) -> pd.DataFrame:
    reports = inputs.reports[inputs.reports["report_year"].notna() & inputs.reports["published_on"].notna()].copy()
    period_end = pd.to_datetime([dt.date(int(y), 12, 31) for y in reports["report_year"]])
    reports["days_after_period"] = (pd.to_datetime(reports["published_on"]).to_numpy() - period_end).days
    return reports.reset_index(drop=True)
