"""Synthetic OGI annual reports: the national forms in the renderings of FORMS.md §4.

Each report is a function of (seed, index) alone, so a corpus of 1,000 is the
first 1,000 reports of the 10,000 one and "one more report" is index N. The
figures are consistent (parents are the sums of their parts, 表三 balances)
except for a few planted errors, so the validation rules find something, as
they do on real drops.

    python -m benchmarks.corpus OUT_DIR N [--seed S] [--start I]
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from orchestration.parser.catalog import SEEDS_DIR, load_catalog

FORM_WEIGHTS = {"ogi2008": 0.2, "ogi2019": 0.2, "ogi2021": 0.4, "narrative": 0.2}
YEARS = {"ogi2008": range(2010, 2019), "ogi2019": range(2019, 2021), "ogi2021": range(2021, 2025),
         "narrative": range(2010, 2025)}
RENDERINGS = {"tab": 0.3, "markdown": 0.2, "pipe_end": 0.15, "pdf": 0.2, "html": 0.15}
ERROR_RATE = 0.04  # reports with a total that does not add up, as real drops have

FULL_WIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
# a few reports reach us in traditional characters (FORMS.md §4)
TRADITIONAL = str.maketrans({"统": "統", "计": "計", "请": "請", "报": "報", "开": "開", "处": "處", "务": "務",
                             "门": "門", "认": "認", "为": "為", "关": "關", "机": "機", "议": "議", "诉": "訴"})

PROVINCE_DEPTS = ["卫生健康委员会", "教育厅", "自然资源厅", "生态环境厅", "人力资源和社会保障厅", "财政厅", "公安厅",
                  "交通运输厅", "农业农村厅", "市场监督管理局", "住房和城乡建设厅", "民政厅", "司法厅", "应急管理厅",
                  "人民政府办公厅", "水利厅", "商务厅", "统计局", "审计厅", "医疗保障局"]
LOCAL_DEPTS = ["卫生健康局", "教育局", "自然资源局", "生态环境局", "人力资源和社会保障局", "财政局", "公安局",
               "交通运输局", "农业农村局", "市场监督管理局", "住房和城乡建设局", "民政局", "司法局", "应急管理局",
               "人民政府", "人民政府办公室", "水利局", "商务局", "统计局", "审计局", "医疗保障局",
               "退役军人事务局", "文化广电旅游体育局", "发展和改革局", "林业局", "城市管理局"]

FILLER = [
    "{short}高度重视政府信息公开工作，将其列入年度重点工作，主要负责同志亲自部署，分管负责同志具体抓落实。",
    "严格落实《中华人民共和国政府信息公开条例》，坚持以公开为常态、不公开为例外，持续推进决策、执行、管理、服务、结果公开。",
    "进一步完善政府信息公开指南和目录，及时更新机构职能、领导信息、办事指南等基础信息。",
    "建立健全信息发布协调机制和保密审查机制，严格执行“先审查、后公开”和“一事一审”制度。",
    "围绕群众关心关注的热点问题，及时发布权威信息，加强政策解读，回应社会关切。",
    "通过门户网站、政务微博、政务微信等渠道公开政府信息，拓宽了公开渠道，提高了公开实效。",
    "加强政府信息公开平台建设，优化网站栏目设置，方便公众查阅和获取政府信息。",
    "截至{year}年底，门户网站累计公开信息{cumulative}条。",
    "其中，在重点领域信息公开专栏发布信息{subset}条。",
    "组织开展政府信息公开业务培训，提升工作人员业务能力和依法公开意识。",
    "依申请公开工作严格按照法定程序和时限办理，做到受理、审查、处理、答复等环节规范有序。",
    "认真做好人大代表建议和政协委员提案办理结果公开工作，自觉接受社会监督。",
    "工作中还存在公开内容不够全面、政策解读形式较为单一等问题。",
    "下一步，{short}将进一步加强组织领导，完善工作制度，提升政府信息公开的质量和实效。",
    "持续深化重点领域信息公开，推进财政预决算、重大建设项目、公共资源配置等信息公开。",
    "加强政务舆情回应，对涉及本部门的舆情做到及时发现、及时研判、及时回应。",
    "{prev_year}年，{short}公开各类信息{prev_figure}条。",
    "通过政府网站、新闻发布会、政务新媒体等多种形式，做好政策发布和解读工作。",
    "推行政务服务事项清单管理，公开办事指南，实现办事流程、办理时限、收费标准等信息公开。",
    "加强对下属单位政府信息公开工作的指导和监督，推动各项工作落到实处。",
    "接听和回复群众咨询{consult}人次，及时解答群众疑问。",
    "完善政府信息公开工作考核制度，将政府信息公开工作纳入年度绩效考核内容。",
]

SECTIONS_2019 = ["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
                 "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]
SECTIONS_2008 = ["一、概述", "二、主动公开政府信息情况", "三、依申请公开政府信息情况",
                 "四、政府信息公开的收费及减免情况", "五、因政府信息公开申请行政复议、提起行政诉讼的情况",
                 "六、政府信息公开工作存在的主要问题及改进情况", "七、其他需要报告的事项"]


@dataclass
class Row:
    """A printed table row: label cells (None = merged with the cell above) and value cells."""

    labels: list[str | None]
    values: list[str] = field(default_factory=list)
    header: bool = False


@dataclass(frozen=True)
class Place:
    name: str
    level: str
    province: str
    prefecture: str
    province_code: str


@lru_cache(maxsize=1)
def places() -> tuple[Place, ...]:
    with open(SEEDS_DIR / "admin_divisions.csv", encoding="utf-8") as fh:
        return tuple(Place(r["name"], r["level"], r["province"], r["prefecture"], r["province_code"])
                     for r in csv.DictReader(fh) if r["last_revision"] >= "2014")


@lru_cache(maxsize=1)
def _catalog_labels() -> dict[str, str]:
    return {i.code: i.label_zh for i in load_catalog().indicators}


@lru_cache(maxsize=1)
def applicant_labels() -> list[str]:
    return [label for _, label in load_catalog().applicant_types]


def _label(code: str) -> str:
    """The printed label of a catalog cell, without the 'not printed' note."""
    return _catalog_labels()[code].split("（各小项之和")[0]


def _count(rng: random.Random, scale: float, zero: float = 0.3) -> int:
    return 0 if rng.random() < zero else int(rng.expovariate(1 / scale))


class _Numbers:
    """Formats a figure as one site would print it."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.full_width = rng.random() < 0.03

    def __call__(self, value: int | float | None, blank_zero: float = 0.0) -> str:
        if value is None:
            return ""
        if value == 0 and self.rng.random() < blank_zero:
            return self.rng.choice(["", "——", "/", "0"])
        text = f"{value:.2f}" if isinstance(value, float) else str(value)
        return text.translate(FULL_WIDTH) if self.full_width else text


