"""A table copied out of a browser where its cells hold paragraphs (a page pasted from Word prints
<td><p>15</p></td>): each cell's text stands on a line of its own between blank lines, the tabs that
part the cells stand on lines of their own (alone, or with the no-break spaces of empty cells between
them: \\t\\xa0\\t\\xa0\\t), and a row ends after a wider gap than a paragraph's, after an empty cell
printed inline at a line's end, or where a text follows another with no tab between (but for a text
broken by <br>, which goes on on the very next line).

Read back into rows, the cells keep their places, empty ones included, as tab-separated rows do.
"""

from __future__ import annotations

import re

from orchestration.parser.renderings.cells import Row, TextCell, is_value_text

# a line of tabs and the spaces of the empty cells between them
_TABS = re.compile(r"[ \u3000\xa0]*(?:\t[ \u3000\xa0]*)+")
_SPACES = " \u3000\xa0"
# Blank lines between two cells' texts of one row: one, the paragraphs' own margins; rows stand further
# apart.
_ROW_GAP = 2


def count_lines(lines: list[str]) -> int:
    """Lines of tabs alone (the empty cells' spaces aside), where they outnumber ten times over the lines
    of a text led by a tab: one cell a line, each led by its tab (tab_cells, the PDF and Word readers'
    text), prints its empty cells so too, but its texts led by their tabs (a browser's copy leads none)."""
    alone = led = 0
    for line in lines:
        if "\t" in line:
            if _TABS.fullmatch(line.rstrip("\n")):
                alone += 1
            elif line.startswith("\t"):
                led += 1
    return alone if alone >= 10 * led else 0


class _Rows:
    def __init__(self) -> None:
        self.rows: list[Row] = []
        self.cells: list[TextCell] = []
        self.pending = False  # a tab was read and no text since: a text opens the next cell
        self.line = 0  # the line of the last tab or text read

    def close(self) -> None:
        if self.pending:
            self.cells.append(TextCell("", self.line, self.line))  # the row ends in an empty cell
        if len(self.cells) > 1 and any(c.text for c in self.cells):
            self.rows.append(Row(self.cells))
        self.cells, self.pending = [], False

    def tab(self, number: int) -> None:
        if not self.cells or self.pending:
            self.cells.append(TextCell("", number, number))  # an empty cell before this tab
        self.pending, self.line = True, number

    def text(self, text: str, number: int) -> None:
        self.cells.append(TextCell(text, number, number))
        self.pending, self.line = False, number


def read_rows(lines: list[str]) -> list[Row]:
    found = _Rows()
    gap = 0  # blank lines since the last line read
    text_alone = False  # the last line read was one cell's text, no tab on it
    for number, line in enumerate(lines, start=1):
        line = line.rstrip("\n")
        if not line.strip(_SPACES + "\t") and "\t" not in line:
            if line and found.pending:
                found.text("", number)  # an empty cell's paragraph (<p>&nbsp;</p>) after its tab
                gap = 0
            else:
                gap += 1
            continue
        pieces = [piece.strip(_SPACES) for piece in line.split("\t")]
        if found.cells and gap >= _ROW_GAP:
            found.close()
        first = pieces[0]
        if first:
            if found.cells and not found.pending:
                last = found.cells[-1]
                if text_alone and (gap == 0 or gap == 1 and len(found.cells) > 1) and len(pieces) == 1 \
                        and not is_value_text(first) and not is_value_text(last.text):
                    # a cell's text broken by <br> ((二)部分公开 / (区分处理的…)), or a later cell's next
                    # paragraph; a row's first paragraph could as well be a heading or prose above the
                    # table, which parts its paragraphs by a blank line too; a number is never joined
                    last.text += first
                    last.line_end = number
                    gap = 0
                    continue
                found.close()  # a text after a text with no tab between: the next row
            found.text(first, number)
        for piece in pieces[1:]:
            found.tab(number)
            if piece:
                found.text(piece, number)
        if len(pieces) > 1 and not pieces[-1] and not line.endswith("\t"):
            # an empty cell printed inline (&nbsp;) after the line's last tab ends the row: a tab would
            # stand after it, on this line, before any next cell
            found.close()
        gap, text_alone = 0, len(pieces) == 1
    found.close()
    return found.rows
