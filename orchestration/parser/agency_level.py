"""Administrative level and kind of the agency that publishes a report.

``classify_agency(agency, place)`` returns ``(admin_level, agency_kind)``.

admin_level
    ``province``, ``city``, ``county``, ``district``, ``township``, ``street``
    or ``None`` (unknown).  A department has the level of the government it
    belongs to: 鹤山市卫生健康局 -> county, 鄞州区卫生健康局 -> district,
    聊城市卫生健康委员会 -> city, 江西省国土资源厅 -> province (and the
    municipalities' own departments, 北京市卫生健康委员会 -> province), as in
    the project's expectations (``seed_expected_reports.csv``).
agency_kind
    ``government`` for a people's government itself and for its general
    office (人民政府办公室 / 办公厅, 行政公署 and its office), also at township
    level (…镇人民政府, …乡人民政府, …苏木人民政府 -> township; …街道办事处,
    …街道 -> street); ``department`` for everything else (…局, …委员会, …厅,
    …中心, a department's 办公室, 人民政府国有资产监督管理委员会 …).
    ``None`` only when there is no agency name.

Levels above county come from ``place`` (the gazetteer's ``Place`` for the
agency, ``Place.level``); township and street come from the agency name:
a 镇 / 乡 / 苏木 government or a 街道 office that follows the place names at
the start of the name ("桐乡市乌镇镇人民政府", "北京市东城区东华门街道办事处",
also "北京市东城区人民政府东华门街道办事处").  Division names are stripped
first, so 镇江市 / 乡城县 / 乡宁县 / 新乡市 are never read as townships, and
"城乡" or "乡村" inside a department's name never is either, because a
township needs 镇 / 乡 followed by 人民政府 / 政府.

National bodies (国务院部门 such as 国家统计局, 住房和城乡建设部) and
agencies whose name does not start with a place the gazetteer knows
(国家税务总局鹤山市税务局, 中共…委) get ``admin_level=None``: there is no
"national" level, and a vertically managed local office is not placed from a
name in the middle of its title.  Their kind is ``department``; 国务院 and
国务院办公厅 are ``(None, "government")``.

Not recognised: township-level units without a government in their name
(…镇财政所 is read as a department of the county), and a township whose
county is printed only as a bare name the gazetteer does not accept on its own
("新乡人民政府" would read as a 乡).  Pure standard-library Python.
"""

from __future__ import annotations

import re
from functools import lru_cache

from orchestration.parser.gazetteer import name_forms, named_for_the_place

__all__ = ["classify_agency", "ADMIN_LEVELS", "AGENCY_KINDS"]

ADMIN_LEVELS = ("province", "city", "county", "district", "township", "street")
AGENCY_KINDS = ("government", "department")

GOVERNMENT, DEPARTMENT = "government", "department"

# A people's government (or 行政公署) at the start of what follows the place.
_GOVERNMENT = re.compile(r"^(?:人民政府|政府|行政公署)")
# What may follow a government and still be the government itself.
_OWN_OFFICE = re.compile(r"^(?:办公室|办公厅|党政办公室|党政办|办)?$")
# A township government: a name, then 镇 / 乡 (民族乡 included) / 苏木.
_TOWNSHIP = re.compile(r"(?<=.)(?:镇|乡|苏木)(?:人民政府|政府)")
# A street office: …街道办事处 anywhere, or a name ending in 街道 / 街道办.
_STREET = re.compile(r"(?<=.)街道(?:办事处|办$|$)")
# A township or street named bare, as titles print it (湖口县流泗镇, 大寺镇,
# 瑞景街 — Tianjin's streets are 街): catalogue M08, short agency names.
_BARE_TOWNSHIP = re.compile(r"^[^县市区州盟省镇乡街]{1,5}(?:镇|乡|苏木)$")
_BARE_STREET = re.compile(r"^[^县市区州盟省镇乡街]{2,5}(?:街道办事处|街道办|街道|街)$")
# A government at the end of a name whose place is unknown.
_UNPLACED_GOVERNMENT = re.compile(r"(?:人民政府|行政公署)(?:办公室|办公厅)?$")
# Parenthesised additions: "（市政府外事办公室）", "(挂…牌子)".
_BRACKETS = re.compile(r"[（(][^（）()]*[）)]")

