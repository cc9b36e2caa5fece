"""A report's text as lines, with control characters read as what they are.

Text converters leave control characters in what people drop: PDF-to-text
tools end every page with a form feed, word processors write vertical tabs
and Unicode line or paragraph separators for manual breaks, and copied pages
carry NULs, escape codes and zero-width marks. A line-breaking character is a
line break; any other control or format character carries no text and is
dropped. Line numbers keep pointing into the file as a text editor shows it
(lines end at newline): a line split at a form feed gives two lines with the
number of the line they came from.
"""

from __future__ import annotations

import re

# Characters that end a line besides \n (a lone CR, FF, VT, the ASCII
# file/group/record separators, NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR).
_BREAKS = "\r\f\v\x1c\x1d\x1e\x85\u2028\u2029"
_BREAK = re.compile(f"[{_BREAKS}]")
# Other C0/C1 controls (tab and newline kept), and format characters that are
# invisible on the page: zero-width spaces and joiners, direction marks, BOMs,
# soft hyphens.
_DROP = re.compile(
    "[\x00-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff\ufff9-\ufffb]"
)
_SPECIAL = re.compile(f"[{_BREAKS}]|{_DROP.pattern}")


def split_lines(text: str) -> tuple[list[str], list[int] | None]:
    """The text's lines, and for each the 1-based line of `text` it came from
    (None when every line is its own: no character needed reading).

    A break next to a newline, or several in a row, adds no line: a page that
    ends in a form feed is not followed by an empty line that would separate
    table rows which the page break did not separate.
    """
    if not _SPECIAL.search(text):
        return text.split("\n"), None
    text = text.replace("\r\n", "\n")
    lines: list[str] = []
    origins: list[int] = []
    for number, line in enumerate(text.split("\n"), start=1):
        line = _DROP.sub("", line)
        parts = [part for part in _BREAK.split(line) if part] if _BREAK.search(line) else [line]
        for part in parts or [""]:
            lines.append(part)
            origins.append(number)
    return lines, origins
