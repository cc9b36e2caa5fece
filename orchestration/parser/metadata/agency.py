"""The report's agency (find_agency): from its title, the lines above and below it, its first lines, its prose,
the fields and documents around it, then the signature block's and 填报单位's longer forms of the name, and the
full name a report declares for its short one.
"""

from __future__ import annotations

import re

from orchestration.parser.metadata.fields_and_documents import (_own_document, _own_rules, _own_site, _publisher,
                                                                _source_field)
from orchestration.parser.metadata.full_names import expanded
from orchestration.parser.metadata.names import (_GENERIC_ZONE, _LEVEL_ONLY, _NUMBERED_HEADING, _PUBLISHER_LABELS,
                                                 _ZONE_WORDS, _agency_like, _named, _without_betting_brand,
                                                 _without_site_words, _zone_name)
from orchestration.parser.metadata.prose_agency import (_acts_on_others, _printed_elsewhere, _prose_agency,
                                                        _section_subject, _subject_after_a_requirement,
                                                        _township_in_passing)
from orchestration.parser.metadata.title import _COVER_LETTER_TAIL, _agency_from_title, _sender_above
from orchestration.parser.metadata.words import (_AGENCY_SUFFIX, _CJK_RUN_ANY, _MAX_SIGNATURE_LINE, _PLACE_NAME,
                                                 _PLACES, _YEAR_IN_TITLE, _clean, _nearest_line)
from orchestration.parser.script import HAN


_FILING_UNIT = re.compile(r"填报单位[^:：]*[:：]\s*(\S+)")


def _agency_before_year(line: str) -> str | None:
    """A title broken after the year: 宿州市人民政府2016年 / 政府信息公开工作年度报告."""
    m = _YEAR_IN_TITLE.search(line)
    if m and m.end() >= len(line.rstrip(" 　")) - 1:
        return _agency_like(line[: m.start()])
    return None


_TAIL_ONLY = frozenset({"办事处", "街道办事处", "人民政府", "政府", "委员会", "管理委员会"})


# Latin letters between the Chinese characters of a name: a mirror's brand put in place of a word of it (青川县德赢VWIN办公室
# for …人民政府办公室: 110b02, one of five pages of one spam mirror of a county's site; M14, a guard: no agency's name
# studied or labelled holds one)
_LATIN_INSIDE = re.compile(rf"[{HAN}][A-Za-z]{{2,}}[{HAN}]")


def find_agency(lines: list[str], title: str | None, title_index: int | None, place_prefix_ends,
                year: int | None = None) -> str | None:
    """The agency as the report prints its own name (seed 002: the signature's
    鄞州区卫生健康局, not the 宁波市鄞州区卫生健康局 of a sentence). `year`, the year reported on where known, tells
    the report's own announcement from an earlier year's report listed among the items published."""
    agency = _printed_agency(lines, title, title_index, year)
    if agency is not None:
        agency = _declared_full_name(agency, lines, place_prefix_ends) or agency
    return None if agency is None or _GENERIC_ZONE.match(agency) or _LATIN_INSIDE.search(agency) else agency


# a short name the report declares for itself, X(以下简称“Y”): Y is X, the name printed in full
_DECLARED_SHORT = re.compile(rf"(?P<full>[{HAN}]{{3,30}})[（(]以下简称[“\"「]?(?P<short>[{HAN}]{{2,12}})[”\"」]?[)）]")


def _declared_full_name(short: str, lines: list[str], place_prefix_ends) -> str | None:
    """The full name the report gives where it declares `short` its short name (中山市供销合作联社(以下简称“市供销社”), then
    市供销社 in every sentence: 206d09's untitled city body, read as 市供销社; 江门市人民政府办公室(以下简称市府办公室): 156c06's
    city office, read as 市府办公室; M06, the report's own words for its name)."""
    for raw in lines[:40]:
        if "以下简称" not in raw:
            continue
        for m in _DECLARED_SHORT.finditer(_clean(raw)):
            if m.group("short") == short:
                full = _declared_name_start(m.group("full"), place_prefix_ends)
                if full and len(full) > len(short) and _agency_like(full) == full:
                    return full
    return None


