"""The agency named around the report rather than in it, read when nothing else names it: the page's
publisher and source fields, the site the report says it is on, and the agency's own OGI documents and rules.
"""

from __future__ import annotations

import re
from typing import Callable

from orchestration.parser.metadata.names import (_LEVEL_ONLY, _PUBLISHER_LABELS, _agency_like, _named,
                                                 _speaks_as_another_kind, _with_its_government)
from orchestration.parser.metadata.words import _clean
from orchestration.parser.script import HAN


# 发布机构 | 进化镇 |, 发布机构 县政府办公室, or the label over its value on the next line: the
# index block's publisher, read only when neither title nor prose names the agency (M04: three
# agencies' pages in round three and four; it may name the parent government, so never before them)
# (发文机关X镇人民政府 主题词, the label glued to its value: round 40's town; labels in names._PUBLISHER_LABELS)
_PUBLISHER = re.compile(rf"(?:{'|'.join(_PUBLISHER_LABELS)})\s*[:：|]?\s*\|?\s*(?P<agency>[{HAN}()（）]{{2,30}})")


def _publisher(lines: list[str]) -> str | None:
    for i, raw in enumerate(lines[:40]):
        line = _clean(raw)
        if not any(label in line for label in _PUBLISHER_LABELS):
            continue
        m = _PUBLISHER.search(line)
        if m is None and line.rstrip(":：| ").endswith(_PUBLISHER_LABELS):
            following = next((_clean(r) for r in lines[i + 1:i + 3] if r.strip()), "")
            m = _PUBLISHER.search(_PUBLISHER_LABELS[0] + " " + following)
        if m and (name := _named(m.group("agency"))):
            return name
    return None


# A page's 来源: field (发布时间: … 来源:X 字号:[大 中 小]) names who put the report up: the last
# resort, after everything the report itself prints (M02: round 16's city commission, its stand-in
# r271, round 21's street); a government's office there is the portal's uploader, as often for the
# townships and departments below it (来源:X县人民政府办公室 over a township's report: realdev r114).
# The field is also printed 信息来源: (a wording of the class, on 78b03, 78b19, 78b20, 80c07 and 81c05, five
# agencies' pages; the one it alone names is 81c05's bureau)
# (its value in a pipe cell after it, 来源: | 鄂州市民政局 | 发布日期: | …: 275b07's city bureau on a copy, untitled and named nowhere
# else; a wording, as the index block's pipe rows print their fields, M04)
_SOURCE_FIELD = re.compile(rf"(?:^|\s|\d|信息)来源[:：]\s*(?:\|\s*)?(?P<agency>[{HAN}()（）]{{3,30}}?)(?=字号|发布|浏览|时间|作者|$|\s|[|:：])")


def _first_named(lines: list[str], pattern: re.Pattern, name_of: Callable[[str], str | None]) -> str | None:
    """The first of `pattern`'s agency groups in the lines that `name_of` accepts as a name; never a
    level with no place (市政府…)."""
    for raw in lines:
        for m in pattern.finditer(_clean(raw)):
            if (name := name_of(m.group("agency"))) and not _LEVEL_ONLY.match(name):
                return name
    return None


def _source_field(lines: list[str]) -> str | None:
    return _first_named(lines[:40], _SOURCE_FIELD, lambda text: None if (name := _agency_like(text)) is None
                        or name.endswith(("办公室", "办公厅", "政府办")) else name)


# The site the report says it is on (本报告的电子版可在X门户网站下载, 相关信息主要通过X网站公布):
# the very last resort, a government's or a body's own portal (M06, a name only inside the
# agency's own website: round 10, and round 22's three pages of a county, a city and a province bureau)
_OWN_SITE = re.compile(r"(?:电子版(?:本)?|相关信息(?:主要)?)[^。；]{0,6}?(?:可在|可从|可以在|通过|在)[“\"]?"
                       rf"(?P<agency>[{HAN}]{{3,20}}?)[”\"]?(?:政府)?(?:门户|公众信息|信息公开)?(?:网站|网)")


