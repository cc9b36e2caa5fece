"""Report metadata: agency, report year, publication date, place (via the gazetteer).

Agencies and dates are invented for these tests; only the place names are real,
so that the gazetteer can locate them.
"""

from __future__ import annotations

import datetime as dt

import pytest

from orchestration.parser import parse_report
from orchestration.parser.metadata import find_agency, find_published_on, find_report_year, find_title
from orchestration.parser.report import load_gazetteer


def meta(text: str):
    return parse_report(text).metadata


# --- title and agency ----------------------------------------------------------------

def test_agency_year_and_place_from_the_title_line():
    m = meta(
        "杭州市西湖区民政局2021年度政府信息公开工作年度报告\n"
        "\n"
        "本报告依据《中华人民共和国政府信息公开条例》编制。\n"
    )
    assert m.title == "杭州市西湖区民政局2021年度政府信息公开工作年度报告"
    assert m.agency == "杭州市西湖区民政局"
    assert m.report_year == 2021
    assert (m.province, m.city, m.county) == ("浙江省", "杭州市", "西湖区")
    assert m.division_code == "330106"
    assert m.admin_level == "district"
    assert m.form == "narrative"  # no statistics table


def test_find_title_skips_body_sentences():
    lines = ["", "本年度报告是根据政府信息公开工作年度报告要求编制的。", "某县林业局2018年政府信息公开工作年度报告"]
    assert find_title(lines) == ("某县林业局2018年政府信息公开工作年度报告", 2)


def test_find_title_none_without_a_title():
    assert find_title(["正文第一段。", "正文第二段。"]) == (None, None)


def test_two_line_title_agency_line_then_year_line():
    m = meta("嘉兴市南湖区水利局\n\n2020年度政府信息公开工作年度报告\n\n正文。\n")
    assert m.agency == "嘉兴市南湖区水利局"
    assert m.report_year == 2020
    assert (m.province, m.city, m.county, m.admin_level) == ("浙江省", "嘉兴市", "南湖区", "district")


def test_shortened_name_completed_from_the_signature():
    m = meta(
        "区民政局2021年度政府信息公开工作年度报告\n"
        "\n"
        "正文。\n"
        "\n"
        "杭州市西湖区民政局\n"
        "2022年1月20日\n"
    )
    assert m.agency == "杭州市西湖区民政局"
    assert m.division_code == "330106"
    assert m.published_on == dt.date(2022, 1, 20)


def test_shortened_name_completed_from_the_filing_unit():
    m = meta("区水利局2020年度政府信息公开工作年度报告\n正文。\n填报单位（盖章）：嘉兴市南湖区水利局\n")
    assert m.agency == "嘉兴市南湖区水利局"


def test_agency_from_the_signature_when_the_title_has_none():
    m = meta("2020年度政府信息公开工作年度报告\n\n正文。\n\n成都市武侯区司法局\n2021年1月8日\n")
    assert m.agency == "成都市武侯区司法局"
    assert (m.province, m.city, m.county) == ("四川省", "成都市", "武侯区")
    assert m.report_year == 2020


def test_full_name_in_title_is_not_replaced():
    lines = ["苏州市吴中区人力资源和社会保障局2013年政府信息公开工作年度报告", "正文", "吴中区人力资源和社会保障局"]
    title, index = find_title(lines)
    assert find_agency(lines, title, index, load_gazetteer().place_prefix_ends) == "苏州市吴中区人力资源和社会保障局"


def test_trailing_guanyu_is_dropped():
    m = meta("杭州市西湖区民政局关于2021年度政府信息公开工作年度报告\n正文。\n")
    assert m.agency == "杭州市西湖区民政局"


def test_bracketed_second_name_is_dropped():
    m = meta("杭州市西湖区民政局（杭州市西湖区老龄工作委员会办公室）2021年度政府信息公开工作年度报告\n正文。\n")
    assert m.agency == "杭州市西湖区民政局"


@pytest.mark.parametrize(
    "agency, place",
    [
        ("浙江省民政厅", ("浙江省", None, None, "330000", "province")),
        ("杭州市民政局", ("浙江省", "杭州市", None, "330100", "city")),
        ("苏州市吴中区人力资源和社会保障局", ("江苏省", "苏州市", "吴中区", "320506", "district")),
    ],
)
def test_place_levels(agency, place):
    m = meta(f"{agency}2020年度政府信息公开工作年度报告\n")
    assert m.agency == agency
    assert (m.province, m.city, m.county, m.division_code, m.admin_level) == place


def test_no_agency_no_place():
    m = meta("正文第一段。\n正文第二段。\n")
    assert m.agency is None
    assert (m.province, m.city, m.county, m.division_code, m.admin_level) == (None, None, None, None, None)


def test_leading_guanyu_is_dropped():
    m = meta("关于杭州市西湖区民政局2021年度政府信息公开工作年度报告\n正文。\n")
    assert m.agency == "杭州市西湖区民政局"
    assert m.division_code == "330106"


def test_a_cover_letters_title_quoting_the_report_it_sends():
    # M07 (69a04's county-level city): 关于上报《X2017年度…报告》的报告 split over two lines above the report
    text = ("某政办〔2018〕7号\n格尔木市人民政府办公室\n关于上报《格尔木市2017年度政府信息公开\n工作年度报告》的报告\n"
            "州政务公开办:\n年度报告已编好，随文送上。\n格尔木市2017年政府信息公开工作年度报告\n一、概述\n")
    m = meta(text)
    assert m.agency == "格尔木市人民政府"
    assert (m.province, m.county, m.report_year) == ("青海省", "格尔木市", 2017)
    # the sender before 关于 and the report quoted (70b14's town): the sender is the agency
    text = ("某某市某某区某溪镇人民政府关于印发《某某区某溪镇2016年政府信息公开工作年度报告》的通知\n各行政村:\n"
            "报告已经镇政府同意，现予印发。\n")
    assert meta(text).agency == "某某市某某区某溪镇人民政府"


# --- report year ---------------------------------------------------------------------

def test_report_year_from_the_statistics_period():
    text = (
        "某县文化和旅游局政府信息公开工作年度报告\n"
        "\n"
        "本年度报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n"
    )
    assert meta(text).report_year == 2019


def test_statistics_period_printing_its_year_once():
    # the next year's plans named first do not give the year (round 39's city, realdev r147)
    text = ("本年度报告由某某市人民政府办公室编制，全文包括主要问题及2013年重点工作安排等。"
            "本年度报告中所列数据的统计期限自2012年1月1日起至12月31日止。\n")
    assert meta(text).report_year == 2012


def test_statistics_period_with_its_last_day_misprinted():
    # 日 dropped before 止, after a quoted notice of the year before (229b10's district bureau, read as 2020)
    text = ("根据《条例》和某区人民政府办公室《关于印发2020年某区政务公开工作要点的通知》文件要求,特向社会公布某区医疗保障局"
            "2021年度信息公开工作年度报告。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31止。\n")
    assert meta(text).report_year == 2021


def test_statistics_period_with_full_width_digits():
    text = "某局政府信息公开工作年度报告\n\n统计期限自２０１７年１月１日起至２０１７年１２月３１日止。\n"
    assert find_report_year(text, "某局政府信息公开工作年度报告") == 2017


def test_title_year_wins_over_other_years():
    text = "某县文化和旅游局2018年政府信息公开工作年度报告\n\n2017年我局……\n\n2019年2月1日\n"
    assert meta(text).report_year == 2018


def test_a_year_glued_before_the_name_gives_the_year_after_the_statistics_period():
    # M09: 2009某市… with no 年 (round 43's town; its only other years are the page's later dates)
    title = "2009某市某区某镇政府信息公开工作年度报告"
    assert meta(f"{title}\n某市某区某镇人民政府\n2010年2月\n到2011年底累计公开信息81条。\n").report_year == 2009
    # a glued year misprinted one early yields to the period (round 34's street, realdev r391)
    text = "2022度某区某街道信息公开工作年度报告\n本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n"
    assert meta(text).report_year == 2023


def test_a_month_something_began_in_is_not_the_report_year():
    # M11 (round 20's full dates before 起; round 45's street: the month alone)
    text = ("某街道政府信息公开工作年度报告\n根据有关通知要求，2008年1月起，我街道开始着手政府信息公开工作。\n"
            "截至2019年底，我街道共主动公开信息1091条。\n")
    assert meta(text).report_year == 2019


def test_report_year_in_chinese_numerals():
    assert meta("某县文化和旅游局二〇一九年政府信息公开工作年度报告\n正文。\n").report_year == 2019


def test_no_year_anywhere():
    assert meta("某县文化和旅游局政府信息公开工作年度报告\n正文。\n").report_year is None


# --- publication date ----------------------------------------------------------------

@pytest.mark.parametrize(
    "line, expected",
    [
        ("2019年3月12日", dt.date(2019, 3, 12)),
        ("2019-03-12", dt.date(2019, 3, 12)),
        ("2019.3.12", dt.date(2019, 3, 12)),
        ("2019/03/12", dt.date(2019, 3, 12)),
        ("二〇一九年三月十二日", dt.date(2019, 3, 12)),
        ("二〇二〇年十二月三十一日", dt.date(2020, 12, 31)),
        ("二〇二〇年一月二十日", dt.date(2020, 1, 20)),
        ("２０１９年３月１２日", dt.date(2019, 3, 12)),
        ("2019年 3月 12日", dt.date(2019, 3, 12)),
        ("                    2019年3月12日   ", dt.date(2019, 3, 12)),
    ],
)
def test_published_on_from_a_standalone_date_line(line, expected):
    assert find_published_on(["某县文化和旅游局2018年政府信息公开工作年度报告", "正文。", "", line]) == expected


def test_published_on_through_parse_report():
    text = "某县文化和旅游局2018年政府信息公开工作年度报告\n\n正文。\n\n某县文化和旅游局\n二〇一九年三月十二日\n"
    assert meta(text).published_on == dt.date(2019, 3, 12)


def test_date_inside_a_sentence_is_not_the_publication_date():
    assert find_published_on(["本报告于2019年3月12日发布。"]) is None


def test_the_last_date_line_wins():
    assert find_published_on(["2019年1月5日", "正文。", "2019年3月12日", "附件说明文字。"]) == dt.date(2019, 3, 12)


def test_impossible_date_is_ignored():
    assert find_published_on(["2019年2月30日"]) is None
    assert find_published_on(["2019年1月8日", "2019年2月30日"]) == dt.date(2019, 1, 8)


# --- what web pages put around the title (docs/real_reports/catalogue.md) ----------

@pytest.mark.parametrize(
    "text, agency",
    [
        # a breadcrumb trail whose last step is the title
        ("您当前所在位置：首页 > 政务公开 > 年度报告 > 某某县林业局2020年政府信息公开工作年度报告\n正文。\n", "某某县林业局"),
        # a breadcrumb trail ending in the column, the title below it
        ("当前位置：首页 > 政府信息公开 > 政府信息公开年报\n\n杭州市西湖区民政局2021年政府信息公开工作年度报告\n", "杭州市西湖区民政局"),
        # steps joined by -- or / after 首页 (M01, round 33's district: an image's name before the trail)
        ("dw.png 位置:首页--政务公开--政府信息公开--政府信息公开年报\n\n某城区2020年政府信息公开年度报告\n"
         "发布日期:2021-02-20 16:06 来源:某城区人民政府\n", "某城区人民政府"),
        ("首页/ 政务公开 / 政府信息公开年报 / 2019年 / 县市区\n某某县人民政府2019年政府信息公开工作年度报告\n", "某某县人民政府"),
        # an index block's labels glued to their values under a bar of links to other governments (M04, M03,
        # round 40's town): the title names no one, the issuing body's field does
        ("中国政府网  |   某某省政府  |   某某市政府\n\n当前位置:首页 > 政务公开 > 公开年报\n索引号000014349/2024-03341\n"
         "发文机关某某镇人民政府 主题词\n标题2023年政府信息公开工作年度报告\n主题分类其它 发布日期2024-01-10\n\n"
         "2023年政府信息公开工作年度报告\n本报告依据《条例》编制。\n", "某某镇人民政府"),
        # a site menu's last line ending in the column's name, the dated title below (M03, round 39)
        ("首页 主动公开 解读回应\n在线访谈 政府文件 信息公开年报\n当前位置: 首页>主动公开>年报\n\n"
         "某某县2012年政府信息公开工作年度报告\n\n本报告由县政府办公室编制。\n", "某某县"),
        # a running page header and a field label before the title
        ("Page 9 - 嘉兴市南湖区水利局2020年度政府信息公开工作年度报告\n正文。\n", "嘉兴市南湖区水利局"),
        ("标题：成都市武侯区司法局2020年政府信息公开工作年度报告\n正文。\n", "成都市武侯区司法局"),
        # a trail printed a step a line, its year step over its column's step: no split title (85a09)
        ("当前位置:\n首页\n> 政务公开\n> 2023年\n> 市政府信息公开工作年度报告\n某某市2023年政府信息公开工作年度报告\n正文。\n",
         "某某市"),
        # the site's name, the column's heading, then the title split after its year (86a11)
        ("北京市某区人民政府\n\n政府信息公开年报\n\n北京市西城区统计局2020\n\n政府信息公开工作年度报告\n\n本报告依据《条例》编制。\n",
         "北京市西城区统计局"),
        # a list item's date and a site button's Latin word glued before the title (84d02)
        ("  • 2021-02-07导出word某某州统计局2020年政府信息公开工作年度报告\n正文。\n", "某某州统计局"),
        # a download link's label before the title's file name (82a20, 82a22; round 24's 问答解读:….docx)
        ("点击查看PDF版:某某区审计局2023年度政府信息公开工作年度报告.pdf\n一、总体情况\n", "某某区审计局"),
        # the year first
        ("2022年上海市政府信息公开工作年度报告\n\n字号:\n\n正文。\n", "上海市"),
        ("2021年度湖州市生态环境局政府信息公开工作年度报告\n正文。\n", "湖州市生态环境局"),
        # 政务信息公开 as the title's words (75a01)
        ("2011年度梧桐市统计局政务信息公开报告\n正文。\n", "梧桐市统计局"),
        # a title broken after the year
        ("宿州市人民政府2016年\n政府信息公开工作年度报告\n宿州市人民政府办公室\n", "宿州市人民政府"),
        # a place printed alone is kept as printed
        ("涿州市2021年政府信息公开工作年度报告\n正文。\n", "涿州市"),
        ("东升街道2020年政府信息公开工作年度报告\n正文。\n", "东升街道"),
    ],
)
def test_title_found_among_page_furniture(text, agency):
    assert meta(text).agency == agency


def test_a_title_with_its_year_glued_to_the_name_is_found_below_the_columns_heading():
    # M09 under M03: the site's menu, its column's heading among the items, then a title whose year has no 年
    # (313a01's city bureau of 2008, read as the heading: no agency, no year)
    text = ("当前位置:首页 > 市财政局 > 信息公开年报\n\n政府信息公开指南\n\n政府信息公开年报\n\n组配分类\n\n依申请公开\n\n"
            "2008梧桐市财政局政府信息公开工作年度报告\n发布单位:市财政局 发布时间:2009-9-2\n\n"
            "按照要求，我局对本年度政府信息公开工作进行了梳理。\n")
    assert (meta(text).agency, meta(text).report_year) == ("梧桐市财政局", 2008)
    # a heading over a line that only starts with a year, no title, still names no one
    assert meta("政府信息公开年报\n\n2008梧桐市财政局召开会议\n\n正文。\n").agency is None
    # (the review of the first version) a glued line not followed by the page's fields is a link, a headline or a notice:
    # the dated title below it is the report's
    links = ("政府信息公开年报\n\n相关阅读\n\n2018梧桐镇政府信息公开工作年度报告\n2017梧桐镇政府信息公开工作年度报告\n\n"
             "梧桐镇2019年政府信息公开工作年度报告\n\n根据要求，现公布2019年度报告。\n")
    assert (meta(links).agency, meta(links).report_year) == ("梧桐镇", 2019)
    headline = ("政府信息公开年报\n\n新闻动态\n\n2021梧桐县政府信息公开工作年度报告获全市第一\n\n"
                "梧桐县司法局2020年政府信息公开工作年度报告\n\n一、总体情况\n")
    assert (meta(headline).agency, meta(headline).report_year) == ("梧桐县司法局", 2020)
    # the current year's glued title over its fields, a link to last year's below: the current one
    current = ("政府信息公开年报\n\n2015梧桐市教育局政府信息公开工作年度报告\n发布时间:2016-03-10\n\n"
               "上一篇:2014梧桐市教育局政府信息公开工作年度报告\n\n2015年，我局主动公开政府信息86条。\n")
    assert (meta(current).agency, meta(current).report_year) == ("梧桐市教育局", 2015)
    # (the second review) a related report listed over its own date line, then the page's dated title: the dated one
    related = ("政府信息公开年报\n\n相关阅读\n\n2016梧桐县农业委员会政府信息公开工作年度报告\n发布时间:2017-02-10\n\n"
               "梧桐县农业委员会2017年政府信息公开工作年度报告\n\n2017年，我委主动公开政府信息203条。\n")
    assert (meta(related).agency, meta(related).report_year) == ("梧桐县农业委员会", 2017)
    # (the third review) the page's own glued title over its fields, then links to earlier years' reports: the glued one
    own = ("政府信息公开年报\n\n2019梧桐县农业农村局政府信息公开工作年度报告\n发布时间:2020-02-01\n\n"
           "梧桐县农业农村局2018年政府信息公开工作年度报告\n梧桐县农业农村局2017年政府信息公开工作年度报告\n\n"
           "2019年，我局主动公开政府信息63条。\n")
    assert (meta(own).agency, meta(own).report_year) == ("梧桐县农业农村局", 2019)
    # (the fourth review) and over a link to a later year's; a list's label marks glued titles under it as others' reports,
    # newest first, the page's own dated title below them
    later = own.replace("梧桐县农业农村局2018年政府信息公开工作年度报告\n梧桐县农业农村局2017年", "下一篇\n梧桐县农业农村局2020年")
    assert (meta(later).agency, meta(later).report_year) == ("梧桐县农业农村局", 2019)
    newest_first = ("政府信息公开年报\n\n相关阅读\n\n2021梧桐县农业委员会政府信息公开工作年度报告\n发布时间:2022-02-01\n\n"
                    "2020梧桐县农业委员会政府信息公开工作年度报告\n发布时间:2021-02-01\n\n"
                    "梧桐县农业委员会2019年政府信息公开工作年度报告\n\n2019年，我委主动公开政府信息203条。\n")
    assert (meta(newest_first).agency, meta(newest_first).report_year) == ("梧桐县农业委员会", 2019)


def test_a_title_below_a_long_menu_printed_one_item_a_line_is_found():
    # M03: a site's menu, one short item a line with its years list, pushes the title below the first 40 lines
    # (100b13's 62 lines of it); the menu's years are no report year
    menu = ["网站首页", "  • 无障碍", "  • |", "政府信息公开"] + [f"    • 栏目{i}" for i in range(40)] + \
        ["  • 政府信息公开年报"] + [f"    • {year}" for year in range(2023, 2015, -1)] + [""]
    text = "\n".join(menu + ["2020年梧桐市政府信息公开工作年度报告", "", "发布时间:2021-03-30", "本报告依据《条例》编制。"])
    assert (meta(text).agency, meta(text).report_year) == ("梧桐市", 2020)


def test_a_title_like_line_below_forty_lines_of_text_is_not_looked_at():
    # the window widens over menu items only: forty lines of prose end it, as before the menu rule
    prose = [f"第{i}段：本单位认真落实《条例》，推进政务公开工作。" for i in range(40)]
    text = "\n".join(prose + ["梧桐市2019年度政府信息公开年度报告"])
    assert find_title(text.split("\n")) == (None, None)
    assert find_title(text.split("\n")[1:]) == ("梧桐市2019年度政府信息公开年度报告", 39)


def test_a_trails_last_step_is_no_part_of_the_title_below_it():
    # M01/M07: a trail ending in the year's column over a whole title; the year is no title broken over two
    # lines (72b04 read '2016年X市2016年度…' and the agency 'X市2016年度')
    text = "当前位置:首页 » 信息公开 » 年度报告 » 2019年\n梧桐市2019年度政府信息公开年度报告\n正文。\n"
    assert (meta(text).title, meta(text).agency) == ("梧桐市2019年度政府信息公开年度报告", "梧桐市")
    # a title broken after its year still joins the line below
    assert meta("梧桐市人民政府2019年\n政府信息公开工作年度报告\n正文。\n").agency == "梧桐市人民政府"


@pytest.mark.parametrize(
    "opening, agency",
    [
        ("根据《中华人民共和国政府信息公开条例》规定，现公布泰兴市人民政府2017年政府信息公开工作年度报告。"
         "报告所列数据的统计期限自2017年1月1日起至12月31日止。", "泰兴市人民政府"),
        ("根据《中华人民共和国政府信息公开条例》规定，现公布清远市清新区人民政府办公室（以下简称区政府办公室）"
         "2022年政府信息公开工作年度报告。", "清远市清新区人民政府办公室"),
        # supply and marketing co-operatives (round 62: a city's 联合社 and a district's 联社)
        ("本报告由泰安市供销合作社联合社按照《中华人民共和国政府信息公开条例》要求编制。", "泰安市供销合作社联合社"),
        ("根据《中华人民共和国政府信息公开条例》规定，现向社会公布渭滨区供销联社2021年政府信息公开工作年度报告。",
         "渭滨区供销联社"),
        # a government's research and counsellors' offices (88d14; the studied pages of 孝感, 海口, 上海, 湖南)
        ("本年度报告依据《条例》要求，由孝感市人民政府研究室编制。", "孝感市人民政府研究室"),
        ("本报告由海口市人民政府参事室按照《条例》的规定编制。", "海口市人民政府参事室"),
        # a commission's own policy research section compiles its report: no agency of its own
        ("本年度报告依据《条例》要求，由某市发展和改革委员会政策研究室编制。", None),
    ],
)
def test_agency_named_only_in_the_opening_sentence(opening, agency):
    m = meta("索 引 号 | 014416330/2018-04736 | 分 类 | 政府信息公开年报 |\n" + opening + "\n一、总体情况\n正文。\n")
    assert m.agency == agency


def test_an_opening_without_a_name_gives_no_agency():
    m = meta("根据《中华人民共和国政府信息公开条例》要求，现将我办2022年度政府信息公开情况报告如下：\n一、总体情况\n")
    assert m.agency is None


@pytest.mark.parametrize(
    "text, agency",
    [
        # the title's short name, the signature's full one
        ("唐村镇人民政府2019年政府信息公开工作年度报告\n正文。\n邹城市唐村镇人民政府\n2020年1月20日\n", "邹城市唐村镇人民政府"),
        ("道里区经纬街道办事处2020年政府信息公开工作年度报告\n正文。\n哈尔滨市道里区经纬街道办事处\n", "哈尔滨市道里区经纬街道办事处"),
        # in a sentence: printed fuller there, but the title line prints the name
        ("建新镇人民政府2021年政府信息公开工作年度报告\n本报告由遂溪县建新镇人民政府编制。\n", "建新镇人民政府"),
        # seed 002: the signature's name, not a sentence's fuller one
        ("区卫生健康局2018年度信息公开工作报告\n本报告由宁波市鄞州区卫生健康局编制而成。\n  鄞州区卫生健康局\n",
         "鄞州区卫生健康局"),
        # words before the name that are not places stay out
        ("建新镇人民政府2021年政府信息公开工作年度报告\n现公布建新镇人民政府年度报告。\n", "建新镇人民政府"),
    ],
)
def test_short_name_completed_with_the_places_printed_before_it(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "opening, agency",
    [
        # catalogue M06: no title; the prose announces, compiles or acts
        ("根据《条例》，特向社会公布白沙街道2021年度信息公开工作年度报告。\n一、总体情况\n", "白沙街道"),
        ("根据《条例》，现发布《临水县石桥镇2022年政府信息公开工作年度报告》。\n", "临水县石桥镇"),
        ("根据有关文件要求，编制某某区卫生健康局2023年度政府信息公开工作报告。本报告数据自1月1日起。\n", "某某区卫生健康局"),
        ("根据《条例》，特向社会公布2019年度红石镇政府（机关）信息公开年度报告。\n", "红石镇政府"),  # M08: the government its text prints
        ("本报告由青松镇人民政府办公室依照《条例》第五十条编制。\n一、总体情况\n", "青松镇人民政府"),
        ("一、总体情况\n2020年，湖南省人民政府办公厅认真落实条例和有关决定。\n", "湖南省人民政府办公厅"),
        ("一、总体情况\n2021年，桥东街道按照区政务公开办的部署推进公开。\n", "桥东街道"),
        ("根据有关通知要求，结合梧州市卫生健康委员会政府信息公开工作实际，现编制2023年度报告。\n", "梧州市卫生健康委员会"),
        # catalogue M14, M03: a mirror's or a portal's words before the name
        ("bob最新官网安徽省人民政府2018年政府信息公开工作年度报告\n正文。\n", "安徽省人民政府"),
        ("长沙市政府门户网站-浏阳市人民政府2021年政府信息公开工作年度报告\n正文。\n", "浏阳市人民政府"),
        # catalogue M04: a field label without a colon
        ("标      题 西藏自治区统计局2025年政府信息公开工作年度报告\n正文。\n", "西藏自治区统计局"),
    ],
)
def test_agency_named_in_the_prose_or_behind_page_words(opening, agency):
    assert meta(opening).agency == agency


@pytest.mark.parametrize(
    "opening",
    [
        "一、总体情况\n2022年，我镇持续推进政务公开。\n",  # 我镇 names no one
        "根据《条例》要求，现将本单位信息公开工作情况报告如下。\n",
    ],
)
def test_prose_that_names_no_agency(opening):
    assert meta(opening).agency is None


@pytest.mark.parametrize(
    "opening, full",
    [
        # 206d09's untitled city body: the short name in every later sentence
        ("一、总体情况\n2023年，中山市供销合作联社(以下简称“市供销社”)坚持依法公开。\n(一)主动公开情况。\n"
         "2023年度，市供销社通过官网主动公开政府信息99条。\n", "中山市供销合作联社"),
        # 156c06's city office: 现公布 before the name, the short name unquoted
        ("档案正文\n根据《条例》的规定，现公布\n江门市人民政府办公室(以下简称市府办公室)2013年政府信息公开工作年度报告。\n"
         "一、概述\n2013年，市府办公室按照《条例》的要求推进公开。\n", "江门市人民政府办公室"),
        # 147b09's district tax bureau: 结合 before the name
        ("本报告依据《条例》要求，结合国家税务总局某湖市某湖区税务局(以下简称“某湖区税务局”)政府信息公开工作有关统计数据编制。\n"
         "一、总体情况\n2022年，某湖区税务局坚持公开为常态。\n", "国家税务总局某湖市某湖区税务局"),
        # any words of the sentence before the name, with no mark between: the name starts at its place
        ("本报告由中山市供销合作联社(以下简称“市供销社”)编制。\n2023年度，市供销社通过官网主动公开政府信息99条。\n",
         "中山市供销合作联社"),
        ("认真贯彻落实条例精神进一步提升政务公开工作水平中山市供销合作联社(以下简称“市供销社”)编制本报告。\n"
         "2023年度，市供销社通过官网主动公开政府信息99条。\n", "中山市供销合作联社"),
        # …and a place or a central body the words before it name starts no name of theirs
        ("根据中山市人民政府要求中山市供销合作联社(以下简称“市供销社”)编制本报告。\n"
         "2023年度，市供销社通过官网主动公开政府信息99条。\n", "中山市供销合作联社"),
        ("根据国家税务总局统一部署国家税务总局江门市税务局(以下简称“市税务局”)编制本报告。\n"
         "2022年，市税务局坚持公开为常态。\n", "国家税务总局江门市税务局"),
        # a place after a body's word is inside the name
        ("2023年，江门市公安局蓬江区分局(以下简称“区分局”)坚持依法公开。\n2023年，区分局主动公开信息50条。\n",
         "江门市公安局蓬江区分局"),
    ],
)
def test_a_short_name_the_report_declares_is_read_as_the_full_name(opening, full):
    # M06: X(以下简称“Y”) says Y is X; Y alone had been read as the agency
    assert meta(opening).agency == full


def test_an_arabic_numbered_points_heading_is_no_name():
    # M06 guard (321b01's city report on a traditional mirror): a point's heading cut at the excerpt's end, 2、部署, ends in
    # 署 as an agency's name may, but names no body
    text = ("本报告依据《条例》有关规定，由梧桐市政府信息公开领导小组办公室编制。\n一、基本情况概述\n(三)抓好政府网站建设和管理工作\n"
            "1、增加新媒体应用项目。市政府网站新增加了手机客户端APP。\n2、部署\n")
    assert meta(text).agency == "梧桐市"  # the compiler's place
    assert meta("梧桐市审计署\n2016年政府信息公开工作年度报告\n正文。\n").agency == "梧桐市审计署"


def test_no_name_holds_a_dates_part():
    # M06 guard (320a04's bureau on a traditional spam copy): a sentence's opening cut as the excerpt's last line,
    # 2017年1-12月在政府, is no name ending in 政府
    text = ("一、機構設置情況\n我局由黨政辦專門配備了3名兼職工作人員,負責政府信息公開工作。\n五、存在的主要問題和改進措施\n"
            "(一)存在的主要問題\n2017年1-12月在政府\n")
    assert meta(text).agency is None
    assert meta("某某市财政局\n2017年政府信息公开工作年度报告\n正文。\n").agency == "某某市财政局"


def test_a_streets_office_with_no_place_names_no_one():
    # M06 guard (318c09's untitled street report): 2024年街道办事处未收到…申请 is the street speaking of its office, no name
    # (the page's own name came from its contact, left out here)
    text = ("依据《条例》编制本报告。本年报主要通过“某田市涵江区人民政府”网站向社会发布。\n一、总体情况\n"
            "2024年,我街持续深化政府信息公开工作。\n(二)依申请公开情况\n2024年街道办事处未收到政府信息公开申请。\n"
            "(三)政府信息公开平台建设\n依托“涵西街道办事处专栏”发布信息。\n")
    assert meta(text).agency is None
    assert meta("2024年街道办事处主动公开政府信息4条。\n").agency is None
    # (the review of the first version) nor in a title, where a split title's place above it still joins it
    assert meta("街道办事处2022年政府信息公开工作年度报告\n正文。\n").agency is None
    assert meta("梧桐市下陆区团城山\n街道办事处2021年政府信息公开工作年度报告\n正文。\n").agency == "梧桐市下陆区团城山街道办事处"