def _declared_name_start(words: str, place_prefix_ends) -> str | None:
    """The name in the run of characters before 以下简称: from the place, or central body, it starts with.

    The run reaches back to the sentence's last mark and so holds the words before the name (本报告由, 结合, 认真贯彻落实…);
    the full names the rule rests on all start with a place or a central body (中山市供销合作联社, 江门市人民政府办公室,
    国家税务总局…税务局). The words before may name a place too: the name starts anew where the same place or body comes
    back (根据中山市人民政府要求中山市供销合作联社, 国家税务总局统一部署国家税务总局江门市税务局) or where the words
    between name no body (认真贯彻落实条例精神中山市…); a place after a body's word is inside the name (江门市公安局蓬江区
    分局, 中山市人民政府驻广州市办事处). A run still holding a sentence's words (根据广东省人民政府要求中山市…) gives no name,
    and the short name stays; so does one with no place (two reviews of 1a908b0)."""
    start = reach = last = None
    heads: set[str] = set()
    for at in range(len(words) - 2):
        rest = words[at:]
        central = _CENTRAL_BODY.match(rest)
        ends = place_prefix_ends(rest) if central is None else {central.end()}
        if not ends:
            continue
        head = rest[:min(ends)]
        goes_on = reach is not None and (at <= reach or words[reach:at] in ("人民政府", "政府"))
        if start is None or (not goes_on and (head in heads or not _BODY_WORD_END.search(words[reach:at]))):
            start = at
        heads.add(head)
        reach, last = max(reach or 0, at + max(ends)), at
    # (the sentence's words are looked for before the last place only: 中山市精神文明建设委员会办公室 holds 精神 itself)
    if start is None or _SENTENCE_WORDS.search(words, start, last):
        return None
    return words[start:]


# a body's word ending the words before a place, which the place is then part of (公安局蓬江区分局, 人民政府驻广州市办事处;
# not 省委坚强领导下 nor 召开会议后: third review)
_BODY_WORD_END = re.compile("(?:局|委|办|政府|驻|厅|院|中心|处|所|站|会|部|署|行|社)$")
# the words of a sentence, which no name holds (要求, 部署: the words before a name a place began)
_SENTENCE_WORDS = re.compile("要求|部署|根据|按照|依据|结合|贯彻|落实|精神")


# a central body before a place, 国家税务总局江门市税务局, 中国人民银行江门市中心支行 (not 中国特色…: a body's last word)
_CENTRAL_BODY = re.compile(rf"(?:国家|中国)[{HAN}]{{0,10}}?(?:总局|局|署|委员会|部|银行)")


# a line of a site's menu printed as a list (- 政策解读 / - 经济发展 / - 项目中心): an item with a listed item beside it
# names a page of the site, not the report's agency (135b11, a province's report on a news portal's mirror, read as
# 项目中心; a guard of M03's site chrome)
_LIST_ITEM = re.compile(r"^\s*[-–]\s+\S")


def _menu_item(lines: list[str], i: int) -> bool:
    if not _LIST_ITEM.match(lines[i]):
        return False
    # (the line before, and only then the line after: a list of links has a short item beside each)
    return any(_LIST_ITEM.match(line := _nearest_line(lines, i, step)) and len(line.strip()) <= 12 for step in (-1, 1))


# a line under 请联系: names the contact, often the agency's own office (请联系: / X委员会办公室 / 电话:…), not the agency
# (151a03's city commission, read as its office; a guard of the name on a line of its own)
_CONTACT_PROMPT = re.compile(r"联系(?:方式|人|单位)?\s*[:：]\s*$")


def _after_contact_prompt(lines: list[str], i: int) -> bool:
    return _CONTACT_PROMPT.search(_nearest_line(lines, i, -1)) is not None


# a former body's name printed with 原 before it (原安丘市卫生和计划生育局2018年度…报告: 251c12's county bureau; 原上海市劳动和
# 社会保障局, 201a04; 原桉泽市X局, 39b09: M07, three agencies' pages, each labelled without it): the name without it; never
# a place whose own name starts with 原 (原平市, 原阳县: one character before the level)
_FORMER = re.compile(r"^原(?=[^省市县区旗州盟\W\d]{2,}(?:省|自治区|市|县|区|旗|州|盟))")


