"""PDF files with a text layer: tables read from the page's own geometry.

PDFium (pypdfium2) gives every character with its box and every drawn path.
Ruling lines are the horizontal and vertical strokes among the paths (a thin
filled rectangle is a line too: WPS draws borders that way); lines that touch
form one table, whose distinct x and y positions make a grid. Two grid cells
are one printed cell where no line separates them, which is how a label
merged over several rows (三、本年度办理结果 printed vertically) or columns
is recognised; each character belongs to the cell its centre falls in. A
double border is one grid line. A row that a page break splits, its label's
end alone atop the next page, is joined back into one row.

Text outside ruled tables is grouped into printed lines, in reading order,
with a space where the characters stand apart. A table without ruling lines
thus arrives as the parser's PDF text rendering (a label, then the row's
numbers) and is read by that reader, which reports a row whose blanks were
lost rather than guess; a number broken over two lines inside its narrow
column is joined first. Page numbers (-3-, 第3页) and a running header or
footer repeated in the page margins are dropped.
"""

from __future__ import annotations

import ctypes
import re
import statistics
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from orchestration.documents.layout import Box, DocumentText, Page, clean_cell, join_wrapped
from orchestration.parser.catalog import load_catalog
from orchestration.parser.labels import normalize_label
from orchestration.parser.renderings.cells import is_value_text
from orchestration.parser.renderings.pdf_text import is_page_mark

# Points. Strokes thinner than this are lines; shorter ones are not rulings.
_THIN = 3.0
_MIN_RULE = 4.0
# Two strokes this close are the same line (drawn twice, in pieces, or rounded differently).
_SNAP = 1.5
# Grid lines closer than this are one border (a double rule): no cell is this narrow.
_GRID = 3.0
# A page whose characters are fewer than this, under an image covering this
# share of the page, is a scan.
_SCAN_MAX_CHARS = 5
_SCAN_MIN_IMAGE_SHARE = 0.3
# Margins (share of the page height) where running headers and page numbers print.
_MARGIN = 0.1
# Lines of one cell stand closer than this many character heights; rows stand further apart.
_WRAP_GAP = 0.3


class PdfLimit(Exception):
    """The file is past one of the reading limits (pages)."""


class _Char:
    __slots__ = ("text", "x0", "top", "x1", "bottom", "cx", "cy", "after_space")

    def __init__(self, text: str, x0: float, top: float, x1: float, bottom: float, after_space: bool = False):
        self.text, self.x0, self.top, self.x1, self.bottom = text, x0, top, x1, bottom
        self.cx, self.cy = (x0 + x1) / 2, (top + bottom) / 2
        self.after_space = after_space  # the PDF prints a space right before it


def _apart(prev: _Char, ch: _Char) -> bool:
    """A space stands between two characters: a gap of half a character or more, or a
    printed space between two Latin letters or digits (narrow in proportional fonts)."""
    if ch.x0 - prev.x1 > 0.5 * max(ch.bottom - ch.top, 1.0):
        return True
    return ch.after_space and prev.text.isascii() and prev.text.isalnum() and ch.text.isascii() and ch.text.isalnum()


class _Line:
    def __init__(self, chars: list[_Char]):
        self.chars = chars
        self.top = min(c.top for c in chars)
        self.bottom = max(c.bottom for c in chars)
        self.box: Box = (min(c.x0 for c in chars), self.top, max(c.x1 for c in chars), self.bottom)

    @property
    def height(self) -> float:
        return statistics.median(c.bottom - c.top for c in self.chars) or 1.0

    def text(self) -> str:
        return _join(self.chars)

    def tokens(self) -> list[_Line]:
        """The line cut where a space would be printed (see _join)."""
        parts = [[self.chars[0]]]
        for prev, ch in zip(self.chars, self.chars[1:]):
            if _apart(prev, ch):
                parts.append([])
            parts[-1].append(ch)
        return [_Line(p) for p in parts]