# --- the forms' tables, as rows ------------------------------------------------------------

def _sum_with_parts(rng: random.Random, parts: int, scale: float, zero: float = 0.4) -> list[int]:
    values = [_count(rng, scale, zero) for _ in range(parts)]
    return [sum(values)] + values


def table_2008(rng: random.Random, fmt: _Numbers, facts: dict) -> list[Row]:
    rows: list[Row] = [Row(["统计指标", "单位", "统计数"], header=True)]
    err = rng.random() < ERROR_RATE

    def add(label: str, unit: str, value) -> None:
        rows.append(Row([label, unit], [value if isinstance(value, str) else fmt(value, blank_zero=0.2)]))

    def section(label: str) -> None:
        rows.append(Row([label, ""], [rng.choice(["", "——"])]))

    section("一、主动公开情况")
    add("（一）主动公开政府信息数\n（不同渠道和方式公开相同信息计1条）", "条", facts["proactive"])
    docs = _count(rng, 20, 0.2)
    add("其中：主动公开规范性文件数", "条", docs)
    add("制发规范性文件总数", "件", docs + _count(rng, 3, 0.6))
    channels = _sum_with_parts(rng, 5, 300, 0.2)
    parent_blank = rng.random() < 0.03
    add("（二）通过不同渠道和方式公开政府信息的情况", "条", "" if parent_blank else channels[0])
    for label, value in zip(["1.政府公报公开政府信息数", "2.政府网站公开政府信息数", "3.政务微博公开政府信息数",
                             "4.政务微信公开政府信息数", "5.其他方式公开政府信息数"], channels[1:]):
        add(label, "条", value)
    section("二、回应解读情况")
    add("（一）回应公众关注热点或重大舆情数\n（不同方式回应同一热点或舆情计1次）", "次", _count(rng, 10))
    section("（二）通过不同渠道和方式回应解读的情况")
    press = _count(rng, 3)
    add("1.参加或举办新闻发布会总次数", "次", press)
    add("其中：主要负责同志参加新闻发布会次数", "次", min(press, _count(rng, 1)))
    interviews = _count(rng, 2)
    add("2.政府网站在线访谈次数", "次", interviews)
    add("其中：主要负责同志参加政府网站在线访谈次数", "次", min(interviews, _count(rng, 1)))
    add("3.政策解读稿件发布数", "篇", _count(rng, 8))
    add("4.微博微信回应事件数", "次", _count(rng, 5))
    add("5.其他方式回应事件数", "次", _count(rng, 2))
    section("三、依申请公开情况")
    received = facts["received"]
    ways = [0] * 5
    for _ in range(received):
        ways[rng.choices(range(5), [2, 1, 6, 2, 1])[0]] += 1
    has_other = rng.random() < 0.6  # provincial variant: 5.其他形式 is not everywhere
    if not has_other:
        ways[2] += ways[4]
    add("（一）收到申请数", "件", received + (1 if err else 0))
    for label, value in zip(["1.当面申请数", "2.传真申请数", "3.网络申请数", "4.信函申请数"], ways):
        add(label, "件", value)
    if has_other:
        add("5.其他形式", "件", ways[4])
    extended = min(received, _count(rng, 1, 0.7))
    add("（二）申请办结数", "件", received)
    add("1.按时办结数", "件", received - extended)
    add("2.延期办结数", "件", extended)
    outcome = [0] * 8
    denied = [0] * 6
    for _ in range(received):
        k = rng.choices(range(8), [2, 8, 1, 1, 1, 2, 1, 1])[0]
        outcome[k] += 1
        if k == 3:
            denied[rng.randrange(6)] += 1
    add("（三）申请答复数", "件", received)
    for label, value in zip(["1.属于已主动公开范围数", "2.同意公开答复数", "3.同意部分公开答复数", "4.不同意公开答复数"],
                            outcome[:4]):
        add(label, "件", value)
    for label, value in zip(["其中：涉及国家秘密", "涉及商业秘密", "涉及个人隐私", "危及国家安全、公共安全、经济安全和社会稳定",
                             "不是《条例》所指政府信息", "法律法规规定的其他情形"], denied):
        add(label, "件", value)
    for label, value in zip(["5.不属于本行政机关公开数", "6.申请信息不存在数", "7.告知作出更改补充数",
                             "8.告知通过其他途径办理数"], outcome[4:]):
        add(label, "件", value)
    for head, items, total in (
            ("四、行政复议数量", ["（一）维持具体行政行为数", "（二）被依法纠错数", "（三）其他情形数"], facts["review"]),
            ("五、行政诉讼数量", ["（一）维持具体行政行为或者驳回原告诉讼请求数", "（二）被依法纠错数", "（三）其他情形数"],
             facts["litigation"]),
            ("六、被举报投诉数量", ["（一）维持具体行政行为数", "（二）被纠错数", "（三）其他情形数"], _count(rng, 1, 0.8))):
        split = [0, 0, 0]
        for _ in range(total):
            split[rng.choices(range(3), [6, 1, 1])[0]] += 1
        add(head, "件", total)
        for label, value in zip(items, split):
            add(label, "件", value)
    if rng.random() < 0.4:  # provincial variant
        archives = _sum_with_parts(rng, 2, 30, 0.3)
        add("七、向图书馆、档案馆等查阅场所报送信息数", "条", archives[0])
        add("（一）纸质文件数", "条", archives[1])
        add("（二）电子文件数", "条", archives[2])
    else:
        add("七、依申请公开信息收取的费用", "万元", facts["fees"])
    section("八、机构建设和保障经费情况")
    add("（一）政府信息公开工作专门机构数", "个", rng.choice([0, 1, 1, 1]))
    add("（二）设置政府信息公开查阅点数", "个", rng.choice([0, 1, 1, 2]))
    staff = facts["staff"]
    full = rng.randint(0, staff)
    add("（三）从事政府信息公开工作人员数", "人", staff)
    add("1.专职人员数（不包括政府公报及政府网站工作人员数）", "人", full)
    add("2.兼职人员数", "人", staff - full)
    add("（四）政府信息公开专项经费（不包括用于政府公报编辑管理及政府网站建设维护等方面的经费）", "万元",
        round(rng.random() * 5, 2) if rng.random() < 0.4 else 0)
    section("九、政府信息公开会议和培训情况")
    add("（一）召开政府信息公开工作会议或专题会议数", "次", _count(rng, 2))
    add("（二）举办各类培训班数", "次", _count(rng, 2))
    add("（三）接受培训人员数", "人次", _count(rng, 40))
    return rows


