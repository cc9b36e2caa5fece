"""Turning the bytes of a dropped file into text, or saying why not."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# A file this large is not a single annual report; it is recorded, not read.
MAX_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Decoded:
    text: str | None
    encoding: str | None
    reason: str | None  # why the file could not be read, when text is None


# Characters a report is made of whose category is known to be none of BAD_CATEGORIES (printable ASCII,
# Latin-1, general punctuation to U+2064, CJK punctuation and ideographs, full-width ASCII; a test checks
# it against unicodedata): only the others are looked up, one by one, which was half of reading a file.
BAD_CATEGORIES = ("Cc", "Co", "Cn", "Cs")
ORDINARY_RANGES = ((0x20, 0x7E), (0xA0, 0xFF), (0x2000, 0x2064), (0x3000, 0x303F), (0x4E00, 0x9FFF),
                   (0xFF01, 0xFF60))
_UNORDINARY = re.compile("[^\t\n\r\f" + "".join(f"\\u{a:04x}-\\u{b:04x}" for a, b in ORDINARY_RANGES) + "]")


def _plausible_text(text: str) -> bool:
    """GB18030 decodes nearly any byte string, so judge the characters it gave."""
    if not text.strip():
        return False
    bad = sum(1 for ch in _UNORDINARY.findall(text) if unicodedata.category(ch) in BAD_CATEGORIES)
    return bad <= max(2, len(text) // 200)


def normalize_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode_bytes(data: bytes) -> Decoded:
    """UTF-8 (with or without BOM), else GB18030; line endings become \\n."""
    if not data:
        return Decoded(None, None, "empty file")
    if len(data) > MAX_BYTES:
        return Decoded(None, None, f"file larger than {MAX_BYTES} bytes")
    if b"\x00" in data[:65536]:
        return Decoded(None, None, "binary file (NUL bytes)")
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        if _plausible_text(text):
            label = "utf-8-bom" if encoding == "utf-8-sig" and data.startswith(b"\xef\xbb\xbf") else (
                "utf-8" if encoding == "utf-8-sig" else encoding)
            return Decoded(normalize_newlines(text), label, None)
        if not text.strip():
            return Decoded(None, encoding, "no text (whitespace only)")
    return Decoded(None, None, "undecodable: neither UTF-8 nor GB18030 text")