def _join(chars: list[_Char]) -> str:
    """Characters of one printed line, a space where a gap of a character's width or more stands."""
    out = []
    prev = None
    for ch in chars:
        if prev is not None and _apart(prev, ch):
            out.append(" ")
        out.append(ch.text)
        prev = ch
    return "".join(out)


def _group_lines(chars: list[_Char]) -> list[_Line]:
    """Characters into printed lines: a character whose centre lies within a line's height joins it."""
    lines: list[list[_Char]] = []
    top = bottom = 0.0
    for ch in sorted(chars, key=lambda c: (c.cy, c.x0)):
        if lines and top <= ch.cy <= bottom:
            lines[-1].append(ch)
            top, bottom = min(top, ch.top), max(bottom, ch.bottom)
            continue
        lines.append([ch])
        top, bottom = ch.top, ch.bottom
    return [_Line(sorted(line, key=lambda c: c.x0)) for line in lines]


def _read_chars(textpage: pdfium.PdfTextPage, height: float) -> list[_Char]:
    raw = textpage.raw
    rect = pdfium_c.FS_RECTF()
    chars = []
    space = False
    for i in range(pdfium_c.FPDFText_CountChars(raw)):
        code = pdfium_c.FPDFText_GetUnicode(raw, i)
        if code <= 32 or code in (0xA0, 0x3000, 0xFFFE, 0xFFFF) or 0xD800 <= code <= 0xDFFF:
            # spaces and line ends: gaps are measured from the boxes; a printed space is remembered
            space = code == 32 and not pdfium_c.FPDFText_IsGenerated(raw, i)
            continue
        if not pdfium_c.FPDFText_GetLooseCharBox(raw, i, rect):
            continue
        chars.append(_Char(chr(code), rect.left, height - rect.top, rect.right, height - rect.bottom, space))
        space = False
    return chars


@dataclass
class _Rule:
    horizontal: bool
    at: float  # y of a horizontal, x of a vertical
    start: float
    end: float


class _Path:
    """Reads a path object's rulings through PDFium's C API (the object wrappers cost more
    than the reading on pages of a hundred cell borders)."""

    def __init__(self, height: float):
        self.height = height
        self.fill, self.stroke = ctypes.c_int(), ctypes.c_int()
        self.x, self.y = ctypes.c_float(), ctypes.c_float()
        self.matrix = pdfium_c.FS_MATRIX()

    def rules(self, obj, left: float, bottom: float, right: float, top: float) -> list[_Rule]:
        height = self.height
        w, h = right - left, top - bottom
        if w < _THIN and h >= _MIN_RULE:
            return [_Rule(False, (left + right) / 2, height - top, height - bottom)]
        if h < _THIN and w >= _MIN_RULE:
            return [_Rule(True, height - (top + bottom) / 2, left, right)]
        if not pdfium_c.FPDFPath_GetDrawMode(obj, self.fill, self.stroke) or not self.stroke.value:
            return []  # a filled area (a background, a shaded cell) is not a ruling
        pdfium_c.FPDFPageObj_GetMatrix(obj, self.matrix)
        m = self.matrix
        rules: list[_Rule] = []
        points: list[tuple[float, float]] = []
        x, y = self.x, self.y
        for i in range(pdfium_c.FPDFPath_CountSegments(obj)):
            segment = pdfium_c.FPDFPath_GetPathSegment(obj, i)
            if not pdfium_c.FPDFPathSegment_GetPoint(segment, x, y):
                continue
            point = (m.a * x.value + m.c * y.value + m.e, m.b * x.value + m.d * y.value + m.f)
            kind = pdfium_c.FPDFPathSegment_GetType(segment)
            if kind == pdfium_c.FPDF_SEGMENT_MOVETO:
                points = [point]
                continue
            if kind == pdfium_c.FPDF_SEGMENT_LINETO and points:
                rules += _edge(points[-1], point, height)
            points.append(point)
            if pdfium_c.FPDFPathSegment_GetClose(segment) and len(points) > 2:
                rules += _edge(point, points[0], height)
        return rules


