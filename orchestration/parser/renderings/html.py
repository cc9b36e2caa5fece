"""HTML pages: tables read with the standard library's HTML parser.

The page becomes text the other readers understand: every block of prose a
line, every table row a markdown row (`| a | b |`), each with the line of the
HTML source it came from, so that provenance still points into the file.
Cells merged by rowspan/colspan are printed once, as the page shows them.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "title", "section", "article",
           "header", "footer", "blockquote", "pre", "table", "caption", "tr", "hr", "ul", "ol", "dt", "dd"}
_SKIP = {"script", "style", "head>noscript", "noscript", "template"}
_SPACES = re.compile(r"[ \t\r\n\xa0\u3000]+")
_MARKUP = re.compile(r"<\s*(?:html|body|table|p|div|br|td|span|h[1-6])\b", re.IGNORECASE)


def looks_like_html(text: str) -> bool:
    return len(_MARKUP.findall(text[:20000])) >= 3


class _PageReader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, int]] = []  # (text, source line)
        self._text: list[str] = []
        self._text_line = 0
        self._skip = 0
        self._tables: list[dict] = []  # stack: {"rows": [...], "row": [...] | None, "cell": [...] | None}

    # -- prose ----------------------------------------------------------
    def _flush_text(self) -> None:
        text = _SPACES.sub(" ", "".join(self._text)).strip()
        if text:
            # a blank line after each block: a block ends a sentence even without 。
            self.lines += [(text, self._text_line), ("", self._text_line)]
        self._text = []

    # -- tags -----------------------------------------------------------
    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _SKIP:
            self._skip += 1
            return
        line = self.getpos()[0]
        if tag == "table":
            self._flush_text()
            self._tables.append({"row": None, "cell": None})
        elif self._tables and tag == "tr":
            self._end_row()
            self._tables[-1]["row"] = ([], line)
        elif self._tables and tag in ("td", "th"):
            self._end_cell()
            table = self._tables[-1]
            if table["row"] is None:
                table["row"] = ([], line)
            table["cell"] = ([], line)
        elif self._tables and self._tables[-1]["cell"] is not None:
            if tag in ("br", "p", "div") and self._tables[-1]["cell"][0]:
                self._tables[-1]["cell"][0].append(" ")
        elif tag in _BLOCKS:
            self._flush_text()

    def handle_startendtag(self, tag: str, attrs) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self._skip = max(0, self._skip - 1)
            return
        if self._tables:
            if tag in ("td", "th"):
                self._end_cell()
            elif tag == "tr":
                self._end_row()
            elif tag == "table":
                self._end_row()
                self._tables.pop()
            return
        if tag in _BLOCKS:
            self._flush_text()

    def handle_data(self, data: str) -> None:
        if self._skip:
            return
        if self._tables:
            table = self._tables[-1]
            if table["cell"] is not None:
                table["cell"][0].append(data)
            elif data.strip():  # text loose in a table (caption-like): a line of its own
                self.lines.append((_SPACES.sub(" ", data).strip(), self.getpos()[0]))
            return
        if not self._text:
            self._text_line = self.getpos()[0] + data[: len(data) - len(data.lstrip("\r\n"))].count("\n")
        self._text.append(data)

    def _end_cell(self) -> None:
        table = self._tables[-1]
        if table["cell"] is None:
            return
        parts, _ = table["cell"]
        text = _SPACES.sub(" ", "".join(parts)).strip().replace("|", "｜")
        table["row"][0].append(text)
        table["cell"] = None

    def _end_row(self) -> None:
        table = self._tables[-1]
        self._end_cell()
        if table["row"] is not None:
            cells, line = table["row"]
            if any(cells):
                self.lines.append(("| " + " | ".join(cells) + " |", line))
            table["row"] = None

    def close(self) -> None:
        super().close()
        while self._tables:
            self._end_row()
            self._tables.pop()
        self._flush_text()


def html_to_lines(markup: str) -> tuple[list[str], list[int]]:
    """The page as text lines, and for each the 1-based line of the source it came from."""
    reader = _PageReader()
    reader.feed(markup)
    reader.close()
    lines = [text for text, _ in reader.lines]
    origins = [line for _, line in reader.lines]
    return lines, origins
