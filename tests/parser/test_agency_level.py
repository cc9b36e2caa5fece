"""Tests for ``classify_agency``: admin level and kind of a report's agency.

Every place name below is a real division, town or street; the places come
from the real gazetteer seed, as in the parser.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pytest

from orchestration.parser.agency_level import ADMIN_LEVELS, classify_agency
from orchestration.parser.gazetteer import Gazetteer, Place

SEED = Path(__file__).parents[2] / "dbt_project/seeds/admin_divisions.csv"
# read off the seed reports by hand (docs/spec/FORMS.md §6)
EXPECTATIONS = Path(__file__).parents[1] / "fixtures/seed_expected_reports.csv"

GOV, DEPT = "government", "department"


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.from_csv(SEED)


def classify(gaz: Gazetteer, agency: str) -> tuple[str | None, str | None]:
    return classify_agency(agency, gaz.locate(agency))


def test_module_is_pure_python():
    source = Path(sys.modules[classify_agency.__module__].__file__).read_text(encoding="utf-8")
    for heavy in ("dagster", "duckdb", "pandas"):
        assert f"import {heavy}" not in source and f"from {heavy}" not in source


@pytest.mark.parametrize(
    "agency, expected",
    [
        # --- Governments and their general offices
        # province (municipalities included)
        ("广东省人民政府", ("province", GOV)),
        ("江苏省人民政府办公厅", ("province", GOV)),
        ("北京市人民政府", ("province", GOV)),
        ("上海市人民政府办公厅", ("province", GOV)),
        ("上海市人民政府办公厅（上海市人民政府外事办公室）", ("province", GOV)),
        ("重庆市政府办公厅", ("province", GOV)),
        # prefecture level
        ("镇江市人民政府", ("city", GOV)),
        ("新乡市人民政府", ("city", GOV)),
        ("聊城市人民政府办公室", ("city", GOV)),
        ("大理白族自治州人民政府", ("city", GOV)),
        ("锡林郭勒盟行政公署", ("city", GOV)),
        ("阿克苏地区行政公署办公室", ("city", GOV)),
        ("三沙市人民政府", ("city", GOV)),
        # county level
        ("鹤山市人民政府", ("county", GOV)),
        ("浙江省桐乡市人民政府", ("county", GOV)),
        ("乡城县人民政府", ("county", GOV)),
        ("乡宁县人民政府办公室", ("county", GOV)),
        ("新乡县人民政府", ("county", GOV)),
        ("镇平县人民政府", ("county", GOV)),
        ("镇原县人民政府", ("county", GOV)),
        ("成都市简阳市人民政府", ("county", GOV)),
        ("神农架林区人民政府", ("county", GOV)),
        ("六盘水市六枝特区人民政府", ("county", GOV)),
        ("鄂温克族自治旗人民政府", ("county", GOV)),
        # districts
        ("鄞州区人民政府", ("district", GOV)),
        ("北京市朝阳区人民政府办公室", ("district", GOV)),
        ("杭州市临平区人民政府", ("district", GOV)),
        ("北京市密云区人民政府", ("district", GOV)),
        ("镇江市丹徒区人民政府", ("district", GOV)),
        ("西安市碑林区人民政府", ("district", GOV)),
        # --- Departments: the level of their government
        ("江西省国土资源厅", ("province", DEPT)),
        ("山东省卫生健康委员会", ("province", DEPT)),
        ("北京市卫生健康委员会", ("province", DEPT)),
        ("北京市人民政府国有资产监督管理委员会", ("province", DEPT)),
        ("上海市人民政府办公厅政务公开办公室", ("province", DEPT)),
        ("聊城市卫生健康委员会", ("city", DEPT)),
        ("聊城市卫生健康委员会办公室", ("city", DEPT)),
        ("深圳市政务服务数据管理局", ("city", DEPT)),
        ("镇江市住房和城乡建设局", ("city", DEPT)),
        ("镇江市公共资源交易中心", ("city", DEPT)),
        ("新乡市发展和改革委员会", ("city", DEPT)),
        ("鹤山市卫生健康局", ("county", DEPT)),
        ("古县卫生和计划生育局", ("county", DEPT)),
        ("乡宁县教育局", ("county", DEPT)),
        ("乡宁县乡村振兴局", ("county", DEPT)),
        ("乡城县住房和城乡建设局", ("county", DEPT)),
        ("长阳县教育局", ("county", DEPT)),
        ("鄞州区卫生健康局", ("district", DEPT)),
        ("威海市环翠区卫生健康局", ("district", DEPT)),
        ("上海市崇明区生态环境局", ("district", DEPT)),
        ("朝阳区卫生健康委员会", ("district", DEPT)),  # ambiguous place, level known
        # --- Township and street governments
        ("桐乡市乌镇镇人民政府", ("township", GOV)),
        ("桐乡市乌镇镇人民政府办公室", ("township", GOV)),
        ("乌镇镇人民政府", ("township", GOV)),  # no county printed
        ("镇江市丹徒区辛丰镇人民政府", ("township", GOV)),
        ("乡宁县昌宁镇人民政府", ("township", GOV)),
        ("乡城县香巴拉镇人民政府", ("township", GOV)),
        ("镇平县石佛寺镇人民政府", ("township", GOV)),
        ("宁波市鄞州区姜山镇人民政府", ("township", GOV)),
        ("宽甸满族自治县下露河朝鲜族乡人民政府", ("township", GOV)),
        ("鄂温克族自治旗辉苏木人民政府", ("township", GOV)),
        ("平湖市当湖街道办事处", ("street", GOV)),
        ("北京市东城区东华门街道办事处", ("street", GOV)),
        ("北京市东城区人民政府东华门街道办事处", ("street", GOV)),
        ("杭州市西湖区北山街道办事处", ("street", GOV)),
        ("上海市浦东新区陆家嘴街道办事处", ("street", GOV)),
        ("鹤山市沙坪街道办事处", ("street", GOV)),
        ("北京市海淀区中关村街道", ("street", GOV)),
        ("深圳市福田区福田街道办事处", ("street", GOV)),  # street named like its district
        ("深圳市南山区南山街道", ("street", GOV)),
        ("北京市东城区东华门街道办事处综合行政执法队", ("street", DEPT)),
        # a township or street as a title prints it, bare (catalogue M08)
        ("湖口县流泗镇", ("township", GOV)),
        ("临洮县峡口镇", ("township", GOV)),
        ("恰格拉克乡", ("township", GOV)),
        ("天津市北辰区瑞景街", ("street", GOV)),
        # --- National bodies and unplaced agencies
        # National bodies: no "national" level, documented as None.
        ("国家统计局", (None, DEPT)),
        ("住房和城乡建设部", (None, DEPT)),
        ("国务院办公厅", (None, GOV)),
        # A vertically managed office is not placed from the middle of its name.
        ("国家税务总局鹤山市税务局", (None, DEPT)),
        ("中共鹤山市委办公室", (None, DEPT)),
    ],
)
def test_classify(gaz, agency, expected):
    assert classify(gaz, agency) == expected


def test_a_bare_city_whose_name_ends_in_xiang_is_no_township(gaz):
    # 新乡 ends in 乡; the gazetteer's city is stripped first, so nothing is left to be a township
    assert classify(gaz, "新乡市")[0] == "city"


def test_a_street_named_for_its_district_placed_from_the_text(gaz):
    # round 61: 余杭街道, placed in 余杭区 by its contact line, is the street, not the district's department
    district = gaz.locate("杭州市余杭区")
    assert classify_agency("余杭街道", district) == ("street", GOV)
    assert classify_agency("余杭区卫生健康局", district) == ("district", DEPT)


def test_no_agency():
    nowhere = Place(None, None, None, None, None)
    assert classify_agency(None, nowhere) == (None, None)
    assert classify_agency("", None) == (None, None)
    assert classify_agency("  \n", nowhere) == (None, None)


def test_place_is_optional_and_duck_typed():
    assert classify_agency("鹤山市沙坪街道办事处", None) == ("street", GOV)
    assert classify_agency("某单位", None) == (None, DEPT)
    # A government the gazetteer cannot place (米林县 became 米林市 in 2023).
    assert classify_agency("米林市人民政府", None) == (None, GOV)
    county = Place("440784", "广东省", "江门市", "鹤山市", "county")
    assert classify_agency("鹤山市卫生健康局", county) == ("county", DEPT)
    assert classify_agency("广东省江门市鹤山市人民政府", county) == ("county", GOV)


def test_a_name_opening_with_its_level_and_placed_nowhere_has_that_level():
    # (rounds 59-64: readers labelled 县/区 names county departments and 省 names province departments)
    nowhere = Place(None, None, None, None, None)
    assert classify_agency("县信访局", nowhere) == ("county", DEPT)
    assert classify_agency("旗林业和草原局", nowhere) == ("county", DEPT)
    assert classify_agency("区住建局", nowhere) == ("district", DEPT)
    assert classify_agency("省水利厅", None) == ("province", DEPT)
    assert classify_agency("区人民政府办公室", nowhere) == ("district", GOV)
    # a bare 市 may be a county-level city's
    assert classify_agency("市水务局", nowhere) == (None, DEPT)
    assert classify_agency("区域协调发展办公室", nowhere) == (None, DEPT)  # 区域 names no level
    # a place the gazetteer knows decides
    county = Place("440784", "广东省", "江门市", "鹤山市", "county")
    assert classify_agency("区卫生健康局", county) == ("county", DEPT)


def test_levels_are_from_the_documented_set(gaz):
    for agency in ("鹤山市卫生健康局", "桐乡市乌镇镇人民政府", "平湖市当湖街道办事处", "江西省国土资源厅"):
        level, _ = classify(gaz, agency)
        assert level in ADMIN_LEVELS


def test_matches_expected_reports(gaz):
    with EXPECTATIONS.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["agency"]]
    assert rows
    for row in rows:
        level, kind = classify(gaz, row["agency"])
        assert level == (row["admin_level"] or None), row["agency"]
        assert kind == DEPT, row["agency"]