@pytest.mark.parametrize("text, agency", [
    # M06 guard (208d03): 根据这一原则结合我乡实际 is 根据 a principle, then 结合 the township's own practice; the name is
    # the one its own OGI rules print
    ("一、总体工作情况\n某江乡党委、政府要求信息公开工作本着“规范、实用”的原则。根据这一原则结合我乡实际制定了"
     "《某江乡政府信息公开管理制度》。\n", "某江乡"),
    # a hospital of 中西医结合 keeps its 结合
    ("本报告根据某州市中西医结合医院2023年政府信息公开工作情况编制。\n一、总体情况\n", "某州市中西医结合医院"),
    # M06 guard (317c05's town): 结合将乐县漠源乡人民政府2025年…工作实际 names 将乐县's town, not 乐县… announced by 将
    ("本报告根据《条例》规定，结合将乐县漠源乡人民政府2025年政府信息公开工作实际编制。\n一、总体情况\n", "将乐县漠源乡人民政府"),
    # the verb still announces a name after 现
    ("现将梧桐县民政局2025年政府信息公开工作年度报告公布如下。\n一、总体情况\n", "梧桐县民政局"),
])
def test_a_linking_word_before_the_agencys_name_is_no_part_of_it(text, agency):
    assert meta(text).agency == agency


def test_own_work_names_no_phrase_ending_in_a_townships_word():
    # M06 guard (316a02's untitled street report): 结合政务公开标准化规范化工作要求和街道实际 is the practice of the street
    # and of a requirement, not a street named 政务公开…要求和街道; the street opening the report names itself
    text = ("一、总体情况\n某淞街道根据《中华人民共和国政府信息公开条例》要求，特编制本年度报告。\n(二)年度重点工作完成情况\n"
            "制订2020年度政务公开工作计划。结合政务公开标准化规范化工作要求和街道实际，确定主动公开具体内容。\n")
    assert meta(text).agency == "某淞街道"
    # a street's long name after its places is still one, and so is a township's named for its peoples (the second review)
    text = "本报告结合上海市青浦区人民政府香花桥街道实际编制。\n一、总体情况\n"
    assert meta(text).agency == "上海市青浦区人民政府香花桥街道"
    text = "一、总体情况\n2021年，根据《条例》规定，结合富裕县友谊达斡尔族满族柯尔克孜族乡实际，编制本年度报告。\n"
    assert meta(text).agency == "富裕县友谊达斡尔族满族柯尔克孜族乡"
    # (and a phrase with a place word inside it is still none, as is one holding 民族: the third review)
    text = "一、总体情况\n2022年，结合市区两级政务公开工作要点和街道实际，编制本年度报告。\n"
    assert meta(text).agency is None
    text = "一、总体情况\n2023年，结合民族团结进步创建工作部署和我乡实际，编制本年度报告。\n"
    assert meta(text).agency is None


@pytest.mark.parametrize("opening, agency", [
    # M06 wording (211c02's district bureau): the bureau's OGI 工作机构 and its office compile the report
    ("本报告由某区人力资源和社会保障局政府信息公开工作机构-办公室编制完成。\n一、总体情况\n", "某区人力资源和社会保障局"),
    # M06 guard (211c05's city bureau): 编制并向社会公开X…报告 announces X, not 并向社会公开X
    ("根据《条例》有关规定，我局编制并向社会公开某田市医疗保障局2023年度政府信息公开工作年度报告。\n一、总体情况\n",
     "某田市医疗保障局"),
])
def test_a_compiling_ogi_unit_and_a_second_announcing_verb_name_the_body(opening, agency):
    assert meta(opening).agency == agency


def test_a_subject_holding_de_names_no_one():
    # M06 guard (213b13's street): no studied page's name holds 的; 收到的每个依申请公开件都由党政办 is a sentence's subject
    text = "一、总体情况\n(二)依申请公开情况\n2021年,收到的每个依申请公开件都由党政办把关,落实专人负责依申请公开工作。\n"
    assert meta(text).agency is None
    assert meta("一、总体情况\n2021年,某某街道办事处把政务公开作为重点工作。\n").agency == "某某街道办事处"


def test_an_index_blocks_publisher_glued_to_its_value_is_no_name_line():
    # pdftotext prints an index block's label and value cells as one word (发布单位区农业农村局); as a name line it
    # was the agency, label and all; the publisher field stays the last resort, and the prose names the body
    text = ("索引号 002508200/2022-00311 公开形式主动公开\n公开范围面向社会\n发布单位区农业农村局\n发文日期 2022-01-21\n"
            "根据《条例》规定，现向社会公布2021年度本机关政府信息公开工作报告。如对本报告有任何疑问，"
            "请与某安市某安区农业农村局办公室联系。\n一、总体情况\n")
    assert meta(text).agency == "某安市某安区农业农村局"
    assert meta(text.replace("发布单位", "发文机关")).agency == "某安市某安区农业农村局"


# the same block as the PDF reader prints a ruled table, one cell a line led by a tab
INDEX_CELLS = "".join(f"\t{cell}\n" for cell in ("索引号", "002508200/2022-00311", "公开形式", "主动公开", "公开范围", "面向社会",
                                                 "公开时限", "长期公开", "发布单位", "区农业农村局", "发文日期", "2022-01-21"))
OPENING = ("\n根据《条例》规定，现向社会公布2021年度本机关政府信息公开工作报告。如对本报告有\n任何疑问，请与某安市某安区"
           "农业农村局办公室联系。\n一、总体情况\n（一）主动公开情况\n全年主动公开政府信息88条。\n")


def test_an_index_blocks_publisher_cell_under_its_label_is_no_name_line():
    assert meta(INDEX_CELLS + OPENING).agency == "某安市某安区农业农村局"


def test_an_index_blocks_cells_one_a_line_do_not_push_the_opening_out_of_reach():
    # twelve cells and a few headings before the opening's year: as lines of a page, three rows
    padding = "".join(f"\t{cell}\n" for cell in ("主题分类", "农业、畜牧业、渔业", "体裁分类", "报告")) + "\n"
    assert meta(INDEX_CELLS + padding + OPENING).report_year == 2021


def test_a_source_label_before_the_name_and_a_cut_denial_name_as_they_should():
    # M04 (214d04's city bureau): an index block's 来源 and a space before the fuller name under a short title
    text = ("市公安局2015年政府信息公开工作年度报告\n索引号 719776475-GK-2016-91826 发布日期 2016-03-09 11:09\n"
            "来源 某康市公安局\n一、概述\n")
    assert meta(text).agency == "某康市公安局"
    # M06 guard (214a09's city bureau): a denial cut at the page's end ending on 政府 is no signature's name
    for cut in ("2018年未发生针对本部门有关政府", "2018年全年未发生针对本部门有关政府", "2018年未發生針對本部門有關政府"):
        assert meta("一、概述\n我局及时做好各类答复工作。\n四、复议、诉讼和申诉情况\n" + cut).agency is None
    # a label spaced inside, and a township named in a denial is still no agency of its own
    assert meta("市公安局2015年政府信息公开工作年度报告\n来        源 某康市公安局\n一、概述\n").agency == "某康市公安局"
    # or glued to the name, as pdftotext prints a field's two cells; not 来源于 (comes from)
    assert meta("市公安局2015年政府信息公开工作年度报告\n来源某康市公安局\n一、概述\n").agency == "某康市公安局"
    text = "一、总体情况\n2019年,本镇认真落实条例。\n2019年未收到东坝镇人民政府转来的申请。\n"
    assert meta(text).agency is None


def test_a_declared_name_with_no_place_to_start_from_leaves_the_short_name():
    # the words before a name no place begins cannot be told from it: the short name the prose uses is read
    text = "本报告由某山市供销合作联社(以下简称“市供销社”)编制。\n2023年度，市供销社通过官网主动公开政府信息99条。\n"
    assert meta(text).agency == "市供销社"



@pytest.mark.parametrize("words", ["根据广东省人民政府要求", "2023年，在广东省委坚强领导下", "广东省召开会议后"])
def test_a_place_in_the_sentence_before_a_declared_name_is_no_part_of_it(words):
    # M06 (third review): the words between the places end on no body's word, so the name starts at the second place
    text = words + "中山市供销合作联社(以下简称“市供销社”)编制。\n2023年度，市供销社通过官网主动公开政府信息99条。\n"
    assert meta(text).agency == "中山市供销合作联社"
    # a name holding a sentence's word of its own keeps it
    text = "2023年，中山市精神文明建设委员会办公室(以下简称“市文明办”)坚持依法公开。\n2023年，市文明办主动公开信息50条。\n"
    assert meta(text).agency == "中山市精神文明建设委员会办公室"


def test_a_site_menu_run_together_over_the_title_names_no_one():
    # M03 (205c01's zone office): the menu's links printed as one line holding 年度报告, then the report's own title
    text = ("无标题文档_中国某潭\n返回网站首页\n专栏首页政府信息公开指南政府信息公开目录政府信息公开年度报告依申请公开政府信息公开制度规定\n"
            "某潭综合实验区管委会办公室2017年度政府信息公开工作年度报告\n根据《条例》要求，区管委会办公室编制完成了本报告。\n")
    assert meta(text).agency == "某潭综合实验区管委会办公室"


def test_a_name_line_extends_the_title_name_but_an_office_of_it_does_not():
    assert meta("2021年光辉街道政府信息公开工作年度报告\n光辉街道办事处\n正文。\n").agency == "光辉街道办事处"
    assert meta("淮北市人民政府2016年\n政府信息公开工作年度报告\n淮北市人民政府办公室\n").agency == "淮北市人民政府"


@pytest.mark.parametrize(
    "line, expected",
    [
        # catalogue M02, M04, M05: the page's own date fields
        ("日期:2023-01-12 来源:五常市人民政府 访问量:", dt.date(2023, 1, 12)),
        ("2023-01-16 16:50:00 来源: 阳朔县政府", dt.date(2023, 1, 16)),
        ("时间:2012-03-09 17:16", dt.date(2012, 3, 9)),
        ("发布机构 市住建局 公开日期 2022-01-28", dt.date(2022, 1, 28)),
        ("索 引 号 | 640402031/2020-00005 | 发文时间 | 2020-01-23 |", dt.date(2020, 1, 23)),
        ("2022年01月18日来源:1", dt.date(2022, 1, 18)),
        ("来源: 作者: 时间:2023-01-28 点击率:【 打印 】 | " + "|" * 120, dt.date(2023, 1, 28)),
        # a field's label keeping its colon in its own cell (seven agencies' pages, rounds 39–51)
        ("发布日期: | 2010-01-28 | 效力状态: | |", dt.date(2010, 1, 28)),
        ("文号: | 公开日期: | 2019-03-28 |", dt.date(2019, 3, 28)),
        ("索 引 号: | 6107000010/2024-000253 | 发布时间: | 2024年01月18日 08:46 |", dt.date(2024, 1, 18)),
        ("| 成文日期: | 2026-01-26 | 发布日期: | 2026-01-26 | 有效性: | |", dt.date(2026, 1, 26)),
        # the site's stamp, a date with its time, after the 来源 field or opening the line (round 65, M02)
        ("来源:某省某某办公室       2019-07-12 09:41:00 【字体:", dt.date(2019, 7, 12)),
        ("来源:某乡   2019-04-26 10:12", dt.date(2019, 4, 26)),
        ("2023-01-16 16:50 某市人民政府办公室", dt.date(2023, 1, 16)),
        # the issuer and a date alone on a line, as a signature's (round 65's province bureau)
        ("某省档案局 2016-02-18", dt.date(2016, 2, 18)),
        ("来源:某乡   2019-4-6 10:12", dt.date(2019, 4, 6)),  # (a one-digit day, its time after a space)
        # labels in square brackets, the document's date first (round 62's county)
        ("[ 成文日期 ] 2012-04-06 [ 公开日期 ] 2012-04-09 [ 有  效  性 ]", dt.date(2012, 4, 9)),
        # (132b05, 132b06) the same labels with bars between the cells
        ("[ 成文日期 ] | 2025-01-20 | [ 公开日期 ] | 2025-01-21 | [ 有 效 性 ] | 有效中 |", dt.date(2025, 1, 21)),
        # the fields set apart by runs of spaces, past 80 characters with them (eight agencies of one city's site)
        ("www.example.gov.cn     发布时间:2022-01-21     来源:某某市城市管理行政执法局      选择阅读字号:[ ]     阅读次数:",
         dt.date(2022, 1, 21)),
    ],
)
def test_published_on_from_the_pages_date_fields(line, expected):
    assert find_published_on(["某局2022年政府信息公开工作年度报告", line, "正文。"]) == expected


@pytest.mark.parametrize(
    "line",
    [
        "稿源: 某区政府网 2024-01-29",  # a 稿源 label and its site, no time (167a01)
        "中国某某政府门户网站      2024-01-29 16:46:10  来源: 本网",  # a site's name, the stamp, a page field (204d07)
        "市政府办公室  2024-01-29【打印该页】",  # the publisher, the day, a page field (147c02)
        "2024-01-29   某县人民政府办公室",  # the day then the publisher (135d04)
        "某市政务公开领导小组办公室 2024-01-29 10:14 字号:【",  # (142c05, 178d02 and 183c01: one city's site)
    ],
)
def test_a_page_field_line_of_a_day_and_a_site_or_publisher_dates_the_page(line):
    # M02: the page's field line over the signature's date below it
    text = ["某局2023年政府信息公开工作年度报告", line, "正文。", "某局", "2024年1月20日"]
    assert find_published_on(text) == dt.date(2024, 1, 29)


@pytest.mark.parametrize("line", ["2023-05-06 09:30 召开业务培训会", "某县人民政府办公室 2024-01-29",
                                  "某某公司 2024-01-29【打印该页】"])
def test_a_day_beside_no_site_publisher_or_field_is_no_page_stamp(line):
    # an event's day, and a name then a day with nothing after (a signature's, read only where no page date is printed)
    text = ["某局2023年政府信息公开工作年度报告", line, "正文。", "某局", "2024年1月20日"]
    assert find_published_on(text) == dt.date(2024, 1, 20)


@pytest.mark.parametrize("label", ["生成日期", "成文日期:", "| 产生日期 |"])
def test_a_date_under_a_document_date_label_on_the_line_above_is_no_page_date(label):
    # M11 guard (212d01's county bureau): the index block's label and its value on lines of their own
    text = ["某局2023年政府信息公开工作年度报告", label, "2024-01-18 10:59:26", "正文。", "某局", "2024年1月20日"]
    assert find_published_on(text) == dt.date(2024, 1, 20)
    # the date in words or in brackets under the label is the document's too
    assert find_published_on([text[0], label, "2024年01月18日 10时59分", *text[3:]]) == dt.date(2024, 1, 20)
    # a line of the page's own fields under an empty document-date label keeps its date
    lines = [text[0], label, "发布时间：2024-01-18 09:30 来源：某县民宗局", *text[3:]]
    assert find_published_on(lines) == dt.date(2024, 1, 18)
    # the page's own label over its date is still read
    assert find_published_on([text[0], "发布日期:", "2024-01-18", *text[3:]]) == dt.date(2024, 1, 18)


@pytest.mark.parametrize("line", ["2023-06-15 督查组赴某镇人民政府", "2023-06-15 走访区行政审批局",
                                  "2023-06-15   某县人民政府办公室"])
def test_a_day_then_a_name_in_the_reports_body_is_no_page_stamp(line):
    # the publisher after the day dates the page in its head only: in the body it is an event's day and place
    text = ["某局2023年政府信息公开工作年度报告", *["正文。"] * 10, line, "正文。", "某局", "2024年1月20日"]
    assert find_published_on(text) == dt.date(2024, 1, 20)


@pytest.mark.parametrize("line", ["文号   生成日期  2016-01-20", "- 公文生成日期:2014-03-05",
                                  "生成日期 | 2025-01-16 11:34:09 | 是否有效 |",
                                  "發布機構: 某區某局 成文日期: 2014-03-25", "成文日期:2024-01-10",
                                  "| 生效日期: | 2026-01-27 | 废止日期: | |", "成文日期: | 2020-01-30 | ||"])
def test_an_index_blocks_document_dates_are_not_its_publication_date(line):
    # M04/M11: readers left 生成日期 and 成文日期 blank on twelve pages (rounds 32, 33, 39, 41, 42, 46, 47)
    assert find_published_on(["某局2022年政府信息公开工作年度报告", line, "正文。"]) is None
    # the page's own publication date beside them still is
    assert find_published_on(["某局2022年政府信息公开工作年度报告", line, "发布日期:2023-01-12", "正文。"]) \
        == dt.date(2023, 1, 12)


def test_pinyin_inserted_by_a_gateway_page_is_not_part_of_names():
    """Catalogue M12: 區(qū) — a mirror's transliteration after each converted character."""
    m = meta("一、總體情況\n2024年，渝北區(qū)司法局深入貫徹《條例》，嚴(yán)格落實(shí)公開要求。\n"
             "二、主動公開政府信息情況\n（二）依申請公開情況\n2024年，區(qū)司法局收到政府信息公開申請0條。\n")
    assert m.agency == "渝北区司法局"


@pytest.mark.parametrize(
    "opening, agency",
    [
        ("本年度报告根据上级要求，向社会公开青山县石溪镇2016年度政府信息公开年度报告。\n", "青山县石溪镇"),
        ("现向社会公布2021年度本机关政府信息公开工作报告。如有疑问，请与某某市某某区农业农村局办公室联系。\n",
         "某某市某某区农业农村局"),
        # round 60: the list's 公开 announces nothing; 就 does (现从…等五方面就X…报告如下)
        ("本单位编制2016年政府信息公开年度报告。现从主动公开、依申请公开等五方面就某某区农林局2016年政府信息公开"
         "工作情况报告如下：\n", "某某区农林局"),
    ],
)
def test_agency_from_the_announcement_or_the_contact_office(opening, agency):
    assert meta(opening).agency == agency


def test_a_town_named_without_its_county_is_located_by_the_fuller_name_a_sentence_prints():
    m = meta("鳌江镇政府2016年信息公开工作年度报告\n发布时间:2020-06-23\n"
             "平阳县鳌江镇人民政府2016年度政府信息公开工作年度报告根据《条例》编制。\n")
    assert m.agency == "鳌江镇政府"  # named as it names itself
    assert (m.province, m.city, m.county) == ("浙江省", "温州市", "平阳县")


@pytest.mark.parametrize("site_sentence, place", [
    ("本报告电子版可在“德安县人民政府网站”下载。", ("江西省", "九江市", "德安县")),
    ("政府信息依托梅河口市政府网站主动公开。", ("吉林省", "通化市", "梅河口市")),
    # the county's site unnamed: 栏和县 holds 和县 by accident
    ("公开形式为乡政务公开栏和县政府网站乡镇专栏。", (None, None, None)),
    # two counties' sites: no one place
    ("信息在德安县政府网和屏山县人民政府网站同步发布。", (None, None, None)),
])
def test_a_town_placed_nowhere_by_its_name_is_placed_by_its_governments_site(site_sentence, place):
    # M08 (rounds 39–47, eight agencies' pages): the county is printed only in the site's name
    m = meta("石门镇2022年政府信息公开工作年度报告\n" + site_sentence + "\n本年度主动公开政府信息52条。\n")
    assert (m.province, m.city, m.county) == place


@pytest.mark.parametrize("title, place", [
    ("厦门火炬高新区管委会2021年政府信息公开工作年度报告", ("福建省", "厦门市", None)),
    ("天津港保税区2022年政府信息公开工作年度报告", ("天津市", "天津市", None)),
    ("内蒙古某某国家级自然保护区管理局2024年政府信息公开工作年度报告", ("内蒙古自治区", None, None)),
    # a site's name places a zone its own name does not (the zone's name comes first)
    ("某某工业园区2020年政府信息公开工作年度报告", ("江西省", "九江市", "德安县")),
])
def test_a_zone_named_with_its_citys_bare_name_is_placed_by_it(title, place):
    # M08 (round 51: five zones' and bodies' pages; round 49's 广州空港经济区)
    m = meta(title + "\n本报告电子版可在“德安县人民政府网站”下载。\n本年度主动公开政府信息52条。\n")
    assert (m.province, m.city, m.county) == place


@pytest.mark.parametrize("agency, place", [
    ("济宁市生态环境局汶上县分局", ("山东省", "济宁市", "汶上县", "county")),
    ("呼伦贝尔市生态环境局鄂温克族自治旗分局", ("内蒙古自治区", "呼伦贝尔市", "鄂温克族自治旗", "county")),
    ("保定市自然资源和规划局徐水区分局", ("河北省", "保定市", "徐水区", "district")),
    # a zone is no county, and a county of another city is no branch of this one: the city's bureau stays the city's
    ("枣庄市生态环境局高新区分局", ("山东省", "枣庄市", None, "city")),
    ("临沂市生态环境局汶上县分局", ("山东省", "临沂市", None, "city")),
])
def test_a_city_bureaus_branch_in_one_of_its_counties_is_that_countys(agency, place):
    # M00 (80b02, 89d05, 113a04, 127d06: four cities' 生态环境局 branches, placed in their counties by their readers)
    m = meta(agency + "2023年政府信息公开工作年度报告\n一、总体情况\n2023年主动公开政府信息41条。\n")
    assert m.agency == agency
    assert (m.province, m.city, m.county, m.admin_level) == place
    assert m.agency_kind == "department"


# --- catalogue M08: a title that names only a place ------------------------------------

@pytest.mark.parametrize(
    "text, agency",
    [
        # the government printed only after its places (the source line, the compiler clause, the contact): the
        # name as printed (round 77's readers and those of rounds 22, 24, 40, 45, 47 and 58)
        ("大寺镇2023年政府信息公开工作年度报告\n来源：钦北区大寺镇人民政府\n一、总体情况\n", "钦北区大寺镇人民政府"),
        ("石泉乡2016年政府信息公开年度报告\n本报告由夹江县石泉乡人民政府编制完成。如有疑问请与夹江县石泉乡人民政府联系。\n",
         "夹江县石泉乡人民政府"),
        # a street office printed only with its district's government before it: the office's full name (round 78)
        ("桐林街道2016年度政府信息公开工作年度报告\n发布机构: 宁波市江北区人民政府桐林街道办事处\n一、概述\n",
         "宁波市江北区人民政府桐林街道办事处"),
        # (not after a place the gazetteer does not know, whose known tail would be taken for the whole)
        ("河畔街道2023年政府信息公开工作年度报告\n本报告由安平市城西区人民政府河畔街道办事处编制。\n", "河畔街道办事处"),
        # printed once without them too: the bare government
        ("大寺镇2023年政府信息公开工作年度报告\n来源：钦北区大寺镇人民政府\n一、总体情况\n2023年，大寺镇人民政府坚持公开。\n",
         "大寺镇人民政府"),
        # a document's quoted title names no one
        ("大寺镇2023年政府信息公开工作年度报告\n印发了《钦北区大寺镇人民政府关于政务公开的通知》。\n", "大寺镇人民政府"),
        ("红桥区2024年政府信息公开年度报告\n如有疑问请与红桥区人民政府办公室联系。\n", "红桥区人民政府"),
        ("永昌街道2022年政府信息公开工作年度报告\n现公布永昌街道办事处2022年度报告。\n", "永昌街道办事处"),
        ("太白镇2020年度政府信息公开工作年度报告\n信息来源：太白镇政府\n", "太白镇政府"),
        # 政府信息公开 is the report's subject, not the place's government
        ("2022年度坑镇政府信息公开工作年度报告\n一、总体情况\n", "坑镇"),
        # nor is a street named for it in the contact's address (106b08)
        ("平安镇2024年政府信息公开工作年度报告\n如有疑问请与平安镇党政办联系。地址：平安镇政府街1号。\n", "平安镇"),
        # the government never printed: the place stays as the title has it
        ("中村乡2020年政府信息公开工作年度报告\n一、总体情况\n", "中村乡"),
    ],
)
def test_bare_place_title_names_its_government(text, agency):
    assert parse_report(text).metadata.agency == agency


# --- second study round: how pages name the agency (catalogue M04, M06, M07, M08, M09, M13, M14) ---

@pytest.mark.parametrize(
    "text, agency",
    [
        ("称: 楚雄市民政局2025年政府信息公开工作年度报告\n", "楚雄市民政局"),  # M04: a label cut to 称:
        ("索引号 0152/2024-00004 发布机构 某市某镇\n公开目录 政府信息公开报告 发布日期 2024-01-29\n"
         "滇滩镇人民政府2023年政府信息公开工作年度报告\n", "滇滩镇人民政府"),  # M04: a row of page fields
        ("衡南县人民政府办公室2022年政府信息\n公开年度报告\n（2023年1月31日）\n", "衡南县人民政府办公室"),  # M07
        ("东辽县人民政府2012年政府信息公开\n年度报告\n本报告包括工作概述等八个部分。\n", "东辽县人民政府"),
        ("2012年泾县人民政府信息公开年度报告\n发布时间:2013-01-24\n", "泾县人民政府"),  # M09: 政府 shared
        ("州行政审批服务局\n\n2022年政府信息公开工作年度报告\n\n湘西自治州行政审批服务局\n", "湘西自治州行政审批服务局"),  # M08
        ("本年度报告依据《条例》编制。如有疑问请与三溪乡党政办联系。\n", "三溪乡"),  # M06: the contact office
        ("??依据《条例》编制本报告。\n??2025年，辽宁省人民政府办公厅认真落实政务公开部署。\n", "辽宁省人民政府办公厅"),  # M14
        ("编制说明：本报告依据有关规定编制。 一、总体情况 2022年，衡阳市商务局认真贯彻《条例》。 二、主动公开\n",
         "衡阳市商务局"),  # M13: a page on one line
        ("本报告由概述等部分组成。\n2018年，宿安乡继续把政府信息公开作为重要举措。\n", "宿安乡"),  # M06
        ("如对本报告有任何疑问，请与县工信局秘书股联系。\n一、总体情况\n", "县工信局"),  # M06: a section (股)
        # the government's OGI office named by its level after the office that runs it (73c18): no level's character
        # closes the name
        ("如对本年报有疑问，请与桐江市政府办公厅市政府信息公开办公室联系（地址：…）。\n", "桐江市政府办公厅"),
    ],
)
def test_second_round_agency_names(text, agency):
    assert parse_report(text).metadata.agency == agency


def test_year_when_every_number_stands_on_its_own_line():
    # M10: a converter put each number on a line of its own
    text = "某某网站发布\n2011\n年政府信息公开\n年度报告\n依据《条例》（国务院令第\n492\n号）编制本年度报告。\n"
    assert parse_report(text).metadata.report_year == 2011


# --- third round (89 further real pages): split titles, trails, subjects without a comma ---

@pytest.mark.parametrize(
    "text, agency, year",
    [
        # M07: the name broken across lines, its government's word on the title's line
        ("江北市河东区人民政府白沙街道\n办事处2023年政府信息公开工作年度报告\n一、总体情况\n",
         "江北市河东区人民政府白沙街道办事处", 2023),
        # M07: split after a year printed without 年, a blank line between
        ("政府信息公开\n\n某省人民政府办公厅2022\n\n政府信息公开工作年度报告\n\n根据《条例》编制本报告。\n",
         "某省人民政府办公厅", 2022),
        # M01: a trail without 位置/首页 above a title split after the year
        ("某市信息公开专栏 >> 某市人民政府办公厅 >> 信息公开年度报告\n\n某市人民政府2017 \n\n政府信息公开工作年度报告\n",
         "某市人民政府", 2017),
        # M01: a lone 首页, the trail on the next line
        ("首页\n> 政府信息公开 > 信息公开年度报告 > 2019 > 县政府\n\n某县人民政府2019年政府信息公开工作年度报告\n",
         "某县人民政府", 2019),
        # M10: the name printed one or two characters at a time above a title without it
        ("某 某 市人 民 政 府\n2011年政府信息公开年度报告\n根据《条例》，特向社会公布本报告。\n", "某某市人民政府", 2011),
        # M06: the opening sentence's subject with no comma after the year, or with 主动公开 as its verb
        ("一、总体情况\n2021年某区人民政府办公室认真贯彻落实上级要求。\n", "某区人民政府办公室", 2021),
        ("（一）公开的主要内容\n2009年，某某县统计局主动公开政府信息192条。\n", "某某县统计局", 2009),
    ],
)
def test_third_round_agency_names(text, agency, year):
    m = meta(text)
    assert (m.agency, m.report_year) == (agency, year)


def test_a_street_subject_is_not_run_into_its_verb():
    # 推动 ends the subject: the name is not 某某街道推动街道
    text = "依据《条例》编制本报告。\n2025年某某街道推动街道政府信息公开工作，保障公众知情权。\n"
    assert meta(text).agency == "某某街道"


def test_a_spaced_index_number_row_is_no_title():
    text = ("索 引 号: 0000-1/2020-001 分类: 信息公开年度报告\n发布机构: 某市人民政府办公室\n"
            "名  称: 海口市2009年政府信息公开工作年度报告\n")
    m = meta(text)
    assert (m.title, m.agency) == ("海口市2009年政府信息公开工作年度报告", "海口市")


def test_a_place_title_with_its_county_takes_the_government_as_printed():
    # M08: the title prints the county, the text the government's name without it: the name as printed
    # (the gold conventions; rounds 8–30 labelled 24 such pages so, 11 with the title's county)
    text = "洪雅县止戈镇2022年政府信息公开工作年度报告\n2022年，止戈镇人民政府始终坚持公开为常态。\n"
    assert meta(text).agency == "止戈镇人民政府"
    assert meta(text).county == "洪雅县"  # the title's county still places it
    # printed with its county, it keeps the county
    assert meta(text.replace("2022年，止戈镇", "2022年，洪雅县止戈镇")).agency == "洪雅县止戈镇人民政府"
    # a place whose name holds a level's character (巴州区, 湖州市) is stripped whole (76d09)
    text = "桐州区青石镇2022年政府信息公开工作年度报告\n2022年，青石镇人民政府坚持公开为常态。\n"
    assert meta(text).agency == "青石镇人民政府"