def _page_objects(page: pdfium.PdfPage, height: float) -> tuple[list[_Rule], float]:
    """The page's rulings, and the area of its largest image (objects inside forms included)."""
    path = _Path(height)
    rules: list[_Rule] = []
    image_area = 0.0
    left, bottom, right, top = (ctypes.c_float() for _ in range(4))
    stack = [(page.raw, pdfium_c.FPDFPage_CountObjects, pdfium_c.FPDFPage_GetObject, 0)]
    while stack:
        owner, count, get, depth = stack.pop()
        for i in range(count(owner)):
            obj = get(owner, i)
            kind = pdfium_c.FPDFPageObj_GetType(obj)
            if kind == pdfium_c.FPDF_PAGEOBJ_FORM and depth < 2:
                stack.append((obj, pdfium_c.FPDFFormObj_CountObjects, pdfium_c.FPDFFormObj_GetObject, depth + 1))
                continue
            if kind not in (pdfium_c.FPDF_PAGEOBJ_PATH, pdfium_c.FPDF_PAGEOBJ_IMAGE):
                continue
            if not pdfium_c.FPDFPageObj_GetBounds(obj, left, bottom, right, top):
                continue
            if kind == pdfium_c.FPDF_PAGEOBJ_IMAGE:
                image_area = max(image_area, (right.value - left.value) * (top.value - bottom.value))
            else:
                rules += path.rules(obj, left.value, bottom.value, right.value, top.value)
    return rules, image_area


def _edge(p: tuple[float, float], q: tuple[float, float], height: float) -> list[_Rule]:
    (x0, y0), (x1, y1) = p, q
    if abs(y0 - y1) < 0.5 and abs(x1 - x0) >= _MIN_RULE:
        return [_Rule(True, height - y0, min(x0, x1), max(x0, x1))]
    if abs(x0 - x1) < 0.5 and abs(y1 - y0) >= _MIN_RULE:
        return [_Rule(False, x0, height - max(y0, y1), height - min(y0, y1))]
    return []


class _UnionFind:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)


def _snap(values: list[float]) -> list[float]:
    """Grid positions: positions each within _GRID of the one before are one (its first)."""
    out: list[float] = []
    previous = None
    for v in sorted(values):
        if previous is None or v - previous > _GRID:
            out.append(v)
        previous = v
    return out


@dataclass
class _Table:
    xs: list[float]
    ys: list[float]
    rules: list[_Rule]
    _near: dict = field(default_factory=dict)  # (horizontal, at) -> the rulings on that line

    def _ruled(self, horizontal: bool, at: float, mid: float) -> bool:
        near = self._near.get((horizontal, at))
        if near is None:
            near = self._near[(horizontal, at)] = [r for r in self.rules
                                                   if r.horizontal == horizontal and abs(r.at - at) <= _GRID]
        return any(r.start - _SNAP <= mid <= r.end + _SNAP for r in near)

    def contains(self, ch: _Char) -> bool:
        return self.xs[0] <= ch.cx <= self.xs[-1] and self.ys[0] <= ch.cy <= self.ys[-1]

    def rows(self, chars: list[_Char], page: int) -> list[list[tuple[str, tuple[int, Box]]]]:
        """Printed cells, row by row; a merged cell once, in the first row it covers."""
        ncols, nrows = len(self.xs) - 1, len(self.ys) - 1
        cells = _UnionFind(ncols * nrows)
        for j in range(nrows):
            ymid = (self.ys[j] + self.ys[j + 1]) / 2
            for i in range(ncols):
                xmid = (self.xs[i] + self.xs[i + 1]) / 2
                if i + 1 < ncols and not self._ruled(False, self.xs[i + 1], ymid):
                    cells.union(j * ncols + i + 1, j * ncols + i)
                if j + 1 < nrows and not self._ruled(True, self.ys[j + 1], xmid):
                    cells.union((j + 1) * ncols + i, j * ncols + i)
        spans: dict[int, list[int]] = {}  # root -> [min col, min row, max col, max row]
        for j in range(nrows):
            for i in range(ncols):
                span = spans.setdefault(cells.find(j * ncols + i), [i, j, i, j])
                span[0], span[1] = min(span[0], i), min(span[1], j)
                span[2], span[3] = max(span[2], i), max(span[3], j)
        texts: dict[int, list[_Char]] = {}
        for ch in chars:
            i = min(max(bisect_right(self.xs, ch.cx) - 1, 0), ncols - 1)
            j = min(max(bisect_right(self.ys, ch.cy) - 1, 0), nrows - 1)
            texts.setdefault(cells.find(j * ncols + i), []).append(ch)
        by_row: dict[int, list[tuple[int, int]]] = {}
        for root, (c0, r0, _, _) in spans.items():
            by_row.setdefault(r0, []).append((c0, root))
        out = []
        for j in range(nrows):
            row = []
            for c0, root in sorted(by_row.get(j, [])):
                s = spans[root]
                box = (self.xs[s[0]], self.ys[s[1]], self.xs[s[2] + 1], self.ys[s[3] + 1])
                lines = _group_lines(texts.get(root, []))
                row.append((join_wrapped([line.text() for line in lines]), (page, box)))
            out.append(row)
        return out