# PDF text breaks its sentences where the page's width ends, a name from what follows it (现公布法库县交通运输局 /
# 2022年政府信息公开工作年度报告: realdev r08's page printed to PDF). Its opening's names are read again with each such line
# joined to the next: a long line that ends inside a sentence, followed by a line that starts no heading or cell.
_PAGE_WIDTH_LINE = 30
_SENTENCE_END = ("。", "；", ";", "：", ":", "！", "？", "!", "?")
def _starts_a_block(raw: str) -> bool:
    """A heading or numbered point (names._NUMBERED_HEADING), or a table's cell."""
    return raw.startswith("\t") or raw.lstrip().startswith("|") or _NUMBERED_HEADING.match(raw) is not None


def _rejoined_at_page_width(lines: list[str]) -> list[str]:
    out: list[str] = []
    joining = False
    for raw in lines:
        if joining and raw.strip() and not _starts_a_block(raw):
            out[-1] = out[-1].rstrip() + raw.strip()
        else:
            out.append(raw)
        last = out[-1].rstrip()
        joining = len(raw.strip()) >= _PAGE_WIDTH_LINE and not last.endswith(_SENTENCE_END)
    return out


def _under_publisher_label(lines: list[str], i: int) -> bool:
    """Line i is an index block's publisher value under its label (发布单位 / 区农业农村局: a PDF's field cells,
    one a line), which is that field, read last (_publisher), never the page's name line."""
    return _clean(_nearest_line(lines, i, -1)).rstrip(":：| ") in _PUBLISHER_LABELS


def _printed_agency(lines: list[str], title: str | None, title_index: int | None, year: int | None = None) -> str | None:
    agency = _agency_from_title(title) if title else None
    above_title = _clean(_nearest_line(lines, title_index, -1)) if title_index else ""
    # a cover letter's title split after its 关于 (X镇人民政府关于公布 / 《X镇2009年…年度报告》的通知: 322c04's town, read as
    # '《X镇'; X市人民政府办公室关于 / X市2010年…年度报告, 322c08's city office, read as the city's government): the sender on the
    # line above is the agency, as on one line (M07)
    # (only where the title's own name is unfinished, none, a quoted title's opening or a bare place: a full name in the
    # title stands under another item's headline, the review of ef20596)
    if above_title and (agency is None or agency.startswith("《") or _PLACE_NAME.fullmatch(agency)):
        sender = _sender_above(above_title.strip(), agency and agency.lstrip("《"))
        if sender and (sender := _agency_like(sender)):
            agency = sender
    if agency in _TAIL_ONLY and title_index:
        # the name broken across lines, its government's word on the title's line
        # (X区人民政府X街道 / 办事处2023年政府信息公开工作年度报告): M07, third round
        agency = _agency_like(above_title + agency) or agency
    # (a street's office with no place in a title, 街道办事处2022年…报告, names no one, as in the prose: the review of 6cbb98d)
    if agency is not None and _LEVEL_ONLY.fullmatch(agency):
        agency = None
    if agency is None and above_title:
        # (a bare place too, the title split after it: 重庆市大渡口区 / 2023年政府信息公开工作年度报告, a
        # place-only title as M08 reads it; round 36's district, named nowhere else, and eight pages of
        # rounds 8-35 printing the same split, read from their prose)
        # (a cover letter's title split after the sent report's place, X办公室关于印发X区 / 2024年度…报告的
        # 通知: the sender before 关于, as on one line; 168b03's district, read as the whole first half)
        line = _COVER_LETTER_TAIL.sub("", above_title)
        agency = _agency_like(line) or _agency_before_year(line) or _zone_name(line) or _named(line.strip())
    if agency is None:
        for i, raw in enumerate(lines[:10]):
            if raw.strip() and not _menu_item(lines, i) and not _after_contact_prompt(lines, i) \
                    and not _under_publisher_label(lines, i):
                agency = _agency_like(raw, government_offices=False)
                if agency:
                    break
    if agency is None and (agency := _prose_agency(lines, year)) is not None:
        agency = _placed_zone_after(agency, lines, year) or expanded(agency, lines)
    if agency is None and (rejoined := _rejoined_at_page_width(lines)) != lines \
            and (agency := _prose_agency(rejoined, year)) is not None:
        agency = _placed_zone_after(agency, rejoined, year) or expanded(agency, rejoined)
    # last, what stands around the report: its page fields, its own documents' names, its site
    for beside in (_publisher, _own_document, _source_field, _own_rules, _own_site):
        if agency is not None:
            break
        agency = beside(lines)
    if agency is not None:
        agency = _without_site_words(re.sub(rf"(?<=[{HAN}])\s+(?=[{HAN}])", "", _after_trail_words(agency)))
        agency = _without_betting_brand(agency)
    if agency is not None:
        agency = _FORMER.sub("", agency)
    if agency is not None and not (len(agency) <= 6 or agency[0] in "区市县省"):
        return agency  # a full name already: no need to read the signature block
    # Longer forms of the same name: the signature block and 填报单位.
    longer: list[str] = []
    for i, raw in enumerate(lines):
        if (len(raw) > _MAX_SIGNATURE_LINE and "填报单位" not in raw) or _menu_item(lines, i):
            continue  # prose, not a signature; or a site's menu
        m = _FILING_UNIT.search(_clean(raw))
        candidate = _agency_like(m.group(1) if m else raw, government_offices=False)
        if candidate:  # (a betting brand's line is none: 365bet(中国)官方网站 2024年政府)
            candidate = _without_betting_brand(candidate)
        if candidate:
            longer.append(candidate)
    if agency is None:
        return longer[-1] if longer else \
            _section_subject(lines) or _township_in_passing(lines) or _subject_after_a_requirement(lines)
    # a longer form adds only places before the name (鄞州 before 区卫生健康局, 遂宁市 before 船山区民政局),
    # never a cut sentence (一是制定乌恰县审计局) or a field's spaced label (来        源 乌恰县审计局): round 30
    extensions = [c for c in longer if c.endswith(agency) and c != agency and _places_before(c[:-len(agency)], agency)]
    if extensions and (len(agency) <= 6 or agency[0] in "区市县省"):
        return min(extensions, key=len)
    return agency