@pytest.mark.parametrize(
    "opening, agency",
    [
        # M06: the contact with the verb first
        ("本报告由四部分组成。如对本报告有疑问，请联系某某镇政府，地址：某某街1号。\n", "某某镇政府"),
        # M06: compiled by the government from every unit's reports (由X综合…编制而成)
        ("本报告由某某区人民政府综合全区各部门和各乡镇的年度报告编制而成。\n", "某某区人民政府"),
        # a last year's report announced by its level alone names no one: the compiler does (round 39)
        ("本年度报告由某某区人民政府办公室编制。\n一、概述\n本区按时公布2011年区政府信息公开工作年度报告。\n",
         "某某区人民政府"),
        # a place's own leading group compiles it, its government never printed: the bare place (round 39)
        ("本年度报告由某某市政府信息公开领导小组办公室编制。全文由概述等七部分组成。\n", "某某市"),
        # or its OGI office (M06: 133a05, 136b03, 169c03, each read as the office until round 169)
        ("本报告由某宁县政务公开办公室根据《条例》等相关规定编制而成。\n", "某宁县"),
        ("本年度报告根据《条例》要求，由某某市某江区政府信息公开办公室编制。\n", "某某市某江区"),
        ("本报告由某顶山市政府信息公开办公室汇总全市政府信息公开工作情况编制而成。\n", "某顶山市"),
        # (a government's own OGI office stays the government's; a bureau's its bureau's)
        ("本年度报告由某某市人民政府信息公开办公室编制。\n", "某某市人民政府"),
        ("本报告由某某县教育局政府信息公开办公室编制。\n", "某某县教育局"),
    ],
)
def test_third_round_prose_agency_wordings(opening, agency):
    assert meta(opening).agency == agency


def test_an_office_named_by_its_level_alone_names_no_one():
    # 由区政府办公室综合…: the subject of the next paragraph names the agency
    text = ("本年度报告由区人民政府办公室综合各乡镇（街道）和区直各部门编制而成。\n一、总体情况\n"
            "2024年，某某区坚持公开为常态，不断提升政务公开质效。\n")
    assert meta(text).agency == "某某区"
    # nor as the subject opening the overview (109c03): 县政府 is no name
    assert meta("一、概述\n2018年，县政府信息公开工作坚持公开为常态。\n").agency is None


@pytest.mark.parametrize(
    "text, agency",
    [
        # rounds 16, 33 and 35: one bureau compiles the whole area's report from every unit's; the area is the agency
        ("本年度报告由某某经济技术开发区政务服务和营商环境建设局依据《条例》以及全区各部门信息公开工作编制而成。\n",
         "某某经济技术开发区"),
        ("本报告由某某市政府信息公开办公室综合各县区和市直各部门的年度报告编制而成。\n", "某某市"),
        # a level alone names no area: nothing, rather than the bureau
        ("本报告由县工业商贸和科技信息局综合县级单位及各乡镇的自查报告编制而成。\n", None),
        # the bureau compiling its own report from its sections stays the agency
        ("本报告由某某县水利局综合局机关各股室的工作情况编制而成。\n", "某某县水利局"),
    ],
)
def test_a_bureau_compiling_a_whole_areas_report_is_not_its_agency(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06: the subject after a leading clause
        ("一、总体情况\n2023年，在区委、区政府的坚强领导下，某某街道办事处认真贯彻落实《条例》。\n", "某某街道办事处"),
        # two leading clauses, the first one's 在 no name (round 43's district: it had read '在市委市')
        ("2021年，在市委市政府信息公开工作领导小组的领导下，在市政务公开办公室的指导下，某某区认真贯彻落实《条例》。\n",
         "某某区"),
        ("2021年，在市委市政府信息公开工作领导小组的领导下，各项工作开展顺利。\n", None),
        # the subject's verb led by 坚决 (130a14's city bureau, named nowhere else)
        ("一、总体情况\n2025年,某某市生态环境局坚决贯彻落实《条例》,积极做好政府信息公开工作。\n", "某某市生态环境局"),
        # M06: 请联系 with a colon
        ("如对本年度报告有疑问，请联系：某某县某某街道办事处；联系电话：0000-1234567。\n", "某某县某某街道办事处"),
        # a line cut at the page's end is no signature
        ("一、总体情况\n本单位高度重视政务公开。\n（四）公开平台\n依托区门户网站\n", None),
        # M07 (round 23): a zone's name on a line of its own above a title naming no agency
        ("某某经济开发区\n2022年政府信息公开工作年度报告\n本报告的电子版可从“某某县人民政府”门户网站下载。\n", "某某经济开发区"),
        ("某某高新技术产业开发区\n2022年政府信息公开工作年度报告\n", "某某高新技术产业开发区"),
        ("经济开发区\n2022年政府信息公开工作年度报告\n", None),  # (the zone's word alone names no zone)
        # M14 (rounds 20 to 23): a betting brand pasted where the place should be is no part of the name
        ("某某体育在线_世界杯投注:水利厅2015年政府信息公开工作年度报告\n", "水利厅"),
        ("一二三备用网址办公室2013年政府信息公开工作年度报告\n", None),
        ("某甲直播文化和旅游局2022年政府信息公开工作年度报告\n", "文化和旅游局"),  # a streaming brand (round 65)
        # M06: the subject of 编制了 with the year in place of 本 (66b20, realdev r291's page); a name after the year is
        # the report's
        ("按照条例的要求,某某区人民政府办公室编制了2010年度政府信息公开年度报告。\n"
         "一、概述\n", "某某区人民政府办公室"),
        # M14 (110b02): a brand in Latin letters put in place of a word of the name leaves no name
        ("根据条例，特向社会公布某某县德赢VWIN办公室2022年政府信息公开工作开展情况。\n一、总体情况\n", None),
        # M14 (100d13, 108c01): a mirror's domain glued before the place in the sentence announcing the report
        ("根据条例要求，现公布example.com某某镇2017年政府信息公开工作年度报告。本年报由概述等部分组成。\n一、概述\n",
         "某某镇"),
        # (制定 as 编制: 108b09's county office, named nowhere else)
        ("根据条例及有关规定,某某县政府办公室制定了2020年度政府信息公开工作报告,报告所列数据的统计期限为全年。\n"
         "一、总体情况\n", "某某县政府办公室"),
        # a place name with a character of CJK Extension A (塘㙍镇: round 66), read as any other
        ("塘㙍镇2024年度政府信息公开工作年度报告\n如有疑问，请与塘㙍镇人民政府党政办联系。\n", "塘㙍镇人民政府"),
        # a second title with the street office's word completes a place-only first one (round 66, M07/M08)
        ("某某街2025年政府信息公开工作年度报告\n发布日期:2026-01-19 点击数:\n某某街道办事处2025年政府信息公开工作年度报告\n"
         "根据规定，现将某某街2025年度政府信息公开工作情况报告如下。\n", "某某街道办事处"),
        # M01/M03 (round 65): a trail's words before the name with its '>' lost; a name spaced after its place stays whole
        ("某市人民政府门户网站 部门 某市体育局2022年政府信息公开工作年度报告\n", "某市体育局"),
        ("政务公开 某市体育局2022年政府信息公开工作年度报告\n", "某市体育局"),
        ("某某县 审计局2022年政府信息公开工作年度报告\n", "某某县审计局"),
        ("beat365官方网站大全_旧版彩票365下载_mobile 3650001人民政府2021年政府信息公开年度报告\n", None),
        ("365bet(中国)官方网站 2024年政府信息公开工作年度报告\n365bet(中国)官方网站 2024年政府\n", None),
        # (round 78: a betting site's 线路检测 words wherever the agency's name stood)
        ("2012年度88123线路检测中政府信息公开年度报告\n来源:88123线路检测中  发布时间:2013-03-29\n", None),
        # (rounds 33 and 35: a site's brand with no betting word, X官网, in the title; the prose names the agency)
        ("某某官网 2023年政府信息公开工作报告\n根据要求，编制并发布省机关事务管理局2023年政府信息公开工作年度报告。\n",
         "省机关事务管理局"),
        ("某某官网 2021年政府信息公开工作年度报告\n", None),
        # (round 50: a web address in the agency's place; the index block names the agency)
        ("www.123ab.com2014年政府信息公开年度报告\n- 发布机构: 省某某管理局\n我局高度重视政府信息公开工作。\n",
         "省某某管理局"),
        ("www.123ab.com2014年政府信息公开年度报告\n", None),
        # M08 (rounds 21 and 24): a sumu's place-only title, its government printed in the contact
        ("某某旗某某苏木2023年政府信息公开工作年度报告\n如有疑问，请与某某旗某某苏木人民政府联系。\n",
         "某某旗某某苏木人民政府"),
        # (an internal office with no body before it is no agency: round 24; the index block names it)
        ("- 发布机构:某某镇人民政府\n特向社会公布2024年度本级政府信息公开年度报告。\n明确由党政办负责信息公开的指导、协调工作。\n",
         "某某镇人民政府"),
        # M04 (round 24): an index block printed a field a line, its category value above the title
        ("  • 组配分类:\n  • 信息公开年报\n  • 发布机构:\n  • 某某开发区管委会\n  • 成文日期:\n  • 2023-01-13\n\n"
         "浙江某某经济开发区管理委员会2022年政府信息公开工作年度报告\n", "浙江某某经济开发区管理委员会"),
        # M06 (round 24): 根据YYYY年X信息公开工作实际编制, as 结合X实际
        ("本年报按照《条例》要求，根据2023年某某市司法局信息公开工作实际编制而成。\n", "某某市司法局"),
        # M09 (round 24): the title's words before its year
        ("某某区教育局政府信息公开工作2024年度报告\n", "某某区教育局"),
        # (the same words broken onto a line of their own under the name: their 政府 is no government's, round 35)
        ("某某经济开发区滨海新区管委会\n\n政府信息公开工作2013年度报告\n\n2013年，某某经济开发区滨海新区管委会认真推进公开。\n",
         "某某经济开发区滨海新区管委会"),
        ("某某县水利局\n政府信息公开工作2013年度报告\n", "某某县水利局"),
        # (an index block's label glued to a garbled tag's end, 信息名称9/span>, on a mirror: 228a07's city, M14 guard)
        ("当前位置9/div>\n信息名称9/span>2022年某州市人民政府政府信息公开工作年度报告\n", "某州市人民政府"),
        # (the words after a name's bracket, 223d10's institute)
        ("某某科学院某某研究所(国家某某中心)信息公开工作2023年度报告\n", "某某科学院某某研究所(国家某某中心)"),
        # (a bare place on the line above a title naming no agency is a place-only title split: round 36's district)
        ("某某市某某区\n2023年政府信息公开工作年度报告\n根据《条例》的规定，制作本报告。\n", "某某市某某区"),
        # (a bureau of education and sports is no betting site)
        ("某某县教育体育局2022年政府信息公开工作年度报告\n", "某某县教育体育局"),
    ],
)
def test_agency_wordings_of_rounds_four_and_later(text, agency):
    assert meta(text).agency == agency


def test_a_level_only_name_takes_the_place_a_sentence_prints():
    text = ("根据《中华人民共和国政府信息公开条例》和上级关于做好政府信息公开工作年度报告编制工作的通知要求，"
            "现向社会公布区卫生和计划生育局2015年政府信息公开工作年度报告。\n"
            "期间翔安区卫生和计划生育局制作政府信息184条。\n")
    assert meta(text).agency == "翔安区卫生和计划生育局"


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06, fourth round
        ("如有疑问，请与闽侯县水利局政府信息公开工作领导小组办公室联系。\n", "闽侯县水利局"),
        ("根据上级通知要求，闽侯县财政局编制了本报告。\n", "闽侯县财政局"),
        ("一、总体情况\n绍兴市卫生健康委是主管全市卫生健康工作的市政府职能部门，按照要求开展政府信息公开工作。\n",
         "绍兴市卫生健康委"),
        ("根据《条例》要求，某县政务公开工作领导小组办公室编制了某县人民政府2021年度政府信息公开工作年度报告。\n",
         "某县人民政府"),
        # the year before the name (round 49's district)
        ("按照工作要求，某区政务公开领导小组办公室编制了2019年某区人民政府信息公开工作年度报告。\n", "某区人民政府"),
        # a mirror's spam as the subject names no agency
        ("根据有关规定，某某登录入口政府办公室编制本年度报告。\n", None),
        # M09: the year glued before the name
        ("2012上海市人力资源和社会保障局政府信息公开工作年度报告\n", "上海市人力资源和社会保障局"),
        # (with 度 and no 年: round 34's street)
        ("2022度某晖区某汉街道信息公开工作年度报告\n", "某晖区某汉街道"),
    ],
)
def test_fourth_round_prose_agency_names(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, title, agency",
    [
        # M15: a one-line report, the title run into 一、总体情况
        ("\n某某县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年，某某县加强平台建设。\n",
         "某某县人民政府2019年 政府信息公开工作年度报告", "某某县人民政府"),
        # M15: the title run into its own first sentence
        ("某某区人民政府办公室2021年政府信息公开工作年度报告(以下简称年报)是根据《条例》编制的。\n",
         "某某区人民政府办公室2021年政府信息公开工作年度报告", "某某区人民政府办公室"),
    ],
)
def test_title_run_into_the_text(text, title, agency):
    m = meta(text)
    assert (m.title, m.agency) == (title, agency)


def test_a_sentence_that_names_the_report_is_no_run_in_title():
    # 现将 is no agency: the report is announced, not titled
    assert meta("现将2021年政府信息公开工作年度报告 公布如下。\n").title is None


def test_an_index_blocks_category_is_no_title():
    # M04: the bulleted index block names a kind of body; the title below names the agency
    text = ("  • 乡镇政府信息公开年度报告\n  • 发布机构\n    某某县某某镇人民政府\n\n"
            "某某县某某镇2025年政府信息公开工作年度报告\n\n2025年，某某镇人民政府坚持公开为常态。\n")
    m = meta(text)
    assert (m.title, m.agency) == ("某某县某某镇2025年政府信息公开工作年度报告", "某某县某某镇人民政府")


@pytest.mark.parametrize(
    "text, agency",
    [
        ("索引号 | 000/2024-1 | 发布机构 | 某某镇 | 主题分类 | 综合政务 |\n一、总体情况\n本年度我镇加强公开。\n", "某某镇"),
        ("发布机构\n某某县交通运输局\n一、总体情况\n我局加强公开。\n", "某某县交通运输局"),
    ],
)
def test_the_publisher_names_the_agency_when_nothing_else_does(text, agency):
    assert meta(text).agency == agency


def test_the_title_wins_over_the_publisher():
    # the publisher may be the parent government (M04, second round)
    text = "发布机构 | 某某县人民政府 |\n某某县某某镇2023年政府信息公开工作年度报告\n"
    assert meta(text).agency == "某某县某某镇"


def test_a_cover_letters_sender_is_the_agency():
    text = "某省生态环境厅关于报送2020年政府信息公开工作年度报告的函\n省政府办公厅：\n现将我厅年度报告报送给你们。\n"
    assert meta(text).agency == "某省生态环境厅"


@pytest.mark.parametrize("text, agency", [
    # a mirror's domain glued before a street's name (M14: round 34's street, realdev r392)
    ("example.com某某街道2019年政府信息公开工作年度报告\n发布时间:2020-01-16\n", "某某街道"),
    # a wiki infobox's field label before the title (M12: round 44's district on a traditional wiki)
    ("基本介绍\n- 中文名:2013年某某区政府信息公开年度报告\n- 时间:2013年\n- 单位:某某区政府\n", "某某区政府"),
    # a bulletin's meta label glued to the title (M04: round 28's city commission, realdev r358)
    ("当前位置: 首页 > 政府信息公开年报\n公报标题某某市卫健委2019年政府信息公开工作年度报告\n主办单位某某市卫健委\n",
     "某某市卫健委"),
    # a news page's headline, its announcing verb after the name (M07: round 43's central bureau)
    ("当前位置: 首页>> 工作动态\n某某国家局公布政府信息公开工作2009年度报告\n门户网站   2010年04月01日\n", "某某国家局"),
])
def test_what_a_page_prints_around_the_name_is_no_part_of_it(text, agency):
    assert meta(text).agency == agency


def test_a_streets_office_that_compiled_the_report_is_not_the_agency():
    # the street's office compiled it; the street's own name is never printed, so no agency is read
    text = "本报告依据《条例》的要求，由某市某区人民政府某某街道党政办公室综合科编制。\n"
    assert meta(text).agency is None
    # with the street office printed as the subject below, that is the agency
    assert meta(text + "2023年，某某街道办事处认真落实《条例》。\n").agency == "某某街道办事处"


@pytest.mark.parametrize(
    "text, year",
    [
        # M11: the page's labelled publication date is not the year reported on
        ("投稿:某某 来源:时间:2020年01月31日\n结合本局工作情况，特向社会公布本局信息公开年度报告。\n"
         "一、总体情况\n2019年，我局共主动公开政府信息213条。\n", 2019),
        # an unlabelled period end still gives the year
        ("某县卫生健康局\n政府信息公开工作年度报告\n一、总体情况\n截止2020年12月31日，我局主动公开信息23条。\n", 2020),
    ],
)
def test_a_publication_date_is_not_the_report_year(text, year):
    assert meta(text).report_year == year


def test_a_columns_heading_above_the_documents_title():
    text = ("政府信息公开年度报告\n\n某市政务服务和大数据管理局2025年政府信息公开工作年度报告\n\n"
            "发布日期:2026-01-28来源:某市政务服务和大数据管理局\n")
    m = meta(text)
    assert (m.agency, m.report_year) == ("某市政务服务和大数据管理局", 2025)


def test_a_category_field_is_no_title_and_the_publisher_names_the_town():
    text = ("当前位置: 首页\n> 政务公开 > 乡镇街道 > 某各镇 > 政府信息公开年报\n"
            "成文日期 2024-01-16 发布机构 某各镇\n组配分类 政府信息公开年报\n一、总体情况\n我镇加强公开。\n")
    assert meta(text).agency == "某各镇"


def test_an_agency_that_compiled_its_report_for_its_own_work():
    text = "根据通知要求，某县市场监督管理局结合单位实际，编制本单位2022年度政务公开工作年度报告。\n"
    assert meta(text).agency == "某县市场监督管理局"


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06: the notice quoted in the preamble is not the agency's report
        ("根据《某某管委会政务公开领导小组关于印发2022年某某管委会政务公开要点的通知》要求，"
         "现将某某管委会卫健局2022年政府信息公开工作年度报告公布如下。\n", "某某管委会卫健局"),
        # 编制了X…: the 了 is the verb's
        ("根据《条例》的规定，某市卫生健康委编制了某市卫生健康委员会2022年政府信息公开工作年度报告。\n",
         "某市卫生健康委员会"),
        # 由X委员会办公室编制: the commission
        ("本报告根据上级通知要求，由某市大数据发展管理委员会办公室编制。\n", "某市大数据发展管理委员会"),
        # a party committee is not the agency
        ("一、总体情况\n2023年东新乡党委高度重视政务信息公开工作。\n", None),
    ],
)
def test_sixth_round_agency_names(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # an office of no named body, and a site's menu, are no agency: the subject below names it
        ("局政务公开工作领导小组办公室\n一、总体情况\n2023年，某区市场监督管理局认真履行职责。\n", "某区市场监督管理局"),
        ("登录个人中心\n一、总体情况\n2023年，某县教育体育局认真落实《条例》。\n", "某县教育体育局"),
    ],
)
def test_seventh_round_agency_names(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06: a clause led by 按照 is not the subject; the body after it is
        ("2016年按照某某市政府信息公开工作的安排部署，某某镇人民政府及时完善了公开目录。\n", "某某镇人民政府"),
        # M06: the contact body with its address in brackets
        ("如有疑问请与某某县自然资源局（地址：某某路8号，联系电话：0000-1234567）联系。\n", "某某县自然资源局"),
    ],
)
def test_eighth_round_agency_names(text, agency):
    assert meta(text).agency == agency


def test_a_date_alone_under_the_issuer_is_not_the_report_year():
    # M11: a date line under a title with no year; the statistics period gives the year
    text = ("某某市统计局\n（2016年3月20日）\n本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。\n")
    assert meta(text).report_year == 2015
    assert meta("某某市统计局\n2016年3月\n根据《条例》编制本报告。\n").report_year is None
    # the date written in characters (221d02's 2008 street report, read as 2009)
    text = "(二〇〇九年三月三十日)\n根据区政务公开办的要求,特向社会公布2008年度某潭区某树街道信息公开年度报告。\n"
    assert meta(text).report_year == 2008


@pytest.mark.parametrize(
    "text, agency",
    [
        # M08: a bracket that is part of the name is kept; a former name in brackets is not
        ("现公布某某商务区(街道)2014年政府信息公开工作年度报告。\n", "某某商务区(街道)"),
        ("现发布《某某市民族事务委员会(宗教事务局)2024年政府信息公开工作年度报告》。\n", "某某市民族事务委员会(宗教事务局)"),
        ("某某市卫生健康局(原某某市卫生和计划生育局)\n2018年政府信息公开工作年度报告\n", "某某市卫生健康局"),
        # (140c08, 149c04) a zone's second committee and the company a tobacco bureau also is
        ("政府信息公开工作年度报告\n某昌经开区管委会(某江商务区管委会)\n2026年1月8日\n一、总体情况\n", "某昌经开区管委会(某江商务区管委会)"),
        ("某阳市烟草专卖局(公司)2018年政府信息公开年度报告\n(2019年3月15日)\n", "某阳市烟草专卖局(公司)"),
        # a misprinted 以上简称 and a 含… scope note are notes too (rounds 80 and 78)
        ("本报告由某某省人民防空办公室(以上简称省人防办)编制。\n", "某某省人民防空办公室"),
        ("现公开某某部(含某某局)2009年政府信息公开工作年度报告。\n", "某某部"),
        # M06: a verb of the compiler rule inside the name; the OGI leading group's office compiles for its body
        ("本报告由某某县农业综合开发办公室编制。\n", "某某县农业综合开发办公室"),
        ("本报告由某某区民族宗教事务局政务公开政府信息公开工作领导小组办公室编制。\n", "某某区民族宗教事务局"),
        # M06: the contact with its address in brackets, or a section of the body
        ("如有疑问，请联系某某市水利局(地址：某某路1号)。\n", "某某市水利局"),
        ("如对本报告有疑问，请联系某某市人民政府外事办公室综合处，电话：0000-1234567。\n", "某某市人民政府外事办公室"),
        # M06: every unit of a place together is no one body (round 80)
        ("一、总体情况\n2019年，某某市各县区政府共接到依申请公开事项64件。\n", None),
        # M06: 该报告 is the report, no verb announcing a name before the year (round 79)
        ("我局编写了本年度报告。该报告较为完整地总结了我局2012年度政府信息公开工作的做法。\n", None),
        # M06: a street's report on its county's portal: the portal names the county, not the street (round 79)
        ("本年报电子版已在某某县人民政府网站发布。\n一、概述\n2016年，我街道围绕居民关心的事项推进公开。\n", None),
        # M06: the bureau's OGI office compiles for the bureau (round 79)
        ("本年报根据《条例》要求，由某某县统计局信息公开工作办公室编制。\n", "某某县统计局"),
        # M06: a compiler clause with 编写 (round 77)
        ("依照《条例》，由某某市某某区水务局编写了2022年度政府信息公开工作年度报告。\n", "某某市某某区水务局"),
        # M06: the contact's 行政办公室 is the bureau's own office (round 77)
        ("对本年报有任何意见，请联系某某市林业管理局行政办公室，电话：0000-1234567。\n",
         "某某市林业管理局"),
        # M06: the contact's 党政综合科 is the body's section (round 21)
        ("如对本年报有疑问，请联系某某街道办事处党政综合科，地址：某某市某某路8号。\n", "某某街道办事处"),
        # M06: a contact or compiler with a level and no place names no one (round 21)
        ("如对本报告有疑问，请与市政府办公厅政府信息公开办公室联系。\n", None),
        ("本报告由自治区人民政府办公厅综合各盟市、各部门的年度报告编制而成。\n", None),
        # M06: a place the page prints twice at the name's start is the name's once
        ("本报告由某某市某某区某某市某某区商务委员会编制。\n", "某某市某某区商务委员会"),
        ("如对本年度报告有疑问，请与某某旗某某旗人民政府联系(0000-1234567)。\n", "某某旗人民政府"),
        # M06: a zone's generic word alone names no zone
        ("2023年，开发区主动公开政府信息120条。\n开发区党工委高度重视政务公开。\n", None),
        # M06: the contact's 党政综合办 and 数字信息科 are the body's sections (round 22, round 15)
        ("如有疑问，可与某某街道党政综合办联系(地址：某某路27号)。\n", "某某街道"),
        ("如有疑问请联系某某县人民政府办公室数字信息科(地址：某某镇)。\n", "某某县人民政府办公室"),
        # M06: a government's 政府办公室 compiling its report stands for the government (round 22)
        ("本报告由某某区人民政府政府办公室综合区政府、各街道办事处的年度报告编制而成。\n", "某某区人民政府"),
        # M06: the site the report is on, the very last resort (round 22)
        ("本报告的电子版可在某某县人民政府网站(www.example.gov.cn)下载。\n一、概述\n我县主动公开信息。\n",
         "某某县人民政府"),
        # …never a bureau's, its report on its government's portal (243c05's and 226c08's district and county bureaus)
        ("我局编制本报告。电子版可在“某某市某某区人民政府”门户网站查询下载。\n一、概述\n我局主动公开信息。\n", None),
        # …nor where 本局 opens a line after a heading (review of the session's change)
        ("电子版可在“某某县人民政府”门户网站查询下载。\n一、总体情况\n本局2022年主动公开政府信息30条。\n", None),
        # …while 基本局面 in a government's own report is no bureau speaking (review of bdc63c7)
        ("本报告电子版可在“某某县人民政府”门户网站查询下载。\n一、总体情况\n2022年,全县政务公开工作形成了良好的基本局面。\n",
         "某某县人民政府"),
        # M06: a particle after the year starts no name
        ("现将2022年度的政府信息公开工作情况报告如下。\n一、总体情况\n", None),
        # M06: a website is no agency (round 22)
        ("截至12月31日，政府信息公开网站共发布信息52条。\n", None),
        # M02: a page's 来源: field, the last resort; a government's office there is only the uploader
        ("发布时间: 2024-01-19 10:20:00来源:某某市商务局字号:[ 大 中 小 ]\n一、总体情况\n我局主动公开信息30条。\n",
         "某某市商务局"),
        ("发布时间: 2024-01-19 来源:某某县人民政府办公室\n一、总体情况\n我镇主动公开信息30条。\n", None),
        # M06: a body whose own name ends in 办公室, named only in the contact (84c01)
        ("本报告依据《条例》编制。如有疑问,请与某某市人民防空办公室联系(地址:某路8号)。\n一、概述\n", "某某市人民防空办公室"),
        # …while any other 办公室 there stays the unit of a name before it (某某市协调 is none)
        ("本报告依据《条例》编制。如有疑问,请与某某市协调办公室联系(地址:某路8号)。\n一、概述\n", None),
        # M06: the body opening the report as the subject announcing it (86c04, 86c05)
        ("某某高新区管委会向社会公布2020年度本级政府信息公开年度报告。本报告分六个部分。\n一、总体情况\n2020年,高新区推进公开。\n",
         "某某高新区管委会"),
        # M06/M13: a bracketed heading run into the subject's sentence on a one-line page, 主要 after the name (86c11)
        ("一、总体情况 本局推进政务公开工作。 (一)主动公开情况 2025年,开平市统计局主要是通过本局网站主动公开政府信息40条。\n",
         "开平市统计局"),
        # M06: the year's 年 printed twice before the subject (82d03)
        ("一、总体情况\n2024年年度某某县统计局推进政务公开工作。\n", "某某县统计局"),
        # M02: the field printed 信息来源: (round 81's bureau; rounds 78 and 80 print it too)
        ("发布时间:2025-01-20 09:15 信息来源:某某市文化旅游局\n一、总体情况\n我局全年公开信息85条。\n", "某某市文化旅游局"),
        # and its value in a pipe cell (275b07's city bureau on a copy)
        ("来源: | 某州市民政局 | 发布日期: | 2025年01月13日 |\n2024年,我局加强民政领域政策发布。\n", "某州市民政局"),
        # M06: the subject after 某年全年 or 某年内
        ("一、总体情况\n（一）主动公开\n2024年全年某某街道在某某市政府网站更新信息40条。\n", "某某街道"),
        # M06: 结合 with the year beside the name, and 工作编制/工作情况 for 工作实际
        ("根据《条例》要求，结合2022年某某市审计局政府信息公开工作编制而成。\n", "某某市审计局"),
        ("依据《条例》，结合某某县林业局工作情况，特向社会公布本报告。\n", "某某县林业局"),
        # M06: a name only inside the agency's own OGI documents' names (its guide, list, plan)
        ("一、总体情况\n2023年，我局修订了《某某市统计局政府信息公开指南》，及时更新公开目录。\n", "某某市统计局"),
        ("一、总体情况\n我乡完善了《某某乡人民政府信息公开指南》。\n", "某某乡人民政府"),
        ("一、总体情况\n我委按照《某某区交通委政府信息主动公开全清单》开展工作。\n", "某某区交通委"),
        # (a central bank branch named only in its prose: 206d11, 207b04)
        ("一、总体情况\n2019年，中国人民银行某兴市中心支行主动公开信息104条，收到政府信息公开申请2件。\n",
         "中国人民银行某兴市中心支行"),
        # …but no other bank's branch publishes OGI reports, and 部分行 is no branch
        ("一、总体情况\n2019年，中国建设银行某市分行主动公开信息104条。\n", None),
        ("对部分行\n政府信息公开工作。\n", None),
        ("一、总体情况\n2019年，人行某兴市中心支行主动公开信息104条。\n", "人行某兴市中心支行"),
        # (a trial edition's note before the close: 207b02's province bureau)
        ("一、2010年政府信息公开工作情况\n我局认真梳理《某江银监局政府信息公开指南(试行)》，规范工作流程。\n", "某江银监局"),
        # M06: the subject in the sentence after one giving the year's character (143c09, 176c04), never the sentence's
        # own words nor a later sentence's collective subject
        ("一、总体情况\n2020年是某规划收官之年，也是攻坚克难之年。某某市司法局以新思想为指导，着力抓好政策解读。\n",
         "某某市司法局"),
        ("一、总体情况\n2020年是收官之年。某某省人民政府办公厅对全省政务公开工作作出部署。\n", None),
        # (a 管理处 of a scenic area, wetland park or heritage site publishes as a department: 175c05, named only so)
        ("根据《条例》要求，特编制我处2018年度报告。\n三、制定了《某某县某某山景区管理处政府信息公开指南》。\n",
         "某某县某某山景区管理处"),
        # …but a government's OGI rules bind the bodies below it, and a bare county is often the superior
        ("一、总体情况\n我局严格执行《某某市政府信息公开规定》。\n", None),
        ("一、总体情况\n我局落实《某某县政府信息公开工作方案》。\n", None),
        # M04: an index block's 信息名称 label is not part of the title
        ("信息名称:某某市文化广电和旅游局2023年政府信息公开工作年度报告\n一、总体情况\n", "某某市文化广电和旅游局"),
    ],
)
def test_ninth_round_agency_names(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency, year, published_on",
    [
        # M11: a page's clock (today's date with its weekday) under the site's name: neither the
        # agency, nor the year, nor the date
        ("某某市某某区人民政府\n2019年12月3日星期二\n根据《条例》，现公布某某市某某区文化和旅游局2025年政府信息公开工作年度报告。\n",
         "某某市某某区文化和旅游局", 2025, None),
        # the clock beside the site's name on one line; the report's own title and date below it
        ("某某市某某区人民政府 2019年12月3日星期二\n\n区政务服务办2025年政府信息公开工作年度报告\n发布时间:2026-01-21 16:53\n",
         "区政务服务办", 2025, dt.date(2026, 1, 21)),
        # kept: a labelled publication date that prints its weekday is the page's date
        ("某某县统计局2023年政府信息公开工作年度报告\n发布日期：2024年1月15日 星期一\n", "某某县统计局", 2023,
         dt.date(2024, 1, 15)),
    ],
)
def test_a_site_clock_is_not_the_reports(text, agency, year, published_on):
    m = meta(text)
    assert (m.agency, m.report_year, m.published_on) == (agency, year, published_on)