def _merge_rules(rules: list[_Rule]) -> list[_Rule]:
    """Strokes on one line that overlap or touch as one ruling (each cell's border is drawn
    by both its neighbours, and a long line often in pieces)."""
    merged: list[_Rule] = []
    for horizontal in (True, False):
        line: list[_Rule] = []
        for rule in sorted((r for r in rules if r.horizontal == horizontal), key=lambda r: (r.at, r.start)):
            if line and rule.at - line[0].at > _SNAP:
                merged += _merge_line(line)
                line = []
            line.append(rule)
        merged += _merge_line(line)
    return merged


def _merge_line(line: list[_Rule]) -> list[_Rule]:
    if not line:
        return []
    at = statistics.median(r.at for r in line)
    out: list[_Rule] = []
    for rule in sorted(line, key=lambda r: r.start):
        if out and rule.start <= out[-1].end + _SNAP:
            out[-1].end = max(out[-1].end, rule.end)
        else:
            out.append(_Rule(rule.horizontal, at, rule.start, rule.end))
    return out


def _tables(rules: list[_Rule]) -> list[_Table]:
    """Rulings that touch one another, as tables of at least two columns: one row is a table
    too (a table's last row printed alone atop the next page), where a framed paragraph, with no
    ruling inside it, is not."""
    rules = _merge_rules(rules)
    found = _UnionFind(len(rules))
    for a, h in enumerate(rules):
        if not h.horizontal:
            continue
        for b, v in enumerate(rules):
            if not v.horizontal and h.start - _SNAP <= v.at <= h.end + _SNAP and v.start - _SNAP <= h.at <= v.end + _SNAP:
                found.union(a, b)
    groups: dict[int, list[_Rule]] = {}
    for k, rule in enumerate(rules):
        groups.setdefault(found.find(k), []).append(rule)
    tables = []
    for group in groups.values():
        hs = [r for r in group if r.horizontal]
        vs = [r for r in group if not r.horizontal]
        if len(hs) < 2 or len(vs) < 2:
            continue
        # a table without its outer borders still ends where its rulings end
        xs = _snap([r.at for r in vs] + [min(r.start for r in hs), max(r.end for r in hs)])
        ys = _snap([r.at for r in hs] + [min(r.start for r in vs), max(r.end for r in vs)])
        if len(xs) >= 3 and len(ys) >= 2:
            tables.append(_Table(xs, ys, group))
    return tables


def _is_digits(token: _Line) -> bool:
    return token.text().replace(",", "").isdigit()


