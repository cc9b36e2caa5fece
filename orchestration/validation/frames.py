"""One DataFrame per rule: the rows a rule's expectation is evaluated on.

Values arrive as integers in units of 1/10000 (the warehouse's DECIMAL(18,4)
scale) so sums compare exactly, with no float noise.
"""

from __future__ import annotations

import weakref

import pandas as pd

SCALE = 10_000
COUNT_UNITS = {"件", "条", "次", "人", "个", "篇", "人次"}
KEY = ["report_id", "indicator_code", "applicant_type_code"]

CELLS_SQL = """
select s.report_id, s.indicator_code, coalesce(s.applicant_type_code, '') as applicant_type_code,
       s.value_status,
       cast(round(s.value * 10000) as bigint) as value_units,
       s.source_line_start, s.source_line_end, s.extraction_method,
       i.parent_code, i.equals_sum_of_children, i.unit, i.label_zh
from marts.fct_report_statistic s
join marts.dim_indicator i on i.indicator_code = s.indicator_code
"""


_GROUP = ["report_id", "parent_code", "applicant_type_code"]


def _children_totals(cells: pd.DataFrame) -> pd.DataFrame:
    children = cells[cells["parent_code"].notna() & (cells["value_status"] == "reported")]
    children = children.sort_values(_GROUP + ["indicator_code"], kind="stable")
    grouped = children.groupby(_GROUP, dropna=False, sort=False)
    totals = grouped.agg(
        children_units=("value_units", "sum"),
        children_reported=("value_units", "size"),
        children_first_line=("source_line_start", "min"),
        children_last_line=("source_line_end", "max"),
    ).reset_index()
    # The rows are sorted by group, so each group's codes are one slice. Joining
    # them through a groupby lambda costs a pandas call per group: three
    # quarters of a check's time on 2021-form reports, which have thousands of
    # groups per chunk.
    ends = totals["children_reported"].cumsum().to_numpy()
    codes = children["indicator_code"].to_numpy()
    totals["children_codes"] = [", ".join(codes[end - n:end]) for end, n in zip(ends, totals["children_reported"])]
    return totals.rename(columns={"parent_code": "indicator_code"})


_last_parents: tuple[weakref.ref, pd.DataFrame] | None = None


def parents_with_children(cells: pd.DataFrame) -> pd.DataFrame:
    """Cells that must equal the sum of their children, with their reported children's sum.

    Two rules read this frame from the same cells; it is built once per cells frame.
    """
    global _last_parents
    if _last_parents is not None and _last_parents[0]() is cells:
        return _last_parents[1]
    parents = cells[cells["equals_sum_of_children"] == "Y"]
    merged = parents.merge(_children_totals(cells), on=KEY, how="inner").reset_index(drop=True)
    _last_parents = (weakref.ref(cells), merged)
    return merged


def sum_children_frame(cells: pd.DataFrame) -> pd.DataFrame:
    frame = parents_with_children(cells)
    return frame[frame["value_status"] == "reported"].reset_index(drop=True)


def parent_blank_frame(cells: pd.DataFrame) -> pd.DataFrame:
    return parents_with_children(cells)


def non_negative_frame(cells: pd.DataFrame) -> pd.DataFrame:
    reported = cells[(cells["value_status"] == "reported") & ~cells["label_zh"].fillna("").str.contains("增/减")]
    return reported.reset_index(drop=True)


def integer_count_frame(cells: pd.DataFrame) -> pd.DataFrame:
    counted = cells[(cells["value_status"] == "reported") & cells["unit"].isin(COUNT_UNITS)].copy()
    counted["fraction_units"] = counted["value_units"] % SCALE
    return counted.reset_index(drop=True)

CELLS_OF_REPORTS_SQL = CELLS_SQL + "where s.report_id in (select unnest(?))\n"
