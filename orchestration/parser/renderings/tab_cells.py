"""One cell per line, each led by a tab; blank lines separate rows (seeds 002, 004)."""

from __future__ import annotations

from orchestration.parser.renderings.cells import Row, RowCollector, TextCell, is_value_text


def _is_cell(line: str) -> bool:
    """A tab-led line with no other tab before its trailing whitespace."""
    if not line.startswith("\t"):
        return False
    other = line.find("\t", 1)
    return other < 0 or not line[other:].strip()


def count_lines(lines: list[str]) -> int:
    """Tab-led cells, when they are a table's cells; 0 when only numbers are
    tab-led and no label is: there the tab is the indentation of a page
    that prints each value on a line of its own, and the PDF-text reader,
    which joins such lines, reads the rows."""
    cells = [line for line in lines if _is_cell(line)]
    labels = sum(1 for line in cells if not is_value_text(line[1:].strip(" \u3000\t")))
    return len(cells) if labels else 0


def read_rows(lines: list[str]) -> list[Row]:
    """A label may continue on following lines that carry no tab (even after a
    blank line): such a line extends the row's first cell while the row has
    no other cell yet. Any other untabbed line ends the row.
    """
    collector = RowCollector()
    gap = False  # a blank line was seen since the last cell
    for number, line in enumerate(lines, start=1):
        if _is_cell(line):
            if gap:
                collector.close()
            collector.add(TextCell(line[1:].strip(" \u3000\t"), number, number))
            gap = False
        elif not line.strip():
            if collector.current:
                gap = True
        elif collector.current and all(not is_value_text(c.text) for c in collector.current):
            # a label wrapped onto an untabbed line (the row has no value yet)
            cell = collector.current[-1]
            cell.text += line.strip(" \u3000\t")
            cell.line_end = number
            gap = False
        else:
            collector.close()
            gap = False
    collector.close()
    return collector.rows
