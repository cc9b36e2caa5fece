"""Renderings: recovering table rows from the way a site flattened a table.

Each reader turns text lines into `Row`s of cell texts with their line span;
which cell of which form a row is, is decided later, by the form aligners.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass
class TextCell:
    text: str
    line_start: int  # 1-based, inclusive
    line_end: int


@dataclass
class Row:
    cells: list[TextCell]

    @property
    def line_start(self) -> int:
        return self.cells[0].line_start

    @property
    def line_end(self) -> int:
        return self.cells[-1].line_end

    def texts(self) -> list[str]:
        return [c.text for c in self.cells]


def read_tab_cell_rows(lines: list[str]) -> list[Row]:
    """One cell per line, each led by a tab; blank lines separate rows.

    A label may continue on following lines that carry no tab (even after a
    blank line): such a line extends the row's first cell while the row has
    no other cell yet. Any other untabbed line ends the table.
    """
    rows: list[Row] = []
    current: list[TextCell] = []
    gap = False  # a blank line was seen since the last cell

    def close() -> None:
        nonlocal current
        if current:
            rows.append(Row(current))
        current = []

    for number, line in enumerate(lines, start=1):
        if line.startswith("\t"):
            if gap:
                close()
            current.append(TextCell(line[1:].strip(" \u3000\t"), number, number))
            gap = False
        elif not line.strip():
            if current:
                gap = True
        elif len(current) == 1:
            cell = current[0]
            cell.text += line.strip(" \u3000\t")
            cell.line_end = number
            gap = False
        else:
            close()
            gap = False
    close()
    return rows
