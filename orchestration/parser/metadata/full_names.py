"""An agency's short name made full: an abbreviation expanded where the report prints it in full (expanded), the
places printed before it joined (complete_with_place), a place printed twice kept once (without_doubled_place); the
text with addresses and quoted documents' titles blanked for those searches (without_addresses, without_quoted_documents)
and a government's own word after a place's name (GOVERNMENT_WORD).
"""

from __future__ import annotations

import re

from orchestration.parser.metadata.names import _MAX_NAME, _agency_like
from orchestration.parser.metadata.prose_agency import _COMPILED_BY_WHOLE
from orchestration.parser.metadata.title import _agency_from_title
from orchestration.parser.metadata.words import (_AGENCY_SUFFIX, _AGENCY_SUFFIXES, _AREA_PREFIX, _BRACKETS,
                                                 _CJK_RUN_ANY, _MAX_SIGNATURE_LINE, _SENTENCE_MARKS, _TITLE_WORDS,
                                                 _clean)
from orchestration.parser.script import HAN


# A place printed twice at a name's start (由北京市大兴区北京市大兴区发展和改革委员会编制, 请与X旗X旗人民政府
# 办公室联系): a template's slip, the name once (M06: round 10's district commission, rounds 19 and 20)
_DOUBLED_PLACE = re.compile(rf"^([{HAN}]{{1,12}}?(?:省|自治区|市|州|盟|地区|区|县|旗))\1")


def without_doubled_place(name: str) -> str:
    """The name once a place printed twice at its start is joined once (the caller applies it
    after any place is joined from a sentence, which may print the place twice too)."""
    return _DOUBLED_PLACE.sub(r"\1", name)


# The prose names the agency by its abbreviation (枞阳县发改委, 广德市人社局, 省林草局, 市市场监管局)
# and prints the full name once, in the contact, download or e-version sentence: the full name is
# the agency's (M06: four stand-ins' sources in rounds 8-12 and a round-15 city bureau). The full
# name holds the abbreviation's characters in order, and no other body's word before its end.
# A full name printed only inside a quoted document's title (《黄石市环境保护局2018年政务公开工作要点》 beside
# 现公布黄石市环保局…报告, 《兖州区住房和城乡建设局政务公开审核制度》 beside 由区住建局…编制: round 68's city and
# district bureaus) is that document's wording, not the report's naming it: it
# may place the agency, never name it (M06, as complete_with_place reads quoted titles).
_INNER_BODY = re.compile(r"局|厅|委员会|办公室|人民政府")


def _abbreviated_body(name: str) -> str:
    """The words between the name's place and its kind of body (枞阳县发改委 → 发改)."""
    name = re.sub(rf"^[{HAN}]*?(?:省|自治区|市|自治州|州|盟|区|县|旗)", "", name, count=1)
    suffix = _AGENCY_SUFFIX.search(name)
    return name[:suffix.start()] if suffix else name


_CONJUNCTIONS = re.compile("[和及与、]")
# a site's column holds the abbreviation's characters too (衢州市政府门户网站邮政管理局栏目 over 衢州市邮政管理局: 147b05,
# whose name was read so; a guard, no body's name holds a site's)
_SITE_IN_NAME = re.compile("网站|门户|官网|栏目|专栏|平台|公众号")
# a name going on, within a few words, as a site's or its column's (X街道办事处信息公开栏目)
_SITE_PART_AFTER = re.compile(rf"[{HAN}]{{0,4}}?(?:{_SITE_IN_NAME.pattern})")