# A zone's generic name announced as the report's (现将经开区2021年度…情况汇报如下) names no one, and find_agency drops it; the
# search goes on past it only to a name that prints the zone's place and kind (2021年,郎溪经济开发区管委会严格执行…: 300a04's
# untitled zone report on a traditional copy, read blank; M06 guard's wording), never to the superior's government, office or
# site the contact, the page's fields or the compiler may name next (the review of the first, broader version)
_PLACED_ZONE = re.compile(rf"^[{HAN}]{{2,16}}?(?:{_ZONE_WORDS})(?:管理委员会|管委会)?$")


def _not_a_generic_zone(text: str) -> str | None:
    return None if _GENERIC_ZONE.match(text) else _named(text)


def _placed_zone_after(agency: str, lines: list[str], year: int | None) -> str | None:
    """Where the prose's name is a zone's generic one, the zone's name with its place that the prose prints later,
    unless the opening follows that zone or has it act on others (按照X统一部署, X认真指导我区: a superior zone)."""
    if not _GENERIC_ZONE.match(agency):
        return None
    placed = _prose_agency(lines, year, name_of=_not_a_generic_zone)
    if not placed or not _PLACED_ZONE.match(placed) or _GENERIC_ZONE.match(placed):
        return None
    opening = "\n".join(_clean(raw) for raw in lines[:30])
    acts = any(_acts_on_others(placed, re.split("[。！？\n]", opening[m.end():], maxsplit=1)[0])
               for m in re.finditer(re.escape(placed), opening))
    return None if acts or _printed_elsewhere(placed, lines, "")[1] else placed


_PLACES_ONLY = re.compile("^" + _PLACES + "$")


def _after_trail_words(name: str) -> str:
    """A name with a trail's words before it, its '>' lost ('宝鸡市人民政府门户网站 部门 宝鸡市体育局2022年…': 65a10,
    M01/M03): the last of its spaced parts, where that names an agency and what stands before it is no place nor
    agency of its own (宝鸡市 体育局 and X縣 審計局 stay one name)."""
    parts = name.split()
    before = "".join(parts[:-1])
    # (in Chinese words only: a brand's Latin letters and digits, …_mobile 3650001人民政府, are the brand's)
    if len(parts) < 2 or not _CJK_RUN_ANY.fullmatch(before + parts[-1]) or not _agency_like(parts[-1]):
        return name
    if _PLACE_NAME.match(before) or before.endswith("嘎查") or _AGENCY_SUFFIX.search(before):
        return name
    return parts[-1]


def _places_before(prefix: str, name: str) -> bool:
    """Whether prefix is a run of place names, its last level word perhaps the name's first (鄞州 + 区…)."""
    return bool(_PLACES_ONLY.match(prefix) or (name[0] in "区市县省" and _PLACES_ONLY.match(prefix + name[0])))