def _wrapped_digits(above: list[_Line], below: list[_Line]) -> list[int] | None:
    """For a line whose last tokens only continue numbers broken inside their narrow column
    (1 / 8 / 5): the token of the line above that each continues; None for any other line.

    Each such token is all digits, right under a number of the line above, and the line
    stands closer to it than rows stand apart (the lines of one cell)."""
    pieces = []
    for token in reversed(below):
        if not _is_digits(token):
            break
        pieces.insert(0, token)
    if not pieces or any(_is_digits(t) for t in below[:len(below) - len(pieces)]):
        return None
    height = statistics.median(t.height for t in below)
    if min(t.top for t in pieces) - max(t.bottom for t in above) > _WRAP_GAP * height:
        return None
    targets = []
    for piece in pieces:
        centre = (piece.box[0] + piece.box[2]) / 2
        hits = [k for k, t in enumerate(above) if _is_digits(t) and t.box[0] - 1 <= centre <= t.box[2] + 1]
        if len(hits) != 1 or hits[0] in targets:
            return None
        targets.append(hits[0])
    return targets


def _emit_lines(doc: DocumentText, page: int, lines: list[_Line]) -> None:
    """Lines outside ruled tables, each as printed, its cells apart by a space: prose, and
    tables without rulings, which the parser's PDF-text reader takes row by row."""
    printed: list[list[_Line]] = []  # each line as its tokens
    for line in lines:
        tokens = line.tokens()
        targets = _wrapped_digits(printed[-1], tokens) if printed else None
        if targets is not None:
            for k, piece in zip(targets, tokens[len(tokens) - len(targets):]):
                printed[-1][k] = _Line(printed[-1][k].chars + piece.chars)
            tokens = tokens[:len(tokens) - len(targets)]  # what is left is a wrapped label
            if not tokens:
                continue
        printed.append(tokens)
    for tokens in printed:
        box = (min(t.box[0] for t in tokens), min(t.box[1] for t in tokens),
               max(t.box[2] for t in tokens), max(t.box[3] for t in tokens))
        doc.add_line(" ".join("".join(c.text for c in t.chars) for t in tokens), (page, box))


def read_pdf(data: bytes, max_pages: int) -> DocumentText:
    """The document text of a PDF. Raises PdfLimit past max_pages and
    pdfium.PdfiumError for a file PDFium cannot open (encrypted, corrupt)."""
    doc = DocumentText()
    pdf = pdfium.PdfDocument(data)
    try:
        if len(pdf) > max_pages:
            raise PdfLimit(f"{len(pdf)} pages, more than the limit of {max_pages}")
        pages = []
        for index in range(len(pdf)):
            page = pdf[index]
            try:
                pages.append(_read_page(doc, page, index + 1))
            finally:
                page.close()
    finally:
        pdf.close()
    # a margin line printed on two pages or more is a running header or footer
    seen: dict[str, int] = {}
    for read in pages:
        for text in {line.text() for line in read[3]}:
            seen[text] = seen.get(text, 0) + 1
    # and so is a one-row table printed on two pages or more: a running header drawn in a frame
    framed: dict[str, int] = {}
    for _, tables, in_table, _, _ in pages:
        for text in {_text_of(in_table[t]) for t, table in enumerate(tables) if len(table.ys) == 2}:
            framed[text] = framed.get(text, 0) + 1
    last_row: tuple[int, list] | None = None  # (first line, cells) of a row that ended the previous page
    for number, tables, in_table, margin, lines in pages:
        lines = sorted(lines + [m for m in margin if seen[m.text()] < 2], key=lambda line: line.top)
        # tables and the prose between them, top to bottom
        for t in sorted(range(len(tables)), key=lambda t: tables[t].ys[0]):
            table = tables[t]
            if len(table.ys) == 2 and framed[_text_of(in_table[t])] >= 2:
                continue
            above = [line for line in lines if line.top < table.ys[0]]
            _emit_lines(doc, number, above)
            lines = [line for line in lines if line.top >= table.ys[0]]
            rows = table.rows(in_table[t], number)
            if last_row is not None and not above and rows and _continue_row(doc, *last_row, rows[0]):
                rows = rows[1:]
            last_row = None
            for row in rows:
                first = doc.add_row(row)
                if first is not None:
                    last_row = (first, row)
        if lines:
            last_row = None
        _emit_lines(doc, number, lines)
    return doc


