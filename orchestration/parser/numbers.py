"""Reading printed numbers: table cells and the numerals of prose."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from orchestration.parser.records import BLANK, NOT_APPLICABLE, REPORTED, UNREADABLE

# Printed "no value applies here" marks (FORMS.md §3). Dash runs of any kind count.
_NOT_APPLICABLE = re.compile(r"^(?:[—–\-－―─_/／\\]+|无|不适用|无此项|不涉及)$")
_PLAIN_NUMBER = re.compile(r"^[+\-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$")
# Units a cell may repeat after its number ("3件"); they do not change the value.
# The unit words the forms print (a unit column, a unit after a number).
UNIT_WORDS = "件|条|次|人次|人|个|篇|项|万元|元"
UNIT = re.compile(rf"^(?:{UNIT_WORDS})$")
_TRAILING_UNIT = re.compile(rf"(?:{UNIT_WORDS}|份|期)$")
# A value with its unit in brackets or in 万 alone ('16368(件)', '205(万)', '140万', '211.509万': the
# procurement and decisions cells of rounds 33 and 46, three agencies' 2019 tables, whose rows were
# dropped whole): the number, 万 scaling it as in prose; a cell counted in 万元 takes it back
# (forms.national, in_ten_thousands)
_BRACKETED_UNIT = re.compile(rf"\((?:{UNIT_WORDS}|份|期)\)$")
_TEN_THOUSANDS = re.compile(r"(?:万|\(万\))$")

_DIGITS = {"零": 0, "〇": 0, "○": 0, "一": 1, "壹": 1, "二": 2, "两": 2, "贰": 2, "三": 3, "叁": 3,
           "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
           "九": 9, "玖": 9}
_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}
# Full-width ASCII and the ideographic space to their ASCII forms, one character
# for one, so offsets and line numbers stay valid (NFKC can change lengths).
_HALF_OF = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F)} | {"\u3000": " "}
_FULL_WIDTH = re.compile("([\uff01-\uff5e\u3000])")
# 万: amounts the forms count in 万元 are printed in 元 too
TEN_THOUSAND = Decimal(10_000)
CHINESE_NUMERAL_CHARS = "".join(_DIGITS) + "".join(_SMALL_UNITS) + "".join(_LARGE_UNITS)


def half_width(text: str) -> str:
    """Full-width ASCII and the ideographic space to their ASCII forms, one character for one.

    Not str.translate: with a mapping it looks up every character of a Chinese text one
    by one, four times slower over a report than splitting at the few it changes."""
    parts = _FULL_WIDTH.split(text)
    parts[1::2] = [_HALF_OF[c] for c in parts[1::2]]
    return "".join(parts)


def normalize_width(text: str) -> str:
    """Full-width digits, letters and punctuation to their ASCII forms."""
    return text if text.isascii() else unicodedata.normalize("NFKC", text)  # NFKC leaves ASCII as it is


def parse_decimal(text: str) -> Decimal | None:
    """An Arabic-digit number as printed (full-width, thousands separators, sign)."""
    t = normalize_width(text).strip().replace(" ", "")
    if not _PLAIN_NUMBER.match(t):
        return None
    try:
        return Decimal(t.replace(",", ""))
    except InvalidOperation:  # pragma: no cover - the regex already guarantees a number
        return None


def parse_chinese_numeral(text: str) -> int | None:
    """十二 → 12, 一百零五 → 105, 二〇一九 → 2019 (digit by digit when no unit)."""
    # a large unit before any digit is a unit, no number: 收取的费用 万元 (a fee row's label, its amount
    # lost) is no fee of one 万元
    if not text or text[0] in _LARGE_UNITS or any(ch not in CHINESE_NUMERAL_CHARS for ch in text):
        return None
    if not any(ch in _SMALL_UNITS or ch in _LARGE_UNITS for ch in text):
        return int("".join(str(_DIGITS[ch]) for ch in text))
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in _DIGITS:
            digit = _DIGITS[ch]
        elif ch in _SMALL_UNITS:
            section += (1 if digit is None else digit) * _SMALL_UNITS[ch]
            digit = None
        else:  # 万 / 亿 close a section
            section += digit or 0
            total += (section or 1) * _LARGE_UNITS[ch]
            section, digit = 0, None
    return total + section + (digit or 0)


def parse_number_word(text: str) -> Decimal | None:
    """A number in prose: Arabic or Chinese numerals, optionally scaled by 万."""
    t = normalize_width(text).strip()
    scale = Decimal(1)
    if len(t) > 1 and t.endswith("万") and parse_decimal(t[:-1]) is not None:
        scale, t = TEN_THOUSAND, t[:-1]
    value = parse_decimal(t)
    if value is not None:
        return value * scale
    numeral = parse_chinese_numeral(t)
    return None if numeral is None else Decimal(numeral)


# A Chinese character that no value, unit or not-applicable mark holds: the text is a label or prose
# (the renderings ask about every line), unreadable as a value. Such characters are the same after NFKC,
# so this answers before normalising a whole sentence (most of the texts the cache has not seen).
_NO_VALUE_CHARACTER = re.compile("(?![件条次人个篇项万元份期无不适用此涉及])[\u4e00-\u9fff]")


@lru_cache(maxsize=1 << 14)  # cells repeat: 0, 1, blanks, dashes
def read_cell_value(raw: str) -> tuple[str, Decimal | None]:
    """The value_status and value of one printed table cell."""
    if _NO_VALUE_CHARACTER.search(raw):
        return UNREADABLE, None
    t = normalize_width(raw).strip().replace(" ", "").replace("\u3000", "").strip("*")
    if not t:
        return BLANK, None
    if _NOT_APPLICABLE.match(t):
        return NOT_APPLICABLE, None
    value = parse_decimal(t)
    if value is None:
        stripped = _TRAILING_UNIT.sub("", _BRACKETED_UNIT.sub("", t))
        if stripped != t:
            value = parse_decimal(stripped)
        elif (number := _TEN_THOUSANDS.sub("", t)) != t and (value := parse_decimal(number)) is not None:
            value *= TEN_THOUSAND
    if value is None:
        return UNREADABLE, None
    return REPORTED, value


def in_ten_thousands(raw: str) -> bool:
    """Whether a cell's number is printed in 万 (not 万元): '140万', '205(万)'."""
    return _TEN_THOUSANDS.search(normalize_width(raw).strip().replace(" ", "")) is not None
