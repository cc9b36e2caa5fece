"""PDF text: the grid is gone; each line is label words and then numbers.

A converter prints a row's numbers on one line separated by spaces and drops
blank cells, wraps long labels onto other lines, breaks vertical header
labels into one character per line and puts page headers in the middle of a
table. Each line becomes a row: its label words, a unit word if one stands
before the numbers, and the numbers. Lines without numbers stay rows too, so
that the aligner can join a wrapped label.
"""

from __future__ import annotations

import re
from functools import lru_cache

from orchestration.parser.numbers import UNIT as _UNIT, read_cell_value
from orchestration.parser.records import NOT_APPLICABLE, REPORTED
from orchestration.parser.renderings.cells import Row, TextCell, is_change_in_words

_PAGE_MARK = re.compile(
    r"^(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|[-—–－]\s*\d+\s*[-—–－]|第\s*\d+\s*页(?:\s*[,，、/]?\s*共\s*\d+\s*页)?"
    r"|共\s*\d+\s*页\s*第\s*\d+\s*页|\d+\s*/\s*\d+)$",
    re.IGNORECASE,
)
# a number glued to the label before it: 行政许可3679
_GLUED = re.compile(r"^(.*[\u4e00-\u9fff）)]{2})([+\-]?\d[\d,]*(?:\.\d+)?)$")


def is_page_mark(stripped: str) -> bool:
    return bool(_PAGE_MARK.match(stripped))


@lru_cache(maxsize=1 << 14)  # tokens repeat (0, 1, 件): one lookup instead of a call and a lookup
def _is_value_token(token: str) -> bool:
    return read_cell_value(token)[0] in (REPORTED, NOT_APPLICABLE)


def split_line(line: str) -> tuple[str, str | None, list[str]]:
    """(label words, unit word or None, value tokens) of one line."""
    tokens = line.split()  # at any Unicode space: converters print em, thin and ideographic spaces between cells
    values: list[str] = []
    while tokens and (_is_value_token(tokens[-1]) or (
            values and len(tokens) > 1 and is_change_in_words(tokens[-1]) and _is_value_token(tokens[-2]))):
        values.append(tokens.pop())
    values.reverse()  # collected right to left; inserting at the front would be quadratic on a long line
    if tokens and values and not _UNIT.match(tokens[-1]):
        glued = _GLUED.match(tokens[-1])
        if glued:
            tokens[-1] = glued.group(1)
            values.insert(0, glued.group(2))
    unit = None
    if tokens and _UNIT.match(tokens[-1]) and (len(tokens) > 1 or values):
        unit = tokens.pop()  # `件 107`: the unit and number below their label
    return " ".join(tokens), unit, values


def read_rows(lines: list[str]) -> list[Row]:
    rows: list[Row] = []
    numbers_only = False  # the previous row was numbers without a label
    ten_thousand = False  # the line before was 万 alone: the unit 万元 broken in its narrow column
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if not stripped or is_page_mark(stripped):
            continue
        if stripped == "万" and _next_line(lines, number).startswith("元"):
            ten_thousand = True
            continue
        if ten_thousand:
            stripped = "万" + stripped  # (万 / 元 5 read as 5 元 had made the 2008 table's 5 万元 0.0005)
            ten_thousand = False
        if numbers_only and is_change_in_words(stripped) and _number_follows(lines, number):
            rows[-1].cells.append(TextCell(stripped, number, number))  # 1 / 增4 / 5: a value between numbers
            continue
        label, unit, values = split_line(stripped)
        cells = [TextCell(t, number, number) for t in ([label] if label else []) + ([unit] if unit else []) + values]
        if numbers_only and not label and not unit:
            rows[-1].cells.extend(cells)  # a converter that puts each number of a row on a line of its own
            continue
        rows.append(Row(cells, lossy=True))
        numbers_only = not label and not unit
    return rows


def _next_line(lines: list[str], number: int) -> str:
    """The next non-blank line after line `number` (1-based), stripped."""
    return next((line.strip() for line in lines[number:] if line.strip()), "")


def _number_follows(lines: list[str], number: int) -> bool:
    """The next non-blank line after line `number` (1-based) is one value."""
    return _is_value_token(_next_line(lines, number))