def table_t2(rng: random.Random, fmt: _Numbers, form: str) -> list[Row]:
    rows: list[Row] = []

    def block(item: str, columns: list[str], data: list[tuple[str, list]]) -> None:
        rows.append(Row([f"第二十条第{item}项"], header=True))
        rows.append(Row(["信息内容"] + columns, header=True))
        for label, values in data:
            rows.append(Row([label], [fmt(v, blank_zero=0.1) for v in values]))

    def made() -> list[int]:
        new = _count(rng, 4, 0.5)
        return [new, new, new + _count(rng, 30, 0.2)]

    if form == "ogi2019":
        block("（一）", ["本年新制作数量", "本年新公开数量", "对外公开总数量"],
              [("规章", made()), ("规范性文件", made())])
        items = lambda: [_count(rng, 40, 0.3), rng.randint(-3, 5), _count(rng, 500, 0.3)]  # noqa: E731
        block("（五）", ["上一年项目数量", "本年增/减", "处理决定数量"],
              [("行政许可", items()), ("其他对外管理服务事项", items())])
        block("（六）", ["上一年项目数量", "本年增/减", "处理决定数量"],
              [("行政处罚", items()), ("行政强制", items())])
        block("（八）", ["上一年项目数量", "本年增/减"], [("行政事业性收费", items()[:2])])
        block("（九）", ["采购项目数量", "采购总金额"],
              [("政府集中采购", [_count(rng, 10, 0.4), round(rng.random() * 500, 2)])])
    else:
        def issued() -> list[int]:
            new, gone = _count(rng, 4, 0.5), _count(rng, 2, 0.7)
            return [new, gone, new + _count(rng, 30, 0.2)]

        block("（一）", ["本年制发件数", "本年废止件数", "现行有效件数"],
              [("规章", issued()), ("行政规范性文件", issued())])
        block("（五）", ["本年处理决定数量"], [("行政许可", [_count(rng, 800, 0.3)])])
        block("（六）", ["本年处理决定数量"],
              [("行政处罚", [_count(rng, 300, 0.3)]), ("行政强制", [_count(rng, 20, 0.6)])])
        block("（八）", ["本年收费金额（万元）"], [("行政事业性收费", [round(rng.random() * 200, 2)])])
    return rows


