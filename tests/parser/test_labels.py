"""normalize_label: numbering, annotations, widths and spaces say nothing about the cell."""

from __future__ import annotations

import pytest

from orchestration.parser.labels import normalize_label


@pytest.mark.parametrize(
    "printed, expected",
    [
        # numbering
        ("（一）收到申请数", "收到申请数"),
        ("(一)收到申请数", "收到申请数"),
        ("（十二）收到申请数", "收到申请数"),
        ("1.当面申请数", "当面申请数"),
        ("3．网络申请数", "网络申请数"),
        ("３．网络申请数", "网络申请数"),
        ("12、信函申请数", "信函申请数"),
        ("一、主动公开情况", "主动公开情况"),
        ("十一、举报投诉数量", "举报投诉数量"),
        ("四.行政复议数量", "行政复议数量"),
        ("其中：涉及国家秘密", "涉及国家秘密"),
        ("其中:涉及国家秘密", "涉及国家秘密"),
        ("（二）其中：主要负责同志参加新闻发布会次数", "主要负责同志参加新闻发布会次数"),
        # bracketed annotations, also nested and unclosed (a label cut by a line break)
        ("专职人员数（不包括政府公报及政府网站工作人员数）", "专职人员数"),
        ("主动公开政府信息数（不同渠道和方式公开相同信息计1条）", "主动公开政府信息数"),
        ("【注】收到申请数", "收到申请数"),
        ("收到申请数〔件〕", "收到申请数"),
        ("收到申请数（含（转办）申请）", "收到申请数"),
        ("政府信息公开专项经费（不包括用于政府公报编辑管理及", "政府信息公开专项经费"),
        # spaces, ideographic spaces and indentation
        ("统　计　指　标", "统计指标"),
        ("　　　　　5.其他形式", "其他形式"),
        ("  收到 申请数  ", "收到申请数"),
        ("\t（三）其他情形数", "其他情形数"),
        # quotes, book-title marks and punctuation are dropped
        ("不是《条例》所指政府信息", "不是条例所指政府信息"),
        ("危及国家安全、公共安全、经济安全和社会稳定", "危及国家安全公共安全经济安全和社会稳定"),
        # full-width letters
        ("ＡＢＣ申请数", "ABC申请数"),
    ],
)
def test_normalize_label(printed, expected):
    assert normalize_label(printed) == expected


def test_printed_and_catalog_forms_meet():
    printed = "　　　　　1.专职人员数（不包括政府公报及政府网站工作人员数）"
    assert normalize_label(printed) == normalize_label("专职人员数")


def test_empty_and_numbering_only_labels_normalize_to_empty():
    assert normalize_label("") == ""
    assert normalize_label("　　") == ""
    assert normalize_label("（一）") == ""


def test_words_inside_a_label_are_kept():
    # "其中" and numerals are only stripped as leading numbering
    assert normalize_label("收到申请数其中当面") == "收到申请数其中当面"
    assert normalize_label("二次申请数") == "二次申请数"


def test_circled_numbering_is_stripped():
    assert normalize_label("①当面申请数") == "当面申请数"


def test_part_numbering_is_stripped_whole():
    assert normalize_label("第一部分概述") == "概述"