def test_a_contact_worded_ke_yu_names_the_agency():
    # M06 (eleventh round): 可与X联系 is the contact line 请与X联系 is
    text = "一、总体情况\n本机关依法做好公开工作。\n对本报告如有疑问，可与某某市某某区财政局联系。\n"
    assert meta(text).agency == "某某市某某区财政局"


def test_a_bureaus_own_office_after_its_name_is_no_second_bureau():
    # M06 guard (119a02): 可与X局局办公室联系, the bureau's 局办公室, leaves the bureau's name once
    text = "本年度报告依据通知要求编制。如对本报告有任何疑问，可与某某市地震局局办公室联系。\n一、概述\n"
    assert meta(text).agency == "某某市地震局"
    # (167c04) its 局党政办公室, after 请联系:, too
    assert meta("本报告依据《条例》编制。如对本报告有疑问,请联系:某口区教育局局党政办公室,地址:某口区京汉大道375号。\n"
                "一、总体情况\n").agency == "某口区教育局"


def test_the_places_of_an_address_do_not_join_the_name():
    # M06 (rounds 10 and 12): the contact's address prints the county and province the building is in
    # (the places are real, so that the gazetteer knows them)
    text = ("2023年，河田镇认真落实《条例》。\n如对本报告有疑问，请与河田镇人民政府党政办公室联系"
            "（地址：福建省龙岩市长汀县河田镇建设路8号，电话：0000-1234567）。\n")
    assert meta(text).agency == "河田镇人民政府"


def test_a_heading_cut_after_its_number_is_no_agency():
    # M07 (thirteenth round): the page ends inside a heading, (四)政府…; its number is no name
    text = "一、总体情况\n2023年，本单位认真落实《条例》。\n（三）政府信息管理情况\n规范公开。\n(四)政府"
    assert meta(text).agency is None


@pytest.mark.parametrize(
    "text, form",
    [
        # T11 (rounds 11 and 13): the excerpt ends inside 表二, its header printed: the column words say the form
        ("2023年，本局认真落实《条例》。\n二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废",
         "ogi2021"),
        ("2019年，本乡认真落实《条例》。\n二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年新制作数量\n\n规",
         "ogi2019"),
        # cut before any column word: the form is not guessed
        ("2023年，本局认真落实《条例》。\n二、主动公开政府信息情况\n第二十条第(一)项\n信息", "narrative"),
    ],
)
def test_a_table_cut_after_its_header_has_its_form(text, form):
    assert meta(text).form == form


def test_the_sentence_announcing_the_report_is_not_its_title():
    # M06 (fifteenth round): 现将我委…报告如下 on a line of its own ends in a colon, not a full stop;
    # the contact line names the agency
    text = ("根据《条例》规定编制本年度报告。如对本报告有疑问，请与某某县工业园区管委会办公室联系。\n"
            "2022年以来，我委全面推进政务公开工作。\n现将我委2022年度政府信息公开工作报告如下：\n一、总体情况\n")
    assert meta(text).agency == "某某县工业园区管委会"


@pytest.mark.parametrize(
    "opening, agency",
    [
        # M06 (fifteenth round's review of rounds 8-15): the report's own title quoted in the opening
        ("根据《条例》要求，编制完成《某某县乡村振兴局2023年政府信息公开工作年度报告》，所列数据自2023年1月1日起。\n",
         "某某县乡村振兴局"),
        ("《某某市财政局2010年信息公开工作年度报告》是某某市财政局2010年发布的一份报告。\n", "某某市财政局"),
        ("编制形成了《某某体育官网@:某某镇人民政府2023年政府信息公开工作年度报告》。\n", "某某镇人民政府"),
        # the government's 政府 read as the report's too, and the verbs 编写 and 总结
        ("现将2023年某某县城关镇人民政府信息公开工作年度报告（以下简称“报告”）予以公布。\n", "某某县城关镇人民政府"),
        ("根据有关规定和要求，编写某某县2017年度政府信息公开工作年度报告。全文由概述等部分组成。\n", "某某县"),
        ("本报告依据上级文件要求编制，全面总结某某市某某区人民政府某某街道办事处2025年政府信息公开工作情况。\n",
         "某某市某某区人民政府某某街道办事处"),
        # the form's own name and a quoted notice name no agency
        ("根据《中华人民共和国政府信息公开工作年度报告格式》要求编制本报告。\n", None),
    ],
)
def test_the_report_named_in_its_opening_sentence(opening, agency):
    assert meta(opening + "一、总体情况\n本单位认真落实《条例》。\n").agency == agency


@pytest.mark.parametrize(
    "contact, agency",
    [
        # M06 (fifteenth round's review of rounds 8-15): 直接与/及时与, and the agency's OGI office or centre
        ("如有问题，请及时与某某区某某社区联系（地址：某某路22号）。", "某某区某某社区"),
        ("或直接与某某市人民政府办公室政府信息公开中心联系（地址：某某路1号）。", "某某市人民政府"),
        ("如有疑问请与某某省人民政府信息公开办公室联系（地址：某某街30号）。", "某某省人民政府"),
        ("请与某某市林业局政府信息公开办公室联系。", "某某市林业局"),
        # an office's section after the office: the office is the agency, as before
        ("请与某某市人民政府重点项目领导小组办公室综合科联系（地址：某某路1号）。", "某某市人民政府重点项目领导小组办公室"),
    ],
)
def test_contact_lines_of_the_fifteenth_round(contact, agency):
    assert meta("一、总体情况\n本单位认真落实《条例》。\n" + contact + "\n").agency == agency


@pytest.mark.parametrize(
    "title, agency",
    [
        # M07 (round 16): a cover letter naming the report it sends with its place
        ("某某市人民政府关于报送某某市2020年度政府信息公开工作年度报告的函", "某某市人民政府"),
        # a site's section label in square brackets before the title (round 16)
        ("[某某镇]2012年某某镇政府信息公开工作年度报告", "某某镇"),
        ("【年度报告】某某县财政局2015年政府信息公开工作年度报告", "某某县财政局"),
    ],
)
def test_the_sixteenth_rounds_titles(title, agency):
    assert meta(title + "\n一、总体情况\n本单位认真落实《条例》。\n").agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06 (rounds 8-15): the prose's abbreviation stands for the full name printed once
        ("2023年，某某县发改委认真落实《条例》。\n如对本报告有疑问，请与某某县发展和改革委员会办公室联系。\n",
         "某某县发展和改革委员会"),
        ("2020年，某某市人社局全面推进政务公开。\n本报告电子版可在某某市人力资源和社会保障局网站下载。\n",
         "某某市人力资源和社会保障局"),
        ("2024年，省林草局深入推进政务公开。\n对本报告如有疑问，请与省林业和草原局办公室联系。\n", "省林业和草原局"),
        # (the abbreviation's last character opens the full name's last word: round 52's district office)
        ("某某区政务服务监督管理办公室(以下简称某某区政管办)编制了本报告。\n2023年，某某区政管办认真落实《条例》。\n",
         "某某区政务服务监督管理办公室"),
        # not another body whose name holds the same words (商务局, 商务和粮食局), nor an address
        ("2022年，某某市商务局认真落实《条例》。\n原某某市商务和粮食局的文件已移交。\n", "某某市商务局"),
    ],
)
def test_an_abbreviation_in_the_prose_stands_for_the_full_name_printed(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06 (rounds 9-14): the subject after the date the figures run to
        ("一、总体情况\n截至2018年底，县商务局依托政府信息公开平台及时公开政府信息。\n", "县商务局"),
        ("一、总体情况\n截至2019年12月31日，某某乡人民政府通过信息公开平台公开信息46条。\n", "某某乡人民政府"),
        # the compiler as the subject, the rules it follows between
        ("某某市某某区某某镇人民政府根据《条例》要求，编制本年度政府信息公开工作年度报告。\n", "某某市某某区某某镇人民政府"),
        ("某某市交通运输委员会依据《条例》编制本报告，统计期限为2024年1月1日至12月31日。\n", "某某市交通运输委员会"),
        # a pronoun or a channel after the date names no one
        ("一、总体情况\n截至2019年12月31日，我镇主动公开政府信息31条。\n", None),
    ],
)
def test_subjects_after_a_date_clause_or_before_the_rules(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # M04 (round 17): an index block printed as a list, its field label after the dash
        ("- 索引号: 123/2022-0001\n- 标题: 某某市乡村振兴局2021年政府信息公开工作年度报告\n一、总体情况\n", "某某市乡村振兴局"),
        # M06 (round 17): a document's quoted title cut at the line's end names no agency
        ("一、总体情况\n在政务公开栏及时主动公开了《某某县某某镇人民政府\n关于印发工作要点的通知》等文件。\n"
         "如有疑问，请与某某县某某镇人民政府党政办联系。\n", "某某县某某镇人民政府"),
    ],
)
def test_the_seventeenth_rounds_names(text, agency):
    assert meta(text).agency == agency


def test_a_title_printed_twice_without_a_break_names_its_agency_once():
    # M07 (round 17): a page that lost every line break prints its title twice, run together
    text = ("某县经济开发区2019年政府信息公开工作年度报告某县经济开发区2019年政府信息公开工作年度报告"
            "2019年，某县经济开发区认真贯彻落实《条例》。一、总体情况")
    assert meta(text).agency == "某县经济开发区"


def test_a_province_level_short_name_takes_the_province_a_sentence_prints():
    # M08's level-only name at a province (round 18): the announcing clause says 省水利厅
    text = ("按照上级通知要求，2019年，辽宁省水利厅突出重点，扎实推进政务公开工作。"
            "现将省水利厅2019年度政府信息公开工作报告如下：\n")
    assert meta(text).agency == "辽宁省水利厅"


def test_an_index_list_field_whose_value_reads_like_a_title_is_no_title():
    # M04 (round 19): a county portal's index block printed as a list before the title
    text = ("- 信息类别: 政府信息公开年报\n- 公开方式: 主动公开\n- 信息索取号:000014349/2026-00515\n"
            "某区林业局2025年度政府信息公开工作年度报告\n本报告依据《条例》编制。\n")
    assert meta(text).agency == "某区林业局"


def test_a_space_before_the_titles_words_and_year():
    # M09 guard (275c06): X办公室 政府信息公开工作2021年度报告, the space before the words; their 政府 is no part of the name
    text = "某市某区人民政府外事办公室 政府信息公开工作2021年度报告\n根据《条例》要求,我办编制本报告。\n"
    assert (meta(text).agency, meta(text).report_year) == ("某市某区人民政府外事办公室", 2021)


def test_a_year_in_brackets_after_the_titles_words():
    # M09 (round 19): X政府信息公开工作年度报告(2019年)
    text = "某市某区政府信息公开工作年度报告(2019年)\n根据要求，区政府信息公开工作有了新的进展。\n"
    assert meta(text).agency == "某市某区"
    assert meta(text).report_year == 2019
    # and with no 年 (274d12's province department)
    text = "某省司法厅政府信息公开工作年度报告(2012)\n时间:2013-03-18 18:35\n按照《条例》的要求,现将我厅年度报告公开如下:\n"
    assert (meta(text).agency, meta(text).report_year) == ("某省司法厅", 2012)
    # a statistics period it disagrees with wins (review of 0f9d600)
    assert meta("某市某局政府信息公开工作年度报告(2013)\n本报告统计期限为2012年1月1日至2012年12月31日。\n").report_year == 2012
    # and the opening's own year (the review of the session's change)
    assert meta("某省某厅政府信息公开工作年度报告(2012)\n本报告是某厅编制的2011年度政府信息公开工作年度报告。\n").report_year == 2011


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06 (round 20): a notice cut off by the page before its 》 names its issuer, not the agency
        ("依据《条例》编制本年度报告。\n"
         "一、总体情况\n2021年，我街道认真落实《国务院办公厅关于印发2021年政务公开工作要点的通知》、"
         "《某省人民政府办公厅关于印发2021年某省政务公开工", None),
        # a contact verb printed twice is one verb, not part of the name
        ("依据《条例》编制本年度报告。如对本报告有疑问，请联系请联系某街道党政办公室。\n", "某街道"),
        # its OGI leading group's office after the name, as 请与…联系 takes it (109b01)
        ("一、概述\n如对本报告有任何疑问，请联系：某某县气象局信息公开领导小组办公室（地址：某某路1号）。\n", "某某县气象局"),
        # 本报告 is the report, not a verb announcing it (内容主要为X… was taken into the name; on the real
        # page a later sentence named the agency, here nothing else does)
        ("本报告内容主要为某地区行政公署2016年度的政府信息公开工作情况。\n", None),
    ],
)
def test_twentieth_round_agency_guards(text, agency):
    assert meta(text).agency == agency


def test_a_date_something_began_on_is_not_the_year_reported_on():
    # M11 (round 20, as realdev r168's source): the date OGI work began, then the year's end
    text = ("根据《规定》要求，2004年5月1日起本区政府开始开展政府信息公开工作。截至2012年底，本区工作运行正常。\n")
    assert meta(text).report_year == 2012
    # the period reported on still gives its year
    assert meta("本报告所列数据的统计期限自2013年1月1日起至12月31日止。\n").report_year == 2013


def test_the_title_after_the_rest_of_a_site_menu():
    # M03 (round 20): the menu's 政府信息公开年报 item, more items one a line, then the title
    menu = "\n\n".join(["规章库", "政策", "政府信息公开指南", "政府信息公开年报", "政府公报", "依申请", "公开",
                         "市直县区信息公开", "网站工作年度报表"])
    text = menu + "\n\n2011年某市政府信息公开工作年报\n\n本年报根据《条例》要求编制。\n"
    assert meta(text).agency == "某市"  # a place-only title whose government is printed nowhere else
    assert meta(text).report_year == 2011


def test_the_title_after_a_long_menu_of_index_facets():
    # M03 (round 59): eighteen facets of the site's index between the column's heading and the title
    facets = ["组配分类", *(f"  • {item}" for item in ("全部", "决策", "执行", "管理", "服务", "结果", "重点领域",
                                                       "政策解读", "新闻发布", "回应关切", "监督保障")),
              "主题分类", "服务对象分类", "生命周期分类", "体裁分类", "信息格式分类", "依申请公开"]
    text = "\n\n".join(["政府信息公开指南", "政府信息公开年报", "政府信息公开目录", *facets,
                        "某市2013年政府信息公开工作年度报告", "本报告根据《条例》要求编制。"]) + "\n"
    assert meta(text).title == "某市2013年政府信息公开工作年度报告"
    assert meta(text).report_year == 2013


def test_the_title_after_a_menu_of_several_items_a_line_and_the_trail():
    # M03 (round 68's township): the column's heading, then the menu two items a line, spaced, and the trail to the
    # page; the dated title below names the agency, not the menu's 机构设置 beside 政府文件
    menu = "\n\n".join(["信息公开指南 信息公开年报", "信息公开月报 依申请公开", "  信息公开目录",
                         *(f"  {a}      {b}" for a, b in (("机构设置", "政府文件"), ("发展规划", "预算决算"),
                                                          ("任前公示", "政策解读"), ("乡镇动态", "数据发布"),
                                                          ("项目招标", "安全生产"), ("便民服务", "意见征集"))),
                         "首页 >> 公开专栏 >> 年度报告 >> 乡镇年报 >> 某楼"])
    text = menu + "\n某某市某楼乡2023年政府信息公开工作年度报告\n\n一、总体情况\n2023年，某楼乡扎实推进公开工作。\n"
    assert meta(text).title == "某某市某楼乡2023年政府信息公开工作年度报告"
    assert meta(text).agency == "某某市某楼乡"
    # a menu that runs on with a sentence is no menu: the heading stays the title, no name read from the menu
    text = menu.replace("首页 >>", "本站是某某市政府信息公开平台，欢迎访问。\n首页 >>") + "\n某某市某楼乡2023年政府信息公开工作年度报告\n"
    assert meta(text).title == "信息公开指南 信息公开年报"


def test_a_departments_name_only_inside_its_own_ogi_rules():
    # M06 (rounds 59, 62 and 65: a city statistics bureau, a district weather bureau, a province department): the
    # report never names its agency but in the names of the rules it made for its own OGI work
    for rules, agency in (("《某某市统计局信息公开制度》", "某某市统计局"), ("《某某区气象局政务公开办法》", "某某区气象局"),
                          ("《某某省交通运输厅政府信息公开实施办法》", "某某省交通运输厅")):
        text = f"一、概述\n今年我局认真贯彻《条例》，严格执行{rules}，做好信息公开工作。\n"
        assert meta(text).agency == agency
    # a government's rules bind the bodies below it, and a national body's name is no agency's
    for rules in ("《某某省政府信息公开办法》", "《某某市人民政府政务公开制度》", "《国家气象局信息公开办法》"):
        assert meta(f"一、概述\n今年我局严格执行{rules}。\n").agency is None


def test_a_short_name_is_not_made_long_from_its_documents_titles():
    # M06 (round 68's city and district bureaus): the report names itself by its short name; the full name printed
    # only in its documents' quoted titles is their wording, so the short name stays (and still finds its place)
    text = ("正文\n这里向社会公布某某市环保局2018年度政府信息公开工作报告。\n一、概述\n"
            "年初，我局制定了《某某市环境保护局2018年政务公开工作要点》。\n")
    assert meta(text).agency == "某某市环保局"
    text = ("一、概述\n本报告由区住建局编制，反映全年的公开工作。\n二、制度建设\n区住建局修订了《兖州区住房和城乡建设局"
            "政务公开审核制度》。\n")
    found = meta(text)
    assert found.agency == "区住建局"
    assert (found.province, found.city, found.county) == ("山东省", "济宁市", "兖州区")
    # printed in full in a sentence of its own (the contact), the full name is the agency's, as before
    text = ("一、概述\n本年度报告由区住建局根据自身工作实际编制而成。如有疑问请与兖州区住房和城乡建设局办公室联系。\n")
    assert meta(text).agency == "兖州区住房和城乡建设局"


def test_a_quoted_accounts_name_does_not_complete_the_agencys():
    # M06 (round 68's street): the subject names the office; “X区X街道办事处”微信公众号 is the account's name
    text = ("一、总体情况\n2024年，某康街道办事处坚持以公开为常态。\n依托“静海区某康街道办事处”微信公众号发布信息。\n")
    assert meta(text).agency == "某康街道办事处"
    # unquoted in a sentence of its own, the district still joins it
    text = "一、总体情况\n2024年，某康街道办事处坚持以公开为常态。\n静海区某康街道办事处做好了公开工作。\n"
    assert meta(text).agency == "静海区某康街道办事处"


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06 (round 59's province department): 请与X政府信息公开工作办公室联系, 工作 before its office
        ("特编制本厅2013年度政府信息公开工作年度报告。如有任何疑问，请与湖南省审计厅政府信息公开工作办公室联系"
         "（地址：长沙市）。\n一、概述\n", "湖南省审计厅"),
        # round 59's banner: the contact is the e-government website's service centre, not the report's agency
        ("如对本报告有任何疑问，请与某某旗电子政务网站服务中心联系（地址：某某旗党政大楼）。\n一、总体情况\n", None),
    ],
)
def test_contacts_of_round_59(text, agency):
    assert meta(text).agency == agency


def test_a_governments_report_compiled_by_its_ogi_office():
    # M06 (round 20, as round 13): 由X人民政府政务公开办公室…编制而成 is X人民政府's report
    text = ("本年度报告依据《条例》的规定，由某市人民政府政务公开办公室综合各区政府的工作情况，"
            "在全面总结全市2015年政府信息公开工作的基础上编制而成。\n")
    assert meta(text).agency == "某市人民政府"


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06: a zone's 党政办公室 compiles the zone's report (rounds 10 and 27): the zone, named as a place
        ("本报告由某某高新区党政办公室按照《条例》要求编制。\n", "某某高新区"),
        ("本年报由江苏某某经济开发区党政办公室编制而成。\n", "江苏某某经济开发区"),
        # an office of a named body is still that body's office (sixth round), a town's too
        ("本报告由某某镇人民政府党政办公室编制。\n", "某某镇人民政府"),
        # M06: the contact's 信息公开办 is the government's office (round 28)
        ("如对本报告有疑问，请与某某镇人民政府信息公开办联系（地址：某某路1号）。\n", "某某镇人民政府"),
    ],
)
def test_a_zones_or_governments_own_office_names_the_zone_or_government(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06: 现就X某年…情况报告如下, the agency named only there (rounds 22 and 28)
        ("根据《条例》要求，现就某某镇2023年政府信息公开工作情况报告如下：\n一、总体情况\n我镇加强公开。\n", "某某镇"),
        # the body and its office reporting as one: the body (round 20)
        ("现就某某地区行政公署及办公室2016年度政府信息公开工作情况报告如下。\n", "某某地区行政公署"),
        # 就 of another verb is no announcement
        ("一、总体情况\n我镇就某某镇2023年政务公开工作作出部署。\n", None),
        # a document's title in angle brackets ends at its '>': what follows is no name announced after its
        # 报告 (72d15); the contact sentence names the town
        ("本报告依据<政府信息公开工作年度报告格式>概述青山镇人民政府2023年政府信息公开工作的六个方面。\n"
         "一、总体情况\n2023年，我镇主动公开政府信息40条。\n五、其他需要报告的事项\n如对本报告有疑问，请与青山镇人民政府党政办联系。\n",
         "青山镇人民政府"),
        # 报告内容包括 lists the report's parts: the words after it name no one (100c07); the contact does
        ("本年度报告按《条例》制作，报告内容包括2023年我局政府信息公开总体情况、主动公开情况等。\n"
         "如对本报告有疑问，请与红柳县水务局办公室联系。\n", "红柳县水务局"),
    ],
)
def test_an_agency_named_where_the_report_says_what_follows(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06: a ministry's name, in its report's quoted title with the year after the words (round 29)
        ("根据《条例》规定，现发布《某某和信息化部政府信息公开工作2011年度报告》。\n一、概述\n2011年我部加强公开。\n",
         "某某和信息化部"),
        # …and announced unquoted, its prose's short form beside it (223d02's institute)
        ("根据《条例》规定,现公布某某科学院某州能源研究所信息公开工作2018年度报告。本报告由概述等四部分组成。\n一、概述\n"
         "2018年,某科院某州能源研究所深入落实有关文件精神。\n", "某某科学院某州能源研究所"),
        # M06: a ministry named only in its own OGI document's name (round 29)
        ("一、主动公开\n2018年，我部修订并公布《某某环境部政府信息主动公开基本目录》，梳理出119项公开事项。\n", "某某环境部"),
        # 我部 names no one
        ("一、概述\n2011年我部加强政府信息公开工作。\n", None),
        # the year first in the quoted title, its verb after it (232a01's county bureau, reworded)
        ("根据《中华人民共和国政府信息公开条例》规定,《2019年某东县水务局政府信息公开工作年度报告》已经研究同意,现予公开发布。\n"
         "一、总体情况\n2019年,我局认真贯彻落实《条例》。\n", "某东县水务局"),
        ("《2020年度某城区审计局政务公开工作年度报告》经局务会审议通过,现予公布。\n一、总体情况\n", "某城区审计局"),
        # a quoted notice of the year is no report of the agency's
        ("根据《2019年某东县政务公开工作要点》要求,我局认真落实。\n一、总体情况\n", None),
        # another body's report quoted, or a work plan, names no agency (review)
        ("一、总体情况\n2019年,我局认真贯彻落实《条例》,对照《2018年某市政府信息公开工作年度报告》中指出的问题进行整改。\n"
         "本报告由某东县水务局编制。\n", "某东县水务局"),
        ("一、总体情况\n本局信息已纳入《2019年某东县人民政府政府信息公开工作年度报告》统一发布。\n本报告由某东县水务局编制。\n",
         "某东县水务局"),
        ("一、总体情况\n2023年,我局及时发布某东县林业局2023年度政务信息公开工作要点。\n本报告由某东县水务局编制。\n",
         "某东县水务局"),
        # announced with 政务信息公开 as the words (233b01's county bureau, reworded)
        ("现组织编制县某务局2023年度政务信息公开年度报告。全文包括概述。\n一、总体情况\n2023年,某务局严格按照《条例》要求。\n",
         "县某务局"),
    ],
)
def test_the_reports_own_title_quoted_or_announced_names_the_agency(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06: the subject before 的政府信息公开工作 or 信息公开工作 (rounds 3, 15 and 29: four agencies)
        ("一、总体情况\n2021年，某某县卫生健康局的政府信息公开工作严格按照上级要求开展。\n", "某某县卫生健康局"),
        ("2022年，商务局信息公开工作在县委、县政府的领导下有序开展。\n", "商务局"),
        # and before 政务信息公开工作 (272b04's city bureau)
        ("一、总体情况\n2020年,某阳市统计局政务信息公开工作在市委、市政府的正确领导下,认真贯彻落实《条例》。\n", "某阳市统计局"),
        # the work of all the county's bodies names none of them
        ("2022年，全县政府信息公开工作在县委的领导下有序开展。\n", None),
        ("2020年,全市政务信息公开工作在市委的正确领导下有序开展。\n", None),
        # only a body's own work before 在: no plan's place, no place's work, no leading group (review of 2cc6eb4)
        ("2020年,对照市政务信息公开工作要点,我局认真贯彻落实《条例》。\n", None),
        ("一、总体情况\n2020年,某阳市政务信息公开工作在市委、市政府的正确领导下有序开展。我局认真贯彻落实《条例》。\n", None),
        ("2020年,市住建委政务信息公开工作领导小组多次召开会议研究部署。\n", None),
    ],
)
def test_the_subject_of_its_own_ogi_work(text, agency):
    assert meta(text).agency == agency


def test_a_cut_sentence_or_a_field_label_before_the_name_is_no_longer_form_of_it():
    # M01/M04 guard (round 30): the title's 某县审计局 is not lengthened by the page's cut last line
    # (一是制定某县审计局) or an index field printed with spaces in its label (来        源 某县审计局)
    text = ("某县审计局2025年政府信息公开工作年度报告\n发布机构 某县审计局 发布日期 2026-01-19\n来        源 某县审计局\n"
            "一、总体情况\n2025年，某县审计局认真落实《条例》。\n(三)政府信息管理\n一是制定某县审计局\n")
    assert meta(text).agency == "某县审计局"


def test_the_compiler_of_its_own_report_after_long_rules():
    # M06 (round 30): the rules between the agency and 编制本报告 run to forty characters
    text = ("某某市重大项目建设指挥部办公室依据《中华人民共和国政府信息公开条例》(以下简称《政府信息公开条例》)"
            "第五十条规定，编制本报告。\n一、总体情况\n2025年，我办严格遵循《政府信息公开条例》。\n")
    assert meta(text).agency == "某某市重大项目建设指挥部办公室"


def test_an_agency_named_as_it_uploads_its_report():
    # M06 (round 30): the full name only where the report says it was uploaded
    text = ("一、总体情况\n市发展改革委高度重视政务公开工作。\n发布工作动态215条，按时上传某某市发展和改革委员会"
            "2024年政府信息公开工作年度报告。\n")
    assert meta(text).agency == "某某市发展和改革委员会"


def test_the_subject_that_received_no_requests():
    # M06 (round 30): 某年，X未收到… names the town; its government's name is printed elsewhere
    text = ("一、总体情况\n(二)依申请公开\n2025年，某青镇未收到依申请公开事项。\n(三)政府信息管理\n"
            "某青镇人民政府作为镇级机关，积极完善信息管理。\n")
    assert meta(text).agency == "某青镇人民政府"


def test_a_date_and_field_line_above_the_title_is_not_its_first_half():
    # M02/M07 guard (round 31's mirror): the page's date and an empty 来源: above the title
    text = ("中岗镇\n\n2017年03月09日    来源:\n\n某岗镇2016年政府信息公开工作年度报告\n\n"
            "本年度报告由某岗镇人民政府编制。本年度报告中所列数据的统计期限自2016年1月1日起至12月31日止。\n")
    m = meta(text)
    assert (m.title, m.report_year) == ("某岗镇2016年政府信息公开工作年度报告", 2016)


