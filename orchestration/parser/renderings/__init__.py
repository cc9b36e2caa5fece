"""Renderings: recovering table rows from the way a site flattened a table.

Each reader turns text lines into `Row`s of cell texts with their line span;
which cell of which form a row is, is decided later, by the form aligners.
"""

from __future__ import annotations

from orchestration.parser.renderings import pdf_text, pipes, tab_blocks, tab_cells, tsv
from orchestration.parser.renderings.cells import Row, is_number_text

# Fewer lines of a kind than this are not a table in that rendering.
_MIN_LINES = 3
# Lines of tabs alone that make a table of cells holding paragraphs (tab_blocks): a 表二 part has a few.
_MIN_TAB_BLOCK_LINES = 8
# A line at least this long is prose; a PDF converter breaks prose at the page
# width, mid-sentence, where a web page keeps each paragraph on one line.
_PROSE_LINE = 20
# Lines holding only a number, outside every grid row, that make a table of their own.
_MIN_LOOSE_VALUES = 8
_SENTENCE_END = ("。", "：", ":", "；", ";", "！", "？", "!", "?", "）", ")", "”")


def read_rows(lines: list[str]) -> tuple[list[Row], list[str]]:
    """The rows of every table rendering found in the text, in line order, and their names.

    Renderings that keep the cell grid (tab-led cells, tab-separated rows,
    markdown rows, pipe cells) are read when present; a text with none of them is read as PDF
    text, line by line.
    """
    rows: list[Row] = []
    found = []
    # Most texts have no tab or bar at all: one scan of the joined text answers for
    # every line (each grid reader's line test needs the character).
    joined = "\n".join(lines)
    tabs, bars = "\t" in joined, "|" in joined
    if tabs and tab_blocks.count_lines(lines) >= _MIN_TAB_BLOCK_LINES:
        rows += tab_blocks.read_rows(lines)
        found.append("tsv")
    else:
        if tabs and tab_cells.count_lines(lines) >= _MIN_LINES:
            rows += tab_cells.read_rows(lines)
            found.append("tab")
        if tabs and tsv.count_lines(lines) >= _MIN_LINES:
            rows += tsv.read_rows(lines)
            found.append("tsv")
    markdown, pipe_cells, inline = pipes.count_lines(lines) if bars else (0, 0, 0)
    if inline:
        rows += pipes.read_inline_cell_rows(lines)
        found.append("pipe_inline")
    if markdown >= _MIN_LINES:
        rows += pipes.read_markdown_rows(lines)
        found.append("markdown")
    if pipe_cells >= _MIN_LINES:
        rows += pipes.read_pipe_cell_rows(lines)
        found.append("pipe_cell")
    if not rows:
        rows = pdf_text.read_rows(lines)
        found.append("pdf" if _from_pdf(lines) else "text")
    else:
        # A page can print its fields as a pipe table (索引号 | … | 标题 | …, catalogue
        # M04) above a statistics table flattened one value per line (T02): the
        # lines outside the grid are read as text too.
        # (the grid's lines are set aside only when there are enough number lines at all: most texts have not;
        # a bar or a tab inside a line makes it no number, so the grid's own lines need no reading)
        loose = [n for n, line in enumerate(lines, start=1)
                 if (stripped := line.strip()) and "|" not in stripped and "\t" not in stripped and is_number_text(stripped)]
        if len(loose) >= _MIN_LOOSE_VALUES:
            covered = {n for row in rows for c in row.cells for n in range(c.line_start, c.line_end + 1)}
            if sum(1 for n in loose if n not in covered) >= _MIN_LOOSE_VALUES:
                rest = ["" if n in covered else line for n, line in enumerate(lines, start=1)]
                rows += pdf_text.read_rows(rest)
                found.append("pdf" if _from_pdf(rest) else "text")
    rows.sort(key=lambda r: r.line_start)
    return rows, found


def _from_pdf(lines: list[str]) -> bool:
    """Text without a cell grid came from a PDF when it keeps the page's marks:
    page numbers, or prose broken at the page width (most long lines end
    mid-sentence and go on on the next line). Otherwise it is plain text, as
    sites print a table one cell per line."""
    if sum(1 for line in lines if pdf_text.is_page_mark(line.strip())) >= 1:
        return True
    long_lines = [i for i, line in enumerate(lines) if len(line.strip()) >= _PROSE_LINE]
    broken = sum(1 for i in long_lines
                 if not lines[i].rstrip().endswith(_SENTENCE_END) and i + 1 < len(lines) and lines[i + 1].strip())
    return len(long_lines) >= 3 and broken >= 0.5 * len(long_lines)