_LEVEL_WORD = {"县": "county", "旗": "county", "区": "district", "省": "province"}
# words that open with those characters without naming a level (区域协调…办公室, 旗舰…), and a zone's committee (区管委会)
_NOT_LEVEL_WORDS = ("区域", "旗舰", "区管委", "省际")

_NATIONAL_GOVERNMENT = ("国务院", "国务院办公厅", "中华人民共和国国务院", "中华人民共和国国务院办公厅")


@lru_cache(maxsize=4096)
def _forms(name: str, level: str) -> tuple[str, ...]:
    return name_forms(name, level)


def _after_place(text: str, place) -> str:
    """``text`` without the division names of ``place`` printed at its start.

    Province, city and county are each stripped at most once and in that
    order, any of them may be missing, and the segmentation that strips the
    most wins: 新乡县… loses 新乡县, not the bare city name 新乡, and a street
    sharing its district's bare name (深圳市福田区福田街道…) keeps its own.
    """
    if place is None:
        return text
    levels = []
    for attr, level in (("province", "province"), ("city", "city"), ("county", "county")):
        name = getattr(place, attr, None)
        if name:
            levels.append(_forms(name, level))

    def shortest(rest: str, i: int) -> str:
        if i == len(levels):
            return rest
        best = shortest(rest, i + 1)
        for form in levels[i]:
            # (not a street or town named for the place: 余杭街道 keeps its 余杭)
            if rest.startswith(form) and len(rest) > len(form) and not named_for_the_place(rest, len(form)):
                candidate = shortest(rest[len(form) :], i + 1)
                if len(candidate) < len(best):
                    best = candidate
        return best

    return shortest(text, 0)


def _kind_after(remainder: str) -> str:
    return GOVERNMENT if _OWN_OFFICE.match(remainder) else DEPARTMENT


def classify_agency(agency: str | None, place) -> tuple[str | None, str | None]:
    """Return ``(admin_level, agency_kind)`` of ``agency``; see the module docstring.

    ``place`` is the gazetteer's ``Place`` for the agency (or ``None``); only
    its ``level``, ``province``, ``city`` and ``county`` attributes are read.
    """
    text = "".join((agency or "").split())
    text = _BRACKETS.sub("", text)
    if not text:
        return None, None
    if text in _NATIONAL_GOVERNMENT:
        return None, GOVERNMENT

    rest = _after_place(text, place)

    # Township / street: the earliest such government after the place names.
    hits = []
    township = _TOWNSHIP.search(rest)
    if township:
        hits.append((township.start(), township.end(), "township"))
    street = _STREET.search(rest)
    if street:
        hits.append((street.start(), street.end(), "street"))
    if hits:
        _, end, level = min(hits)
        return level, _kind_after(rest[end:])
    if _BARE_TOWNSHIP.match(rest):
        return "township", GOVERNMENT
    if _BARE_STREET.match(rest):
        return "street", GOVERNMENT

    level = getattr(place, "level", None) if place is not None else None
    if level not in ADMIN_LEVELS:
        level = None
    unplaced = not any(getattr(place, division, None) for division in ("province", "city", "county"))
    if level is None and unplaced and (own := _LEVEL_WORD.get(text[0])) and len(text) > 2 \
            and not text.startswith(_NOT_LEVEL_WORDS):
        # a name that opens with its level, no place printed (县信访局, 区教育局, 省水利厅): its level,
        # as the studied pages' readers labelled nine 县/区 and three 省 names (rounds 59-64); a bare 市 may
        # be a county-level city's, so it gives none
        level, rest = own, text[1:]
    government = _GOVERNMENT.match(rest)
    if government:
        return level, _kind_after(rest[government.end() :])
    if level is None and _UNPLACED_GOVERNMENT.search(text):
        # A government whose place the gazetteer does not know (renamed since).
        return None, GOVERNMENT
    return level, DEPARTMENT