def test_a_governments_ogi_work_unit_compiling_names_the_government():
    # M06 (round 31's town): 由X人民政府政务公开工作机构编制 is the government's report
    text = "本报告根据《条例》规定，由某某区某庄镇人民政府政务公开工作机构编制。\n一、总体情况\n我镇加强公开。\n"
    assert meta(text).agency == "某某区某庄镇人民政府"


def test_an_office_in_charge_of_other_duties_is_not_the_compiler():
    # M06 guard (round 32's town): 由X办公室负责日常监督检查 is no 由X负责编制; the subject names the agency
    text = ("一、总体情况\n2025年某镇人民政府按照《条例》要求，提升政府工作透明度。\n(五)监督保障情况\n"
            "由综合与经济发展办公室负责日常监督检查，对群众举报认真调查处理。\n")
    assert meta(text).agency == "某镇人民政府"
    compiled = "本报告由某某县统计局办公室负责编制。\n一、总体情况\n我局加强公开。\n"
    assert meta(compiled).agency == "某某县统计局"


def test_the_subject_after_this_year_so_far():
    # M06 (rounds 19 and 33): 今年以来 leads the sentence as a year does; the bureau is named nowhere else
    text = ("2019年度我局信息公开工作年度报告如下。\n一、总体情况\n"
            "今年以来，某某区林业局认真贯彻落实区委、区政府关于政府信息公开工作的部署。\n")
    assert meta(text).agency == "某某区林业局"


@pytest.mark.parametrize(
    "text, agency",
    [
        ("一、总体情况\n某明街道办事处积极响应某安市人民政府号召，将文件精神落到实处。\n某明街道政府信息公开工作有序开展。\n",
         "某明街道办事处"),
        ("一、总体情况\n某河区医疗保障局2023年为深入推进政府信息公开工作，高度重视。\n在某河区医疗保障局公众号公开信息。\n",
         "某河区医疗保障局"),
        ("一、总体情况\n发挥市场作用，积极推进政务公开。\n", None),  # a verb before 市, printed once, is no place
    ],
)
def test_a_placed_subject_opening_a_line_names_the_agency_last(text, agency):
    # M06 (rounds 12, 15, 29, 33 and 34): no title, no year before the subject; the place is printed again
    assert meta(text).agency == agency


# --- M06: a township's untitled report names itself only in passing ------------------------------

@pytest.mark.parametrize("text, agency", [
    # the name as a line's subject, the report calling itself 本镇 elsewhere
    ("一、总体情况\n本镇依照县里的部署推进公开工作。\n（一）主动公开\n全年在县政府网站专栏更新信息。\n"
     "（二）政府信息管理\n向阳镇人民政府作为镇级机关，由党政办承担审核和上传。\n", "向阳镇人民政府"),
    # after its county, in the address of the office that answers questions
    ("一、总体情况 本年度报告依据《条例》编制。如有疑问，请与本单位联系，地址：平阳县河口乡人民政府党政综合办公室。"
     " （一）主动公开 2023年，我乡主动公开政府信息41条。\n", "河口乡人民政府"),
    # its party working committee at a clause's start; the street calls itself 街道
    ("一、总体情况\n2024年，东湖街道党工委、办事处按照区里的安排推进政务公开。\n"
     "（一）主动公开\n街道全年主动公开政府信息35条。\n", "东湖街道"),
    # a document it issued, in quotes
    ("根据《条例》要求，我镇制定了《清水镇信息公开保密审查办法》。\n2020年，我镇主动公开政府信息120条。\n", "清水镇"),
    # no 我乡 at all: the name printed twice, once as the party committee opening the report
    ("柳溪乡党委2023年把信息公开列为重点工作。\n一、主动公开情况\n全年柳溪乡主动公开信息50条。\n", "柳溪乡"),
    # the clause's verb before the name is no part of it (72c18: 通过X镇人民政府网站、公众号…)
    ("一、总体情况\n本年度，我镇按照区里的部署推进政务公开。通过石桥镇人民政府网站、镇微信公众号和村务公开栏发布信息。\n"
     "（二）依申请公开\n我镇未收到政府信息公开申请。\n", "石桥镇人民政府"),
])
def test_township_named_only_in_passing(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize("text", [
    # two townships named so: which one reports is not said
    "一、总体情况\n本镇推进公开工作。\n向阳镇人民政府、河口镇人民政府联合开展培训。\n",
    # a bureau's report naming a township it works with
    "一、总体情况\n我局主动公开政府信息30条。\n向阳镇人民政府申请公开的信息已答复。\n向阳镇人民政府未提起复议。\n",
    # a township named once, the report calling itself by no level
    "一、总体情况\n全年主动公开政府信息30条。\n向阳镇人民政府申请公开的信息已答复。\n",
    # the leading group's head after 以 is no township's name (88d13's township)
    "一、总体情况\n2024年我乡未收到政府信息公开申请。\n（三）政府信息管理\n成立了以乡党委书记任组长、乡长任副组长的"
    "政务公开领导小组。\n",
    # a verb taking the level word as a common noun (91a08's town): 主动接受镇党委政府的监督 names no town 主动接受镇
    "一、总体情况\n各村财务事项均上墙公布，主动接受镇党委政府和群众的监督。\n我镇全年未收到政府信息公开申请。\n",
    # a clause's verb before a bare level word (92c16's street): 通过街道办事处网站 names no street 通过街道
    "一、总体情况\n街道认真落实《条例》。通过街道办事处网站和公告栏，全年主动公开政府信息29条。\n",
])
def test_township_named_in_passing_is_not_taken_when_unsure(text):
    assert meta(text).agency is None


# --- M08: a township's report places itself by the county government it works under -------------------

@pytest.mark.parametrize("text, place", [
    ("六盘镇2023年政府信息公开工作年度报告\n一、总体情况\n2023年，六盘镇在隆德县政务公开办指导下推进公开工作，"
     "我镇主动公开政府信息20条。\n", ("宁夏回族自治区", "固原市", "隆德县")),
    # a two-character county, read whole after 在
    ("蔚汾镇2022年政府信息公开工作年度报告\n2022年，蔚汾镇在兴县政府办指导下推进政务公开。\n", ("山西省", "吕梁市", "兴县")),
    # after 通过, the county government's platform (not a 政府网 the site rule reads)
    ("东坪乡人民政府2019年政府信息公开工作年度报告\n我乡通过南丰县人民政府信息公开平台主动公开信息33条。\n", ("江西省", "抚州市", "南丰县")),
    # a city and its district before the district's government
    ("湖滨街道2023年政府信息公开工作年度报告\n本报告由无锡市锡山区人民政府湖滨街道党政办公室编制。\n",
     ("江苏省", "无锡市", "锡山区")),
])
def test_township_placed_by_the_county_government_it_names(text, place):
    m = meta(text)
    assert (m.province, m.city, m.county) == place


@pytest.mark.parametrize("text", [
    # two counties' governments: which one it belongs to is not said
    "六盘镇2023年政府信息公开工作年度报告\n六盘镇在隆德县政府指导下，学习泾源县政府的做法。\n",
    # a city the gazetteer does not know before a district's common name
    "河畔街道2023年政府信息公开工作年度报告\n本报告由安平市城西区人民政府河畔街道办事处编制。\n",
    # 和 opens no phrase: 公开栏和县政府网 is no mention of 和县
    "东坪乡人民政府2019年政府信息公开工作年度报告\n我乡通过乡政务公开栏和县政府网公开信息。\n",
    # not a township's report
    "档案馆2023年政府信息公开工作年度报告\n本馆在隆德县政务公开办指导下推进公开工作。\n",
    # a place inside a document's quoted name places nothing (the gold conventions: 39a18, 40a12, 47a16,
    # 47a19 and round 58's township, whose prefecture's rules 《X州政府信息…制度》 it follows)
    "铁锁乡人民政府2025年政府信息公开工作年度报告\n严格执行《楚雄州政府信息“三审三校”制度》。\n",
])
def test_township_not_placed_when_its_county_is_unsure(text):
    m = meta(text)
    assert (m.province, m.city, m.county) == (None, None, None)


@pytest.mark.parametrize("text, agency", [
    # the fuller name only in the titles of its own documents (realdev r420's page, round 54's street)
    ("2021年，县水务局按照县政府的部署推进政务公开。\n全年主动公开政府信息112条。\n"
     "修订了《崇阳县水务局政府信息公开指南》和《崇阳县水务局政务公开工作实施方案》。\n", "县水务局"),
    # ... or in its site's name
    ("2022年，县林业局认真落实《条例》要求。\n全年在崇阳县林业局网站主动公开政府信息35条。\n", "县林业局"),
])
def test_a_fuller_name_inside_a_document_title_or_site_name_is_not_taken(text, agency):
    assert meta(text).agency == agency


def test_a_fuller_name_printed_in_a_sentence_is_still_taken():
    text = ("2021年，县水务局按照县政府的部署推进政务公开。\n全年主动公开政府信息112条。\n"
            "崇阳县水务局将继续完善公开制度。\n")
    assert meta(text).agency == "崇阳县水务局"


@pytest.mark.parametrize("page_line, published", [
    ("发布时间:2019-3-15 8:54:08", dt.date(2019, 3, 15)),
    ("2013年01月28日 来源: 某区", dt.date(2013, 1, 28)),
    ("日期:2023-01-20 来源:某局", dt.date(2023, 1, 20)),
    # the hour printed without its leading zero runs into the day once the line's spaces are gone (322c03's town page)
    ("2011-1-10 0:00:00 浏览次数:1640 字号:【大 中 小】", dt.date(2011, 1, 10)),
    ("2011-01-25 8:30", dt.date(2011, 1, 25)),
    ("2024年01月31日 9:49:00", dt.date(2024, 1, 31)),
    ("2024-01-22 15:56 信息来源:某镇", dt.date(2024, 1, 22)),
    # a one-digit day before a two-digit hour, and under a label (the review of 77f245b)
    ("2011-1-5 10:00:00 来源：某县人民政府办公室", dt.date(2011, 1, 5)),
    ("2011-12-1 12:00:00 点击数：88", dt.date(2011, 12, 1)),
    ("发布日期：2011-3-1 9:12:45", dt.date(2011, 3, 1)),
    # a span's first day with its time is no page's date (the second review of 77f245b)
    ("统计时间：2018-1-1 0:00 至 2018-12-31 24:00", dt.date(2019, 3, 14)),
])
def test_the_pages_own_date_wins_over_the_signatures(page_line, published):
    # M11: the signature dates when the report was signed, the page's line when it was published
    lines = ["某局2018年政府信息公开工作年度报告", page_line, "正文。", "某局", "2019年3月14日"]
    assert find_published_on(lines) == published


def test_the_signature_date_stands_where_the_page_prints_none():
    assert find_published_on(["某局2018年政府信息公开工作年度报告", "正文。", "某局", "2019年3月14日"]) \
        == dt.date(2019, 3, 14)


def test_a_space_before_guanyu_in_the_title_stays_off_the_name():
    assert meta("海南州教育局 关于2024年度政府信息公开工作年度报告\n全年主动公开政府信息20条。\n").agency == "海南州教育局"


def test_a_numbered_heading_cut_at_the_end_is_not_the_signature():
    # no title; the compiler's clause spoiled by a betting brand; the excerpt ends in a cut heading
    text = ("根据《条例》要求，由某某主页 北城街道办事处编制本报告。\n一、总体情况\n我街道主动公开政府信息40条。\n"
            "四、存在的主要问题\n工作仍有不足。\n五、因政府")
    assert meta(text).agency == "北城街道办事处"  # the compiler's clause, as without the cut heading


@pytest.mark.parametrize("site_sentence, place", [
    # M08, the site named for its information (round 57's 57a01 and 57a09; realdev pages print the same forms)
    ("本报告可以通过永泰县人民政府公众信息网站查询。", ("福建省", "福州市", "永泰县")),
    ("本报告在宁海县政府信息公开网站设立的专栏公布。", ("浙江省", "宁波市", "宁海县")),
])
def test_a_bureau_placed_nowhere_by_its_name_is_placed_by_its_governments_information_site(site_sentence, place):
    m = meta("县统计局2011年政府信息公开工作年度报告\n" + site_sentence + "\n本年度主动公开政府信息52条。\n")
    assert (m.province, m.city, m.county) == place


@pytest.mark.parametrize("text, place", [
    # a bureau calling itself only 我局, its district's portal named (79a19's and 88c09's county bureaus)
    ("一、总体情况\n2023年，我局在西平县人民政府门户网站主动公开政府信息25条。\n", ("河南省", "驻马店市", "西平县")),
    # a township calling itself only 我乡, the county government it works under named (88d13's township)
    ("一、总体情况\n我乡在得荣县政务公开办指导下推进公开工作。\n（二）依申请公开\n2023年我乡未收到政府信息公开申请。\n",
     ("四川省", "甘孜藏族自治州", "得荣县")),
    # two counties' sites: no one place, as for a named agency
    ("一、总体情况\n我局信息在德安县政府网和屏山县人民政府网站同步发布。\n", (None, None, None)),
])
def test_an_agency_the_text_never_names_is_placed_by_its_site_or_government(text, place):
    # M08 (79a07, 79a19, 88c09, 88d13): the readers place an agency the text calls only 我局, 我乡 or 街道
    m = meta(text)
    assert m.agency is None
    assert (m.province, m.city, m.county) == place


def test_a_date_and_time_opening_a_sentence_or_a_related_link_is_not_the_pages_date():
    # (review of 71891cc) an event's time opening a line of prose, and a list of related links after the signature
    assert find_published_on(["2023-05-06 09:30 召开政府信息公开工作培训会", "某某县统计局", "2024年1月20日"]) \
        == dt.date(2024, 1, 20)
    assert find_published_on(["某局2022年政府信息公开工作年度报告", "正文。", "某某县人民政府 2023年1月20日", "相关链接",
                              "某某县财政局 2023-04-02"]) == dt.date(2023, 1, 20)


@pytest.mark.parametrize("text, year", [
    # M09 guards: untitled reports whose first year printed is not the one reported on
    # a span of several starts at it (93b11's province department)
    ("一、总体情况\n（一）清理文件。全面梳理了2016年以来本厅印发的规范性文件。\n2021年以来，本厅按照条例要求推进公开工作。\n",
     2021),
    # the site or the body was set up in it (97a04's bureau, 97c09's industrial park)
    ("一、总体情况\n本局官方网站于2019年11月21日正式上线。\n2020年，本局认真落实条例。\n", 2020),
    ("一、概述\n园区是2012年经省政府批准成立的省级园区。\n我单位2017年度没有受理依申请公开政府信息。\n", 2017),
    # …or with the verb before the year (278d08's untitled county bureau)
    ("某某县政务服务管理局成立于2012年，高度重视政府信息公开工作，现将2021年度的政府信息公开工作情况报告如下。\n一、总体情况\n", 2021),
    ("一、概述\n本中心组建于2015年，负责全县公共资源交易。\n", None),
    ("某某县政务服务管理局成立于 2012 年，现将2021年度的政府信息公开工作情况报告如下。\n一、总体情况\n", 2021),
    ("某某县人民医院始建于1958年，现将2021年度的政府信息公开工作情况报告如下。\n一、总体情况\n", 2021),
    ("某县文化馆建于1958年，现将2021年度的政府信息公开工作情况报告如下。\n一、总体情况\n", 2021),
    ("某县文化馆1958年始建，现将2021年度的政府信息公开工作情况报告如下。\n一、总体情况\n", 2021),
    ("某县文化馆2012年创建，现将2021年度的政府信息公开工作情况报告如下。\n一、总体情况\n", 2021),
    ("一、概述\n本中心是2012年经市政府批准建立的事业单位。\n本中心2021年度主动公开政府信息80条。\n", 2021),
    # …but a year's own work begun is the year's (the review of 5ade438)
    ("一、总体情况\n2021年建立健全政务公开工作机制，本局主动公开政府信息80条。\n", 2021),
    ("一、总体情况\n2021年创建全国文明城市，本局主动公开政府信息80条。\n", 2021),
    # a full date with the page's fields after it on its line is the page's date (281c01's untitled city bureau report, round 31's
    # mirror), a date opening a sentence still the year's
    ("某元政府网 2014年2月19日 来源:市农业局 点击率:\n一、信息公开工作概述\n2013年,新增主动公开政府信息769条。\n", 2013),
    ("2014年2月19日 10:22 浏览次数:\n一、概述\n2013年,本局主动公开政府信息80条。\n", 2013),
    ("一、概述\n2014年2月19日,本局召开政务公开工作会议。\n", 2014),
    # (with a time, a bracket, a bar or 文章 before the field, or the month alone; the page's date the only year: none read)
    ("2014年2月19日 10时22分 【文章来源:市农业局】\n一、概述\n2013年,本局主动公开政府信息80条。\n", 2013),
    ("2014年2月 | 来源:市农业局\n一、概述\n2013年,本局主动公开政府信息80条。\n", 2013),
    ("2014年2月19日(星期三)来源:本站\n一、概述\n2013年,本局主动公开政府信息80条。\n", 2013),
    # (a label closed by a space alone is prose's as often: 2021年12月浏览量 10万次 is the year's: the review of 3ccc003)
    ("一、概述\n2021年12月浏览量 10万次,较2020年增长三成。\n", 2021),
    ("数据截至:2021年12月31日 浏览量:3\n一、概述\n", 2021),
    ("某元政府网 2014年2月19日 来源:市农业局 点击率:\n一、概述\n本局主动公开政府信息80条。\n", None),
    # …but not a sentence going on after the date, nor the period's end after 截至 (the review of the session's change)
    ("一、概述\n2021年4月23日阅读日活动中,我局开展宣传。\n", 2021),
    ("本报告数据统计时间截至2021年12月31日 来源:本局\n一、概述\n", 2021),
    # the outline quotes its last section, the coming year's plan (99d07's county bureau)
    ("本报告由“基本工作情况”、“主动公开政府信息情况”、“2015年重点工作安排”等七个部分组成，"
     "所列数据截止日期为2014年12月31日。\n", 2014),
    # or its aims, named before the report's own year (218a02's untitled 2008 city report)
    ("全文由概述、政府信息主动公开情况、2009年工作目标等八个部分组成。\n一、概况\n2008年以来，我市不断深化政府信息公开工作。\n",
     2008),
    # a year opening its sentence, 以来 after it, is the year so far: the report's own
    ("一、总体情况\n2019年以来，某县教育局认真落实条例。\n", 2019),
    # the year requests are carried into is the next one; with no other year printed, none is read (100a13's commission)
    ("一、总体情况\n全年受理申请40件，办结36件，余4件转2024年度办理。\n", None),
    ("一、总体情况\n全年受理申请40件，余4件结转至2024年办理。\n2023年，本委主动公开信息300条。\n", 2023),
    # a span's last year, a plan's (106d11's undated province office): none read, the year after it still is
    ("一、概述\n一年来，围绕《某片区区域发展规划(2011-2020年)》公开相关信息。\n", None),
    ("一、概述\n围绕《某片区区域发展规划(2011-2020年)》公开信息。\n2015年，本办认真落实条例。\n", 2015),
    # a span whose first year has its 年 too (274d07's untitled region report on a copy): neither end read
    ("(一)主动公开范围\n公开了某带农业建设规划提要(2008年—2012年)、产业发展规划。\n", None),
    ("(一)主动公开范围\n公开了某带农业建设规划提要(2008年—2012年)、2009年重点项目建设情况。\n", 2009),
    # an opening's own span out of brackets still gives its first year (review of 6822da4)
    ("一、概述\n2020年至2021年,我局认真落实条例。\n", 2020),
    # an earlier year's report listed among the items published (186b08's untitled city bureau), its title quoted or after a
    # space, or a 政务公开 report (review of bcd1380)
    ("一、总体情况\n在网站上主动公开信息493条，公开了权力清单等重点领域信息及2018年度信息公开工作报告。\n"
     "2019年度我局共收到14件依申请公开。\n", 2019),
    ("一、总体情况\n公开了权力清单等重点领域信息及《2018年度政府信息公开工作年度报告》。\n2019年度我局共收到14件依申请公开。\n",
     2019),
    ("一、总体情况\n公开了权力清单等重点领域信息及 2018年度政务公开工作报告。\n2019年度我局共收到14件依申请公开。\n", 2019),
    # (the form's name is no report listed: 按照《条例》和2019年度政府信息公开工作年度报告格式要求 names its year, quoted too)
    ("一、总体情况\n按照《条例》和2019年度政府信息公开工作年度报告格式要求编制本报告。\n", 2019),
    ("一、概述\n按照《条例》和《2019年度政府信息公开工作年度报告》格式要求编制本报告。\n2020年3月，本局对网站进行了改版。\n", 2019),
    # (a month after which the year's work went on, 2019年6月以后，本局…, is the year's own: review of ff645c1)
    ("一、概述\n2019年6月以后，本局按照新修订的《条例》要求全面推进政务公开。\n", 2019),
])
def test_a_year_the_opening_prints_for_something_else_is_not_the_year_reported_on(text, year):
    assert meta(text).report_year == year


def test_a_short_name_is_not_expanded_over_two_things_joined():
    # M06 guard (93a03's untitled city hall): 政务和大厅的动态 holds the name's characters in order around 和
    text = ("特向社会公开2012年度政务大厅信息公开年度报告。\n"
            "政务大厅是方便群众办事的窗口。\n首页设专栏，发布全市政务和大厅工作的动态。\n")
    assert meta(text).agency == "政务大厅"


def test_a_sites_name_with_the_governments_word_adds_no_places_to_the_name():
    # M06 guard (94d03's town): 清水县白沙镇人民政府网站 is the site's name; the town names itself without the county
    text = ("一、总体情况\n2025年，白沙镇坚持以公开为常态。\n"
            "（一）主动公开。白沙镇人民政府按照要求，通过清水县白沙镇人民政府网站主动公开政府信息共计72条。\n")
    m = meta(text)
    assert m.agency == "白沙镇人民政府"
    assert m.county == "清水县"


def test_a_masked_year_is_no_part_of_the_titles_name():
    # M14 guard (94b07, a procurement site's copy masking every digit): the masked year ends the name
    m = meta("某省/某市-2026-01-27 00:00:00\n某区行政审批局****年度政府信息公开年度报告\n一、总体情况\n")
    assert m.agency == "某区行政审批局"
    assert m.report_year is None  # the year cannot be read, so none is given


def test_a_mirrors_file_label_before_the_title_is_no_part_of_the_name():
    # M14 guard (123d01): (文档) before a county government's title
    text = "(文档)某山县人民政府2017年政府信息公开年度报告\n\n某山县人民政府办公室\n\n本年度报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。\n"
    assert parse_report(text).metadata.agency == "某山县人民政府"


def test_a_zones_kind_and_its_sites_centre_name_no_agency():
    # M06 guards (132c07's 武当山特区, a page with no title): a sentence opened by the bare kind 特区 and a contact
    # that is the zone's IT centre (it runs the site) name no one; the subject that prints the place does
    text = ("本报告所列数据的统计时限自2024年1月1日起至2024年12月31日止。如对本年度报告有疑问，请与某某山信息技术中心联系，"
            "电话：0000-0000000。\n一、总体情况\n2024年，某某山继续推进政务公开工作，紧紧围绕某某山特区工作实际。\n"
            "某某山特区持续强化政府网站工作。\n2024年，特区通过各种渠道累计受理政府信息公开申请1件。\n")
    assert meta(text).agency == "某某山特区"
    # without the subject that prints its place, no name rather than the kind or the centre
    text = ("如对本年度报告有疑问，请与某某山信息技术中心联系。\n一、总体情况\n"
            "2024年，特区通过各种渠道累计受理政府信息公开申请1件。\n")
    assert meta(text).agency is None


def test_a_zones_generic_name_announced_leaves_the_search_to_its_printed_name():
    # M06 guard's wording (300a04, a zone's untitled report): the report announced under the zone's generic 经开区 names
    # no one, and the subject that prints the zone's place is read instead of nothing
    text = ("根据《中华人民共和国政府信息公开条例》要求，结合2021年度某溪经济开发区管委会信息公开工作撰写本报告。\n一、总体情况\n"
            "2021年，某溪经济开发区管委会严格执行《条例》，认真推进政府信息公开工作，现将经开区2021年度政府信息公开工作开展情况汇报如下：\n")
    assert meta(text).agency == "某溪经济开发区管委会"


@pytest.mark.parametrize(
    "after",
    [
        # the superior's contact, site or page field after the generic name is not the zone's name (the review of the first,
        # broader version of the guard read each of these as the county's or city's government)
        "2021年，经开区主动公开政府信息253条。\n如对本报告有疑问，请与某溪县人民政府办公室联系。\n",
        "本报告电子版可在某溪县人民政府门户网站下载。\n",
        "2021年，经开区管委会认真推进公开工作。2021年，县政务公开办认真指导经开区开展工作。\n",
        # nor is a zone the report follows, or one that guides it
        "2021年，某城经济技术开发区管委会认真推进公开工作。\n按照某城经济技术开发区管委会统一部署，经开区主动公开政府信息253条。\n",
        "2021年，某城经济技术开发区管委会认真指导我区开展工作。\n",
    ],
)
def test_a_zones_generic_name_announced_is_no_name_for_its_superior(after):
    assert meta("现将经开区2021年度政府信息公开工作开展情况汇报如下：\n一、总体情况\n" + after).agency is None


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06 guards (134a03's street, 134a09's district): the agency speaking of itself names no one, in the compiler
        # clause or the site the report is on; a later subject that prints the name still gives it
        ("本年度报告由我街道政务公开工作领导小组负责编写。\n一、组织管理情况\n某华门街道办事处2017年共主动公开政府信息506条。\n",
         "某华门街道办事处"),
        ("本年度报告由我区政府政务公开工作领导小组办公室负责编写。本年报的电子版可在我区政府门户网站下载。\n一、总体情况\n", None),
        # (本溪 is a city's name, not 本 speaking of itself)
        ("本年度报告由本溪市人民政府办公室编制。\n一、总体情况\n", "本溪市人民政府"),
    ],
)
def test_the_agency_speaking_of_itself_names_no_one(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # M06 (134b07, 134b08: two cities' streets): the street's 党政和人大办公室 as contact and as compiler is its office
        ("本报告根据《条例》要求编制。如有任何疑问，请与某州市某楼区南某街街道党政和人大办公室联系（地址：某州市某路1号）。\n"
         "一、总体情况\n", "某州市某楼区南某街街道"),
        ("本年度报告由某锡市某山区人民政府某桥街道党政和人大办公室编制。\n一、总体情况\n2025年，某桥街道坚持公开为常态。\n",
         "某桥街道"),
    ],
)
def test_a_streets_party_government_and_congress_office(text, agency):
    assert meta(text).agency == agency


def test_a_sites_menu_printed_as_a_list_names_no_agency():
    # M03 guard (135b11, a province's report on a news portal's mirror): its menu's items are pages of the site
    menu = "- 政策解读\n- 经济发展\n- 社会发展\n- 项目中心\n|\n"
    text = menu + "本年度报告是根据《条例》要求，综合各市人民政府和省政府各部门的报告编制的。\n一、概述\n"
    assert meta(text).agency is None
    # an index block printed as a list is still read: its 名称 item's title names the place
    text = ("- 索引号:某某/2021-00011\n- 发文机构:某某地区行署办公室\n- 名 称:某某地区2020年政府信息公开工作年度报告\n"
            "- 发布日期:2021-03-10\n根据《条例》要求，我地区高度重视。\n")
    assert meta(text).agency == "某某地区"


def test_the_copula_after_the_year_names_no_one():
    # M06 guard (137a09's district, untitled): 2014年是我区积极应对… was read as the agency 是我区
    text = ("一、概述\n推进政府信息公开是某某区人民政府贯彻落实《条例》的重要举措。"
            "2014年是我区积极应对经济下行压力、推进经济社会稳步发展的一年。\n")
    assert meta(text).agency is None
    # the subject after the year still names an agency whose place is printed
    text = "一、概述\n2014年某某区人民政府积极应对经济下行压力，推进政务公开。\n"
    assert meta(text).agency == "某某区人民政府"


@pytest.mark.parametrize("subject", ["本溪市人民政府", "全椒县人民政府", "全州县人民政府", "全南县人民政府"])
def test_a_place_whose_name_starts_like_a_self_reference_is_named(subject):
    # 本溪, 全椒, 全州 and 全南 start with the characters 我局, 本镇 and 全市 start with; they are places all the same
    text = f"一、概述\n2019年{subject}认真贯彻落实《条例》，推进政务公开。\n"
    assert meta(text).agency == subject


@pytest.mark.parametrize("subject", ["本镇", "全县", "全州", "本级政府"])
def test_the_agency_speaking_of_itself_or_its_whole_area_names_no_one(subject):
    text = f"一、概述\n2019年{subject}认真贯彻落实《条例》，推进政务公开。\n"
    assert meta(text).agency is None


def test_the_places_read_past_the_self_reference_check_are_the_gazetteers():
    # the list is data of the gazetteer's: a division added whose name starts so is kept in step
    import csv

    from orchestration.parser.gazetteer import DEFAULT_SEED_PATH
    from orchestration.parser.metadata.names import PLACES_STARTING_AS_SELF_REFERENCE, _NOT_A_NAME_START

    with open(DEFAULT_SEED_PATH, encoding="utf-8") as seed:
        starting_so = {row["name"] for row in csv.DictReader(seed) if row["name"].startswith(_NOT_A_NAME_START)}
    assert starting_so and all(name.startswith(PLACES_STARTING_AS_SELF_REFERENCE) for name in starting_so)


def test_a_street_named_x_jie_as_the_subject_names_it():
    # M06 wording (133c09's street, untitled): some cities' streets are X街, not X街道
    text = "一、总体情况\n2021年，某石街深入贯彻落实《条例》，推进政务公开。\n"
    assert meta(text).agency == "某石街"
    # the street speaking of itself still names no one
    assert meta("一、总体情况\n2021年，我街深入贯彻落实《条例》，推进政务公开。\n").agency is None


def test_a_document_number_glued_before_the_quoted_title_is_no_agency():
    # M04 guard (139b07's mirror of a city report): 榕政函〔2016〕7号《福州市…》 was read as the agency
    text = "某政函〔2016〕7号《某某市2015年政府信息公开工作年度报告》\n浏览量: 时间:2019-01-17\n一、概述\n"
    assert meta(text).agency == "某某市"
    assert meta(text).report_year == 2015