def _t3_items(form: str) -> list[tuple[str, list[str]]]:
    """(group label, item labels) of 表三's 本年度办理结果, from the catalog."""
    prefix = "2019" if form == "ogi2019" else "2021"
    groups = []
    for group in ("granted", "partial", "denied", "unable", "not_processed", "other"):
        code = f"{prefix}.t3.{group}"
        items = [c for c in _catalog_labels() if c.startswith(code + ".")]
        label = _label(code)
        if group == "partial":
            label += "（区分处理的，只计这一情形，不计其他情形）"
        groups.append((label, [_label(c) for c in items]))
    return groups


def table_t3(rng: random.Random, fmt: _Numbers, form: str, facts: dict) -> list[Row]:
    columns = applicant_labels()  # 6 applicant columns then 总计
    groups = _t3_items(form)
    leaves = [(g, i) for g, (_, items) in enumerate(groups) for i in range(max(1, len(items)))]
    err = rng.random() < ERROR_RATE
    new = [facts["received_by_type"][k] for k in range(6)]
    carried = [_count(rng, 2, 0.8) for _ in range(6)]
    outcome = {leaf: [0] * 6 for leaf in leaves}
    forward = [0] * 6
    weights = [10, 2] + [1] * (len(leaves) - 2)
    for col in range(6):
        for _ in range(new[col] + carried[col]):
            if rng.random() < 0.05:
                forward[col] += 1
            else:
                outcome[rng.choices(leaves, weights)[0]][col] += 1
    totals = [sum(outcome[leaf][col] for leaf in leaves) for col in range(6)]
    if err:
        totals[0] += 1

    def values(per_type: list[int]) -> list[str]:
        return [fmt(v) for v in per_type + [sum(per_type)]]

    rows = [
        Row(["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"], header=True),
        Row([None, "自然人", "法人或其他组织", "总计"], header=True),
        Row([None, None, *columns[1:6], None], header=True),
        Row(["一、本年新收政府信息公开申请数量"], values(new)),
        Row(["二、上年结转政府信息公开申请数量"], values(carried)),
    ]
    first = True
    for g, (label, items) in enumerate(groups):
        head = "三、本年度办理结果" if first else None
        first = False
        if not items:
            rows.append(Row([head, label], values(outcome[(g, 0)])))
            continue
        for i, item in enumerate(items):
            rows.append(Row([head if i == 0 else None, label if i == 0 else None, item], values(outcome[(g, i)])))
            head = None
    rows.append(Row([None, "（七）总计"], values(totals)))
    rows.append(Row(["四、结转下年度继续办理"], values(forward)))
    return rows


