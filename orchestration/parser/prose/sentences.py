"""Sentences and clauses of a report's prose, and the numbers in them.

Where a sentence ends, whether it is a table's row flattened into text, the lines it was printed on, its clauses,
and an exact number in one (not an approximate one, nor one after 每 or 各); also the Sentence a finder reads,
the numbered headings that run into a sentence, a few words several finders share (a denial, 部分, the words a
bracket of parts opens with) and the cell a figure gives.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from decimal import Decimal
from itertools import accumulate
from typing import Callable, Iterator

from orchestration.parser.numbers import CHINESE_NUMERAL_CHARS, UNIT_WORDS, parse_number_word
from orchestration.parser.records import REPORTED, Cell


NUM = rf"(\d[\d,]*(?:\.\d+)?万?|[{CHINESE_NUMERAL_CHARS}]+)"

# The numbers of a report's sections (二、) and of the points within one ((二)), which open their headings.
_SECTION_NUMBER = "[一二三四五六七八九十]+、"
_POINT_NUMBER = "[（(][一二三四五六七八九十]+[）)]"
# A sentence also ends where a numbered heading or item starts a line: PDF
# text has no blank lines, and its headings carry no full stop.
# (one character class first, then what a line break needs: the regex engine skips to the class's
# characters instead of trying three alternatives at every one)
_SENTENCE_END = re.compile(
    rf"[。！？!?\n](?:(?<=\n)(?:\s*\n|(?=[ \t]*(?:{_SECTION_NUMBER}|{_POINT_NUMBER}|\d{{1,2}}[.、．](?!\d))))"
    r"|(?<!\n))")
# Numbers standing apart in a row (`12 7 96`): a table flattened into text, not prose.
_TABLE_TEXT = re.compile(rf"(?:\s[\d,.\-]+){{3}}(?:\s|$)|(?:{UNIT_WORDS})\s+[\d,.]+\s*$")
_SPACE = re.compile(r"\s")  # (both of _TABLE_TEXT's alternatives need one: most sentences have none)
# an ASCII comma between digits is a thousands separator, not a clause break; nor is a web address's colon
# (在X门户网站(http://…)公开信息N条: round 62's province bureau, whose second site's count was cut from its site), nor a label's
# before the address (通过“X网”(网址:http://…)共主动公开信息N条: 295b02's city bureau, the site's count so cut from its site read as
# the year's total beside the other channels' counts; a wording)
_CLAUSE_SPLIT = re.compile(r"[，；;]|[：:](?!//|\s*(?:https?://|www\.))|,(?!\d{3}(?!\d))")
_APPROX_BEFORE = re.compile(r"(?:近|约|大约|超过|逾|将近|接近)$")
# (余 may follow the unit: 主动公开政府信息220条余, round 27's town)
_APPROX_AFTER = re.compile(r"^(?:余|多|左右|以上|\s*[条件项篇]余)")
# a numbered heading a line break ran into the sentence after it ((二)依申请公开 / 2024年全区…)
_HEADING_NUMBER = rf"^(?:{_SECTION_NUMBER}|{_POINT_NUMBER}|\d{{1,2}}[.、．])"
_HEADING_RUN_IN = _HEADING_NUMBER + r"[^，。；,;\d]{0,20}?"


# (未有 too: 未有依申请政府公开信息, 未有受理…申请: rounds 20 and 29, and stand-in r298's township)
# (没 alone before the verb: 2017年没收到信息公开申请, round 44's county bureau)
_NEGATION = r"(?:未有|未|没有|没(?=收到|接到|受理|发生)|无|尚未|均未|并未|未曾|不存在)"


@dataclass(slots=True)  # not frozen: a frozen dataclass's fields are set one call each, for every sentence
class Sentence:
    text: str  # width-normalised: ASCII digits and punctuation
    start: int  # offset in the report text
    line_start: int
    line_end: int
    # the report was compiled from every unit of its area, so 全区… figures are its own
    area_report: bool = False
    # the sentence's paragraph as _paragraph_channels sees it, found when first asked for (only a
    # sentence that may state the items disclosed needs it)
    paragraph: Callable[[], tuple[int, tuple[tuple[int, str], ...]]] = lambda: (0, ())
    # the kinds of channel (website, WeChat…) the whole report counts items on: P05, tenth round
    # (asked for only when a count names a channel: most reports never need it)
    report_channel_kinds: Callable[[], frozenset[str]] = frozenset
    # the report names a website or platform anywhere, counted or not (P05/P17)
    report_names_site: bool = False
    # the sentence stands in a numbered point beside another point of its section that counts a channel's items
    # (P05: see _points_beside_a_channel; asked for only when a count may be the year's total)
    beside_a_channel_point: Callable[[], bool] = lambda: False

    @property
    def paragraph_channels(self) -> int:
        """Figures of channels in the sentence's paragraph (网站N条, 微信公众号M条):
        two or more and none is the year's total (catalogue P05)."""
        return self.paragraph()[0]

    @property
    def paragraph_means(self) -> tuple[tuple[int, str], ...]:
        """The paragraph's phrases naming several means of disclosure (通过网站、新媒体等方式), with
        the offset in the report text where each ends: P17."""
        return self.paragraph()[1]