def test_the_party_committee_and_government_together_name_the_place():
    # M06 guard (139b10's township on a mirror): 2016年X乡党委政府高度重视… was read as the agency X乡党委政府
    text = "一、概述\n2016年某某乡党委政府高度重视政府信息公开工作，将其作为重要形式。\n"
    assert meta(text).agency == "某某乡"


def test_a_government_cut_off_by_the_excerpts_end_is_not_printed():
    # M08 guard (139b11's district): …下发了《某某区政府信 at the excerpt's end made the bare place its government
    text = ("2015年度某某区政府信息公开年度报告\n一、概述\n如对本报告有疑问，请联系：某某区政府信息公开工作领导小组办公室。"
            "我区先后下发了《某某区2015年政府信息公开工作要点的通知》、《某某区政府信")
    assert meta(text).agency == "某某区"
    assert meta(text + "息公开保密审查办法》。\n").agency == "某某区"
    # a government printed whole, the page not cut there, still names it
    assert meta(text + "\n某某区政府\n2016年3月1日\n").agency == "某某区政府"


def test_the_month_the_report_came_out_is_not_its_year():
    # M09 guard (139b06's city report on a mirror): 2021年3月,报告发布。 above 2020年,X市… was read as 2021
    text = "报告发布\n2021年3月,报告发布。\n报告全文\n一、总体情况\n2020年,某某市坚持以公开为常态。\n"
    assert meta(text).report_year == 2020


def test_the_year_a_report_builds_on_is_not_its_year():
    # M09 guard (139c02's untitled 2012 report of a city bureau): 在2011年工作的基础上 was read as its year
    text = ("本年度报告由本局编制。\n一、概述\n我局自2007底开始着手开展政府信息公开工作。在2011年工作的基础上，我们继续进行宣传。"
            "对2012年以来的政府信息进行了梳理。\n")
    assert meta(text).report_year == 2012


def test_an_offices_short_name_is_completed_by_the_line_under_the_title():
    # M08 wording (140b01's district office): the title prints X民防办, the line under it X民防办公室
    text = "2009年某某区民防办政府信息公开工作年度报告\n某某区民防办公室\n2010年2月15日\n引言\n"
    assert meta(text).agency == "某某区民防办公室"
    # a sentence's fuller form does not
    text = "2009年某某区民防办政府信息公开工作年度报告\n引言\n本年度报告由某某区民防办公室编制。\n"
    assert meta(text).agency == "某某区民防办"


def test_a_title_naming_a_district_with_its_city_takes_the_printed_government():
    # M08 (141c07, 138a01, 133c11): the title prints 某某市某岸区, the text 某岸区人民政府 after no place
    text = "2025年度某某市某岸区政府信息公开工作年度报告\n一、总体情况\n2025年，某岸区人民政府办理依申请事项69件。\n"
    assert meta(text).agency == "某岸区人民政府"
    # its government never printed, the title's place stays as printed
    assert meta(text.replace("某岸区人民政府", "我区")).agency == "某某市某岸区"


def test_an_index_blocks_summary_and_scope_fields_name_no_agency():
    # M04 guards (142b04's zone): 公开范围 面向社会 and 内容概述 before the title were read as the agency
    text = ("公开形式 网站 公开方式 主动公开 公开范围 面向社会\n效力状况 有效 文件下载\n"
            "内容概述 2023年政府信息公开工作年度报告\n2023年政府信息公开工作年度报告\n一、总体情况\n")
    assert meta(text).agency is None
    assert meta(text).report_year == 2023


def test_an_index_blocks_title_field_label_is_no_part_of_the_name():
    # M04 wording (276d02's county bureau): 信息标题 X…报告 文件编号, the label before the title on its line
    text = ("政府信息公开\n\n信息标题 某硕县文化体育广播电视和旅游局(文物局)2023年度政府信息公开工作年度报告 文件编号\n"
            "公开类型 主动公开 产生日期 2024-01-18 17:46\n\n某硕县文化体育广播电视和旅游局(文物局)2023年度政府信息公开工作年度报告\n")
    assert meta(text).agency == "某硕县文化体育广播电视和旅游局(文物局)"


def test_the_government_in_a_sites_short_name_is_not_printed():
    # M08 guard (142a06's zone, 132d08's prefecture, realdev r288's town): X政府网站 is the site's name
    text = ("本报告的电子版可在某某经济技术开发区政府网站下载。\n一、总体情况\n"
            "2023年，某某经济技术开发区持续推进政务公开。\n")
    assert meta(text).agency == "某某经济技术开发区"


def test_standing_on_its_own_work_after_the_year_opens_the_subjects_verb():
    # M06 wording (142a04's street, untitled): 2025年,X街道立足自身…工作实际
    text = "依据《条例》第五十条规定，编制本报告。\n一、总体情况\n2025年,某外街道立足自身政府信息公开工作实际，严格对标要求。\n"
    assert meta(text).agency == "某外街道"


def test_a_citys_two_character_short_name_is_no_agency():
    # M06 guard (143c09's city): 结合鄂州实际 was read as the agency 鄂州; X州 in two characters is a city's short name
    text = ("本报告是根据《条例》有关规定编制。\n一、概述\n（一）健全制度。结合某州实际起草了管理办法。\n")
    assert meta(text).agency is None
    # an autonomous prefecture's short name has three characters or more
    text = "本报告是根据《条例》有关规定编制。\n一、概述\n（一）健全制度。结合某某州实际起草了管理办法。\n"
    assert meta(text).agency == "某某州"


def test_a_compiler_with_its_short_name_defined_and_a_role_taken():
    # M06 (143c07's zone office): X办公室(以下简称“区办公室”)编制本报告, then 2025年,区办公室作为…管委会…的牵头部门
    text = ("根据《条例》和省、市、区的部署要求，某州市某空经济区办公室(以下简称“区办公室”)编制本报告。\n一、总体情况\n"
            "2025年,区办公室作为某空经济区管委会政务公开工作的牵头落实部门，坚持公开为常态。\n")
    assert meta(text).agency == "某州市某空经济区办公室"


def test_a_zones_place_only_title_takes_its_committee():
    # M08 wording (143c08, 137a02): a zone's government is its 管理委员会 / 管委会, as printed
    text = ("某州市某空经济区2021年度政府信息公开工作年度报告\n本年度报告对某州市某空经济区管理委员会及其以下属区直部门开展"
            "政府信息公开工作的情况进行报告。\n一、总体情况\n")
    assert meta(text).agency == "某州市某空经济区管理委员会"
    # not its site or its building (135b08, 142a06)
    text = ("某某经济技术开发区2017年政府信息公开工作年度报告\n本报告的电子版在某某经济技术开发区管委会网站下载。地址：某某经济"
            "技术开发区管理委员会办公楼C1-1005室。\n一、概述\n")
    assert meta(text).agency == "某某经济技术开发区"
    # nor its portal (门户网站), nor the committee of its kind alone, 开发区管理委员会 inside a fuller name, when the subject
    # is a city's short 某州开发区 (290a07, read as 开发区管理委员会)
    text = ("本报告根据《条例》编制。若有疑问,可直接与某州经济技术开发区管理委员会办公室联系。\n一、总体情况\n"
            "2024年,某州开发区坚持公开为常态。依托某州开发区管委会门户网站发布政策解读12份。\n")
    # (the contact's full name is its reader's label, not read yet: never the committee of any zone)
    assert meta(text).agency not in ("开发区管理委员会", "开发区管委会")
    # the committee of its kind alone names this zone only after the title's own places (the review of 1fbdabf)
    title = "泉州开发区2023年政府信息公开工作年度报告\n一、总体情况\n2023年,泉州开发区认真贯彻条例。"
    assert meta(title + "本报告由泉州市开发区管理委员会办公室编制。\n").agency == "泉州市开发区管理委员会"
    assert meta(title + "\n\n福建省泉州市开发区管委会\n").agency == "福建省泉州市开发区管委会"
    assert meta(title + "学习借鉴厦门市开发区管理委员会经验。\n").agency == "泉州开发区"
    assert meta(title + "开发区管委会办公室负责。\n").agency == "泉州开发区"
    # (printed after two forms of its places, it is left short, as the places cannot be chosen)
    assert meta(title + "本报告由泉州市开发区管理委员会编制。地址:福建省泉州市开发区管理委员会。\n").agency == "泉州开发区"
    # (the committee's portal alone is no printing of it: 1fbdabf)
    assert meta(title + "依托泉州开发区管委会门户网站发布信息。\n").agency == "泉州开发区"


def test_grasping_accurately_after_the_year_opens_the_subjects_verb():
    # M06 wording (144a10's district office, untitled): 2025年,X区人民政府办公室准确把握…, before a later 区政府办公室
    text = ("本报告根据《条例》要求编制。\n一、总体情况\n2025年,某清区人民政府办公室准确把握上级决策部署。\n"
            "一是做好主动公开工作。2025年,区政府办公室及时发布政策文件。\n")
    assert meta(text).agency == "某清区人民政府办公室"


def test_studying_and_applying_after_the_year_opens_the_subjects_verb():
    # M06 wording (293c08's district office, untitled, read blank): 2024年,X区人民政府办公室深学笃用…
    text = ("根据《条例》规定,编制本报告。\n一、总体情况\n2024年,某坪区人民政府办公室深学笃用新思想,全面贯彻上级部署。\n"
            "(一)依法依规加强主动公开。依托政府网站发布区政府重要会议信息。\n")
    assert meta(text).agency == "某坪区人民政府办公室"
    # never the party committee and the government together, a subject the verb follows as often (the review of the
    # session's change); a body named for both keeps its name
    for subject in ("区委区政府", "县委、县政府", "某某市委市政府"):
        assert meta(text.replace("某坪区人民政府办公室", subject)).agency != subject
    assert meta(text.replace("某坪区人民政府办公室", "某都区委区政府机关事务管理局")).agency == "某都区委区政府机关事务管理局"


def test_a_cover_letters_title_with_the_year_word_and_no_year():
    # M07 guard (145a05's mirror): 关于报送X镇政府年度信息公开工作的报告 was read as X镇政府年度
    text = "关于报送某某镇政府年度信息公开工作的报告\n发布时间:2023-01-19\n旗政务服务局:\n现将报告汇报如下。\n"
    assert meta(text).agency == "某某镇政府"


def test_a_supply_cooperatives_head_office_is_a_name():
    # M06 wording (133b12): 编制X市供销合作总社2011年度…报告, its contact the co-operative's OGI office
    text = ("根据《条例》，编制某虞市供销合作总社2011年度政府信息公开工作报告。\n如对本报告有任何疑问，请与某虞市供销合作总社"
            "政府信息公开领导小组办公室联系。\n一、概述\n")
    assert meta(text).agency == "某虞市供销合作总社"


def test_a_street_compiling_its_own_report_names_itself():
    # M06 wording (134d03): 由X街道编制的2016年度…报告, no title
    text = "本报告是根据《条例》的规定，由某泰街道编制的2016年度政府信息公开年度报告。\n一、总体工作情况\n"
    assert meta(text).agency == "某泰街道"
    # not a street named inside its government's office (realdev r148)
    text = "本报告由某市某区人民政府某桥街道党政办公室综合科编制。\n一、总体情况\n"
    assert meta(text).agency is None


def test_two_bodies_reporting_as_one_are_named_together():
    # M06, joint bodies (147b07, 147b06, 143b08): 由A、B编制 and 2024年度,A、B深入贯彻…, each a placed body's full name
    text = ("本年度报告根据《条例》要求，由某海市国家税务局、某海市地方税务局编制。全文包括概述。\n"
            "如对本年度报告有任何疑问，请联系某海市国家税务局、某海市地方税务局政府信息公开办公室。\n")
    assert meta(text).agency == "某海市国家税务局、某海市地方税务局"
    text = ("一、总体情况\n2024年度,某州湾新区建设局、某州市某湾区住房和城乡建设局深入贯彻落实上级决策部署。"
            "现将我局2024年度政府信息公开工作年度报告公开如下。\n")
    assert meta(text).agency == "某州湾新区建设局、某州市某湾区住房和城乡建设局"
    # their short name defined before the verb (150b01)
    text = ("本年度报告根据《条例》要求，由某海市某浦区国家税务局、某海市地方税务局某浦区分局(以下简称区局)编制。\n"
            "一、概述\n2013年，我局立足自身实际。\n")
    assert meta(text).agency == "某海市某浦区国家税务局、某海市地方税务局某浦区分局"
    # a level's offices with no place name no joint body, nor does one placed body beside one unplaced
    assert meta("一、总体情况\n2024年,区政府办公室、区数据局认真贯彻《条例》。\n").agency is None
    assert meta("一、总体情况\n2024年,某州市政府办公室、区数据局认真贯彻《条例》。\n").agency is None


def test_a_sites_column_is_no_full_name_of_the_agency():
    # M06 guard (147b05): 衢州市政府门户网站邮政管理局栏目 holds 衢州市邮政管理局's characters in order
    text = ("根据《条例》，现公布某州市邮政管理局2018年政府信息公开年度报告。\n一、基本概况\n"
            "主要公开途径:某州市邮政管理局官方网站、某州市政府门户网站邮政管理局栏目。\n")
    assert meta(text).agency == "某州市邮政管理局"


def test_a_cover_letters_title_with_a_space_after_about():
    # M07 guard (147d06's county): X人民政府办公室关于 报送X2019年…报告的报告, read with the sent report's place
    text = ("某县人民政府办公室关于 报送某县2019年政府信息公开 工作年度报告的报告\n发布日期 2020-02-17\n"
            "现将《2019年政府信息公开工作年度报告》随文报来。\n")
    assert meta(text).agency == "某县人民政府办公室"


def test_a_government_printed_only_in_its_portals_name_or_its_seat_is_not_printed():
    # M08 guards: X旗政府门户网站 (148a05) and an address's X镇政府驻地 (148b08), whose readers kept the bare place
    text = ("根据《条例》要求，现公布某温旗2019年政府信息公开工作年度报告。本报告的电子版可在某温旗政府门户网站下载。\n"
            "一、总体情况\n")
    assert meta(text).agency == "某温旗"
    text = ("某子镇2018年政府信息公开工作年度报告\n现将某子镇2018年度政府信息公开工作年度报告予以公布。(地址:某丘市某子镇政府驻地,"
            "电话:0536-0000000)\n")
    assert meta(text).agency == "某子镇"
    assert meta(text.replace("某子镇政府驻地", "某子镇政府")).agency == "某子镇政府"


def test_a_pages_archive_time_is_not_its_publication_date():
    # M02 guard (149c06's maritime bureau): 归档时间:2020-01-01 above the page's own date line
    text = ("归档时间:2020-01-01\n\n某阳市地方海事局2016年政府信息公开工作年度报告\n\n2017-03-08 10:17 来源:市地方海事局 字体:【\n"
            "按照《条例》要求，编制本报告。\n")
    assert meta(text).published_on == dt.date(2017, 3, 8)


def test_a_contacts_leading_group_takes_no_government_word_from_the_name():
    # M06 guard (150d01's city, untitled): 请与X市人民政府信息公开工作领导小组办公室联系 was read as X市人民, no name
    text = ("本报告根据《条例》，综合市政府各部门的年度报告编制而成。如对本报告有任何疑问，请与某阳市人民政府信息公开工作领导小组"
            "办公室联系(地址:某阳市某路6号)。\n一、概述\n2010年，我市按照省政府的要求深化政府信息公开。\n")
    assert meta(text).agency == "某阳市人民政府"


def test_a_name_under_a_contact_prompt_is_the_contact_not_the_agency():
    # M11 guard (151a03's city commission): 请联系: / X委员会办公室 / 电话:…, its compiler clause naming the commission
    text = ("引言\n本报告是根据《条例》要求，由某京市市政市容管理委员会编制的2013年度政府信息公开年度报告。\n"
            "如对本报告有任何疑问，请联系:\n某京市市政市容管理委员会办公室\n电话:66056001。\n一、概述\n")
    assert meta(text).agency == "某京市市政市容管理委员会"


def test_a_two_digit_year_glued_before_a_place_in_a_title():
    # M09 guard (151a08's city on a document-sharing copy): 09X市政府信息公开报告
    assert meta("09某阳市政府信息公开报告\n2009年，市政府信息公开办规范了新闻发布。\n").agency == "某阳市"


def test_a_wiki_boxs_report_period_is_no_publication_date():
    # M02 guard (153c05's province on a traditional wiki): 報告時間:2014年1月1日至12月31日, the period covered
    text = ("2014年度某南省人民政府信息公開工作報告\n\n根據《條例》的規定，現公布某南省人民政府2014年政府信息公開工作年度報告。\n"
            "  • 中文名:2014年度某南省人民政府信息公開工作報告\n  • 報告時間:2014年1月1日至12月31日\n")
    assert meta(text).published_on is None
    # a page-date label over one date is read; over a span it is no date either (199c06's guard)
    assert meta(text.replace("報告時間:2014年1月1日至12月31日", "發布時間:2015年1月20日")).published_on == dt.date(2015, 1, 20)
    assert meta(text.replace("報告時間", "發布時間")).published_on is None


def test_a_levels_own_part_is_no_agency_name():
    # M06 guard (154b05's county office, untitled): 2019年,县本级政府及政府办主动公开政府信息88条 names no one body
    text = ("本报告依据《条例》编制。对本报告如有疑问，可与某泰县人民政府办公室数字信息科联系。\n一、总体情况\n"
            "2019年，县本级政府及政府办主动公开政府信息88条。\n")
    assert meta(text).agency == "某泰县人民政府办公室"


def test_a_street_office_printed_after_its_districts_government_in_a_sentence():
    # M08 (155a09's street, as 78b14, 30a12, 30a13): X区人民政府Y街道办事处 as a subject, X区Y街道办事处 later
    text = ("依据《条例》第五十条规定，编制本报告。\n一、总体情况\n（一）主动公开情况\n"
            "为方便公众查询，北京市西城区人民政府展览路街道办事处主要通过数字西城网站公开基本信息。\n"
            "北京市西城区展览路街道办事处通过数字西城网站公开财政预算、决算信息。\n")
    assert meta(text).agency == "北京市西城区人民政府展览路街道办事处"
    # a column's name is no printing of the office's full name
    column = text.replace("主要通过数字西城网站公开基本信息", "信息公开栏目公开基本信息")
    assert meta(column).agency == "北京市西城区展览路街道办事处"


def test_the_yearly_government_work_report_names_no_government():
    # M08 guard (155a08's district, untitled): 及时公布2020年X区政府工作报告 beside a subject printing the bare place
    text = ("依据《条例》第五十条之规定，制作本报告。\n一、总体情况\n2020年度，北京市东城区以…为指导，全面贯彻落实《条例》。\n"
            "通过区政府公报、区政府网站及时公布2020年东城区政府工作报告。\n")
    assert meta(text).agency == "北京市东城区"
    assert meta(text.replace("东城区政府工作报告", "东城区政府的工作报告")).agency == "东城区政府"


def test_a_conjunction_left_where_a_mirror_deleted_words_starts_no_name():
    # M14 guard (157d09's city on a mirror that deletes 政务公开): 制定我市《2014年暨政府信息公开业务培训方案》
    text = ("一、概述\n2014年，市政府紧紧围绕总目标推进政府信息公开。\n（三）加强业务培训。制定我市《2014年暨政府信息公开业务"
            "培训方案》，举办全市暨政府信息公开业务培训班。\n")
    assert meta(text).agency is None
    assert meta(text.replace("2014年暨政府信息公开业务培训", "2014年乌鲁木齐市人民政府信息公开")).agency == "乌鲁木齐市人民政府"


def test_an_issuer_line_with_a_slashed_date():
    # M11 wording (157b05 and 139b05, a province's reports on a news portal): X办公厅  2016/3/28 under the title
    text = "某徽省人民政府2015年政府信息公开工作报告\n某徽省人民政府办公厅  2016/3/28\n\n本报告是根据《条例》要求编制的。\n"
    assert meta(text).published_on == dt.date(2016, 3, 28)
    assert meta(text.replace("某徽省人民政府办公厅  ", "共计")).published_on is None


def test_a_portals_name_pasted_before_a_year_first_title():
    # M03 (159c05's city commission on a spam copy): 长沙市政府门户网站-2022年X委员会…报告_spam on the first line
    text = ("某沙市政府门户网站-2022年某沙市卫生健康委员会政府信息公开工作年度报告_足彩app\n首页 > 政府信息公开 > 市卫生健康委\n\n"
            "本年度报告根据《条例》编制。\n")
    assert meta(text).agency == "某沙市卫生健康委员会"


def test_a_report_speaking_as_the_governments_office_is_the_offices():
    # M06 (134b01, 152a08, 156b07): 由X人民政府办公室…编制 then 2025年,我办…: the office's own report, not its government's
    text = ("本年度报告由某狮市人民政府办公室根据《条例》要求编制。如对本年度报告有疑问，请与某狮市人民政府办公室联系。\n"
            "一、总体情况\n2025年，我办紧紧围绕市委、市政府决策部署，加强重点领域信息公开。\n")
    assert meta(text).agency == "某狮市人民政府办公室"
    # a government's report its office compiled, speaking as the city, stays the government's
    assert meta(text.replace("我办", "我市")).agency == "某狮市人民政府"
    # (165c01) and so does one whose title names the government in full, though the office speaks as 我办
    assert meta("某狮市人民政府2023年政府信息公开工作年度报告\n" + text).agency == "某狮市人民政府"


def test_a_news_portals_date_and_time_before_a_bar():
    # M02 (136b09, 137b06, 156b11, 156b12: four provinces' reports on one portal): 2013年04月23日16:59 | X门户网 … | 给编辑写信
    text = ("某江省2012年政府信息公开工作年度报告\n\n2013年04月23日16:59 | 中国发展门户网 www.chinagate.cn | 给编辑写信 字号:T|T\n\n"
            "本报告根据《条例》要求编制。\n")
    assert meta(text).published_on == dt.date(2013, 4, 23)
    # the same date with no time before the bar is no stamp of the page
    assert meta(text.replace("16:59 |", " |")).published_on is None


def test_a_date_after_the_title_on_its_line():
    # M11 wording (140b02, 152b12): 2017年X办公室政府信息公开工作年度报告 ( 2018年01月15日 )
    text = "2017年某海市民防办公室政府信息公开工作年度报告 ( 2018年01月15日 )\n\n本年度报告根据《条例》要求编制。\n"
    assert meta(text).published_on == dt.date(2018, 1, 15)
    assert meta(text.replace("年度报告 (", "年度报告提交于 (")).published_on is None
    # (161b05) the date beside the title is the page's, over the issuer's date printed below it
    signed = text.replace("\n\n", "\n某海市民防办公室\n  2018年1月16日\n\n", 1)
    assert meta(signed).published_on == dt.date(2018, 1, 15)
    assert meta(signed.replace(" ( 2018年01月15日 )", "")).published_on == dt.date(2018, 1, 16)
    # (161b01) the date bare after the title
    assert meta(text.replace(" ( 2018年01月15日 )", " 2018-01-29")).published_on == dt.date(2018, 1, 29)
    # (186b02, 186b09) the dashed date in brackets, over the issuer's date below
    assert meta(signed.replace(" ( 2018年01月15日 )", " ( 2018-01-29 )")).published_on == dt.date(2018, 1, 29)
    # (191a05) and dotted; a dotted number that is no date is not read
    assert meta(signed.replace(" ( 2018年01月15日 )", " ( 2018.01.29 )")).published_on == dt.date(2018, 1, 29)
    assert meta(signed.replace(" ( 2018年01月15日 )", " ( 2018.01 )")).published_on == dt.date(2018, 1, 16)
    # (review: 165a01) and with slashes
    assert meta(signed.replace(" ( 2018年01月15日 )", " ( 2018/01/29 )")).published_on == dt.date(2018, 1, 29)


def test_an_untitled_report_named_by_its_first_sections_subject():
    # M06 (144c02, 151a02, 155d05, 161c06): no title; 一、总体情况 / 在2025年,X局坚决贯彻… names the body only there
    text = ("根据《条例》要求，编制本年度报告。所列数据统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n"
            "在2024年，某口区住房和城市更新局按照中央和省市区的要求，严抓信息公开内容的质量。\n（一）主动公开\n"
            "2024年，我局在区政府门户网站主动公开政府信息43条。\n")
    assert meta(text).agency == "某口区住房和城市更新局"
    # bodies listed together are no one body's name; a sentence of another subject names none
    assert meta(text.replace("住房和城市更新局按照", "住房和城市更新局、区城管局按照")).agency is None
    assert meta(text.replace("在2024年，某口区住房和城市更新局按照", "全区各部门按照")).agency is None


def test_the_year_a_rule_came_into_force_is_no_report_year():
    # M09 guard (161a01's untitled street report): 尤其是2015年《X规定》实施以来… before its own year's 2016年
    text = ("一、概述\n自2008年5月1日起，某桥街道开始开展政府信息公开工作。尤其是2015年《某京市政府信息公开规定》实施以来，"
            "积极推动本街道政府信息公开工作。2016年，按照区里的要求推进政务公开。\n")
    assert meta(text).report_year == 2016


def test_a_sites_name_in_the_titles_place_is_no_agency():
    # M03 guard (162c02): 海南审计网2020年政府信息公开工作年度报告, the department named only in its prose
    text = "某南审计网2020年政府信息公开工作年度报告\n\n一、总体情况\n2020年，某南迎来重要节点。\n"
    assert meta(text).agency is None
    assert meta(text.replace("审计网", "审计厅")).agency == "某南审计厅"


@pytest.mark.parametrize(
    "text, page_date, without_it, only_date",
    [
        # M04/M11 (162b01): 发文日期 2023-02-10 in the index block, the page's 发布时间:2023-02-16 14:36 below it
        ("索引号 014437529/2023-00211 主题分类\n发布单位 某江市政府办 发文日期 2023-02-10\n\n"
         "某江市人民政府2022年政府信息公开工作年度报告\n\n发布时间:2023-02-16 14:36 浏览次数:\n\n本年度报告根据《条例》编制。\n",
         dt.date(2023, 2, 16), ("发布时间:2023-02-16 14:36 ", ""), dt.date(2023, 2, 10)),
        # M11 (173c04, 173c08): 更新时间:… 发布时间:… on one line; with the publication time left empty the update time is
        # the page's only date (realdev r05)
        ("某口区人民政府2022年政府信息公开工作年度报告\n\n更新时间:2023-12-26 16:09 发布时间:2023-02-02 15:00 来源:某口区政务服务局"
         "\n\n根据《条例》有关规定编制本报告。\n",
         dt.date(2023, 2, 2), ("发布时间:2023-02-02 15:00", "发布时间: |"), dt.date(2023, 12, 26)),
    ],
    ids=["issue date in the index block", "update time on the same line"],
)
def test_an_issue_or_update_date_gives_way_to_the_pages_own(text, page_date, without_it, only_date):
    assert meta(text).published_on == page_date
    # alone, the issue or update date is still read
    assert meta(text.replace(*without_it)).published_on == only_date


def test_a_title_broken_inside_its_words_names_no_body_with_a_year():
    # M07 guard (294b06's district bureau): a summary's title repeated under the page's header, broken inside 政府信息公开,
    # its first half ending on 政府 (X局2016年政府 / 信息公开工作总结), was read with its year
    text = ("某福区某监局2016年政府信息公开工作总结\n\n发布时间:2017-03-02 来源:某福区某监局\n\n某福区某监局2016年政府\n\n"
            "信息公开工作总结\n\n一、全年工作概况\n")
    assert meta(text).agency == "某福区某监局"


def test_a_year_before_the_name_on_its_line_is_the_titles():
    # M07 guard (164b03): 2010年度信息公开年报 / 2010年X局 / 政府信息公开工作年度报告
    text = ("2010年度信息公开年报 2011-02-25\n\n2010年上海市某浦区绿化和市容管理局\n\n政府信息公开工作年度报告\n\n"
            "引言\n本年度工作报告是根据《条例》要求编制。\n")
    assert meta(text).agency == "上海市某浦区绿化和市容管理局"
    # (199a05's city commission, 187a03's district bureau) the year printed without its 年, with or without a space
    for year in ("2010", "2010 "):
        assert meta(text.replace("2010年上海市", year + "上海市")).agency == "上海市某浦区绿化和市容管理局"
    # four leading digits that are no year of a report stay the name's
    assert meta("1234热线服务中心\n\n政府信息公开工作年度报告\n\n本报告由1234热线服务中心编制。\n").agency == "1234热线服务中心"


def test_a_contact_naming_a_section_of_the_bureau():
    # M06 wording (164a09): 请与X商务局电子商务和信息化处联系, the bureau named nowhere else
    text = ("本年度报告是根据《条例》要求编制。如对本年度报告有任何疑问,请与某林市商务局电子商务和信息化处联系(地址:某林市"
            "松江中路65号)。\n一、基本工作情况\n2012年,随着《条例》的正式实施,市商务局的政务公开工作进入规范化的轨道。\n")
    assert meta(text).agency == "某林市商务局"
    # a section after a place's name is no bureau's
    assert meta(text.replace("某林市商务局电子商务和信息化处", "某林市电子商务和信息化处")).agency is None


def test_a_contact_naming_the_bureaus_request_desk():
    # M06 wording (273c03): 请与X局政府信息公开申请受理机构联系, the bureau named nowhere else
    text = ("根据《条例》要求,我局编制了2023年政府信息公开工作年度报告。如对本报告有任何疑问,请与重庆市某中区医疗保障局政府信息公开"
            "申请受理机构联系(地址:重庆市某中区某路1号)。\n一、总体情况\n2023年,我局坚持以公开为常态。\n")
    assert meta(text).agency == "重庆市某中区医疗保障局"
    # a government's or a service centre's desk names the body that runs it, not the report's (review of 9d3a970)
    assert meta(text.replace("重庆市某中区医疗保障局政府信息公开申请受理机构", "某市人民政府政府信息公开申请受理机构")).agency is None
    # a commission's full name too
    assert meta(text.replace("重庆市某中区医疗保障局", "某市卫生健康委员会")).agency == "某市卫生健康委员会"
    named = "根据《条例》要求,某市交通运输局编制了2023年政府信息公开工作年度报告。" + text.split("。", 1)[1]
    assert meta(named.replace("重庆市某中区医疗保障局", "某市人民政府")).agency == "某市交通运输局"


