"""Rows of printed cells, as the renderings recover them from text."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from orchestration.parser.numbers import read_cell_value
from orchestration.parser.records import BLANK, NOT_APPLICABLE, REPORTED


@dataclass(slots=True)
class TextCell:
    text: str
    line_start: int  # 1-based, inclusive
    line_end: int


@dataclass(slots=True)
class Row:
    cells: list[TextCell]
    # True when the rendering lost the cell grid (PDF text): blank cells may
    # be gone, and a label may wrap onto the neighbouring lines, which then
    # come as rows of their own; the form aligner, which knows the labels,
    # decides.
    lossy: bool = False
    # True when the rendering printed one cell per line (its blank cells a bare `|`)
    cell_per_line: bool = False
    # the aligners' split of the row (forms.rows.split_row), by with_unit
    split_cache: dict = field(default_factory=dict, compare=False, repr=False)

    @property
    def line_start(self) -> int:
        return self.cells[0].line_start

    @property
    def line_end(self) -> int:
        return self.cells[-1].line_end

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


@lru_cache(maxsize=1 << 14)  # called for every cell several times over (rows are split, joined, re-read)
def is_value_text(text: str) -> bool:
    """A cell that holds a value (a number, a blank, a not-applicable mark), not a label."""
    return read_cell_value(text)[0] in (REPORTED, BLANK, NOT_APPLICABLE)


# 表二's 本年增/减 printed in words or with a doubled sign (行政许可 | 92 | 增98 | 0, 行政处罚 | 0 | 增 | 25,
# 253 | --253 | 0: round 33, five agencies' pages in three renderings, whose rows were dropped whole): a value
# cell between two numbers, unreadable as printed, not a label starting a row
# (the increase and the decrease both, 0/0, printed in every 本年增/减 cell of a county bureau's 2019 表二 one cell a
# line: the page behind realdev r279, its five rows dropped whole; and 未增未减, neither, on the page behind r273: its
# five rows too; wordings of the class)
_CHANGE_IN_WORDS = re.compile(r"^\s*(?:(?:增加|减少|新增|增|减)\s*\d*(?:\.\d+)?|--\d+(?:\.\d+)?|\d+\s*/\s*\d+|未增未减)\s*$")


def is_change_in_words(text: str) -> bool:
    return _CHANGE_IN_WORDS.match(text) is not None


def is_change_ending_a_row(text: str) -> bool:
    """A change in words that may also end its row, the row's last column (行政事业性收费 | 0 | 0/0 then the next
    section: the pages behind realdev r273 and r279): one with a number, or 未增未减; never a bare 增 or 新增, which a
    header's words may be."""
    return is_change_in_words(text) and (any(c.isdigit() for c in text) or "未增未减" in text)


def is_number_text(text: str) -> bool:
    return read_cell_value(text)[0] == REPORTED


class RowCollector:
    """Cells gathered into rows, for renderings that print one cell per line."""

    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.current: list[TextCell] = []

    def add(self, cell: TextCell) -> None:
        self.current.append(cell)

    def close(self) -> None:
        """End the row; cells printed without a blank line between rows are split
        where a label follows a value (a row is labels, then values)."""
        row: list[TextCell] = []
        cells = self.current
        for i, cell in enumerate(cells):
            # (a change ending its row after a value ends the row's values too: 行政事业性收费 / 0 / 未增未减 / 第二十条…)
            values_end = row and (is_value_text(row[-1].text) or (
                len(row) > 1 and is_change_ending_a_row(row[-1].text) and is_value_text(row[-2].text)))
            if values_end and not is_value_text(cell.text) and not is_change_ending_a_row(cell.text) and not (
                    is_change_in_words(cell.text) and i + 1 < len(cells) and is_value_text(cells[i + 1].text)):
                self.rows.append(Row(row, cell_per_line=True))
                row = []
            row.append(cell)
        if row:
            self.rows.append(Row(row, cell_per_line=True))
        self.current = []