def table_t4(rng: random.Random, fmt: _Numbers, facts: dict) -> list[Row]:
    def group(total: int) -> list[int]:
        split = [0, 0, 0, 0]
        for _ in range(total):
            split[rng.choices(range(4), [6, 1, 1, 2])[0]] += 1
        return split + [total]

    direct = rng.randint(0, facts["litigation"])
    figures = group(facts["review"]) + group(direct) + group(facts["litigation"] - direct)
    results = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]
    return [
        Row(["行政复议", "行政诉讼"], header=True),
        Row(results + ["未经复议直接起诉", "复议后起诉"], header=True),
        Row(results + results, header=True),
        Row([], [fmt(v) for v in figures]),
    ]


# --- renderings -------------------------------------------------------------------------

def _wrap(rng: random.Random, label: str) -> str:
    """Long labels sometimes break over two lines, as converters leave them."""
    if "\n" in label or len(label) < 16 or rng.random() > 0.3:
        return label
    cut = len(label) // 2
    return label[:cut] + "\n" + label[cut:]


def render_tab(rng: random.Random, rows: list[Row]) -> list[str]:
    out = []
    for row in rows:
        for cell in [c for c in row.labels if c is not None] + row.values:
            first, *rest = _wrap(rng, cell).split("\n")
            out.append("\t" + first)
            out.extend("　　" + r for r in rest)
        out.append("")
    return out


