"""One DataFrame per rule: the rows a rule's expectation is evaluated on.

Values arrive as integers in units of 1/10000 (the warehouse's DECIMAL(18,4)
scale) so sums compare exactly, with no float noise.
"""

from __future__ import annotations

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


def _children_totals(cells: pd.DataFrame) -> pd.DataFrame:
    children = cells[cells["parent_code"].notna() & (cells["value_status"] == "reported")]
    grouped = children.groupby(["report_id", "parent_code", "applicant_type_code"], dropna=False)
    return grouped.agg(
        children_units=("value_units", "sum"),
        children_reported=("value_units", "size"),
        children_codes=("indicator_code", lambda s: ", ".join(sorted(s))),
        children_first_line=("source_line_start", "min"),
        children_last_line=("source_line_end", "max"),
    ).reset_index().rename(columns={"parent_code": "indicator_code"})


def parents_with_children(cells: pd.DataFrame) -> pd.DataFrame:
    """Cells that must equal the sum of their children, with their reported children's sum."""
    parents = cells[cells["equals_sum_of_children"] == "Y"]
    merged = parents.merge(_children_totals(cells), on=KEY, how="inner")
    return merged.reset_index(drop=True)


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