def expanded(short: str, lines: list[str], in_documents: bool = False) -> str:
    """The full name an abbreviated one stands for, where the report prints it once; with `in_documents`, also
    inside quoted documents' titles (to locate the agency, never to name it)."""
    body = _abbreviated_body(short)
    if len(body) < 2 or _BRACKETS.search(short):
        return short  # a government (巴州人民政府) or a name too short to tell
    found: set[str] = set()
    for raw in lines[:40]:
        raw = _clean(raw)
        for run in _CJK_RUN_ANY.finditer(raw if in_documents else without_quoted_documents(raw)):
            text = run.group()
            for end, char in enumerate(text):
                if char != short[-1]:
                    continue
                # the shortest stretch ending here that holds the abbreviation's characters in order,
                # no longer than a name (a long run without punctuation must not make this quadratic)
                i, j, stop = len(short) - 1, end, max(-1, end - _MAX_NAME)
                while i >= 0 and j > stop:
                    if text[j] == short[i]:
                        i -= 1
                    j -= 1
                if i >= 0:
                    continue
                name = text[j + 1:end + 1]
                if short in name or body in name or _INNER_BODY.search(name[:-1]) or _SITE_IN_NAME.search(name):
                    continue  # the same name with more around it (商务局 → 商务和粮食局), or two bodies, or a site
                if _CONJUNCTIONS.sub("", name) == short:
                    continue  # two things joined (重大政务和大厅日常工作 is no 政务大厅 in full: 93a03, a guard)
                # the abbreviation's last character opens the full name's last word (X委 → X委员会, X政管办 →
                # X政务服务监督管理办公室: round 52's district office had lost its 公室)
                for last, rest in (("委", "员会"), ("办", "公室")):
                    if short.endswith(last) and text.startswith(rest, end + 1):
                        name += rest
                if len(name) > len(short) and _agency_like(name):
                    found.add(name)
    return found.pop() if len(found) == 1 else short


# How far before a printed name its place prefix may start (济宁市邹城市 + 唐村镇…)
_MAX_PLACE_PREFIX = 16
_CJK_RUN = re.compile(rf"[{HAN}]+$")
_GOVERNMENT_TAILS = ("", "人民政府", "政府", "办事处", "道办事处", "街道办事处")
# a body's last word, which 政府 never follows: the agencies' own but a government's, and the bodies that are no OGI
# agency of their own (档案馆, 第一中学)
_BODY_NAME_END = re.compile("(?:" + "|".join(w for w in _AGENCY_SUFFIXES if not w.endswith("政府")) + "|处|社|馆|校|学)$")


# An address (地址：某县某镇振兴街19号) prints the places a building is in, not a name: the place
# before the agency's name there never joins it. Catalogue M06, rounds 10 and 12: three townships'
# contact lines (请与X镇人民政府联系（地址：某省某市某区X镇…）).
_ADDRESS = re.compile(r"(?:通讯|办公|联系)?地址\s*[:：]?[^;；，,。)）]*")


def without_addresses(text: str) -> str:
    """The text with every address blanked, its length kept."""
    return _ADDRESS.sub(lambda m: " " * len(m.group()), text) if "地址" in text else text


# The places before a name printed only inside another name do not complete the agency's name: a
# document's quoted title (《崇阳县水务局政府信息公开指南》 over the subject 县水务局, 《娄底市娄星区人民政府办公室
# 关于…的通知》, 《温州市龙湾区天河街道办事处政府信息公开指南》 over 由龙湾区天河街道编制) or a site's or account's
# name (崇阳县水务局网站). Catalogue M08, round 54: the pages behind realdev r420 and r430 and round 54's
# 54a04, three agencies' short names completed from their documents' titles. The report's own quoted
# title (《X2021年政府信息公开工作年度报告》) names the agency and stays. (Whether a government's word printed
# only there, 石门镇政府网站, makes a bare place its government's name, the labels split on: realdev
# r288 and r351 and the readers of 54a17, 54a35 and 56a18 say no, r57, r313 and r432 yes; government_of_place
# is left.)
_QUOTED_DOCUMENT = re.compile(r"《[^《》]{1,80}》")
_SITE_AFTER = re.compile(r"(?:门户)?(?:网站|网|公众号|微信|微博|客户端|APP|抖音|头条|视频号)", re.IGNORECASE)
# a government's own word after a place's name (X镇人民政府, X镇政府, X街道办事处)
GOVERNMENT_WORD = re.compile(r"人民政府|政府|办事处")


def without_quoted_documents(text: str) -> str:
    """The text with every quoted document's title blanked (the report's own kept), its length kept."""
    if "《" not in text:
        return text
    return _QUOTED_DOCUMENT.sub(lambda m: m.group() if "报告" in m.group() else " " * len(m.group()), text)


def _names_a_site(text: str, end: int) -> bool:
    """The name ending at `end` goes on as a site's or account's name (X镇政府网站), its quotes closed first or not
    (“X区X街道办事处”微信公众号: round 68's street, the account's name quoted as accounts' names mostly are)."""
    # (its government's word between, 通过清水县白沙镇人民政府网站 for a subject 白沙镇: the site's name, 94d03; a guard)
    end += len(m.group()) if (m := GOVERNMENT_WORD.match(text, end)) else 0
    return _SITE_AFTER.match(text, end + (text[end:end + 1] in "”\"")) is not None