def render_markdown(rng: random.Random, rows: list[Row]) -> list[str]:
    out = []
    for n, row in enumerate(rows):
        cells = [(c or "").replace("\n", "") for c in row.labels] + row.values
        out.append("| " + " | ".join(cells) + " |")
        if n == 0:
            out.append("|" + " --- |" * len(cells))
    return out


def render_pipe_end(rng: random.Random, rows: list[Row]) -> list[str]:
    out = []
    for row in rows:
        for cell in row.labels + row.values:
            if cell is None:
                out.append("|")
            else:
                out.append(f"{cell.replace(chr(10), '')} |" if cell else " |")
    return out


def _vertical(rng: random.Random, label: str) -> list[str]:
    return list(label) if len(label) <= 6 and rng.random() < 0.5 else [label]


def render_pdf(rng: random.Random, rows: list[Row]) -> list[str]:
    out = []
    for row in rows:
        labels = [c.replace("\n", "") for c in row.labels if c]
        if row.header:
            for label in labels:
                out.extend(_vertical(rng, label))
            continue
        numbers = [v for v in row.values if v not in ("",)]
        if len(row.labels) == 2 and len(row.values) == 1:  # 2008 form: label unit value on one line
            out.append(" ".join([*labels, *numbers]))
        else:
            out.extend(labels)
            if numbers:
                out.append(" ".join(numbers))
    return out


def render_html_table(rng: random.Random, rows: list[Row]) -> list[str]:
    out = ['<table border="1" cellspacing="0">']
    for row in rows:
        tag = "th" if row.header else "td"
        cells = "".join(f"<{tag}>{c.replace(chr(10), '<br/>')}</{tag}>" for c in row.labels if c is not None)
        cells += "".join(f"<td>{v}</td>" for v in row.values)
        out.append(f"<tr>{cells}</tr>")
    out.append("</table>")
    return out


RENDERERS = {"tab": render_tab, "markdown": render_markdown, "pipe_end": render_pipe_end, "pdf": render_pdf,
             "html": render_html_table}


# --- one report ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Report:
    relative_path: str
    form: str
    rendering: str
    year: int
    agency: str
    data: bytes


def _agency(rng: random.Random) -> tuple[str, str, Place]:
    place = rng.choice(places())
    if place.level == "province":
        return place.name + rng.choice(PROVINCE_DEPTS), "我厅", place
    dept = rng.choice(LOCAL_DEPTS)
    name = place.name + dept
    if place.level == "county" and place.prefecture and rng.random() < 0.3:
        name = place.prefecture + name
    short = "本机关" if dept.startswith("人民政府") else ("我委" if dept.endswith("委员会") else "我局")
    return name, short, place


def _facts(rng: random.Random) -> dict:
    by_type = [_count(rng, 6, 0.35)] + [_count(rng, 1, 0.85) for _ in range(5)]
    received = sum(by_type)
    return {
        "proactive": _count(rng, 400, 0.02),
        "received_by_type": by_type,
        "received": received,
        "review": _count(rng, 1, 0.8),
        "litigation": _count(rng, 1, 0.85),
        "fees": 0,
        "staff": rng.randint(1, 6),
    }