# a town or street speaking of itself (我街道, 本镇) whose report is on its county's portal: the portal names its
# superior, not the agency (庆云县人民政府网站 under '我街道…': 79a07, whose reader left the name blank; a guard)
_TOWNSHIP_KINDS = frozenset({"镇", "乡", "街道"})


_BUREAU_KINDS = frozenset({"局", "厅", "委"})


def _own_site(lines: list[str]) -> str | None:
    name = _first_named(lines[:40], _OWN_SITE, lambda text: _agency_like(_with_its_government(text)))
    # (nor a bureau's, 我局编制… with its report on “X区人民政府”门户网站: 243c05's district bureau, read as its district's
    # government)
    kinds = _TOWNSHIP_KINDS | _BUREAU_KINDS if name and name.endswith("政府") else _TOWNSHIP_KINDS
    return None if name and _speaks_as_another_kind(name, lines[:40], kinds) else name


# The agency's own OGI documents, named with it (修订《X政府信息公开指南》, 按照《X政府信息主动公开全
# 清单》, 制定了《X政府信息依申请公开工作方案》): when nothing else names it, these do. M06, a name
# only inside its own documents' names: round 14 and realdev r228 (清单), rounds 9, 10, 11, 16 and 20
# (指南, 方案), eight agencies' pages the parser had left unnamed.
# (the words after the name that make a document an OGI one: 政府信息公开…, 信息主动公开…, 政务公开…)
# (a trial edition's note before the close, 《浙江银监局政府信息公开指南(试行)》: 207b02's province bureau, named nowhere else; a
# wording)
_OGI_DOCUMENT_WORDS = r"(?:政府信息|信息|政务)(?:公开|主动公开|依申请公开)[^《》<>]{0,8}?"
_OWN_DOCUMENT = re.compile(r"《(?:\d{4}年度?)?(?P<agency>[^《》，。、\s<>]{2,30}?)"
                           + _OGI_DOCUMENT_WORDS + r"(?:指南|清单|目录|方案)(?:[（(](?:试行|修订|暂行)[)）])?》")
# (a government's 规定, 办法 or 实施细则 on OGI binds the bodies below it: no name of the agency's)


# a national body's name in a document's (国务院…, 中华人民共和国…, 国家…): the rules every agency follows, no name of its own
_NATIONAL_BODY = re.compile("国务院|中华人民共和国|国家")


def _own_document(lines: list[str]) -> str | None:
    name = _first_named(lines, _OWN_DOCUMENT, _document_owner)
    # (a report speaking as another kind of body, 我厅 over 《某省公路管理处…指南》, quotes a body below it: no name of its own)
    return None if name and _speaks_as_another_kind(name, lines[:60]) else name


def _document_owner(text: str) -> str | None:
    agency = _with_its_government(text)
    if _NATIONAL_BODY.search(agency) or (name := _named(agency)) is None:
        return None
    # a bare place above a township is a government's short name, as often its superior's
    return name if name != agency or agency.endswith(("镇", "乡", "街道")) or _agency_like(agency) else None


# A department's own OGI rules, named with it (《X统计局信息公开制度》, 《X气象局政务公开办法》, 《X交通运输厅政府信息公开
# 条例实施办法》): when nothing else names it, these do (M06: rounds 59, 62 and 65, three agencies' pages left unnamed,
# each labelled so by its reader). Only a department's: a government's 办法 binds the bodies below it.
_OWN_RULES = re.compile(r"《(?P<agency>[^《》，。、\s<>]{2,30}?(?:局|厅|委员会|委))" + _OGI_DOCUMENT_WORDS
                        + r"(?:制度|办法)》")


def _own_rules(lines: list[str]) -> str | None:
    return _first_named(lines, _OWN_RULES, lambda text: None if _NATIONAL_BODY.search(text) else _agency_like(text))
