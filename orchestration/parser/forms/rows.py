"""What every form aligner does with a row: split labels from values, fit the
values to the form's columns, and find a wrapped label on neighbouring lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

from orchestration.parser.labels import normalize_label
from orchestration.parser.numbers import UNIT
from orchestration.parser.renderings.cells import (Row, TextCell, is_change_ending_a_row, is_change_in_words,
                                                    is_value_text)

# Where a label printed beside its parent's merged cell starts: （一）, 一、, 1. 1、
# A PDF label wraps over at most this many lines above its numbers.
_MAX_WRAPPED_LINES = 4
_NUMBER_WITH_NOTE = re.compile(r"^\s*\d[\d,.]*\s*[（(][^（()）]*[）)]\s*$")
_SEGMENT_START = re.compile(r"(?=[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+、|(?<![\d.])\d{1,2}[.．、](?!\d))")


@dataclass(slots=True)
class RowParts:
    labels: list[TextCell]  # non-empty label cells, in print order
    unit: TextCell | None
    values: list[TextCell]

    @property
    def label(self) -> str:
        return "".join(c.text for c in self.labels)


def split_row(row: Row, with_unit: bool = False) -> RowParts:
    """Row's labels, unit and values. Kept on the row: both forms' aligners split every row,
    and rows are not changed once the rendering has read them. Callers do not change the parts."""
    kept = row.split_cache.get(with_unit)
    if kept is None:
        kept = row.split_cache[with_unit] = _split_row(row, with_unit)
    return kept


def _split_row(row: Row, with_unit: bool) -> RowParts:
    cells = row.cells
    count = len(cells)
    k = count  # cells[k:] are the values, taken from the right
    while k and (is_value_text(cells[k - 1].text) or (
            k > 1 and (k < count and is_change_in_words(cells[k - 1].text) or is_change_ending_a_row(cells[k - 1].text))
            and is_value_text(cells[k - 2].text))):
        k -= 1
    # a number with a note in brackets after a label (行政许可 | 90(信用中国…) | ||: round 29) is the row's
    # value cell, unreadable as printed, not a part of its label with the empty cell after it as the value
    if k > 1 and _NUMBER_WITH_NOTE.match(cells[k - 1].text) and cells[k - 2].text.strip():
        k -= 1
    values = cells[k:]
    unit = None
    if with_unit and k and UNIT.match(cells[k - 1].text.strip()) and (k > 1 or (row.lossy and values)):
        k -= 1
        unit = cells[k]
    labels = [c for c in cells[:k] if c.text.strip()]
    return RowParts(labels, unit, values)


def fit_values(values: list[TextCell], wanted: int, row: Row,
               cut_off: bool = False) -> tuple[list[TextCell] | None, str]:
    """The row's values for `wanted` columns, or None and why they do not fit.

    Merged cells leave empty cells beside a label (before the values) or
    beside a value spanning columns (after it); a surplus of empty cells on
    one side is dropped. A shortfall is never filled: in PDF text blanks are
    lost, and which ones cannot be told. Only where the text itself ends in
    the row (a truncated report) and every cell was printed in its place are
    the cells before the cut kept, left to right.
    """
    have = len(values)
    if have == wanted or (cut_off and not row.lossy and 0 < have < wanted):
        return values, ""
    if have > wanted and not row.lossy:
        extra = have - wanted
        # values sit at the right of a table, beside its label columns: drop as many
        # empty cells on the left as the row allows
        fits = [values[lead:have - (extra - lead)] for lead in range(extra, -1, -1)
                if all(not v.text.strip() for v in values[:lead] + values[have - (extra - lead):])]
        # Printed one cell per line, a merged label leaves no empty cell, and a bare `|` after
        # the last value may end the row as well as be a cell (round 23: a street's 表三, whose
        # rows end `0 |` / `||` but `0 |` / `|` under a group label). When the values land in
        # other columns as the surplus is taken from the left or the right, which one the page
        # meant cannot be told.
        if row.cell_per_line and any([v.text for v in fit] != [v.text for v in fits[0]] for fit in fits):
            return None, f"{have} value cells where the form has {wanted} columns, and empty ones at both ends"
        if fits:
            return fits[0], ""
    what = "numbers" if row.lossy else "value cells"
    return None, f"{have} {what} where the form has {wanted} columns"


@lru_cache(maxsize=1 << 12)  # the forms' labels repeat from report to report
def segments(label: str) -> tuple[str, ...]:
    """A label split where a numbered label starts: 三、本年度办理结果（一）予以公开 → two."""
    parts = tuple(p for p in _SEGMENT_START.split(label) if p.strip())
    return parts or (label,)


# a kind of administrative action (行政检查, 行政确认, 行政给付…) printed as a row of its own
_SUB_ROW = re.compile(r"^行政[\u4e00-\u9fff]{2,4}$")


@dataclass(slots=True)
class Resolved:
    value: object  # whatever the aligner's lookup returned
    line_start: int
    used_rows: tuple[int, ...]  # indices of label-only neighbour rows the label was joined from


def resolve_label(rows: list[Row], parts: list[RowParts], i: int, lookup: Callable[[str, bool], object | None],
                  consumed: set[int]) -> Resolved | None:
    """Find what row i's label names; for PDF text, try it joined with wrapped neighbour lines.

    `lookup(text, fuzzy)` names a row of the form or returns None; every
    candidate is tried exactly before any is tried fuzzily, so a wrapped
    label joined whole beats a fragment that merely resembles another row.
    """
    own = parts[i]
    own_start = own.labels[0].line_start if own.labels else rows[i].line_start
    texts = [c.text for c in own.labels]
    own_text = "".join(texts)
    # The row's own item comes first (the last label; in front of it may stand a
    # merged parent cell), then its other labels; then, for PDF text, the label
    # joined with wrapped neighbour lines.
    first: list[tuple[str, tuple[int, ...]]] = []
    if texts:
        first.append((texts[-1], ()))
        pieces = segments(texts[-1])
        if len(pieces) > 1:
            first.append((pieces[-1], ()))
    rest: list[tuple[str, tuple[int, ...]]] = [(t, ()) for t in reversed(texts[:-1])]
    if len(texts) > 1:
        rest.append((own_text, ()))
    if rows[i].lossy:
        before: list[int] = []  # label-only lines right above, nearest first
        j = i - 1
        while len(before) < _MAX_WRAPPED_LINES and _label_only(parts, j) and j not in consumed:
            before.append(j)
            j -= 1
        # the line below is this row's only if it is not the label of numbers printed under it
        # (numbers with no label of their own take it from above, never from below)
        a1 = i + 1 if own_text and _label_only(parts, i + 1) and not _numbers_only(parts, i + 2) else None
        joined: list[tuple[str, tuple[int, ...]]] = []
        for n in range(1, len(before) + 1):
            used = tuple(reversed(before[:n]))
            joined.append(("".join(parts[k].label for k in used) + own_text, used))
        forward: list[tuple[str, tuple[int, ...]]] = []
        if a1 is not None:
            forward.append((own_text + parts[a1].label, (a1,)))
            if before:
                forward.append((parts[before[0]].label + own_text + parts[a1].label, (before[0], a1)))
        # a wrapped label joined whole beats a fragment that merely resembles another row;
        # a label below the numbers is taken only when it completes one exactly
        own = first + rest if own_text else []
        passes = [(own + joined + forward, False), (own + joined, True)]
    elif texts and _SUB_ROW.match(texts[-1].strip()):
        # a form row broken down into sub-rows of its own (其他对外管理服务事项 | 行政检查 | 0 | 0 | 0, then
        # 行政确认 | 0 | 0 | 0): the values are the sub-row's, not the form row's (round 17)
        passes = [(first, False), (first, True)]
    else:
        passes = [(first, False), (first, True), (rest, False), (rest, True)]
    for candidates, fuzzy in passes:
        for text, used in candidates:
            if not text.strip():
                continue
            found = lookup(text, fuzzy)
            if found is not None:
                start = min([own_start] + [rows[j].line_start for j in used])
                return Resolved(found, start, used)
    return None


def _numbers_only(parts: list[RowParts], j: int) -> bool:
    """Numbers whose label (if any) is only an annotation: （不同渠道…计1条） 条 1426."""
    return 0 <= j < len(parts) and bool(parts[j].values) and not normalize_label(parts[j].label)


def _label_only(parts: list[RowParts], j: int) -> bool:
    return 0 <= j < len(parts) and not parts[j].values and bool(parts[j].labels)
