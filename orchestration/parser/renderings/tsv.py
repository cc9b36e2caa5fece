"""One row per line, cells separated by tabs (a table copied out of a word
processor): empty cells stay in place between consecutive tabs."""

from __future__ import annotations

from orchestration.parser.renderings.cells import Row, TextCell

_MIN_TABS = 2


def _is_row(line: str) -> bool:
    if line.count("\t") < _MIN_TABS:
        return False  # most lines: no split needed to tell
    cells = line.rstrip().split("\t")
    return len(cells) > _MIN_TABS and sum(1 for c in cells if c.strip()) >= 2


def count_lines(lines: list[str]) -> int:
    return sum(1 for line in lines if _is_row(line))


def _is_pair(line: str) -> bool:
    """A label and its one value (行政许可\t12): a row whose value cell spans the form's columns,
    as a browser copies the 2021 表二's 行政许可, 行政处罚, 行政强制 and 收费 rows. Read only where
    the text holds rows of three cells or more, which tell that it is a table's rendering."""
    if "\t" not in line:
        return False
    cells = line.rstrip().split("\t")  # (the merged cell's empty rest, if printed, ends the line)
    return len(cells) == 2 and all(cell.strip() for cell in cells)


def read_rows(lines: list[str]) -> list[Row]:
    return [Row([TextCell(cell.strip(" \u3000"), number, number) for cell in line.rstrip("\n").split("\t")])
            for number, line in enumerate(lines, start=1) if _is_row(line) or _is_pair(line)]
