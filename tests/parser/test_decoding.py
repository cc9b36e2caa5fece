"""decode_bytes: the bytes of a dropped file to text, or a reason why not."""

from __future__ import annotations

import pytest

from orchestration.parser.decoding import MAX_BYTES, decode_bytes, normalize_newlines

SAMPLE = "某县档案局2017年度政府信息公开工作年度报告\n全年主动公开政府信息58条。\n"


def test_plain_utf8():
    d = decode_bytes(SAMPLE.encode("utf-8"))
    assert d.text == SAMPLE
    assert d.encoding == "utf-8"
    assert d.reason is None


def test_utf8_with_bom_drops_the_bom():
    d = decode_bytes(b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"))
    assert d.text == SAMPLE
    assert not d.text.startswith("\ufeff")
    assert d.encoding == "utf-8-bom"
    assert d.reason is None


def test_gb18030_chinese():
    data = SAMPLE.encode("gb18030")
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the test input really is not UTF-8
    d = decode_bytes(data)
    assert d.text == SAMPLE
    assert d.encoding == "gb18030"
    assert d.reason is None


def test_gbk_subset_is_read_as_gb18030():
    d = decode_bytes("政府信息公开情况统计表".encode("gbk"))
    assert d.text == "政府信息公开情况统计表"
    assert d.encoding == "gb18030"


@pytest.mark.parametrize("encoding", ["utf-8", "gb18030"])
def test_crlf_and_cr_become_lf(encoding):
    raw = "第一行\r\n第二行\r第三行\n第四行"
    d = decode_bytes(raw.encode(encoding))
    assert d.text == "第一行\n第二行\n第三行\n第四行"
    assert "\r" not in d.text


def test_normalize_newlines():
    assert normalize_newlines("a\r\nb\rc\n\r\n") == "a\nb\nc\n\n"


def test_empty_bytes():
    d = decode_bytes(b"")
    assert d.text is None
    assert d.reason


def test_whitespace_only_is_not_text():
    d = decode_bytes(b"  \n\t \r\n")
    assert d.text is None
    assert d.reason


@pytest.mark.parametrize(
    "data",
    [
        b"\x00\x01\x02\x03binary",
        b"%PDF-1.4\n\x00\x00\x00stream",
        "2019年报告".encode("utf-16-le"),  # UTF-16: every ASCII character carries a NUL byte
        b"PK\x03\x04\x14\x00\x06\x00",  # a zip container (docx)
    ],
)
def test_binary_with_nul_bytes_has_no_text_and_a_reason(data):
    assert b"\x00" in data
    d = decode_bytes(data)
    assert d.text is None
    assert d.reason and "NUL" in d.reason


def test_undecodable_bytes_have_no_text_and_a_reason():
    d = decode_bytes(b"\x81")  # a lone GB18030 lead byte, not UTF-8 either
    assert d.text is None
    assert d.reason


def test_oversized_file_is_refused_without_decoding():
    d = decode_bytes(b"a" * (MAX_BYTES + 1))
    assert d.text is None
    assert d.reason


def test_ordinary_ranges_hold_no_character_of_a_bad_category():
    # the fast path skips these characters' lookup; a Unicode update that assigned a bad category in them
    # would otherwise go unnoticed
    import unicodedata

    from orchestration.parser.decoding import BAD_CATEGORIES, ORDINARY_RANGES

    assert not [hex(c) for a, b in ORDINARY_RANGES for c in range(a, b + 1)
                if unicodedata.category(chr(c)) in BAD_CATEGORIES]


def test_plausibility_counts_every_bad_character_outside_the_ordinary_ranges():
    import random
    import unicodedata

    from orchestration.parser.decoding import _plausible_text

    def one_by_one(text: str) -> bool:
        bad = sum(1 for ch in text if unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs") and ch not in "\t\n\r\f")
        return bool(text.strip()) and bad <= max(2, len(text) // 200)

    rnd = random.Random(20261203)
    texts = ["报告\x0b\x0b\x0b正文", "\ue000\ue001\ue002全文", "全年\u2065\u2065\u2065公开", "正文\x85\x85\x85"]
    texts += [bytes(rnd.randrange(256) for _ in range(rnd.randrange(1, 200))).decode("gb18030", "replace")
              for _ in range(300)]
    texts += ["".join(chr(rnd.randrange(0x30000)) for _ in range(rnd.randrange(1, 40))) for _ in range(300)]
    assert [_plausible_text(t) for t in texts] == [one_by_one(t) for t in texts]
    assert not _plausible_text("报告\x0b\x0b\x0b正文")  # three controls in a short text are too many
