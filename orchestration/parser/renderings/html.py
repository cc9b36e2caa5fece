"""HTML pages: tables read with the standard library's HTML parser.

The page becomes text the other readers understand: every block of prose a
line, every row of a data table a markdown row (`| a | b |`), each with the
line of the HTML source it came from, so that provenance still points into
the file. Cells merged by rowspan/colspan are printed once, as the page
shows them. Many sites lay the whole page out in a table: a table that holds
another table or long prose in a cell is layout, read as blocks of text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import unescape
from html.parser import HTMLParser
from itertools import islice

_VOID = {"br", "img", "meta", "link", "hr", "input", "col", "area", "base", "wbr", "source"}
_SKIP = {"script", "style", "noscript", "template", "head"}
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "title", "section", "article", "header",
           "footer", "blockquote", "pre", "caption", "ul", "ol", "dt", "dd", "center", "body", "html", "form"}
_CELL_TAGS = {"td", "th"}
# What a newly opened tag closes when the page left it open (as browsers do).
_IMPLIED_END = {"td": {"td", "th"}, "th": {"td", "th"}, "tr": {"td", "th", "tr"}, "p": {"p"}, "li": {"li"},
                "tbody": {"td", "th", "tr", "tbody", "thead"}, "thead": {"td", "th", "tr", "tbody", "thead"}}
_TABLE_SCOPE = {"table"}
_SPACES = re.compile(r"[ \t\r\n\xa0\u3000]+")
_MARKUP = re.compile(r"<\s*(?:html|body|table|p|div|br|td|span|h[1-6])\b", re.IGNORECASE)
# A cell with more text than this is a page laid out in a table, not a statistic.
_MAX_CELL_TEXT = 200
# Deeper elements are read as part of their ancestor at this depth (browsers cap
# nesting too): the tree is walked recursively, and a page of 10,000 nested
# <div>s must not exhaust the stack.
_MAX_DEPTH = 200


def looks_like_html(text: str) -> bool:
    # (the first three tags answer: a page has hundreds)
    return sum(1 for _ in islice(_MARKUP.finditer(text, 0, 20000), 3)) >= 3


@dataclass(slots=True)
class _Node:
    tag: str
    line: int
    children: list = field(default_factory=list)  # _Node or (text, line)
    text: str | None = None  # its text once `_text` has read it: layout tests and rows ask again


class _TreeBuilder(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Node("#root", 1)
        self.stack = [self.root]

    def start(self, tag: str, line: int) -> None:
        closes = _IMPLIED_END.get(tag)
        if closes:
            # close left-open cells/rows/paragraphs, but never past the enclosing table
            while len(self.stack) > 1 and self.stack[-1].tag in closes:
                self.stack.pop()
        node = _Node(tag, line)
        self.stack[-1].children.append(node)
        if tag not in _VOID and len(self.stack) < _MAX_DEPTH:
            self.stack.append(node)

    def empty(self, tag: str, line: int) -> None:
        """A self-closed tag (<br/>): it closes nothing and holds nothing."""
        self.stack[-1].children.append(_Node(tag, line))

    def end(self, tag: str) -> None:
        for depth in range(len(self.stack) - 1, 0, -1):
            if self.stack[depth].tag == tag:
                del self.stack[depth:]
                return
            if self.stack[depth].tag in _TABLE_SCOPE and tag != "table":
                return  # a stray end tag inside a table: ignore it

    def data(self, data: str, line: int) -> None:
        line += data[: len(data) - len(data.lstrip("\r\n"))].count("\n")
        self.stack[-1].children.append((data, line))

    # The standard library's parser calls these.
    def handle_starttag(self, tag: str, attrs) -> None:
        self.start(tag, self.getpos()[0])

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.empty(tag, self.getpos()[0])

    def handle_endtag(self, tag: str) -> None:
        self.end(tag)

    def handle_data(self, data: str) -> None:
        self.data(data, self.getpos()[0])


# The markup of ordinary pages, tokenised by one regular expression: comments,
# doctypes, end tags, and start tags whose attributes are plainly quoted or
# bare. On such markup the standard library's parser (3.11) gives the same
# tags, text and lines, and its tag-by-tag Python loop took twice as long, tree
# building included (304 HTML pages of the benchmark corpus); a page with anything else at a '<' ('<![', '<!x', '</ x', odd attribute
# syntax, an unclosed script) is handed to it whole instead.
_SPACE = r"[ \t\n\r\f]"
_FAST_TOKEN = re.compile(
    r"(?P<text>[^<]+)"
    r"|<(?:"
    r"(?P<comment>!--.*?--\s*>)"
    r"|(?P<doctype>![dD][oO][cC][tT][yY][pP][eE][^>]*>|\?[^>]*>)"
    r"|/(?P<end>[a-zA-Z][-.a-zA-Z0-9:_]*)" + _SPACE + r"*>"
    r"|(?P<start>[a-zA-Z][-.a-zA-Z0-9:_]*)"
    r"(?:" + _SPACE + r"+[a-zA-Z_:][-.a-zA-Z0-9_:]*"
    r"(?:" + _SPACE + r"*=" + _SPACE + r"*(?:\"[^\"]*\"|'[^']*'|[^\s\"'<>=`]+))?)*"
    + _SPACE + r"*(?P<empty>/?)>"
    r"|(?P<lt>)(?=[^a-zA-Z/!?]|\Z)"  # a '<' in text (《关于印发<某某>的通知》): text, as the library reads it
    r"|(?P<other>)"
    r")",
    re.DOTALL,
)
_RAW_TEXT_END = {tag: re.compile(r"</\s*(%s)\s*>" % tag, re.IGNORECASE) for tag in ("script", "style")}


def _feed_fast(builder: _TreeBuilder, markup: str) -> bool:
    """Tokenise ordinary markup into the builder; False (builder spoilt) on anything else."""
    count = markup.count
    match = _FAST_TOKEN.match
    line = 1
    counted = 0  # the offset up to which newlines are counted into `line`
    position = 0
    length = len(markup)
    while position < length:
        token = match(markup, position)
        text, _, _, end, start, empty, less_than, other = token.groups()
        if other is not None:
            return False
        if position > counted:
            line += count("\n", counted, position)
            counted = position
        position = token.end()
        if text is not None:
            builder.data(unescape(text) if "&" in text else text, line)
        elif start is not None:
            tag = start.lower()
            if empty:
                builder.empty(tag, line)
                continue
            builder.start(tag, line)
            raw_end = _RAW_TEXT_END.get(tag)
            if raw_end is not None:
                closing = raw_end.search(markup, position)
                if closing is None:
                    return False
                if closing.start() > position:
                    line += count("\n", counted, position)
                    counted = position
                    builder.data(markup[position : closing.start()], line)
                builder.end(closing.group(1).lower())
                position = closing.end()
        elif end is not None:
            builder.end(end.lower())
        elif less_than is not None:
            builder.data("<", line)
    return True


def _text(node: _Node) -> str:
    if node.text is not None:
        return node.text
    parts = []
    for child in node.children:
        if isinstance(child, tuple):
            parts.append(child[0])
        elif child.tag not in _SKIP:
            if child.tag in ("br", "p", "div") and parts:
                parts.append(" ")
            parts.append(_text(child))
    node.text = _SPACES.sub(" ", "".join(parts)).strip()
    return node.text


def _descendants(node: _Node, tags: set[str]):
    """The elements under the node whose tag is in `tags`, in document order."""
    pending = [iter(node.children)]
    while pending:
        for child in pending[-1]:
            if isinstance(child, _Node):
                if child.tag in tags:
                    yield child
                pending.append(iter(child.children))
                break
        else:
            pending.pop()


def _rows(table: _Node):
    """The table's own rows (not those of tables nested in it)."""
    for child in table.children:
        if isinstance(child, _Node):
            if child.tag == "tr":
                yield child
            elif child.tag in ("tbody", "thead", "tfoot"):
                yield from _rows(child)


