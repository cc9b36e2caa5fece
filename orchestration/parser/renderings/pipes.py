"""Tables flattened with pipes: markdown rows, and one cell per line ending in ` |`.

Markdown: `| 行政许可 | 3679 | | |`, with or without the outer pipes, padded
cells, `|---|` separator lines. Pipe cells: each cell on its own line ending
in `|`, a merged cell as a bare `|`, rows separated by blank lines; a cell
whose text wraps has its first lines without the pipe.
"""

from __future__ import annotations

import re
from collections import Counter

from orchestration.parser.renderings.cells import Row, RowCollector, TextCell, is_value_text

_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")
_STRIP = " \u3000\t"
_MAX_WRAPPED_LINE = 60


def _is_markdown_row(stripped: str) -> bool:
    inner = stripped.strip("|").strip(_STRIP)
    return "|" in inner or (stripped.startswith("|") and stripped.endswith("|") and len(stripped) > 1 and bool(inner))


def _is_pipe_cell(stripped: str) -> bool:
    return stripped.endswith("|") and "|" not in stripped[:-1]


# A row's last cell padded out to the table's width: `0 | |`, `第二十条第（八）项 | |||`
# (catalogue T01): the cell, then padding that ends the row.
_PADDED_CELL = re.compile(r"^([^|]*?)\s*\|(?:\s*\|)+$")


# The whole report on one line, its table too (…二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | … | 规章 |
# 0 | 0 | 0 | 行政规范性文件 | …): catalogue M13 with the table's cells in pipes, on three agencies' pages
# (the first rounds' city bureau, realdev r83; round 19's street, r296; round 40's county bureau). Such a
# line opens with the report's prose, longer than any cell; a markdown row opens with a cell.
_MIN_INLINE_BARS = 8
_INLINE_LEAD = re.compile(r"[。；;]")


def _is_inline_table(stripped: str) -> bool:
    if stripped.count("|") < _MIN_INLINE_BARS:
        return False
    lead = stripped[:stripped.index("|")]
    return len(lead) > _MAX_WRAPPED_LINE and _INLINE_LEAD.search(lead) is not None


def count_lines(lines: list[str]) -> tuple[int, int, int]:
    """(markdown rows, pipe cells, prose lines running into a table's cells) among the lines."""
    markdown = cells = inline = 0
    for line in lines:
        s = line.strip(_STRIP)
        if not s or "|" not in s:
            continue
        if _is_pipe_cell(s):
            cells += 1
        elif _is_inline_table(s):
            inline += 1
        elif _is_markdown_row(s):
            markdown += 1
    return markdown, cells, inline


def read_inline_cell_rows(lines: list[str]) -> list[Row]:
    """The cells of tables printed inside a line of prose, split into rows where a label follows a
    value, as cells printed one a line are; the table's first cell is the prose's last word."""
    collector = RowCollector()
    for number, line in enumerate(lines, start=1):
        s = line.strip(_STRIP)
        if not _is_inline_table(s):
            continue
        lead, *cells = s.split("|")
        if s.endswith("|"):
            cells.pop()
        for text in [lead.split()[-1] if lead.split() else "", *cells]:
            collector.add(TextCell(text.strip(_STRIP), number, number))
        collector.close()
    return collector.rows


def read_markdown_rows(lines: list[str]) -> list[Row]:
    """Rows of pipe-separated cells.

    Tables are printed with outer pipes (`| a | b |`) or without (`a | b`);
    in the latter, a pipe at either end of a row stands beside an empty cell
    (` | （三）不予公开 | …`). Each table is read in the style under which its
    rows agree best on their width; a row that still comes out one cell
    short takes the width most rows have.
    """
    found: list[tuple[int, str]] = []
    for number, line in enumerate(lines, start=1):
        s = line.strip(_STRIP)
        if not s or "|" not in s or _SEPARATOR.match(s) or _is_pipe_cell(s) or not _is_markdown_row(s) \
                or _is_inline_table(s):
            continue
        found.append((number, s))
    rows = []
    for table in _tables(found):
        outer = [(n, s, _split(s, True)) for n, s in table]
        bare = [(n, s, _split(s, False)) for n, s in table]
        split = outer if _agreement(outer) >= _agreement(bare) else bare
        usual = Counter(len(texts) for _, _, texts in split).most_common(1)[0][0]
        for number, s, texts in split:
            # (a table read without outer pipes keeps the cell beside an end pipe)
            padding = _padding(s) if split is outer else 0
            if padding:
                del texts[len(texts) - padding:]
            elif split is outer and s.endswith("|") and usual == len(texts) + 1:
                texts.append("")
            rows.append(Row([TextCell(text, number, number) for text in texts]))
    return rows


