"""A page's site around the report: the clock and site name printed at its top (without_site_clock), and the
places a text names as a government's site or as the government a township works under (site_places,
superior_places).
"""

from __future__ import annotations

import re

from orchestration.parser.metadata.words import _DATE_LABEL_BEFORE, _YEAR_IN_TITLE, _clean
from orchestration.parser.numbers import half_width
from orchestration.parser.script import HAN


# A page's clock: today's date with its weekday, unlabelled, near the top (2019年12月3日星期二), under or
# beside the site's own name (天津市宝坻区人民政府, 天津政务网). Neither is the report's: not its
# year, not its date, not its agency. Catalogue M11, tenth round: five agencies' pages on four
# sites (three district portals and the city's).
_SITE_CLOCK = re.compile(r"\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*(?:星期|周|礼拜)[一二三四五六日天]")
_CLOCK_LINES = 10  # how near the top a clock is looked for
_SITE_NAME_LINE = 20  # a site's name over its clock is a short line


def without_site_clock(lines: list[str]) -> list[str]:
    """The lines with a page's clock, and the site's name printed over or beside it, blanked
    (the line count kept, so that line numbers hold)."""
    if not any(_SITE_CLOCK.search(line) for line in lines[:_CLOCK_LINES]):
        return lines
    kept = list(lines)
    for i, line in enumerate(lines[:_CLOCK_LINES]):
        m = _SITE_CLOCK.search(line)
        if m is None:
            continue
        before = _clean(line[:m.start()]).strip()
        if before and (len(before) > _SITE_NAME_LINE or _DATE_LABEL_BEFORE.search(before)):
            continue  # a labelled date (发布时间：…) or a sentence, not a clock
        kept[i] = ""
        above = next((j for j in range(i - 1, -1, -1) if lines[j].strip()), None)
        if not before and above is not None and len(_clean(lines[above]).strip()) <= _SITE_NAME_LINE \
                and not _YEAR_IN_TITLE.search(lines[above]):
            kept[above] = ""
    return kept


# A county or city printed only in the name of a government's site that hosts or publishes the report
# (依托“某县人民政府网站”, 电子版可在“某县政府网”下载, 在某区政府门户网站公开): readers place the agency
# there when its own name places it nowhere (catalogue M08: 39b09, 39b12, 40b09, 43a02, 43b01, 45a09, 47a02 and
# 47a13, eight agencies' pages; realdev r16, r70), also named for its information (宁海县政府信息公开网站,
# 永泰县人民政府公众信息网站: round 57's 57a01 and 57a09, the forms realdev r164, r234, r380 and r445 print).
# Documents' names (《某市政府信息公开规定》) are not
# used: two readers left a township's and a masked city's places blank beside them (39a18, 40a12).
_SITE_PLACE = re.compile(rf"([{HAN}]{{2,12}}?(?:省|市|州|盟|县|区|旗))(?:人民)?政府(?:门户|信息公开|公众信息)?网")


# A township's or street's report that names no place with its own name names the county or district above
# it in passing, as the government it works under: '在泾源县政务公开办指导下', '在佳县政府办指导下',
# '通过南丰县人民政府(http…)', '由无锡市锡山区人民政府某街道…编制' (M08: the pages behind realdev r07, r17, r148
# and r167, four townships and streets in four provinces, read with no place). The place starts after a word
# that opens a phrase or a clause, so that a two-character county is read whole (佳县), never from the
# middle of a noun (公开栏和县…, realdev r174: 和 opens no phrase here); 在, 由 and 经 end a phrase before it
# (某镇在佳县政府办指导下). Each place must be one as a whole, and all must agree (report.py).
# (read in half_width, so its commas, semicolons, colons and brackets are ASCII)
# (not after 《: a place inside a document's quoted name places nothing, as the gold conventions say on the
# readers' labels of 39a18, 40a12, 47a16, 47a19 and round 58's township under 《X州政府信息…制度》)
_SUPERIOR_PLACE = re.compile(
    r"(?:^|(?<=[在由经向。、,;:\s(“])|(?<=通过|按照|根据|依托))"
    r"([^\W\d_a-zA-Z在由经]{1,12}?(?:省|自治区|市|州|盟|县|区|旗))(?=(?:人民)?政府|政务公开)", re.M)
_PHRASE_OPENING = re.compile("通过|按照|根据|依托")  # 我乡通过南丰县人民政府(…): the place after it


def superior_places(text: str) -> list[str]:
    """The places a text names as a county's or district's government, after a word that opens a
    phrase; for a township's or street's report (report.py asks only for those), the government it works
    under. The gazetteer's agreed_place decides whether they name one place."""
    words = (_PHRASE_OPENING.split(m.group(1))[-1] for m in _SUPERIOR_PLACE.finditer(half_width(text)))
    return list(dict.fromkeys(word for word in words if word))


def site_places(text: str) -> list[str]:
    """Words ending in a place word before 政府网: a place name at their end, perhaps after other
    words (依托德安县), which the gazetteer tells apart."""
    return list(dict.fromkeys(m.group(1) for m in _SITE_PLACE.finditer(text)))