def _text_of(chars: list[_Char]) -> str:
    return "".join(ch.text for ch in chars)


# Where a printed row label starts: 一、 （二） 3. 其中, and the rows that open a part of 表二, its
# section (第二十条第（五）项) and the column header under it (信息内容): a page break before either
# ends the row above, never continues its label
_NUMBERED = re.compile(r"^(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d+[.．、]|其中"
                       r"|第[一二三四五六七八九十百\d]+条|信息内容)")


@lru_cache(maxsize=1)
def _row_labels() -> frozenset[str]:
    return frozenset(normalize_label(part) for indicator in load_catalog().indicators
                     for part in indicator.label_zh.split("｜"))


def _is_row_label(text: str) -> bool:
    """Whether a printed cell is one whole label of the catalog (a row's part, as 6.属于, is not)."""
    return normalize_label(clean_cell(text)) in _row_labels()


def _continue_row(doc: DocumentText, first_line: int, above: list, row: list) -> bool:
    """Join the top row of a page to the row that ended the previous page when it only
    continues that row's labels (Word and LibreOffice let a row break across pages: 6.属于 /
    四类过程性信息, its numbers all on the first page). It does so when its printed cells are
    all words, each under a label of that row, none opening a numbered label or a section of its own,
    and not where both the label above and the words below are whole labels of the catalog."""
    printed = [(text, source) for text, source in row if clean_cell(text)]
    if not printed or any(is_value_text(clean_cell(t)) or _NUMBERED.match(clean_cell(t)) for t, _ in printed):
        return False
    targets = []
    for _, (_, box) in printed:
        centre = (box[0] + box[2]) / 2
        hits = [k for k, (text, (_, b)) in enumerate(above) if b[0] <= centre <= b[2]]
        if len(hits) != 1 or not clean_cell(above[hits[0]][0]) or is_value_text(clean_cell(above[hits[0]][0])):
            return False
        targets.append(hits[0])
    if any(_is_row_label(above[k][0]) and _is_row_label(text) for k, (text, _) in zip(targets, printed)):
        return False  # 行政处罚 ending a page, 行政强制 atop the next: two rows, each label whole
    for k, (text, _) in zip(targets, printed):
        joined = join_wrapped([above[k][0], text])
        above[k] = (joined, above[k][1])
        doc.lines[first_line + k] = "\t" + clean_cell(joined)
    return True


def _read_page(doc: DocumentText, page: pdfium.PdfPage, number: int):
    """(page number, tables, their characters, margin lines, other lines) of one page."""
    width, height = page.get_size()
    textpage = page.get_textpage()
    try:
        chars = _read_chars(textpage, height)
    finally:
        textpage.close()
    rules, image_area = _page_objects(page, height)
    if len(chars) < _SCAN_MAX_CHARS and image_area >= _SCAN_MIN_IMAGE_SHARE * width * height:
        doc.pages.append(Page(number, "needs_ocr", "image-only page (a scan): no text layer to read"))
        return number, [], [], [], []
    doc.pages.append(Page(number))
    tables = _tables(rules)
    in_table: list[list[_Char]] = [[] for _ in tables]
    loose = []
    for ch in chars:
        for t, table in enumerate(tables):
            if table.contains(ch):
                in_table[t].append(ch)
                break
        else:
            loose.append(ch)
    lines, margin = [], []
    for line in _group_lines(loose):
        if line.bottom < _MARGIN * height or line.top > (1 - _MARGIN) * height:
            if not is_page_mark(line.text().replace(" ", "")):
                margin.append(line)
        else:
            lines.append(line)
    return number, tables, in_table, margin, lines
