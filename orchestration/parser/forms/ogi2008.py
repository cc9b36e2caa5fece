"""The 2008 form: 政府信息公开情况统计表, rows of 统计指标 / 单位 / 统计数."""

from __future__ import annotations

import re

from orchestration.parser.catalog import Catalog
from orchestration.parser.forms.matching import LabelMatcher
from orchestration.parser.labels import normalize_label
from orchestration.parser.layouts import Row
from orchestration.parser.numbers import read_cell_value
from orchestration.parser.records import BLANK, NOT_APPLICABLE, Cell, ParseIssue

FORM = "ogi2008"
_HEADER_WORDS = ("统计指标", "统计数")
_UNIT = re.compile(r"^(?:件|条|次|人次|人|个|篇|万元|元)$")


def is_header(row: Row) -> bool:
    joined = "".join(normalize_label(t) for t in row.texts())
    return all(word in joined for word in _HEADER_WORDS)


def find_table(rows: list[Row]) -> list[Row] | None:
    """The rows after the 统计指标/单位/统计数 header, or None if there is none."""
    for i, row in enumerate(rows):
        if is_header(row):
            return rows[i + 1:]
    return None


def align(rows: list[Row], catalog: Catalog) -> tuple[list[Cell], list[ParseIssue]]:
    matcher = LabelMatcher(catalog.for_form(FORM))
    cells: list[Cell] = []
    issues: list[ParseIssue] = []
    seen: dict[str, int] = {}
    for row in rows:
        texts = row.texts()
        label = texts[0]
        if len(texts) == 2 and _UNIT.match(texts[1].strip()):
            if matcher.match(label).indicator is not None:
                issues.append(ParseIssue("ambiguous_row", row.line_start, label,
                                         f"row has a label and a unit ({texts[1]}) but no value cell; not used"))
            continue
        value_cell = row.cells[-1] if len(texts) > 1 else None
        status, value = read_cell_value(value_cell.text) if value_cell else (BLANK, None)
        unit = texts[1] if len(texts) >= 3 else ""
        match = matcher.match(label)
        if match.indicator is None:
            if match.candidates:
                issues.append(ParseIssue(
                    "ambiguous_row", row.line_start, label,
                    "label fits several cells (" + ", ".join(c.code for c in match.candidates)
                    + ") and the rows above do not say which"))
                continue
            heading = status in (BLANK, NOT_APPLICABLE) and read_cell_value(unit)[0] in (BLANK, NOT_APPLICABLE)
            if not heading:
                issues.append(ParseIssue("unknown_label", row.line_start, label,
                                         "row label matches no cell of the ogi2008 form"))
            continue
        code = match.indicator.code
        if code in seen:
            issues.append(ParseIssue("duplicate_cell", row.line_start, label,
                                     f"{code} already read at line {seen[code]}; this row is not used"))
            continue
        if len(texts) > 3:
            issues.append(ParseIssue("ambiguous_row", row.line_start, label,
                                     f"row has {len(texts)} cells where the form has 3; not used"))
            continue
        seen[code] = row.line_start
        matcher.record(code)
        cells.append(Cell(
            code=code, applicant_type=None, value=value, value_status=status,
            raw_text=value_cell.text if value_cell else "",
            line_start=row.line_start, line_end=row.line_end, extraction_method="table"))
    return cells, issues
