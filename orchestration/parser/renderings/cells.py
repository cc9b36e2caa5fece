"""Rows of printed cells, as the renderings recover them from text."""

from __future__ import annotations

from dataclasses import dataclass, field

from orchestration.parser.numbers import read_cell_value
from orchestration.parser.records import BLANK, NOT_APPLICABLE, REPORTED


@dataclass
class TextCell:
    text: str
    line_start: int  # 1-based, inclusive
    line_end: int


@dataclass
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


def is_value_text(text: str) -> bool:
    """A cell that holds a value (a number, a blank, a not-applicable mark), not a label."""
    return read_cell_value(text)[0] in (REPORTED, BLANK, NOT_APPLICABLE)


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
        for cell in self.current:
            if row and is_value_text(row[-1].text) and not is_value_text(cell.text):
                self.rows.append(Row(row, cell_per_line=True))
                row = []
            row.append(cell)
        if row:
            self.rows.append(Row(row, cell_per_line=True))
        self.current = []