def complete_with_place(agency: str, lines: list[str], place_prefix_ends, anywhere: bool = False) -> str:
    """The fullest form of the agency's name the report prints as a name: the
    title says 唐村镇人民政府 or 光辉街道, a line of its own (the signature, the
    line under the title) 邹城市唐村镇人民政府 or 光辉街道办事处. A sentence's
    fuller form counts only when no such line prints the name (seed 002 keeps
    its signature's 鄞州区卫生健康局 over a sentence's 宁波市鄞州区卫生健康局).

    Before the name, only places join it: `place_prefix_ends(text)` gives where
    a run of place names at the start of text can end, and a prefix is taken
    only when place names cover all of it (按照, 现公布 never join).
    With `anywhere`, a sentence's form counts as much as a name line's: the
    fullest form printed, to locate the agency, never to name it.
    """
    best: tuple[bool, int, str] | None = None
    # a name that starts with its level (区卫生和计划生育局) takes the place printed before it
    # (翔安区卫生和计划生育局): M08, the level-only name; a province's too (现将省水利厅…报告如下 under
    # 辽宁省水利厅…: round 18, as rounds 9 and 15 saw '省X厅' short names)
    level_only = agency[0] in "省区县市旗"
    # (whether the report announces the name bare, read only when an office's places are met: most calls meet none)
    announced_bare = False if anywhere or level_only or GOVERNMENT_WORD.search(agency[-4:]) else None
    for raw in lines:
        if agency not in raw:
            continue  # (blanking only ever removes an occurrence: most lines need none)
        if not anywhere:
            raw = without_quoted_documents(without_addresses(raw))
        start = raw.find(agency)
        if start < 0:
            continue
        own_line = _agency_like(raw)
        if own_line is None and len(raw) <= 80 and _TITLE_WORDS.search(raw) and not anywhere \
                and not _SENTENCE_MARKS.search(raw):  # (a sentence announcing the report is no title)
            # a second title completes the name with its government's word as a line of its own does
            # (民主街2025年…报告 above the page's fields, 民主街道办事处2025年…报告 under them: 66a04, M07/M08)
            titled = _agency_from_title(_clean(raw).strip()) or ""
            if titled.startswith(agency) and titled[len(agency):] in _GOVERNMENT_TAILS[1:]:
                best = _fuller(best, (True, len(titled), titled))
        if own_line and agency in own_line:
            at = own_line.find(agency)
            # places before, the government's own word after (光辉街道 → 光辉街道办事处),
            # never an office of it (淮北市人民政府 ≠ 淮北市人民政府办公室)
            # a name that starts with a division's last character was cut inside its place
            # (州行政审批服务局 under a page title; the line below prints 湘西自治州…): M08
            cut = agency[0] in "州市县区旗盟" and own_line.endswith(agency) and at > 0
            # (an office's short name, X民防办, completed the same way by X民防办公室 on the line under the title:
            # 140b01's district office, whose title prints the short one)
            tail = own_line[at + len(agency):]
            # (a body's name never takes 政府: 2013年X市财政局政府 / 信息公开年度报告, a title split after its 政府,
            # 192d01's city bureau on a traditional copy, read as X市财政局政府; a guard. A place does, with its level's
            # character or without it: 句容人民政府, 茅溪人民政府)
            of_a_body = tail.endswith("政府") and _BODY_NAME_END.search(agency) is not None
            if (tail in _GOVERNMENT_TAILS or (tail == "公室" and agency.endswith("办"))) and not of_a_body and (
                    at == 0 or at in place_prefix_ends(own_line) or cut):
                best = _fuller(best, (True, len(own_line), own_line))
            continue
        # (a sentence saying who compiled the report, 由北京市X区Y委编制的2017年度…报告 under the title's X区Y委2017年…, prints
        # its fuller form inside a sentence: 北京's district template, 248a07's and 252a08's readers and 243a07's kept the
        # title's; untitled, the compiler is the name found and nothing here adds to it)
        # (a level-only name, 区卫生健康局 in the title, still takes the compiler's place, 由宁波市鄞州区卫生健康局编制…: the
        # review of 2d3e2d0)
        names_itself = len(raw) <= _MAX_SIGNATURE_LINE and _TITLE_WORDS.search(raw) is not None \
            and (level_only or not _AREA_PREFIX.match(agency) or not _COMPILED_BY_WHOLE.search(raw))
        while start >= 0:
            if not anywhere and _names_a_site(raw, start + len(agency)):
                start = raw.find(agency, start + 1)
                continue
            prefix = _place_run_before(raw, start, agency, place_prefix_ends, level_only)
            if prefix and announced_bare is not False and _ITS_OFFICE_AFTER.match(raw, start + len(agency)):
                if announced_bare is None:
                    announced_bare = _announced_bare(agency, lines, place_prefix_ends)
                if announced_bare:
                    prefix = ""
            # (the district's government before a street office, unless the name goes on as a column's or site's, X区人民政府
            # X街道办事处信息公开栏目: the column's name, realdev r218's street, whose reader kept the office's own name)
            if not prefix and not _SITE_PART_AFTER.match(raw, start + len(agency)):
                prefix = _district_government_before(raw, start, agency, place_prefix_ends)
            best = _fuller(best, (names_itself or anywhere, len(prefix) + len(agency), prefix + agency))
            start = raw.find(agency, start + 1)
    return best[2] if best else agency