_TABLE_OR_CELL = {"table"} | _CELL_TAGS


def _is_layout(table: _Node) -> bool:
    """The table holds another table, or a cell of long prose (its subtree is walked once)."""
    cells = []
    for node in _descendants(table, _TABLE_OR_CELL):
        if node.tag == "table":
            return True
        cells.append(node)
    return any(len(_text(cell)) > _MAX_CELL_TEXT for cell in cells)


class _Renderer:
    def __init__(self) -> None:
        self.lines: list[tuple[str, int]] = []
        self._buffer: list[str] = []
        self._buffer_has_text = False  # whether the block so far is more than white space
        self._line = 0

    def flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self._buffer)).strip()
        if text:
            # a blank line after each block: a block ends a sentence even without 。
            self.lines += [(text, self._line), ("", self._line)]
        self._buffer = []
        self._buffer_has_text = False

    def render(self, node: _Node) -> None:
        for child in node.children:
            if isinstance(child, tuple):
                if not self._buffer_has_text:  # the block's first text gives its line
                    self._line = child[1]
                self._buffer.append(child[0])
                self._buffer_has_text = self._buffer_has_text or bool(child[0].strip())
                continue
            if child.tag in _SKIP:
                continue
            if child.tag == "table" and not _is_layout(child):
                self.flush()
                self.table(child)
            elif child.tag in _BLOCKS or child.tag in ("br", "table", "tr", "td", "th", "hr"):
                self.flush()
                self.render(child)
                self.flush()
            else:
                self.render(child)

    def table(self, table: _Node) -> None:
        for row in _rows(table):
            cells = [_text(c).replace("|", "｜") for c in row.children if isinstance(c, _Node) and c.tag in _CELL_TAGS]
            if cells:  # a row of empty cells is a row of blanks
                self.lines.append(("| " + " | ".join(cells) + " |", row.line))


def html_to_lines(markup: str) -> tuple[list[str], list[int]]:
    """The page as text lines, and for each the 1-based line of the source it came from."""
    builder = _TreeBuilder()
    if not _feed_fast(builder, markup):
        builder = _TreeBuilder()
        builder.feed(markup)
        builder.close()
    renderer = _Renderer()
    title = next(_descendants(builder.root, {"title"}), None)
    renderer.render(builder.root)
    renderer.flush()
    if title is not None and _text(title) and not any(_text(title) == t for t, _ in renderer.lines):
        renderer.lines.insert(0, (_text(title), title.line))
    return [t for t, _ in renderer.lines], [line for _, line in renderer.lines]