def _figure_sentences(rng: random.Random, year: int, short: str, facts: dict) -> list[str]:
    said = [f"{year}年，{short}共主动公开政府信息{facts['proactive']}条。"]
    if facts["received"]:
        said.append(f"全年共收到政府信息公开申请{facts['received']}件，均已按时答复。")
    else:
        said.append("本年度未收到政府信息公开申请。")
    if facts["review"] == facts["litigation"] == 0:
        said.append("本年度未发生因政府信息公开引起的行政复议、行政诉讼案件。")
    elif facts["review"]:
        said.append(f"本年度收到政府信息公开行政复议{facts['review']}件。")
    said.append(rng.choice(["依申请公开政府信息未收取任何费用。", "本年度没有收取任何费用。"]))
    said.append(f"{short}现有专兼职工作人员{facts['staff']}名。")
    rng.shuffle(said)
    return said


def _prose(rng: random.Random, year: int, short: str, count: int) -> list[str]:
    values = {"short": short, "year": year, "prev_year": year - 1, "cumulative": _count(rng, 5000, 0),
              "subset": _count(rng, 50, 0), "prev_figure": _count(rng, 400, 0), "consult": _count(rng, 100, 0)}
    return [rng.choice(FILLER).format(**values) for _ in range(count)]


def generate_report(seed: int, index: int) -> Report:
    rng = random.Random(f"{seed}:{index}")
    form = rng.choices(list(FORM_WEIGHTS), list(FORM_WEIGHTS.values()))[0]
    year = rng.choice(YEARS[form])
    rendering = rng.choices(list(RENDERINGS), list(RENDERINGS.values()))[0]
    if form == "narrative" and rendering != "html":
        rendering = "text"
    agency, short, place = _agency(rng)
    facts = _facts(rng)
    fmt = _Numbers(rng)
    title = f"{agency}{year}年{rng.choice(['', '度'])}政府信息公开工作年度报告"
    sections = SECTIONS_2008 if form in ("ogi2008", "narrative") else SECTIONS_2019
    intro = (f"本报告根据《中华人民共和国政府信息公开条例》（以下简称《条例》）要求编制。本报告中所列数据的统计期限"
             f"自{year}年1月1日起至{year}年12月31日止。")
    figures = _figure_sentences(rng, year, short, facts)
    paragraphs: list[tuple[str, list[str]]] = []  # (section heading, paragraphs)
    for n, heading in enumerate(sections):
        text = _prose(rng, year, short, rng.randint(2, 5))
        if n == 0 or (form == "narrative" and figures and rng.random() < 0.5):
            text = figures + text if n == 0 and form != "narrative" else text + figures
            figures = []
        paragraphs.append((heading, ["".join(text[i:i + 3]) for i in range(0, len(text), 3)]))
    if figures:
        paragraphs[-1][1].append("".join(figures))

    tables: dict[int, list[Row]] = {}
    if form == "ogi2008":
        tables[len(sections)] = table_2008(rng, fmt, facts)
    elif form in ("ogi2019", "ogi2021"):
        tables[1] = table_t2(rng, fmt, form)
        tables[2] = table_t3(rng, fmt, form, facts)
        tables[3] = table_t4(rng, fmt, facts)
    published = (year + 1, rng.randint(1, 3), rng.randint(1, 28))
    if rng.random() < 0.02:  # published before the year ended (a finding)
        published = (year, 12, rng.randint(1, 28))
    signature = [agency, f"{published[0]}年{published[1]}月{published[2]}日"]

    if rendering == "html":
        text = _as_html(rng, title, intro, paragraphs, tables, signature)
    else:
        text = _as_text(rng, title, intro, paragraphs, tables, signature, rendering, year)
    if rng.random() < 0.02:
        text = text.translate(TRADITIONAL)
    data = _encode(rng, text)
    suffix = "html" if rendering == "html" else rng.choice(["txt", "txt", "txt", "md"])
    relative_path = f"{year}/{place.province_code[:2]}/r{index:07d}.{suffix}"
    return Report(relative_path, form, rendering, year, agency, data)