def _padding(stripped: str) -> int:
    """Cells at the end of a row that are padding, not cells: pipes printed
    with nothing between them (`行政许可 | 0 | ||`, catalogue T01, T03, T10),
    where a converter filled a short row out to the table's width. A cell
    printed empty keeps its space (`| 10 |  |  |`) and stays a blank cell."""
    parts = stripped.split("|")
    if stripped.endswith("|"):
        parts = parts[:-1]
    count = 0
    while len(parts) > 1 and parts[-1] == "" and parts[-2].strip(_STRIP) == "":
        parts.pop()
        count += 1
    return count


def _tables(found: list[tuple[int, str]]) -> list[list[tuple[int, str]]]:
    """Runs of rows no more than one line apart (a separator line may stand between)."""
    tables: list[list[tuple[int, str]]] = []
    for number, s in found:
        if tables and number - tables[-1][-1][0] <= 2:
            tables[-1].append((number, s))
        else:
            tables.append([(number, s)])
    return tables


def _agreement(split: list[tuple[int, str, list[str]]]) -> int:
    return Counter(len(texts) for _, _, texts in split).most_common(1)[0][1]


def _split(stripped: str, outer: bool) -> list[str]:
    parts = stripped.split("|")
    if outer and stripped.startswith("|"):
        parts = parts[1:]
    if outer and stripped.endswith("|"):
        parts = parts[:-1]
    return [p.strip(_STRIP) for p in parts]


def read_pipe_cell_rows(lines: list[str]) -> list[Row]:
    collector = RowCollector()
    pending: list[tuple[int, str]] = []  # lines of a wrapped cell, before its closing `|`
    bare_bars: set[int] = set()  # lines that are a lone `|`

    for number, line in enumerate(lines, start=1):
        s = line.strip(_STRIP)
        if s == "|":
            bare_bars.add(number)
        if not s:
            collector.close()
            pending = []
        elif _is_pipe_cell(s):
            text = s[:-1].strip(_STRIP)
            start = number
            if pending:
                start = pending[0][0]
                text = "".join(t for _, t in pending) + text
                pending = []
            collector.add(TextCell(text, start, number))
        elif (padded := _PADDED_CELL.match(s)) and padded.group(1).strip(_STRIP):
            text = padded.group(1).strip(_STRIP)
            start = pending[0][0] if pending else number
            collector.add(TextCell("".join(t for _, t in pending) + text, start, number))
            collector.close()
            pending = []
        elif "|" in s:
            collector.close()
            pending = []
        elif s.endswith(("。", "；")) or len(s) > _MAX_WRAPPED_LINE:
            pending = []  # a sentence of the prose, not part of a cell
        else:
            pending.append((number, s))
    collector.close()
    # a lone bar with the next row's label on the very next line (before_label), or the table's end there (a
    # line with no cell, or the text's end): it may close the row before it (below)
    before_label, at_end = set(), set()
    for n in bare_bars:
        following = lines[n].strip(_STRIP) if n < len(lines) else ""  # (n counts from 1: lines[n] is the next line)
        if not _is_pipe_cell(following):
            at_end.add(n)
        elif following != "|" and not is_value_text(following[:-1].strip(_STRIP)):
            before_label.add(n)
    return _without_row_end_bars(collector.rows, before_label, at_end)


def _without_row_end_bars(rows: list[Row], before_label: set[int], at_end: set[int]) -> list[Row]:
    """Rows printed with no blank line between them, under a header whose labels end in a lone `|` line
    right before the first row's label (信息内容 | … | 对外公开总数量 | / | / 规章 |), end in one too: that bar
    closes the row, it is no cell (规章 | / | / | / 0 | / | / 规范性文件 |: two blank cells, then 0), also the
    table's last row's. Without the header's word for it, a row with a blank first value and a closing bar
    cannot be placed (round 23's guard in forms/rows.py). Catalogue T01/T10: 28a13 (realdev r357's county
    bureau), 28a24's 表三 and round 61's street (61a01)."""
    closing = False
    out = []
    for row in rows:
        cells = row.cells
        last = cells[-1].line_start if cells and cells[-1].text == "" else None
        if not any(is_value_text(c.text) for c in cells[:-1]):
            # a header row (its labels, and the bar that closes it or none), or a section's heading (none)
            closing = len(cells) >= 3 and last in before_label
        elif closing and (last in before_label or last in at_end) and len(cells) >= 2 \
                and is_value_text(cells[-2].text):
            row = Row(cells[:-1], cell_per_line=True)
        out.append(row)
    return out