def test_a_government_office_named_only_as_the_compiler_compiled_its_governments_report():
    # M06 (132c11, 133c07, 134b03, 141b04, 166d01): 由X区政府办公室编制, the report speaking as the district
    text = ("本年度报告是根据《条例》要求，由某中区政府办公室编制。本年度报告的电子版可以某宁市某中区人民政府网站查阅。\n"
            "一、总体情况\n2020年，某中区坚持以公开为常态，推进全区政务公开工作。\n")
    assert meta(text).agency == "某中区人民政府"  # (a made-up city: the gazetteer joins no prefix)
    # the office speaking as itself is the office's own report
    assert meta(text.replace("某中区坚持", "我办坚持")).agency == "某中区政府办公室"


def test_a_title_date_only_near_the_top_and_below_a_labelled_date():
    # (review of 29b2f0f) a related report's title and date below the text is no page date; a labelled 发布时间 under the
    # title is the page's own
    signed = ("某某市民政局2023年政府信息公开工作年度报告\n\n本年度报告根据《条例》编制。\n一、总体情况\n2023年，本局认真落实。\n"
              "二、其他\n无。\n某某市民政局\n2024年1月20日\n相关链接\n某某市民政局2022年政府信息公开工作年度报告 2023-01-18\n")
    assert meta(signed).published_on == dt.date(2024, 1, 20)
    labelled = "某某区某街道2023年政府信息公开工作年度报告 2024-01-29\n发布时间：2024-02-05\n\n本年度报告根据《条例》编制。\n"
    assert meta(labelled).published_on == dt.date(2024, 2, 5)


def test_an_issue_date_and_the_pages_date_on_one_line():
    # (review of c7a3c67) 发文日期:… 发布日期:… on one line of the index block: the page's
    text = ("索引号 1/2023-00211\n发布单位 某江市政府办 发文日期:2023-02-10 发布日期:2023-02-16\n\n"
            "某江市人民政府2022年政府信息公开工作年度报告\n本年度报告根据《条例》编制。\n")
    assert meta(text).published_on == dt.date(2023, 2, 16)


def test_a_compiling_office_speaking_as_itself_keeps_the_report():
    # (review of d6e1f86) 我厅, or the office's name opening a sentence, is the office speaking as itself
    assert meta("本年度报告由某省政府办公厅编制。\n一、总体情况\n2023年，我厅主动公开政府信息120条。\n").agency == "某省政府办公厅"
    assert meta("本年度报告由某中区政府办公室编制。\n一、总体情况\n2020年，某中区政府办公室主动公开政府信息120条。\n"
                ).agency == "某中区政府办公室"


def test_the_first_sections_subject_must_be_one_placed_body():
    # (review of 6592ff1) the party and the government together name no agency; a zone's committee does
    base = "根据《条例》要求，编制本年度报告。\n一、总体情况\n"
    assert meta(base + "在2024年，区委区政府高度重视政务公开。\n").agency is None
    assert meta(base + "党中央国务院高度重视政务公开工作。\n").agency is None
    assert meta(base + "2024年，某某高新区管委会坚持以公开为常态。\n").agency == "某某高新区管委会"


def test_a_labelled_date_line_is_the_pages_over_a_signature_below():
    # M11 (145a05's cover letter on a mirror): 发布时间:2023-01-19 alone on its line, the letter signed 2022年1月19日 below
    text = ("关于报送某镇政府年度信息公开工作的报告\n发布时间:2023-01-19\n来源:某镇 浏览次数:\n旗政务服务局:\n现将某镇年度报告"
            "汇报如下。\n某镇人民政府\n2022年1月19日\n")
    assert meta(text).published_on == dt.date(2023, 1, 19)
    # unlabelled, the date under the title is the signature's kind and the last one stands
    assert meta(text.replace("发布时间:", "")).published_on == dt.date(2022, 1, 19)


def test_a_cover_letters_title_split_after_the_sent_reports_place():
    # M07 guard (168b03's district): X办公室关于印发X区 / 2024年度…报告的通知 was read as the whole first half
    text = ("某港区人民政府办公室关于印发某港区\n2024年度政府信息公开工作年度报告的通知\n各镇人民政府:\n"
            "现将《某港区2024年度政府信息公开工作年度报告》印发给你们。\n")
    assert meta(text).agency == "某港区人民政府办公室"


@pytest.mark.parametrize("title_lines", [
    # M07 (322c04's town): the notice's title split before the quoted report's title, read as '《某武镇'
    "某安县某武镇人民政府关于公布\n《某武镇2009年政府信息公开年度报告》的通知",
    # (322c08's city office) a report's title naming its sender, 关于 and the city whose work it reports on, no verb between:
    # on one line, read as '某安市人民政府办公室关于某安市'; split after 关于, read as the city's government
    "某安市人民政府办公室关于某安市2010年政府信息公开工作的年度报告",
    "某安市人民政府办公室关于\n某安市2010年政府信息公开工作的年度报告",
])
def test_the_sender_before_guanyu_is_the_agency(title_lines):
    sender = title_lines.split("关于")[0]
    text = title_lines + "\n各村委会,镇直各单位:\n本年报根据《条例》编制。\n一、概述\n全年工作有序开展。\n"
    assert meta(text).agency == sender


@pytest.mark.parametrize("title, agency", [
    # a 关于 the cut leaves names no one: the text is read (the second review of ef20596)
    ("某岭市关于白沙区2020年政府信息公开工作年度报告", "白沙区人民政府"),
    ("白沙区人民政府关于全区2020年政府信息公开工作年度报告", "白沙区人民政府"),
])
def test_a_title_with_guanyu_before_other_words_names_no_one(title, agency):
    text = (f"{title}\n2021-01-20 来源：本站\n根据《中华人民共和国政府信息公开条例》规定，现公布{agency}2020年政府信息公开工作年度"
            f"报告。\n一、总体情况\n2020年，{agency}认真贯彻落实《条例》，扎实推进政府信息公开工作。\n")
    assert meta(text).agency == agency
    # nor is a notice about the reports any report's agency
    notice = ("某溪县人民政府办公室关于做好全县2020年度政府信息公开工作年度报告编制工作的通知\n2020-12-10 来源：本站\n"
              "各乡镇人民政府，县政府各部门：\n现就做好2020年度政府信息公开工作年度报告编制工作通知如下。\n")
    assert meta(notice).agency is None


@pytest.mark.parametrize("line_above, title, agency", [
    # another item's headline above the title is no split title (the review of ef20596)
    ("某某县人民政府关于表彰全县安全生产先进集体和先进个人的决定", "某某县农业农村局2020年政府信息公开工作年度报告", "某某县农业农村局"),
    ("某某市人民政府关于调整部分行政区划的通知", "某某区2020年政府信息公开工作年度报告", "某某区"),
    ("某某县人民政府关于表彰优秀共产党员的决定", "2020年政府信息公开工作年度报告", "某某县卫生健康局"),
    # a headline's verb and what it issues, over a bare place's title; a sender above another place's report, passed on
    # (the second review of ef20596)
    ("某某县人民政府关于印发某某县防汛抗旱应急预案的通知", "某某镇2020年政府信息公开工作年度报告", "某某镇人民政府"),
    ("某某市人民政府关于上报", "某某县2020年政府信息公开工作年度报告", "某某县人民政府"),
])
def test_a_headline_with_guanyu_above_the_title_is_not_its_sender(line_above, title, agency):
    text = (f"首页 > 信息公开 > 年度报告\n{line_above}\n{title}\n2021-01-20 10:00 来源：某某县卫生健康局\n"
            f"根据《中华人民共和国政府信息公开条例》规定，现公布{agency}2020年政府信息公开工作年度报告。\n")
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "title, year",
    [
        # M12 (173a01–a05): a report in English, its year after the title's words or before them
        ("Annual Report of Some District People’s Government on Government Information Disclosure in 2019", 2019),
        ("2015 Annual Report of Some District People’s Government on Government Information Disclosure", 2015),
        # under the body's English name on the line above (174c01)
        ("General Office of Some Provincial People’s Government\n2011 Annual Report on Government Information Disclosure",
         2011),
        # a work report's title after a site's trail (178c03)
        ("Home> Annual Reports\n\nSome City government information publicity work report for 2012", 2012),
        # untitled, its statistics period in English, the end's year printed or left out (176a05, 178a01, 178a02)
        ("The statistical period of the data listed in this report is from January 1, 2017 to December 31, 2017.", 2017),
        ("The statistical period of the data listed in this report is from January 1, 2018 to December 31.", 2018),
        # …but a period over two years is no one year's
        ("The data listed in this report is from January 1, 2017 to December 31, 2018.", None),
        # a year named in passing is no report's year
        ("Notes on the Regulations of 2008 on the Openness of Government Information", None),
    ],
)
def test_a_report_in_english_gives_its_year(title, year):
    text = title + "\n\n  This report is made in accordance with Article 50 of the Regulations.\n"
    assert meta(text).report_year == year


def test_review_of_the_thirty_seventh_sessions_metadata_rules():
    # (review) an update time after the page's own date on its line leaves that date the page's, whatever lines follow
    text = ("某局2023年政府信息公开工作年度报告\n发布时间:2024-01-19 09:30 更新时间:2024-03-05 10:12 来源:某局\n正文\n"
            "上一篇：某文 发布时间:2024-01-10 10:00\n")
    assert meta(text).published_on == dt.date(2024, 1, 19)
    # (review) so does an issue date after it
    assert meta("某局2023年政府信息公开工作年度报告\n发布日期:2024-01-19 发文日期:2024-01-10\n正文\n上一篇 发布时间:2024-01-02\n"
                ).published_on == dt.date(2024, 1, 19)
    # (review) an English title's first year after its words is the report's
    assert meta("Annual Report on Government Information Disclosure 2019, issued in 2020\n").report_year == 2019
    # (review) a whole area's or the levels' OGI office names no one
    assert meta("本报告由全县政务公开办公室编制。\n").agency is None
    assert meta("本报告由市县政务公开办公室编制。\n").agency is None


def test_a_new_area_with_a_government_of_its_own_is_named_by_it():
    # M08 (179a01): a place-only title naming a 新区 that is a district, its government printed in the compiler's name
    text = "某海市某东新区2012年政府信息公开工作年度报告\n本年度报告由某东新区人民政府办公室综合各行政机关的年度报告编制而成。\n"
    assert meta(text).agency == "某东新区人民政府"
    # …while a 新区 run by a committee is named by its committee
    text = "某湖新区2021年政府信息公开工作年度报告\n本报告由某湖新区管委会党政办公室编制。\n"
    assert meta(text).agency == "某湖新区管委会"


def test_a_page_date_under_its_label_on_the_line_above_wins_over_the_signature():
    # M11 (179a04): an index block printing 发布日期: and its date on lines of their own, a signature's date below
    text = "某县2013年政府信息公开年度报告\n公开主体:\n某县人民政府办公室\n发布日期:\n2014-01-08\n某县人民政府\n2014年1月6日\n引言\n"
    assert meta(text).published_on == dt.date(2014, 1, 8)
    # …but a document's 成文日期 so printed is no page's date
    text = "某县2013年政府信息公开年度报告\n成文日期:\n2014-01-02\n某县人民政府\n2014年1月6日\n引言\n"
    assert meta(text).published_on == dt.date(2014, 1, 6)


def test_review_of_the_thirty_eighth_sessions_metadata_rules():
    # (review) a sentence after the year's character that has its own year still names its subject
    assert meta("2020年是某规划收官之年。2020年，某某市司法局以新思想为指导，推进工作。\n").agency == "某某市司法局"
    # (review) …and a party committee's deeds after it name no agency
    assert meta("2020年是收官之年。某某市委市政府高度重视政务公开。\n").agency is None
    # (review) a guide of a body below the one the report speaks as is no name of its own
    assert meta("一、总体情况\n2020年，我厅认真贯彻落实《条例》，修订《某省公路管理处政府信息公开指南》。\n").agency is None
    # (review) an English period counted elsewhere than the report's statistics is no report's year
    text = ("Work Report of Some District\nIn 2018 the district received 120 requests, up from 95 received from "
            "January 1, 2017 to December 31, 2017.\n")
    assert meta(text).report_year is None
    # (review) a bare 时间: over an event's date in the body is no page's date
    text = "某县2013年政府信息公开年度报告\n一、会议情况\n时间:\n2013年5月8日\n地点:县政府会议室\n某县人民政府\n2014年1月6日\n"
    assert meta(text).published_on == dt.date(2014, 1, 6)
    # (review) the label and its date padded with bars, as a row of the page's fields
    text = "某县2013年政府信息公开年度报告\n发布日期: |\n2014-01-08 |\n某县人民政府\n2014年1月6日\n"
    assert meta(text).published_on == dt.date(2014, 1, 8)


def test_a_bracketed_heading_ending_like_a_name_is_no_agency():
    # M06 guard (180c02): (二)围绕重点工作加强工作部署, its 署 an agency's last word, was read as the city's name
    text = ("一、概述\n2016年,某潭市各级各部门紧紧围绕主线推进公开。\n(一)加强组织领导\n某潭市高度重视政务公开工作。\n"
            "(二)围绕重点工作加强工作部署\n为贯彻落实相关要求,某潭市人民政府办公室印发了工作要点。\n")
    assert meta(text).agency == "某潭市人民政府"


def test_an_outline_of_the_reports_parts_names_its_agency():
    # M06 (181d06, 181d11): 报告由2019年X信息公开工作总体情况、…组成 was read as 由2019年X
    text = ("本报告根据《条例》要求编写。报告由2019年某江市人民政府信息公开工作总体情况、主动公开政府信息情况等六部分组成。\n"
            "一、总体情况\n")
    assert meta(text).agency == "某江市人民政府"


@pytest.mark.parametrize(
    "title, agency",
    [
        # M09 (154b10, 171b12, 181c08): the year between the place and the body, the two joined
        ("某义县2015年教育局信息公开工作年度报告", "某义县教育局"),
        ("某城区2020年政府办公室政府信息公开工作年度报告", "某城区政府办公室"),
        ("某城市2021年气象局政府信息公开工作年度报告", "某城市气象局"),
        # …a place's own report keeps the place
        ("某义县2015年政府信息公开工作年度报告", "某义县"),
        # (review) the body's level printed again is joined once, but not the 市 of 市场
        ("某义县2015年县教育局信息公开工作年度报告", "某义县教育局"),
        ("某城市2021年市人民政府办公室政府信息公开工作年度报告", "某城市人民政府办公室"),
        ("某城市2019年市场监督管理局政府信息公开工作年度报告", "某城市市场监督管理局"),
        # (review) two bodies listed are no one body's name
        ("某义县2015年教育局、卫生局信息公开工作年度报告", "某义县"),
    ],
)
def test_a_title_with_the_year_between_place_and_body(title, agency):
    assert meta(title + "\n一、总体情况\n").agency == agency


def test_review_of_the_outline_naming_its_agency():
    # (review) an outline naming a place only gives way to the compiler named after it
    text = "报告由2019年度某某县政府信息公开工作总体情况、主动公开等组成。本报告由某某县交通运输局编制。\n一、总体情况\n"
    assert meta(text).agency == "某某县交通运输局"


def test_a_related_reports_title_and_date_under_the_title_are_not_the_pages_date():
    # (review of c36fa63) a list of related reports under the title prints an earlier report's title and date
    text = ("上海市某局2009年政府信息公开年报\n相关文章：\n上海市某局2008年政府信息公开年报 (2009-03-31)\n一、概述\n"
            "2009年，本局认真贯彻《条例》。\n上海市某局\n2010年1月11日\n")
    assert meta(text).published_on == dt.date(2010, 1, 11)
    # (review of ff645c1) the page's own dated title under a breadcrumb, or split over two lines, is still read
    body = "一、概述\n2009年，本局认真贯彻《条例》。\n上海市某局\n2010年1月11日\n"
    assert meta("首页 > 信息公开 > 年报 > 上海市某局2009年政府信息公开年报\n上海市某局2009年政府信息公开年报 (2010-02-09)\n"
                + body).published_on == dt.date(2010, 2, 9)
    assert meta("某某区统计局2009年政府信息公开\n年报 (2010-02-09)\n" + body).published_on == dt.date(2010, 2, 9)


def test_a_date_something_began_on_alone_on_its_line_is_no_publication_date():
    # M11 guard (184a05–a07, three towns' reports of one district): a sentence broken around its start date left
    # '2004年5月1日起' on a line of its own, read as the page's date; the index block's bare date stands instead
    text = ("2014年某区某新镇政府信息公开工作年度报告\n无\n主动公开\n2015.02.26\n引 言\n本年度报告由某新镇编制。\n"
            "一、概 述\n根据《规定》要求，\n2004年5月1日起\n本镇开始开展政府信息公开工作。\n")
    assert meta(text).published_on == dt.date(2015, 2, 26)
    # (review of d837deb) nor one a rule came into force on (2008年5月1日实施)
    assert meta(text.replace("2004年5月1日起", "2008年5月1日实施")).published_on == dt.date(2015, 2, 26)
    # a date line of the page's own, with its time, is still read
    assert meta(text.replace("2004年5月1日起\n", "2015年02月26日 10:20 来源：某新镇\n").replace("2015.02.26\n", "")
                ).published_on == dt.date(2015, 2, 26)
    # (198a11's district commission) nor a law's start date before its name, the sentence cut at the text's end
    cut = ("2009年上海市某山区经济委员会政府信息公开工作年度报告\n上海市某山区经济委员会\n二〇一〇年一月\n引 言\n"
           "本年度报告由上海市某山区经济委员会编制。\n(二)明确公开范围。\n2008年5月1日《条例》和《规定")
    assert meta(cut).published_on is None
    # (review) a newspaper's name after the page's date leaves the date the page's
    assert meta("2014年2月28日 《人民日报》 作者：张三\n" + cut).published_on == dt.date(2014, 2, 28)
    # the page's own date line with its source label after it is still read (157a04's province department)
    assert meta("2010年04月16日 文章来源:某省审计厅\n" + cut).published_on == dt.date(2010, 4, 16)


def test_the_pages_date_with_the_reports_opening_run_into_its_line():
    # M11 (181b09, 181c09, 187a05): the date line and the first sentence joined, long as a sentence
    opening = "本报告根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和《上海市政府信息公开规定》要求编制，全文包括总体情况、主动公开情况等。"
    title = "上海市某区统计局2025年度政府信息公开工作年度报告\n"
    assert meta(title + "2026年01月12日 来源: 上海某区" + opening + "\n一、总体情况\n").published_on == dt.date(2026, 1, 12)
    assert meta(title.replace("2025", "2018") + "2019年3月26日" + opening.replace("本报告", "本年度报告") + "\n"
                ).published_on == dt.date(2019, 3, 26)
    # untitled, the run-in date's year is not the year reported on (realdev r222's zone)
    untitled = meta("2019年3月26日本年度报告根据《条例》要求，由某某高新区管委会编制。\n一、概述\n某某高新区管委会2018年共公开信息183条。\n")
    assert (untitled.report_year, untitled.published_on) == (2018, dt.date(2019, 3, 26))
    # a long sentence opening with an event's date is no page date
    assert meta(title + "2025年3月5日，本局召开政府信息公开工作会议，部署全年工作，" + opening + "\n").published_on is None


def test_a_title_split_after_its_government_word_names_no_government():
    # M07 guard (192d01's city bureau on a traditional copy): 2013年X市财政局政府 / 信息公开年度报告
    text = "2013年某州市财政局政府\n信息公开年度报告\n根据《条例》要求，编制2013年某州市财政局政府信息公开年度报告。\n一、概述\n"
    assert meta(text).agency == "某州市财政局"
    # (review) nor does any other body's: a zone's committee, an archive
    for body in ("经济开发区管委会", "档案馆"):
        assert meta(text.replace("财政局", body)).agency == "某州市" + body, body
    # (second review) a place printed without its level's character still takes it
    short = ("某容2022年政府信息公开工作年度报告\n根据《条例》要求，现公布本年度报告。\n一、总体情况\n本年度主动公开信息20条。\n"
             "某容人民政府\n2023年1月20日\n")
    assert meta(short).agency == "某容人民政府"
    # a town's name line still takes its government's word
    town = "2013年某州市某某镇政府\n信息公开年度报告\n某州市某某镇人民政府\n根据《条例》要求编制本报告。\n一、概述\n"
    assert meta(town).agency == "某州市某某镇人民政府"


def test_a_title_with_a_space_inside_its_report_words():
    # M07 wording (193d03's district under a trail): X区政府2018年度政府信息 公开工作年度报告
    text = ("当前位置: 首页 > 政务 > 政府信息公开年度报告\n\n某家界市某定区政府2018年度政府信息 公开工作年度报告\n\n分享到:\n"
            "根据《条例》要求，现公布本年度报告。\n一、概述\n")
    assert meta(text).agency == "某家界市某定区政府"
    # words parted by wider gaps are a menu's, no title
    assert meta(text.replace("信息 公开", "信息   公开")).agency is None
    # (review) and with its year printed without 年, the year no part of the name
    bare_year = "某定区人民政府2018\n政府信息 公开工作年度报告\n根据《条例》要求，现公布本年度报告。\n一、概述\n"
    assert (meta(bare_year).agency, meta(bare_year).report_year) == ("某定区人民政府", 2018)


def test_a_sentence_left_without_its_marks_is_no_name():
    # guard (194d02's city bureau): a heading's sentence with no full stop, ending on 所, read as the bureau's name
    text = ("本年报是根据《条例》的相关规定,由某山市科学技术局编制的2013年度政府信息公开年度报告\n一、总体工作情况\n"
            "(四)政府信息查阅场所建设情况\n某山市科学技术局在局机关及情报所设立了政府信息查询场所\n")
    assert meta(text).agency == "某山市科学技术局"
    # (review) the same sentence without 了, or with another verb of setting up
    for verb in ("设立", "设有", "建立"):
        assert meta(text.replace("设立了", verb)).agency == "某山市科学技术局", verb


def test_a_span_under_a_bare_time_label_is_no_publication_date():
    # M11 guard (199c06's city report on a wiki copy): the box's 时间 prints the period reported on
    text = ("龙某市2012年政府信息公开工作年度报告\n- 时间:2012年1月1日起至2012年12月31日\n"
            "本报告由龙某市人民政府办公室编制。\n")
    assert meta(text).published_on is None
    assert meta(text.replace("日起至", "日至")).published_on is None
    # (review) a dash before the end's year is a span too; a dash before the time is not
    assert meta(text.replace("日起至", "日-")).published_on is None
    assert meta(text.replace("2012年1月1日起至2012年12月31日", "2013-02-07-14:53")).published_on == dt.date(2013, 2, 7)
    # (review) 到 or a field after the date, no date after it, is no span
    for after in (" 到访人次：35", " 到期时间:2014年2月20日"):
        assert meta(text.replace("2012年1月1日起至2012年12月31日", "2013年2月20日" + after)).published_on == dt.date(2013, 2, 20)
    # (second review) an end in words is a span's too
    for end in ("起至今", "至年底", "至当年12月31日", "到本年度末"):
        assert meta(text.replace("起至2012年12月31日", end)).published_on is None
    # a date under the same label, no span after it, is still the page's
    assert meta(text.replace("2012年1月1日起至2012年12月31日", "2013年2月20日")).published_on == dt.date(2013, 2, 20)


def test_an_index_blocks_made_on_date_gives_way_to_the_signatures():
    # M11 guard (200a01's city bureau): 产生日期 dates the document's making, as 生成日期 and 成文日期 do
    text = ("2015年上海市某商行政管理局政府信息公开工作年度报告\n\n索取号 MB2F3067XN/2021-00002 文    号\n产生日期 2016-02-24\n\n"
            "2015年上海市某商行政管理局\n\n政府信息公开工作年度报告\n\n上海市某商行政管理局\n\n2016年2月15日\n\n引  言\n"
            "本年度报告由上海市某商行政管理局编制。\n")
    assert meta(text).published_on == dt.date(2016, 2, 15)
    # a 发布日期 in the block is still the page's own
    assert meta(text.replace("产生日期", "发布日期")).published_on == dt.date(2016, 2, 24)


def test_the_pages_date_in_round_brackets_after_its_label():
    # M11 wording (187a07, 200a08: a city commission's pages of 2013 and 2009): 发布日期(2014-02-28)
    text = ("2013上海市某务委员会政府信息公开工作年度报告\n\n发布日期(2014-02-28)\n\n上海市某务委员会\n\n2014年2月11日\n\n引  言\n"
            "本年度报告由上海市某务委员会编制。\n")
    assert meta(text).published_on == dt.date(2014, 2, 28)
    assert meta(text.replace("(2014-02-28)", "（2014-02-28）")).published_on == dt.date(2014, 2, 28)
    # (review) only after a page-date word: a deadline's or a meeting's date in brackets is none
    for label in ("统计截止时间", "会议时间", "时间"):
        assert meta(text.replace("发布日期", label)).published_on == dt.date(2014, 2, 11)
    # (second review) 发文日期 in brackets as after its colon
    assert meta(text.replace("发布日期", "发文日期")).published_on == dt.date(2014, 2, 28)
    # a bracket holding no date after the label reads nothing from it
    assert meta(text.replace("发布日期(2014-02-28)", "发布日期(见附件)")).published_on == dt.date(2014, 2, 11)


def test_a_sites_column_heading_over_the_title_names_no_one():
    # M03 guard (202d08's city): the column's 年度信息公开报告 first, the report's own title under the trail
    text = ("--\n年度信息公开报告\n\n您现在的位置 首页 > 政务公开 > 年度信息公开报告\n\n某圳市人民政府2019年政府信息公开工作年度报告\n\n"
            "信息来源:某圳市人民政府办公厅 信息提供日期:2020-03-10 18:57\n根据《条例》规定，现公布本报告。\n")
    assert meta(text).agency == "某圳市人民政府"
    assert meta(text.replace("年度信息公开报告\n\n您", "本年度政府信息公开工作报告\n\n您")).agency == "某圳市人民政府"
    # (206c08's district bureau: the column gathers the reports of the kinds of unit it names)
    text = ("欢迎访问某庄市市中区人民政府网站!\n\n部门镇街信息公开年报\n\n您现在的位置:首页 > 政府信息公开 > 信息公开年报 > "
            "部门镇街信息公开年报\n\n市中区交通运输局2025年政府信息公开工作年度报告\n作者: 更新时间:2026-01-22 15:03\n\n"
            "根据《条例》要求，编制本报告并向社会公开。\n")
    assert meta(text).agency == "市中区交通运输局"
    assert meta(text.replace("部门镇街信息公开年报\n\n您", "区直部门和乡镇政府信息公开年报\n\n您")).agency == "市中区交通运输局"


def test_a_page_date_before_the_report_year_is_none():
    # M11 guard (202c06's copy of a 2011 bureau report dated 2002, 195d08's 2012 report dated 2011-12-22)
    text = "漳某市民族与宗教事务局2011年政府信息公开工作年度报告\n发布时间:2002-05-11\n本报告由漳某市民族与宗教事务局编制。\n"
    assert meta(text).published_on is None
    # a date late in the report year itself is still read (132a05's 2017-12-31, 154a10's 2013-12-30)
    assert meta(text.replace("2002-05-11", "2011-12-30")).published_on == dt.date(2011, 12, 30)
    assert meta(text.replace("2002-05-11", "2012-02-20")).published_on == dt.date(2012, 2, 20)


def test_another_years_report_published_is_not_the_report_announced():
    # M06 guard (219d08's 2020 district office): 公开区政府和区政府办公室2019年…年度报告 lists last year's report among the
    # items published; the subject names the office
    text = ("一、总体情况\n2020年,某州市某川区人民政府办公室严格贯彻《中华人民共和国政府信息公开条例》。\n"
            "二是及时更新政府信息公开指南和目录,公开区政府和区政府办公室2019年政府信息公开工作年度报告。\n")
    assert meta(text).agency == "某州市某川区人民政府办公室"
    # the report's own year announced still names it
    own = "现公布某州市某川区人民政府办公室2020年政府信息公开工作年度报告。\n一、总体情况\n2020年,我办认真落实条例。\n"
    assert meta(own).agency == "某州市某川区人民政府办公室"


def test_review_of_the_forty_fourth_sessions_metadata_rules():
    # the year's own aims, not an outline's item, are no plan of the next year
    assert meta("一、总体情况\n我局紧紧围绕2020年度工作目标,扎实推进政务公开工作,较2019年有所提升。\n").report_year == 2020
    # the report announced as such keeps its name, though the year found errs
    text = "根据《某省2021年政务公开工作要点》要求,现公布某县教育局2020年度政府信息公开工作年度报告。\n一、总体情况\n我局认真落实条例。\n"
    assert meta(text).agency == "某县教育局"


def test_the_committees_word_alone_names_no_one():
    # M08 guard (222d02's zone bureau): 管委会 of its portal's name 管委会门户网站 is no agency's name, as a zone's word alone
    text = ("本报告电子版通过管委会门户网站的“政府信息公开年报”专栏集中公开。\n一、总体情况\n"
            "2022年,我单位严格按照《中华人民共和国政府信息公开条例》的有关规定和要求,依托管委会门户网站发布信息。\n")
    assert meta(text).agency is None
    # a zone's committee named with its place is a name
    assert meta("某兴岛经济区管委会2022年政府信息公开工作年度报告\n一、总体情况\n").agency == "某兴岛经济区管委会"