def _as_text(rng, title, intro, paragraphs, tables, signature, rendering, year) -> str:
    render = RENDERERS.get(rendering, render_tab)
    lines = [title, "", intro]
    for n, (heading, paras) in enumerate(paragraphs):
        lines.append(heading)
        lines.extend(paras)
        if n in tables:
            lines.append("")
            lines.extend(render(rng, tables[n]))
            lines.append("")
    if len(paragraphs) in tables:  # the 2008 form's table is an annex after the signature
        lines.extend(["", *signature, "", "附件：", f"{year}年度政府信息公开工作情况统计表", ""])
        lines.extend(render(rng, tables[len(paragraphs)]))
    else:
        lines.extend(["", *signature])
    return "\n".join(lines) + "\n"


def _as_html(rng, title, intro, paragraphs, tables, signature) -> str:
    out = ["<!DOCTYPE html>", '<html><head><meta charset="utf-8">', f"<title>{title}</title></head><body>",
           f"<h1>{title}</h1>", f"<p>{intro}</p>"]
    for n, (heading, paras) in enumerate(paragraphs):
        out.append(f"<h2>{heading}</h2>")
        out.extend(f"<p>{p}</p>" for p in paras)
        if n in tables:
            out.extend(render_html_table(rng, tables[n]))
    out.extend(f'<p style="text-align:right">{s}</p>' for s in signature)
    if len(paragraphs) in tables:
        out.append("<p>附件：政府信息公开情况统计表</p>")
        out.extend(render_html_table(rng, tables[len(paragraphs)]))
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def _encode(rng: random.Random, text: str) -> bytes:
    roll = rng.random()
    if roll < 0.04:
        return text.encode("gb18030", errors="replace")
    if roll < 0.08:
        return b"\xef\xbb\xbf" + text.encode("utf-8")
    if roll < 0.10:
        return text.replace("\n", "\r\n").encode("utf-8")
    return text.encode("utf-8")


# --- a corpus -----------------------------------------------------------------------------

JUNK = {  # what else lands in a drop folder; each is recorded with a reason, never parsed
    "说明.txt": "本目录收录各单位报送的年度报告，如有疑问请联系管理员。\n".encode("utf-8"),
    "empty.txt": b"",
    "scan.pdf": b"%PDF-1.4\n" + bytes(range(256)) * 16,
}


def write_report(root: Path, report: Report) -> None:
    path = root / report.relative_path
    try:
        path.write_bytes(report.data)
    except FileNotFoundError:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(report.data)


def _write_range(args: tuple[str, int, int, int]) -> int:
    root, seed, start, stop = args
    written = 0
    for index in range(start, stop):
        report = generate_report(seed, index)
        write_report(Path(root), report)
        written += len(report.data)
    return written


def write_corpus(root: Path, n: int, seed: int = 2024, start: int = 0, junk: bool = False,
                 workers: int | None = None) -> int:
    """Write reports start..start+n-1 under root; returns the bytes written."""
    root.mkdir(parents=True, exist_ok=True)
    workers = workers or min(4, os.cpu_count() or 1)
    chunk = 2_000
    ranges = [(str(root), seed, a, min(a + chunk, start + n)) for a in range(start, start + n, chunk)]
    if workers > 1 and len(ranges) > 1:
        with ProcessPoolExecutor(workers) as pool:
            total = sum(pool.map(_write_range, ranges))
    else:
        total = sum(_write_range(r) for r in ranges)
    if junk:
        for name, data in JUNK.items():
            (root / "_misc").mkdir(exist_ok=True)
            (root / "_misc" / name).write_bytes(data)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("n", type=int)
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--start", type=int, default=0, help="index of the first report (to add to a corpus)")
    parser.add_argument("--junk", action="store_true", help="also drop a few files that are not reports")
    args = parser.parse_args(argv)
    started = time.monotonic()
    size = write_corpus(args.out_dir, args.n, args.seed, args.start, args.junk)
    print(f"{args.n} reports, {size / 1e6:.1f} MB, in {time.monotonic() - started:.1f} s → {args.out_dir}",
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
