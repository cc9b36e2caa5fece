"""Reading printed numbers: table cells (FORMS.md §3) and prose numerals."""

from __future__ import annotations

from decimal import Decimal

import pytest

from orchestration.parser.numbers import (
    normalize_width,
    parse_chinese_numeral,
    parse_decimal,
    parse_number_word,
    read_cell_value,
)
from orchestration.parser.records import BLANK, NOT_APPLICABLE, REPORTED, UNREADABLE


@pytest.mark.parametrize("raw", ["", "   ", "\u3000", "\u3000 \u3000"])
def test_empty_cell_is_blank_not_zero(raw):
    assert read_cell_value(raw) == (BLANK, None)


@pytest.mark.parametrize("raw", ["——", "—", "－", "-", "--", "/", "／", "无", "不适用", " —— ", "\u3000无\u3000"])
def test_not_applicable_marks(raw):
    assert read_cell_value(raw) == (NOT_APPLICABLE, None)


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("0", Decimal(0)),
        ("37", Decimal(37)),
        ("０", Decimal(0)),
        ("０１２", Decimal(12)),
        ("４５６", Decimal(456)),
        ("1,234", Decimal(1234)),
        ("12,345,678", Decimal(12345678)),
        ("１，２３４", Decimal(1234)),
        ("282.1", Decimal("282.1")),
        ("0.07", Decimal("0.07")),
        ("1,234.50", Decimal("1234.50")),
        ("-5", Decimal(-5)),
        ("－17", Decimal(-17)),
        (" 41 ", Decimal(41)),
        ("8件", Decimal(8)),
        ("3.5万元", Decimal("3.5")),
        # a unit in brackets, 万 alone (rounds 33 and 46)
        ("16368(件)", Decimal(16368)),
        ("5（次）", Decimal(5)),
        ("1.2万", Decimal(12000)),
        ("205(万)", Decimal(2050000)),
    ],
)
def test_reported_numbers(raw, expected):
    status, value = read_cell_value(raw)
    assert status == REPORTED
    assert isinstance(value, Decimal)
    assert value == expected


def test_decimal_is_exact_not_float():
    status, value = read_cell_value("282.1")
    assert status == REPORTED
    assert value == Decimal("282.1")
    assert str(value) == "282.1"  # no binary float rounding such as 282.10000000000002
    assert value + Decimal("0.2") == Decimal("282.3")


def test_zero_is_reported_not_blank():
    assert read_cell_value("0") == (REPORTED, Decimal(0))


@pytest.mark.parametrize("raw", ["见附件", "约7", "12,34", "N/A", "5%", "七", "1.2.3", "3-4"])
def test_unreadable_text_is_kept_as_unreadable(raw):
    status, value = read_cell_value(raw)
    assert status == UNREADABLE
    assert value is None


def test_parse_decimal_rejects_text_and_bad_grouping():
    assert parse_decimal("abc") is None
    assert parse_decimal("1,23") is None
    assert parse_decimal("") is None
    assert parse_decimal("２,０００") == Decimal(2000)


def test_normalize_width_digits_and_punctuation():
    assert normalize_width("０１２３４５６７８９") == "0123456789"
    assert normalize_width("（一）") == "(一)"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("十", 10),
        ("十二", 12),
        ("二十", 20),
        ("三十五", 35),
        ("一百零五", 105),
        ("两百", 200),
        ("一千零一", 1001),
        ("三千零五十", 3050),
        ("两", 2),
        ("零", 0),
        ("〇", 0),
        ("二〇一九", 2019),
        ("二○二一", 2021),
        ("一万二千", 12000),
        ("两万三千", 23000),
        ("十一万", 110000),
        ("二十万零三", 200003),
        ("壹佰贰拾", 120),
    ],
)
def test_parse_chinese_numeral(text, expected):
    assert parse_chinese_numeral(text) == expected


# a large unit with no digit before it is the unit of an amount left out (费用 万元), not one of it
@pytest.mark.parametrize("text", ["", "abc", "十二条", "12", "一些", "万", "亿", "万零三"])
def test_parse_chinese_numeral_rejects_other_text(text):
    assert parse_chinese_numeral(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        ("42", Decimal(42)),
        ("４２", Decimal(42)),
        ("1,024", Decimal(1024)),
        ("3.75", Decimal("3.75")),
        ("十二", Decimal(12)),
        ("一百零五", Decimal(105)),
        ("3万", Decimal(30000)),
        ("1.5万", Decimal(15000)),
        ("0.5万", Decimal(5000)),
    ],
)
def test_parse_number_word(text, expected):
    value = parse_number_word(text)
    assert isinstance(value, Decimal)
    assert value == expected


@pytest.mark.parametrize("text", ["", "abc", "若干", "数十"])
def test_parse_number_word_rejects_non_numbers(text):
    assert parse_number_word(text) is None