# A body's office named with its places in a sentence, 请与三元区列东街道党政办公室联系 or 由永安市燕北街道党政办…编制 under an
# announced 列东街道, 燕北街道, or 请与杭州市滨江区民政局办公室联系 under 由滨江区民政局编制: the office's name, whose places the
# readers left off the body's as printed (253c12, 256c03, 256c04, 256c07, 256c08, 235b01, 228a10…: M08, the fuller or shorter
# name); a government's name printed so is its name (钦北区大寺镇人民政府党政办), as the reading conventions say
_ITS_OFFICE_AFTER = re.compile(r"(?:党政|综合|行政)?(?:办公室|办)(?!事处)")
# the report named with the body's bare name: 特向社会公布燕北街道2019年信息公开年度报告, 特编制吴兴区审计局2023年…报告, 由滨江区民政局
# 编制 (a body named only in its office's contact line, 请与厦门市同安区卫生健康局办公室联系, or in the prose, 2021年,花山区财政局认真…,
# takes the places its readers took: 243c12, 243c13, 226b06)
_REPORT_AFTER_NAME = re.compile(r"\s*(?:\d{4}\s*年度?)?(?:的)?(?:政府|政务)?(?:信息公开|政务公开)|\s*(?:依照|根据|结合)?[^，。；]{0,12}?编制")


def _announced_bare(agency: str, lines: list[str], place_prefix_ends) -> bool:
    """Whether a line names the report with the agency's name and no place before it (…公布X2019年…报告, 由X编制)."""
    for raw in lines:
        start = raw.find(agency)
        while start >= 0:
            after = start + len(agency)
            # (the compiler only after 由: X编制 alone may be a part of a sentence about other work)
            m = _REPORT_AFTER_NAME.match(raw, after)
            names_report = m is not None and ("编制" not in m.group() or raw.endswith("由", 0, start))
            if names_report and not _place_run_before(raw, start, agency, place_prefix_ends):
                return True
            start = raw.find(agency, start + 1)
    return False


def _place_run_before(text: str, start: int, name: str, place_prefix_ends, level_only: bool = False) -> str:
    """The run of place names printed just before `name` at `start` (仁寿县 before 凤陵乡人民政府), or ''.
    A level-only name (区卫生局) also takes a place whose level's character it prints itself."""
    run = _CJK_RUN.search(text[max(0, start - _MAX_PLACE_PREFIX): start])
    before = run.group() if run else ""
    return next((before[k:] for k in range(len(before))
                 if len(before) - k in place_prefix_ends(before[k:] + name)
                 or (level_only and len(before) - k + 1 in place_prefix_ends(before[k:] + name))), "")


def _district_government_before(text: str, start: int, name: str, place_prefix_ends) -> str:
    """A street office printed with its district's government before it, the office's full name: the places and
    人民政府 (宁波市江北区人民政府庄桥街道办事处 as an index block's 发布机构, 北京市西城区人民政府X街道办事处 in a guide's name,
    北京市东城区人民政府X街道办事处 as a sentence's subject: 78b14, 30a12, 30a13 and 155a09, whose readers labelled it so),
    or ''."""
    if not name.endswith("办事处") or not text.endswith("人民政府", 0, start):
        return ""
    places = _place_run_before(text, start - 4, "人民政府" + name, place_prefix_ends)
    return places + "人民政府" if places else ""


def _fuller(best: tuple[bool, int, str] | None, key: tuple[bool, int, str]) -> tuple[bool, int, str]:
    """The better of two forms of a name: one printed as a name first, then the longer."""
    return max(best, key) if best else key
