"""A government named for its place or its office: a place-only name's government (government_of_place), the
government whose office compiled its report (government_of_compiling_office), and the office where the report
speaks as it (office_speaking).
"""

from __future__ import annotations

import re

from orchestration.parser.metadata.full_names import (_district_government_before, _place_run_before,
                                                      without_quoted_documents)
from orchestration.parser.metadata.names import _GENERIC_ZONE, _ZONE_WORDS
from orchestration.parser.metadata.prose_agency import _SUBJECT_VERBS
from orchestration.parser.metadata.words import _AGENCY_SUFFIX, _PLACE_NAME
from orchestration.parser.script import HAN


# what 政府 after a place may begin that is no government's name: 政府信息, or a street's name (政府街, 政府路)
# (nor 政府信 where an excerpt cuts the page, …《青云谱区政府信: 139b11's district, read as 青云谱区政府; a guard)
# (nor a site's short name, X政府网站: 142a06's zone, 132d08's prefecture and realdev r288's town, whose readers kept the
# bare place; 44a14's reader, behind realdev r432, took its district's 政府 from such a name and an OGI office's: split)
# (nor the yearly 政府工作报告 unquoted, 及时公布2020年X区政府工作报告: a document's name, 155a08's district, whose subject
# prints the bare place; a guard)
_NOT_ITS_GOVERNMENT = rf"(?!信息|信(?![{HAN}])|街|路|大街|大道|巷|网|门户|驻地|工作报告)"


_ZONE_KIND = re.compile(rf"(?:{_ZONE_WORDS}|经济区|合作区)$")
_ZONE_TAILS = ("管理委员会", "管委会")
# (nor the committee's site or building, X开发区管委会网站, X开发区管理委员会办公楼…室: 135b08's and 142a06's zones, whose
# readers kept the bare place; nor its portal, X开发区管委会门户网站: 290a07's zone, a wording)
_NOT_ITS_COMMITTEE = "(?!网|门户|办公楼|大楼)"
# what may not follow each government's word after the place (人民政府 and 办事处 nothing)
_NOT_AFTER_TAIL = {"政府": _NOT_ITS_GOVERNMENT, **dict.fromkeys(_ZONE_TAILS, _NOT_ITS_COMMITTEE)}


# the report speaking as a government's office (2023年,我办…; 本办…; 我厅, an 办公厅's): the office's own report, though its compiler clause or
# title names the government it serves (M06's compiler class: 134b01, 152a08 and 156b07, three offices' reports, 由X人民政府
# 办公室…编制, X人民政府办公室编制了本报告 or a place-only title over X人民政府办公厅, each read as the government; their readers
# labelled the office)
_OFFICE_SPEAKING = re.compile("我办|本办|我厅|本厅")


def office_speaking(agency: str, text: str, title: str | None = None) -> str:
    """The government's office where the report speaks as it (我办) and prints the office's name after the
    government's as a name (闽侯县人民政府 → 闽侯县人民政府办公室); the agency otherwise, and always where the
    title names the government in full (韶关市武江区人民政府2018年…报告 over 我办收到…: 165c01, whose reader took
    the government; the three pages of the class name it only in a compiler clause or a place-only title)."""
    if not agency.endswith("政府") or not _OFFICE_SPEAKING.search(text) or (title and agency in title):
        return agency
    office = re.search(re.escape(agency) + "(?:办公室|办公厅)", text)
    return office.group() if office else agency


# The other way round: a government's office named only as the compiler (由X市政府办公室编制), which never speaks
# as itself (我办, 我厅, or its name opening a sentence) and is not the title's name, compiled its government's report
# (M06's compiler class: 132c11 and 133c07 洛阳, 134b03 安义, 141b04 奉贤, 166d01 城中区, four governments' pages read as
# the office, each labelled with the government or its bare place); the government is named as M08 names a place-only
# title's
_GOVERNMENT_OFFICE = re.compile(r"^(?P<place>.+?)(?:人民)?政府(?:办公室|办公厅)$")


def government_of_compiling_office(agency: str, text: str, title: str | None, place_prefix_ends) -> str:
    """The government whose report its office compiled without speaking as itself; the agency otherwise."""
    m = _GOVERNMENT_OFFICE.match(agency)
    if m is None or _OFFICE_SPEAKING.search(text) or (title and agency in title) \
            or not re.search("由" + re.escape(agency) + "[^，。；,;]{0,20}?(?:编制|编写|汇总)", text) \
            or re.search(rf"(?:^|[。；;]|\d年度?[，,]?){re.escape(agency)}(?:{_SUBJECT_VERBS})", text, re.M):
        return agency
    return government_of_place(m.group("place"), text, None, place_prefix_ends)