# a line break and the next line's indent join a sentence's lines
_CONTINUATION = re.compile(r"\n[ \t]*")
# Tabs between a line's words are a table's cells, and so is a tab-led line
# without a sentence's punctuation (the tab rendering's one cell per line); a
# tab that only indents a line of sentences is a web page's paragraph indent
# (catalogue M16), which the cell rule had taken for a table.
_TAB_CELLS = re.compile(r"\S\t+\S")
_SENTENCE_MARK = re.compile(r"[。；;，,]")


_SPACE_IN_WORDS = re.compile(r"(?<=[\u4e00-\u9fff])[ \u3000]+(?=[\u4e00-\u9fff\d])|(?<=\d)[ \u3000]+(?=[\u4e00-\u9fff])")


def _table_row(text: str, line_start: int, line_end: int, lines: list[str], tabs: bool) -> bool:
    """The sentence `text`, printed on lines line_start…line_end, is a table's row; `tabs` False
    says the report has no tab at all (most have none: neither tab rule needs a look)."""
    return ("|" in text or (_SPACE.search(text) is not None and _TABLE_TEXT.search(text) is not None)
            or (tabs and (("\t" in text and _TAB_CELLS.search(text) is not None)
                          or any(line.startswith("\t") and not _SENTENCE_MARK.search(line)
                                 for line in lines[line_start - 1:line_end]))))


def _pieces(normalized: str) -> Iterator[tuple[str, int, int]]:
    """The sentences of a width-normalised text: (words, offset of the first, offset of the last
    printed character). Their lines are found only for those a finder reads (`_line_finder`)."""
    pos = 0
    for m in _SENTENCE_END.finditer(normalized + "。"):
        end_at = m.end()
        raw = normalized[pos:end_at]
        stripped = raw.strip()
        if stripped:
            begin = pos + raw.index(stripped[0])  # (whitespace before it: its first occurrence)
            if "\n" in stripped:
                yield _CONTINUATION.sub("", stripped), begin, begin + len(stripped) - 1
            else:  # on one line (the "。" appended after the text's end too)
                yield stripped, begin, begin
        pos = end_at


def _line_finder(lines: list[str]) -> Callable[[int, int], tuple[int, int]]:
    """For a sentence's first and last offsets in the text of `lines`, its first and last line numbers."""
    line_starts = list(accumulate((len(line) + 1 for line in lines), initial=0))
    last = line_starts[-1] - 2  # the text's last offset (its length, one newline fewer than lines, less one)

    def lines_of(begin: int, end: int) -> tuple[int, int]:
        line = bisect_right(line_starts, begin)
        return line, (line if end == begin else bisect_right(line_starts, max(begin, min(end, last))))
    return lines_of


# (nor one for each of several, 每个部门责成一名兼职信息员: 140a06's district bureau, read as its staff 1, a wording of the
# same guard; nor 各, 主动公开和依申请公开各由1名专职人员负责: each of the two, 142a04's street, read as its staff 1)
# (nor 各个部门都有一名兼职人员, one in each of the committee's departments: 180b10's zone, read as its staff 1; units only,
# 各环节都有2名专职人员 is the same two people throughout)
_EACH_BEFORE = re.compile(r"每[^\d，,。；;]{0,8}$|各(?:由|有|配备?|设)?$"
                          r"|各个?(?:部门|科室|股室|处室|单位|成员单位|内设机构|乡镇|街道|站所|村|社区)(?:都|均)(?:有|配备?了?|设)?$")


def _exact_number(clause: str, m: re.Match, group: int = 1) -> Decimal | None:
    before, after = clause[: m.start(group)], clause[m.end(group):]
    # A number after 每 is 'each' or 'every', never a count (受理群众的每一份申请: round 46's city bureau
    # read received 1; 确保每一项申请…, 对每一条需要公开的信息…, 每一个环节… on three other agencies' pages,
    # rounds 41–43)
    if _APPROX_BEFORE.search(before) or _APPROX_AFTER.match(after) or _EACH_BEFORE.search(before):
        return None
    return parse_number_word(m.group(group))


def _clauses(sentence: str) -> list[tuple[int, str]]:
    out, pos = [], 0
    for part in _CLAUSE_SPLIT.split(sentence):
        out.append((pos, part))
        pos += len(part) + 1
    return out


# 部分, 'in part', and its variant spelling 部份 (予以部份公开1件: 152c03's province bureau, its partial outcome missed;
# a wording of P08), one fixed width so that lookbehinds take it
_IN_PART = "部[分份]"
_PARTS_OPENER = "其中|含|包含|包括"  # the words a bracket of a figure's parts opens with


def _prose_cell(metric: str, value: Decimal, raw_text: str, s: Sentence) -> Cell:
    return Cell(code=f"prose.{metric}", applicant_type=None, value=value, value_status=REPORTED, raw_text=raw_text,
                line_start=s.line_start, line_end=s.line_end, extraction_method="prose")
