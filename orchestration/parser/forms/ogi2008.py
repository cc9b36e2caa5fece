"""The 2008 form: 政府信息公开情况统计表, rows of 统计指标 / 单位 / 统计数."""

from __future__ import annotations

import re

from orchestration.parser.catalog import Catalog
from orchestration.parser.forms.matching import LabelMatcher
from orchestration.parser.labels import normalize_label
from orchestration.parser.forms.rows import resolve_label, split_row
from orchestration.parser.renderings.cells import Row, TextCell, is_value_text
from orchestration.parser.numbers import TEN_THOUSAND, UNIT as _UNIT, in_ten_thousands, read_cell_value
from orchestration.parser.records import BLANK, NOT_APPLICABLE, Cell, ParseIssue

FORM = "ogi2008"
# the header row, also when its cells are cut short (统计指 | 单 | 统计)
_HEADER = re.compile(r"统计指|指标.*统计|统计.*指标")
# A PDF line longer than this, or ending a sentence, is prose, not a row.
_MAX_ROW_LABEL = 40


def is_header(row: Row) -> bool:
    return bool(_HEADER.search("".join(normalize_label(t) for t in row.texts())))


def find_table(rows: list[Row], catalog: Catalog | None = None) -> list[Row] | None:
    """The rows after the 统计指标/单位/统计数 header; without one, from the
    first row whose label is exactly a label of the form."""
    for i, row in enumerate(rows):
        if is_header(row):
            return rows[i + 1:]
    if catalog is not None:
        labels = {normalize_label(ind.label_zh) for ind in catalog.for_form(FORM)}
        for i, row in enumerate(rows):
            if not any(normalize_label(cell.text) in labels for cell in row.cells):
                continue  # its last label is one of its cells: most rows of other forms are passed here
            parts = split_row(row, with_unit=True)
            if parts.labels and normalize_label(parts.labels[-1].text) in labels and (parts.values or parts.unit):
                return rows[i:]
    return None


def _cells_of(row: Row) -> tuple[list[TextCell], TextCell | None, TextCell | None, str]:
    """(label cells, unit cell, value cell, why the row does not fit) of a 3-column row."""
    if row.lossy:
        parts = split_row(row, with_unit=True)
        if len(parts.values) == 2 and parts.unit is None and read_cell_value(parts.values[0].text)[0] == NOT_APPLICABLE:
            return parts.labels, parts.values[0], parts.values[1], ""  # —— in the unit column
        if len(parts.values) > 1:
            return parts.labels, parts.unit, None, f"{len(parts.values)} numbers where the form has 1"
        if not parts.values and parts.unit is not None:
            return parts.labels, parts.unit, None, f"label and unit ({parts.unit.text}) but no number"
        return parts.labels, parts.unit, (parts.values[0] if parts.values else None), ""
    cells = list(row.cells)
    while cells and not cells[0].text.strip():
        cells.pop(0)  # merged cells left of the label
    if len(cells) <= 1:
        return cells, None, None, ""
    if len(cells) == 2:
        if _UNIT.match(cells[1].text.strip()):
            return cells[:1], cells[1], None, f"label and unit ({cells[1].text}) but no value cell"
        return cells[:1], None, cells[1], ""
    labels, unit, value = cells[:-2], cells[-2], cells[-1]
    if len(cells) > 3 and any(is_value_text(c.text) and c.text.strip() for c in labels[1:] + [unit]):
        return labels[:1], None, None, f"row has {len(cells)} cells where the form has 3"
    return [c for c in labels if c.text.strip()], unit, value, ""


def _lone_number(rows: list[Row], parts: list, j: int) -> bool:
    return j < len(rows) and rows[j].lossy and not parts[j].labels and parts[j].unit is None \
        and len(parts[j].values) == 1


def _looks_like_row(row: Row, label: str) -> bool:
    return not row.lossy or (len(label) <= _MAX_ROW_LABEL and not label.rstrip().endswith(("。", "；", "，")))


def align(rows: list[Row], catalog: Catalog) -> tuple[list[Cell], list[ParseIssue]]:
    matcher = LabelMatcher(catalog.for_form(FORM))
    cells: list[Cell] = []
    issues: list[ParseIssue] = []
    seen: dict[str, int] = {}
    parts = [split_row(r, with_unit=True) for r in rows]
    consumed: set[int] = set()

    def lookup(text: str, fuzzy: bool):
        match = matcher.match(text, fuzzy=fuzzy)
        return match if (match.indicator is not None or len(match.candidates) > 1) else None

    for i, row in enumerate(rows):
        if i in consumed or is_header(row):
            continue  # (the header again, where a table split over pages repeats it atop each)
        labels, unit_cell, value_cell, misfit = _cells_of(row)
        if row.lossy and misfit and not parts[i].values and _lone_number(rows, parts, i + 1):
            # PDF text put the row's number on the line below its label and unit
            value_cell, misfit = parts[i + 1].values[0], ""
            consumed.add(i + 1)
        label = "".join(c.text for c in labels)
        if row.lossy and not parts[i].values and parts[i].unit is None:
            continue  # a heading, or a label wrapped onto the next line: nothing to place
        resolved = resolve_label(rows, parts, i, lookup, consumed) if (labels or row.lossy) else None
        unit = unit_cell.text.strip() if unit_cell else ""
        status, value = read_cell_value(value_cell.text) if value_cell else (BLANK, None)
        if resolved is None:
            heading = status in (BLANK, NOT_APPLICABLE) and read_cell_value(unit)[0] in (BLANK, NOT_APPLICABLE)
            if label and not heading and not misfit and _looks_like_row(row, label):
                issues.append(ParseIssue("unknown_label", row.line_start, label,
                                         "row label matches no cell of the ogi2008 form"))
            continue
        consumed.update(resolved.used_rows)
        match = resolved.value
        if match.indicator is None:
            issues.append(ParseIssue(
                "ambiguous_row", row.line_start, label,
                "label fits several cells (" + ", ".join(c.code for c in match.candidates)
                + ") and the rows above do not say which"))
            continue
        code = match.indicator.code
        if misfit:
            issues.append(ParseIssue("ambiguous_row", resolved.line_start, label or code, f"{code}: {misfit}; not used",
                                     line_end=row.line_end))
            continue
        if code in seen:
            issues.append(ParseIssue("duplicate_cell", row.line_start, label,
                                     f"{code} already read at line {seen[code]}; this row is not used"))
            continue
        seen[code] = row.line_start
        matcher.record(code)
        if value is not None and catalog.unit_of(code) == "万元" and (
                unit == "元" or (value_cell is not None and in_ten_thousands(value_cell.text))):
            value = value / TEN_THOUSAND  # the catalog counts fees in 万元
        cells.append(Cell(
            code=code, applicant_type=None, value=value, value_status=status,
            raw_text=value_cell.text if value_cell else "",
            line_start=resolved.line_start, line_end=max(row.line_end, value_cell.line_end if value_cell else 0),
            extraction_method="table"))
    return cells, issues