def government_of_place(agency: str, text: str, short: str | None, place_prefix_ends) -> str:
    """A title that names only a place (大寺镇2023年…, 光辉街道2021年…) is its
    government's report: the name becomes 大寺镇人民政府 / 光辉街道办事处 when the
    text prints that form anywhere (catalogue M08, a bare place as the title's
    name); a place whose government's name is never printed stays as it is.
    A government the text prints only after its county's or city's names is
    named so (仁寿县凤陵乡人民政府); `place_prefix_ends` is the gazetteer's."""
    if not _PLACE_NAME.match(agency) or _AGENCY_SUFFIX.search(agency):
        return agency
    # (a zone's government is its committee: 鄂州市临空经济区2021年… over 对鄂州市临空经济区管理委员会…进行报告, 143c08, and
    # 137a02's 长春经济技术开发区 over its 管委会, whose readers took the committee's name; a wording of M08)
    # (a 新区 may be a district with a government of its own, 上海市浦东新区2012年… over 由浦东新区人民政府办公室…编制:
    # 179a01; a zone's committee is looked for first)
    tails = ("办事处",) if agency.endswith("街道") else (*_ZONE_TAILS, "人民政府") if agency.endswith("新区") \
        else _ZONE_TAILS if _ZONE_KIND.search(agency) else ("人民政府", "政府")
    # The government's name as the text prints it (the gold conventions): a title's places before the name
    # (洪雅县止戈镇2022年… over a printed 止戈镇人民政府) are kept only where the text prints them with the
    # government's word. The third round joined them; the readers of rounds 8–30 labelled 24 such pages with
    # the name as printed and 11 with the title's places (M08).
    stem = short if short and agency.endswith(short) else agency
    unplaced = _LEADING_PLACES.sub("", stem)
    stems = dict.fromkeys([stem, unplaced])
    # 坑镇政府信息公开工作年度报告 is 坑镇's 政府信息公开 report: no 政府 of its own; nor is a street named for it
    # (地址:毗卢镇政府街1号, the contact's address under a title naming only the place: 106b08, a guard)
    government = next((name + tail for tail in tails for name in dict.fromkeys([agency, *stems]) if len(name) >= 2
                       and re.search(re.escape(name) + tail + _NOT_AFTER_TAIL.get(tail, ""), text)),
                      agency)
    if government == agency:
        return government
    # a zone's kind alone (泉州开发区 less its 泉州 is 开发区) finds any zone's committee: it names this one only printed after
    # the places the title's name starts with (泉州市开发区管理委员会), never bare nor after others (泉州经济技术开发区管理委员会 read
    # as 开发区管理委员会: 290a07, a wording of the generic zone name find_agency drops; 昆山市工业园区管委会 for a 苏州工业园区:
    # the review of 1fbdabf)
    generic = _GENERIC_ZONE.match(government) is not None
    own_places = stem[: len(stem) - len(unplaced)]
    # printed only after its places, in the contact, the compiler clause or an address (凤陵乡2016年… over
    # 本报告由仁寿县凤陵乡人民政府…编制, 请与仁寿县凤陵乡人民政府联系; 山城镇 over 办公地址:梅河口市山城镇人民政府): the
    # name as printed, places and all (the gold conventions' name as the text prints it; M08: 77a15, 77d02, 40b04,
    # 45a14, 47a01 and towns of rounds 22, 24 and 58, whose blind readers joined the places their source line,
    # compiler clause or contact printed, right only with the place prefix aside until then); one occurrence
    # printed bare keeps the bare name (止戈镇人民政府)
    # (a document's quoted title names no agency: 《娄底市娄星区人民政府办公室关于…》, realdev r430)
    unquoted = without_quoted_documents(text)
    printed = set()
    for at in (m.start() for m in re.finditer(re.escape(government), unquoted)):
        prefix = _place_run_before(unquoted, at, government, place_prefix_ends)
        prefix = prefix or _district_government_before(unquoted, at, government, place_prefix_ends)
        if generic and not (prefix and own_places and _same_places(prefix, own_places)):
            return agency
        if not prefix:
            return government
        if unquoted.endswith(tuple("省市州盟区县旗"), 0, at - len(prefix)):
            return government  # a place the gazetteer does not know stands before: the run is not the whole name
        printed.add(prefix + government)
    if len(printed) == 1:
        return printed.pop()
    return agency if generic else government


def _same_places(printed: str, own: str) -> bool:
    """Whether places printed before a name end with the title's own (福建省泉州市 with 泉州, 泉州市 with 泉州市)."""
    return printed.removesuffix("市").endswith(own.removesuffix("市"))


# the provinces, cities and counties before a township's or street's own name
# (the longest run ending in a level's character that leaves a township's name of two characters or more: a lazy run
# stopped at the 州 inside 巴州区 or 湖州市 and left 区曾口镇, 76d09)
_LEADING_PLACES = re.compile(rf"^[{HAN}]+(?:省|自治区|市|自治州|州|盟|区|县|旗)(?=[{HAN}]{{2,}}(?:镇|乡|苏木|街道)$)"
                             # (and the province or city before a county's or district's name, 武汉市江岸区2025年… over a
                             # printed 江岸区人民政府: 141c07, 138a01, 133c11, three districts' pages whose readers took the
                             # government's name as printed)
                             rf"|^[{HAN}]+?(?:省|自治区|市|自治州|州|盟|地区)(?=[{HAN}]{{2,}}(?:区|县|旗|市)$)")