@pytest.mark.parametrize("text, agency", [
    # (second review) a later year's document announced is no name either; the compiler or subject names the agency
    ("2020年政府信息公开工作年度报告\n根据要求，按时发布某县人民政府2021年政府信息公开工作要点。\n某县交通运输局主动公开信息50条。\n",
     "某县交通运输局"),
    ("2020年政府信息公开工作年度报告\n下一步，我局将按时发布某区人民政府2021年政府信息公开工作年度报告。本报告由某区教育局编制。\n",
     "某区教育局"),
])
def test_a_later_years_document_announced_is_not_the_report(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # a superior's notice cited unquoted, its report's year after the words, names no agency (review of 8f5c02d)
        ("本报告根据《条例》和某某部办公厅关于编制某某部政府信息公开工作2018年度报告的要求编制。\n一、概述\n"
         "2018年,某某研究院认真贯彻《条例》。\n", "某某研究院"),
        ("根据某市人民政府办公室关于编制某市人民政府信息公开工作2019年度报告的通知要求,现将本局报告如下。\n一、总体情况\n"
         "2019年,某县水利局认真贯彻《条例》。\n", "某县水利局"),
        # a proper tag after the name is no part of it, and leaves the name (review of 45e5bb0)
        ("某县人民政府</span>2022年政府信息公开工作年度报告\n", "某县人民政府"),
        # last year's report published as an item of the year's work names no one (second review of 8f5c02d)
        ("本报告由某县水利局编制。\n2019年,我局按时向社会公开某县人民政府信息公开工作2018年度报告。\n", "某县水利局"),
        # the report announced 现向社会公布 with the year after the words (third review of 8f5c02d)
        ("根据《条例》规定,现向社会公布某河县人民政府信息公开工作2018年度报告。\n一、概述\n2018年,我县认真贯彻《条例》。\n",
         "某河县人民政府"),
        # a report quoted mid-text, even approved, is not the agency's own (second review)
        ("一、总体情况\n2019年,我局认真贯彻落实《条例》。\n我局信息公开工作情况已纳入《2019年某东县人民政府政府信息公开工作年度报告》,"
         "经县政府同意后统一发布。\n本报告由某东县水务局办公室编制。\n", "某东县水务局"),
        ("《2018年某东县人民政府政府信息公开工作年度报告》经县政府常务会议审议通过,我局认真对照。\n本报告由某东县水务局编制。\n",
         "某东县水务局"),
        ("2021年政府信息公开工作年度报告\n一、总体情况\n本报告由某东县水务局编制。\n《2020年某东县人民政府信息公开工作年度报告》"
         "已于2021年1月在县政府门户网站予以公布。\n", "某东县水务局"),
        # a mirror's domain where the place stood is no part of the name (237b06's county bureau, reworded)
        ("example.com水利局2023年政府信息公开工作年度报告\n发布时间:2024-01-05\n", "水利局"),
        # a label before a whole tag stays apart from the name after it (second review of 45e5bb0)
        ("信息名称9</span>2022年某市交通运输局政府信息公开工作年度报告\n", "某市交通运输局"),
        ("标题</span>某县水利局2022年政府信息公开工作年度报告\n", "某县水利局"),
    ],
)
def test_a_name_announced_with_its_year_after_or_beside_a_tag_only_where_it_is_the_reports(text, agency):
    assert meta(text).agency == agency



@pytest.mark.parametrize(
    "text, agency",
    [
        # an untitled page named only as the subject after the Regulations' requirement (242a03's district bureau, reworded)
        ("本报告依据《条例》第五十条编制。\n一、总体情况\n(一)组织领导\n根据《条例》要求,区文旅局高度重视、扎实推进政府信息"
         "公开工作,并指定办公室负责日常工作。\n1. 维护和更新区文旅局公开的政府信息;\n", "区文旅局"),
        # the requirement, then the year, then the body (244c03's county branch, reworded)
        ("一、总体情况\n按照《中华人民共和国政府信息公开条例》的要求,2024年某山市生态环境局某川县分局进一步加强基础性工作。\n"
         "2024年度,我局收到政府信息公开申请2件。\n", "某山市生态环境局某川县分局"),
        # a purpose first (245d02's county branch, reworded)
        ("为全面、准确向社会公开政府信息,某中市自然资源局某固分局严格按照《条例》要求,确定专人维护网站。\n一、总体情况\n",
         "某中市自然资源局某固分局"),
    ],
)
def test_the_subject_after_a_requirement_names_an_untitled_report(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text",
    [
        # a superior acting on the report's body (the review of e6c77fe's wording)
        "一、总体情况\n按照《条例》要求,县政务公开办认真指导我镇做好政府信息公开工作。\n",
        # the report speaks as a bureau: a government's office doing something is another body
        "一、总体情况\n根据《条例》要求,县政府办公室严格审核各单位公开信息。我局及时发布各类信息。\n",
        # the party and the government together are no one body
        "一、总体情况\n按照上级要求,县委县政府高度重视政务公开工作。\n",
        # no body's suffix: a place's work, not a body's
        "一、总体情况\n根据《条例》要求,全县上下高度重视政务公开工作。\n",
        # the review of 180ef5b: a superior acting on the report's body or on a set of units later in the sentence
        "一、总体情况\n根据上级部署,某某市市场监督管理局认真组织业务培训,对我局政务公开工作进行了专项指导。\n",
        "一、总体情况\n按照省厅要求,某某市教育局认真指导全市教育系统做好政务公开工作。\n",
        # a report speaking only as a place is its government's, never a body of it
        "一、总体情况\n为方便群众查阅,某某县政务服务中心进一步完善查阅场所。\n(一)主动公开情况。2023年,我县主动公开信息56条。\n",
        # an internal office or a meeting, and joined bodies, are no one body
        "一、总体情况\n根据《条例》要求,某某区商务局办公室认真做好信息发布。\n",
        "一、总体情况\n根据《条例》要求,某某区商务局与某某区市场监管局认真做好信息发布。\n",
        # the requirement is one clause: a superior after a second clause is the superior's doing
        "一、总体情况\n为进一步做好政务公开工作,按照县政府统一部署,县政务公开办全面加强督查考核。\n本单位及时发布信息。\n",
        # a bare level's name printed nowhere else (市生态环境局 over a county branch speaking as 我局)
        "一、总体情况\n根据市局部署,市生态环境局认真开展政务公开培训。\n(一)主动公开情况。2023年,我局主动公开信息56条。\n",
        # the second review: a parent on a branch's page; the report's body later in the paragraph; a superior overseeing
        "一、总体情况\n按照上级部署要求,某沂市生态环境局深入推进政务公开。某陵县分局积极跟进。\n(一)主动公开情况。2023年,"
        "我局主动公开信息56条。\n",
        "一、总体情况\n根据《条例》要求,某陵县人民政府办公室严格落实公开制度,定期开展督查。\n(一)主动公开情况。2023年,"
        "本机关主动公开信息56条。\n",
        # a unit under a body, a body that makes no such report, a centre on a page not speaking as one
        "一、总体情况\n根据《条例》要求,某陵县城关市场监管所认真做好信息公开。\n",
        "一、总体情况\n为保障公众知情权,某陵县人民法院严格落实公开制度。\n",
        "一、总体情况\n为方便群众办事,某陵县政务服务中心进一步完善公开内容。\n",
        # a government on a page speaking as a department or as another place
        "一、总体情况\n为保障公众知情权,某沂市人民政府严格落实公开制度。\n(一)主动公开情况。2023年,我区主动公开信息56条。\n",
        # a name printed elsewhere only as what is reprinted
        "一、总体情况\n根据省厅工作安排,今年以来,某南市交通运输局持续推进政务公开。\n(一)主动公开情况。2023年,我局主动公开信息"
        "156条。转载某南市交通运输局文件5件。\n",
    ],
)
def test_the_subject_after_a_requirement_never_names_another_body(text):
    assert meta(text).agency is None


def test_the_contact_line_outranks_the_subject_after_a_requirement():
    text = ("一、总体情况\n根据《条例》要求,县政府办公室高度重视政务公开工作。\n如对本报告有疑问,请与某县水利局办公室联系。\n")
    assert meta(text).agency == "某县水利局"


def test_a_bureau_s_ogi_centre_compiling_names_the_bureau():
    # 246c01's county bureau, reworded: the centre is the bureau's own unit
    text = ("2019年,我局依据《条例》规定开展政府信息公开工作。本报告由某安市交通运输局信息公开中心结合有关统计数据编制。\n"
            "一、总体情况\n")
    assert meta(text).agency == "某安市交通运输局"


def test_an_information_centre_speaking_as_itself_is_its_own_report_s_agency():
    # the review of e038a14: a province's 信息中心 reporting on itself, named only in its contact line
    text = ("本报告根据《条例》编制。如对本报告有疑问,请与某北省信息中心联系(电话:027-1234567)。\n一、总体情况\n"
            "2023年,我中心主动公开政府信息56条。\n")
    assert meta(text).agency == "某北省信息中心"


def test_a_place_s_information_centre_is_no_agency_where_the_report_speaks_as_any_body():
    # 本单位 is any body's word (the last reading of the change): the centre stays the county's site operator
    text = "本报告根据《条例》编制。如有疑问,请与某池县信息中心联系。\n一、概述\n本单位共收到政府信息公开申请5件。\n"
    assert meta(text).agency is None


@pytest.mark.parametrize(
    "text, agency",
    [
        # 和 inside a body's own name, 委员会 ending it, 以…为指导 and a body whose name ends in 办公室 (the last reading)
        ("一、总体情况\n根据《条例》要求,某某市住房和城乡建设局认真做好信息公开。\n(一)2023年,我局主动公开信息56条。\n",
         "某某市住房和城乡建设局"),
        ("一、总体情况\n根据《条例》要求,某某市卫生健康委员会以习近平新时代中国特色社会主义思想为指导,扎实推进公开。\n",
         "某某市卫生健康委员会"),
        ("一、总体情况\n根据《条例》要求,某某市机构编制委员会办公室认真做好信息公开。\n", "某某市机构编制委员会办公室"),
    ],
)
def test_the_subject_after_a_requirement_keeps_bodies_whose_names_look_joined_or_internal(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text",
    [
        # the review of 10a529b: bodies joined after 会 or 室, a leading group's or a commission's office, oversight after
        # the body's guiding thought
        "一、总体情况\n根据《条例》要求,某淀区城市管理委员会和某淀区园林绿化局认真做好信息公开。\n",
        "一、总体情况\n根据《条例》要求,某某县政务公开工作领导小组办公室认真组织信息公开。\n",
        "一、总体情况\n根据《条例》要求,某某区卫生健康委员会办公室认真做好信息发布。\n",
        "一、总体情况\n根据《条例》要求,某某县政府办公室认真履行主管职责,以习近平新时代中国特色社会主义思想为指导,指导乡镇做好"
        "政务公开工作。\n",
    ],
)
def test_the_subject_after_a_requirement_never_names_joined_bodies_or_a_coordinating_office(text):
    assert meta(text).agency is None



def test_a_place_s_information_centre_as_contact_names_no_one():
    # 246a02's county, reworded: the centre runs the county's site, it is no agency
    text = ("本报告根据《条例》编制。本报告在某池县人民政府门户网站全文公开,若有疑问,请与某池县信息中心联系(地址:某池县会盟路)。\n"
            "一、概述\n")
    assert meta(text).agency is None


def test_a_copy_site_s_doubled_commas_are_one_mark():
    # 248c05's province office, reworded: the subject after a doubled comma, a later sentence's joined subjects no name
    text = ("本年度报告根据《条例》编制,,内容包括总体情况,、主动公开政府信息情况等六个部分。\n一、总体情况\n"
            "2021年,,某东省人民政府办公厅以习近平新时代中国特色社会主义思想为指导,,深入推进政务公开。\n"
            "2021年,省政府及省政府办公厅共制发规章6件。\n")
    assert meta(text).agency == "某东省人民政府办公厅"


def test_a_betting_brand_with_its_site_words_in_place_of_the_place_names_no_one():
    # 248b11's district bureau, reworded: the brand stands where the district was printed
    assert meta("2015年bet365亚洲官网 国土资源和规划局政府信息公开年度报告\n一、概述\n").agency is None
    # a body whose own name holds 平台 after its place is a name (the review of b0eb3f8)
    assert meta("2015年bet365 某州市公共资源交易平台管理中心政府信息公开年度报告\n一、概述\n").agency == "某州市公共资源交易平台管理中心"
    # 308d04's county bureau on a spam copy, reworded: a brand in Chinese words only, closed by its site's words, where
    # the county was printed; the compiler names the bureau without a place
    text = ("某云手机官网入口·(中国)官方网站教育局2021年政府信息公开工作年度报告\n\n"
            "根据《条例》规定,由教育局办公室编制完成本报告,现予以公布。\n")
    assert meta(text).agency is None
    # (the brand's 官网入口 before a place leaves the place's name whole: the review of 1f9242b)
    assert meta("某云官网入口津市市教育局2021年政府信息公开工作年度报告\n一、总体情况\n").agency == "津市市教育局"


@pytest.mark.parametrize(
    "between",
    # the review of eea3c7c: a source or field line, a superior's link, a menu item, none of them the agency
    ["来源 北京市某城区人民政府", "发布机构 北京市某城区人民政府办公室", "北京市某城区人民政府", "区政府办公室", "区发展和改革委员会"],
)
def test_a_line_between_a_column_heading_and_a_year_s_title_that_is_no_agency_s_name(between):
    text = (f"北京市某城区教育委员会\n\n政府信息公开年报\n\n{between}\n\n2018年政府信息公开工作年度报告\n\n"
            "本报告根据《条例》要求编制。\n")
    assert meta(text).agency == "北京市某城区教育委员会"


def test_a_year_s_title_under_the_agency_s_line_below_a_column_heading():
    # 249a05's district centre, reworded: the site's government, the column's heading, then the name over the year's title
    text = ("某京市某城区人民政府\n\n政府信息公开年报\n\n某京市某城区城市管理监督指挥中心\n\n2018年政府信息公开工作年度报告\n\n"
            "本报告根据《条例》要求编制。\n")
    assert meta(text).agency == "某京市某城区城市管理监督指挥中心"


@pytest.mark.parametrize(
    "title, agency",
    [
        # a former body's title with 原 before it (251c12, 201a04, 39b09, reworded)
        ("原某丘市卫生和计划生育局2018年度政府信息公开年度报告", "某丘市卫生和计划生育局"),
        ("原某海市劳动和社会保障局2008年政府信息公开工作年度报告", "某海市劳动和社会保障局"),
        # places whose own names start with 原 keep it
        ("原平市人民政府2019年政府信息公开工作年度报告", "原平市人民政府"),
        ("原阳县人民政府2019年政府信息公开工作年度报告", "原阳县人民政府"),
    ],
)
def test_a_former_body_s_原_is_no_part_of_its_name(title, agency):
    assert meta(title + "\n一、总体情况\n").agency == agency


@pytest.mark.parametrize(
    "opening",
    [
        # 249d12's district government offices, reworded: the name on a line over the year's title
        "某庆市某梁区人民政府机关\n2021年政府信息公开工作年度报告\n根据《条例》规定编制本报告。\n",
        # and named only in the quoted title the opening announces
        "根据《条例》规定,现发布《某庆市某梁区人民政府机关2021年政府信息公开工作年度报告》。本报告数据统计期限自2021年1月1日起。\n",
    ],
)
def test_a_government_s_offices_report_as_its_人民政府机关(opening):
    assert meta(opening).agency == "某庆市某梁区人民政府机关"


@pytest.mark.parametrize(
    "opening",
    [
        # 252c08's untitled zone report on a copy, reworded: the next year's plan in the outline, then the period
        "本报告根据《条例》编制而成。全文包括主动公开、依申请公开、工作中遇到的问题和2019年政务公开工作打算等。"
        "本年报统计数据时限为2018年1月1日至2018年12月31日。\n一、概述\n",
        # the plan's year alone before the report's own
        "本报告内容包括工作概述、存在的问题和2019年政府信息公开工作计划。2018年,某区共收到政府信息公开申请3件。\n",
        # the period's label as 228d10 and 229c14 print it, after another year
        "2017年以来,某县持续推进政务公开。报告统计数据时限为2018年1月1日至2018年12月31日。\n",
        # 308c04's untitled street report, reworded: a quoted notice's year, then 统计数据自… with no 时限
        "本报告依据《某区人民政府办公室关于印发某区2017年政务公开工作主要任务的通知》的要求编制,统计数据自2018年1月1日"
        "至2018年12月31日止。\n一、总体情况\n",
        "本报告依据《某区2017年政务公开工作要点》编制,统计数据从2018年1月1日至12月31日。\n一、总体情况\n",
    ],
)
def test_an_untitled_report_s_year_is_not_its_next_year_s_plan(opening):
    assert meta(opening).report_year == 2018


@pytest.mark.parametrize(
    "opening",
    [
        # the review of 9d5bdcf: 统计数据 of another period or body is no statistics period of the report's own
        "2021年,我局政府信息公开工作有序开展。与2020年相比(统计数据为2020年1月1日至2020年12月31日),主动公开信息数量增长。\n一、总体情况\n",
        "2021年,全县经济社会持续发展。根据县统计局统计数据:2020年1月1日至12月31日全县地区生产总值增长5.1%。\n一、总体情况\n",
        "2021年,我镇政府信息公开工作有序推进。近三年统计数据:2019年1月1日至12月31日收到申请3件,2020年收到申请5件。\n一、总体情况\n",
        # the second review of 9d5bdcf: a clause's 统计数据 whose period goes on into what it counts, or into a comparison
        "2021年,全市人口统计工作顺利完成,统计数据为2020年1月1日至12月31日全市户籍人口变动情况。\n一、总体情况\n",
        "2021年,我局政府信息公开工作有序开展\n统计数据为2020年1月1日至12月31日的对比情况见下表\n一、总体情况\n",
        "2021年,我镇政务公开工作稳步推进。表中所列统计数据为2020年1月1日至12月31日(上年度数据),用于对比。\n一、总体情况\n",
    ],
)
def test_another_periods_statistics_give_no_year(opening):
    assert meta(opening).report_year == 2021


def test_the_compiler_s_fuller_form_in_a_sentence_adds_no_place_to_the_title_s_name():
    # 北京's district template (248a07, 252a08, reworded): the title's short name, then 由<city><name>编制的…报告
    text = ("某兴区住建委2017年度政府信息公开年度报告\n\n点击量: 来源:某兴区住建委 日期:2018-03-10 15:24\n\n"
            "本报告是根据《条例》要求,由北京市某兴区住建委编制的2017年度政府信息公开年度报告。\n\n全文包括概述。\n")
    assert meta(text).agency == "某兴区住建委"


def test_an_untitled_report_keeps_its_compiler_s_name_with_its_places():
    text = "本报告是根据《条例》要求,由北京市某兴区住建委编制的2017年度政府信息公开年度报告。\n\n全文包括概述。\n"
    assert meta(text).agency == "北京市某兴区住建委"


@pytest.mark.parametrize(
    "opening, year",
    [
        # the review of 62f36b2: the year's own plan is the year's work, not an outline's next-year item
        ("为落实2018年政务公开工作计划,现将本区政府信息公开工作情况报告如下。\n一、总体情况\n", 2018),
        ("根据《某市2018年政务公开工作计划》要求,编制本报告。\n一、总体情况\n全年公开信息较2017年增长12%。\n", 2018),
        ("某镇召开2018年度政务公开工作安排部署会。\n一、总体情况\n全年公开信息较2017年增加40条。\n", 2018),
        ("围绕2020年政务公开工作思路,某区人民政府扎实推进各项工作。\n全年公开信息较2019年增长8%。\n", 2020),
    ],
)
def test_the_year_s_own_plan_named_in_an_untitled_opening_is_the_year(opening, year):
    assert meta(opening).report_year == year


@pytest.mark.parametrize(
    "text, agency",
    [
        # the review of 2935d09: a government's offices named with no place are no name
        ("2019年,县人民政府机关认真贯彻《条例》。如有疑问,请与某溪县人民政府办公室联系。\n一、总体情况\n",
         "某溪县人民政府"),
        # a sentence broken before its end, no name line
        ("为进一步推进政务公开标准化规范化建设全面提升县人民政府机关\n政务服务水平,现将某口县人民政府2020年政府信息公开"
         "工作情况报告如下。\n一、总体情况\n", "某口县人民政府"),
    ],
)
def test_a_government_s_offices_with_no_place_are_no_name(text, agency):
    assert meta(text).agency == agency


def test_a_letter_s_signer_before_a_year_first_title_is_no_agency():
    # 253c04's school on a traditional copy, reworded: the letter's number and signer run into the title's line
    text = ("某二中 [2015] 3号 签发人:张某某 2014年某田第二中学 政府信息公开工作年度报告\n"
            "某田市人民政府: 本报告由某田第二中学编制。\n")
    assert meta(text).agency == "某田第二中学"


@pytest.mark.parametrize(
    "opening, agency",
    [
        # 225d11's, 234a05's and 231b03's bureaus, reworded: the Regulations' quoted name as the requirement, before or after
        # the year, and the subject owning 信息公开各项工作
        ("2025年,依据《中华人民共和国政府信息公开条例》,某州审计局认真落实政府信息公开相关工作要求。\n", "某州审计局"),
        ("一、总体情况\n根据《中华人民共和国政府信息公开条例》(简称《条例》),2022年度某容市交通运输局认真贯彻实施。\n",
         "某容市交通运输局"),
        ("一、总体情况\n2022年,某湖市民政局政府信息公开各项工作在市政府的精心指导下,紧扣各项工作要求。\n", "某湖市民政局"),
    ],
)
def test_the_opening_s_subject_after_the_regulations_quoted_name(opening, agency):
    assert meta(opening).agency == agency


def test_a_level_with_no_place_after_the_regulations_quoted_name_names_no_one():
    assert meta("2025年,依据《中华人民共和国政府信息公开条例》,县人民政府认真部署政务公开工作。\n").agency is None


@pytest.mark.parametrize(
    "text, agency",
    [
        # the review of 2d3e2d0: a level-only title still takes the compiler sentence's place
        ("区某生健康局2018年度信息公开工作报告\n本年度报告是根据《条例》要求,由宁波市鄞州区某生健康局编制的2018年度政府信息公开年度报告。\n",
         "宁波市鄞州区某生健康局"),
        # the review of 06a4bd2: a name printed after the signer is the title's
        ("签发人:张某某 某田市教育局2014年政府信息公开工作年度报告\n一、概述\n", "某田市教育局"),
        ("拟稿人:张某 核稿人:李某 某某县财政局2019年度政府信息公开工作年度报告\n一、总体情况\n", "某某县财政局"),
    ],
)
def test_the_reviews_of_the_compiler_and_signer_rules(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "opening",
    [
        # the second review of 62f36b2: a numbered outline item's next-year plan
        "本报告由以下部分组成:一是总体情况;二是主动公开情况;六是2019年政务公开工作打算。报告所列数据截至2018年底。\n",
        "本报告包括:(一)总体情况;(五)2019年政务公开工作打算。报告所列数据截至2018年底。\n",
    ],
)
def test_a_numbered_outline_item_s_next_year_plan_is_not_the_year(opening):
    assert meta(opening).report_year == 2018


def test_统计时间_labels_the_statistics_period():
    # 254b03's district bureau on a spam copy, reworded: the amended Regulations' date before the period
    text = ("本年度报告根据2019年5月15日修订过的《中华人民共和国政府信息公开条例》规定编制。年度报告统计时间为2020年1月1日至12月31日"
            "期间的政府信息公开工作情况。\n一、总体情况\n")
    assert meta(text).report_year == 2020


@pytest.mark.parametrize(
    "text, agency",
    [
        # the review of d9c135e: after the Regulations' name or a notice's quoted title, a superior acting on the report's
        # body is never it; the contact names it
        ("一、总体情况\n根据《中华人民共和国政府信息公开条例》,2023年,县政府办公室认真审核各部门主动公开的政府信息,对我局政府信息公开"
         "工作进行了指导。\n如对本报告有疑问,请与某阳县民政局办公室联系。\n", "某阳县民政局"),
        ("2023年,根据《某州市人民政府办公室关于做好2023年政务公开工作的通知》,某州市人民政府办公室认真部署全市政务公开工作,"
         "我局按要求抓好落实。\n一、总体情况\n请与某州市统计局办公室联系。\n", "某州市统计局"),
        ("2023年,依据《中华人民共和国政府信息公开条例》,某州市生态环境局认真指导我分局做好政府信息公开工作。\n"
         "请与某州市生态环境局某兴分局办公室联系。\n", "某州市生态环境局某兴分局"),
        # 254d04's county bureau, reworded: a notice's long quoted title before 要求, the bureau named nowhere else
        ("一、总体公开情况说明\n2020年,根据《某山州人民政府办公室关于编制公布2020年政府信息公开工作年度报告有关事项的通知》(〔2021〕—43)"
         "要求,某山县交通运输局认真贯彻落实《条例》,依法公开各类政府信息。\n", "某山县交通运输局"),
    ],
)
def test_the_subject_after_the_regulations_or_a_notice_is_never_a_superior(text, agency):
    assert meta(text).agency == agency


def test_编制完成_is_no_part_of_the_announced_name():
    # 255a14's town, reworded
    text = ("根据《条例》和市委、市政府安排部署,编制完成某河口市某化镇人民政府2023年政府信息公开工作年度报告。本次年度报告由总体情况、"
            "主动公开政府信息情况组成。\n")
    assert meta(text).agency == "某河口市某化镇人民政府"


@pytest.mark.parametrize(
    "text, agency",
    [
        # 256c03's and 253c12's streets and 228b05's district bureau, reworded: the report announced with the bare name, the
        # places printed only with its office in the compiler or contact clause
        ("根据《中华人民共和国政府信息公开条例》、《福建省政府信息公开办法》规定特向社会公布燕北街道2019年信息公开年度报告。本报告由永安市"
         "燕北街道党政办结合有关统计数据编制。报告中所列数据的统计期限为2019年1月1日至2019年12月31日。\n", "燕北街道"),
        ("根据《中华人民共和国政府信息公开条例》和省、市、区有关规定和要求,结合我局2023年政府信息公开情况,特编制吴兴区审计局2023年"
         "政府信息公开工作年度报告。本报告由总体情况、主动公开政府信息的情况组成。\n如对报告有任何疑问,请与湖州市吴兴区审计局办公室联系。\n",
         "吴兴区审计局"),
        # named only in its office's contact line, or in the prose: the places its readers took (243c12, 226b06)
        ("2021年我局坚持以公开为常态。\n如对本报告有任何疑问,请与厦门市同安区卫生健康局办公室联系。\n", "厦门市同安区卫生健康局"),
        ("2021年,花山区财政局认真贯彻落实政务公开要求。\n如有疑问,请与马鞍山市花山区财政局办公室联系。\n", "马鞍山市花山区财政局"),
    ],
)
def test_an_office_s_places_complete_no_name_the_report_announces_bare(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "text, agency",
    [
        # the review of the session's change: a sentence broken at a line's end, a letter's recipient, never the agency
        ("一、总体情况\n2020年,我局全力\n配合县人民政府机关\n做好政务公开工作。\n如有疑问,请与城口县财政局办公室联系。\n", "城口县财政局"),
        ("主送单位\n重庆市城口县人民政府机关\n本报告由城口县机关事务管理局编制。\n", "城口县机关事务管理局"),
        # a superior opening the paragraph before the report's own body: the contact names it
        ("2021年,依据《中华人民共和国政府信息公开条例》,重庆市财政局持续深化政务公开。城口县财政局认真贯彻落实。\n"
         "如有疑问,请与城口县财政局办公室联系。\n", "城口县财政局"),
        # a unit's label, 审核:X, is no person's
        ("审核人:李某 城口县财政局2019年度政府信息公开工作年度报告\n一、总体情况\n", "城口县财政局"),
        ("审核:城口县财政局2019年度政府信息公开工作年度报告\n一、总体情况\n", "城口县财政局"),
        # a title with no place still takes the compiler's
        ("住建委2017年度政府信息公开年度报告\n本报告是根据《条例》要求,由北京市大兴区住建委编制的2017年度政府信息公开年度报告。\n",
         "北京市大兴区住建委"),
    ],
)
def test_the_review_of_the_session_s_change_names(text, agency):
    assert meta(text).agency == agency


@pytest.mark.parametrize(
    "opening, year",
    [
        # the year's own plan after 和 or 及, not an outline's item
        ("按照《条例》和2018年政务公开工作安排,我局扎实推进政务公开。\n一、总体情况\n", 2018),
        ("根据要点及2018年政府信息公开工作安排,我局认真做好各项工作。\n一、总体情况\n", 2018),
        # last year's period named in a comparison
        ("2020年,我局与上年度(统计时间为2019年1月1日至12月31日)相比,公开信息增加。\n一、总体情况\n", 2020),
    ],
)
def test_the_review_of_the_session_s_change_years(opening, year):
    assert meta(opening).report_year == year


def test_an_opening_quote_before_the_quoted_title_words_is_no_part_of_the_name():
    # guard (266a05): a topic page's title quoting the report's kind after the place
    text = "2024年北京市“政府信息公开工作年度报告”集中公开专题页面\n一、总体情况\n2024年,北京市政府信息公开工作稳步推进。\n"
    assert meta(text).agency == "北京市"
    # (the fourth review) a colon before the quote goes too
    text = "2024年北京市：“政府信息公开工作年度报告”集中公开专题页面\n一、总体情况\n2024年,北京市政府信息公开工作稳步推进。\n"
    assert meta(text).agency == "北京市"


def test_a_name_broken_where_a_pdfs_line_ends_is_read_from_the_rejoined_sentence():
    # PDF text breaks its sentences at the page's width, here between the name and the year it announces
    text = ("根据《条例》及《中华人民共和国政府信息公开工作年度报告格式》要求，现公布某库县交通运输局\n"
            "2022年政府信息公开工作年度报告。\n一、总体情况\n（一）加强组织领导，明确专人负责信息发布。\n")
    assert meta(text).agency == "某库县交通运输局"


def test_only_a_long_line_ending_inside_a_sentence_is_joined_to_the_next():
    from orchestration.parser.metadata.agency import _rejoined_at_page_width

    long_open = "本报告所列数据的统计期限自2022年1月1日起至2022年12月31日止，如有疑问请与本单位"
    assert _rejoined_at_page_width([long_open, "办公室联系。", "一、总体情况", "短行", "下一行"]) == \
        [long_open + "办公室联系。", "一、总体情况", "短行", "下一行"]
    # a heading, a numbered point or a table's cell after it opens its own line; a sentence's end ends the joining
    for after in ("一、总体情况", "（一）主动公开", "1.规章", "\t规章"):
        assert _rejoined_at_page_width([long_open, after]) == [long_open, after]
    assert _rejoined_at_page_width([long_open + "联系。", "下一行"]) == [long_open + "联系。", "下一行"]
