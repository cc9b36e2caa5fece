"""The text a PDF or Word file becomes, and where each of its lines came from.

Prose is one line per printed line. A table row is its cells, one line each,
led by a tab, with a blank line before and after the row: the tab-cell
rendering the parser already reads (renderings/tab_cells.py), in which a
cell's line number names that one cell, so a cell's page and box follow from
its line. A cell merged over several rows or columns is printed once, in the
first row it covers, as the HTML reader prints rowspan/colspan cells.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# a cell's own line breaks (商业\n企业) and runs of spaces say nothing about its content
_INNER_SPACE = re.compile(r"[\s\u3000\xa0]+")
# spaces between two CJK characters are justification, not words
_CJK_GAP = re.compile(r"(?<=[\u3000-\u9fff\uff00-\uffef])\s+(?=[\u3000-\u9fff\uff00-\uffef])")

Box = tuple[float, float, float, float]  # x0, top, x1, bottom in points, from the page's top-left corner


@dataclass
class Page:
    number: int  # 1-based
    status: str = "ok"  # "ok" or "needs_ocr"
    reason: str | None = None


@dataclass
class DocumentText:
    """What the pipeline stores for one file: its text, and per line (page, box) or None."""

    lines: list[str] = field(default_factory=list)
    sources: list[tuple[int, Box] | None] = field(default_factory=list)
    pages: list[Page] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    def add_line(self, text: str, source: tuple[int, Box] | None = None) -> None:
        # a line of the stored text never holds a line break or a leading tab of its own
        text = text.replace("\t", " ").replace("\n", " ").replace("\r", " ").strip()
        if text:
            self.lines.append(text)
            self.sources.append(source)

    def add_row(self, cells: list[tuple[str, tuple[int, Box] | None]]) -> int | None:
        """One table row; a cell's text is joined over its own line breaks. Returns the
        index in `lines` of its first cell (None for a row with nothing printed)."""
        if not cells or not any(clean_cell(t) for t, _ in cells):
            return None
        self._blank()
        first = len(self.lines)
        for text, source in cells:
            self.lines.append("\t" + clean_cell(text))
            self.sources.append(source)
        self._blank()
        return first

    def _blank(self) -> None:
        if self.lines and self.lines[-1] != "":
            self.lines.append("")
            self.sources.append(None)

    def source_json(self) -> list:
        """Per line: null, or [page, x0, top, x1, bottom] rounded to a tenth of a point."""
        return [None if s is None else [s[0], *(round(v, 1) for v in s[1])] for s in self.sources]


def clean_cell(text: str) -> str:
    return _CJK_GAP.sub("", _INNER_SPACE.sub(" ", text)).strip()


def join_wrapped(lines: list[str]) -> str:
    """A cell's printed lines as one text: a space only between two Latin words (a wrapped
    CJK label or a number broken over lines, 1\n8\n5, joins without one)."""
    out = ""
    for line in lines:
        if out and out[-1].isascii() and out[-1].isalpha() and line[:1].isascii() and line[:1].isalpha():
            out += " "
        out += line
    return out
