"""Normalising printed labels so that a row can be matched to the catalog.

Printed labels carry numbering (一、 （二） 3. 其中：), annotations in brackets,
full-width forms and stray spaces; none of that says which cell a row is.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】|〔[^〔〕]*〕")
_UNCLOSED_BRACKET = re.compile(r"\([^()]*$")
_NUMBERING = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．,，]|\d+[、.．,，]|[①②③④⑤⑥⑦⑧⑨⑩]|其中[:：]?|第[一二三四五六七八九十]+(?:项|部分))"
)
# quotes, punctuation and markdown emphasis (**规章**) say nothing about the cell
_DROP_CHARS = re.compile(r"[\s\u3000“”\"'‘’「」『』《》<>:：;；。.，,、*]")


@lru_cache(maxsize=1 << 16)  # the same labels recur in every report of a form
def normalize_label(label: str) -> str:
    # circled numbering first: NFKC would turn ① into a bare 1
    s = re.sub(r"^\s*[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳]", "", label)
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\s+", "", s)
    s = re.sub(r"^[-*•·]+", "", s.replace("*", ""))
    # bracketed numbering and annotations, innermost first
    prev = None
    while prev != s:
        prev = s
        s = _BRACKETED.sub("", s)
    s = _UNCLOSED_BRACKET.sub("", s)
    prev = None
    while prev != s:
        prev = s
        s = _NUMBERING.sub("", s)
    return _DROP_CHARS.sub("", s)
