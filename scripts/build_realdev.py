"""Write tests/fixtures/realdev: stand-in reports shaped like the studied report pages.

Every sentence below was written for this project; the layouts (line breaks, separators,
junk lines, cuts at ~2,000 characters) follow the classes in docs/real_reports/catalogue.md.
Each stand-in is composed here from hand-written parts, and its labels are written next to
the part that prints them: a table value is labelled where it is printed, a prose sentence
carries the figure a reader takes from it (or none). A cut keeps only the cells whose value
was printed in full before the cut.

Run: .venv/bin/python scripts/build_realdev.py   (rewrites the directory's files and CSVs)
"""

from __future__ import annotations

import csv
from dataclasses import dataclass, field
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "realdev"
APPLICANTS = ["natural_person", "commercial", "research", "public_interest", "legal_services", "other_org",
              "total"]
NOT_APPLICABLE = {"—", "——", "-", "－", "/", "／", "无", "不适用"}


@dataclass
class Doc:
    name: str
    meta: dict
    parts: list[str] = field(default_factory=list)
    cells: list[tuple[str, str, str, str, int]] = field(default_factory=list)  # code, applicant, value, status, end
    issues: list[tuple[int, str, int]] = field(default_factory=list)  # line, kind, offset

    @property
    def text(self) -> str:
        return "".join(self.parts)

    def add(self, s: str) -> None:
        self.parts.append(s)

    def line_no(self) -> int:
        return self.text.count("\n") + 1

    def value(self, printed: str, code: str | None, applicant: str = "") -> None:
        """Print a cell's value; label it unless code is None (a cell nobody can place)."""
        self.add(printed)
        if code is None:
            return
        raw = printed.strip()
        if raw == "":
            status, value = "blank", ""
        elif raw in NOT_APPLICABLE:
            status, value = "not_applicable", ""
        else:
            status, value = "reported", raw.lstrip("+").replace(",", "")
        self.cells.append((code, applicant, value, status, len(self.text)))

    def put(self, pairs, prefix: str, sep: str = " | ") -> None:
        """Print (value, column) pairs of one row, each followed by the separator."""
        for printed, column in pairs:
            self.value(printed, f"{prefix}.{column}")
            self.add(sep)

    def prose(self, sentence: str, **figures) -> None:
        """A sentence and the prose figures a reader takes from it (FORMS.md section 2)."""
        self.add(sentence)
        for metric, value in figures.items():
            self.cells.append((f"prose.{metric}", "", str(value), "reported", len(self.text)))

    def raw(self, printed: str, code: str, value: str, status: str, applicant: str = "") -> None:
        """Print a cell whose printed text is not its value as is ('124件', a blank between bars)."""
        self.add(printed)
        self.cells.append((code, applicant, value, status, len(self.text)))

    def ambiguous(self) -> None:
        self.issues.append((self.line_no(), "ambiguous_row", len(self.text)))

    def cut_after(self, marker: str, extra: int = 0, nth: int = 1) -> None:
        """The page stops `extra` characters after the nth `marker` (where the studied page stopped)."""
        at = -1
        for _ in range(nth):
            at = self.text.index(marker, at + 1)
        self.cut(at + len(marker) + extra)

    def cut(self, limit: int) -> None:
        """The page stops at `limit` characters, never inside a number."""
        text = self.text
        if len(text) <= limit:
            return
        while limit > 0 and text[limit - 1].isdigit() and text[limit].isdigit():
            limit -= 1
        self.parts = [text[:limit]]
        self.cells = [c for c in self.cells if c[4] <= limit]
        self.issues = [i for i in self.issues if i[2] < limit]


# ---------------------------------------------------------------- the forms' rows
def t2_rows(form: str, v: dict) -> list:
    """表二 as sections of (label, [(printed, code)]) rows; v maps a row key to its printed values."""
    p = "2021" if form == "ogi2021" else "2019"
    if form == "ogi2021":
        secs = [
            ("第二十条第（一）项", ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
             [("规章", "rules", ["issued", "repealed", "in_force"]),
              ("行政规范性文件", "normative_docs", ["issued", "repealed", "in_force"])]),
            ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [("行政许可", "license", ["decisions"])]),
            ("第二十条第（六）项", ["信息内容", "本年处理决定数量"],
             [("行政处罚", "penalty", ["decisions"]), ("行政强制", "coercion", ["decisions"])]),
            ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [("行政事业性收费", "fees", ["amount"])]),
        ]
    else:
        three = ["prev_year_items", "change", "decisions"]
        secs = [
            ("第二十条第（一）项", ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
             [("规章", "rules", ["new_made", "new_published", "total_published"]),
              ("规范性文件", "normative_docs", ["new_made", "new_published", "total_published"])]),
            ("第二十条第（五）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
             [("行政许可", "license", three), ("其他对外管理服务事项", "other_services", three)]),
            ("第二十条第（六）项", ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
             [("行政处罚", "penalty", three), ("行政强制", "coercion", three)]),
            ("第二十条第（八）项", ["信息内容", "上一年项目数量", "本年增/减"],
             [("行政事业性收费", "fees", ["prev_year_items", "change"])]),
            ("第二十条第（九）项", ["信息内容", "采购项目数量", "采购总金额"],
             [("政府集中采购", "procurement", ["items", "amount"])]),
        ]
    out = []
    for title, header, rows in secs:
        body = []
        for label, key, cols in rows:
            printed = v.get(key, ["0"] * len(cols))
            body.append((label, [(x, f"{p}.t2.{key}.{c}" if x is not None else None)
                                 for x, c in zip(printed, cols)]))
        out.append((title, header, body))
    return out


T3_ROWS_2021 = [
    ("一、本年新收政府信息公开申请数量", "new_received", None),
    ("二、上年结转政府信息公开申请数量", "carried_over", None),
    ("（一）予以公开", "granted", "三、本年度办理结果"),
    ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "partial", None),
    ("1.属于国家秘密", "denied.state_secret", "（三）不予公开"),
    ("2.其他法律行政法规禁止公开", "denied.law_prohibited", None),
    ("3.危及“三安全一稳定”", "denied.three_safety_one_stability", None),
    ("4.保护第三方合法权益", "denied.third_party", None),
    ("5.属于三类内部事务信息", "denied.internal_affairs", None),
    ("6.属于四类过程性信息", "denied.process_info", None),
    ("7.属于行政执法案卷", "denied.enforcement_files", None),
    ("8.属于行政查询事项", "denied.query_items", None),
    ("1.本机关不掌握相关政府信息", "unable.not_held", "（四）无法提供"),
    ("2.没有现成信息需要另行制作", "unable.needs_creation", None),
    ("3.补正后申请内容仍不明确", "unable.unclear", None),
    ("1.信访举报投诉类申请", "not_processed.petition", "（五）不予处理"),
    ("2.重复申请", "not_processed.repeat", None),
    ("3.要求提供公开出版物", "not_processed.publication", None),
    ("4.无正当理由大量反复申请", "not_processed.mass_repeat", None),
    ("5.要求行政机关确认或重新出具已获取信息", "not_processed.confirm_or_reissue", None),
    ("1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请", "other.no_correction", "（六）其他处理"),
    ("2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "other.no_fee", None),
    ("3.其他", "other.other", None),
    ("（七）总计", "total", None),
    ("四、结转下年度继续办理", "carried_forward", None),
]
T3_ROWS_2019 = [r for r in T3_ROWS_2021 if not r[1].startswith("other.")]
T3_ROWS_2019.insert(-2, ("（六）其他处理", "other", None))


def t3_rows(form: str, v: dict) -> list:
    p = "2021" if form == "ogi2021" else "2019"
    rows = T3_ROWS_2021 if form == "ogi2021" else T3_ROWS_2019
    out = []
    for label, key, group in rows:
        printed = v.get(key, ["0"] * 7)
        out.append((label, group, [(x, f"{p}.t3.{key}", a) for x, a in zip(printed, APPLICANTS)]))
    return out


def t3_values(new: list[int], carried: list[int] | None = None, granted: list[int] | None = None,
              **more: list[int]) -> dict:
    """A 表三 whose columns add up: new + carried = total + carried_forward (checked here)."""
    carried = carried or [0] * 6
    granted = granted if granted is not None else new
    v = {"new_received": new, "carried_over": carried, "granted": granted}
    v.update(more)
    handled = [0] * 6
    for key, row in v.items():
        if key not in ("new_received", "carried_over"):
            handled = [h + x for h, x in zip(handled, row)]
    forward = [n + c - h for n, c, h in zip(new, carried, handled)]
    assert min(forward) >= 0, "the table does not balance"
    v["total"] = handled
    v["carried_forward"] = forward
    return {k: [str(x) for x in row] + [str(sum(row))] for k, row in v.items()}


# ---------------------------------------------------------------- layouts
def _row_cells(label, group, values, layout_group=True):
    return ([group] if group and layout_group else []) + [label], values


def lay_pipe_cell(doc: Doc, form: str, t2: dict, t3: dict | None, ascii_parens=False) -> None:
    """One cell per line ending ' |'; a section row prints its merged cells as ' |||'."""
    fix = (lambda s: s.replace("（", "(").replace("）", ")")) if ascii_parens else (lambda s: s)
    doc.add("二、主动公开政府信息情况\n")
    width = 4  # 表二 is printed four columns wide; shorter rows fill their merged cells with bare bars
    for title, header, rows in t2_rows(form, t2):
        doc.add(f"{fix(title)} | {'|' * (width - 1)}\n")
        for i, h in enumerate(header):
            pad = width - len(header) if i == len(header) - 1 else 0
            doc.add(f"{fix(h)} |" + (" " + "|" * pad if pad else "") + "\n")
        for label, cells in rows:
            doc.add(f"{label} |\n")
            for i, (printed, code) in enumerate(cells):
                doc.value(printed, code)
                pad = width - 1 - len(cells) if i == len(cells) - 1 else 0
                doc.add(" |" + (" " + "|" * pad if pad else "") + "\n")
    if t3 is None:
        return
    doc.add("三、收到和处理政府信息公开申请情况\n")
    doc.add(fix("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） |\n申请人情况 |\n"))
    doc.add("自然人 |\n法人或其他组织 |\n总计 |\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n")
    for label, group, cells in t3_rows(form, t3):
        if group:
            doc.add(f"{fix(group)} |\n")
        doc.add(f"{fix(label)} |\n")
        for printed, code, ap in cells:
            doc.value(printed, code, ap)
            doc.add(" |\n")


def lay_line_cell(doc: Doc, form: str, t2: dict, t3: dict | None, split_headers=True, indent=False,
                  short_rows: dict | None = None, t3_note: tuple | None = None) -> None:
    """Every cell on its own line, lines separated by blank lines; header words broken in two."""
    short_rows = short_rows or {}
    gap = "\n\n"
    doc.add("二、主动公开政府信息情况" + gap)
    for title, header, rows in t2_rows(form, t2):
        doc.add(title + gap)
        for h in header:
            if split_headers and h.startswith("本年新"):
                h = "本年新" + gap + h[3:]
            doc.add(h + gap)
        for label, cells in rows:
            if label in short_rows:
                doc.ambiguous()
                doc.add(label + gap)
                for printed in short_rows[label]:
                    doc.value(printed, None)
                    doc.add(gap)
                continue
            doc.add(label + gap)
            for printed, code in cells:
                doc.value(("  " if indent else "") + printed, code)
                doc.add(gap)
    if t3 is None:
        return
    doc.add("三、收到和处理政府信息公开申请情况" + gap)
    if t3_note:
        doc.prose(t3_note[0], **t3_note[1])
        doc.add(gap)
    doc.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）" + gap + "申请人情况" + gap)
    heads = ["自然人", "法人或其他组织", "总计"] + (["商业" + gap + "企业", "科研" + gap + "机构"] if split_headers
                                                 else ["商业企业", "科研机构"]) + ["社会公益组织", "法律服务机构", "其他"]
    for h in heads:
        doc.add(h + gap)
    for label, group, cells in t3_rows(form, t3):
        if group:
            g = group.replace("）", "）" + gap) if split_headers and group.startswith("（三") else group
            doc.add(g + gap)
        doc.add(label + gap)
        for printed, code, ap in cells:
            doc.value(printed, code, ap)
            doc.add(gap)


def lay_pipe_rows(doc: Doc, form: str, t2: dict, t3: dict | None, width=None, header_fix=None,
                  no_lead_section=False, short_rows: dict | None = None, sec_label=None) -> None:
    """Markdown-like rows 'label | v | v |' padded with empty trailing cells ' ||'."""
    short_rows = short_rows or {}
    doc.add("二、主动公开政府信息情况\n")
    for n, (title, header, rows) in enumerate(t2_rows(form, t2)):
        w = width or 5
        if not (no_lead_section and n == 0):
            t = sec_label(title) if sec_label else title
            doc.add(f"{t} | {'|' * (w - 1)}\n")
        hdr = [header_fix.get(h, h) for h in header] if header_fix else header
        doc.add(" | ".join(hdr) + " | " + "|" * (w - len(hdr) - 1) + "\n")
        for label, cells in rows:
            doc.add(f"{label} | ")
            if label in short_rows:
                doc.ambiguous()
                for printed in short_rows[label]:
                    doc.value(printed, None)
                    doc.add(" | ")
                doc.add("|" * (w - len(short_rows[label]) - 2) + "\n")
                continue
            for printed, code in cells:
                doc.value(printed, code)
                doc.add(" | ")
            doc.add("|" * (w - len(cells) - 2) + "\n")
    if t3 is None:
        return
    doc.add("三、收到和处理政府信息公开申请情况\n")
    doc.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | |||||||\n")
    doc.add("自然人 | 法人或其他组织 | 总计 | ||||||\n商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ||||\n")
    for label, group, cells in t3_rows(form, t3):
        doc.add((f"{group} | " if group else "") + f"{label} | ")
        for printed, code, ap in cells:
            doc.value(printed, code, ap)
            doc.add(" | ")
        doc.add("|\n" if group else "||\n")


def lay_pipe_split(doc: Doc, form: str, t2: dict, t3: dict | None) -> None:
    """Each cell opens with '| ' at a line end and its text on the next line, padded by spaces."""
    doc.add("二、主动公开政府信息情况\n")
    for title, header, rows in t2_rows(form, t2):
        doc.add(f"| \n {title}  | |||\n")
        doc.add("| \n" + "".join(f" {h}  | \n" for h in header))
        for label, cells in rows:
            doc.add(f"| \n {label}  | \n")
            for printed, code in cells:
                doc.add(" ")
                doc.value(printed, code)
                doc.add("  | \n")
    if t3 is None:
        return
    doc.add("三、收到和处理政府信息公开申请情况\n")
    for label, group, cells in t3_rows(form, t3):
        doc.add("| \n" + (f" {group}  | \n" if group else "") + f" {label}  | \n")
        for printed, code, ap in cells:
            doc.add(" ")
            doc.value(printed, code, ap)
            doc.add("  | \n")


def lay_bar_line(doc: Doc, form: str, t2: dict, t3: dict | None) -> None:
    """Each cell on its own line followed by a line holding only '|'."""
    doc.add("二、主动公开政府信息情况\n该部分以表格形式报告。表格如下：\n")
    for title, header, rows in t2_rows(form, t2):
        doc.add(f"{title}\n|\n" + "".join(f"{h}\n|\n" for h in header))
        for label, cells in rows:
            doc.add(f"{label}\n|\n")
            for printed, code in cells:
                doc.value(printed, code)
                doc.add("\n|\n")
    if t3 is None:
        return
    doc.add("三、收到和处理政府信息公开申请情况\n该部分以表格形式报告。表格如下：\n")
    doc.add("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n|\n申请人情况\n|\n")
    doc.add("".join(f"{h}\n|\n" for h in ["自然人", "法人或其他组织", "总计", "商业\n企业", "科研\n机构",
                                          "社会公益组织", "法律服务机构", "其他"]))
    for label, group, cells in t3_rows(form, t3):
        doc.add((f"{group}\n|\n" if group else "") + f"{label}\n|\n")
        for printed, code, ap in cells:
            doc.value(printed, code, ap)
            doc.add("\n|\n")


def lay_template_only(doc: Doc, form: str, stray: str | None = None) -> None:
    """The form's labels printed with no values at all (an unfilled template)."""
    doc.add("二、主动公开政府信息情况\n\n")
    for n, (title, header, rows) in enumerate(t2_rows(form, {})):
        doc.add(title + "\n\n" + "".join(h + "\n\n" for h in header))
        for m, (label, _cells) in enumerate(rows):
            doc.add(label + "\n\n")
            if stray and n == 0 and m == 0:
                doc.ambiguous()  # one lone value under a three-column row: its column is unknown
                doc.value(stray, None)
                doc.add("\n\n")
    doc.add("三、收到和处理政府信息公开申请情况\n\n（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\n\n")
    doc.add("申请人情况\n\n自然人\n\n法人或其他组织\n\n总计\n\n商业企业\n\n科研机构\n\n社会公益组织\n\n法律服务机构\n\n其他\n\n")
    for label, group, _cells in t3_rows(form, {}):
        doc.add((group + "\n\n" if group else "") + label + "\n\n")


# ---------------------------------------------------------------- stand-ins
DOCS: list[Doc] = []


def new(name, agency, province, city, county, level, year, form, published, rendering, notes) -> Doc:
    if province in ("北京市", "天津市", "上海市", "重庆市") and county:
        city = province  # a municipality is its districts' city too (as in the devset gold)
    doc = Doc(name, dict(agency=agency, province=province, city=city, county=county, admin_level=level,
                         report_year=str(year), form=form, published_on=published, rendering=rendering,
                         notes=notes))
    DOCS.append(doc)
    return doc


def intro(doc: Doc, who: str, year: int) -> None:
    doc.add(f"根据《中华人民共和国政府信息公开条例》（以下简称《条例》）规定，现向社会公布{who}{year}年度政府信息公开"
            f"工作年度报告。报告所列数据的统计期限自{year}年1月1日起至{year}年12月31日止。\n")


def zero_t3(form: str) -> dict:
    return t3_values([0] * 6)


# --- T01 pipe cell per line, merged cells as ' |||' --------------------------------------
d = new("r01_pipe_cell_street_2021.txt", "瑞景街", "天津市", "", "北辰区", "street", 2021,
        "ogi2021", "", "pipe_cell",
        "T01 pipe cell per line with ' |||' section rows; M08 title names the street without its district; "
        "P01 prose total; P08 applications; T11 cut inside 表三")
d.add("瑞景街2021年政府信息公开工作年度报告\n一、总体情况\n（一）概述\n")
d.add("本报告依照《条例》和上级通知编写，统计期限为2021年1月1日至2021年12月31日。\n（二）政府信息公开情况\n")
d.prose("全年街道主动公开各类政府信息共计58件。", proactive_disclosed=58)
d.prose("全年受理政府信息公开申请2件。\n", applications_received=2)
d.add("（三）组织管理情况\n天津市北辰区瑞景街道办事处党政综合办公室为本街政府信息公开工作的主管部门，配合区政务公开办做好专栏维护。\n")
lay_pipe_cell(d, "ogi2021", {"rules": ["0", "0", "0"], "normative_docs": ["0", "0", "1"], "license": ["0"],
                             "penalty": ["3"], "coercion": ["0"], "fees": ["0"]},
              t3_values([2, 0, 0, 0, 0, 0], granted=[1, 0, 0, 0, 0, 0], **{"unable.not_held": [1, 0, 0, 0, 0, 0]}),
              ascii_parens=True)
d.cut_after("第二十条第(八)项 | |||\n信息内容 |\n")

d = new("r02_pipe_cell_township_2020.txt", "湖口县流泗镇", "江西省", "九江市", "湖口县", "township", 2020,
        "ogi2019", "", "pipe_cell",
        "T01 rows opened by a bare '|' line and closed by ' | |' (2019 form); P11 staff in words; T11 cut in 表二")
d.add("湖口县流泗镇2020年政府信息公开工作年度报告\n")
d.add("2020年，流泗镇在县政务公开办指导下推进政府信息公开工作，现将本年度情况报告如下。报告统计时限为2020年1月1日至"
      "2020年12月31日。如对报告有疑问，请与流泗镇党政办公室联系（电话：0792—6500000）。\n一、总体情况\n")
d.prose("镇里明确1名专职工作人员负责信息公开的日常事务。", staff=1)
d.add("截至年底，全镇政府信息公开工作运转正常。\n二、主动公开政府信息情况\n")
for title, header, rows in t2_rows("ogi2019", {"normative_docs": ["2", "2", "9"], "license": ["0", "0", "0"],
                                               "penalty": ["4", "0", "11"]}):
    d.add(f"|\n{title} | ||||\n|\n" + "".join(f"{h} |\n" for h in header)[:-1] + " |\n")
    for label, cells in rows:
        d.add(f"|\n{label} |\n")
        for i, (printed, code) in enumerate(cells):
            d.value(printed, code)
            d.add(" |\n" if i < len(cells) - 1 else " | |\n")
d.cut_after("行政事业性收费 |\n0 |\n0")

# --- T02 one value per line, blank lines, split headers ----------------------------------
d = new("r03_line_cell_town_2022.txt", "高桥镇人民政府", "", "", "", "township", 2022,
        "ogi2021", "", "line_cell",
        "T02 one value per line with blank lines; T06 header words split (商业/企业, （三）/不予公开); T11 cut")
d.add("高桥镇人民政府2022年政府信息公开工作年度报告\n\n一、总体情况\n\n")
d.add("本报告依照《条例》及国办有关通知编写，所列数据统计期限为2022年1月1日至2022年12月31日。\n\n")
d.add("这一年镇政府按照新区部署推进政务公开，信息发布做到及时、准确。\n\n")
lay_line_cell(d, "ogi2021", {"license": ["5"], "penalty": ["2"]}, t3_values([1, 0, 0, 0, 0, 0]))
d.cut_after("3.危及“三安全一稳定”", 22)

d = new("r04_line_cell_township_2020.txt", "白鹅乡", "", "", "", "township", 2020,
        "ogi2019", "", "line_cell",
        "M01 breadcrumb + M03 accessibility menu before the title; T02 one value per line with leading spaces and "
        "'本年新/制作数量' split; P07 approximate figure (余) is no prose figure; P11 staff; T12 procurement amount")
d.add("关怀版 无障碍 无障碍\n\n您当前所在位置: 首页 > 乡镇信息公开 > 白鹅乡 > 政务信息公开年报\n\n")
d.add("白鹅乡2020年政府信息公开工作年度报告\n\n访问量:\n\n")
d.add("白鹅乡2020年政府信息公开工作年度报告依据《条例》和省、市、县有关文件编写。\n\n一、总体情况\n\n")
d.prose("全乡安排1名专职人员承担信息公开日常工作，", staff=1)
d.add("全年在县门户网站发布工作动态、财政信息、年度报告等信息180余条。\n\n")
lay_line_cell(d, "ogi2019", {"normative_docs": ["3", "3", "3"], "procurement": ["2", "12650"]}, None,
              indent=True)
d.add("三、收到")

d = new("r05_line_cell_dept_2023.txt", "武汉市东湖生态旅游风景区管理委员会卫生健康办公室", "湖北省", "武汉市", "", "county_department",
        2023, "ogi2021", "2024-01-18", "line_cell",
        "M07 title split over two lines and printed twice; M02 '字号 :' and date line; T02 one value per line; "
        "P08 '本年度未收到' gives 0")
d.add("武汉市东湖生态旅游风景区管理委员会 卫生健康办公室2023年政府信息公开工作年度报告\n\n")
d.add("字号 :  | \n更新时间:2024-01-18 发布时间: |  来源:区卫健办\n\n")
d.add("武汉市东湖生态旅游风景区管理委员会\n\n卫生健康办公室2023年政府信息公开工作年度报告\n\n一、总体情况\n\n")
d.add("办公室结合卫生健康工作特点，公开财政资金、招聘、惠民服务等方面信息，及时回应群众关切。\n\n")
lay_line_cell(d, "ogi2021", {}, t3_values([0] * 6), indent=True, t3_note=("本年度未收到政府信息公开申请。", {"applications_received": 0}))
d.cut_after("不计其他情形）", 12)

# --- T03 pipe rows with empty trailing cells -----------------------------------------------
d = new("r06_pipe_rows_dept_2020.txt", "乌海市生态环境局", "内蒙古自治区", "乌海市", "", "city_department", 2020,
        "ogi2019", "", "markdown",
        "M07 agency on one line, title without year on the next; T03 pipe rows with ' ||' trailing cells; "
        "T06 header misprint '本年新 | 本年新'; T12 signed changes +2 / -1; P01 total with P05 channels; T11 cut in 表二")
d.add("乌海市生态环境局\n政府信息公开工作年度报告\n")
d.add("根据乌海市2020年政务公开工作要点，我局依法推进政府信息公开，现将2020年度工作报告如下。\n一、总体情况\n")
d.add("本报告所列数据的统计期限自2020年1月1日起至2020年12月31日。")
d.prose("2020年度主动公开政府信息总数1318条，", proactive_disclosed=1318)
d.add("其中局门户网站公开420条，局微博发布613条，微信公众号发布285条。\n")
lay_pipe_rows(d, "ogi2019", {"normative_docs": ["1", "1", "6"], "license": ["3", "0", "57"],
                             "other_services": ["2", "+2", "96"], "penalty": ["31", "-1", "22"],
                             "coercion": ["2", "0", "1"]}, None,
              header_fix={"本年新制作数量": "本年新", "本年新公开数量": "本年新"})
d.cut_after("行政事业性收")

d = new("r07_pipe_rows_township_2019.txt", "香水镇人民政府", "宁夏回族自治区", "固原市", "泾源县", "township", 2019,
        "ogi2019", "", "markdown",
        "T03 pipe rows; T10 a three-column row printing one value (ambiguous, not guessed); T06 '对外公开 总数量' "
        "split inside a cell; P02 total with breakdown; M06 agency only in prose")
d.add("本报告由香水镇人民政府办公室依照《条例》第五十条和自治区有关通知编写。\n一、总体情况\n")
d.add("2019年，香水镇在泾源县政务公开办指导下推进决策、执行、管理、服务、结果公开。")
d.prose("全年通过政府网站公开各类信息47条，", proactive_disclosed=47)
d.add("其中乡镇动态19条，公示公告17条，重点领域8条，预决算3条。\n")
lay_pipe_rows(d, "ogi2019", {}, None, header_fix={"本年新制作数量": "本年新", "本年新公开数量": "本年新",
                                                   "对外公开总数量": "对外公开 总数量"},
              short_rows={"行政许可": ["0"], "其他对外管理服务事项": ["0"]})
d.cut_after("政府集中采")

d = new("r08_pipe_rows_county_dept_2022.txt", "法库县交通运输局", "辽宁省", "沈阳市", "法库县", "county_department",
        2022, "ogi2021", "", "markdown",
        "T03 pipe rows (2021) with trailing ' ||'; 表三 header rows; T11 cut inside 表三; M06 agency in prose")
d.add("根据《条例》及《中华人民共和国政府信息公开工作年度报告格式》要求，现公布法库县交通运输局2022年政府信息公开工作年度报告。\n")
d.add("一、总体情况\n（一）加强组织领导，明确专人负责信息发布。\n（二）政府信息公开平台建设\n在县政府官网统一发布。\n")
lay_pipe_rows(d, "ogi2021", {"license": ["14"], "penalty": ["63"], "fees": ["0"]},
              t3_values([3, 1, 0, 0, 0, 0], granted=[2, 1, 0, 0, 0, 0], **{"unable.not_held": [1, 0, 0, 0, 0, 0]}))
d.cut(1900)

# --- T04 cells split over lines '| \n x  |' ------------------------------------------------
d = new("r09_pipe_split_town_2022.txt", "悦来镇", "", "", "", "township", 2022,
        "ogi2021", "", "pipe_split",
        "T04 each cell opened by '| ' at a line end, text on the next line padded by spaces; P02 total with "
        "breakdown; P08 none received; M06 no title")
d.add("根据《条例》要求，结合工作实际，编制本报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n")
d.add("一、总体情况\n2022年，悦来镇持续加强组织领导，推进政务公开规范化建设。\n（一）政府信息主动公开情况。")
d.prose("全年主动公开政府信息总数96条：", proactive_disclosed=96)
d.add("基层政务公开领域信息61条，工作动态25条，预算决算4条，政策文件6条。\n")
d.prose("（二）依申请公开政府信息情况。2022年未收到依申请公开政府信息申请。\n", applications_received=0)
lay_pipe_split(d, "ogi2021", {"penalty": ["7"]}, None)
d.cut_after("本年处理决定数量  | \n| \n 行", nth=2)

# --- T05 a bare '|' line after every cell -------------------------------------------------
d = new("r10_bar_line_town_2023.txt", "佳木镇", "", "", "", "township", 2023,
        "ogi2021", "", "bar_line",
        "T05 each cell followed by a line holding only '|'; '该部分以表格形式报告' lines; M06 agency in prose; T11 cut")
d.add("一、总体情况\n本报告依照《条例》要求，结合我镇实际，从六个方面报告佳木镇2023年政府信息公开工作。\n")
lay_bar_line(d, "ogi2021", {"rules": ["0", "0", "0"], "normative_docs": ["0", "0", "2"], "penalty": ["1"]},
             t3_values([1, 0, 0, 0, 0, 0]))
d.cut_after("6.属于四类过程性信")

# --- M12 traditional mirror pages ------------------------------------------------------------
d = new("r11_traditional_pipe_rows_2022.txt", "遂溪县河头镇", "广东省", "湛江市", "遂溪县", "township", 2022,
        "ogi2021", "", "traditional",
        "M12 traditional characters; T13 the first section row (第二十條第（一）項) missing; T12 decimal fee in 萬元; "
        "P04 one channel then P05 a second channel: no prose figure; T11 cut in 表三 header")
d.add("根據《中華人民共和國政府信息公開條例》規定，現將河頭鎮2022年政府信息公開工作年度報告進行公開。")
d.add("本報告中所列數據的統計時限為2022年1月1日起至2022年12月31日止。如對本報告有任何疑問，請與遂溪縣河頭鎮黨政綜合辦公室聯繫。\n")
d.add("一、總體情況\n2022年我鎮政府網站全年共更新政務動態信息61條，通過鎮微信公眾號發布信息117條。\n二、主動公開政府信息情況\n")
d.add("信息內容 | 本年制發件數 | 本年廢止件數 | 現行有效件數 |\n規章 | ")
d.put((("0", "issued"), ("0", "repealed"), ("0", "in_force")), "2021.t2.rules")
d.add("\n行政規範性文件 | ")
d.put((("0", "issued"), ("0", "repealed"), ("1", "in_force")), "2021.t2.normative_docs")
d.add("\n第二十條第（五）項 |\n信息內容 | 本年處理決定數量 |\n行政許可 | ")
d.value("0", "2021.t2.license.decisions")
d.add(" |\n第二十條第（六）項 |\n信息內容 | 本年處理決定數量 |\n行政處罰 | ")
d.value("6", "2021.t2.penalty.decisions")
d.add(" |\n行政強制 | ")
d.value("0", "2021.t2.coercion.decisions")
d.add(" |\n第二十條第（八）項 |\n信息內容 | 本年收費金額（單位：萬元） |\n行政事業性收費 | ")
d.value("153.27406", "2021.t2.fees.amount")
d.add(" |\n三、收到和處理政府信息公開申請情況\n（本列數據的勾稽關係為：第一項加第二項之和，等于第三項加第四項之和） | 申請人情況 |\n自然人 | 法人或其他組織 | 總計 |\n商")

d = new("r12_traditional_long_labels_2020.txt", "", "", "", "", "city_department", 2020,
        "ogi2019", "", "traditional",
        "M12 traditional (wiki mirror); T07 labels carrying explanatory notes in brackets; T06 header '本年新 製作數量' "
        "with a space; T12 '-' cell; M06 title only in the page address; T11 cut in 表二")
d.add("根據市政務服務和大數據管理局轉發的通知要求，現將我局2020年度政府信息公開情況報告如下。\n")
d.add("第二十條第（一）項 | |||||\n信息內容 | 本年新 製作數量 | 本年新 公開數量 | 對外公開總數量 | ||\n")
d.add("規章（設區的市、自治州人民政府應提供相關數據） | ")
d.put((("0", "new_made"), ("0", "new_published"), ("0", "total_published")), "2019.t2.rules")
d.add("||\n規範性文件（行政機關以本機關名義制發的、對外具有普遍約束力的公文） | ")
d.put((("3", "new_made"), ("3", "new_published"), ("27", "total_published")), "2019.t2.normative_docs")
d.add("||\n第二十條第（五）項 | |||||\n信息內容 | 上一年項目數量（指2019年事項數） | 本年增/減（減用負值表示） | 處理決定數量（指2020年辦件量） | ||\n行政許可 | ")
d.put((("14", "prev_year_items"), ("2", "change"), ("1207", "decisions")), "2019.t2.license")
d.add("||\n其他對外管理服務事項（指行政許可以外的政務服務事項） | ")
d.put((("36", "prev_year_items"), ("0", "change"), ("415", "decisions")), "2019.t2.other_services")
d.add("||\n第二十條第（六）項 | |||||\n信息內容 | 上一年項目數量 | 本年增/減 | 處理決定數量 | ||\n行政處罰 | ")
d.put((("212", "prev_year_items"), ("0", "change"), ("38", "decisions")), "2019.t2.penalty")
d.add("||\n行政強制 | ")
d.put((("9", "prev_year_items"), ("0", "change"), ("-", "decisions")), "2019.t2.coercion")
d.add("||\n第二十條第（八）項 | |||||\n信息內容 | 上一年項目數量 | 本年增/減 | |||\n行政事業性收費 | |||||\n第二十條第（九）項 | |||||\n信息內容 | 採購項目數量（指202")

d = new("r13_traditional_prose_2010.txt", "", "", "", "", "", 2010, "narrative", "",
        "prose",
        "M12 traditional mirror, no title, agency named only as '我局' (agency cannot be read: left blank); "
        "P01 total with a subset; P08 none received; P11 staff; P10 no fee; P13 consultations; P09 no review/litigation")
d.add("一、概述\n根據《條例》要求，2010年我局繼續開展政府信息公開工作，諮詢、申請和答覆工作運行正常。\n")
d.add("二、政府信息主動公開情況\n（一）公開情況\n")
d.prose("我局2010年共主動公開政府信息148條，", proactive_disclosed=148)
d.add("全文電子化率達100%。其中業務動態類信息131條。\n三、政府信息依申請公開情況\n")
d.prose("我局2010年度未收到政府信息公開申請。\n", applications_received=0)
d.add("四、人員和收支情況\n")
d.prose("本機關從事政府信息公開工作的全職人員1人。\n", staff=1)
d.prose("2010年我局依申請提供政府信息未收取費用。\n", fees_10k_yuan=0)
d.add("五、諮詢情況\n全年接受政府信息公開方面的電話諮詢1530人次。\n")
d.prose("六、行政複議和行政訴訟情況\n2010年未產生針對我局政府信息公開的行政複議與行政訴訟。\n", review_cases=0,
        litigation_cases=0)

# --- T09 headings printed without their tables (phantom-cell risk) -------------------------
d = new("r14_headings_no_table_street_2021.txt", "桥中街道", "广东省", "广州市", "荔湾区", "street", 2021,
        "narrative", "", "prose",
        "T09 section headings 二、三、四 printed with no table under them; P02 total with breakdown; P08 applications "
        "counted in 条; M06 no title")
d.add("一、总体情况\n2021年，桥中街道按照区政务公开办的部署，认真落实《条例》，指定专人负责信息审核发布。")
d.prose("本年度通过荔湾政府网和新媒体平台发布各类政务信息316条，", proactive_disclosed=316)
d.add("其中机构信息3条、财政预决算信息12条、年度报告1条、其他公告公示49条，")
d.prose("收到政府信息公开申请1条。\n", applications_received=1)
d.add("二、主动公开政府信息情况\n三、收到和处理政府信息公开申请情况\n四、政府信息公开行政复议、行政诉讼情况\n")
d.add("五、存在的主要问题及改进情况\n信息更新还不够及时，个别栏目内容偏少。下一步将加强培训，完善审核流程。\n")

d = new("r15_headings_no_table_town_2022.txt", "五常市沙河子镇", "黑龙江省", "哈尔滨市", "五常市", "township", 2022,
        "narrative", "2023-01-12", "prose",
        "M02 '日期 来源 访问量' and '字号:' lines; T09 headings with no tables; P08 '零报告'; P09 no review/litigation")
d.add("五常市沙河子镇2022年政府信息公开工作年度报告\n\n日期:2023-01-12 来源:五常市人民政府 访问量:\n字号:\n\n")
d.add("本报告依照《条例》和国办公开办函〔2021〕30号等要求编写，统计期限为2022年1月1日起至2022年12月31日止。\n\n")
d.add("一、总体情况\n\n（一）主动公开。按照条例要求公开工作动态、通知公告类信息。\n\n")
d.prose("（二）依申请公开。2022年度，沙河子镇未收到政府信息公开申请，零报告。\n\n", applications_received=0)
d.prose("（三）监督保障。全年未发生针对本镇政府信息公开事务的行政复议案件、行政诉讼案件和举报申诉件。\n\n",
        review_cases=0, litigation_cases=0)
d.add("二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n五、存在的主")

d = new("r16_headings_no_table_town_2019.txt", "官厅镇政府", "云南省", "红河哈尼族彝族自治州", "建水县", "township",
        2019, "narrative", "", "prose",
        "T09 empty table headings; P04 one channel with what it carried (a total for the one channel); M06; M08 the "
        "county printed only in the names of the sites, “建水县政府网” and “建水县人民政府” (places missed before the "
        "round-47 change 2393fd0, as 47a02 and 47a13; read since)")
d.add("根据《条例》，特向社会公布2019年度官厅镇政府（机关）信息公开年度报告。本报告数据统计期限自2019年1月1日起至"
      "2019年12月31日止，电子版可在“建水县政府网”下载。如有疑问，请与官厅镇政府信息公开领导小组办公室联系。\n")
d.add("一、总体情况\n镇里成立了政务公开工作领导小组，办公室设在党政办。")
d.prose("全年在“建水县人民政府”网站公开本镇信息5条（预算、决算、三公经费等）。\n", proactive_disclosed=5)
d.add("二、主动公开政府信息情况\n\n三、收到和处理政府信息公开申请情况\n\n四、政府信息公开行政复议、行政诉讼情况\n\n")
d.add("五、存在问题和改进措施\n（一）问题\n1.公开内容需要进一步深化。")

# --- T08 an unfilled template, and one with a stray lone value ------------------------------
d = new("r17_template_only_2022.txt", "坑镇", "陕西省", "榆林市", "佳县", "township", 2022, "ogi2019",
        "2023-01-31", "line_cell",
        "M02 '【字体】打印' and '来源 发布时间 浏览次数' lines; M09 year-first title; T08 the form printed with no "
        "values at all (no cell, no phantom); T14 a 2022 report printing the 2019 form; P12 '文件11份' is a subset")
d.add("【字体:      】  打印\n2022年度坑镇政府信息公开工作年度报告\n来源:原创     发布时间:2023-01-31 13:24    浏览次数:次    \n\n")
d.add("一、总体情况\n\n2022年以来，坑镇在佳县政府办指导下推进政务公开，主动公开政务文件11份，开展政策解读8次。\n\n")
lay_template_only(d, "ogi2019")
d.cut(2000)

d = new("r18_template_stray_value_2019.txt", "", "", "", "", "township", 2019,
        "ogi2019", "", "line_cell",
        "T08 template with one stray '0' under 规章 (three columns, one value: ambiguous); T09 no other values")
d.add("一、总体情况\n2019年，我乡明确专人负责政务内网及政务公开工作，较好地完成了信息编报任务。\n")
lay_template_only(d, "ogi2019", stray="0")
d.parts = [d.text.replace("\n\n", "\n")]
d.issues = [(d.text[:d.text.index("规章") + 1].count("\n") + 1, "ambiguous_row", 0)]
d.cut(2000)

# --- P: prose wording classes (narrative reports and prose before a table) ------------------
d = new("r19_prose_cumulative_street_2021.txt", "桐屿街道", "", "", "", "street", 2021,
        "narrative", "", "prose",
        "P06 '截至12月31日…共主动公开' is counted up to a date (no prose figure); P05 two channels that add up to "
        "it are channels; P08 none received; P10 no fee; P09 nothing about review/litigation named one by one")
d.add("根据《条例》规定，特向社会公布桐屿街道2021年度信息公开年度报告。本年度报告中所列数据的统计期限自2021年1月1日起至"
      "12月31日止。\n一、总体情况\n（一）主动公开\n")
d.add("截至2021年12月31日，我街道累计主动公开政府信息数512条，其中通过政府网站公开47条，政务微信公开465条。\n")
d.add("（二）依申请公开\n")
d.prose("街道未收到公民、法人和其他组织提出的政府信息公开申请；", applications_received=0)
d.prose("未向申请人收取任何与政府信息公开相关的费用；", fees_10k_yuan=0)
d.prose("未发生有关政府信息公开工作的举报、投诉、行政复议或提起行政诉讼等情况。\n", review_cases=0, litigation_cases=0)
d.add("（三）平台建设\n街道按照区里要求规范公开事项，归集历史数据。\n")

d = new("r20_prose_channels_no_sum_town_2022.txt", "临洮县峡口镇", "甘肃省", "定西市", "临洮县", "township", 2022,
        "narrative", "", "prose",
        "M13 the whole report on one line, paragraphs joined by spaces; P05 a stated total followed by channel counts "
        "that exceed it: the stated total is still the year's figure; P12 per-domain counts are subsets")
d.add("根据《条例》要求，现发布《临洮县峡口镇2022年政府信息公开工作年度报告》。报告中所列数据统计期限为2022年1月1日到12月31日。 ")
d.add("一、总体情况 2022年，我镇确定分管领导和工作人员，建立信息发布审核制度，规范报送程序。")
d.prose("全年主动公开政务信息291条，", proactive_disclosed=291)
d.add("包括政府网站28条，各类媒体发布信息52条，镇微信公众号1687条，其中乡村振兴173条、民政社保39条、综治41条。 ")
d.add("二、存在的主要问题 公开内容还不够丰富。")

d = new("r21_prose_approx_town_2020.txt", "中铺镇", "", "", "", "township", 2020,
        "narrative", "", "prose",
        "M13 one-line paragraphs; P07 approximate figures (余) give nothing; P13 consultations; P08 'other requests' "
        "sentence read as none received; P10 no fee; P09 no review/litigation")
d.add("根据《条例》有关要求，我镇围绕重点工作推进信息公开，现将2020年政府信息公开工作报告如下： ")
d.add("一、2020年政务公开工作完成情况 （一）机构建设方面。成立了由镇长任组长的领导小组，制定了《中铺镇信息公开保密审查机制》。 （二）信息公开方面。 ")
d.add("1、主动公开政府信息。2020年，我镇共主动公开政府信息310余条，微信公众号公开80余条，公示栏公开100余次。接待咨询210人次。 ")
d.prose("2、依申请公开情况。2020年，未收到公众申请公开政府信息。 ", applications_received=0)
d.prose("3、收费及减免情况。2020年度，我镇没有政府信息公开的收费及减免事项。 ", fees_10k_yuan=0)
d.prose("4、行政复议、行政诉讼情况。2020年，我镇未发生因政府信息公开申请行政复议、提起行政诉讼的情况。",
        review_cases=0, litigation_cases=0)

d = new("r22_prose_breakdown_only_town_2020.txt", "太白镇政府", "", "", "", "township", 2020,
        "narrative", "2021-01-26", "prose",
        "M01 breadcrumb and M02 date/source line; P03 counts by type with no total (no prose figure); M14 a spam "
        "phrase in the source line")
d.add("首页 > 政务公开 > 乡镇信息公开目录 > 太白镇 > 政府信息公开年报\n\n太白镇2020年度政府信息公开工作年度报告\n\n")
d.add("发布时间:2021-01-26 10:42 信息来源:在线娱乐平台:太白镇政府\n\n一、总体情况\n\n（一）组织领导和制度建设情况\n\n")
d.add("镇里指定专人管理信息公开工作，对新调整的工作人员进行培训。\n\n（二）主动公开政府信息情况\n\n1.公开内容\n\n")
d.add("工作信息27条、文件通知4条、财政信息6条、规划计划2条、信息公开年报1条、人事信息3条。\n\n2.公开平台\n\n政府网站是第一平台。")

d = new("r23_prose_single_channel_dept_2023.txt", "达州市通川区卫生健康局", "四川省", "达州市", "通川区", "county_department",
        2023, "narrative", "2024-01-19", "prose",
        "M02 '来源 发布日期 点击数' lines; P05 two channels counted separately (no figure); P08 none received")
d.add("达州市通川区卫生健康局2023年政府信息公开工作年度报告\n来源:区卫生健康局\n发布日期:2024-01-19\n点击数:\n\n")
d.add("根据《条例》和国办公开办函〔2021〕30号等规定，编制本报告，所列数据统计期限为2023年1月1日至12月31日。\n\n")
d.add("一、总体情况\n\n（一）主动公开。局里围绕卫生健康中心工作公开民生保障、健康服务等重点信息。")
d.add("2023年，通过政府门户网站发布信息241条，通过“健康通川”微信公众号发布信息530条。\n\n")
d.prose("（二）依申请公开。\n\n2023年，未收到政府信息公开申请。\n\n", applications_received=0)
d.add("（三）政府信息管理。\n\n严格落实信息发布“三审制”。")

d = new("r24_prose_one_channel_total_dept_2023.txt", "荔城区卫生健康局", "福建省", "莆田市", "荔城区",
        "county_department", 2023, "narrative", "", "prose",
        "P04 the one channel used, with a breakdown: the total is the year's figure; P08 '无依申请' gives 0; M06")
d.add("根据《条例》及有关年报编制文件要求，编制荔城区卫生健康局2023年度政府信息公开工作报告。本报告中所列数据统计时间自"
      "2023年1月1日起至2023年12月31日止。如对本报告有任何疑问，请与荔城区卫生健康局办公室联系。\n一、总体情况\n")
d.prose("（一）主动公开方面。2023年，我局在荔城区门户网站信息公开专栏上主动公开各类信息共26条，", proactive_disclosed=26)
d.add("全文电子化达100%。其中机构职能类信息5条，规划计划类3条，工作情况类11条，其它信息7条。\n")
d.prose("（二）依申请公开方面。2023年，我局无依申请公开政府信息。\n", applications_received=0)

d = new("r25_prose_subunits_county_2022.txt", "阳朔县人民政府", "广西壮族自治区", "桂林市", "阳朔县", "county", 2022,
        "narrative", "2023-01-16", "prose",
        "M01 breadcrumb with '>>'; M08 title without 人民政府; P04 one channel total; P12 requests split between the "
        "government and its departments, no total (no figure); P09 '数量为0件' for both")
d.add("\n您的位置:首页 >> 政府信息公开 >> 政府信息公开年报>>文章详情\n阳朔县2022年政府信息公开工作年度报告\n")
d.add("2023-01-16 16:50:00 来源: 阳朔县政府\n2022年阳朔县严格落实《条例》规定，做好政府信息公开工作并编制本年度报告。"
      "本报告中数据的统计期限自2022年1月1日起至2022年12月31日止。如有疑问请与阳朔县人民政府办公室联系。\n一、总体情况\n（一）做好政府信息主动公开\n")
d.prose("2022年通过政府网站主动公开信息4316条，", proactive_disclosed=4316)
d.add("其中重点领域信息2871条，其他信息1445条，主动公开文件412份。\n（二）依申请公开情况\n")
d.add("2022年政府新收依申请公开数量为3件，办理结果为予以公开3件；部门新收依申请公开数量为5件，予以公开2件，无法提供3件；")
d.prose("因政府信息公开被申请行政复议、行政诉讼数量为0件。\n", review_cases=0, litigation_cases=0)

d = new("r26_prose_counts_province_2020.txt", "湖南省人民政府办公厅", "湖南省", "", "", "province_department", 2020,
        "narrative", "", "traditional",
        "M12 traditional mirror with mojibake; P08 received, carried over; P09 review and litigation counts with "
        "their outcomes; P12 documents by type (subsets)")
d.add("本報告根據《中華人民共和國政府信息公開條例》編制，由總體情況、主動公開政府信息情況等六個部分組成。\n一、總體情況\n")
d.add("2020年，湖南省人民政府辦公廳認真落實條例和有關決策部署，緊緊圍繞疫情防控、“六穩”“六?!钡戎行墓ぷ?，發揮政務公開職能作用。\n")
d.add("（一）主動公開法定內容。2020年省政府門戶網站發布省政府規章3件、省政府文件18件、省政府辦公廳文件47件。\n")
d.add("（二）依法辦理依申請公開。")
d.prose("2020年收到政府信息公開申請176件，", applications_received=176)
d.prose("結轉上年度政府信息公開申請8件，", applications_carried_over=8)
d.add("共辦理完成181件，結轉下年度繼續辦理3件；")
d.prose("發生行政復議3件，其中2件維持，1件尚未審結；", review_cases=3)
d.prose("發生行政訴訟2件，均維持。\n", litigation_cases=2)

d = new("r27_prose_area_aggregate_city_2021.txt", "青岛市人民政府", "山东省", "青岛市", "", "city", 2021, "narrative", "",
        "prose",
        "P12 a city-wide count across all agencies (全市) is not the agency's own figure; P12 policy documents are a "
        "subset; other-year comparison; M06")
d.add("本报告根据《条例》等有关要求编制，现公布青岛市人民政府2021年政府信息公开工作年度报告。本年度报告的电子版可在青岛政务网下载。如对本报告有任何疑问，请与青岛市人民政府办公厅联系。\n")
d.add("一、总体情况\n（一）主动公开方面\n印发年度政务公开工作要点，细化分解责任分工。\n")
d.add("2021年全市通过青岛政务网发布政府信息17206条，比2020年增长4.1%，其中政策文件1722件，政策解读265件。\n")

d = new("r28_prose_staff_and_zero_2013.txt", "舒城县晓天镇", "安徽省", "六安市", "舒城县", "township", 2013,
        "narrative", "", "prose",
        "P02 total with a breakdown in brackets; P14 explicit zeros ('0条', '0件') for requests, review and "
        "litigation; P11 staff '专兼职工作人员3名'; expenditure in 元 is not a fee")
d.add("用微信扫描二维码分享至好友和朋友圈\n2013年，舒城县晓天镇按照县委、县政府部署，认真贯彻《条例》，现将2013年工作情况报告如下：\n")
d.add("一、基本情况\n")
d.prose("镇里配备专兼职工作人员3名负责政府信息的网上发布。\n", staff=3)
d.add("二、主动公开政府信息情况\n")
d.prose("2013年，我镇主动公开政府信息共327条（规范性文件12条，计划规划9条，业务公开251条，其他55条）。\n",
        proactive_disclosed=327)
d.prose("三、依申请公开情况\n全年发生依申请公开政府信息条数0条。\n", applications_received=0)
d.add("四、收费及减免情况\n全年依申请公开政府信息支出0元。\n")
d.prose("五、行政复议和行政诉讼情况\n全年发生因政府信息公开而被申请行政复议、提起行政诉讼的案件0件。\n",
        review_cases=0, litigation_cases=0)

# --- M: where the agency, year and date are printed ------------------------------------------
LAYOUTS = {"pipe_cell": lay_pipe_cell, "line_cell": lay_line_cell, "markdown": lay_pipe_rows,
           "pipe_split": lay_pipe_split, "bar_line": lay_bar_line}


def body_2021(d: Doc, layout: str, k: int, t3: bool = True) -> None:
    """A short report body: a few prose lines and 表二 (and 表三) in the given layout; k varies the figures."""
    t2 = {"normative_docs": ["0", "0", str(k % 4)], "license": [str(3 * k)], "penalty": [str(k * k % 17)],
          "coercion": ["0"], "fees": ["0"]}
    table3 = t3_values([k % 3, 0, 0, 0, 0, 0], granted=[k % 3 - (1 if k % 3 == 2 else 0), 0, 0, 0, 0, 0],
                       **({"unable.not_held": [1, 0, 0, 0, 0, 0]} if k % 3 == 2 else {})) if t3 else None
    LAYOUTS[layout](d, "ogi2021", t2, table3)


def body_2019(d: Doc, layout: str, k: int) -> None:
    t2 = {"normative_docs": [str(k % 3), str(k % 3), str(k + 4)], "license": [str(k), "0", str(11 * k)],
          "penalty": [str(20 + k), "-" + str(k % 2), str(k * 3)]}
    LAYOUTS[layout](d, "ogi2019", t2, t3_values([k % 2, 0, 0, 0, 0, 0]))


d = new("r29_breadcrumb_county_2021.txt", "浏阳市人民政府", "湖南省", "长沙市", "浏阳市", "county", 2021, "ogi2021",
        "2022-02-03", "markdown",
        "M14 page title line with spam words; M01 breadcrumb naming the city site; M02 source/date/字体大小 line")
d.add("长沙市政府门户网站-浏阳市人民政府2021年政府信息公开工作年度报告_正规彩票平台推荐\n")
d.add("首页 > 政府信息公开 > 政府信息公开年报 > 区县市信息公开年报 > 浏阳市\n\n浏阳市人民政府2021年政府信息公开工作年度报告\n\n")
d.add("来源:浏阳市人民政府 发布时间:2022-02-03 19:30 字体大小:\n\n")
d.add("根据《条例》以及国办公开办函〔2021〕30号文件要求和省市部署，浏阳市人民政府编制了本报告。\n\n一、总体情况\n\n")
d.add("2021年，市政府全面贯彻落实《条例》，坚持以公开为常态、不公开为例外。\n")
body_2021(d, "markdown", 4)
d.cut(2000)

d = new("r30_index_table_dept_2021.txt", "宿迁市住房和城乡建设局", "江苏省", "宿迁市", "", "city_department", 2021,
        "ogi2021", "2022-01-28", "pipe_cell",
        "M04 '索引号/发布机构/公开日期' block before the title (发布机构 abbreviated); M10 dates printed without "
        "月/年 digits ('202111日起至20211231日'); P01 total")
d.add("宿迁市住房和城乡建设局\n\n政府信息公开\n\n名称 宿迁市住房和城乡建设局2021年政府信息公开工作年度报告\n")
d.add("索引号 014319700/2022-00011 分类 信息公开年报   其他    报告\n发布机构 市住建局 公开日期 2022-01-28\n文号 关键词\n\n")
d.add("宿迁市住房和城乡建设局2021年政府信息公开工作年度报告\n\n根据《条例》的规定，向社会公布2021年本局政府信息公开年度报告。"
      "本年度所列数据的统计期限自202111日起至20211231日止。\n\n总体情况\n\n")
d.prose("2021年我局以门户网站为主渠道，主动公开政府信息734条。\n", proactive_disclosed=734)
body_2021(d, "pipe_cell", 5)
d.cut(2000)

d = new("r31_index_title_cell_town_2019.txt", "原州区官厅镇政府", "宁夏回族自治区", "固原市", "原州区", "township",
        2019, "ogi2019", "2020-01-23", "markdown",
        "M04 index table whose '标 题:' cell carries the title; M10 spaced digits in dates ('2019 年 1 月 1 日'); "
        "P05 total with one channel among several named")
d.add("索 引 号 | 640402031/2020-00005 | 发文时间 | 2020-01-23 |\n发布机构 | 原州区官厅镇政府 | 文 号 | |\n")
d.add("公开方式 | 主动公开 | 有效性 | 有效 |\n标 题: | 原州区官厅镇2019年政府信息公开工作年度报告 |\n")
d.add("根据《条例》和自治区实施办法规定，我镇汇总了全镇信息公开工作情况，编制了本报告。报告所列数据统计期限为 2019 年 1 月 1 日至 2019年 12 月 31 日。\n")
d.add("一、总体情况\n全年召开政府信息与政务公开工作会议 2次。")
d.prose("2019年我镇通过区政府网、公示栏、微信公众号主动公开政府信息 66 条，", proactive_disclosed=66)
d.add("其中通过微信公众号公开信息 21条。\n")
body_2019(d, "markdown", 2)
d.cut(2000)

d = new("r32_site_date_junk_district_2024.txt", "天津市红桥区人民政府", "天津市", "", "红桥区", "district", 2024, "ogi2021",
        "2025-03-05", "line_cell",
        "M11 the site header prints today's date (not the publication date); M03 '简体| 繁体 长者模式'; M08 title "
        "'红桥区2024年…', the government printed only in the site header with its city (its name as printed, places and all: "
        "the gold conventions since round 77); P04 one channel, a count printed without its unit; P08 carried over and new requests")
d.add("天津市红桥区人民政府 2019年12月3日星期二\n\n无障碍 无障碍 简体| 繁体 长者模式 长者模式\n\n红桥区2024年政府信息公开年度报告\n")
d.add("来源:天津市红桥区人民政府办公室 发布时间:2025-03-05 15:33\n\n本年度报告根据《条例》编制。本年度报告中所列数据统计期限从"
      "2024年1月1日起至2024年12月31日止。\n\n一、总体情况\n\n（一）主动公开情况\n\n")
d.prose("全年通过区政府门户网站主动公开各类信息5212，", proactive_disclosed=5212)
d.add("专栏专题维护4个。\n\n（二）依申请公开情况\n\n")
d.prose("上年结转政府信息公开申请17件，", applications_carried_over=17)
d.prose("本年新收362件，", applications_received=362)
d.add("办理360件，剩余19件结转下一年度处理。\n\n")
body_2021(d, "line_cell", 7, t3=False)
d.cut(2000)

d = new("r33_title_split_district_2024.txt", "石家庄市新华区人民政府", "河北省", "石家庄市", "新华区", "district", 2024,
        "ogi2021", "", "pipe_cell",
        "M07 a short title line, then the agency on its own line, then the title again; P12 policy documents "
        "are one type of information (no figure); P08 '受理依申请公开案件' counts")
d.add("2024年政府信息公开工作年度报告\n石家庄市新华区人民政府\n2024年政府信息公开工作年度报告\n")
d.add("本报告依据《条例》和年度报告格式要求，由新华区人民政府综合各街镇、区直各部门编制而成。本报告中所列数据的统计期限自2024年1月1日至"
      "2024年12月31日。\n一、总体情况\n（一）主动公开方面。")
d.add("全年通过区政府网站发布各类政策文件291件，")
d.add("解读政策文件5件。\n（二）依申请公开方面。")
d.prose("2024年，全区共受理依申请公开案件207件，", applications_received=207)
d.add("办结205件。\n")
body_2021(d, "pipe_cell", 8, t3=False)
d.cut(1900)

d = new("r34_title_guanyu_township_2020.txt", "盐边县红果乡人民政府", "四川省", "攀枝花市", "盐边县", "township", 2020,
        "ogi2019", "2021-01-20", "pipe_cell",
        "M09 title '…关于2020年度政府信息公开工作的年度报告' with the agency's full name on its own line; M02 site "
        "address + date + 字号 line; P02 total with breakdown")
d.add("红果乡关于2020年度政府信息公开工作的年度报告\nwww.panzhihua.gov.cn 发布时间:2021-01-20 来源:红果乡党政办 选择阅读字号:[ 大 中 小 ] 阅读次数:\n")
d.add("盐边县红果乡人民政府\n关于2020年度政府信息公开工作的年度报告\n一、总体情况\n2020年，我乡认真贯彻《条例》，扎实推进政府信息公开工作。\n")
d.prose("全年主动公开政府信息数43条。", proactive_disclosed=43)
d.add("其中工作动态信息35条，其他信息8条。\n")
body_2019(d, "pipe_cell", 3)
d.cut(2000)

d = new("r35_title_no_agency_2015.txt", "屯昌县林业局", "海南省", "", "屯昌县", "county_department", 2015, "narrative",
        "", "prose",
        "M08 title without the agency ('2015年政府信息公开工作年度报告'), agency only as '我局' plus the county; "
        "P01 total; P08 none received; P10 no fee; P09 no review/litigation")
d.add("2015年政府信息公开工作年度报告\n我局根据《条例》和县政府办公室关于做好2015年度报告公开工作的通知要求，现将屯昌县林业局2015年度信息公开工作情况总结如下：\n")
d.add("一、健全组织、强化领导\n办公室设立专人管理政府信息公开网络平台。\n二、政府信息主动公开情况\n")
d.prose("2015年度主动公开政府信息57条。\n", proactive_disclosed=57)
d.prose("三、政府信息依申请公开和不予公开情况\n2015年未收到信息公开的申请。\n", applications_received=0)
d.prose("四、政府信息公开的收费及减免情况\n我局对依申请提供政府信息未收取检索、复印、邮寄等费用。\n", fees_10k_yuan=0)
d.prose("五、申请行政复议情况\n2015年度未发生针对政府信息公开事务的复议、诉讼和申诉。\n", review_cases=0, litigation_cases=0)

d = new("r36_title_spaced_year_2017.txt", "舒城县民政局", "安徽省", "六安市", "舒城县", "county_department", 2017, "narrative",
        "2018-01-10", "prose",
        "M01 breadcrumb; M02 date/source/纠错 line; M07 title split and repeated; M10 year printed '201 7 年'; P01 "
        "total with spaces; P08 none received; P10; P09")
d.add("当前位置:网站首页 > 信息公开 > 舒城县民政局 > 监督保障 > 政府信息公开年报\n\n舒城县民政局2017年度政府信息公开工作年度报告\n\n")
d.add("发布时间:2018-01-10 00:00 信息来源:民政局 阅读次数: 字体:[    ]我要纠错\n\n舒城县民政局2017年度政府信息公开\n\n工作年度报告\n\n\n")
d.add("根据《条例》和县政务公开领导组办公室有关文件精神，现将我局201 7 年度政府信息公开工作报告如下。\n\n一、主动公开政府信息情况\n\n")
d.prose("（一）公开的主要内容。201 7 年度制作各类主动公开信息 198 条，", proactive_disclosed=198)
d.add("除在县政务网公开外，还通过局网站和政务公开专栏公示。\n\n二、政府信息公开收费及减免情况\n\n")
d.prose("201 7 年，没有单位和个人向我单位提出申请信息公开事项，", applications_received=0)
d.prose("所以也不存在向申请人收取费用。\n\n", fees_10k_yuan=0)
d.prose("三、因政府信息公开申请行政复议、提起行政诉讼情况\n\n201 7 年，我局没有因信息公开而被提起行政复议或行政诉讼。\n",
        review_cases=0, litigation_cases=0)

d = new("r37_issuer_month_date_city_2016.txt", "淮北市人民政府", "安徽省", "淮北市", "", "city", 2016, "narrative", "",
        "prose",
        "M07 title split over two lines; M11 issuer and a month-only date under the title (no day: no publication "
        "date); the table is beyond the cut")
d.add("淮北市人民政府2016年\n政府信息公开工作年度报告\n淮北市人民政府办公室\n2017年3月\n")
d.add("本报告按照省政务公开办有关通知要求，综合各县、区人民政府和市政府各部门的年度报告及统计数据编成。本年度报告中使用数据统计期限为"
      "2016年1月1日至12月31日。\n一、概述\n2016年，我市深入实施《条例》，全力推进政务公开各项工作。\n")

d = new("r38_mirror_spam_province_2018.txt", "安徽省人民政府", "安徽省", "", "", "province", 2018, "narrative",
        "", "prose",
        "M14 mirror page: spam words pasted into the title and sentences; its '发布时间' is the mirror's, not the "
        "report's (2022 for a 2018 report: no publication date taken)")
d.add("bob体育官网安徽省人民政府2018年政府信息公开工作报告\n发布时间:2022-06-11 06:30:28 人气: 作者:admin\n")
d.add("bob体育官网2018年，安徽省全面落实党中央、国务院关于全面推进政务公开的系列部署，紧紧围绕经济社会发展和群众关切加强政府信息供给。\n")
d.add("扎实抓好工作推进。省政务公开办召开推进会，就年度重点任务开展集中培训和专题调度，bob体育官网组织人员深入基层现场宣讲。\n")

d = new("r39_big5_gate_province_2009.txt", "西藏自治区人民政府", "西藏自治区", "", "", "province", 2009, "narrative", "",
        "traditional",
        "M12 traditional (big5 gateway); M01 '當前位置: 首頁>>' breadcrumb; M02 portal and date line (a repost date, "
        "not the report's own); M07 two title forms; the table is beyond the cut")
d.add("當前位置: 首頁>> 工作動態>> 地方政務\n \n西藏自治區人民政府2009年政府信息公開年度報告\n")
d.add("中央政府門戶網站 www.gov.cn   2010年04月06日   來源:西藏自治區人民政府網站\n\n2009年西藏自治區政府信息公開年度報告\n\n")
d.add("    本報告根據《條例》和2009年度各行署、拉薩市人民政府和各委、辦、廳、局的年度報告編制。本報告中所列數據的統計期限自2009年"
      "1月1日起，至2009年12月31日止。\n\n    一、概述\n\n    2009年全區政府信息公開工作在工作機構建設和基礎性工作等方面取得了新的進展。\n")

d = new("r40_digits_dropped_dept_2011.txt", "永安市国土资源局", "福建省", "三明市", "永安市", "county_department", 2011,
        "narrative", "2012-03-09", "prose",
        "M10 document number and dates lost their brackets and separators ('〔201225', '201111日至20111231日'); "
        "P06 '截止20111231日…共' is counted up to a date, with a channel subset (no figure); M02 time line")
d.add("永安市国土资源局2011年政府信息公开工作年度报告\n时间:2012-03-09 17:16\n 永国土资〔201225\n\n")
d.add(" 根据《条例》和上级的有关规定，特向社会公布永安市国土资源局2011年政府信息公开工作年度报告。所列数据的统计时限自201111日至20111231日。\n\n")
d.add("一、概述\n\n（一）组织机构建设情况。我局成立了信息公开工作领导小组。\n\n（二）更新完善指南目录。自20085月《条例》施行以来不断补充完善。\n\n")
d.add("二、主动公开政府信息的情况\n\n（一）主动公开信息数量情况。截止20111231日，我局共向社会主动公开信息63条，其中在政府门户网站主动公开信息41条。\n")

d = new("r42_feedback_form_district_2013.txt", "黄浦区人民政府", "上海市", "", "黄浦区", "district", 2013,
        "narrative", "2014-02-26", "prose",
        "M03 a feedback form's labels before the text; M11 issuer and full date under it (the publication date); "
        "M06 agency in that line; the table is beyond the cut")
d.add("\n留言咨询\n纠错\n1.错误类:*\n2.出错页面的地址(浏览器地址栏里面的地址):*\n3.内容标题:*\n您的姓名:*\n相关文档\n使用说明\n")
d.add("黄浦区人民政府\n2014年2月26日\n引 言\n本年度报告根据《条例》和《上海市政府信息公开规定》要求，由黄浦区人民政府编制。"
      "本年度报告中所列数据的统计期限自2013年1月1日起至12月31日止。\n一、概述\n2013年，本区继续扎实开展政府信息公开工作。\n")

d = new("r43_pipe_bar_junk_town_2022.txt", "云县茂兰镇人民政府", "云南省", "临沧市", "云县", "township", 2022, "narrative",
        "2023-01-28", "prose",
        "M05 lines of hundreds of '|' after the title and the meta line; M13 paragraphs joined on one line; P07 "
        "approximate channel counts (no figure); P08 none received")
bar = "|" * 300
d.add(f"云县茂兰镇人民政府2022年政府信息公开工作年度报告 |\n{bar}\n来源: 作者: 时间:2023-01-28 点击率:【 打印 】【 关闭 】 | {bar}\n")
d.add("一、总体情况 2022年，茂兰镇认真贯彻《条例》，进一步加强组织领导，完善各项制度。 （一）主动公开情况。在县公众信息网等网站公开信息70余条；"
      "在微信公众号上公开信息150余条。 ")
d.prose("（二）依申请公开情况。全年未接到政府信息依申请公开申请。 ", applications_received=0)
d.add("（三）政府信息管理情况。建立信息公开审批制度。")

d = new("r44_review_count_street_2021.txt", "光辉街道办事处", "", "", "", "street", 2021,
        "narrative", "2022-01-18", "prose",
        "M01 breadcrumb; M02 date glued to '来源:1'; M09 year-first title; P06 '截止到12月…信息N条' with topics (a "
        "count up to a date: no figure); P08 requests addressed to the district, not the street (no figure); P09 "
        "one review case '1起'")
d.add("首页 > 政务公开 > 政府信息公开年报 > 2021 > 街道办事处政府信息公开工作年度报告\n2021年光辉街道政府信息公开工作年度报告\n")
d.add("光辉街道办事处\n2022年01月18日来源:1\n[字体: ] 打印\n\n现将2021年光辉街道办事处政府信息公开情况报告如下:\n\n一、总体情况\n\n（一）主动公开\n\n")
d.add("截止到2021年12月，光辉街道主动公开涉及疫情防控、社会救助、养老服务等方面信息386条。\n\n（二）依申请公开\n\n")
d.add("受理公民、法人和其他组织向区政府及区政府办公室提出的政府信息公开申请4件，均在法定时限内答复。")
d.prose("信息公开类行政复议1起，正在办理中。\n", review_cases=1)

# --- T06/T07 misprinted and variant labels ------------------------------------------------------
d = new("r45_misprint_labels_dept_2025.txt", "西藏自治区统计局", "西藏自治区", "", "", "province_department", 2025,
        "ogi2021", "2026-01-16", "line_cell",
        "M04 '标 题 / 索引号 / 发布机构' block; T06 header misprint '现行有效件'; T07 row label misprint "
        "'2.其他法律行政止公开' (its place between rows 1 and 3 leaves no doubt); T02 one value per line; T11 cut")
d.add("标      题 西藏自治区统计局2025年政务信息公开工作开展年度报告\n索引号 000014355/2026-00012 文      号\n")
d.add("发布机构 发布日期 2026-01-16 18:22:45\n\n时间: 2026-01-16 18:22:45 来源:\n\n背景色:\n\n西藏自治区统计局2025年政务信息\n\n公开工作开展年度报告\n\n")
d.add("一、总体情况\n\n2025年，统计局认真贯彻政务公开有关要求，依法依规发布公开信息，主动接受社会监督。\n\n")
lay_line_cell(d, "ogi2021", {"rules": ["0", "1", "0"], "normative_docs": ["1", "0", "3"]},
              t3_values([2, 1, 0, 0, 0, 0], granted=[1, 1, 0, 0, 0, 0], **{"unable.not_held": [1, 0, 0, 0, 0, 0]}),
              split_headers=False)
d.parts = [d.text.replace("现行有效件数", "现行有效件", 1).replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开", 1)]
shift = len("数") + len("法规禁")
d.cells = [(c, a, v, s, e - (1 if e > d.text.index("现行有效件") else 0)
            - (len("法规禁") if e > d.text.index("2.其他法律行政止公开") else 0)) for c, a, v, s, e in d.cells]
d.cut(2000)

d = new("r46_quoted_column_subset_dept_2024.txt", "银川市金凤区司法局", "宁夏回族自治区", "银川市", "金凤区",
        "county_department", 2024, "ogi2021", "", "markdown",
        "P12 '在“重点领域信息公开”专栏发布信息N条' is one domain (no figure); P13 legal-aid case counts are not OGI "
        "figures; P08 none received; T03 pipe rows; T11 cut")
d.add("根据《条例》规定和年度报告格式通知要求，现发布《银川市金凤区司法局2024年政府信息公开工作年度报告》，本报告统计数据从2024年1月1日至12月31日。\n")
d.add("一、总体情况\n（一）主动公开。局里落实主动公开内容动态更新机制，在“重点领域信息公开”专栏发布信息46条。")
d.add("区法律援助中心2024年受理法律援助案件806件，办结781件。\n")
d.prose("（二）依申请公开。2024年以来，金凤区司法局未收到公民、法人和其他组织政府信息公开申请。\n", applications_received=0)
d.add("（三）政府信息管理。严把信息公开政治关、法律关、保密关。2024年通过“金凤法援”微博发布104条。\n")
lay_pipe_rows(d, "ogi2021", {"penalty": ["0"], "license": ["0"]}, zero_t3("ogi2021"))
d.cut(2000)

d = new("r47_pipe_cell_province_dept_2024.txt", "山东省人力资源和社会保障厅", "山东省", "", "", "province_department", 2024,
        "ogi2021", "", "pipe_cell",
        "T01 pipe cell per line with real 表三 figures across applicant columns; P08 '共办理信息公开申请N件' is "
        "requests handled, not received (no figure); P12 subsets; T11 cut")
d.add("山东省人力资源和社会保障厅2024年政府信息公开工作年度报告\n本年度报告根据《条例》和年度报告格式通知编制。本年度报告中所列数据统计期限自2024年1月1日至2024年12月31日。\n")
d.add("一、总体情况\n（一）主动公开。2024年主动公开政策文件21件，厅长办公会信息28次。\n")
d.add("（二）依申请公开。2024年共办理信息公开申请53件，均按要求答复。\n")
lay_pipe_cell(d, "ogi2021", {"normative_docs": ["4", "2", "37"], "license": ["1893"], "penalty": ["12"]},
              t3_values([41, 9, 0, 1, 3, 2], carried=[4, 1, 0, 0, 0, 0], granted=[20, 5, 0, 1, 2, 1],
                        partial=[3, 1, 0, 0, 0, 0], **{"unable.not_held": [14, 2, 0, 0, 1, 1],
                                                       "not_processed.repeat": [2, 0, 0, 0, 0, 0]}))
d.cut(2000)

d = new("r48_bar_line_2019_township.txt", "恰格拉克乡", "", "", "", "township",
        2019, "ogi2019", "", "bar_line",
        "T05 a bare '|' line after each cell (2019 form); T12 procurement amount; M06 agency in prose")
d.add("一、总体情况\n本报告依照《条例》要求，结合恰格拉克乡实际，报告我乡2019年政府信息公开工作。\n")
lay_bar_line(d, "ogi2019", {"procurement": ["1", "38.5"], "penalty": ["5", "0", "2"]}, t3_values([0] * 6))
d.cut(1900)

d = new("r49_line_cell_short_rows_2019.txt", "新民乡人民政府", "", "", "", "township", 2019,
        "ogi2019", "", "line_cell",
        "T10 one value printed under a three-column row in a one-value-per-line page (ambiguous twice); T02; P02")
d.add("本报告由新民乡人民政府办公室按照《条例》第五十条编制。\n\n一、总体情况\n\n")
d.prose("2019年，通过政府网站公开各类信息52条，", proactive_disclosed=52)
d.add("其中动态类信息30条，公示公告19条，预决算3条。\n\n")
lay_line_cell(d, "ogi2019", {"normative_docs": ["0", "0", "0"]}, None,
              short_rows={"行政许可": ["0"], "其他对外管理服务事项": ["0"]})
d.cut(1800)


# --- more stand-ins for the classes seen on three or more pages --------------------------------
d = new("r50_nav_share_junk_town_2023.txt", "钦北区大寺镇人民政府", "广西壮族自治区", "钦州市", "钦北区", "township", 2023, "ogi2021",
        "2024-01-16", "pipe_cell",
        "M03 colour/IPv6/share-widget lines and M01 breadcrumb before the title; M02 date+source line, the town's government "
        "printed only there, after its district (its name as printed: the gold conventions since round 77); P05 website "
        "count with a breakdown, then a WeChat count (two channels, no figure); P08 none received")
d.add("页面\n配色\n辅助线\n重置\n简体版| 繁体版| 智能问答 用户空间\n支持IPv6\n无障碍\n")
d.add("当前位置:首页 > 政府信息公开 > 钦北区政府信息公开平台 > 大寺镇 > 政府信息公开工作年度报告\n\n大寺镇2023年政府信息公开工作年度报告\n\n")
d.add("2024-01-16 08:40     来源:钦北区大寺镇人民政府\n收藏 我要收藏 文章分享\n分享 微信\n微博 空间 qq\n【字体: 打印\n\n")
d.add("一、总体情况\n\n（一）政府信息主动公开情况\n\n2023年，我镇通过官方网站公开政府信息39条，其中机构概况信息21条、部门文件信息11条、"
      "财政信息4条、其他信息3条。“钦北大寺发布”微信公众号发布信息126条。\n\n（二）政府信息依申请公开情况\n\n")
d.prose("2023年，我镇未收到公众、法人或其他组织对政府信息公开的申请。\n\n", applications_received=0)
body_2021(d, "pipe_cell", 2)
d.cut_after("（二）部分公开")

d = new("r51_index_table_dept_2021.txt", "杭州市临安区农业农村局", "浙江省", "杭州市", "临安区", "county_department",
        2021, "ogi2021", "2022-01-21", "markdown",
        "M04 index block as a pipe table (发布单位 abbreviated) before a title-less text; P05 the site's '共计N条' "
        "and a WeChat account's count apart, no total (labelled 88 under the older one-channel reading until parser "
        "commit 388b371, relabelled with the round-35 docs); P11 '专职工作人员1名、兼职2名' summed")
d.add("索引号 | 002508200/2022-00311 | 公开形式 | 主动公开 |\n公开范围 | 面向社会 | 公开时限 | 长期公开 |\n")
d.add("发布单位 | 区农业农村局 | 发文日期 | 2022-01-21 |\n根据《条例》和省、市有关规定，现向社会公布2021年度本机关政府信息公开工作报告。"
      "如对本报告有任何疑问，请与杭州市临安区农业农村局办公室联系。\n一、总体情况\n（一）主动公开情况\n")
d.add("全年我局通过区政府门户网站主动公开发布各类政府信息共计88条；")
d.add("发布专题政府信息12件。通过“临安农业”微信公众号发布政务信息301条。\n")
d.prose("局办公室配备专职工作人员1名、兼职工作人员2名。\n", staff=3)
body_2021(d, "markdown", 6)
d.cut_after("（一）予以公开")

d = new("r52_pipe_cell_city_dept_2019.txt", "宜宾市自然资源和规划局", "四川省", "宜宾市", "", "city_department", 2019,
        "ogi2019", "", "pipe_cell",
        "T01 pipe cell per line (2019 form) with non-zero 表三 figures; T12 negative change; P01 total; P08 received; "
        "T11 cut in 表三")
d.add("宜宾市自然资源和规划局2019年政府信息公开工作年度报告\n根据《条例》和国办公开办函〔2019〕60号要求编制本报告。\n一、总体情况\n")
d.prose("2019年，我局主动公开政府信息1207条，", proactive_disclosed=1207)
d.prose("全年共收到政府信息公开申请38件。\n", applications_received=38)
lay_pipe_cell(d, "ogi2019", {"normative_docs": ["2", "2", "15"], "license": ["41", "-3", "962"],
                             "other_services": ["17", "0", "380"], "penalty": ["9", "0", "27"],
                             "coercion": ["2", "0", "0"], "fees": ["3", "0"], "procurement": ["6", "214.6"]},
              t3_values([29, 7, 0, 1, 1, 0], carried=[2, 0, 0, 0, 0, 0], granted=[12, 3, 0, 1, 0, 0],
                        partial=[4, 1, 0, 0, 0, 0], **{"unable.not_held": [9, 2, 0, 0, 1, 0],
                                                       "not_processed.repeat": [3, 0, 0, 0, 0, 0]}))
d.cut_after("4.保护第三方合法权益")

d = new("r53_mojibake_prose_dept_2024.txt", "渝北区司法局", "重庆市", "", "渝北区", "county_department", 2024,
        "narrative", "", "traditional",
        "M12 traditional with mojibake after some characters; M10 '2024 年' spaced; P06 '截至12月31日' counts by "
        "channel (no figure); P08 '收到申请0条' gives 0")
d.add("一、總體情況\n2024 年，渝北區(qū)司法局深入貫徹《中華人民共和國政府信息公開條例》，嚴(yán)格落實(shí)區(qū)委、區(qū)政府關(guān)于政府信息公開工作的部署。"
      "現(xiàn)將渝北區司法局 2024 年政府信息公開工作情況報(bào)告如下：\n（一）主動(dòng)公開情況\n")
d.add("截至2024年12月31日，區(qū)司法局在“渝北普法”微信公眾號(hào)發(fā)布信息91條，在政府網(wǎng)站發(fā)布信息77條。\n（二）依申請公開情況\n")
d.prose("2024年，區(qū)司法局收到政府信息公開申請0條。\n", applications_received=0)

d = new("r54_prose_year_cumulative_2011.txt", "惠安县林业局", "福建省", "泉州市", "惠安县", "county_department", 2011,
        "narrative", "", "prose",
        "M07 title split ('惠安县林业局2011年' / '政府信息公开年度报告'); P06 '截至2011年12月31日，本年度…达N条' "
        "names the year (the year's figure); P08 none; the table is beyond the cut")
d.add("惠安县林业局2011年\n政府信息公开年度报告\n本年报根据《条例》编制，由概述、主动公开政府信息情况、依申请公开政府信息情况等部分和统计表组成。"
      "本年报中所列数据的统计期限自2011年1月1日起至2011年12月31日止。\n一、概 述\n（一）强化责任意识\n我局把信息公开作为保障公众知情权的重要举措。\n")
d.prose("截至2011年12月31日，本年度我局主动公开政府信息达27条，", proactive_disclosed=27)
d.prose("没有依申请公开及不予公开的信息。\n", applications_received=0)

d = new("r55_prose_channels_sum_2022.txt", "长春市朝阳区永昌街道办事处", "吉林省", "长春市", "朝阳区", "street", 2022,
        "narrative", "2023-01-19", "prose",
        "M03 '登录| 注册' line; M09 year-first title and a second title line; M02 date/click line; P05 a total "
        "with the channels that make it up (the total is the figure); P08 none received")
d.add("登录| 注册\n\n2022年朝阳区永昌街道政府信息公开工作年度报告\n\n发布日期:2023-01-19    点击数:\n")
d.add("          2022年长春市朝阳区永昌街道办事处政府信息公开工作年度报告\n\n根据《条例》规定，现公布永昌街道2022年度政府信息公开工作年度报告。\n\n")
d.add("一、总体情况\n\n（一）主动公开。")
d.prose("全年共主动公开政府信息142条，", proactive_disclosed=142)
d.add("其中区政府网站公开36条，“永昌在线”微信公众号公开106条。\n\n")
d.prose("（二）依申请公开。2022年，我街未收到政府信息公开申请。\n\n", applications_received=0)

d = new("r56_prose_request_channels_2023.txt", "嘉兴市卫生健康委员会", "浙江省", "嘉兴市", "", "city_department", 2023,
        "narrative", "", "prose",
        "P08 received with its channels in brackets, carried over, handled; P05 website/microblog/WeChat counts "
        "without a total (no figure); P09 none")
d.add("嘉兴市卫生健康委员会2023年度政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n")
d.add("委网站共发布信息2864条，“健康嘉兴”官方微博更新4117条，官方微信更新936条。\n（二）依申请公开\n")
d.prose("2023年，我委收到政府信息公开申请37件（其中：网上申请35件，邮寄2件），", applications_received=37)
d.prose("上年度结转1件，", applications_carried_over=1)
d.add("本年度办结36件。")
d.prose("无涉及政府信息公开行政复议、诉讼案件。\n", review_cases=0, litigation_cases=0)

d = new("r57_province_font_size_2022.txt", "广东省人民政府", "广东省", "", "", "province", 2022, "narrative", "",
        "prose",
        "M02 '字号:' line under the title; M09 year-first title; P12 rules, documents and notices counted by kind "
        "(subsets); P04 one website's item count stated for the whole year (a single channel: the figure)")
d.add("2022年广东省政府信息公开工作年度报告\n\n字号:\n\n  本年度报告根据《条例》编制，全文包括总体情况、主动公开政府信息情况等。本年度报告中所列数据统计期限为2022年1月1日至12月31日。\n\n")
d.add("  一、总体情况\n\n  （一）主动公开方面\n\n  2022年，在省人民政府网站和省政府公报主动公开省政府规章9件，行政规范性文件37件，人事任免文件88件。")
d.prose("全年广东省人民政府网站共发布各类信息39215条。\n\n", proactive_disclosed=39215)

d = new("r58_chinese_numeral_date_2016.txt", "五河县小溪镇", "安徽省", "蚌埠市", "五河县", "township", 2016, "narrative",
        "", "prose",
        "M06 agency named only in the prose ('五河县小溪镇'); P06 '自…起至…止…经审核主动公开N条' states the year's "
        "own period (the figure); P08 '无申请' repeated; M11 signature year in Chinese numerals with a zero digit, no day")
d.add("本年度报告根据上级要求，向社会公开五河县小溪镇2016年度政府信息公开年度报告。本报告信息数据统计期限为：2016年1月1日——2016年12月31日。\n")
d.add("一、基本情况\n2016年，我镇在县公开办指导下，不断拓展公开内容。\n二、主动公开政府信息情况\n")
d.prose("自2016年1月1日起至2016年12月31日止，我镇经审核主动公开信息412条。\n", proactive_disclosed=412)
d.prose("三、依申请公开政府信息和不予公开政府信息情况\n我镇2016年度无申请。\n", applications_received=0)
d.add("四、存在的主要问题及改进情况\n内容更新还不够及时。\n二0一七年一月\n")

d = new("r59_pipe_cell_na_cells_2022.txt", "桐庐县市场监督管理局", "浙江省", "杭州市", "桐庐县", "county_department",
        2022, "ogi2021", "", "pipe_cell",
        "T01 pipe cell per line; T12 '——' and '无' cells (not applicable) and a decimal fee; P01 total")
d.add("桐庐县市场监督管理局2022年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2022年我局共主动公开政府信息377条。\n", proactive_disclosed=377)
lay_pipe_cell(d, "ogi2021", {"rules": ["——", "——", "——"], "normative_docs": ["1", "0", "4"], "license": ["2316"],
                             "penalty": ["418"], "coercion": ["无"], "fees": ["3.6"]}, None)

d = new("r60_no_di_label_2020.txt", "故城县卫生健康局", "河北省", "衡水市", "故城县", "county_department", 2020,
        "ogi2019", "", "markdown",
        "M07 agency line then a title line without the year; T07 section label '第二十条(一)项' without 第 and "
        "'商业 企业' split inside a cell; an empty row '| | | |'; P06 '截止…12月31日…主动公开的信息N条' (no figure); P08 none")
d.add("故城县卫生健康局\n政府信息公开工作年度报告\n一、总体情况\n县卫生健康局把政府信息公开工作列入重要工作内容，由办公室负责日常事务。")
d.add("截止2020年12月31日，我局主动公开的信息23条，")
d.prose("未收到申请公开政府信息要求。\n", applications_received=0)
lay_pipe_rows(d, "ogi2019", {"license": ["2", "0", "36"], "penalty": ["5", "0", "9"]}, None, width=4,
              header_fix={"本年新制作数量": "本年新 制作数量", "本年新公开数量": "本年新 公开数量"},
              sec_label=lambda t: t.replace("第二十条第", "第二十条"))
d.add("| | | |\n")

d = new("r61_traditional_rows_2022.txt", "抚远市林业和草原局", "黑龙江省", "佳木斯市", "抚远市", "county_department", 2022,
        "ogi2021", "", "traditional",
        "M12 traditional; T03 pipe rows with trailing cells; T12 decimal fee; P05 website count with a breakdown plus "
        "a count on another platform (no figure); T11 cut in 表三")
d.add("一、總體情況\n2022年，撫遠市林業和草原局按照條例和省、市有關文件精神推進政府信息公開工作。2022年，通過政府門戶網站共發布信息21篇，"
      "其中年報1篇，林業資源9篇，其他11篇；同時在省信用公示平臺發布行政許可信息54條。\n二、主動公開政府信息情況\n")
rows = [("第二十條第（一）項 | |||\n信息內容 | 本年制發件數 | 本年廢止件數 | 現行有效件數 |\n", []),
        ("規章 | ", [("0", "2021.t2.rules.issued"), ("0", "2021.t2.rules.repealed"), ("0", "2021.t2.rules.in_force")]),
        ("行政規範性文件 | ", [("0", "2021.t2.normative_docs.issued"), ("0", "2021.t2.normative_docs.repealed"),
                          ("1", "2021.t2.normative_docs.in_force")]),
        ("第二十條第（五）項 | |||\n信息內容 | 本年處理決定數量 | ||\n行政許可 | ", [("54", "2021.t2.license.decisions")]),
        ("第二十條第（六）項 | |||\n信息內容 | 本年處理決定數量 | ||\n行政處罰 | ", [("7", "2021.t2.penalty.decisions")]),
        ("行政強制 | ", [("0", "2021.t2.coercion.decisions")]),
        ("第二十條第（八）項 | |||\n信息內容 | 本年收費金額（單位：萬元） | ||\n行政事業性收費 | ", [("18.42", "2021.t2.fees.amount")])]
for head, cells in rows:
    d.add(head)
    for printed, code in cells:
        d.value(printed, code)
        d.add(" | ")
    if cells:
        d.add("|\n" if len(cells) == 1 else "\n")
d.add("三、收到和處理政府信息公開申請情況\n（本列數據的勾稽關系為：第一項加第二項之和，等于第三項加第四項之和） | 申請人情況 | ||||||||\n"
      "自然人 | 法人或其他組織 | 總計 | |||||||\n商業 企業 | 科研 機構 | 社會公益組織 | 法律服務機構 | 其他 | |||||\n一、本年新收政府信息公開申請數量 | ")
for a in APPLICANTS:
    d.value("0", "2021.t3.new_received", a)
    d.add(" | ")
d.add("||\n二、上年結轉政府信息公開申請數量 | ")
for a in APPLICANTS:
    d.value("0", "2021.t3.carried_over", a)
    d.add(" | ")
d.add("||\n三、本年度辦理結果 | （一）予以公開 | ")
for a in APPLICANTS[:3]:  # the page stops after three of the seven columns: those three are placed
    d.value("0", "2021.t3.granted", a)
    d.add(" | ")

d = new("r62_republished_date_2016.txt", "鳌江镇政府", "浙江省", "温州市", "平阳县", "township", 2016, "narrative",
        "2020-06-23", "prose",
        "M09 title 'X镇政府2016年信息公开工作年度报告' printed twice; M02 a publication date years after the report "
        "(the page's date is what is printed); the 2008-form 附表 is beyond the cut; M06 full name in the prose")
d.add("鳌江镇政府2016年信息公开工作年度报告\n发布时间:2020-06-23\n\n鳌江镇政府2016年信息公开工作年度报告\n\n")
d.add("  平阳县鳌江镇人民政府2016年度政府信息公开工作年度报告根据《条例》及省、市、县有关规定编制而成。全文由基本概况、主动公开政府信息情况、"
      "依申请公开政府信息情况和附表等七部分组成。本报告中所列数据的统计日期为2016年1月1日----2016年12月31日。\n\n  一、基本概况\n\n  一是加强组织领导。")


d = new("r63_mojibake_street_2021.txt", "", "", "", "", "street", 2021, "narrative", "", "traditional",
        "M12 traditional with debris lines ('?。ㄒ唬┲鲃庸_' instead of a heading); M06 the street is only '我街道'; "
        "P02 total with breakdown; P14 '合計共辦理依申請公開0件' with a none-received sentence")
d.add("一、總體情況\n2021年，我街道堅決貫徹落實市委市政府決策部署，嚴(yán)格按照條例要求規(guī)范政府信息公開內容。\n?。ㄒ唬┲鲃庸_\n")
d.prose("2021全年，街道在政府信息公開平臺共主動公開各類信息53條。", proactive_disclosed=53)
d.add("其中，工作動態37條、業務工作9條、部門文件3條、辦事指南2條、組織機構2條。\n（二）依申請公開\n")
d.prose("2021年我街道沒有接到群眾要求公開政府信息的申請，合計共辦理依申請公開0件。\n", applications_received=0)
d.add("?。ㄈ┱畔⒐芾?/p>\n設專人承辦政府信息發布，落實分管領導責任制。\n")

d = new("r64_short_title_counts_district_2024.txt", "天津市河东区人民政府", "天津市", "", "河东区", "district", 2024,
        "ogi2021", "2025-03-04", "markdown",
        "M08 title '河东区2024年…' with the full name in the source line (its name as printed, places and all: the gold "
        "conventions since round 77); P08 carried over + new requests; "
        "P09 review and litigation counts in one sentence; T03 pipe rows; T11 cut")
d.add("河东区2024年政府信息公开年度报告\n来源:天津市河东区人民政府办公室 发布时间:2025-03-04 10:20\n\n")
d.add("本年度报告根据《条例》编制。本年度报告中所列数据统计期限从2024年1月1日起至2024年12月31日止。\n\n一、总体情况\n\n（二）依申请公开情况\n\n")
d.prose("上年结转政府信息公开申请9件，", applications_carried_over=9)
d.prose("本年新收287件，", applications_received=287)
d.add("办理289件，剩余7件结转下一年度处理。")
d.prose("因政府信息公开被申请行政复议5件、", review_cases=5)
d.prose("提起行政诉讼2件。\n\n", litigation_cases=2)
lay_pipe_rows(d, "ogi2021", {"normative_docs": ["2", "1", "16"], "license": ["3120"], "penalty": ["842"],
                             "coercion": ["11"], "fees": ["0"]},
              t3_values([241, 38, 0, 2, 5, 1], carried=[8, 1, 0, 0, 0, 0], granted=[101, 17, 0, 1, 2, 0],
                        partial=[22, 5, 0, 0, 1, 0], **{"unable.not_held": [90, 12, 0, 1, 2, 1],
                                                        "not_processed.petition": [11, 1, 0, 0, 0, 0],
                                                        "not_processed.repeat": [19, 3, 0, 0, 0, 0]}))
d.cut_after("3.危及“三安全一稳定”")

d = new("r65_year_named_cumulative_2023.txt", "梧州市卫生健康委员会", "广西壮族自治区", "梧州市", "", "city_department",
        2023, "narrative", "", "prose",
        "M06 agency named in the preamble; P06 '2023年1—12月…累计发布N条' names the year (the year's figure) with a "
        "breakdown; P08 none received")
d.add("根据《条例》和自治区有关通知要求，结合梧州市卫生健康委员会政府信息公开工作实际，现编制2023年政府信息公开工作年度报告。"
      "本年度报告中所列数据的统计期限自2023年1月1日起至12月31日止。\n一、总体情况\n（一）主动公开情况。\n")
d.prose("2023年1—12月，我委在委网站累计发布信息286条，", proactive_disclosed=286)
d.add("其中政策文件11条、行政许可84条、人事信息9条、工作动态71条。\n（二）依申请公开。\n")
d.prose("2023年，我委未收到依申请公开事项申请。\n", applications_received=0)

d = new("r66_index_pipe_title_dept_2025.txt", "西藏自治区林业和草原局", "西藏自治区", "", "", "province_department", 2025,
        "ogi2021", "2026-01-19", "line_cell",
        "M04 index block as a pipe table with the title in its first row; M07 title again split over two lines; "
        "P06 '截至目前，2025年共发布…N期' (a count up to now: no figure); T02 values one per line; T11 cut")
d.add("| 标 题 | 西藏自治区林业和草原局2025年政府信息公开工作年度报告 | ||\n| 索引号 | 000014360/2026-00004 | 文 号 | |\n")
d.add("| 发布机构 | 发布日期 | 2026-01-19 17:02:41 | |\n西藏自治区林业和草原局\n2025年政府信息公开工作年度报告\n一、总体情况\n")
d.add("（一）主动公开情况。依托门户网站和微信公众号发布林草信息。截至目前，2025年共发布各类林草工作信息143期。\n\n")
lay_line_cell(d, "ogi2021", {"normative_docs": ["1", "0", "5"], "license": ["37"], "penalty": ["4"]},
              t3_values([3, 0, 0, 0, 0, 0], granted=[2, 0, 0, 0, 0, 0], **{"unable.not_held": [1, 0, 0, 0, 0, 0]}),
              split_headers=False)
d.cut_after("（二）部分公开（区分处理的，只计这一情形，不计其他情形）")

d = new("r67_signature_date_dept_2018.txt", "桓仁满族自治县文化旅游和广播电视局", "辽宁省", "本溪市", "桓仁满族自治县",
        "county_department", 2018, "narrative", "2019-04-08", "prose",
        "M02 '来源: 发布时间:… 【字体:' line; M11 a signature date at the end that is not the publication date; "
        "M03 footer widgets; no figure at all (descriptive prose only)")
d.add("桓仁满族自治县文化旅游和广播电视局2018年度政府信息公开工作报告\n\n来源: 发布时间:2019-04-08 09:31:02 【字体:\n\n")
d.add("2018年，我局按照省、市有关通知要求推进政府信息公开工作，效果较好。\n\n一、围绕文化惠民活动推进主动公开，及时发布演出和培训信息。\n\n")
d.add("二、依托图书馆、文化馆设立信息查阅点，把查阅服务延伸到村和社区。\n\n桓仁满族自治县文化旅游和广播电视局\n\n2019年4月2日\n\n扫一扫在手机打开当前页\n\n【打印正文】")


# ================================================================ second study round (issue 9)
# Stand-ins modelled on the 70 pages read in the second round (studied_pages.csv rows after the
# first 161); each one's notes name the page's classes. Mostly prose figures and agency names.
def lay_pipe_rows_lead_t2(doc: Doc, t2: dict) -> None:
    """表二 of the 2021 form as pipe rows that open with '| ' (catalogue T03, leading-bar variant)."""
    doc.add("二、主动公开政府信息情况\n")
    for title, header, rows in t2_rows("ogi2021", t2):
        doc.add(f"| {title} | |||\n| " + " | ".join(header) + " | \n")
        for label, cells in rows:
            doc.add(f"| {label} | ")
            for printed, code in cells:
                doc.value(printed, code)
                doc.add(" | ")
            doc.add("\n")


d = new("r68_title_glued_street_2024.txt", "安镇街道", "", "", "", "street", 2024, "narrative", "", "prose",
        "M15 the title runs into the first sentence with no line break; P04 '在政务公开网上公开…累计N条' in a "
        "sentence that names the year (the year's figure) with a breakdown; P08 '受理依申请…0件'; P09 '无因…行政复议、"
        "提起行政诉讼方面的情况' under a heading wrapped over two lines")
d.add("安镇街道2024年政府信息公开工作年度报告依据《条例》和区政府办公室有关年报编制的通知形成，共分六个部分，所列数据统计期为"
      "2024年1月1日至2024年12月31日。\n一、总体情况\n2024年，安镇街道落实各级政务公开部署，健全工作机制。\n"
      "（一）行政机关主动公开政府信息情况\n")
d.prose("2024年，安镇街道在政务公开网上主动公开政府信息累计63条，", proactive_disclosed=63)
d.add("其中基层政务9条，工作动态41条，通知公告13条。\n（二）行政机关收到和处理政府信息公开申请情况\n")
d.prose("2024年，安镇街道受理依申请信息公开0件。\n", applications_received=0)
d.add("（三）因政府信息公开工作被申请行政复议、提起行政诉讼\n情况\n")
d.prose("2024年，安镇街道无因政府信息公开工作被申请行政复议、提起行政诉讼方面的情况。\n",
        review_cases=0, litigation_cases=0)
d.add("（四）信息管理情况\n街道指定专人负责信息发布，信息须经分管领导审核后上网。\n")

d = new("r69_one_channel_counted_town_2023.txt", "方正县大罗密镇", "黑龙江省", "哈尔滨市", "方正县", "township", 2023,
        "narrative", "", "prose",
        "M00 title; P17/P05 one channel counted ('利用微信公众号等新媒体公开…共N条') while other channels (公开栏、宣传栏) "
        "are used without counts: a channel among several, no figure; P08 '未收到依申请公开事项' gives 0")
d.add("方正县大罗密镇2023年政府信息公开工作年度报告\n本报告根据《条例》和国办公开办函〔2021〕30号的规定，在总结本镇全年工作的基础上编制。"
      "报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，请联系方正县大罗密镇。\n一、总体情况\n")
d.add("（一）主动公开方面。今年我镇主要利用微信公众号等新媒体向群众公开关心的政府信息共47条。同时通过政府公开栏、宣传栏等载体，"
      "把与群众切身相关的政策、镇政府职能和人员职责公开在公示栏内。\n")
d.prose("（二）依申请公开方面。2023年，我镇未收到依申请公开事项。\n", applications_received=0)
d.add("（三）政府信息管理方面。镇党政办负责政府信息公开日常工作，并指定专人负责。\n")

d = new("r70_channel_repeats_total_street_2020.txt", "和平街道办事处", "吉林省", "通化市", "梅河口市", "street", 2020,
        "narrative", "2021-01-12", "prose",
        "M03 '登录 注册' and '无障碍浏览' lines; M02 '发布日期:… 点击数:'; M07 the title printed again, indented; P05 a "
        "total whose channels each print the same number (the total is the figure); P08 '发生依申请公开1次'; M08 the "
        "county-level city printed only in the name of its government's site, '依托梅河口市政府网站' (places missed before "
        "the round-47 change 2393fd0; read since)")
d.add("登录    注册\n\n无障碍浏览\n\n和平街道办事处2020年政府信息公开工作年度报告\n\n发布日期:2021-01-12    点击数:\n\n")
d.add("                                  和平街道办事处2020年政府信息公开工作年度报告\n\n \n\n一、总体情况\n\n")
d.add(" 2020年，和平街道办事处按照《条例》和市里的部署，编制本年度报告，现将我街全年工作报告如下：\n\n（一）主动公开情况\n\n")
d.prose("2020年和平街道主动公开政府信息58条，", proactive_disclosed=58)
d.add("其中依托梅河口市政府网站主动公开信息58条；通过街道政务微信公众号公开信息58条；通过政务公开栏公开信息58条。\n\n")
d.prose("（二）依申请公开情况\n\n2020年度和平街道发生依申请公开1次。\n\n", applications_received=1)
d.add("三）政府信息管理情况\n\n街道建立信息公开属性源头认定制度，对公开内容逐条审核。\n")

d = new("r71_bracket_channel_total_township_2018.txt", "三溪乡", "", "", "", "township", 2018, "narrative", "", "prose",
        "M06 no title, the township named in '汇总…三溪乡的…编制' and '请与三溪乡党政办联系'; P05 a total qualified "
        "by one channel in brackets ('(公文平台发文)N条') followed by other channels: no figure; P08 none received; "
        "P10 '暂未…收取…费用' gives 0; P09 none")
d.add("本年度报告依据《条例》，汇总2018年度三溪乡的政务公开情况编制，包括概述、主动公开情况、依申请公开情况等七个部分，所列数据统计期限"
      "自2018年1月1日起至2018年12月31日止。如对本报告有疑问，请与三溪乡党政办联系（电话：3580017）。\n一、概述\n")
d.add("2018年，我乡依托乡门户网站和乡政务微信加大公开力度，信息公开工作有序推进。\n二、主动公开情况\n")
d.add("（一）主动公开政府信息的数量：2018年度我乡共主动公开政府信息（公文平台发文）97条，政府网站公开信息数64条，政务微信公开数52条。\n")
d.add("（二）主动公开政府信息的途径：信息公开网站、乡宣传栏、广播和微信公众号。\n")
d.prose("三、依申请公开和不予公开情况\n本年度未收到主动公开以外政府信息的申请。\n", applications_received=0)
d.prose("四、政务公开的收费及减免情况\n我乡开展政府信息公开工作以来，暂未对依申请提供的政府信息收取检索、复印等费用。\n",
        fees_10k_yuan=0)
d.prose("五、因政务公开申请行政复议、提起行政诉讼的情况\n本年度未发生有关政府信息公开事务的行政复议、行政诉讼案件。\n",
        review_cases=0, litigation_cases=0)

d = new("r72_other_year_then_own_year_dept_2023.txt", "", "", "", "", "county_department", 2023, "narrative", "",
        "prose",
        "M14 mirror page; M06 the agency only as '我单位'/'中心' (no name); P13 a figure of the previous year in a 2023 "
        "report ('2022年我单位…主动公开信息数N条'): no figure; P06 '2023年1月1日至2023年12月31日，中心累计主动公开…N条' "
        "names the year (the figure); P08 none received")
d.add("本年度报告依据国、省、市政府信息公开有关规定编制，由概述，主动公开，依申请公开，行政复议、诉讼和申诉，收费及减免，主要问题和改进措施，"
      "附表七部分组成。本年度报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。\n一、概述\n")
d.add("2022年我单位共制作、获取政府信息总数77条，主动公开信息数70条，其中在县人民政府网站公开11条，在县政府门户网微信公众号公开70条。"
      "我单位坚持便民利民，在组织领导、制度建设、工作流程等方面做了大量工作。\n二、主动公开政府信息情况\n")
d.prose("我单位对公开的政府信息进行了梳理和编目，2023年1月1日至2023年12月31日，中心累计主动公开政府信息91条，", proactive_disclosed=91)
d.add("全文电子化率达100%。\n三、依申请公开政府信息办理情况\n")
d.prose("2023年，中心未收到公民、法人或其他组织的政府信息公开申请。\n", applications_received=0)

d = new("r73_review_from_last_years_requests_dept_2024.txt", "", "浙江省", "温州市", "瓯海区", "county_department", 2024,
        "narrative", "", "prose",
        "M06 only '我局' (the district office named in the first sentence issued the notice, it is not the agency); M08 "
        "placed by the district's portal it publishes on (labelled unplaced before; placed on 2026-12-04 as the blind "
        "readers of 79a07, 79a19 and 88c09 placed agencies named only 我局 or 街道); P04 "
        "one channel with a breakdown; P08 none received; P09 review and litigation cases handled this year that arose "
        "from last year's requests: this year's cases")
d.add("根据《条例》的规定和瓯海区人民政府办公室《关于做好2024年度政府信息公开工作年度报告编制工作的通知》的要求，结合我局2024年度"
      "工作实际，现将2024年度政府信息公开工作年度报告如下：\n一、总体情况\n我局坚持依法公开，确保政府信息全面、及时、准确公开。"
      "本报告中所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n")
d.prose("（一）主动公开。2024年，我局在瓯海区政府门户网站主动公开各类政府信息31条，", proactive_disclosed=31)
d.add("其中人事信息3条，部门财务信息2条，计划总结6条，审计结果5条，其他信息15条。\n")
d.prose("（二）依申请公开。2024年，我局未收到政府信息公开申请。", applications_received=0)
d.prose("办理因2023年度政府信息公开申请引发的行政复议2件、", review_cases=2)
d.prose("行政诉讼1件，均维持原结果。\n", litigation_cases=1)
d.add("（三）政府信息管理。公开内容经科室负责人、分管领导、主要领导逐级审批后发布。\n")

d = new("r74_review_withdrawn_dept_2024.txt", "", "", "", "", "county_department", 2024, "ogi2021", "", "markdown",
        "M06 only '我局'; P02 total with a breakdown; P08 received; P09 review count with its outcome in brackets and a "
        "zero litigation count in one clause; T03 pipe rows; T11 cut in 表二")
d.add("一、总体情况\n")
d.prose("（一）主动公开情况。2024年，我局共主动公开政府信息418条，", proactive_disclosed=418)
d.add("其中公告公示类信息352条，工作信息类信息61条，其他类5条。\n")
d.prose("（二）依申请公开情况。我局严格执行依申请公开制度，2024年共收到政府信息公开申请7件，", applications_received=7)
d.add("均在规定时限内答复；")
d.prose("政府信息公开行政复议1件（申请人撤回结案）、", review_cases=1)
d.prose("行政诉讼0件。\n", litigation_cases=0)
d.add("（三）政府信息管理情况。信息发布前由科室负责人审核、分管领导审批。\n")
lay_pipe_rows(d, "ogi2021", {"license": ["512"], "penalty": ["37"]}, None)
d.cut_after("行政处罚 | 37 |")

d = new("r75_county_portal_dropped_dates_2012.txt", "泾县人民政府", "安徽省", "宣城市", "泾县", "county", 2012, "narrative",
        "2013-01-24", "prose",
        "M01 breadcrumb; M09 year-first title fusing 人民政府 and 信息公开 ('2012年泾县人民政府信息公开年度报告'); M02 "
        "date/source/字体 line; M10 dates that lost their separators ('201211日到1231日', '2012111231日'); P12 the "
        "county's OGI website counted for the whole county (no figure)")
d.add("您现在所在的位置: 网站首页 > 政府信息公开 > 泾县人民政府(办公室) > 政府信息公开年报\n2012年泾县人民政府信息公开年度报告\n")
d.add("发布时间:2013-01-24 00:00 来源:泾县人民政府(办公室) 字体:[ ]\n\n")
d.add("本年度报告依据《条例》和国办发〔201226号等文件，结合我县网上统计数据编制，所列数据的统计期限从201211日到1231日止。"
      "如对本年度报告有疑问，请与泾县政务网络信息中心联系。\n\n一、政府信息公开工作成效\n\n2012年，我县坚持以公开为原则、不公开为例外，"
      "不断完善公开机制。\n\n政府信息主动公开情况\n\n")
d.add("2012111231日，我县政府信息公开网站发布主动公开信息27大项、81小项，共计6213条。其中规范性文件类301条、政府会议类129条。\n")

d = new("r76_domain_replaces_agency_county_2012.txt", "", "", "", "", "county", 2012, "narrative", "", "prose",
        "M14 a mirror replaced the agency's name with its own domain ('现公布example.com2012年…', '请与example.com政府"
        "信息公开办公室联系'): the agency is never named; M06; P15 a none-received sentence and a no-fee sentence")
d.add("根据《条例》要求，现公布puroview.com2012年政府信息公开工作年度报告。本年报由概述、主动公开政府信息情况、依申请公开政府信息情况、"
      "收费和减免情况等八部分组成，所列数据的统计期限自2012年1月1日至2012年12月31日。本年报的电子版可在县政府门户网站下载。"
      "如对本年报有疑问，请与puroview.com政府信息公开办公室（县政府电子政务中心）联系。\n一、概述\n")
d.add("2012年，我县各级行政机关健全组织体系，完善考核办法，推进政府信息公开工作。\n")
d.prose("二、依申请公开情况\n全年县政府未收到政府信息公开申请。\n", applications_received=0)
d.prose("三、收费和减免情况\n县政府未向申请人收取任何费用。\n", fees_10k_yuan=0)

d = new("r77_spam_title_numbers_on_lines_2011.txt", "", "", "", "", "county", 2011, "narrative", "", "prose",
        "M14 spam words replace the agency in the title and in '…政府办公室编制'; M07 title split over three lines; "
        "M10 every number printed on its own line, inside sentences ('第\\n492\\n号', dates, counts): a figure whose "
        "digits stand on their own line is still read by a person")
d.add("hth网页版登录入口官网发布\n2011\n年政府信息公开\n年度报告\n")
d.add("依据《中华人民共和国政府信息公开条例》（国务院令第\n492\n号）有关规定，华体会登录入口政府办公室编制本年度报告，由基本情况概述、"
      "主动公开政府信息情况、依申请公开政府信息情况等六部分组成。本年度报告中所列数据的统计期限为\n2011\n年\n1\n月\n1\n日至\n2011\n年\n12\n月\n31\n日。\n")
d.add("一、基本情况概述\n我县把政府信息公开列入县政府工作日程，以政府信息网站为主要平台。\n二、主动公开政府信息情况\n")
d.prose("全年主动公开政府信息\n1374\n条，", proactive_disclosed=1374)
d.add("其中规范性文件\n46\n件。\n")
d.prose("三、依申请公开政府信息情况\n全年共收到政府信息公开申请\n9\n件，", applications_received=9)
d.add("均已按期答复。\n")

d = new("r78_index_labels_cut_town_2025.txt", "楚雄市紫溪镇人民政府", "云南省", "楚雄彝族自治州", "楚雄市", "township", 2025,
        "narrative", "2026-01-16", "prose",
        "M04 index block whose labels lost their first characters ('号:', '称: X…报告'), 发布机构 shorter than the "
        "title; M02 an empty '发表时间:' and '字体:[ ]'; P02 a total followed by parts in brackets ('基础信息公开（N条）')")
d.add("号: cxs043/2026-00011 信息分类: 政务公开\n发文日期: 2026-01-16\n发布机构: 楚雄市紫溪镇 生成日期:\n")
d.add("称: 楚雄市紫溪镇人民政府2025年政府信息公开工作年度报告\n号:\n\n楚雄市紫溪镇人民政府2025年政府信息公开工作年度报告\n\n发表时间:\n字体:[    ]\n\n")
d.add("本报告依据《条例》规定编制，共6部分，所列数据的统计时间为2025年1月1日至12月31日。如对年报有疑问，请与紫溪镇人民政府联系。\n\n"
      "一、总体情况\n\n2025年，紫溪镇人民政府围绕中心工作和群众关切，持续深化政府信息公开。\n\n")
d.prose("（一）主动公开方面。依托市政府门户网站和本单位政务公开栏，全年通过各类平台主动公开政府信息共计118条，",
        proactive_disclosed=118)
d.add("主要包括：\n\n基础信息公开（31条）：公开指南、年度报告、机构信息、镇情概况等。\n\n重点领域及基层公开（74条）：财政预决算、涉农补贴等。\n\n"
      "决策与文件公开（13条）：镇政府发文和会议决定。\n")

d = new("r79_cut_page_title_dept_2022.txt", "湘西自治州行政审批服务局", "湖南省", "湘西土家族苗族自治州", "",
        "city_department", 2022, "narrative", "2023-01-20", "prose",
        "M03 '扫码访问'; M01 breadcrumb; M08 a page-title line with the agency cut at the left ('州行政审批服务局'); "
        "M02 date + 作者 line; M07 title without agency, the agency on the next line, then a bracketed date (M11); P04 "
        "one channel; P08 received and carried over; the prefecture's short name with 自治州 placed since round 59")
d.add("扫码访问\n您当前所在的位置:首页 > 信息公开 > 政府信息公开年报 > 2022年\n\n州行政审批服务局\n\n")
d.add("2023-01-20 12:00 作者:湘西自治州行政审批服务局 来源: 【字体:\n\n2022年政府信息公开工作年度报告\n\n湘西自治州行政审批服务局\n\n（2023年1月28日）\n\n\n")
d.add("本报告依据《条例》和国办公开办函〔2021〕30号的要求，由湘西自治州行政审批服务局编制，所列数据的统计期限自2022年1月1日起至12月31日止。\n\n"
      "一、总体情况\n\n2022年，我局坚持以公开为常态、不公开为例外，推进决策、执行、管理、服务、结果公开。\n\n")
d.prose("（一）主动公开。全年在州人民政府网本局栏目主动公开政府信息186条。\n\n", proactive_disclosed=186)
d.prose("（二）依申请公开。全年收到政府信息公开申请4件，", applications_received=4)
d.prose("上年结转1件，", applications_carried_over=1)
d.add("均已办结。\n")

d = new("r80_bracket_date_title_split_dept_2022.txt", "衡山县林业局", "湖南省", "衡阳市", "衡山县", "county_department", 2022,
        "narrative", "2023-01-09", "prose",
        "M07 title split ('…2022年政府信息公开工作' / '年度报告') with a bracketed full date under it (M11); '编制说明:' "
        "preamble; P11 staff of an IT centre ('N名专职、N名兼职人员的局信息中心') are not OGI staff (no figure); P01; P08")
d.add("衡山县林业局2022年政府信息公开工作\n年度报告\n（2023年1月9日）\n")
d.add("编制说明：本年度报告依据国、省、市政府信息公开的有关规定编制，共六项内容。本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n")
d.add("一、总体情况\n2022年，衡山县林业局把政府信息公开作为推进依法行政的重要工作来抓。\n（一）加强领导，机构到位。"
      "由分管办公室的局领导负责林业信息化工作，组建了3名专职、1名兼职人员的局信息中心，更新了一批办公设备。\n")
d.prose("（二）立足职能，规范运作。2022年度主动公开政府信息64条。", proactive_disclosed=64)
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)

d = new("r81_three_line_title_town_2022.txt", "桃江县松木塘镇人民政府", "湖南省", "益阳市", "桃江县", "township", 2022,
        "ogi2021", "", "markdown",
        "M07 a short title, the agency on its own line, then the title again; P02 total with its types; P14 '共收到依申请"
        "公开0件…行政复议0件，行政诉讼0件' zeros in one sentence; T03 pipe rows opened by '| '; T11 cut in 表二")
d.add("2022年政府信息公开工作年度报告\n桃江县松木塘镇人民政府\n2022年政府信息公开工作年度报告\n一、总体情况\n"
      "2022年，松木塘镇人民政府按照《条例》和各级要求，落实信息公开流程和保密审核制度。\n")
d.prose("（一）主动公开情况。2022年，主动公开政府信息41条，", proactive_disclosed=41)
d.add("包括领导信息类1条、机构职能类2条、工作动态类9条、规范性文件类3条、财政预决算类3条、处罚强制类12条、其他11条。\n")
d.prose("（二）依申请公开情况。2022年我镇全年共收到依申请公开0件，", applications_received=0)
d.add("公开0件，不予公开0件，")
d.prose("因政府信息依申请公开引起行政复议0件，", review_cases=0)
d.prose("行政诉讼0件\n", litigation_cases=0)
d.add("（三）政府信息管理情况。信息发布前填写审批单，落实“三审制”。\n")
lay_pipe_rows_lead_t2(d, {"normative_docs": ["3", "0", "3"], "penalty": ["12"]})
d.cut_after("| 行政强制 | 0 |")

d = new("r82_title_repeated_site_line_dept_2025.txt", "湘阴县林业局", "湖南省", "岳阳市", "湘阴县", "county_department", 2025,
        "ogi2021", "2026-01-22", "line_cell",
        "M03 a site-section line '政府信息公开' above the title; M02 '来源: X 发布时间: … 浏览次数: 1'; M07 the title "
        "printed twice; P01 '全年累计更新发布信息N条' (the year's figure) with its types; P08/P09 none received and none "
        "reported, complained, reviewed or sued, in one sentence; P11 '配备1名专职人员'; T02 one value per line; T11 cut")
d.add("政府信息公开\n\n湘阴县林业局2025年度政府信息公开工作报告\n\n来源: 湘阴县林业局 发布时间: 2026-01-22 08:58 浏览次数: 1\n\n\n"
      "湘阴县林业局2025年度政府信息公开工作报告\n\n  一、总体情况\n\n")
d.add("    依据《条例》和国办公开办函[2021]30号的要求，现将湘阴县林业局2025年度信息公开工作报告如下：\n\n  1、主动公开情况。\n\n")
d.prose("2025年，全年累计更新发布信息612条，", proactive_disclosed=612)
d.add("其中机构概况5条，行政许可581条，部门文件14条，人事信息2条，其他10条。\n\n  2、依申请公开。")
d.prose("2025年湘阴县林业局未收到依申请公开件，", applications_received=0)
d.prose("未发生因政府信息公开工作引发举报、投诉、申请行政复议或提起行政诉讼的情况。\n\n", review_cases=0, litigation_cases=0)
d.prose("  3、监督保障情况。局里成立政府信息公开工作领导小组，并配备1名专职人员负责日常工作。\n\n", staff=1)
lay_line_cell(d, "ogi2021", {"normative_docs": ["0", "0", "2"], "license": ["581"], "penalty": ["23"]}, None,
              split_headers=False)
d.cut_after("行政处罚\n\n23")

d = new("r83_one_line_table_units_dept_2022.txt", "衡阳市商务局", "湖南省", "衡阳市", "", "city_department", 2022,
        "ogi2021", "", "markdown",
        "M14 mirror; M13 the whole page on one line, the table too; M06 the agency named in the prose (the website's "
        "older name '商务和粮食局' is not it); P12 notices and replies counted by type (no figure); T12 a value printed "
        "with its unit ('124件'); T03 empty cells between bars (blank); the table's cells read since 72ef09f (pipe_inline)")
d.add("编制说明：本年度报告依据国家、省、市政府信息公开有关法律法规编制，共六项内容，所列数据的统计期限自2022年1月1日起至2022年12月31日止。"
      " 一、总体情况 2022年，衡阳市商务局认真贯彻《条例》和省、市有关文件精神，统筹做好公开解读回应。 衡阳市商务和粮食局网站设有信息公开、"
      "办事服务、互动交流等栏目。2022年，我局通过局门户网站发布通知公告52篇、回复建议提案29篇。 二、主动公开政府信息情况 "
      "第二十条第（一）项 | 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | 规章 |")
for col in ("issued", "repealed", "in_force"):
    d.raw(" ", f"2021.t2.rules.{col}", "", "blank")
    d.add("|")
d.add(" 行政规范性文件 | ")
d.put([("3", "issued"), ("0", "repealed"), ("5", "in_force")], "2021.t2.normative_docs")
d.add("第二十条第（五）项 | 信息内容 | 本年处理决定数量 | 行政许可 | ")
d.raw("131件", "2021.t2.license.decisions", "131", "reported")
d.add(" | 第二十条第（六）项 | 信息内容 | 本年处理决定数量 | 行政处罚 |")
d.raw(" ", "2021.t2.penalty.decisions", "", "blank")
d.add("| 行政强制 |")
d.raw(" ", "2021.t2.coercion.decisions", "", "blank")
d.add("| 第二十条第（八）项 | 信息内容 | 本年收费金额（单位：万元） | 行政事业性收费 |\n|\n三、收到和处理政府信息公开申请情况 "
      "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加")

d = new("r84_agency_line_bracket_date_dept_2022.txt", "衡阳市南岳区发展和改革局", "湖南省", "衡阳市", "南岳区",
        "county_department", 2022, "narrative", "2023-01-31", "prose",
        "M07 the agency on its own line, the title without it on the next, then a bracketed date (M11); '编制说明:' "
        "preamble; P04 one channel; P08 none received; P10 no fee")
d.add("衡阳市南岳区发展和改革局\n2022年政府信息公开年度报告\n（2023年1月31日）\n")
d.add("编制说明：本年度报告依据国家、省、市政府信息公开有关规定编制，共六项内容。本年度报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n")
d.add("一、总体情况\n2022年，我局把信息公开与机关建设结合起来，信息公开工作稳步推进。\n（一）加强组织领导。局里成立信息公开领导小组，下设办公室负责日常工作。\n")
d.prose("（二）主动公开。全年通过区政府门户网站主动公开政府信息39条。\n", proactive_disclosed=39)
d.prose("（三）依申请公开。2022年我局未收到政府信息公开申请，", applications_received=0)
d.prose("未收取任何费用。\n", fees_10k_yuan=0)

d = new("r85_title_split_in_word_office_2022.txt", "衡南县人民政府办公室", "湖南省", "衡阳市", "衡南县", "county_department",
        2022, "narrative", "2023-01-31", "prose",
        "M07 title split inside '政府信息' / '公开年度报告' with a bracketed date; P12 documents counted without a unit "
        "('全年累计公开各类文件N，') are one type of information (no figure)")
d.add("衡南县人民政府办公室2022年政府信息\n公开年度报告\n（2023年1月31日）\n")
d.add("编制说明：本年度报告依据《条例》和国办公开办函〔2019〕60号的有关规定编制，全文由总体情况、主动公开政府信息情况等六个部分组成，"
      "所列数据的时间期限为2022年1月1日至2022年12月31日。\n一、总体情况\n2022年，县政府办公室围绕县委、县政府中心工作推进政务公开。\n")
d.add("（一）政府信息公开工作的基本情况。一是及时公开政策文件及解读，全年累计公开各类文件26，需要解读的已全部解读。"
      "二是及时更新县政府办公室职责、领导介绍、内设机构等信息。\n")

d = new("r86_street_total_channels_staff_2022.txt", "长安区砲里街道", "", "", "长安区", "street", 2022, "narrative", "", "prose",
        "M06 named in '现公布长安区砲里街道2022年…'; P05 a total with the channels (and replies) that make it up: the "
        "total is the figure; P08 '街办未收到…申请'; P11 '安排工作人员N名'; P12 original works are a subset")
d.add("根据《条例》的规定，现公布长安区砲里街道2022年政府信息公开工作年度报告，所列数据的统计期限自2022年1月1日起至12月31日止。\n")
d.add("一、总体情况\n（一）主动公开信息\n2022年砲里街道公开了机构职能、领导信息、办公地址等基础信息，及时发布工作动态、回应群众诉求。")
d.prose("2022年度共计公开各类信息247条，", proactive_disclosed=247)
d.add("其中政府网站发布工作动态31条，微信公众号发布信息203条，回复群众诉求13件。\n")
d.prose("（二）依申请公开\n2022年度，砲里街办未收到政府信息公开申请。\n", applications_received=0)
d.prose("（三）政府信息管理情况\n领导小组办公室设在街道党政办，安排工作人员3名，负责信息的收集、审核和发布。\n", staff=3)
d.add("（四）平台建设情况\n全年围绕重点工作发布原创作品52篇。\n")

d = new("r87_two_channels_up_to_date_street_2022.txt", "沙包堡街道办事处", "贵州省", "黔南布依族苗族自治州", "都匀市", "street",
        2022, "narrative", "", "prose",
        "M06 named in '现公布X2022年…'; P05/P06 the website and the WeChat account each counted '截至12月31日共…' with no "
        "total (no figure); P08 '我街道没有收到…申请'")
d.add("依据《条例》和州政府办关于年度报告编制发布的工作提示，现公布沙包堡街道办事处2022年政府信息公开工作年度报告。\n"
      "除特别说明外，所列数据统计时限为2022年1月1日至2022年12月31日。公众如需咨询，请与都匀市沙包堡街道办事处联系。\n一、总体情况\n（一）主动公开\n")
d.add("1.门户网站主动公开政府信息情况。2022年我街道在都匀市人民政府网，截至2022年12月31日共发布信息96条，其中部门动态70条，政策文件3条，"
      "其他23条。\n2.官方微信主动公开政府信息情况。2022年度我街道官方微信，截至2022年12月31日共推送信息1104条。\n")
d.prose("（二）依申请公开。2022年1月1日至2022年12月31日，我街道没有收到公民、法人和其他组织的政府信息公开申请。\n",
        applications_received=0)

# (r88, r106, r129, r145: relabelled on 2026-12-02 to the gold convention, the government as the text prints it;
# they had joined the title's places to the printed government, as the third round did)
d = new("r88_submitted_not_published_street_2020.txt", "前进街道办事处", "辽宁省", "沈阳市", "大东区", "street", 2020,
        "ogi2019", "2021-01-26", "line_cell",
        "M00 title; M02 '发布日期:… 来源:X办事处'; M10 characters dropped ('辽省', '筒称'); P16/P12 items reported to the "
        "district's websites ('报送信息N篇') are not the street's own disclosures (no figure); P08 '无依申请公开情况' "
        "gives 0; T02 one value per line with '本年新' / '制作数量'; T11 cut")
d.add("大东区前进街道2020年度政府信息公开工作年度报告\n发布日期:2021-01-26   来源:前进街道办事处\n\n一、公开总体情况 \n\n")
d.add("我街道依照《条例》（以下筒称《条例》）和《辽省人民政府办公厅关于做好2020年度政府信息公开工作报告编制发布等工作的通知》的要求，"
      "规范流程，严格保密审查，推进政府信息公开工作。\n\n街道2020年向区委、区政府网站报送信息81篇。\n\n")
d.prose("我街道2020年度无依申请公开情况。\n\n", applications_received=0)
lay_line_cell(d, "ogi2019", {}, None)
d.cut_after("行政事业性收费\n\n0\n\n0")

d = new("r89_assisted_requests_excluded_street_2024.txt", "秦淮区人民政府红花街道办事处", "江苏省", "南京市", "秦淮区", "street",
        2024, "narrative", "", "prose",
        "M06 named in '由X办公室…编制' (the office is not the agency); P07 '约N条' twice (no figure); P08 '共受理申请"
        "公开数N个' with a note that requests handled for higher agencies are counted elsewhere (the figure stands)")
d.add("本年度报告由秦淮区人民政府红花街道办事处办公室依据《条例》编制，共六部分，所列数据的统计时限自2024年1月1日至2024年12月31日。"
      "如对本报告有疑问，请与红花办事处办公室联系。\n一、总体情况\n2024年，本街道秉持公正、便民原则推进政府信息公开。\n"
      "（一）政府信息主动公开工作情况\n2024年，我街道通过全市信息公开平台主动公开政府信息约92条，“红花新貌”发布约760条。\n"
      "（二）依申请公开政府信息情况\n")
d.prose("2024年度，本街道共受理申请公开数4个，已全部答复（协助上级单位受理的办件另行计算，不在此项统计范围内）。\n",
        applications_received=4)

d = new("r90_full_name_in_prose_street_2024.txt", "南京市鼓楼区人民政府下关街道办事处", "江苏省", "南京市", "鼓楼区", "street",
        2024, "narrative", "", "prose",
        "M06 the street's full name with its district government in '特向社会公布X2024年度…'; P04 one channel with a "
        "breakdown; P08 '收到依申请公开件N件'; P09 '未因…引发行政复议、行政诉讼案件'; P11 '信息员一名' plus one per "
        "section (no staff figure)")
d.add("依据《条例》要求，特向社会公布南京市鼓楼区人民政府下关街道办事处2024年度政府信息公开年度报告。报告中所列数据的统计期限自2024年1月1日起"
      "至2024年12月31日止。如对本报告有疑问，请联系下关街道办事处综合事务办公室。\n一、总体情况\n（一）主动公开政府信息情况\n")
d.prose("2024年，在区政府网站主动公开政府各类信息共61条。", proactive_disclosed=61)
d.add("其中招投标公示类55条，财政预算信息2条，年度报告1条，公开指南1条，其他2条。\n（二）依申请公开政府信息情况\n")
d.prose("街道依法办理政府信息公开申请，2024年收到依申请公开件2件，", applications_received=2)
d.add("均按要求答复申请人。")
d.prose("未因政府信息公开申请引发行政复议、行政诉讼案件。\n", review_cases=0, litigation_cases=0)
d.add("（三）政府信息管理情况\n明确信息员一名负责内容维护，每个科室另明确一位科室信息员。\n")

d = new("r91_index_table_none_heading_street_2024.txt", "泰州市高港区人民政府沿江街道办事处", "江苏省", "泰州市", "高港区",
        "street", 2024, "narrative", "2025-01-17", "prose",
        "M04 index pipe table whose 发布机构 is the short name; M06 the full name in '现公布X2024年…'; P03/P05/P07 "
        "counts by type and channel with no total, '100余次' (no figure); P08 none received; P09 a heading naming "
        "review and litigation followed by '本年度无此类情况' (0 each)")
d.add("索引号 | 014421391/2025-246131 | 分类 | 信息公开年报 |\n发布机构 | 沿江街道 | 发文日期 | 2025-01-17 |\n文号 | 时效 |\n")
d.add("依据《条例》规定，现公布泰州市高港区人民政府沿江街道办事处2024年政府信息公开工作年度报告，所列数据统计期限自2024年1月1日起至12月31日止。\n"
      "一、总体情况\n（一）主动公开情况。通过区政府网站更新街道职责、内设机构和领导分工，发布通知公告信息12条，动态信息7条，采购信息28条；"
      "在社区公示栏公示居民自治事项等120余次；依托微信公众号发布工作动态486条。\n")
d.prose("（二）依申请公开办理情况。本年度未收到依申请公开事项的请求。\n", applications_received=0)
d.prose("（三）因政府信息公开申请行政复议、提起行政诉讼情况。本年度无此类情况。\n", review_cases=0, litigation_cases=0)

d = new("r92_uncounted_third_channel_street_2024.txt", "常州市钟楼区南大街街道", "江苏省", "常州市", "钟楼区", "street", 2024,
        "narrative", "", "prose",
        "M06 named only in '请与X综合办公室联系'; P17/P05 three channels named, two of them counted together ('通过A、B发布"
        "…N条') and the third not counted: no figure; P08 '收到…申请0件，办结…0件'; P09/P14 zeros for review and "
        "litigation with '尚未审结…0件'")
d.add("本报告依据《条例》编制，所列数据的统计期限从2024年1月1日起至2024年12月31日止。如有疑问，请与常州市钟楼区南大街街道综合办公室联系。"
      "现将2024年政府信息公开工作情况报告如下：\n一、总体情况\n")
d.add("2. 主动公开政府信息情况。本年度街道政府信息主要通过市政府采购网站、区政府网站、公示栏等形式发布。街道通过市政府采购网站、区政府网站"
      "发布各类信息数1046条，其中工程采购类公示3条，基层动态类信息1021条，其他信息22条。\n")
d.prose("3. 依申请公开政府信息情况。本年度街道收到依申请公开申请0件，", applications_received=0)
d.add("办结公开申请0件。\n")
d.prose("4. 因政府信息公开申请行政复议、提起行政诉讼情况。本年度因政府信息公开申请行政复议0件，", review_cases=0)
d.prose("尚未审结行政复议0件和提起行政诉讼0件，尚未审结行政诉讼0件。\n", litigation_cases=0)

d = new("r93_accepted_requests_province_office_2025.txt", "辽宁省人民政府办公厅", "辽宁省", "", "", "province_department", 2025,
        "narrative", "", "prose",
        "M14 mirror with '??' debris at line starts and a spam word in a journal's name; M06 agency as the subject of "
        "the first paragraph; P05 a total for two channels named together, in 万 ('发布各类信息2.96万条' = 29600); P08 "
        "'全年共接受办理…申请N件' (accepted = received, as '受理')")
d.add("??依据《条例》及年度报告格式的规定编制本报告，报告数据统计期限为2025年1月1日至2025年12月31日。\n??一、总体情况\n")
d.add("??2025年，辽宁省人民政府办公厅认真落实党中央、国务院关于政务公开的部署，持续深化公开内容，创新公开方式。\n")
d.prose("??（一）主动公开方面。省政府门户网站、“辽宁发布”政务微信公众号发布各类信息2.96万条，", proactive_disclosed=29600)
d.add("发布政府文件34件，政策解读35件。\n")
d.prose("??（二）依申请公开方面。规范答复向省政府和省政府办公厅提出的申请，全年共接受办理政府信息公开申请623件。\n",
        applications_received=623)
d.add("??（三）政府信息管理方面。全年共编发《即时比分公报》24期。\n")

d = new("r94_province_glued_date_time_2019.txt", "河北省", "河北省", "", "", "province", 2019, "narrative", "2020-03-27",
        "prose",
        "M14 page on an IP-address host; M08 title '河北省2019年…' (no 人民政府); M02 date glued to its time "
        "('2020-03-2710:40') and a font widget split over four lines; P12 rules and documents of the whole province "
        "(subsets); P04 the provincial portal's item count for the year (the figure, as in r57)")
d.add("河北省2019年政府信息公开工作年度报告\n2020-03-2710:40\n【字体:大\n中\n小\n】\n")
d.add("本报告依据《条例》和河北省实施办法的要求，在2019年各市人民政府、雄安新区管委会、省政府各部门年度报告基础上编制。报告中所列数据的统计期限"
      "自2019年1月1日起，至2019年12月31日止。\n一、总体情况\n2019年，河北省全面推进政务公开，公开质量和实效明显提高。\n")
d.add("（一）发布解读回应有序推进\n主动发布政府信息。2019年，全省共发布规章23件，规范性文件2281件，")
d.prose("省政府门户网站主动发布各类信息60417条。\n", proactive_disclosed=60417)

d = new("r95_traditional_mirror_dept_2019.txt", "石家庄市工业和信息化局", "河北省", "石家庄市", "", "city_department", 2019,
        "narrative", "", "traditional",
        "M14/M12 traditional mirror; P01 the year's total listed by type; P05 a further count through other channels, "
        "a microblog count and mailbox replies after it (the stated total stays the figure); P08 '未收到…申請' gives 0")
d.add("石家莊市工業和信息化局2019年政府信息公開工作年度報告\n本報告根據《條例》編制，由總體情況、政府信息主動公開情況等六部分組成。"
      "本報告中所列數據的統計期限自2019年1月1日起至2019年12月31日止。\n一、總體情況\n2019年，市工信局加強組織領導，完善相關制度。\n")
d.prose("（一）主動公開政府信息。全年主動公開概況信息、重點工作、政策文件、公示公告等政府信息251條。", proactive_disclosed=251)
d.add("公開建議提案辦理答復12件；通過公開查閱點、市政府信息公開平臺等渠道公開信息31條。辦理“政府信箱”留言答復64條。"
      "在官方微博發布、轉載微博47條。")
d.prose("2019年，我局未收到相關政府信息申請。\n", applications_received=0)

d = new("r96_city_wide_total_county_city_2020.txt", "", "内蒙古自治区", "兴安盟", "乌兰浩特市", "county", 2020, "narrative", "",
        "prose",
        "M06 no title and no name of the agency (only '市政府办公室' and the city's portal); M08 placed by the city's "
        "政务公开网 it publishes on (labelled unplaced before; placed on 2026-12-04, as r73); P12 '全市各级行政机关…共主动"
        "公开信息N条' is the whole city's count (no figure)")
d.add("本报告依据《条例》和盟政务公开领导小组办公室关于2020年度报告编制发布的通知编制，全文由总体情况、主动公开政府信息情况等六个部分组成，"
      "报告中所列数据的统计期限为2020年1月1日至2020年12月31日。\n一、总体情况\n")
d.add("2020年，全市各级行政机关全面落实政务公开工作部署，深化重点领域信息公开，完善公开制度规范。2020年共主动公开信息14236条。\n")
d.add("（一）主动公开。全市各级行政机关通过政府网站、政务新媒体等平台主动公开规章0件，规范性文件2件；通过乌兰浩特市政务公开网公开行政许可、"
      "行政处罚等事项信息。2020年市政府办公室组织新闻发布会3场。\n")

d = new("r97_docx_mirror_spaced_words_township_2021.txt", "乌拉特中旗巴音乌兰苏木", "内蒙古自治区", "巴彦淖尔市", "乌拉特中旗",
        "township", 2021, "narrative", "", "prose",
        "M14 document mirror: a '….docx' file-name line; M10/M13 the title and sentences wrapped with spaces where the "
        "document's lines ended ('2021 年政府信息 公开工作年度报告', '政府 信息'); P01 a total whose words are broken by a "
        "space; P08 none received")
d.add("乌拉特中旗巴音乌兰苏木2021年政府信息公开工作年度报告.docx\n")
d.add("乌拉特中旗巴音乌兰苏木 2021 年政府信息 公开工作年度报告 根据《中华人民共和国政府信息公开条例》（以下简 称《条例》）和自治区、"
      "市年度报告制度的规定，结合我苏木实际，对 2021 年度政府信息公开工作进行了梳理 和统计，并向全社会公开。报告统计期限为 2021 年 1 月 1 日 "
      "起至 2021 年 12 月 31 日止。 一、总体情况 2021 年，我苏木按照 条例和旗政务公开领导小组的部署，提高公开信息的全面性、时效性。 ")
d.prose("全年共主动公开政府 信息 57 条， ", proactive_disclosed=57)
d.add("其中工作动态 39 条， 通知公告 18 条。 ")
d.prose("2021 年我苏木未收到政府信息公 开申请。", applications_received=0)

d = new("r98_list_breadcrumb_parent_issuer_township_2021.txt", "吾合沙鲁乡人民政府", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州",
        "乌恰县", "township", 2021, "narrative", "2022-01-05", "prose",
        "M01 breadcrumb as a numbered list ('1. 当前位置:' / '2. 首页 > …' / '3. > 正文'); M07 a space inside the title "
        "('…2021年政府 信息公开…'); M04 index lines whose 发布机构 and 来源 are the county government (the parent, not the "
        "agency); P05 website count and notice-board count (no total); P08 '未收到…申请件' gives 0")
d.add("  1. 当前位置:\n  2. 首页 > 政务公开 > 政府信息公开专栏 > 公开年报 > 2021年\n  3. > 正文\n\n")
d.add("吾合沙鲁乡人民政府2021年政府 信息公开工作年度报告\n\n索  引  号 WQX001-2022-000014 主题分类\n发布机构 乌恰县人民政府 发布日期 2022-01-05 12:37\n"
      "名        称 吾合沙鲁乡人民政府2021年政府 信息公开工作年度报告\n文        号 〔〕号 有  效  性\n来        源 乌恰县人民政府\n\n一、总体情况\n\n")
d.add("2021年，吾合沙鲁乡围绕中心工作和公众关切推动政务公开，保障群众的知情权和监督权。\n\n（一）主动公开情况。乌恰县吾合沙鲁乡人民政府2021年"
      "通过县政府门户网站共公开信息19条，其中领导信息4条，便民政策8条，文件7份；通过乡村两级公示栏、大喇叭等方式公示公开文件186份。\n\n")
d.prose("（二）依申请公开情况。2021年，我乡未收到依申请公开政府信息申请件。\n\n", applications_received=0)

d = new("r99_county_office_one_channel_2025.txt", "乌恰县人民政府办公室", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州", "乌恰县",
        "county_department", 2025, "narrative", "2026-01-19", "prose",
        "M00 title then M04 index pipe table (发布机构 the county government, '〔〕号'); M06 '由X综合各乡（镇）…编制'; P04 "
        "'本年度通过政府网站主动公开信息N条，其中…' one channel (the figure)")
d.add("乌恰县人民政府办公室2025年政府信息公开工作年度报告\n| 索 引 号 | K45899617/2026-00229 | 主题分类 | |\n"
      "| 发布机构 | 乌恰县人民政府 | 发布日期 | 2026-01-19 20:34 |\n| 名 称 | |||\n| 文 号 | 〔〕号 | 有 效 性 | |\n| 来 源 | |||\n")
d.add("本年度报告依据《条例》和年度报告编制通知，由乌恰县人民政府办公室综合各乡（镇）、县政府各部门的年度报告编制，报告中所列数据的统计时间"
      "从2025年1月1日起至2025年12月31日止。\n一、总体情况\n2025年，县政府办公室持续创新工作举措，提升政务公开质效。\n（一）主动公开情况\n")
d.prose("2025年，充分发挥政府门户网站第一平台作用，本年度通过政府网站主动公开信息3987条，", proactive_disclosed=3987)
d.add("其中：政务公开类信息3352条，政务动态类信息635条。\n")

d = new("r100_title_short_issuer_full_township_2025.txt", "乌恰县吾合沙鲁乡人民政府", "新疆维吾尔自治区", "克孜勒苏柯尔克孜自治州",
        "乌恰县", "township", 2025, "narrative", "2026-01-19", "prose",
        "M08 title without 人民政府 while the index table's 发布机构 and 来源 print the full name (the title's name is "
        "the label, as r31); M04; P05 four channels counted separately, no total (no figure)")
d.add("乌恰县吾合沙鲁乡2025年政府信息公开工作年度报告\n| 索 引 号 | K45899617/2026-00206 | 主题分类 | |\n"
      "| 发布机构 | 乌恰县吾合沙鲁乡人民政府 | 发布日期 | 2026-01-19 16:58 |\n| 名 称 | |||\n| 文 号 | 〔〕号 | 有 效 性 | |\n"
      "| 来 源 | 乌恰县吾合沙鲁乡人民政府 | ||\n")
d.add("本报告依据《条例》和年度报告编制通知编制，共六个部分，报告中所列数据统计期限自2025年1月1日起至12月31日。\n一、总体情况\n"
      "2025年，吾合沙鲁乡坚持以公开为常态、不公开为例外，聚焦中心工作推进政府信息公开。\n（一）主动公开情况\n")
d.add("在本年度中，吾合沙鲁乡公开了领导分工调整、残疾人补助领取等方面的内容共计117条，通过微信公众号发布各类信息88条，"
      "在视频号、抖音号发布视频196条，利用公示栏公示乡村信息163条。\n")

d = new("r101_total_with_percent_township_2018.txt", "芦洲乡", "", "", "", "township", 2018, "narrative", "", "prose",
        "M14 mirror; M00 title; P02 '今年来主动公开的信息数共有N条，其中：…N条，占x%' (the total is the figure; the "
        "parts carry percentages)")
d.add("芦洲乡2018年政府信息公开工作年度报告\n按照《条例》和市政府信息公开工作的统一部署，特向社会公布芦洲乡2018年政府信息公开工作年度报告。"
      "本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。\n一、概述\n2018年，我乡健全信息公开工作机制，推进政府信息公开工作。\n")
d.add("二、围绕中心工作推进政务公开的情况\n")
d.prose("我乡围绕市县中心工作推进政府信息公开，今年来主动公开的信息数共有171条，", proactive_disclosed=171)
d.add("其中：工作动态类信息126条，占74%；通知公告27条，占16%；规范性文件7条，占4%；财政预决算11条，占6%。\n")

d = new("r102_approx_review_only_township_2017.txt", "", "", "", "", "township", 2017, "narrative", "", "prose",
        "M06 only '我乡'; P07 '…N多条' (no figure); P08 '尚未收到…申请' gives 0; P09 '行政复议申请0件' names review "
        "only (litigation not stated); P10 '免费提供，未收取任何费用'; P11 one leader and one person named for the work "
        "(no staff figure)")
d.add("依据《条例》的有关规定，特向社会公布2017年度政府信息公开年度报告。本报告由概述、主动公开政府信息情况等五部分组成。\n一、概述\n"
      "2017年，我乡加强对政府信息公开的组织领导，确定1名分管领导具体负责，1名同志具体负责信息公开业务。\n二、主动公开政府信息情况\n"
      "2017年，主动公开政府工作信息、动态680多条。\n三、依申请公开、不予公开及咨询政府信息情况\n")
d.prose("1、依申请公开情况：目前我乡尚未收到政府信息公开申请。\n", applications_received=0)
d.prose("四、申请行政复议、提起行政诉讼和申诉的情况\n我乡收到有关政府信息公开行政复议申请0件。\n", review_cases=0)
d.prose("五、政府信息公开的收费及减免情况\n2017年我乡对信息公开免费提供，未收取任何费用。\n", fees_10k_yuan=0)

d = new("r103_column_count_and_cumulative_township_2018.txt", "宿安乡", "", "", "", "township", 2018, "narrative", "", "prose",
        "M06 the township named in the prose; P12 items entered into one column ('信息公开栏目录入各类信息N条'); P06 "
        "'截止2018年12月底，我乡主动公开政府信息N条' with channel parts that do not add up (counted up to a date: no "
        "figure)")
d.add("本报告由概述、组织领导和制度建设情况、主动公开政府信息以及公开平台建设情况、申请办理情况等部分和附表组成。\n")
d.add("2018年，宿安乡继续把政府信息公开作为建设法治政府、服务型政府的重要举措，公开范围不断扩大。2018年，宿安乡信息公开栏目录入各类信息2311条。\n")
d.add("继续加强对政府信息公开工作的组织领导，根据人事变化调整了领导小组成员。\n")
d.add("截止2018年12月底，我乡主动公开政府信息2790条， 其中，通过政府网站公开政府信息1540条；利用微信公众号公开政府信息431条；"
      "利用宣传车、公开栏等方式公开政府信息466条。\n1、政府网站。通过政府门户网站公开信息1540条。\n")

d = new("r104_traditional_short_agency_dept_2010.txt", "县工信局", "", "", "", "county_department", 2010, "narrative", "",
        "traditional",
        "M14/M12 traditional mirror with mojibake after some characters; M06 the agency named only as '縣工信局' (the "
        "county office named in the first sentence issued the notice); P02 total with types and percentages; P08 none")
d.add("本報(bào)告根據(jù)《條例》和石城縣人民政府辦公室《關(guān)于做好2010年政府信息公開年度報(bào)告編制工作的緊急通知》編制，共六部分。"
      "報(bào)告中所列數(shù)據(jù)的統(tǒng)計(jì)期限自2010年1月1日至2010年12月31日止。如對(duì)本報(bào)告有任何疑問，請(qǐng)與縣工信局秘書股聯(lián)系。\n一、總體情況\n"
      "2010年，我局圍繞構(gòu)建陽光政府的目標(biāo)，穩(wěn)步推進(jìn)政務(wù)公開。\n（一）主動(dòng)公開情況\n")
d.prose("我局2010年度共主動(dòng)公開政府信息131條，", proactive_disclosed=131)
d.add("全文電子化率達(dá)100%。其中法規(guī)文件類104條，占總數(shù)的79%；工作動(dòng)態(tài)類27條，占總數(shù)的21%。\n（二）依申請(qǐng)公開情況\n")
d.prose("2010年，縣工信局沒有收到要求政府信息公開的申請(qǐng)。\n", applications_received=0)

d = new("r105_chrome_index_cumulative_town_2023.txt", "滇滩镇人民政府", "云南省", "保山市", "腾冲市", "township", 2023, "narrative",
        "2024-01-29", "prose",
        "M03 '打开适老化模式 无障碍浏览 x'; M04 index lines (发布机构 the short name, 浏览量, 主题词); P06/P05 '截至2023年12月31日"
        "，X在门户网站主动公开N条，公众平台发布N条，转载N条，微博…' (channels counted up to a date: no figure); P08")
d.add("打开适老化模式 无障碍浏览 x\n索引号 01526092-1/20240129-00004 发布机构 腾冲市滇滩镇\n公开目录 政府信息公开报告 发布日期 2024-01-29 15:04:18\n"
      "文号 浏览量\n主题词\n滇滩镇人民政府2023年政府信息公开工作年度报告\n\n")
d.add("本报告依据《条例》和国办公开办函〔2021〕30号规定编制，所列数据统计时间为2023年1月1日至2023年12月31日。如对本报告有疑问，"
      "请与腾冲市滇滩镇人民政府办公室联系。\n\n一、总体情况\n\n2023年，滇滩镇党委政府不断深化政务公开。\n\n（一）主动公开\n\n")
d.add("截至2023年12月31日，滇滩镇在腾冲市政府门户网站主动公开政府信息238条，“滇滩之窗”公众平台发布信息247条，转载信息402条；"
      "微博发布原创微博59条。\n\n（二）依申请公开\n\n")
d.prose("2023年，我镇未收到公民、法人或其他组织提出的政府信息公开申请。\n", applications_received=0)

d = new("r106_total_parts_exceed_town_2023.txt", "二街镇人民政府", "云南省", "昆明市", "晋宁区", "township", 2023,
        "narrative", "", "prose",
        "M00 title; P02/P05 '1月1日至12月31日，X主动公开政府信息N条，其中网站a篇、公众号b条、招标c条' whose parts do not "
        "add up to N (the stated total is the figure); P08 '我镇没有依申请公开政府信息' gives 0")
d.add("昆明市晋宁区二街镇2023年政府信息公开工作年度报告\n2023年，昆明市晋宁区二街镇依照《条例》及时、准确地公开政府信息。"
      "现根据区政府办公室关于年度报告编制公布的通知，向社会公布2023年度二街镇信息公开工作情况。本报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。\n"
      "一、总体情况\n（一）主动公开政府信息情况。2023年，二街镇人民政府在区政府门户网站和镇政务新媒体上公开信息。")
d.prose("2023年1月1日至12月31日，二街镇主动公开政府信息571条，", proactive_disclosed=571)
d.add("其中，晋宁区人民政府门户网公开126篇、“魅力二街”发布349条，重大工程公开招标信息5条。\n")
d.prose("（二）依申请公开政府信息情况。2023年，我镇没有依申请公开政府信息。\n", applications_received=0)

d = new("r107_we_unit_total_township_2025.txt", "昌吉市阿什里乡", "新疆维吾尔自治区", "昌吉回族自治州", "昌吉市", "township", 2025,
        "narrative", "", "prose",
        "M00 title, then the agency only as '我单位' and '我乡'; P01 '梳理并主动公开政府信息N条' in a long sentence; "
        "P08 '经统计，本年度未收到…申请'")
d.add("昌吉市阿什里乡2025年政府信息公开工作年度报告\n2025年，我单位依照《条例》的要求，聚焦民生关切，推进政府信息公开各项工作。"
      "现将本年度工作完成情况报告如下：\n一、总体情况\n")
d.prose("（一）主动公开工作扎实推进。2025年，我乡按照“应公开尽公开”要求，梳理并主动公开政府信息76条，", proactive_disclosed=76)
d.add("内容覆盖民生保障、乡村发展、政策落实等领域。\n")
d.prose("（二）依申请公开工作平稳开展。我乡明确申请流程和答复时限，安排专人负责。经统计，本年度未收到群众政府信息公开申请。\n",
        applications_received=0)

d = new("r108_year_cumulative_with_approx_part_city_dept_2024.txt", "广元市统计局", "四川省", "广元市", "", "city_department", 2024,
        "narrative", "", "prose",
        "M14 mirror; M16 paragraphs indented with tabs; M06 '特向社会公布X2024年…'; P16 a part reported to the city office; P06 '2024年，我局通过…网站累计公开政府信息N条' names the year (the "
        "figure), one part approximate ('100余条'); P08 '全年共收到依申请公开共N件'; P09 '未出现行政复议、行政诉讼'")
d.add("依据《条例》和年度报告格式的通知要求，特向社会公布广元市统计局2024年政府信息公开情况。本报告中所列数据的统计期限为2024年1月1日至12月31日，"
      "如有疑问，请与广元市统计局办公室联系。 \n\t一、总体情况 \n\t")
d.prose("（一）主动公开信息情况。2024年，我局通过广元统计局门户网站累计公开政府信息283条，", proactive_disclosed=283)
d.add("其中：政务动态信息221条，更新信息公开目录52条，主动向市政府办报送信息100余条。 \n\t")
d.prose("（二）依申请公开信息情况。全年共收到依申请公开共8件，", applications_received=8)
d.add("全部及时分发到责任科室办理，")
d.prose("未出现行政复议、行政诉讼等现象。 \n", review_cases=0, litigation_cases=0)

d = new("r109_office_portal_and_wechat_2024.txt", "甘谷县人民政府办公室", "甘肃省", "天水市", "甘谷县", "county_department", 2024,
        "narrative", "", "prose",
        "M07 the agency on one line and '2024年…报告' on the next; P05 the county portal and a WeChat account counted "
        "separately (no figure) with messages received (P13); P08 '我办共收到…申请1件'; P09 '未出现因答复不当引起的行政"
        "复议、行政诉讼' (0 each)")
d.add("甘谷县人民政府办公室\n2024年政府信息公开工作年度报告\n依据《条例》和年度报告格式的要求编制本报告，共六部分，所列数据统计期限为2024年1月1日至12月31日。\n"
      "一、总体情况\n2024年，甘谷县人民政府办公室按照省、市部署持续加强政府信息公开。\n")
d.add("（一）主动公开。2024 年，县政府网站累计发布各类政务信息 9862条，其中概况类信息 30条，政务动态信息 2971条，信息公开目录 4115 条，"
      "微信公众号“甘谷政务”发布信息81条，收到留言49条，已全部办理。\n")
d.prose("（二）依申请公开。2024年，我办共收到公开政府信息申请1件，", applications_received=1)
d.add("已全部答复。")
d.prose("未出现因答复不当引起的行政复议、行政诉讼等情况。\n", review_cases=0, litigation_cases=0)

d = new("r110_district_portal_area_requests_2024.txt", "东宝区", "湖北省", "荆门市", "东宝区", "district", 2024, "narrative", "",
        "prose",
        "M06 named in '现发布《X2024年…报告》'; P04 the district portal's count (one channel: the figure); P12 '全区共收到"
        "依申请公开件N件，上年度结转N件' counts the whole district (no figure)")
d.add("依据《条例》规定，现发布《东宝区2024年政府信息公开工作年度报告》。报告由总体情况、主动公开政府信息情况等六部分组成，"
      "所列数据统计期限为2024年1月1日起至2024年12月31日止。\n一、总体情况\n")
d.prose("（一）政府信息主动公开情况。东宝区落实政府信息公开法定义务，推进专栏建设，在区政府门户网站主动公开各类信息共计7218条。\n",
        proactive_disclosed=7218)
d.add("（二）政府信息依申请公开情况。东宝区规范依申请公开办理流程。2024年全区共收到依申请公开件27件，上年度结转办理件2件，共办结23件，"
      "结转到2025年办理6件。\n")

d = new("r111_portal_wechat_area_requests_district_2024.txt", "濂溪区人民政府", "江西省", "九江市", "濂溪区", "district", 2024,
        "narrative", "", "prose",
        "M06 named only in '请与X办公室联系'; P05 the district portal and a WeChat account counted separately (no "
        "figure); P13 table-2 figures and netizen messages in prose; P12 '全区受理依申请公开件N件' (whole district)")
d.add("本报告依据《条例》和年度报告格式编制，共六个部分，所列统计数据的期限自2024年1月1日起，至2024年12月31日止。报告的电子版可在区人民政府网下载。"
      "如对本报告有任何疑问，请与濂溪区人民政府办公室联系。\n一、总体情况\n（一）主动公开情况。\n")
d.add("1.信息发布情况。区政府门户网站共发布信息17902条，其中概况类71条、政务动态类7925条、信息公开目录类9906条。制定发布规范性文件3件，"
      "现行有效文件19件。“濂溪区人民政府发布”发布信息441条。\n2.网民互动情况。收到网民留言231条，办结留言226条。\n（二）依申请公开情况。\n"
      "2024年，全区受理依申请公开件243件，办结243件。\n")

d = new("r112_reported_to_city_site_town_2025.txt", "北票市黑城子镇人民政府", "辽宁省", "朝阳市", "北票市", "township", 2025,
        "narrative", "", "prose",
        "M06 '现公布X2025年度…'; P16 items reported to the city's website ('向市政府网站报送政务信息N条') and P07 '60余条' "
        "on other platforms (no figure); P08 none received")
d.add("依据《条例》及年度报告格式的要求，现公布北票市黑城子镇人民政府2025年度政府信息公开工作报告。本报告所列数据的统计期限为2025年1月1日至2025年12月31日。\n"
      "一、总体情况\n（一）主动公开情况\n2025年，累计向市政府网站报送政务信息21条，通过镇微信公众号、短视频平台和村级公示栏发布惠民政策、防汛抗旱等信息60余条。\n"
      "（二）依申请公开情况\n")
d.prose("本镇修订依申请公开工作流程，畅通线上线下申请渠道。2025年度，我镇未收到政府信息公开申请。\n", applications_received=0)

d = new("r113_section_line_repeated_title_township_2025.txt", "柳城县古砦仫佬族乡人民政府", "广西壮族自治区", "柳州市", "柳城县",
        "township", 2025, "narrative", "2026-01-08", "prose",
        "M03 a site-section line ('文件类信息公开') above the title; M02 '来源: X' and '发布日期: …' lines; M07 the agency on "
        "its own line and the year title on the next; P05 website count with parts, then '另外' a WeChat count (no "
        "figure); P09 '全年未发生…行政复议或行政诉讼案件'")
d.add("文件类信息公开\n柳城县古砦仫佬族乡人民政府2025年政府信息公开工作年度报告\n来源: 柳城县古砦仫佬族乡人民政府\n发布日期: 2026-01-08\n\n"
      "柳城县古砦仫佬族乡人民政府\n\n2025年政府信息公开工作年度报告\n\n")
d.add("依据《条例》和县政务公开工作要点等文件要求，现将古砦仫佬族乡2025年政府信息公开工作开展情况报告如下：\n\n一、总体情况\n\n"
      "（一）公开政府信息情况本年度我乡通过县政府门户网站发布各类工作动态、公示公告等主动公开信息68条。其中乡镇动态5条、文件类信息29条、其他重要信息34条。"
      "另外，我乡运用“古砦仫佬族乡”微信公众号发布信息77条。\n\n")
d.prose("（二）依申请公开情况。我乡规范办理流程，建立专门台账，全年未发生因依申请公开引发的行政复议或行政诉讼案件。\n",
        review_cases=0, litigation_cases=0)

d = new("r114_swapped_title_line_cell_town_2023.txt", "昌图县七家子镇", "辽宁省", "铁岭市", "昌图县", "township", 2023, "ogi2021",
        "2024-01-31", "line_cell",
        "M03 site header with an English name; M10 title with characters swapped and a space ('…政府信息公开 工作告年度报'); "
        "M02 '来源:X办公室 时间:yyyy-mm-dd' (the county office is the source, not the agency); T02 one value per line, "
        "T06 '现行有效件' and '商业' / '企业'; T11 cut")
d.add("昌图县人民政府 The People's Government of Changtu Municipality\n\n政府信息公开\n\n昌图县七家子镇2023年政府信息公开 工作告年度报\n\n"
      "来源:昌图县人民政府办公室 时间:2024-01-31\n\n  一、总体情况\n\n  2023年，我镇贯彻落实《条例》，健全政务信息公开工作制度，梳理更新政府信息公开目录。"
      "现将我镇2023年度政府信息公开工作报告如下：\n\n  ")
lay_line_cell(d, "ogi2021", {"penalty": ["27"]}, t3_values([0] * 6), split_headers=True, indent=False)
d.parts = [d.text.replace("现行有效件数", "现行有效件", 1)]
at = d.text.index("现行有效件")
d.cells = [(c, a, v, s, e - (1 if e > at else 0)) for c, a, v, s, e in d.cells]
d.cut_after("（一）予以公开")

d = new("r115_named_columns_city_dept_2021.txt", "乌鲁木齐市招商服务局", "新疆维吾尔自治区", "乌鲁木齐市", "", "city_department", 2021,
        "narrative", "", "prose",
        "M06 named in '请X党政办公室联系' (a word dropped) and as the subject of the overview; P12 a count for two named "
        "columns of the department's site ('在“X”部门网站“通知公告”、“预决算及三公经费”栏目…发布政府信息N条'): whether "
        "these columns hold all its disclosures cannot be told (no figure)")
d.add("本年度报告依据关于做好政府信息公开工作年度报告编制工作的通知编制，共六部分，所列数据的统计期限为2021年1月1日至2021年12月31日。"
      "如对本报告有任何疑问，请乌鲁木齐市招商服务局党政办公室联系。\n一、总体情况\n2021年，乌鲁木齐市招商服务局按照编制指南做好政务信息公开工作。"
      "全年在“乌鲁木齐之窗”部门网站“通知公告”、“预决算及三公经费”栏目对外公开发布政府信息7条，以公开促落实、促规范。\n二、主动公开政府信息情况\n"
      "一是合规发布政策法规。\n")

d = new("r116_debris_split_title_county_2012.txt", "东辽县人民政府", "吉林省", "辽源市", "东辽县", "county", 2012, "narrative", "",
        "prose",
        "M07 title split ('X2012年政府信息公开' / '年度报告'); M03 '??' debris at the start of paragraphs; P04 one channel "
        "for the year")
d.add("东辽县人民政府2012年政府信息公开\n年度报告\n??本报告为2012年度县政府信息公开年度报告，包括工作概述、主动公开政府信息的情况、依申请公开办理情况等八个部分。"
      "如对本报告有疑问，请与东辽县政务公开办公室联系。\n????一、政府信息公开工作概述\n县政府按照《条例》和省市要求，规范运作，强化监督。\n")
d.prose("????二、主动公开政府信息的情况\n2012年，县政府通过门户网站主动公开政府信息1286条。\n", proactive_disclosed=1286)

d = new("r117_heavy_chrome_province_office_2020.txt", "广西壮族自治区人民政府办公厅", "广西壮族自治区", "", "",
        "province_department", 2020, "narrative", "2021-02-07", "prose",
        "M03 hot-search line, '退出老年人模式', a bulleted navigation menu and share widgets; M01 breadcrumb; M02 indented "
        "'date time     来源:X' and '打印'; the title indented; P04 the office's own count for the year")
d.add("热搜词: 营商环境 学籍 社保 企业开办 身份证 公积金\n|\n|\nEN\n|\n退出老年人模式\n  • 网站首页\n  • 政府信息公开\n  • 政务服务\n  • 政民互动\n"
      "  • 新媒体矩阵\n  • 微信\n    头条\n    微博 空间 qq\n    当前位置:首页 > 公告公示\n\n    广西壮族自治区人民政府办公厅2020年政府信息公开工作年度报告\n\n"
      "    2021-02-07 18:07     来源:广西壮族自治区人民政府办公厅\n    打印\n\n")
d.add("    依据《条例》规定，自治区政府办公厅编制了本年度报告，报告全文包括总体情况、主动公开政府信息的情况等六大部分，所列数据的统计期限自2020年1月1日起至12月31日止。\n\n"
      "    一、总体情况\n\n")
d.prose("    一是做好政府信息主动公开。2020年，自治区政府办公厅主动公开政府信息2316条。\n", proactive_disclosed=2316)

d = new("r118_reported_items_two_channels_street_2022.txt", "长春市南关区桃源街道办事处", "吉林省", "长春市", "南关区", "street", 2022,
        "narrative", "", "prose",
        "M06 named only as '受理机构为X'; P16/P05 items reported to the district portal ('累计上报…N条，其中…主动公开信息"
        "n条') and a WeChat count (no figure)")
d.add("本年度报告依据《条例》的有关规定编制，由总体情况、主动公开政府信息情况等六部分组成。本报告所列统计数据期限自2022年1月1日起至12月31日止。"
      "受理机构为长春市南关区桃源街道办事处。\n一、总体情况\n桃源街道围绕《条例》和上级要求，规范政府信息公开内容。\n")
d.add("（二）政府信息主动公开情况。2022年，桃源街道加强重点领域信息公开，全年累计上报区政府门户网站新闻及公示信息219 条，其中约稿信息3条、"
      "政务公开主动公开信息24条。街道政务新媒体微信公众号公开信息61条。\n")


d = new("r119_search_widget_cut_title_town_2025.txt", "兴国镇人民政府", "", "", "", "township", 2025, "narrative",
        "2026-01-20", "prose",
        "M03 '简体 繁體 无障碍阅读 长者模式 …' and search-widget labels; M02/M04 '发布机构:X 索引号:… 时间:… 作者: 【字体: "
        "【下载Word】 【下载PDF】'; M07 title split and cut ('…工作' / '年度报'); M10 dates without separators "
        "('2025111231日'); P05 two channel counts printed without units, run together ('…信息数量304利用…信息数量144'): no "
        "figure; P08 none received")
d.add("简体 繁體 无障碍阅读 长者模式 甘肃政府服务网-秦安\n\n政府信息公开\n\n搜索位置:\n匹配度:\n排序:\n\n兴国镇人民政府2025年政府信息公开工作年度报告\n\n"
      "发布机构:兴国镇 索引号:xgz/2026-00003 时间:2026-01-20  作者: 【字体: 【下载Word】 【下载PDF】\n \n\n\n兴国镇人民政府2025年政府信息公开工作\n\n年度报\n\n\n")
d.add("依据《条例》和年度报告格式的要求编制本报告，共六部分。报告中所列数据统计期限为2025111231日。\n\n一、总体情况\n\n"
      "2025年，兴国镇政府把推进政府信息公开与规范权力运行结合起来，加强网站管理，拓展公开渠道。\n\n（一）主动公开。镇里成立政府信息公开工作领导小组，"
      "由党政综合办公室负责日常事务。\n\n其中通过政府网站、政务新媒体等平台发布的信息数量287利用本镇微信公众号发布信息数量131\n\n")
d.prose(")依申请公开2025年，兴国镇未收到公民、法人或其他组织提出的政府信息公开申请。\n", applications_received=0)

d = new("r120_glued_table_cells_town_2025.txt", "海城市西四镇", "辽宁省", "鞍山市", "海城市", "township", 2025, "ogi2021",
        "2026-01-26", "text",
        "M02 '时间:…来源:X作者: 点击:' glued; P05 '通过电子屏幕，公告栏等渠道…共计N条（不同渠道发布的同一信息计为1条）' (a "
        "de-duplicated total over channels: the figure); P08 none; P13 规范性文件 counts in prose; T16 table cells glued "
        "with no separator ('规章000'): no cell can be placed (none labelled)")
d.add("海城市西四镇2025年政府信息公开工作年度报告\n    时间:2026-01-26 09:42来源:海城市西四镇作者: 点击:\n\n")
d.add("    依据《条例》以及中央、省、市的有关要求，现将海城市西四镇2025年度政府信息公开工作情况报告如下。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n\n"
      "    一、总体情况\n\n")
d.prose("    （一）主动公开政府信息情况。全年通过电子屏幕，公告栏等公开渠道主动发布政府信息共计53条（不同渠道发布的同一信息计为1条）。\n\n",
        proactive_disclosed=53)
d.prose("    （二）依申请公开情况。2025年，我镇规范依申请公开流程。年内，我镇未收到公民、法人或其他组织通过任何形式提出的政府信息公开申请。\n\n",
        applications_received=0)
d.add("    （三）政府信息管理情况。2025年，我镇共制定规范性文件0件，废止规范性文件0件。\n\n    二、主动公开政府信息情况\n\n"
      "    第二十条第（一）项\n    信息内容本年制发件数本年废止件数现行有效件数\n    规章000\n    行政规范性文件000\n    第二十条第（五）项\n"
      "    信息内容本年处理决定数量\n    行政许可0\n    第二十条第（六）项\n    信息内容本年处理决定数量\n    行政处罚4\n    行政强制0\n")

d = new("r121_voice_widget_town_2025.txt", "郭仓镇人民政府", "", "", "", "township", 2025, "narrative",
        "2026-01-27", "prose",
        "M00 title; M02 '发布时间:…'; M03 '点击收听年报语音朗读'; M06 '由X按照…编制'; P04 one channel with a long "
        "breakdown; P08 '2025年度未收到…申请'")
d.add("郭仓镇人民政府2025年政府信息公开工作年度报告\n发布时间:2026-01-27 09:42:13\n\n点击收听年报语音朗读\n\n"
      "本报告由郭仓镇人民政府按照《条例》和年度报告格式的要求编制，共六部分。\n\n本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。"
      "如对本报告有疑问，请与郭仓镇人民政府联系。\n\n一、总体情况 \n\n2025年，郭仓镇规范政务公开内容，拓展公开渠道。  \n\n（一）主动公开情况\n\n")
d.prose("2025年，郭仓镇在政府门户网站主动公开各类政府信息58条，", proactive_disclosed=58)
d.add("其中新闻动态31条，政策文件3条，公告公示6条，计划总结1条，会议公开4条，财政预算决算2条，公共服务4条，其他7条。\n\n（二）依申请公开情况\n\n")
d.prose("2025年度未收到政府信息公开申请。\n", applications_received=0)

d = new("r122_short_name_pipe_cell_dept_2021.txt", "信访局", "", "", "", "county_department", 2021, "ogi2021", "",
        "pipe_cell",
        "M02 an empty '发布时间:'; M06/M08 the agency named only by its short name ('由信访局…编制', '现将信访局2021年度…'); "
        "P09 '未发生依申请公开…方面的行政复议和行政诉讼' (0 each); T01 one cell per line ending ' |', a label whose ' |' "
        "stands on the next line; T11 cut")
d.add("发布时间:\n依据《条例》和国办公开办函〔2021〕30号的要求，由信访局结合有关统计数据编制本报告。本年度报告中所列数据的统计期限自2021年1月1日起"
      "至2021年12月31日止。现将信访局2021年度政府信息公开工作报告如下：\n一、总体情况\n坚持以公开为常态、不公开为例外，梳理政务公开标准规范清单。\n"
      "（一）主动公开\n2021年，我局主动公开领导简介、机构简介、工作动态、公开指南等信息。\n（二）依申请公开\n我局明确专人办理依申请公开。")
d.prose("2021年，我局未发生依申请公开政府信息方面的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("二、主动公开政府信息情况\n第二十条第（一）项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n规章 |\n")
for col in ("issued", "repealed", "in_force"):
    d.value("0", f"2021.t2.rules.{col}")
    d.add(" |\n")
d.add("行政规范性文件\n|\n")
for col, v in (("issued", "1"), ("repealed", "0"), ("in_force", "2")):
    d.value(v, f"2021.t2.normative_docs.{col}")
    d.add(" |\n")
d.add("第二十条第（五）项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政许可 |\n")
d.value("0", "2021.t2.license.decisions")
d.add(" |\n||\n第二十条第（六）项 |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n行政处罚 |\n")
d.value("0", "2021.t2.penalty.decisions")
d.add(" |\n||\n行政强制 |\n")
d.value("0", "2021.t2.coercion.decisions")
d.add(" |\n||\n第二十条第（八）项 |\n|||\n信息内容 |\n本年收费金额（单")

d = new("r123_central_agency_traditional_2021.txt", "国家机关事务管理局", "", "", "", "", 2021, "narrative", "",
        "traditional",
        "M14/M12 traditional mirror with mojibake; M06 the agency named in '由X根據…編制', then only '本機關'; P04 the "
        "portal as the one channel; P08 received and carried over")
d.add("\n本年度報告由國家機(jī)關(guān)事務(wù)管理局根據(jù)《條例》以及年度報告格式的要求編制而成，全文包括總體情況、主動公開政府信息情況等。"
      "本年度報告中所列數(shù)據(jù)統(tǒng)計期限從2021年1月1日起至2021年12月31日止。\n一、總體情況\n"
      "2021年，本機(jī)關(guān)不斷完善政府信息公開工作機(jī)制，依法做好主動公開和依申請公開工作。\n")
d.prose("（一）認真做好政府信息主動公開。全年通過政府門戶網(wǎng)站主動公開政府信息312條。", proactive_disclosed=312)
d.prose("（二）依申請公開。全年收到政府信息公開申請41件，", applications_received=41)
d.prose("上年結轉3件。\n", applications_carried_over=3)

d = new("r124_year_cumulative_pipe_rows_dept_2021.txt", "", "", "", "", "county_department", 2021, "ogi2021", "", "markdown",
        "M06 only '我局' (no name); P01 '2021年全年累计主动公开各类信息N条' (the year's figure) at the end of a numbered "
        "paragraph; T03 pipe rows; T11 cut in 表三")
d.add("一、总体情况\n2021年，我局按照区委区政府的要求，推进政务公开标准化、规范化建设。现将年度政府信息公开工作报告如下：\n"
      "1.聚焦中心工作加强信息公开。公开节约型机关建设等方面情况。\n")
d.prose("2.聚焦重点领域加强信息公开。推进财政预决算、政府采购、三公经费等信息公开。2021年全年累计主动公开各类信息31条。\n",
        proactive_disclosed=31)
d.add("3.聚焦强化监督保障。将信息公开工作纳入绩效考评。\n")
lay_pipe_rows(d, "ogi2021", {}, zero_t3("ogi2021"))
d.cut_after("（一）予以公开 | ")


d = new("r125_street_unnamed_year_cumulative_2025.txt", "", "", "", "", "street", 2025, "narrative", "", "prose",
        "M06 the street never named (only '街道'); P06 '2025年度，街道累计主动公开政府信息N条' names the year (the figure) at "
        "the end of a long paragraph; P08/P14 '未收到…申请，依申请公开受理量为0件'; P13 corrected duplicates and typos "
        "counted (not OGI figures)")
d.add("依据《条例》和国办公开办函〔2021〕30号的要求，编制本年度报告。\n一、总体情况\n（一）主动公开。一是深化重点领域信息公开，围绕财政预决算、"
      "社会救助、养老服务等领域及时公开信息。二是完善权力清单、责任清单动态调整机制。三是对人居环境改造等重大事项广泛征求意见。")
d.prose("2025年度，街道累计主动公开政府信息746条。\n", proactive_disclosed=746)
d.add("（二）依申请公开。街道在综合服务大厅设立专门窗口接收申请，明确办理时限和责任分工。\n")
d.prose("2025年度，街道未收到政府信息公开申请，依申请公开受理量为0件。\n", applications_received=0)
d.add("（三）政府信息管理。常态化清理历史公开信息，2025年修正重复信息318条，错别字64条。\n")

d = new("r126_activity_list_counts_street_2025.txt", "中仓街道", "北京市", "北京市", "通州区", "street", 2025, "ogi2021", "",
        "pipe_cell",
        "M06 named in the prose ('2025年中仓街道…'); P08/P09 counts in a list of the year's activities ('依申请公开N次，行政复议0次，"
        "行政诉讼0次'); P11 '各科室至少有一名工作人员' (no staff figure); T01 one cell per line with a bare '|' line opening "
        "each row; T11 cut")
d.add("依据《政府信息公开条例》第五十条规定，编制本报告。\n一、总体情况\n2025年中仓街道推动街道政府信息公开工作，保障公众的知情权、参与权和监督权。"
      "街道政府信息公开工作由综合办公室牵头，要求各科室至少有一名工作人员负责相关工作，平台由综合办公室一名工作人员运维。\n"
      "2025年度中仓街道政府信息公开工作主要涉及：综合办公室公示了部门决算和预算情况说明；更新“领导介绍”模块两次；")
d.prose("依申请公开2次，", applications_received=2)
d.prose("行政复议0次，", review_cases=0)
d.prose("行政诉讼0次；", litigation_cases=0)
d.add("民生保障办公室每月公示低保发放信息一条。\n二、主动公开政府信息情况\n|\n第二十条第（一）项 |\n|||\n|\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n|\n规章 |\n")
for col in ("issued", "repealed", "in_force"):
    d.value("0", f"2021.t2.rules.{col}")
    d.add(" |\n")
d.add("|\n行政规范性文件 |\n")
for col in ("issued", "repealed", "in_force"):
    d.value("0", f"2021.t2.normative_docs.{col}")
    d.add(" |\n" if col != "in_force" else "")


# ---- third round (issue 9, study3): r127–r146 ------------------------------------------------
d = new("r127_count_before_noun_commission_2022.txt", "北京市城市管理委员会", "北京市", "", "", "province_department", 2022,
        "narrative", "", "prose",
        "M00 title; P01 '2022年共发布政府信息N条' after a list of the statutory items; P08 the count before the noun "
        "('全年共收到N件申请', then how they were handled); P13 programme and episode counts")
d.add("北京市城市管理委员会2022年政府信息公开工作年度报告\n依据《条例》第五十条的规定，编制本报告。\n一、总体情况\n"
      "2022年，市城市管理委围绕首都城市运行保障和精细化管理，落实本市政务公开工作要点，以公开促进服务。\n（一）主动公开\n委"
      "机关及时发布机构职能、规划计划、政策文件、行政执法、财政资金等法定主动公开内容，")
d.prose("2022年共发布政府信息2817条。", proactive_disclosed=2817)
d.add("制作《城管进社区》节目36期，播出垃圾分类科普短片118集。\n（二）依申请公开\n")
d.prose("全年共收到64件申请，", applications_received=64)
d.add("已按期答复59件，其余5件结转下一年度办理。\n")

d = new("r128_bracket_place_in_name_zero_no_unit_zone_2022.txt", "北京大兴国际机场临空经济区(廊坊)管理委员会", "河北省", "廊坊市",
        "", "county", 2022, "narrative", "2023-01-18", "prose",
        "M01 breadcrumb; M08 a bracketed place inside the name (part of the name; the place gives 河北省/廊坊市, not "
        "北京市/大兴区); title with a space before the year; M02 '来源:… 撰写时间:… 字体: 分享' (the page's only date "
        "line, taken as its publication date); P05 site counts by type and a WeChat count, no total (no figure); P08/P14 '…申请数量为0' "
        "with no unit")
d.add("您现在的位置:首页 > 临空动态 > 工作信息\n\n北京大兴国际机场临空经济区(廊坊)管理委员会 2022年政府信息公开工作年度报告\n\n"
      "来源:临空经济区管委会 撰写时间:2023-01-18 09:41:07 字体: 分享\n\n  一、总体情况\n\n")
d.add("  2022年，管委会坚持以公开为常态，不断完善信息发布机制。（一）主动公开。在管委会门户网站发布工作动态132条、通知公告47条、"
      "政策文件9件；“临空廊坊”微信公众号推送信息351条。\n  （二）依申请公开。")
d.prose("全年收到和办理的政府信息公开申请数量为0。\n", applications_received=0)

d = new("r129_street_title_prefix_office_prose_2022.txt", "什刹海街道办事处", "北京市", "北京市", "西城区", "street", 2022,
        "narrative", "", "prose",
        "M08 the title names the street with its city and district; the prose prints '什刹海街道办事处' (the government "
        "as printed); P01 '全年共主动公开政府信息N条' on its own line; P13 meetings and a 100% rate")
d.add("北京市西城区什刹海街道2022年政府信息公开工作年度报告\n依据《条例》第五十条规定，编制本报告。\n"
      "下文介绍什刹海街道办事处本年度公开工作的做法、信息发布情况和改进打算。\n"
      "文中数据统计时段为2022年1月1日到12月31日\n一、总体情况\n（一）主动公开\n")
d.prose("全年共主动公开政府信息164条。\n", proactive_disclosed=164)
d.add("街道召开政务公开专题会议4次，信息发布审核率100%。\n")

d = new("r130_list_before_count_first_subject_office_2021.txt", "宝坻区人民政府办公室", "天津市", "天津市", "宝坻区",
        "county_department", 2021, "narrative", "", "prose",
        "M06 no title, the office named as the first paragraph's subject; P01 a list joined by '、' before "
        "'…等方面政府信息N条' (the figure; a policy-document count follows as a subset); P08 requests handled on behalf "
        "of the district government (no received figure); P07 '10余次'")
d.add("\n本报告依据《条例》和年度报告格式的通知编制，共六部分。\n一、总体情况\n")
d.prose("2021年宝坻区人民政府办公室按照区委区政府部署推进政务公开。（一）主动公开。全年主动公开机构职能、规划计划、财政预决算、重大项目等方面政府信息"
        "642条，", proactive_disclosed=642)
d.add("其中政策文件37件。组织政策解读培训10余次。\n（二）依申请公开。全年代区政府办理政府信息公开申请58件，均已按时答复。\n")

d = new("r131_zero_run_into_point_health_2024.txt", "代县卫生健康局", "山西省", "忻州市", "代县", "county_department", 2024,
        "ogi2021", "2025-01-21", "line_cell",
        "M03 portal header ('中国政府网 …政府'); M01 breadcrumb; M02 '时间: 来源:' with an empty source; P06 '2024年，累计公开"
        "信息N条' names the year (the figure); P08/P14 '共收到依申请公开事项0' with no unit and no full stop, run into the next "
        "numbered point (received 0); T02 one value per line; T11 cut")
d.add("中国政府网 山西省人民政府 忻州市人民政府\n\n当前位置:首页 > 信息公开 > 年度报告\n\n代县卫生健康局2024年政府信息公开工作年度报告\n\n"
      " 时间:2025-01-21      来源:\n\n")
d.add("一、总体情况\n2024年，我局按照县委县政府要求，推进卫生健康领域政务公开。一是主动公开方面，通过政府网站和政务新媒体主动公开各类信息。")
d.prose("2024年，累计公开信息73条，", proactive_disclosed=73)
d.add("涉及医疗服务、疾病防控等内容。二是依申请公开方面，")
d.prose("全年共收到依申请公开事项0", applications_received=0)
d.add("三是加强信息管理，及时更新公开目录。\n")
lay_line_cell(d, "ogi2021", {"penalty": ["3"], "license": ["41"]}, t3_values([0] * 6), split_headers=True)
d.cut_after("（一）予以公开")

d = new("r132_total_no_noun_channels_office_2025.txt", "兴安盟行署外事办公室", "内蒙古自治区", "兴安盟", "", "city_department", 2025,
        "narrative", "2026-01-20", "prose",
        "M00 title with a space before '政府信息'; M02 '来源:… 发布时间:…' and a font-size line; bullet headings; P05 "
        "'…方式主动公开N条，其中网站a条，公众号b条' with no noun after 主动公开 (the total is the figure); P08 none received")
d.add("兴安盟行署外事办公室2025年 政府信息公开工作年度报告\n\n来源:盟外事办 发布时间:2026-01-20 10:05\n\n字号:A+ A A- 打印 关闭\n\n"
      "  本年度报告依据《条例》和年度报告格式的要求编制，所列数据的统计期限为2025年1月1日至12月31日。\n  • 总体情况\n")
d.prose("  2025年，我办共通过门户网站及新媒体方式主动公开214条，", proactive_disclosed=214)
d.add("其中网站发布88条，公众号推送126条。\n  • 依申请公开情况\n")
d.prose("  本年度我办未收到政府信息公开申请。\n", applications_received=0)

d = new("r133_spaced_agency_line_city_2011.txt", "琼海市人民政府", "海南省", "", "琼海市", "county", 2011, "narrative", "", "prose",
        "M07/M10 the agency's line spaced a character or two at a time, the year and title on the next line; P13 "
        "training and meeting counts only (no prose figure)")
d.add("琼 海 市人 民 政 府\n2011年政府信息公开年度报告\n\n根据《条例》的要求，现公布2011年度政府信息公开工作情况。\n"
      "一、概述\n2011年，我市举办政务公开业务培训3期，参训人员146人次，召开政务公开工作联席会议2次。\n")

d = new("r134_kv_index_place_title_city_2009.txt", "海口市人民政府", "海南省", "海口市", "", "city", 2009, "narrative", "2010-03-29",
        "prose",
        "M03 a weather line; M04 'key: value' pairs two to a line, the first ending in the category '信息公开年度报告' (not "
        "the title) and a 发布机构 naming a working group (not the agency); M08 place-only title, the government printed "
        "in '由X编制' (the place takes the printed tail); no prose figure")
d.add("温度:21-27℃ 天气现象:阴 风向风速:东北风2-3级\n索 引 号: 00817804-9/2011-00312 分类: 信息公开年度报告   \n"
      "发布机构: 海口市政务公开小组 发文日期: 2010年03月29日\n名  称: 海口市2009年政府信息公开工作年度报告\n文  号: 主 题 词:\n"
      "海口市2009年政府信息公开工作年度报告\n")
d.add("本报告由海口市人民政府编制，包括概述、主动公开政府信息情况、依申请公开情况等部分。\n一、概述\n2009年，市政府把信息公开纳入重点工作，"
      "组织各区各部门编写公开目录和公开指南。\n")

d = new("r135_title_split_in_name_street_2023.txt", "重庆市沙坪坝区人民政府小龙坎街道办事处", "重庆市", "重庆市", "沙坪坝区",
        "street", 2023, "narrative", "", "prose",
        "M07 the title broken inside the agency's name ('…街道' / '办事处2023年…'); P04 one channel for the year; P08 "
        "'未收到…申请' (0)")
d.add("重庆市沙坪坝区人民政府小龙坎街道\n办事处2023年政府信息公开工作年度报告\n一、总体情况\n"
      "依据《条例》和区政府办公室的通知要求，现将本街道2023年度政府信息公开工作情况报告如下。\n（一）主动公开政府信息情况\n")
d.prose("全年通过区政府网站公开信息207条，", proactive_disclosed=207)
d.add("内容包括工作动态、通知公告和民生项目。\n（二）依申请公开情况\n")
d.prose("本年度街道未收到政府信息公开申请。\n", applications_received=0)

d = new("r136_form_row_labels_traditional_street_2023.txt", "重庆市九龙坡区人民政府二郎街道办事处", "重庆市", "重庆市", "九龙坡区",
        "street", 2023, "narrative", "", "traditional",
        "M12/M14 traditional mirror with pinyin readings left in brackets and '????'; P04 the portal count with its "
        "breakdown; P08 the form's row labels written as a sentence ('本年新收…申請數量N件，上年結轉…申請數量M件')")
d.add("重慶市九龍坡區(qū)人民政府二郎街道辦事處2023年政府信息公開工作年度報告\n根據(jù)《條例》和區(qū)政府辦公室的通知要求，"
      "編制本報告。\n一、總體情況\n????\n")
d.prose("（一）主動公開。全年通過區(qū)政府門戶網(wǎng)站公開政府信息183條，", proactive_disclosed=183)
d.add("其中工作動態121條，通知公告40條，其他22條。\n（二）依申請公開。")
d.prose("2023年度街道新收政府信息公開申請數(shù)量2件，", applications_received=2)
d.prose("此外上年結轉政府信息公開申請數(shù)量0件。\n", applications_carried_over=0)

d = new("r137_received_includes_carried_office_2025.txt", "重庆市渝中区人民政府办公室", "重庆市", "重庆市", "渝中区",
        "county_department", 2025, "narrative", "", "prose",
        "M06 no title, the office named as the overview's subject; P12 only document types counted (no proactive "
        "figure); P08 '共收到申请N件（含上年度结转M件）' — the year's new count is not printed (no received figure), "
        "carried over M; P09 review counted, the page cut before litigation")
d.add("依据《条例》和年度报告格式的要求，编制本报告。\n一、总体情况\n2025年，重庆市渝中区人民政府办公室坚持以公开促规范，"
      "推进政府信息公开标准化。（一）主动公开。全年制发区政府规范性文件6件，公开政策解读材料14篇。\n（二）依申请公开。")
d.prose("全年共收到申请57件（含上年度结转4件），", applications_carried_over=4)
d.add("均依法答复。")
d.prose("（三）行政复议情况。因政府信息公开引起行政复议2件，", review_cases=2)
d.add("均维持原答复，因政府信息公开引起行政")

d = new("r138_not_carried_review_in_procedure_town_2022.txt", "合江县尧坝镇", "四川省", "泸州市", "合江县", "township", 2022,
        "narrative", "", "prose",
        "M08 place-only title, the government never printed (bare); P06 '2022年，累计公开政府信息N条' names the year (the "
        "figure) with channel percentages (P05 parts); P08 '受理…0件', '上年未转结…申请' (carried over 0); P09 "
        "'进入行政复议程序和行政诉讼程序均为0件'")
d.add("合江县尧坝镇2022年政府信息公开工作年度报告\n根据《条例》要求，现公布本镇2022年度政府信息公开工作情况。\n一、总体情况\n")
d.prose("1.公开数量。2022年，累计公开政府信息412条。\n", proactive_disclosed=412)
d.add("按公开渠道分，县政府网站公开信息251条，占61%；镇公示栏公开信息161条，占39%。\n二、依申请公开情况\n")
d.prose("本年度受理政府信息公开申请0件；", applications_received=0)
d.prose("无2021年未转结的政府信息公开申请，", applications_carried_over=0)
d.prose("因信息公开进入行政复议程序、行政诉讼程序的均为0件。\n", review_cases=0, litigation_cases=0)

d = new("r139_outcomes_in_2008_words_office_2018.txt", "", "", "", "", "city_department", 2018, "narrative", "", "prose",
        "M14 mirror; M06 only '我办' (no name); P05 portal and microblog counted separately (no figure); P08 '收到依申请"
        "公开共N件' with outcomes in the 2008 form's words ('同意公开答复a件，同意部分公开的b件，不同意公开答复的c件', "
        "labelled as FORMS.md's outcome metrics — a convention still to settle, see catalogue P08); P10 no fee; P09 "
        "'我办行政复议为N件', the page cut before litigation")
d.add("按照《条例》第三十二条，我办向社会发布本办2018年度信息公开工作报告，统计时段为当年1月1日到12月31日。\n"
      "一、主动公开情况\n2018年，我办在门户网站发布各类信息736条，官方微博发布信息412条。\n二、政府信息依申请公开情况\n")
d.prose("2018年，我办收到依申请公开共318件，", applications_received=318)
d.add("其中属于已主动公开的6件，")
d.prose("同意公开答复271件，", applications_granted=271)
d.prose("同意部分公开的3件，", applications_partially_granted=3)
d.prose("不同意公开答复的4件，", applications_denied=4)
d.add("其余为信息不存在或非本机关掌握。\n三、政府信息公开收费及减免情况\n")
d.prose("我办未收取依申请公开的任何费用。\n", fees_10k_yuan=0)
d.prose("四、因政府信息公开申请行政复议、提起行政诉讼情况\n我办行政复议为3件，", review_cases=3)
d.add("行政")

d = new("r140_spam_free_banner_year_no_nian_office_2022.txt", "自治区人民政府办公厅", "", "", "", "province_department", 2022,
        "narrative", "2023-01-30", "prose",
        "M14 a spam banner repeating '…免费…' (no fee figure: P10); M07 the agency on its own line, then the agency "
        "closed by the year with no 年 and the title on the next line; M10 units dropped ('38政府会议'); P05 portal, "
        "WeChat and Weibo counted one after another (no figure); P08 requests handled (no received figure)")
d.add("最新免费资料大全 最新免费资料大全\n信息公开专栏\n自治区人民政府办公厅\n发布日期:2023-01-30   阅读次数:   【字号:\n"
      "自治区人民政府办公厅2022\n\n政府信息公开工作年度报告\n\n")
d.add("本报告依据《条例》编制，共六部分。\n一、总体情况\n2022年，办公厅组织公开38政府会议，发布政策解读材料25篇。"
      "自治区政府门户网站发布各类信息4380条，其中政务动态2916条；政务微信公众号推送信息1204条，政务微博发布信息988条。\n"
      "本年度办公厅办理政府信息公开申请87件，均在法定期限内答复。\n")

d = new("r141_one_line_title_run_in_county_2019.txt", "清水县人民政府", "甘肃省", "天水市", "清水县", "county", 2019, "narrative", "",
        "prose",
        "M13 the whole report on one line after a blank first line; M15 the title (broken by a space after the year) "
        "run into '一、总体情况'; P05 a total naming its channels, then '其中' parts, some approximate (the total is the "
        "figure); P06 a count since the portal opened (no figure)")
d.add("\n清水县人民政府2019年 政府信息公开工作年度报告 一、总体情况 2019年，清水县加强政府信息公开平台建设，规范发布审核流程。 ")
d.prose("全年通过县政府门户网站、政务新媒体、公开栏等形式主动公开政府信息6214条。", proactive_disclosed=6214)
d.add("其中，通过县政府网站发布3880条，通过政务新媒体公开1500余条，通过公开栏公开800余条。自网站开通以来累计公开信息51406条。 "
      "二、主动公开政府信息情况 ")

d = new("r142_compiled_district_carried_in_replied_2023.txt", "上海市黄浦区人民政府", "上海市", "上海市", "黄浦区", "district",
        2023, "narrative", "", "prose",
        "M06 no title; the report is the district government's, compiled by its office from every unit (whole-district "
        "figures are the agency's: P12 rule); P04 '全年区政府网站共发布政府信息N条'; P08 '全区共受理…申请N件' and "
        "'(含上年度结转M件)' inside the replied count (carried over M); P13 normative document counts in prose")
d.add("本年度报告依据《条例》和本市政府信息公开规定编制，是上海市黄浦区人民政府2023年度政府信息公开工作年度报告，"
      "由区政府办公室汇总区政府各部门和各街道的年度报告后编制。\n一、总体情况\n")
d.prose("2023年，全年区政府网站共发布政府信息6530条。", proactive_disclosed=6530)
d.add("区政府及各部门制发规范性文件17件。\n")
d.prose("全区共受理政府信息公开申请1402件，", applications_received=1402)
d.prose("已答复1431件（含上年度结转96件）。\n", applications_carried_over=96)

d = new("r143_publisher_cell_only_name_town_2023.txt", "进化镇", "", "", "", "township", 2023, "narrative", "", "prose",
        "M04 index block, the only name is '发布机构 | 进化镇 |' (the text says 我镇), its 成文日期 no publication date "
        "(M11, the convention settled on 2026-12-02 with the round-47 change 428a5aa; labelled with it and read until then, "
        "blank and not read since); P05 several channels with no total, the "
        "first carrying 共 (no figure) and P07 approximate counts; P12 village finance items; P08 '2023年，我镇累计收到"
        "依申请信息公开件N件' names the year (the figure); P10 no fee")
d.add("索 引 号 | H078/2024-00417 | 成文日期 | 2024-01-10 |\n发布机构 | 进化镇 | 主题分类 | 政务公开 |\n文号 | | 公开方式 | 主动公开 |\n"
      "根据《条例》和市政府信息公开规定的要求，编制本报告。\n一、总体情况\n（一）主动公开\n我镇定期维护信息公开指南和法定主动公开内容。"
      "2023年，我镇通过政务网站主动公开政府信息共41条，通过政务微信公开政府信息300余条；通过村务公开栏公开村级财务事项96条。\n（二）依申请公开\n")
d.prose("2023年，我镇共累计收到依申请公开件3件，", applications_received=3)
d.add("均在法定期限内答复，")
d.prose("未因信息公开向申请人收取任何费用。\n", fees_10k_yuan=0)

d = new("r144_name_in_address_one_line_township_2023.txt", "永嘉县溪下乡人民政府", "浙江省", "温州市", "永嘉县", "township", 2023,
        "narrative", "", "prose",
        "M05 '信息公开元数据', a bare '|' and a line of bars; M13 the report on one line; M06 the agency named only in the "
        "contact office's address; P04 one channel with its breakdown (the figure)")
d.add("信息公开元数据\n|\n" + "|" * 160 + "\n")
d.add("一、总体情况 本年度报告依据《条例》编制，所列数据统计期限为2023年1月1日至12月31日。如对本报告有疑问，请与本单位受理机构联系，"
      "地址：永嘉县溪下乡人民政府党政综合办公室。 （一）主动公开情况 ")
d.prose("2023年，我乡通过县政府门户网站主动公开政府信息58条，", proactive_disclosed=58)
d.add("其中工作动态33条，财政信息9条，其他16条。 （二）依申请公开情况 我乡按规定办理依申请公开事项。 ")

d = new("r145_since_jan_first_town_2023.txt", "横山镇人民政府", "浙江省", "衢州市", "龙游县", "township", 2023, "narrative",
        "", "prose",
        "M08 the title names the town with its county; the government printed without the prefix in a contact line "
        "(the government as printed); P06 '对2023年1月1日以来…做了清理，2023年共新增…N条' (the year's "
        "figure: 以来 starts at the year's first day); P02 breakdown, then an updated-items count (not new); P08 "
        "'受理N件'")
d.add("龙游县横山镇2023年政府信息公开工作年度报告\n按照《条例》要求，我镇编写了本年度报告。如有疑问请联系横山镇人民政府党政办。\n"
      "一、基本情况\n（一）主动公开\n")
d.prose("我镇对2023年1月1日以来产生的各类信息做了清理，2023年共新增公开政府信息94条，", proactive_disclosed=94)
d.add("具体包括工作动态51条、通知公告29条、财政信息14条；更新原有公开信息22条。\n（二）依申请公开\n")
d.prose("本年度本镇受理政府信息公开申请1件，", applications_received=1)
d.add("已按期答复。\n")

d = new("r146_ministry_mid_section_free_bulletin_2009.txt", "水利部", "", "", "", "", 2009, "narrative", "", "prose",
        "M14 mirror; M06 no title, the excerpt opening inside section (一), the ministry named as the subject; P02 total "
        "with its types; P06 '截止2009年12月底…N多条' (cumulative and approximate: no figure); P10 '免费赠阅' of a "
        "bulletin (not a fee statement: no figure); P13 site visits and bulletin issues")
d.add("（一）公开的主要内容\n")
d.prose("2009年，水利部主动公开政府信息1037条。", proactive_disclosed=1037)
d.add("其中，政策法规类5条，水政执法类38条，人事管理类142条，工程建设类852条。\n截止2009年12月底，全部累计主动公开信息7600多条。\n"
      "（二）公开形式\n1.门户网站。全年网站访问量逾2300万人次。\n2.公报。共编印《水利部公报》6期，向有关单位和社会各界免费赠阅。\n")


# ---- fourth round (issue 9, study4): r147–r166 -----------------------------------------------
d = new("r147_quoted_name_wrong_year_town_2021.txt", "邹城市田黄镇人民政府", "山东省", "济宁市", "邹城市", "township", 2021,
        "narrative", "", "prose",
        "M06 no title, the agency only in the contact sentence ('请与X党政办公室联系'); M10 the preamble quotes the "
        "report's own name with the previous year ('《某镇2020年…报告》') while the statistics period and the overview "
        "give 2021 (the period's year is the report year; judgement); P06 '截止2021年12月31日…累计…N条' (no figure); "
        "P08 none received")
d.add("我镇按照《条例》和市政务公开办的部署，编制了《田黄镇2020年政府信息公开工作年度报告》。报告分为总体情况、主动公开、"
      "依申请公开等六个部分，所列数据的统计期限自2021年1月1日起至12月31日止。如对本报告有疑问，请与邹城市田黄镇人民政府"
      "党政办公室联系。\n一、总体情况\n2021年度，我镇把政务公开列入年度重点工作，明确分管领导和经办人员。"
      "截止2021年12月31日，我镇在市政府网站镇街专栏累计公开各类信息共413条。\n")
d.prose("本年度我镇未收到政府信息公开申请。\n", applications_received=0)

d = new("r148_office_compiles_bare_street_2023.txt", "厚桥街道", "江苏省", "无锡市", "锡山区", "street", 2023, "narrative", "",
        "prose",
        "M06 no title; '由某市某区人民政府某街道党政办公室综合科编制' — the office that compiled it is not the agency, and "
        "the street office's own name is never printed (bare street; judgement); P02 a total with its parts; P08 a "
        "received count in a Chinese numeral ('…申请一件')")
d.add("本报告由无锡市锡山区人民政府厚桥街道党政办公室综合科负责编制，依据为《条例》第五十条。"
      "报告分为总体情况、主动公开等部分。\n一、总体情况\n（一）主动公开\n")
d.prose("2023年，街道全年主动公开政府信息57条，", proactive_disclosed=57)
d.add("其中工作动态31条，通知公告19条，财政信息7条。\n（二）依申请公开\n")
d.prose("全年共收到政府信息公开申请一件，", applications_received=1)
d.add("已在法定期限内答复。\n")

d = new("r149_full_name_then_abbreviation_commission_2023.txt", "枞阳县发展和改革委员会", "安徽省", "铜陵市", "枞阳县",
        "county_department", 2023, "narrative", "", "prose",
        "M06 no title; the full name in '结合X政府信息公开工作有关统计数据撰写', the abbreviation only in the contact "
        "sentence ('请与某县发改委办公室联系': the full name wins; the parser takes the abbreviation); P04 one portal "
        "count in 件; P08 '收到…共N件' then 办结")
d.add("本年度报告按《条例》规定，结合枞阳县发展和改革委员会政府信息公开工作的统计数据写成，统计期限为2023年1月1日至"
      "12月31日。如对报告有疑问，请与枞阳县发改委办公室联系。\n一、总体情况\n1.主动公开。")
d.prose("全年在县政府门户网站公开政府信息218件，", proactive_disclosed=218)
d.add("涉及价格管理、项目审批和粮食安全等内容。\n2.依申请公开。")
d.prose("全年收到政府信息公开申请共3件，", applications_received=3)
d.add("均已办结。\n")

d = new("r150_level_only_name_items_by_attribute_health_2015.txt", "翔安区卫生和计划生育局", "福建省", "厦门市", "翔安区",
        "county_department", 2015, "narrative", "", "prose",
        "M06 leading blank line, no title; M08 a level-only name ('区卫生和计划生育局') in the opening sentence, the "
        "full name twice later (the full name wins); P02 items made, broken down by disclosure attribute ('共制作"
        "政府信息N条，其中主动公开a条，依申请公开b条，不予公开c条': a is the figure, not read yet; b is not a "
        "request count: P08)")
d.add("\n根据《条例》规定，特此公布区卫生和计划生育局2015年政府信息公开工作年度报告。本报告包括概述、主动公开、依申请公开和"
      "存在的不足等内容，")
d.prose("翔安区卫生和计划生育局在2015年1月1日至12月31日间共产生政府信息212条，其中主动公开68条，",
        proactive_disclosed=68)
d.add("依申请公开2条，不予公开142条。\n一、概述\n2015年，区卫生和计划生育局继续推进政务公开。如对本报告有疑问，可与翔安区卫生和计划生育局联系。\n")

d = new("r151_summarised_town_documents_by_attribute_2021.txt", "大东坝镇人民政府", "", "", "", "township", 2021,
        "narrative", "", "prose",
        "M06 no title, '汇总…X的…编制', the name again as the overview's subject after a leading clause and in '可与X党政办公室联系'; documents counted by disclosure attribute ('共发文N件，其中主动公开文件0件，"
        "不公开文件N件，依申请公开0件': documents, not requests; no figure); P04 '另外，我镇共在…平台主动公开政府信息达N条' "
        "(the figure; not read yet); P09 '未发生…行政复议、行政诉讼' (0 each)")
d.add("本年度报告依照《条例》及县政务公开办通知，汇总大东坝镇人民政府2021年度的政务公开工作资料编制而成。\n"
      "一、总体情况\n2021年，在县委、县政府的统一部署下，大东坝镇人民政府依据上级要求推进政务公开。本年度我镇印发文件74件，按公开属性分，主动公开文件0件，不公开文件74件，依申请公开0件。")
d.prose("另外，我镇在县政务公开平台累计主动发布政府信息达26条，", proactive_disclosed=26)
d.add("其中工作动态14条，通知公告12条。\n二、行政复议及诉讼情况\n")
d.prose("本年度未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("三、联系方式\n对本报告如有疑问，可与大东坝镇人民政府党政办公室联系。\n")

d = new("r152_cumulative_info_after_year_sentence_street_2020.txt", "东大街街道办事处", "", "", "", "street", 2020,
        "narrative", "", "prose",
        "M03 a one-line site menu above the title; M09 title ending '…工作报告' (no 年度); P05/P06 the year named in the "
        "sentence before, then '累计公开N条信息，其中，网站a条，…微信b条' (N is the figure; not read yet); P08 none "
        "received")
d.add("首页 机构概况 政务公开 政务服务 互动交流 专题专栏\n东大街街道办事处2020年政府信息公开工作报告\n"
      "一、主动公开情况\n2020年，我处公开的政务信息涉及机构职能、工作动态、通知公告、民生保障五个方面。")
d.prose("累计公开153条信息，", proactive_disclosed=153)
d.add("网站刊发38条，政务微信推送115条。\n二、依申请公开情况\n")
d.prose("本年度我处未收到政府信息公开申请。\n", applications_received=0)

d = new("r153_heading_colon_none_bare_township_2018.txt", "岱岭畲族乡", "", "", "", "township", 2018, "narrative", "",
        "prose",
        "M06 no title, the township named bare as the first sentence's subject (its government never printed); P02 a total with its parts; P08 none "
        "received; P10 no fee; P09 the heading and its answer on one line ('…行政复议、提起行政诉讼的情况：没有。': 0 "
        "each, not read yet)")
d.add("2018年，岱岭畲族乡认真落实《条例》各项要求，明确专人负责信息发布。统计期限为2018年1月1日至12月31日。\n（一）主动公开政府信息情况\n")
d.prose("全乡本年度主动公开政府信息88条，", proactive_disclosed=88)
d.add("其中乡务动态52条，通知公告21条，其他15条。\n（二）依申请公开政府信息情况\n")
d.prose("本年度没有收到政府信息公开申请。\n", applications_received=0)
d.prose("（三）政府信息公开收费情况：未收取任何费用。\n", fees_10k_yuan=0)
d.prose("（四）因政府信息公开申请行政复议、提起行政诉讼的情况：没有。\n", review_cases=0, litigation_cases=0)

d = new("r154_fee_stated_as_zero_street_2017.txt", "北京市东城区东直门街道办事处", "北京市", "北京市", "东城区", "street", 2017,
        "narrative", "", "prose",
        "M06 no title, '由X编制'; P02 a total with its parts; P08 '共收到申请N件'; P10 the fee as '依申请公开收费为0' "
        "(0; not read yet); P11 '兼职人员N人'")
d.add("本报告由北京市东城区东直门街道办事处编制，内容包括概述、主动公开、依申请公开、收费及减免等部分。\n一、概述\n")
d.prose("街道明确兼职人员9人负责政府信息公开日常工作。\n", staff=9)
d.add("二、主动公开政府信息情况\n")
d.prose("2017年，街道主动公开政府信息438条，", proactive_disclosed=438)
d.add("其中工作动态301条，通知公告137条。\n三、依申请公开情况\n")
d.prose("本年度共收到申请3件，", applications_received=3)
d.add("已全部答复。\n四、收费及减免情况\n")
d.prose("全年依申请公开收费为0。\n", fees_10k_yuan=0)

d = new("r155_slash_trail_channels_apart_town_2021.txt", "张家湾镇人民政府", "", "", "", "township", 2021, "narrative", "",
        "prose",
        "M01 a trail with '/' separators; M08 a town-only title, the government printed in the prose (the title's place "
        "takes the printed tail); P05 two channels each counted in a different section, no total (no figure; the "
        "parser reads the first); P08 none received")
d.add("首页/政务公开/政府信息公开年报/乡镇\n张家湾镇2021年政府信息公开工作年度报告\n"
      "张家湾镇人民政府根据《条例》要求编制本报告，统计期限为2021年1月1日至12月31日。\n（一）主动公开情况\n"
      "2021年通过县人民政府网发布镇务动态、通知公告等各类信息64条。\n（二）依申请公开情况\n")
d.prose("本年度未收到政府信息公开申请。\n", applications_received=0)
d.add("（三）政府信息管理\n严格执行发布审核制度。\n（四）平台建设\n依托微信公众号推送政务动态97条，阅读量稳步上升。\n")

d = new("r156_agency_line_completed_verb_health_2019.txt", "得荣县卫生健康局", "四川省", "甘孜藏族自治州", "得荣县",
        "county_department", 2019, "ogi2019", "", "pipe_cell",
        "M07 the agency and the title on two lines; P01 '2019年度完成政府信息公开N条' (verb 完成, no 主动; the figure, "
        "not read yet); T01 a 2019 table with one pipe cell per line")
d.add("得荣县卫生健康局\n2019年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("我局利用县政府网站发布医疗政策和防疫提示，2019年度完成政府信息公开127条。\n",
        proactive_disclosed=127)
d.add("二、主动公开政府信息情况\n")
body_2019(d, "pipe_cell", 4)

d = new("r157_year_glued_no_nian_staff_joined_2012.txt", "上海市人力资源和社会保障局", "上海市", "上海市", "",
        "province_department", 2012, "narrative", "", "prose",
        "M09 the year before the name with no 年 ('2012某市…局政府信息公开工作年度报告'; the digits are not part of the "
        "name); P11 'a名全职工作人员、b名兼职工作人员' (summed); P01 the year's total")
d.add("2012上海市人力资源和社会保障局政府信息公开工作年度报告\n一、概述\n")
d.prose("本局在办公室设信息公开岗，安排3名全职工作人员、5名兼职工作人员，", staff=8)
d.add("负责受理和答复工作。\n二、主动公开政府信息情况\n")
d.prose("2012年，本局主动公开政府信息1186条。\n", proactive_disclosed=1186)

d = new("r158_year_first_index_specific_staff_transport_2015.txt", "青田县交通运输局", "浙江省", "丽水市", "青田县",
        "county_department", 2015, "narrative", "2016-02-29", "prose",
        "M01 breadcrumb; M04 an index line (its 发布日期 is the page's date); M09 the year before the name and '…工作报告'; P02 a total with its "
        "breakdown; P11 '配备N名具体工作人员' with 信息公开 only in the clause before (staff N, not read yet)")
d.add("首页 > 政务公开 > 部门信息公开 > 年度报告\n索引号：002000000/2016-00211  发布日期：2016-02-29\n"
      "2015年青田县交通运输局政府信息公开工作报告\n一、组织领导\n信息公开日常事务由局办公室承担，并")
d.prose("配备3名具体工作人员。\n", staff=3)
d.add("二、主动公开情况\n")
d.prose("2015年，我局主动公开政府信息264条，", proactive_disclosed=264)
d.add("其中工作动态172条，规划计划15条，行政执法77条。\n")

d = new("r159_doc_number_first_year_added_water_2010.txt", "闽侯县水利局", "福建省", "福州市", "闽侯县", "county_department",
        2010, "narrative", "", "prose",
        "M06 no title: a 文号 and 签发人 line first, the name only in '请与X…领导小组办公室联系'; P06 a cumulative count "
        "first, then '其中2010年新增主动公开政府信息N条' (N is the year's; not read yet)")
d.add("侯水利〔2011〕9号  签发人:林某\n一、概述\n")
d.prose("截至2010年末，本局历年来累计公开政府信息87条，其中2010年新增主动公开23条。", proactive_disclosed=23)
d.add("公开内容以防汛抗旱、水利工程和项目资金为主。\n二、联系方式\n对本报告如有疑问，请与闽侯县水利局政府信息公开工作领导小组"
      "办公室联系。\n")

d = new("r160_cover_letter_department_2020.txt", "广东省生态环境厅", "广东省", "", "", "province_department", 2020, "narrative",
        "", "prose",
        "M07 a cover letter around the report: the letter's subject printed three times ('X关于报送…年度报告的函'), the "
        "addressee, signature and date, then '附件:' and the report's own title (the agency is the sender; the parser "
        "still takes 'X关于报送'); P01 the year's total")
d.add("广东省生态环境厅关于报送2020年政府信息公开工作年度报告的函\n广东省生态环境厅关于报送2020年政府信息公开工作年度报告的函\n"
      "广东省生态环境厅关于报送2020年政府信息公开工作年度报告的函\n省政府办公厅:\n"
      "按照《条例》要求，我厅编写了2020年政府信息公开工作年度报告，现随函报送，请查收。\n"
      "附件:广东省生态环境厅2020年政府信息公开工作年度报告\n广东省生态环境厅\n2021年1月26日\n附件:\n"
      "广东省生态环境厅2020年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2020年，我厅主动公开政府信息2140条。\n", proactive_disclosed=2140)

d = new("r161_year_cumulative_excluded_domain_list_finance_2021.txt", "古蔺县财政局", "四川省", "泸州市", "古蔺县",
        "county_department", 2021, "narrative", "", "prose",
        "M00 title; P06 '2021年，累计公开政府信息N条（不含…平台发布的数据）' (the year named: the figure); P02/P12 a later "
        "numbered list of content domains whose last item carries its own count (a part; the parser took such a "
        "part on the real page)")
d.add("古蔺县财政局2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n")
d.prose("2021年，我局累计公开政府信息143条（经政务服务网等专门平台发布的信息未计入）。", proactive_disclosed=143)
d.add("一是公开机构职能信息2条。二是公开政策文件9条。三是公开惠民惠农资金信息24条。四是公开政府采购信息11条。"
      "五是公开本级财政预决算和部门预决算信息71条，另发布工作动态26条。\n")

d = new("r162_unnamed_bureau_total_after_channels_2014.txt", "", "", "", "", "province_department", 2014, "narrative", "",
        "prose",
        "M06 no title and the agency never named (我局 only: blank); P13 a 'from A to B' comparison with last year; P05 "
        "own site and a provincial portal column, then '总计N条' (N is the figure; the parser takes the column's "
        "count); P08 '收到N起政府信息依申请公开' (unit 起); P10 no fee; P09 none")
d.add("依据《条例》规定，本局将2014年度政府信息公开工作情况报告如下。\n一、主动公开政府信息情况\n"
      "本年度门户网站完成改版，新增办事服务栏目5个。")
d.prose("门户网站全年发布信息从上年的906条增至1342条；另在省政府网站信息公开专栏发布388条，总计1730条。",
        proactive_disclosed=1730)
d.add("\n二、依申请公开情况\n")
d.prose("本年度共收到7起政府信息依申请公开事项，", applications_received=7)
d.add("均按程序在期限内答复。\n")
d.prose("三、收费情况\n全年未收取任何费用。\n", fees_10k_yuan=0)
d.prose("四、行政复议和行政诉讼情况\n全年未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r163_no_year_printed_review_after_reply_justice.txt", "杭州市上城区司法局", "浙江省", "杭州市", "上城区",
        "county_department", "", "narrative", "", "prose",
        "M06 no title, '由X编制'; the excerpt never prints the report year (blank, as an agency never named); P05 a "
        "total with channel parts that do not add up (the total stands); P08 received with its channels; P09 outcomes "
        "of replies ('答复后被行政复议a件，全部维持；诉讼b件，未审结': the bare 诉讼 not read yet)")
d.add("本报告由杭州市上城区司法局根据《条例》要求编制，报告中所列数据的统计期限为本年度1月1日至12月31日。\n"
      "一、总体情况\n（一）主动公开\n")
d.prose("本年度，我局共主动公开政府信息418条，", proactive_disclosed=418)
d.add("其中门户网站发布236条，政务新媒体发布205条。\n（二）依申请公开\n")
d.prose("共收到政府信息公开申请12件，", applications_received=12)
d.add("其中网上申请9件，信函申请3件，均已办结。")
d.prose("办结后被申请行政复议4件，均维持原答复；", review_cases=4)
d.prose("诉讼2件，尚在审理。\n", litigation_cases=2)

d = new("r164_scope_line_before_count_transport_2014.txt", "桐乡市交通运输局", "浙江省", "嘉兴市", "桐乡市",
        "county_department", 2014, "narrative", "2015-03-08", "prose",
        "M04 an index block in pipes after a bar line; P17 a scope line before the count ('以下数据专指在某网站上公开的"
        "信息，其它…不计入'), then other means used without counts (no figure; the parser still reads it)")
d.add("|" * 120 + "\n| 索引号 | 002000000/2015-00031 | 发布机构 | 桐乡市交通运输局 |\n| 发布日期 | 2015-03-08 | 公开方式 | 主动公开 |\n"
      "桐乡市交通运输局2014年政府信息公开工作年度报告\n一、主动公开政府信息情况\n"
      "下列数字只统计桐乡市政府信息公开网发布的信息，经其他载体和渠道公开的不在其内。2014年本局在该网主动公开政府信息"
      "76条，其中：规划计划9条，行政执法41条，其他26条。此外也采用其他方式公开。一是利用公告栏张贴公示；二是在服务窗口放置"
      "宣传资料。\n")

d = new("r165_office_on_behalf_of_district_2023.txt", "河东区人民政府办公室", "", "", "河东区",
        "county_department", 2023, "narrative", "", "prose",
        "M06 no title (leading blank line), the office as the first paragraph's subject (河东区 names districts of two "
        "cities, so province and city stay blank); P07 '…余条' over the district "
        "portal (no figure); P12 a files subset; P08 requests received on behalf of the district government ('代表区政府"
        "共受理…N件，答复M件（含上年度结转k件）') and the review/litigation counts after them are the government's, "
        "not the office's (no figure; the parser still reads them)")
d.add("\n2023年，河东区人民政府办公室按照区委、区政府部署推进政务公开。（一）主动公开。区政府门户网站全年发布政府信息9800余条，"
      "其中区政府办公室发文38件。\n（二）依申请公开。全年由区政府办公室代表区政府受理的政府信息公开申请共76件，答复79件（含上年度结转3件）。"
      "与信息公开有关的行政复议4件、行政诉讼2件，结果均为维持。\n")

d = new("r166_compiled_district_introduction_staff_2015.txt", "东城区人民政府", "北京市", "北京市", "东城区", "district", 2015,
        "narrative", "", "prose",
        "M06 no title ('引 言' first); the report compiled from every street and bureau, the government printed only as "
        "the owner of its units and the district as the subject (judgement: the government; not read yet); P11/P12 "
        "the whole district's staff '专职a名、兼职b名' (a compiled report: the figure, summed)")
d.add("引 言\n本报告以东城区人民政府所属各街道办事处、各委办局2015年度的信息公开年度报告为基础编写，内容包括概述、主动公开等部分。\n"
      "一、概述\n东城区坚持以依法公开为原则，健全信息发布和审核机制。")
d.prose("全区政府信息公开工作人员共有专职7名、兼职196名。\n", staff=203)

# ---- fifth round (issue 9, study5): r167–r182 -----------------------------------------------
d = new("r167_own_name_inside_noun_township_2019.txt", "太和乡人民政府", "江西省", "抚州市", "南丰县", "township", 2019,
        "narrative", "2020-01-14", "prose",
        "M04 an index line whose 发文机关 prints only the place; M07 the title split before '报 告', then printed again "
        "whole; M08 a place-only title, the government printed only inside the counted noun; P04 the agency's own name "
        "inside the noun ('通过某县人民政府(网址)主动公开X信息N条'; the figure, not read yet) with a percentage "
        "breakdown; P08 none received")
d.add("索引号：361023-0104-2020-0007 | 发文机关：太和乡 | 发布日期：2020-01-14\n"
      "太和乡2019年政府信息公开工作年度\n报 告\n太和乡2019年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2019年，我乡通过南丰县人民政府(http://www.jxnf.gov.cn)主动公开太和乡人民政府信息64条：", proactive_disclosed=64)
d.add("其中工作动态38条，占59%；通知公告16条，占25%；其他10条，占16%。\n二、依申请公开情况\n")
d.prose("本年度我乡未收到政府信息公开申请。\n", applications_received=0)

d = new("r168_template_start_year_no_title_bureau_2013.txt", "上海市绿化和市容管理局", "上海市", "上海市", "",
        "province_department", 2013, "narrative", "", "prose",
        "M06 no title ('引言' first), the agency only in a sentence of the preamble; M11 the template's start date of "
        "OGI work ('自2004年5月1日起…开始') and a '截至2013年12月' month are the only dates besides the prose's year "
        "(the report year is 2013; the parser takes 2004 and then drops the year's figures); P11 '全职a名、兼职b名' "
        "(summed); P01 the year's total")
d.add("引言\n按照《条例》和本市的规定，本局自2004年5月1日起开始推进政府信息公开工作。本报告说明本局政府信息公开的概况、"
      "主动公开、依申请公开及存在的问题。截至2013年12月，上海市绿化和市容管理局的政府信息公开工作运行平稳。\n一、概述\n")
d.prose("本局在办公室设公开受理点，配备全职工作人员2名、兼职工作人员5名。\n", staff=7)
d.add("二、主动公开政府信息情况\n")
d.prose("2013年，本局主动公开政府信息367条，", proactive_disclosed=367)
d.add("其中行政许可结果214条，规划计划23条，其他130条。\n")

d = new("r169_from_january_to_now_health_2018.txt", "惠安县卫生和计划生育局", "福建省", "泉州市", "惠安县",
        "county_department", 2018, "narrative", "", "prose",
        "M07 the title split over two lines, then printed again indented; M16-like full-width indents; P06 '2018年1月"
        "至今…N条' in a December report (the year's figure, judgement; not read yet); P08 '截止目前…办理N条' (handled "
        "up to a date: no figure)")
d.add("惠安县卫生和计划生育局2018年政府信息公开\n工作年度报告\n　　惠安县卫生和计划生育局2018年政府信息公开工作年度报告\n"
      "　　一、主动公开政府信息情况\n　　（一）主动公开政府信息的数量：")
d.prose("2018年1月至今，通过县政府门户网站主动公开信息188条，", proactive_disclosed=188)
d.add("其中机构职能4条，工作动态121条，通知公告63条。\n　　（二）依申请公开情况：截止目前，我局共办理依申请公开"
      "信息37条，均已答复。\n")

d = new("r170_letter_form_approval_platform_commission_2018.txt", "贵州省卫生健康委员会办公室", "贵州省", "", "",
        "province_department", 2018, "narrative", "", "prose",
        "M09 letter form: the issuing office's line, then '关于2018年度政府信息公开工作情况的报告' addressed to the "
        "province's OGI office (the office on the first line is the agency); P01 the year's total; P13 "
        "approval applications on the online approval platform ('收到受理申请N件'; not OGI requests: no figure; "
        "the parser still reads it as received)")
d.add("贵州省卫生健康委员会办公室\n关于2018年度政府信息公开工作情况的报告\n省政府信息公开办公室：\n"
      "现将我委2018年度政府信息公开工作情况报告如下。\n一、主动公开情况\n")
d.prose("2018年，我委主动公开政府信息1524条，", proactive_disclosed=1524)
d.add("其中政策文件86条，工作动态1032条，公示公告406条。\n二、网上办事情况\n"
      "我委31项行政审批服务事项全部进入网上办事大厅，全年通过省网上审批平台收到受理申请2876件，办结2876件。\n")

d = new("r171_litigation_in_column_words_medical_2020.txt", "泰安市医疗保障局", "山东省", "泰安市", "",
        "city_department", 2020, "narrative", "", "prose",
        "M06 no title ('点击收听…' junk first), the agency in the preamble; P07 '1100余条' (no figure); P08 received "
        "with channel parts; P09 review counted, litigation given only as the 2019 form's column words "
        "('未经复议直接诉讼0件，复议后诉讼0件': 0, not read yet); P11 'a名专职和b名兼职' (summed)")
d.add("点击收听年报语音朗读\n根据《条例》规定，泰安市医疗保障局编制本报告，统计期限为2020年1月1日至12月31日。\n"
      "一、总体情况\n（一）主动公开\n全年通过市政府网站和局网站主动公开政策解读、通知公告等信息1100余条。\n（二）依申请公开\n")
d.prose("2020年共受理政府信息公开申请14件，", applications_received=14)
d.add("其中网上申请9件，信函申请5件。")
d.prose("全年共收到行政复议1件，维持结果1件，尚未办结0件；", review_cases=1)
d.prose("未经复议直接诉讼0件，复议后诉讼0件。\n", litigation_cases=0)
d.add("（三）政府信息管理\n")
d.prose("局办公室配备3名专职和1名兼职工作人员负责信息发布。\n", staff=4)

d = new("r172_verbless_litigation_bare_street_2018.txt", "五马街道", "", "", "", "street", 2018, "narrative", "", "prose",
        "M06 no title, '…由X编制的2018年度…年度报告' naming the street bare, then the street as the subject of later sentences (its office never printed); P05 WeChat and a site column "
        "counted with no total (no figure); P09 review with a verb, then a verbless '行政诉讼案件N件' (N; not read "
        "yet); P13 complaint counts")
d.add("本报告是依据《条例》和区政务公开办的通知，由五马街道编制的2018年度政府信息公开年度报告，统计期限为2018年1月1日至12月31日。\n一、主动公开情况\n"
      "2018年，五马街道通过微信公众号推送信息612条，在区政府网站街道专栏发布信息58条。\n二、依申请公开情况\n")
d.prose("2018年，五马街道共收到政府信息公开申请2件，", applications_received=2)
d.add("均按期答复。\n三、行政复议和行政诉讼情况\n")
d.prose("2018年，五马街道共受理行政复议案件1件，申请人已撤回申请。", review_cases=1)
d.prose("行政诉讼案件3件，其中2件已审结。\n", litigation_cases=3)
d.add("四、其他\n全年受理群众举报投诉531件，办结率100%。\n")

d = new("r173_meta_next_year_heading_none_forestry_2019.txt", "市林业局", "", "", "", "city_department", 2019,
        "narrative", "2020-02-10", "prose",
        "M02 '投稿:… 来源:时间:' with the publication date of the next year on a page with no title (the year reported "
        "on is 2019; now read); M06 the agency only in '结合X工作情况，特向社会公布…本局…报告' (a level-only name kept "
        "as printed; read since parser commit ac230de); P02 a total with parts; P08 a numbered heading answered by "
        "'无。' on its own line (0; read since round 72's rule on headings answered by 无)")
d.add("投稿:xxx 来源:时间:2020年02月10日\n依据《条例》和市政府办公室的通知，结合市林业局工作情况，特向社会公布2019年本局"
      "政府信息公开工作年度报告。\n一、主动公开政府信息情况\n")
d.prose("2019年，我局共主动公开政府信息1264条，", proactive_disclosed=1264)
d.add("其中工作动态803条，通知公告256条，政策文件205条。\n")
d.prose("（二）依申请公开办理情况\n无。\n", applications_received=0)

d = new("r174_staff_in_leading_group_total_in_catalogue_township_2011.txt", "赤水乡人民政府", "", "", "", "township",
        2011, "narrative", "", "prose",
        "M06 no title, the agency only in the contact sentence; P11 '明确了1名兼职人员' inside the leading-group "
        "sentence (1; read since round 59's change: the member list's 各村委会 is no staff over sub-units); P06 '总共公开信息N条' with no year inside the 指南/目录 paragraph (may be "
        "cumulative: no figure; still read); P08 none received")
d.add("本年报依照县政府办公室有关2011年度政务公开年报编写工作的通知写成。\n一、概述\n")
d.prose("为抓好政府信息公开，我乡成立了由乡长任组长、分管副乡长任副组长，党政办、各村委会和站所负责人为成员的领导小组，"
        "明确了1名兼职人员，分工落实到人。\n", staff=1)
d.add("二、主动公开情况\n（一）公开形式：乡政务公开栏和县政府网站乡镇专栏。\n（二）《指南》和《目录》的执行情况：按《目录》"
      "及时公开了机构职能、规划计划、财政预算等信息，总共公开信息35条。\n三、依申请公开情况\n")
d.prose("本年度我乡未收到政府信息公开申请。\n", applications_received=0)
d.add("四、联系方式\n对本报告如有疑问，请与赤水乡人民政府党政办联系。\n")

d = new("r175_subject_after_date_clause_township_2019.txt", "马鞍乡人民政府", "", "", "", "township", 2019, "narrative",
        "", "prose",
        "M06 no title ('我乡' throughout), the full name once as the subject after a date clause ('截至某日，X通过…'; "
        "not read yet); P06 '截至2019年12月31日…累计N条' with a request count inside the same sentence (no figures); "
        "P08 '目前未收到依申请公开请求' (0)")
d.add("按照《条例》要求，我乡编写了2019年政府信息公开工作年度报告，统计期限为2019年1月1日至12月31日。\n一、总体情况\n"
      "截至2019年12月31日，马鞍乡人民政府通过信息公开平台累计公开信息46条，受理依申请公开0条。\n二、依申请公开情况\n")
d.prose("目前未收到依申请公开请求。\n", applications_received=0)

d = new("r176_full_name_in_download_line_hrss_2020.txt", "广德市人力资源和社会保障局", "安徽省", "宣城市", "广德市",
        "county_department", 2020, "narrative", "", "prose",
        "M06 no title; the full name only in a download line ('本报告的电子版可到X的…栏目下载'), the abbreviation in the contact "
        "sentence after it ('请与某市人社局办公室联系': the full name wins; not read yet); P02 a "
        "total with its breakdown; P08 '受理办理依申请公开N件'")
d.add("一、总体情况\n2020年，我局按照《条例》要求推进政务公开。\n（一）主动公开\n")
d.prose("全年主动公开政府信息968条，", proactive_disclosed=968)
d.add("其中工作动态412条，政策文件83条，招聘录用信息473条。\n（二）依申请公开\n")
d.prose("全年受理办理依申请公开3件，", applications_received=3)
d.add("均在法定期限内答复。\n二、其他\n本报告的电子版可到广德市人力资源和社会保障局的政府信息公开栏目下载；有疑问的，可与广德市人社局"
      "办公室联系。\n")

d = new("r177_noun_before_verb_town_2022.txt", "白灵淖镇政府", "", "", "", "township", 2022, "narrative", "", "prose",
        "M00 a title '某镇政府2022年信息公开工作年度报告' (镇政府 kept as printed); P01 '我镇信息主动公开N条' (the noun "
        "before the verb; the figure, not read yet) with a breakdown; P08 none received")
d.add("白灵淖镇政府2022年信息公开工作年度报告\n一、总体情况\n（一）主动公开\n")
d.prose("2022年1月1日到12月31日止，我镇信息主动公开186条。", proactive_disclosed=186)
d.add("其中政务信息141条，财务信息45条。\n（二）依申请公开\n")
d.prose("本年度我镇未收到政府信息公开申请。\n", applications_received=0)

d = new("r178_misprinted_period_new_and_carried_2021.txt", "眉山市自然资源和规划局", "四川省", "眉山市", "",
        "city_department", 2021, "narrative", "", "prose",
        "M06 no title; M11 the statistics period misprinted with the previous year while the preamble and the "
        "overview give 2021 (the report's own year; judgement; the parser takes 2020 and drops every figure tagged "
        "2021); P05 a portal count, then '此外' WeChat pushes in 期 (no figure; the parser reads the portal's count); P08 '新收…申请数量N件，上年结转M件' "
        "(not read while the year is wrong)")
d.add("眉山市自然资源和规划局依照《条例》及省、市要求，写成本局2021年政府信息公开年度报告，数据统计时段为2020年1月1日"
      "至2020年12月31日。\n一、总体情况\n2021年，眉山市自然资源和规划局紧扣全市中心工作抓好政务公开。\n"
      "（一）主动公开\n全年在市政府门户网站公开信息934条，其中规划信息312条，土地信息407条，其他215条。此外，局微信公众号"
      "全年共推送186期。\n（二）依申请公开\n")
d.prose("2021年新收政府信息公开申请数量208件，", applications_received=208)
d.prose("上年结转申请2件。\n", applications_carried_over=2)

d = new("r179_pinyin_glosses_traditional_education_2023.txt", "广州市从化区教育局", "广东省", "广州市", "从化区",
        "county_department", 2023, "narrative", "", "prose",
        "M12 traditional with a pinyin gloss after some characters ('公開(kāi)', '申請(qǐng)', '結轉(zhuǎn)'; the agency "
        "written in simplified characters in the gold); M00 title; P08 '共收到社會各界N宗…申請' (count before the "
        "noun, unit 宗; now read) and '上年結轉為0宗' (0; missed until the round-45 change 09dd77d, carried-over "
        "requests counted in 宗; read since); P13 網民留言 (no figure)")
d.add("廣州市從化區教育局2023年政府信息公開(kāi)工作年度報告\n一、總體情況\n（一）主動公開(kāi)\n")
d.prose("2023年，本局主動公開(kāi)政府信息521條，", proactive_disclosed=521)
d.add("其中工作動態288條，通知公告233條。全年回覆網民留言14條。\n（二）依申請(qǐng)公開(kāi)\n")
d.prose("2023年共收到社會各界3宗政府信息公開(kāi)申請(qǐng)，", applications_received=3)
d.prose("上年結轉(zhuǎn)為0宗。\n", applications_carried_over=0)

d = new("r180_approximate_total_then_exact_part_street_2021.txt", "万东街道办事处", "", "", "", "street", 2021, "narrative",
        "", "prose",
        "M00 title; P07 an approximate total ('260余条') followed by channel parts, the first exact (the website's "
        "173 with its breakdown) and the second approximate (no figure; on the real page the parser took the exact part); P08 "
        "none received")
d.add("万东街道办事处2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n2021年，街道利用门户网站、宣传栏等"
      "载体公开政务信息，全年主动公开信息260余条。政府网站公开信息173条，其中工作动态98条，通知公告75条；依托街道和社区"
      "宣传栏公开各类信息90余条。\n（二）依申请公开情况\n")
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)

d = new("r181_channels_in_numbered_points_health_2023.txt", "正宁县卫生健康局", "甘肃省", "庆阳市", "正宁县",
        "county_department", 2023, "narrative", "2024-01-19", "prose",
        "M04 an index block in pipes (its 发布日期 is the page's date); P05 two channels in separate numbered points "
        "with no total ('（一）政务公开方面…N条', '（二）新媒体公开方面…M条'; no figure; the first was read until the "
        "twenty-eighth session's rule, with 110d01 and 112d04); P08 received")
d.add("| 索引号 | 013256421/2024-00012 | 发布机构 | 正宁县卫生健康局 |\n| 发布日期 | 2024-01-19 | 主题分类 | 年度报告 |\n"
      "正宁县卫生健康局2023年政府信息公开工作年度报告\n本报告在县政府门户网站发布。\n一、总体情况\n"
      "（一）政务公开方面。全年累计主动公开政府信息74条。其中政策文件12条，工作动态45条，通知公告17条。\n"
      "（二）新媒体公开方面。“正宁健康”微信公众号发布信息118条，转载上级信息96条。\n（三）依申请公开方面。")
d.prose("全年共收到政府信息公开申请1件，", applications_received=1)
d.add("已按时办结。\n")

d = new("r182_county_portal_output_verb_pair_2024.txt", "崇阳县人民政府", "湖北省", "咸宁市", "崇阳县", "county", 2024,
        "narrative", "", "prose",
        "M06 no title, the agency in the preamble; P12 the county portal's whole output after the county departments "
        "were given its content duties, the one channel counted in the county government's own report: the figure "
        "(relabelled 2026-12-02 by FORMS §2: the one channel used; read); P08 '共收到并按时办结N件…申请' (verb pair, count before the noun; now read); P09 none")
d.add("根据《条例》规定，崇阳县人民政府编制本报告，统计期限为2024年1月1日至12月31日。\n一、总体情况\n（一）主动公开\n")
d.prose("县政府办公室牵头，组织县直单位制定县政府门户网站内容保障责任分解表，全年共发布会议信息、规范性文件、政策解读、"
        "工作动态等政务信息3682条。\n", proactive_disclosed=3682)
d.add("（二）依申请公开\n")
d.prose("全年共收到并按时办结11件政府信息公开申请。\n", applications_received=11)
d.prose("（三）行政复议和诉讼\n全年未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)

# ---- sixth round (issue 9, study6): r183–r194 -----------------------------------------------
d = new("r183_two_channel_sentences_wechat_last_street_2022.txt", "城西街道", "", "", "", "street", 2022, "narrative",
        "", "prose",
        "M04 an index line above the title; P05 two channels in two sentences, the website's count with its parts and "
        "then the WeChat account's, no total (no figure; left out here, while on the real page the parser read the last one); P08 received; P09 none")
d.add("索引号：K2319-0203-2023-0011 | 发布日期：2023-01-16\n城西街道2022年政府信息公开工作年度报告\n一、总体情况\n"
      "2022年街道借助区政府门户网站主动公开各类信息47条，其中工作动态31条，通知公告16条。依托“城西发布”微信公众号推送"
      "各类信息682条。\n二、依申请公开情况\n")
d.prose("全年共收到政府信息公开申请2件，", applications_received=2)
d.add("均在法定期限内答复。\n三、行政复议和诉讼\n")
d.prose("本年度未发生因政府信息公开引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r184_one_channel_counted_in_xiang_street_2021.txt", "重庆市南岸区人民政府花园路街道办事处", "重庆市", "重庆市",
        "南岸区", "street", 2021, "narrative", "2022-01-25", "prose",
        "M02 a date / source line; P04 the one channel counted in 项 ('通过政府门户网站主动公开政府信息N项，含…a项，…b项'; "
        "the figure, not read yet: read with 条); P08 none received")
d.add("发布时间：2022-01-25 来源：花园路街道\n重庆市南岸区人民政府花园路街道办事处2021年政府信息公开工作年度报告\n"
      "一、总体情况\n")
d.prose("2021年，本街道通过政府门户网站主动公开政府信息86项，", proactive_disclosed=86)
d.add("含工作动态52项，公示公告21项，其他信息13项。\n二、收到和处理政府信息公开申请情况\n")
d.prose("本年度未收到政府信息公开申请。\n", applications_received=0)

d = new("r185_count_word_before_figure_town_2024.txt", "宿州市埇桥区柳集镇人民政府", "安徽省", "宿州市", "埇桥区",
        "township", 2024, "narrative", "", "prose",
        "M06 no title, the agency as the first sentence's subject; an address line printing the province before it "
        "(the gold keeps the prose form; the agency is read blank here); P01 '主动公开政府信息条数N条' (条数 between the "
        "noun and the figure; not read yet); P08 received")
d.add("宿州市埇桥区柳集镇人民政府根据《条例》要求，编制本年度政府信息公开工作年度报告。\n一、总体情况\n")
d.prose("2024年，全镇主动公开政府信息条数534条，", proactive_disclosed=534)
d.add("涵盖机构职能、财政预决算和乡村振兴等内容。\n")
d.prose("全年收到政府信息公开申请1件，", applications_received=1)
d.add("已按期办结。\n联系地址：安徽省宿州市埇桥区柳集镇人民政府院内\n")

d = new("r186_year_only_as_since_this_year_street_2023.txt", "古城街道办事处", "江苏省", "徐州市", "铜山区", "street", 2023,
        "narrative", "", "prose",
        "M03 a site header printing the district before the street (the gold keeps the title's form: only the place "
        "prefix differs); P01 the year named only as '今年以来' ('今年以来，X通过…发布主动公开政府信息N条'; the figure, "
        "not read yet: read when the sentence opens with the year); P08 none received")
d.add("铜山区古城街道办事处\n古城街道办事处2023年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("今年以来，古城街道通过区政府网站等渠道发布主动公开政府信息139条，", proactive_disclosed=139)
d.add("其中：政策解读9条，工作动态104条，公示公告26条。\n二、依申请公开情况\n")
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)

d = new("r187_place_title_request_as_verb_zero_in_tiao_township_2020.txt", "北台乡人民政府", "", "", "", "township",
        2020, "narrative", "", "prose",
        "M08 a place-only title ('某市北台乡2020年…'), the government printed only in a sentence (borderline: the parser "
        "builds the name from the title: only the place prefix differs); M10 a date losing its separators ('202011日'); P05 two channels, no total "
        "(no figure); P08 '无单位或个人申请政府信息公开' (申请 as a verb; 0, not read yet); P09 zero cases counted in 条 "
        "('行政复议0条，行政诉讼0条'; read since the fifty-third session)")
d.add("首页 > 政务公开 > 年度报告\n清河市北台乡2020年政府信息公开工作年度报告\n现向社会公布2020年度北台乡人民政府信息公开"
      "工作情况报告，统计时段为202011日至12月31日。\n通过市政府网站公开信息26条；通过微信公众号发布信息71条；")
d.prose("无单位或个人申请政府信息公开，", applications_received=0)
d.prose("行政复议0条，行政诉讼0条。\n", review_cases=0, litigation_cases=0)

d = new("r188_broken_year_cumulative_named_staff_weather_2023.txt", "云南省华宁县气象局", "云南省", "玉溪市", "华宁县",
        "county_department", 2023, "narrative", "2024-01-18", "prose",
        "M06 the agency in the opening sentence; M10 the year's 年 lost ('20231月1日至12月31日'), so the year's "
        "'累计主动公开' looks like a count to a date (the figure, not read yet); P04 the one channel; P11 '指定N名"
        "办公室工作人员负责政府信息公开工作' (not read yet)")
d.add("2024-01-18\n云南省华宁县气象局2023年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("20231月1日至12月31日，本局通过县政府信息公开平台累计主动公开政府信息157条。", proactive_disclosed=157)
d.add("其中气象服务信息119条，机构信息38条。\n二、组织保障\n")
d.prose("本局指定1名办公室工作人员负责信息公开日常事务。\n", staff=1)

d = new("r189_carried_over_named_by_year_commission_2024.txt", "天津市交通运输委员会", "天津市", "天津市", "",
        "province_department", 2024, "narrative", "", "prose",
        "M06 no title, the agency in the preamble (not read yet); P08 received, then the carried-over count named by the previous "
        "year ('YYYY年结转N件'; not read yet) and a count carried into the next year (not labelled)")
d.add("天津市交通运输委员会依据《条例》编制本报告，统计期限为2024年1月1日至12月31日。\n一、总体情况\n（二）依申请公开\n")
d.prose("全年接收政府信息公开申请418件，", applications_received=418)
d.prose("2023年结转27件；", applications_carried_over=27)
d.add("全年办理392件，结转2025年53件。\n")

d = new("r190_traditional_review_variant_county_2022.txt", "贺兰县", "宁夏回族自治区", "银川市", "贺兰县", "county", 2022,
        "narrative", "", "prose",
        "M08 a place-only traditional title, the government never printed (kept bare; the gold writes the mirror's "
        "name as printed); M12 traditional; M14 a wiki mirror; P07 '8千余條' (left out); P08 received; P09 the "
        "review word written '複議' (the review count not read yet; litigation read)")
d.add("賀蘭縣2022年政府信息公開工作年度報告\n一、總體情況\n2022年全縣通過各類平臺公開信息8千余條。\n")
d.prose("共受理答覆政府信息公開申請9件，", applications_received=9)
d.prose("其中行政複議2件、行政訴訟1件。\n", review_cases=2, litigation_cases=1)

d = new("r191_city_whole_area_counts_place_title_2020.txt", "泉州市人民政府", "福建省", "泉州市", "", "city", 2020,
        "narrative", "2021-03-02", "prose",
        "M02 a '来源' line; M08 a place-only title, the government printed in the contact sentence; P12 one sentence "
        "with the whole city's output ('我市各级政府及其工作部门主动公开…N条，依申请公开M条'), in a report not compiled "
        "from every unit (no figure; both read until the round-46 change 9c1dfaa, which takes a government's and its "
        "departments' count as the area's: N not read since, right; M read as received until the round-52 "
        "change 1fec94f, '各级' naming every level's governments, none since)")
d.add("泉州市2020年政府信息公开工作年度报告\n来源：市政府办公室 发布时间：2021-03-02\n一、总体情况\n"
      "2020年，我市各级政府及其工作部门共主动公开政府信息21460条，依申请公开1705条，政府网站全年访问320万人次。\n"
      "如对本报告有疑问，请与泉州市人民政府办公室联系。\n")

d = new("r192_no_title_contact_bracketed_name_zone_2024.txt", "中国(山东)自由贸易试验区烟台片区管理委员会", "山东省",
        "烟台市", "", "city_department", 2024, "narrative", "", "prose",
        "M06 no title, the agency only in the contact line, with the office appended and a second body in brackets; "
        "M08 a bracketed province inside the name (part of the name; not read yet: the prose short form '片区管理委员会' was "
        "taken until parser commit 3909a50, a zone's generic word alone naming no zone; now blank); P01 the year's total")
d.add("一、总体情况\n")
d.prose("2024年，片区管委会主动公开政府信息143条，", proactive_disclosed=143)
d.add("主要为政策文件、招商信息和工作动态。\n如对本报告有疑问，请联系：中国(山东)自由贸易试验区烟台片区管理委员会"
      "(烟台综合保税区管理委员会)政府信息公开办公室，地址：烟台市某路88号。\n")

d = new("r193_non_counts_after_received_street_2023.txt", "萧山区新塘街道办事处", "浙江省", "杭州市", "萧山区", "street",
        2023, "narrative", "", "prose",
        "M00 title; P08 received, then '本年度无依申请公开信息转主动公开信息' (not a request count; now left out); P09 "
        "'没有因X自身原因引起的行政复议被纠错…案件' (an outcome, not a count of cases; now left out)")
d.add("萧山区新塘街道办事处2023年政府信息公开工作年度报告\n一、依申请公开\n")
d.prose("本年度共收到政府信息公开申请6件，", applications_received=6)
d.add("均已按期答复。\n二、依申请公开转主动公开\n本年度无依申请公开信息转为主动公开的情形。\n三、行政复议和诉讼\n"
      "没有因本街道自身原因引起行政复议被纠错或行政诉讼败诉的案件。\n")

d = new("r194_party_committee_subject_township_2023.txt", "石岭乡", "", "", "", "township", 2023, "narrative", "", "prose",
        "M06 no title, the township's Party committee as the first subject (no agency; the bare place printed later "
        "is kept, read blank); M14 template words from a street's report ('街道信息公开条例'); P02 a total with its channel parts; "
        "P08 none received")
d.add("石岭乡党委2023年把政务信息公开列入重点工作，对照街道信息公开条例逐项抓落实。\n一、主动公开情况\n")
d.prose("全年石岭乡主动公开信息92条，", proactive_disclosed=92)
d.add("其中政府网站61条，公开栏31条。\n二、依申请公开情况\n")
d.prose("全年未收到信息依申请公开。\n", applications_received=0)


# ---- seventh round (issue 9, study7): r195–r200 ---------------------------------------------
d = new("r195_no_title_opening_full_name_contact_short_2023.txt", "桐阳县教育体育局", "", "", "", "county_department", 2023,
        "narrative", "", "prose",
        "M06 no title, the full name in the opening 'X现向社会公开《…报告》' while the contact line uses the short form "
        "'某县教体局' (the full name wins; not read yet: the short form is taken); P05 two channels in one sentence, no "
        "total, the second approximate ('M多条'; no figure; the first channel is still read as the total); P07; P08 none received")
d.add("桐阳县教育体育局现向社会公开《2023年政府信息公开工作年度报告》，如有疑问请联系桐阳县教体局办公室。\n一、总体情况\n"
      "全年累计通过县政府网站发布信息184条，通过“桐阳教育”微信公众号推送信息1500多条。\n二、依申请公开情况\n")
d.prose("2023年本局未收到该项申请。\n", applications_received=0)

d = new("r196_handled_total_with_new_and_carried_branch_2023.txt", "临江市市场监督管理局北湖监管局", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M06 no title, the branch named in the first sentence (not read yet: blank); P02 '共主动公开信息N篇，其中…a篇' (篇 as the unit, a judgement "
        "call; not read yet); P08 a handled total split in brackets into new and carried-over requests (received is the new "
        "part; the total had been read, the new part since round 73's change); P09 '收到诉讼为N件' (no 行政; not read yet) after a review count")
d.add("临江市市场监督管理局北湖监管局认真落实政府信息公开各项要求，现将本年度工作情况报告如下。\n一、总体情况\n")
d.prose("2023年，共主动公开信息164篇，", proactive_disclosed=164)
d.add("其中监管动态类信息97篇，行政处罚类信息67篇。\n二、依申请公开情况\n全年共受理政府信息依申请公开58件（")
d.prose("其中本年度新收申请数51件，", applications_received=51)
d.prose("上年结转申请数7件）。\n", applications_carried_over=7)
d.prose("2023年度收到行政复议5件，", review_cases=5)
d.prose("收到诉讼为2件，均为当事人直接起诉。\n", litigation_cases=2)

d = new("r197_compiler_an_internal_unit_bureau_2019.txt", "清源区市场监督管理局", "", "", "", "county_department", 2019,
        "narrative", "", "prose",
        "M06 no title, the report 'X信息中心…编制而成' (the compiler is the bureau's internal unit: the bureau is the "
        "agency; not read yet: the unit is kept) and a contact line naming the bureau's section; P01 the year's total in 件")
d.add("本报告由清源区市场监督管理局信息中心根据有关统计数据编制而成，统计期限为2019年1月1日至12月31日。\n一、总体情况\n")
d.prose("2019年，本局主动公开政府信息58件，", proactive_disclosed=58)
d.add("涉及登记注册、抽查检查和消费提示等内容。\n如有疑问，请与清源区市场监督管理局秘书股联系。\n")

d = new("r198_law_enforcement_no_review_city_bureau_2024.txt", "岚州市教育局", "", "", "", "city_department", 2024,
        "narrative", "", "prose",
        "M06 no title, '现公布X2024年度…报告'; P05 a portal count in 条 and a WeChat count in 篇, no total (no figure; the "
        "first channel is still read as the total); P13 '行政执法工作均未被申请行政复议和提起行政诉讼' among licensing and "
        "penalty counts (law enforcement, not OGI: no figure; the parser still reads both zeros); P08 none received")
d.add("现公布岚州市教育局2024年度政府信息公开工作年度报告。\n一、总体情况\n本年度通过市政府门户网站发布信息96条，"
      "通过微信公众号推送信息318篇。全年办理行政许可事项41件，作出行政处罚2宗，本年度行政执法工作均未被申请行政复议和"
      "被提起行政诉讼。\n二、依申请公开情况\n")
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)

d = new("r199_prose_2017_town_named_in_group_fee_waived.txt", "石桥镇", "", "", "", "township", 2017, "narrative", "",
        "prose",
        "M06 no title, '我镇' throughout, the town named only in '成立X镇…领导小组' (borderline: the bare place kept; not read "
        "yet); P15 a 2008-form prose report; P08 received; P09 none; P10 '对申请公开政府信息暂免收费' (now read as no fee)")
d.add("一、概述\n为加强领导，我镇成立石桥镇政府信息公开领导小组，由分管副镇长任组长。\n二、主动公开情况\n"
      "我镇通过县政府门户网站公开政策文件、工作动态等信息。\n三、依申请公开情况\n")
d.prose("2017年我镇共收到政府信息公开申请2件，", applications_received=2)
d.add("均按时答复。\n四、收费情况\n按照县里的统一要求，")
d.prose("我镇受理的信息公开申请一律暂免收费。\n", fees_10k_yuan=0)
d.prose("五、行政复议和诉讼\n本年度未发生因政府信息公开引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r200_requests_as_cases_wechat_by_topic_bureau_2024.txt", "青溪区人力资源和社会保障局", "", "", "", "county_department",
        2024, "narrative", "", "prose",
        "M00 title; P05 a website count in one sentence, then WeChat posts broken down by topic with no total (no figure; "
        "left out here, while on the real page the parser read the first channel); P08 '共收到依申请公开政府信息案件N件' (not read yet) with P09 "
        "review and litigation counts in the same sentence (read)")
d.add("青溪区人力资源和社会保障局2024年政府信息公开工作年度报告\n一、总体情况\n本局通过区政府网站信息公开平台发布政府信息"
      "213条。通过“青溪人社”微信公众号发布就业类推文74篇、社保类推文52篇、人才类推文19篇。\n二、依申请公开情况\n")
d.prose("本局全年共收到依申请公开政府信息案件4件，", applications_received=4)
d.prose("申请人就此提起行政复议1件（后撤回），提起行政诉讼0件。\n", review_cases=1, litigation_cases=0)


# ---- eighth round (issue 9, study8): r201–r208 ----------------------------------------------
d = new("r201_items_by_attribute_new_this_year_township_2013.txt", "石门乡人民政府", "", "", "临溪县", "township", 2013,
        "narrative", "", "prose",
        "M08 a place-only title with the county before the township, the government printed only in the contact line "
        "('石门乡人民政府党政办'; the gold keeps that form; not read yet: the title's county is joined to it); P06 the year's "
        "'今年新增N条' beside a count to date (not read yet on the real page; here the breakdown gives the same figure); P02/P08 items sorted by disclosure attribute with 不予公开 "
        "last (the 主动公开 part is the year's figure; now read); P08 none received")
d.add("临溪县石门乡2013年政府信息公开年度报告\n一、概述\n本年度我乡按照县里的统一部署推进政府信息公开。如对本报告有疑问，请与"
      "石门乡人民政府党政办联系。\n二、主动公开政府信息情况\n截至2013年12月31日，我乡累计主动公开政府信息418条，")
d.prose("今年新增57条。", proactive_disclosed=57)
d.add("本年度共制作政府信息73条，其中主动公开信息数为57条，依申请公开信息数9条，不予公开信息数7条。\n三、依申请公开情况\n")
d.prose("本年度我乡未收到政府信息公开申请。\n", applications_received=0)

d = new("r202_leading_clause_subject_staff_in_comrades_town_2012.txt", "柳岗镇人民政府", "", "", "", "township", 2012,
        "narrative", "", "prose",
        "M06 no title, the town as the subject after a leading '按照…安排部署，' clause with 及时 as its verb (now read); "
        "P15 a prose report; P11 '由两名同志具体负责' (staff in characters with 同志; not read yet) and '各站所确定一名人员' "
        "(one per unit, not staff; now left out)")
d.add("一、基本工作情况\n2012年按照县政府信息公开工作的安排部署，柳岗镇人民政府及时调整了政府信息公开工作领导小组，"
      "由党政办公室牵头，")
d.prose("由两名同志具体负责日常信息的收集和发布，", staff=2)
d.add("各站所确定一名人员负责报送本单位信息。\n二、主动公开情况\n")
d.prose("全年共主动公开政府信息96条，", proactive_disclosed=96)
d.add("主要是政策文件、财政资金和民生事项。\n三、依申请公开情况\n")
d.prose("全年未收到公民、法人或其他组织的信息公开申请。\n", applications_received=0)

d = new("r203_requests_by_channel_then_summed_district_2024.txt", "", "", "", "", "county", 2024, "narrative", "",
        "prose",
        "M06 a district report saying only '我区' (never named: blank); P08 requests counted by channel then '合计N件' "
        "(the sum is received; now read) and carried over; P09 a verbless zero over review and litigation in 条 "
        "('行政复议、行政诉讼0条'; read since the fifty-third session)")
d.add("一、总体情况\n2024年，我区坚持以公开为常态、不公开为例外，")
d.prose("通过区政府门户网站主动公开政府信息2214条。\n", proactive_disclosed=2214)
d.add("二、依申请公开情况\n")
d.prose("全年共收到群众网上申请63件，信函9件，当面4件，合计76件，", applications_received=76)
d.prose("另有上年结转申请5件。\n", applications_carried_over=5)
d.add("三、复议诉讼情况\n")
d.prose("本年度因政府信息公开引发的行政复议、行政诉讼0条。\n", review_cases=0, litigation_cases=0)

d = new("r204_date_line_under_issuer_free_handouts_bureau_2015.txt", "泸川市统计局", "", "", "", "city_department", 2015,
        "narrative", "", "prose",
        "M07/M11 the agency on a line alone with only a date under it ('(2016年3月10日)'; the report year is the "
        "preamble's 2015; now read); P01 '全年共发布信息N条（其中，…）' (a bracketed type breakdown; now read); P10 "
        "'免费资料发放' among the ways of publishing (not a fee statement; now left out); P08 none received")
d.add("泸川市统计局\n(2016年3月10日)\n本报告是泸川市统计局编制的2015年度政府信息公开年度报告，统计期限为2015年1月1日至"
      "12月31日。\n一、主动公开情况\n我局通过门户网站、公开栏以及免费资料发放三种形式公开信息，")
d.prose("全年共发布信息142条（其中，统计公报6条，统计数据97条，工作动态39条）。\n", proactive_disclosed=142)
d.add("二、依申请公开情况\n")
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)

d = new("r205_fee_without_xing_verb_bianfa_province_2021.txt", "滇南省统计局", "", "", "", "province_department", 2021,
        "narrative", "", "prose",
        "M00 title; P01 '共编发各类信息N条' with the converter's ASCII commas (verb 编发; missed on the real page, read here); P13 '未产生行政事业收费' in the 主动公开 paragraph "
        "(the 表二 fee written without 性, not an OGI fee; now left out); P08 received with '收到和办理'")
d.add("滇南省统计局2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n")
d.prose("2021年,省统计局共编发各类信息1286条,", proactive_disclosed=1286)
d.add("发布各类解读信息88条。本年度未产生行政事业收费，未作出行政处罚。\n（二）依申请公开\n")
d.prose("全年收到和办理政府信息公开申请37件，", applications_received=37)
d.add("均在法定期限内答复。\n")

d = new("r206_contact_clause_with_address_matter_noun_bureau_2021.txt", "云岭县政务服务管理局", "", "", "", "county_department",
        2021, "narrative", "", "prose",
        "M06 the agency named only in the contact clause '如有疑问请与X(地址:…)联系', the report saying 我单位 (now read); "
        "P08 '收到政府信息依申请公开办理事项N件' (the noun 办理事项; not read until the round-25 change 403ea12; now N); "
        "P09 none")
d.add("根据《条例》规定，编制我单位2021年政府信息公开工作年度报告。如有疑问请与云岭县政务服务管理局(地址:云岭县城东路8号)联系。\n"
      "一、总体情况\n（一）依申请公开\n")
d.prose("2021年，我局收到政府信息依申请公开办理事项2件，", applications_received=2)
d.add("均已按期答复。\n")
d.prose("（二）本年度未发生政府信息公开行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r207_own_column_on_district_portal_zero_in_noun_street_2022.txt", "梧桐街道办事处", "", "", "", "street", 2022,
        "narrative", "", "prose",
        "M06 no title, '特向社会公布X…报告'; P04 the street's own column on the district portal ('通过…门户网站政府信息公开X专栏"
        "发布各类主动公开政府信息N条'; not read yet); P08 a zero inside a longer noun phrase ('申请办理事项为0件'; not read until "
        "the round-25 change 403ea12; now 0)")
d.add("根据《条例》，特向社会公布梧桐街道办事处2022年政府信息公开工作年度报告。\n一、总体情况\n1.主动公开政府信息情况\n")
d.prose("2022年，通过区人民政府门户网站政府信息公开梧桐街道专栏发布各类主动公开政府信息23条。\n", proactive_disclosed=23)
d.add("2.收到和处理政府信息公开申请情况\n")
d.prose("2022年度，梧桐街道收到和处理政府信息公开申请办理事项为0件。\n", applications_received=0)

d = new("r208_second_channel_total_domain_items_city_bureau_2023.txt", "岚州市水利局", "", "", "", "city_department", 2023,
        "narrative", "", "prose",
        "M00 title; P05 a site count then a WeChat account's '全年共发布信息M条', no total (no figure; the second channel is "
        "still read as the total); P12 one domain's items under a 重点领域 heading ('…月报、季报和年报等信息N条'; no figure; "
        "still read on the real page, left out here); P08 received")
d.add("岚州市水利局2023年政府信息公开工作年度报告\n一、总体情况\n2023年,局网站发布864条信息,包括部门动态203条,水情信息365条,"
      "公告公示96条。\n“岚州水利”微信公众号开设“河长说”等专栏,全年共发布信息231条,订阅数6120个。\n（一）重点领域信息公开情况\n"
      "1.水资源信息。\n市水利局门户网站按时发布了2023年度水资源状况月报、季报和年报等信息57条。\n（二）依申请公开\n")
d.prose("全年共收到政府信息公开申请6件，", applications_received=6)
d.add("均按期答复。\n")


# ---- ninth round (issue 9, study9): r209–r216 -----------------------------------------------
d = new("r209_bracketed_street_zone_staff_without_kind_2014.txt", "临江三溪商务区(街道)", "", "", "", "street", 2014,
        "narrative", "", "prose",
        "M06 no title, '现公布X(街道)…报告' with the bracket part of the name (now read); P11 '专门配备了N名工作人员' "
        "with no 专职/兼职 (not read yet); P01 the year's total")
d.add("根据《中华人民共和国政府信息公开条例》要求，现公布临江三溪商务区(街道)2014年政府信息公开工作年度报告。本年报中所列"
      "数据的统计期限自2014年1月1日起至2014年12月31日止。\n一、概述\n2014年我街道继续推进政府信息公开工作。为此，")
d.prose("专门配备了2名工作人员，", staff=2)
d.add("设立了1个信息申请受理点。\n二、主动公开政府信息情况\n")
d.prose("全年主动公开政府信息186条。\n", proactive_disclosed=186)

d = new("r210_contact_with_address_requests_in_xiang_bureau_2022.txt", "青峰县林业局", "", "", "", "county_department",
        2022, "narrative", "", "prose",
        "M06 no title, the bureau only in '请联系X(地址:…)' (now read); P08 'N项依申请公开' (项 as the unit, the count "
        "before the noun; now read); P09 '未发生依申请公开行政复议或行政诉讼情况'")
d.add("本年度报告依据《条例》编制。如对本报告有疑问，请联系青峰县林业局(地址:青峰县南街12号，电话:0000-1234567)。\n"
      "一、总体情况\n本年度我局按时公开机构职能、财政预决算和行政许可等信息。\n二、依申请公开情况\n")
d.prose("2022年共收到6项依申请公开，", applications_received=6)
d.add("均在规定时限内作出答复，")
d.prose("未发生依申请公开行政复议或行政诉讼情况。\n", review_cases=0, litigation_cases=0)

d = new("r211_index_label_name_zero_at_line_end_bureau_2010.txt", "白沙县审计局", "", "", "", "county_department", 2010,
        "narrative", "", "prose",
        "M04 an index block opening with '信息名称:' before the title (read as a label; now read); P08 '共受理政府信息公开"
        "申请0' at a line end before the next heading (no unit; not read yet); P01; P09")
d.add("信息名称:白沙县审计局2010年政府信息公开年度报告\n索 引 号:QX0012/2011-00003\n发布机构:白沙县审计局\n"
      "白沙县审计局2010年政府信息公开年度报告\n一、概述\n")
d.prose("2010年，我局主动公开政府信息共9条。\n", proactive_disclosed=9)
d.add("二、依申请公开情况\n")
d.prose("我局共受理政府信息公开申请0\n", applications_received=0)
d.add("三、复议诉讼情况\n")
d.prose("全年未发生因政府信息公开引起的行政复议。\n", review_cases=0)

d = new("r212_second_name_in_brackets_carried_in_bracket_city_2024.txt", "临州市民族事务委员会(宗教事务局)", "", "",
        "", "city_department", 2024, "narrative", "", "prose",
        "M06 no title, '现发布《X(Y)…报告》' with a second name in brackets (now kept whole); P08 received, then "
        "'答复…申请N件（含上年度转结申请a件…）' (the carried-over part in the bracket; now read) and '予以公开及部分公开的"
        "N件' (granted and partly granted together: no figure; now left out)")
d.add("根据《条例》和年度报告格式要求，现发布《临州市民族事务委员会(宗教事务局)2024年政府信息公开工作年度报告》，本报告统计"
      "数据从2024年1月1日至12月31日。\n一、总体情况\n（二）依申请公开\n")
d.prose("全年受理政府信息公开申请31件，", applications_received=31)
d.prose("答复政府信息公开申请32件（含上年度转结申请2件，另有1件申请转结下年度办理），", applications_carried_over=2)
d.add("其中予以公开及部分公开的24件。\n")

d = new("r213_leading_group_office_compiler_yishen_typo_district_2022.txt", "江岸区商务局", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M06 no title, '由X政务公开政府信息公开工作领导小组办公室编制' (the body is the agency; now read); P02 a total "
        "with channel parts (read); P08 '收到依申公开事项N件' (依申 without 请; not read yet)")
d.add("本报告是根据《条例》要求，由江岸区商务局政务公开政府信息公开工作领导小组办公室编制。本年度报告中所列数据的统计期限自"
      "2022年1月1日起至12月31日止。\n一、总体情况\n")
d.prose("2022年我局共主动公开政府信息215条，其中门户网站发布132条，微信公众号推送83条。\n", proactive_disclosed=215)
d.add("二、依申请公开情况\n")
d.prose("我局共收到依申公开事项4件，", applications_received=4)
d.add("均已按时答复。\n")

d = new("r214_short_province_name_list_ending_tiaoci_2024.txt", "省林业和草原局", "", "", "", "province_department",
        2024, "narrative", "", "prose",
        "M06 no title, the agency only as '省X局' in prose, its short form '省林草局' as a later subject (the short form is taken; not read yet); P01 a list of "
        "items ending '等N条次' with no 主动 or 信息 before the figure (not read yet); P08 '共收到N份…依申请公开事项' and "
        "'予以公开N件'; P09 litigation written 行政起诉 (the review zero read, the litigation read since the fifty-third session)")
d.add("根据《条例》和年度报告格式的相关要求,结合省林业和草原局2024年政府信息公开工作实际,编制本报告。所列数据统计期限为"
      "2024年1月1日至2024年12月31日。\n一、总体情况\n")
d.prose("(一)主动公开情况。2024年度,省林草局坚持“公开为常态、不公开为例外”原则,公开局年度预算、决算信息、机构职能、"
        "森林防火通告等38条次。\n", proactive_disclosed=38)
d.add("(二)依申请公开情况\n")
d.prose("2024年我局共收到3份政府信息依申请公开事项,其中2份是网络申请,1份是信函申请,皆已按时答复,", applications_received=3)
d.prose("予以公开3件。", applications_granted=3)
d.prose("没有因政府信息公开引起行政复议或者行政起诉的案例发生。\n", review_cases=0, litigation_cases=0)

d = new("r215_summing_up_street_url_in_channel_list_2025.txt", "安平市城西区人民政府河畔街道办事处", "", "", "",
        "street", 2025, "narrative", "", "prose",
        "M06 no title, the street only after '全面总结X…工作情况' (no 现公布 or 编制; not read yet); P02 a total over a "
        "channel list holding a bracketed URL, then its parts (not read yet); P08 none received")
d.add("本报告根据《条例》及上级有关要求编制，全面总结安平市城西区人民政府河畔街道办事处2025年政府信息公开工作情况。报告所列"
      "数据统计期限为2025年1月1日至12月31日。\n一、总体情况\n（一）主动公开。")
d.prose("2025年，街道通过官网(http://www.hepan.example.cn/)、政务公开专栏、“河畔之声”公众号等主动公开信息412条。",
        proactive_disclosed=412)
d.add("其中，官网发布动态信息156条，专栏发布信息98条，公众号推送158条。\n（二）依申请公开。")
d.prose("全年未收到依申请公开件。\n", applications_received=0)

d = new("r216_whole_township_count_none_gong_received_2023.txt", "松岭乡人民政府", "", "", "", "township", 2023,
        "narrative", "", "prose",
        "M00 title; P12 '某年全乡主动公开信息共计N条' in the township's own report (a whole-area count: no figure; "
        "borderline; still read); P08 '未共收到' (now read as 0); P09 zeros")
d.add("松岭乡人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，我乡健全制度，规范公开内容。\n（一）主动公开。"
      "2023年全乡主动公开信息共计64条，主要为惠农补贴、村务和项目信息。\n（二）依申请公开。")
d.prose("2023年我乡未共收到依申请公开申请。", applications_received=0)
d.prose("全年未发生政府信息公开行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)


# ---- tenth round (issue 9, study10): r217–r224 ----------------------------------------------
d = new("r217_site_clock_over_preamble_name_district_bureau_2025.txt", "海津市临河区文化和旅游局", "", "", "",
        "county_department", 2025, "narrative", "", "prose",
        "M03/M11 the site's header: the district government's name over a frozen clock with its weekday ('某区人民政府' / "
        "'2019年12月3日星期二'; the name was taken as the agency and the clock as the year and date; now neither); M06 the "
        "bureau only in '现公布X…报告' (now read); P01 the year's total (read); P08 none received")
d.add("海津市临河区人民政府\n2019年12月3日星期二\n根据《中华人民共和国政府信息公开条例》第五十条，现公布海津市临河区文化和旅游局"
      "2025年政府信息公开工作年度报告。报告涵盖2025年1月1日至12月31日的工作情况。\n一、总体情况\n（一）主动公开\n"
      "围绕文旅政策、公共文化服务和重大活动，")
d.prose("全年主动公开各类政府信息58条，", proactive_disclosed=58)
d.add("均在法定渠道发布。\n（二）依申请公开\n")
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)

d = new("r218_site_clock_street_with_party_committee_handled_requests_2025.txt", "青柳街道办事处", "", "", "", "street",
        2025, "narrative", "", "prose",
        "M03/M11 the site's header and frozen clock over a street's report (not its agency, year or date; now read so); M06 "
        "the street named only as '某街道党工委、办事处' and inside its column's name (the gold 办事处; blank until the thirteenth session's township-in-passing rule); "
        "P08 '累计办理…依申请公开信息合计N件' (handled, not received: no figure; still read); P09 zeros")
d.add("海津市河西区人民政府\n2019年12月3日星期二\n本年度报告依据《条例》编制，所列数据统计期限从2025年1月1日起至2025年12月31日止。"
      "\n一、总体情况\n2025年，青柳街道党工委、办事处按照区里的部署推进政务公开工作。\n（一）主动公开情况\n按时在海津市河西区"
      "人民政府青柳街道办事处信息公开栏目公开机构信息、财政预决算和民生信息。\n（二）依申请公开情况\n今年以来，街道累计办理群众"
      "经网上平台、来信等渠道提出的依申请公开信息合计14件，均在期限内答复办结。")
d.prose("未发生因政府信息公开申请提起行政复议、行政诉讼的情况。\n", review_cases=0, litigation_cases=0)

d = new("r219_name_alone_portal_platform_news_no_total_bureau_2025.txt", "青峰县行政审批服务管理局", "", "", "",
        "county_department", 2025, "narrative", "", "prose",
        "M07 the bureau's name alone on the first line, no title words (read); P05 a county site, a services platform "
        "(in 篇) and reprinted news counted one by one with no total (no figure; the first was taken; now left out); P13 "
        "approval items listed (not OGI); P08 none received")
d.add("青峰县行政审批服务管理局\n\n本报告根据《条例》和年度报告格式编制，统计期限为2025年1月1日至2025年12月31日。\n"
      "（一）主动公开信息情况\n2025年，我局围绕审批服务和营商环境发布政务信息。全年在青峰县政府网站上发布信息23条，在青峰县"
      "政务服务平台发布公示公告146篇，转载本县新闻98篇，公布审批服务事项204个。\n（二）依申请公开信息情况\n")
d.prose("2025年度未收到群众提出的信息公开申请。\n", applications_received=0)

d = new("r220_site_count_account_under_platform_grand_total_zone_2024.txt", "石湾高新技术产业开发区", "", "", "",
        "city_department", 2024, "narrative", "2025-01-20", "prose",
        "M00 title under a source and date line; P05 the site's count under 主动公开 and a new account's count under "
        "平台建设, no total (no figure; the site's was taken; now left out); P08 '共收到…申请N件，上年结转a件，共计M件' "
        "(received N, carried over a; read; the grand total M was taken on the real page until parser commit c81da97); "
        "P13 subscribers")
d.add("石湾高新技术产业开发区2024年政府信息公开工作年度报告\n来源: 高新区办公室 发布时间:2025-01-20\n根据《条例》编制本报告，"
      "统计期限为2024年1月1日至2024年12月31日。\n一、总体情况\n（一）主动公开情况\n2024年通过高新区网站公开信息287条，以图文"
      "形式解读政策文件6篇。\n（二）依申请公开情况\n")
d.prose("2024年共收到政府信息公开申请9件，", applications_received=9)
d.prose("上年结转2件，共计11件，均已办结。\n", applications_carried_over=2)
d.add("（三）政府信息公开平台建设情况\n高新区拓宽公开渠道，8月开通石湾高新区公众号，发布信息51条，订阅数310个。\n")

d = new("r221_pipe_cell_title_total_without_zhudong_in_scope_outcomes_zone_2025.txt", "东滩综合保税区管理委员会", "", "",
        "", "county", 2025, "narrative", "", "prose",
        "M07 the title in a pipe cell and again split over two lines (read); P01/P02 '某年完成信息公开N件，其中…类a件…' (the "
        "year's total without 主动; not read yet); P08 outcomes worded '属于公开范围a件，属于部分公开范围b件' (not read yet; "
        "received and 不予公开 read); P09 '其中发生行政复议、行政诉讼案件0件' (read)")
d.add("| 东滩综合保税区管理委员会2025年政府信息公开工作年度报告 |\n东滩综合保税区管理委员会2025年\n政府信息公开工作年度报告\n"
      "本报告根据《条例》和年度报告格式编制，统计期限自2025年1月1日起至2025年12月31日止。\n一、总体情况\n1、主动公开情况\n")
d.prose("2025年完成信息公开428件，其中处罚决定公示类120件，通知公告类46件，预决算类31件，其他政务信息231件。\n",
        proactive_disclosed=428)
d.add("2、依申请公开情况\n")
d.prose("2025年共受理依申请公开12件，其中：属于公开范围4件，属于部分公开范围3件，不予公开2件，信息不存在无法提供3件。",
        applications_received=12, applications_granted=4, applications_partially_granted=3, applications_denied=2)
d.prose("其中发生行政复议、行政诉讼案件0件。\n", review_cases=0, litigation_cases=0)

d = new("r222_date_glued_before_preamble_system_noun_list_zone_2018.txt", "松川高新技术产业开发区管委会", "", "", "",
        "county", 2018, "narrative", "2019-03-26", "prose",
        "M11 the publication day glued before the preamble ('某年3月26日本年度报告根据…'; read as the report year until round "
        "187's wording, and labelled no date until then: the readers of 181b09, 181c09 and 187a05 took such a date as the page's); "
        "M06 '由X管委会编制' (read); P04 one system, '共通过政务信息公开系统公开政府文件、政务信息N条' (the verb 公开 before "
        "a list of nouns; not read yet); P08 none received")
d.add("2019年3月26日本年度报告根据《条例》要求，由松川高新技术产业开发区管委会编制。全文包括概述、主动公开情况、依申请公开情况"
      "等部分。\n一、概述\n管委会调整了政务信息公开工作领导小组，定期研究部署公开工作。\n二、主动公开政府信息情况\n")
d.prose("松川高新区管委会2018年共通过政务信息公开系统公开政府文件、政务信息183条，", proactive_disclosed=183)
d.add("全文电子化率100%。\n三、依申请公开政府信息情况\n")
d.prose("本年度未收到政府信息公开申请。\n", applications_received=0)

d = new("r223_level_only_split_title_request_as_qingqiu_city_office_2019.txt", "市政府研究室", "", "", "",
        "city_department", 2019, "narrative", "", "prose",
        "M07/M08 a level-only title split over two lines while a sentence prints the city before it (the title's form is "
        "the gold; read here, where the city is not in the gazetteer; on the real page the fuller form with a known city "
        "is still taken); P01 the total (read); P08 '收到依申请公开请求N件' (请求 as the noun; "
        "not read yet)")
d.add("市政府研究室2019年政府信息公开\n工作年度报告\n依照修订后的《条例》，现向社会发布市政府研究室2019年度信息公开工作年度报告。"
      "统计期限自2019年1月1日起至2019年12月31日止。\n一、总体情况\n")
d.prose("2019年岚州市政府研究室共主动公开信息21条，", proactive_disclosed=21)
d.prose("全年收到依申请公开请求3件，", applications_received=3)
d.add("均已按时办结。\n")

d = new("r224_doubled_place_compiler_count_before_outcome_district_commission_2024.txt", "海津市东岭区发展和改革委员会",
        "", "", "", "county_department", 2024, "narrative", "", "prose",
        "M06 '由某市某区某市某区X委员会编制' with the place printed twice, the contact line printing it once (the doubled form "
        "was taken until parser commit 3909a50; now joined once, read); P07 '共计N余件' (no figure; read right); P08 "
        "received, then outcomes with the count before the outcome word ('a件已公开；b件部分公开'; not read yet)")
d.add("本报告是根据《条例》要求，由海津市东岭区海津市东岭区发展和改革委员会编制的2024年度政府信息公开年度报告。如对报告有疑问，"
      "请与海津市东岭区发展和改革委员会联系。\n一、总体情况\n（一）主动公开。2024年，我委通过区政府信息公开平台主动公开各类"
      "政府信息共计280余件，包括行政许可、工作动态和政策文件等。\n（二）依申请公开。\n")
d.prose("2024年，我委共收到政府信息公开申请11件，", applications_received=11)
d.add("其中自然人申请10件，法人申请1件。")
d.prose("办理结果为：5件已公开；4件部分公开；", applications_granted=5, applications_partially_granted=4)
d.add("2件因本机关不掌握无法提供。\n")

# ---- eleventh round (issue 9, study11): r225–r232 -------------------------------------------
d = new("r225_short_title_portal_and_press_about_count_district_bureau_2020.txt", "区住建局", "", "", "",
        "county_department", 2020, "narrative", "2021-01-26", "prose",
        "M08 a level-only short title ('区住建局2020年…'; the fuller name only inside a sentence; read); M02 a bare "
        "'发布时间:' line (the date read); P05/P07 the district portal counted with its kinds, then the press counted in 余 ('通过某日报等"
        "媒体发布…新闻信息N余条'), no total (no figure; the portal's count was taken; now left out); P08 requests handled "
        "for another office (no figure); P09 zeros")
d.add("区住建局2020年政府信息公开工作年度报告\n发布时间:2021-01-26\n\n一、总体情况\n\n2020年，清湾区住建局按照区委、区政府"
      "的要求推进政府信息公开，保障群众对住房和城乡建设工作的知情权。\n\n1. 主动公开情况。2020年，我局在清湾区政府信息公开网"
      "主动发布政府信息214条，多数为征收补偿和招标公示信息，其中征收补偿信息97条，招标公示类81条；通过清湾日报等媒体发布"
      "我局供稿的新闻信息60余条。\n\n2. 依申请公开情况。我局明确了依申请公开的受理科室和经办人。2020年，办理部门依申请"
      "公开件15件，协助区里办理6件。\n\n3. ")
d.prose("2020年，我局未被申请行政复议，也未被提起行政诉讼，相关案件0件。\n", review_cases=0, litigation_cases=0)

d = new("r226_split_title_numbered_channels_press_no_total_civil_bureau_2012.txt", "松河市民政局", "", "", "",
        "county_department", 2012, "narrative", "", "prose",
        "M07 the bureau's name on one line and '某年政府信息公开工作年度报告' on the next (read); P05 channels in numbered "
        "'一是…二是…三是' points, the site and the press (新闻媒体) counted, no total (no figure; the site's count was taken; "
        "now left out); P11 '明确了一名工作人员负责' (1); P08/P09/P10 zeros; P15 prose only")
d.add("松河市民政局\n2012年政府信息公开工作年度报告\n依照《条例》和本市有关规定，特向社会公布本局2012年度信息公开工作年度报告。"
      "所列数据截止日期为2012年12月31日。\n一、基本工作情况\n局里成立了由局长任组长的政府信息公开领导小组，下设办公室。")
d.prose("局办公室明确了一名工作人员负责信息公开的日常事务。\n", staff=1)
d.add("二、主动公开政府信息情况\n本局通过多种形式公开政府信息：\n一是在局网站更新信息公开目录，公开政府信息23条；\n二是把低保、"
      "救助申报程序张贴在村（社区）公示栏；\n三是通过新闻媒体刊发民政工作动态41条。\n三、依申请公开政府信息情况\n")
d.prose("本年度没有依申请公开的信息。\n", applications_received=0)
d.add("四、行政复议和诉讼情况\n")
d.prose("全年未出现涉及政府信息公开的行政复议申请和行政诉讼案件。\n", review_cases=0, litigation_cases=0)
d.add("五、政府信息公开的收费情况\n")
d.prose("全年未发生任何与信息公开有关的收费。\n", fees_10k_yuan=0)

d = new("r227_contact_keyi_yu_other_year_count_side_channel_denial_finance_2022.txt", "海津市东岭区财政局", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M06 the bureau named only in the contact line worded '可与X联系' (now read, as '请与X联系' is); P13 a count labelled "
        "with the previous year ('2021年度共主动公开政府信息N条' in a 2022 report; left out as printed; not read, right); "
        "P08 a denial about letters, calls and complaints before the explicit count ('未收到…来信、来电、来访和投诉', then "
        "'共收到依申请公开N件': the count; the denial's 0 is still read); P16 paper copies to the archives")
d.add("一、总体情况\n本报告依照《条例》和年度报告格式的通知编制，统计时限为2022年1月1日至2022年12月31日。本报告在东岭区人民政府"
      "门户网站公布，并送东岭区档案馆备查。对本报告如有疑问，可与海津市东岭区财政局联系（地址：东岭区滨江路12号，电话：0591-"
      "8760000）。\n（一）政府信息公开基本情况\n1.主动公开方面，规范文件公开属性审核，及时更新法定栏目，2021年度主动公开"
      "政府信息共9条，并公示了本年度非税收入项目目录。\n2.依申请公开方面，全年公开信息均为主动公开，未收到关于依申请公开政府信息的"
      "来信、来电、来访和投诉。")
d.prose("2022年共收到依申请公开3件，均按期答复。\n", applications_received=3)

d = new("r228_name_only_in_list_title_prev_year_carried_over_district_commission_2025.txt", "清湾区住房城市建设委", "",
        "", "", "county_department", 2025, "narrative", "", "prose",
        "M06 no title; the commission says 我委 and is named only inside '《X政府信息主动公开全清单》' while another body "
        "(the district's data bureau) is named first (borderline, the gold takes the 《》 name; read since parser commit "
        "6c9a650); P04 the district site's count (read); P08 '某年新受理…申请N件，上一年结转…申请0件，共计N件' with the "
        "previous year named before 结转 (received read; the carried-over zero not read yet)")
d.add("本报告按照《政府信息公开条例》第五十条的规定编制。\n一、总体情况\n2025年，我委按照清湾区政务和数据局关于政府信息公开和"
      "网站管理的要求，做好主动公开和依申请公开答复工作。\n（一）组织领导\n委领导班子全年专题研究政府信息公开工作6次。\n"
      "（二）主动公开\n2025年，我委依照《清湾区住房城市建设委政府信息主动公开全清单》开展工作，")
d.prose("在清湾区政府网站上主动公开信息总计88条，", proactive_disclosed=88)
d.add("涉及执法公示、招标投标和竣工备案等内容。\n（三）依申请公开办理情况\n")
d.prose("2025年，我委新受理政府信息公开申请57件，", applications_received=57)
d.prose("2024年结转的政府信息公开申请0件，合计57件。\n", applications_carried_over=0)

d = new("r229_split_title_year_in_brackets_template_leftover_parts_no_total_county_bureau_2023.txt", "岚峰县民政局",
        "", "", "", "county_department", 2023, "narrative", "", "prose",
        "M07 the title over three lines, the year only in '(某年度)' (read); M06 a template leftover naming another bureau "
        "in the preamble ('县发改局严格按照…'; not taken, right); P03/P05 parts of several kinds and an account's count "
        "listed with no total (no figure; the part worded '公开政府信息N条' is still read); P08 none received; P09 "
        "litigation only ('无行政诉讼案件'); P13 petition letters")
d.add("岚峰县民政局\n政府信息公开工作年度报告\n（2023年度）\n根据《条例》规定，县发改局按照县委、县政府统一部署，坚持公开透明，"
      "推进依法行政。现将2023年度政府信息公开工作报告如下：\n一、总体情况\n2023年，我局加强对政府信息公开工作的领导。\n"
      "（一）主动公开情况。落实社会救助领域信息公开方案，公开救助政策文件4件、公开政府信息17条，通过政务微信公众号推送信息"
      "92条，发布政策解读3篇。\n（二）依申请公开情况。")
d.prose("全年未收到政府信息公开申请，", applications_received=0)
d.prose("无行政诉讼案件。", litigation_cases=0)
d.add("全年办理群众来信来访28件，均已答复。\n")

d = new("r230_place_title_source_date_colon_list_township_2018.txt", "岚溪县南湖乡", "", "", "", "township", 2018,
        "narrative", "2019-04-26", "prose",
        "M08 a place-only title with '(修改)' and no government printed (the bare place kept; read); M02 '来源:某乡 "
        "yyyy-mm-dd hh:mm' (the date read since round 65's rule on a 来源 line's stamp); P01/P08/P10 a numbered colon list ('1.主动公开政府信息数量:N条', "
        "'…依申请公开政府信息的数量:无', '…收费及减免情况:无'; the two zeros read since round 72's rule on "
        "headings answered by 无, the colon list's proactive count not yet); P09 review and litigation lumped "
        "in one count (left out); P15 prose only")
d.add("岚溪县南湖乡2018年政府信息公开年度报告(修改)\n来源:南湖乡   2019-04-26 10:12\n浏览量:3 | | | |\n\n"
      "《条例》施行以来，我乡依照县政府部署推进政府信息公开。现将2018年有关情况报告如下：\n\n一、情况概述\n\n")
d.prose("1.主动公开政府信息数量:57条\n\n", proactive_disclosed=57)
d.prose("2.行政机关依申请公开政府信息的数量:无\n\n", applications_received=0)
d.add("3.不予公开政府信息的数量:无\n\n")
d.prose("4.政府信息公开的收费及减免情况:无\n\n", fees_10k_yuan=0)
d.add("5.因政府信息公开申请行政复议、提起行政诉讼的情况:2条\n\n二、工作措施\n\n（一）配齐队伍。乡里成立了政府信息公开"
      "工作领导小组，由乡长任组长。\n")

d = new("r231_address_in_contact_kinds_total_qisu_street_2020.txt", "南溪街道", "", "", "", "street", 2020,
        "narrative", "", "prose",
        "M06 no title; '现公布某街道某年…报告' (bare street, its office never printed) while the contact clause's address "
        "prints the province and county before the street (on the real page, whose places are known, the address is still "
        "taken as the agency; here the places are invented and the bare street is read); P02 '主动公开…等"
        "N类M条，其中…' (the kinds' count before the total; not read until the round-23 change f63c52b, now M); P08 none "
        "received; P09 '无因…引发行政复议和起诉"
        "案件' (review read; 起诉 for litigation read since the fifty-third session)")
d.add("根据《条例》和年度报告有关事项的通知要求，现公布南溪街道2020年政府信息公开工作年度报告。所列数据统计时限为2020年1月1日至"
      "2020年12月31日。公众如需咨询，请与我街道联系（地址：黔川省青峰县南溪街道府东路8号，邮编：557000）。\n一、总体情况\n"
      "（一）主动公开。街道设置了政务公开栏，及时公示辖区事项。")
d.prose("2020年，主动公开工作动态、公示公告、计划总结信息3类38条，其中：工作动态信息25条、公示公告信息9条、计划总结信息4条。\n",
        proactive_disclosed=38)
d.add("（二）依申请公开。")
d.prose("2020年，我街道未收到公民、法人或者其他组织提出的政府信息公开申请，", applications_received=0)
d.prose("无因信息公开不及时引发的行政复议和起诉案件。\n", review_cases=0, litigation_cases=0)

d = new("r232_subject_after_date_clause_no_fee_empty_2008_header_county_bureau_2018.txt", "县商务局", "", "", "",
        "county_department", 2018, "ogi2008", "", "prose",
        "M06 no title; the bureau named only as the subject after '截至某年底，' (not read yet); P10 '本年度我局无信息公开"
        "收费' (no 费用 or 免费; not read yet); T11/T08 the 2008 form's 统计表 header cut by the page end with no values "
        "(the form ogi2008, no cell; read as narrative, not yet right); P08/P09 zeros")
d.add("根据《条例》及县政府有关要求，特向社会公布本局2018年度政府信息公开工作年度报告。本报告由概述、主动公开情况、依申请公开"
      "情况、收费及减免情况、行政复议和诉讼情况、存在问题及改进措施、附件等部分组成。\n一、概述\n截至2018年底，县商务局依托"
      "政府信息公开平台和商务网站，及时公开政府信息，受理和答复咨询。\n二、依申请公开情况\n")
d.prose("2018年度我局未收到政府信息公开申请。\n", applications_received=0)
d.add("三、行政复议、行政诉讼情况\n")
d.prose("2018年，我局未发生因政府信息公开申请行政复议或提起行政诉讼的情况。\n", review_cases=0, litigation_cases=0)
d.add("四、收费及减免情况\n")
d.prose("本年度我局无信息公开收费。\n", fees_10k_yuan=0)
d.add("附件:\n政府信息公开情况统计表\n( 2018 年度)\n填报单位(盖章):\n统 计 指 标 |\n单位 |\n统计数 |\n一、主动公开情况 |\n||\n"
      "(一)主动公开政府信息数 (不同渠道和方式公开相")


# ---- twelfth round (issue 9, study12): r233–r240 -------------------------------------------
d = new("r233_compiler_street_total_without_zhudong_exempt_zero_2023.txt", "海津市清湾区柳岸街道办事处", "", "", "",
        "street", 2023, "narrative", "", "prose",
        "M06 no title; '由X编制' (read); P01 the year's total written '全年街道公开政府信息N条，其中主动公开公文信息a条' "
        "(without 主动 before the total; not read until the round-19 change; now read: the numbered heading "
        "before it names no subset); P08 '依申请公开N条，免于公开信息0条' (received read; the 免于公开 "
        "zero, exempt information, was taken as the proactive total until the round-12 rule; now never the total)")
d.add("本年度报告根据《条例》要求，由海津市清湾区柳岸街道办事处编制，全文包括总体情况、主动公开政府信息情况等六部分。统计期限自"
      "2023年1月1日至12月31日止。如对本报告有疑问，请联系柳岸街道党政办（地址：海津市清湾区滨河路260弄3号，电话：0000-5273100）。"
      "\n一、总体情况\n2023年，柳岸街道办事处按照区政府的部署推进政务公开。\n（一）主动公开方面\n")
d.prose("全年街道公开政府信息57条，", proactive_disclosed=57)
d.add("其中主动公开的公文类信息3条，公文公开率保持100%。\n（二）依申请公开方面\n")
d.prose("依申请公开3条，", applications_received=3)
d.add("免于公开信息0条。\n（三）政府信息管理方面\n街道按季度开展公开属性认定，四个季度主动公开率均为100%。\n")

d = new("r234_contact_address_real_places_cumulative_no_year_town_2025.txt", "九资河镇人民政府", "湖北省", "黄冈市",
        "罗田县", "township", 2025, "narrative", "", "prose",
        "M06 no title; the town government named only in the contact clause, whose address prints the province, city and "
        "county before the town ('请与X镇人民政府联系（地址:某省某市某县某镇…）'; the places are real so that the gazetteer "
        "knows them; the address's places joined the name until the round-12 rule; now the bare government); P06 "
        "'累计主动公开各类信息N条' with no year in its sentence (left out; read right); P08 received and none carried over (read)")
d.add("本年报依照《条例》和年度报告格式的通知编制，数据统计时间为2025年1月1日至12月31日。本年度报告可在罗田县人民政府信息公开"
      "网站下载。如对本报告有疑问，请与九资河镇人民政府联系（地址:湖北省黄冈市罗田县九资河镇中心街,电话:0000-5061120）。\n"
      "一、总体情况\n2025年，九资河镇按照县里部署推进政务公开。\n（一）主动公开。围绕惠农补贴、社会救助和财政收支等领域公开信息。"
      "通过本级政府信息公开平台，累计主动公开各类信息416条，其中政策文件3件、惠农补贴公示58条。\n（二）依申请公开。")
d.prose("2025年共收到政府信息公开申请2件，", applications_received=2)
d.prose("无上年结转申请。\n", applications_carried_over=0)

d = new("r235_office_portal_whole_output_carried_over_review_district_office_2025.txt", "海津市东岭区人民政府办公室",
        "", "", "", "county_department", 2025, "narrative", "", "prose",
        "M06 no title; '现公开X某年…报告' (read); P12 the district portal's whole output in the report of the office that runs "
        "it ('通过区政府门户网站共发布信息N条，其中动态类…'; not the office's own count: no figure; still read); P08 "
        "received and '办结上年结转N件' (read); P09 review and litigation counts (read)")
d.add("依据《条例》规定和年度报告格式要求，现公开海津市东岭区人民政府办公室2025年政府信息公开工作年度报告，统计期限自2025年1月1日至"
      "2025年12月31日。\n一、总体情况\n（一）主动公开。不断充实区政府网站的公开内容。2025年，通过区政府门户网站共发布信息5318条，"
      "其中动态类信息2960条，政务公开类信息2358条。主动公开区政府及区政府办公室文件19条，财政类信息184条。\n（二）依申请公开。")
d.prose("2025年区政府办公室共收到政府信息公开申请27件，", applications_received=27)
d.prose("办结上年结转2件，", applications_carried_over=2)
d.add("今年共办结29件，均在法定时限内答复。")
d.prose("今年发生行政复议4件，", review_cases=4)
d.prose("发生行政诉讼1件。\n", litigation_cases=1)

d = new("r236_subject_street_kinds_no_total_new_and_unfinished_parts_2025.txt", "青柳街道办事处", "", "", "", "street",
        2025, "narrative", "", "prose",
        "M06 no title; the street office as the subject of the first sentences (read); P03 kinds counted one by one with "
        "no total (no figure; read right); P08 '共办理N件…申请，其中本机关新收a件，上年度未办结b件' (a handled total split "
        "into the new and the unfinished parts: received a, carried over b; not read yet)")
d.add("一、总体情况\n2025年，青柳街道办事处按照区里的部署推进政务公开，保障群众的知情权和监督权。\n（一）主动公开。2025年，"
      "青柳街道办事处通过政府网站主动公开工作信息41条，预算公开5条，决算公开1条，社会救助领域信息63条，养老服务领域信息9条。\n"
      "（二）依申请公开。2025年，青柳街道办事处共办理6件政府信息公开申请，")
d.prose("其中本机关新收4件，", applications_received=4)
d.prose("上年度未办结2件。", applications_carried_over=2)
d.add("已办结5件，另有1件转入下一年度办理。\n")

d = new("r237_zone_prefix_preamble_press_inside_total_street_2025.txt", "海津市清湾新区人民政府石桥街道办事处", "",
        "", "", "street", 2025, "narrative", "", "prose",
        "M06 no title; the fuller name with the new area's government only in the preamble ('结合X新区人民政府某街道办事处"
        "某年…工作实际，编制本报告'), the short '某街道办事处' as a later subject (the short form is still taken: the prefix "
        "dropped; not read yet); P05 a total over the site, the press and new media with the press's part after 其中 (the "
        "total read); P08 '未收到申请政府信息公开的受理件' (read)")
d.add("根据《条例》和清湾新区关于做好2025年政府信息公开工作年度报告编制工作的通知，结合海津市清湾新区人民政府石桥街道办事处2025年"
      "政府信息公开工作实际，编制本报告。报告涵盖2025年1月1日至2025年12月31日的工作。\n一、总体情况\n2025年，石桥街道办事处"
      "坚持以公开为常态、不公开为例外，持续提升政务公开质效。\n（一）主动公开\n")
d.prose("通过新区政府门户网站街道子站、报刊、新媒体等渠道，主动公开各类政府信息共计176条，", proactive_disclosed=176)
d.add("其中在日报、新闻客户端等媒体刊登信息81条。\n（二）依申请公开\n")
d.prose("2025年，石桥街道未收到申请政府信息公开的受理件。\n", applications_received=0)

d = new("r238_chrome_place_title_one_person_cumulative_township_2010.txt", "松岭乡", "", "", "", "township", 2010,
        "narrative", "2011-01-02", "prose",
        "M03 the site's '登录 注册' and '无障碍浏览' words over the title; M08 a place-only title (bare place kept; read); "
        "M02 '发布日期: 点击数:'; M10 '截止20101231日' with 年 and 月 lost; P06 '截止…，全乡累计主动公开政府信息N条' (left "
        "out; read right); P11 '由1人专门负责此项工作' (N人 with no 名 or 工作人员: staff 1; not read yet); P15 prose only")
d.add("登录    注册\n\n无障碍浏览\n\n松岭乡2010年政府信息公开报告\n\n发布日期:2011-01-02    点击数:\n\n"
      "乡政府以服务群众为宗旨推进政府信息公开，乡主要领导亲自过问，")
d.prose("由1人专门负责此项工作，", staff=1)
d.add("保证了工作正常开展。\n\n截止20101231日，全乡累计主动公开政府信息48条。其中，网上公开信息19条，松岭乡政务公开栏上"
      "公开29条。\n\n2011年，我们将按照上级要求继续做好政务公开工作。\n")

d = new("r239_meta_line_one_channel_in_pian_street_2025.txt", "清湾区石门街道办事处", "", "", "", "street", 2025,
        "narrative", "2026-01-14", "prose",
        "M00 title; M02 '时间:…来源:某街道办事处 点击:' under it; P04 the one channel counted in 篇 ('通过某区门户网站公开"
        "信息N篇，其中…a篇…'; not read yet); P08 '受理依申请公开N件' (read)")
d.add("清湾区石门街道办事处2025年政府信息公开工作年度报告\n    时间:2026-01-14来源:清湾区石门街道办事处 点击:\n\n"
      "    根据《条例》编制本报告。报告数据统计期限为2025年1月1日起至2025年12月31日。\n\n    一、总体情况\n\n"
      "    （一）主动公开政府信息情况\n\n    对照《条例》逐项自查，街道职责、内设机构、联系方式和预决算信息均按栏目及时更新。")
d.prose("2025年石门街道办事处通过清湾区门户网站公开信息64篇，", proactive_disclosed=64)
d.add("其中发布街道工作动态类信息39篇、优化营商环境6篇、决策公开3篇、财政预决算2篇。\n\n    （二）依申请公开情况\n\n")
d.prose("    2025年，石门街道办事处受理依申请公开3件。\n", applications_received=3)

d = new("r240_trail_place_title_count_noun_shu_tiao_no_fee_township_2018.txt", "南湖镇", "", "", "", "township", 2018,
        "narrative", "", "prose",
        "M01 a trail ending in '政府信息公开年报'; M08 a place-only title (bare place kept; read); P11 '明确1名工作人员作为专职"
        "信息公开员' (read); P06 '截至目前，通过…网站主动公开政府信息N条' (left out; read right); P08 '收到申请公开政府信息数0条' "
        "(数 and 条 after the noun; not read yet); P10 '全年没有发生政府信息公开的收费和减免' (read); P15 prose only")
d.add("您当前所在位置: 首页>政府信息公开>乡镇信息公开>南湖镇>政府信息公开年报\n\n南湖镇2018年政府信息公开工作年度报告\n\n"
      "访问量:\n\n本年度报告根据《条例》要求，汇总2018年南湖镇政府信息公开情况编制而成。\n\n一、概述\n\n2018年，镇党委、政府"
      "调整了政务公开领导小组，")
d.prose("明确1名工作人员作为专职信息公开员，", staff=1)
d.add("负责日常工作。\n\n二、主动公开政府信息情况\n\n（一）信息公开网站信息公开情况。截至目前，通过区政府部门公开网站主动公开"
      "政府信息41条。\n\n三、依申请公开政府信息和不予公开政府信息情况\n\n")
d.prose(" （一）申请情况：本年度收到申请公开政府信息数0条。\n\n", applications_received=0)
d.add("四、政府信息公开的收费及减免情况\n\n")
d.prose("全年没有发生政府信息公开的收费和减免。\n", fees_10k_yuan=0)


# ---- thirteenth round (issue 9, study13): r241–r248 -------------------------------------------
d = new("r241_compiler_cut_heading_number_bare_zhengfu_one_channel_county_bureau_2023.txt", "清湾区住房和城乡建设局", "", "",
        "", "county_department", 2023, "narrative", "", "prose",
        "M06 no title; '由X编制' with '我局' in the prose, the page cut inside a heading so that its last line is '(四)政府' "
        "(the heading's number and the bare 政府 were taken as the agency; since the round-13 guard no such line is a name: "
        "the compiler read; now read); P04 the one channel used with its kinds after it, P02 (read)")
d.add("根据《中华人民共和国政府信息公开条例》（国务院令第711号，以下简称《条例》）要求，由清湾区住房和城乡建设局编制。报告全文由"
      "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等部分组成，所列数据统计期限为2023年1月1日至12月31日止。"
      "通过清湾区人民政府门户网站全文公开。\n一、总体情况\n2023年，我局认真落实上级关于政务公开的部署，严格执行信息公开相关"
      "制度。\n（一）主动公开情况\n")
d.prose("2023年，我局在清湾区政府门户网站发布信息64条，", proactive_disclosed=64)
d.add("其中年度工作报告1条，招标投标信息22条，房屋征收信息19条，部门动态信息15条，公告公示信息7条。\n（二）依申请公开情况\n"
      "本年度重新整理了公开目录，更新了公开指南，安排专人接待来访的申请人。\n（三）政府信息管理情况\n"
      "网上公开以门户网站为主，每条信息发布前逐条审核。\n(四)政府")

d = new("r242_title_twice_received_noun_banli_shixiang_town_2022.txt", "海津市南岭区石溪镇人民政府", "", "", "",
        "township", 2022, "narrative", "", "prose",
        "M00 title; M07 the title printed on one line, then again over two lines (read); P02 the total with its kinds (read); "
        "P08 '本年度某镇收到依申请公开政府信息办理事项N件' (办理事项 as the noun; not read until the round-25 change "
        "403ea12; now N)")
d.add("海津市南岭区石溪镇人民政府 2022年政府信息公开工作年度报告\n海津市南岭区石溪镇人民政府\n2022年政府信息公开工作年度报告\n"
      "依据《条例》和年度报告格式的通知要求，对南岭区石溪镇人民政府（以下简称：石溪镇）全年政府信息公开工作的情况进行报告。"
      "报告中所列数据的统计期限自2022年1月1日起，至2022年12月31日止。\n一、总体情况\n2022年，石溪镇坚持以公开为常态、不公开"
      "为例外，扎实推进政府信息公开工作。\n（一）主动公开情况\n石溪镇把主动公开作为主渠道，及时在政府门户网站发布工作动态。")
d.prose("2022年石溪镇主动公开信息214条，", proactive_disclosed=214)
d.add("包括领导信息9条、乡镇动态88条、政策文件12条、财政预决算信息2条等。\n（二）依申请公开情况\n依申请公开按登记、办理、"
      "答复的流程进行。")
d.prose("本年度石溪镇收到依申请公开政府信息办理事项3件，", applications_received=3)
d.add("均已按期办结。\n（三）政府信息管理情况\n严格落实“三审三校”制度。\n")

d = new("r243_year_before_name_received_carried_over_jiezhuan_shouli_city_bureau_2022.txt", "海津市水利局", "", "", "",
        "city_department", 2022, "narrative", "", "prose",
        "M06 no title; '现向社会公布某年X…报告' (the year before the name; read); P12 one kind counted ('全年累计完成结果公开"
        "内容N条'; left out; read right); P13 '权责清单事项N项' (read right); P08 '受理自然人政府信息公开申请1件，上一年度"
        "结转受理0件' (the received count read; the carried-over zero worded '上一年度结转受理' not read yet)")
d.add("根据《条例》规定，现向社会公布2022年海津市水利局政府信息公开工作年度报告。本报告包括总体情况、主动公开政府信息情况等内容，"
      "所涉及的数据核定时间为2022年1月1日至2022年12月31日。\n一、总体情况\n2022年，市水利局落实“五公开”工作机制，围绕水利"
      "重点工作加强政策解读。\n（一）主动公开。一是推进决策公开，在门户网站设置“公众参与”“网上征集”栏目，全年完成网上征集调查"
      "2期。二是推进结果公开，及时公开政府采购、工程进展和监督检查相关内容，2022年全年累计完成结果公开内容96条。公开市水利局权责"
      "清单事项214项。\n（二）依申请公开。")
d.prose("2022年，我局受理自然人政府信息公开申请1件，", applications_received=1)
d.prose("上一年度结转受理0件，", applications_carried_over=0)
d.add("申请已在法定期限内答复。\n")

d = new("r244_contact_fuller_town_total_bracketed_channels_2025.txt", "松源镇人民政府", "", "", "", "township", 2025,
        "narrative", "", "prose",
        "M06 no title; the contact '请与某镇人民政府党政办公室联系', fuller than the prose's '某镇' (read); P02 and P05 a total "
        "with its two channels in brackets ('累计发布各类信息N条(其中政府门户网站公开信息a条，政务新媒体发布信息b条)'; read "
        "since 7435ea9); P08 '未收到依申请公开申请，受理依申请公开0件' (read); P09 a zero pair (read)")
d.add("本报告根据《条例》规定编制，由总体情况、主动公开政府信息情况等6部分组成，所列数据的统计时间为2025年1月1日—12月31日。"
      "如对年报有疑问，请与松源镇人民政府党政办公室联系（地址：松源镇老街61号，电话：0000-3871204）。\n一、总体情况\n2025年，"
      "松源镇持续深化政务公开，不断完善政府信息公开工作制度。\n（一）主动公开。围绕群众关切依法主动公开政府信息。")
d.prose("全年通过政府门户网站、政务新媒体等平台，累计发布各类信息131条(其中政府门户网站公开信息78条，政务新媒体发布信息53条)，",
        proactive_disclosed=131)
d.add("预决算和乡村振兴方面的信息占了多数。\n（二）依申请公开。申请渠道全年保持畅通。")
d.prose("2025年未收到依申请公开申请，受理依申请公开0件。", applications_received=0)
d.prose("全年未发生政府信息公开申请工作被申请行政复议和行政诉讼的情况。\n", review_cases=0, litigation_cases=0)

d = new("r245_district_own_report_woqu_count_contact_government_office_2021.txt", "清湾区人民政府", "", "", "", "county",
        2021, "narrative", "", "prose",
        "M06 no title; the district government named only in its website's name and the contact '请与某区人民政府办公室联系' "
        "(read); P12 '某年，我区主动公开各类政府信息N条' in the district's own report, not said to be compiled from every "
        "unit (left out; still read)")
d.add("本年度报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。全文包括总体情况、行政机关主动公开政府信息情况等六大"
      "内容模块。本年度报告的电子版可以从清湾区人民政府网站下载。如对本报告有任何疑问，请与清湾区人民政府办公室联系（地址：海津市"
      "临江大道520号，电话：0000-8331260）。\n一、总体情况\n2021年清湾区政务公开工作紧紧围绕群众关注关切，着力提升政府信息公开"
      "质量。\n（一）主动公开\n2021年，我区主动公开各类政府信息4862条，主要包括以下几个方面：\n一是防疫信息集中发布在专题页面；\n"
      "二是涉企政策与办事指南同步公开；\n")

d = new("r246_site_name_park_committee_staff_each_one_2021.txt", "松岭生态产业园区管理委员会", "", "", "",
        "county_department", 2021, "narrative", "2022-01-21", "prose",
        "M03 the city government's site name alone above the title (not taken; read); M00 title; M02 '信息来源:… 发布日期:"
        "yyyy年mm月dd日 点击:' and '[字体: ]' (read); P11 '配备了专职和兼职工作人员各1名' (each: staff 2; not read yet)")
d.add("海津市人民政府\n\n松岭生态产业园区管理委员会2021年政府信息公开工作年度报告\n\n信息来源:松岭生态产业园区管理委员会     "
      "发布日期:2022年01月21日     点击:    \n[字体: ]\n\n根据《条例》和年度政务公开工作要点的要求，现公布松岭生态产业园区管委会"
      "2021年政府信息公开工作年度报告。\n\n一、总体情况\n\n2021年度，园区管委会把信息公开纳入年度目标管理。"
      "本报告中所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n\n（一）工作完成情况及成效。管委会明确由综合办公室"
      "牵头，")
d.prose("并配备了专职和兼职工作人员各1名，", staff=2)
d.add("在园区服务大厅放置了信息查阅终端。\n")

d = new("r247_centre_office_subject_zeros_listed_city_centre_2021.txt", "海津市投资促进中心", "", "", "",
        "city_department", 2021, "narrative", "", "prose",
        "M06 no title; '结合我中心实际撰写', the contact '请与X中心办公室联系' and 'X中心办公室共主动公开…' (the office's suffix "
        "is kept: '某中心办公室'; still read); P02 the total with its kinds (read); P08 and P14 '共受理…申请0件，自然人申请"
        "办件量0件，法人0件' (read); P09 '行政复议、行政诉讼案件为0件' (read)")
d.add("本报告根据《条例》和年度报告格式的通知要求，结合我中心实际撰写。报告内容包括总体情况、主动公开政府信息情况等。本年度报告中"
      "使用数据统计期限为2021年1月1日至12月31日。如对本报告有疑问，请与海津市投资促进中心办公室联系（地址：海津市东新大道18号，"
      "电话：0000-5541280）。\n一、总体情况\n")
d.prose("（一）主动公开情况。2021年，海津市投资促进中心办公室共主动公开各类政府信息57条，", proactive_disclosed=57)
d.add("机构领导及人事信息3条，规划计划2条，财务预决算信息4条，其他信息48条。\n（二）依申请公开情况。申请答复统一使用省里的"
      "文书样式。")
d.prose("本年度共受理网上政府信息公开申请0件，", applications_received=0)
d.add("其中自然人申请办件量0件，法人0件，办结0件。")
d.prose("本年度与政府信息公开有关的行政复议、行政诉讼案件为0件。\n", review_cases=0, litigation_cases=0)

d = new("r248_year_first_split_title_wechat_accounts_one_channel_committee_2025.txt", "松岭县林业社区管委会", "", "", "",
        "county_department", 2025, "narrative", "", "prose",
        "M07 and M09 a year-first title split over two lines ('某年某县某管委会' / '政府信息公开工作年度报告'; read); P04 the "
        "one channel being WeChat accounts ('通过“某某”“某某”等微信公众号平台，累计发布信息N条'; not read yet); P08 and P09 "
        "zeros (read)")
d.add("2025年松岭县林业社区管委会\n政府信息公开工作年度报告\n按照《条例》和年度报告格式的要求，特向社会公布2025年林业社区管委会"
      "政府信息公开工作年度报告。本报告所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n一、总体情况\n2025年，松岭县"
      "林业社区管委会稳步推进政府信息公开各项工作。\n（一）主动公开。2025年，林业社区管委会按照准确、及时的要求，持续抓好"
      "各类政府信息的主动公开工作。")
d.prose("通过“绿野松岭”“文明松岭”等微信公众号平台，累计发布信息42条，", proactive_disclosed=42)
d.add("发布内容以护林防火、政策解读和社区活动为主。\n")
d.prose("（二）依申请公开。2025年度，林业社区管委会未收到公民、法人或其他组织提出的政府信息公开申请；", applications_received=0)
d.prose("全年没有因政府信息公开引发的行政复议案件，也未发生此类行政诉讼案件。\n", review_cases=0, litigation_cases=0)


# ---- fourteenth round (issue 9, study14): r249–r256 -------------------------------------------
d = new("r249_office_new_media_kind_split_into_accounts_requests_outcomes_2024.txt", "", "", "", "",
        "county_department", 2024, "narrative", "", "prose",
        "M06 the page never names the agency ('我办' only; blank, read right); P05 the portal's count beside one kind of "
        "channel broken down into its accounts ('政务新媒体“某某发布”公开信息N条，其中政务微博a条，政务微信b条'; no total, "
        "no figure; since the round-14 change the new-media count is no longer taken as a total: now read); P08 '共受理…申请N件，"
        "其中予以公开a件，部分公开b件…' (read)")
d.add("根据《中华人民共和国政府信息公开条例》（国务院令第711号）和年度报告格式的通知要求，编制本年度报告。\n一、总体情况\n"
      "2024年以来，我办认真贯彻《条例》，持续推进政务公开标准化规范化建设。\n（一）主动公开情况\n一是夯实公开基础。2024年，"
      "我办通过县政府门户网站全年发布信息412条，政务新媒体“松岭发布”公开信息1864条，其中政务微博702条，政务微信1162条。"
      "二是做好政策发布。发布行政规范性文件8件，现行有效文件共计41件。三是清理过时信息。逐条核对栏目内容，屏蔽无效信息"
      "3200余条。\n（二）依申请公开情况\n进一步规范依申请公开办理流程，统一答复文书格式。")
d.prose("2024年我办共受理政府信息公开申请11件，其中予以公开6件，部分公开2件，", applications_received=11,
        applications_granted=6, applications_partially_granted=2)
d.add("无法提供2件，撤销申请1件。从申请方式上看，网络申请5件，信函申请6件。\n（三）政府信息管理\n")

d = new("r250_year_before_government_name_shouli_shixiang_channel_parts_town_2023.txt", "松岭县石门镇人民政府", "", "",
        "", "township", 2023, "narrative", "", "prose",
        "M06 no title; '现将某年X人民政府信息公开工作年度报告(以下简称“报告”)予以公布' (the year before the name, 政府 shared "
        "with 政府信息; not read yet); P05 '全年共公开各类信息N条，其中概况类…' with no channel named, then WeChat and Weibo "
        "counts apart (no figure, the fifth round's precedent; the N still read); P08 '共受理依申请公开事项N件，其中：受理当面"
        "申请0件，信函传真申请a件…' (not read yet)")
d.add("根据新修订《中华人民共和国政府信息公开条例》和县政务公开办公室《关于做好2023年度政府信息公开年度报告编制公布工作的通知》"
      "要求，现将2023年松岭县石门镇人民政府信息公开工作年度报告(以下简称“报告”)予以公布。报告由总体情况、主动公开政府信息"
      "情况等六部分组成。报告中所列数据的统计期限为2023年1月1日至12月31日。\n一、总体情况\n1.主动公开政府信息情况\n"
      "今年以来石门镇完善政务信息公开长效机制，明确分管领导和信息员职责。全年共公开各类信息1207条，其中概况类信息36条，政务"
      "动态类信息958条，信息公开目录内信息213条。积极发挥新媒体作用，微信公众号发布信息284条，官方微博发布信息319条。\n"
      "2.依申请公开政府信息情况\n2023年，我镇严格按照《条例》办理依申请公开事项，")
d.prose("共受理依申请公开事项2件，其中：受理当面申请0件，信函传真申请2件，网络申请0件，", applications_received=2)
d.add("均在法定期限内答复。\n")

d = new("r251_short_city_bureau_bracketed_channel_parts_all_granted_2024.txt", "市市场监管局", "", "", "",
        "city_department", 2024, "narrative", "", "prose",
        "M06 no title; the short level-only name is the only one printed (read); P05 '以局门户网站、微信公众号为载体…等工作"
        "信息N条(其中:网站a条、微信公众号b条)' (a total over the named channels, its parts in brackets; not read yet); P13 "
        "proposals, '亮晒公示N期' and '收到群众留言N条' (read right); P08 '收到政府信息公开申请N项全部予以公开' (the received "
        "count read; the grant worded '全部予以公开' not read yet); P09 a zero pair (read)")
d.add("一、总体情况\n2024年，市市场监管局坚持以公开为常态、不公开为例外，严格落实《中华人民共和国政府信息公开条例》及上级"
      "工作要求，持续加强政府信息公开工作。\n（一）主动公开政府信息情况。")
d.prose("以局门户网站、微信公众号为载体，及时公开食品安全示范城市创建、质量强市、综合监管执法等工作信息1043条(其中:网站318条、"
        "微信公众号725条)。", proactive_disclosed=1043)
d.add("高质量办理8件人大建议和19件政协提案，完成亮晒公示12期，收到群众留言5条全部办结。\n（二）依申请公开政府信息情况。")
d.prose("收到政府信息公开申请4项全部予以公开，", applications_received=4, applications_granted=4)
d.prose("无上年结转申请；未发生因政府信息公开引起的行政复议和行政诉讼。\n", applications_carried_over=0,
        review_cases=0, litigation_cases=0)

d = new("r252_county_own_report_woxian_counts_meta_line_2021.txt", "松岭县人民政府", "", "", "", "county", 2021,
        "narrative", "2022-01-26", "prose",
        "M00 title printed, then again over two lines under a meta line (M07; read); M02 '体裁分类:… 主题分类:… 发布时间: "
        "yyyy-mm-dd 发布机构:… 浏览次数:N 字体:[ ]' on one line, its fields set apart by runs of spaces (the date read since "
        "the twenty-eighth session's M11 rule); P12 '某年度我县在…公开各类信息N条' and "
        "'我县共收到N件“依申请公开”申请，其中a件为协助…办理' in the county's own report, not said to be compiled (left out; "
        "still read); P09 the zero pair (a county-wide zero is the government's zero too; read)")
d.add("松岭县人民政府2021年政府信息公开工作年度报告\n\n体裁分类:政府信息公开年报     主题分类:综合政务           发布时间: "
      "2022-01-26      发布机构:松岭县人民政府办公室      浏览次数:87     字体:[  ]\n\n松岭县人民政府\n\n2021年政府信息公开工作"
      "年度报告\n\n2021年来，我县认真贯彻落实上级关于政务公开工作的部署，健全组织、完善制度，不断加大政府信息公开力度。\n"
      "一、总体情况\n（一）主动公开进一步推动。我县建立动态更新机制，加大政策解读力度。2021年度我县在政府门户网站和政府信息公开"
      "平台公开各类信息5174条，圆满完成了主动公开任务。\n（二）依申请公开进一步规范。2021年我县共收到7件“依申请公开”申请，"
      "其中4件为协助市政务公开科办理，均已按期答复。\n")
d.prose("全年未发生因政府信息公开引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r253_sub_bureau_count_before_noun_other_granted_2023.txt", "市生态环境局清湾分局", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M06 no title; the sub-bureau's level-only name as the subject (read); P01 '某年共发布N件主动公开信息，其中…' (the count "
        "before the noun; not read yet); P08 '共收到政府信息公开申请N件，其中公开N件' (received read; the grant read since the fifty-third session); "
        "P09 zeros (read)")
d.add("根据《中华人民共和国政府信息公开条例》以及省、市、区相关规定，编制本机关政府信息公开工作年度报告。本报告中所列数据统计"
      "期限为2023年1月1日至2023年12月31日。\n一、总体情况\n2023年，市生态环境局清湾分局深入贯彻上级关于深化政务公开的决策"
      "部署，深化生态环境重点领域信息公开。\n（一）主动公开\n及时公开建设项目环境影响评价审批、夜间连续施工许可等信息，按月公开"
      "大气和水环境质量情况。")
d.prose("2023年共发布248件主动公开信息，", proactive_disclosed=248)
d.add("其中信用修复类信息9条，夜间连续施工公告97条。\n（二）依申请公开\n")
d.prose("2023年，市生态环境局清湾分局共收到政府信息公开申请2件，其中公开2件，", applications_received=2,
        applications_granted=2)
d.add("均在法定期限内答复。\n")
d.prose("（三）全年未发生政府信息公开行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r254_quoted_report_name_bianzhi_wancheng_one_portal_bureau_2023.txt", "松岭县乡村振兴局", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M06 no title; the name only in '编制完成《X某年…报告》' (the quoted report name; not read yet); P04 the county portal "
        "as the one channel (read); P08 '未收到和处理政府信息公开申请事项' (none received; read); P09 '无…行政复议、行政诉讼"
        "情况发生' (read)")
d.add("根据《中华人民共和国政府信息公开条例》和上级相关文件要求，编制完成《松岭县乡村振兴局2023年政府信息公开工作年度报告》，"
      "所列数据自2023年1月1日起至2023年12月31日止。\n一、总体情况\n")
d.prose("（一）主动公开情况。2023年我局通过县政府门户网站主动公开政府信息31条，", proactive_disclosed=31)
d.add("涉及预算及“三公”经费、衔接资金、公示公告等各类信息。\n")
d.prose("（二）依申请公开情况。2023年度，未收到和处理政府信息公开申请事项，", applications_received=0)
d.prose("无政府信息公开类行政复议、行政诉讼情况发生。\n", review_cases=0, litigation_cases=0)
d.add("（三）政府信息管理情况。将年度信息公开工作要点细化分解到各个股室，压实工作责任。\n")

d = new("r255_trail_title_twice_month_to_date_one_channel_town_2015.txt", "石溪镇", "", "", "", "township", 2015,
        "narrative", "", "prose",
        "M03 '关怀版 无障碍' (read); M01 a trail ending in the report list (read); M07 the title printed twice, the second split "
        "before '报告' (the bare town kept; read); P06 and P04 '某年1月至今，通过政府门户网站主动公开信息N条，…' in a report "
        "published the next January (the fifth round's precedent; not read yet); P15 prose only")
d.add("关怀版 无障碍\n\n您当前所在位置: 首页 > 部门公开信息 > 乡镇 > 石溪镇 > 信息公开年度报告\n\n2015年石溪镇政府信息公开工作"
      "年度报告\n\n访问量:\n\n2015年石溪镇政府信息公开工作年度\n报告\n本年度报告根据《中华人民共和国政府信息公开条例》和县委、县"
      "政府有关要求，由我镇政务公开工作部门编写。全文包括概述，主动公开政府信息情况，依申请公开政府信息情况，以及存在的主要问题"
      "和改进措施。本报告中所列数据的统计期限自2015年1月1日起至2015年12月31日止。\n 一、概述 \n 2015年，我镇继续执行《条例》，"
      "落实专人负责政务公开，完善保密审查等配套制度。\n 二、主动公开信息情况 \n")
d.prose(" 2015年1月至今，通过政府门户网站主动公开信息388条，", proactive_disclosed=388)
d.add("政策法规类9条，规范性文件17条，政府工作动态类362条。\n 三、依申请公开信息情况 \n 2015年1月至今，我镇继续履行政府"
      "信息公开申请受理义务，规范受理、审查、答复程序。\n")

d = new("r256_made_or_obtained_total_sorted_by_attribute_district_bureau_2014.txt", "清湾区财政局", "", "", "",
        "county_department", 2014, "narrative", "", "prose",
        "M00 title; P02 and P08 '某年共制作、获取政府信息N条，其中主动公开a条，不予公开b条；受理政府信息公开申请c条' (the "
        "proactive part of a total of documents made or obtained, sorted by disclosure attribute; not read yet; the request "
        "count read); T15 the 附表 beyond the excerpt (the gold narrative, no table in the text)")
d.add("清湾区财政局2014年政府信息公开工作年度报告\n引言\n本年报是根据《中华人民共和国政府信息公开条例》与省政府办公厅有关年度"
      "报告的通知要求，由海津市清湾区财政局编制的2014年度政府信息公开年度报告。全文包括概述、主动公开政府信息情况、政府信息依申请"
      "公开办理情况、政府信息公开的收费及减免情况等部分与附表。本报告中所列数据的统计期限自2014年1月1日起至2014年12月31日止。\n"
      "一、概述\n2014年，本局结合本单位职能，积极、有序、稳妥推进政府信息公开的各项工作。")
d.prose("2014年共制作、获取政府信息472 条，其中主动公开34条，不予公开438条； ", proactive_disclosed=34)
d.prose("受理政府信息公开申请3条。\n", applications_received=3)
d.add("（一）加强组织领导。本局不断加大对政府信息公开工作的组织领导力度。\n二、主动公开政府信息的情况\n截止至2014年12月31日，本")


# ---- fifteenth round (issue 9, study15): r257–r264 -------------------------------------------
d = new("r257_index_title_cell_items_in_xiang_county_bureau_2022.txt", "松岭县教育和体育局", "", "", "",
        "county_department", 2022, "narrative", "2023-01-12", "prose",
        "M04 a pipe index block whose '标 题' cell carries the only full name, its 发布机构 the short '教育和体育局' (the "
        "标题 cell's name taken; read); P01 '全年主动公开信息N项' (the unit 项 after 主动; since the round-15 change now read); "
        "P13 '全年公开回应群众诉求N件' through hotlines and mailboxes (not an OGI figure; left out, read right)")
d.add("索引号 | 4/2023-00011 | 发文字号 | |\n成文日期 | 2023-01-12 | 发布日期 | 2023-01-12 |\n标 题 | 松岭县教育和体育局2022年"
      "政府信息公开工作年度报告 | ||\n发布机构 | 教育和体育局 | 公文时效 | 有效 |\n一、总体情况\n2022年，松岭县教育和体育局按照县政府"
      "信息公开工作的部署，把招生入学、学生资助和校园安全作为公开重点。本报告所列数据的统计期限自2022年1月1日起至2022年12月31日"
      "止。\n（一）做好主动公开。围绕秋季招生、课后服务和校外培训治理等群众关心的事项及时发布信息，")
d.prose("全年主动公开信息37项。", proactive_disclosed=37)
d.add("\n（二）加强平台建设。以县政府网站和“松岭教体”微信公众号为主要载体，通过局长信箱和便民热线回应群众咨询，"
      "全年公开回应群众诉求286件。\n（三）完善工作机制。严格执行信息发布审核制度，")

d = new("r258_wiki_items_in_pian_review_zeros_district_bureau_2022.txt", "清湾区教育体育局", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M00 title on a traditional wiki copy (M12, M14; read); P01 '主動公開信息 N篇，其中…' (the unit 篇 with a space "
        "before the figure; since the round-15 change now read); P13 '發布新聞N條' on a platform (news, not the total; left "
        "out, read right); P08 and P09 '共受理…申請N件…收到行政複議0件，行政訴訟0件' (read); M03 the wiki's footer (read)")
d.add("清灣區教育體育局2022年政府信息公開工作年度報告\n\n根據《中華人民共和國政府信息公開條例》和年度報告格式的通知要求，編制"
      "本年度報告。\n\n一、總體情況\n(一)主動公開情況\n")
d.prose("2022年清灣區教體局主動公開信息 286篇，", proactive_disclosed=286)
d.add("其中部門文件3件、政策解讀6件、招生入學信息41條、學生資助信息22條等。清灣區教育體育局對校園安全和招生信息作了重點公開。\n"
      "(二)依申請公開情況\n")
d.prose("2022年清灣區教育體育局共受理政府信息公開申請3件，已辦結3件；", applications_received=3)
d.prose("收到行政複議0件，行政訴訟0件。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息公開平台建設\n定期清理平台內錯誤和無效的信息。2022年清灣區教體局在平台上發布新聞917條。\n\n相關詞條\n\n熱門詞條\n\n"
      "聯絡我們\n")

d = new("r259_announcing_line_wo_wei_contact_only_park_committee_2022.txt", "松岭县工业园区管委会", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M06 no title; the committee named only in the traditional contact line '請與X辦公室聯系', the report saying 我委 "
        "(M12, M14); the announcing line '現將我委某年度…報告如下:' on a line of its own is no title (it named '现将我委'; "
        "since the round-15 change the contact's name is read: now read); P02 the total with its kinds (read); P08 and "
        "P14 '共收到依申請件0件' (read)")
d.add("根據《中華人民共和國政府信息公開條例》的規定，編制本年度報告。報告中所列數據的統計期限自2022年1月1日起至2022年12月31日止。"
      "如對本報告有疑問，請與松嶺縣工業園區管委會辦公室聯系(電話:0000-4815520)。\n一、總體情況\n2022年，我委在縣委、縣政府的"
      "領導下推進政務公開工作，各項任務完成較好。\n現將我委2022年度政府信息公開工作情況報告如下:\n(一)主動公開\n")
d.prose("2022年主動公開政府信息46條，", proactive_disclosed=46)
d.add("其中公開指南1條，工作動態37條，財政預決算2條，工作計劃5條，政府信息公開年度報告1條。\n(二)依申請公開\n"
      "我委完善了申請登記、審核、答覆和歸檔制度。")
d.prose("2022年，全年共收到依申請件0件。\n", applications_received=0)

d = new("r260_request_noun_qingkuang_total_after_parts_street_2022.txt", "石桥街道办事处", "", "", "", "street", 2022,
        "narrative", "", "prose",
        "M06 no title; '某街道办事处…完成了《某年度某街道…报告》' (the subject read); P08 '今年共收到依申请公开政府信息情况N件"
        "，属网上申请' (情况 as the noun; since the round-15 change now read); P02 and P05 '其中，通过某区人民政府网站更新信息a条，"
        "政务新媒体更新b条、全年总计更新主动公开信息N条' (the total after its channel parts, verb 更新; not read yet)")
d.add("2022年，石桥街道办事处按照区委、区政府的部署，根据《中华人民共和国政府信息公开条例》和上级文件要求，完成了《2022年度石桥"
      "街道政府信息公开工作年度报告》。报告中所列数据的统计时限为2022年1月1日至2022年12月31日。\n一、总体情况\n（一）主动公开方面\n"
      "一年来，街道围绕老旧小区改造、就业帮扶和社区治理等工作推进信息公开，")
d.prose("其中，通过清湾区人民政府网站更新信息58条，政务新媒体更新241条、全年总计更新主动公开信息299条。", proactive_disclosed=299)
d.add("\n（二）依申请公开方面\n")
d.prose("今年共收到依申请公开政府信息情况1件，为网上提交，", applications_received=1)
d.add("申请内容涉及一处小区的维修资金，已按期回复申请人。\n（三）政府信息管理方面\n严格执行保密审查制度。\n")

d = new("r261_place_title_source_line_besides_none_received_town_2019.txt", "海津市清湾区石桥镇人民政府", "", "", "",
        "township", 2019, "narrative", "2020-01-08", "prose",
        "M03 the district government's name with a weekday date and '无障碍 简体 | 繁体' above the title (not taken; read); "
        "M08 a place-only title '某区某镇某年…' under '来源:某市某区某镇人民政府' (the gold takes the 来源 line's full name; "
        "the title's prefix joined to 人民政府 instead, a name never printed: still read, right with the prefix aside); P01 "
        "'某年度我主动公开政府信息N条次' (镇 dropped, 条次; read); P08 '此外，未收到依申请公开的申请' (a zero after 此外; since the "
        "round-15 change now read); P09 the zero pair (read)")
d.add("海津市清湾区人民政府 2019年12月5日星期四\n\n无障碍 简体 | 繁体 长者模式\n\n清湾区石桥镇2019年政府信息公开年度报告\n"
      "来源:海津市清湾区石桥镇人民政府 发布时间:2020-01-08 00:00\n\n一、总体情况\n\n2019年，石桥镇按照区委、区政府的要求开展"
      "政府信息公开工作。\n\n我镇从加强领导入手，形成了较为有效的公开机制。")
d.prose("2019年度我主动公开政府信息16条次。", proactive_disclosed=16)
d.add("其中，财政预算类5条，社保就业类3条，环境保护类2条，其他公开信息六条。")
d.prose("此外，未收到群众提出的依申请公开申请。", applications_received=0)
d.prose("全年没有发生与政府信息公开有关的行政复议案件和行政诉讼案件。\n\n", review_cases=0, litigation_cases=0)
d.add("石桥镇配齐了工作人员，由党委办公室专人承担政务公开工作。\n")

d = new("r262_office_compiler_row_label_sentence_zero_township_2017.txt", "青禾乡人民政府", "", "", "", "township",
        2017, "narrative", "", "prose",
        "M06 no title; '由某乡人民政府办公室编制' (the government inside its office's name; read); P06 and P05 '截至某年12月31日，"
        "主动公开N条，其中在政府网站公开a条，通过微信及其他方式公开b条' (up to a date with no year named; left out, read "
        "right); P08 and P14 '全年依申请公开数0件' (the 2008 form's row label written as a sentence; since the round-15 "
        "change now read); P10 '某年未收取任何费用' (read); T15 the 附表 beyond the excerpt")
d.add("本年报是根据《中华人民共和国政府信息公开条例》要求，由青禾乡人民政府办公室编制。全文包括基本概况、主动公开政府信息情况、依申请"
      "公开政府信息情况、收费及减免情况、申请行政复议和提起诉讼情况、存在的主要问题和改进情况、附表，共7个部分。本年报中所列数据的"
      "统计期限自2017年1月1日起至2017年12月31日止。\n一、政府信息公开工作的基本概况\n我乡建立了主要领导亲自抓、分管领导具体抓的"
      "工作机制，并及时调整了领导小组成员。\n二、主动公开政府信息的情况\n截至2017年12月31日，主动公开138条，其中在政府网站公开"
      "61条，通过微信及其他方式公开77条。\n三、依申请公开政府信息情况\n")
d.prose("全年依申请公开数0件。\n", applications_received=0)
d.add("四、政府信息公开的收费及减免情况\n")
d.prose("2017年未收取任何费用。\n", fees_10k_yuan=0)
d.add("五、申请行政复议和提起诉讼的情况\n2017年青禾乡")

d = new("r263_quoted_report_name_gongkai_without_zhudong_county_bureau_2022.txt", "松岭县农业农村局", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M03 a share line before the text (not taken; read); M06 no title; '现发布《X某年…报告》' (the quoted report name; "
        "read); P01 '本年度我局依照…目录规范公开信息N条' (公开 without 主动 after a long adverbial; the round-15 change "
        "kept such counts unread: not read yet); P08 '收到依申请公开N项' (read)")
d.add("用微信扫描二维码分享至好友和朋友圈\n根据《中华人民共和国政府信息公开条例》和年度报告格式的通知要求，现发布《松岭县农业农村局"
      "2022年政府信息公开工作年度报告》。\n一、总体情况\n")
d.prose("（一）主动公开情况。本年度我局依照本局公开目录规范公开信息214条，", proactive_disclosed=214)
d.add("重点公开了惠农补贴、动物防疫和农产品质量安全等信息。\n（二）依申请公开情况。畅通网上申请渠道，规范答复文书。")
d.prose("我局2022年度收到依申请公开2项，", applications_received=2)
d.add("均在规定时间内按程序办结。\n（三）政府信息管理情况。建立公开前审查机制，")

d = new("r264_trail_parts_with_own_totals_traditional_district_commission_2023.txt", "清湾区发展和改革委员会", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M01 a traditional trail above the title (read); M00 a title with a space before the year on a traditional mirror "
        "(M12, M14; read); P02 and P04 '全年網站專欄主動公開信息共計N條。一是…總計a條。二是…總計b條。三是…總計c條' (the "
        "stated total over parts that carry their own 总计; the first part taken: still read); P08 the received count "
        "(read)")
d.add("您當前的位置: 首頁>政務公開>政府信息公開年報> 區政府部門\n清灣區發展和改革委員會 2023年政府信息公開工作年度報告\n"
      "根據《中華人民共和國政府信息公開條例》和區政府辦公室的通知要求，特向社會公布清灣區發展和改革委員會2023年政府信息公開工作"
      "年度報告。本年度報告中數據的統計期限自2023年1月1日起至2023年12月31日止。\n一、總體情況\n(一)主動公開情況\n"
      "2023年我委在本單位網站公開了年度計劃執行和重點項目進展等情況，")
d.prose("全年網站專欄主動公開信息共計265條。", proactive_disclosed=265)
d.add("一是政務信息公開信息總計17條。二是政務公開類信息總計231條。三是專題專欄類信息總計17條。\n(二)依申請公開情況\n")
d.prose("區發展改革委收到依申請公開政府信息5件，", applications_received=5)
d.add("均在法定期限內辦理答覆。\n")


# ---- sixteenth round (issue 9, study16): r265–r272 -------------------------------------------
d = new("r265_cover_letter_sender_city_whole_city_wan_2020.txt", "海津市人民政府", "", "", "", "city", 2020,
        "narrative", "", "prose",
        "M07 and M14 a cover letter 'X人民政府关于报送X某年度…报告的函' on a law-database mirror, signed by the government, "
        "around the report '某市某年度…报告' (the letter's title cut at 报送 was taken; since the round-16 guard its sender: "
        "now read); M04 the database's bracketed fields ('【制定机关】', '【公布日期】'; the 公布日期 taken as the publication "
        "date, the gold leaves a mirror's letter date blank: still read); P12 and P07 '全市各级政府及其部门主动公开信息N万条' "
        "(whole city, in 万; left out, read right)")
d.add("海津市人民政府关于报送海津市2020年度政府信息公开工作年度报告的函\n【制定机关】海津市人民政府\n【公布日期】2021.03.05\n"
      "【字 号】海政函〔2021〕17号\n【效力等级】地方规范性文件\n正文\n \n海津市人民政府关于报送海津市2020年度政府信息公开工作年度"
      "报告的函\n \n省政府信息公开办:\n  按照省里的通知要求，现随函报送《海津市2020年度政府信息公开工作年度报告》，请审阅。\n \n海津市人民政府\n"
      "  2021年3月5日\n \n海津市2020年度政府信息公开工作年度报告\n  本年度报告根据《条例》的要求编制，所列数据统计时限为2020年"
      "1月1日至2020年12月31日。\n  一、总体情况\n  2020年，海津市围绕“六稳”“六保”深化政务公开。全市各级政府及其部门主动公开"
      "信息31.64万条，其中，市本级及市政府各部门发")

d = new("r266_bracketed_site_label_full_part_time_staff_town_2012.txt", "石溪镇", "", "", "", "township", 2012,
        "narrative", "", "prose",
        "M01 and M08 a site's bracketed section label before the title ('[某镇]某年某镇…报告'; the bracket was kept as the "
        "name; since the round-16 guard the bare town, its government never printed: now read); M11 '发布时间:' three years "
        "after the report (taken as the publication date; the gold leaves it blank: still read); P11 '配备了1名全职工作人员、"
        "2名兼职工作人员' (summed; read); T15 the 统计表 beyond the excerpt")
d.add("[石溪镇]2012年石溪镇政府信息公开工作年度报告\n发布时间:2015-08-21\n\n 言\n\n本年报是根据《政府信息公开条例》的要求，"
      "由松岭县石溪镇编制的2012年度政府信息公开工作年度报告。全文包括概述、主动公开政府信息数量、依申请公开政府信息数量等，并附"
      "相关的说明和指标统计表。如对本报告有任何疑问，请联系石溪镇党政综合办。\n\n、概  述\n\n2012年我镇的信息公开工作按照《条例》"
      "的要求有序开展。")
d.prose("为此，专门配备了1名全职工作人员、2名兼职工作人员，", staff=3)
d.add("设立了1个信息申请受理点。\n\n（一）建立工作机制。明确党政综合办为全镇信息公开工作的主管部门。\n")

d = new("r267_one_worker_per_section_compiler_city_bureau_2014.txt", "海津市司法局", "", "", "", "city_department",
        2014, "narrative", "", "prose",
        "M06 no title; '由X编制' (read); P11 '专门配备了N名(全职、兼职)工作人员(每个内设科室1名)' (one worker per section is "
        "not staff and N is that count summed: no figure; the bracketed 1 was read as staff, gone since the round-16 guard: "
        "now read)")
d.add("本年度报告是根据《中华人民共和国政府信息公开条例》和省、市政务公开工作要求，由海津市司法局编制。全文包括概述、主动公开政府信息"
      "情况、依申请公开政府信息情况等。如对本年度报告有疑问，请联系海津市司法局办公室。\n一、概述\n根据《条例》要求，2014年我局"
      "进一步加强政府信息公开工作。为此，专门配备了11名(全职、兼职)工作人员(每个内设科室1名)，设立了局政务公开工作领导小组办公室，"
      "开辟了政府信息查阅室。\n2014年我局主要开展了以下几方面工作：一是加强组织领导；二是规范公开内容；三是强化监督反馈，")

d = new("r268_delegated_staff_n_ren_year_named_cumulative_bureau_2010.txt", "松岭市畜牧业管理局", "", "", "",
        "county_department", 2010, "narrative", "2011-02-14", "prose",
        "M00 title; M02 '发布日期:… 点击数:' (read); P11 '委派N人专门负责信息公开工作' (N人 with the verb 委派, no 名 and no "
        "专职/兼职; not read yet); P01 and P06 '某年X累计主动公开政府信息N条' (累计 with the year named: the year's figure; "
        "read)")
d.add("松岭市畜牧业管理局2010年政府信息公开工作年度报告\n\n发布日期:2011-02-14    点击数:\n\n   按照市委、市政府的部署，我局结合"
      "工作实际编制本报告，报告由基本情况、主动公开政府信息情况、依申请公开政府信息情况等五部分组成。\n\n  一、基本情况\n\n"
      "  2010年我局明确了信息公开的职责、程序和时限，")
d.prose("委派2人专门承担信息公开工作。", staff=2)
d.add("\n\n  二、主动公开政府信息情况\n\n")
d.prose("  （一）主动公开政府信息的数量和内容。2010年松岭市畜牧业管理局累计主动公开政府信息41条，", proactive_disclosed=41)
d.add("所列数据的统计时限从2010年1月1日至2010年12月31日。公开内容包括机构设置、动物防疫和工作动态。\n")

d = new("r269_request_form_name_in_brackets_street_2022.txt", "云岭街道", "", "", "", "street", 2022, "narrative", "",
        "prose",
        "M06 no title; '现公布某街道某年…报告' (the bare street; read); P08 '某街道收到《政府信息公开申请表》N件，均已答复' (the "
        "request noun written as a form's name in 《》; read since the fifty-fifth session's 申请表 wording)")
d.add("根据《中华人民共和国政府信息公开条例》规定，现公布云岭街道2022年政府信息公开工作年度报告。本报告所列数据统计时段为2022年1月1日"
      "至2022年12月31日。云岭街道地址：海津市清湾区云岭中街18号。\n一、总体情况\n今年以来，云岭街道以“一门式”服务为依托，认真做好"
      "信息公开工作。\n（一）组织推动政府信息公开工作。把《条例》的学习宣传与年度考核结合起来。\n（二）积极推动政府信息主动公开。"
      "组织社区工作人员在商户和公园宣传便民服务事项。\n")
d.prose("（三）认真规范处理依申请公开。今年，云岭街道收到《政府信息公开申请表》4件，均已按时答复。\n", applications_received=4)

d = new("r270_county_portal_whole_output_one_administrator_county_2023.txt", "松岭黎族自治县人民政府", "", "", "",
        "county", 2023, "narrative", "", "prose",
        "M06 no title; the county government as the first subject (read); P12 '在县政府门户网站主动公开政务信息共N条，其中概况类…' "
        "in the county government's own report, not said to be compiled (the county portal's whole output, the one "
        "channel counted: the figure, relabelled 2026-12-02 by FORMS §2: the one channel used; read); P08 '政府信息依申请公开收到申请N条' (read); P11 '确定一名政府信息管理员' (not a staff count; left out, read "
        "right)")
d.add("(一)总体情况\n2023年，松岭黎族自治县人民政府落实上级关于政府信息公开工作的部署，扎实开展各项工作。\n")
d.prose("(一)主动公开方面。2023年，在县政府门户网站主动公开政务信息共5316条，其中概况类信息96条，政务动态信息1874条，信息公开"
        "目录信息1650条。解读信息发布总数7条，专题专栏维护数12条。\n", proactive_disclosed=5316)
d.prose("(二)依申请公开方面。2023年政府信息依申请公开收到申请11条，", applications_received=11)
d.add("及时回复11条。\n(三)政府信息管理方面。由主要领导亲自抓，并确定一名政府信息管理员，完善各项保密制度。\n")

d = new("r271_name_only_in_source_line_and_e_version_city_commission_2023.txt", "海津市发展和改革委员会", "", "", "",
        "city_department", 2023, "narrative", "2024-01-19", "prose",
        "M07 a heading with no agency and no year ('政府信息公开工作年报'); M02 '发布时间:… 来源:X字号:[ 大 中 小 ]分享:' on one "
        "line (the date read; M03); M06 the commission named only in the 来源 field and in '本报告电子版可从X门户网站获取' "
        "(blank until parser commit 2fe50ea; now read from the 来源 field); P04 and P02 '某年网站发布政务信息N条，"
        "其中法定主动公开a条…' (the site the only channel named; read)")
d.add("政府信息公开工作年报\n发布时间: 2024-01-19 10:20:00来源:海津市发展和改革委员会字号:[ 大 中 小 ]分享:\n本报告根据《中华人民"
      "共和国政府信息公开条例》有关要求编制，数据统计期限自2023年1月1日至2023年12月31日。本报告电子版可从海津市发展和改革委员会"
      "门户网站获取。\n一、总体情况\n坚持以公开为常态、不公开为例外，深化重点领域信息公开。\n")
d.prose("(一)主动公开情况。在网站首页设置政府信息公开栏目，完善栏目分类。2023年网站发布政务信息861条，", proactive_disclosed=861)
d.add("其中法定主动公开142条，概况类信息11条，政务动态信息708条。\n(二)依申请公开情况。持续规范依申请公开流程，丰富申请渠道。\n")

d = new("r272_received_zero_no_unit_verb_jieshou_city_office_2023.txt", "海津市人民政府外事办公室", "", "", "",
        "city_department", 2023, "narrative", "2024-01-26", "prose",
        "M00 title; M02 '发布时间:… 浏览次数:N次 【字体:' (read); P01 '本年度政务公开信息共计N条' (read); P08 and P14 "
        "'某年度市外办接受自然人依申请公开事项0' (the verb 接受, no unit, at the line's end; not read yet)")
d.add("海津市人民政府外事办公室2023年度政府信息公开工作年度报告\n\n发布时间:2024-01-26   浏览次数:2187次   【字体:\n\n2023年，"
      "市外办认真贯彻落实《中华人民共和国政府信息公开条例》，按照市政府政务公开工作要点的要求做好政府信息公开工作。现将有关情况"
      "报告如下:\n\n一、总体情况\n\n")
d.prose("(一)主动公开方面。市外办在政府官网做好政策法规、机构简介和预决算等板块的更新，本年度政务公开信息共计14条。",
        proactive_disclosed=14)
d.add("\n\n(二)依申请公开方面。依法依规开展政府信息依申请公开工作，申请渠道畅通。")
d.prose("2023年度市外办接受自然人依申请公开事项0\n\n", applications_received=0)
d.add("(三)政府信息管理方面。严格执行三审三校制度，2023年市外办制发规范性文件0件。\n")


# ---- seventeenth round (issue 9, study17): r273–r280 ----------------------------------------
def pc(doc: Doc, *lines: str) -> None:
    """Label or header cells printed one to a line, each ending ' |' (round 17's pipe-cell pages)."""
    doc.add("".join(f"{s} |\n" for s in lines))


def pc_values(doc: Doc, cells) -> None:
    """(printed, code, status, value) cells one to a line ending ' |'; status None reads the printed value."""
    for printed, code, status, value in cells:
        if status is None:
            doc.value(printed, code)
        else:
            doc.raw(printed, code, value, status)
        doc.add(" |\n")


d = new("r273_weizengweijian_cells_county_bureau_2020.txt", "县农业农村局", "", "", "", "county_department", 2020,
        "ogi2019", "", "pipe_cell",
        "M08 a title naming only '县某局' (the county never printed; kept as printed, read); T01 a 2019 表二 one cell "
        "per line ending ' |' with no '|||' lines, '本年新 制作数量' and '自然 人' split by spaces (T06); T12 every "
        "本年增/减 cell prints '未增未减' (unreadable; the whole table and 表三 were read with the 2021 form's codes until "
        "the round-17 change: now the 规章, 规范性文件 and 采购 rows and 表三 read under the 2019 codes, now read; the "
        "five rows holding the word, the fee row ending on it, read since the thirty-seventh session); 表三's blank "
        "applicant cells as bare '|' lines before "
        "the 总计 (blank; read); P08 and P01 the prose's received and proactive counts (read); T11 cut in 表三")
d.add("县农业农村局2020年度政府信息公开工作年度报告\n总体情况\n2020年，我局按照省政府办公厅转发的年度报告通知要求，把政务"
      "公开列入局党组的重要议事日程，坚持围绕中心、服务群众，推进决策、执行、管理、服务和结果公开。")
d.prose("全年通过县政府门户网站主动公开政府信息73条，", proactive_disclosed=73)
d.prose("收到政府信息公开申请2件，均已按期答复。\n", applications_received=2)
d.add("主动公开政府信息情况\n")
pc(d, "第二十条第(一)项", "信息内容", "本年新 制作数量", "本年新 公开数量", "对外公开总数量", "规章")
pc_values(d, [("0", f"2019.t2.rules.{c}", None, "") for c in ("new_made", "new_published", "total_published")])
pc(d, "规范性文件")
pc_values(d, [("2", f"2019.t2.normative_docs.{c}", None, "") for c in ("new_made", "new_published",
                                                                        "total_published")])
for title, rows in (("第二十条第(五)项", (("行政许可", "license", "4", "57"), ("其他对外管理服务事项", "other_services", "0", "0"))),
                    ("第二十条第(六)项", (("行政处罚", "penalty", "6", "3"), ("行政强制", "coercion", "0", "0")))):
    pc(d, title, "信息内容", "上一年项目数量", "本年增/减", "处理决定数量")
    for label, key, prev, decisions in rows:
        pc(d, label)
        pc_values(d, [(prev, f"2019.t2.{key}.prev_year_items", None, ""),
                      ("未增未减", f"2019.t2.{key}.change", "unreadable", ""),
                      (decisions, f"2019.t2.{key}.decisions", None, "")])
pc(d, "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费")
pc_values(d, [("0", "2019.t2.fees.prev_year_items", None, ""), ("未增未减", "2019.t2.fees.change", "unreadable", "")])
pc(d, "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购")
pc_values(d, [("12", "2019.t2.procurement.items", None, ""), ("86.4312", "2019.t2.procurement.amount", None, "")])
d.add("收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) |\n")
pc(d, "申请人情况", "自然 人", "法人或其他组织", "总计", "商业 企业", "科研 机构", "社会 公益 组织", "法律服务机构", "其他")
d.add("|\n")
for group, label, key, first in ((None, "一、本年新收政府信息公开申请数量", "new_received", "2"),
                                 (None, "二、上年结转政府信息公开申请数量", "carried_over", None),
                                 ("三、本年度办理结果", "(一)予以公开", "granted", "2")):
    if group:
        pc(d, group)
    pc(d, label)
    for ap in APPLICANTS[:6]:
        if ap == "natural_person" and first:
            d.value(first, f"2019.t3.{key}", ap)
            d.add(" |\n")
        else:
            d.raw("|", f"2019.t3.{key}", "", "blank", ap)
            d.add("\n")
    d.value(first or "0", f"2019.t3.{key}", "total")
    d.add(" |\n")
d.add("(二)部分公开(区分处理的，只计这一情形，不计其他情形) |\n")

d = new("r274_other_services_sub_rows_pipe_cell_street_2019.txt", "清河街道办事处", "", "", "", "street", 2019,
        "ogi2019", "", "pipe_cell",
        "M06 no title; the street office as the first subject (read); P02 '某年主动公开政府信息数N条，其中全文电子化率达100%"
        "。主要包括…' (read); P08 '某年依申请公开共受理N件，均为邮寄申请' (not read yet); T01 a 2019 表二 one cell per line "
        "with '|||||' and '||' lines; T06 both headers cut to '本年新' (read); T07 其他对外管理服务事项 broken into two "
        "sub-rows '行政检查' and '行政确认' with three values each (not form rows: no cell; the form row was read from its "
        "first sub-row until the round-17 change: now read); T11 cut in 第二十条第(六)项")
d.add("依据《中华人民共和国政府信息公开条例》第五十条规定，制作本报告。\n一、总体情况\n2019年，清河街道办事处在区委、区政府"
      "领导下，按照新修订的《条例》和上级部署，及时、准确地向辖区居民公开各项政府信息。\n1.主动公开情况\n")
d.prose("2019年主动公开政府信息数412条，其中全文电子化率达100%。", proactive_disclosed=412)
d.add("主要包括部门动态276条、重点领域131条、财政预决算2条以及其他信息等。\n2.依申请公开办理情况:\n")
d.prose("2019年依申请公开共受理3件，均为邮寄申请，", applications_received=3)
d.add("街道在法定期限内以挂号信答复申请人，按时办结。\n3.监督保障及教育培训情况\n街道对各科室、各社区信息员开展了两次业务"
      "培训。\n二、主动公开政府信息情况\n")
d.add("第二十条第(一)项 |\n|||||\n")
pc(d, "信息内容", "本年新", "本年新", "对外公开总数量")
d.add("||\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("2", "2", "5"))):
    pc(d, label)
    pc_values(d, [(v, f"2019.t2.{key}.{c}", None, "") for v, c in zip(vals, ("new_made", "new_published",
                                                                            "total_published"))])
    d.add("||\n")
d.add("第二十条第(五)项 |\n|||||\n")
pc(d, "信息内容", "上一年项目数量", "本年增/减", "处理决定数量")
d.add("||\n")
pc(d, "行政许可")
pc_values(d, [("0", f"2019.t2.license.{c}", None, "") for c in ("prev_year_items", "change", "decisions")])
d.add("||\n")
pc(d, "其他对外管理服务事项", "行政检查", "4", "0", "37")
d.add("|\n")
pc(d, "行政确认", "0", "+1", "12")
d.add("||\n第二十条第(六)项 |\n|||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n")

d = new("r275_guifanxing_wenjian_misprinted_headers_line_cell_town_2023.txt", "石湾镇人民政府", "", "", "",
        "township", 2023, "ogi2021", "2024-01-18", "line_cell",
        "M08 a place-only title '某镇某年…' under '来源: 某镇人民政府 发布时间:…' (the 来源's government; read); M10 "
        "'统计时限为yyyy1月1日至yyyy12月31日' (年 lost; read); P17 and P06 '截至yyyy12月31日通过“某某”微信公众号发布信息N条' "
        "while the website and notice boards are also used (no figure; read right); P12 '累计发布工作动态N条' (one kind; no "
        "figure; read right); T02 a 2021 表二 one value per line with blank lines; T06 '本年发件' and '现行有效件' (read); T07 "
        "'规范性文件' without 行政 under the 2021 headers (the 2021 row since the round-16 change: read)")
d.add("石湾镇2023年政府信息公开工作年度报告\n\n来源: 石湾镇人民政府 发布时间: 2024-01-18 09:30\n\n本报告包括总体情况、主动公开政府信息"
      "情况、收到和处理政府信息公开申请情况等6项内容。所列数据统计时限为20231月1日至202312月31日。\n\n一、总体情况\n\n(一)主动公开"
      "方面。2023年，我镇依法做好政府信息公开工作，重点公开惠民资金、项目建设和人居环境整治等信息。\n\n(二)政务新媒体方面。严格执行"
      "三审三校，及时发布工作动态和政策解读。截至202312月31日通过“石湾发布”微信公众号发布信息318条。\n\n(三)公开渠道方面。以政府网站"
      "为载体，同时用好各村公告栏和镇便民服务中心的电子屏，2023年，石湾镇累计发布工作动态52条、公布政策类文件6份。\n\n"
      "二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年发件\n\n本年废止件数\n\n现行有效件\n\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("1", "0", "3"))):
    d.add(label + "\n\n")
    for v, c in zip(vals, ("issued", "repealed", "in_force")):
        d.value(v, f"2021.t2.{key}.{c}")
        d.add("\n\n")
for title, head, rows in (("第二十条第(五)项", "本年处理决定数量", (("行政许可", "license", "decisions", "15"),)),
                          ("第二十条第(六)项", "本年处理决定数量", (("行政处罚", "penalty", "decisions", "2"),
                                                              ("行政强制", "coercion", "decisions", "0"))),
                          ("第二十条第(八)项", "本年收费金额(单位:万元)", (("行政事业性收费", "fees", "amount", "0"),))):
    d.add(f"{title}\n\n信息内容\n\n{head}\n\n")
    for label, key, col, v in rows:
        d.add(label + "\n\n")
        d.value(v, f"2021.t2.{key}.{col}")
        d.add("\n\n")

d = new("r276_total_then_zhudong_yishenqing_short_rows_district_bureau_2020.txt", "清湾区交通运输局", "", "", "",
        "county_department", 2020, "ogi2019", "", "markdown",
        "M07 the title printed again with the agency indented on a line of its own (read); P02 '某年，我局公开信息N条，其中"
        "主动公开a条(包括…)，依申请公开b条' (a is the year's proactive figure, b the requests; the total N was taken until "
        "the round-17 change: now read); T03 pipe rows without a leading pipe; T06 both headers cut to '本年新' (read); "
        "T10 '行政许可 | a | b | |' and '其他对外管理服务事项 | a | b | |' printing two values in three columns (b looks like "
        "the decisions; ambiguous, no cell: still read by order); T12 a signed change '-2' (read); T11 cut in (九)")
d.add("清湾区交通运输局2020年政府信息公开工作年度报告\n \n      清湾区交通运输局\n2020年政府信息公开工作年度报告\n一、总体情况\n"
      "区交通运输局根据《中华人民共和国政府信息公开条例》等要求，及时、规范公开本部门政务信息。")
d.prose("2020年，我局公开信息392条，其中主动公开377条(包括道路建设、客运管理、公交线路调整、执法公示等信息)，依申请公开15条。",
        proactive_disclosed=377, applications_received=15)
d.add("为方便群众了解信息，我局通过区政府门户网站、办事大厅电子屏和“清湾交通”微信公众号三种方式公开政府信息。\n"
      "二、主动公开政府信息情况\n")
d.add("第二十条第(一)项 | |||\n信息内容 | 本年新 | 本年新 | 对外公开总数量 |\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("1", "1", "8"))):
    d.add(f"{label} | ")
    d.put(list(zip(vals, ("new_made", "new_published", "total_published"))), f"2019.t2.{key}")
    d.add("\n")
d.add("第二十条第(五)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n")
for label, a, b in (("行政许可", "58", "1206"), ("其他对外管理服务事项", "21", "977")):
    d.ambiguous()
    d.add(f"{label} | {a} | {b} | |\n")
d.add("第二十条第(六)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n行政处罚 | ")
d.put([("37", "prev_year_items"), ("-2", "change"), ("15", "decisions")], "2019.t2.penalty")
d.add("\n行政强制 | ")
d.put([("0", "prev_year_items"), ("0", "change"), ("0", "decisions")], "2019.t2.coercion")
d.add("\n第二十条第(八)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | |\n行政事业性收费 | ")
d.put([("0", "prev_year_items"), ("0", "change")], "2019.t2.fees")
d.add("|\n第二十条第(")

d = new("r277_empty_rows_compiler_wechat_after_total_town_2019.txt", "松湖镇人民政府", "", "", "", "township", 2019,
        "ogi2019", "", "markdown",
        "M06 no title; '由X编制' (read); P02 '某年，主动公开政府信息N条，其中信息公开目录信息更新N条' with a WeChat account's "
        "'推送信息M条' as a supplement after it (the stated total; read); P13 '维护栏目数为N个' (not OGI; read right); T03 "
        "2019 pipe rows whose 规章 and 规范性文件 rows print only empty cells ('规章 | ||||'; blank cells not kept as blank: "
        "not read yet); T06 '本年新 公开数量' and '对外公开 总数量' with spaces (read); T11 cut in (六)")
d.add("本年度报告根据《中华人民共和国政府信息公开条例》和省政府信息公开规定的要求，由松湖镇人民政府编制。全文包括概述、主动公开政府"
      "信息情况、依申请公开政府信息情况等六个部分，并附2019年度松湖镇政府信息公开情况统计表。本年度报告中所列数据的统计期限从2019年"
      "1月1日到12月31日止。如对本年度报告有疑问，请与松湖镇人民政府办公室联系。\n一、概 述\n2019年，松湖镇按照全面推进政务公开的"
      "要求，抓细抓实信息公开，增强政府工作透明度。\n二、主动公开政府信息情况\n")
d.prose("2019年，主动公开政府信息27条，其中信息公开目录信息更新27条。", proactive_disclosed=27)
d.add("2019年维护栏目数为4个。\n主动公开途径为：1、政府网站。按照市政府要求完善栏目信息。2、政务微信。利用“松湖之声”微信公众号"
      "发布工作动态和政策解读，2019年推送信息164条，是对信息公开的有益补充。\n主动公开政府信息情况\n第二十条第(一)项 | ||||\n"
      "信息内容 | 本年新制作数量 | 本年新 公开数量 | 对外公开 总数量 | |\n")
for label, key in (("规章", "rules"), ("规范性文件", "normative_docs")):
    d.add(f"{label} | ")
    for c in ("new_made", "new_published", "total_published"):
        d.raw("|", f"2019.t2.{key}.{c}", "", "blank")
    d.add("|\n")
d.add("第二十条第(五)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n")
for label, key, vals in (("行政许可", "license", ("2", "0", "31")), ("其他对外管理服务事项", "other_services", ("0", "0", "0"))):
    d.add(f"{label} | ")
    d.put(list(zip(vals, ("prev_year_items", "change", "decisions"))), f"2019.t2.{key}")
    d.add("|\n")
d.add("第二十条第(六)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 \n")

d = new("r278_traditional_pipe_cell_unnamed_bureau_2024.txt", "", "", "", "", "county_department", 2024,
        "ogi2021", "", "traditional",
        "M14 and M12 a traditional copy on an unrelated domain; M06 never named ('本局'; blank, read right); P01 and P06 "
        "'截止yyyy年12月31日，本局某年度主動公開政府信息數…計N條' (the year named; not read yet); P08 '本局某年度收到N件針對"
        "本部門…的申請' (the count before a long noun phrase; not read yet); P10 '均未收取任何費用' (read); P13 hotline "
        "replies and '…0次' (not OGI; read right); T01 a 2021 表二 one cell per line ending ' |' with '|||' and '||' lines; "
        "T12 a fee '3.75' in 萬元 (read); T11 cut in 表三's header")
d.add("一、總體情況\n(一)主動公開情況\n")
d.prose("截止2024年12月31日，本局2024年度主動公開政府信息數各渠道合并計算共計41條。", proactive_disclosed=41)
d.add("主要包括抽檢結果公示、監督檢查計劃和行政處罰信息等內容。\n(二)依申請公開情況\n")
d.prose("本局2024年度收到3件針對本部門有關政府信息公開事務的申請，", applications_received=3)
d.prose("本局2024年度政府信息公開均未收取任何費用。\n", fees_10k_yuan=0)
d.add("(三)政府信息管理情況\n(1)回應公眾關注熱點情況。2024年，我單位于市長熱線進行186條回復解讀。\n(2)參加或舉辦新聞發布會總次數0次。"
      "\n(四)平臺建設情況\n本局無單獨網站。\n二、主動公開政府信息情況\n第二十條 第(一)項 |\n|||\n")
pc(d, "信息內容", "本年制發件數", "本年廢止件數", "現行有效件數")
for label, key in (("規章", "rules"), ("行政規范性文件", "normative_docs")):
    pc(d, label)
    pc_values(d, [("0", f"2021.t2.{key}.{c}", None, "") for c in ("issued", "repealed", "in_force")])
for title, head, rows in (("第二十條 第(五)項", "本年處理決定數量", (("行政許可", "license", "decisions", "1532"),)),
                          ("第二十條 第(六)項", "本年處理決定數量", (("行政處罰", "penalty", "decisions", "64"),
                                                              ("行政強制", "coercion", "decisions", "18"))),
                          ("第二十條 第(八)項", "本年收費金額(單位:萬元)", (("行政事業性收費", "fees", "amount", "3.75"),))):
    d.add(f"{title} |\n|||\n信息內容 |\n{head} |\n||\n")
    for label, key, col, v in rows:
        pc(d, label)
        pc_values(d, [(v, f"2021.t2.{key}.{col}", None, "")])
        d.add("||\n")
d.add("|\n|\n三、收到和處理政府信息公開申請情況\n(本列數據的勾稽關系為:第一項加第二項之和，等于第三項加第四項之和) |\n申請人情況 |\n"
      "||||||||\n自然人 |\n法人或其他組織 |\n總計 |\n")

d = new("r279_zero_slash_zero_cells_spam_notice_county_bureau_2020.txt", "", "", "", "", "county_department", 2020,
        "ogi2019", "", "pipe_cell",
        "M14 a betting brand pasted into a quoted notice's name ('《国务院办公厅某某体育投注,某某备用网址印发…的通知》'); M06 "
        "never named ('我局'; blank, read right); P01, P05 and P06 '某年度，我局…通过单位电子显示屏，微信公众号，政府网站等载体，"
        "共累计发布信息N条，其中…' with one account's '微信公众号“某某”制作发布推文M条' after it (累计 with the year named; not read "
        "yet); P08 and P09 '未收到公开政府信息申请，未收到…行政复议或"
        "行政诉讼' (read); T01 a 2019 表二 one cell per line with '||||' lines; T06 both headers '本年新' (read); T12 '0/0' "
        "in every 本年增/减 cell (unreadable; the five rows, the fee row ending on it, read since the thirty-seventh "
        "session) and '86.52万元' (read); T11 cut "
        "in 表三's note")
d.add("一、总体情况\n2020年以来，我局按照《中华人民共和国政府信息公开条例》，《国务院办公厅乐彩体育投注,乐彩备用网址印发2020年"
      "政务公开工作要点的通知》等文件精神，在县委县政府的领导下，扎实抓好政府信息公开各项工作的落实。")
d.prose("2020年度,我局采取多样化的政府信息公开形式,通过单位电子显示屏,微信公众号,政府网站等载体,共累计发布信息512条,",
        proactive_disclosed=512)
d.add("其中工作动态栏目发布信息401条;社会救助栏目发布信息63条;部门预算公开2条。全年共制作规范性文件45份,微信公众号“松岭民政”制作发布推文76条。")
d.prose("2020年度,我局未收到公开政府信息申请,", applications_received=0)
d.prose("未收到有关政府信息公开工作的行政复议或行政诉讼。", review_cases=0, litigation_cases=0)
d.add("本年报所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n||||\n")
pc(d, "信息内容", "本年新", "本年新", "对外公开总数量")
d.add("|\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("45", "0", "0"))):
    pc(d, label)
    pc_values(d, [(v, f"2019.t2.{key}.{c}", None, "") for v, c in zip(vals, ("new_made", "new_published",
                                                                            "total_published"))])
    d.add("|\n")
for title, rows in (("第二十条第(五)项", (("行政许可", "license"), ("其他对外管理服务事项", "other_services"))),
                    ("第二十条第(六)项", (("行政处罚", "penalty"), ("行政强制", "coercion")))):
    d.add(f"{title} |\n||||\n")
    pc(d, "信息内容", "上一年项目数量", "本年增/减", "处理决定数量")
    d.add("|\n")
    for label, key in rows:
        pc(d, label)
        pc_values(d, [("0", f"2019.t2.{key}.prev_year_items", None, ""),
                      ("0/0", f"2019.t2.{key}.change", "unreadable", ""),
                      ("0", f"2019.t2.{key}.decisions", None, "")])
        d.add("|\n")
d.add("第二十条第(八)项 |\n||||\n")
pc(d, "信息内容", "上一年项目数量", "本年增/减")
d.add("||\n")
pc(d, "行政事业性收费")
pc_values(d, [("0", "2019.t2.fees.prev_year_items", None, ""), ("0/0", "2019.t2.fees.change", "unreadable", "")])
d.add("||\n第二十条第(九)项 |\n||||\n")
pc(d, "信息内容", "采购项目数量", "采购总金额")
d.add("||\n")
pc(d, "政府集中采购")
pc_values(d, [("1", "2019.t2.procurement.items", None, ""),
              ("86.52万元", "2019.t2.procurement.amount", "reported", "86.52")])
d.add("||\n|\n|\n|\n|\n|\n三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为：第一项")

d = new("r280_procurement_under_fee_headers_keyan_qiye_district_bureau_2019.txt", "", "", "", "", "county_department",
        2019, "ogi2019", "", "markdown",
        "M06 never named ('我局'; blank, read right); P11 '安排了专人担任联络员' (no count; read right); P08 '本年度共收到政府"
        "信息公开申请1件' (read); T03 2019 pipe rows without a leading pipe; T06 第二十条第(九)项 printed under (八)'s headers "
        "('上一年项目数量 | 本年增/减') so its two zeros cannot be placed (no cell; still read by position as the items and the "
        "amount) and 表三's header '科研企业' for 科研机构 (read); 表三 rows of seven values (read); T11 cut in (三)")
d.add("一、总体情况\n2019年，我局认真贯彻《中华人民共和国政府信息公开条例》和《中华人民共和国统计法》，把政府信息公开作为统计工作"
      "公开透明的重要抓手。为确保工作顺利推进，成立局政务信息公开工作领导小组，安排了专人担任联络员，负责政务信息公开的协调实施和群众"
      "咨询回复。")
d.prose("本年度共收到政府信息公开申请1件，已在法定期限内答复。\n", applications_received=1)
d.add("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 |\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("0", "0", "2"))):
    d.add(f"{label} | ")
    d.put(list(zip(vals, ("new_made", "new_published", "total_published"))), f"2019.t2.{key}")
    d.add("\n")
for title, rows in (("第二十条第(五)项", (("行政许可", "license"), ("其他对外管理服务事项", "other_services"))),
                    ("第二十条第(六)项", (("行政处罚", "penalty"), ("行政强制", "coercion")))):
    d.add(f"{title} | |||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 |\n")
    for label, key in rows:
        d.add(f"{label} | ")
        d.put([("0", "prev_year_items"), ("0", "change"), ("0", "decisions")], f"2019.t2.{key}")
        d.add("\n")
d.add("第二十条第(八)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | |\n行政事业性收费 | ")
d.put([("0", "prev_year_items"), ("0", "change")], "2019.t2.fees")
d.add("|\n第二十条第(九)项 | |||\n信息内容 | 上一年项目数量 | 本年增/减 | |\n")
d.ambiguous()
d.add("政府集中采购 | 0 | 0 | |\n三、收到的处理政府信息公开申请情况\n(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)"
      " | 申请人情况 | ||||||||\n自然人 | 法人或其他组织 | 总计 | |||||||\n商业企业 | 科研企业 | 社会公益组织 | 法律服务机构 | 其他 |"
      " |||||\n")
t3 = t3_values([1, 0, 0, 0, 0, 0])
for group, label, key in ((None, "一、本年新收政府信息公开申请数量", "new_received"),
                          (None, "二、上年结转政府信息公开申请数量", "carried_over"),
                          ("三、本年度办理结果", "(一)予以公开", "granted"),
                          (None, "(二)部分公开(区分处理的，只计这一情形，不计其他情形)", "partial")):
    d.add((f"{group} | " if group else "") + f"{label} | ")
    for printed, ap in zip(t3.get(key, ["0"] * 7), APPLICANTS):
        d.value(printed, f"2019.t3.{key}", ap)
        d.add(" | ")
    d.add("|\n" if group else "||\n")
d.add("(三)不予公开 | 1.属于国家秘密 |")


# ---- eighteenth round (issue 9, study18): r281–r288 ----------------------------------------
GAP = "\n\n"

d = new("r281_quannian_gongkai_under_heading_weixin_shoudao_town_2025.txt", "大营镇人民政府", "", "", "", "township",
        2025, "narrative", "", "prose",
        "M03 a site-chrome line ('主办单位:某县人民政府办公室 …') above a place-only title (M08; the government as the prose "
        "prints it, 大营镇人民政府); P01 '(一)主动公开方面' on its own line, then '2025年全年公开N条信息，其中…N项…' with no "
        "主动 and the count before its noun (not read until the round-19 change, when the portal's count below was read in "
        "its place, P17; now read: a numbered heading run into the sentence names no subset); P08 "
        "'未新收到…依申请公开件' (now read); P09 and P10 zeros (read); P17 a portal count under 平台建设 while "
        "the WeChat account and notice boards are used without counts (no figure of its own); T15 the table beyond the "
        "excerpt")
d.add("主办单位:青岚县人民政府办公室 联系电话:0000-6612345 网站标识码:0000000012.\n大营镇2025年政府信息公开工作年度报告\n"
      "根据《中华人民共和国政府信息公开条例》规定编制本报告，所列数据统计期限为2025年1月1日至2025年12月31日。\n一、总体情况\n"
      "2025年，大营镇人民政府围绕乡村振兴和基层治理，把政务公开列入全年重点工作，逐项落实县里部署。\n(一)主动公开方面\n")
d.prose("2025年全年公开286条信息，其中集镇建设公示14项，惠农补贴发放名单37条，", proactive_disclosed=286)
d.add("其余为工作动态和通知公告。\n(二)依申请公开方面\n")
d.prose("本年度，我镇未新收到群众提出的依申请公开件，", applications_received=0)
d.prose("未收取任何费用，", fees_10k_yuan=0)
d.prose("也未发生因政府信息公开引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("(三)平台建设方面\n镇政府依托县政府门户网站“乡镇动态”栏目发布信息，通过门户网站公开信息203条；同时运营“大营发布”"
      "微信公众号，并在12个村的公开栏张贴惠民政策和办事流程。\n(四)监督保障方面\n镇纪委定期抽查公开内容，发现错漏及时更正。\n")

d = new("r282_gongkai_he_gengxin_chengban_shixiang_markdown_county_bureau_2023.txt", "青岚县应急管理局", "", "", "",
        "county_department", 2023, "ogi2021", "", "markdown",
        "M00 plain title; P04 '主动公开和更新了各类信息N条' (the verb 公开和更新; now read); P08 '共承办依申请公开政府信息"
        "事项N件' (not read yet); P09 litigation only ('未发生因…引发的行政诉讼'; read); T03 2021-form markdown rows with a "
        "leading '| ' and a trailing ' | ' (read); T11 cut after the fee row")
d.add("青岚县应急管理局2023年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(一)主动公开情况。2023年，县应急局按照《条例》要求，主动公开和更新了各类信息357条，", proactive_disclosed=357)
d.add("涵盖机构职能、安全生产执法、灾情通报和防汛信息。\n")
d.prose("(二)依申请公开情况。2023年，县应急局共承办依申请公开政府信息事项6件，均在法定期限内答复。",
        applications_received=6)
d.prose("没有因政府信息公开引发行政诉讼。\n", litigation_cases=0)
d.add("(三)政府信息管理情况。局里落实“三审三校”，专人负责信息发布。\n二、主动公开政府信息情况\n"
      "| 第二十条第(一)项 | |||\n| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 | \n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("行政规范性文件", "normative_docs", ("1", "0", "3"))):
    d.add(f"| {label} | ")
    for v, c in zip(vals, ("issued", "repealed", "in_force")):
        d.value(v, f"2021.t2.{key}.{c}")
        d.add(" | ")
    d.add("\n")
d.add("| 第二十条第(五)项 | |||\n| 信息内容 | 本年处理决定数量 | ||\n| 行政许可 | ")
d.value("52", "2021.t2.license.decisions")
d.add(" | ||\n| 第二十条第(六)项 | |||\n| 信息内容 | 本年处理决定数量 | ||\n| 行政处罚 | ")
d.value("18", "2021.t2.penalty.decisions")
d.add(" | ||\n| 行政强制 | ")
d.value("0", "2021.t2.coercion.decisions")
d.add(" | ||\n| 第二十条第(八)项 | |||\n| 信息内容 | 本年收费金额(单位:万元) | ||\n| 行政事业性收费 | ")
d.value("0", "2021.t2.fees.amount")
d.add(" | ||\n三、")

d = new("r283_province_short_name_fabu_ge_lei_province_department_2022.txt", "青海省交通运输厅", "青海省", "", "",
        "province_department", 2022, "narrative", "", "prose",
        "M06 no title; the department named in full as its first sentence's subject, then '现将省交通运输厅…报告如下' "
        "(the short name took the place of the full one until the round-18 change: now read); P01 '在厅门户网站发布N条"
        "各类政府信息' (the count before its noun; now read); P08 received (read); P13 licences handled online (not "
        "OGI); T15")
d.add("依据国办公开办关于年度报告的通知和省政府的部署，2022年，青海省交通运输厅围绕综合交通建设和"
      "行业安全监管，推进决策、执行、管理、服务、结果公开。现将省交通运输厅2022年度政府信息公开工作报告如下:\n"
      "一、总体情况\n(一)主动公开。")
d.prose("全年在厅门户网站发布412条各类政府信息，", proactive_disclosed=412)
d.add("重点公开公路建设计划、运输市场信用评价和重大项目招投标结果；网上办理道路运输许可1863件，结果全部公示。\n"
      "(二)依申请公开。")
d.prose("全年新收到政府信息公开申请9件，", applications_received=9)
d.add("均按期办结。\n(三)政府信息管理。厅办公室牵头，业务处室分工负责，发布前逐条审核。\n")

d = new("r284_county_own_shorter_t2_headers_county_bureau_2020.txt", "衡岭县应急管理局", "", "", "",
        "county_department", 2020, "ogi2019", "2021-01-20", "markdown",
        "M00 plain title with a date line; P04 the one portal's count (read); P08 received 0 (read); T06/T10 a county's "
        "own, fewer 表二 columns: (一) '本年新制作数量 | 对外公开总数量' with no 新公开 column, (五) '项目数量 | "
        "处理决定数量' (项目数量 is not the form's 上一年项目数量: not placed) and (六) '处理决定数量' alone (such sections "
        "were read by position into the form's three columns until the round-18 change; now no value is placed: the "
        "cells the reader places by their header words not read yet); (八) and (九) printed with the form's columns "
        "(read); T11 cut in 表三's header")
d.add("衡岭县应急管理局2020年政府信息公开工作年度报告\n发布日期：2021-01-20\n一、总体情况\n2020年，我局依托县政府门户网站推进"
      "政务公开，公开内容包括机构概况、工作动态、通知公告和应急管理信息。")
d.prose("全年经县政府门户网站公开各类政务信息64条。", proactive_disclosed=64)
d.prose("我局今年未收到政府信息公开申请。\n", applications_received=0)
d.add("二、主动公开政府信息情况\n第二十条第(一)项 | ||||\n信息内容 | 本年新制作数量 | 对外公开总数量 | ||\n规范性文件 | ")
d.value("2", "2019.t2.normative_docs.new_made")
d.add(" | ")
d.value("5", "2019.t2.normative_docs.total_published")
d.add(" | ||\n第二十条第(五)项 | ||||\n信息内容 | 项目数量 | 处理决定数量 | ||\n行政许可 | ")
d.value("5", None)
d.add(" | ")
d.value("87", "2019.t2.license.decisions")
d.add(" | ||\n第二十条第(六)项 | ||||\n信息内容 | 处理决定数量 | |||\n行政处罚 | ")
d.value("23", "2019.t2.penalty.decisions")
d.add(" | |||\n行政强制 | ")
d.value("0", "2019.t2.coercion.decisions")
d.add(" | |||\n第二十条第(八)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | ||\n行政事业性收费 | ")
d.put([("0", "prev_year_items"), ("0", "change")], "2019.t2.fees")
d.add("||\n第二十条第(九)项 | ||||\n信息内容 | 采购项目数量 | 采购总金额 | ||\n政府集中采购 | ")
d.put([("3", "items"), ("41.6", "amount")], "2019.t2.procurement")
d.add("||\n三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) | 申请人情况 |")

d = new("r285_t3_one_value_after_bare_bar_pipe_cell_unnamed_township_2019.txt", "", "", "", "", "township", 2019,
        "ogi2019", "", "pipe_cell",
        "M06 the township never names itself ('我乡'; blank); P13 '主动公开信息N条，其中退回a条，推送b条' (which was "
        "disclosed cannot be told: no figure; the first count still read); T01 a 2019 表二 one cell per line ending ' |' with '||||' and bare '|' "
        "lines (read); T05/T10 表三 rows that print one value after a bare '|' line in a seven-column row (not placed: "
        "no cell; a row cut by the text's end was read left to right until the round-18 change: now nothing is read); "
        "T11 cut in 表三")
d.add("一、总体情况\n我乡依照《条例》推进政务公开，方便群众了解乡里各项工作。")
d.prose("2019年度，我乡主动公开信息95条，其中退回2条，推送93条，")
d.add("内容涉及脱贫攻坚、人居环境整治和安全生产。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n||||\n")
for h in ("信息内容", "本年新", "本年新", "对外公开总数量"):
    d.add(h + " |\n")
d.add("|\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("3", "3", "3"))):
    d.add(label + " |\n")
    for v, c in zip(vals, ("new_made", "new_published", "total_published")):
        d.value(v, f"2019.t2.{key}.{c}")
        d.add(" |\n")
    d.add("|\n")
for title, head, rows in (("第二十条第(五)项", ("上一年项目数量", "本年增/减", "处理决定数量"),
                           (("行政许可", "license", ("0", "0", "6")), ("其他对外管理服务事项", "other_services",
                                                                   ("0", "0", "0")))),
                          ("第二十条第(六)项", ("上一年项目数量", "本年增/减", "处理决定数量"),
                           (("行政处罚", "penalty", ("0", "0", "0")), ("行政强制", "coercion", ("0", "0", "0"))))):
    d.add(title + " |\n||||\n信息内容 |\n" + "".join(h + " |\n" for h in head) + "|\n")
    for label, key, vals in rows:
        d.add(label + " |\n")
        for v, c in zip(vals, ("prev_year_items", "change", "decisions")):
            d.value(v, f"2019.t2.{key}.{c}")
            d.add(" |\n")
        d.add("|\n")
d.add("第二十条第(八)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n||\n行政事业性收费 |\n")
for v, c in (("0", "prev_year_items"), ("0", "change")):
    d.value(v, f"2019.t2.fees.{c}")
    d.add(" |\n")
d.add("||\n第二十条第(九)项 |\n||||\n信息内容 |\n采购项目数量 |\n采购总金额 |\n||\n政府集中采购 |\n")
for v, c in (("0", "items"), ("0", "amount")):
    d.value(v, f"2019.t2.procurement.{c}")
    d.add(" |\n")
d.add("三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和) |\n申请人情况 |\n"
      "||||||||\n自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n商业企业 |\n科研机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n"
      "|||||\n")
for label in ("一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量"):
    d.add(label + " |\n|\n")
    d.value("0", None)
    d.add(" |\n|||||||\n")
d.add("三、本年度办理结果 |\n(一)予以公开 |\n|\n")
d.value("0", None)
d.add(" |\n||||||\n(二)部分公开(区分处理的，只计这一情形，不计其他情形) |\n|\n")
d.value("0", None)
d.add(" |\n")

d = new("r286_one_cell_per_line_tail_fragment_street_2019.txt", "东湖街道办事处", "", "", "", "street", 2019,
        "ogi2019", "2020-01-21", "line_cell",
        "M02 '发布日期:… 点击数:' under a place-only title; M08 the government printed in the preamble and the contact "
        "line ('东湖街道办事处'; read); M10 '20191月1日' with the month's digits run into the year (the year read); P06 "
        "'201912月31日，…网站共发送N条信息' (a count up to a date with no year word: no figure); P08 and P09 zeros "
        "(read); T02 a 2019 表二 one value per line with blank lines, '本年新' / '制作数量' split (T06; read); T11 a cut "
        "fragment '20' after the procurement row (that row not read yet: a fragment after the last row spoils it)")
d.add("登录 |   注册\n\n东湖街道2019年政府信息公开工作年度报告\n\n发布日期:2020-01-21    点击数:\n\n一、总体情况\n\n"
      "本年度报告根据《条例》和区政府有关要求，由东湖街道办事处汇总各科室、各社区的信息公开情况编制。统计期限自20191月1日"
      "起至201912月31日止。如有疑问，请与东湖街道办事处党政办联系。\n\n")
d.prose("2019年度街道未接到公民提出的公开政府信息申请。\n\n", applications_received=0)
d.prose("至201912月31日，街道门户网站共推送46条信息。\n\n")
d.prose("2019年，街道没有因信息公开申请被申请行政复议或被提起行政诉讼。\n\n", review_cases=0, litigation_cases=0)
d.add("二、主动公开政府信息情况" + GAP)
for title, head, rows in (
        ("第二十条第(一)项", ("本年新" + GAP + "制作数量", "本年新" + GAP + "公开数量", "对外公开总数量"),
         (("规章", "rules", ("0", "0", "0"), ("new_made", "new_published", "total_published")),
          ("规范性文件", "normative_docs", ("1", "1", "4"), ("new_made", "new_published", "total_published")))),
        ("第二十条第(五)项", ("上一年项目数量", "本年增/减", "处理决定数量"),
         (("行政许可", "license", ("2", "0", "15"), ("prev_year_items", "change", "decisions")),
          ("其他对外管理服务事项", "other_services", ("0", "0", "0"), ("prev_year_items", "change", "decisions")))),
        ("第二十条第(六)项", ("上一年项目数量", "本年增/减", "处理决定数量"),
         (("行政处罚", "penalty", ("0", "0", "0"), ("prev_year_items", "change", "decisions")),
          ("行政强制", "coercion", ("0", "0", "0"), ("prev_year_items", "change", "decisions")))),
        ("第二十条第(八)项", ("上一年项目数量", "本年增/减"),
         (("行政事业性收费", "fees", ("0", "0"), ("prev_year_items", "change")),)),
        ("第二十条第(九)项", ("采购项目数量", "采购总金额"),
         (("政府集中采购", "procurement", ("0", "0"), ("items", "amount")),))):
    d.add(title + GAP + "信息内容" + GAP + "".join(h + GAP for h in head))
    for label, key, vals, cols in rows:
        d.add(label + GAP)
        for v, c in zip(vals, cols):
            d.value(v, f"2019.t2.{key}.{c}")
            d.add(GAP)
d.add("20")

d = new("r287_traditional_indented_labels_dangan_city_commission_2020.txt", "海津市国资委", "", "", "",
        "city_department", 2020, "ogi2019", "", "traditional",
        "M00/M12 a traditional-character title with the commission's short name (read); P02 '通過網站、微信等渠道主動公開"
        "信息N條，其中：…' (a total over channels; read); P08 '新收到…申請N件，辦結M件' (read); T02 a one-value-per-line "
        "表二 whose row labels are indented by two spaces, T07 '規範性檔案' for 规范性文件, the (五)(六)(八) rows printed "
        "with no values (blank) (no cell read: not read yet); T11 cut in (九)'s header")
d.add("海津市國資委2020年政府信息公開工作年度報告\n\n2020年，我委圍繞國資監管重點工作推進政務公開，"
      "依法辦理依申請公開。\n\n")
d.prose("主動公開持續深化。2020年我委通過網站、微信等渠道主動公開信息1846條，其中：機構概況5條，預決算信息4條，工作動態"
        "1530條，其他307條。\n", proactive_disclosed=1846)
d.prose("  依申請公開規範辦理。全年新收到政府信息公開申請17件，已辦結15件。\n", applications_received=17)
d.add("  平台建設穩步推進。按要求遷移至省政務網站平台。\n二、主動公開政府信息情況\n  第二十條第(一)項\n  信息內容\n"
      "本年新製作數量\n本年新公開數量\n對外公開總數量\n")
for label, key, vals in (("規章", "rules", ("0", "0", "0")), ("規範性檔案", "normative_docs", ("3", "3", "88"))):
    d.add(f"  {label}\n")
    for v, c in zip(vals, ("new_made", "new_published", "total_published")):
        d.value(v, f"2019.t2.{key}.{c}")
        d.add("\n")
three = ("prev_year_items", "change", "decisions")
for title, rows, cols in (("第二十條第(五)項", (("行政許可", "license"), ("其他對外管理服務事項", "other_services")), three),
                          ("第二十條第(六)項", (("行政處罰", "penalty"), ("行政強制", "coercion")), three),
                          ("第二十條第(八)項", (("行政事業性收費", "fees"),), three[:2])):
    d.add(f"  {title}\n  信息內容\n" + ("上一年項目數量\n本年增/減\n處理決定數量\n" if len(cols) == 3
                                      else "上一年項目數量\n本年增/減\n"))
    for label, key in rows:
        d.add(("  " if key != "other_services" else "") + label + "\n")
        for c in cols:
            d.raw("", f"2019.t2.{key}.{c}", "", "blank")
d.add("  第二十條第(九)項\n  信息內容\n採購項目數")

d = new("r288_first_row_cut_site_name_no_unit_town_2023.txt", "青岚县石门镇", "", "", "", "township", 2023,
        "ogi2021", "2024-01-09", "line_cell",
        "M08 a place-only title with its county ('青岚县石门镇2023年度…'); the only '镇政府' is inside the site's name "
        "'石门镇政府网站' (the bare place; the parser joins the county to the site's name: still read, a name built from "
        "a compound name); M10 '截至202312月31日'; P01 '全年累计主动公开政府信息N，其中…' with no unit after the total "
        "(not read yet); P08 received 1 and P10 '未收取任何相关费用' (read); T02 a 2021 表二 one value per line; T11 the "
        "excerpt ends after the first 规章 row, at '规范性' (the row read since 159797b: one 表二 row under its printed headers)")
d.add("青岚县石门镇2023年度政府信息公开工作年度报告\n\n发布时间: 2024-01-09 字体:[]\n\n\n一、总体情况\n\n2023年，石门镇按照县里"
      "统一部署，围绕群众关心的热点事项公开办事流程和结果。\n\n(一)主动公开。\n\n")
d.prose("截至202312月31日，全镇全年累计主动公开政府信息64，其中镇务动态49条，惠民政策15条\n\n",
        proactive_disclosed=64)
d.add("(二)依申请公开。\n\n")
d.prose("2023年度，镇里受理并办结政府信息公开申请1件，按期答复，", applications_received=1)
d.prose("未收取任何费用。\n\n", fees_10k_yuan=0)
d.add("(三)平台建设情况。\n\n石门镇政府网站开设了机构职能、政策法规、工作动态等栏目；“石门发布”微信公众号同步推送镇里"
      "动态。\n\n  二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年制发件数\n\n本年废止件数\n\n现行有效件数\n\n规章\n\n")
for c in ("issued", "repealed", "in_force"):
    d.value("0", f"2021.t2.rules.{c}")
    d.add("\n\n")
d.add("规范性")


# ---- nineteenth round (issue 9, study19): r289–r296 ----------------------------------------
d = new("r289_index_list_yilai_total_weishouli_fuyi_county_bureau_2025.txt", "青岚县林业局", "", "", "",
        "county_department", 2025, "narrative", "", "prose",
        "M04 a bulleted index list ('- 信息类别: 政府信息公开年报', '- 公开方式:', '- 生成日期:', '- 公开时限:', "
        "(its 生成日期 no publication date: M11, the convention settled on 2026-12-02 with the round-47 change 428a5aa; "
        "labelled with it and read until then, blank and not read since) "
        "'- 公开范围:', '- 信息索取号:') above a plain title (the first field's label was taken as the agency until the "
        "round-19 change; now read); P01 '2025年以来…主动公开政府信息共N条，其中…' in the report on 2025 (the year so "
        "far, its total; now read); P08/P09 '截至某年12月31日，我局未受理政府信息公开申请，行政复议和行政诉讼' (0 for "
        "each under the one negated verb: the received zero read, review and litigation not read yet); T15")
d.add("- 信息类别: 政府信息公开年报\n- 公开方式: 主动公开\n- 生成日期:2026-01-20\n- 公开时限: 常年公开\n- 公开范围: 面向全社会\n"
      "- 信息索取号:000123456/2026-00031\n青岚县林业局2025年度政府信息公开工作年度报告\n关联导读:\n"
      "本报告按照《条例》和年度报告格式的要求编制，分总体情况等六个部分，数据统计期限自2025年1月1日起至2025年12月31日止。"
      "对本报告有意见的，请联系县林业局办公室。\n一、总体情况\n(一)主动公开情况。\n"
      "局里围绕森林防火、林长制和林下经济做好公开，政策文件随制发随公开。")
d.prose("2025年以来，我局主动公开政府信息共74条，其中林业政策12条，工作动态50条，其他12条。\n", proactive_disclosed=74)
d.add("(二)依申请公开情况。\n局里明确了登记、承办、审核、答复各环节的责任人。")
d.prose("截至2025年12月31日，我局未受理政府信息公开申请，行政复议和行政诉讼。\n",
        applications_received=0, review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理情况。\n发布前由科室初审、办公室复审、分管领导终审。\n")

d = new("r290_year_in_brackets_four_channels_portal_count_district_2019.txt", "海津市澄川区", "", "", "", "county",
        2019, "narrative", "2020-02-18", "prose",
        "M04 a pipe index block ('索引号:… | 体裁分类:政府信息公开年报 | …', '发文日期: … | 发布机构:政府办公室 | "
        "文号: |'); M09/M08 a place-only title with its year in brackets after the title's words ('某区政府信息公开"
        "工作年度报告(2019年)'; the name was read with the title's words and the bracket until the round-19 change; now "
        "the bare district); P17 four channels named, then the portal's count, which also carries the townships' and "
        "bureaus' sub-sites (P12: no figure; still read); P08 received (read); T15")
d.add("索引号:ccq/1579000012345 | 体裁分类:政府信息公开年报 | 主题分类:综合政务 |\n"
      "发文日期: 2020-02-18 | 发布机构:政府办公室 | 文号: |\n海津市澄川区政府信息公开工作年度报告(2019年)\n"
      "2019年，区政府信息公开工作按照市里的部署，在制度建设和公开内容上又有推进。\n一、政府信息公开工作的制度建设情况\n"
      "区里成立了由常务副区长牵头的信息公开工作领导小组，将41个部门、镇街纳入政府信息公开单位。\n"
      "二、主动公开政府信息情况\n我区目前通过政府网站、区长信箱、政府信息公开查阅点和“澄川发布”微信平台四种渠道公开政府信息。\n"
      "(一)政府网站。各镇街和区直单位在各自的子站发布信息，并汇总到全区平台。")
d.prose("2019年度区政府信息公开平台发布各类政府信息3120条，其中规范性文件88条、公告公示204条。\n")
d.add("(二)区长信箱。全年办理群众来信462件。\n三、依申请公开政府信息情况\n")
d.prose("全年共收到政府信息公开申请14件，均按期答复。\n", applications_received=14)

d = new("r291_traditional_bianzhi_le_first_numbered_channel_banner_office_2017.txt", "青岚旗人民政府办公室", "", "",
        "", "county_department", 2017, "narrative", "", "traditional",
        "M06/M12 no title; a banner government's office named only in a traditional '根據…要求，X編制了2017年…報告' with "
        "doubled commas (read since round 66's rule on 编制了 with the year in place of 本); P05/P17 a numbered channel list whose first item is cut at the excerpt's "
        "end ('(一)旗政府門戶網站主動公開政府信息N條,,瀏覽量…'; no figure: the first of several channels; still read); "
        "P13 page views; P15 a 2017 report with no table in its outline")
d.add("根據《中華人民共和國政府信息公開條例》要求,,青岚旗人民政府辦公室編制了2017年政府信息公開工作報告,。報告全文包括工作"
      "情況,,主動公開政府信息情況,,依申請公開情況,,行政復議和行政訴訟情況及存在的主要問題。本年報數據統計期限自2017年1月1日"
      "起至2017年12月31日止,。\n一,、政府信息公開工作情況\n(一)加強工作部署。我旗將全年政務公開重點工作分解到各牽頭單位,,"
      "細化責任,。\n(二)拓寬公開渠道。對各類信息及時清理和更新,,嚴格按照規定的內容和時限公開,。\n"
      "二、主動公開政府信息情況\n")
d.prose("(一)旗政府門戶網站主動公開政府信息1432條,,瀏覽量達9 萬余人")

d = new("r292_muqian_yi_count_to_date_greeting_county_bureau_2011.txt", "澄川区农林局", "", "", "",
        "county_department", 2011, "narrative", "2012-02-20", "prose",
        "M03 the portal's greeting line above the title (the district government not taken; read); M02 '发布时间:… 00:00 "
        "| 来源:某局' (read); P06 '(一)目前本单位已主动公开政府信息N条' with no year in a 2011 report (a count to date: no "
        "figure; it was taken until the round-19 change, now left out); P08 '本局无依申请公开情况' (0), P10 '没有政府"
        "信息公开收费情况' (0), P09 '无因…申请行政复议、提起行政诉讼的情况' (0 and 0) (read); P15")
d.add("欢迎访问澄川区人民政府门户网站\n\n澄川区农林局2011年政府信息公开工作年度报告\n\n发布时间:2012-02-20 00:00 | 来源:农林局\n\n"
      "  本年度报告依照《条例》和上级的部署编制，内容有主动公开、依申请公开、收费及减免、行政复议和行政诉讼、存在问题等，"
      "统计数据截至2011年12月31日。\n\n  一、概述\n\n  本局对照区里的公开要点，对全年信息公开工作作了总结。\n\n"
      "  二、主动公开政府信息情况\n\n")
d.prose("  (一)目前本单位已主动公开政府信息63条。\n\n")
d.add("  (二)公开的类别有农业补贴、水利工程、动植物防疫和其他信息。\n\n  三、依申请公开政府信息办理情况\n\n")
d.prose("  2011年本局无依申请公开情况\n\n", applications_received=0)
d.prose("  四、2011年本局没有政府信息公开收费情况。\n\n", fees_10k_yuan=0)
d.prose("  五、2011年本局无因政府信息公开申请行政复议、提起行政诉讼的情况。\n\n", review_cases=0, litigation_cases=0)
d.add("  六、政府信息公开存在的主要问题及改进情况\n\n  对《条例》的认")

d = new("r293_jiehe_bianzhi_internal_chu_committee_2022.txt", "青岚山风景区管委会规划建设处", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M06 no title; a scenic committee's internal 处 named only in '结合2022年X政府信息公开工作编制而成' and in its "
        "contact line (not read yet: blank); P04/P02 the one channel's count with its parts (read); P08 '未收到公开政府"
        "信息的申请' (read); T15")
d.add("本报告依据《条例》和年度报告格式的通知要求，结合2022年青岚山风景区管委会规划建设处政府信息公开工作编制而成。"
      "统计期限为2022年1月1日至12月31日。如对本报告有疑问，请与青岚山风景区管委会规划建设处办公室联系(电话:0000-2821100)。\n"
      "一、总体情况\n2022年度，规划建设处按照风景区的统一部署推进政务公开。\n(一)主动公开情况\n")
d.prose("2022年规划建设处全年在政务网站主动公开信息131条。其中，规划项目类信息46条，财政资金类信息29条，其他信息56条。\n",
        proactive_disclosed=131)
d.add("(二)依申请公开情况\n")
d.prose("2022年度，规划建设处未收到公开政府信息的申请。\n", applications_received=0)
d.add("(三)政府信息管理\n处里设专人负责发布，按流程审核后上网。\n")

d = new("r294_street_only_in_counts_shenqing_qi_no_total_2024.txt", "石桥街道", "", "", "", "street", 2024,
        "narrative", "", "prose",
        "M06 no title; the street named only as the subject inside its count sentences (blank until parser "
        "commit 8ca4d21, the subject after 某年全年; now read); P03/P05 "
        "counts by channel and by type with no total (no figure; read right); P08/P14 '某街道信息公开申请0起' (the unit "
        "起; not read yet); T15")
d.add("一、总体情况\n本报告依照《条例》和上级通知编制，内容包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等。"
      "所列数据统计期限从2024年1月1日起至2024年12月31日止。\n")
d.prose("(一)主动公开方面。2024年全年石桥街道在衡岭市政府网站更新机构信息4条，政策文件6条，政府门户网站38条，"
        "公开栏21条，微信公众号96条。\n")
d.prose("(二)依申请公开方面。2024年度石桥街道信息公开申请0起。\n", applications_received=0)
d.add("(三)政府信息管理方面。明确由党政办具体负责，信息发布前逐条审核。\n(四)平台建设方面。对栏目进行了调整和细化。\n")

d = new("r295_office_xiangongbu_jieshou_banli_two_tongzhi_t2_pipe_cell_2024.txt", "衡岭市人民政府办公室", "", "", "",
        "county_department", 2024, "ogi2021", "", "pipe_cell",
        "M06 no title; '现公布X2024年…报告' (read); P01 '2024年通过各类平台发布信息共计N条' with no 主动 (read); P08 "
        "'接收依申请信息公开办理N件，与去年相比增加了M件' (received; not read yet); P11 '指定两位同志从事…专项工作' "
        "(2; the number in characters with 位同志: not read yet); P13 '回应公众关注热点共计N条' (not OGI); T01 a 2021 "
        "表二 one cell per line ending ' |' with '|||' and '||' lines (read); T11 cut at 表三's note")
d.add("根据《中华人民共和国政府信息公开条例》要求，现公布衡岭市人民政府办公室2024年政府信息公开工作年度报告。所列数据统计"
      "时限为2024年1月1日至2024年12月31日。如需咨询，请与衡岭市人民政府办公室电子政务股联系。\n一、总体情况\n")
d.prose("(一)主动公开。2024年通过各类平台发布信息共计8452条，", proactive_disclosed=8452)
d.add("回应公众关注热点共计17条。\n")
d.prose("(二)依申请公开。2024年接收依申请信息公开办理41件，与去年相比增加了9件，均按期答复。\n", applications_received=41)
d.prose("(三)政府信息管理。市府办电子政务股负责政府信息公开的具体工作，指定两位同志从事政府信息公开的专项工作。\n", staff=2)
d.add("二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("行政规范性文件", "normative_docs", ("5", "2", "37"))):
    d.add(label + " |\n")
    for v, c in zip(vals, ("issued", "repealed", "in_force")):
        d.value(v, f"2021.t2.{key}.{c}")
        d.add(" |\n")
for title, rows in (("第二十条第(五)项", (("行政许可", "license", "0"),)),
                    ("第二十条第(六)项", (("行政处罚", "penalty", "0"), ("行政强制", "coercion", "0")))):
    d.add(title + " |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n")
    for label, key, v in rows:
        d.add(label + " |\n")
        d.value(v, f"2021.t2.{key}.decisions")
        d.add(" |\n||\n")
d.add("第二十条第(八)项 |\n|||\n信息内容 |\n本年收费金额(单位:万元) |\n||\n行政事业性收费 |\n")
d.value("0", "2021.t2.fees.amount")
d.add(" |\n三、收到和处理政府信息公开申请情况\n(本列数据的勾稽关")

d = new("r296_one_line_report_inline_pipe_t2_portal_count_street_2019.txt", "海津市澄川区人民政府石湾街道办事处", "", "",
        "", "street", 2019, "ogi2019", "2020-02-20", "markdown",
        "M07 a title with a space before its year (read); M13 the whole report on one line after its title and date, "
        "the 2019 表二 going on in the same line as pipe cells and cut at '第二' (the six cells read since 72ef09f, rendering pipe_inline; T11); P17 "
        "'依托区门户网站平台…主动上传、公开信息N条' while notice boards, broadcasts and LED screens are used without "
        "counts (no figure; still read); P11 one liaison worker beside a reviewing leader (no figure; read right); "
        "P13 mailbox replies")
d.add("海津市澄川区人民政府石湾街道办事处 2019年政府信息公开工作年度报告\n日期:2020-02-20\n大中小\n"
      "一、总体情况 2019年，石湾街道按照区里的统一部署，充实公开内容，拓宽公开渠道。 (一)加强组织领导。主要领导任组长，"
      "分管领导任副组长，确定1名同志为政务公开联络员，分管领导负责信息审核。 (二)拓展公开渠道。")
d.prose("一是依托区门户网站平台，以区政府门户网为公开信息的主渠道，在“公开目录”栏和“政务动态”栏发布信息，全年主动上传、公开信息318条，涉及机构、规划、动态等类别。")
d.add(" 二是按时办理回复公开电子信箱112件。 三是利用公示栏、广播等传统方式，并运用LED显示屏及时发布便民信息。 "
      "二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年新 制作数量 | 本年新 公开数量 | 对外公开总数量 | ")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("1", "1", "3"))):
    d.add(f"{label} | ")
    for v, c in zip(vals, ("new_made", "new_published", "total_published")):
        d.value(v, f"2019.t2.{key}.{c}")
        d.add(" | ")
d.add("第二")


# ---- twentieth round (issue 9, study20): r297–r304 ----------------------------------------
d = new("r297_notice_issuer_qinglianxi_twice_portal_zhuanqu_street_2021.txt", "棠溪街道", "", "", "", "street", 2021,
        "narrative", "", "prose",
        "M06 no title; a province's 政务公开办公室 issued the notice quoted in the preamble (not the agency) "
        "and the street is named in a contact line with a doubled '请联系请联系X街道党政办公室' and as a subject in "
        "prose (the doubled word was taken into the name, '请联系X街道', before the round-20 changes; read "
        "since the contact line allows the verb twice); P17 the portal's count, its parts adding to more than it, beside a 政务公开专区 "
        "used with no count (no figure, judgement; still read); P08/P09 '未收到…申请，也未发生…行政复议、提起行政诉讼' "
        "(read); T15")
d.add("依照《中华人民共和国政府信息公开条例》和《岚江省人民政府政务公开办公室关于做好2021年度政府信息公开"
      "工作年度报告编制和发布的通知》(岚府公开办字〔2021〕5号)的要求，编写本年度报告。报告中数据的统计期限为2021年1月1日"
      "至2021年12月31日。报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。如对本报告有"
      "疑问，请联系请联系棠溪街道党政办公室(地址:柘川市云岫区滨河路12号二楼，联系电话:0000-6620118)\n一、总体情况\n"
      "2021年，我区按照上级关于政务公开的部署，理顺信息发布和审核流程，层层压实责任。\n"
      "(一)完善信息发布机制，规范工作流程。")
d.prose("2021年，街道通过政府门户网站发布信息61条，其中法定主动公开内容47条，街镇部门公开信息17条。")
d.add("棠溪街道把政务公开当作一项重点工作，做到应公开尽公开。\n(二)加强公开专区建设，丰富公开内容。街道在便民服务"
      "中心设立政务公开专区，摆放办事指南和政策汇编，供群众现场查阅。\n(三)依申请公开情况。")
d.prose("2021年，街道未收到政府信息公开申请，也未发生因政府信息公开工作被申请行政复议、提起行政诉讼的情况。\n",
        applications_received=0, review_cases=0, litigation_cases=0)

d = new("r298_title_meta_year_no_nian_weiyou_junwei0_township_2023.txt", "云岫县桐湾镇人民政府", "", "", "",
        "township", 2023, "narrative", "2024-01-22", "prose",
        "M00/M02 a plain title over '发布时间:… 信息来源:… 字体:【' (read); P01 '2023主动公开信息N条', the year without 年 "
        "(read); P08 '本镇未有依申请政府公开信息' (received 0; read since parser commit 422efe2, as 20a14) and '上年未转结…申请' (carried over 0; read); "
        "P09 '进入行政复议程序和行政诉讼程序均为0件' (not read yet); T15")
d.add("云岫县桐湾镇人民政府2023年政府信息公开工作年度报告\n\n发布时间:2024-01-22 信息来源:桐湾镇政府 阅读次数: 编辑:"
      "桐湾镇政府 字体:【  \n\n本报告按照《条例》和年度报告格式通知的要求，结合本镇政府信息公开工作的统计数据撰写，包括总体"
      "情况、主动公开政府信息情况等六个部分。所用数据的统计期限为2023年1月1日至12月31日。如有疑问，请与桐湾镇党政办公室"
      "联系。\n\n一、总体情况\n\n(一)主动公开信息情况\n\n镇里对保密审查、信息报送和统计上报等环节作了规范。")
d.prose("2023主动公开信息862条，重点公开了防汛抗旱、安全生产和惠农补贴等方面的政策文件。\n\n", proactive_disclosed=862)
d.add("(二)依申请公开情况\n\n")
d.prose("2023年度本镇未有依申请政府公开信息，", applications_received=0)
d.prose("上年未转结政府信息公开申请，进入行政复议程序和行政诉讼程序均为0件。\n\n", applications_carried_over=0,
        review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n\n镇里落实信息发布三审制度，先审后发。\n")

d = new("r299_site_menu_before_place_title_compiled_office_city_2012.txt", "柘川市政府", "", "", "", "city", 2012,
        "narrative", "", "prose",
        "M03/M08 the rest of a site's menu, its 政府信息公开年报 item then short items one a line (依申请 / 公开 "
        "split), above a year-first place-only title (the title's year and the government read since the "
        "round-20 change); M06 compiled by the city's 政府信息公开工作办公室 from every county and city body, the "
        "government printed only as '柘川市政府' in '柘川市政府各委、办、局' (the government, not the office: read); P12 "
        "whole-city counts in a report compiled from every unit are the figures (read); P10 '免费上网查阅' is "
        "no fee statement (no figure; read right since the round-20 change); P15")
d.add("规章库\n\n规范性文件库\n\n政策解读\n\n信息公开指南\n\n信息公开制度\n\n法定主动公开内容\n\n政府信息公开年报\n\n政府公报\n\n"
      "依申请\n公开\n\n县区信息公开\n\n网站年度报表\n\n2012年柘川市政府信息公开工作年报\n\n"
      "本年报依据《条例》和《柘川市政府信息公开规定》的要求，由柘川市政府信息公开工作办公室汇总2012年度各县区人民政府和"
      "柘川市政府各委、办、局的年度报告编制。全文包括概述、主动公开情况、依申请公开办理情况、收费及减免情况、行政复议和行政"
      "诉讼情况、存在的问题及改进措施。如对本报告有意见，请联系柘川市政府信息公开工作领导小组办公室。\n\n一、概述\n\n"
      "2012年，我市把政府信息公开工作放在依法行政的大局中推进，健全了组织机构，规范了公开流程。\n\n"
      "二、主动公开政府信息情况\n\n")
d.prose("2012年，全市各级行政机关共主动公开政府信息48216条，其中市级机关19530条，县区政府28686条。\n\n",
        proactive_disclosed=48216)
d.add("三、依申请公开政府信息办理情况\n\n")
d.prose("全市共受理政府信息公开申请327件，均已按期答复。\n\n", applications_received=327)
d.add("四、收费及减免情况\n\n")
d.prose("各级行政机关在市、县区档案馆和图书馆提供政府信息免费上网查阅。\n")

d = new("r300_yuan_amount_in_wanyuan_cell_two_kinds_no_total_centre_2020.txt", "沣原县鹭汀新区综合服务中心", "", "", "",
        "county_department", 2020, "ogi2019", "2021-01-15", "line_cell",
        "M01/M02 a trail and '来源: 时间:yyyy年mm月dd日' under the title (read); P05/P03 two kinds counted "
        "apart ('编发工作信息共N条，发布公告共M次') with no total (no figure; read right); T02 a 2019 表二 and 表三 one "
        "value per line between blank lines, the header words broken ('本年新' / '制作数量'); T12 the "
        "procurement amount printed '45600.5元' in the 万元 cell (4.56005 in the form's unit; read since "
        "the round-20 change); T11 cut in 表三's third row ('(一)予以')")
d.add("首页 > 政府信息公开 > 政府信息公开年报 > 2020\n沣原县鹭汀新区综合服务中心2020年度政府信息公开工作年度报告\n"
      "来源:    时间:2021年01月15日    \n\n一、总体情况\n\n今年以来，中心围绕新区的征收安置和项目建设推进政务公开，"
      "通过张贴公告、编印简报等方式向社会发布新区建设的动态。\n\n")
d.prose("2020年，中心编发工作信息共41条，发布公告共9次，涉及征收、安置、环保和政务服务等方面。\n\n")
lay_line_cell(d, "ogi2019", {"license": ["2", "0", "5"], "procurement": ["15", "45600.5元"]},
              t3_values([1, 0, 0, 0, 0, 0]))
d.cells = [c if c[0] != "2019.t2.procurement.amount" else (c[0], c[1], "4.56005", c[3], c[4]) for c in d.cells]
d.cut_after("（一）予以")

d = new("r301_start_date_2004_jiezhi_niandi_staff_free_reading_district_2013.txt", "", "", "", "", "county", 2013,
        "narrative", "", "prose",
        "M06/M14 a news mirror's district report that never names the district (agency blank); M11 the "
        "template's '自2004年5月1日起开始推行' before '截至2013年底' (the start date was taken as the year before the "
        "round-20 change; now 2013); P11 full- and part-time staff in one sentence (summed; read); P10 "
        "'提供政府信息免费上网查阅' is no fee statement (no figure; read right since the round-20 change); P15")
d.add("按照《规定》的要求，本区政府自2004年5月1日起开始推行政府信息公开工作。")
d.prose("区里为此专门配备了5名全职工作人员、26名兼职工作人员，设立了2个信息申请受理点，并开设了3个公共查阅点。",
        staff=31)
d.add("截至2013年底，本区政府信息公开工作运行正常，咨询、申请和答复工作都顺利开展。\n(一)健全领导体制和工作机制\n"
      "1、发挥区政府信息公开联席会议的作用。联席会议由分管副区长召集，区府办牵头处理日常事务和培训。\n"
      "2、区里在档案馆设了政府信息公开受理中心，")
d.prose("提供政府信息免费上网查阅，")
d.add("统一受理公民、法人和其他组织的申请，接受咨询。\n")

d = new("r302_span_before_leiji_tongyi_gongkai_quoted_town_2015.txt", "柘川市云岫区岚溪镇", "", "", "", "township",
        2015, "narrative", "2016-01-14", "prose",
        "M01/M04 a trail and an index block ('发布机构: X镇 发文日期: …'), M07/M08 a place-only title printed "
        "twice, the second split before 年报, then a bracketed date (taken as the publication date over "
        "the index block's 发文日期: still read; M11); P06 '我镇自2015年1月1日到12月31日累计主动公开…N条', the span's second "
        "year left out (the year's total; read since the round-20 change) and its parts after it; P08 "
        "'共受理信息公开申请N件' (read) and '“同意公开”的N件' in the 2008 form's quoted words (granted; not read yet); "
        "P15")
d.add("首页\n>政务公开>组织机构>镇、街道>岚溪街道>信息公开年报\n索引号: 000000000000000000/2016-10231 组配分类: 信息公开年报\n"
      "发布机构: 岚溪镇 发文日期: 2016-01-14\n公开方式: 主动公开 公开范围: 面向全社会\n\n"
      "2015年柘川市云岫区岚溪镇政府信息公开年报\n\n发布日期: 2016- 01- 14 00: 00 浏览次数:\n\n"
      "2015年柘川市云岫区岚溪镇政府信息公开\n\n年报\n\n(2016年1月13日)\n\n引言\n\n"
      "  本年报依照《条例》的要求，由柘川市云岫区岚溪镇编制，内容有主动公开情况、依申请公开情况、咨询处理情况、复议诉讼"
      "和申诉情况、收费情况以及存在的问题和改进措施。本报告的电子版可在我镇信息公开网站下载。如有疑问，请联系党政办。\n\n"
      "一 、主动公开政府信息情况\n\n")
d.prose("  我镇自2015年1月1日到12月31日累计主动公开政府信息604条，全文电子化率100%。\n\n", proactive_disclosed=604)
d.add("  其中政策文件类信息72条，工作信息318条，人事信息19条，公共资源交易类信息195条。\n\n二、依申请公开政府信息情况\n\n")
d.prose("  我镇2015年共受理信息公开申请2件。\n\n", applications_received=2)
d.add("  在已经答复的2件申请中，\n\n")
d.prose("  “同意公开”的2件，占总数的100%。\n\n", applications_granted=2)

d = new("r303_compiled_by_zhengwu_gongkai_office_no_title_city_2016.txt", "栖凤市人民政府", "", "", "", "city", 2016,
        "narrative", "", "prose",
        "M06 no title; compiled by the city government's 政务公开办公室 from the city, its districts and "
        "counties and its departments (the government, not the office: read since the round-20 change, "
        "as round 13's); P12 whole-city counts in a report compiled from every unit (proactive, "
        "received, review and litigation; read); P15")
d.add("本年度报告依照《条例》和《栖凤市政府信息公开办法》，由栖凤市人民政府政务公开办公室综合市政府、各区县政府和市政府"
      "各部门的政府信息公开工作情况，在总结全市2016年工作、汇总主要统计数据的基础上编制而成。报告包括概述、主动公开情况、"
      "依申请公开情况、行政复议和行政诉讼情况、存在的问题和改进措施等。所列数据统计期限自2016年1月1日起至12月31日止。\n\n"
      "一、概述\n\n2016年，全市政府信息公开工作围绕市里的部署，推进权力清单等重点领域的公开，规范依申请公开的受理和答复。"
      "\n\n二、主动公开政府信息情况\n\n")
d.prose("2016年，全市共主动公开政府信息61742条。\n\n", proactive_disclosed=61742)
d.add("三、依申请公开政府信息情况\n\n")
d.prose("全市各级行政机关共受理政府信息公开申请1208件。\n\n", applications_received=1208)
d.add("四、行政复议和行政诉讼情况\n\n")
d.prose("全年因政府信息公开引发行政复议案件23件，行政诉讼案件11件。\n\n", review_cases=23, litigation_cases=11)

d = new("r304_short_name_runin_heading_tongyi_t2_pipe_cell_bureau_2022.txt", "市住建局", "", "", "",
        "county_department", 2022, "ogi2021", "", "pipe_cell",
        "M08/M06 a title with no name; a bureau named only by its short name in run-in headings "
        "('市X局主动公开政府信息的情况:', '依申请公开情况:市X局…'; not read yet: blank); P08 received with '其中同意公开的N件' (read); "
        "T01 a 2021 表二 one cell per line ending ' |' with '|||' and '||' lines and ASCII brackets "
        "(read); T11 cut at 表三's heading")
d.add("2022年政府信息公开工作年度报告\n一、总体情况\n2022年，我局按照上级关于政务公开的部署和《梧屿市2022年政务公开工作"
      "要点》的要求，拓宽公开领域，深化公开内容，把政务公开和优化服务结合起来。现将2022年政府信息公开工作报告如下:\n"
      "市住建局主动公开政府信息的情况:2022年，我局召开新闻发布会3次，并通过梧屿市人民政府门户网站等渠道主动公开各类政府"
      "信息。\n依申请公开情况:市住建局持续改进答复质量和办理时效。")
d.prose("2022年，我局共收到公民、法人和其他组织提出的政府信息公开申请共12件，其中同意公开的9件，其他(不属于本机关公开)"
        "的3件，均按规定办理答复。\n", applications_received=12, applications_granted=9)
d.add("二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("行政规范性文件", "normative_docs", ("2", "0", "6"))):
    d.add(label + " |\n")
    for v, c in zip(vals, ("issued", "repealed", "in_force")):
        d.value(v, f"2021.t2.{key}.{c}")
        d.add(" |\n")
for title, rows in (("第二十条第(五)项", (("行政许可", "license", "14"),)),
                    ("第二十条第(六)项", (("行政处罚", "penalty", "3"), ("行政强制", "coercion", "0")))):
    d.add(title + " |\n|||\n信息内容 |\n本年处理决定数量 |\n||\n")
    for label, key, v in rows:
        d.add(label + " |\n")
        d.value(v, f"2021.t2.{key}.decisions")
        d.add(" |\n||\n")
d.add("第二十条第(八)项 |\n|||\n信息内容 |\n本年收费金额(单位:万元) |\n||\n行政事业性收费 |\n")
d.value("0", "2021.t2.fees.amount")
d.add(" |\n三、收到和处理政府信")


# ---- twenty-first round (issue 9, study21): r305–r312 ------------------------------------
d = new("r305_access_links_source_line_comma_litigation_yiming_pipe_rows_township_2023.txt", "萝岫县蓼汀乡人民政府", "",
        "", "", "township", 2023, "ogi2021", "2024-01-19", "markdown",
        "M03/M02 accessibility links, then a plain title over '来源:… 发布时间:…' (read); P02 a total with its kinds "
        "(read); P08 received (read); P09 '未出现因…申请行政复议，提起行政诉讼的情形', the second case type after a comma "
        "(review 0 read; litigation 0 not read until the round-25 change abfde2c; now read too); P11 '指定党政办一名"
        "工作人员负责…' (staff 1 in characters; not read yet); T03 the 2021 表二 and 表三 as pipe rows with empty trailing cells (read); T11 cut at 表四's heading")
d.add("无障碍 关怀版\n萝岫县蓼汀乡人民政府2023年政府信息公开工作年度报告\n来源:萝岫县蓼汀乡人民政府 发布时间:2024-01-19 09:12\n\n"
      "本报告依照《中华人民共和国政府信息公开条例》和县政务公开办的通知编写，所列数据的统计期限为2023年1月1日至12月31日。\n"
      "一、总体情况\n(一)主动公开。")
d.prose("2023年，乡政府主动公开政府信息173条，其中政策文件9条，乡村振兴和民生资金公示41条，工作动态123条。\n",
        proactive_disclosed=173)
d.add("(二)依申请公开。")
d.prose("全年共收到政府信息公开申请2件，均为群众到乡便民服务中心当面提交，已按期答复。", applications_received=2)
d.prose("本年度乡政府未出现因政府信息公开申请行政复议，提起行政诉讼的情形。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理。乡里落实信息发布前的审核制度，")
d.prose("指定党政办一名工作人员负责信息的收集和发布，", staff=1)
d.add("分管领导把关审核。\n")
lay_pipe_rows(d, "ogi2021", {"normative_docs": ["1", "0", "4"], "license": ["6"]},
              t3_values([2, 0, 0, 0, 0, 0], granted=[1, 0, 0, 0, 0, 0], **{"unable.not_held": [1, 0, 0, 0, 0, 0]}))
d.add("四、政府信息公开行政复议、行政诉讼情况\n")

d = new("r306_office_compiles_own_report_added_this_year_last_row_cut_office_2025.txt", "澄源市人民政府办公室", "", "",
        "", "county_department", 2025, "ogi2021", "", "markdown",
        "M06 no title; '由X市人民政府办公室编制' in the preamble and the office as the subject (the government is taken, "
        "by the rule that a government's compiling office stands for it: still read, judgement); P06 '累计主动公开政府"
        "信息N条，本年度新增M条' (M, the year's part after a count to date; the count to date N is taken instead: "
        "still read); P08 '收到依申请件N件(…)' (read); P12 the year's normative documents, a subset (not taken; "
        "read); T03/T11 the 2021 表二 as pipe rows cut after its first row '规章 | 0 | 0 | 0 |' (the three cells read "
        "since 159797b)")
d.add("一、总体情况\n本年度报告依照《中华人民共和国政府信息公开条例》的要求，由澄源市人民政府办公室编制，数据统计的时段为2025年"
      "全年。\n(一)主动公开\n本年度，市政府办公室按照市里的部署推进政府信息公开，")
d.prose("依托市政府门户网站和政务新媒体，累计主动公开政府信息4216条，本年度新增318条，", proactive_disclosed=318)
d.add("其中市政府文件21件，政策解读19篇。\n(二)依申请公开\n")
d.prose("全年收到依申请件27件(自然人提出25件、法人提出2件)，已办结25件，另有2件结转下年办理。\n",
        applications_received=27)
d.add("(三)政府信息管理\n")
d.prose("本年度制定行政规范性文件6件，均在门户网站公开并作了解读。\n")
d.add("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | ")
for n, c in enumerate(("issued", "repealed", "in_force")):
    d.value("0", f"2021.t2.rules.{c}")
    d.add(" |" if n == 2 else " | ")

d = new("r307_county_own_report_woxian_quanxian_clauses_area_zero_county_2022.txt", "岚川县人民政府", "", "", "",
        "county", 2022, "narrative", "", "prose",
        "M00 a plain title (read); P12 '我县主动公开政府信息N条' in the county's own report, not said to be compiled "
        "from every unit (no figure; taken until the round-21 change, now left out), '(二)依申请公开。全县共收到…申请N件，"
        "发生行政复议M件；本机关收到申请K件' (the whole county opening the sentence: neither N nor the review count in "
        "its later clause is the government's, the review count left out since the round-21 change; K, a later clause "
        "with 本机关 as subject, is its own: received K, read) and '全年我县未发生…行政诉讼' (the county's zero is the "
        "government's: litigation 0; read); P07 an approximate new-media count (no figure); T15")
d.add("岚川县人民政府2022年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制，内容包括总体情况、"
      "主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分，数据统计期限为2022年1月1日至12月31日。如对本报告有"
      "疑问，请与岚川县人民政府办公室联系。\n一、总体情况\n(一)主动公开\n")
d.prose("2022年，我县主动公开政府信息3127条，其中政策文件84件、政策解读52篇，政务新媒体推送信息1500余条。\n")
d.add("(二)依申请公开。")
d.prose("全县共收到政府信息公开申请56件，发生行政复议3件；本机关收到申请9件，均按期答复。",
        applications_received=9)
d.prose("全年我县未发生因政府信息公开引起的行政诉讼。\n", litigation_cases=0)
d.add("(三)政府信息管理\n县里建立了公文公开属性源头认定机制，拟文时即明确公开属性。\n")

d = new("r308_trail_meta_site_and_two_wechat_counts_hotline_province_department_2024.txt", "岚江省农业农村厅", "", "",
        "", "province_department", 2024, "narrative", "2025-01-20", "prose",
        "M01/M02 a trail and '时间 : … 来源 : 本网 【字体:' around a plain title (read); P05 '厅官网…全年公开政府信息N条' and "
        "two WeChat accounts' push counts with no total (no figure; the site's count had been taken: left out since 官网 "
        "names a website, round 69); P13 reads "
        "and hotline items (not read, right); P08/P10 none received, no fee (read); T15")
d.add("当前位置:首页 > 政务公开 > 年度报告\n\n岚江省农业农村厅2024年政府信息公开工作年度报告\n\n时间 : 2025-01-20 10:05:31 "
      "来源 : 本网 【字体:\n\n  按照《条例》等规定，我厅编制本年度报告，现予公布。\n\n"
      "  一、总体情况\n\n  (一)主动公开。一是用好门户网站和两个公众号。")
d.prose("厅官网围绕全省农业农村重点工作，全年公开政府信息946条，发布农情动态412条；“岚江农业”微信公众号全年推送文章288篇，"
        "总阅读量51.3万；“田间课堂”微信公众号全年推送文章97篇。")
d.add("二是做好政策发布和解读，全年发布解读信息18条，办理“12345”热线转来的政策咨询件63件。\n\n  (二)依申请公开。")
d.prose("2024年，我厅未收到政府信息公开申请，未收取任何费用。\n", applications_received=0, fees_10k_yuan=0)

d = new("r309_no_title_dangzheng_zonghe_ke_staff_change_space_blank_cells_street_2020.txt", "沣溪街道办事处", "", "",
        "", "street", 2020, "ogi2019", "", "line_cell",
        "M06 no title; the street named '沣溪街道' in the preamble and in full in '请联系X街道办事处党政综合科' (the "
        "section kept the office from being read until the round-21 change; now read); P11 '专兼职工作人员由原来的1人"
        "增加到现在的3人' (3; the old count was taken until the round-21 change); P04 one platform counted (read); T02 a "
        "2019 表二 one value per line between blank lines, '本年新' / '制作数量' split (T06), its '其他对外管理服务事项' "
        "row printed as three lines holding one space each (blank cells; not read yet); T11 cut inside the (八) block")
d.add("根据《中华人民共和国政府信息公开条例》的规定，现编制2020年度政府信息公开工作年度报告。本报告回顾沣溪街道2020年的"
      "政府信息公开工作，数据统计期限为2020年1月1日至12月31日。对本报告如有意见，请联系沣溪街道办事处党政综合科(地址:梧屿市"
      "汀浦区沣溪路18号)。\n一、总体情况\n")
d.prose("2020年，街道调整了政务公开领导小组，专兼职工作人员由原来的1人增加到现在的3人。", staff=3)
d.prose("全年在区政府信息公开平台公开信息147条，", proactive_disclosed=147)
d.add("涉及机构职能、财政预决算和工作动态等。\n")
lay_line_cell(d, "ogi2019", {"normative_docs": ["2", "2", "9"], "license": ["11", "0", "96"],
                             "other_services": [" ", " ", " "], "penalty": ["4", "0", " 3"]}, None)
d.cut_after("行政事业性")

d = new("r310_compiled_by_placeless_region_office_levels_no_total_province_2015.txt", "", "", "", "", "province",
        2015, "narrative", "", "prose",
        "M06 '由自治区人民政府办公厅汇总各市…编制而成', the region never printed (the placeless '自治区人民政府' was "
        "taken until the round-21 change; now blank, as labelled); P12 a report compiled from every unit: the "
        "region-wide received, review and litigation counts are its figures (read); P03 proactive counts by level in 万 "
        "with no total (no figure; the first part, the region's government and its departments together, was taken until round "
        "156's guard on 区直部门 as other units, as 156c04's 市直部门); P13 press conferences and gazette issues "
        "(not read, right); P15")
d.add("本年度报告根据《中华人民共和国政府信息公开条例》的要求，由自治区人民政府办公厅汇总各市、县人民政府和自治区政府各部门2015年度"
      "的年度报告编制。报告分为概述、主动公开、依申请公开、复议诉讼和存在的问题五部分。"
      "数据统计期限为2015年1月1日至12月31日。\n一、概述\n2015年，全区各级行政机关按照《条例》的要求，继续推进重点领域信息"
      "公开。\n二、主动公开政府信息情况\n")
d.prose("自治区政府及区直部门主动公开信息8.6万条，比上年增长12%；各市政府及市直部门主动公开信息27.4万条；各县级政府及"
        "县直部门主动公开信息61.2万条。\n")
d.add("全年通过自治区政府门户网站举办新闻发布会31场，刊发政府公报12期。\n三、依申请公开政府信息情况\n")
d.prose("全区共受理政府信息公开申请5217件，其中自治区本级1884件，市级2056件，县级1277件。\n", applications_received=5217)
d.add("四、行政复议和行政诉讼情况\n")
d.prose("全区因政府信息公开引发行政复议案件46件，行政诉讼案件19件。\n", review_cases=46, litigation_cases=19)

d = new("r311_spam_county_name_compiler_woxian_counts_area_zero_county_2013.txt", "", "", "", "", "county", 2013,
        "narrative", "", "prose",
        "M14/M06 a betting brand printed where the county's name was, in '由<spam>办公室编制' and the contact (the "
        "spam was taken as the agency until the round-23 change 2c406f1, which cuts the brand and leaves no name: blank, "
        "as labelled); P12 '2013年我县共主动公开…N条' and '全县共受理…申请"
        "N件，…；发生行政复议M件', not said to be compiled from every unit (no figures: the proactive count was taken "
        "until the round-21 change, now left out; the review count in the later clause, the sentence standing on "
        "the line under a heading with no stop, was still taken until parser commit ef0329e; now left out too); "
        "P09 '我县未发生…行政诉讼' (the county's zero is the government's; read); P10 (read); P15")
d.add("本报告根据《中华人民共和国政府信息公开条例》的要求，由星耀娱乐备用网址办公室编制，统计时间自2013年1月1日起至2013年12月"
      "31日止。报告由概述、主动公开、依申请公开、收费减免、复议诉讼、问题与改进六个部分组成。如有"
      "疑问，请联系星耀娱乐备用网址办公室政务公开科。\n一、概述\n2013年，星耀娱乐备用网址按照上级部署，健全了信息公开工作机构，"
      "明确了分管领导和具体工作人员。\n二、主动公开情况\n")
d.prose("2013年我县共主动公开政府信息2846条，其中机构职能类214条，政策法规类398条，工作动态类2234条。\n")
d.add("三、依申请公开情况\n")
d.prose("全县共受理政府信息公开申请14件，均在规定时限内答复；发生行政复议1件，已维持原答复。\n")
d.add("四、收费及减免情况\n")
d.prose("全年未收取任何政府信息公开费用。\n", fees_10k_yuan=0)
d.add("五、行政复议和行政诉讼情况\n")
d.prose("2013年我县未发生因政府信息公开引起的行政诉讼。\n", litigation_cases=0)

d = new("r312_mirror_quoted_city_report_whole_city_outcomes_next_sentence_city_2023.txt", "栖梧市人民政府", "", "", "",
        "city", 2023, "narrative", "", "prose",
        "M14/M06 a mirror's copy with no title, the city government named in '现向社会公开《X市人民政府2023年度…报告》' "
        "(read); P07 approximate whole-city counts (no figure; read); P12 '全市各级政府和部门受理…申请共N件。' then the "
        "outcomes in the next sentence with no subject ('从办理结果看，予以公开a件，部分公开b件，不予公开c件…'; no "
        "figure: the outcomes are still taken) and '全市各级政府和部门因政府信息公开被申请行政复议a件，被提起行政诉讼b件' "
        "(no figure; taken until the round-21 change, now left out); T15")
d.add("依照《中华人民共和国政府信息公开条例》的规定，现向社会公开《栖梧市人民政府2023年度政府信息公开工作年度报告》。\n"
      "一、总体情况\n过去一年，全市各级各部门围绕市政府的中心工作做好政务公开，用公开推动政策落地。\n(一)主动公开\n")
d.prose("全市通过政府网站、政务新媒体等渠道主动公开各类政府信息6800余条，其中政策文件和解读信息900余条。\n")
d.add("(二)依申请公开\n")
d.prose("全年全市各级政府和部门受理政府信息公开申请共412件。")
d.prose("从办理结果看，予以公开236件，部分公开31件，不予公开14件，无法提供88件，不予处理19件，其他处理16件，另有8件转入"
        "下年度办理。")
d.prose("全市各级政府和部门因政府信息公开被申请行政复议17件，被提起行政诉讼5件。\n")
d.add("(三)政府信息管理\n市里清理了现行有效的行政规范性文件，并在门户网站集中公开。\n")


# ---- twenty-second round (issue 9, study22): r313–r320 ------------------------------------
d = new("r313_no_title_dangzheng_zonghe_ban_guide_fenbie_shi_street_2024.txt", "青枫街道办事处", "", "", "", "street",
        2024, "narrative", "", "prose",
        "M06 no title; the street named in '可与X街道党政综合办联系(地址:…)' and in full only inside '《X街道办事处政府信息"
        "公开指南》' (the contact's office was taken into the name until the round-22 change 89c5d1a; now the street office "
        "of its guide, judgement as in round 22); P02 '共计公开政府信息N条，分别是…a条，…b条，…c条' with no 主动 before the "
        "total's noun (the last kind was taken until the round-22 change d1524e7; now N); P08 none received (read); T15")
d.add("本报告按照《中华人民共和国政府信息公开条例》和年度报告格式的要求编写，分为总体情况、主动公开政府信息情况、收到和处理"
      "政府信息公开申请情况、行政复议和行政诉讼情况、存在的问题及改进措施、其他需要报告的事项六个部分，数据统计时段为2024年1月"
      "1日至2024年12月31日。本报告登载于“榆汀市鹭岗区人民政府门户网站”，并送鹭岗区档案馆备查。如对本报告有疑问，可与青枫街道"
      "党政综合办联系(地址:榆汀市鹭岗区枫林路16号，邮编:350900)。\n一、总体情况\n(一)政府信息公开基本情况\n")
d.prose("1.主动公开：2024年街道主动公开政府信息3类，共计公开政府信息14条，分别是机构职能类信息2条，财政预决算信息3条，"
        "其他应当主动公开的政府信息9条。\n", proactive_disclosed=14)
d.prose("2.依申请公开：2024年街道没有收到政府信息公开申请。\n", applications_received=0)
d.add("3.信息管理：街道把信息公开列入年度重点工作，由党政综合办统筹，各科室按职责提供信息，分管领导审核后发布。\n"
      "4.平台建设：按照区里标准化建设的要求，修订了《青枫街道办事处政府信息公开指南》，补充依申请公开的办理流程"
      "和联系方式，并及时更新网页各栏目的内容，")

d = new("r314_no_title_e_version_site_only_name_portal_whole_output_county_2018.txt", "霁川县人民政府", "", "", "",
        "county", 2018, "narrative", "", "prose",
        "M06 no title; '现向社会发布2018年度本级政府(机关)…报告', the government printed only in '本报告的电子版可在X网站"
        "(www…)下载' (blank until the round-22 change 89c5d1a: the site the report says it is on names the agency when "
        "nothing else does; now read); P12 '全年通过县政府门户网站公开信息N条' in the county government's own report, not "
        "said to be compiled from every unit (the portal's whole output, the one channel counted: the figure "
        "(relabelled 2026-12-02 by FORMS §2: the one channel used; read); P08 the "
        "year's received count with no subject (read); P13 consultations (not read, right); P09 zeros (read); P15")
d.add("依照《中华人民共和国政府信息公开条例》的规定，现向社会发布2018年度本级政府(机关)政府信息公开工作年度报告。报告包括"
      "概述、主动公开政府信息情况、依申请公开政府信息情况、咨询处理情况、复议诉讼情况、存在问题和改进措施六部分，统计期限为"
      "2018年1月1日至2018年12月31日。本报告的电子版可在霁川县人民政府网站(www.jichuan.example.cn)下载。\n一、概述\n"
      "2018年，全县政府信息公开工作围绕县委县政府的中心工作，加强门户网站的内容保障，规范公开目录和指南，拓宽了群众获取"
      "信息的渠道。\n二、主动公开政府信息情况\n")
d.prose("全年通过县政府门户网站公开信息6215条，其中政务动态3870条，通知公告642条，政策文件118件。\n", proactive_disclosed=6215)
d.add("三、依申请公开政府信息情况\n")
d.prose("2018年，共收到公民、法人和其他组织提出的政府信息公开申请7件，均在法定期限内答复。\n", applications_received=7)
d.add("四、咨询处理情况\n")
d.prose("全年通过县长信箱和咨询电话答复群众咨询312人次。\n")
d.add("五、复议诉讼情况\n")
d.prose("2018年未发生因政府信息公开引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r315_source_field_only_name_template_period_year_before_county_bureau_2022.txt", "澜屿县交通运输局", "", "",
        "", "county_department", 2022, "narrative", "2023-01-18", "prose",
        "M07/M08 a heading with no agency and no year; M02 '发布时间:… 来源:X 字号:[大 中 小]' (the date read); M06 the "
        "bureau named only in the 来源 field, the prose saying 我局 (read since the round-21 docs review's change 2fe50ea); "
        "M10 '现将2022年度…情况报告如下' above the template's period line of the year before (the year is read as 2021: still "
        "read, and the year's count below is lost with it); P05 a total with its three channels adding up (N; missed with "
        "the year); P08 '共受理依申请公开办件0件' (not read yet); P09 zeros; T15")
d.add("政府信息公开工作年度报告\n发布时间:2023-01-18 10:20  来源:澜屿县交通运输局  字号:[大 中 小]\n\n"
      "根据《中华人民共和国政府信息公开条例》和省、市、县关于政务公开的工作要求，现将2022年度政府信息公开工作情况报告如下。\n"
      "本报告由总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、行政复议和行政诉讼情况、存在的主要问题及改进"
      "情况、其他需要报告的事项六项组成。本报告所列数据的统计期限自2021年1月1日起至2021年12月31日止。\n一、总体情况\n"
      "(一)主动公开方面。2022年，我局围绕农村公路建设和道路运输服务做好信息公开，")
d.prose("全年主动公开政府信息437条(同一信息在多个渠道发布的按1条计)，其中在县政府网站公开126条、政务微博发布188条、"
        "微信公众号发布123条；", proactive_disclosed=437)
d.prose("全年共受理依申请公开办件0件。\n", applications_received=0)
d.add("(二)依申请公开方面。本局明确专人负责申请的登记和答复，全年无超期答复的情况。\n")
d.prose("(三)复议诉讼方面。全年未发生因政府信息公开引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r316_doubled_place_compiler_cumulative_after_year_count_district_bureau_2014.txt", "渚阳市兰屿区民政局", "", "",
        "", "county_department", 2014, "narrative", "", "prose",
        "M06 no title; '由某市某区某市某区X局编制' with the place printed twice, the contact line printing it once (the doubled "
        "form was taken until the round-21 docs review's change 3909a50; now joined once); P06 '共主动公开、更新各类信息N条，"
        "累计主动公开信息M条' (M, the count to date, was taken until the round-22 change d1524e7; now N, the verb pair read as "
        "one); P08, P10 and P09 (read); T15 (the outline lists 附表; the excerpt ends before it)")
d.add("本年度报告依据《中华人民共和国政府信息公开条例》的规定，由渚阳市兰屿区渚阳市兰屿区民政局编制。全文由概述、主动公开"
      "政府信息情况、依申请公开政府信息情况、收费及减免情况、复议诉讼情况、存在的问题和改进措施以及附表组成，所列数据的统计"
      "期限为2014年1月1日至2014年12月31日。如对本报告有疑问，请与渚阳市兰屿区民政局办公室联系。\n一、概述\n2014年，我局把"
      "政府信息公开同民政重点工作一起部署，调整了信息公开工作领导小组，明确办公室承办日常工作。\n二、主动公开政府信息情况\n")
d.prose("2014年，我局共主动公开、更新各类信息186条，累计主动公开信息1473条，主要是低保、优抚和救灾资金的公示。\n",
        proactive_disclosed=186)
d.add("三、依申请公开政府信息情况\n")
d.prose("本年度我局共收到政府信息公开申请3件，均已按时答复。\n", applications_received=3)
d.add("四、收费及减免情况\n")
d.prose("本年度未收取任何信息公开费用。\n", fees_10k_yuan=0)
d.add("五、复议诉讼情况\n")
d.prose("本年度未发生因政府信息公开申请提起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r317_zone_generic_word_kinds_list_yishenqing_item_shenqing_qi_zone_2022.txt", "鹤汀经济开发区", "", "", "",
        "county", 2022, "narrative", "", "prose",
        "M06/M08 no title; the zone says only '开发区' and '我委', its full name printed only as its WeChat account's name "
        "(the generic '开发区' was taken until the round-21 docs review's change 3909a50; now blank: the full name not read "
        "yet, judgement as in round 20); P07 '公开政府信息N余条' with its kinds (no figure); P08 '依申请公开2条' as one item "
        "of that list (taken as received until the round-22 change 1de0e66; now not), and '全年收到依申请公开申请N起' (the "
        "doubled noun with 起: not read yet); P09 zeros (read); T15")
d.add("本报告根据《中华人民共和国政府信息公开条例》的规定编制，内容包括总体情况、主动公开、依申请公开、复议诉讼、存在问题和"
      "其他事项，统计期限为2022年1月1日至2022年12月31日。如有疑问，请与开发区管委会党政办公室联系。\n一、总体情况\n2022年，"
      "开发区围绕招商引资和项目建设做好政务公开，我委把信息公开纳入各部门的年度考核。\n(一)主动公开情况\n")
d.prose("2022年公开政府信息410余条，工作动态186条、通知公告52条、招商信息37条、项目公示29条、财政信息12条、人事信息"
        "6条、政策解读9条、政府信息年报1条、依申请公开2条、政民互动4条。")
d.add("重要信息同步在微信公众号“鹤汀经济开发区发布”推送。\n(二)依申请公开情况\n")
d.prose("全年收到依申请公开申请5起，均已按期答复，无结转。\n", applications_received=5)
d.add("(三)复议诉讼情况\n")
d.prose("全年未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r318_heading_run_into_whole_area_sentence_benji_district_2024.txt", "沄川区人民政府", "", "", "", "county",
        2024, "narrative", "", "prose",
        "M00 a plain title (read); P12 '(二)依申请公开' / '2024年全区共收到…申请N件，…，发生行政复议M件；区人民政府本级收到"
        "申请K件' (the whole district opening the sentence on the line after a heading the line break ran into: neither N "
        "nor M is the government's, M was taken until the round-22 change ef0329e; K, the body's 本级, is its own again: "
        "received K, read); P01 the government's own proactive count (read); P09 the government's litigation zero (read); "
        "T15")
d.add("沄川区人民政府2024年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制，统计期限为2024年1月1日"
      "至12月31日。如对报告有疑问，请与沄川区人民政府办公室联系。\n一、总体情况\n(一)主动公开\n")
d.prose("2024年，区人民政府主动公开政府信息1342条，其中政策文件56件、政策解读31篇。\n", proactive_disclosed=1342)
d.add("(二)依申请公开\n")
d.prose("2024年全区共收到政府信息公开申请83件，结转下年3件，发生行政复议4件；")
d.prose("区人民政府本级收到申请12件，均已办结。\n", applications_received=12)
d.add("(三)政府信息管理\n区里落实公文公开属性源头认定，拟文时即明确公开方式。\n")
d.prose("全年区人民政府未发生因政府信息公开引起的行政诉讼。\n", litigation_cases=0)

d = new("r319_province_page_tier_counts_over_whole_traditional_mirror_province_2013.txt", "", "", "", "", "province",
        2013, "narrative", "", "traditional",
        "M12/M14 page 3 of a province's report on a traditional mirror, never named (blank; read right); P12/P03 '全省受理"
        "…申請N件' then each tier's received count and outcomes (the reader takes the province-wide N for a province "
        "report, judgement as in round 22; the province-and-departments tier's count '省政府及其部門受理申請M件' was "
        "taken in N's place until the round-46 change 9c1dfaa, a government's and its departments' count being the "
        "area's, and is not since, so N is now missed; the lower tiers' outcomes are still taken), the first tier's "
        "litigation zero beside the other tier's count (still taken, P09); P10 the province-wide fee zero (read); P07 "
        "approximate staff (no figure); P15")
d.add("|\n|\n三、依申請公開政府信息情況\n")
d.prose("2013年，全省受理政府信息公開申請2864件，比上年增長41.2%。", applications_received=2864)
d.prose("省政府及其部門受理申請529件，已答復511件，其中同意公開318件，同意部分公開27件，不予公開19件，信息不存在等"
        "其他情況147件。\n\n")
d.prose("市縣兩級政府、所屬部門及鄉鎮政府共受理申請2335件，已答復2318件，其中同意公開1876件，同意部分公開214件，"
        "不予公開98件，其他情況130件。\n\n")
d.add("四、行政復議、行政訴訟情況\n")
d.prose("2013年，省政府及其部門未發生涉及政府信息公開的行政訴訟案件，收到相關復議申請31件；市縣兩級政府及其部門"
        "發生此類行政訴訟案件4件，收到相關復議申請17件。\n")
d.add("五、政府信息公開的收費及減免情況\n")
d.prose("全省各級行政機關在提供政府信息時均未收取費用。\n", fees_10k_yuan=0)
d.add("六、政府信息公開工作機構和人員情況\n省政府辦公廳為全省政府信息公開工作的主管部門，各市、縣由政府辦公室或政務服務中心"
      "承擔具體工作。")
d.prose("據統計，全省從事政府信息公開工作的專兼職人員約2600人。\n")

d = new("r320_no_title_contact_dangzhengban_site_subject_line_cell_yuan_amount_town_2019.txt", "枫溪镇", "", "", "",
        "township", 2019, "ogi2019", "", "line_cell",
        "M06 no title; the town named only in '可与X党政办联系(地址:某县X…)' (its government never printed: the bare town), "
        "its first count's subject a site ('截至12月31日，政府信息公开网站主动公开…'; the site was taken as the agency until "
        "the round-22 change 89c5d1a; now the town); P06 that count has no year and its parts add to less (no figure; read "
        "right); T02 a 2019 表二 one value per line between blank lines, its (一) header printing 本年新制作数量 twice (T06; "
        "the values in the form's order; read), the procurement amount in 元 (T12: 8.645 万元); T11 cut at 表三's first "
        "header word")
d.add("一、总体情况\n本年度报告依据《中华人民共和国政府信息公开条例》和省里的实施办法编写，由概述、主动公开、依申请公开、收费"
      "减免、复议诉讼、问题和改进六部分组成，全文在“鹭川·溪口”门户网站(www.xikou.example.cn)年度报告专栏公布。如对本报告有"
      "疑问，可与枫溪镇党政办联系(地址:溪口县枫溪镇新街8号，邮编:642400)。\n2019年，我镇把涉及群众切身利益的事项作为公开的"
      "重点，低保、救灾物资发放和村级公益事业在镇村两级公示栏同步公开。")
d.prose("截至12月31日，政府信息公开网站主动公开政府信息96条。其中，工作动态41条，公示公告27条，财政信息3条，政策文件9条，"
        "其他信息8条。\n")
d.add("二、主动公开政府信息情况\n\n")
for title, header, rows in t2_rows("ogi2019", {"normative_docs": ["2", "2", "5"], "license": ["4", "0", "23"],
                                              "penalty": ["2", "0", "5"], "procurement": ["3", None]}):
    if header[1] == "本年新制作数量":
        header = [header[0], header[1], header[1], header[3]]  # the second header misprinted as the first
    d.add(title + "\n\n" + "".join(h + "\n\n" for h in header))
    for label, cells in rows:
        d.add(label + "\n\n")
        for printed, code in cells:
            if code is None:
                d.raw("86450元", "2019.t2.procurement.amount", "8.645", "reported")
            else:
                d.value(printed, code)
            d.add("\n\n")
d.add("三、收到和处理政府信息公开申请情况\n\n(本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和)\n\n申")


# ---- twenty-third round (issue 9, study23): r321–r328 ------------------------------------
d = new("r321_trail_meta_items_with_kinds_pair_weather_bureau_2015.txt", "澄溪市气象局", "", "", "",
        "county_department", 2015, "narrative", "2016-03-22", "prose",
        "M01 a trail with an ellipsis crumb ('您现在的位置: 首页' / '> ... > 信息公开年报'); M02 '发布日期:… 来源: 市某局 "
        "字号: [ ] 浏览次数:' (the date read); M00 a plain title without 工作 (read); P02 '共主动公开政府信息N项M条，其中包括"
        "…' (the items' count N was taken until the round-23 change f63c52b; now M, the count with its kinds); P08 none "
        "received; P10 no fee; P09 zeros; P15")
d.add("您现在的位置: 首页\n> ... > 信息公开年报\n\n澄溪市气象局2015年政府信息公开年度报告\n\n"
      "发布日期: 2016-03-22 09:12 来源: 市气象局 字号: [ ] 浏览次数:\n\n"
      "  依照《中华人民共和国政府信息公开条例》和省里的暂行办法，现向社会发布澄溪市气象局2015年度政府信息公开年度报告。报告"
      "分为概述、主动公开情况、依申请公开情况、收费及减免、复议诉讼、存在问题和改进措施六个部分，统计期限为2015年1月1日至"
      "2015年12月31日。如有疑问，请与澄溪市气象局办公室联系(地址:澄溪市望江路26号，电话:0571-6602118)。\n\n"
      "  一、概述\n\n  2015年，我局在市政府办公室的部署下，把信息公开同气象服务一起安排，划定公开范围，信息经审核后及时"
      "上网。\n\n  二、主动公开政府信息情况\n\n")
d.prose("  2015年，我局在市政府信息公开平台上分类发布应当主动公开的信息，共主动公开政府信息12项57条，其中包括机构职能2条、"
        "工作动态31条、气象预警信息9条、规划计划2条、财政资金3条、部门文件6条、人事信息2条、应急管理1条和信息公开年报1条。\n\n",
        proactive_disclosed=57)
d.add("  三、依申请公开情况\n\n")
d.prose("  本年度我局未收到公民、法人或其他组织的政府信息公开申请。\n\n", applications_received=0)
d.add("  四、收费及减免情况\n\n")
d.prose("  本年度未收取信息检索、复制、邮寄等任何费用。\n\n", fees_10k_yuan=0)
d.add("  五、复议诉讼情况\n\n")
d.prose("  本年度未发生与政府信息公开有关的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r322_place_only_preamble_kinds_list_no_deng_kinds_count_town_2023.txt", "青岚镇人民政府", "", "", "",
        "township", 2023, "narrative", "", "prose",
        "M08 '现公布某镇2023年…报告' (place only), the government printed in the contact '请与X人民政府党政办公室联系' "
        "(read); P02 '我镇主动公开A、B、C信息3类N条，其中…' (a list of kinds without 等, counted: no total was read "
        "until the round-23 change f63c52b; now N); P08/P14 '收到…申请0条' (read); P11 '确定1名工作人员' (read); P09 "
        "zeros (read); T15 (cut at the first character of 表二's heading)")
d.add("根据《中华人民共和国政府信息公开条例》和区政府办公室关于编制年度报告的通知要求，现公布青岚镇2023年政府信息公开"
      "工作年度报告。报告中数据的统计时段为2023年1月1日至12月31日。如对报告有疑问，请与青岚镇人民政府党政办公室联系(电话:"
      "0839-7215503)。\n一、总体情况\n(一)主动公开情况\n")
d.add("我镇的信息主要发布在区政府门户网站的乡镇专栏，镇政务公开栏同步张贴。")
d.prose("2023年，我镇主动公开工作动态、通知公告、财政预决算信息3类41条，其中工作动态信息29条、通知公告信息9条、"
        "财政预决算信息3条。\n", proactive_disclosed=41)
d.add("(二)依申请公开情况\n")
d.prose("本年度我镇共收到政府信息公开申请0条。\n", applications_received=0)
d.add("(三)信息管理情况\n")
d.prose("镇里确定1名工作人员负责政府信息公开的日常工作，信息经分管领导把关后发布。", staff=1)
d.prose("全年未发生因政府信息公开引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("(四)监督保障\n把政务公开纳入村(社区)年度考核，每季度对栏目更新情况自查一次。\n二、主动公开政府信息情况\n第")

d = new("r323_spam_mirror_zone_name_line_year_title_channels_no_zhudong_zone_2022.txt", "泺川经济开发区", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M07 the zone's name on a line of its own above a year-only title, the e-version line naming the county's site "
        "(the site's government was taken until the round-23 change edbd027; now the zone); M14 a spam mirror, a betting "
        "brand pasted where a government's name stood in a sentence (no effect on the name); P05 '通过政府网站、政务新媒体"
        "等渠道公开…各类政府信息共计N条' with no 主动 (not read yet); P08 '未收到依申请公开事项' (read); T15")
d.add("泺川经济开发区\n2022年政府信息公开工作年度报告\n本报告按照《中华人民共和国政府信息公开条例》的要求编写，内容包括"
      "总体情况、主动公开、依申请公开、复议诉讼和存在问题等部分，数据统计时段为2022年1月1日至2022年12月31日。本报告电子版"
      "可从“泺川县人民政府”门户网站(http://www.luochuan.example.cn/)下载。如有疑问，请与(泺川经济开发区0317-5526010)"
      "联系。\n一、总体情况\n2022年我区通过县政府门户网站信息公开专栏和微信公众号公开政府信息，重点是项目建设、企业服务和"
      "工作动态。\n一是做好主动公开。我区按照上级和金冠体育投注_竞彩娱乐平台官网政府的部署，把公开任务分到各科室，")
d.prose("2022年通过政府网站、政务新媒体等渠道公开项目动态、通知公告等各类政府信息共计63条，做到发布及时、内容准确。\n",
        proactive_disclosed=63)
d.add("二是依申请公开方面。")
d.prose("2022年，我区没有收到依申请公开事项。\n", applications_received=0)
d.add("三是信息管理方面。落实信息发布审核制度，涉及企业的信息先征求意见再发布。\n")


def lay_group_bar_cells(doc: Doc, t2: dict, t3: dict) -> None:
    """A 2021 table one cell per line ending ' |' (ASCII brackets), 表三's applicant cells printed empty as bare '|'
    lines; a row ends '||', but a row under a group label ends in a single '|' (the surplus empty cell may be taken
    from either end: ambiguous, labelled as the page means it)."""
    fix = lambda s: s.replace("（", "(").replace("）", ")").replace("：", ":")  # noqa: E731
    doc.add("二、主动公开政府信息情况\n")
    for title, header, rows in t2_rows("ogi2021", t2):
        doc.add(f"{fix(title)} |\n|||\n")
        for h in header:
            doc.add(f"{fix(h)} |\n")
        if len(header) == 2:
            doc.add("||\n")
        for label, cells in rows:
            doc.add(f"{label} |\n")
            for printed, code in cells:
                doc.value(printed, code)
                doc.add(" |\n")
            if len(cells) == 1 and label != "行政事业性收费":
                doc.add("||\n")
    doc.add("三、收到和处理政府信息公开申请情况\n")
    doc.add("(本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和) |\n申请人情况 |\n||||||||\n"
            "自然人 |\n法人或其他组织 |\n总计 |\n|||||||\n商业 企业 |\n科研 机构 |\n社会公益组织 |\n法律服务机构 |\n其他 |\n"
            "|||||\n")
    for label, group, cells in t3_rows("ogi2021", t3):
        if group:
            doc.ambiguous()
            doc.add(f"{fix(group)} |\n")
        doc.add(f"{fix(label)} |\n")
        for printed, code, ap in cells:
            if ap == "total":
                doc.value(printed, code, ap)
                doc.add(" |\n")
            else:
                doc.raw("|", code, "", "blank", ap)
                doc.add("\n")
        doc.add("|\n" if group else "||\n")


d = new("r324_never_named_2021_table3_group_rows_single_bar_street_2023.txt", "", "", "", "", "street", 2023,
        "ogi2021", "", "pipe_cell",
        "M06 never named ('我街道'; blank, read right); T01 a 2021 表二 and 表三 one cell per line ending ' |' with '|||' and "
        "'||' lines, 表三's six applicant cells printed empty as bare '|' lines before the 总计; rows end '0 |' / '||', but a "
        "row under a group label ('三、本年度办理结果 |' / '(一)予以公开 |', '(三)不予公开 |' / '1.属于国家秘密 |' …) ends "
        "in a single '|': the surplus empty cell may be dropped at either end, so the row is ambiguous (its value was "
        "placed under 其他 with the total blank until the round-23 change 28a4dd3; now reported and not read: its cells, "
        "labelled as the page means them, are missed); the other rows read; the columns balance (一 + 二 = (七) + 四)")
d.add("一、总体情况\n2023年，我街道在区委、区政府领导下，把政务公开融入便民服务，主要依托区政府门户网站的街道专栏发布"
      "信息，现将有关情况报告如下:\n")
lay_group_bar_cells(d, {"normative_docs": ["1", "0", "2"], "license": ["6"]},
                    {k: ["", "", "", "", "", "", v] for k, v in
                     {**{key: "0" for _label, key, _group in T3_ROWS_2021},
                      "new_received": "3", "granted": "2", "unable.not_held": "1", "total": "3"}.items()})

d = new("r325_city_own_report_whole_city_handled_count_portal_county_2023.txt", "岷溪市人民政府", "", "", "", "county",
        2023, "narrative", "", "prose",
        "M06 no title; '现公布X人民政府2023年度…报告' (read); P12 the portal's whole-city output with its kinds in the "
        "city government's own report (no figure; not read, right) and '某市累计办理…依申请公开信息合计N件', a handled "
        "count with the whole city as subject (no figure: judgement as in round 23; read as the received count until "
        "round 137's wording, as 137b08); "
        "P05 two accounts' counts with no total (no figure); P09 zeros (read); T15")
d.add("根据《中华人民共和国政府信息公开条例》和年度报告格式的通知(国办公开办函〔2021〕30号)编制本报告，现公布岷溪市人民政府"
      "2023年度政府信息公开工作年度报告，所列数据统计时段为2023年1月1日至12月31日，如对本报告有疑问，请联系岷溪市政府政务"
      "公开办公室(地址:岷溪市府前路8号，电话:0913-6620157)。\n一、总体情况\n(一)主动公开情况。围绕重点领域做好公开，"
      "栏目按主题重新归类。")
d.prose("2023年度，市政府门户网站公开全市各类政府信息共计2864条，包括政务动态1502条，公告公示311条，解读回应86条，其他类"
        "信息965条。")
d.prose("“岷溪发布”微信公众号发布信息402条，微博账号发布信息97条。\n")
d.add("(二)依申请公开情况。规范登记、办理和答复各环节。")
d.prose("2023年度，岷溪市累计办理公民、法人或其他组织通过门户网站、信函等途径依申请公开信息合计9件，均按期答复。")
d.prose("全年未发生因政府信息公开申请引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理情况。落实信息发布“三审三校”，对政策文件同步做好解读。\n")

d = new("r326_time_line_made_obtained_by_attribute_after_review_suit_city_bureau_2024.txt", "临沣市海洋与渔业局", "", "",
        "", "city_department", 2024, "narrative", "2025-01-17", "prose",
        "M00 a plain title under a one-word heading; M02 '时间:yyyy-mm-dd hh:mm' (read); M10 '自20241月1日至202412月31日' "
        "(no effect); P02/P08 '(一)主动公开2024年制作、获取政府信息N条:其中,累计主动公开文件a条,作为依申请公开文件b条,不予公开"
        "文件c条' (a, the proactive part by disclosure attribute: not read yet; b is no request count, not read, right); "
        "P08 the bureau's received count (read); P09 '…行政复议1件；…经复议后起诉的行政诉讼0件' (the review count read; "
        "the after-review kind is no litigation total: still read as litigation 0); T15")
d.add("政府信息公开\n临沣市海洋与渔业局2024年政府信息公开工作年度报告\n时间:2025-01-17 15:06\n\n本报告依据《中华人民共和国"
      "政府信息公开条例》和年度报告格式的要求，由临沣市海洋与渔业局编制，分为总体情况、主动公开政府信息情况、收到和处理政府"
      "信息公开申请情况、行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项六部分，所列数据的统计期限自"
      "20241月1日至202412月31日。如有疑问，请与临沣市海洋与渔业局办公室联系(电话:0596-3318260)。\n\n一、总体情况\n\n")
d.prose("(一)主动公开2024年制作、获取政府信息196条:其中,累计主动公开文件88条,作为依申请公开文件31条,不予公开文件77条。"
        "主动公开的信息以渔业资源养护和港口管理为主。\n\n", proactive_disclosed=88)
d.add("(二)依申请公开\n\n")
d.prose("2024年，我局收到政府信息公开申请4件，均已按期答复。", applications_received=4)
d.prose("因政府信息公开申请答复引起的行政复议1件；因政府信息公开申请答复引起的经复议后起诉的行政诉讼0件。\n\n",
        review_cases=1)
d.add("(三)政府信息管理\n\n局办公室统一发布，业务科室拟稿时写明公开属性。\n")

d = new("r327_betting_brand_before_short_name_meta_unit_uploaded_count_county_bureau_2016.txt", "县卫生和计划生育局", "",
        "", "", "county_department", 2016, "narrative", "2017-02-27", "prose",
        "M14 a spam mirror whose betting brand stands where the county's name was, before '卫计局' in the title and the "
        "prose (the whole string was taken until the round-23 change 2c406f1; now the brand is cut and '卫计局' read: "
        "still short of the label); M02 '发布单位:县X局 发布时间: … 浏览次数: 字体: [ ]' (the date read; the unit's "
        "fuller name is the label, as round 8's 发布机构: judgement); P01 '2016年累计主动上传信息N条，经审核公开N条' (the "
        "year named: N, not read yet); P06 the site's total to date (no figure, right); P13 records and penalties (not "
        "read, right); P15")
d.add("政府信息公开\n\n银河娱乐城_世界杯投注网-【官方备用网址】卫计局2016年度政府信息公开工作年度报告\n\n"
      "发布单位:县卫生和计划生育局 发布时间: 2017-02-27 16:21 浏览次数: 字体: [ ]\n\n\n \n\n"
      "依照《中华人民共和国政府信息公开条例》和银河娱乐城_世界杯投注网-【官方备用网址】政府信息公开的规定，现公布卫计局"
      "2016年度政府信息公开年度报告。报告包括概述、主动公开、依申请公开、收费减免和复议诉讼、存在问题及改进五个部分，"
      "数据统计时段为2016年1月1日至2016年12月31日。\n\n一、概述\n\n为规范本局政府信息公开、提高卫生计生工作"
      "的透明度，银河娱乐城_世界杯投注网-【官方备用网址】卫计局从制度、平台和审核三方面做了工作。\n\n"
      "二、主动公开政府信息情况\n\n")
d.prose("2016年累计主动上传信息184条，经审核公开184条，网站信息累计总量达到612条。", proactive_disclosed=184)
d.prose("计划生育奖励扶助对象录入1935条，行政处罚2件。\n\n")
d.add("公开形式:\n\n1.政府网站。公众可在县政府网站和卫计局网站查阅主动公开的信息，并按公开目录检索。\n\n"
      "2.公开栏。在局机关和各卫生院设置公开栏，公示收费标准和办事流程。")

d = new("r328_name_only_in_group_and_rules_names_de_particle_county_bureau_2021.txt", "漳溪县林业和草原局", "", "", "",
        "county_department", 2021, "narrative", "", "prose",
        "M06 no title, '我局'; the name printed only inside its leading group's name and its rules' name (《X政府信息与政务"
        "公开工作制度》; not read yet: blank, as in round 23); '现将2021年度的政府信息公开工作情况报告如下' names no one ("
        "'的政府' was taken as a name until the change 2c41464 after round 22's docs review; now nothing); P13 meetings, "
        "trainings and documents sent to the archives (not read, right); T15")
d.add("一、总体情况\n根据《中华人民共和国政府信息公开条例》的要求，现将2021年度的政府信息公开工作情况报告如下:\n"
      "本报告统计数据的时限为2021年1月1日至2021年12月31日。\n(一)健全工作机构。我局调整了以局长为组长、副局长为副组长、"
      "各股室和局属单位负责人为成员的漳溪县林业和草原局政府信息公开工作领导小组，领导小组办公室设在局办公室，承担日常事务。\n"
      "(二)完善工作制度。修订了《漳溪县林业和草原局政府信息与政务公开工作制度》，把保密审查、信息发布、依申请办理和责任追究"
      "写入制度。")
d.prose("2021年召开信息公开工作会议2次，组织业务培训1次。\n")
d.add("(三)拓展公开内容。及时更新机构职能和公开指南，公开林长制、森林防火和生态护林员等重点工作信息；")
d.prose("全年向县档案馆移交应公开文件46份。\n")
d.add("(四)依托平台公开。依托县政府信息公开门户网站，")


# ---- twenty-fourth and twenty-fifth rounds (issue 9, study24, study25): r329–r340 ----
d = new("r329_sumu_place_title_site_total_qizhong_zhudong_sumu_2022.txt", "翠原旗呼格吉勒图苏木人民政府", "", "", "",
        "township", 2022, "narrative", "", "prose",
        "M08 a sumu's place-only title, the government printed in the contact ('请与X苏木人民政府联系'; the bare place was read "
        "until the round-24 change 32b9c9e, which makes a sumu a place; now the government); P02 "
        "'X人民政府网站共发布政府信息N条，其中，主动公开M条，…' (the site's N was taken until the round-25 change a8da739; now M, the "
        "proactive part); P08 none received (read); T15")
d.add("翠原旗呼格吉勒图苏木2022年政府信息公开工作年度报告\n本报告按照《中华人民共和国政府信息公开条例》和盟、旗两级的有关"
      "通知，结合本苏木的实际编写，分为总体情况、主动公开、依申请公开、复议诉讼、存在问题及改进、其他事项六个部分，数据统计"
      "时段为2022年1月1日至12月31日。对本报告如有疑问，请与翠原旗呼格吉勒图苏木人民政府联系(电话:0482-6301172)。\n"
      "一、总体情况\n本苏木把牧区政策、惠牧资金和嘎查事务作为公开的重点，按季度梳理公开目录。\n(一)主动公开\n")
d.prose("2022年翠原旗呼格吉勒图苏木人民政府网站共发布政府信息88条，其中，主动公开71条，内容有草原保护、惠牧补贴、民政"
        "救助和道路饮水等。\n", proactive_disclosed=71)
d.add("(二)依申请公开\n")
d.prose("2022年，本苏木未收到依申请公开事项。\n", applications_received=0)
d.add("(三)政府信息管理\n落实先审后发，嘎查公示栏每月更新一次，过期信息及时撤下。\n")

d = new("r330_betting_brand_as_city_title_twice_portal_output_city_2024.txt", "", "", "", "", "city", 2024,
        "narrative", "", "prose",
        "M14 a betting brand printed wherever the city's name was (the title, the preamble's report name, the scope "
        "sentence, the portal's name): the brand was taken as the agency until the round-24 changes 2c406f1 and "
        "2b887a9, which cut it and find no name after it; now blank, as labelled; M07 the title printed twice, the "
        "second split after '政府信息'; P12/P17 '通过<brand> 共发布政务信息N条，概况类信息更新量a条…' in the compiled report: the portal's "
        "whole output while the gazette and new media are named without counts (no figure; still read); P13 messages "
        "answered and interviews (not read, right); T15")
d.add("677bet(亚洲)官方网站 2024年政府信息公开工作年度报告\n677bet(亚洲)官方网站 2024年政府信息\n公开工作年度报告\n"
      "依照《中华人民共和国政府信息公开条例》和年度报告格式的规定，现发布677bet(亚洲)官方网站 2024年政府信息公开工作年度报告。"
      "报告分总体情况、主动公开、依申请公开、复议诉讼、存在问题和其他事项六部分，汇总了677bet(亚洲)官方网站 所辖各县(区)"
      "政府和市政府各部门的政府信息公开情况。\n一、总体情况\n2024年，我市把政务公开同优化营商环境结合起来，围绕重点领域"
      "推进公开。\n(一)主动公开。全市各级政府及其部门通过政府网站、政务新媒体和政府公报公开规章、规范性文件和预决算信息。")
d.prose("2024年，通过677bet(亚洲)官方网站 共发布政务信息15406条，概况类信息更新量39条，政务动态信息更新量7751条，信息"
        "公开目录信息更新量588条，网站作为公开第一平台的作用进一步发挥。")
d.prose("依托“互动交流”栏目答复网民留言1362条，开展在线访谈17场次。\n")

d = new("r331_index_list_fabu_jigou_dangzhengban_year_to_date_total_town_2024.txt", "澜岙镇人民政府", "", "", "",
        "township", 2024, "narrative", "", "prose",
        "M04 an index list ('- 索 引 号:…', '- 发布机构:X人民政府', '- 公文生成日期:…') above an untitled report; M06 the prose says "
        "only '我镇', '我单位' and '党政办' ('由党政办负责…', '请与某镇党政办联系'): '党政办' was read as the agency until the round-24 change "
        "e7688ae (an internal office with no body before it is no agency); now the 发布机构's government; M11 the 公文生成日期 "
        "read as the publication date where the reader gives none until the round-47 change 428a5aa (an index block's "
        "生成日期 dates the document); not read since, right; P06 "
        "'截至目前，本镇2024年度主动公开类…网上发布累计总量达N条，历年…累计总量达M条' (the year named inside a count to date: N, judgement as in round 24; "
        "not read yet); P08 '我单位无涉及依申请公开的内容' (0; not read yet); T15")
d.add("- 索 引 号:LX03312-0102-2025-00002\n- 备注/文号:澜政〔2025〕2号\n- 发布机构:澜岙镇人民政府\n"
      "- 公文生成日期:2025-01-09\n"
      "依据《中华人民共和国政府信息公开条例》和省里的政府信息公开办法，特向社会公布2024年度本级政府信息公开年度报告。报告"
      "包括总体情况、主动公开、依申请公开、复议诉讼、存在问题及改进、其他事项六部分，统计期限为2024年1月1日至12月31日。"
      "如对本报告有疑问，请与澜岙镇党政办联系(电话:0596-7730215)。\n一、总体情况\n对照《条例》和本单位的工作实际，"
      "对我镇政府信息公开情况总结如下。\n(一)主动公开\n我镇依托区政府网站和“澜岙发布”公众号发布政策解读和工作动态。")
d.prose("截至目前，本镇2024年度主动公开类政府信息的网上发布累计总量达26条，历年公开的累计总量达613条。\n",
        proactive_disclosed=26)
d.add("(二)依申请公开\n")
d.prose("2024年，我单位无涉及依申请公开的内容。\n", applications_received=0)
d.add("(三)政府信息管理\n明确由党政办负责信息公开的指导和协调，牵头编制本镇公开指南和年度报告。\n")

d = new("r332_site_count_history_total_kinds_tudi_liyong_town_2024.txt", "石岙镇人民政府", "", "", "", "township",
        2024, "narrative", "", "prose",
        "M06 no title; the town's government printed only in the contact's address ('请与某镇党政办公室联系(地址:…某镇人民政府…)'; read); "
        "P04/P06 '我镇通过某区政府网站主动公开政府信息N条，历年累计公开M条' with its kinds after, one of them '…土地利用总体规划…1条' (the 利用 of 土地利用 was "
        "taken for a channel's verb, so the site's count looked like one channel of two and was dropped, until the "
        "round-24 change 31da355; now N; M cumulative, left); T15")
d.add("本年度报告依照《中华人民共和国政府信息公开条例》和省政府信息公开办法编写，分为总体情况、主动公开、依申请公开、复议"
      "诉讼、收费、存在问题和其他事项七部分，数据统计时段为2024年1月1日至2024年12月31日。本报告电子版在区政府网公布。如有"
      "疑问，请与石岙镇党政办公室联系(地址:桐江区石岙镇府前路16号石岙镇人民政府，电话:0594-5528301)。\n一、总体情况\n"
      "2024年度，石岙镇以政府网站为主渠道推进主动公开，做到应公开尽公开。\n(一)主动公开情况\n")
d.prose("2024年度，我镇通过桐江区政府网站主动公开政府信息14条，历年累计公开702条。", proactive_disclosed=14)
d.add("其中年度报告1条；机构设置和办事指南2条；社会救助和医疗保障方面的政策措施5条；安全生产和突发事件应对3条；乡镇土地"
      "利用总体规划及在建项目实施情况1条；财政预决算2条。\n(二)依申请公开情况\n")

d = new("r333_boards_screen_and_district_site_apart_fee_restated_staff_town_2023.txt", "桐江区柳溪镇人民政府", "", "",
        "", "township", 2023, "narrative", "", "prose",
        "M06 no title; '现向社会公布X人民政府2023年…报告' (read); P05 '通过公开栏、电子屏等载体公开政府信息a条，通过某区政府网站更新公开政府信息b条' (several means "
        "counted together beside another channel counted apart: the boards' a was taken until the round-24 change "
        "826eb52; now no figure, right); P10/P13 '…共收取行政事业性费用0元' restating 表二's fee row (read as the no-fee zero until "
        "the round-24 change 33065a2; now none, right); P11 '指定…专职人员1名' (read); T15")
d.add("依据《中华人民共和国政府信息公开条例》和省、市、区的有关规定，现向社会公布桐江区柳溪镇人民政府2023年政府信息公开"
      "工作年度报告。统计时限为2023年1月1日至2023年12月31日。如对年报有疑问，请您与柳溪镇党政办联系(电话:0527-8851260)。"
      "\n一、总体情况\n(一)加强组织领导。成立以镇长为组长的政务公开领导小组，")
d.prose("指定政府信息公开工作专职人员1名，负责信息的收集、审核和发布。\n", staff=1)
d.add("(二)加大公开力度。坚持以公开为常态，")
d.prose("2023年，通过公开栏、电子屏等载体公开政府信息64条，通过桐江区政府网站更新公开政府信息83条，其中财政信息4条，机构"
        "信息3条，文件、总结及其他76条。\n")
d.add("(三)政府信息管理。")
d.prose("2023年我镇制发行政规范性文件2件，行政许可处理决定41起，行政处罚处理决定0起，共收取行政事业性费用0元。\n")

d = new("r334_field_a_line_index_block_short_publisher_title_twice_zone_2022.txt", "蓼湾经济开发区管理委员会", "", "",
        "", "county_department", 2022, "narrative", "2023-01-12", "prose",
        "M04 an index block printing one field a line with bullets ('• 发布机构:' / '• X管委会', '• 成文日期:' / '• yyyy-mm-dd') "
        "above the zone's full title printed twice: the block's short 发布机构 was taken until the round-24 change "
        "ea7b13a, which reads such a block as menu before the real title; now the title's committee; M07 the title "
        "printed twice; M02 '浏览次数: 发布日期: 2023- 01- 12 15 : 40 字体:[ ]' with spaces inside the date (read); P04 one "
        "channel (read); P08 none received (read); T15")
d.add("  • 索引号:\n  • 001008004012173/2023-215460\n  • 组配分类:\n  • 信息公开年报\n  • 发布机构:\n  • 蓼湾开发区管委会\n"
      "  • 成文日期:\n  • 2023-01-12\n  • 公开方式:\n  • 主动公开\n\n"
      "蓼湾经济开发区管理委员会2022年政府信息公开工作年度报告\n\n蓼湾经济开发区管理委员会2022年政府信息公开工作年度报告\n"
      "浏览次数: 发布日期: 2023- 01- 12 15 : 40 字体:[ ]\n\n一、总体情况\n\n本报告依据《中华人民共和国政府信息公开条例》的"
      "要求，由蓼湾经济开发区管理委员会编制。统计期限为2022年1月1日至2022年12月31日。如有疑问，请与管委会综合办公室联系"
      "(电话:0577-6213580)。\n\n")
d.prose("2022年，我委通过市政府门户网站主动公开政府信息37条，主要是项目审批、招商政策和工作动态。\n\n",
        proactive_disclosed=37)
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)

d = new("r335_genju_year_name_shiji_bianzhi_field_noun_handled_city_bureau_2023.txt", "岚川市水务局", "", "", "",
        "city_department", 2023, "narrative", "", "prose",
        "M06 no title, the name printed only in '根据2023年X信息公开工作实际编制而成' and inside its own documents' titles (blank "
        "until the round-24 change 8f3902f; now X); P01 '2023年，主动公开水务管理信息N条' (the bureau's field inside the noun, as "
        "round 24's justice bureau: not read yet); P08 '全年处理政府信息公开申请N条' (handled, not received: no figure; not read, "
        "right); T15")
d.add("本年报依照《中华人民共和国政府信息公开条例》和年度报告格式通知的要求，根据2023年岚川市水务局信息公开工作实际编制而成。"
      "统计时段为2023年1月1日到2023年12月31日。\n一、总体情况\n1.主动公开\n对照《条例》梳理公开事项，"
      "把供水价格、防汛预警和水利工程建设作为重点，在政府网站及时发布。")
d.prose("2023年，主动公开水务管理信息118条。\n", proactive_disclosed=118)
d.add("2.依申请公开\n在政府网站更新依申请公开的渠道和要件。")
d.prose("全年处理政府信息公开申请3条，均按时办结。\n")
d.add("3.公开平台\n网站专栏发布了《岚川市水务局主要职责》和《岚川市水务局领导分工》，职能调整后及时更新。\n")

d = new("r336_pipe_index_year_after_gongzuo_title_review_an_district_bureau_2024.txt", "青堰区文化旅游局", "", "", "",
        "county_department", 2024, "narrative", "2025-01-17", "prose",
        "M04 an index block in pipe rows ('发布机构 | 文旅局', '标 题 | X政府信息公开工作2024年度报告 |') above the same title on a line of "
        "its own; M09 the year after '政府信息公开工作' ('X政府信息公开工作2024年度报告': the words before the year were taken with the "
        "name until the round-24 change 6fe8d46; now X; the 发文日期 read); P01 the year's count (read); P08/P14 zeros "
        "(read); P09 '收到涉政府信息公开的行政复议案N件、办理行政诉讼0件' (案 as the noun: the review count was missed until the round-24 "
        "change 6b7f544; now read); T15")
d.add("索 引 号 | 1152KX0731/2025-00004 | 分 类 | 文化、旅游 / 报告 |\n发布机构 | 文旅局 | 发文日期 | 2025-01-17 |\n"
      "标 题 | 青堰区文化旅游局政府信息公开工作2024年度报告 | ||\n文 号 | 青文旅〔2025〕1号 | 主 题 词 | |\n"
      "青堰区文化旅游局政府信息公开工作2024年度报告\n一、总体情况\n本报告按照《中华人民共和国政府信息公开条例》和省、市、区"
      "的要求编制，统计时段为2024年1月1日至12月31日。\n(一)主动公开\n")
d.prose("2024年，本机关主动公开政府信息43条，主要为文旅活动、行政许可结果和预决算信息。\n", proactive_disclosed=43)
d.add("(二)依申请公开\n")
d.prose("2024年度本机关共计收到政府信息公开申请0件，上年结转0件。\n", applications_received=0,
        applications_carried_over=0)
d.add("(三)行政复议、行政诉讼情况\n")
d.prose("2024年度本机关收到涉政府信息公开的行政复议案2件、办理行政诉讼0件。\n", review_cases=2, litigation_cases=0)

d = new("r337_banli_shixiang_comma_denial_no_fee_kinds_total_town_2022.txt", "乌岗镇人民政府", "", "", "", "township",
        2022, "narrative", "", "prose",
        "M06 no title; '乌岗镇政府党政办公室' in the contact, '乌岗镇人民政府开通了…' in the prose (the government read); P02 the total "
        "with its kinds (read); P08 '我镇收到有关依申请公开政府信息办理事项N件' (办理事项 as the noun: not read until the round-25 change "
        "403ea12; now N); P09 '未发生因政府信息公开申请行政复议，提起行政诉讼的情况' (the litigation after the comma was missed until the "
        "round-25 change abfde2c; now both zeros); P10 no fee (read); T15")
d.add("本报告依照《中华人民共和国政府信息公开条例》和年度报告格式通知的要求，结合2022年我镇政府信息公开工作编写。统计期限为"
      "2022年1月1日至12月31日。如有疑问，请与乌岗镇政府党政办公室联系(地址:桐江区乌岗镇人民政府，电话:0566-4230176)。\n"
      "一、总体情况\n(一)主动公开情况。\n")
d.prose("2022年，乌岗镇共发布信息214条，分布在41个栏目，其中：政府文件2条，财政资金17条，社会救助19条，应急管理8条，公共"
        "资源交易96条，其他信息72条。\n", proactive_disclosed=214)
d.add("(二)依申请公开情况。乌岗镇人民政府开通了网站、信函和现场等申请渠道。\n")
d.prose("2022年，我镇收到有关依申请公开政府信息办理事项2件，均按期答复。", applications_received=2)
d.prose("全年未发生因政府信息公开申请行政复议，提起行政诉讼的情况。\n", review_cases=0, litigation_cases=0)
d.prose("全年依申请提供政府信息，未收取任何费用。\n", fees_10k_yuan=0)

d = new("r338_outcomes_in_tiao_partial_grant_kinds_total_county_commission_2023.txt", "沣源县卫生健康委员会", "", "",
        "", "county_department", 2023, "narrative", "2024-01-25", "prose",
        "M01 a trail ('您的位置: 首页>…> 县卫生健康委'); M02 '日期:' (read); M10 '自202311日起至20231231日止' (no effect); P02 the total "
        "with its kinds (read); P08 '共收到依申请公开政府信息N条，其中予以公开a条，部分予以公开b条，不掌握相关信息无法提供c条' (outcomes in 条 after requests "
        "counted in 条, and 部分予以公开: missed until the round-25 change 93dab29; now read); T15")
d.add("导航\n您的位置: 首页>政务公开>政府信息公开年报 > 县卫生健康委\n\n沣源县卫生健康委员会2023年政府信息公开工作年度报告\n"
      "日期: 2024-01-25  字体:\n\n一、总体情况\n\n本报告依照《中华人民共和国政府信息公开条例》编制，统计期限自202311日起至"
      "20231231日止。\n\n")
d.prose("(一)主动公开情况。通过县政府网站和“沣源健康”公众号公开医疗服务、疾病防控和健康科普信息，全年主动公开政府信息"
        "1204条，其中动态类信息58条，健康科普类信息47条，行政处罚类信息31条，其他信息1068条。\n\n", proactive_disclosed=1204)
d.prose("(二)依申请公开情况。2023年共收到依申请公开政府信息4条，其中予以公开2条，部分予以公开1条，不掌握相关信息无法提供1条。"
        "\n\n", applications_received=4, applications_granted=2, applications_partially_granted=1)
d.add("(三)政府信息管理。落实专人负责，公开前核定公开属性。\n")

d = new("r339_county_subject_received_count_review_zeros_county_2023.txt", "枫岭县人民政府", "", "", "", "county", 2023,
        "narrative", "2024-01-16", "prose",
        "M01 a trail; M02 '来源:X时间:…浏览量:' (read); M00 plain title (read); P05 the website's and the new media's counts "
        "with no total (no figure; not read, right); P12 '2023年，某县共收到依申请公开N件，…' with the county as subject in the "
        "county government's own report, not said to be compiled from every unit (left out by the reader, as round "
        "24's; the twentieth round's reader took such a count: judgement; still read as received); P09 "
        "'未引起行政复议，也未引起行政诉讼' (the area's zeros are the agency's: read); T15")
d.add("您当前所在位置: 首页 > 政务公开 > 年度报告 > 县政府\n枫岭县人民政府2023年政府信息公开工作年度报告\n"
      "来源:枫岭县人民政府时间:2024-01-16浏览量:\n分享:\n\n一、总体情况\n\n2023年，枫岭县按照上级部署推进政务公开，做好决策和"
      "执行公开。\n\n(一)主动公开\n\n")
d.prose("今年以来，枫岭县通过政府网站共发布各类信息9812条，通过政务新媒体共发布信息1433条，其中政策解读类信息31条。\n\n")
d.add("(二)依申请公开\n\n")
d.prose("2023年，枫岭县共收到依申请公开17件，均为公民个人申请，均在法定期限内答复，")
d.prose("未引起行政复议，也未引起行政诉讼。\n\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n\n规范性文件在专栏集中公开，发布前落实三审三校。\n")

d = new("r340_first_platform_portal_output_office_requests_outcomes_county_city_2023.txt", "松陵市人民政府", "", "", "",
        "county", 2023, "narrative", "", "prose",
        "M00 plain title (read); P12/P02 '充分发挥政府网站…“第一平台”作用…2023年度主动公开政府信息N条。其中，信息公开目录信息a条…' in a county-level city's "
        "own report: the portal's whole output, the one channel (the figure, relabelled 2026-12-02 by FORMS §2: the one channel used; read); P08 "
        "'我办受理政府信息公开申请N件…予以公开a件，部分公开0件，不予公开b件…' (the government's own requests handled by its office: read with the "
        "outcomes); P13 messages received and answered (not read, right); T15")
d.add("松陵市人民政府2023年政府信息公开工作年度报告\n一、总体情况\n2023年，市政府按照上级关于政务公开的部署，以公开促落实，"
      "推动政务公开提质。\n(一)主动公开政府信息情况\n")
d.prose("发挥政府网站作为政务公开第一平台的作用，2023年度主动公开政府信息3917条。其中，信息公开目录信息3206条、政务动态"
        "信息705条、概况类信息6条，", proactive_disclosed=3917)
d.prose("互动交流栏目收到留言1180条、办结1102条。\n")
d.add("(二)依申请公开情况\n畅通申请渠道，明确承办单位，避免逾期答复。\n")
d.prose("2023年度我办受理政府信息公开申请58件，在已答复的55件中：予以公开17件；部分公开0件；不予公开3件；无法提供31件；"
        "其他处理4件；另有3件结转下年度办理。\n", applications_received=58, applications_granted=17,
        applications_partially_granted=0, applications_denied=3)
d.add("(三)政府信息管理\n修订政府信息公开指南，动态调整政策发布流程。\n")

# ---- twenty-sixth round (issue 9, study26): r341–r346 ----
d = new("r341_joint_grant_or_partial_denied_received_city_bureau_2021.txt", "岑州市交通运输局", "", "", "",
        "city_department", 2021, "narrative", "", "prose",
        "M06 no title; the bureau named in the electronic-version sentence (read); P01 the year's count (read); P08 "
        "'其中，予以公开或部分公开N件，不予公开M件' (one count over both outcomes: it was read as a partial grant until the round-26 "
        "change 58b968a, which reads '或部分公开' as the joint count, as '予以公开及部分公开' was; now no grant, the received "
        "and denied counts read); T15")
d.add("本报告依照《中华人民共和国政府信息公开条例》和年度报告格式通知的要求，结合我局的职能和工作实际编写，内容分为总体情况、"
      "主动公开、依申请公开、复议诉讼、存在问题和其他事项六部分。报告电子版可在岑州市交通运输局网站查阅。\n一、总体情况\n"
      "2021年，我局围绕综合交通建设和出行服务推进政务公开，完善公开目录和发布审核。\n")
d.prose("2021年，我局主动公开政府信息1736条，主要为公交线网调整、道路施工公告和行政许可结果。\n",
        proactive_disclosed=1736)
d.prose("全年共收到政府信息公开申请57件，其中，予以公开或部分公开41件，不予公开6件，其余为本机关不掌握相关信息或申请人"
        "撤回。\n", applications_received=57, applications_denied=6)
d.add("(三)政府信息管理\n公开前逐条核定属性，过时信息按季度清理。\n")

d = new("r342_compiled_on_units_reports_county_received_two_channels_county_2022.txt", "溪源县人民政府", "", "", "",
        "county", 2022, "narrative", "", "prose",
        "M00 plain title (read); P12 '在某年度X各乡镇(街道)、县政府各部门的政府信息公开年度报告的基础上编制': a report compiled from "
        "every unit, so its 全县 counts are its own (the received count was left out until the round-26 change 71e0648; "
        "now read); P05 the portal's and the new media's counts with no total (no figure; not read, right); T15")
d.add("溪源县人民政府2022年政府信息公开工作年度报告\n本年报依照《中华人民共和国政府信息公开条例》和省、市办公厅的通知要求，"
      "在2022年度溪源县各乡镇(街道)、县政府各部门的政府信息公开年度报告的基础上编制。报告所列数据的统计期限为2022年1月1日"
      "至12月31日。\n一、总体情况\n2022年，溪源县以标准化规范化为抓手推进政务公开，重点领域信息按目录集中发布。\n")
d.prose("全年通过县政府门户网站发布信息8421条，通过政务新媒体发布信息2376条。\n")
d.prose("2022年，全县共受理政府信息公开申请64件，均在法定期限内答复。\n", applications_received=64)
d.add("(三)政府信息管理\n落实公开前保密审查和发布后巡检。\n")

d = new("r343_county_own_report_portal_whole_output_county_2023.txt", "梧岭县人民政府", "", "", "", "county", 2023,
        "narrative", "", "prose",
        "M00 plain title (read); P12 '年内通过县政府门户网站公开信息N条，重点领域信息占x%' in the county government's own report, "
        "not said to be compiled from every unit: the portal's whole output, the one channel counted (the figure "
        "(relabelled 2026-12-02 by FORMS §2: the one channel used; read); P08 the government's own received count (read); T15")
d.add("梧岭县人民政府2023年政府信息公开工作年度报告\n本报告依照《中华人民共和国政府信息公开条例》编写，统计期限为2023年1月1日"
      "至2023年12月31日。报告电子版在梧岭县人民政府门户网站公布。\n一、总体情况\n(一)主动公开\n"
      "2023年，县政府把优化营商环境、乡村振兴和社会救助作为公开重点，规范政策文件的发布和解读。")
d.prose("年内通过县政府门户网站公开信息7318条，重点领域信息占55%。\n", proactive_disclosed=7318)
d.add("(二)依申请公开\n")
d.prose("2023年，县政府收到政府信息公开申请12件，均已按期答复。\n", applications_received=12)

d = new("r344_office_runs_portal_site_output_office_2023.txt", "梧岭县人民政府办公室", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M00 plain title (read); P12 '我办以县政府门户网站为平台…县政府网站共发布公开各类政务信息N条' in the report of the government "
        "office that runs the portal: the portal's whole output, left out by the readers of the fourth, twelfth, "
        "fifteenth and twenty-sixth rounds (no figure; still read as the office's total, see r343); P08 received "
        "(read); P09 '未因…引起行政复议及行政诉讼' (both zeros, read); T15")
d.add("梧岭县人民政府办公室2023年政府信息公开工作年度报告\n本报告依照《中华人民共和国政府信息公开条例》，由梧岭县人民政府办公室"
      "结合有关统计数据编写，统计期限为2023年1月1日至12月31日。\n一、总体情况\n(一)主动公开情况\n")
d.prose("我办以县政府门户网站为平台，按栏目做好信息的发布和更新，2023年县政府网站共发布公开各类政务信息2264条。\n")
d.add("(二)依申请公开情况\n")
d.prose("2023年，我办收到政府信息公开申请3件，均已按时答复。", applications_received=3)
d.prose("全年未因答复不规范引起行政复议及行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r345_site_kinds_then_new_media_count_no_total_province_department_2023.txt", "江屿省自然资源厅", "", "", "",
        "province_department", 2023, "narrative", "2024-01-30", "prose",
        "M01 a trail; M02 '发布日期:… 来源:办公室' (read); P03/P05/P17 the kinds put on the department's site, then "
        "'通过微信、微博等政务新媒体发布各类政府信息N条', with no total (no figure: one channel of several; read as the total, "
        "as on round 26's province department and commerce departments, until 5e8c3fd); P08 received and carried over "
        "(read); T15")
d.add("首页 / 政府信息公开 / 政府信息公开年报\n\n江屿省自然资源厅2023年政府信息公开工作年度报告\n"
      "发布日期:2024-01-30 来源:办公室 字体: 分享到:\n\n本年报依照《中华人民共和国政府信息公开条例》编写，由总体情况、主动公开、"
      "依申请公开、复议诉讼、存在问题和其他事项六部分组成。\n\n一、总体情况\n\n")
d.prose("(一)主动公开。2023年度在厅网站发布征地批复信息1124条、新闻类信息4310条、公告类信息512条、政策文件37条、审批结果"
        "968条。通过微信、微博等政务新媒体发布各类政府信息3361条。\n\n")
d.prose("(二)依申请公开。全年新收到政府信息公开申请1406件，上年结转74件。\n\n", applications_received=1406,
        applications_carried_over=74)

d = new("r346_previous_year_evaluation_first_years_bureau_2023.txt", "", "", "", "", "city_department", 2023,
        "narrative", "", "prose",
        "M06 no title and no name (only '我局'; blank, right); M11/M10 the first years printed are the previous year's, "
        "in '关于2022年度政务公开第三方评估…' and '查摆2022年度…' before the 2023 counts: the year is still read as 2022 "
        "(so the 2023 counts are lost with it); P13 documents only ('主动公开文件N件', no figure); P08 the received "
        "count (missed with the year); P09 '被提请行政复议N件' (missed also with the year right); T15")
d.add("一、总体情况\n一是压实工作责任。我局把政务公开列入党组会议和局长办公会议题，主要负责同志多次提出要把公开作为优化营商"
      "环境的抓手。对照市政务公开办转来的关于2022年度政务公开第三方评估的反馈意见，逐项制定整改清单，认真查摆2022年度"
      "我局政务公开中的不足，明确责任处室和完成时限。\n二是抓好主动公开。")
d.prose("2023年，我局主动公开文件41件。")
d.add("及时发布外贸稳增长、消费券发放和市场保供等方面的政策措施和办事信息。\n三是规范依申请公开。")
d.prose("2023年，我局受理政府信息依申请公开事项27件，均依法按时答复。", applications_received=27)
d.prose("全年被提请行政复议2件(申请人均已撤回)。\n", review_cases=2)


# ---- twenty-seventh round (issue 9, study27): r347–r352 ----
# r347 after 27b21 (whose contact prints its real county before the town government, a prefix the parser keeps only
# when its gazetteer knows it: here the invented county stands in the address alone) and r348 after 27b29, the two
# readings changed by e4e9688; r349 after 27b16 (a town's report, like 27a10, 27a27, 27b14) and r350 after 27b24
# (a county department's, like 27a02, 27b18), both read right;
# r351 after 27a20 (an agency named only in prose, M06, like 27a09, 27a21, 27a24) and r352 after 27a18 (a place
# prefix joined to the prose name, M08, like 27b04, 27b20, 27b25), both still misread.
d = new("r347_approx_after_unit_no_title_contact_town_2023.txt", "柳塘镇人民政府", "", "", "", "township", 2023,
        "narrative", "", "prose",
        "M06 no title; the town government named only in the preamble's contact clause, its county in the address "
        "after it (read); P07 '…等方式累计主动公开政府信息N条余' with 余 after the unit (approximate, no figure: read as N "
        "until the round-27 change e4e9688, now not read); P08 '某年1月1日至某年12月31日，我镇未收到政府信息公开申请' (0, "
        "read); T15")
d.add("本报告依照《中华人民共和国政府信息公开条例》(以下简称《条例》)和《栖峪县人民政府办公室关于做好2023年度政府信息公开"
      "工作年度报告编制发布工作的通知》的要求，结合本镇2023年信息公开工作情况编写。报告中数据的统计期限为2023年1月1日至12月"
      "31日。对本报告如有疑问，可与柳塘镇人民政府联系(联系地址:栖峪县柳塘镇新街社区正街12号，邮编:617450，联系电话:"
      "0835-6412087)。\n一、总体情况\n2023年，柳塘镇在县委、县政府领导下，落实《条例》和上级部署，拓宽公开渠道，把全镇政府"
      "信息公开各项工作做细做实。\n(一)主动公开信息情况\n")
d.prose("2023年，柳塘镇借助栖峪县政府信息公开平台、村务公开栏、广播和手机短信等方式累计主动公开政府信息360条余，公开了机构"
        "职能、财政预决算、惠农补贴、重点项目进展等内容，并对规范性文件作动态清理，做到及时公开。\n")
d.add("(二)依申请公开情况\n")
d.prose("2023年1月1日至2023年12月31日，我镇未收到政府信息公开申请，无依申请公开办理事项。\n", applications_received=0)
d.add("(三)政府信息管理情况\n我镇在执行《条例》的同时，结合工作实际成立了政务公开工作小组，制定了《柳塘镇政府信息公开工作"
      "规则》。信息由党政办牵头收集，各站所配合，发布前由审核小组签署意见，政府信息管理逐步规范。\n(四)平台建设情况\n我镇通过"
      "政府网站、便民服务大厅、会议、展板和公开栏等形式公开信息，并用好服务大厅的评价回访功能，让群众方便快捷地了解政")

d = new("r348_admin_fee_income_in_run_on_channel_paragraph_city_bureau_2021.txt", "棠川市财政局", "", "", "",
        "city_department", 2021, "narrative", "", "prose",
        "M03 '我要收藏' / '公共资源调用站点' / '文章分享' above the text (skipped); M06 no title, the bureau named in the "
        "preamble's '特向社会公布某年X政府信息公开工作年度报告' (read); P03 documents, penalty decisions and replies counted "
        "apart in one run-on paragraph (no total; not read, right); P10/P13 '在网站公开我局行政事业性收费项目…本年度收取费用"
        "N元' (the administrative fees' income, no OGI fee: read as N/10000 万元 until the round-27 change e4e9688, now "
        "not read); P08 '我局未收到依申请公开政府信息' (0, read); T15")
d.add("我要收藏\n公共资源调用站点\n文章分享\n根据《中华人民共和国政府信息公开条例》和自治区政务公开领导小组办公室关于2021年"
      "政府信息公开工作年度报告发布报送工作的通知要求，特向社会公布2021年棠川市财政局政府信息公开工作年度报告。报告分为总体"
      "情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及下一步"
      "工作等部分。报告所列数据的统计期限为2021年1月1日至2021年12月31日。报告电子版可在棠川市财政局部门网站"
      "(http://czj.tangchuan.gov.cn/)下载。对报告如有疑问，请与我局办公室联系(地址:棠川市河西区滨江大道18号财政大楼"
      "1206室，邮编:546011，电话:0774—3815206)。\n一、总体情况\n(一)主动公开政府信息情况。\n")
d.prose("我局2021年公开或更新上级政策法规和文件9件，本部门通知、通报和人事类文件112件；更新了局机关(含下属单位)的机构简介、"
        "内设机构和领导分工；在网站公开执法主体、执法依据和程序等内容，2021年我局公开行政处罚决定5件；")
d.prose("在网站公开我局行政事业性收费的项目、范围、标准和依据，2021年我局的收费项目有票据工本费、会计专业资格考试考务费和"
        "会计人员继续教育培训费，本年度收取费用1846327.5元；")
d.prose("2021年公开人大代表建议和政协委员提案的答复15件。2021年，我局向政务服务中心、档案馆和公共图书馆等查阅场所报送主动"
        "公开文件16份。\n")
d.add("(二)依申请公开情况。\n")
d.prose("2021年度，我局未收到依申请公开政府信息。\n", applications_received=0)
d.add("(三)政府信息公开管理情况。\n按照各级政务公开工作部署，我局持续规范政务公开的内")

d = new("r349_portal_chrome_trail_indented_paragraphs_town_2023.txt", "沅桥市北汀区枫渡镇人民政府", "", "", "",
        "township", 2023, "narrative", "2024-01-23", "prose",
        "M03 the district site's name and '无障碍版 官方微信' above the text (skipped); M01 '当前位置:首页 > 政务公开 > …' "
        "(skipped); M00 plain title with the city and district before the town government (read as printed); M02 "
        "'来源:本网 发布时间:yyyy-mm-dd hh:mm 浏览次数:- 【字体: 分享到:' (the date read); P01 '某年主动公开信息N条' after the "
        "government as the subject, in paragraphs indented by two spaces between blank lines (read); P08 '某年度没有收到要求"
        "公开政府信息的申请' (0, read); T15")
d.add("北汀区人民政府网站\n无障碍版 官方微信\n当前位置:首页 > 政务公开 > 政务动态 > 镇街动态\n"
      "沅桥市北汀区枫渡镇人民政府2023年度政府信息公开工作年度报告\n来源:本网 发布时间:2024-01-23 09:12 浏览次数:- 【字体: "
      "分享到:\n\n  一、总体情况\n\n  2023年，沅桥市北汀区枫渡镇人民政府执行《中华人民共和国政府信息公开条例》，依照省、市、区"
      "的部署，按依法、及时、便民的要求开展政府信息公开，分工明确，制度齐全，工作有了新的进展。\n\n  (一)主动公开\n\n  ")
d.prose("枫渡镇人民政府对本镇政务信息逐项清理，按时发布。2023年主动公开信息73条。 \n\n", proactive_disclosed=73)
d.add("  (二)依申请公开\n\n  ")
d.prose("枫渡镇人民政府按规定办理依申请公开事项，2023年度没有收到要求公开政府信息的申请。\n\n", applications_received=0)
d.add("  (三)政府信息管理\n\n  枫渡镇人民政府依照《条例》管理政府信息，由党政综合办公室专人负责信息的收集、报送和更新，明确"
      "各办公室的报送责任，并借助政务网站和公开栏及时发布政务信息，保证公开的范围、时限和形式合乎《条例》。\n\n"
      "  (四)政府信息公开平台建设\n\n  枫渡镇人民政府配合区主管部门和业务部门维护信息公开栏目，落实《沅桥市北汀区枫渡镇人民"
      "政府主动公开基本目录》，列明公开事项、内容和责任部门，并把政府信息公开列入年度目标任务，及时回应群众关切。\n\n"
      "  (五)监督保障\n\n  枫渡镇人民政府把")

d = new("r350_no_title_contact_office_then_bureau_subject_county_bureau_2022.txt", "岚坪县水务局", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M06 no title; the preamble cites the county office's notice and gives the bureau's office as the contact, then "
        "'某年，X县水务局坚持…' names the bureau as the subject (read); P02 '我局主动公开政府信息N条，其中：…' then its "
        "channels (the total read); P13 licences, penalties and inspections '已公示N件' (not OGI counts; not read, right); "
        "P08 '本年度未收到政府信息依申请公开件' (0, read); P09 '未出现因…被申请行政复议、提起行政诉讼的情况' (both zeros, read); "
        "T15")
d.add("本报告依据《岚坪县人民政府办公室关于编制发布2022年政府信息公开工作年度报告的通知》编写，报告中数据的统计期限为2022年"
      "1月1日至2022年12月31日。报告电子版可在岚坪县人民政府门户网(http://www.lanping.gov.cn)下载。对报告如有疑问，请与"
      "岚坪县水务局办公室联系(地址:岚坪县城关镇河滨路66号；邮编:663910；电话:0876-7318402；传真:0876-7318402)。\n"
      "一、总体情况\n(一)规范主动公开内容。")
d.prose("2022年，岚坪县水务局按照《中华人民共和国政府信息公开条例》和省、州、县政务公开的要求，坚持“公开为常态、不公开为"
        "例外”，梳理本单位公开内容，重点公开水利工程建设、农村饮水、河湖管护、水土保持、水行政执法和行政审批等群众关心的"
        "信息以及部门预决算和最新政策，2022年我局主动公开政府信息58条，其中：县政府门户网站发布31条，通过微信等新媒体发布"
        "信息11条，其他网站发布16条。", proactive_disclosed=58)
d.prose("2022年度办理行政许可21件，已公示21件。行政处罚2件，已公示2件。行政检查96次，已公示9件。\n")
d.add("(二)依申请公开情况。")
d.prose("2022年，我局健全政府信息公开申请的登记、审核、办理、答复和归档制度，本年度未收到政府信息依申请公开件，也未出现因政府"
        "信息公开工作被申请行政复议、提起行政诉讼的情况。\n", applications_received=0, review_cases=0,
        litigation_cases=0)
d.add("(三)政府信息管理情况。一是加强组织领导。局领导重视政府信")

d = new("r351_no_title_town_subject_first_line_pipe_rows_township_2022.txt", "苇滩镇", "", "", "", "township", 2022,
        "ogi2021", "", "markdown",
        "M06 no title: the page opens on '一、总体情况' and the town is named only as the subject of the next line's "
        "sentence and inside '加快建设某镇人民政府公众号' (the reader keeps the bare town, its government printed only "
        "inside an account's name; still blank on the final code e4e9688); P12 one column's count on the county-level "
        "city's site and the monthly documents '公开的N件，不公开的0件' (subsets, no figure; not read, right); P08 "
        "'全镇全年收到政府信息依申请公开0件' (0, read); T03 表二 as '第二十条第(一)项 | |||' then 'a | b | c |' rows (read); "
        "T11 cut after the 行政强制 row")
d.add("一、总体情况\n苇滩镇依照《中华人民共和国政府信息公开条例》(以下简称《条例》)和市里文件的要求，一年来认真落实《条例》，"
      "把政府信息公开作为基础、把行政权力透明运行作为核心、把提高本镇工作水平作为重点，推进各项公开工作。现将我镇2022年政府"
      "信息公开工作报告如下:\n一是主动公开情况。")
d.prose("经青屿市政府网站审核上传政务公开重点工作专栏信息27条；全年月报发文38件，公开的38件，不公开的0件。\n")
d.add("二是依申请公开情况。")
d.prose("全镇全年收到政府信息依申请公开0件。", applications_received=0)
d.add("本镇制定了依申请公开制度，对受理、审核和答复各环节作了具体规定，保障群众依法获取政府信息。\n三是政府信息管理。执行信息"
      "发布制度，落实发布前审查，提高公开的针对性。\n四是政府信息公开平台建设情况。加快建设苇滩镇人民政府公众号，拓宽政务信息"
      "发布渠道；同时借助青屿市人民政府网站发布本镇重点工作。\n五是监督保障情况。民政、财务等站所按时把公示内容张贴在镇政府和"
      "村委会的公示栏，公布监督电话，接受群众监督；镇里成立监督小组检查各站所的公示情况。\n二、主动公开政府信息情况\n")
d.add("第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | ")
d.put([("0", "issued"), ("0", "repealed"), ("0", "in_force")], "2021.t2.rules")
d.add("\n行政规范性文件 | ")
d.put([("1", "issued"), ("0", "repealed"), ("3", "in_force")], "2021.t2.normative_docs")
d.add("\n第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | ")
d.value("12", "2021.t2.license.decisions")
d.add(" | ||\n第二十条第(六)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政处罚 | ")
d.value("2", "2021.t2.penalty.decisions")
d.add(" | ||\n行政强制 | ")
d.value("0", "2021.t2.coercion.decisions")
d.add(" | ")

d = new("r352_place_title_city_district_prose_government_town_2025.txt", "桐坪镇人民政府", "", "", "", "township", 2025,
        "narrative", "2026-02-03", "prose",
        "M08 a place-only title '某市某区某镇某年…' and the government printed only in prose as '某镇人民政府' (the gold takes "
        "the printed name; the parser joins the title's prefix to it, '澧宁市东岙区桐坪镇人民政府', a name printed nowhere: "
        "still so on the final code e4e9688; right with the place prefix aside on the real page, not in the "
        "evaluator's prefix-aside score here, whose gazetteer does not know the invented city and district); M02 "
        "'发布日期:… 点击数:' (read); P05 the site's and a WeChat account's counts with no total (no figure; not read, "
        "right); P08 '全年未收到政府信息公开申请' (0, read); P06 '截至某年12月31日，未接到…投诉' (no figure); T15")
d.add("澧宁市东岙区桐坪镇2025年政府信息公开工作年度报告\n\n发布日期:2026-02-03    点击数:\n\n依照《中华人民共和国政府信息"
      "公开条例》(以下简称《条例》)，结合本镇工作实际，编制东岙区桐坪镇2025年度信息公开工作报告。本年报所列数据的统计期限为"
      "2025年1月1日至2025年12月31日。\n\n一、总体情况\n\n  2025年，桐坪镇人民政府在区委、区政府领导下，落实《条例》和国家、"
      "省、市关于政务公开的部署，围绕“以公开促落实、以公开促规范、以公开促服务”，提高政府信息公开的质量和实效，保障群众的"
      "知情权、参与权、表达权和监督权。\n\n(一)健全工作机制。依照《条例》并结合本镇实际，完善信息公开审查、发布和考核制度，"
      "明确流程、标准和责任分工。加强与上级部门和周边乡镇的沟通，建立信息共享机制；把内部监督和社会监督结合起来，保证公开"
      "工作合规有序。\n\n(二)做好主动公开，拓宽公开渠道。坚持“以公开为常态、不公开为例外”，编制并细化桐坪镇政务公开标准目录。")
d.prose("2025年，通过政府网站公开信息3条，通过“桐坪镇”微信公众平台发布信息186条；")
d.prose("全年未收到政府信息公开申请，", applications_received=0)
d.add("截至2025年12月31日，未接到有关信息公开工作的投诉和建议")


# ---- twenty-eighth round (issue 9, study28): r353–r358 ----
# r353 after 28b30 (the year before named as carried from, like 28b15, 11b02, 27b23), r354 after 27b17 and 10b14 (a
# zone's 党政办公室 compiling the report) and r355 after 28b07 (现就X某年…工作情况报告如下 with no title, like 22b28): the
# three readings changed by 05ab7c1, bbf28f7 and e41ab7b; r356 after 28a16 (a town's report under a trail and a
# source line, like 28a30, 28b29), read right;
# r357 after 28a13 (pipe rows whose empty first value is a bare '|' line, T01/T10, like 28a24's 表三), read since round 61, and
# r358 after 28a07 (a meta block's '公报标题' glued to the title, M04), misread until b96d1f3, named as labelled since.
d = new("r353_previous_year_named_carried_over_district_commission_2024.txt", "", "", "", "", "county_department",
        2024, "narrative", "", "prose",
        "M06 a commission that never names itself ('我委', blank, as 28b30); P08 '新受理…申请N件，某年结转政府信息公开申请M件，"
        "共计…件' in the next year's report (received N, carried over M: the carried-over count read since the round-28 "
        "change 05ab7c1); P09 '行政复议N件…行政诉讼M件' (read); T15")
d.add("依据《中华人民共和国政府信息公开条例》(以下简称《条例》)，现公布本委2024年度政府信息公开工作年度报告。报告中所列数据的"
      "统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n2024年，我委落实区政务服务局关于政务公开的部署，围绕住房"
      "保障、老旧小区改造和物业管理等群众关注的事项做好公开。\n(一)主动公开\n")
d.prose("全年主动公开政府信息146条，", proactive_disclosed=146)
d.add("其中工作动态58条，通知公告41条，政策文件及解读47条。\n(二)依申请公开\n")
d.prose("2024年，我委新受理政府信息公开申请37件，", applications_received=37)
d.prose("2023年结转政府信息公开申请4件，共计41件，", applications_carried_over=4)
d.add("申请较多的是征收补偿、房屋安置和保障房分配等信息。\n(三)行政复议和行政诉讼\n")
d.prose("全年因政府信息公开被申请行政复议3件，被提起行政诉讼1件。\n", review_cases=3, litigation_cases=1)
d.add("二、主动公开政府信息情况\n(略)\n")

d = new("r354_zone_party_office_compiles_no_title_2023.txt", "澄湾经济开发区", "", "", "", "county", 2023,
        "narrative", "", "prose",
        "M06 no title; '本报告由X经济开发区党政办公室编制' (the zone's office as compiler names the zone, read since the "
        "round-28 change bbf28f7, as 10b14 and 27b17); P01 '全年主动公开政府信息N条' (read); P08 '未收到…申请' (0, read); "
        "T15")
d.add("本报告由澄湾经济开发区党政办公室依据《中华人民共和国政府信息公开条例》编制，内容包括总体情况、主动公开政府信息情况、"
      "收到和处理政府信息公开申请情况等。本报告所列数据的统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n"
      "2023年，开发区坚持以公开促规范，围绕招商引资、项目建设和企业服务做好政务公开。\n")
d.prose("全年主动公开政府信息92条，", proactive_disclosed=92)
d.add("涉及园区规划、项目审批结果和惠企政策。\n")
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)
d.add("二、存在的问题\n信息更新的时效还需提高，政策解读的形式较少。\n")

d = new("r355_xianjiu_report_sentence_no_title_bare_town_2024.txt", "芦汀镇", "", "", "", "township", 2024,
        "narrative", "", "prose",
        "M06 no title: the page opens on '一、总体情况' and the town is named only in '现就X某年政府信息公开工作情况报告如下' "
        "(its government never printed: the bare town, as 28b07; blank until the round-28 change e41ab7b, now read); P01 "
        "'我镇主动公开政府信息N条' (read); P08 '某年，X未收到…申请' (0, read); T15")
d.add("一、总体情况\n2024年，我镇坚持以公开促落实、以公开促服务，按照县政务公开办的部署，依据《中华人民共和国政府信息公开条例》"
      "，现就芦汀镇2024年政府信息公开工作情况报告如下:\n")
d.prose("(一)主动公开。2024年，我镇主动公开政府信息118条，", proactive_disclosed=118)
d.add("制定规范性文件0件，公开财政预决算、惠民补贴和项目建设等信息。\n")
d.prose("(二)依申请公开情况。2024年，芦汀镇未收到群众要求公开政府信息的申请。\n", applications_received=0)
d.add("(三)政府信息管理。我镇落实发布前审核，专人负责信息的采集和更新。\n")

d = new("r356_trail_source_line_plain_title_town_2021.txt", "槐陂镇人民政府", "", "", "", "township", 2021,
        "narrative", "2022-01-27", "prose",
        "M01 '首页 >> 政府信息公开平台 >> …' (skipped); M00 plain title (read); M02 '来源: X 发布时间: … 浏览次数:' (the "
        "date read); P01 '全年共主动公开政府信息N条' (read); P08 '没有受理政府信息申请' (0, read); P09 '未发生…行政复议、"
        "行政诉讼' (both zeros, read); T15, as 28a16")
d.add("首页 >> 政府信息公开平台 >> 政府信息公开 >> 2021年年报\n2021年年报\n槐陂镇人民政府2021年政府信息公开工作年度报告\n"
      "来源: 汾亭县人民政府 发布时间: 2022-01-27 浏览次数:\n  总体情况\n  2021年，槐陂镇在县委、县政府领导下，依照《中华人民"
      "共和国政府信息公开条例》，把政务公开与乡村振兴、疫情防控等中心工作一同部署。\n  ")
d.prose("全年共主动公开政府信息64条，", proactive_disclosed=64)
d.add("主要是工作动态、财政资金和低保救助等信息。\n  ")
d.prose("本年度没有受理政府信息申请，", applications_received=0)
d.prose("未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("  存在问题：公开内容不够丰富，更新不够及时。\n")

d = new("r357_bare_bar_empty_first_value_pipe_rows_county_bureau_2019.txt", "桦汊县住房和城乡建设局", "", "", "",
        "county_department", 2019, "ogi2019", "", "pipe_cell",
        "M06 no title; the bureau named as its first paragraph's subject (read); P01 '全年主动公开政府信息累计N条' (read); "
        "T01 2019 表二 one cell per line ending ' |', rows closed by a bare '|' line (the (一) and (五) rows read); T10 "
        "行政处罚 and 行政强制 rows whose empty previous-year value is printed as a bare '|' line, so each row looks one "
        "value short (6 cells: prev_year_items blank, change and decisions; missed until round 61's change: rows closed by a "
        "bar under a header closed by one, as 28a13 and 61a01)")
d.add("一、总体情况\n2019年，桦汊县住房和城乡建设局按照《中华人民共和国政府信息公开条例》要求，坚持“公开为原则，不公开为例外”，"
      "做好信息的收集、分类和发布。")
d.prose("全年主动公开政府信息累计215条。\n", proactive_disclosed=215)
d.add("二、主动公开政府信息情况\n第二十条第(一)项 |\n||||\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n对外公开总数量 |\n|\n"
      "规章 |\n")
for v, c in (("0", "new_made"), ("0", "new_published"), ("0", "total_published")):
    d.value(v, f"2019.t2.rules.{c}")
    d.add(" |\n")
d.add("|\n规范性文件 |\n")
for v, c in (("2", "new_made"), ("2", "new_published"), ("9", "total_published")):
    d.value(v, f"2019.t2.normative_docs.{c}")
    d.add(" |\n")
d.add("|\n第二十条第(五)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n行政许可 |\n")
for v, c in (("126", "prev_year_items"), ("+41", "change"), ("167", "decisions")):
    d.value(v, f"2019.t2.license.{c}")
    d.add(" |\n")
d.add("|\n第二十条第(六)项 |\n||||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n处理决定数量 |\n|\n")
for label, key, n in (("行政处罚", "penalty", "18"), ("行政强制", "coercion", "3")):
    d.add(f"{label} |\n")
    d.raw("|", f"2019.t2.{key}.prev_year_items", "", "blank")
    d.add("\n")
    d.value("+" + n, f"2019.t2.{key}.change")
    d.add(" |\n")
    d.value(n, f"2019.t2.{key}.decisions")
    d.add(" |\n|\n")

d = new("r358_bulletin_title_label_glued_city_commission_2019.txt", "栎州市卫健委", "", "", "", "city_department", 2019,
        "narrative", "", "prose",
        "M01 '当前位置: 首页 > 政府信息公开 > 政府信息公开年报' (skipped); M04 a meta block whose '公报标题' label is glued to "
        "the title and whose '主办单位X 公报年份yyyy' line follows (the agency is the title's short form as printed; the "
        "parser kept the label, '公报标题栎州市卫健委', as on 28a07, until the round-43 change b96d1f3; named as labelled "
        "since); P08 '截至某年12月31日，"
        "未收到…申请' (0, read, P06); T15")
d.add("当前位置: 首页 > 政府信息公开 > 政府信息公开年报\n公报标题栎州市卫健委2019年政府信息公开工作年度报告\n总号 期号\n"
      "主办单位栎州市卫健委 公报年份2019\n目录\n一、总体情况\n2019年，栎州市卫健委按照新修订的《中华人民共和国政府信息公开条例》"
      "，把卫生健康领域的公开工作与业务工作一同部署。\n二、依申请公开情况\n")
d.prose("截至2019年12月31日，我委未收到政府信息公开申请。\n", applications_received=0)
d.add("三、存在的问题\n网站栏目更新还不够及时。\n")

# ---- twenty-ninth round (issue 9, study29): r359–r364 ----
# r359 after 29b01 (a ministry named only in its quoted own title, the year after the title's words, as r146's 水利部
# now is), r360 after 29a01 and 29a20 (the subject owning the OGI work after it, 'X的政府信息公开工作…', as 15b18) and
# r361 after 29a09 ('90(…)' in a 表二 cell): the three readings changed by 191f334, 928236f and 3e8c1a9; r362 after
# 29a16, 29a20 and 29a28 (a county bureau's 2021 表二 and 表三 in pipe rows), read right;
# r363 after 29a02 (a 表三 row cut by the text's end after six of its seven values, T11, like 29a12) and r364 after
# 29a26 (one channel's count among several channels used, P05/P17, like 29a24), both still misread.
d = new("r359_quoted_own_title_year_after_words_ministry_2012.txt", "农垦资源部", "", "", "", "", 2012, "narrative",
        "", "prose",
        "M06 no title: the ministry named only in the preamble's quoted own title, whose year follows the title's words "
        "('现发布《X政府信息公开工作2012年度报告》'; blank until the round-29 change 191f334, now read, as 29b01); P01 "
        "'全年主动公开政府信息N条' (read); P08 '全年共受理政府信息公开申请N件' (read); P15")
d.add("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定，现发布《农垦资源部政府信息公开工作2012年度报告》。\n"
      "本报告由概述、主动公开政府信息情况、依申请公开政府信息情况、收费及减免情况、行政复议和行政诉讼情况、存在的主要问题及"
      "改进措施等部分组成。本报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。\n一、概述\n2012年，我部围绕垦区"
      "改革和资源保护做好政府信息公开，部门户网站改版后增设了政策解读和办事指南栏目。\n二、主动公开政府信息情况\n")
d.prose("全年主动公开政府信息2146条，", proactive_disclosed=2146)
d.add("内容涉及部门规章、规划计划、项目审批和统计数据等。\n三、依申请公开政府信息情况\n")
d.prose("全年共受理政府信息公开申请63件，", applications_received=63)
d.add("多为土地确权和项目审批方面的信息。\n")

d = new("r360_subject_owns_ogi_work_no_title_county_bureau_2021.txt", "芩源县文化和旅游局", "", "", "",
        "county_department", 2021, "narrative", "", "prose",
        "M06 no title: the bureau named only as the owner of the OGI work in its first sentence ('某年，X的政府信息公开工作"
        "严格按照…'; blank until the round-29 change 928236f, now read, as 29a01, 29a20); P01 '全年累计主动公开政府信息N条' "
        "(read); P08 '全年未接到…申请' (0, read); T15")
d.add("一、总体情况\n")
d.add("(一)总体公开情况。2021年，芩源县文化和旅游局的政府信息公开工作严格按照县政务公开办的部署开展，围绕文物保护、"
      "旅游市场监管和公共文化服务做好公开，坚持以公开为常态、不公开为例外。")
d.prose("全年累计主动公开政府信息173条，", proactive_disclosed=173)
d.add("涉及政策文件、工作动态和行政执法结果等。\n(二)依申请公开情况。")
d.prose("全年未接到公民、法人或其他组织提出的政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息管理。局办公室负责信息的审核和发布，落实三级审核。\n")

d = new("r361_number_with_note_in_brackets_pipe_rows_county_bureau_2021.txt", "栗滩县卫生健康局", "", "", "",
        "county_department", 2021, "ogi2021", "", "markdown",
        "M00 plain title (read); P01 '全年主动公开政府信息N条' (read); T03 2021 表二 in pipe rows with empty trailing "
        "cells; T12 the 行政许可 cell printed as a number with its source in brackets ('57(某某信用网)'): unreadable as "
        "printed (the round-29 reader of 29a09 took the number, a judgement; the parser read the cell as part of the label "
        "and the empty cell after it as a blank until 3e8c1a9, now unreadable); the other cells read; the excerpt ends "
        "at 表三's heading")
d.add("栗滩县卫生健康局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局按照县政务公开办的要求，健全信息公开"
      "制度，指定专人负责信息的审核和发布。")
d.prose("全年主动公开政府信息208条。\n", proactive_disclosed=208)
d.add("二、主动公开政府信息情况\n第二十条第(一)项 | |||\n信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |\n规章 | ")
d.put([("0", "issued"), ("0", "repealed"), ("0", "in_force")], "2021.t2.rules")
d.add("\n规范性文件 | ")
d.put([("1", "issued"), ("0", "repealed"), ("3", "in_force")], "2021.t2.normative_docs")
d.add("\n第二十条第(五)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政许可 | ")
d.raw("57(某某信用网)", "2021.t2.license.decisions", "", "unreadable")
d.add(" | ||\n第二十条第(六)项 | |||\n信息内容 | 本年处理决定数量 | ||\n行政处罚 | ")
d.value("6", "2021.t2.penalty.decisions")
d.add(" | ||\n行政强制 | ")
d.value("0", "2021.t2.coercion.decisions")
d.add(" | ||\n第二十条第(八)项 | |||\n信息内容 | 本年收费金额(单位:万元) | ||\n行政事业性收费 | ")
d.value("0", "2021.t2.fees.amount")
d.add(" | ||\n三、收到和处理政府信息公开申请情况\n")

d = new("r362_pipe_rows_t2_t3_county_bureau_2021.txt", "芩源县自然资源局", "", "", "", "county_department", 2021,
        "ogi2021", "", "markdown",
        "M00 plain title (read); P01 '主动公开政府信息N条' (read); P08 '全年共收到政府信息公开申请N件' (read); T03 2021 "
        "表二 and 表三 in pipe rows padded with empty trailing cells, the excerpt ending before 表三's (二) row (every "
        "printed cell read), as 29a16, 29a20, 29a28")
d.add("芩源县自然资源局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，我局围绕国土空间规划、不动产登记和耕地保护"
      "做好政府信息公开。")
d.prose("全年主动公开政府信息311条，", proactive_disclosed=311)
d.add("其中规划公示和征地信息占多数。")
d.prose("全年共收到政府信息公开申请5件，", applications_received=5)
d.add("均在法定期限内答复。\n")
lay_pipe_rows(d, "ogi2021", {"rules": ["0", "0", "0"], "normative_docs": ["1", "0", "2"], "license": ["214"],
                             "penalty": ["17"], "coercion": ["0"], "fees": ["0"]},
              t3_values([4, 1, 0, 0, 0, 0], granted=[3, 1, 0, 0, 0, 0],
                        **{"unable.not_held": [1, 0, 0, 0, 0, 0]}))
d.cut_after("（二）部分公开")

d = new("r363_t3_row_cut_after_six_values_line_cell_county_bureau_2021.txt", "栗滩县农业农村局", "", "", "",
        "county_department", 2021, "ogi2021", "2022-01-26", "line_cell",
        "M00/M02 a plain title under '日期:… 来源:… 字号:' (read); T02 2021 表二 and 表三 one value per line with blank lines "
        "between (read); T11 the excerpt ends inside 表三's (二) row after six of its seven values (the six printed cells "
        "labelled; still missed on the final code, as 29a02 and 29a12)")
d.add("栗滩县农业农村局2021年政府信息公开工作年度报告\n\n日期:2022-01-26 09:41 来源:栗滩县农业农村局\n字号:\n\n"
      "一、总体情况\n\n2021年，我局依照《中华人民共和国政府信息公开条例》，围绕惠农补贴、农机购置和动植物防疫做好信息"
      "公开，明确办公室专人负责。\n\n")
lay_line_cell(d, "ogi2021", {"rules": ["0", "0", "0"], "normative_docs": ["0", "0", "1"], "license": ["96"],
                             "penalty": ["4"], "coercion": ["0"], "fees": ["0"]},
              t3_values([2, 0, 0, 0, 0, 0]), split_headers=False)
d.cut_after("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\n\n", len("0\n\n") * 5 + 1)

d = new("r364_one_wechat_channel_among_several_township_2021.txt", "鹭汀乡人民政府", "", "", "", "township", 2021,
        "narrative", "", "prose",
        "M08 a place-only title, the government printed as the first paragraph's subject (read); P05/P17 one WeChat "
        "account's count while several other channels are used with no count ('…等多种信息公开形式', no total: no figure; "
        "the WeChat count, read as the total before as on 29a26 and 29a24, is left out since round 72's rule); P08 '未收到…申请' "
        "(0, read); T15")
d.add("鹭汀乡2021年政府信息公开工作年度报告\n一、总体情况\n2021年，鹭汀乡人民政府依照《中华人民共和国政府信息公开条例》"
      "做好政务公开，保障群众的知情权和监督权。\n(一)主动公开政府信息情况\n我乡运用“鹭汀发布”微信公众号、村务公开栏、"
      "便民服务大厅电子屏等多种信息公开形式公开惠民政策和工作动态。")
d.prose("全乡“鹭汀发布”微信平台公开发布信息64条，涉及惠农补贴、村务动态和通知公告等内容。\n")
d.add("(二)依申请公开情况\n")
d.prose("2021年，我乡未收到政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息管理\n乡党政办公室负责信息的审核和发布。\n")

# ---- thirtieth round (issue 9, study30): r365–r370 ----
# r365 after 30a15 and 30a19 (a place-only title with its county over the town's government printed without it, as
# 28a29, 27a18, 13a26 and 8a02 now are) and r366 after 30b28 (a county bureau's title under a numbered trail and over
# an index block whose spaced label '来        源' stands before its name, the excerpt cut at '一是制定X'): the two
# readings changed by f69e886 and 7ee37ee; r367 after 30a20 and 30a25 (a township's 2021 表二 one value per line, the
# least-studied provinces' common layout) and r368 after 30b24, 30b15 and 30b26 (a county department's portal count
# beside separately counted new-media channels, no total), both read right;
# r369 after 30a01, 30a06 and 30a17 (a town never titled, named only at a line's start in its prose, M06) with 30a26's
# '依申请公开信息数为零' (P08), and r370 after 30b19 and 30b30 (one portal's '发布信息N条' with no 主动/政府, P04), both
# still misread or missed.
d = new("r365_place_title_county_government_printed_without_it_town_2022.txt", "青棠镇人民政府", "", "", "",
        "township", 2022, "narrative", "", "prose",
        "M08 a place-only title naming the town with its county ('蓼川县青棠镇2022年…'), the government printed without the "
        "county in the preamble ('现将青棠镇人民政府2022年度…报告如下'): the government as printed (read as the title's "
        "places joined to it until the round-30 change f69e886, now read, as 30a15 and 30a19); P01 '全年主动公开政府信息N条' "
        "(read); P08 '未收到…申请' (0, read); T15")
d.add("蓼川县青棠镇2022年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求，现将青棠镇人民政府2022年度"
      "政府信息公开情况报告如下。\n一、总体情况\n(一)主动公开。2022年，我镇围绕乡村振兴、防汛抗旱和惠民补贴发放做好信息"
      "公开，镇党政办公室负责信息的审核和发布。")
d.prose("全年主动公开政府信息95条，", proactive_disclosed=95)
d.add("其中工作动态41条，通知公告23条，财政资金信息31条。\n(二)依申请公开。")
d.prose("2022年，我镇未收到公民、法人或其他组织的政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息管理。镇政府落实信息发布前的保密审查，全年未发生泄密事件。\n")

d = new("r366_numbered_trail_index_block_cut_sentence_county_bureau_2025.txt", "檀湾县审计局", "", "", "",
        "county_department", 2025, "narrative", "2026-01-20", "prose",
        "M01 a numbered trail ('1. 当前位置:' / '2. 首页 > …' / '3. > 正文'); M00 the title on a line of its own; M04 an "
        "index block whose '名        称' and '来        源' labels print wide spaces before the bureau's name; the excerpt "
        "ends in a cut sentence '一是制定X' (taken as the agency until the round-30 change 7ee37ee, now the title's name, "
        "as 30b28); P05 the site's count beside a notice board's counted items, no total (no figure, as the 30b28 reader "
        "labelled it; not read, right); P08 '未收到…申请' (0, read); T15")
d.add("  1. 当前位置:\n  2. 首页 > 政务公开 > 政府信息公开专栏 > 公开年报 > 2025年\n  3. > 正文\n\n"
      "檀湾县审计局2025年政府信息公开工作年度报告\n"
      "索  引  号 K31729948/2026-00042 主题分类\n发布机构 檀湾县审计局 发布日期 2026-01-20 10:12\n"
      "名        称 檀湾县审计局2025年政府信息公开工作年度报告\n文        号 〔〕号 有  效  性\n来        源 檀湾县审计局\n\n"
      "一、总体情况\n\n2025年，檀湾县审计局依照《中华人民共和国政府信息公开条例》，结合审计监督工作实际，加强组织领导，"
      "做好信息公开。\n\n(一)主动公开\n\n2025年，我局以县政府网站为主要平台，全年发布政务信息27条，其中审计结果公告"
      "9条，工作动态18条；另在单位公示栏公开财务信息8条。\n\n(二)依申请公开\n\n")
d.prose("今年我局未收到政府信息公开申请。\n\n", applications_received=0)
d.add("(三)政府信息管理\n\n一是制定檀湾县审计局")

d = new("r367_township_line_cell_t2_2021.txt", "沙棘台乡人民政府", "", "", "", "township", 2021, "ogi2021",
        "", "line_cell",
        "M00 plain title (read); P01 '全年主动公开政府信息N条' (read); P08 '未收到…申请' (0, read); P09 '未发生…行政复议、"
        "行政诉讼' (zeros, read); T02 the 2021 表二 one value per line with blank lines between, the excerpt ending before "
        "表三 (every cell read, as 30a20 and 30a25)")
d.add("沙棘台乡人民政府2021年政府信息公开工作年度报告\n\n一、总体情况\n\n2021年，沙棘台乡人民政府在县政务公开办的指导下，"
      "围绕牧区惠民政策、草原生态补奖和村级事务做好公开，乡党政办负责信息的审核和发布。")
d.prose("全年主动公开政府信息63条。", proactive_disclosed=63)
d.prose("全年未收到政府信息公开申请，", applications_received=0)
d.prose("未发生因政府信息公开引起的行政复议、行政诉讼。\n\n", review_cases=0, litigation_cases=0)
lay_line_cell(d, "ogi2021", {"rules": ["0", "0", "0"], "normative_docs": ["0", "0", "0"], "license": ["3"],
                             "penalty": ["0"], "coercion": ["0"], "fees": ["0"]}, None, split_headers=False)

d = new("r368_portal_count_beside_new_media_counts_county_bureau_2025.txt", "榆棠区民政局", "", "", "",
        "county_department", 2025, "narrative", "2026-01-09", "prose",
        "M01 a trail '您当前所在位置: 首页 > … > 政府信息公开年报' above the title; M02 '来源: 作者: 时间:…' (read); P05 the "
        "portal's count beside the new media's and WeChat's counts, each apart, no total (no figure; not read, right, as "
        "30b24, 30b15 and 30b26); P08 '未收到…申请' (0, read); P09 '未发生…行政复议、行政诉讼' (zeros, read); T15")
d.add("您当前所在位置: 首页 > 政府信息公开平台 > 政府信息公开年报\n榆棠区民政局2025年政府信息公开工作年度报告\n"
      "来源: 作者: 时间:2026-01-09\n一、总体情况\n(一)主动公开\n")
d.prose("全年在局网站“信息公开”栏目发布政府信息52条，内容以低保审批、殡葬改革和婚姻登记服务为主；“榆棠民政”"
        "政务新媒体另发布信息77条，微信公众号另推送信息93条。\n")
d.add("(二)依申请公开\n")
d.prose("2025年，我局未收到政府信息公开申请，", applications_received=0)
d.prose("未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n局办公室负责信息发布前的审核，坚持先审后发。\n")

d = new("r369_town_named_only_at_line_start_no_title_2024.txt", "柏溪镇人民政府", "", "", "", "township", 2024,
        "narrative", "", "prose",
        "M06 no title: the town named only in prose, 'X人民政府作为镇级机关,…' opening a line (blank until the thirteenth "
        "session's township-in-passing rule, as 30a01; 30a06 and 30a17 likewise); P08 '依申请公开信息数为零' (0, still missed, as 30a26); P10 no fee "
        "and P09 no review or litigation in the same sentence (read); T15")
d.add("一、总体情况\n本镇按照市政务公开办的安排推进公开工作，重点公开春耕备耕、人居环境整治和民生补贴发放情况。\n"
      "(一)主动公开方面\n全年对照基层政务公开标准目录梳理公开事项，在市政府网站乡镇专栏更新信息。\n"
      "(二)依申请公开方面\n")
d.prose("2024年依申请公开信息数为零，", applications_received=0)
d.prose("未收取任何费用，未发生行政复议和行政诉讼案件。\n", fees_10k_yuan=0, review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n柏溪镇人民政府作为镇级机关，由党政综合办公室承担信息的采集、审核和上传。\n")

d = new("r370_one_portal_published_no_noun_city_bureau_2022.txt", "榆棠市商务局", "", "", "", "city_department",
        2022, "narrative", "", "prose",
        "M06 no title: the bureau named in '现发布《X2022年…报告》' (read); P04 the one portal's '在市政府门户网站共发布信息"
        "N条。其中:…' with no 主动 or 政府 before 信息 (still missed on the final code, as 30b19 and 30b30); P08 '收到政府"
        "信息公开申请N件' (read); T15")
d.add("根据《中华人民共和国政府信息公开条例》规定，现发布《榆棠市商务局2022年政府信息公开工作年度报告》。\n"
      "一、总体情况\n(一)主动公开\n")
d.prose("2022年，榆棠市商务局在市政府门户网站共发布信息118条。", proactive_disclosed=118)
d.add("其中:机构概况类信息3条，政务公开栏目发布信息115条。\n(二)依申请公开\n")
d.prose("全年收到政府信息公开申请2件，", applications_received=2)
d.add("均按期答复。\n(三)政府信息管理\n局办公室负责信息公开的日常工作。\n")

# ---- thirty-first round (issue 9, study31): r371–r376 ----
# r371 after 31a01 (a spam mirror's page date with an empty '来源:' on a line above a place-only title, the government
# printed only in '由X人民政府编制') and r372 after 31a28 and 31a13 (request outcomes quoted as the form's words,
# '“予以公开”的N件'): the two readings changed by b674e2b and d966df9; r373 after 31a09 and 31a13 (no title, the town
# named in the preamble's '现特向社会公布某年X人民政府信息公开工作年度报告', the first half's common opening) and r374
# after 31b03 and 31b09 (a titled county department over a bare date line, the second half's common layout), both read
# right; r375 after 31a22 (no title, the town named only in '由X人民政府政务公开工作机构编制', M06) with 31a02's
# '截止目前,我镇未接受政府信息公开申请' (P08, P06), and r376 after 31b11 (one system's '主动公开涉及教育的政府信息N条',
# a qualifying phrase before the noun, P04), both still misread or missed.
d = new("r371_mirror_date_source_line_above_place_title_town_2015.txt", "芷岗镇人民政府", "", "", "",
        "township", 2015, "narrative", "2016-02-17", "prose",
        "M14 a spam mirror: a betting brand line, '图片' and the bare place on lines of their own; M02 M11 the page's "
        "date with an empty source ('yyyy年mm月dd日    来源:') on a line above the place-only title (M08), taken as the "
        "title's first half until the round-31 change b674e2b (agency junk, the page's year read, the proactive total and "
        "the staff lost), now read, as 31a01; M06 the government printed only in '由X人民政府编制' (the government as "
        "printed); P01 '某年主动公开信息N条，其中，…' (read); P11 '配备一名工作人员' (1, read); P15")
d.add("星澜体育平台,星澜体育app\n\n图片\n\n芷岗镇\n\n2016年02月17日    来源:\n\n芷岗镇2015年政府信息公开工作年度报告\n\n"
      "本报告按照《中华人民共和国政府信息公开条例》和上级有关要求，由芷岗镇人民政府编制，分工作概述、当年工作"
      "情况、问题和改进措施三部分，数据统计期限为2015年1月1日至12月31日。对本报告如有疑问，请与芷岗镇人民政府"
      "联系。\n\n一、工作概述\n\n2015年，我镇把政府信息公开列入年度工作要点，")
d.prose("镇党政办配备一名工作人员负责信息的收集、审核和发布。\n\n", staff=1)
d.add("二、2015年政府信息公开工作情况\n\n(一)主动公开\n\n")
d.prose("2015年主动公开信息86条，", proactive_disclosed=86)
d.add("其中，工作动态信息41条，通知公告27条，财政资金信息18条。\n")

d = new("r372_quoted_outcomes_street_2019.txt", "槐泽街道办事处", "", "", "", "township", 2019, "narrative",
        "2020-01-15", "prose",
        "M00 plain title over an unpadded date line 'yyyy-m-dd' (M11, the published date read); P01 '全年主动公开政府信息N条' (read); P08 request outcomes "
        "quoted as the form's words, '“予以公开”的N件' and '“不予公开”的N件' (read since the round-31 change d966df9, "
        "as 31a28; received read before); P11 '配备了N名兼职工作人员' (read); T15")
d.add("槐泽街道办事处2019年政府信息公开工作年度报告\n2020-1-15\n依据《中华人民共和国政府信息公开条例》第五十条，编制本"
      "报告。\n一、总体情况\n2019年，槐泽街道办事处围绕老旧小区改造、社区养老和营商环境做好政府信息公开，")
d.prose("街道配备了2名兼职工作人员，", staff=2)
d.add("设立1个信息申请受理点。\n(一)主动公开\n")
d.prose("全年主动公开政府信息214条，", proactive_disclosed=214)
d.add("其中工作动态信息132条，民生领域信息82条。\n(二)依申请公开\n")
d.prose("2019年共收到政府信息公开申请3件，", applications_received=3)
d.prose("其中“予以公开”的2件，占67%；“不予公开”的1件，因所涉信息关系他人隐私。\n",
        applications_granted=2, applications_denied=1)

d = new("r373_no_title_town_named_in_preamble_year_first_2024.txt", "栎溪镇人民政府", "", "", "", "township", 2024,
        "narrative", "", "prose",
        "M06 no title: the town named in the preamble's '现特向社会公布2024年X人民政府信息公开工作年度报告', the year "
        "before its name (read, as 31a09); P01 '某年，我镇主动公开政府信息N条' (read); P08 '未收到…申请' (0, read); "
        "P09 '未发生…行政复议、行政诉讼' (zeros, read); T15")
d.add("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求，现特向社会公布2024年栎溪镇人民政府信息公开工作"
      "年度报告。全文分为总体情况、主动公开、依申请公开和工作不足等部分。\n一、总体情况\n"
      "(一)主动公开\n")
d.prose("2024年，我镇主动公开政府信息58条，", proactive_disclosed=58)
d.add("涉及乡村建设、惠农补贴和防汛安全等内容。\n(二)依申请公开\n")
d.prose("全年未收到政府信息公开申请，", applications_received=0)
d.prose("未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n镇党政办负责信息发布前的审核。\n")

d = new("r374_titled_county_bureau_date_line_2020.txt", "芮湾县交通运输局", "", "", "", "county_department", 2020,
        "narrative", "2021-01-20", "prose",
        "M00 plain title over a bare date line 'yyyy-mm-dd hh:mm' (M02, read); P01 '某年我局主动公开政府信息N条' over its "
        "kinds (read, as 31b03); P08 '未收到…申请' (0, read); P09 zeros (read); T15")
d.add("芮湾县交通运输局2020年政府信息公开工作年度报告\n2021-01-20 09:12\n根据《中华人民共和国政府信息公开条例》规定，"
      "编制本报告。\n一、总体情况\n(一)主动公开情况\n")
d.prose("2020年我局主动公开政府信息74条，", proactive_disclosed=74)
d.add("其中公路建设信息22条，运输管理信息31条，其他信息21条。\n(二)依申请公开情况\n")
d.prose("2020年我局未收到政府信息公开申请。", applications_received=0)
d.prose("全年未发生因政府信息公开引起的行政复议、行政诉讼案件。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n局办公室负责信息的日常更新。\n")

d = new("r375_no_title_town_named_only_before_its_unit_2023.txt", "蓼河区芷庄镇人民政府", "", "", "", "township", 2023,
        "narrative", "", "prose",
        "M06 no title: the town named only in '由X人民政府政务公开工作机构编制', the government followed by its internal "
        "unit (still blank on the final code, as 31a22); P01 '我镇发布主动公开政府信息N条' (read); P08 P06 '截止目前，"
        "我镇未接受政府信息公开申请' (0 up to the report's date, the year's zero; still missed, as 31a02); T15")
d.add("本报告依照《中华人民共和国政府信息公开条例》的要求，由蓼河区芷庄镇人民政府政务公开工作机构编制，内容分总体"
      "情况、主动公开和依申请公开等几部分。\n一、总体情况\n")
d.prose("(一)主动公开。2023年，我镇发布主动公开政府信息12条，", proactive_disclosed=12)
d.add("更新完善历史信息5条。\n")
d.prose("(二)依申请公开。截止目前，我镇未接受政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息管理。镇政府落实信息发布前的保密审查。\n")

d = new("r376_one_system_qualified_noun_zone_education_bureau_2022.txt", "枫渚高新区教育局", "", "", "",
        "county_department", 2022, "narrative", "2023-01-18", "prose",
        "M09 year-first title under site widgets (M03), a bulleted date and '来源:' printing a fuller name (the title "
        "kept, read); P04 one system's '在政府信息公开目录系统主动公开涉及教育的政府信息N条', a qualifying phrase "
        "before the noun, its parts adding up (still missed on the final code, as 31b11); P08 '共受理政府信息公开申请N宗' "
        "(read); T15")
d.add("智能问答   |   无障碍浏览   |   长者专区\n2022年枫渚高新区教育局政府信息公开工作年度报告\n  • 2023-01-18 10:05\n"
      "  • 来源: 枫渚高新技术开发区教育局\n  一、总体情况\n  (一)主动公开\n")
d.prose("  2022年，教育局在政府信息公开目录系统主动公开涉及教育的政府信息64条，", proactive_disclosed=64)
d.add("其中招生入学信息29条，教育资助信息20条，通知公告15条。\n  (二)依申请公开\n")
d.prose("  全年共受理政府信息公开申请2宗，", applications_received=2)
d.add("均在法定期限内答复。\n")

# ---- thirty-second round (issue 9, study32): r377–r382 ----
# r377 after 32a29 and 32a15 (a township's zero counted to the report year's end, '截至某年12月31日，收到依申请公开事项0项',
# beside a proactive count to the same day that stays unread) and r378 after 32a29 (no title, the town named as the
# year-led subject, its internal office in the contact clause and in '由X办公室负责日常监督检查'): the two readings changed
# by 71cbc19 and fbcd289; r379 after 32a24 and 32a12 (a town's titled 2024 report with its county under a trail and a
# '发布时间:… 来源:X' line, the first half's common layout) and r380 after 32b28, 32b17 and 32b23 (a county bureau's
# title over a '来源:… 发布时间:… 累计次数:' line, the second half's common layout), both read right; r381 after 32a18
# (a town's title split after its name, the year's total after a channel list, '…等主动公开公示信息共计N条', P01, P05)
# and r382 after 32b06 (review and litigation zeros worded '…的情况为0', P09, P14), both still missed.
d = new("r377_zero_requests_to_year_end_township_2024.txt", "蓼川县苓溪乡人民政府", "", "", "", "township", 2024,
        "narrative", "2025-01-16", "prose",
        "M00 plain title with its county over a bare date line (M02, read); P06 '截至某年12月31日，共主动公开政府信息N条' "
        "(a count to a date without 本年度: no figure, as 32a29 and 32a15; not read, right); P08 P06 '截至某年12月31日，"
        "收到依申请公开事项0项' (the year's zero, read since the round-32 change 71cbc19, as 32a29); P09 '未发生…行政复议、"
        "行政诉讼' (zeros, read); T15")
d.add("蓼川县苓溪乡人民政府2024年政府信息公开工作年度报告\n2025-01-16\n根据《中华人民共和国政府信息公开条例》规定，"
      "由乡党政办汇总编写本报告。本报告所列数据的统计期限为2024年1月1日至2024年12月31日。\n一、总体情况\n(一)主动公开"
      "情况\n截至2024年12月31日，本乡共主动公开政府信息37条，涉及惠农补贴公示、乡村建设项目和财政预决算"
      "等内容。\n(二)依申请公开情况\n")
d.prose("截至2024年12月31日，收到依申请公开事项0项。\n", applications_received=0)
d.prose("全年未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理情况\n乡党政办落实信息发布前的审核和保密审查。\n")

d = new("r378_no_title_year_led_town_internal_office_2025.txt", "芸岭镇人民政府", "", "", "", "township", 2025,
        "narrative", "", "prose",
        "M06 no title: the town named as the year-led subject '某年X人民政府按照…', its internal office printed in the "
        "contact clause '请联系X人民政府X办公室' and in '由X办公室负责日常监督检查' (the office was taken as the agency "
        "until the round-32 change fbcd289, as 32a29; now the town, read); P01 '某年，我镇主动公开政府信息N条' (read); "
        "P08 '未收到…申请' (0, read); T15")
d.add("一、总体情况\n2025年芸岭镇人民政府按照《中华人民共和国政府信息公开条例》要求，把政务公开与"
      "镇域重点工作一同部署。本报告所列数据的统计期限为2025年1月1日至2025年12月31日。如对本报告有疑问，请联系芸岭镇人民政府"
      "社会事务办公室，电话：0000-6123457。\n(一)主动公开情况\n")
d.prose("2025年，我镇主动公开政府信息42条，", proactive_disclosed=42)
d.add("主要为人居环境整治、社会救助和安全生产信息。\n(二)依申请公开情况\n")
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息管理情况\n拟公开信息经分管领导审签后发布。\n(四)监督保障情况\n坚持内外监督并重，由社会事务"
      "办公室负责日常监督检查，群众反映的问题限期核实。\n")

d = new("r379_titled_town_with_county_under_trail_2024.txt", "楮源县梓岙镇人民政府", "", "", "", "township", 2024,
        "narrative", "2025-01-21", "prose",
        "M01 a trail through the town's government; M00 plain title with its county (kept as printed, read, as 32a24 "
        "and 32a12); M02 '发布时间:… 来源:X 字体:[ ]' (read); P01 '全年累计主动公开各类信息N条' (read); P08 '收到N条依申请公开"
        "事项' (read); P09 '未发生因…行政复议、行政诉讼情况' (zeros, read); T15")
d.add("当前位置: 网站首页 > 政府信息公开 > 楮源县梓岙镇人民政府 > 政府信息公开年报\n楮源县梓岙镇人民政府2024年政府信息"
      "公开工作年度报告\n发布时间:2025-01-21 09:36 来源:楮源县梓岙镇人民政府 字体:[ ]\n\n本报告依据《中华人民共和国"
      "政府信息公开条例》编制，统计期限为2024年1月1日至12月31日。如对本报告有疑问，请与梓岙镇人民政府党政办公室"
      "联系。\n\n一、总体情况\n\n(一)主动公开\n\n2024年，我镇围绕乡村振兴、民生保障和财政预决算推进信息公开，")
d.prose("全年累计主动公开各类信息215条。\n\n", proactive_disclosed=215)
d.add("(二)依申请公开\n\n2024年度，")
d.prose("收到3条依申请公开事项，均在法定期限内答复。", applications_received=3)
d.prose("本年度未发生因政府信息公开引发的行政复议、行政诉讼情况。\n\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n\n信息发布前经分管领导审签。\n")

d = new("r380_titled_county_water_bureau_source_line_2023.txt", "柘浦县水利局", "", "", "", "county_department",
        2023, "narrative", "2024-01-12", "prose",
        "M00 plain title over '来源:X 发布时间:… 累计次数: 字体:[ ]' (M02, read, as 32b23 and 32b17); P04 '通过县政府信息"
        "公开网站公开信息N条，包括…' (the one site, read, as 32b28); P08 '受理依申请公开事项N件' (read); P09 '未发生…"
        "行政复议、行政诉讼' (zeros, read); T15")
d.add("柘浦县水利局2023年政府信息公开工作年度报告\n来源: 柘浦县水利局 发布时间:2024-01-12 10:20 累计次数: 字体:[ ]\n\n"
      "根据《中华人民共和国政府信息公开条例》规定，编制本报告。报告中所列数据的统计期限为2023年1月1日至12月31日。\n"
      "一、总体情况\n1.主动公开情况\n")
d.prose("2023年，柘浦县水利局通过县政府信息公开网站公开信息53条，", proactive_disclosed=53)
d.add("包括工作动态31条、部门文件15条、预决算信息2条和河湖管护信息5条。\n2.依申请公开情况\n")
d.prose("全年受理依申请公开事项2件，均已答复。\n", applications_received=2)
d.prose("全年未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("3.政府信息管理情况\n局办公室负责信息发布审核。\n")

d = new("r381_split_title_town_total_after_channel_list_2025.txt", "芫渡镇人民政府", "", "", "", "township", 2025,
        "narrative", "", "prose",
        "M07 title split after the name (read); P01 P05 '某年依托X平台、…公开栏和…电子屏等主动公开公示信息共计N条，"
        "其中：…' (the year's total after a channel list, its parts adding up; still missed on the code at 71cbc19, as "
        "32a18); P08 '没有收到…申请' (0, read); T15")
d.add("芫渡镇人民政府\n2025年政府信息公开工作年度报告\n本报告依照《中华人民共和国政府信息公开条例》编写，"
      "由镇党政办负责汇总。本报告中所列数据的统计时限为2025年1月1日至2025年12月31日。\n一、总体情况\n(一)主动公开"
      "政府信息情况\n")
d.prose("2025年依托政府信息公开平台、村务公开栏和便民服务大厅电子屏等主动公开公示信息共计640条，", proactive_disclosed=640)
d.add("其中：乡村建设类352条，社会保障类171条，规范性文件类102条，预决算类15条。\n(二)依申请公开政府信息情况\n")
d.prose("2025年，我镇没有收到政府信息公开申请。\n", applications_received=0)

d = new("r382_review_litigation_zero_as_situation_county_bureau_2020.txt", "棹溪县医疗保障局", "", "", "",
        "county_department", 2020, "narrative", "", "prose",
        "M00 plain title; P05 '依托X门户网站和X微信公众号主动公开政府信息共N条，其中…' (a total over its two "
        "channels, read); P08 '收到和处理政府信息公开申请0条' (read); P09 P14 '因政府信息公开工作被申请行政复议、"
        "提起行政诉讼的情况为0' (review and litigation zeros; still missed on the code at 71cbc19, as 32b06); T15")
d.add("棹溪县医疗保障局2020年政府信息公开工作年度报告\n一、总体情况\n本报告数据的统计期限为2020年1月1日至12月31日。"
      "2020年，我局把医保政策宣传和信息公开一同推进。\n")
d.prose("全年县医保局依托县政府门户网站和“棹溪医保”微信公众号主动公开政府信息共93条，", proactive_disclosed=93)
d.add("其中门户网站55条，微信公众号38条。")
d.prose("全年收到和处理政府信息公开申请0条。", applications_received=0)
d.prose("因政府信息公开工作被申请行政复议、提起行政诉讼的情况为0。\n", review_cases=0, litigation_cases=0)
d.add("二、主动公开政府信息情况\n")

# ---- thirty-third round (issue 9, study33): r383–r388 ----
# r383 after 33a19, 33a22 and 33a07 (a district bureau never titled, named only after '今年以来，', its 2019 表二 one
# cell per line ending ' |' with '增N' in the 行政许可 row's 本年增/减) and r384 after 33b25 (an image's file name and a
# breadcrumb joined by '--' above a place-only title and a '来源:' line naming the government): the readings changed by
# d6b0034, 0bb1532 and f9cb2a7; r385 after 33b06, 33b10 and 33b02 (a county government's titled narrative report, the
# second half's common layout) and r386 after 33a14, 33a01 and 33a20 (a county bureau's 2021 表二 and 表三 in markdown
# rows, the first half's common layout), both read right; r387 after 33a13 (a handled count, '今年共办理依申请公开N件，
# 其中…', P08), misread until d461314 and right since, and r388 after 33b23 (a compiled district report's '…等在内的政府
# 信息共N条' and '结转上年未办结申请N件', P01, P08), still missed.
d = new("r383_jinnian_yilai_bureau_zeng_change_pipe_cells_2019.txt", "槐泾区林业局", "", "", "", "county_department",
        2019, "ogi2019", "", "pipe_cell",
        "M06 no title: the bureau named only as the subject after '今年以来，' (blank until the round-33 change d6b0034, "
        "as 33a19; now read); P01 '全年主动公开政府信息N条' (read); T01 a 2019 表二 one cell per line ending ' |'; T12 "
        "the 行政许可 row's 本年增/减 printed '增N' (unreadable; the whole row was dropped until the round-33 change "
        "0bb1532, as 33a19, 33a22 and 33a07; now the change unreadable and the numbers beside it read), '-3' and "
        "'36.52万元' (read); T11 the excerpt ends at 表三's heading")
d.add("根据《中华人民共和国政府信息公开条例》规定，编制本报告。报告所列数据的统计期限为2019年1月1日至2019年12月31日。\n"
      "一、总体情况\n今年以来，槐泾区林业局认真贯彻落实区政府关于政务公开的各项部署，把信息公开与森林防火、林木采伐审批"
      "等重点工作一同推进，")
d.prose("全年主动公开政府信息64条。\n", proactive_disclosed=64)
d.add("二、主动公开政府信息情况\n")
pc(d, "第二十条第(一)项", "信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量", "规章")
pc_values(d, [("0", f"2019.t2.rules.{c}", None, "") for c in ("new_made", "new_published", "total_published")])
pc(d, "规范性文件")
pc_values(d, [("1", f"2019.t2.normative_docs.{c}", None, "") for c in ("new_made", "new_published",
                                                                        "total_published")])
pc(d, "第二十条第(五)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政许可")
pc_values(d, [("210", "2019.t2.license.prev_year_items", None, ""), ("增35", "2019.t2.license.change", "unreadable", ""),
              ("245", "2019.t2.license.decisions", None, "")])
pc(d, "其他对外管理服务事项")
pc_values(d, [("0", f"2019.t2.other_services.{c}", None, "") for c in ("prev_year_items", "change", "decisions")])
pc(d, "第二十条第(六)项", "信息内容", "上一年项目数量", "本年增/减", "处理决定数量", "行政处罚")
pc_values(d, [("12", "2019.t2.penalty.prev_year_items", None, ""), ("-3", "2019.t2.penalty.change", None, ""),
              ("9", "2019.t2.penalty.decisions", None, "")])
pc(d, "行政强制")
pc_values(d, [("0", f"2019.t2.coercion.{c}", None, "") for c in ("prev_year_items", "change", "decisions")])
pc(d, "第二十条第(八)项", "信息内容", "上一年项目数量", "本年增/减", "行政事业性收费")
pc_values(d, [("0", "2019.t2.fees.prev_year_items", None, ""), ("0", "2019.t2.fees.change", None, "")])
pc(d, "第二十条第(九)项", "信息内容", "采购项目数量", "采购总金额", "政府集中采购")
pc_values(d, [("1", "2019.t2.procurement.items", None, ""),
              ("36.52万元", "2019.t2.procurement.amount", "reported", "36.52")])
d.add("三、收到和处理政府信息公开申请情况\n")

d = new("r384_image_name_dashed_trail_place_title_district_2020.txt", "澄川市榆丰区人民政府", "", "", "", "county",
        2020, "narrative", "2021-02-23", "prose",
        "M01 an image's file name before a trail joined by '--' after 首页 (the line was taken as the agency until the "
        "round-33 change f9cb2a7, as 33b25; now passed over); M08 a place-only title whose government is printed with "
        "its city on the '来源:' line (that name, read, M02); M07 a second title with the bare district (read); P01 "
        "'某年，区政府通过门户网站主动公开政府信息N条' (read); P08 '收到政府信息公开申请N件' (read); P09 '未发生…行政复议、"
        "行政诉讼' (zeros, read); T15")
d.add("logo_top.png 位置:首页--政务公开--政府信息公开--政府信息公开年报\n\n澄川市榆丰区2020年政府信息公开年度报告\n\n"
      "发布日期:2021-02-23 09:12 来源:澄川市榆丰区人民政府\n字号\n\n榆丰区2020年度政府信息公开工作年度报告\n\n"
      "一、总体情况\n\n本年度报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为2020年1月1日至12月31日。\n\n")
d.prose("2020年，区政府通过门户网站主动公开政府信息1436条，", proactive_disclosed=1436)
d.add("涉及复工复产、社会救助和财政预决算等内容。")
d.prose("全年收到政府信息公开申请27件，均在法定期限内答复。", applications_received=27)
d.prose("全年未发生因政府信息公开引起的行政复议、行政诉讼。\n\n", review_cases=0, litigation_cases=0)
d.add("二、组织管理情况\n\n区政府办公室负责推进、指导和监督全区政府信息公开工作。\n")

d = new("r385_titled_county_government_narrative_2024.txt", "柯屿县人民政府", "", "", "", "county", 2024,
        "narrative", "2025-01-24", "prose",
        "M00 plain title over '发布时间:… 来源:X人民政府办公室' (M02, read, as 33b02 and 33b15); P07 'N余条' through the "
        "portal and new media (no figure; not read, right, as 33b10 and 33b30); P08 '全年新收…申请N件，上年结转…申请0件' "
        "(read, as 33b06); P09 '未涉及行政复议和行政诉讼' (0 each, read, as 33b06); T15")
d.add("柯屿县人民政府2024年政府信息公开工作年度报告\n发布时间:2025-01-24 16:05 来源:柯屿县人民政府办公室\n"
      "本年度报告根据《中华人民共和国政府信息公开条例》和年度报告格式的要求，由柯屿县人民政府办公室编制。全文包括总体情况、"
      "主动公开政府信息情况、收到和处理政府信息公开申请情况等六个部分。本年度报告中所列数据的统计期限为2024年1月1日至"
      "12月31日。如对本报告有疑问，请与柯屿县人民政府办公室联系。\n一、总体情况\n2024年，柯屿县人民政府围绕县域重点工作"
      "推进政务公开，把政策发布、解读和回应一同部署。\n(一)主动公开情况。通过县政府门户网站和政务新媒体发布各类信息5800余条，"
      "其中政策解读62条。\n(二)依申请公开情况。")
d.prose("全年新收政府信息公开申请14件，上年结转政府信息公开申请0件，", applications_received=14,
        applications_carried_over=0)
d.add("均已按期办结，")
d.prose("未涉及行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理情况。县政府办公室落实信息发布前的保密审查。\n")

d = new("r386_county_transport_bureau_markdown_rows_2021.txt", "枫垣县交通运输局", "", "", "", "county_department",
        2021, "ogi2021", "2022-01-18", "markdown",
        "M00 plain title over '日期: … 来源:X' (M02, read, as 33a29 and 33a20); P04 '通过县政府门户网站主动公开政府信息N条' "
        "(the one channel, read, as 33a20 and 33a14); P08 '未收到政府信息公开申请' (0, read); P09 '没有发生…行政复议、"
        "行政诉讼' (zeros, read); T03 a 2021 表二 and 表三 in markdown rows with no leading pipe, section rows '| |||' "
        "(every cell read, as 33a14 and 33a01)")
d.add("枫垣县交通运输局2021年政府信息公开工作年度报告\n日期: 2022-01-18 来源:枫垣县交通运输局\n一、总体情况\n"
      "2021年，我局按照县政府政务公开工作要点，把交通建设项目、运输行业管理和财政预决算作为公开重点。")
d.prose("全年通过县政府门户网站主动公开政府信息58条。", proactive_disclosed=58)
d.prose("我局未收到政府信息公开申请，", applications_received=0)
d.prose("没有发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
lay_pipe_rows(d, "ogi2021", {"rules": ["0", "0", "0"], "normative_docs": ["1", "0", "3"], "license": ["326"],
                             "penalty": ["41"], "coercion": ["0"], "fees": ["0"]}, zero_t3("ogi2021"), width=4)

d = new("r387_handled_count_read_as_received_city_bureau_2020.txt", "桉泽市住房和城乡建设局", "", "", "",
        "county_department", 2020, "narrative", "", "prose",
        "M09 a year-first title (read); P01 '全年主动公开政府信息N条' (read); P08 '今年共办理依申请公开N件，其中同意公开N件，"
        "…无法提供N件，其他处理N件，结转下年度继续办理N件' (a handled count, carried-forward requests included, no received "
        "count: the granted count labelled only; the handled count was read as received, as on 33a13, until the round-43 "
        "change d461314, which reads a handled count as no received one; not read since, right); T15")
d.add("2020年桉泽市住房和城乡建设局政府信息公开工作年度报告\n一、总体情况\n(一)主动公开。围绕住房保障、建筑市场监管和"
      "城市更新推进信息公开，")
d.prose("全年主动公开政府信息412条。\n", proactive_disclosed=412)
d.add("(二)依申请公开。依照条例在法定期限内答复，今年共办理依申请公开19件，其中")
d.prose("同意公开7件，", applications_granted=7)
d.add("因本机关不掌握相关政府信息无法提供5件，其他处理6件，结转下年度继续办理1件。\n(三)政府信息管理。局办公室牵头，"
      "各科室分头落实信息公开。\n")

d = new("r388_compiled_district_long_list_total_carried_2024.txt", "椿湾区人民政府", "", "", "", "county", 2024,
        "narrative", "", "prose",
        "M00 plain title (read); P12 a report compiled from every unit of the district (its whole-area figures kept); "
        "P01 '某年全区各级行政机关主动公开包含X、Y…和其他业务事项等在内的政府信息共N条' (the total after a long list of "
        "kinds; still missed on the code at d6b0034, as 33b23); P08 '收到政府信息公开申请N件' (read) and "
        "'结转上年未办结申请N件' (still missed, as 33b23); T15")
d.add("椿湾区人民政府2024年政府信息公开工作年度报告\n本年度报告由椿湾区人民政府办公室综合区政府各部门和各街镇的政府信息"
      "公开年度报告编制，所列数据的统计期限为2024年1月1日至12月31日。\n一、总体情况\n(一)主动公开\n")
d.prose("2024年全区各级行政机关主动公开包含机构职能、政策文件、财政预决算、行政执法、统计数据和其他业务事项等在内的"
        "政府信息共4212条，", proactive_disclosed=4212)
d.add("其中公文类政府信息960条。\n(二)依申请公开\n2024年，全区各级行政机关")
d.prose("收到政府信息公开申请236件，", applications_received=236)
d.prose("结转上年未办结申请7件。\n", applications_carried_over=7)
d.add("(三)政府信息管理\n区政府办公室组织各单位开展信息发布前审查。\n")

# ---- thirty-fourth round (issue 9, study34): r389–r392 ----
# r389 after 34b22, 12b05 and 33a21 (no title; a street office opening a line as the subject, 'X街道办事处积极响应…',
# its place printed again below): the reading changed by f18f42c; r390 after 34b20, 34b06 and 34b25 (a town's titled
# 2024 narrative report, its total over the channels that make it up, the second half's common layout), read right;
# r391 after 34b11 (a street's title whose year is misprinted '2022度' before the name, M10, M09; misread at the round's
# first score and on f18f42c, read since af251b2, committed while these docs were written; its year still the statistics
# period's since 47be35f, which reads a glued title year only where no period gives one) and r392 after 34b05 (a
# mirror's domain glued before a street's name in its title, M14): misread until b96d1f3, named as labelled since.
d = new("r389_no_title_street_office_subject_line_place_again_2022.txt", "汀榆街道办事处", "", "", "", "township",
        2022, "narrative", "", "prose",
        "M06 no title: the street office named only as the subject opening a line, 'X街道办事处积极响应…', its place "
        "printed again below (blank until the round-34 change f18f42c, as 34b22, 12b05 and 33a21; now read); P04 "
        "'全年通过区政府门户网站主动公开政府信息N条' (read); P08 '未收到政府信息公开申请' (0, read); P09 '未发生…行政复议、"
        "行政诉讼' (zeros, read); T15")
d.add("本报告所列数据的统计期限为2022年1月1日至12月31日。\n一、总体情况\n汀榆街道办事处积极响应芸岚区人民政府关于政务"
      "公开的工作部署，把信息公开与社区治理、民生服务一同推进。\n(一)主动公开情况\n")
d.prose("全年通过区政府门户网站主动公开政府信息86条，", proactive_disclosed=86)
d.add("内容涉及机构职能、财政预决算和社区公示。\n(二)依申请公开情况\n")
d.prose("本年度未收到政府信息公开申请，", applications_received=0)
d.prose("未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n汀榆街道党政办公室落实信息发布前的保密审查，专人维护街道信息公开栏目。\n")

d = new("r390_titled_town_government_channels_total_2024.txt", "澜汀区栾岙镇人民政府", "", "", "", "township", 2024,
        "narrative", "", "prose",
        "M00 plain title naming the town's government with its district (read, as 34b20 and 34b06); P05 '全年主动公开政府"
        "信息N条，其中在区政府门户网站发布N条，在政务新媒体发布N条' (the total, read, as 34b20 and 34b25); P08 '全年未收到"
        "政府信息公开申请' (0, read); P09 '未发生…行政复议、行政诉讼' (zeros, read); T15")
d.add("澜汀区栾岙镇人民政府2024年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制，由总体情况、"
      "主动公开政府信息情况、收到和处理政府信息公开申请情况等部分组成，所列数据的统计期限为2024年1月1日至12月31日。如对"
      "本报告有疑问，请与栾岙镇人民政府党政办公室联系。\n一、总体情况\n2024年，栾岙镇人民政府围绕全镇重点工作推进政务"
      "公开，把惠农政策、村务财务和安全生产信息作为公开重点。\n(一)主动公开\n")
d.prose("全年主动公开政府信息215条，其中在区政府门户网站发布28条，在政务新媒体发布187条。\n",
        proactive_disclosed=215)
d.add("(二)依申请公开\n")
d.prose("全年未收到政府信息公开申请，", applications_received=0)
d.prose("未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n镇党政办公室负责信息发布前的审核，各村公开栏按月更新。\n")

d = new("r391_year_du_misprint_title_street_2023.txt", "槿湖区苇汀街道", "", "", "", "township", 2023,
        "narrative", "", "prose",
        "M09 a year-first title whose year is misprinted 'yyyy度' (年 dropped, M10) and one year early, before the "
        "street's name with its district (read as '度X区X街道' until the round-34 change af251b2, as 34b11; now read); M08 the street's "
        "办事处 printed only in '办事处主任' (the bare place kept, as 34b11); M02 a lone '【字体:' line; the year from "
        "the statistics period (2023, read; still read so since the round-43 change 47be35f, which takes a title's "
        "glued year only when no statistics period gives one: the period wins over the misprinted '2022度'); P04 '通过区门户网站…主动公开各类信息N条' (read); P08 '未收到…申请' (0, "
        "read); P09 '没有发生…行政复议和行政诉讼' (zeros, read); T15")
d.add("2022度槿湖区苇汀街道信息公开工作年度报告\n\n【字体:\n\n本年度报告分主动公开、依申请公开、行政复议和行政诉讼、"
      "收费及减免、存在的问题和改进措施等部分。本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。如对本报告"
      "有任何疑问，请与苇汀街道信息公开工作小组办公室联系。\n\n一、主动公开政府信息情况\n\n苇汀街道对照信息公开目录梳理"
      "各类公开事项，")
d.prose("2023年通过区门户网站主动公开各类信息63条。\n\n", proactive_disclosed=63)
d.add("二、依申请公开政府信息情况\n\n")
d.prose("2023年度街道未收到政府信息公开申请。\n\n", applications_received=0)
d.add("三、申请行政复议和提起行政诉讼情况\n\n")
d.prose("全年没有发生因信息公开引起的行政复议和行政诉讼。\n\n", review_cases=0, litigation_cases=0)
d.add("四、其他事项\n\n街道由办事处主任牵头，党政办公室具体承办信息公开工作。\n")

d = new("r392_mirror_domain_glued_title_street_2019.txt", "榴川街道", "", "", "", "township", 2019,
        "narrative", "2020-01-16", "prose",
        "M14 a mirror's domain glued before the street's name in its title and its contact address, where the "
        "county-level city's name stood (the domain kept in the agency, as on 34b05, until the round-43 change b96d1f3; "
        "named as labelled since); M08 a "
        "place-only title whose 办事处 is never printed (the bare place); M02 '发布时间:' (read); P02 'yyyy年度我街道共公开"
        "各类信息N条，其中…' (read); T15")
d.add("vexoruna.com榴川街道2019年政府信息公开工作年度报告\n发布时间:2020-01-16\n\n根据《中华人民共和国政府信息公开"
      "条例》，现公布榴川街道2019年政府信息公开工作年度报告。报告所列数据的统计期限自2019年1月1日起至2019年12月31日止。"
      "如对本报告有疑问，请与本单位信息公开受理机构联系，地址:vexoruna.com榴川街道滨河路18号党政办公室。\n\n"
      "一、政府信息公开工作的总体情况\n\n2019年，榴川街道落实信息公开保密审查，对应主动公开的信息分类编目，")
d.prose("2019年度我街道共公开各类信息47条，其中机构信息5条，政策文件4条，民生事项38条。\n\n", proactive_disclosed=47)
d.add("二、收到和处理政府信息公开申请情况\n\n")
d.prose("本年度未收到政府信息公开申请。\n", applications_received=0)

# ---- thirty-fifth round (issue 9, study35): r393–r396 ----
# r393 after 35b24 and 35b14 (a zone's 2025 report whose proactive total names every channel in one word, '通过官方渠道共
# 主动公开政府信息N条', its channels' counts after it with no 其中): missed at the round's first score, read since the
# round-35 change f140d31; r394 after 35b29, 33b21 and 16b27 (no title; a bureau of the zone compiles the report from
# every department's, '由X局依据…以及全区各部门信息公开工作编制而成'): the bureau read at the first score, the zone since
# 4b162fe; r395 after 35a20 (a betting site's brand 'X官网' where a provincial bureau's name stood in the title and the
# index block's 名称, the bureau named only in an announcing sentence): the brand read at the first score, the bureau since
# f75d466; r396 after 35b04 and 33a22 (a zone committee's review and litigation section answered only '无' on the line
# under its heading, labelled 0 and 0): still missed.
d = new("r393_zone_official_channels_total_parts_after_2025.txt", "蓠湾高新技术产业开发区管理委员会", "", "", "",
        "county", 2025, "narrative", "2026-01-21", "prose",
        "M00 plain title naming the zone's committee (read); M02 '发布时间:' (read); P05 '通过官方渠道共主动公开政府信息N条，"
        "X门户网站公开政府信息N条，通过X微信公众号公开政府信息N条', the channels named in one word before the total and "
        "their counts after it with no 其中 (missed until the round-35 change f140d31, as 35b24 and 35b14; now read); P08 "
        "'未收到政府信息公开申请' (0, read); P09 '未发生…行政复议、行政诉讼' (zeros, read); T15")
d.add("蓠湾高新技术产业开发区管理委员会2025年政府信息公开工作年度报告\n发布时间:2026-01-21\n\n本报告依据《中华人民共和国"
      "政府信息公开条例》编制，所列数据的统计期限自2025年1月1日起至2025年12月31日止。\n一、总体情况\n2025年，高新区"
      "管委会围绕项目建设和企业服务推进政务公开，把惠企政策、规划建设和安全生产信息作为公开重点。\n1、主动公开情况。"
      "按照主动公开事项目录逐项更新栏目，")
d.prose("2025年度，通过官方渠道共主动公开政府信息736条，管委会门户网站公开政府信息418条，通过“蓠湾高新”微信公众号"
        "公开政府信息318条。\n", proactive_disclosed=736)
d.add("2、依申请公开情况。")
d.prose("全年未收到政府信息公开申请，", applications_received=0)
d.prose("未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("3、政府信息管理情况。管委会党政办公室负责信息发布前的审核，各部门指定联络员报送信息。\n")

d = new("r394_no_title_zone_bureau_compiles_every_department_2024.txt", "槿源经济技术开发区", "", "", "", "county",
        2024, "narrative", "", "prose",
        "M06 no title: the report compiled by the zone's bureau from every department's, '本年度报告由X经济技术开发区X局依据"
        "…以及全区各部门信息公开工作编制而成', the zone then only '经开区' and '我区' (the bureau read until the round-35 "
        "change 4b162fe, as 35b29; now the zone); P07 'N余条' over its departments (no figure, not read); P08 '全年共受理"
        "依申请公开N件' (read); T15")
d.add("本年度报告由槿源经济技术开发区政务服务局依据《中华人民共和国政府信息公开条例》、《中华人民共和国政府信息公开工作"
      "年度报告格式》以及全区各部门信息公开工作编制而成。本报告中所列数据统计期限为2024年1月1日至2024年12月31日。\n"
      "一、总体情况\n2024年，经开区围绕营商环境建设深化政务公开，我区各部门按照主动公开事项目录更新栏目。\n"
      "(一)统筹推进主动公开。全年各部门通过政府信息公开平台发布重点领域信息1300余条，公开内容覆盖财政资金和公共"
      "资源配置。\n(二)规范办理依申请公开。")
d.prose("全年共受理依申请公开37件，", applications_received=37)
d.add("均在法定期限内答复。\n(三)政府信息管理。经开区各部门落实信息发布前的保密审查。\n")

d = new("r395_betting_brand_site_title_province_bureau_2024.txt", "省粮食和物资储备局", "", "", "",
        "province_department", 2024, "narrative", "2025-02-18", "prose",
        "M14 a betting site's brand 'X官网' where the bureau's name stood in the title and the index block's 名称, the "
        "block's 发布机构 empty (the brand read as the agency until the round-35 change f75d466, as 35a20; now blank in "
        "the title, so the prose names it); M06 the bureau named in the announcing sentence, '编制并发布省X局yyyy年…年度报告' "
        "and as a subject after the year (read); M04 a bulleted index block; P04 '局门户网站更新发布…各类信息N条', one "
        "channel (read); T15")
d.add("金澜六合彩官网 2024年政府信息公开工作报告\n- 索引号:430S77/2025-004217\n- 发布机构:\n- 发文日期: 2025-02-18 10:12\n"
      "- 名称: 金澜六合彩官网 2024年政府信息公开工作报告\n根据《中华人民共和国政府信息公开条例》规定和全省政务公开工作要点"
      "要求，编制并发布省粮食和物资储备局2024年政府信息公开年度报告。本报告所列数据的统计期限自2024年1月1日至2024年12月"
      "31日止。\n一、总体情况\n2024年，省粮食和物资储备局围绕粮食安全和储备管理推进政务公开，规范信息发布流程。\n"
      "(一)主动公开方面。按照法定主动公开要求，")
d.prose("2024年局门户网站更新发布政策文件、储备管理、政府采购等各类信息512条，", proactive_disclosed=512)
d.add("重要信息同步转载到全省政务公开专栏。\n(二)依申请公开方面。依法依规办理政府信息公开申请，")
d.prose("全年收到政府信息公开申请4件，", applications_received=4)
d.add("均按期答复。\n")

d = new("r396_zone_review_litigation_answered_wu_2021.txt", "棠岙经济开发区管委会", "", "", "", "county", 2021,
        "narrative", "", "prose",
        "M00 plain title naming the zone's committee (read); P09/P14 the review and litigation heading answered only "
        "'无' on the line under it (0 and 0 by the reader, judgement labels as 33a22 and 35b04; read since round 72's "
        "rule on headings answered by 无); P04 '在区政府网站主动公开…信息N条' (read); P08 '未收到政府信息公开申请' (0, read); P15 sections "
        "answered in prose, no table")
d.add("棠岙经济开发区管委会2021年政府信息公开工作年度报告\n一、总体情况\n2021年，棠岙经济开发区管委会按照区政府的部署"
      "推进信息公开，专人负责栏目维护。\n二、行政机关主动公开政府信息情况\n")
d.prose("全年在区政府网站主动公开机构职能、财政预决算和工作动态等信息58条。\n", proactive_disclosed=58)
d.add("三、行政机关收到和处理政府信息公开申请情况\n")
d.prose("本年度未收到政府信息公开申请。\n", applications_received=0)
d.add("四、因政府信息公开工作被申请行政复议、提起行政诉讼情况\n")
d.prose("无\n", review_cases=0, litigation_cases=0)
d.add("五、其他需要报告的事项\n管委会党政办公室设政府信息公开工作专员，对接区政务公开办公室。\n")


# ---- thirty-sixth and thirty-seventh rounds (issue 9, study36, study37): r397–r402 ----
# r397 after 36a07 (a district's report titled by its bare place alone on the line above a title naming no agency, the
# government never printed with the name): blank at the round's first score, the bare district since 05cef24; r398
# after 37b14 and 17a28 (a street's website count '共N条' and its WeChat account's count in the next sentence, no total):
# read as the total at the round-37 first score, no figure since 388b371; r399 after 37a11 and 37a16 (a county bureau's
# '未收到公民、法人或其他组织通过…等形式的政府信息公开申请' and '截至yyyy年底…申请0条'): missed at the first score, read since
# 8a0ff0b; r400 after 36a08, 36a21, 36a23 and 36a24 (a county government's own report counting its portal as the one
# channel): the figure by FORMS §2 as the gold conventions state since 2026-12-02 (the readers of rounds 26–28 and 36
# left such counts out), read right; r401 after 37a05 and 37a13 (a county bureau's '累计主动公开信息N条' with no year in
# the sentence, labelled N as round 37's reader did; judgement): still missed; r402 after 37b21 (a town's 2019 表二 whose
# (五)(六)(八) headers print '本年数量' for '本年增/减', the middle cells left unlabelled): still misread (placed by position).
d = new("r397_bare_district_line_above_year_only_title_2023.txt", "汀州市枫岙区", "", "", "", "county", 2023,
        "narrative", "", "prose",
        "M07/M08 a bare place alone on the line above a title naming no agency, 'X市X区' / 'yyyy年政府信息公开工作年度报告', "
        "the government printed only as '区政府网站' (blank until the round-36 change 05cef24, as 36a07; now the bare "
        "district); P05 the portal's and the new media's counts with no total (no figure; not read, right); P08 received "
        "'(含重复申请事项)' and carried over (read); P09 review and litigation counts (read); T15")
d.add("汀州市枫岙区\n2023年政府信息公开工作年度报告\n依照《中华人民共和国政府信息公开条例》第五十条的要求编写本报告，"
      "所列数据的统计期限为2023年1月1日至12月31日。\n一、总体情况\n(一)主动公开情况。按照主动公开目录逐项更新栏目，"
      "全年在区政府网站发布信息6215条，在政务新媒体发布信息4830条。\n(二)依申请公开情况。")
d.prose("本年度共收到政府信息公开申请57件(含重复申请事项)，", applications_received=57)
d.prose("另有上年结转的申请3件，", applications_carried_over=3)
d.add("均在法定期限内办结。\n(三)政府信息公开行政复议、行政诉讼情况。")
d.prose("因政府信息公开被申请行政复议4件，", review_cases=4)
d.prose("被提起行政诉讼5件。\n", litigation_cases=5)
d.add("(四)政府信息管理情况。区政府办公室落实公开前的保密审查和发布后的巡检。\n")

d = new("r398_street_website_gong_wechat_next_sentence_no_total_2019.txt", "芸塘街道办事处", "", "", "", "township",
        2019, "narrative", "", "prose",
        "M00 plain title (read); P05 '…在门户网站主动公开政府信息共N条，包括…' and the WeChat account's '推送信息N条' in the "
        "next sentence, no total (no figure: read as the total until the round-37 change 388b371, as 37b14; now not "
        "read, right); P08 '未收到政府信息公开申请' (0, read); T15")
d.add("芸塘街道办事处2019年政府信息公开工作年度报告\n本报告依照《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为"
      "2019年1月1日至12月31日。\n一、总体情况\n(一)主动公开政府信息统计。2019年度，街道按照市政府信息公开要求及时更新信息。")
d.prose("本年街道在门户网站主动公开政府信息共184条，包括工作动态97条、通知公告52条和街道文件35条。")
d.prose("街道还在“芸塘之声”微信公众号推送信息41条。\n")
d.add("(二)依申请公开。街道公布了受理渠道和监督电话，")
d.prose("2019年度未收到政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息管理。街道党政办公室负责信息发布前的审核。\n")

d = new("r399_long_ways_before_shenqing_and_jiezhi_niandi_zero_county_bureau_2023.txt", "桉泽县人力资源和社会保障局", "",
        "", "", "county_department", 2023, "narrative", "", "prose",
        "M06 no title: '现公布X局yyyy年度…报告' (read); P08 '未收到公民、法人或其他组织通过政府信息公开平台、信函、传真、"
        "当面提交等形式的政府信息公开申请' (a long noun phrase between 未收到 and 申请) and P06 '截至yyyy年底共受理公开申请0条' "
        "(the year's zero to its end, no month): both 0, one cell (missed until the round-37 change 8a0ff0b, as 37a11 and "
        "37a16; now read); P04 '通过县政府门户网站主动公开政府信息N条' (read); T15")
d.add("根据《中华人民共和国政府信息公开条例》规定，现公布桉泽县人力资源和社会保障局2023年度政府信息公开工作年度报告。\n"
      "一、总体情况\n(一)主动公开情况。")
d.prose("2023年，我局通过县政府门户网站主动公开政府信息86条，", proactive_disclosed=86)
d.add("内容涉及就业创业、社会保险和劳动关系。\n(二)依申请公开情况。")
d.prose("本年度未收到公民、法人或其他组织通过政府信息公开平台、信函、传真、当面提交等形式的政府信息公开申请。\n",
        applications_received=0)
d.prose("截至2023年底共受理公开申请0条。\n")
d.add("(三)政府信息管理情况。局办公室负责信息发布前的保密审查。\n")

d = new("r400_county_own_report_portal_one_channel_figure_2024.txt", "澜屿县人民政府", "", "", "", "county", 2024,
        "narrative", "2025-01-20", "prose",
        "M00 plain title; M02 '发布时间:' (read); P04/P12 '通过县政府门户网站主动公开政府信息N条，其中…' in the county "
        "government's own report, not said to be compiled from every unit: the portal, the one channel counted, gives the "
        "government's figure by FORMS §2 (the gold convention of 2026-12-02; the readers of rounds 26–28 and 36 left such "
        "counts out, as 36a08, 36a21, 36a23 and 36a24; read); P08 received (read); T15")
d.add("澜屿县人民政府2024年政府信息公开工作年度报告\n发布时间:2025-01-20\n本年度报告依照《中华人民共和国政府信息公开条例》"
      "编写，所列数据的统计期限自2024年1月1日起至2024年12月31日止。\n一、总体情况\n(一)主动公开情况\n")
d.prose("2024年，通过县政府门户网站主动公开政府信息3472条，其中政策文件216条，工作动态1894条，公示公告1362条。\n",
        proactive_disclosed=3472)
d.add("(二)依申请公开情况\n")
d.prose("全年县政府收到政府信息公开申请9件，", applications_received=9)
d.add("均在法定期限内答复。\n(三)政府信息管理情况\n县政府办公室落实公开前保密审查，清理历史栏目。\n")

d = new("r401_county_bureau_leiji_no_year_in_sentence_2023.txt", "桉泽县教育局", "", "", "", "county_department", 2023,
        "narrative", "", "prose",
        "M00 plain title (read); P06 '对照…工作要点逐项落实，累计主动公开信息N条' under 主动公开 with no year in the "
        "sentence: the year's total as round 37's reader labelled it (FORMS §2's '累计…N条' = the year's total; "
        "judgement); still missed on the code at 8a0ff0b (taken as a count to date, as 37a05 and 37a13); P08 '未收到政府"
        "信息公开申请' (0, read); T15")
d.add("桉泽县教育局2023年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》规定，编制本报告。\n一、总体情况\n"
      "2023年，我局加强组织领导，结合教育工作实际推进政务公开。\n1.主动公开情况。")
d.prose("对照本年度政务公开工作要点逐项落实，累计主动公开信息73条，", proactive_disclosed=73)
d.add("涉及招生入学、学生资助和教育收费。\n2.依申请公开情况。")
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)
d.add("3.政府信息管理情况。局办公室落实公开前的保密审查。\n")

d = new("r402_town_t2_header_bennian_shuliang_middle_column_2019.txt", "汀州市榆岙区栎川镇人民政府", "", "", "",
        "township", 2019, "ogi2019", "", "line_cell",
        "M00 plain title (read); T02 a 2019 表二 one value per line between blank lines, '本年新' / '制作数量' split (read); "
        "T06/T07 its (五)(六)(八) headers print '上一年项目数量 / 本年数量 / 处理决定数量', '本年数量' where '本年增/减' stands: "
        "the middle cells left unlabelled (the reader of 37b21 could not place them with certainty; judgement) and still "
        "placed by position as 本年增/减 on the code at 8a0ff0b; T11 cut at 表三's heading")
d.add("汀州市榆岙区栎川镇人民政府2019年政府信息公开工作年度报告\n\n一、总体情况\n\n2019年，栎川镇按照区政府的部署推进政务"
      "公开，镇党政办公室负责日常工作。\n\n二、主动公开政府信息情况\n\n第二十条第(一)项\n\n信息内容\n\n本年新\n制作数量\n\n"
      "本年新\n公开数量\n\n对外公开总数量\n\n")
for label, key in (("规章", "rules"), ("规范性文件", "normative_docs")):
    d.add(label + "\n\n")
    for col in ("new_made", "new_published", "total_published"):
        d.value("0", f"2019.t2.{key}.{col}")
        d.add("\n\n")
for title, rows in (("第二十条第(五)项", [("行政许可", "license", ("3", "1", "12")),
                                        ("其他对外管理服务事项", "other_services", ("2", "0", "5"))]),
                    ("第二十条第(六)项", [("行政处罚", "penalty", ("1", "2", "4")),
                                        ("行政强制", "coercion", ("0", "0", "0"))])):
    d.add(title + "\n\n信息内容\n\n上一年项目数量\n\n本年数量\n\n处理决定数量\n\n")
    for label, key, (prev, middle, decisions) in rows:
        d.add(label + "\n\n")
        d.value(prev, f"2019.t2.{key}.prev_year_items")
        d.add("\n\n")
        d.value(middle, None)
        d.add("\n\n")
        d.value(decisions, f"2019.t2.{key}.decisions")
        d.add("\n\n")
d.add("第二十条第(八)项\n\n信息内容\n\n上一年项目数量\n\n本年数量\n\n行政事业性收费\n\n")
d.value("0", "2019.t2.fees.prev_year_items")
d.add("\n\n")
d.value("0", None)
d.add("\n\n第二十条第(九)项\n\n信息内容\n\n采购项目数量\n\n采购总金额\n\n政府集中采购\n\n")
d.value("2", "2019.t2.procurement.items")
d.add("\n\n")
d.value("8.6", "2019.t2.procurement.amount")
d.add("\n\n三、收到和处理政府信息公开申请情况\n\n")


# ---- thirty-ninth round (issue 9, study39): r403–r410 ----
# r403 after 39a09 and r310 (a province government's report counting its cities' items, '各市(地)主动公开政府信息N万条',
# beside the province's own approximate count): read as the total at the round's first score, no figure since e22f857;
# r404 after 39a15 (a statistics period printing its year once, '自yyyy年1月1日起至12月31日止', after an outline naming the
# next year's plans): the next year read at the first score, the period's year since 86ab74f; r405 after 39a02 (a site
# menu's last line ending in the column's name above the breadcrumb and a dated place-only title): the menu items read
# as the agency at the first score, the bare prefecture since b18eaee; r406 after 39a16 (last year's report announced by
# its level alone, '按时公布yyyy年区政府…报告', and the government's office compiling this one): the level-only name read
# at the first score, the government since f00fd38; r407 after 39a20 (a city's own OGI leading group's office compiling
# its report, the government never printed): blank at the first score, the bare city since f00fd38; r408 after 39a07
# (a department's '借助门户网站和其他发布渠道公开政府信息N条' and, paragraphs later, a press count): still missed;
# r409 after 39b10 (a platform named a sentence before an unqualified '全年共计公开信息N条', a WeChat account's count after
# it, no total; and '共受理…申请N件，均已…予以公开'): the platform's count still read as the total, the granted count still
# missed; r410 after 39b20 (a township's 2021 表二 in the one-cell-per-line ' |' layout cut right after its first row):
# the three cells missed at f00fd38, read since 159797b (a lone 表二 row under its printed headers).
d = new("r403_province_cities_count_beside_own_approximate_2010.txt", "蓠江省人民政府", "", "", "", "province", 2010,
        "narrative", "", "prose",
        "M00 plain title naming the province's government (read); P07 the province's own '省政府及直属部门…N万余条' "
        "(approximate, no figure; not read, right); P12 '各市(地)主动公开政府信息N万条' in the province's report, the "
        "cities' count (no figure: read as the total, 190000, until the round-39 change e22f857, as 39a09 and r310; now "
        "not read, right) and '全省共受理…申请N件' not said to be compiled from every unit (no figure; not read, right); "
        "P09/P10 '没有因政府信息公开被申请行政复议、提起行政诉讼的，也没有收取或减免费用' (province-wide zeros, the "
        "agency's too: review, litigation and fees 0, read); P15")
d.add("蓠江省人民政府2010年政府信息公开工作年度报告\n2010年，全省各地、各部门在省政务公开领导小组的统筹下落实《中华人民共和国"
      "政府信息公开条例》，公开目录的编制和更新更加规范。")
d.prose("省政府及直属部门通过公开目录主动公开政府信息3.4万余条，比上年增加4千余条；")
d.prose("各市(地)主动公开政府信息19万条，比上年增加5万条。")
d.prose("全省共受理政府信息公开申请612件，按期办结率达到100%。")
d.prose("全年没有因政府信息公开被申请行政复议、提起行政诉讼的，也没有收取或减免费用。\n",
        review_cases=0, litigation_cases=0, fees_10k_yuan=0)
d.add("一、2010年工作情况\n(一)完善工作机制。各市(地)、县(市)和省直部门均明确了分管领导和承办机构，形成上下贯通的工作格局。\n")

d = new("r404_period_year_once_next_year_plans_in_outline_city_2013.txt", "棠州市人民政府", "", "", "", "city", 2013,
        "narrative", "", "prose",
        "M06 no title: '由X市人民政府办公室编制' while the body says 我市 (the government, read); M11 the outline names "
        "'yyyy年重点工作安排' (the next year) before the statistics period '自2013年1月1日起至12月31日止', which prints its "
        "year once (2014 read until the round-39 change 86ab74f, as 39a15 and r147; now 2013); P08 '市政府全年共受理政府"
        "信息公开申请N件' (read); P15")
d.add("本年度报告根据《中华人民共和国政府信息公开条例》的规定，由棠州市人民政府办公室编制。报告分为概述、主动公开、依申请公开、"
      "复议诉讼、主要问题及2014年重点工作安排等部分。本年度报告中所列数据的统计期限自2013年1月1日起至12月31日止。"
      "本报告可在棠州市政府门户网站下载。\n一、概述\n2013年，我市把政府信息公开同便民服务结合起来，市本级和各县区的公开"
      "目录按季度更新。\n二、依申请公开政府信息情况\n")
d.prose("市政府全年共受理政府信息公开申请14件，", applications_received=14)
d.add("均在规定期限内答复。\n")

d = new("r405_menu_line_over_dated_place_only_title_prefecture_2012.txt", "棠岭州", "", "", "", "city", 2012,
        "narrative", "", "prose",
        "M03 a site menu whose last line ends in the column's name, 'X X 信息公开年报', no year (read as the agency, "
        "'网上调查政策法规', until the round-39 change b18eaee, as 39a02; now skipped); M01 the breadcrumb ending in the "
        "place; M08 a place-only title 'X州2012年…报告' over a government printed only as level-only '州政府' (the bare "
        "prefecture, judgement as 39a02; read); T15 the outline lists an annex table beyond the excerpt; no figure")
d.add("无障碍浏览  |  长者模式\n首页 机构概况 政务动态 办事服务\n网上调查 政策法规 信息公开年报\n"
      "当前位置: 首页>政务公开>政府信息公开年报>2012>州县 > 棠岭州\n\n棠岭州2012年政府信息公开工作年度报告\n"
      "本报告依据《中华人民共和国政府信息公开条例》编制，包括概述、主动公开、依申请公开、复议诉讼、存在的问题和改进措施，"
      "并附相关指标统计附表。\n一、概述\n2012年，州政府把信息公开纳入年度目标考核，州政务公开领导小组办公室负责日常"
      "工作。\n")

d = new("r406_last_year_report_by_level_compiler_office_district_2012.txt", "榕溪区人民政府", "", "", "", "county", 2012,
        "narrative", "", "prose",
        "M06 no title: '由X区人民政府办公室编制' (the government's office compiling stands for the government) and, "
        "later, last year's report announced by its level alone, '按时公布2011年区政府信息公开工作年度报告' (the "
        "level-only '区政府' was read as the agency until the round-39 change f00fd38, as 39a16; now the compiler's "
        "government); P08 '区政府本年度共受理政府信息公开申请N件' (read); P15")
d.add("本年度报告根据《中华人民共和国政府信息公开条例》要求，由榕溪区人民政府办公室编制。报告全文包括概述、主动公开、"
      "依申请公开、复议诉讼和改进措施五个部分，所列数据统计期限为2012年1月1日至12月31日。\n一、概述\n2012年，我区"
      "依照条例完善公开目录，及时公开区政府制发的非涉密文件；指导各部门更新公开指南，按时公布2011年区政府信息公开工作年度"
      "报告。\n二、依申请公开情况\n")
d.prose("区政府本年度共受理政府信息公开申请6件，", applications_received=6)
d.add("均已按期答复。\n")

d = new("r407_city_leading_group_office_compiles_bare_city_2010.txt", "槿川市", "", "", "", "city", 2010,
        "narrative", "", "prose",
        "M06 no title: '由X市政府信息公开领导小组办公室编制', the city's own leading group, its government never "
        "printed (blank until the round-39 change f00fd38, as 39a20; now the bare city, as a place-only title gives it); "
        "body 本市/我市; P07 'N余条' (approximate, no figure; not read, right); P15")
d.add("本年度报告根据《中华人民共和国政府信息公开条例》的规定，由槿川市政府信息公开领导小组办公室编制。全文由概述、主动公开、"
      "依申请公开、收费减免、复议诉讼、问题与改进六部分组成，数据统计期限为2010年1月1日至2010年12月31日。\n一、概述\n"
      "2010年，本市继续推进公开目录和公开指南的编制工作。\n二、主动公开情况\n")
d.prose("我市通过公开目录主动公开政府信息5800余条。\n")
d.add("三、依申请公开情况\n各受理点统一登记申请，做到件件有回音。\n")

d = new("r408_website_and_other_channels_beside_press_count_province_department_2010.txt", "蓠江省交通运输厅", "",
        "", "", "province_department", 2010, "narrative", "", "prose",
        "M00 plain title (read); P01/P04 '省交通运输厅2010年借助门户网站和其他发布渠道公开政府信息N条', 'X和"
        "其他…渠道' naming every channel: the year's total (still missed on the code at f00fd38, as 39a07: a later "
        "paragraph's '新闻媒体报道N余条' counts a press channel); P07 '新闻发布会N余次' (no figure; not read, right); "
        "P08/P14 '受理依申请公开政府信息0件' (0, read); P15")
d.add("蓠江省交通运输厅2010年政府信息公开工作年度报告\n一、概述\n2010年，省交通运输厅按照省政府的部署，把信息公开同行业"
      "管理结合起来。\n二、主动公开政府信息情况\n")
d.prose("省交通运输厅2010年借助门户网站和其他发布渠道公开政府信息1736条，全文电子化率达100%。\n",
        proactive_disclosed=1736)
d.add("(一)公开形式。厅机关主动公开政府信息的形式以门户网站为主。")
d.prose("此外，组织召开新闻发布会及专题采访活动30余次，新闻媒体报道40余条。\n")
d.add("三、依申请公开政府信息情况\n")
d.prose("2010年，厅机关受理依申请公开政府信息0件。\n", applications_received=0)

d = new("r409_platform_sentence_before_unqualified_count_wechat_street_2025.txt", "栎湾街道办事处", "", "", "",
        "township", 2025, "narrative", "", "prose",
        "M00 plain title (read); P05 '依托政务公开平台发布各类政务信息。全年共计公开信息N条，内容涵盖…。同时，X微信"
        "公众号…全年发布信息M篇': the platform, named a sentence before the unqualified count, and the WeChat account "
        "counted apart, no total (no figure, as 39b10's reader labelled it by FORMS §2; still read as the total, N, on "
        "the code at f00fd38: misread); P08 '共受理…申请N件，均已按规定及时予以公开' (received read; granted N read "
        "since the fifty-third session); T15")
d.add("栎湾街道办事处2025年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况。街道把政府信息公开作为转变职能的"
      "抓手，依托政务公开平台发布各类政务信息。")
d.prose("全年共计公开信息73条，内容涵盖政务信息15条、工作动态41条、通知公告11条和涉企检查公示6条。")
d.prose("同时，“栎湾发布”微信公众号保持常态运营，全年发布信息618篇。\n")
d.add("(二)依申请公开情况。")
d.prose("全年共受理政府信息公开申请2件，均已按规定及时予以公开。\n", applications_received=2,
        applications_granted=2)
d.add("(三)政府信息管理情况。街道党政办公室落实发布前的三级审核。\n")

d = new("r410_pipe_cell_t2_cut_after_first_row_township_2025.txt", "栎溪乡人民政府", "", "", "", "township", 2025,
        "ogi2021", "", "pipe_cell",
        "M06 no title: '特向社会公布2025年X政府信息公开工作情况报告' (read); P06 '截至2025年12月31日，主动公开信息N条' "
        "with no 本年度 (a count to date: left out; not read, right); P08 '未收到依申请公开事项' (0, read); T01 表二 one "
        "cell per line ending ' |', bare '|' lines and a '|||' section row; T11 the excerpt ends right after the 规章 "
        "row's three values and a bare '|' (the three 0s labelled; missed on the code at f00fd38, as 39b20; read since "
        "159797b)")
d.add("根据《中华人民共和国政府信息公开条例》规定，特向社会公布2025年栎溪乡人民政府政府信息公开工作情况报告。报告所列数据"
      "统计期限为2025年1月1日至2025年12月31日。\n一、总体情况\n(一)主动公开情况。乡里按照公开目录及时更新栏目，")
d.prose("截至2025年12月31日，主动公开信息326条。\n")
d.add("(二)依申请公开情况。")
d.prose("2025年，我乡未收到依申请公开事项。\n", applications_received=0)
d.add("(三)平台建设情况。乡里用好政务新媒体，及时转发上级政策解读。\n二、主动公开政府信息情况\n|\n第二十条第(一)项 |\n"
      "|||\n|\n信息内容 |\n本年制发件数 |\n本年废止件数 |\n现行有效件数 |\n|\n规章 |\n")
for col in ("issued", "repealed", "in_force"):
    d.value("0", f"2021.t2.rules.{col}")
    d.add(" |\n")
d.add("|\n")


# ---- fortieth round (issue 9, study40): r411–r417 ----
# r411 after 40b02 (and r83, r296): a whole report on one line, its 2019-form 表二 printed in pipes inside that line:
# missed before 72ef09f, read since (rendering 'pipe_inline'); r412 after 40b02: a 2021 表二 one cell per line under the
# misprinted headers '本年新 制发数量 | 本年新 废止数量 | 现行有效数量', read with the 2021 codes since 19ff43c (the 2019
# form's before); r413 after 40a02: a 2019 表二 one cell per line whose rows print '|||' but for one row with values:
# that row read since 31938ca, the '|||' rows left unlabelled (reported ambiguous by the parser, not guessed as blanks);
# r414 after 40a13: '2020年底，本单位累计…N条' then the year's '2020新增的…M条' with 年 dropped: the cumulative not read
# (40a13's no longer since e497e07), M still missed; r415 after 40b09: an index block with glued labels ('发文机关X镇人民政府 主题词',
# '标题2023年…报告') under a bar of links to other governments: '标题' read as the agency before 378b634, the town since;
# r416 after 40a12: '全年无行政复议、无行政纠错' (review 0) still missed; r417 after 40a15: request outcomes in 条 with
# reasons ('其中a条已…公开，b条涉及…不予公开；c条系重复申请…'): the received count read, the granted and denied counts
# still missed.
d = new("r411_one_line_report_inline_pipe_t2_2019_form_county_bureau_2020.txt", "澄岭县农业农村局", "", "", "",
        "county_department", 2020, "ogi2019", "", "pipe_inline",
        "M00 plain title at the line's start (read); M13 the whole report on one line, its 2019-form 表二 printed in "
        "pipes inside that line ('… 二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年新制作数量 | … | 规章 | 0 | "
        "0 | 0 | …') and cut inside 第二十条第(八)项 (the 18 cells missed before the round-40 change 72ef09f, as 40b02, r83 "
        "and r296; read since as cells one a line, rendering 'pipe_inline'); P04 '全年在县政府网站信息公开栏目主动公开政府信息N条' "
        "(the one channel: read); P08 '本年度未接到…申请' (0, read); T11")
d.add("澄岭县农业农村局2020年政府信息公开工作年度报告 本报告按照《中华人民共和国政府信息公开条例》的要求编写，统计时段为"
      "2020年1月1日至12月31日。 一、总体情况 今年以来，县农业农村局把涉农政策、补贴发放和项目安排作为公开重点，")
d.prose("全年在县政府网站信息公开栏目主动公开政府信息64条，", proactive_disclosed=64)
d.prose("本年度未接到任何政府信息公开申请。 ", applications_received=0)
d.add("二、主动公开政府信息情况 第二十条第(一)项 | 信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | ")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("2", "2", "7"))):
    d.add(f"{label} | ")
    d.put(zip(vals, ("new_made", "new_published", "total_published")), f"2019.t2.{key}")
d.add("第二十条第(五)项 | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | ")
for label, key, vals in (("行政许可", "license", ("21", "+3", "415")),
                         ("其他对外管理服务事项", "other_services", ("6", "0", "58"))):
    d.add(f"{label} | ")
    d.put(zip(vals, ("prev_year_items", "change", "decisions")), f"2019.t2.{key}")
d.add("第二十条第(六)项 | 信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | ")
for label, key, vals in (("行政处罚", "penalty", ("33", "-2", "17")), ("行政强制", "coercion", ("2", "0", "0"))):
    d.add(f"{label} | ")
    d.put(zip(vals, ("prev_year_items", "change", "decisions")), f"2019.t2.{key}")
d.add("第二十条第(八)项 | 信息内容 | 上一年项目数量 | 本年")

d = new("r412_pipe_cell_t2_2021_misprinted_headers_county_bureau_2021.txt", "澄岭县交通运输局", "", "", "",
        "county_department", 2021, "ogi2021", "", "pipe_cell",
        "M00 plain title (read); P01 '全年公开政府信息N条' (read); T01 the 2021 表二 one cell per line ending ' |'; T06 "
        "its first section's headers misprinted at their ends, '本年新 制发数量 |', '本年新 废止数量 |', '现行有效数量 |' "
        "(the rows read with the 2019 form's codes before the round-40 change 19ff43c, as 40b02; with the 2021 codes "
        "since: a misprinted word votes for the form one of whose columns holds its longest start); T07 "
        "'规范性文件' for 行政规范性文件; T11 cut after 第二十条第(六)项")
d.add("澄岭县交通运输局2021年政府信息公开工作年度报告\n一、总体情况\n2021年，局里围绕道路运输和工程建设两条主线推进"
      "公开，")
d.prose("全年公开政府信息39条。\n", proactive_disclosed=39)
d.add("二、主动公开政府信息情况\n第二十条第(一)项 |\n信息内容 |\n本年新 制发数量 |\n本年新 废止数量 |\n现行有效数量 |\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("1", "0", "4"))):
    d.add(f"{label} |\n")
    d.put(zip(vals, ("issued", "repealed", "in_force")), f"2021.t2.{key}", " |\n")
d.add("第二十条第(五)项 |\n信息内容 |\n本年处理决定数量 |\n行政许可 |\n")
d.put([("512", "decisions")], "2021.t2.license", " |\n")
d.add("第二十条第(六)项 |\n信息内容 |\n本年处理决定数量 |\n行政处罚 |\n")
d.put([("86", "decisions")], "2021.t2.penalty", " |\n")
d.add("行政强制 |\n")
d.put([("0", "decisions")], "2021.t2.coercion", " |\n")

d = new("r413_pipe_cell_t2_2019_one_row_with_values_others_bars_county_bureau_2019.txt", "澄岭县林业局", "", "", "",
        "county_department", 2019, "ogi2019", "", "pipe_cell",
        "M06 no title, the bureau named as the prose's subject (read); T01 a 2019 表二 one cell per line ending ' |' "
        "whose rows print a '|||' line where their values stand, but for 行政许可's '35 |', '+4 |', '29 |' (that row "
        "missed before the round-40 change 31938ca, as 40a02; read since); T05/T10 the '|||' rows left unlabelled here "
        "(the reader of 40a02 read them as blanks; judgement) and marked ambiguous: the parser reports three of the five "
        "(规范性文件, 其他对外管理服务事项, 行政强制) and not the first row under the (一) and (六) headers (规章, 行政处罚: "
        "not reported, no value used); T11 cut at 表三's heading")
d.add("一、总体情况\n2019年，澄岭县林业局依照条例做好林木采伐、防火和项目资金信息的公开，在县政府网站和本局公众号同步"
      "发布。\n二、主动公开政府信息情况\n第二十条第(一)项 |\n|||\n信息内容 |\n本年新制作数量 |\n本年新公开数量 |\n"
      "对外公开总数量 |\n")
for label, after in (("规章", ""), ("规范性文件", "第二十条第(五)项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n"
                                                 "处理决定数量 |\n行政许可 |\n")):
    d.ambiguous()
    d.add(f"{label} |\n|||\n{after}")
d.put([("35", "prev_year_items"), ("+4", "change"), ("29", "decisions")], "2019.t2.license", " |\n")
for label, after in (("其他对外管理服务事项", "第二十条第(六)项 |\n|||\n信息内容 |\n上一年项目数量 |\n本年增/减 |\n"
                                           "处理决定数量 |\n"), ("行政处罚", ""), ("行政强制", "")):
    d.ambiguous()
    d.add(f"{label} |\n|||\n{after}")
d.add("三、收到和处理政府信息公开申请情况\n")

d = new("r414_year_end_cumulative_then_new_count_year_dropped_town_2020.txt", "溪口镇", "", "", "", "township",
        2020, "narrative", "", "prose",
        "M08 place-only title, the town's government never printed (the bare town, read); P06 'yyyy年底，本单位累计主动"
        "公开政府信息N条' opening the paragraph, a count to date (no figure; not read, right: 40a13's was read as the "
        "year's total until the round-40 change e497e07, this shorter stand-in's not even at f00fd38); P01 the year's own "
        "count '2020新增的主动公开政府信息M条' with 年 dropped after the year, after a '；' in the cumulative's sentence "
        "(the figure, M; still missed; with a full stop before it, it is read); P08 '共受理…申请N件' (read); T15")
d.add("溪口镇2020年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开方面\n")
d.prose("2020年底，本单位累计主动公开政府信息1385条，全部实现电子化；")
d.prose("2020新增的主动公开政府信息47条，同样全部实现电子化。\n", proactive_disclosed=47)
d.add("(二)依申请公开方面\n")
d.prose("本单位2020年共受理政府信息公开申请5件，均按期答复。\n", applications_received=5)

d = new("r415_glued_index_labels_under_link_bar_town_2023.txt", "石门镇人民政府", "", "", "", "township", 2023,
        "narrative", "2024-01-12", "prose",
        "M03 a bar of links to other governments' sites ('中国政府网  |   X省政府  |   X市政府') and site widgets; M04 an "
        "index block whose labels are glued to their values ('发文机关X镇人民政府 主题词', '标题2023年…报告', '发布日期"
        "yyyy-mm-dd'): '标题' read as the agency before the round-40 change 378b634, as 40b09; the town's government since "
        "(the 发文机关 field names it as 发布机构 does; no line with pipes is a name); M07 the title without the agency; "
        "P04 '依托X县人民政府门户网站共主动公开政府信息N条' (read); T15")
d.add("中国政府网  |   江澜省政府  |   澄州市政府\n\n今天是\n\n字体大小:【大】 【中】 【小】\n\n打印 关闭\n"
      "索引号000021877/2024-00415\n发文字号 发文时间2024-01-12\n发文机关石门镇人民政府 主题词\n"
      "标题2023年政府信息公开工作年度报告\n主题分类其它 发布日期2024-01-12\n\n2023年政府信息公开工作年度报告\n\n"
      "一、总体情况\n1、主动公开情况。\n")
d.prose("本年度，我镇依托澄岭县人民政府门户网站共主动公开政府信息168条，其中惠农补贴31条、村务公开97条，其余为"
        "工作动态。\n", proactive_disclosed=168)
d.add("2、依申请公开情况。\n镇党政办负责登记和答复，程序完整。\n")

d = new("r416_no_review_no_correction_in_overview_town_2020.txt", "桥头镇", "", "", "", "township", 2020,
        "narrative", "", "prose",
        "M06 the bare town named in the preamble, its government never printed (read); P09 '全年无行政复议、无行政纠错' "
        "closing the overview, the review count 0 (labelled as 40a12's reader did; still missed: the zero wording with "
        "纠错 beside it is read by no rule); P02 '主动公开信息N条。其中…' (read); P08 '共受理…申请N件' (read); T15")
d.add("现将桥头镇2020年政府信息公开工作情况报告如下：\n一、总体情况\n2020年，镇里按区里的部署推进公开目录梳理，"
      "对以往公文逐件审查公开属性，开通线下查阅点。")
d.prose("全年无行政复议、无行政纠错。\n", review_cases=0)
d.prose("(一)主动公开方面：2020年桥头镇主动公开信息88条。其中政府公文类信息14条、行政处罚信息40条、财政资金信息"
        "34条。\n", proactive_disclosed=88)
d.prose("(二)依申请公开方面：本单位2020年度共受理信息公开申请4件，均在期限内答复。\n", applications_received=4)

d = new("r417_request_outcomes_in_tiao_with_reasons_district_2020.txt", "澄川区人民政府", "", "", "", "county", 2020,
        "narrative", "", "prose",
        "M00 plain title (read); P08 '收到政务信息公开申请N条，其中a条已公开，b条涉及个人隐私，不予公开；c条系重复申请，"
        "不予处理' (received read; the granted a and the denied b, outcomes in 条 with their reasons, still missed, as "
        "40a15); P03 proactive items by kind with no total (no figure; not read, right); T15")
d.add("澄川区人民政府2020年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n")
d.prose("我区在政府门户网站发布各类动态信息906条，双公示信息77条，预决算信息120条。\n")
d.add("(二)依申请公开\n")
d.prose("收到政务信息公开申请9条，其中5条已公开，2条涉及个人隐私，不予公开；2条系重复申请，不予处理；处理结果均已"
        "书面告知申请人。\n", applications_received=9, applications_granted=5, applications_denied=2)
d.add("(三)政府信息管理\n区政务公开办按月检查各栏目更新情况。\n")


# ---- forty-first round (issue 9, study41): r418–r422 ----
# r418 after 41a09 (a portal count with one part after 其中, then a sentence opening 在主动公开的信息中 giving further
# parts as '…信息N条'): the count here approximate, so no total is labelled; before 8c009f7 the first of those parts was
# read as the year's total (as 41a09's, whose exact total the parser misses), since then no part is; r419 after 41a11 and r244 (a total
# followed by its channels' counts in full-width brackets): the channels counted apart, no figure, before 7435ea9; the
# total read since; r420 after 41a11, 41a18 and 40a03 (a short subject '县某局' with the fuller name printed only inside
# the quoted titles of the bureau's own documents): the gold conventions take the subject, the parser the fuller name
# (a convention question, left open); r421 after 41b01 (a yearless place-only street title over an index row whose
# 发布机构 prints the street's office, and a request zero worded '未接到群众要求公开的信息'): labelled the office by the
# place-only-title convention, still read as the bare place; the zero still missed; r422 after 41b13 ('yyyy全年，我委
# 通过…系统发布信息总计N条', 年 never printed after the year): still missed.
d = new("r418_approximate_total_then_parts_opening_zai_zhudong_gongkai_county_bureau_2024.txt", "蕖山县医疗保障局", "",
        "", "", "county_department", 2024, "narrative", "", "prose",
        "M06 no title: the bureau named as the subject of the first sentences (read); P07/P04 '在X政府门户网站主动公开各类"
        "信息共计N余条，其中…a条' (approximate: no figure by FORMS §2, so no total is labelled; not read, right) followed by "
        "a sentence opening '在主动公开的信息中，涉及…发布信息b条，…答复信息c条', parts of that count (b was read as the "
        "year's total until the round-41 change 8c009f7, as 41a09's part was beside a total the parser missed; no part "
        "read since, right); P08 '共收到…申请N件' (read); T15")
d.add("一、总体情况\n2024年，蕖山县医疗保障局围绕参保扩面和基金监管两项重点推进政务公开，群众查询医保政策更加便捷。\n"
      "(一)主动公开情况\n")
d.prose("2024年，蕖山县医疗保障局在“蕖山之窗”政府门户网站主动公开各类信息共计60余条，其中通知公告类16条。")
d.prose("在主动公开的信息中，涉及行政规范性文件发布信息2条，人大建议和政协提案答复信息7条。\n")
d.add("(二)依申请公开情况\n")
d.prose("2024年，蕖山县医疗保障局共收到政府信息公开申请3件，均在法定期限内答复。\n", applications_received=3)

d = new("r419_total_with_channel_counts_in_fullwidth_brackets_county_bureau_2023.txt", "蕖山县林业局", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M00 plain title (read); P02/P05 'yyyy年，我局主动公开政务信息N条（政府网站发布a条，微信公众号发布b条）', a total "
        "with its channels' counts in full-width brackets (read as channels counted apart, no figure, before the round-41 "
        "change 7435ea9, as 41a11 and r244; the total read since); P08 '未收到…申请' (0, read); T15")
d.add("蕖山县林业局2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n")
d.prose("2023年，我局主动公开政务信息286条（政府网站发布41条，微信公众号发布245条）。\n", proactive_disclosed=286)
d.add("(二)依申请公开情况\n")
d.prose("2023年，我局未收到政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息管理情况\n局办公室负责信息发布前的保密审查。\n")

d = new("r420_short_subject_fuller_name_only_in_quoted_own_document_titles_county_bureau_2021.txt", "县水务局", "湖北省",
        "咸宁市", "崇阳县", "county_department", 2021, "narrative", "", "prose",
        "M06 no title: the prose's subject is only the short '县水务局'; the fuller 'X县水务局' is printed only inside "
        "the quoted titles of the bureau's own OGI documents ('修订了《X县水务局政府信息公开指南》和《X县水务局…实施"
        "方案》') (the gold conventions take the subject, as 41a11, 41a18 and 40a03 were labelled; the parser reads the "
        "fuller name: misread, a convention question left open, the fuller name being the one a warehouse user can "
        "place); P01 '全年主动公开政府信息N条' (read); P08 '全年新收到…申请N件' (read); T15. The county is one the "
        "gazetteer knows (r182's), not an invented one: the parser joins a printed place to a level-only name only when "
        "it knows the place, so an invented county would leave the short name read and hide the question; the place is "
        "labelled from the printed county, as 41a18's")
d.add("一、总体情况\n2021年，县水务局按照县政府的部署推进政务公开，围绕防汛调度、水资源管理和工程建设发布信息。\n"
      "(一)主动公开\n")
d.prose("全年主动公开政府信息112条。\n", proactive_disclosed=112)
d.add("(二)依申请公开\n")
d.prose("全年新收到政府信息公开申请2件，均已按时答复。\n", applications_received=2)
d.add("(三)政府信息管理\n先后修订了《崇阳县水务局政府信息公开指南》和《崇阳县水务局政务公开工作实施方案》，发布流程进一步"
      "规范。\n")

d = new("r421_yearless_place_only_street_title_index_row_office_2024.txt", "芙蓉办事处", "", "", "", "township", 2024,
        "narrative", "", "prose",
        "M07/M08 a place-only street title with no year ('X街道政府信息公开工作年度报告'); M04 pipe index rows whose "
        "发布机构 prints the street's office, 'X办事处' (labelled by the place-only-title convention: the government as "
        "the text prints it; still read as the bare place 'X街道', as 41b01); P03 one kind of item counted, no total (no "
        "figure; not read, right); P08 '本年度，未接到群众要求公开的信息' (0; still missed, as 41b01); T15")
d.add("芙蓉街道政府信息公开工作年度报告\n索引号 | 000011223/2025-00004 | 发文字号 | |\n主题词 | 发布机构 | 芙蓉办事处 | |\n"
      "公开方式 | 主动公开 | 责任科室 | ||\n一、总体情况\n本年度，街道把政务公开同社区治理结合起来，居务、财务按季度上墙。\n"
      "(一)主动公开情况\n")
d.prose("2024年，街道在区政府门户网站发布工作动态共96条。\n")
d.add("(二)依申请公开情况\n")
d.prose("本年度，未接到群众要求公开的信息。\n", applications_received=0)
d.add("(三)政府信息管理情况\n街道党政办统一登记、审核拟公开的信息。\n")

d = new("r422_year_then_quannian_system_total_zone_committee_2021.txt", "蕖山经济开发区管理委员会", "", "", "",
        "county_department", 2021, "narrative", "", "prose",
        "M00 plain title (read); P04 'yyyy全年，我委通过X省政府信息公开目录系统发布信息总计N条', the year printed "
        "without 年 before 全年 and the one channel named (the year's total by FORMS §2; still missed, as 41b13); P08 "
        "'全年共收到…申请N件' (read); T15")
d.add("蕖山经济开发区管理委员会2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开政府信息的数量\n管委会坚持以"
      "公开为常态，各科室按职责提供拟公开信息，经分管领导审核后发布。")
d.prose("2021全年，我委通过江澜省政府信息公开目录系统发布信息总计218条。\n", proactive_disclosed=218)
d.add("(二)依申请公开情况\n")
d.prose("全年共收到政府信息公开申请1件，已按期答复。\n", applications_received=1)


# ---- forty-second round (issue 9, study42): r423–r426 ----
# r423 after 42b17 (a website's count in one clause, then a bureau's official Weibo and WeChat accounts counted together
# as '…两个自媒体共发布信息N条'): channels counted apart, no total; the new-media count was read as the year's total
# before 5e8c3fd, not since (as r345); r424 after 42b09 (a WeChat platform's count under 主动公开 while the platform
# section says the bureau relies on the county's website, no count given): no figure, the WeChat count still read as
# the total (P17, precision); r425 after 42a12 (outcomes opened '在已经答复的N件申请中：' with the outcome word in
# quotation marks): the received count read, the granted count missed until 304c504; r426 after 42b13 (a received count then
# '上年结转政府信息公开申请办件N件'): the received count read, the carried-over count still missed.
d = new("r423_website_clause_then_weibo_wechat_self_media_together_city_bureau_2021.txt", "蕖山市文化和旅游局", "", "",
        "", "city_department", 2021, "narrative", "", "prose",
        "M00 plain title (read); P05 a website's count in one clause and the bureau's official Weibo and WeChat counted "
        "together in the next, '官方微博、微信两个自媒体共发布信息N条' (new media as one kind beside the website, "
        "channels counted apart: no figure by FORMS §2; the joint new-media count was read as the year's total before "
        "the round-42 change 5e8c3fd, as 42b17 and r345; not read since, right); P08 '收到…申请N件' (read); T15")
d.add("蕖山市文化和旅游局2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n局办公室统筹各科室"
      "拟公开的信息，演出审批、文物保护和旅游安全提示按月更新。\n")
d.prose("全年，我局借助市政府门户网站和局官方网站更新公开目录，公开各类工作信息612条；局官方微博、微信两个自媒体共发布信息1340条次，图文解读占三成。\n")
d.add("(二)依申请公开情况\n")
d.prose("2021年，我局收到政府信息公开申请4件，均已在法定期限内答复。\n", applications_received=4)
d.add("(三)政府信息管理情况\n信息发布前由分管领导签批。\n")

d = new("r424_wechat_count_while_platform_section_relies_on_county_site_county_bureau_2022.txt", "蕖山县水利局", "",
        "", "", "county_department", 2022, "narrative", "", "prose",
        "M00 plain title (read); P17 under 主动公开 only the bureau's WeChat platform counted ('通过“X水利”微信平台推送"
        "信息N条'), while the platform section says the bureau publishes mainly on the county government's website, "
        "with no count (one channel counted, another used without a count: no figure; the WeChat count, read as "
        "the year's total before as on 42b09, is left out since round 72's rule); P08 '未收到…申请' (0, read); T15")
d.add("蕖山县水利局2022年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(一)主动公开情况。2022年，我局“蕖山水利”微信公众平台发布信息94条，涉及防汛预警、河道管护等内容。\n")
d.add("(二)依申请公开情况。\n")
d.prose("2022年，我局未收到政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息公开平台建设情况。我局公开政府信息主要借助蕖山县人民政府网站，在水利专栏内发布。\n")

d = new("r425_outcomes_after_zai_yijing_dafu_quoted_granted_township_2014.txt", "蕖山县柳湾镇人民政府", "", "", "",
        "township", 2014, "narrative", "", "prose",
        "M00 plain title (read); P08 '本年度共受理…申请N件，其中当面申请a件…' (read) and then outcomes opened "
        "'在已经答复的N件申请中：' on a line of its own with the outcome word in quotation marks, '“同意公开”N件' "
        "(granted; missed, as 42a12, until 304c504, now read); P11 '配备了1名兼职工作人员' (read); P15")
d.add("蕖山县柳湾镇人民政府2014年政府信息公开工作年度报告\n一、概述\n")
d.prose("2014年，我镇政府信息公开工作由党政办负责，配备了1名兼职工作人员。\n", staff=1)
d.add("二、依申请公开政府信息情况\n")
d.prose("本年度共受理政府信息公开申请3件，其中当面申请2件，信函申请1件。\n", applications_received=3)
d.add("申请的内容主要涉及低保审批和土地流转。\n")
d.prose("在已经答复的3件申请中：\n“同意公开”3件，均在规定时限内书面告知。\n", applications_granted=3)
d.add("三、存在的主要问题\n公开栏更新还不够及时。\n")

d = new("r426_received_then_shangnian_jiezhuan_banjian_city_bureau_2024.txt", "蕖山市住房和城乡建设局", "", "", "",
        "city_department", 2024, "narrative", "", "prose",
        "M00 plain title (read); P08 '全年共受理依申请公开件N件' (read) followed by '上年结转政府信息公开申请办件M件' "
        "(carried over; still missed, as 42b13); T15")
d.add("蕖山市住房和城乡建设局2024年政府信息公开工作年度报告\n一、总体情况\n(一)依申请公开\n")
d.prose("全年共受理依申请公开件18件，另有上年结转政府信息公开申请办件2件，均已按期办结。\n",
        applications_received=18, applications_carried_over=2)
d.add("(二)政府信息管理\n局办公室对拟公开信息逐条审核。\n")

# ---- forty-third round (issue 9, study43): r427–r431 ----
# r427 after 43a09 (a city government's office whose only request count is a handled one, '全年办理政府信息依申请公开N件'):
# no received figure; the handled count was read as received before d461314 (as r387 and rounds 19 and 38), not since;
# r428 after 43a17 (the 2008 form's outcomes worded with 的有 after a received count): the outcomes missed before
# d57229d, read since; r429 after 43b05 (a district government's own report, not compiled from every unit, counting the
# whole district's full- and part-time OGI staff): no staff figure; the sum was read before b5c6f4d, not since (a
# compiled report's, as r166, still is); r430 after 43b13 (no title, '某年，在…领导下，在…指导下，X区认真…', the fuller
# government printed only in its office's quoted notice titles): '在市委市政府' read as the name before c57fa37; since, the
# place is read and the name is the notices' government where the gold conventions take the bare subject (the
# short-subject question of r420, left open); r431 after 43b07 (a town's title with the year glued before the place and
# no statistics period): the report year read from the title since 47be35f (the year OGI work began before).
d = new("r427_office_only_handled_request_count_title_split_city_office_2021.txt", "芩川市人民政府办公室", "", "", "",
        "city_department", 2021, "narrative", "", "prose",
        "M07 the office's name on one line and 'yyyy年…年度报告' on the next (read); P12 '全年以市政府和市政府办公室名义印发"
        "并公开的文件N件' (documents only: no figure; not read, right); P08 '全年办理政府信息依申请公开N件' the only "
        "request count (a handled count, no received figure by the catalogue's P08 convention; read as received before "
        "the round-43 change d461314, as 43a09, r387 and the nineteenth and thirty-eighth rounds' pages; not read since, "
        "right); the office typed as a government (admin_level, not scored, as 43a09); T15")
d.add("芩川市人民政府办公室\n2021年政府信息公开工作年度报告\n依照《中华人民共和国政府信息公开条例》，现向社会发布芩川市"
      "人民政府办公室2021年政府信息公开工作年度报告。报告所列数据的统计时间为2021年1月1日至2021年12月31日。\n"
      "一、总体情况\n2021年，市人民政府办公室围绕市委市政府的中心工作推进政务公开，信息发布、政策解读和回应关切同步加强。\n"
      "一是压实工作责任。办公室主任分管信息公开工作，秘书科负责具体落实。\n")
d.prose("二是做好主动公开。全年以市政府和市政府办公室名义印发并公开的文件共74件，其中配发图文解读的21件。\n")
d.prose("三是依法答复申请。这一年，办公室全年办理政府信息依申请公开9件，答复均未超出法定期限。\n")
d.add("四是加强监督保障。将信息公开纳入科室年度考核。\n")

d = new("r428_outcomes_worded_de_you_after_received_city_bureau_2012.txt", "蘅州市档案局", "", "", "",
        "city_department", 2012, "narrative", "", "prose",
        "M00 plain title (read); P02/P05 '全年主动公开政府信息N条，其中通过局门户网站公开a条，通过市政府信息公开平台公开"
        "b条' (the total, read); P08 '全年共收到政府信息公开申请N件' (read), then on the next line the 2008 form's outcomes "
        "worded with 的有, '其中同意公开的有a件，同意部分公开的有b件，不予公开的有c件' (missed before the round-43 change "
        "d57229d, as 43a17's zeros; read since); P09 '未发生…行政复议和行政诉讼' (zeros, read); P15")
d.add("蘅州市档案局2012年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制，所列数据的统计期限为"
      "2012年1月1日至2012年12月31日。\n一、概述\n2012年，我局按照市政府的统一部署推进政府信息公开，档案查阅利用服务和馆藏"
      "开放目录逐步公开。\n二、主动公开政府信息情况\n")
d.prose("全年主动公开政府信息136条，其中通过局门户网站公开118条，通过市政府信息公开平台公开18条。\n",
        proactive_disclosed=136)
d.add("三、依申请公开政府信息情况\n")
d.prose("全年共收到政府信息公开申请6件，已全部办结，\n", applications_received=6)
d.prose("其中同意公开的有4件，同意部分公开的有1件，不予公开的有1件。\n", applications_granted=4,
        applications_partially_granted=1, applications_denied=1)
d.add("四、行政复议和行政诉讼情况\n")
d.prose("未发生因政府信息公开引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r429_district_own_report_whole_district_staff_not_compiled_2011.txt", "芩川市澧汀区人民政府", "", "", "",
        "county", 2011, "narrative", "2012-02-20", "prose",
        "M09 'X市X区政府信息公开工作yyyy年度报告' with the year after 工作 (read); M02 a '字号:' line; M07/M11 the "
        "government's name and a full date under the title (the publication date, read); P11/P12 '目前，全区专门配备了a名"
        "专职工作人员、b名兼职工作人员' in the district government's own report, not said to be compiled from every unit "
        "(the whole district's staff: no figure by the gold conventions; the sum was read before the round-43 change "
        "b5c6f4d, as 43b05's; not read since, right; a compiled report's, as r166, still is); P04/P12 '区政府本级主动公开"
        "政府信息N条' (the government's own count, read); T15")
d.add("芩川市澧汀区政府信息公开工作2011年度报告\n\n字号:\n\n芩川市澧汀区人民政府\n\n2012年2月20日\n\n引 言\n\n本年度报告"
      "依据《中华人民共和国政府信息公开条例》编写，由芩川市澧汀区人民政府编制，包括概述、主动公开政府信息情况、依申请"
      "公开政府信息情况、复议和诉讼情况、存在的问题和改进措施等部分。本年度报告所列数据的统计期限自2011年1月1日起至12月"
      "31日止。\n\n一、概述\n\n2011年，本区政府信息公开工作围绕区政府中心工作稳步推进，公开制度逐步完善。")
d.prose("目前，全区专门配备了12名专职工作人员、47名兼职工作人员，设立了4个信息申请受理点和2个公共查阅室。")
d.add("各项公开工作运转正常。\n\n二、主动公开政府信息情况\n\n")
d.prose("2011年，区政府本级主动公开政府信息218条。\n", proactive_disclosed=218)

d = new("r430_no_title_two_leading_zai_clauses_district_subject_notice_titles_2022.txt", "娄星区", "湖南省", "娄底市",
        "娄星区", "county", 2022, "narrative", "", "prose",
        "M06 no title: 'yyyy年，在市委市政府…领导小组的领导下，在市…办公室的指导下，X区认真…', the district the subject "
        "after two leading clauses, its government printed only inside the quoted titles of its office's notices "
        "('《X市X区人民政府办公室关于…的通知》') (the gold conventions take the subject, the bare district, as 43b13 was "
        "labelled; '在市委市政府' was read as the name until the round-43 change c57fa37; since, the parser reads the "
        "notices' fuller government, 'X市X区人民政府', with the province, city and district right: the name misread, "
        "the short-subject convention question of r420, 40a03, 41a11 and 41a18 left open). The district is one the "
        "gazetteer knows, not an invented one, so that its places can be read; no figures in the excerpt; T15")
d.add("一、总体情况\n\n2022年，在市委市政府政务公开工作领导小组的领导下，在市政务公开办公室的指导下，娄星区认真落实《政府"
      "信息公开条例》和省市关于政务公开的安排，围绕全区重点工作推进政府信息公开，公开的范围和深度都有所拓展。\n\n"
      "(一)抓住组织保障，推进重点公开。一是调整机构，先后印发了《娄底市娄星区人民政府办公室关于调整政务公开工作领导小组"
      "成员的通知》和《娄底市娄星区人民政府办公室关于印发2022年政务公开工作要点的通知》，明确各单位责任。二是召开全区政务"
      "公开推进会，部署年度任务。\n\n(二)规范政务新媒体。对照省里的检查通报，区里逐一核查各单位开设的新媒体账号，关停了"
      "无人维护的账号。\n")

d = new("r431_year_glued_before_place_title_no_period_town_2010.txt", "蘅州市葭湾区柘塘镇人民政府", "", "", "",
        "township", 2010, "narrative", "2011-02-25", "prose",
        "M04 an index block ('信息名称' with the title, '发布机构' the bare town, '发布时间 yyyy-mm-dd': the publication "
        "date, read); M09/M07 the title with the year glued before the place and no 年, 'yyyyX市X区X镇政府信息公开工作"
        "年度报告', printed three times, with the town's government and a month-only date under it (M11: no date taken "
        "from it); no statistics period anywhere, so the year is the title's (read since the round-43 change 47be35f, as "
        "43b07; before it the year OGI work began, printed in the overview, was read); M08 the town's government as "
        "printed on its own line (read); P11 '专门配备了N名兼职工作人员' (read); P06/P01 '截至yyyy年底，…累计主动公开…a条，…"
        "其中，本年度新增主动公开政府信息b条' (b, read since 47be35f gave the year); T15")
d.add("索引号 LT7700000-2011-012\n信息名称 2010蘅州市葭湾区柘塘镇政府信息公开工作年度报告\n文件编号 发布机构 柘塘镇\n"
      "公开类别 主动公开 发布时间 2011-02-25\n\n2010蘅州市葭湾区柘塘镇政府信息公开工作年度报告\n\n2010 蘅州市葭湾区柘塘镇"
      "政府信息公开工作年度报告\n蘅州市葭湾区柘塘镇人民政府\n2011年2月\n引 言\n本年度报告依据《中华人民共和国政府信息公开"
      "条例》的要求，由蘅州市葭湾区柘塘镇人民政府编写。报告包括概述、主动公开政府信息情况、依申请公开政府信息情况、复议和"
      "诉讼情况、存在的主要问题和改进措施等部分。如对本年度报告有任何疑问，请与柘塘镇人民政府办公室联系。\n一、概 述\n"
      "按照区里的部署，2004年5月起镇里着手开展政府信息公开工作。")
d.prose("为此，镇里专门配备了3名兼职工作人员，设立了1个信息申请受理点，政府信息的咨询和答复运转正常。\n", staff=3)
d.add("二、主动公开政府信息情况\n")
d.prose("截至2010年底，本镇累计主动公开政府信息154条，均已全文上网，其中，本年度新增主动公开政府信息43条。\n",
        proactive_disclosed=43)

# ---- forty-fourth round (issue 9, study44): r432–r437 ----
# r432 after 44a14 (a district's report whose source is its bureaus' and streets' own reports, '根据…要求及某区各委、办、
# 局，各街道办事处的…年度报告编制而成', no title, the government printed only in its OGI office's name): compiled from
# every unit, so the whole-district figures are its own; missed before cbcf978, read since (44a14, 44a15); r433 after
# 44a18 ('区政府及各工作部门主动公开…N条，其中，区政府…M条'): N is the area's, no figure; read as the total before
# 8cc3309, not since; the government's part M is left out here by the gold rule (44a18's reader took it, a judgement
# still unread); r434 after 44b01, 44b13 and 44b15 (a county bureau's zeros worded '没收到…申请', '暂不收费', '行政复议数量
# 0件' in a list, beside '没有向申请人收取任何费用'): the zeros read since 8698578; r435 after 44b04 and 44b09 ('截至yyyy年
# 1月1日至yyyy年12月31日，…主动公开信息N条' and '设N名工作人员具体经办'): both read since 215cf5b; r436 after 44a16 (a
# district's report on a traditional wiki with an infobox, '- 中文名:yyyy年X區政府信息公開年度報告' / '- 單位:X區政府'):
# named '中文名' before 32b2058, the district's government since (its whole-district counts read before and since);
# r437 after 44b17 (a handled request count and '没有向申请人收取任何费用'): no received figure; the fee
# clause was read as a received zero at 8698578, not since 41d8976.
d = new("r432_compiled_from_units_own_reports_no_title_district_whole_figures_2012.txt", "苓溪区政府", "", "", "",
        "district", 2012, "narrative", "", "prose",
        "M06 no title: the report's source named as the district's own units' reports, '依据《条例》的规定要求及X区各委、"
        "办、局，各街道办事处报送的…年度报告编制而成', no compiler, the government printed only in '请与X区政府信息公开"
        "办公室联系' and its website's name (the agency as 44a14 was labelled, 'X区政府'); P12 compiled from every unit, "
        "so the whole-district counts are the agency's own: proactive, received, review, litigation and the full- and "
        "part-time staff summed (P11) (all missed before the round-44 change cbcf978, as 44a14's five and 44a15's one; "
        "read since); P02 the total repeated under 主动公开 with a share (labelled once); T15")
d.add("本报告依据《中华人民共和国政府信息公开条例》(以下简称《条例》)的规定要求及苓溪区各委、办、局,各街道办事处报送的"
      "2012年度政府信息公开年度报告编制而成。\n内容分为概述、主动公开政府信息情况、依申请公开政府信息情况、人员和收费情况、"
      "复议和诉讼情况、存在的不足及改进措施六个部分。\n本报告所列数据的统计期限为2012年1月1日至2012年12月31日。本报告的电子版"
      "可在苓溪区政府网站的政府信息公开专栏下载;对本报告如有疑问,请与苓溪区政府信息公开办公室联系(地址:苓溪区府前街8号"
      "公开办,电话:0000-6612345)。\n一、概述\n2012年,各部门、各街道按照区委、区政府的安排推进政府信息公开,制度建设和查阅"
      "场所建设都有进展。\n")
d.prose("本年度,全区共主动公开政府信息4268条,共受理公开申请187件;因政府信息公开引发行政复议6件、行政诉讼3件。\n",
        proactive_disclosed=4268, applications_received=187, review_cases=6, litigation_cases=3)
d.prose("全区从事政府信息公开工作的有专职工作人员5名,兼职工作人员96名,设有区、街道两级查阅点31个。\n", staff=101)
d.add("二、政府信息主动公开情况\n(一)公开数量\n本年度全区主动公开的政府信息共4268条,全部实现电子化。其中,业务动态类"
      "信息约占六成,规划计划类信息不足百分之三;\n")

d = new("r433_government_and_working_departments_count_part_after_qizhong_district_2012.txt", "芩川市蓼岸区人民政府",
        "", "", "", "district", 2012, "narrative", "2013-03-20", "prose",
        "M00 plain title (read); M02 '来源:X区人民政府办公室 发布时间:yyyy-mm-dd hh:mm' (the date read); P12 '区政府及各工作"
        "部门主动公开各类政府信息共N条；其中，区政府本身公开M条，各工作部门合计公开K条' (N is the government's "
        "and its working departments' together, the area's, in a report not said to be compiled from every unit: no "
        "figure; read as the year's total before the round-44 change 8cc3309, as 44a18's 3217; not read since, right). "
        "The government's own part M after 其中 is left out here by the gold rule (a part, not the report's total); "
        "44a18's reader labelled that part as the district government's own figure, a judgement the parser does not "
        "follow (still unread there); P06 the cumulative '到yyyy年底为止，…累计已有N条' count (no figure; not read, right); T15")
d.add("芩川市蓼岸区人民政府2012年政府信息公开年度报告\n来源:蓼岸区人民政府办公室 发布时间:2013-03-20 09:15\n本年度报告依据"
      "《中华人民共和国政府信息公开条例》编写,内容包括概述、主动公开政府信息情况、依申请公开政府信息情况、复议诉讼情况和存在"
      "的问题。本年度报告中所列数据的统计期限自2012年1月1日起至2012年12月31日止。\n一、概述\n2012年,本区围绕区委、区政府的"
      "年度重点推进政府信息公开,公开目录和查阅场所进一步规范。\n二、主动公开政府信息情况\n")
d.prose("(一)数量。本年度,区政府及各工作部门主动公开各类政府信息共2486条;其中,区政府本身公开731条,各工作部门合计"
        "公开1755条。")
d.prose("到2012年底为止,区政府及各工作部门历年主动公开的政府信息累计已有9102条。\n")
d.add("(二)主动公开的类别。公开的信息以工作动态、规范性文件和财政预决算为主,民生类信息比重有所上升。\n")

d = new("r434_county_bureau_zeros_meishoudao_zanbushoufei_fuyi_shuliang_2016.txt", "蕖山县统计局", "", "", "",
        "county_department", 2016, "narrative", "2017-02-20", "prose",
        "M00 plain title over '发布时间:yyyy-mm-dd' (M02, read); P01 the year's total (read); P08 '今年我局没收到…提出的"
        "政府信息公开申请' (0; 没 alone before the verb: missed before the round-44 change 8698578, as 44b01; read since); "
        "P10 '…一律暂不收费' with, in the same sentence, '没有向申请人收取过任何费用' (0: a fee not charged, never a received "
        "count, as 44b17 and its mend 41d8976; 暂不收费 alone read since 8698578, as 44b13); P09 '行政复议数量0件，"
        "行政诉讼0件' in a list of counts under the review heading (review 0 missed before 8698578, as 44b15; read "
        "since; litigation read); T15")
d.add("蕖山县统计局2016年政府信息公开工作年度报告\n发布时间:2017-02-20\n根据《中华人民共和国政府信息公开条例》的规定,现发布"
      "本局2016年度政府信息公开工作年度报告,统计期限为2016年1月1日至2016年12月31日。\n一、主动公开政府信息情况\n")
d.prose("2016年,我局主动公开政府信息72条,其中统计数据发布41条,工作动态31条。\n", proactive_disclosed=72)
d.add("二、依申请公开政府信息情况\n")
d.prose("今年我局没收到公民、法人或其他组织提出的政府信息公开申请。\n", applications_received=0)
d.add("三、收费及减免情况\n")
d.prose("本局提供政府信息一律暂不收费,对来电来访查询的群众均无偿提供资料,也没有向申请人收取过任何费用。\n",
        fees_10k_yuan=0)
d.add("四、因政府信息公开申请行政复议、提起行政诉讼的情况\n")
d.prose("全年汇总:召开公开工作会议1次,行政复议数量0件,行政诉讼0件,群众来信0件。\n", review_cases=0, litigation_cases=0)

d = new("r435_jiezhi_whole_year_span_portal_count_she_staff_county_bureau_2018.txt", "蕖山县教育局", "", "", "",
        "county_department", 2018, "narrative", "", "prose",
        "M00 plain title (read); P11 'X股设N名工作人员具体经办…' (设 alone before the count: missed before the round-44 "
        "change 215cf5b, as 44b09; read since); P04/P06 '截至yyyy年1月1日至yyyy年12月31日，本局经县政府信息公开网发布"
        "公开信息N条，其中…' (a whole year's span after 截至 is the year, not a date counted to; the one channel counted: the "
        "year's total, missed before 215cf5b, as 44b04; read since); T15")
d.add("蕖山县教育局2018年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编制,所列数据的统计期限自2018"
      "年1月1日至2018年12月31日。\n一、概述\n我局的政府信息公开工作由分管副局长牵头,")
d.prose("政策法规股设2名工作人员具体经办信息发布和申请受理。\n", staff=2)
d.add("二、主动公开政府信息情况\n")
d.prose("截至2018年1月1日至2018年12月31日,本局经县政府信息公开网发布公开信息186条,其中教育动态112条,政务信息74条。\n",
        proactive_disclosed=186)
d.add("三、重点领域公开情况\n学校招生、资助政策和校舍建设项目按季度公开。\n")

d = new("r436_traditional_wiki_infobox_zhongwenming_compiled_district_2013.txt", "丰台区政府", "北京市", "北京市",
        "丰台区", "district", 2013, "narrative", "", "traditional",
        "M12/M14 a district's report on a traditional wiki copy with an infobox after its first sentence, '基本介紹' / "
        "'- 中文名:yyyy年X區政府信息公開年度報告' / '- 單位:X區政府' (the agency as 44a16 was labelled, the infobox's "
        "unit in simplified form; the field label '中文名' was read as the agency before the round-44 change 32b2058, "
        "as 44a16's; since, the title after it gives the government, with its province, city and district: read). The "
        "district is one the gazetteer knows, not an invented one, so that its places can be read; M06 no title line; "
        "P12 '以…各…工作機構報送的年度報告為基礎編制而成' (compiled from every unit), the whole-district counts the "
        "agency's own (read, before the round's changes as since, as 44a16's were); T15")
d.add("本報告依據《中華人民共和國政府信息公開條例》的要求,以2013年度豐台區各政府信息公開工作機構報送的年度報告為基礎編制"
      "而成。\n基本介紹\n- 中文名:2013年豐台區政府信息公開年度報告\n- 時間:2013年\n- 單位:豐台區政府\n- 性質:工作報告\n引言\n"
      "報告分概述、主動公開、依申請公開、複議訴訟和改進措施五個部分。本報告所列數據的統計期限為2013年1月1日至12月31日。\n概述\n")
d.prose("本年度,全區政府信息公開工作機構合計主動公開信息9354條,共受理公開申請412件。\n", proactive_disclosed=9354,
        applications_received=412)
d.add("全區在區圖書館、區檔案館等處設立政府信息查閱場所6處,方便群眾就近查閱。\n")

d = new("r437_handled_request_count_fee_to_applicant_district_office_2017.txt", "蓼岸区委(区政府)办公室", "", "", "",
        "county_department", 2017, "narrative", "", "prose",
        "M06 no title ('现公布X区委(区政府)办公室yyyy年度…报告'); M08 a joint office's bracketed name (read); P04 one "
        "site counted over the year's dates (the year's total, read); P08 '…经手处理的政府信息公开申请共有N件' a handled "
        "count (no received figure, as 44b17, whose label was removed; not read, right; a subjectless '全年共处理…申请N件' "
        "is still read as received); P10 '没有向申请人收取任何费用' (a fee not "
        "charged: 0, read; at the round-44 change 8698578 it also gave a received 0, mended in 41d8976: no received "
        "figure since, right); P09 '行政复议0宗…行政诉讼0宗' (read); T15")
d.add("根据《中华人民共和国政府信息公开条例》的规定,现公布蓼岸区委(区政府)办公室2017年度政府信息公开情况的报告。本报告"
      "数据起止时间为2017年1月1日至2017年12月31日,有疑问的请向蓼岸区委(区政府)办公室咨询。\n一、主动公开政府信息情况\n")
d.prose("本年度(2017年1月1日至2017年12月31日),区委(区政府)办公室通过蓼岸政府在线网站对外发布各类信息386条。\n",
        proactive_disclosed=386)
d.add("二、依申请公开政府信息受理情况\n")
d.prose("这一年,蓼岸区委(区政府)办公室经手处理的政府信息公开申请共有2件,均已按时答复。\n")
d.add("三、收费和减免情况\n")
d.prose("对受理的申请一律无偿提供所需材料,没有向申请人收取任何费用。\n", fees_10k_yuan=0)
d.add("四、行政复议及行政诉讼情况\n")
d.prose("全年因政府信息公开被申请行政复议0宗,被提起行政诉讼0宗。\n", review_cases=0, litigation_cases=0)

# ---- forty-fifth round (issue 9, study45): r438–r441 ----
# r438 after 45a04 (a county bureau's preamble listing its report's parts and ending '…收到和处理政府信息公开申请情况3个
# 部分'): the outline's 3 is no request count; read as received before 09dd77d, not since; the real received count later
# read in its place since; r439 after 45a10 and 45a12 (a district bureau's '新收到…申请N宗，上年度结转…申请M宗' and
# '被行政诉讼的案件共K件'): carried over and litigation missed before 09dd77d, read since; r440 after 45a02 (a street's
# report with no year in its title, a preamble on when its work began, 'yyyy年1月起，我街道开始着手…', years before the
# report year, then '截至yyyy年底' and the year's counts): the start year was taken as the report year and the total
# dropped before 7ef6828 (the received count in its own sentence read throughout), the year and total read since; r441
# after 45b07 (a city bureau's '无政府信息公开申请，无行政复议、行政诉讼'): the review and litigation zeros read before
# and since, the received 0 missed before 2404e50, read since.
d = new("r438_outline_three_parts_not_a_request_count_county_bureau_2019.txt", "蘅川县林业局", "", "", "",
        "county_department", 2019, "narrative", "", "prose",
        "M00 plain title (read); P08 a preamble describing the report's outline and ending '报告包括总体情况、主动公开政府"
        "信息情况和收到和处理政府信息公开申请情况3个部分' (the number of parts, no request count: read as a received 3 "
        "before the round-45 change 09dd77d, as 45a04, and standing in place of the real received count in section 三; "
        "since, the 3 not read and the real count read); P01 the year's total (read); T15")
d.add("蘅川县林业局2019年政府信息公开工作年度报告\n一、总体情况\n本年度报告依照修订后的《中华人民共和国政府信息公开条例》"
      "和年度报告格式的要求,由本局办公室汇总编写。报告包括总体情况、主动公开政府信息情况和收到和处理政府信息公开申请情况3个"
      "部分。所列数据的统计时段为2019年1月1日至2019年12月31日。如有疑问,请联系蘅川县林业局办公室(电话:0000-5203318)。\n"
      "二、主动公开政府信息情况\n")
d.prose("全年本局在县政府门户网站主动公开政府信息64条,涉及林木采伐审批、森林防火和造林项目等内容。\n",
        proactive_disclosed=64)
d.add("三、收到和处理政府信息公开申请情况\n")
d.prose("2019年本局共收到政府信息公开申请2件,均已在法定期限内答复。\n", applications_received=2)

d = new("r439_new_and_carried_over_requests_in_zong_litigation_anjian_gong_district_bureau_2019.txt", "苕源区住房和建设局",
        "", "", "", "county_department", 2019, "narrative", "", "prose",
        "M00 plain title (read); P08 '本年度新收到政府信息公开申请N宗，另有上年度结转政府信息公开申请M宗' (received N "
        "read before and since; the carried-over M, counted in 宗, missed before the round-45 change 09dd77d, as 45a10; "
        "read since); the year's answered and next-year counts are not figures; P09 '被申请行政复议共N件' and "
        "'被行政诉讼的案件共K件' (review read before and since; litigation in this wording missed before 09dd77d, as "
        "45a12; read since); T15")
d.add("苕源区住房和建设局2019年政府信息公开工作年度报告\n本报告按照《中华人民共和国政府信息公开条例》的要求编写,数据统计"
      "时段为2019年1月1日至12月31日。\n一、依申请公开情况\n")
d.prose("本年度新收到政府信息公开申请47宗,另有上年度结转政府信息公开申请2宗。\n", applications_received=47,
        applications_carried_over=2)
d.add("上述申请中已办结45宗,其余4宗转入下一年度继续办理。\n二、复议和诉讼情况\n")
d.prose("因政府信息公开工作被申请行政复议共1件,被行政诉讼的案件共2件,均维持原答复。\n", review_cases=1,
        litigation_cases=2)

d = new("r440_work_began_month_qi_years_before_street_no_year_title_2019.txt", "荇湾街道办事处", "", "", "", "street",
        2019, "narrative", "", "prose",
        "M06/M07 no year in the heading (a street's report whose only heading is '一、总体情况'); M11 the preamble's "
        "'yyyy年1月起，我街道开始着手政府信息公开工作' (a year and a month alone before 起, when the work began, eleven "
        "years before the report year: taken as the report year and the year's total dropped before the round-45 change "
        "7ef6828, as 45a02; since, the report year read from the later '截至yyyy年底' and 'yyyy年度共主动公开…' and the "
        "total read); the street named only as the report's compiler ('本报告由X街道办事处汇总编制', read); P01 the "
        "year's total; P08 the received count in its own sentence, not after a breakdown opener as 45a02's (read before "
        "and since)")
d.add("一、总体情况\n按照区里关于做好政府信息公开准备工作的部署,2008年1月起,我街道开始着手政府信息公开工作,明确了分管"
      "领导和经办科室,编制了公开指南和公开目录,并在街道便民服务中心设置了查阅点。截至2019年底,我街道信息公开咨询和答复"
      "工作运转正常。本报告由荇湾街道办事处汇总编制。\n")
d.prose("2019年度共主动公开政府信息318条,全部在区政府信息公开平台发布。\n", proactive_disclosed=318)
d.prose("全年收到依申请公开申请2件,均已按期答复。\n", applications_received=2)
d.add("二、存在的不足\n公开内容的及时性还需加强,社区层面的信息公开有待规范。\n")

d = new("r441_wu_before_request_noun_no_requests_city_bureau_2023.txt", "蘼州市气象局", "", "", "",
        "city_department", 2023, "narrative", "", "prose",
        "M00 plain title (read); P03 items by type with no total (no figure; not read, right); P08/P09 '全年无政府信息公开"
        "申请，也无行政复议、行政诉讼案件发生' (received 0 missed before the round-45 change 2404e50, as 45b07; read since; "
        "the review and litigation zeros read before and since); T15")
d.add("蘼州市气象局2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n本年度在市政府门户网站发布气象预警信息"
      "52条、工作动态37条、通知公告9条。\n(二)依申请公开\n")
d.prose("全年无政府信息公开申请,也无行政复议、行政诉讼案件发生。\n", applications_received=0, review_cases=0,
        litigation_cases=0)
d.add("(三)政府信息管理\n本局按年度更新政府信息公开指南和目录。\n")

# ---- forty-sixth round (issue 9, study46): r442–r445 ----
# r442 after 46a04 and 46b04 (a city bureau's work paragraph promising to handle '每一份…申请', every request, and a
# sentence giving its website's count beside '处理依申请公开N条'): the number after 每 is 'each', never a count, and a
# handled count is no received figure; both since 9c1dfaa; r443 after 46b15 (a city government's own report, not said
# to be compiled, with '全市各级政府及其部门主动公开…A条' and '市政府及其部门主动公开政府信息B条，其中：…'): A is the
# whole city's, B the government's and its departments' (the area's, as 各工作部门 is): no figure; B read as the
# year's total before 9c1dfaa, not since; r444 after 46b11 (a city bureau's 2019 表二 whose cells print 'N(件)' and
# 'X.XXX万'): the two rows dropped whole before 038dc9c, every cell read since; r445 after 46a08 (a city bureau's
# '自yyyy年1月至yyyy年12月底，累计主动公开…N条'): the year's span in months, the year's total; missed before dcfb791,
# read since.
d = new("r442_meiyifen_every_request_chuli_handled_count_website_city_bureau_2012.txt", "蒹州市园林局", "", "", "",
        "city_department", 2012, "narrative", "", "prose",
        "M00 plain title (read); P08 a work paragraph saying the office '…受理市民的每一份政府信息公开申请' (every "
        "request, no count: read as a received 1 before the round-46 change 9c1dfaa, as 46a04, standing in front of "
        "the handled count below; not read since, right); P04 the bureau's own website, the one channel counted, "
        "'全年在局门户网站发布政务信息N条' (the year's total, read before and since) beside P08 '处理依申请公开K条' "
        "(requests handled, no received figure, as 46b04's, read as received there before 9c1dfaa; not read since, "
        "right); T15")
d.add("蒹州市园林局2012年政府信息公开年度报告\n现将本局2012年度政府信息公开工作情况报告如下,所列数据的统计期限为2012年1月1日"
      "至2012年12月31日。\n一、工作开展情况\n局里把政府信息公开列入年度重点工作,由办公室统一协调、各科室分头落实,")
d.prose("办公室逐件登记受理市民的每一份政府信息公开申请,限时作出答复。\n")
d.add("二、公开情况\n")
d.prose("全年在局门户网站发布政务信息236条,处理依申请公开3条,内容涉及绿地建设、古树名木保护和公园管理。\n",
        proactive_disclosed=236)
d.add("三、存在的不足\n信息更新的及时性和公开内容的深度还有差距,明年将进一步改进。\n")

d = new("r443_city_government_and_departments_counts_not_compiled_city_2020.txt", "蒹州市人民政府", "", "", "",
        "city", 2020, "narrative", "", "prose",
        "M00 plain title (read); P12 a city government's own report, not said to be compiled from every unit, with "
        "'全市各级政府连同其部门共主动公开政府信息A条' (the whole city's: no figure; not read, right) and '市政府及其部门主动"
        "公开政府信息B条，其中：规范性文件…件，其他信息…条' (the government's and its departments' together, the area's: "
        "no figure; read as the year's total before the round-46 change 9c1dfaa, as 46b15; not read since, right) and "
        "the counties' line; P08 '市政府本级…收到政府信息公开申请N件' (the government's own, read before and since); T15")
d.add("蒹州市人民政府2020年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编写,所列数据的统计期限为"
      "2020年1月1日至2020年12月31日。\n一、总体情况\n(一)主动公开情况\n")
d.prose("2020年全市各级政府连同其部门共主动公开政府信息52318条,其中:规范性文件41件,其他信息52277条。\n")
d.prose("市政府及其部门主动公开政府信息18406条,其中:规范性文件17件,其他信息18389条。\n")
d.prose("各县(市、区)政府及其部门主动公开政府信息33912条,其中:规范性文件24件,其他信息33888条。\n")
d.add("(二)依申请公开情况\n")
d.prose("本年度市政府本级共收到政府信息公开申请64件,均在法定期限内作出答复。\n", applications_received=64)
d.add("(三)政府信息管理\n市政府按季度清理规范性文件,及时更新公开指南和公开目录。\n")

d = new("r444_pipe_rows_unit_in_brackets_wan_amount_city_bureau_2020.txt", "蒹州市市场监督管理局", "", "", "",
        "city_department", 2020, "ogi2019", "", "markdown",
        "M06 no title, named as the first sentence's subject (read); P05 a website count and a WeChat count in issues "
        "and posts, no total (no figure; not read, right); T03 the 2019 表二 as pipe rows with empty trailing cells; "
        "T12 a decisions cell printing its unit in brackets, 'N(件)', signed changes '+N' and '-N', and the procurement "
        "amount printed 'X.XXX万' (labelled in 万元 as the form counts it): the licence and procurement rows dropped "
        "whole before the round-46 change 038dc9c, as 46b11's; every cell read since; T11 cut at 表三's heading")
d.add("一、总体情况\n2020年,蒹州市市场监督管理局按照市政府的统一部署推进政府信息公开,")
d.prose("全年在局门户网站发布各类信息842条,在局微信公众号推送126期613篇。\n")
d.add("二、主动公开政府信息情况\n")
d.add("第二十条第(一)项 | ||||\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量 | |\n")
for label, key, vals in (("规章", "rules", ("0", "0", "0")), ("规范性文件", "normative_docs", ("2", "2", "9"))):
    d.add(f"{label} | ")
    for printed, col in zip(vals, ("new_made", "new_published", "total_published")):
        d.value(printed, f"2019.t2.{key}.{col}")
        d.add(" | ")
    d.add("|\n")
d.add("第二十条第(五)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n")
d.add("行政许可 | ")
d.value("23", "2019.t2.license.prev_year_items")
d.add(" | ")
d.value("-3", "2019.t2.license.change")
d.add(" | ")
d.raw("9472(件)", "2019.t2.license.decisions", "9472", "reported")
d.add(" | |\n其他对外管理服务事项 | ")
for printed, col in (("14", "prev_year_items"), ("+2", "change"), ("0", "decisions")):
    d.value(printed, f"2019.t2.other_services.{col}")
    d.add(" | ")
d.add("|\n第二十条第(六)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | 处理决定数量 | |\n")
for label, key, vals in (("行政处罚", "penalty", ("864", "+57", "211")), ("行政强制", "coercion", ("38", "0", "9"))):
    d.add(f"{label} | ")
    for printed, col in zip(vals, ("prev_year_items", "change", "decisions")):
        d.value(printed, f"2019.t2.{key}.{col}")
        d.add(" | ")
    d.add("|\n")
d.add("第二十条第(八)项 | ||||\n信息内容 | 上一年项目数量 | 本年增/减 | ||\n行政事业性收费 | ")
for printed, col in (("0", "prev_year_items"), ("0", "change")):
    d.value(printed, f"2019.t2.fees.{col}")
    d.add(" | ")
d.add("||\n第二十条第(九)项 | ||||\n信息内容 | 采购项目数量 | 采购总金额 | ||\n政府集中采购 | ")
d.value("31", "2019.t2.procurement.items")
d.add(" | ")
d.raw("36.218万", "2019.t2.procurement.amount", "36.218", "reported")
d.add(" | ||\n三、收到")

d = new("r445_month_span_full_year_leads_cumulative_count_city_bureau_2013.txt", "蒹州市粮食局", "", "", "",
        "city_department", 2013, "narrative", "", "prose",
        "M07 title split over two lines, the bureau's name, then 'yyyy年政府信息公开年度报告' (read); P06 '自yyyy年1月至"
        "yyyy年12月底，…累计主动公开政府信息N条' (the report year's span given in months leads the sentence: the year's "
        "total; missed before the round-46 change dcfb791, as 46a08; read since); P04 the one site named in the same "
        "sentence, no second count; T15")
d.add("蒹州市粮食局\n2013年政府信息公开年度报告\n本报告依据《中华人民共和国政府信息公开条例》编写,统计期限自2013年1月1日起至"
      "2013年12月31日止。\n一、概述\n本局成立了政府信息公开工作领导小组,办公室负责日常工作。\n二、主动公开政府信息情况\n")
d.prose("自2013年1月至2013年12月底,本局在市政府信息公开网上累计主动公开政府信息67条。\n", proactive_disclosed=67)
d.add("公开的内容以粮食收购政策、储备粮管理和工作动态为主。\n三、依申请公开情况\n全年依申请公开工作运转正常。\n")

# ---- forty-seventh round (issue 9, study47): r446–r449 ----
# r446 after 47a02 and 47a13 (a township's and a street's reports whose own names place them nowhere, the county or
# district printed only in the name of its government's site, '依托“X县人民政府网站”…'): places blank before 2393fd0,
# read since (a real county, so that the gazetteer can place it); r447 after 47b11 and 47b16 (city bureaus' reports
# under index blocks whose only date is '成文日期', and 47b16's '截至yyyy年底,我局累计…A条,yyyy年主动公开…B条'):
# the 成文日期 taken as published_on before 428a5aa, blank since; B missed before 85f3c0a, read since; r448 after
# 47b17 and 47b10 (a city bureau's report on a mirror whose channel sentence names a betting brand's '…资料免费网站',
# and a city bureau's '办公室有N位兼职人员'): fee 0 read before 85f3c0a, no fee figure since; staff missed before
# 959b893, read since; r449 after 47a18 (a town's '全镇累计主动公开…N条，其中在…网站a条，…微信公众号b条'): a whole-town
# count by the catalogue's convention, no figure; still read.
d = new("r446_county_only_in_site_name_place_title_township_2023.txt", "青枫乡人民政府", "江西省", "九江市", "修水县",
        "township", 2023, "narrative", "2024-01-16", "prose",
        "M08/M07 a place-only title 'X乡yyyy年…报告', then the government's name on a line of its own and the year's "
        "title (read as the government, as 47a02); the county printed nowhere but in the name of the county "
        "government's site that hosts the report, '…依托“修水县人民政府网站”乡镇专栏发布' (places blank before the "
        "round-47 change 2393fd0, as 47a02 and 47a13; read since); M02 '发布日期:… 浏览次数:' (read); P02 the year's total "
        "with its kinds (read); P08 '全年共收到政府信息公开申请0件' (read); T15")
d.add("青枫乡2023年政府信息公开工作年度报告\n\n发布日期:2024-01-16    浏览次数:\n\n青枫乡人民政府\n\n"
      "2023年政府信息公开工作年度报告\n\n一、总体情况\n\n(一)主动公开政府信息情况\n\n")
d.prose("本年度我乡围绕乡村振兴和民生保障做好公开,全年主动公开政府信息143条,其中工作动态61条、财政资金信息29条、"
        "通知公告53条。\n\n", proactive_disclosed=143)
d.add("(二)依申请公开情况\n\n")
d.prose("全年共收到政府信息公开申请0件。\n\n", applications_received=0)
d.add("(三)政府信息公开平台建设情况\n\n本乡的政府信息依托“修水县人民政府网站”乡镇专栏发布,乡便民服务中心的公开栏同步"
      "张贴,做到线上线下一致。\n\n(四)监督保障情况\n\n乡党政办每季度自查一次栏目更新情况,发现问题及时")

d = new("r447_index_block_chengwen_only_year_part_after_cumulative_city_bureau_2019.txt", "蒹州市水务局", "", "", "",
        "city_department", 2019, "narrative", "", "prose",
        "M04 a pipe index block printed as rows, '发文机关: 市X局 |' and '成文日期: yyyy-mm-dd |' its only date (the "
        "document's date, no publication date: taken as published_on before the round-47 change 428a5aa, as 47b11 "
        "and 47b16; blank since, right); M00 plain title (read; the block's short name not taken); P06 '截至yyyy年底,"
        "我局累计主动公开政府信息A条,yyyy年主动公开政府信息B条' (B, the report year's own count after a count to date: "
        "missed before the round-47 change 85f3c0a, as 47b16; read since; A no figure); P08 received (read); T15")
d.add("索 引 号: JZ0031/2020-01187 | 发文机关: 市水务局 | 文 号: | |\n组配分类: 政府信息公开年报 | 成文日期: 2020-01-22 | "
      "废止日期: | 有效性: |\n蒹州市水务局2019年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》"
      "编写,所列数据的统计期限为2019年1月1日至2019年12月31日。\n一、主动公开政府信息情况\n")
d.prose("截至2019年底,我局累计主动公开政府信息1204条,2019年主动公开政府信息133条,比上年多12条。\n",
        proactive_disclosed=133)
d.add("公开内容以水利工程建设、河湖管理和防汛抗旱信息为主。\n二、依申请公开政府信息情况\n")
d.prose("2019年度我局共收到政府信息公开申请3件,均已按期答复。\n", applications_received=3)
d.add("三、存在的主要问题\n部分栏目的更新频次还不够高。\n")

d = new("r448_mirror_free_site_channel_wei_part_time_staff_city_bureau_2020.txt", "蘼州市农业农村局", "", "", "",
        "city_department", 2020, "narrative", "", "prose",
        "M06 no title, named in '现将X2020年…报告向社会公布' (read); M14 a mirror whose betting brand stands in the "
        "sentence naming where the report is published, '…政府信息公开情况通过X宝典资料免费网站()和…向社会发布' (免费 before 网站 "
        "names a site: read as fee 0 before the round-47 change 85f3c0a, as 47b17; no fee figure since, right); P11 "
        "'局办公室有N位兼职人员' (staff counted in 位: missed before the round-47 change 959b893, as 47b10; read since); "
        "P02 the year's total with kinds (read); P08 0 (read); T15")
d.add("根据《中华人民共和国政府信息公开条例》,现将蘼州市农业农村局2020年政府信息公开工作年度报告予以公布。本年度政府"
      "信息公开情况通过金鲤宝典资料免费网站()和市政府门户网站集群子网站()向社会发布,所列数据的统计期限为2020年1月1日至2020年12月31日。"
      "\n一、总体情况\n")
d.prose("局里成立了政府信息公开工作领导小组,局办公室有3位兼职人员,承担信息的收集、审核和发布。\n", staff=3)
d.add("(一)主动公开情况\n")
d.prose("2020年,我局主动公开政府信息186条,其中政策文件12条、工作动态117条、通知公告57条。\n",
        proactive_disclosed=186)
d.add("(二)依申请公开情况\n")
d.prose("本年度我局未收到政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息管理\n信息发布前由分管领导审核把关。\n")

d = new("r449_whole_town_count_site_and_wechat_parts_town_2024.txt", "茆湾镇人民政府", "", "", "", "township", 2024,
        "narrative", "2025-01-15", "prose",
        "M00 plain title (read); M02 '发布时间:… 来源:X镇' (read); P12 '全镇累计主动公开政府信息N条，其中在…网站a条，"
        "…微信公众号b条' in the town's own report (a whole-town count: no figure by the catalogue's convention, as "
        "the fifth, ninth and seventeenth rounds' 全镇/全乡 counts and 47a18; its parts are the town's own two channels, "
        "a convention a reviewer may revisit; still read, a wrong cell); P08 '…没有收到政府信息公开申请' (0, read); P09 "
        "zeros (read); T15")
d.add("茆湾镇人民政府2024年政府信息公开工作年度报告\n\n发布时间:2025-01-15 10:12 来源:茆湾镇\n\n本报告数据的统计期限"
      "自2024年1月1日起,到同年12月31日止。\n\n一、总体情况\n\n1.主动公开情况。")
d.prose("全年全镇累计主动公开政府信息312条,其中在镇政府网站专栏发布88条,在“茆湾发布”微信公众号推送224条。\n\n")
d.add("2.依申请公开情况。")
d.prose("2024年度我镇没有收到政府信息公开申请,", applications_received=0)
d.prose("也未发生因政府信息公开引起的行政复议和行政诉讼。\n\n", review_cases=0, litigation_cases=0)
d.add("3.政府信息管理情况。镇党政综合办公室负责信息的统一审核发布。\n")

# ---- forty-eighth round (issue 9, study48): r450–r452 ----
# The round made no parser change, so these keep what the parser still gets wrong. r450 after 48b09 (a county
# bureau's '通过X专栏发布a条信息、微信公众号发布b条信息', two channels joined by 、 with no total): no figure by P05; a
# still read as the year's total (the channel rule splits clauses at commas, not at 、); r451 after 48a06 (a bureau's
# '自yyyy年度起…受理机构…，目前没有收到政府信息公开申请' in a later year's report): received 0 by the label; not read
# yet (the start year makes the sentence another year's); r452 after 48b02 (a county approval bureau's service-zone
# guides, '配备N名专职政务公开引导员，引导群众使用…设备', and '共收到…申请K件，均为自然人申请，均免费予以公开'): no staff
# figure (the 37th round's service-hall window staff), still read; received K read, granted K and fee 0 by the label
# (the '全部予以公开' precedent), not read yet.
d = new("r450_two_channels_joined_by_dunhao_no_total_county_bureau_2022.txt", "芪山县退役军人事务局", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M00 plain title (read); P05 two channels' counts in one clause joined by 、 with no total, '通过X专栏发布a条"
        "信息、微信公众号发布b条信息' (no figure, as 48b09; still read: a taken as the year's total, a wrong cell, "
        "since the channel rule splits the clauses it counts at commas, not at 、); P08 no requests (read); T15")
d.add("芪山县退役军人事务局2022年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编写,所列数据"
      "的统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n(一)主动公开情况\n")
d.prose("今年我局围绕优待抚恤、就业扶持和褒扬纪念做好公开,通过政务公开专栏发布38条信息、微信公众号发布117条信息,"
        "政策文件均同步解读。\n")
d.add("(二)依申请公开情况\n")
d.prose("本年度我局未收到政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息管理情况\n局办公室负责信息发布前的保密审查,")

d = new("r451_since_earlier_year_no_requests_yet_county_bureau_2014.txt", "苈川县国土资源局", "", "", "",
        "county_department", 2014, "narrative", "", "prose",
        "M00 plain title (read); P01 the year's total (read); P08 '自yyyy年起，本局设立…受理窗口…，目前没有收到政府信息公开申请' "
        "in a report two years later (received 0 by the label, as 48a06's traditional '自yyyy年度起…目前沒有收到…' a "
        "year later; not read yet: the start year makes the sentence another year's); T15")
d.add("苈川县国土资源局2014年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制,所列数据的"
      "统计期限自2014年1月1日起至2014年12月31日止。\n一、主动公开政府信息情况\n")
d.prose("2014年,我局主动公开政府信息64条,主要是用地审批、矿业权出让和不动产登记办事指南。\n", proactive_disclosed=64)
d.add("二、依申请公开政府信息情况\n")
d.prose("自2012年起,本局在办证大厅设立了依申请公开受理窗口,公示了受理时间、流程和联系电话,目前没有收到政府信息公开申请。\n",
        applications_received=0)
d.add("三、咨询情况\n窗口全年接待群众现场咨询,均当场作了解答。\n")

d = new("r452_service_zone_guides_all_free_granted_county_approval_bureau_2023.txt", "荇塘县行政审批服务局", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M06 no title, named as the first sentence's subject (read); P02 the year's total with kinds (read); P08 "
        "'共收到…申请K件,申请人均为自然人,均免费予以公开' (received K read; granted K by the '全部予以公开' precedent and "
        "P10 fee 0 by the label, as 48b02's '…均免费予以公开'; granted read since the fifty-second session's rule, the fee since round 63's rule on "
        "免费 after the requests named in an earlier clause); P11 '配备N名专职政务公开引导员,在专区帮…' in "
        "the service hall's OGI zone (guides, not OGI staff: no figure, judgement as the 37th round's window staff and "
        "48b02's guides; still read, a wrong cell); T15")
d.add("2023年,荇塘县行政审批服务局依据《中华人民共和国政府信息公开条例》及全县的部署推进政府信息公开工作,现将"
      "有关情况报告如下。\n一、总体情况\n(一)主动公开情况\n")
d.prose("全年主动公开政府信息226条,其中工作动态131条,通知公告95条。\n", proactive_disclosed=226)
d.add("(二)依申请公开情况\n")
d.prose("本年度局里共收到政府信息公开申请6件,申请人均为自然人,均免费予以公开。\n",
        applications_received=6, applications_granted=6, fees_10k_yuan=0)
d.add("(三)政府信息公开平台建设情况\n在县政务服务中心设立政务公开专区,摆放自助查询终端和政策汇编,")
d.prose("并配备3名专职政务公开引导员,在专区帮办事群众操作自助终端、查找政策。\n")
d.add("(四)监督保障情况\n局里把政务公开纳入科室年度考核。\n")

# ---- forty-ninth round (issue 9, study49): r453–r455 ----
# r453 after 49b08 (a district bureau's '共收到…申请N件，对其中a件予以公开，b件部分公开，c件不公开并告知…', the outcomes
# counted before their words after the request count): received N read; granted a and partly granted b missed before
# 2fe9410, read since; the 不公开 count c left out of the labels and not read (49b08's reader labelled it denied, a
# 行政查询 matter being the 2021 form's 不予公开 item 8; the parser's test leaves it out: a convention to settle);
# r454 after 49a07 (a county bureau's 2018 report under headings numbered in Arabic digits, the review heading
# '5、因政府信息公开申请行政复议、提起行政诉讼的情况。' answered '无。'): review and litigation 0 by the fourth round's
# convention, missed before dd7a118 (the guard against a count in the heading took its 5 for one), read since;
# r455 after 49a19 (a district's untitled 2019 report whose preamble says '…领导小组办公室编制了yyyy年X区人民政府信息公开
# 工作年度报告'): the government without the year, read '2019年X区人民政府' and unplaced before 3d01a19, right since (a
# real district, so that the gazetteer can place it).
d = new("r453_outcomes_counted_before_their_words_city_bureau_2023.txt", "蒴州市自然资源和规划局", "", "", "",
        "city_department", 2023, "narrative", "", "prose",
        "M00 plain title (read); P02 the year's total with kinds (read); P08 '共收到依申请公开申请N件,…,对其中a件予以"
        "公开,b件部分公开,c件不公开并告知其可按行政查询途径办理' (received N read; granted a and partly granted b missed "
        "before the round-49 change 2fe9410, as 49b08, read since; the 不公开 count c left out of the labels and not "
        "read, where 49b08's reader labelled it denied, a 行政查询 matter being the 2021 form's 不予公开 item 8: a "
        "convention to settle); T15")
d.add("蒴州市自然资源和规划局2023年政府信息公开工作年度报告\n本报告依据《中华人民共和国政府信息公开条例》编写,所列"
      "数据的统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n(一)主动公开\n")
d.prose("2023年,我局主动公开政府信息412条,其中规划批前公示58条、用地审批结果96条、工作动态258条。\n",
        proactive_disclosed=412)
d.add("(二)依申请公开\n我局按照登记、承办、审核、答复的流程办理申请。")
d.prose("2023年我局共收到依申请公开申请7件,均在规定期限内作出答复,对其中4件予以公开,2件部分公开,1件不公开并告知"
        "其可按行政查询途径办理。\n", applications_received=7, applications_granted=4,
        applications_partially_granted=2)
d.add("(三)政府信息管理\n局办公室负责发布前的保密审查,做到先审后发。\n")

d = new("r454_arabic_numbered_review_heading_answered_none_county_bureau_2018.txt", "蘅水县林业局", "", "", "",
        "county_department", 2018, "narrative", "2019-01-28", "prose",
        "M00 plain title (read); M02 '发布时间:' (read); P02 the year's total with kinds (read); P08 none received "
        "(read); P10 '…一律不收取费用' (fee 0, read); P09 a heading numbered in Arabic digits answered by its denial, "
        "'5、因政府信息公开申请行政复议、提起行政诉讼的情况。无。' (0 and 0 by the fourth round's convention: missed before "
        "the round-49 change dd7a118, as 49a07, the heading's number taken for a count; read since); T15")
d.add("蘅水县林业局2018年政府信息公开工作年度报告\n发布时间:2019-01-28\n\n一年来,我局按照县政府的部署做好政府信息"
      "公开工作,现将有关情况报告如下:\n\n1、政府信息公开工作基本概况。局里明确一名副局长分管信息公开工作,日常工作由"
      "办公室承担。\n\n2、主动公开政府信息的情况。")
d.prose("全年我局共主动公开政府信息74条,其中造林绿化和森林防火信息41条,财政预决算信息6条,工作动态27条。\n\n",
        proactive_disclosed=74)
d.add("3、依申请公开政府信息和不予公开政府信息的情况。")
d.prose("全年我局没有收到公民、法人或其他组织提出的政府信息公开申请。\n\n", applications_received=0)
d.add("4、政府信息公开的收费及减免情况。")
d.prose("我局公开政府信息一律不收取费用。\n\n", fees_10k_yuan=0)
d.prose("5、因政府信息公开申请行政复议、提起行政诉讼的情况。无。\n\n", review_cases=0, litigation_cases=0)
d.add("6、政府信息公开工作存在的主要问题及改进情况。部分栏目更新偏慢,下一年度安排专人每周检查。\n\n"
      "                              蘅水县林业局\n")

d = new("r455_untitled_office_compiled_year_before_district_government_2019.txt", "亭湖区人民政府", "江苏省", "盐城市",
        "亭湖区", "county", 2019, "narrative", "", "prose",
        "M06 no title; the preamble's '…区政务公开领导小组办公室编制了yyyy年X区人民政府信息公开工作年度报告' gives the "
        "district government (read '2019年X区人民政府', the year taken into the name, and unplaced before the round-49 "
        "change 3d01a19, as 49a19; right and placed since: a real district); P02 the year's total with kinds (read); P08 "
        "received (read); T15")
d.add("按照《中华人民共和国政府信息公开条例》关于年报的要求,亭湖区政务公开领导小组办公室编制了"
      "2019年亭湖区人民政府信息公开工作年度报告。全文分总体情况、主动公开情况、申请办理情况、复议诉讼情况和问题改进"
      "五个部分,数据统计自2019年1月1日起至同年12月31日止,电子版在区政府网站的年报栏目提供下载。\n一、总体情况\n2019年,区政府把贯彻新修订的《条例》作为政务公开工作的重点,修订了依申请"
      "公开办理规程,组织全区政务公开工作人员集中学习。\n(一)主动公开情况。")
d.prose("全年区政府主动公开政府信息2316条,其中政策文件87条、政策解读45条、工作动态1504条、其他信息680条。\n",
        proactive_disclosed=2316)
d.add("(二)依申请公开情况。")
d.prose("全年共收到政府信息公开申请19件,均已按期答复。\n", applications_received=19)

# ---- fiftieth round (issue 9, study50): r456–r458 ----
# r456 after 50b13 (a province bureau's 2014 report on a betting mirror whose title line puts a web address where the
# agency's name stands, 'www.xxxx.com2014年政府信息公开年度报告', above an index block with '发布机构: 省X局'): the
# agency the index block's 发布机构, read as the web address before 955b6cb, right since; the province printed
# nowhere (places blank); r457 after 50b04 (a city commission's 2017 report counting the city's government portal's
# items and its own portal's in 件, '通过市政府门户网站主动公开…a件,在我委门户网站…上发布各类信息b件', then paper
# copies, with no total): no proactive figure by P05; the second count read as the year's total, a wrong cell, until round
# 155's guard (a channel's count after another count of the sentence, as 155d07); r458 after 50a02 and 50a05 (a town's '主动公开我镇政府信息N条'
# and '…共收到…N条…申请(历年累计M条)'): proactive N (P04, the own word inside the noun) and received N (P08, the
# bracketed count to date after the year's) by FORMS §2, both still missed (one page and two pages of one city: no rule).
d = new("r456_web_address_title_index_block_agency_province_bureau_2014.txt", "省荇湖流域管理局", "", "", "",
        "province_department", 2014, "narrative", "", "prose",
        "M14 betting mirror: the title line puts a web address where the agency's name stands, 'www.xxxx.com2014年政府"
        "信息公开年度报告', and the index block's 名称 repeats it; M04 index block with '发布机构: 省X局' (the agency: read "
        "as the web address before the round-50 change 955b6cb, as 50b13; right since); the province never "
        "printed (places blank); P05 one total over two named channels (read); P08 received (read); T15")
d.add("www.hxty.com2014年政府信息公开年度报告\n- 索引号:520T01/2015-10472\n- 发布机构: 省荇湖流域管理局\n- 主题分类:\n"
      "- 名称: www.hxty.com2014年政府信息公开年度报告\n局领导班子把政府信息公开当作依法行政的基础工作,年初即印发了全年"
      "的公开工作安排。根据国务院和省政府关于政务公开的部署,本局2014年的有关情况报告如下:\n一、主动公开情况。")
d.prose("2014年,本局通过局门户网站和湖区水情公告栏共主动公开政府信息318条,主要是水量调度方案、防汛预警、河湖采砂许可"
        "和工作动态。\n", proactive_disclosed=318)
d.add("二、依申请公开情况。")
d.prose("全年受理政府信息公开申请2件,均在规定期限内答复。\n", applications_received=2)
d.add("三、信息公开保障。局办公室负责日常工作,信息发布前逐条审核,")

d = new("r457_two_portals_counted_in_jian_no_total_city_commission_2017.txt", "荻阳市城乡建设委员会", "", "", "",
        "city_department", 2017, "narrative", "2018-03-20", "prose",
        "M00 plain title (read); M02 '来源:X 发布时间:yyyy-mm-dd hh:mm', the source the successor body (read); P05 the city "
        "government portal's and the commission's own portal's counts in 件 with no total, '全年通过市政府门户网站主动公开"
        "政府文件类信息a件,在我委门户网站…上发布各类信息b件', then paper copies to the archive in 件 (no figure, as 50b04; "
        "b was read as the year's total, a wrong cell, until round 155's guard on a channel's count after another count of "
        "the sentence, as 155d07); P08 received (read); T15")
d.add("荻阳市城乡建设委员会2017年政府信息公开工作年度报告\n来源:荻阳市住房和城乡建设委员会 发布时间:2018-03-20 09:15\n\n"
      "本年度报告依据《中华人民共和国政府信息公开条例》和《荻阳市政府信息公开规定》编制,所列数据的统计期限自2017年1月"
      "1日起至2017年12月31日止。\n\n一、概述\n\n2017年,我委依托门户网站“荻阳建设”、城建服务热线和政务微博等载体做好"
      "政府信息公开工作。\n\n二、主动公开政府信息情况\n\n")
d.prose("全年通过市政府门户网站主动公开政府文件类信息86件,在我委门户网站“荻阳建设”上发布各类信息5120件。另向市档案馆、"
        "市图书馆报送纸质文件142件,全文电子化率100%。\n\n")
d.add("三、依申请公开政府信息情况\n\n")
d.prose("全年受理政府信息公开申请9件,均按期答复。\n", applications_received=9)

d = new("r458_own_town_in_noun_bracketed_running_count_township_2022.txt", "芗溪镇人民政府", "", "", "",
        "township", 2022, "narrative", "", "prose",
        "M00 plain title (read); P04 '…,主动公开我镇政府信息N条,其中…' with the town's own word inside the counted noun "
        "(N by FORMS §2, as 50a02; still missed: '本镇' there is read, '我镇' not; one page, no rule); P08 'yyyy年,X镇人民政府"
        "共收到群众提出的N条政府信息公开申请(历年累计M条)' (received N by FORMS §2, the bracketed count to date left out, as 50a05; "
        "still missed: the aside's 累计 voids the sentence; two pages, both of one city, no rule); T15")
d.add("芗溪镇人民政府2022年政府信息公开工作年度报告\n\n本报告依据《中华人民共和国政府信息公开条例》编制,所列数据的"
      "统计期限自2022年1月1日至2022年12月31日。\n一、总体情况\n(一)主动公开情况\n")
d.prose("全年依托区政府网站的镇街专栏和镇微信公众号,主动公开我镇政府信息126条,其中工作动态88条,通知公告38条。\n",
        proactive_disclosed=126)
d.add("(二)依申请公开情况\n")
d.prose("2022年,芗溪镇人民政府共收到群众提出的3条政府信息公开申请(历年累计21条),均已按期答复。\n", applications_received=3)
d.add("(三)政府信息管理情况\n镇党政办负责信息发布前的审核,")

# ---- fifty-first round (issue 9, study51): r459–r462 ----
# r459 after 51a02, 51a05, 51a08, 51a13 and 51a16 (zone bodies named with their city's or province's bare name,
# '<城市><X>高新区管委会yyyy年…报告'): the province and city by that name, the county blank; unplaced before 56570b3,
# placed since (a real city, so that the gazetteer can place it); r460 after 51a03 and the six earlier pages of
# d1a7c3e (an index block row whose labels keep their colons in their own cells, '索 引 号: | … | 发布时间: |
# yyyy-mm-dd hh:mm |'): published_on missed before d1a7c3e, read since; r461 after 51a14 (a zone committee's
# '明确一名管委会副主任分管…，由X处牵头，指定一名工作人员负责具体事务'): no staff figure by the leader-and-worker
# convention of rounds 2 and 13, read as 1 before 6d78ead, none since, its request count read throughout; r462
# after 51b18, 51b02 and 51a07 (an Inner Mongolia banner's bureau named by the banner's short form, '东乌旗X局'):
# the places by the reader's convention (the banner, its league and 内蒙古自治区), missed before b09590a (the
# gazetteer knew only the banners' full names), placed since (a real banner, so that the gazetteer can place it).
d = new("r459_zone_committee_city_bare_name_title_placed_2022.txt", "漳州芸岭高新区管委会", "福建省", "漳州市", "",
        "county", 2022, "narrative", "2023-01-12", "prose",
        "M08 a zone committee named with its city's bare name, '<城市><X>高新区管委会yyyy年…报告' (province and city by "
        "the city's name, the county blank: unplaced before the round-51 change 56570b3, as 51a02, 51a05, 51a08, 51a13 "
        "and 51a16; placed since: a real city); M00 plain title (read); M02 '发布时间:… 字号:' (read); P05 one total "
        "over two named channels (read); P08 received (read); T15")
d.add("漳州芸岭高新区管委会2022年政府信息公开工作年度报告\n发布时间:2023-01-12 字号:[ 大 中 小 ]\n\n"
      "本报告依据《中华人民共和国政府信息公开条例》编写,分总体情况、主动公开、依申请公开、复议诉讼、问题改进和其他"
      "事项六个部分,所列数据的统计期限为2022年1月1日至2022年12月31日。\n\n一、总体情况\n\n(一)主动公开情况\n\n")
d.prose("2022年,管委会依托园区门户网站和“芸岭高新”微信公众号,共主动公开政府信息347条,其中招商政策类52条、项目建设类"
        "118条、工作动态177条。\n\n", proactive_disclosed=347)
d.add("(二)依申请公开情况\n\n")
d.prose("全年我委共收到政府信息公开申请3件,均在法定期限内答复完毕。\n\n", applications_received=3)
d.add("(三)政府信息管理情况\n\n管委会党政办负责信息发布前的保密审查,")

d = new("r460_index_row_colon_in_own_cell_date_county_bureau_2020.txt", "蓼源县民政局", "", "", "",
        "county_department", 2020, "narrative", "2021-01-27", "prose",
        "M04 index block as pipe rows whose labels keep their colons in their own cells, '索 引 号: | … | 发布时间: | "
        "yyyy-mm-dd hh:mm |' (published_on: missed before the round-51 change d1a7c3e, as 51a03 and six earlier "
        "agencies' pages; read since); M00 plain title under the block (read); P02 the year's total with kinds (read); "
        "P08 received with a carried-over count (read); T15")
d.add("索 引 号: | 11352207/2021-00031 | 发布时间: | 2021-01-27 10:42 |\n发布机构: | 蓼源县民政局 | 主题分类: | "
      "民政 |\n蓼源县民政局2020年政府信息公开工作年度报告\n"
      "本年度报告按照《中华人民共和国政府信息公开条例》和县政务公开办的通知编制,所列数据的统计期限自2020年1月1日起至"
      "2020年12月31日止。\n一、总体情况\n(一)主动公开情况\n")
d.prose("2020年,我局主动公开政府信息196条,其中低保和特困供养信息88条、养老服务信息41条、工作动态67条。\n",
        proactive_disclosed=196)
d.add("(二)依申请公开情况\n")
d.prose("本年度我局新收到政府信息公开申请4件,上年结转1件,均已办结。\n", applications_received=4,
        applications_carried_over=1)
d.add("(三)政府信息管理情况\n局办公室对拟公开的信息逐条登记,")

d = new("r461_leader_then_worker_counted_no_staff_zone_committee_2022.txt", "蕖江经济开发区管理委员会", "", "", "",
        "county", 2022, "narrative", "", "prose",
        "M00 plain title (read); P01 the year's total (read); P08 received (read); P11 '明确一名管委会副主任分管…,由X处"
        "牵头,指定一名工作人员负责具体事务' (a leader and a worker put in charge: no staff figure by the convention of "
        "rounds 2 and 13; read as 1 before the round-51 change 6d78ead, as 51a14; none since); T15")
d.add("蕖江经济开发区管理委员会2022年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制,"
      "统计期限为2022年1月1日至2022年12月31日。\n一、总体情况\n(一)主动公开情况\n")
d.prose("2022年,开发区共主动公开政府信息263条。\n", proactive_disclosed=263)
d.add("(二)依申请公开情况\n")
d.prose("全年管委会受理政府信息公开申请5件,均为网上申请,已全部按期答复。\n", applications_received=5)
d.add("(三)政府信息管理情况\n")
d.prose("管委会调整了政务公开领导小组,由一名管委会副主任分管政务公开,综合协调处牵头,指定一名工作人员负责"
        "具体事务,工作经费列入年度预算。\n")
d.add("(四)平台建设情况\n开发区门户网站改版后增设了政策解读栏目,")

d = new("r462_banner_short_form_bureau_placed_2020.txt", "东乌旗草原生态服务局", "内蒙古自治区", "锡林郭勒盟",
        "东乌珠穆沁旗", "county_department", 2020, "narrative", "2021-01-22", "prose",
        "M08 a banner's bureau named by the banner's short form, '东乌旗X局yyyy年…报告' (places by the reader's "
        "convention: the banner, its league and 内蒙古自治区, as 51b18's reader placed 西乌旗; missed before the round-51 "
        "change b09590a, as 51b18, 51b02 and 51a07, the gazetteer knowing only the banners' full names; placed since: a "
        "real banner); M02 '发布日期: yyyy-mm-dd hh:mm 来源: X' "
        "(read); P01 the year's total (read); P08 none received (read); T15")
d.add("东乌旗草原生态服务局2020年政府信息公开工作年度报告\n\n发布日期: 2021-01-22 11:08    来源:  东乌旗草原生态服务局\n\n"
      "  按照《中华人民共和国政府信息公开条例》和旗政务公开领导小组的安排,现将我局2020年政府信息公开工作情况报告如下。"
      "\n\n  一、总体情况\n\n  (一)主动公开情况。")
d.prose("2020年,我局主动公开政府信息58条,内容涉及草原生态补奖、禁牧休牧和森林草原防火。\n\n", proactive_disclosed=58)
d.add("  (二)依申请公开情况。")
d.prose("2020年,我局未收到政府信息公开申请。\n\n", applications_received=0)
d.add("  (三)政府信息管理情况。局办公室明确专人负责信息发布,")

# ---- fifty-second round (issue 9, study52): r463–r465 ----
# r463 after 52a05 and 52a06 (city governments' 2016–2018 reports not said to be compiled from every unit, whose
# whole-city counts open with '我市各级政府及部门…' / '我市各级政府共公开信息N条') and realdev r191's source: a city
# government's '我市各级政府及其部门…共公开各类政府信息N条，…依申请公开M件' (the whole city's output: no figure; N and
# M read before 1fec94f, none since, '各级' naming every level's governments), its own no-fee sentence read
# throughout; r464 after 52b11 (a district office that introduces itself as 'X区政务服务监督管理办公室(以下简称X区政管办)'
# and then writes the short form): the agency read with its last word cut, '…监督管理办', before 62d7fea, in full
# since; r465 after 52b14 (a county bureau's request paragraph ending '…，也不涉及行政复议和行政诉讼'): review and
# litigation 0 by FORMS §2, still missed (不涉及 is not among the negations the parser knows, 未涉及 is; one page, no
# rule), the received zero before it read.
d = new("r463_city_all_levels_whole_city_counts_own_fee_2017.txt", "荆漳市人民政府", "", "", "", "city", 2017,
        "narrative", "2018-03-26", "prose",
        "M00 plain title (read); M02 '发布时间:… 来源:X市人民政府办公室' (read); P12 the whole city's output in a report "
        "not said to be compiled from every unit, '我市各级政府及其部门…共公开各类政府信息N条，…依申请公开M件' (no figure; "
        "both read before the round-52 change 1fec94f, as 52a05, 52a06 and r191's source; none since, '各级' naming "
        "every level's governments); P10 the government's own no-fee sentence (read); T15")
d.add("荆漳市人民政府2017年政府信息公开工作年度报告\n发布时间:2018-03-26 10:05 来源:荆漳市人民政府办公室\n\n"
      "本报告依照《中华人民共和国政府信息公开条例》的要求编写,包括概述、主动公开、依申请公开、收费及减免、复议诉讼、"
      "问题和改进措施六个部分,数据的统计期限为2017年1月1日至2017年12月31日。\n\n一、概述\n\n")
d.prose("2017年,我市各级政府及其部门借助门户网站、政务微博和政府公报等渠道,合计主动公开政府信息41876条,"
        "依申请公开政府信息1132件,公开工作总体平稳有序。\n\n")
d.add("二、收费及减免情况\n\n")
d.prose("本年度市政府在办理政府信息公开申请时没有收取任何费用。\n\n", fees_10k_yuan=0)
d.add("三、存在的问题\n\n部分县区对新设栏目的更新不够及时,")

d = new("r464_office_abbreviation_full_name_district_2023.txt", "苕北区政务服务监督管理办公室", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M06 no title: the preamble names the office, 'X区政务服务监督管理办公室(以下简称X区政管办)编制了…', and the "
        "prose then writes 'X区政管办' (read as '…监督管理办', its last word cut, before the round-52 change 62d7fea, "
        "as 52b11; in full since); P01 the year's total with kinds (read); P08 received (read); T15")
d.add("按照《中华人民共和国政府信息公开条例》和区政务公开工作安排,苕北区政务服务监督管理办公室(以下简称苕北区政管办)"
      "编制了2023年度政府信息公开工作年度报告,统计期限为2023年1月1日至2023年12月31日。\n一、总体情况\n"
      "(一)主动公开情况\n")
d.prose("2023年,苕北区政管办共主动公开政府信息38条,其中政务服务事项调整信息21条,工作动态17条。\n",
        proactive_disclosed=38)
d.add("(二)依申请公开情况\n")
d.prose("本年度苕北区政管办收到政府信息公开申请2件,均已在法定期限内答复。\n", applications_received=2)
d.add("(三)政府信息管理情况\n苕北区政管办对拟发布的信息实行两级审核,")

d = new("r465_not_involved_review_litigation_county_bureau_2023.txt", "蕙川县医疗保障局", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M00 plain title (read); P01 the year's total (read); P08 the received zero (read); P09 the request paragraph "
        "ending '…，也不涉及行政复议和行政诉讼' (review and litigation 0 by FORMS §2, as 52b14; still missed: 不涉及 is "
        "not among the negations the parser knows, 未涉及 is; one page, no rule); T15")
d.add("蕙川县医疗保障局2023年政府信息公开工作年度报告\n\n本报告依据《中华人民共和国政府信息公开条例》编制,"
      "统计期限自2023年1月1日起至2023年12月31日止。\n\n一、总体情况\n\n(一)主动公开\n\n")
d.prose("2023年,我局共主动公开政府信息64条,内容以参保缴费、待遇调整和定点机构名单为主。\n\n",
        proactive_disclosed=64)
d.add("(二)依申请公开\n\n")
d.prose("全年我局没有收到政府信息公开申请,", applications_received=0)
d.prose("也不涉及行政复议和行政诉讼。\n\n", review_cases=0, litigation_cases=0)
d.add("(三)政府信息管理\n\n局办公室按月梳理医保政策文件,")

# ---- sixty-second round (issue 9, study62): r466–r468 ----
# r466 after 62b15 and 62b16 (a city's 供销合作社联合社 and a district's 供销联社 named only in the compile or announce
# sentence; read blank before the round-62 change, as 海珠区's and 宜城市's co-operatives would have been); r467 after
# 62b10 (a count to the year's end, then '其中本年度新增的主动公开信息N条' after another clause: the year's part); r468
# after 62b20 (a second site's count whose clause was cut at its address's colon, so the first site's count was read
# as the year's total).

d = new("r466_cooperative_named_in_compile_sentence_county_2022.txt", "蕙川县供销合作社联合社", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M06 no title: the preamble's '本报告由X按照…编制' names a supply and marketing co-operative (read since the "
        "round-62 change; blank before); P01 the year's total (read); P08 received (read); T15")
d.add("本报告由蕙川县供销合作社联合社按照《中华人民共和国政府信息公开条例》的要求编制,所列数据的统计期限自2022年1月1日"
      "起至2022年12月31日止。\n一、总体情况\n(一)主动公开方面\n")
d.prose("2022年,我社主动公开政府信息41条,主要是农资供应、项目资金和工作动态。\n", proactive_disclosed=41)
d.add("(二)依申请公开方面\n")
d.prose("全年我社共收到政府信息公开申请1件,已按期答复。\n", applications_received=1)
d.add("(三)政府信息管理方面\n社办公室负责信息发布前的审核,")

d = new("r467_year_part_after_count_to_year_end_office_2012.txt", "苕北区民防办公室", "", "", "",
        "county_department", 2012, "narrative", "", "prose",
        "M00 plain title (read); P06 a count to the year's end, then after a clause on electronic copies "
        "'其中本年度新增的主动公开信息N条' (the year's part; missed before the round-62 change, as 62b10, 43b07's "
        "'其中，本年度新增…', 38a05 and the twenty-first round's '本年度新增M条'); T15")
d.add("苕北区民防办公室2012年政府信息公开工作年度报告\n一、概述\n本年度报告由苕北区民防办公室编制。\n"
      "二、主动公开政府信息情况\n")
d.prose("截至2012年底本办累计主动公开政府信息296条,均已提供电子文本,其中本年度新增的主动公开信息47条。\n",
        proactive_disclosed=47)
d.add("三、依申请公开政府信息情况\n")
d.prose("2012年本办未收到政府信息公开申请。\n", applications_received=0)

d = new("r468_second_site_with_address_no_total_province_bureau_2011.txt", "蕙州省体育局", "", "", "",
        "province_department", 2011, "narrative", "", "prose",
        "M00 plain title (read); P05 two sites counted in two sentences, the second site's name followed by its address "
        "in brackets '(http://…)': no total, no figure (the address's colon had cut the second count from its site, so "
        "the first site's count was read as the year's total before the round-62 change, as 62b20); T15")
d.add("蕙州省体育局2011年政府信息公开工作年度报告\n一、概述\n本报告由蕙州省体育局编制。\n二、主动公开政府信息情况\n")
d.add("2011年,在省政府门户网站主动公开政府信息126条,均为本局业务信息。在蕙州省体育局门户网站"
      "(http://sport.huizhou.example.cn)公开信息782条,涉及工作动态、通知公告和赛事信息。\n")
d.add("三、依申请公开政府信息情况\n")
d.prose("2011年本局收到政府信息公开申请3件,均已答复。\n", applications_received=3)

# ---- sixty-third to sixty-sixth rounds (issue 9, study63-66): r469–r471 ----
# r469 after 66a20 (a town whose name holds a character of CJK Extension A, its title naming only the place, its
# government printed in the contact line: no government was found before df1d606); r470 after 66a16 (a received-and-
# answered total whose bracket counts last year's requests with the noun inside the bracket: the bracket's count was
# read as received before df1d606); r471 after 64a15 and 66a15 (the count before the noun 公开信息, and requests
# counted noun first: both missed before 09a953a and df1d606).

d = new("r469_extension_a_character_in_town_name_township_2024.txt", "塘㙍镇人民政府", "", "", "",
        "township", 2024, "narrative", "", "prose",
        "M08 a place-only title whose town's name holds U+364D (CJK Extension A), the government printed only in the "
        "contact line (read since df1d606; the name patterns had taken U+4E00-9FFF only); P01 the year's total (read); "
        "P08 none received (read); T15")
d.add("塘㙍镇2024年度政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2024年,我镇主动公开政府信息58条,主要为惠农政策和工作动态。\n", proactive_disclosed=58)
d.prose("全年我镇未收到政府信息公开申请。\n", applications_received=0)
d.add("如对本报告有疑问,请与塘㙍镇人民政府党政办公室联系。\n")

d = new("r470_carried_over_in_bracket_after_answered_total_zone_2025.txt", "蕙川新区管委会", "", "", "",
        "county", 2025, "narrative", "", "prose",
        "M00 plain title (read); P08 '共收到并依法答复政府信息公开N件(含上年度结转申请M件)': new and carried-over together, "
        "no received figure, M carried over (the bracket's M had been read as received before df1d606: a wrong "
        "figure); T15")
d.add("蕙川新区管委会2025年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开情况\n")
d.prose("2025年新区共收到并依法答复政府信息公开申请63件(含上年度结转申请5件),答复均未超期。\n",
        applications_carried_over=5)

d = new("r471_count_before_noun_gongkai_xinxi_noun_first_requests_county_bureau_2022.txt", "蕙川县卫生健康局",
        "", "", "", "county_department", 2022, "narrative", "", "prose",
        "M00 plain title (read); P01 '…共计在政府信息公开平台上发布N条公开信息' (the count before the noun 公开信息: read since "
        "09a953a, as 64a15, 52b02 and the twelfth round's page); P08 '依申请公开政府信息共收到N件' (noun first: read since "
        "df1d606, as 66a15); T15")
d.add("蕙川县卫生健康局2022年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2022年1月1日至2022年12月31日,县卫生健康局共计在政府信息公开平台上发布52条公开信息,内容涉及医疗机构校验和"
        "卫生监督公示。\n", proactive_disclosed=52)
d.prose("2022年,我局依申请公开政府信息共收到4件,均已按期答复。\n", applications_received=4)

# r472-r476 after round 68 (study68): channels counted in 件 (67a10), a menu of several items a line (68a03), a
# department named only in its own rules (59b03, 62b01, 65b01), a short name beside its documents' full name (68b04,
# 68b09) and a quoted account's name with the heading run into a sentence with no year (68a06, 68a05).
d = new("r472_channels_counted_in_jian_no_total_county_education_bureau_2019.txt", "蕙川县教育局", "", "", "",
        "county_department", 2019, "narrative", "", "prose",
        "M00 plain title (read); P05 the OGI site's '主动发布公开信息N件' and the WeChat account's '刊发…信息M件', no total "
        "(the site's count had been read as the total: 件 after 信息 counts a channel's items since round 68's change, "
        "as 67a10); P08 received (read); T15")
d.add("蕙川县教育局2019年政府信息公开工作年度报告\n一、总体情况\n")
d.add("2019年,县教育局把招生入学、学生资助和教育经费放在公开的首位,一年里在县里的信息公开网站上发布各类公开"
      "信息286件,另在“蕙川教育”微信公众号推出学校动态信息519件。\n")
d.prose("二、依申请公开情况\n2019年,我局共收到政府信息公开申请5件,均已按期答复。\n", applications_received=5)

d = new("r473_menu_two_items_a_line_then_trail_and_title_township_2023.txt", "曲沃县里村镇人民政府", "山西省",
        "临汾市", "曲沃县", "township", 2023, "narrative", "2024-01-22", "prose",
        "M03 the column's heading '信息公开指南 信息公开年报', the site's menu two items a line with wide spaces and the trail "
        "'首页 >> …' before the title (the menu line '组织机构      政府文件' had been read as the agency '组织机构政府', as "
        "68a03); M02 录入/发布时间 line; P01 the year's total (read); T15")
d.add("logo\n\n信息公开指南 信息公开年报\n信息公开月报 依申请公开\n  信息公开目录\n\n")
for a, b in (("机构设置", "政府文件"), ("发展规划", "预算决算"), ("任前公示", "政策解读"), ("乡镇动态", "数据发布"),
             ("项目招标", "安全生产"), ("便民服务", "意见征集")):
    d.add(f"  {a}      {b}\n\n")
d.add("首页 >> 公开专栏 >> 年度报告 >> 乡镇年报 >> 里村\n曲沃县里村镇2023年政府信息公开工作年度报告\n\n"
      "编辑: lc01 发布时间: 2024-01-22 浏览:\n\n一、总体情况\n")
d.prose("2023年,曲沃县里村镇人民政府主动公开政府信息73条,主要为惠农补贴、低保公示和工作动态。\n",
        proactive_disclosed=73)

d = new("r474_department_named_only_in_its_own_ogi_rules_city_statistics_bureau_2013.txt", "曲阜市统计局", "山东省",
        "济宁市", "曲阜市", "county_department", 2013, "narrative", "", "prose",
        "M06 no title; the bureau says 我局 throughout and its name is printed only in the rules it made for its own OGI "
        "work ('《X局信息公开制度》'; named so since round 68's change, as 59b03, 62b01 and 65b01; a government's "
        "'《X市政府信息公开办法》' beside it names no agency); P01 the year's total (read); T15")
d.add("根据《中华人民共和国政府信息公开条例》和《曲阜市政府信息公开办法》,现将我局2013年度政府信息公开工作情况报告如下。\n"
      "一、概述\n2013年,我局严格执行《曲阜市统计局信息公开制度》,明确专人负责信息的收集、审核和发布。\n")
d.prose("二、主动公开情况\n2013年,我局主动公开政府信息46条,主要为统计公报和统计数据解读。\n", proactive_disclosed=46)

d = new("r475_short_name_beside_its_documents_full_name_district_bureau_2017.txt", "区住建局", "山东省", "济宁市",
        "任城区", "county_department", 2017, "narrative", "", "prose",
        "M06 no title; '由区住建局…编制' (the short, level-only name: the agency); the full name with its district printed "
        "only in the quoted titles of the bureau's rules ('《任城区住房和城乡建设局政务公开审核制度》'): it places the bureau "
        "but names it no more since round 68's change (68b04, 68b09); P08 none received (read); T15")
d.add("一、概述\n区住建局结合一年来的公开工作,由区住建局编制本年度报告,数据截至2017年12月31日。\n"
      "二、组织领导和制度建设情况\n这一年,区住建局修订了《任城区住房和城乡建设局政务公开审核制度》,又新订了《任城区住房和"
      "城乡建设局政务公开保密审查制度》。\n")
d.prose("三、依申请公开情况\n2017年,区住建局未收到政府信息公开申请。\n", applications_received=0)

d = new("r476_quoted_account_name_heading_run_in_street_2024.txt", "蕙康街道办事处", "", "", "",
        "street", 2024, "narrative", "", "prose",
        "M06 no title, '…蕙康街道办事处坚持…' as the subject; the account '“某区蕙康街道办事处”微信公众号' (a quoted account's "
        "name completes the agency's no more since round 68's change, as 68a06); P01 '(一)主动公开方面' on its own line "
        "before a sentence with no year: the one channel's count with its kinds (read since round 68's change, as 68a05); "
        "P08 received (read); T15")
d.add("一、总体情况\n2024年,蕙康街道办事处把群众关心的事项放在公开的前面,日常工作信息由“某区蕙康街道办事处”微信公众号"
      "对外推送。\n(一)主动公开方面\n")
d.prose("依托区政府门户网站上的街道信息公开专栏主动公开各类政府信息57条,其中街道动态21条、预决算8条、其他事项28条。\n",
        proactive_disclosed=57)
d.prose("(二)依申请公开方面\n2024年,蕙康街道共收到政府信息公开申请2件,均按时答复。\n", applications_received=2)

# r477-r478 after round 69 (study69): 官网/官微 as channels (69b14, as r308) and a cover letter's title with no sender
# (69a04).
d = new("r477_guanwang_guanwei_counts_no_total_province_bureau_2022.txt", "岚江省畜牧兽医局", "", "", "",
        "province_department", 2022, "narrative", "", "prose",
        "M00 plain title (read); P05 '局官网公开各类政府信息M条,官微发布信息K条': the official site's and "
        "account's short names, two channels and no total (M had been read as the total; 官网 and 官微 name channels since "
        "round 69's change, as 69b14 and realdev r308); P08 received (read); T15")
d.add("岚江省畜牧兽医局2022年政府信息公开工作年度报告\n一、总体情况\n")
d.add("1.主动公开。2022年局官网公开各类政府信息838条,官微发布信息412条;全年制发的文件过半主动公开。\n")
d.prose("2.做好依申请公开。2022年,我局共收到政府信息公开申请3件,均按期答复。\n", applications_received=3)

d = new("r478_cover_letter_title_without_sender_county_city_2017.txt", "蕙川市人民政府", "", "", "", "county", 2017,
        "narrative", "2018-03-12", "prose",
        "M07 a cover letter first: its title '关于上报《X2017年度政府信息公开 / 工作年度报告》的报告' split over two lines "
        "with no sender before 关于, the sender's office on the line above (the agency had been read as '上报《X'; since "
        "round 69's change the report's place, its government printed, as 69a04); M11 the letter's date (the page's); "
        "P01 the year's total (read); T15")
d.add("蕙政办〔2018〕21号\n蕙川市人民政府办公室\n关于上报《蕙川市2017年度政府信息公开\n工作年度报告》的报告\n"
      "州政务公开办:\n按照通知要求,《蕙川市2017年政府信息公开工作年度报告》已编制完成,随文呈送。\n"
      "2018年3月12日\n蕙川市2017年政府信息公开工作年度报告\n一、概述\n")
d.prose("2017年,蕙川市人民政府主动公开政府信息1268条,内容涉及财政预决算、重大项目和民生事项。\n",
        proactive_disclosed=1268)

# r479-r482 after round 70 (study70): a proactive total's own 主动公开 part (70a07), interpretations counted with a
# breakdown after channels with no total (70a12), 今年以来 leading a 累计 count (70a15) and a cover letter with its
# sender quoting the report (70b14, as 69a04's without a sender).
d = new("r479_proactive_total_with_its_proactive_part_county_bureau_2022.txt", "蕙川县乡村振兴局", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M00 plain title (read); P02 '主动通过政府网站公开政府信息N条,其中主动公开信息a条,专报约稿信息b条': the total is "
        "itself proactive, its 主动公开 part one kind beside another (a had been read as the figure, as the items sorted by "
        "how each is disclosed are; N since round 70's change, as 70a07); P08 none received (read); T15")
d.add("蕙川县乡村振兴局2022年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2022年县乡村振兴局主动借助县政府网站对外公开政府信息73条,其中主动公开信息66条,供稿类信息7条。\n",
        proactive_disclosed=73)
d.prose("2022年,我局未收到政府信息公开申请。\n", applications_received=0)

d = new("r480_three_channels_then_interpretations_counted_city_office_2021.txt", "岚江市人民防空办公室", "", "", "",
        "city_department", 2021, "narrative", "", "prose",
        "M00 plain title (read); P05 '共发布信息门户网站a条、微博b条、微信c条' with no total (no figure; read right); P13 "
        "site visits and '解读信息发布N条,其中解读材料数M条' (interpretations, no disclosure total: N had been read as the "
        "year's total through the bare count before 其中; left out since round 70's change, as 70a12); T15")
d.add("岚江市人民防空办公室2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开方面\n")
d.add("这一年本办在门户网站发布信息528条、在微博发布311条、在微信发布402条,网站被访问96412次。"
      "解读信息发布6条,其中文字解读4条、图解2条。\n")

d = new("r481_this_year_so_far_then_cumulative_county_bureau_2024.txt", "蕙川县文化旅游体育局", "", "", "",
        "county_department", 2024, "narrative", "", "prose",
        "M00 plain title (read); P01 the year named in the sentence before, then '今年以来,累计主动公开各类信息N条' (the "
        "year so far, its 累计 the year's: read since round 70's change, as 70a15 and P01's 今年以来 pages); T15")
d.add("蕙川县文化旅游体育局2024年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2024年,县文化旅游体育局把文旅惠民和全民健身作为公开重点。今年以来,累计主动公开各类信息412条。\n",
        proactive_disclosed=412)

d = new("r482_cover_letter_with_sender_quoting_the_report_town_2016.txt", "泉州市洛江区马甲镇人民政府", "福建省",
        "泉州市", "洛江区", "township", 2016, "narrative", "2017-01-09", "prose",
        "M07 a town's cover letter first: 'X镇人民政府关于印发《Y镇2016年政府信息公开工作年度报告》的通知', the sender "
        "before 关于 (the agency had been read to the quote mark, 'X镇人民政府关于印发《Y镇'; since round 70's change the "
        "sender, as 70b14); M02 时间 line (read); P01 the year's total (read); T15")
d.add("泉州市洛江区马甲镇人民政府关于印发《洛江区马甲镇2016年政府信息公开工作年度报告》的通知\n"
      "    时间:2017-01-09 16:05\n\n    马政〔2017〕3号\n\n    镇属各单位、各行政村:\n"
      "    《洛江区马甲镇2016年政府信息公开工作年度报告》已经镇政府同意,现予印发。\n一、概述\n")
d.prose("2016年,马甲镇人民政府主动公开政府信息94条,以惠民资金和项目建设为主。\n", proactive_disclosed=94)

# r483-r487 after round 72 (study72): a numbered heading on requests or fees answered by a bare 无, over a line of its
# own (72a03, 72a05) or after a colon (69a01); three guards on names: a verb before a township's name met in passing
# (72c18), a document's title in angle brackets before the name an opening sentence announces (72d15), and the year
# printed twice in a year-first title, a trail's last item run into it (72b04).
d = new("r483_requests_heading_over_bare_none_line_street_2022.txt", "棠梨街道办事处", "", "", "", "street", 2022,
        "narrative", "", "prose",
        "M07 the office's name on the line above the title (read); P08/P14 '(二)依申请公开方面' with no full stop over a "
        "line holding only '无' (0 received: the sentence had been read as no figure; read since round 72's change, as "
        "72a03 and 72a05); P01 the year's count (read); T15")
d.add("棠梨街道办事处\n2022年政府信息公开工作年度报告\n一、总体情况\n本报告按照《条例》的要求编写,说明本街道一年来的公开工作。\n"
      "(一)主动公开方面\n")
d.prose("2022年,街道通过区政府网站主动公开政府信息46条。\n", proactive_disclosed=46)
d.add("(二)依申请公开方面\n")
d.prose("无\n", applications_received=0)
d.add("(三)政府信息管理方面\n街道对拟公开的信息先审后发,并定期清理过时内容。\n")

d = new("r484_colon_list_requests_and_fees_answered_none_county_bureau_2016.txt", "蓼安县司法局", "", "", "",
        "county_department", 2016, "narrative", "", "prose",
        "M00 plain title (read); P08/P10/P09/P14 a numbered list whose items answer '：无' — requests, review and "
        "litigation, fees (the requests' and fees' zeros read since round 72's change, as 69a01; review and litigation "
        "read before); P01 the year's count (read); T15")
d.add("蓼安县司法局2016年政府信息公开工作年度报告\n")
d.prose("1、主动公开政府信息情况:本年度在县政府信息公开网发布本局信息58条。\n", proactive_disclosed=58)
d.prose("2、依申请公开政府信息情况:无\n", applications_received=0)
d.prose("3、政府信息公开申请行政复议、提起行政诉讼情况:无\n", review_cases=0, litigation_cases=0)
d.prose("4、政府信息公开的收费及减免情况:无\n", fees_10k_yuan=0)
d.add("5、存在的不足:公开内容还不够及时,下一年度将加强。\n")

d = new("r485_no_title_town_named_after_tongguo_in_channel_list_2025.txt", "枫岭镇人民政府", "", "", "", "township",
        2025, "narrative", "", "prose",
        "M06 no title; the town names itself 我镇 and prints its government's name only after the verb of a channel "
        "list, '…。通过X镇人民政府网站、公众号和公示栏…' (the agency had been read with the verb, '通过X镇人民政府'; "
        "since round 72's guard the name alone, as 72c18); P05 '上百条' approximate (no figure; read right); P08 none "
        "received (read); T15")
d.add("一、总体情况\n1.主动公开方面。本年度我镇把村级财务和惠农补贴作为公开重点,各办根据分工按月报送。"
      "通过枫岭镇人民政府网站、镇公众号和各村公示栏发布各类信息,全年总量上百条。\n")
d.prose("2.依申请公开。2025年度,我镇未收到政府信息公开申请。\n", applications_received=0)
d.add("3.政府信息管理。镇里按季度核查栏目内容,及时撤下过期信息。\n")

d = new("r486_angle_bracket_format_title_before_town_name_2025.txt", "溪口镇人民政府", "", "", "", "township", 2025,
        "narrative", "", "prose",
        "M06 no title; the opening sentence cites the national format's title in angle brackets and runs on into "
        "'全文包括X镇人民政府2025年…' (the agency had been read as the words after the bracket and the name, "
        "'格式>全文包括X镇人民政府'; since round 72's guard no name is announced there and the contact sentence names "
        "the town, as 72d15); P01 the year's count (read); T15")
d.add("本报告依据《条例》和<政府信息公开工作年度报告格式>全文包括溪口镇人民政府2025年政府信息公开工作的六个部分。\n"
      "一、总体情况\n")
d.prose("2025年,我镇主动公开政府信息67条,主要为惠民政策和项目公示。\n", proactive_disclosed=67)
d.add("二、其他需要报告的事项\n对本报告如有疑问,请与溪口镇人民政府党政办联系。\n")

d = new("r487_trail_year_run_into_year_first_title_city_2016.txt", "桐江市人民政府", "", "", "", "city", 2016,
        "narrative", "2017-03-21", "prose",
        "M01 a trail whose last item is the year, '… » 2016年', run into the place-only title 'X市2016年度…年度报告' (the "
        "agency had been read as 'X市2016年度' and the title with the trail's year before it; since the title finder "
        "no longer takes a whole title as the rest of the year above it, the place, completed with the government's name "
        "the overview prints as its subject, as 72b04); M02 date line (read); P01 the year's count (read); T15")
d.add("当前位置:首页 » 信息公开 » 年度报告 » 2016年\n桐江市2016年度政府信息公开年度报告\n发布时间: 2017-03-21 09:40\n\n"
      "一、概述\n")
d.prose("2016年,桐江市人民政府坚持以公开促落实,全年主动公开政府信息3120条。\n", proactive_disclosed=3120)


# r488-r490 after round 73 (study73): a received total split after 其中 into the new and the carried-over (73b01), a
# contact line naming the government's OGI office by its level after the office that runs it (73c18), and a WeChat
# year count beside a site counted only to a date (72d16, the class of r364 and r424).
d = new("r488_handled_total_then_new_part_after_qizhong_district_office_2025.txt", "蓼安区人民政府办公室", "", "", "",
        "county_department", 2025, "narrative", "", "prose",
        "M00 plain title (read); P08 '共受理…申请N件,其中新收到a件,结转上年度办理b件,办结c件,结转下年度…d件': the handled "
        "total takes in last year's requests; received is the new part a (N had been read; a since round 73's change, as "
        "73b01 and r196's bracketed form); P01 the year's count (read); T15")
d.add("蓼安区人民政府办公室2025年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2025年,本办主动公开政府信息212条。\n", proactive_disclosed=212)
d.prose("本年度本办共受理政府信息公开申请11件,其中新收到9件,", applications_received=9)
d.prose("结转上年度办理2件,办结10件,结转下年度继续办理1件。\n", applications_carried_over=2)

d = new("r489_contact_office_then_level_named_ogi_office_traditional_city_2009.txt", "桐江市政府办公厅", "", "", "",
        "city", 2009, "narrative", "", "prose",
        "M06 no title, the excerpt opening at its foreword; the only name is the contact line's '請與X市政府辦公廳市政府"
        "信息公開辦公室聯繫', the government's OGI office named by its level after the office that runs it (read as "
        "'X市政府辦公廳市' until round 73's guard; the office as printed since, the convention's form as 73c18's reader "
        "took the government: judgement); M12 traditional characters (read); T15")
d.add("前言\n本年報依照《政府信息公開條例》編寫,所列數據統計至本年度末。如對本年報有疑問,"
      "請與桐江市政府辦公廳市政府信息公開辦公室聯繫(地址:濱江路8號)。\n一、概述\n2009年,全市加快推進政府信息公開。\n")

d = new("r490_site_count_to_date_then_wechat_year_count_county_commission_2023.txt", "蓼安县发展和改革委员会", "", "",
        "", "county_department", 2023, "narrative", "", "prose",
        "M00 plain title (read); P05/P17 the site named as the main channel, its count only to a date ('截至yyyy年12月31日"
        "主动公开政府信息N条', no figure), then the WeChat account's '全年共计发布信息M条' (one channel of two: no figure; "
        "M had been read as the total, as on 72d16; left out since round 72's rule on new-media counts beside a site "
        "the report names); P08 the year's requests (read); T15")
d.add("蓼安县发展和改革委员会2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n"
      "本委公开信息以县人民政府网站为主,也借助“蓼安发改”微信公众号发布。截至2023年12月31日主动公开政府信息97条。"
      "“蓼安发改”公众号围绕项目申报和价格监测,全年共计发布信息186条。\n(二)依申请公开情况\n")
d.prose("2023年,我委收到政府信息公开申请3件。\n", applications_received=3)


# r491 after round 74 (study74): the new media named two clauses before their count, over a clause that goes on
# publishing, beside two site counts (74d01).
d = new("r491_new_media_named_two_clauses_before_count_city_bureau_2024.txt", "蓼川市统计局", "", "", "",
        "city_department", 2024, "narrative", "", "prose",
        "M00 plain title (read); P05 numbered points: the platform's and the bureau's site's counts, then '充分利用微博、"
        "公众号、短视频等新媒体,以图解和视频形式持续发布信息,全年发布信息N条,其中…' (three channels counted, no total: "
        "no figure; N had been read as the total, the new media two clauses before it; left out since round 74's "
        "change, as 74d01); P08 none received (read); T15")
d.add("蓼川市统计局2024年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开方面。一是以市政务公开平台和本局网站为主要"
      "发布渠道,全年在市政务公开平台发布信息64条,在局网站发布信息218条。二是充分利用微博、公众号、短视频等新媒体,"
      "以图解和视频形式持续发布信息,全年发布信息431条,其中微博152条,公众号203条,短视频76条。\n(二)依申请公开方面。\n")
d.prose("2024年,本局未收到政府信息公开申请。\n", applications_received=0)


# r492-r493 after round 75 (study75): a year-first title whose words are 政务信息公开 (75a01), and a county-level
# city's report that compiles lists from every unit but not itself (75a16).
d = new("r492_year_first_title_zhengwu_xinxi_gongkai_city_bureau_2011.txt", "蓼川市统计局", "", "", "",
        "city_department", 2011, "narrative", "", "prose",
        "M03 a login line over the page; M09 a year-first title 'yyyy年度X局政务信息公开报告' (read as 'X局政务' until round "
        "75's guard; X局 since, as 75a01); P01 the year's count (read); T15")
d.add("登录| 注册\n\n2011年度蓼川市统计局政务信息公开报告\n一、概述\n")
d.prose("2011年,市统计局在局网站主动公开政府信息154条,以统计公报和月度数据为主。\n", proactive_disclosed=154)

d = new("r493_lists_compiled_from_units_city_own_report_whole_city_count_2020.txt", "桐江市人民政府", "", "", "",
        "county", 2020, "narrative", "", "prose",
        "M08 a place-only title, the government printed as the preamble's subject (read); P12 '全市共制作政府信息总数N条，"
        "其中主动公开政府信息a条、依申请公开政府信息b条' in the city's own report, which compiles lists ('汇总各单位权责清单…') "
        "but is not said to be compiled from every unit (a whole-city count: no figure; a had been read, the lists taken "
        "for the report's compiling, until round 75's guard, as 75a16); T15")
d.add("桐江市2020年政府信息公开工作年度报告\n桐江市人民政府依照《条例》编制本报告。\n一、总体情况\n"
      "(一)主动公开。2020年全市各级共制作政府信息415条,其中主动公开政府信息409条、依申请公开政府信息6条。"
      "今年汇总各单位权责清单并在市政府网站公开,指导各镇和市直部门做好基础信息更新。\n")


# r494 after round 76 (study76): a place-only title whose district's name holds 州, the town's government printed in
# the prose (76d09).
d = new("r494_place_title_district_name_holds_zhou_town_2022.txt", "青石镇人民政府", "", "", "", "township", 2022,
        "narrative", "2023-01-12", "prose",
        "M01 a trail (read); M08 a place-only title '<X州区><town>yyyy年…' with the town's government printed as the "
        "overview's subject (the title's place had been kept, its leading places stripped at the 州 inside the district's "
        "name; the government's name since round 76's fix, as 76d09); M02 a bare date line (read); P01 the year's count "
        "(read); T15")
d.add("政务公开 > 信息公开年报\n\n桐州区青石镇2022年政府信息公开工作年度报告\n\n2023-01-12 16:20\n\n一、总体情况\n\n")
d.prose("2022年,青石镇人民政府主动公开政府信息83条,以惠农政策和项目公示为主。\n", proactive_disclosed=83)


# r495-r499 after round 77 (study77): channel rows ending in 其他方式 with no total (77c16, 75c02), a place-only title
# whose government is printed only after its county (77d02, 77a15), a county report '汇总编制' with whole-county counts
# (77c02), a compiler clause with 编写 (77d14) and a contact's 行政办公室 (77a03).
d = new("r495_channel_rows_other_means_no_total_town_2021.txt", "桐溪镇人民政府", "", "", "", "township", 2021,
        "narrative", "", "prose",
        "M00 plain title (read); P05 the year's items as channel rows, the site's news, the OGI column's count and "
        "'其他方式公开政府信息数N条', with no total (no figure; the last row had been read as the total until round 77's "
        "guard, as 77c16 and 75c02); P08 none received (read); P10 no fee (read); T15")
d.add("桐溪镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况 镇里依托镇政府网站、公众号和"
      "各村公开栏发布信息。全年各渠道发布数量分列如下:镇政府网站更新工作动态412条;信息公开专栏按要求发布,数量为36条;"
      "其他方式公开政府信息数61条。\n(二)依申请公开情况 ")
d.prose("2021年度我镇未收到依申请公开申请。\n", applications_received=0)
d.prose("(三)收费及减免情况 2021年我镇依申请提供政府信息不收取费用。\n", fees_10k_yuan=0)

d = new("r496_place_title_government_only_after_county_township_2016.txt", "夹江县石泉乡人民政府", "四川省", "乐山市",
        "夹江县", "township", 2016, "narrative", "", "prose",
        "M03 the county portal's sponsor line (read as no name); M08 a place-only title '<township>yyyy年…' whose "
        "government is printed only after its county, in the compiler clause and the contact (read without the county "
        "until round 77's change, as 77d02 and 77a15; its name as printed since); P01 the year's count (read); T15")
d.add("主办单位:夹江县人民政府办公室 网站标识码:0000000000\n石泉乡2016年政府信息公开年度报告\n本报告由夹江县石泉乡"
      "人民政府依据《条例》和县政府办公室的通知编制完成,统计期限为2016年1月1日至2016年12月31日。如有疑问请与夹江县"
      "石泉乡人民政府联系。\n一、工作概述\n")
d.prose("2016年,我乡主动公开政府信息97条,主要为惠农补贴、低保和项目公示。\n", proactive_disclosed=97)

d = new("r497_compiled_huizong_bianzhi_county_whole_county_counts_2022.txt", "桐源县人民政府", "", "", "",
        "county", 2022, "narrative", "", "prose",
        "M06 no title: the county's government named only in its site's name (read); P12 '现将汇总编制X县年度报告向社会"
        "公布' and then '全县共收到依申请公开信件N件', its outcomes, reviews and lawsuits (a report compiled from every "
        "unit: the whole county's counts are its figures; missed until round 77's change, as 77c02); T15")
d.add("根据《条例》和年度报告编制要求,现将汇总编制桐源县年度报告向社会公布。本报告所列数据的统计期限为2022年1月1日至"
      "2022年12月31日。本报告电子版可在“桐源县人民政府”网站下载。\n一、总体情况\n(一)主动公开情况。全县围绕中心工作"
      "调整重大民生信息板块,持续更新权力和责任清单。\n(二)依申请公开情况。")
d.prose("2022年,全县共收到依申请公开信件31件。", applications_received=31)
d.prose("其中,予以公开22件;部分公开2件;不予公开1件;无法提供及不予处理6件。",
        applications_granted=22, applications_partially_granted=2, applications_denied=1)
d.prose("2022年全县因政府信息公开引起的行政复议3件;行政诉讼2件。\n", review_cases=3, litigation_cases=2)

d = new("r498_compiler_bianxie_no_title_county_bureau_2022.txt", "桐源县生态环境局", "", "", "",
        "county_department", 2022, "narrative", "", "prose",
        "M06 no title: the bureau named only in '本年报是根据…规定,由X局编写了yyyy年度…报告' (blank until round 77's "
        "change, as 77d14); P08 none received (read); T15")
d.add("一、总体情况\n为做好政务公开工作,我局不断完善办理流程和工作机制。本年报是根据《条例》规定,由桐源县生态环境局"
      "编写了2022年度政府信息公开工作年度报告。本报告中所列数据的统计期限自2022年1月1日起至2022年12月31日止。\n")
d.prose("(二)依申请公开情况 2022年我局未收到政府信息公开申请。\n", applications_received=0)

d = new("r499_contact_xingzheng_bangongshi_untitled_city_bureau_2010.txt", "蓼川市林业局", "", "", "",
        "city_department", 2010, "narrative", "", "prose",
        "M03 a login line; M07 a title with the year and no agency; M06 the bureau named only in its contact clause, "
        "'请联系X局行政办公室' (blank until round 77's change, as 77a03); T15")
d.add("登录 注册\n\n2010年政府信息公开工作年度报告\n\n依照《条例》和上级要求,现编制本局2010年度政府信息公开"
      "工作年度报告。对本年报有任何意见,请联系蓼川市林业局行政办公室,电话:0000000。\n\n"
      "一、政府信息公开工作概况\n2010年,我局在市政府指导下逐项落实各项公开任务。\n")


# r500-r503 after round 78 (study78): a betting site's 线路检测 words wherever the agency's name stood (78d15), a street
# office printed only after its district's government (78b14), 依申请公开N条 in a semicolon list of kinds (78c08), and
# a whole city's appeals in the sentence after its requests (78c07).
d = new("r500_betting_line_check_words_for_the_name_ministry_2012.txt", "", "", "", "", "", 2012, "narrative",
        "2013-03-29", "prose",
        "M01 a trail; M14 a mirror printing a betting site's '<digits>线路检测中' wherever the body's name stood, in the trail, "
        "the title, the source line and the contact (read as the name until round 78's change; blank since, as 78d15); "
        "M02 source and date line (read); P01 the year's count (read); T15")
d.add("您现在所在的位置是: 66018线路检测中>政务公开>年度报告\n\n2012年度66018线路检测中政府信息公开年度报告\n\n"
      "来源:66018线路检测中  发布时间:2013-03-29  [打印] [关闭]\n\n    依据《条例》,66018线路检测中编制了"
      "本年度报告。若有疑问,请与66018线路检测中联系。\n一、概述\n")
d.prose("2012年,我局主动公开政府信息236条。\n", proactive_disclosed=236)

d = new("r501_street_office_after_district_government_index_block_2016.txt", "杭州市拱墅区人民政府桐林街道办事处",
        "浙江省", "杭州市", "拱墅区", "street", 2016, "narrative", "", "prose",
        "M04 an index block whose 发布机构 prints the street office after its district's government, the report naming "
        "only the bare street (read as the bare office until round 78's change; the office's full name since, as 78b14); "
        "P01 the year's count (read); T15")
d.add("索引号: | 0000000/2017-00001 | |\n公开方式: | 主动公开 | 体裁分类: | 其他 |\n发布机构: | 杭州市拱墅区人民政府桐林"
      "街道办事处 | 成文日期: | 2017-03-20 |\n根据《条例》,特公布桐林街道2016年度信息公开年度报告。\n一、概述\n")
d.prose("2016年,桐林街道主动公开政府信息74条。\n", proactive_disclosed=74)

d = new("r502_on_request_item_of_semicolon_list_of_kinds_town_2020.txt", "桐岭镇人民政府", "", "", "", "township", 2020,
        "narrative", "", "prose",
        "M00 plain title (read); P08 '…共发布公开信息条。公开指南1条；依申请公开N条；工作动态M条；…' the kinds published, "
        "their items closed by semicolons (no request count; read as N requests until round 78's change, as 78c08); "
        "P06 the count to the year's end with its number dropped (no figure); T15")
d.add("桐岭镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n2020年,我镇强化组织领导,加强平台建设。\n"
      "截止2020年12月31日,共发布公开信息条。公开指南1条；依申请公开3条；工作动态48条；概况信息2条；人事信息1条。\n")

d = new("r503_whole_city_paragraph_appeals_next_sentence_district_2022.txt", "桐川区人民政府", "", "", "", "county",
        2022, "narrative", "", "prose",
        "M00 plain title (read); P12 a district's report printing its city's paragraph, '全市各级行政机关共收到…申请N件…。"
        "办理信息公开行政复议a件、行政诉讼b件' (the city's counts: no figure; a and b read until round 78's change, as "
        "78c07 and 38a06); P01 the district's own count (read); T15")
d.add("桐川区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2022年,桐川区人民政府主动公开政府信息1206条。", proactive_disclosed=1206)
d.add("\n(二)依申请公开\n2022年全市各级行政机关共收到政府信息公开申请196件(不含上年结转4件),其中已办结185件。"
      "办理信息公开行政复议11件、行政诉讼19件。\n")


# r504-r506 after round 79 (study79): a bureau's OGI office as compiler (79b16), 该报告 before the year's words
# (79a09), and a street's report whose only name is its county's portal (79a07).
d = new("r504_compiler_bureau_ogi_office_untitled_county_bureau_2016.txt", "桐源县审计局", "", "", "",
        "county_department", 2016, "narrative", "", "prose",
        "M06 no title: '由X局信息公开工作办公室编制' (the bureau, its OGI office compiling for it; read with the office "
        "until round 79's change, as 79b16); P08 none received (read); T15")
d.add("本年报是根据《条例》和市政府信息公开规定的要求,由桐源县审计局信息公开工作办公室编制。全文包括概述、主动公开政府"
      "信息情况、依申请公开政府信息情况等部分。\n一、概述\n")
d.prose("2016年,我局未收到政府信息公开申请。\n", applications_received=0)

d = new("r505_gai_baogao_before_year_words_city_bureau_2012.txt", "蓼川市工业和信息化局", "", "", "",
        "city_department", 2012, "narrative", "", "prose",
        "M06 no title: '我局认真编制了yyyy年度…报告…该报告客观全面反映了我局yyyy年度…' (the words before 我局 had been "
        "read as the name until round 79's guard, as 79a09; the contact names the bureau since); P01 the year's count "
        "(read); T15")
d.add("依照《条例》和市里的通知,我局编写了2012年度政府信息公开工作年度报告。该报告较为完整地总结了我局2012年度政府"
      "信息公开工作的做法与不足。如对本报告有疑问,请与蓼川市工业和信息化局办公室联系。\n"
      "一、基本工作情况\n")
d.prose("2012年,我局主动公开政府信息88条。\n", proactive_disclosed=88)

d = new("r506_street_report_on_county_portal_no_name_2016.txt", "", "", "", "", "street", 2016, "narrative", "", "prose",
        "M06 a street's report ('我街道…') whose only name is its county's portal, '本年报的电子版在X县人民政府网站公开' "
        "(blank: the portal names the county; read as the county's government until round 79's guard, as 79a07); P15")
d.add("本年报依照《条例》和省里的公开办法编写,数据截至2016年12月31日。本年报电子版已在"
      "桐源县人民政府网站发布。\n一、概述\n2016年,我街道围绕居民关心的事项推进政府信息公开。\n")


# r507-r508 after round 80 (study80): a bracket after the compiler's name holding a misprinted 以上简称 (80d11, and
# 78d07's 含…), and a place's 各县区政府 as a subject (80a03).
d = new("r507_compiler_bracket_yishang_jiancheng_province_office_2018.txt", "蓠江省人民防空办公室", "", "", "",
        "province_department", 2018, "narrative", "", "prose",
        "M06 no title: '由X办公室(以上简称X办)编制' (the bracket a note, a misprint of 以下简称: dropped since round 80's "
        "change; the bracket had been kept in the name, as 80d11); P08 none received (read); T15")
d.add("根据《中华人民共和国政府信息公开条例》(以下简称《条例》)和省政府信息公开规定要求,由蓠江省人民防空办公室"
      "(以上简称省人防办)编制本报告。\n一、概述\n")
d.prose("2018年,省人防办未收到政府信息公开申请。\n", applications_received=0)

d = new("r508_every_county_government_subject_city_2019.txt", "", "", "", "", "city", 2019, "narrative", "", "prose",
        "M06 no title; '2019年,X市各县区政府共受理依申请公开件N件' the first named subject (every unit together: no "
        "name; read as 'X市各县区政府' until round 80's guard, as 80a03); P12 the counties' requests (no figure); T15")
d.add("按照省政府办公厅的工作部署,认真贯彻落实《条例》,扎实开展政府信息公开工作。\n一、依申请公开情况\n"
      "2019年,桐江市各县区政府共接到依申请公开事项87件,都已按期答复。\n")


# r509 after round 81 (study81): a page's source field printed 信息来源: over a bureau's untitled report (81c05; the
# wording on rounds 78 and 80 too).
d = new("r509_xinxi_laiyuan_field_untitled_county_bureau_2025.txt", "桐山市体育局", "", "", "", "county_department",
        2025, "narrative", "", "prose",
        "M02 no title; the page's field line '发布时间:… 信息来源:X局' the only name (the body speaks as 我局; left "
        "unnamed until the twenty-third session's change, as 81c05); P01 the year's count (read); P08 none received")
d.add("发布时间:2026-01-19 15:40 信息来源:桐山市体育局\n一、总体情况\n(一)主动公开政府信息情况\n")
d.prose("2025年,我局依托市政府门户网站主动公开政府信息64条。\n", proactive_disclosed=64)
d.add("(二)依申请公开情况\n")
d.prose("2025年,我局未收到政府信息公开申请。\n", applications_received=0)

# r510-r512 after round 82 (study82): download links' labels before the title's file name (82a20, 82a22), the
# year's 年 printed twice before the subject (82d03), and items published on request after a bare 其中, (82a14).
d = new("r510_download_link_labels_before_title_file_county_bureau_2023.txt", "桐河县投资促进局", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M01 '点击查看PDF版:X2023年度…报告.pdf' / '点击查看WORD版:….doc' lines, the only title (read with the label "
        "as 点击查看PDF版:X until round 82's change, as 82a20 and 82a22); P01 the year's count (read)")
d.add("点击查看PDF版:桐河县投资促进局2023年度政府信息公开工作年度报告.pdf\n"
      "点击查看WORD版:桐河县投资促进局2023年度政府信息公开工作年度报告.doc\n"
      "本报告依照《条例》和年度报告格式的要求编写,分为六个部分。\n一、总体情况\n")
d.prose("2023年,我局主动公开政府信息112条。\n", proactive_disclosed=112)

d = new("r511_year_printed_twice_before_subject_district_bureau_2025.txt", "桐江区统计局", "", "", "",
        "county_department", 2025, "narrative", "", "prose",
        "M06 no title; '2025年年度X…' the first subject after the year's 年 printed twice (read as 年度X until "
        "round 82's guard, as 82d03); P08 none received (read)")
d.add("本报告按照《条例》和省、市关于年度报告编写工作的通知编制。\n一、总体情况\n(一)主动公开\n"
      "2025年年度桐江区统计局认真抓好政务公开,各项工作有序推进。\n(二)依申请公开\n")
d.prose("2025年,本局未收到政府信息公开申请。\n", applications_received=0)

d = new("r512_on_request_items_after_bare_qizhong_comma_city_bureau_2021.txt", "桐州市林业局", "", "", "",
        "city_department", 2021, "narrative", "", "prose",
        "M00 plain title (read); P02 '全年主动发布信息N条,其中,…文件a件、依申请公开b件' the items published, their "
        "parts after 其中 and a comma (b no request count; read as the requests until round 82's guard, as 82a14); "
        "P01 the total (read); T15")
d.add("桐州市林业局2021年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("全年主动发布信息305条,其中,主动公开部门文件28件、依申请公开12件。\n", proactive_disclosed=305)

# r513-r515 after round 84 (study84): a civil-defence office named only in its contact, with 不向申请人收取…费用 (84c01,
# 84c02); a list item's date and a site's 导出word button glued before the title, and 全年无涉及…申请情况 (84d02,
# 84c11); the kinds' list ending 等需要公开的政府信息 before the total (84d11).
d = new("r513_office_body_only_in_contact_no_fee_buxiang_city_office_2016.txt", "桐州市人民防空办公室", "", "", "",
        "city_department", 2016, "narrative", "", "prose",
        "M06 no title; '请与X市人民防空办公室联系' the only name (the body's own 办公室; unread until round 84's change, as "
        "84c01); P01 the year's count (read); P10 '不向申请人收取任何费用' (read since round 84's change, as 84c02)")
d.add("本报告按照《条例》和市政府信息公开年报制度编写。如对报告有疑问,请与桐州市人民防空办公室联系(地址:桐州市"
      "滨河路16号)。\n一、工作概述\n")
d.prose("2016年,我办主动公开政府信息74条。\n", proactive_disclosed=74)
d.add("二、依申请公开\n")
d.prose("受理申请时,我办不向申请人收取任何费用。\n", fees_10k_yuan=0)

d = new("r514_list_item_date_export_word_button_before_title_prefecture_commission_2021.txt", "桐南州文化旅游委员会",
        "", "", "", "city_department", 2021, "narrative", "", "prose",
        "M03 '  • yyyy-mm-dd导出word<name>yyyy年…报告' a list item's date and a button's word glued before the title "
        "(read as the name with them until round 84's guard, as 84d02), the title printed again below; P08 '全年无涉及"
        "政府信息公开申请情况' (read since round 84's change, as 84c11)")
d.add("文化旅游委员会\n\n  • 2022-01-26导出word桐南州文化旅游委员会2021年政府信息公开工作年度报告\n\n"
      "    桐南州文化旅游委员会2021年政府信息公开工作年度报告\n\n    本报告按照《条例》编写。\n一、总体情况\n")
d.prose("全年无涉及政府信息公开申请情况。\n", applications_received=0)

d = new("r515_kinds_list_xuyao_gongkai_total_with_channel_brackets_city_bureau_2019.txt", "桐州市粮食和物资储备局",
        "", "", "", "city_department", 2019, "narrative", "", "prose",
        "M00 plain title (read); P02 '主动公开A、B…等需要公开的政府信息共计N条(其中门户网站a条、微信公众号b条)' the total "
        "with its channels in brackets (read since round 84's change, as 84d11); T15")
d.add("桐州市粮食和物资储备局2019年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2019年,依托局门户网站和微信公众号,主动公开机构职能、工作动态、储备政策、部门预算等需要公开的政府信息合计"
        "163条(其中门户网站121条、微信公众号42条)。\n", proactive_disclosed=163)

# r516-r518 after round 85 (study85): a trail printed a step a line (85a09), reviews counted to a date before the
# year's end in a justice bureau's legal work (85d08), and 依申请公开新受理N件 (85a02).
d = new("r516_trail_step_a_line_year_step_over_column_city_2023.txt", "桐州市政府", "", "", "", "city", 2023,
        "narrative", "", "prose",
        "M01 a trail printed a step a line, '> 2023年' over '> 市政府信息公开工作年度报告' (the two steps joined as a split "
        "title until round 85's guard, as 85a09, the name read as '> 市'); M04 the index block's 发文机关 (read); P01 "
        "(read); T15")
d.add("当前位置:\n首页\n> 政务公开\n> 政府信息公开年报\n> 2023年\n> 市政府信息公开工作年度报告\n"
      "索 引 号: | tz-2024-000031 | 主题分类: | 年度报告 |\n发文机关: | 桐州市政府 | 成文日期: | 2024-01-30 |\n"
      "桐州市2023年政府信息公开工作年度报告\n根据《条例》的规定,现公布本报告。\n一、总体情况\n")
d.prose("2023年,市政府主动公开政府信息共计5210条。\n", proactive_disclosed=5210)

d = new("r517_reviews_counted_to_a_date_legal_work_city_justice_bureau_2020.txt", "", "", "", "", "city_department",
        2020, "narrative", "", "prose",
        "M06 no name ('我局'); P13/P06 the bureau's legal work, '截至11月底,受理行政复议申请N件,已办结M件' (reviews it "
        "handles for the city, counted to a date: no figure; read as the year's reviews until round 85's guard, as "
        "85d08); P08 none received (read)")
d.add("一、总体情况\n2020年,我局围绕法治政府建设开展政府信息公开工作。审查拟以政府名义出台的文件64份。截至10月底,我局共受理行政"
      "复议申请43件,已办结30件,综合纠错率58%。\n二、依申请公开\n")
d.prose("2020年,我局未收到政府信息公开申请。\n", applications_received=0)

d = new("r518_on_request_newly_taken_county_office_2021.txt", "桐县人民政府办公室", "", "", "", "county", 2021,
        "narrative", "", "prose",
        "M00 plain title (read); P08 '本年度依申请公开新受理N件,办结N件' (unread until round 85's change, as 85a02); T15")
d.add("桐县人民政府办公室2021年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开政府信息情况\n")
d.prose("我办规范办理群众申请。本年度依申请公开新受理6件,均已办结。\n", applications_received=6)

# r519-r522 after round 86 (study86): the body opening the report as its announcing subject (86c04, 86c05); a
# one-line page's bracketed heading run into the subject's sentence (86c11); a split title under a column's heading
# (86a11); each unit's one staff member (86a05).
d = new("r519_body_announces_own_report_as_subject_zone_committee_2020.txt", "桐川高新区管委会", "", "", "", "county",
        2020, "narrative", "", "prose",
        "M06 no title; 'X向社会公布yyyy年度本级政府信息公开年度报告' the first sentence's subject (unread until round 86's "
        "change, as 86c04 and 86c05); P07 an approximate count (no figure); P08 none received (read)")
d.add("桐川高新区管委会现向社会发布2020年度政务公开工作报告。报告由总体情况等六个部分组成。\n一、总体情况\n"
      "2020年,高新区新增主动公开信息约900条。\n")
d.prose("全年共收到依申请公开申请0件。\n", applications_received=0)

d = new("r520_one_line_bracketed_heading_runs_into_subject_county_bureau_2025.txt", "开平市统计局", "广东省", "江门市",
        "开平市", "county_department", 2025, "narrative", "", "prose",
        "M13 the whole page on one line; M06 the name only in '(一)主动公开情况 yyyy年,X主要是通过…', the heading run into "
        "the subject's sentence (unread until round 86's change, as 86c11); P04 the one site's count (read)")
d.add("一、总体情况 本局扎实推进政务公开工作。 (一)主动公开情况 ")
d.prose("2025年,开平市统计局主要是通过本局网站主动公开政府信息58条。", proactive_disclosed=58)
d.add(" (二)依申请公开情况 ")
d.prose("本年度未收到政府信息公开申请。\n", applications_received=0)

d = new("r521_site_name_column_heading_split_title_below_district_office_2020.txt", "北京市西城区国防动员办公室",
        "北京市", "北京市", "西城区", "county_department", 2020, "narrative", "2021-01-20", "prose",
        "M03 the district government's site name, then the column's heading '政府信息公开年报', then the title split after "
        "its year, 'X办公室2020' / '政府信息公开工作年度报告' (the site's name read as the agency until round 86's change, "
        "as 86a11); M02 发布时间 (read); P08 none received (read)")
d.add("北京市西城区人民政府\n\n政府信息公开年报\n\n北京市西城区国防动员办公室2020\n\n政府信息公开工作年度报告\n\n\n"
      "发布时间:2021-01-20\n\n本报告由西城区国防动员办公室依照《条例》编写。\n")
d.prose("2020年,本办未收到政府信息公开申请。\n", applications_received=0)

d = new("r522_each_unit_has_one_staff_member_new_area_2016.txt", "桐海新区", "", "", "", "county", 2016, "narrative", "",
        "prose",
        "M08 place-only title, the government never printed (bare); P11 '各管委会、街镇均有…配备一名专兼职工作人员' each "
        "unit's one (no figure; read as 1 until round 86's guard, as 86a05); T15")
d.add("桐海新区2016年政府信息公开工作年度报告\n一、概述\n新区把公开工作列入议事日程。各委办局、各街镇均设有一名联络员,"
      "另配备一名兼职人员承担此项工作。\n")

# r523-r526 after rounds 88-90 (study88-study90): a leading group's head after 以 is no township's name (88d13); a
# government's research office named only in its compiler clause (88d14); requests by channel counted in 条 (88b15);
# an agency the text never names, placed by its district's portal (79a19, 88c09).
d = new("r523_leading_group_head_after_yi_unnamed_township_2023.txt", "", "四川省", "甘孜藏族自治州", "稻城县",
        "township", 2023, "narrative", "", "prose",
        "M06 no title, the township only 我乡; '成立了以乡党委书记为组长…的领导小组' names no township (read as one, "
        "'成立了以乡', until round 88's guard, as 88d13); M08 placed by the county government it works under (unplaced "
        "until round 88's change, as 88d13); P08, P09 none (read); T15")
d.add("一、总体情况\n(一)主动公开情况\n我乡在稻城县政务公开办的指导下,通过乡政务公开栏和村务微信群公开各类信息60余条。\n"
      "(二)依申请公开情况\n")
d.prose("2023年我乡未收到政府信息公开申请,也未发生行政复议、行政诉讼。\n", applications_received=0, review_cases=0,
        litigation_cases=0)
d.add("(三)政府信息管理情况\n成立了以乡党委书记为组长、乡长为副组长的政务公开工作领导小组,明确党政办专人负责。\n"
      "四、政府信息公开工作存在的主要问题及改进情况\n公开内容还不够丰富。\n")

d = new("r524_government_research_office_named_in_compiler_clause_city_2021.txt", "咸宁市人民政府研究室", "湖北省",
        "咸宁市", "", "city_department", 2021, "narrative", "", "prose",
        "M06 no title; the name only in '由X市人民政府研究室编制' and the contact (unread until round 88's change, 研究室 "
        "an agency's end, as 88d14); P01 the year's total (read); P08 none received (read)")
d.add("一、总体情况\n本年度报告依据《条例》要求,由咸宁市人民政府研究室编制,包括总体情况、主动公开情况等六个部分。"
      "如对本报告有疑问,请联系咸宁市人民政府研究室综合科。\n")
d.prose("1.主动公开。2021年,我室通过市政府门户网站主动公开政府信息41条。\n", proactive_disclosed=41)
d.prose("2.依申请公开。2021年,我室未收到政府信息公开申请。\n", applications_received=0)

d = new("r525_requests_by_channel_in_tiao_no_total_town_2025.txt", "清溪镇人民政府", "", "", "", "township", 2025,
        "narrative", "", "prose",
        "M01 title; P01 the year's total (read); P08 requests counted by channel in 条 with no total (the first read as "
        "the year's until round 88's guard, as 88b15: no figure); P09 none (read)")
d.add("清溪镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n")
d.prose("2025年,我镇主动公开政府信息213条,涵盖财政预决算、乡村振兴等内容。\n", proactive_disclosed=213)
d.add("(二)依申请公开\n2025年收到政府信息公开线上申请3条,线下申请1条,均已按时办结。\n")
d.prose("本年度未发生因政府信息公开引起的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)

d = new("r526_unnamed_bureau_placed_by_district_portal_2024.txt", "", "河南省", "驻马店市", "汝南县",
        "county_department", 2024, "narrative", "", "prose",
        "M06 no title, the bureau only 我局; M08 placed by the county's portal it publishes on (unplaced until round 88's "
        "change, as 79a19 and 88c09); P04 the one site's count (read); P08 none received (read)")
d.add("一、总体情况\n我局认真落实《条例》,扎实推进政务公开。\n")
d.prose("2024年,我局在汝南县人民政府门户网站主动公开政府信息37条。\n", proactive_disclosed=37)
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)

# r527-r530 after rounds 93-95 (study93-study95): a procurement site's copy masking every digit (94b07, 77b13); an
# untitled report whose first year opens a span (93b11); a site's name with the government's word and places (94d03);
# appeals counted with no verb and a request count whose unit the page left out (78b16, 85a08, 95c03; 77b14, 82b04,
# 88c08); the OGI catalogue system's count (80c03, 88d11, 94a06).
d = new("r527_masked_digits_mirror_title_year_unreadable_county_bureau_2025.txt", "南漳县自然资源局", "湖北省", "襄阳市", "南漳县",
        "county_department", "", "narrative", "", "prose",
        "M14 a procurement site's copy, every digit masked with '*', the listing's place and date line first; the title "
        "'X局****年度…' (read as 'X局****年度' until round 94's guard, as 94b07); the year unreadable (left blank, as "
        "the parser leaves it); P01 the year's count masked (no figure)")
d.add("湖北/襄阳-2026-01-27 00:00:00\n南漳县自然资源局****年度政府信息公开年度报告\n"
      "根据《条例》规定,现公布南漳县自然资源局****年度政府信息公开工作年报。数据统计期限为****年*月*日至****年**月**日。\n"
      "一、总体情况\n****年,我局全年累计公开信息***条,其中动态信息**条。\n")

d = new("r528_untitled_report_span_year_first_province_department_2021.txt", "省农机厅", "", "", "", "province_department",
        2021, "narrative", "", "prose",
        "M09 no title; the first year printed opens a span of several, '全面梳理了2016年以来…' (read as the report's "
        "year until round 93's guard, as 93b11); the report's own '2021年以来' later; M06 the agency the subject's "
        "省农机厅, its province nowhere (read); P08 none received (read)")
d.add("一、总体情况\n(一)清理规范性文件。全面梳理了2016年以来省农机厅印发的规范性文件,公布《关于公布行政规范性文件"
      "清理结果的公告》。\n")
d.add("2021年以来,省农机厅认真落实《条例》,推进决策、执行、管理、服务、结果公开。\n")
d.prose("2021年,本厅未收到政府信息公开申请。\n", applications_received=0)

d = new("r529_site_name_with_government_word_and_county_town_2025.txt", "柳坪镇人民政府", "甘肃省", "天水市",
        "张家川回族自治县", "township", 2025, "narrative", "", "prose",
        "M06 no title, the town the subject; its government printed bare once and inside a site's name after the county "
        "('通过张家川回族自治县柳坪镇人民政府网站', the county joined to the name until round 94's guard, as 94d03); M08 "
        "placed by that site; P05 two channels counted apart (no figure); P08 none received (read)")
d.add("一、总体情况\n2025年,柳坪镇坚持以公开为常态、不公开为例外。\n")
d.add("(一)主动公开。柳坪镇人民政府按照要求,通过张家川回族自治县柳坪镇人民政府网站发布信息48条,"
      "“柳坪发布”公众号发布信息130条。\n")
d.prose("(二)依申请公开。2025年,我镇未收到政府信息公开申请。\n", applications_received=0)

d = new("r530_verbless_appeals_unit_dropped_requests_system_count_street_2023.txt", "临江街道办事处", "", "", "",
        "street", 2023, "narrative", "", "prose",
        "M01 title; P04 the OGI catalogue system's count (unread until round 94's rule, as 80c03, 88d11, 94a06); P08 a "
        "request count whose unit the page left out ('共收到政府信息公开申请4,…', unread until round 94's rule, as "
        "77b14, 82b04, 88c08); P09 appeals with no verb opening their clause ('全年行政复议1件,行政诉讼0件', unread until "
        "round 95's rule, as 78b16, 85a08, 95c03)")
d.add("临江街道办事处2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n")
d.prose("2023年,我街道通过区政府信息公开目录系统主动公开政府信息86条。\n", proactive_disclosed=86)
d.add("(二)依申请公开情况\n")
d.prose("2023年我街道共收到政府信息公开申请4,均在规定期限内答复。\n", applications_received=4)
d.prose("全年行政复议1件,行政诉讼0件。\n", review_cases=1, litigation_cases=0)

# r531-r535 after rounds 100-103 (study100-study103): a title below a site menu printed one item a line (100b13); an
# untitled report whose only year is the one requests are carried into, its total's wording unread and a bracket's part
# after it (100a13, 102a22); 报告内容包括 before the year and 我局 (100c07), a column named in the clause before a count
# (103c04); information made on request among the items made or obtained (101b13); the 2021 form's outcome row counted
# in prose (102a01).
MENU = ["网站首页", "  • 无障碍", "  • |", "  • 长者模式", "  • |", "  • 繁体", "互动交流", "  • 市长信箱", "  • 在线访谈",
        "  • 征集调查", "办事服务", "  • 个人办事", "  • 法人办事", "  • 便民服务", "走进资阳", "  • 资阳概况", "  • 历史文化",
        "  • 旅游资源", "  • 投资环境", "政府信息公开", "  • 政府信息公开指南",
        "  • 政府信息公开制度", "  • 法定主动公开内容", "    • 机关简介", "    • 规划信息", "    • 统计信息",
        "    • 行政许可", "    • 行政处罚", "    • 预算/决算", "    • 收费项目", "    • 政府采购", "    • 重大项目",
        "    • 重大民生", "      • 教育信息", "      • 医疗卫生", "      • 社会保障", "      • 稳岗就业", "      • 应急管理",
        "      • 环境保护", "      • 安全生产", "      • 食品药品", "      • 征地信息", "    • 招考录用", "    • 其他信息",
        "      • 权责清单", "      • 建议提案", "      • 政府工作报告", "      • 政府债券", "  • 政府信息公开年报",
        "    • 2023", "    • 2022", "    • 2021", "    • 2020", "    • 2019", "    • 2018", "    • 2017", "  • 依申请公开",
        "  • 市政府公报", "  • 部门平台", "  • 联系我们", ""]
d = new("r531_title_below_long_site_menu_city_2020.txt", "资阳市", "四川省", "资阳市", "", "city", 2020, "narrative",
        "2021-03-29", "prose",
        "M03 a city portal's menu printed one item a line, 61 lines with its years' list and its 年报 column's heading "
        "past its 40th line, above the title (the title beyond the 40 lines looked at until round 100's window, as "
        "100b13: agency unread); M02 the date line; P01 the portal's count; P08 the requests")
d.add("\n".join(MENU) + "\n2020年资阳市政府信息公开工作年度报告\n\n发布时间:2021-03-29   信息来源:市政府办公室   【字体:大中小】\n\n")
d.add("本报告依据《条例》和上级要求编制，所列数据的统计期限为2020年1月1日至12月31日。\n一、总体情况\n")
d.prose("2020年，市政府通过门户网站主动公开政府信息2841条。\n", proactive_disclosed=2841)
d.prose("全年市政府共收到政府信息公开申请37件，均按期答复。\n", applications_received=37)

d = new("r532_untitled_commission_year_carried_into_bracket_part_2022.txt", "江门市卫生健康局", "广东省", "江门市", "",
        "city_department", "", "narrative", "", "prose",
        "M09 no title and no year of its own: the only year printed is the one requests are carried into ('余3件转2023年度"
        "办理', read as the report's until round 100's guard, as 100a13; left blank); M06 the contact names the bureau; "
        "P02 the total's wording ('集中展示本局主动公开的各项政府信息N条') read by no pattern, the bracket's part "
        "'(含政府公开信息M条)' taken for it until round 102's guard (102a22): no figure read; P08 the requests")
d.add("依据《条例》第五十条规定，编制本报告。\n一、总体情况\n")
d.add("(一)主动公开。通过局网站、公众号等载体，集中展示本局主动公开的各项政府信息1460条(含政府公开信息612条)。\n")
d.prose("(二)依申请公开。全年受理政府信息公开申请41件，办结38件，余3件转2023年度办理。\n", applications_received=41)
d.add("如对本报告有疑问，请与江门市卫生健康局办公室联系。\n")

d = new("r533_report_contents_sentence_column_count_county_bureau_2023.txt", "科尔沁右翼前旗政务服务局", "内蒙古自治区",
        "兴安盟", "科尔沁右翼前旗", "county_department", 2023, "narrative", "", "prose",
        "M06 no title; '报告内容包括2023年我局…' (read as the name '内容包括2023年我局' until round 100's guard, as "
        "100c07); the contact names the bureau; P01 the portal's count; P02 a column named in the clause before its "
        "count ('在“政务服务”栏目中，公开…N条', read as the total until round 103's guard, as 103c04)")
d.add("一、总体情况\n本年度报告按《条例》和年度报告格式要求制作，报告内容包括2023年我局政府信息公开总体情况、主动公开政府信息"
      "情况等六个部分。如对本报告有疑问，请与科尔沁右翼前旗政务服务局办公室联系(电话:0482-0000000)。\n(一)主动公开情况\n")
d.prose("2023年，我局在旗政府门户网站主动公开政府信息215条。\n", proactive_disclosed=215)
d.add("在“政务服务”栏目中，公开办事指南、事项清单等信息96条。\n")

d = new("r534_on_request_part_of_items_made_city_2012.txt", "宜兴市", "江苏省", "无锡市", "宜兴市", "county", 2012,
        "narrative", "", "prose",
        "M03 a portal's app buttons first; M01 a place-only title, the government never printed (bare); P02 the items "
        "made or obtained sorted by attribute, '(主动公开信息N条、作为依申请公开信息M条)': the proactive part read, the "
        "on-request part no request count (read as M requests until round 101's guard, as 101b13); P08 the requests "
        "received stated apart")
d.add("移动端应用\n政务微信\n政务微博\n智能问答\n宜兴市2012年政府信息公开工作年度报告\n一、概述\n")
d.prose("2012年制作、获取的政府信息2310条(主动公开信息2296条、作为依申请公开信息14条)。\n", proactive_disclosed=2296)
d.prose("全年共受理政府信息公开申请9件，均按时答复。\n", applications_received=9)

d = new("r535_outcome_row_requests_in_prose_county_bureau_2025.txt", "长沙县城市管理和综合执法局", "湖南省", "长沙市",
        "长沙县", "county_department", 2025, "narrative", "", "prose",
        "M01 title; P01 the portal's count; P08 the 2021 form's outcome row in prose, '收到不予处理的信访举报投诉类申请0条', "
        "no count of requests received (read as 0 received until round 102's guard, as 102a01); P01 an approximate "
        "count (余: no figure)")
d.add("长沙县城市管理和综合执法局2025年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(一)主动公开。2025年，我局在县政府门户网站主动公开政府信息126条。\n", proactive_disclosed=126)
d.add("全年累计公开工作动态、通知公告、政策文件等各类信息200余条。\n")
d.add("(二)依申请公开。依法依规办理政府信息公开申请。收到不予处理的信访举报投诉类申请0条。\n")

# r536-r537 after round 106 (study106): one county's template (106b07, 106b08, 106b10) stating a total with a bracket of
# what it leaves out, naming a platform, then the channels' shares, and both appeals as procedures entered with one zero
# (as the pages behind r138 and r298); a town's contact address on a street named for its government (106b08).
d = new("r536_total_excluding_platforms_then_shares_town_2023.txt", "合江县白沙镇", "四川省", "泸州市", "合江县",
        "township", 2023, "narrative", "", "prose",
        "M01 a place-only title with its county, the government never printed (as printed); P05 a total with a bracket "
        "of what it leaves out ('(不含…等专业平台发布的数据)', whose 平台 was read as the total's own channel, one among "
        "the shares after it, until round 106's rule), the portal's and the new media's shares; P08 none received, none "
        "carried over; P09 both procedures' one zero ('进入行政复议程序和行政诉讼程序均为0件', unread until round 106)")
d.add("合江县白沙镇2023年政府信息公开工作年度报告\n根据《条例》编制本报告。\n一、总体情况\n(一)主动公开政府信息情况。\n")
d.prose("1.信息发布情况。2023年，累计公开政府信息436条(不含政务服务、公共资源交易等专业平台发布的数据)。"
        "从公开渠道来看，政府网站公开信息118条，占比27%；政务新媒体公开信息318条，占比73%。\n", proactive_disclosed=436)
d.add("(二)依申请公开情况。\n")
d.prose("2023年，新受理政府信息公开申请0件，上年转结政府信息公开申请0件，进入行政复议程序和行政诉讼程序均为0件。\n",
        applications_received=0, applications_carried_over=0, review_cases=0, litigation_cases=0)

d = new("r537_contact_address_government_street_town_2021.txt", "石桥镇", "", "", "", "township", 2021, "narrative", "",
        "prose",
        "M01 a place-only title, the government never printed (bare: the contact's address '石桥镇政府街8号' names a "
        "street, read as 石桥镇政府 until round 106's guard, as 106b08); P01 the portal's count")
d.add("石桥镇2021年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2021年，我镇通过县政府门户网站主动公开政府信息87条。\n", proactive_disclosed=87)
d.add("如对本报告有疑问，请与石桥镇党政办联系。地址：石桥镇政府街8号；邮编：000000。\n")

# r538-r540 after rounds 106-107 (study106, study107): an undated report whose only year ends a plan's span (106d11); a
# town's count in the portal's column named in quotes (95c06, 107b07); the appeals listed after the requests' count in
# one clause (107b04).
d = new("r538_undated_plan_span_year_province_office_nd.txt", "省扶贫办", "", "", "", "province_department", "",
        "narrative", "", "prose",
        "M09 no title and no year of its own: the only year printed ends a plan's span ('《…规划(2011-2020年)》', read "
        "as the report's year until round 106's guard, as 106d11; left blank); M06 the agency named in the prose and "
        "the contact line; P08 the requests")
d.add("一、概述\n一年来，省扶贫办围绕《某某片区区域发展与扶贫攻坚规划(2011-2020年)》，公开片区规划实施的有关信息。\n")
d.prose("全年受理政府信息公开申请6件，均按期答复。\n", applications_received=6)
d.add("如对本报告有疑问，请与省扶贫办综合处联系。\n")

d = new("r539_quoted_own_column_count_town_2023.txt", "平凯镇", "", "", "", "township", 2023, "narrative", "", "prose",
        "M01 a place-only title, the government never printed (bare); P04 the agency's own column named in quotes on its "
        "county's portal ('“政府信息公开”栏目主动公开政府信息N条', taken for a column's subset until round 107's rule, "
        "as 95c06 and 107b07); P08 none received")
d.add("平凯镇2023年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开情况\n")
d.prose("2023年，通过县政府网站平凯“政府信息公开”栏目主动公开政府信息142条。\n", proactive_disclosed=142)
d.add("(二)依申请公开情况\n")
d.prose("2023年，我镇未收到政府信息公开申请。\n", applications_received=0)

d = new("r540_requests_then_appeals_listed_town_2025.txt", "溪口镇", "", "", "", "township", 2025, "narrative", "",
        "prose",
        "M01 a place-only title (bare); P01 the portal's count; P08/P09 the requests' count with the appeals listed after "
        "it in one clause ('共接到依申请公开办件N件、行政复议M件、行政诉讼K件': the requests dropped for the appeals "
        "after them until round 107's guard, as 107b04)")
d.add("溪口镇2025年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(一)主动公开情况\n2025年，我镇在县政府门户网站主动公开政府信息64条。\n", proactive_disclosed=64)
d.add("(二)依申请公开情况\n")
d.prose("2025年，共接到依申请公开办件3件、行政复议1件、行政诉讼0件。\n", applications_received=3, review_cases=1,
        litigation_cases=0)

# r541-r545 after rounds 106 and 108 (study106, study108): a street office's census of its people by kind (106d07); an
# appeal named in an outcome's bracket (108c08); the 2008 form's staff rows restated in prose (108a12); a county office
# named only as the subject of 制定了…报告 (108b09); a mirror's domain glued before the place in the sentence announcing the
# report (108c01, 100d13).
d = new("r541_street_census_of_its_people_no_staff_2020.txt", "青松街道办事处", "", "", "", "street", 2020, "narrative",
        "", "prose",
        "M01 title; M06 the office the first sentence's subject too; P13 the office's census of its people by kind "
        "('全办干部职工N人，其中：…社区专职人员M人', read as M OGI staff until round 108's guard, as 106d07): no staff "
        "figure; P01 the portal's count")
d.add("青松街道办事处2020年政府信息公开工作年度报告\n青松街道办事处地处县城东部，辖6个村3个社区。全办干部职工126人，其中：正式职工80名，临时工21名，社区专职人员12人，"
      "退休干部13名。\n一、总体情况\n")
d.prose("2020年，我办在县政府门户网站主动公开政府信息58条。\n", proactive_disclosed=58)

d = new("r542_appeal_in_outcome_bracket_district_bureau_2020.txt", "某某区发展和改革局", "", "", "", "county_department",
        2020, "narrative", "", "prose",
        "M01 title; P08 the requests received and their outcomes, the first with an appeal named in its bracket "
        "('同意公开答复N件(含1件行政复议结果维持)', unread until round 108's guard, as 108c08); P09 none reviewed "
        "otherwise stated")
d.add("某某区发展和改革局2020年度政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2020年度，我局共接到政府信息公开申请9件。\n", applications_received=9)
d.prose("在办理结果方面，同意公开答复5件（含1件行政复议结果维持），不予公开1件，申请信息经查询不存在3件。\n",
        applications_granted=5, applications_denied=1)

d = new("r543_staff_total_of_2008_rows_in_prose_city_2010.txt", "东江市人民政府", "", "", "", "city", 2010,
        "narrative", "", "prose",
        "M01 title; P11 the 2008 form's staff rows restated in prose ('专职人员总数N人，其中，全职人员数a人，兼职人员数b人', "
        "summed as N+b until round 108's guard, as 108a12): the total; P08 the requests")
d.add("东江市人民政府2010年政府信息公开工作年度报告\n一、概述\n")
d.prose("本年度受理政府信息公开申请14件，均按期答复。\n", applications_received=14)
d.prose("本年度政府信息公开专职人员总数57人，其中，全职人员数9人，兼职人员数48人。\n", staff=57)

d = new("r544_office_compiled_report_zhiding_county_2020.txt", "平川县政府办公室", "", "", "", "county", 2020,
        "narrative", "", "prose",
        "M06 no title; the office named only as the subject of '制定了2020年度政府信息公开工作报告' (unread until round "
        "108's rule, as 108b09); P01 a count through the province's OGI system")
d.add("根据《条例》及省市有关规定，平川县政府办公室制定了2020年度政府信息公开工作报告，所列数据的统计期限自2020年1月1日起至"
      "2020年12月31日止。\n一、总体情况\n")
d.prose("2020年，本办依托省政府信息公开系统主动公开政府信息1207条。\n", proactive_disclosed=1207)

d = new("r545_mirror_domain_before_announced_town_2017.txt", "白岭镇政府", "", "", "", "township", 2017, "narrative", "",
        "prose",
        "M14 a mirror's domain glued before the place in the sentence announcing the report ('现公布example.com白岭镇2017年"
        "…报告', no agency read until round 108's rule, as 108c01), and in the contact's address; P11 one part-time "
        "worker")
d.add("根据《条例》要求，现公布example.com白岭镇2017年政府信息公开工作年度报告。本年报由概述、主动公开等部分组成。\n一、基本概况\n")
d.prose("由于人事变动，及时调整了领导小组，配备1名兼职工作人员。\n", staff=1)
d.add("如对本年报有疑问，请与本单位联系，地址：example.com白岭镇政府党政办。\n")

# r546-r547 after round 109 (study109): a count whose bracket says it takes in earlier years (109c14); a contact line
# with the verb first and the OGI leading group's office after the name (109b01).
d = new("r546_count_bracket_takes_in_earlier_years_city_bureau_2011.txt", "某某市城市管理行政执法局", "", "", "",
        "city_department", 2011, "narrative", "", "prose",
        "M01 title; P06 the year's count with a bracket saying it takes in every year since 2008 ('N条(此数含2008年以来"
        "所有主动公开信息数)', read as the year's until round 109's guard, as 109c14): no figure; P08 none received")
d.add("某某市城市管理行政执法局2011年政府信息公开工作年度报告\n一、概述\n")
d.add("本局2011年度共主动公开政府信息386条（此数含2008年以来所有主动公开信息数），主动公开信息全文电子化率达100%。\n")
d.prose("2011年，本局未收到政府信息公开申请。\n", applications_received=0)

d = new("r547_contact_verb_first_leading_group_office_county_bureau_2013.txt", "安岳县气象局", "四川省", "资阳市", "安岳县",
        "county_department", 2013, "narrative", "", "prose",
        "M06 no title, the opening says only 本局; the contact with the verb first and the OGI leading group's office "
        "after the name ('请联系:X局信息公开领导小组办公室(地址:…)', unread until round 109's rule, as 109b01); P11 one "
        "person named to the work")
d.add("根据《条例》要求，特向社会公布2013年度本局信息公开年度报告。报告所列数据的统计期限自2013年1月1日起至2013年12月31日止。"
      "如对本报告有任何疑问，请联系：安岳县气象局信息公开领导小组办公室（地址：某某路1号）。\n一、概述\n")
d.prose("2013年，本局指定1名工作人员具体负责政府信息公开工作。\n", staff=1)

# r548 after round 112 (study112): a quoted account's count with 主动 before its verb, among a county's portal, WeChat
# and Weibo counts (112b01).
d = new("r548_quoted_account_active_verb_among_channels_county_2019.txt", "某某县人民政府", "", "", "", "county", 2019,
        "narrative", "", "prose",
        "M06 no title, the agency in the opening sentence; P05 a portal's count, then a WeChat account's, a quoted "
        "account's with 主动 before its verb ('在“看某某”主动发布信息N条', read as the year's total until round 112's "
        "rule, as 112b01) and a Weibo account's: no total, no figure; P08 received")
d.add("根据《条例》要求，现公布某某县人民政府2019年政府信息公开工作年度报告。\n一、总体情况\n")
d.add("（一）主动公开。2019年，通过县政府门户网站发布信息8302条，其中政务动态信息3120条。在“某某发布”微信公众号发布"
      "信息214条；在“看某某”主动发布信息530条；在“某某微政务”新浪微博发布信息88条。\n")
d.prose("（二）依申请公开。2019年共收到政府信息公开申请6件，均按时答复。\n", applications_received=6)

# r549-r551 after round 113 (study113): a list of what was disclosed closed by the agency's field (113b14, 78d03, 78d14);
# none carried on to the next year (113c02); outcomes in a bracket after one kind of applicant's count (113b15).
d = new("r549_kinds_list_closed_by_field_district_bureau_2022.txt", "某某区城市管理局", "", "", "", "county_department",
        2022, "narrative", "", "prose",
        "M01 title; P04 the one website, its count after a list of what was disclosed naming kinds every agency publishes "
        "and closed by the bureau's field ('主动公开机构职能、…、政策文件…等城市管理领域信息总计N条', unread until round "
        "113's rule, as 113b14): the year's total; P08 received")
d.add("某某区城市管理局2022年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("（一）主动公开情况。2022年，我局依托本局网站，主动公开机构职能、工作动态、建议提案办理、政策文件、行政许可、"
        "行政处罚、公共服务事项及清单、城市公园管理单位、市政设施管养等城市管理领域信息总计518条。\n",
        proactive_disclosed=518)
d.prose("（二）依申请公开情况。2022年，我局共收到政府信息公开申请3件，均已按期答复。\n", applications_received=3)

d = new("r550_none_carried_on_is_no_zero_received_city_bureau_2022.txt", "某某市气象局", "", "", "",
        "city_department", 2022, "narrative", "", "prose",
        "M06 no title, the agency in the contact line; P08 requests handled (办理, no received count), then none carried "
        "on to the next year ('无申请件结转到下一年度', read as none received until round 113's guard, as 113c02), none "
        "carried over from last year (0); P10 no fee")
d.add("根据《条例》要求，现公布本局2022年政府信息公开工作年度报告。如对本报告有疑问，请与某某市气象局办公室联系。\n"
      "一、总体情况\n")
d.add("2022年，我局共办理依申请公开政府信息3件。")
d.prose("3件申请均为本年度受理并按时办结，无上年度结转，无申请件结转到下一年度。", applications_carried_over=0)
d.prose("办理中未向申请人收取任何费用。\n", fees_10k_yuan=0)

d = new("r551_outcomes_in_one_applicants_bracket_district_2020.txt", "某某区人民政府机关", "", "", "", "county", 2020,
        "narrative", "", "prose",
        "M01 title; P08 received and carried over, then the answers in a bracket after the natural persons' count "
        "('其中：自然人申请N件（予以公开a件，部分公开b件…）', read as the agency's until round 113's guard, as 113b15): "
        "that kind's answers, no figure")
d.add("某某区人民政府机关2020年政府信息公开工作年度报告\n（二）依申请公开方面\n")
d.prose("区政府机关依法做好依申请公开工作，全年共收到和办理依申请公开8件，上年结转1件，其中：自然人申请8件"
        "（予以公开3件，部分公开2件，本机关不掌握相关政府信息3件）。\n", applications_received=8,
        applications_carried_over=1)

# r552-r553 after round 114 (study114): units that published none (114c03); items published on request under the
# requests' heading (114b09).
d = new("r552_units_that_published_none_county_2013.txt", "某某县人民政府", "", "", "", "county", 2013, "narrative", "",
        "prose",
        "M01 title; P13 the county's check on its units ('针对单月未公开一条政府信息的单位…下发督办函', read as one item "
        "disclosed until round 114's guard, as 114c03): no figure; P08 received")
d.add("某某县人民政府2013年政府信息公开工作年度报告\n一、概述\n")
d.add("（二）加强考核。2013年，县里共印发政府信息公开月报12期。针对单月未公开一条政府信息的单位，县政府督查室及时下发"
      "督办函，共印发督办函29份。\n")
d.prose("二、依申请公开情况\n2013年，县政府共收到政府信息公开申请5件，均按期答复。\n", applications_received=5)

d = new("r553_items_published_on_request_town_2020.txt", "某某镇人民政府", "", "", "", "township", 2020, "narrative", "",
        "prose",
        "M01 title; P05 the district portal's count and the boards' counted apart, no total; under the requests' heading "
        "the items published on request counted ('在区政府网公开依申请公开信息0条', read as none received until round "
        "114's guard, as 114b09): no figure")
d.add("某某镇人民政府2020年政府信息公开工作年度报告\n一、主动公开\n主动在区政府网公开机构设置、办事程序等政府信息"
      "23条，通过政府公示公开栏主动公开财政预决算等信息180条。\n二、依申请公开\n在区政府网公开依申请公开信息0条。\n"
      "三、政府信息管理\n信息发布前由分管领导审核。\n")

# r554 after round 115 (study115): staff added and two outcomes counted together (115b03).
d = new("r554_staff_added_outcomes_together_county_2021.txt", "某某县人民政府", "", "", "", "county", 2021, "narrative", "",
        "prose",
        "M01 title; P08 received, then two of the 2008 form's outcomes counted together ('已主动公开和同意公开的N件', read "
        "as granted until round 115's guard, as 115b03): no figure; P11 staff added with the count it came to in a "
        "bracket ('增补专职工作人员1人(现有2人)', the 1 read until the same round's guard): no figure")
d.add("某某县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2021年，县政府共接到政府信息公开申请7件，", applications_received=7)
d.add("其中，已主动公开和同意公开的5件，均在法定期限内答复。\n")
d.add("二、工作机构\n根据人事变动，及时调整领导小组，领导小组办公室增补专职工作人员1人（现有2人），负责日常工作。\n")

# r555 after round 116 (study116): answers in a bracket after one subject's part (116c05).
d = new("r555_answers_in_a_subjects_bracket_town_2024.txt", "某某市某某镇", "", "", "", "township", 2024,
        "narrative", "", "prose",
        "M01 title; P08 received, then a part by subject with its answers in a bracket ('其中，涉及土地、房屋征收补偿N件"
        "(其中a件予以公开…)', the a read as granted until round 116's rule, as 116c05): the part's answers, no figure")
d.add("某某市某某镇2024年政府信息公开工作年度报告\n（二）依申请公开政府信息办理情况\n")
d.prose("2024年，收到政府信息公开申请64件，", applications_received=64)
d.add("其中，涉及土地、房屋征收补偿17件（其中6件予以公开，2件重复申请不予处理，9件经检索没有相关政府信息）。\n")

# r556-r558 after round 117 (study117): a channel named with others like it (117c05, 96d03); the form's two outcomes
# quoted and counted together (117b07); a numbered point under the forms of disclosure (117a10).
d = new("r556_portal_and_other_platforms_county_bureau_2025.txt", "某某市农业农村局", "", "", "", "county_department", 2025,
        "narrative", "", "prose",
        "M06 no title, the agency in the opening sentence; P17 the portal's column named with others like it "
        "('通过…专栏等平台，主动公开政府信息共计N条', unread until round 117's rule, as 117c05, whose numbered points "
        "count a credit platform's items too): the year's total, the points its parts; P08 received and outcomes")
d.add("一、总体情况\n2025年，某某市农业农村局围绕中心工作，持续推进政务公开。\n（一）主动公开情况\n")
d.prose("全年通过市政府门户网站“部门信息公开”专栏等平台，主动公开政府信息共计268条。\n", proactive_disclosed=268)
d.add("1.机构职能：公开机构设置、领导分工等信息6条。\n2.行政许可与处罚：在省公共信用信息平台公开许可结果信息190条；"
      "公示行政处罚31条。\n3.其他信息：发布工作动态、通知公告等信息41条。\n（二）依申请公开情况\n")
d.prose("全年共收到政府信息公开申请5件，", applications_received=5)
d.prose("其中予以公开2件，", applications_granted=2)
d.prose("部分公开1件。\n", applications_partially_granted=1)

d = new("r557_two_quoted_outcomes_together_district_2025.txt", "某某区", "", "", "", "county", 2025, "narrative",
        "", "prose",
        "M01 title over two lines; P08 requests received with one carried over inside (no figure of received: the "
        "new ones alone are not printed), then two of the form's outcomes quoted and counted together ('“予以公开”及"
        "“部分公开”N件', read as partly granted until round 117's guard, as 117b07): neither")
d.add("某某区2025年\n政府信息公开工作年度报告\n一、总体情况\n（二）优化依申请公开服务。")
d.prose("全年新收政府信息公开申请58件（含上年结转2件），均依法规范办理。", applications_carried_over=2)
d.add("全年办结申请55件，其中“予以公开”及“部分公开”37件，“无法提供”18件，结转下年度继续办理3件。\n")

d = new("r558_point_under_forms_of_disclosure_city_bureau_2016.txt", "某某市商务局", "", "", "", "county_department",
        2016, "narrative", "2017-03-28", "prose",
        "M02 title and date; P01 the year's count approximate (40多篇): no figure; P05 under the heading on the forms "
        "of disclosure, one form per numbered point ('1、网上公开发布政府信息数为N条', read as the year's total until "
        "round 117's guard, as 117a10): one form's, no figure")
d.add("某某市商务局2016年度政府信息公开年度报告\n\n发布日期：2017-03-28\n\n二、主动公开政府信息情况\n\n"
      "（一）公开的数量\n\n2016年度主动公开信息的数量为30多篇。\n\n（二）公开的内容\n\n规范性文件类信息数0篇；"
      "统计数据信息20多篇。\n\n（三）公开的形式\n\n1、网上公开发布政府信息数为18条。\n\n2、通过政府公报、"
      "公开栏等形式公开。\n")

# r559 after round 118 (study118): a count to date with the year's new items apart in a bracket (118d06).
d = new("r559_to_date_with_years_new_apart_street_2025.txt", "某某街道办事处", "", "", "", "street", 2025, "narrative", "",
        "prose",
        "M01 title; P06 the year leads a 累计 count whose bracket gives the year's new items apart ('2025年，X街道累计公开"
        "信息N条（2025年新增M条）', the N read as the year's total until round 118's guard, as 118d06): no figure "
        "(the bracketed count is left to a reader); P08 received")
d.add("某某街道办事处2025年度政府信息公开工作报告\n（一）政府信息主动公开情况\n")
d.add("2025年，某某街道累计公开信息6120条（2025年新增305条），在已公开信息中，新闻动态类信息累计3980条（2025年新增"
      "141条），其他信息累计2140条（2025年新增164条）。\n（二）依申请公开情况\n")
d.prose("2025年，我街道新收政府信息公开申请12宗，均已按期答复。\n", applications_received=12)

# r560-r563 after round 119 (study119): a bureau's 局办公室 after its name (119a02); the offline means counted beside the
# site (119b04); a kind named with its disclosure in a list of counts (119b05); a total whose parts are the units' own
# disclosures (119b12).
d = new("r560_bureau_office_after_its_name_city_bureau_2008.txt", "某某市地震局", "", "", "", "city_department", 2008,
        "narrative", "", "prose",
        "M05 breadcrumb naming the bureau; M06 the contact line '可与X局局办公室联系' (read as 'X局局' until round 119's "
        "guard, as 119a02): the bureau; P01 the year's count")
d.add("某某市政府信息公开专栏 >> 某某市地震局 >> 信息公开年度报告\n\n      本年度报告依据市政府办公厅通知要求编制。"
      "如对本报告有任何疑问，可与某某市地震局局办公室联系。\n一、概述\n")
d.prose("2008年，我局共主动公开政府信息46条。\n", proactive_disclosed=46)

d = new("r561_site_and_offline_means_town_2022.txt", "某某区某某镇人民政府", "", "", "", "township", 2022, "narrative", "",
        "prose",
        "M01 title; P05 the site's count, then boards and broadcasts counted together ('通过…公开栏、…广播等平台主动公开"
        "政府信息N条', the site's count read as the year's until round 119's guard, as 119b04): two channels, no total; "
        "P08 none received")
d.add("某某区某某镇人民政府2022年政府信息公开工作年度报告\n（一）主动公开情况\n\n2022年我镇通过区政府网站、镇专属网页"
      "主动公开政务信息共计41条，其中政策文件6条、机关简介2条。\n\n通过镇政府政务公开栏、村村通广播等平台主动公开政府信息"
      "128条，通过公开信箱、政务服务热线回应解读96条。\n（二）依申请公开情况\n")
d.prose("2022年，我镇未收到依申请公开事项。\n", applications_received=0)

d = new("r562_kind_named_with_disclosure_in_a_list_town_2022.txt", "某某镇人民政府", "", "", "", "township", 2022, "narrative",
        "", "prose",
        "M01 title; P02 a list of kinds each counted with no total, one of them named '基层政务公开信息N条' (read as the "
        "year's total until round 119's guard, as 119b05): no figure; P08 none received")
d.add("某某镇人民政府2022年政府信息公开工作年度报告\n（一）主动公开。全年依托区政府网站主动公开政府信息公开工作年度报告1条，"
      "政府信息公开指南1条，基层政务公开信息31条，其中社会救助12条、涉农补贴5条；法定主动公开信息14条，其中政策文件6条。\n")
d.prose("（二）依申请公开。2022年，我镇未收到政府信息公开申请。\n", applications_received=0)

d = new("r563_total_of_the_units_own_disclosures_district_2022.txt", "某某区人民政府", "", "", "", "county", 2022,
        "narrative", "", "prose",
        "M01 title; P12 a total whose parts after 其中 are the departments' and the towns' own disclosures ('部门信息公开a条、"
        "镇街信息公开b条', read as the government's until round 119's guard, as 119b12) in a report not compiled from "
        "every unit: the district's, no figure; P08 received")
d.add("某某区人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况。全年共发布信息98210条，其中门户网站"
      "政务动态类信息10230条、政策文件类信息2410条；部门信息公开46100条、镇街信息公开39470条；政务新媒体发布信息41200条。\n")
d.prose("（二）依申请公开情况。2022年，区政府共收到政府信息公开申请57件，均按时答复。\n", applications_received=57)

# r564-r565 after round 120 (study120): an account named only by its own name between channels' counts (120d09); requests
# with those carried over inside, worded 转结 and counted in 起 (120c09).
d = new("r564_account_between_channels_counts_street_2018.txt", "某某街道办事处", "", "", "", "street", 2018, "narrative", "",
        "prose",
        "M09 title in the 年度工作报告 order; P01 the year's count approximate (N余条): no figure; P05 the channels counted "
        "one by one, one of them an account named only by its own name ('V某某公开政府信息N条', read as the year's total "
        "until round 120's guard, as 120d09): no figure")
d.add("某某街道办事处2018年度政府信息公开工作年度报告\n一、主动公开政府信息情况\n全年主动公开政府信息数150余条。"
      "全年通过政府公报公开政府信息45条，政府网站公开政府信息9条， V某某公开政府信息66条，其他方式公开政府信息30条。\n")

d = new("r565_requests_with_carried_over_zhuanjie_town_2024.txt", "某某工业园(某某镇)", "", "", "", "township", 2024,
        "narrative", "", "prose",
        "M01 title; P08 requests received and finished with those carried over inside ('依申请公开N起(含上年度转结M起)', "
        "read as N received until round 120's guard, as 120c09): carried over M, no received figure")
d.add("某某工业园(某某镇)2024年政府信息公开工作年度报告\n（二）依申请公开\n")
d.prose("园(镇)畅通申请渠道，全年共受理办结政府信息依申请公开14起（含上年度转结2起），办结13起，结转下年度1起。\n",
        applications_carried_over=2)

# r566-r568 after round 121 (study121): a catalogue site beside the agency's site (121a03); a count listed beside a named
# channel's (121b09); administrative fees with 性 misprinted (121c02).
d = new("r566_catalogue_site_beside_own_site_city_office_2018.txt", "某某市人民防空办公室", "", "", "", "city_department",
        2018, "narrative", "", "prose",
        "M06 no title, the agency in the compiler sentence; P05 the office's site and the city's 政务公开目录网 counted "
        "apart ('在X网站公开信息a条，在市政府政务公开目录网公布信息b条', a read as the year's total until round 121's "
        "guard, as 121a03): no figure; P08 none received")
d.add("字号：大 中 小\n本报告由某某市人民防空办公室编制。\n一、概述\n")
d.add("全年在某某市人民防空办公室网站公开信息97条，在市政府政务公开目录网公布信息61条。\n")
d.prose("二、依申请公开情况\n2018年，本办未收到政府信息公开申请。\n", applications_received=0)

d = new("r567_count_beside_named_channels_count_district_commission_2020.txt", "某某区教育委员会", "", "", "",
        "county_department", 2020, "narrative", "", "prose",
        "M01 title; P05 a count listed beside a named account's count ('公开政府信息a条、微信公众号公开信息b条', a read as "
        "the year's total until round 121's guard, as 121b09): no figure; P08 none received")
d.add("某某区教育委员会2020年政府信息公开工作年度报告\n（一）主动公开\n通过多种渠道、多种方式公开信息，公开政府信息"
      "176条、微信公众号公开信息295条。\n（二）依申请公开\n")
d.prose("2020年，我委未收到政府信息公开申请。\n", applications_received=0)

d = new("r568_administrative_fees_misprinted_zone_2024.txt", "某某工业区", "", "", "", "township", 2024, "narrative", "",
        "prose",
        "M06 no title, the zone named in the prose; P02 the year's total with its parts; P10 administrative fees with "
        "性 misprinted ('无行政事业型收费', read as no OGI fee until round 121's guard, as 121c02): no fee figure")
d.add("一、总体情况 2024年某某工业区的政府信息公开主要开展了以下几方面的工作：（一）主动公开工作方面 ")
d.prose("1.政策文件。本年度主动公开政府信息共215条，其中：公文类信息6条，财政信息71条。", proactive_disclosed=215)
d.add("2.行政事业性收费。无行政事业型收费。\n")

# r569-r572 after round 123 (study123): a leader put in charge (123b05); the request desk's one person (123a07); a kind's
# count worded 财政公开信息 in a list (123b01); a mirror's (文档) label before the title (123d01).
d = new("r569_leader_in_charge_city_bureau_2019.txt", "某某市经济合作局", "", "", "", "city_department", 2019, "narrative",
        "", "prose",
        "M01 title; P11 a leader put in charge ('明确1名领导干部负责政务公开工作', read as the staff until round 123's "
        "guard, as 123b05): no staff figure; P08 none received")
d.add("某某市经济合作局2019年政府信息公开工作年度报告\n一、总体情况\n局党组把政府信息公开工作列入议事日程，健全工作领导小组，"
      "明确1名领导干部负责政务公开工作，并将责任落实到科室。\n")
d.prose("2019年，我局未收到政府信息公开申请。\n", applications_received=0)

d = new("r570_request_desk_one_person_township_2025.txt", "某某乡", "", "", "", "township", 2025, "narrative", "", "prose",
        "M08 a place-only title; P11 the one person at the request desk ('指定…1名工作人员专职负责依申请公开工作', read as "
        "the staff until round 123's guard, as 123a07): no staff figure; P08 none received")
d.add("某某乡2025年度政府信息公开工作年度报告\n（二）依申请公开\n为规范依申请公开工作，我乡明确了受理、登记、审核、答复等流程，"
      "指定乡党政办公室1名工作人员专职负责依申请公开工作的联络与协调。")
d.prose("2025年，某某乡未收到政府信息公开申请。\n", applications_received=0)

d = new("r571_fiscal_kind_in_list_township_2021.txt", "某某镇人民政府", "", "", "", "township", 2021, "narrative", "",
        "prose",
        "M06 the government named in the contact clause; P02 kinds counted after a total whose 条 was lost ('…财政公开信息"
        "N条', read as the year's total until round 123's guard, as 123b01): no figure; P08 none received")
d.add("本报告如有疑问，请与某某镇人民政府联系。\n一、总体情况\n2021年，共计主动公开信息41政府门户网站公开乡镇动态信息9条；"
      "财政公开信息3条；基本政务公开标准目录15条；其他信息公开14条。\n")
d.prose("2021年，本镇未收到政府信息公开申请。\n", applications_received=0)

d = new("r572_document_label_before_title_county_2017.txt", "某某县人民政府", "", "", "", "county", 2017, "narrative", "",
        "prose",
        "M14 a mirror's '(文档)' before the title (read into the agency until round 123's guard, as 123d01); M07 the office "
        "on a line of its own under the title repeated; P08 requests counted")
d.add("(文档)某某县人民政府2017年政府信息公开年度报告\n\n 某某县人民政府2017年政府信息公开年度报告\n\n某某县人民政府办公室\n\n"
      "编制说明：本年度报告中所列数据的统计期限自2017年1月1日起至2017年12月31日止。\n一、概述\n")
d.prose("2017年，县政府办公室共受理政府信息公开申请6件，均按时答复。\n", applications_received=6)

# r573 after round 125 (study125): an account's edition in another language counted after the account (125d03).
d = new("r573_mongolian_edition_after_wechat_district_2023.txt", "某某区政府", "", "", "", "county", 2023, "narrative", "",
        "prose",
        "M01 title; P05 the portal's count with a column's part, then the WeChat "
        "account's and its Mongolian edition's counts ('…蒙文版发布信息共计N条', read as the year's total until round "
        "125's guard, as 125d03): no figure; P08 requests counted")
d.add("某某区政府2023年政府信息公开工作年度报告\n（一）主动公开\n2023年我区通过区政府门户网站发布信息6120条，其中“政府信息公开专栏”"
      "公开1288条。本年度政府网站总访问量达1520331次，通过政务新媒体“某某政务”微信公众号发布信息共计1170条，某某政务蒙文版发布"
      "信息共计98条。\n（二）依申请公开\n")
d.prose("2023年，区政府共收到政府信息公开申请9件，均按时答复。\n", applications_received=9)

# r574-r575 after round 127 (study127): a 2021 表二 one cell per line between lone bars, cut after its first row, the
# header and the row run together (T11: 127c10, and round 90's 90b16).
d = new("r574_bar_line_cut_after_first_row_forestry_2023.txt", "某某县林业局", "", "", "", "county_department", 2023,
        "ogi2021", "", "bar_line",
        "T05 each cell then a lone '|'; T11 cut after '规章' and its three values, the next row's label printed (read "
        "only since round 127: the header ran into the row, as 127c10); P01 the year's total with its kinds")
d.add("某某县林业局2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n")
d.prose("2023年我局共公开政府信息64条，其中机构信息2条，规划计划3条，财政信息6条，其他法定信息53条。\n",
        proactive_disclosed=64)
d.add("（二）依申请公开情况\n")
d.prose("2023年全年新收到政府信息公开申请0件。\n", applications_received=0)
lay_bar_line(d, "ogi2021", {"rules": ["0", "0", "0"], "normative_docs": ["1", "0", "4"], "penalty": ["12"]}, None)
d.cut_after("行政规范性文件")

d = new("r575_bar_line_cut_in_second_label_science_bureau_2024.txt", "某某区科学技术局", "", "", "", "county_department",
        2024, "ogi2021", "", "bar_line",
        "T05 each cell then a lone '|'; T11 cut inside the second row's label ('行政规', as 90b16), the first row read "
        "since round 127; P09 one denial over reviews and lawsuits")
d.add("某某区科学技术局2024年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2024年，我局新增主动公开政府信息37条，其中政策法规类5条，业务工作类32条。\n", proactive_disclosed=37)
d.prose("全年无政府信息公开方面的行政复议和行政诉讼。\n", review_cases=0, litigation_cases=0)
lay_bar_line(d, "ogi2021", {"rules": ["0", "0", "0"], "normative_docs": ["0", "0", "0"], "penalty": ["3"]}, None)
d.cut_after("行政规")

# r576 after round 127 (study127): a city bureau's branch named for one of its counties is that county's body (M00: 80b02,
# 89d05, 113a04, 127d06).
d = new("r576_city_bureau_branch_in_a_banner_2023.txt", "呼伦贝尔市生态环境局鄂温克族自治旗分局", "内蒙古自治区", "呼伦贝尔市",
        "鄂温克族自治旗", "county_department", 2023, "narrative", "2024-01-19", "prose",
        "M01 a trail naming the branch; M00 the branch of a city bureau named for a banner, placed in the banner (its "
        "county read only since round 127, as 127d06, before it the city's level); M02 date and source line; P01 the "
        "year's total; T15 the table beyond the excerpt")
d.add("当前位置：首页 > 政务公开 > 呼伦贝尔市生态环境局鄂温克族自治旗分局 > 年度报告\n"
      "呼伦贝尔市生态环境局鄂温克族自治旗分局2023年政府信息公开工作年度报告\n"
      "发布时间：2024-01-19 来源：呼伦贝尔市生态环境局鄂温克族自治旗分局\n\n一、总体情况\n")
d.prose("2023年，我分局在旗人民政府网站公开政府信息共计58条，其中环境质量信息12条，行政执法信息9条，其他信息37条。\n",
        proactive_disclosed=58)
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)
d.add("二、主动公开政府信息情况\n")

# r577 after round 128 (study128): a town's grid workers counted by kind are no OGI staff (128a08; a guard).
d = new("r577_grid_workers_by_kind_town_2021.txt", "某某镇人民政府", "", "", "", "township", 2021, "narrative", "",
        "prose",
        "M00; P13 the town's people counted in its overview, its grid workers by kind ('专职网格员N名，兼职网格员M名', "
        "read as staff N+M until round 128's guard, as 128a08): no figure; P01 the year's total")
d.add("某某镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n"
      "某某镇是县城所在地，辖6个社区，机关管理人员19人，专职网格员75名，兼职网格员230名。\n")
d.prose("2021年，我镇通过县政府网站和镇微信公众号发布各类政府信息共64条。\n", proactive_disclosed=64)
d.prose("全年未收到政府信息公开申请。\n", applications_received=0)

# r578 after round 130 (study130): a city government's paragraph on the whole city's requests counted as handled, then
# their outcomes and appeals (P12: 130d05; the area's outcomes after its received count were read so since rounds 21/32).
d = new("r578_city_requests_handled_then_outcomes_2023.txt", "某某市人民政府", "", "", "", "city", 2023, "narrative", "",
        "prose",
        "M00; P01 the city government's own portal count; P12 the whole city's requests counted as handled ('全市各级行政"
        "机关共办理…依申请公开件N宗，其中，新收到M宗'), then by applicant, then outcomes and appeals in the same paragraph, "
        "all the city's (read as the government's until round 130's change, as 130d05): no figure")
d.add("某某市人民政府2023年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开方面。\n")
d.prose("2023年，市政府门户网站主动公开政府信息4312条。\n", proactive_disclosed=4312)
d.add("（二）依申请公开方面。依法依规做好依申请公开工作。2023年，全市各级行政机关共办理政府信息依申请公开件412宗，"
      "其中，新收到389宗，上年结转23宗。自然人申请件377宗，法人或其他组织申请件12宗，当年办结395宗。予以公开151宗，"
      "部分公开22件，不予公开31宗。政府信息公开类行政复议46宗，行政诉讼9宗。\n")

# r579 after round 131 (study131): items sent up to the region for it to publish, counted with the noun 政务公开信息 (P16:
# 131d03's city, read as its total until round 131's guard).
d = new("r579_items_sent_up_to_the_region_city_2011.txt", "某某市", "", "", "", "county", 2011, "narrative", "",
        "prose",
        "M08 a place-only title; P16 '向自治区报送政务公开信息N条', items sent up for another body to publish (read as "
        "the year's total until round 131's guard, as 131d03): no figure; P08 no requests")
d.add("某某市2011年政府信息公开工作年度报告\n一、概述\n2011年，我市围绕群众关心的热点问题，及时公开惠民政策、财政预算等信息。"
      "向自治区报送政务公开信息57条。\n二、依申请公开情况\n")
d.prose("2011年，我市未收到政府信息公开申请。\n", applications_received=0)

# r580 after round 132 (study132): 收到申请公开信息要求N件, round 17's wording with 的 left out (P08: 132b04's town).
d = new("r580_request_demands_without_de_town_2021.txt", "某某镇人民政府", "", "", "", "township", 2021, "narrative", "",
        "prose",
        "M00; P01 the year's total; P08 '收到申请公开信息要求0件' (的 left out of round 17's '…的要求N件'; missed until round "
        "132's wording, as 132b04), then 同意公开数0件")
d.add("某某镇人民政府2021年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开方面\n")
d.prose("2021年，我镇在区人民政府网站信息公开专栏公开各类信息41条。\n", proactive_disclosed=41)
d.add("（二）依申请公开方面\n")
d.prose("2021年度我镇收到申请公开信息要求0件，", applications_received=0)
d.prose("同意公开数0件。\n", applications_granted=0)

# r581 after round 132 (study132): a whole city's count parted by level after 其中, its 市本级 part a tier of the area, not
# the government speaking (P12: 132d11's city; a guard).
d = new("r581_city_count_parted_by_level_2020.txt", "某某市", "", "", "", "city", 2020, "narrative", "", "prose",
        "M08 a quoted place-only title in the preamble; P12 '全市各级行政机关…N万条，其中，市本级…a万条，区县…b万条' (the "
        "市本级 part read as the year's total until round 132's guard, as 132d11): no figure")
d.add("根据《中华人民共和国政府信息公开条例》规定，发布《某某市2020年政府信息公开工作年度报告》。\n"
      "2020年，全市各级行政机关依法主动公开政府信息96万条，其中，市本级公开政府信息31.5万条，区县公开政府信息64.5万条。\n"
      "一、推进政务公开\n")

# r582 after round 132 (study132): an untitled zone's report, a sentence opened by the bare kind 特区 and a contact that is
# the IT centre running its site (M06 guards: 132c07).
d = new("r582_bare_kind_special_zone_it_centre_contact_2024.txt", "某某山特区", "", "", "", "county", 2024, "narrative", "",
        "prose",
        "M06 no title; a contact that is the zone's IT centre (read as the agency until round 132's guard) and a sentence "
        "opened by the bare kind 特区 (read as the agency before it), the subject printing the place names it (as "
        "132c07); P08 the year's requests; P17 a portal count beside WeChat used without a count (no figure)")
d.add("本报告所列数据统计时限自2024年1月1日起至2024年12月31日止。如对本年度报告有疑问，请与某某山信息技术中心联系，"
      "电话：0000-1234567。\n一、总体情况\n2024年，某某山继续推进政务公开工作，紧扣某某山特区发展实际。\n"
      "（一）政府信息主动公开情况。\n某某山特区持续强化政府网站与政务新媒体工作，2024年管委会官网累计发布政务信息1311条，"
      "同时用好微信公众号平台。\n（二）政府信息依申请公开情况\n")
d.prose("2024年，特区通过各种渠道累计受理政府信息依申请公开申请2件，截至目前已办结2件。\n", applications_received=2)

# r583 after round 134 (study134): the agency speaking of itself as the compiler (M06 guard: 134a03's street, 134a09's
# district).
d = new("r583_self_reference_compiler_street_2017.txt", "某华门街道办事处", "", "", "", "street", 2017, "narrative", "",
        "prose",
        "M06 no title; '由我街道政务公开工作领导小组负责编写' (read as the agency 我街道 until round 134's guard, as 134a03), "
        "the subject's name then read; P01 the year's total")
d.add("本年度报告是根据《中华人民共和国政府信息公开条例》要求，由我街道政务公开工作领导小组负责编写。本报告中所列数据的统计"
      "期限自2017年1月1日起至2017年12月31日止。\n一、组织管理情况\n某华门街道信息公开工作由办事处办公室负责。\n"
      "二、主动公开政府信息情况\n")
d.prose("某华门街道办事处2017年共主动公开政府信息214条。\n", proactive_disclosed=214)

# r584 after round 134 (study134): a street's 党政和人大办公室 as its contact (M06 wording: 134b07, 134b08).
d = new("r584_street_party_government_congress_office_contact_2025.txt", "某州市某楼区南某街街道", "", "", "", "street",
        2025, "narrative", "", "prose",
        "M06 no title; the contact '请与X街道党政和人大办公室联系' (read as no agency until round 134's wording, as "
        "134b07); P08 requests; P09 none")
d.add("本报告根据新修订的《中华人民共和国政府信息公开条例》要求编制。本报告中所列数据的统计期限从2025年1月1日起至2025年12月31日"
      "止。如有任何疑问，请与某州市某楼区南某街街道党政和人大办公室联系（地址：某州市某化街1号）。现将2025年政府信息公开工作情况"
      "报告如下：\n一、总体情况\n")
d.prose("2025年，本街道办事处共收到政府信息公开申请3件，均已按时答复。\n", applications_received=3)
d.prose("全年未发生政府信息公开行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)

# r585 after round 135 (study135): a site's menu printed as a list before a province's report on a mirror (M03 guard:
# 135b11).
d = new("r585_site_menu_as_list_province_mirror_2012.txt", "", "", "", "", "province", 2012, "narrative", "", "prose",
        "M03 a news portal's menu printed as a list ('- 政策解读', '- 项目中心'; the last item read as the agency until "
        "round 135's guard, as 135b11); M06 the agency never named; P12 a report compiled from every unit, its "
        "whole-province counts its own")
d.add("- 政策解读\n- 经济发展\n- 社会发展\n- 减贫救灾\n- 项目中心\n|\n"
      "本年度报告是根据《中华人民共和国政府信息公开条例》要求，综合各市人民政府和省政府各部门、各直属机构的政府信息公开工作"
      "报告编制的。\n一、概述\n")
d.prose("2012年，全省各级行政机关共主动公开政府信息58万余条。")
d.prose("全省共受理政府信息公开申请4125件。\n", applications_received=4125)

# r586 after round 135 (study135): a city's report compiled from the units it governs, counted with no 各 (P12 wording:
# 135b09).
d = new("r586_compiled_from_units_governed_counted_city_2014.txt", "某台市人民政府", "", "", "", "city", 2014,
        "narrative", "", "prose",
        "M00; P12 '根据X市所辖N个县市区和市直M个部门和单位的…报告编制' (not taken for a compiled report until round 135's "
        "wording, as 135b09): the whole city's counts are the report's")
d.add("某台市人民政府2014年政府信息公开工作年度报告\n本报告由某台市人民政府办公室根据某台市所辖12个县市区和市直64个部门和"
      "单位的政府信息公开工作报告编制。\n一、概述\n")
d.prose("2014年度，全市主动公开信息38251条，其中市政府部门和有关单位主动公开信息9630条。\n", proactive_disclosed=38251)
d.prose("全市共受理政府信息公开申请297件。\n", applications_received=297)

# r587 after round 136 (study136): a district's OGI centre 综合协调各单位 (no compiling) and the whole district's staff
# after an earlier clause's staff word (P12 guards: 136a07).
d = new("r587_coordinating_duty_whole_district_staff_2014.txt", "某某市某义区人民政府", "", "", "", "county", 2014,
        "narrative", "", "prose",
        "M00; P12 '综合协调各单位' a duty (taken for a report compiled from every unit until round 136's guard) and "
        "'…主管领导和工作人员，目前，全区专职工作人员a名，兼职工作人员b名' (read as the staff a+b until then, as 136a07): "
        "no figure; P08 the year's requests")
d.add("某某市某义区人民政府2014年政府信息公开工作年度报告\n一、概述\n区政府信息公开管理服务中心负责组织编制政府信息公开"
      "年度工作报告，综合协调各单位对公开信息进行维护、更新。\n各相关单位均按要求落实了机构、主管领导和工作人员，目前，全区"
      "专职工作人员64名，兼职工作人员152名。\n")
d.prose("2014年，区政府共受理政府信息公开申请23件。\n", applications_received=23)

# r588 after round 137 (study137): requests handled through channels, 累计办理…通过…等途径依申请公开信息合计N件 (P08
# wording: 137b08's city bureau, as r325's round-23 city).
d = new("r588_handled_through_channels_city_bureau_2023.txt", "某城市住房和城乡建设局", "", "", "", "city_department",
        2023, "narrative", "", "prose",
        "M00; P08 '累计办理…通过…等途径依申请公开信息合计N件' (handled, read as received until round 137's wording, as "
        "137b08): no figure; P09 none")
d.add("某城市住房和城乡建设局2023年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开。今年以来，累计办理公民、"
      "法人或其他组织通过政府信息公开平台、邮寄等途径依申请公开信息合计11件，已全部按期限答复办结。\n")
d.prose("全年未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)

# r589 (thirty-third session): a county whose name starts as the agency speaking of itself does (全椒, 本溪, 全州县, 全南) as
# an untitled report's subject (M06: _named refused every subject starting with 本 or 全 until then; a bug, no page).
d = new("r589_place_starting_like_self_reference_subject_2019.txt", "全椒县人民政府", "安徽省", "滁州市", "全椒县", "county", 2019,
        "narrative", "", "prose",
        "M06 no title; '2019年全椒县人民政府认真贯彻…' (named no one until the thirty-third session: 全 was taken for 全县); "
        "P09 none")
d.add("一、概述\n2019年全椒县人民政府认真贯彻落实《条例》，推进政务公开。\n二、主动公开政府信息情况\n")
d.prose("2019年，全年未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)

# r590 after round 133 (study133): a street named X街 as an untitled report's subject (M06 wording: 133c09; eleven studied
# agencies in 滨海新区, 武汉 and 广州 are so named).
d = new("r590_street_named_jie_subject_2021.txt", "某石街", "", "", "", "street", 2021, "narrative", "", "prose",
        "M06 no title; '2021年,X街深入贯彻…' (named no one until the thirty-third session, as 133c09); P01 the year's total "
        "and its kinds")
d.add("一、总体情况\n2021年,某石街深入贯彻落实《中华人民共和国政府信息公开条例》的规定和要求，深化政府信息公开工作。\n"
      "（一）主动公开信息情况\n")
d.prose("2021年累计主动公开政府信息612条，其中政府文件类41条，政务动态类571条。\n", proactive_disclosed=612)

# r591 after round 139 (study139): the document's number glued before the title in book-title marks on a mirror (M04
# guard: 139b07).
d = new("r591_document_number_before_quoted_title_city_2015.txt", "某州市", "", "", "", "city", 2015, "narrative", "",
        "prose",
        "M14 a mirror's spam line; M04 '某政函〔2016〕7号《X市2015年…报告》' (read as the agency 某政函〔2016〕7号《X市 until "
        "round 139's guard, as 139b07), then the title again and the number on lines of their own; P09 none")
d.add("在线视频_高清资源_免费观看_精品影院\n\n某政函〔2016〕7号《某州市2015年政府信息公开工作年度报告》\n\n"
      "浏览量:          时间:2019-01-17 06:39:41\n\n某州市2015年政府信息公开工作年度报告\n\n某政函〔2016〕7号\n\n"
      "本报告中所列数据的统计时限自2015年1月1日至2015年12月31日。\n一、概述\n")
d.prose("2015年，我市未发生因政府信息公开申请提起行政复议、行政诉讼的情况。\n", review_cases=0, litigation_cases=0)

# r592 after round 139 (study139): a township's party committee and government together as an untitled report's subject
# (M06 guard: 139b10).
d = new("r592_party_committee_and_government_subject_township_2016.txt", "某龙乡", "", "", "", "township", 2016,
        "narrative", "", "prose",
        "M03 a share widget; M06 no title; '2016年X乡党委政府高度重视…' (read as the agency X乡党委政府 until round 139's "
        "guard, as 139b10), the place's report; P01 the year's total")
d.add("政策文件\n用微信扫描二维码分享至好友和朋友圈\n本年度报告根据《中华人民共和国政府信息公开条例》要求编制。本年度报告中"
      "所列数据的统计期限自2016年1月1日起至12月31日止。\n一、概述\n2016年某龙乡党委政府高度重视政府信息公开工作，"
      "成立了政务公开工作领导组。\n二、主动公开政府信息情况\n")
d.prose("2016年，我乡共主动公开政府信息146条。\n", proactive_disclosed=146)

# r593 after round 139 (study139): an excerpt cut right after 政府信 in a district's report whose contact names its OGI
# leading group (M08 guard: 139b11).
d = new("r593_government_cut_at_excerpt_end_district_2015.txt", "某云区", "", "", "", "county", 2015, "narrative", "",
        "prose",
        "M06 no title; the contact 'X区政府信息公开工作领导小组办公室' gives the place; the excerpt cut after '《X区政府信' "
        "(read as the government's name, X区政府, until round 139's guard, as 139b11); no figure")
d.add("本年报根据《中华人民共和国政府信息公开条例》编制。2015年度某云区政府信息公开年度报告全文包括：概述、主动公开政府信息"
      "情况。如对本报告有疑问，请联系：某云区政府信息公开工作领导小组办公室，联系电话：0000-1234567。\n一、概述\n"
      "（一）加强组织领导。我区先后下发了《某云区2015年政府信息公开工作要点的通知》、《某云区政府信")

# r594 after round 139 (study139): the month the report came out above the report year's opening on a mirror (M09 guard:
# 139b06).
d = new("r594_month_report_came_out_city_2020.txt", "某海市", "", "", "", "city", 2020, "narrative", "", "prose",
        "M06 no title; M09 '2021年3月,报告发布。' (read as the year 2021 until round 139's guard, as 139b06) above '2020年,X市"
        "坚持…'; P02 kinds only (no total)")
d.add("报告发布\n2021年3月,报告发布。\n报告全文\n一、总体情况\n2020年,某海市坚持以人民为中心的发展理念，持续深入推进政务公开。\n"
      "（一）主动公开方面\n全年共主动公开政府规章12件，行政规范性文件554件。\n")

# r595 after round 139 (study139): the year an untitled report builds on (M09 guard: 139c02).
d = new("r595_year_report_builds_on_city_bureau_2012.txt", "", "", "", "", "city_department", 2012, "narrative", "",
        "prose",
        "M06 no title, the agency only 本局 (unnamed); M09 '在2011年工作的基础上' (read as the year 2011 until round 139's "
        "guard, as 139c02), '对2012年以来…' the year; P11 one part-time staff")
d.add("本年度报告是根据《中华人民共和国政府信息公开条例》精神，由本局政务公开领导小组办公室编制的。\n一、概述\n"
      "我局自2007底开始着手开展政府信息公开工作。在2011年工作的基础上，我们继续进行宣传，对2012年以来的政府信息进行了梳理。\n")
d.prose("局办公室专门配备了1名兼职工作人员负责信息公开工作。\n", staff=1)

# r596 after round 139 (study139): a staff count as of the previous year's end in a clause before it (P06 guard: 139a05).
d = new("r596_staff_as_of_previous_year_end_street_2010.txt", "某城街道", "", "", "", "street", 2010, "narrative", "",
        "prose",
        "M08 a place-only title; P06 '据统计，截止2009年末，全街…工作人员数2人' in a 2010 report (read as the year's staff "
        "until round 139's guard, as 139a05): no figure; P01 the year's total")
d.add("某城街道2010年政府信息公开工作年度报告\n一、概述\n（一）加强组织领导。据统计，截止2009年末，全街从事信息公开工作"
      "人员数2人，其中，专职人员1人，兼职人员1人。\n二、主动公开政府信息情况\n")
d.prose("2010年，我街道共主动公开政府信息10条。\n", proactive_disclosed=10)

# r597 after round 140 (study140): one information officer for each section (P11 guard: 140a06).
d = new("r597_one_officer_for_each_section_district_bureau_2013.txt", "某兴区统计局", "", "", "", "county_department", 2013,
        "narrative", "", "prose",
        "M00; P11 '每个部门责成一名兼职信息员' (one for each section, read as the staff 1 until round 140's guard, as 140a06): "
        "no figure; P01 the year's total")
d.add("某兴区统计局2013年政府信息公开工作年度报告\n一、概述\n领导小组下设办公室，各科室负责人为本部门政府信息公开的第一责任人。"
      "每个部门责成一名兼职信息员，具体负责政府信息的上网发布。\n二、主动公开政府信息情况\n")
d.prose("2013年，我局共主动公开政府信息87条。\n", proactive_disclosed=87)

# r598 after round 140 (study140): two channels' counts printed one after the other with their names and 分别 garbled
# on a mirror (P05 guard: 140c09; the garbling is our own words' Big5 read as GBK, after the '?!' such a page prints where a
# character was lost, which ends the sentence there).
d = new("r598_garbled_channels_counts_in_a_row_city_bureau_2025.txt", "某州市医疗保障局", "", "", "", "city_department",
        2025, "narrative", "", "prose",
        "M14 a garbled mirror; P05 the portal's count, then '…發布信息255條、63條' whose channels and 分别 the garbling took "
        "(the first read as the year's total until round 140's guard, as 140c09): no figure; P08 requests")
d.add("某州市医疗保障局2025年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n通过政府门户网站、微信公众号、抖音官方号等"
      "多渠道加强政务信息公开。全年通过门户网站公开发布各类政府信息193条；“某州医?!稬獺腹�Bл�蹈工困O发布信息255条、"
      "63条，主流媒体发布相关报道超6700篇。\n（二）依申请公开情况\n")
d.prose("全年共收到政府信息公开申请22件。\n", applications_received=22)

# r599 after round 140 (study140): an office's short name in the title, its full name on the line under it (M08 wording:
# 140b01).
d = new("r599_office_short_name_completed_under_title_2009.txt", "某某市某浦区民防办公室", "", "", "", "county_department",
        2009, "narrative", "2010-03-01", "prose",
        "M07 the title printed twice, the second split after its year; M08 the title's 'X民防办' completed by 'X民防办公室' on "
        "the line under it (the short name read until round 140's wording, as 140b01); P11 staff")
d.add("2009年某某市某浦区民防办政府信息公开工作年度报告\n无\n主动公开\n某浦区民防办公室\n2010.03.01\n2009\n"
      "年某某市某浦区民防办政府信息公开工作年度报告\n某某市某浦区民防办公室\n2010\n年2月15日\n引 言\n"
      "本年度报告根据《中华人民共和国政府信息公开条例》要求编制。\n一、概述\n")
d.prose("我办配备专职工作人员1名。\n", staff=1)

# r600 after round 141 (study141): a WeChat account named for the website, counted in the platform section (P05 guard:
# 141c08, 137c10).
d = new("r600_account_named_for_website_second_channel_district_2024.txt", "某沙市某蓉区人民政府", "", "", "", "county",
        2024, "narrative", "", "prose",
        "M00; P05 the portal's count with its kinds, then '“X区人民政府网”微信公众号发布文章N篇' (the account's name read "
        "as the website until round 141's guard, so the portal's count was taken as the year's total, as 141c08): no "
        "figure; P09 none")
d.add("某沙市某蓉区人民政府2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n2024年,我区政府门户网站共发布各类"
      "信息8421条，包括政务动态3310条、通知公告512条、预算决算218条等。\n（二）复议和诉讼\n")
d.prose("2024年,未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)
d.add("（三）平台建设\n2024年度“某蓉区人民政府网”微信公众号发布文章291篇。\n")

# r601 after round 141 (study141): requests 提交 to the agency, none and counted (P08 wording: 141b02, 134d08).
d = new("r601_requests_submitted_none_county_bureau_2017.txt", "某城市水利局", "", "", "", "county_department", 2017,
        "narrative", "", "prose",
        "M00; P08 '本年度无单位和个人对本局提交公开政府信息的申请' (missed until round 141's wording, as 141b02): none "
        "received; P09 none")
d.add("某城市水利局2017年政府信息公开工作年度报告\n一、概述\n我局认真贯彻《条例》，做好政府信息公开工作。\n"
      "三、依申请公开政府信息的情况\n")
d.prose("本年度无单位和个人对本局提交公开政府信息的申请。\n", applications_received=0)
d.prose("四、复议和诉讼情况\n本年度未发生针对本局的政府信息公开行政复议、行政诉讼案件。\n", review_cases=0, litigation_cases=0)

# r602 after round 141 (study141): requests carried over worded as 上年结转公开申请N件 (P08 wording: 141a02).
d = new("r602_carried_over_open_requests_district_commission_2025.txt", "某丽区发展和改革委员会", "", "", "",
        "county_department", 2025, "narrative", "", "prose",
        "M00; P08 '累计回复公开申请38件,其中含上年结转公开申请3件' (carried over missed until round 141's wording, as "
        "141a02); the replies no received count")
d.add("某丽区发展和改革委员会2025年政府信息公开工作年度报告\n一、总体情况\n（三）依申请公开工作情况。\n")
d.prose("2025年累计收到公民、法人依申请公开申请35件,其中网络收件23件、邮寄收件10件、来访2件。", applications_received=35)
d.prose("累计回复公开申请38件,其中含上年结转公开申请3件,全部在法定日期内做出回复。\n", applications_carried_over=3)

# r603 after round 141 (study141): a district's title with its city over the government printed after no place (M08:
# 141c07, 138a01, 133c11).
d = new("r603_district_title_with_city_printed_government_2025.txt", "某岸区人民政府", "", "", "", "county", 2025,
        "narrative", "", "prose",
        "M07 the title printed twice, the second split; M08 '2025年度X市Y区…' over 'Y区人民政府办理…' (read as the title's "
        "place until the thirty-third session, as 141c07); P08 handled requests with the carried-over ones in brackets "
        "(no received count)")
d.add("2025年度某汉市某岸区政府信息公开工作年度报告\n2025年度某汉市某岸区\n政府信息公开工作年度报告\n"
      "本报告综合各街道、各部门的政府信息公开工作年度报告编制而成。\n一、总体情况\n（二）依申请公开情况\n")
d.prose("2025年,某岸区人民政府办理458条依申请事项(含上年结转22件),相较去年上涨12.5%。\n",
        applications_carried_over=22)

# r604 after round 142 (study142): an index block whose scope field and summary field stand before an untitled-by-agency
# title (M04 guards: 142b04).
d = new("r604_index_scope_and_summary_fields_zone_2023.txt", "某港经济开发区", "", "", "", "county", 2023, "narrative",
        "2024-01-22", "prose",
        "M04 an index block printed as label-value pairs, '公开范围 面向社会' (read as the agency 面向社会 until round 142's "
        "guard) and '内容概述 2023年…报告' (read as the agency 内容概述 before that, as 142b04), the title naming no agency; "
        "M06 the subject names the zone; P09 none")
d.add("某港经济开发区\n当前位置: 首页 > 信息公开 > 政府信息公开工作年度报告\n信息索引号 01404053X/2024-00175 生成日期 2024-01-22 "
      "公开日期 2024-01-22\n公开形式 网站 公开方式 主动公开 公开范围 面向社会\n效力状况 有效 文件下载\n\n"
      "内容概述 2023年政府信息公开工作年度报告\n2023年政府信息公开工作年度报告\n\n一、总体情况\n"
      "2023年，某港经济开发区持续推进政务公开工作。\n")
d.prose("全年未发生政府信息公开行政复议、行政诉讼案件。\n", review_cases=0, litigation_cases=0)

# r605 after round 142 (study142): a zone's government printed only in its site's short name (M08 guard: 142a06, 132d08,
# r288's town).
d = new("r605_government_only_in_site_short_name_zone_2023.txt", "某和浩特经济技术开发区", "", "", "", "county", 2023,
        "narrative", "", "prose",
        "M06 no title; the zone named as the subject, its 政府 printed only in 'X政府网站' (read as X政府 until round 142's "
        "guard, as 142a06); P08 requests")
d.add("本年度报告根据《中华人民共和国政府信息公开条例》编制，报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。报告的"
      "电子版可在某和浩特经济技术开发区政府网站下载。\n一、总体情况\n2023年，某和浩特经济技术开发区持续深化政务公开。\n")
d.prose("全年共收到政府信息公开申请12件。\n", applications_received=12)

# r606 after round 142 (study142): 立足 after the year as the untitled report's subject's verb (M06 wording: 142a04), and
# two duties each with one officer (P11 guard: 142a04).
d = new("r606_standing_on_own_work_subject_each_duty_one_officer_street_2025.txt", "某外街道", "", "", "", "street", 2025, "narrative",
        "", "prose",
        "M06 no title; '2025年,X街道立足自身…实际' (named no one until round 142's wording, as 142a04); P11 '主动公开和依申请"
        "公开各由1名专职人员负责' (one for each, read as the staff 1 until round 142's guard): no figure; P01 the year's total")
d.add("依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n一、总体情况\n2025年,某外街道立足自身政府信息公开工作"
      "实际，严格对标年度政务公开工作要点要求。信息公开工作由办事处副主任牵头统筹，主动公开和依申请公开各由1名专职人员负责。\n"
      "（一）主动公开\n")
d.prose("2025年，本街道共主动公开政府信息101条。\n", proactive_disclosed=101)

# r607 after round 142 (study142): a received total whose part after a comma is carried over (P08 guard wording: 142b03).
d = new("r607_received_total_with_carried_over_part_town_2025.txt", "某泾镇人民政府", "", "", "", "township", 2025,
        "narrative", "", "prose",
        "M00; P08 '共受理依申请公开案件N件,其中上年度结转a件' (new and carried over together, read as the year's received "
        "until round 142's guard, as 142b03): carried over only")
d.add("某泾镇人民政府2025年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开情况\n")
d.prose("2025年共受理依申请公开案件304件,其中上年度结转11件,均在法定期限内答复。\n", applications_carried_over=11)

# r608 after round 143 (study143): a city's two-character short name in 结合X实际 (M06 guard: 143c09).
d = new("r608_city_short_name_own_work_untitled_2018.txt", "", "", "", "", "city", 2018, "narrative", "", "prose",
        "M06 no title; '结合X州实际' (read as the agency X州 until round 143's guard, as 143c09), the government named only "
        "after a sentence that opens with the year's copula (unnamed); P12 compiled from every unit")
d.add("本报告是根据《中华人民共和国政府信息公开条例》有关规定，在各区人民政府、开发区管委会和市直各委、办、局的2018年信息公开工作"
      "年度报告的基础上编制。\n一、概述\n2018年是改革开放40周年。\n（一）健全制度规范。结合某州实际起草了政务信息资源共享管理"
      "办法，并征求市直相关部门意见进行了修改。\n")

# r609 after round 143 (study143): a zone office compiling with its short name defined, then the short name taking a role
# (M06 wording and guard: 143c07).
d = new("r609_compiler_short_name_defined_role_taken_zone_office_2025.txt", "某州市某空经济区办公室", "", "", "",
        "county_department", 2025, "narrative", "", "prose",
        "M06 no title; 'X办公室(以下简称“区办公室”)编制本报告' (not read as the compiler until round 143's wording) and "
        "'2025年,区办公室作为…管委会…的牵头落实部门' (read as the agency 区办公室作为…管委会 until round 143's guard, as "
        "143c07); P08 requests with outcomes")
d.add("根据《中华人民共和国政府信息公开条例》和省、市、区关于政府信息公开工作的部署要求，某州市某空经济区办公室(以下简称“区办公室”)"
      "编制本报告。报告数据统计期限为2025年1月1日至2025年12月31日。\n一、总体情况\n2025年,区办公室作为某空经济区管委会政务"
      "公开工作的牵头落实部门，坚持公开为常态。\n")
d.prose("全年共受理申请38件，均在法定期限内完成答复。", applications_received=38)
d.prose("具体办理情况为：予以公开29件，部分公开3件，无法提供4件，其他处理2件。\n", applications_granted=29,
        applications_partially_granted=3)

# r610 after round 143 (study143): a zone's place-only title over its committee printed in the preamble (M08 wording:
# 143c08, 137a02).
d = new("r610_zone_place_only_title_committee_printed_2021.txt", "某州市某空经济区管理委员会", "", "", "", "county", 2021,
        "narrative", "2022-01-25", "prose",
        "M03 a welcome line; M02 a source line naming the zone; M08 a place-only title over '对X经济区管理委员会…进行报告' "
        "(read as the bare place until round 143's wording, as 143c08); P09 none")
d.add("欢迎访问某州市某空经济区网站!\n\n某州市某空经济区2021年度政府信息公开工作年度报告\n\n某空经济区\n\n"
      "来源: 某州市某空经济区     发布时间:2022-01-25\n\n    本年度报告根据《中华人民共和国政府信息公开条例》的要求，对某州市某空"
      "经济区管理委员会及其下属区直部门开展政府信息公开工作的情况进行报告。\n  一、总体情况\n")
d.prose("2021年，未发生政府信息公开行政复议、行政诉讼案件。\n", review_cases=0, litigation_cases=0)

# r611 after round 144 (study144): kinds counted in a list whose later item is worded X公开信息N条 (P02 guard: 144b02).
d = new("r611_later_list_item_pre_disclosure_city_2024.txt", "某暨市人民政府", "", "", "", "county", 2024, "narrative", "",
        "prose",
        "M00; P02 '发布政务动态信息a条、政策文件及解读信息b条、重大决策预公开信息c条' (the last read as the year's total until "
        "round 144's guard, as 144b02): no figure; P08 requests")
d.add("某暨市人民政府2024年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开\n全年通过政府门户网站、“某暨发布”公众号、微博号等"
      "平台，发布政务动态信息1720条、政策文件及解读信息102条、重大决策预公开信息56条，回应关切396次。\n（二）依申请公开\n")
d.prose("全年共收到政府信息公开申请83件。\n", applications_received=83)

# r612 after round 144 (study144): a count to the year's end with the report year named before the verb (P06 wording:
# 144b09), and a case count after a long qualifier (P09 wording: 144c02).
d = new("r612_year_named_after_date_long_case_qualifier_town_2024.txt", "某华镇人民政府", "", "", "", "township", 2024,
        "narrative", "", "prose",
        "M08 a place-only title, the government printed; P06 '截至2024年12月31日,我镇2024年度主动公开政府信息数累计N条' (missed "
        "until round 144's wording, as 144b09); P09 '发生针对本单位有关政府信息公开事务的行政复议案件0宗' (review missed until "
        "then, as 144c02)")
d.add("某华镇2024年政府信息公开工作年度报告\n某华镇人民政府\n一、总体情况\n")
d.prose("截至2024年12月31日，我镇2024年度主动公开政府信息数累计22条。其中，机构职能类信息13条，规划计划类信息5条。\n",
        proactive_disclosed=22)
d.prose("2024年发生针对本单位有关政府信息公开事务的行政复议案件0宗，行政诉讼案件0宗。\n", review_cases=0, litigation_cases=0)

# r613 after round 144 (study144): 准确 after the year as the untitled report's subject's verb (M06 wording: 144a10).
d = new("r613_grasping_accurately_subject_district_office_2025.txt", "某清区人民政府办公室", "", "", "", "county_department", 2025,
        "narrative", "", "prose",
        "M03 a site header with a stale date; M06 no title; '2025年,X区人民政府办公室准确把握…' (the later '区政府办公室' "
        "read instead until round 144's wording, as 144a10); P08 requests")
d.add("天津市某清区人民政府\n2019年12月3日星期二\n本报告根据《中华人民共和国政府信息公开条例》要求编制。\n一、总体情况\n"
      "2025年,某清区人民政府办公室准确把握上级决策部署和《条例》要求，紧紧围绕中心工作。\n一是做好主动公开工作。2025年,"
      "区政府办公室及时发布政策文件及配套政策解读、通知公告等各类信息。\n")
d.prose("二是做好依申请公开工作。全年共收到政府信息公开申请19件。\n", applications_received=19)

# r614 after round 145 (study145): a numbered point on one topic counting its items (P02 guard: 145d02).
d = new("r614_topic_point_count_district_office_2022.txt", "某梁区人民政府办公室", "", "", "", "county_department", 2022,
        "narrative", "", "prose",
        "M00; P02 '二是围绕疫情防控,及时发布…等各类信息N条' (the topic's items, read as the year's total until round 145's "
        "guard, as 145d02): no figure; P08 requests")
d.add("某梁区人民政府办公室2022年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开。一是印发年度政务公开工作重点任务分工的"
      "通知，细化工作举措。二是围绕疫情防控，及时发布防控政策、政策解读、核酸检测机构等各类信息315条，及时回应社会关切。\n"
      "（二）依申请公开。\n")
d.prose("全年共收到政府信息公开申请36件。\n", applications_received=36)

# r615 after round 145 (study145): a town's cover letter before its report on a mirror, the letter's title worded with
# 年度 and no year (M07 guard: 145a05).
d = new("r615_cover_letter_title_year_word_no_year_town_2022.txt", "某某镇政府", "", "", "", "township", 2022, "narrative",
        "2023-01-19", "prose",
        "M07 a cover letter before the report, its title '关于报送X镇政府年度信息公开工作的报告' (read as X镇政府年度 until "
        "round 145's guard, as 145a05; the letter's sender named as its title prints it); P08 none")
d.add("关于报送某某镇政府年度信息公开工作的报告\n发布时间:2023-01-19\n来源:某某镇 浏览次数:\n旗政务服务局:\n"
      "现将某某镇政府信息公开工作年度报告汇报如下，详情请见附件。\n某某镇人民政府\n2023年1月19日\n"
      "某旗某某镇人民政府\n2022年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2022年，我镇未收到政府信息公开申请。\n", applications_received=0)

# r616 (thirty-third session, from 133b12): a supply co-operative's head office named only in the preamble's 编制X…报告
# and its contact (M06 wording).
d = new("r616_supply_cooperative_head_office_preamble_2011.txt", "某虞市供销合作总社", "", "", "", "county_department",
        2011, "narrative", "", "prose",
        "M06 no title; '编制X市供销合作总社2011年度…报告' (read as no agency until the thirty-third session: 合作总社 was no "
        "name's ending); P08 none")
d.add("根据《中华人民共和国政府信息公开条例》，编制某虞市供销合作总社2011年度政府信息公开工作报告。本报告中所列数据的统计期限自"
      "2011年1月1日起至2011年12月31日止。如对本报告有任何疑问，请与某虞市供销合作总社政府信息公开领导小组办公室联系。\n"
      "一、概述\n")
d.prose("2011年，本社未收到政府信息公开申请。\n", applications_received=0)

# r617 (thirty-third session, from 134d03): a street compiling its own untitled report (M06 wording).
d = new("r617_street_compiles_own_report_untitled_2016.txt", "某泰街道", "", "", "", "street", 2016, "narrative", "",
        "prose",
        "M06 no title; '由X街道编制的2016年度…报告' (read as no agency until the thirty-third session), then '在市委、市政府的"
        "正确领导下,X街道坚持…' (a subject after a leading clause with no year); P01 the year's total")
d.add("本报告是根据《中华人民共和国政府信息公开条例》的规定，由某泰街道编制的2016年度政府信息公开年度报告。\n一、总体工作情况\n"
      "在市委、市政府的正确领导下，某泰街道坚持以建立责任型政府为目标，推进政务公开。\n")
d.prose("2016年，本街道共主动公开政府信息128条。\n", proactive_disclosed=128)


# r618 after round 147 (study147): two bodies reporting as one, named together as the compiler (M06, joint bodies:
# 147b07, 147b06, 143b08).
d = new("r618_two_tax_bureaus_compile_together_2013.txt", "某海市国家税务局、某海市地方税务局", "", "", "", "city_department", 2013,
        "narrative", "", "prose",
        "M06 no title; '由X市国家税务局、X市地方税务局编制' (read as no agency until round 147's joint-bodies rule, as 147b07); "
        "P08 requests")
d.add("引 言\n本年度报告根据《中华人民共和国政府信息公开条例》和《某海市政府信息公开规定》要求，由某海市国家税务局、"
      "某海市地方税务局编制。本年度报告中所列数据的统计期限自2013年1月1日起至12月31日止。如对本年度报告有任何疑问，请联系"
      "某海市国家税务局、某海市地方税务局政府信息公开办公室。\n一、概述\n")
d.prose("2013年，两局共受理政府信息公开申请57件。\n", applications_received=57)

# r619 after round 147 (study147): a site's column holding the abbreviation's characters is no full name (M06 guard:
# 147b05).
d = new("r619_site_column_no_full_name_post_bureau_2018.txt", "某州市邮政管理局", "", "", "", "city_department", 2018,
        "narrative", "", "prose",
        "M02 an index block; M06 no title, '现公布X市邮政管理局2018年…报告' (read as X市政府门户网站邮政管理局 from the "
        "channels' sentence until round 147's guard, as 147b05); P01 the year's total")
d.add("索引号: | 330800/2019-105500 | 成文日期: | 2019-03-29 |\n根据《中华人民共和国政府信息公开条例》，现公布某州市邮政管理局"
      "2018年政府信息公开年度报告。\n一、基本概况\n")
d.prose("2018年度某州市邮政管理局主动公开政府信息总数318条。主要公开途径:某州市邮政管理局官方网站、某州市政府门户网站"
        "邮政管理局栏目。\n", proactive_disclosed=318)

# r620 after round 147 (study147): a cover letter's title with a space after 关于 (M07 guard: 147d06).
d = new("r620_cover_letter_space_after_about_county_office_2019.txt", "某县人民政府办公室", "", "", "", "county_department",
        2019, "narrative", "2020-02-17", "prose",
        "M07 a cover letter's title 'X人民政府办公室关于 报送X2019年…报告的报告' (read with the sent report's place until "
        "round 147's guard, as 147d06; the sender, as M07 names it); P08 none")
d.add("某县人民政府办公室关于 报送某县2019年政府信息公开 工作年度报告的报告\n成文日期 2020-02-14 发布日期 2020-02-17\n"
      "现将《2019年政府信息公开工作年度报告》随文报来，请予审定。\n2019年度政府信息公开工作报告\n一、总体情况\n")
d.prose("2019年，县人民政府未收到政府信息公开申请。\n", applications_received=0)

# r621 after round 147 (study147): a leader counted before uncounted workers is no staff count (P11 guard: 147b10).
d = new("r621_leader_counted_before_uncounted_workers_township_2018.txt", "某田乡人民政府", "", "", "", "township", 2018,
        "narrative", "", "prose",
        "M00; P11 '确定了1名分管领导及专职人员具体负责…' (read as staff 1 until round 147's guard, as 147b10): no figure; "
        "P08 requests")
d.add("某田乡人民政府2018年政府信息公开工作年度报告\n一、概述\n（一）强化组织领导。及时调整充实乡政府信息公开领导小组成员，"
      "确定了1名分管领导及专职人员具体负责政府信息公开日常工作。\n")
d.prose("2018年，我乡共受理政府信息公开申请2件。\n", applications_received=2)

# r622 after round 148 (study148): a banner's government printed only in its portal's name (M08 guard: 148a05).
d = new("r622_banner_government_only_in_portal_name_2019.txt", "某温旗", "", "", "", "county", 2019, "narrative", "",
        "prose",
        "M06 no title; '现公布X旗2019年…报告', its government printed only in 'X旗政府门户网站' (read as X旗政府 until round "
        "148's guard, as 148a05, whose reader kept the bare place); P01 the banner's portal, the one channel counted")
d.add("根据新修订的《中华人民共和国政府信息公开条例》和《某温旗2019年政府信息公开工作要点》要求，不断提升政务公开工作质量。\n"
      "现公布某温旗2019年政府信息公开工作年度报告。本报告的电子版可在某温旗政府门户网站下载。\n一、总体情况\n")
d.prose("2019年，通过旗政府门户网站主动公开政府信息4213条。\n", proactive_disclosed=4213)

# r623 after round 148 (study148): a town's government printed only in its address's 政府驻地, and its year's count
# after a date with 今年 before the verb (M08 guard and P06 wording: 148b08).
d = new("r623_town_seat_address_this_years_count_2018.txt", "某子镇", "", "", "", "township", 2018, "narrative", "",
        "prose",
        "M08 a place-only title, the government printed only in '地址:X市X镇政府驻地' (read as X市X镇政府 until round 148's "
        "guard, as 148b08); P06 '截止到2018年12月31日,我镇今年主动公开政府信息N条' (missed until then)")
d.add("某子镇2018年政府信息公开工作年度报告\n现将某子镇2018年度政府信息公开工作年度报告予以公布。本报告中所列数据的统计期限自"
      "2018年1月1日起至2018年12月31日止。(地址:某丘市某子镇政府驻地,电话:0536-0000000)\n一、概述\n")
d.prose("截止到2018年12月31日，我镇今年主动公开政府信息177条，其中通过政府网站公开信息114条。\n", proactive_disclosed=177)

# r624 after round 148 (study148): people added, counted before their kind, are no staff count (P11 guard: 148c01).
d = new("r624_people_added_count_first_province_post_bureau_2017.txt", "某北省邮政管理局", "", "", "", "province_department",
        2017, "narrative", "", "prose",
        "M00; P11 '省局还增配了1名政府信息公开兼职工作人员' (read as staff 1 until round 148's guard, as 148c01): no figure; "
        "P08 requests")
d.add("某北省邮政管理局2017年政府信息公开工作年度报告\n一、概述\n2017年，某北省邮政管理局信息公开工作运行正常。省局还增配了1名"
      "政府信息公开兼职工作人员。\n")
d.prose("2017年，省局共收到政府信息公开申请3件。\n", applications_received=3)

# r625 after round 149 (study149): a page's archive time above its own date line (M02 guard: 149c06).
d = new("r625_archive_time_above_page_date_maritime_bureau_2016.txt", "某阳市地方海事局", "", "", "", "city_department", 2016,
        "narrative", "2017-03-08", "prose",
        "M02 '归档时间:2020-01-01' above the title and the page's own '2017-03-08 10:17 来源:…' (the archive time read as the "
        "publication date until round 149's guard, as 149c06); P04 one website, the one channel counted")
d.add("归档时间:2020-01-01\n\n某阳市地方海事局2016年政府信息公开工作年度报告\n\n2017-03-08 10:17 来源:市地方海事局 字体:【 浏览量:\n\n"
      "按照《中华人民共和国政府信息公开条例》的要求，结合某阳市地方海事局工作实际，编制本报告。\n\n一、概述\n\n")
d.prose("我局将某阳市地方海事局网站作为政府信息公开的主要平台。2016年，我局通过网站主动公开政务信息169条。\n",
        proactive_disclosed=169)

# r626 after round 150 (study150): two bodies reporting as one, their short name defined before the verb (M06 joint
# bodies: 150b01).
d = new("r626_two_tax_bureaus_short_name_defined_district_2013.txt", "某海市某浦区国家税务局、某海市地方税务局某浦区分局", "", "",
        "", "county_department", 2013, "narrative", "", "prose",
        "M06 no title; '由A、B(以下简称区局)编制' (read as no agency until round 150's wording of the joint-bodies rule, as "
        "150b01); P08 requests")
d.add("引 言\n本年度报告根据《中华人民共和国政府信息公开条例》和《某海市政府信息公开规定》要求，由某海市某浦区国家税务局、"
      "某海市地方税务局某浦区分局(以下简称区局)编制。本年度报告中所列数据的统计期限自2013年1月1日起至12月31日止。\n一、概述\n"
      "2013年，我局立足自身实际，多方面着手推进信息公开工作。\n")
d.prose("2013年，区局共受理政府信息公开申请8件。\n", applications_received=8)

# r627 after round 150 (study150): a city's untitled report named only in its contact, the government's OGI leading
# group's office (M06 guard: 150d01).
d = new("r627_contact_government_leading_group_office_city_2010.txt", "某阳市人民政府", "", "", "", "city", 2010, "narrative",
        "", "prose",
        "M06 no title; '请与X市人民政府信息公开工作领导小组办公室联系' (read as X市人民, no name, until round 150's guard, as "
        "150d01); P12 a report compiled from every unit; P08 requests")
d.add("本报告根据《中华人民共和国政府信息公开条例》，综合市政府各部门和各县市区政府的政府信息公开年度报告编制而成。如对本报告有任何"
      "疑问，请与某阳市人民政府信息公开工作领导小组办公室联系(地址:某阳市某路6号;邮编:712000)。\n一、概述\n")
d.prose("2010年，全市共受理政府信息公开申请126件。\n", applications_received=126)

# r628 after round 150 (study150): a section's and a point's headings run into a year-led sentence with no comma after
# the year (P01: 150d03).
d = new("r628_headings_run_into_year_led_total_no_comma_city_2024.txt", "某山口市", "", "", "", "county", 2024, "narrative",
        "", "prose",
        "M06 no title, the government never printed (the bare place, as 150d03's reader labelled it, is still not read); "
        "P01 '一、总体情况 / ㈠ 主动公开 / 2024年X市政府网累计公开各类信息N条' (its "
        "累计 read as a running total and a later kind's '向社会发布…等信息76条' taken until round 150's wording, as 150d03)")
d.add("根据《中华人民共和国政府信息公开条例》要求，编制发布本报告。所列数据统计期限从2024年1月1日起至2024年12月31日止。\n")
d.prose("一、总体情况\n㈠ 主动公开\n2024年某山口市政府网累计公开各类信息5975条,年内共发布本级政府文件4条,发布重大政策解读21条。"
        "向社会发布教育教学、医疗卫生等信息76条;发布社会救助等信息44条。\n", proactive_disclosed=5975)

# r629 after round 151 (study151): a name under 请联系: is the contact, the compiler clause naming the agency (M11 guard:
# 151a03).
d = new("r629_contact_prompt_line_office_city_commission_2013.txt", "某京市市政市容管理委员会", "", "", "", "province_department",
        2013, "narrative", "", "prose",
        "M06 no title, '由X委员会编制的2013年度…报告'; M11 '请联系: / X委员会办公室 / 电话:…' (the office read as the agency "
        "until round 151's guard, as 151a03); P11 staff")
d.add("引言\n本报告是根据《中华人民共和国政府信息公开条例》要求，由某京市市政市容管理委员会编制的2013年度政府信息公开年度报告。\n"
      "如对本报告有任何疑问，请联系:\n某京市市政市容管理委员会办公室\n电话:66056001。\n一、概述\n")
d.prose("本委配备专职工作人员1名、兼职工作人员1名，负责政府信息公开日常工作。\n", staff=2)

# r630 after round 151 (study151): a two-digit year glued before the place in a title (M09 guard: 151a08).
d = new("r630_two_digit_year_glued_before_city_title_2009.txt", "某阳市人民政府", "", "", "", "city", 2009, "narrative", "",
        "prose",
        "M09 '09X市政府信息公开报告' on a document-sharing copy (read as 09X市 until round 151's guard, as 151a08); M08 the "
        "government printed in the prose; P16 press conferences, no figure")
d.add("09某阳市政府信息公开报告\n二是统一全市政府新闻发布制度。2009年，市政府信息公开办规范了全市新闻发布，全年共组织召开新闻发布会"
      "42次。\n")
d.prose("2009年，某阳市人民政府共收到政府信息公开申请215件。\n", applications_received=215)

# r631 after round 151 (study151): items disclosed proactively and on request counted together are no request count
# (P08 guard: 151d02).
d = new("r631_proactive_and_on_request_items_together_commission_2018.txt", "某庆市发展和改革委员会", "", "", "",
        "province_department", 2018, "narrative", "", "prose",
        "M00; P08 '全年主动和依申请公开信息2394条' (read as 2394 requests until round 151's guard, as 151d02): no figure; "
        "P13 mails handled, no figure")
d.add("某庆市发展和改革委员会2018年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2018年，我委通过网络媒体、电视媒体等多种方式推进公开。全年主动和依申请公开信息2394条，在线办理群众邮件206件。\n")

# r632 after round 152 (study152): the person put in charge of the website alone beside 专人 is no staff count (P11
# guard: 151c10, 152d01).
d = new("r632_website_person_beside_appointed_staff_education_bureau_2017.txt", "某塔区教育局", "", "", "", "county_department",
        2017, "narrative", "", "prose",
        "M00; P11 '明确专人负责…日常工作,还指定1名工作人员负责信息公开网站建设、维护…' (read as staff 1 until round 152's "
        "guard, as 151c10 and 152d01): no figure; P08 requests")
d.add("某塔区教育局2017年政府信息公开工作年度报告\n一、概述\n（一）加强组织领导。教育局行政办公室牵头并明确专人负责政府公开的日常工作，"
      "还指定1名工作人员负责信息公开网站建设、维护和信息内容的更新，各股室、学校确定了专门的信息员。\n")
d.prose("2017年，我局共收到政府信息公开申请4件。\n", applications_received=4)

# r633 after round 152 (study152): items uploaded to a higher body's platform, a paragraph of their own (P16 wording:
# 152b05), and a variant spelling of partial disclosure (P08 wording: 152c03).
d = new("r633_uploaded_to_city_platform_partial_variant_county_bureau_2016.txt", "某阳县交通运输局", "", "", "",
        "county_department", 2016, "narrative", "", "prose",
        "M00; P06 '截止2016年12月,我局通过政务平台公开信息N条' (to date: no figure); P16 '上传市交通运输局政务平台公开信息65件' "
        "(read as the year's total until round 152's wording, as 152b05); P08 '予以部份公开1件' (missed until then, as "
        "152c03)")
d.add("某阳县交通运输局2016年政府信息公开工作年度报告\n二、信息公开情况\n\n截止2016年12月，我局通过政务平台公开信息160条，"
      "其中工作动态130件。\n\n上传市交通运输局政务平台公开信息65件。\n\n三、依申请公开情况\n")
d.prose("全年共收到公开申请6件，办结6件。其中予以部份公开1件；不予公开2件。\n", applications_received=6,
        applications_partially_granted=1, applications_denied=2)

# r634 after round 153 (study153): a wiki box's report period is no publication date (M02 guard: 153c05).
d = new("r634_wiki_box_report_period_province_2014_trad.txt", "某南省人民政府", "", "", "", "province", 2014, "narrative", "",
        "prose",
        "M12 traditional characters; M14 a wiki's box, '報告時間:2014年1月1日至12月31日' (read as published 2014-01-01 "
        "until round 153's guard, as 153c05); P08 requests")
d.add("2014年度某南省人民政府信息公開工作報告\n\n根據《中華人民共和國政府信息公開條例》的規定，現公布某南省人民政府2014年政府"
      "信息公開工作年度報告。\n  • 中文名:2014年度某南省人民政府信息公開工作報告\n  • 報告時間:2014年1月1日至12月31日\n\n")
d.prose("2014年，省政府共受理政府信息公開申請320件。\n", applications_received=320)

# r635-r638 after round 154 (study154): information provided to those who asked among a request count's parts (P08
# guard: 154b08), a section the report leaves out (P09 guard: 154a02), one person in charge beside part-time workers
# named uncounted (P11 guard: 154a01) and a level's own part as a subject (M06 guard: 154b05).
d = new("r635_provided_to_requesters_province_department_2009.txt", "某苏省财政厅", "", "", "", "province_department",
        2009, "narrative", "2010-03-11", "prose",
        "M01 breadcrumb; M02 date line; P07 '主动公开信息1000余条' (approximate: no figure); P08 '按正常程序已经提供公开的"
        "信息6件' among the request count's parts (read as the year's proactive total until round 154's guard, as 154b08)")
d.add("当前位置: 网站首页\n>政府信息公开>政府信息公开年报\n\n某苏省财政厅政府信息公开2009年度报告\n\n"
      "发布日期: 2010-03-11   09:37\n\n  一、2009年主要工作\n\n  2009年，我厅通过政府门户网站主动公开信息1000余条。")
d.prose("2009年，我厅共收到依申请公开政府信息事项12件，全部受理，按正常程序已经提供公开的信息7件，答复到其他机关申请的3件，"
        "延期答复2件。\n", applications_received=12)

d = new("r636_sections_left_out_province_centre_2017.txt", "某林省人民政府发展研究中心", "", "", "", "province_department",
        2017, "narrative", "2018-02-23", "prose",
        "M00; M02 date line; P09 '因此报告中没有…行政复议、诉讼和申诉的情况' (read as zero reviews and lawsuits until round "
        "154's guard, as 154a02: the report omits them, no count); P05 a total with its channels")
d.add("某林省人民政府发展研究中心2017年政府信息公开工作年度报告\n\n发布日期:2018-02-23\n一、中心基本情况\n"
      "我中心是省政府直属的咨询机构，没有行政许可职能，因此报告中没有依申请公开信息办理情况、政府信息公开申请行政复议、"
      "诉讼和申诉的情况以及收费情况。\n二、主动公开政府信息情况\n")
d.prose("2017年，中心主动公开政府信息512条，按公开渠道分为：政府信息公开专栏40条；中心网站430条；政务微博42条。\n",
        proactive_disclosed=512)

d = new("r637_one_in_charge_part_timers_uncounted_city_bureau_2013.txt", "某京市工商行政管理局", "", "", "",
        "city_department", 2013, "narrative", "", "prose",
        "M06 compiler clause, no title; P11 '办公室专设1人负责…，…并安排了兼职工作人员' (read as staff 1 until round 154's "
        "guard, as 154a01), the next sentence's full-time and part-time counts the staff")
d.add("引言\n本报告是根据《条例》要求，由某京市工商行政管理局编制的2013年度政府信息公开年度报告。\n一、概述\n")
d.prose("市局办公室专设1人负责政府信息公开工作，区县分局办公室参照市局配备专人专岗开展工作，并安排了兼职工作人员。"
        "2013年，我局共配备了12名全职工作人员，15名兼职工作人员。\n", staff=27)

d = new("r638_county_level_own_part_subject_county_office_2019.txt", "某泰县人民政府办公室", "", "", "",
        "county_department", 2019, "narrative", "", "prose",
        "M06 no title, the office named in the contact sentence; '县本级政府及政府办主动公开…' (read as the agency "
        "县本级政府及政府办 until round 154's guard, as 154b05); P06 '历年累计…' (to date: no figure)")
d.add("引言\n本报告依据《中华人民共和国政府信息公开条例》有关规定编制。本报告电子版在“某泰县人民政府门户网站”公布。对本报告"
      "如有疑问，可与某泰县人民政府办公室数字信息科联系(电话:24830000)。\n一、总体情况\n")
d.prose("2019年，县本级政府及政府办主动公开政府信息93条，历年累计主动公开政府信息1702条。\n", proactive_disclosed=93)

# r639 after round 154 (study154): a consultation listed after an outcome's count (P08 guard: 154a07).
d = new("r639_consultation_in_outcome_list_city_commission_2020.txt", "某京市交通委员会", "", "", "", "city_department",
        2020, "narrative", "", "prose",
        "M14 mirror; P08 received with channels, then '属于公开范围的N件、不予公开的48件、…、咨询说明和其他的N件' (denials missed "
        "until round 154's guard, as 154a07; '属于公开范围' is no grant's wording: no figure)")
d.add("某京市交通委员会2020年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开办理情况\n")
d.prose("2020年，我委共收到政府信息公开申请96件，其中，当面申请2件、网络申请94件。截至2020年12月31日，已办结90件申请。"
        "其中，属于公开范围的40件、不予公开的22件、不属于本行政机关公开的19件、咨询说明和其他的9件、结转下年度继续办理6件。\n",
        applications_received=96, applications_denied=22)

# r640-r641 after round 155 (study155): a channel's count after another count of the sentence (P05 guard: 155d07, as
# 50b04 behind r457) and carried-over requests with the year after 结转 (P08 wording: 155a11, 155a02).
d = new("r640_notice_board_count_after_listed_total_township_2022.txt", "某某乡", "", "", "", "township", 2022,
        "narrative", "", "prose",
        "M06 no title, the township named in its subject; P05 '…26个领域信息等共计13条,政府公示栏公开…等信息21条' (the notice "
        "board's 21 read as the year's total until round 155's guard, as 155d07; the first count names domains: no figure); "
        "P08 none received")
d.add("本年度政府信息公开工作报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n"
      "（一）主动公开政务信息情况。2022年某某乡主动公开政府公开信息、政府文件、便民政策、26个领域信息等共计16条，"
      "政府公示栏公开涉及项目、财务、救助补贴等信息24条。\n")
d.prose("（二）依申请公开情况。2022年某某乡未收到政府信息公开申请。\n", applications_received=0)

d = new("r641_carried_over_year_after_jiezhuan_district_office_2024.txt", "某桥区人民政府办公室", "", "", "",
        "county_department", 2024, "narrative", "", "prose",
        "M00; P08 '共受理信息公开申请N件,其中结转2023年3件,2024年申请M件' (the total takes in the carried-over requests: no "
        "received figure; the carried-over 3 missed until round 155's wording, as 155a11 and 155a02)")
d.add("某桥区人民政府办公室2024年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("（二）依申请公开方面。2024年共受理信息公开申请41件，其中结转2023年4件，2024年申请37件，正在办理5件，其余全部按时答复。\n",
        applications_carried_over=4)

# r642 after round 155 (study155): the whole city's OGI staff in a report not compiled from every unit (P12 guard: 155b06).
d = new("r642_whole_city_ogi_staff_city_2010.txt", "某乡市人民政府", "", "", "", "city", 2010, "narrative", "", "prose",
        "M06 the compiler clause names the government's office, the government's own rules name it; P12 '全市政府信息公开工作"
        "人员已有N人,其中专职人员M人' (read as the city's own staff until round 155's guard, as 155b06); P08 requests")
d.add("本年报根据《中华人民共和国政府信息公开条例》和《某乡市人民政府信息公开规定》要求，由某乡市人民政府办公室编制。\n"
      "一、概述\n（一）组织机构建设情况\n到2010年底，全市政府信息公开工作人员已有287人，其中专职人员120人。\n")
d.prose("2010年，市政府共受理政府信息公开申请31件。\n", applications_received=31)

# r643 after round 155 (study155): a street office printed after its district's government as a sentence's subject (M08:
# 155a09, as 78b14, 30a12 and 30a13).
d = new("r643_street_after_district_government_subject_2020.txt", "北京市东城区人民政府东华街道办事处", "", "", "",
        "street", 2020, "narrative", "", "prose",
        "M06 no title; M08 'X区人民政府Y街道办事处主要通过…' as a subject, 'X区Y街道办事处通过…' in the next point (read "
        "without 人民政府 until round 155's rule, as 155a09); P08 requests")
d.add("依据《中华人民共和国政府信息公开条例》第五十条规定，编制本报告。\n一、总体情况\n（一）主动公开情况\n"
      "1、机关职能、机构设置、办公地址\n为方便公众查询，北京市东城区人民政府东华街道办事处主要通过数字东城网站对机关职能、"
      "机构设置等基本信息进行了公开。\n2、财政预算、决算信息\n北京市东城区东华街道办事处通过数字东城网站公开了财政预算、"
      "决算信息。\n")
d.prose("（二）依申请公开情况\n2020年，共收到政府信息公开申请3件。\n", applications_received=3)

# r644 after round 155 (study155): the yearly government work report, unquoted, names no government (M08 guard: 155a08).
d = new("r644_government_work_report_unquoted_district_2020.txt", "北京市西城区", "", "", "", "county", 2020, "narrative", "",
        "prose",
        "M06 no title, the district its subject's bare place; M08 '及时公布2020年X区政府工作报告' (read as X区政府 until round "
        "155's guard, as 155a08); P08 requests")
d.add("依据《中华人民共和国政府信息公开条例》第五十条之规定，制作本报告。\n一、总体情况\n2020年度，北京市西城区全面贯彻落实"
      "《政府信息公开条例》，坚持以公开为常态、不公开为例外。\n（一）主动公开\n通过区政府公报、区政府网站及时公布2020年西城区"
      "政府工作报告、区政府重大行政决策目录。\n")
d.prose("（二）依申请公开\n2020年，区政府共收到政府信息公开申请214件。\n", applications_received=214)

# r645 after round 156 (study156): units counted by number and a city's departments together (P12 guard: 156c04).
d = new("r645_units_by_number_and_city_departments_city_2011.txt", "某阳市人民政府", "", "", "", "city", 2011, "narrative",
        "", "prose",
        "M08 a place-only title, the government printed in the compiler clause; P16/P12 '12个县市区通过…直报系统向市本级平台主动"
        "公开政府信息共计N条,其中…' and '市直部门主动公开共计N条,其中…' (read as the city's total until round 156's guard, as "
        "156c04); P08 requests")
d.add("某阳市2011年政府信息公开工作年度报告\n本报告由某阳市人民政府办公室编制。\n二、主动公开政府信息情况\n"
      "12个县市区通过党政门户网的政府信息公开直报系统向市本级平台主动公开政府信息共计21870条，其中某湘区3102条、"
      "某阳县2987条。市直部门主动公开共计3015条，其中市国税局540条、市人社局233条。\n")
d.prose("三、依申请公开政府信息情况\n2011年，市政府共受理政府信息公开申请57件。\n", applications_received=57)

# r646 after round 157 (study157): a conjunction left where a mirror deleted the words before it (M14 guard: 157d09).
d = new("r646_mirror_deleted_words_conjunction_city_2014.txt", "", "", "", "", "city", 2014, "narrative", "", "prose",
        "M14 a mirror that deletes 政务公开 throughout, the city never named; '《2014年暨政府信息公开业务培训方案》' (read as "
        "the agency 暨政府 until round 157's guard, as 157d09: blank); P08 requests")
d.add("一、概述\n政府信息公开是转变政府职能的重要举措。2014年，市政府坚持以人为本，进一步拓展领域和内容。\n"
      "（五）加强业务培训。制定我市《2014年暨政府信息公开业务培训方案》，于2014年10月举办全市暨政府信息公开业务培训班。\n")
d.prose("二、依申请公开情况\n2014年，市政府共受理政府信息公开申请142件。\n", applications_received=142)

# r647 after round 157 (study157): an issuer line with a slashed date under the title (M11 wording: 157b05, 139b05).
d = new("r647_issuer_line_slashed_date_province_2016.txt", "某徽省人民政府", "", "", "", "province", 2016, "narrative",
        "2017-03-27", "prose",
        "M00 title; M11 'X办公厅  2017/3/27' under it (missed until round 157's wording, as 157b05 and 139b05); M06 compiled "
        "from every unit; P08 requests")
d.add("某徽省人民政府2016年政府信息公开工作报告\n某徽省人民政府办公厅  2017/3/27\n\n本报告是根据《中华人民共和国政府信息公开"
      "条例》要求，综合各市人民政府和省政府各部门的政府信息公开工作年度报告编制的。\n一、概述\n")
d.prose("2016年，全省共受理政府信息公开申请8312件。\n", applications_received=8312)

# r648 after round 158 (study158): no review reversed is no count of reviews (P09 wording: 158d04).
d = new("r648_review_not_reversed_county_bureau_2023.txt", "某山区教育体育局", "", "", "", "county_department", 2023,
        "narrative", "", "prose",
        "M00; P09 '涉及政府信息公开的行政复议未被复议机关撤销或确认违法等事项' (read as no reviews until round 158's wording, as "
        "158d04: no figure); P11 staff")
d.add("某山区教育体育局2023年政府信息公开工作年度报告\n一、总体情况\n年内共有主动公开事项96件，办理依申请信息3件，涉及政府信息"
      "公开的行政复议未被复议机关撤销或确认违法等事项。\n")
d.prose("（二）工作保障。局办公室指定工作人员2名负责政府信息公开工作。\n", staff=2)

# r649-r650 after round 159 (study159): the year's new part after a year-led count to date (P06: 159b05) and a portal's
# name pasted before a year-first title (M03: 159c05).
d = new("r649_year_led_to_date_then_new_part_street_2020.txt", "某陀区某川路街道办事处", "", "", "", "street", 2020,
        "narrative", "", "prose",
        "M00; P06 '2020年累计主动公开政府信息N条,…,其中,本年度新增的主动公开政府信息M条' (N read as the year's until round "
        "159's rule, as 159b05: M is the figure); P08 requests")
d.add("某陀区某川路街道办事处2020年政府信息公开工作年度报告\n一、总体情况\n（一）主动公开情况\n")
d.prose("2020年累计主动公开政府信息301条，全文电子化率达100%，其中，本年度新增的主动公开政府信息41条。\n",
        proactive_disclosed=41)
d.prose("（二）依申请公开情况\n2020年共收到政府信息公开申请4件。\n", applications_received=4)

d = new("r650_portal_name_before_year_first_title_city_commission_2022.txt", "某沙市卫生健康委员会", "", "", "",
        "city_department", 2022, "narrative", "2023-01-12", "prose",
        "M03/M14 'X市政府门户网站-2022年X市卫生健康委员会…报告_spam' on the first line (read as the portal until round 159's "
        "rule, as 159c05); M01 trail; M02 source and date line; P08 requests")
d.add("某沙市政府门户网站-2022年某沙市卫生健康委员会政府信息公开工作年度报告_足彩app哪个是正规的\n"
      "首页 > 政府信息公开 > 政府信息公开年报 > 部门信息公开年报 > 市卫生健康委\n\n"
      "2022年某沙市卫生健康委员会政府信息公开工作年度报告\n\n来源:市卫生健康委员会 发布时间:2023-01-12 16:21 字体大小:\n\n"
      "本年度报告根据《中华人民共和国政府信息公开条例》编制。\n")
d.prose("2022年，我委共收到政府信息公开申请17件。\n", applications_received=17)

# r651 after round 160 (study160): items of every kind worded 各种 (P02 wording: 160c02).
d = new("r651_gezhong_items_with_breakdown_township_2025.txt", "某鞍镇人民政府", "", "", "", "township", 2025, "narrative",
        "2026-01-21", "prose",
        "M08 a year-first place-only title, the government printed in the source line; M02; P02 '通过X县政府门户网站主动公开"
        "各种信息N条,其中:…' (missed until round 160's wording, as 160c02); P08 none received")
d.add("2025年某鞍镇政府信息公开工作年度报告\n来源:某鞍镇人民政府 发布时间:2026-01-21 09:30\n\n一、总体情况\n（一）主动公开情况\n")
d.prose("2025年通过某同县政府门户网站主动公开各种信息23条，其中：通知通告9条、人事信息3条、规划计划4条，财政信息7条。\n",
        proactive_disclosed=23)
d.prose("（二）依申请公开情况\n2025年没有收到政府信息公开申请。\n", applications_received=0)

# r652 after rounds 134, 152 and 156: a report speaking as a government's office (M06: 134b01, 152a08, 156b07).
d = new("r652_office_speaking_as_wo_ban_county_office_2023.txt", "某侯县人民政府办公室", "", "", "", "county_department",
        2023, "narrative", "", "prose",
        "M06 no title, '本年度报告由X县人民政府办公室根据…编制' then '2023年,我办…' (read as the government until the "
        "thirty-fifth session's rule, as 134b01, 152a08 and 156b07); P08 requests")
d.add("本年度报告由某侯县人民政府办公室根据《中华人民共和国政府信息公开条例》要求编制。本报告全文由总体情况、主动公开政府信息"
      "情况等6个部分组成。\n一、总体情况\n2023年，我办坚持以公开为常态、不公开为例外，推进政务公开工作。\n")
d.prose("（二）依申请公开情况\n2023年，我办共收到政府信息公开申请12件。\n", applications_received=12)

# r653-r654 after rounds 136-156 scored again: a news portal's date and time before a bar (M02: 136b09, 137b06, 156b11,
# 156b12) and a bracketed date after the title on its line (M11 wording: 140b02, 152b12).
d = new("r653_portal_date_time_before_bar_province_2012.txt", "某江省人民政府", "", "", "", "province", 2012, "narrative",
        "2013-04-23", "prose",
        "M14 a news portal's copy; M02 '2013年04月23日16:59 | X门户网 www… | 给编辑写信 字号:T|T' (missed until the thirty-fifth "
        "session's rule, as 136b09, 137b06, 156b11 and 156b12); P12 a report compiled from every unit: the province-wide "
        "received count is its figure")
d.add("某江省人民政府2012年政府信息公开工作年度报告\n\n2013年04月23日16:59 | 中国发展门户网 www.chinagate.cn | 给编辑写信 "
      "字号:T|T\n\n本报告根据《中华人民共和国政府信息公开条例》要求编制。\n")
d.add("本报告由省政府办公厅在汇总各市、省政府各部门年度报告的基础上编制。\n")
d.prose("2012年，全省各级行政机关共受理政府信息公开申请5210件。\n", applications_received=5210)

d = new("r654_bracketed_date_after_title_city_office_2017.txt", "某海市民防办公室", "", "", "", "city_department", 2017,
        "narrative", "2018-01-15", "prose",
        "M00 title; M11 '…年度报告 ( 2018年01月15日 )' on the title's line (missed until the thirty-fifth session's wording, as "
        "140b02 and 152b12); P08 requests")
d.add("2017年某海市民防办公室政府信息公开工作年度报告 ( 2018年01月15日 )\n\n本年度报告根据《中华人民共和国政府信息公开条例》"
      "要求编制。\n一、概述\n")
d.prose("2017年，我办共受理政府信息公开申请4件。\n", applications_received=4)

# r655 after round 161 (study161): an untitled report named by its first section's subject (M06: 144c02, 151a02, 155d05,
# 161c06).
d = new("r655_untitled_first_section_subject_county_bureau_2024.txt", "某口区住房和城市更新局", "", "", "",
        "county_department", 2024, "narrative", "", "prose",
        "M06 no title, the bureau named only as the subject opening '一、总体情况' (blank until round 161's rule, as 144c02, "
        "151a02, 155d05 and 161c06); P01 one channel counted; P08 requests")
d.add("根据《中华人民共和国政府信息公开条例》要求，编制本年度报告。所列数据统计期限2024年1月1日起至2024年12月31日。\n"
      "一、总体情况\n某口区住房和城市更新局按照中央和省市区关于政府信息公开工作的有关要求，切实加强组织领导。\n"
      "（一）政府信息主动公开情况\n")
d.prose("2024年，我局在区政府门户网站主动公开政府信息43条。\n", proactive_disclosed=43)
d.prose("（二）政府信息依申请公开情况\n2024年，我局共收到政府信息公开申请6件。\n", applications_received=6)

# r656 after round 161 (study161): the page's date bare after the title, and over the issuer's below (M11: 161b01, 161b05,
# beside 140b02 and 152b12).
d = new("r656_title_then_bare_date_over_issuer_date_street_2023.txt", "某浦区某江路街道办事处", "", "", "", "street", 2023,
        "narrative", "2024-01-29", "prose",
        "M00 title; M11 '…年度报告 2024-01-29' on the title's line (missed until round 161's rule, as 161b01) and the issuer's "
        "'2024年1月26日' under it (read over the title's date until then, as 161b05); P08 requests")
d.add("某浦区某江路街道2023年政府信息公开工作年度报告 2024-01-29\n某浦区某江路街道办事处\n  2024年1月26日\n\n"
      "2023年，某江路街道根据《中华人民共和国政府信息公开条例》要求，认真做好信息公开工作。\n一、总体情况\n")
d.prose("（二）依申请公开\n2023年，街道共收到政府信息公开申请5件。\n", applications_received=5)

# r657-r658 after rounds 161-162: the year a rule came into force before an untitled report's own (M09 guard: 161a01) and a
# site's name in the title's place (M03 guard: 162c02).
d = new("r657_rule_in_force_year_before_own_year_street_2016.txt", "某桥街道", "", "", "", "street", 2016, "narrative", "",
        "prose",
        "M09 no title; '尤其是2015年《X规定》实施以来' before the report's own '2016年' (read as 2015 until round 161's guard, "
        "as 161a01); M06 named in its own guide's name; P11 one part-timer")
d.add("一、概述\n根据《中华人民共和国政府信息公开条例》要求，自2008年5月1日起，某桥街道开始开展政府信息公开工作。尤其是"
      "2015年《某京市政府信息公开规定》实施以来，积极推动本街道政府信息公开工作。2016年，按照区里的要求推进政务公开。\n")
d.prose("目前，街道设有1个信息申请受理点，1名兼职工作人员。制定有《某桥街道政府信息公开指南》。\n", staff=1)

d = new("r658_site_name_in_title_province_department_2020.txt", "", "", "", "", "province_department", 2020, "narrative",
        "", "prose",
        "M03 'X审计网2020年政府信息公开工作年度报告': the department's site in the title's place (read as the agency until "
        "round 162's guard, as 162c02; the department named only in passing in its prose: blank); P08 requests")
d.add("某南审计网2020年政府信息公开工作年度报告\n\n一、总体情况\n2020年，某南迎来纪念解放70周年重要节点。省审计厅坚持以公开为"
      "常态，加大审计工作重点领域主动公开力度。\n")
d.prose("（二）依申请公开\n2020年，共收到政府信息公开申请3件。\n", applications_received=3)

# r659-r660 after round 162 (study162): granted wholly or in part counted together (P08 guard: 162b01) and none carried
# over from the year before named (P08 wording: 162d01-162d03, beside r138).
d = new("r659_granted_wholly_or_in_part_together_county_2022.txt", "某江市人民政府", "", "", "", "county", 2022,
        "narrative", "", "prose",
        "M00 title; P08 '全部或部分公开的73件' (read as partly granted until round 162's guard, as 162b01: neither) beside "
        "'不予公开10件'")
d.add("某江市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n（二）依申请公开\n")
d.prose("在已办理的145件申请中，全部或部分公开的73件、不予公开10件、无法提供49件、不予处理10件。\n",
        applications_denied=10)

d = new("r660_none_carried_over_year_named_town_2024.txt", "某江县某坝镇", "", "", "", "township", 2024, "narrative", "",
        "prose",
        "M08 place-only title; P08 '2023年未转结政府信息公开申请' in a 2024 report (missed until round 162's wording, as "
        "162d01-162d03: none carried over); P09 zeros")
d.add("某江县某坝镇2024年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2024年某坝镇共受理政府信息依申请公开0件，2023年未转结政府信息公开申请，进入行政复议程序和行政诉讼程序均为0件。\n",
        applications_received=0, applications_carried_over=0, review_cases=0, litigation_cases=0)

# r661 after round 162 (study162): an index block's issue date over the page's own date below it (M04/M11: 162b01).
d = new("r661_index_issue_date_then_page_date_county_2022.txt", "某江市人民政府", "", "", "", "county", 2022, "narrative",
        "2023-02-16", "prose",
        "M04 index block '发布单位 X 发文日期 2023-02-10'; M02 '发布时间:2023-02-16 14:36' below the title (the issue date read "
        "until round 162's rule, as 162b01: the page's own date); P08 requests")
d.add("索引号 014437529/2023-00211 主题分类\n发布单位 某江市政府办 发文日期 2023-02-10\n\n"
      "某江市人民政府2022年政府信息公开工作年度报告\n\n发布时间:2023-02-16 14:36 浏览次数:\n\n"
      "本年度报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n")
d.prose("2022年，共收到政府信息公开申请145件。\n", applications_received=145)

# r662-r663 after round 164 (study164): a year before the name on its line under a year-only title (M07 guard: 164b03)
# and a contact naming a section of the bureau (M06 wording: 164a09).
d = new("r662_year_before_name_line_under_year_title_district_bureau_2010.txt", "上海市某浦区绿化和市容管理局", "", "", "",
        "county_department", 2010, "narrative", "2011-02-25", "prose",
        "M07 '2010年度信息公开年报 2011-02-25' / '2010年X局' / '政府信息公开工作年度报告' (read with its year until round 164's "
        "guard, as 164b03); M11 the date beside the first title; P08 requests")
d.add("2010年度信息公开年报 2011-02-25\n\n2010年上海市某浦区绿化和市容管理局\n\n政府信息公开工作年度报告\n\n2011年2月20日\n\n"
      "引言\n本年度工作报告是根据《中华人民共和国政府信息公开条例》要求编制。\n一、概述\n")
d.prose("2010年，本局共受理政府信息公开申请6件。\n", applications_received=6)

d = new("r663_contact_section_of_bureau_city_bureau_2012.txt", "某林市商务局", "", "", "", "city_department", 2012,
        "narrative", "", "prose",
        "M06 no title, the bureau named only in '请与X商务局电子商务和信息化处联系' (blank until round 164's wording, as "
        "164a09); P08 requests")
d.add("本年度报告是根据《中华人民共和国政府信息公开条例》要求编制。如对本年度报告有任何疑问,请与某林市商务局电子商务和"
      "信息化处联系(地址:某林市松江中路65号)。\n一、基本工作情况\n2012年,随着《条例》的正式实施,市商务局的政务公开工作"
      "进入规范化的轨道。\n")
d.prose("2012年,共受理政府信息公开申请2件。\n", applications_received=2)

# r664-r665 after round 165 (study165): a title naming the government in full over an office speaking as 我办 (M06
# guard: 165c01) and carried-over requests in 条 as the received ones (P08 wording: 165b12).
d = new("r664_full_government_title_office_speaking_district_2018.txt", "某关市某江区人民政府", "", "", "", "county", 2018,
        "narrative", "", "prose",
        "M00 the government's full name in the title; M06 compiled by its office, which speaks as '我办' (read as the office "
        "since the thirty-fifth session's rule until round 165's guard, as 165c01: the government); P08 requests in 条")
d.add("某关市某江区人民政府2018年政府信息公开年度报告\n根据《中华人民共和国政府信息公开条例》要求，由某关市某江区人民政府"
      "办公室编制。\n一、概述\n对于主动公开信息，我办主要通过区政府公众信息网公开。\n")
d.prose("二、依申请公开情况\n2018年度我办共收到政府信息公开申请2件，均已按时答复。\n", applications_received=2)

d = new("r665_carried_over_in_tiao_district_office_2022.txt", "某江区人民政府办公室", "", "", "", "county_department",
        2022, "narrative", "", "prose",
        "M06 no title, named in its contact and speaking as '我办'; P08 '共收到…申请25条,上年结转2条' (the carried-over count missed until round 165's "
        "wording, as 165b12)")
d.add("本报告根据《中华人民共和国政府信息公开条例》要求编制。如对本报告有疑问，请与某江区人民政府办公室联系。\n一、总体情况\n"
      "2022年，我办坚持以公开为常态、不公开为例外，推进政务公开工作。\n")
d.prose("（二）依申请公开\n全年共收到政府信息公开申请25条，上年结转2条，办结政府信息公开申请26条，结转下年度继续办理1条。\n",
        applications_received=25, applications_carried_over=2)

# r666 after round 166 (study166): a government's office named only as the compiler of its government's report (M06:
# 132c11, 133c07, 134b03, 141b04, 166d01).
d = new("r666_office_only_compiler_government_report_district_2020.txt", "某中区人民政府", "", "", "", "county", 2020,
        "narrative", "", "prose",
        "M06 no title, '由X区政府办公室编制' and the report speaking as the district (read as the office until round 166's "
        "rule, as 166d01 and four other governments' pages); M08 the government printed in the site's name; "
        "P04 the portal's column")
d.add("本年度报告是根据《中华人民共和国政府信息公开条例》要求，由某中区政府办公室编制。本年度报告的电子版可以某宁市某中区"
      "人民政府网站查阅并下载。\n一、总体情况\n2020年，某中区坚持以公开为常态，推进全区政务公开工作。\n")
d.prose("（二）依申请公开\n2020年，共收到政府信息公开申请11件。\n", applications_received=11)

# r667 after round 167 (study167): a bureau's 局党政办公室 in its contact (M06 guard: 167c04, beside 119a02's 局办公室).
d = new("r667_bureau_party_government_office_contact_district_bureau_2024.txt", "某口区教育局", "", "", "",
        "county_department", 2024, "narrative", "", "prose",
        "M06 no title, named only in '请联系:X局局党政办公室' (read as 'X局局' until round 167's guard, as 167c04); P08 "
        "requests")
d.add("本报告依据《中华人民共和国政府信息公开条例》编制。所列数据统计期限为2024年1月1日至2024年12月31日。如对本报告有疑问,"
      "请联系:某口区教育局局党政办公室,地址:某口区京汉大道375号。\n一、总体情况\n")
d.prose("2024年,我局受理政府信息公开申请2件,均按时答复。\n", applications_received=2)

# r668 after rounds 140 and 149 scored again: a tobacco bureau named with the company it also is (M08 wording: 149c04,
# beside 140c08's zone with its second committee in brackets).
d = new("r668_tobacco_bureau_company_in_brackets_city_2018.txt", "某阳市烟草专卖局(公司)", "", "", "", "city_department",
        2018, "narrative", "2019-03-15", "prose",
        "M08 'X烟草专卖局(公司)2018年政府信息公开年度报告' (read without its bracket until the thirty-sixth session's wording, as "
        "149c04); M11 the date in brackets under the title; P08 requests")
d.add("某阳市烟草专卖局(公司)2018年政府信息公开年度报告\n(2019年3月15日)\n编制说明:本年度报告根据政府信息公开相关法规编制。\n"
      "一、概述\n2018年，我局(公司)认真做好政府信息公开工作。\n")
d.prose("二、依申请公开\n2018年，共收到政府信息公开申请1件，已按时答复。\n", applications_received=1)

# r669 after round 132 scored again: bracketed index labels with bars between the cells (M04 wording: 132b05, 132b06).
d = new("r669_bracket_labels_barred_cells_street_2024.txt", "某城街道办事处", "", "", "", "township", 2024, "narrative",
        "2025-01-21", "prose",
        "M04 '[ 成文日期 ] | 2025-01-20 | [ 公开日期 ] | 2025-01-21 |' (the page's date missed until the thirty-sixth session's "
        "wording, as 132b05 and 132b06); P08 requests")
d.add("[ 索 引 号 ] | 11371322MB28/2025-00012 | [ 主题分类 ] | 其他 |\n[ 发布机构 ] | 某城街道办事处 | [ 发文字号 ] |  |\n"
      "[ 成文日期 ] | 2025-01-20 | [ 公开日期 ] | 2025-01-21 | [ 有 效 性 ] | 有效中 |\n\n"
      "某城街道办事处2024年政府信息公开工作年度报告\n\n本报告依据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n")
d.prose("2024年，街道共收到政府信息公开申请2件。\n", applications_received=2)

# r670 after round 168 (study168): a cover letter's title split after the sent report's place (M07 guard: 168b03).
d = new("r670_cover_letter_title_split_after_place_district_2024.txt", "某港区人民政府", "", "", "", "county", 2024,
        "narrative", "2025-01-10", "prose",
        "M07 'X区人民政府办公室关于印发X区 / 2024年度…报告的通知' (read as the whole first half until round 168's guard, as "
        "168b03); M08 the sent report's place-only title, compiled by the government's office; P08 requests")
d.add("- 发布机构:某港区人民政府办公室\n- 公文生成日期:2025-01-10\n某港政办〔2025〕1号\n某港区人民政府办公室关于印发某港区\n"
      "2024年度政府信息公开工作年度报告的通知\n各镇人民政府、区直各部门:\n经区政府同意，现将《某港区2024年度政府信息公开"
      "工作年度报告》印发给你们。\n某港区人民政府办公室\n2025年1月10日\n某港区2024年度政府信息公开工作年度报告\n"
      "本报告由某港区人民政府办公室编制。\n一、总体情况\n")
d.prose("2024年，共收到政府信息公开申请5件，均已按时答复。\n", applications_received=5)

# r671 after round 169 (study169): a place's OGI office compiles the untitled report (M06 compiler wording: 133a05,
# 136b03, 169c03).
d = new("r671_place_ogi_office_compiles_untitled_county_2019.txt", "某宁县", "", "", "", "county", 2019, "narrative", "",
        "prose",
        "M06 no title, '本报告由X县政务公开办公室根据…编制而成' (read as the office until round 169's wording, as 133a05, 136b03 "
        "and 169c03, each labelled the bare place); P08 requests")
d.add("本文内容:\n本报告由某宁县政务公开办公室根据《中华人民共和国政府信息公开条例》等相关规定，整理统计数据编制而成。全文包括"
      "总体情况、主动公开政府信息情况等部分。\n一、总体情况\n")
d.prose("2019年，共收到政府信息公开申请9件，均已按期答复。\n", applications_received=9)

# r672 after round 171 (study171): the other kinds' count closing a breakdown read as the year's total (P02 guard: 171b02).
d = new("r672_other_kinds_count_closing_breakdown_district_bureau_2020.txt", "某都区财政局", "", "", "",
        "county_department", 2020, "narrative", "", "prose",
        "M06 no title, named in its overview; P02 a total worded 主动新增公开…N条 and its breakdown closed by "
        "'其他应主动公开信息N条' (read as the total until round 171's guard, as 171b02)")
d.add("本报告根据《中华人民共和国政府信息公开条例》要求编制而成。\n一、总体情况\n2020年,某都区财政局认真做好政务公开工作。\n")
d.prose("(一)主动公开情况。2020年主动新增公开政府信息64条,在主动公开的信息中,工作动态类信息50条,占78.1%;财政预决算类"
        "信息9条,占14.1%;其他应主动公开信息5条,占7.8%。\n", proactive_disclosed=64)

# r673 after round 172 (study172): one kind of staff named as part of a total counted otherwise (P11 guard: 172a06).
d = new("r673_full_timers_part_of_uncounted_total_city_bureau_2012.txt", "某州市民政局", "", "", "", "city_department", 2012,
        "narrative", "", "prose",
        "M06 compiler clause, no title; P11 '参加…工作的人员共有N人,其中专职人员M人,占总…' (read as staff M until round 172's "
        "guard, as 172a06), the total not a staff wording the parser reads; P08 requests")
d.add("本报告由某州市民政局编制。\n一、概述\n")
d.prose("2012年，局机关参加政府信息公开工作的人员共有31人，其中专职人员6人，占总数的19%。全年共收到政府信息公开申请"
        "4件。\n", applications_received=4)

# r674 after round 173 (study173): a report in English, its year after the title's words (M12: 173a01–a05, five 北京
# districts on mirrors; the agency printed only in English, left blank as 29b22's reader did).
d = new("r674_english_title_year_after_words_district_2020.txt", "", "", "", "", "county", 2020, "narrative", "", "prose",
        "M12 'Annual Report of X District People's Government on Government Information Disclosure in 2020' (no year read "
        "until round 173's rule, as 173a01–a05); the agency printed only in English, blank")
d.add("Annual Report of Some District People’s Government of a Municipality on Government Information Disclosure in 2020\n\n"
      "  This report is made in accordance with Article 50 of the Regulations on the Openness of Government Information. "
      "It covers the period from January 1 to December 31, 2020.\n  I. Overview\n  In 2020, the district government "
      "kept openness as the norm.\n")

# r675 after round 173 (study173): an update time before the publication time on one line (M11: 173c04, 173c08).
d = new("r675_update_time_before_publication_time_district_bureau_2023.txt", "某口区民政局", "", "", "",
        "county_department", 2023, "narrative", "2024-01-19", "prose",
        "M11 '更新时间:2024-03-05 10:12 发布时间:2024-01-19 09:30 来源:X' under the title (the update time read until round "
        "173's wording, as 173c04 and 173c08); P08 requests")
d.add("某口区民政局2023年政府信息公开工作年度报告\n\n更新时间:2024-03-05 10:12 发布时间:2024-01-19 09:30 来源:某口区民政局\n\n"
      "本报告根据《中华人民共和国政府信息公开条例》编制。\n一、总体情况\n")
d.prose("2023年，我局共收到政府信息公开申请3件，均按时答复。\n", applications_received=3)

# r676 after round 174 (study174): an English title under the body's English name (M12: 174c01's province office).
d = new("r676_english_title_under_body_name_province_office_2011.txt", "", "", "", "", "province_department", 2011,
        "narrative", "", "prose",
        "M12 'General Office of X Provincial People's Government' over '2011 Annual Report on Government Information "
        "Disclosure' (no year read until round 174's wording, as 174c01); the agency printed only in English, blank; the "
        "English date in brackets under the title not read")
d.add("General Office of Some Provincial People’s Government\n2011 Annual Report on Government Information Disclosure\n"
      "(March 20, 2012)\nThis report is compiled in accordance with the Regulations on the Disclosure of Government "
      "Information.\nI. Overview\n")

# r677 after round 175 (study175): a 管理处 named only inside its own guide's title (M06: 175c05's scenic area).
d = new("r677_management_office_named_in_own_guide_county_2018.txt", "某阳县某溪景区管理处", "", "", "",
        "county_department", 2018, "narrative", "", "prose",
        "M06 no title, '我处' throughout, the name only in '制定了《X管理处政府信息公开指南》' (unnamed until round 175's "
        "suffix, as 175c05); P08 requests")
d.add("根据《中华人民共和国政府信息公开条例》要求，特编制我处2018年度政府信息公开工作年度报告。\n一、基本情况\n"
      "2018年，我处进一步强化组织领导，推进政务信息公开。\n二、推进指南和目录编制工作。结合实际，制定了《某阳县某溪景区"
      "管理处政府信息公开指南》，明确了编制原则和工作要求。\n")
d.prose("三、依申请公开情况。2018年，我处共收到政府信息公开申请2件，均按时答复。\n", applications_received=2)

# r678 after round 176 (study176): the subject after a sentence giving the year's character (M06: 176c04, 143c09).
d = new("r678_subject_after_year_character_sentence_city_bureau_2020.txt", "某州市司法局", "", "", "", "city_department",
        2020, "narrative", "", "prose",
        "M06 no title, '2020年是…收官之年,…拼搏之年。X局以…为指导' (unnamed until round 176's wording, as 176c04 and "
        "143c09); P08 requests")
d.add("\n一、总体情况\n2020年是某某规划收官之年,是决战决胜之年,也是攻坚克难的拼搏之年。某州市司法局以新时代思想为指导,"
      "围绕中心工作,以提升政务公开质量为主线,现将有关工作报告如下:\n")
d.prose("(一)依申请公开。2020年,我局共收到政府信息公开申请6件,均已按时答复。\n", applications_received=6)

# r679 after round 177 (study177): a list of kinds closed by 等共计N条 with no noun (P01: 177b09, 144c03).
d = new("r679_kinds_list_closed_by_total_without_noun_district_bureau_2021.txt", "某桥区应急管理局", "", "", "",
        "county_department", 2021, "narrative", "", "prose",
        "M07 title; P01 '及时公开组织机构、工作信息…等共计N条' (unread until round 177's wording, as 177b09 and 144c03)")
d.add("某桥区应急管理局2021年政府信息公开工作年度报告\n\n一、总体情况\n")
d.prose("2021年我局通过区政府网站等平台发布政务信息,及时公开机构职能、工作动态、财政预决算、人事任免、统计数据等共计"
        "46条。\n", proactive_disclosed=46)

# r680 after round 178 (study178): an untitled English report whose year is only in its statistics period (M12: 176a05,
# 178a01, 178a02, three 北京 districts on mirrors; the agency printed only in English, blank).
d = new("r680_english_untitled_period_year_district_2017.txt", "", "", "", "", "county", 2017, "narrative", "", "prose",
        "M12 no title, 'The statistical period … is from January 1, 2017 to December 31, 2017' (no year read until round "
        "178's wording, as 176a05, 178a01 and 178a02); the agency printed only in English, blank")
d.add("This report is compiled in accordance with the Regulations on the Openness of Government Information, based on the "
      "annual reports of the district's units. The statistical period of the data listed in this report is from January "
      "1, 2017 to December 31, 2017. The electronic version can be downloaded from the district's portal.\nI. Overview\n")

# r681 after round 179 (study179): a place-only title naming a 新区 that is a district with a government (M08: 179a01).
d = new("r681_new_area_district_place_only_title_government_2012.txt", "某东新区人民政府", "", "", "", "county", 2012,
        "narrative", "2013-02-28", "prose",
        "M08 place-only title '某海市某东新区2012年…' over a compiler '由某东新区人民政府办公室综合…编制' (read as the bare place "
        "until round 179's wording, as 179a01: a 新区 was looked for only as a zone's committee); M02 field line; P01 total")
d.add("某海市某东新区2012年政府信息公开工作年度报告\n发布机构 区政府 发布时间 2013-02-28\n某海市某东新区\n2013年2月28日\n"
      "本年度报告由某东新区人民政府办公室综合区政府所属各行政机关的政府信息公开年度报告编制而成。\n一、概述\n")
d.prose("2012年，全区共主动公开政府信息5214条。\n", proactive_disclosed=5214)

# r682 after round 179 (study179): a page date under its label on the line above, a signature date below (M11: 179a04).
d = new("r682_page_date_label_on_line_above_signature_below_county_2013.txt", "某明县人民政府", "", "", "", "county", 2013,
        "narrative", "2014-01-08", "prose",
        "M04 index block with each label and value on lines of their own; M11 '发布日期:' / '2014-01-08' over the "
        "signature's 2014年1月6日 (the signature's read until round 179's wording, as 179a04); P08 requests")
d.add("某海市某明县2013年政府信息公开年度报告\n索引号:\nSY0000000000201410004\n公开主体:\n某明县人民政府办公室\n发文字号:\n"
      "成文日期:\n发布日期:\n2014-01-08\n某明县人民政府\n2014年1月6日\n引 言\n本年报由某明县人民政府编制。\n一、概述\n")
d.prose("2013年，共收到政府信息公开申请31件，均已按时答复。\n", applications_received=31)

# r683 after round 180 (study180): a bracketed heading ending in 署 read as the agency (M06 guard: 180c02's city).
d = new("r683_bracketed_heading_ending_like_a_name_city_2016.txt", "某潭市人民政府", "", "", "", "city", 2016, "narrative",
        "", "prose",
        "M06 no title, the city named as its headings' subject; '(二)围绕重点工作加强工作部署' (read as the agency until round "
        "180's guard, as 180c02: 署 ends agencies' names); P01 total")
d.add("一、概述\n2016年,某潭市各级各部门紧紧围绕发展主线,认真贯彻落实《条例》,全面推进政务公开。\n(一)加强组织领导\n"
      "某潭市高度重视政务公开工作,成立了领导小组,领导小组办公室设市政府办公室。\n(二)围绕重点工作加强工作部署\n"
      "为贯彻落实上级要求,某潭市人民政府办公室印发了年度工作要点。\n")
d.prose("(三)主动公开情况\n2016年,市政府主动公开政府信息1523条。\n", proactive_disclosed=1523)

# r684 after round 180 (study180): no requests nor the appeals listed after them in one clause (P08: 180d04).
d = new("r684_no_requests_nor_appeals_listed_after_them_county_bureau_2024.txt", "某江市信访局", "", "", "",
        "county_department", 2024, "narrative", "", "prose",
        "M07 title; P08 '全年未收到和处理政府信息公开申请、公开行政复议、行政诉讼等情况' (the requests' zero unread until round "
        "180's wording, as 180d04; the appeals' zeros read); P09")
d.add("某江市信访局2024年政府信息公开工作年度报告\n\n一、总体情况\n")
d.prose("(二)依申请公开情况。全年未收到和处理政府信息公开申请、公开行政复议、行政诉讼等情况。\n", applications_received=0,
        review_cases=0, litigation_cases=0)

# r685 after round 180 (study180): one part-time worker in each of a committee's departments (P11 guard: 180b10).
d = new("r685_one_worker_in_each_department_zone_committee_2013.txt", "某岛保税港区管理委员会", "", "", "", "county", 2013,
        "narrative", "", "prose",
        "M07 title; P11 '管委各个部门都有一名兼职人员' (read as staff 1 until round 180's guard, as 180b10); P01 total")
d.add("某岛保税港区管理委员会2013年政府信息公开工作年度报告\n\n一、概述\n(一)充实机构,完善制度。2013年我区重新组建了办公室。"
      "管委各个部门都有一名兼职人员,专门负责本部门信息公开工作。\n")
d.prose("二、主动公开政府信息情况\n2013年,共主动公开政府信息412条。\n", proactive_disclosed=412)

# r686 after round 181 (study181): the outline '报告由2019年X信息公开工作总体情况…组成' naming the agency (M06: 181d06, 181d11).
d = new("r686_outline_you_year_agency_county_office_2019.txt", "某江市政府办", "", "", "", "county_department", 2019,
        "narrative", "", "prose",
        "M06 no title, the outline '报告由2019年某江市政府办信息公开工作总体情况、…组成' (read as '由2019年…' until round 181's "
        "wording, as 181d06 and 181d11); P08 requests")
d.add("本报告根据《中华人民共和国政府信息公开条例》和省、市人民政府关于政府信息公开工作的有关要求编写。报告由2019年某江市政府办"
      "信息公开工作总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等六部分组成。\n一、总体情况\n")
d.prose("2019年,共收到政府信息公开申请5件,均已按期答复。\n", applications_received=5)

# r687 after round 181 (study181): the year between the place and the body in the title (M09: 154b10, 171b12, 181c08).
d = new("r687_year_between_place_and_body_title_city_bureau_2021.txt", "某城市气象局", "", "", "", "city_department", 2021,
        "narrative", "2022-01-18", "prose",
        "M03 site chrome and trail; M09 title '某城市2021年气象局政府信息公开工作年度报告' (read as the bare city until round "
        "181's wording, as 154b10, 171b12 and 181c08); M02 date line; P01 total")
d.add("市气象局\n您现在所在的位置: 网站首页 > 政府信息公开 > 市气象局 > 政府信息公开年报\n某城市2021年气象局政府信息公开工作"
      "年度报告\n发布时间:2022-01-18 00:00 来源:市气象局 字体:[ ]\n\n本年报根据《中华人民共和国政府信息公开条例》的要求编制。\n"
      "一、总体情况\n")
d.prose("(一)主动公开情况\n2021年,共主动公开政府信息146条。\n", proactive_disclosed=146)

# r688 after round 184 (study184): a start date left alone on its line where a sentence was broken (M11 guard: 184a05–a07).
d = new("r688_start_date_alone_on_its_line_town_2014.txt", "上海市某浦区某泾镇人民政府", "", "", "", "township", 2014,
        "narrative", "2015-01-26", "prose",
        "M07 title; M04 index block's values without their labels, the date '2015.01.26' among them; M11 guard: "
        "'2004年5月1日起' alone on its line inside the opening sentence (read as the page's date until round 184's guard, as "
        "184a05, 184a06 and 184a07); P06 to date beside the year's part")
d.add("2014年上海市某浦区某泾镇政府信息公开工作年度报告\n无\n主动公开\n无\n无\n2015.01.26\n引 言\n本年度报告根据《条例》和"
      "《规定》要求，由上海市某浦区某泾镇人民政府编制。\n一、概 述\n根据《规定》要求，\n2004年5月1日起\n本镇开始开展政府信息公开"
      "工作。截至2014年底，本镇政府信息公开工作运行正常。\n")
d.prose("二、主动公开政府信息情况\n本镇到2014年底累计主动公开政府信息612条，其中本年度新增的主动公开信息57条。\n",
        proactive_disclosed=57)

# r689 after round 185 (study185): the district's staff provided "for this" after the district as the subject (P12 guard:
# 136b04, 155b07, 185d04, 185d08).
d = new("r689_staff_for_the_districts_work_district_2009.txt", "上海市某浦区", "", "", "", "county", 2009,
        "narrative", "", "prose",
        "M07 title; P12 guard: '2004年5月1日起我区开始开展…工作。为此，专门配备了3名全职人员、98名兼职工作人员' (read as staff "
        "101 until round 185's guard, as 136b04, 155b07, 185d04 and 185d08); P01 total")
d.add("上海市某浦区2009年政府信息公开年度报告\n引 言\n本年报根据《条例》和《规定》要求，由上海市某浦区编制。\n一、概 述\n"
      "根据《规定》要求，2004年5月1日起我区开始开展政府信息公开工作。为此，专门配备了3名全职人员、98名兼职工作人员，设立了"
      "41个专门的信息申请受理点。\n")
d.prose("二、主动公开政府信息情况\n2009年，本区新增主动公开政府信息2418条。\n", proactive_disclosed=2418)

# r690 after round 186 (study186): an earlier year's report listed among the items published, in an untitled report (M09
# guard: 186b08).
d = new("r690_earlier_report_listed_untitled_city_bureau_2019.txt", "", "", "", "", "city_department", 2019, "narrative", "",
        "prose",
        "M03 a search box's words over the text; M06 no title and no name; M09 guard: '…重点领域信息及2018年度信息公开工作报告' "
        "among the items published (read as the year 2018 until round 186's guard, as 186b08, whose requests went unread "
        "with it); P08 requests")
d.add("选择特殊符号\n选择搜索类型\n请输入搜索\n一、总体情况\n(一)主动公开方面\n在网站上公开了领导分工、内设机构职能、行政权力"
      "清单等重点领域信息及2018年度信息公开工作报告。\n(二)依申请公开方面\n")
d.prose("我局依申请公开可通过信函、传真或当面递交等方式申请。2019年度我局共收到9件依申请公开，均按时予以答复。\n",
        applications_received=9)

# r691 after round 186 (study186): the title with its dashed date in brackets, over the issuer's date below (M11: 186b02, 186b09).
d = new("r691_title_then_dashed_date_in_brackets_city_bureau_2009.txt", "上海市某某管理局", "", "", "", "province_department",
        2009, "narrative", "2010-02-05", "prose",
        "M11 '2009年政府信息公开年报 ( 2010-02-05 )' over the issuer's '2010年1月18日' (read as the issuer's date until round "
        "186's wording, as 186b02 and 186b09); M07 the name on its own line; P11 staff")
d.add("2009年政府信息公开年报 ( 2010-02-05 )\n\n上海市某某管理局\n\n2010年1月18日\n\n引 言\n本年度报告根据《条例》和《规定》"
      "要求，由上海市某某管理局编制。\n一、概 述\n")
d.prose("根据《规定》要求，2004年5月1日起本局开始开展政府信息公开工作。为此，专门配备了2名全职工作人员、3名兼职工作人员。\n",
        staff=5)

# r692 after round 187 (study187): the page's date line with the report's opening run into it (M11: 181b09, 181c09, 187a05).
d = new("r692_date_run_into_opening_district_bureau_2025.txt", "上海市某陀区统计局", "", "", "", "county_department", 2025,
        "narrative", "2026-01-09", "prose",
        "M03 a screen reader's hint over the title; M11 '2026年01月09日 来源: 上海某陀本报告根据…' (the date unread in a line as "
        "long as a sentence until round 187's wording, as 181b09, 181c09 and 187a05); P01 total; P08 requests")
d.add("正文内容区域请使用tab按钮切换浏览\n上海市某陀区统计局2025年度政府信息公开工作年度报告\n2026年01月09日 来源: 上海某陀本报告根据"
      "《中华人民共和国政府信息公开条例》(以下简称《条例》)和《上海市政府信息公开规定》要求编制，全文包括总体情况、主动公开政府信息"
      "情况等六个部分。\n一、总体情况\n")
d.prose("(一)主动公开\n2025年，某陀区统计局通过门户网站主动公开信息41件。\n(二)依申请公开\n2025年，本局收到政府信息公开申请5件。\n",
        proactive_disclosed=41, applications_received=5)

# r693 after round 188 (study188): a fee not charged for requests read as no requests (P10 guard: 188c06).
d = new("r693_fee_not_charged_for_requests_county_bureau_2020.txt", "某兴县教育局", "", "", "", "county_department",
        2020, "narrative", "", "prose",
        "M07 title; P10 '本年度未向公开权利人收取依申请公开的任何费用' (read as no requests as well as no fee until round 188's "
        "guard, as 188c06); P08 requests handled only, none received stated")
d.add("某兴县教育局2020年政府信息公开工作年度报告\n一、总体情况\n")
d.add("(一)加强队伍建设。我局明确办公室负责政府信息公开工作。\n")
d.add("(二)依申请公开。2020年共办结依申请公开6件，均按时答复。\n")
d.prose("(三)收费情况。本年度未向公开权利人收取依申请公开的任何费用。\n", fees_10k_yuan=0)

# r694 after round 190 (study190): a copy that stops inside the requests' figure (P08 guard: 190c12).
d = new("r694_text_cut_inside_a_figure_township_2021.txt", "某州区某渡乡人民政府", "", "", "", "township", 2021,
        "narrative", "", "prose",
        "M07 title; P01 total; P08 '我乡2021年度受理政府信息公开申请1' where the copy stops (read as 1 request until round "
        "190's guard, as 190c12)")
d.add("某州区某渡乡人民政府2021年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(一)主动公开方面\n我乡2021年度在区政府门户网站主动公开政府信息212条。\n", proactive_disclosed=212)
d.add("(二)依申请公开方面\n我乡2021年度受理政府信息公开申请1")

# r695 after round 191 (study191): the title with its dotted date in brackets (M11 wording: 191a05).
d = new("r695_title_then_dotted_date_in_brackets_city_office_2024.txt", "上海市某某办公室", "", "", "", "province_department",
        2024, "narrative", "2025-01-13", "prose",
        "M11 '2024年度上海市某某办公室政府信息公开工作年度报告 ( 2025.01.13 )' (unread until round 191's wording, as 191a05); "
        "M07 the title again over two lines; P11 staff")
d.add("2024年度上海市某某办公室政府信息公开工作年度报告 ( 2025.01.13 )\n2024年上海市某某办公室\n政府信息公开工作年度报告\n"
      "本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》的要求编制。\n一、总体情况\n")
d.prose("(一)工作机构。本办明确综合处承担政府信息公开日常工作，配备2名兼职工作人员。\n", staff=2)

# r696 after round 192 (study192): a title split after its 政府, the bureau's name read with it (M07 guard: 192d01).
d = new("r696_title_split_after_its_government_word_city_bureau_2013.txt", "某州市财政局", "", "", "", "city_department",
        2013, "narrative", "", "prose",
        "M07 '2013年某州市财政局政府 / 信息公开年度报告' (read as 某州市财政局政府 until round 192's guard, as 192d01); "
        "P11 staff")
d.add("2013年某州市财政局政府\n信息公开年度报告\n根据《中华人民共和国政府信息公开条例》要求，编制2013年某州市财政局政府信息公开"
      "年度报告。\n一、概述\n")
d.prose("我局由办公室负责政府信息公开日常工作，配备专职工作人员1名。\n", staff=1)

# r697 after round 193 (study193): a title with a converter's space inside its report words (M07 wording: 193d03).
d = new("r697_title_space_inside_report_words_district_2018.txt", "某家界市某定区政府", "", "", "", "county", 2018,
        "narrative", "", "prose",
        "M03 a trail to the column; M07 '某家界市某定区政府2018年度政府信息 公开工作年度报告' (unread until round 193's "
        "wording, as 193d03); P08 requests")
d.add("当前位置: 首页 > 政务 > 政府信息公开年度报告\n\n某家界市某定区政府2018年度政府信息 公开工作年度报告\n\n分享到:\n\n"
      "根据《中华人民共和国政府信息公开条例》要求，现公布本年度报告。\n一、概述\n")
d.prose("二、依申请公开情况\n2018年，区政府收到政府信息公开申请27件，均按时答复。\n", applications_received=27)

# r698 after round 194 (study194): a sentence without its marks ending on 所 read as the name (guard: 194d02).
d = new("r698_sentence_without_marks_ending_on_suo_city_bureau_2013.txt", "某山市科学技术局", "", "", "", "city_department",
        2013, "narrative", "", "prose",
        "M06 no title, the compiler in the opening '由某山市科学技术局编制的2013年度…报告'; a heading's sentence "
        "'某山市科学技术局在局机关及情报所设立了政府信息查询场所' with no full stop (read as the name until round 194's guard, "
        "as 194d02); P11 staff")
d.add("本年报是根据《中华人民共和国政府信息公开条例》和某山市政府信息公开办公室的相关规定,由某山市科学技术局编制的2013年度"
      "政府信息公开年度报告\n一、总体工作情况\n(一)政府信息公开机构建设情况\n")
d.prose("2013年我局调整了政府信息公开工作领导小组，由办公室负责日常工作，配备兼职工作人员2名。\n", staff=2)
d.add("(二)政府信息查阅场所建设情况\n某山市科学技术局在局机关及情报所设立了政府信息查询场所\n")

# r699 after round 195 (study195): an office's staff summed with the district's part-timers (P12 guard: 195a06).
d = new("r699_staff_parts_across_the_whole_district_2009.txt", "上海市某北区人民政府", "", "", "", "county", 2009,
        "narrative", "2010-02-10", "prose",
        "M07 the place on a line, the date under it, the compiler naming its government; P11 '专门配备了2名全职工作人员,"
        "同时,在全区配备了48名兼职工作人员' (read as 50 until round 195's guard, as 195a06); P01 total")
d.add("上海市某北区\n2010年2月10日\n引言\n本年度报告是根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求，"
      "由上海市某北区人民政府编制。\n一、概述\n2009年将政府信息公开职能划转至区政府办公室,成立了信息公开科,专门配备了2名全职工作人员,"
      "同时,在全区配备了48名兼职工作人员。\n")
d.prose("二、主动公开政府信息情况\n2009年，本区主动公开政府信息3120条。\n", proactive_disclosed=3120)

# r700 after round 196 (study196): a request answered by pointing to what was already published (P08 guard: 196a04).
d = new("r700_request_answered_as_already_published_district_bureau_2024.txt", "某山区退役军人事务局", "", "", "", "county_department",
        2024, "narrative", "", "prose",
        "M06 no title, the compiler in the opening '本报告由某山区退役军人事务局编制'; P08 '申请公开的内容为本单位已主动公开的"
        "政府信息1件' (read as the year's items until round 196's guard, as 196a04); P05 one channel's count, no total")
d.add("本年度报告根据《中华人民共和国政府信息公开条例》要求编制，所列数据的统计期限自2024年1月1日起至2024年12月31日止。"
      "本报告由某山区退役军人事务局编制。\n一、总体情况\n(一)主动公开\n2024年，通过区门户网站主动公开政府信息共计21条，"
      "局微信公众号发布信息261条。\n")
d.prose("(二)依申请公开\n本年度共收到政府信息公开申请2件，申请公开的内容为本单位已主动公开的政府信息1件，"
        "申请公开的内容为无法提供相关信息的1件。\n", applications_received=2)

# r701 after round 196 (study196): documents split into 主动公开 and 依申请公开 parts only (P08 guard: 196a11).
d = new("r701_documents_split_by_attribute_two_parts_district_bureau_2021.txt", "上海市某陀区生态环境局", "", "", "",
        "county_department", 2021, "narrative", "", "prose",
        "M01 title; P02 '全年行政发文共21件,主动公开18件,依申请公开3件' (its 依申请公开 part read as the requests until round 196's "
        "guard, as 196a11); P08 requests")
d.add("上海市某陀区生态环境局2021年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n"
      "全年行政发文共21件,主动公开18件,依申请公开3件。除行政发文外,我局在官网发布的信息主要包括机构职能、计划总结等内容。\n")
d.prose("(二)依申请公开\n本年度共收到申请10件,作出答复10件。其中予以公开7件,信息不存在3件。\n",
        applications_received=10, applications_granted=7)

# r702 after round 197 (study197): acceptance points counted after 受理, read as requests (P08 guard: 197a08).
d = new("r702_acceptance_points_counted_district_2007.txt", "上海市某湾区", "", "", "", "county", 2007, "narrative", "",
        "prose",
        "M07 a place-only title; M06 the place-only compiler '由上海市某湾区编制'; P08 '设立了1个区政府信息申请受理点和42个政府部门"
        "信息申请受理点' (read as 42 requests until round 197's guard, as 197a08); P01 total")
d.add("2007年上海市某湾区政府信息公开年度报告\n本年报是根据《上海市政府信息公开规定》要求，由上海市某湾区编制的2007年度政府信息公开"
      "年度报告。\n一、概述\n根据《上海市政府信息公开规定》要求，本区开始开展政府信息公开工作。为此，设立了1个区政府信息申请受理点和"
      "42个政府部门信息申请受理点，并开辟了区政府信息公开公共查阅室。\n")
d.prose("二、主动公开政府信息情况\n2007年，本区新增主动公开政府信息2468条。\n", proactive_disclosed=2468)

# r703 after round 198 (study198): a law's start date opening the text's cut last line, read as the page's date (M11 guard:
# 198a11).
d = new("r703_law_start_date_on_the_cut_last_line_district_commission_2009.txt", "上海市某山区经济委员会", "", "", "",
        "county_department", 2009, "narrative", "", "prose",
        "M01 title, the agency and a month-only date under it; M11 the excerpt ending '2008年5月1日《条例》和《规定' (read as the "
        "page's date until round 198's guard, as 198a11); P11 staff")
d.add("2009年上海市某山区经济委员会政府信息公开工作年度报告\n上海市某山区经济委员会\n二〇一〇年一月\n引 言\n"
      "本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求，由上海市某山区经济委员会编制。\n一、概述\n")
d.prose("我委明确政府信息公开工作分管领导和责任科室，配备兼职工作人员2名。\n", staff=2)
d.add("(二)明确公开范围，进一步深化主动公开内容和渠道。\n2008年5月1日《条例》和《规定")

# r704 after round 199 (study199): the name line under a place-less title led by its year without 年 (M07 guard: 199a05).
d = new("r704_name_line_led_by_year_without_nian_city_commission_2016.txt", "上海市某房和城乡建设管理委员会", "", "", "",
        "province_department", 2016, "narrative", "2017-03-31", "prose",
        "M07 a place-less title '2016年政府信息公开年报 ( 2017-03-31 )', then '2016上海市某房和城乡建设管理委员会' / '政府信息公开工作"
        "年度报告' (read with its year until round 199's guard, as 199a05 and 187a03); P11 staff")
d.add("2016年政府信息公开年报 ( 2017-03-31 )\n\n2016上海市某房和城乡建设管理委员会\n\n政府信息公开工作年度报告\n\n"
      "上海市某房和城乡建设管理委员会\n\n2017年3月\n\n引 言\n本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》"
      "要求编制。\n一、概述\n")
d.prose("我委由办公室负责政府信息公开日常工作，配备兼职工作人员3名。\n", staff=3)

# r705 after round 199 (study199): a wiki copy's box printing the period under 时间 (M11 guard: 199c06).
d = new("r705_period_under_a_bare_time_label_city_2012.txt", "", "", "", "", "city", 2012, "narrative", "", "prose",
        "M03 a wiki copy, no title; M11 '- 时间:2012年1月1日起至2012年12月31日' (read as published on 2012-01-01 until round 199's "
        "guard, as 199c06); P08 requests")
d.add("本报告根据《中华人民共和国政府信息公开条例》规定，汇总全市各级行政机关政府信息公开工作情况编制而成。本报告所列数据的统计时限"
      "自2012年1月1日起至2012年12月31日。\n- 时间:2012年1月1日起至2012年12月31日\n一、概述\n")
d.prose("2012年，全市各级行政机关共受理政府信息公开申请158件。\n", applications_received=158)

# r706 after round 200 (study200): an index block's 产生日期 over the signature's date (M11 guard: 200a01).
d = new("r706_made_on_date_over_signature_city_bureau_2015.txt", "上海市某商行政管理局", "", "", "", "province_department", 2015,
        "narrative", "2016-02-15", "prose",
        "M04 an index block '产生日期 2016-02-24' (read as the page's date until round 200's guard, as 200a01); M11 the signature's "
        "date under the name; P11 staff")
d.add("2015年上海市某商行政管理局政府信息公开工作年度报告\n\n索取号 MB2F3067XN/2021-00002 文    号\n产生日期 2016-02-24\n\n"
      "2015年上海市某商行政管理局\n\n政府信息公开工作年度报告\n\n上海市某商行政管理局\n\n2016年2月15日\n\n引  言\n"
      "本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求，由上海市某商行政管理局编制。\n一、概述\n")
d.prose("我局由办公室具体负责政府信息公开工作，配备专职工作人员2名。\n", staff=2)

# r707 after round 200 (study200): the page's date in round brackets after its label (M11 wording: 187a07, 200a08).
d = new("r707_page_date_in_round_brackets_city_commission_2009.txt", "上海市某务委员会", "", "", "", "province_department", 2009,
        "narrative", "2010-02-20", "prose",
        "M01 title; M11 '发布日期(2010-02-20)' (unread until round 200's wording, as 200a08 and 187a07); P11 staff")
d.add("2009年上海市某务委员会政府信息公开年报\n\n发布日期(2010-02-20)\n\n \n本年度报告根据《中华人民共和国政府信息公开条例》和"
      "《上海市政府信息公开规定》要求，由上海市某务委员会编制。\n一、概述\n")
d.prose("我委由办公室负责政府信息公开日常工作，配备兼职工作人员4名。\n", staff=4)

# r708 after round 202 (study202): a site's column heading over the report's title, read as the name 年度 (guard: 202d08).
d = new("r708_column_heading_over_the_title_city_2019.txt", "某圳市人民政府", "", "", "", "city", 2019, "narrative", "2020-03-10",
        "prose",
        "M03 the column's heading '年度信息公开报告' and a trail before the title (the heading read as the name 年度 until round 202's "
        "guard, as 202d08); M02 信息提供日期; P08 requests")
d.add("--\n年度信息公开报告\n\n您现在的位置 首页 > 政务公开 > 年度信息公开报告\n\n某圳市人民政府2019年政府信息公开工作年度报告\n\n"
      "信息来源:某圳市人民政府办公厅 信息提供日期:2020-03-10 18:57 【字体:\n\n根据新修订《中华人民共和国政府信息公开条例》规定，"
      "现公布某圳市人民政府2019年政府信息公开工作年度报告。\n一、总体情况\n")
d.prose("2019年，市政府共收到政府信息公开申请1382件。\n", applications_received=1382)

# r709 after round 202 (study202): a copy's page date years before the report year (M11 guard: 202c06, 195d08).
d = new("r709_page_date_before_the_report_year_city_bureau_2011.txt", "漳某市民族与宗教事务局", "", "", "", "city_department", 2011,
        "narrative", "", "prose",
        "M03 a wiki copy; M11 '发布时间:2002-05-11' on a 2011 report (read as its date until round 202's guard, as 202c06 and "
        "195d08); P11 staff")
d.add("漳某市民族与宗教事务局2011年政府信息公开工作年度报告\n发布时间:2002-05-11\n根据《中华人民共和国政府信息公开条例》要求，"
      "现公布漳某市民族与宗教事务局2011年政府信息公开工作年度报告。\n一、概述\n")
d.prose("我局由办公室负责政府信息公开日常工作，配备兼职工作人员1名。\n", staff=1)

# r710 after the forty-first session's sweep: a district's staff with 我区 as the subject (P12: 172b03, 194a09).
d = new("r710_district_staff_with_our_district_as_subject_2012.txt", "上海市某贤区人民政府", "", "", "", "county", 2012, "narrative",
        "", "prose",
        "M01 title; P12 '我区专门配备了2名全职工作人员、47名兼职工作人员…' (read as 49 until the forty-first session's sweep, as 172b03 "
        "and 194a09); P01 total")
d.add("上海市某贤区人民政府2012年政府信息公开工作年度报告\n本年度报告根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》"
      "要求，由上海市某贤区人民政府编制。\n一、概述\n(一)健全工作机制\n我区专门配备了2名全职工作人员、47名兼职工作人员从事政务公开和"
      "政府信息公开工作。\n")
d.prose("二、主动公开政府信息情况\n2012年，区政府主动公开政府信息1536条。\n", proactive_disclosed=1536)

# r711 after the forty-first session's sweep: staff for the work the district began, the district by its own name (P12: 197a08).
d = new("r711_staff_for_work_begun_by_named_district_2007.txt", "上海市某湾区", "", "", "", "county", 2007, "narrative", "",
        "prose",
        "M07 a place-only title; P12 '2004年5月1日起某湾区开始开展政府信息公开工作。为此,专门配备了8名全职工作人员、55名兼职工作人员' "
        "(read as 63 until the forty-first session's sweep, as 197a08); P01 total")
d.add("2007年上海市某湾区政府信息公开年度报告\n本年报是根据《上海市政府信息公开规定》要求，由上海市某湾区编制的2007年度政府信息公开"
      "年度报告。\n一、概述\n根据《上海市政府信息公开规定》要求,2004年5月1日起某湾区开始开展政府信息公开工作。为此,专门配备了8名全职"
      "工作人员、55名兼职工作人员,并开辟了区政府信息公开公共查阅室。\n")
d.prose("二、主动公开政府信息情况\n2007年，本区新增主动公开政府信息1873条。\n", proactive_disclosed=1873)

# r712 after round 204 (study204): the portal's name, the stamp and a page field on one line, over the signature (M02: 204d07,
# 147c02, 167a01, 135d04).
d = new("r712_site_name_stamp_and_source_field_town_2023.txt", "某街镇人民政府", "", "", "", "township", 2023, "narrative",
        "2024-01-31", "prose",
        "M01 title; M02 '中国某莞政府门户网站      2024-01-31 16:46:10  来源: 本网' (unread until round 204's rule, as 204d07); "
        "M11 the signature's date below; P08 requests")
d.add("某街镇人民政府2023年政府信息公开工作年度报告\n中国某莞政府门户网站      2024-01-31 16:46:10  来源: 本网\n【字体:\n\n"
      "  根据《中华人民共和国政府信息公开条例》第五十条之规定及有关文件要求，制作本报告。\n  一、总体情况\n")
d.prose("  2023年，某街镇收到政府信息公开申请14宗。\n", applications_received=14)
d.add("某街镇人民政府\n2024年1月20日\n")


# r713 after round 204 (study204): a daily paper's count among channel counts, then the total (P05 wording: 204b01).
d = new("r713_daily_paper_among_channel_counts_city_bureau_2013.txt", "某州市审计局", "", "", "", "city_department", 2013,
        "narrative", "", "prose",
        "M01 title; P05 the portal's, a paper's and the bureau's site's counts (the paper's '某州日报公布信息2条' read as the year's "
        "until round 204's wording, as 204b01); P01 '主动公开信息总量N条' after them")
d.add("某州市审计局2013年政府信息公开工作年度报告\n一、基本概况\n2013年，我局进一步完善了政府信息公开组织领导体系。\n"
      "二、政府信息主动公开、依申请公开等基本情况\n")
d.prose("    2013年，我局在市政府门户网站主动公开政府信息131条。其中：政策文件类信息6条，其他信息125条。某州日报公布信息3条。"
        "在局门户网站上共公布各类信息205条。主动公开信息总量339条。\n", proactive_disclosed=339)


# r714 after round 205 (study205): a site's menu run together on one line holding 年度报告, over the title (M03 guard: 205c01).
d = new("r714_menu_run_together_over_the_title_zone_office_2017.txt", "某潭综合实验区管委会办公室", "", "", "", "city_department",
        2017, "narrative", "", "prose",
        "M03 the page title '无标题文档', a home link and the menu's links on one line with 政府信息公开年度报告 among them (read as "
        "the name 专栏首页政府信息公开指南 until round 205's guard, as 205c01); M01 the title below it; P08 requests")
d.add("无标题文档_中国某潭\n返回网站首页\n专栏首页政府信息公开指南政府信息公开目录政府信息公开年度报告依申请公开政府信息公开制度规定"
      "政府信息公开意见箱\n某潭综合实验区管委会办公室2017年度政府信息公开工作年度报告\n\n某潭综合实验区管委会办公室\n\n"
      "2017年度政府信息公开工作年度报告\n\n根据《中华人民共和国政府信息公开条例》要求，区管委会办公室编制完成了本报告。\n一、概述\n")
d.prose("2017年，区管委会办公室共受理政府信息公开申请12件。\n", applications_received=12)


# r715 after round 206 (study206): a site's column heading naming the kinds of unit it gathers, over the title (M03 guard:
# 206c08).
d = new("r715_column_heading_of_unit_kinds_over_title_district_bureau_2025.txt", "市中区交通运输局", "", "", "",
        "county_department", 2025, "narrative", "2026-01-22", "prose",
        "M03 the column heading '部门镇街信息公开年报' and a trail before the title (read as the name 部门镇街 until round 206's "
        "guard, as 206c08); M02 更新时间; P08 requests")
d.add("欢迎访问某庄市市中区人民政府网站! 今天是:\n\n无障碍| 繁体 | 简体| 设为首页 | 收藏本站\n\n部门镇街信息公开年报\n\n"
      "您现在的位置:首页 > 政府信息公开 > 信息公开年报 > 2025年信息公开年报 > 部门镇街信息公开年报\n\n"
      "市中区交通运输局2025年政府信息公开工作年度报告\n作者: 更新时间:2026-01-22 15:03\n\n根据《中华人民共和国政府信息公开条例》"
      "要求，编制本报告并向社会公开。\n一、总体情况\n")
d.prose("2025年，我局共收到政府信息公开申请3件。\n", applications_received=3)

# r716 after round 206 (study206): the short name the report declares for itself, in every later sentence (M06: 206d09,
# 156c06, 147b09; the name starts at its place since the review of 1a908b0, so the real city's name is printed).
d = new("r716_declared_short_name_untitled_city_body_2023.txt", "中山市供销合作联社", "广东省", "中山市", "", "city_department", 2023,
        "narrative", "", "prose",
        "M06 no title; '中山市供销合作联社(以下简称“市供销社”)' then 市供销社 in every sentence (read as 市供销社 until round "
        "206's rule, as 206d09, 156c06 and 147b09); P01 total")
d.add("一、总体情况\n2023年，中山市供销合作联社(以下简称“市供销社”)严格贯彻落实《中华人民共和国政府信息公开条例》规定，"
      "认真做好政府信息公开各项工作。\n(一)主动公开情况。\n")
d.prose("2023年度，市供销社通过官网主动公开政府信息87条。\n", proactive_disclosed=87)


# r717 after round 207 (study207): a central bank branch named only in its prose (M06: 206d11, 207b04, 207b05).
d = new("r717_central_bank_branch_named_in_prose_2019.txt", "中国人民银行某兴市中心支行", "", "", "", "city_department", 2019,
        "narrative", "", "prose",
        "M06 no title, the branch named only in its first sentence (unnamed until round 207's suffix, as 206d11 and 207b04); "
        "P01 total; P08 requests")
d.add("一、总体情况\n")
d.prose("2019年，中国人民银行某兴市中心支行主动公开信息10401条，收到政府信息公开申请2件，重点从加强机制平台建设等方面开展"
        "信息公开工作。\n", proactive_disclosed=10401, applications_received=2)
d.add("(一)加强机制平台建设。一是修订信息公开有关制度。\n")

# r718 after round 207 (study207): the agency named only in its own guide's title, a trial edition (M06 wording: 207b02).
d = new("r718_own_guide_trial_edition_province_bureau_2010.txt", "某江银监局", "", "", "", "province_department", 2010,
        "narrative", "", "prose",
        "M06 named only in '《某江银监局政府信息公开指南(试行)》' (unnamed until round 207's wording, as 207b02); P14 no fee")
d.add("一、2010年政府信息公开工作情况\n(一)以强化体制机制为核心，进一步加强组织领导和制度体系建设。我局认真梳理《某江银监局政府信息"
      "公开指南(试行)》，规范依申请公开工作流程。\n")
d.prose("未进行政府信息公开收费。\n", fees_10k_yuan=0)


# r719 after round 208 (study208): 根据这一原则结合我乡实际 opening a sentence, the name never printed as a title (M06 guard:
# 208d03, read as 这一原则结合我乡).
d = new("r719_second_linking_word_before_own_work_township_2016.txt", "某江乡", "", "", "", "township", 2016,
        "narrative", "", "prose",
        "M06 no title; '根据这一原则结合我乡实际制定了《某江乡政府信息公开管理制度》' (read as 这一原则结合我乡 until round 208's "
        "guard, as 208d03); P11 staff in 两位同志")
d.add("2016年以来，乡人民政府紧紧围绕增强工作的透明度，现将我乡政府信息公开工作相关事宜报告如下：\n一、总体工作情况\n"
      "(一)工作制度建设情况。某江乡党委、政府要求政府信息公开工作本着“规范、实用”的原则。根据这一原则结合我乡实际制定了"
      "《某江乡政府信息公开管理制度》，各项工作严格按照制度要求施行。\n")
d.prose("党政办明确了两位同志专门负责政府信息公开工作。\n", staff=2)

# r720 after round 208 (study208): the page ends on a fee's denial cut before its object, the sentence's only 费 a
# payment its requests asked about (T11 guard: 208c05).
d = new("r720_fee_denial_cut_by_page_end_city_bureau_2024.txt", "某岛市医疗保障局", "", "", "", "city_department", 2024,
        "narrative", "", "prose",
        "M00 title; T11 the page ends on '…予以答复并办结,未收取' (read as no fee until round 208's guard, as 208c05: "
        "the only 费 was DRG付费); P08 requests")
d.add("某岛市医疗保障局2024年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开\n")
d.prose("全年共收到政府信息公开申请19件,较上年增加7件,申请内容涉及DRG付费分组、门诊慢特病待遇等内容,均按照规定时限和流程予以答复并办结,"
        "未收取", applications_received=19)


# r721 after round 209 (study209): a school's report opening with its classes, pupils and teachers (P11 guard: 209d07).
d = new("r721_school_teachers_counted_by_kind_2021.txt", "", "", "", "", "township_department", 2021,
        "narrative", "", "prose",
        "M06 the school named only as the opening's first word; P11 '专职教师97人' is the teaching staff (read as the OGI staff "
        "until round 209's guard, as 209d07); P08 no requests")
d.add("某平实验小学，以美育为办学特色，面向全体学生。截止日前，我校有36个教学班，学生1750人，专职教师92人。\n"
      "2021年，我校根据《中华人民共和国政府信息公开条例》和市教育局的部署，认真开展学校信息公开工作，现将有关情况报告如下。\n"
      "一、概述\n")
d.prose("2021年，我校未收到政府信息公开申请。\n", applications_received=0)

# r722 after round 209 (study209): a district report compiled from its units' own reports, 各街镇 among them, its whole
# district's counts its own (P12 wording: 209c13, 209d05, 49a14).
d = new("r722_compiled_from_units_jiezhen_district_2024.txt", "某庄区人民政府", "", "", "", "county", 2024,
        "narrative", "", "prose",
        "M00 title; P12 '根据区政府组成部门、直属机构及各街镇的2024年…年度报告编制而成' (its 全区 counts unread until round 209's "
        "wording, as 209c13, 209d05 and 49a14); P02 total with its breakdown")
d.add("某庄区人民政府2024年政府信息公开工作年度报告\n本年度报告是某庄区人民政府办公室根据区政府组成部门、直属机构及各街镇的"
      "2024年政府信息公开工作年度报告编制而成。\n一、总体情况\n")
d.prose("2024年，全区主动公开政府信息6981条。其中，政务动态类信息1102条，信息公开目录信息4390条，概况类信息1489条。\n",
        proactive_disclosed=6981)


# r723 after round 210 (study210): a district office counting the government's items and its own, and its requests'
# channels after 主要受理路径为 (P01 wording: 210c10, 208b05, 52b13; P08 guard: 210c10).
d = new("r723_office_counts_government_and_own_items_district_office_2024.txt", "某州市某安区人民政府办公室", "", "", "",
        "county_department", 2024, "narrative", "", "prose",
        "M06 named in the opening's download sentence; P01 '主动公开区政府及区政府办信息24条' (unread until round 210's wording, "
        "as 210c10, 208b05 and 52b13); P08 '主要受理路径为网上申请…' (left the total unread until round 210's guard)")
d.add("本报告根据《中华人民共和国政府信息公开条例》要求编制。某州市某安区人民政府办公室提供本报告的电子版下载。\n"
      "一、总体情况\n(一)政府信息主动公开情况\n")
d.prose("2024年,我办主动公开区政府及区政府办信息27条,历年累计1590条。\n", proactive_disclosed=27)
d.add("(二)政府信息依申请公开办理情况\n")
d.prose("1、2024年度,我办受理依申请公开41件,主要受理路径为网上申请19件、信函申请数22件;历年累计452件。\n",
        applications_received=41)

# r724 after round 210 (study210): the 2008 template's cost line denied in prose, no case count (P09 guard: 210d03).
d = new("r724_costs_of_suits_denied_county_police_2016.txt", "某津县公安局", "", "", "", "county_department", 2016,
        "ogi2008", "", "prose",
        "M00 title; P09 '未产生与诉讼(行政复议、行政申诉)有关的费用支出' (read as no reviews and no suits until round 210's guard, "
        "as 210d03); P10 '暂不收取任何费用'")
d.add("某津县公安局2016年政府信息公开工作年度报告\n一、概述\n办公所需费用全部在财政拨付的行政办公经费中列支。"
      "未产生与诉讼(行政复议、行政申诉)有关的费用支出。\n")
d.prose("对公民、法人和其他组织的申请暂不收取任何费用。\n", fees_10k_yuan=0)


# r725 after round 211 (study211): an untitled report announced with 编制并向社会公开X…报告 (M06 guard: 211c05).
d = new("r725_second_announcing_verb_city_bureau_2023.txt", "某田市医疗保障局", "", "", "", "city_department", 2023,
        "narrative", "", "prose",
        "M06 no title; '我局编制并向社会公开某田市医疗保障局2023年度…报告' (read as 并向社会公开某田市医疗保障局 until round "
        "211's guard, as 211c05); P08 requests")
d.add("根据《中华人民共和国政府信息公开条例》有关规定，我局编制并向社会公开某田市医疗保障局2023年度政府信息公开工作年度报告。"
      "本报告由总体情况、主动公开政府信息情况等部分组成。\n一、总体情况\n")
d.prose("2023年，我局共收到政府信息公开申请5件。\n", applications_received=5)

# r726 after round 211 (study211): the compiler named as a bureau's OGI 工作机构 and its office (M06 wording: 211c02).
d = new("r726_ogi_unit_and_office_compile_district_bureau_2021.txt", "某元区人力资源和社会保障局", "", "", "",
        "county_department", 2021, "narrative", "", "prose",
        "M06 no title; '由某元区人力资源和社会保障局政府信息公开工作机构-办公室编制完成本报告' (read with its OGI unit as the "
        "name until round 211's wording, as 211c02); P09 none")
d.add("本报告根据《中华人民共和国政府信息公开条例》等文件的相关规定，由某元区人力资源和社会保障局政府信息公开工作机构-办公室"
      "编制完成本报告。\n一、总体情况\n")
d.prose("2021年，我局未发生因政府信息公开引起的行政复议、行政诉讼。\n", review_cases=0, litigation_cases=0)


# r727 after round 212 (study212): an index block printing each label and its value on lines of their own, 生成日期 over
# its date and time (M11 guard: 212d01).
d = new("r727_document_date_label_over_its_value_county_bureau_2023.txt", "某台县民族宗教事务局", "", "", "",
        "county_department", 2023, "narrative", "", "prose",
        "M04 an index block of one field a line; M11 '生成日期' over '2024-01-18 10:59:26' (read as the page's date until round "
        "212's guard, as 212d01); P08 none")
d.add("索引号\n620000/2024-00018\n发布机构\n某台县民族宗教事务局\n生成日期\n2024-01-18 10:59:26\n"
      "某台县民族宗教事务局2023年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2023年，我局未收到政府信息公开申请。\n", applications_received=0)


# r728 after round 213 (study213): a street's requests counted in 起, their channels in a bracket after, and a sentence's
# subject holding 的 (P08 guard: 213b12; M06 guard: 213b13).
d = new("r728_requests_in_qi_channels_bracketed_street_2023.txt", "某山街道", "", "", "", "township", 2023,
        "narrative", "", "prose",
        "M04 the index block's 发布机构 names the street; M06 '2023年,收到的每个依申请公开件都由党政办把关' (read as the name "
        "until round 213's guard, as 213b13); P08 '收到20起依申请公开件(网络申请件18件,…)' (read as 18 until round 213's "
        "guard, as 213b12)")
d.add("索 引 号 | H097/2024-00031 | 成文日期 | 2024-01-12 |\n发布机构 | 某山街道 | 主题分类 | 综合政务/其他 |\n"
      "一、总体情况\n(二)依申请公开情况\n2023年,收到的每个依申请公开件都由党政办把关,落实专人负责依申请公开工作。\n")
d.prose("在依申请公开方面,2023年,我街道收到21起依申请公开件(网络申请件19件,邮寄申请件2件),其他均已办结。\n",
        applications_received=21)


# r729 after round 214 (study214): an index block's 来源 and a space before the fuller name under a short title (M04:
# 214d04).
d = new("r729_source_label_and_space_before_name_city_police_2015.txt", "某康市公安局", "", "", "", "city_department", 2015,
        "ogi2008", "2016-03-09", "prose",
        "M08 the title's short '市公安局'; M04 '来源 某康市公安局' (read with its label until round 214's guard, as 214d04); "
        "P08 requests")
d.add("市公安局2015年政府信息公开工作年度报告\n\n索引号 719776475-GK-2016-91826 发布日期 2016-03-09 11:09\n来源 某康市公安局\n"
      "内容概述 市公安局2015年政府信息公开工作年度报告\n一、概述\n")
d.prose("2015年，我局共受理政府信息公开申请3件。\n", applications_received=3)


# r730 after round 217 (study217): the website alone before 等平台 counts the year's items, though the platform
# section counts the WeChat account's (P01: 217d12's town, as round 24's page and 117c05's county bureau).
d = new("r730_site_and_platforms_like_it_town_2020.txt", "", "", "", "", "township", 2020,
        "narrative", "", "prose",
        "P01 '通过某县人民政府网等平台共发布各类信息N条' beside a 平台建设 point counting the 公众号's items (left unread "
        "until round 217's rule, as 217d12); M05 only 我镇 (no name, as 217d12)")
d.add("2020年以来,我镇围绕年度重点工作推进政务公开,现将2020年政务公开年度报告报告如下:\n一、总体情况\n"
      "本报告所列数据的统计期限自2020年1月1日起至2020年12月31日止。\n1.主动公开情况\n")
d.prose("2020年我镇通过某县人民政府网等平台共发布各类信息64条。在公开基本内容的基础上,重点公开扶贫、民政等方面动态。\n",
        proactive_disclosed=64)
d.add("2.依申请公开情况\n")
d.prose("本年度我镇未收到申请人提出的依申请公开申请。\n", applications_received=0)
d.add("4.平台建设\n我镇运用镇级公众号、村级公示栏等平台主动公开相关事项,其中公众号发布政务动态38条。\n")


# r731 after round 217 (study217): the data's cut-off at the year's end, after the year named, leads the year's count
# (P06 wording: 217b04's zone committee, as 66b11's bracketed year's end).
d = new("r731_data_cut_off_after_year_zone_2018.txt", "某溪谷建设发展管理委员会", "", "", "", "county_department", 2018,
        "narrative", "2019-03-15", "prose",
        "P06 '2018年,数据截止至12月31日,…共主动公开…N条' (read as to date until round 217's wording, as 217b04)")
d.add("2018年度某溪谷建设发展管理委员会政府信息公开工作年度报告\n\n发布时间:2019-03-15\n\n"
      "一、基本概况\n\n管委会成立政府信息公开工作领导小组,各科室配合做好主动公开工作。\n\n二、主动公开政府信息的情况\n\n")
d.prose("2018年,数据截止至12月31日,管委会共主动公开各类政府信息37条,其中政府网站信息数9条,微信公开信息数28条。\n",
        proactive_disclosed=37)


# r732 after round 218 (study218): the verb pair run together, 主动公开更新信息N条 (P04 wording: 218b04's town).
d = new("r732_disclosed_updated_run_together_town_2022.txt", "某陵市郊区某湖镇", "", "", "", "township", 2022,
        "narrative", "2023-01-20", "prose",
        "P04 '在政府信息公开网站主动公开更新信息N条' (unread until round 218's wording, as 218b04); M02 site menu")
d.add("登录 注册 长者版 | 无障碍\n\n您现在所在的位置: 网站首页 > 政府信息公开 > 某湖镇 > 政府信息公开年报\n"
      "某陵市郊区某湖镇2022年政府信息公开工作年度报告\n发布时间:2023-01-20 09:02 来源:郊区某湖镇\n\n一、总体情况\n\n"
      "(一)主动公开情况\n\n")
d.prose("2022年全年,某湖镇在政府信息公开网站主动公开更新信息512条与去年基本持平。其中,政策文件类信息88条。\n",
        proactive_disclosed=512)


# r733 after round 218 (study218): the items' three attributes listed after their whole with no 其中 (P02 wording:
# 218b10's zone, whose whole was read as the year's proactive count).
d = new("r733_attributes_listed_after_whole_zone_office_2020.txt", "", "", "", "", "county_department",
        2020, "narrative", "", "prose",
        "P02 '共发布信息N条,主动公开a条,依申请公开b条,不予公开c条' (the whole read until round 218's wording, as 218b10); "
        "M07 traditional characters; M05 only 本辦")
d.add("一、總體情況\n2020年,本辦統領區屬各部門認真貫徹《政府信息公開條例》。(一)主動公開情況。")
d.prose("2020年,政府信息公開網共發布信息2716條,主動公開2290條,依申請公開97條,不予公開329條。\n",
        proactive_disclosed=2290)


# r734 after round 218 (study218): the outline names the next year's aims before the report's own year (M09 guard, a
# wording of 99d07's plan: 218a02's untitled 2008 city report).
d = new("r734_next_years_aims_in_outline_city_2008.txt", "", "", "", "", "city", 2008, "narrative", "", "prose",
        "M09 '…、2009年工作目标等八个部分组成' before '2008年以来' (read as 2009 until round 218's guard, as 218a02); "
        "M05 only 我市")
d.add("本报告根据《中华人民共和国政府信息公开条例》以及各行政机关政府信息公开情况编制。全文由概述、政府信息主动公开情况、"
      "政府信息依申请公开情况、2009年工作目标等八个部分组成。\n\n一、概况\n\n"
      "2008年以来,我市紧紧围绕《条例》要求,不断把政府信息公开工作引向深入。\n")


# r735 after round 219 (study219): 行政复议、行政诉讼各N件, each case counted once for both (P09 wording: 219a01's city
# office).
d = new("r735_review_and_suit_each_counted_city_office_2021.txt", "某阳市人民政府办公室", "", "", "", "county_department",
        2021, "narrative", "", "prose",
        "P09 '行政复议、行政诉讼各1件' (both unread until round 219's wording, as 219a01); P08 requests handled, not received")
d.add("一、总体情况 2021年,某阳市人民政府办公室深入贯彻《中华人民共和国政府信息公开条例》要求,持续推进政务公开。\n"
      "(二)依申请公开及时办理。")
d.prose("2021年,办理依申请公开17件,已办结12件,结转下一年办理5件,行政复议、行政诉讼各2件。\n",
        review_cases=2, litigation_cases=2)


# r736 after round 219 (study219): last year's report listed among the items published, its government and office named
# together before its year (M06 guard: 219d08's district office, read as '区政府和区政府办公室').
d = new("r736_last_years_report_listed_district_office_2020.txt", "某州市某川区人民政府办公室", "", "", "",
        "county_department", 2020, "narrative", "", "prose",
        "M06 '公开区政府和区政府办公室2019年政府信息公开工作年度报告' among the year's items (read as the name until round "
        "219's guard, as 219d08); the subject names the office")
d.add("根据《中华人民共和国政府信息公开条例》要求,特向社会公布2020年度本单位政府信息公开工作年度报告。\n一、总体情况\n"
      "2020年,某州市某川区人民政府办公室严格贯彻《中华人民共和国政府信息公开条例》,全面统筹、指导全区政务公开工作。\n")
d.prose("(一)加强信息主动公开。2020年,我办及时公开政策文件、政策解读等各类信息,全年主动公开政府信息3976条。"
        "二是及时更新政府信息公开指南和目录,公开区政府和区政府办公室2019年政府信息公开工作年度报告。\n",
        proactive_disclosed=3976)


# r737 after round 220 (study220): the OGI catalogue on the county's site as the place of the year's items (P04: 35b01,
# 72d03 and 220d12, three agencies' pages, each missed as a catalogue's part).
d = new("r737_ogi_catalogue_on_county_site_county_bureau_2022.txt", "某中县民政局", "", "", "", "county_department", 2022,
        "narrative", "", "prose",
        "P04 '通过县政府网站政府信息公开目录主动公开政府信息N条' (unread until round 220's rule, as 220d12, 35b01, 72d03); "
        "P08 received none")
d.add("某中县民政局2022年政府信息公开工作年度报告\n\n一、总体情况\n\n")
d.prose("2022年,通过县政府网站政府信息公开目录主动公开政府信息64条,积极开展政策解读。\n\n",
        proactive_disclosed=64)
d.prose("(二)依申请公开情况。收到依申请公开0件。\n", applications_received=0)


# r738 after round 220 (study220): a template that dropped the units of its counts, the account's bare count beside the
# portal's (P05: 220d09's city bureau, whose portal count was read as the year's total; as 219b03's and 219b05's towns print
# bare counts).
d = new("r738_account_count_unit_dropped_city_bureau_2025.txt", "某州市民政局", "", "", "", "city_department", 2025,
        "narrative", "", "prose",
        "P05 the portal's '…各类政府信息N条' beside '某州民政微信公众号发布信息M' with no 条 (the portal's read as the total "
        "until round 220's rule, as 220d09); dates and counts printed without their units")
d.add("某州市民政局2025年政府信息公开工作年度报告\n\n本报告所列数据统计期限从202511日到20251231日。\n\n一、总体情况\n\n"
      "(一)主动公开精准发力围绕民政领域重点工作,编制主动公开基本目录。"
      "2025通过门户网站主动公开各类政府信息1208条,某州民政微信公众号发布信息143\n\n(二)依申请公开规范高效\n")


# r739 after round 221 (study221): a date in characters alone on the page's first line, over the report's own year (M11
# wording: 221d02's 2008 street report, read as 2009).
d = new("r739_date_in_characters_first_line_street_2008.txt", "某潭区某树街道", "", "", "", "township", 2008,
        "narrative", "2009-03-30", "prose",
        "M11 '(二〇〇九年三月三十日)' alone over '特向社会公布2008年度…信息公开年度报告' (read as 2009 until round 221's "
        "wording, as 221d02)")
d.add("(二〇〇九年三月三十日)\n根据省、市以及区政务公开办的要求,特向社会公布2008年度某潭区某树街道信息公开年度报告。"
      "本报告由基本工作情况,主动公开政务信息情况,依申请公开政府信息情况等七个部分组成。如对本报告有疑问,请与某潭区某树"
      "街道政务信息公开工作领导小组办公室联系。\n")


# r740 after round 222 (study222): the committee's word alone in its portal's name, the page naming no one (M08 guard:
# 222d02's zone bureau, read as '管委会').
d = new("r740_committee_word_alone_in_portal_name_zone_bureau_2022.txt", "", "", "", "", "county_department", 2022,
        "narrative", "", "prose",
        "M08 '通过管委会门户网站…公开' the only name-like words, 我单位 its subject (read as '管委会' until round 222's guard, "
        "as 222d02)")
d.add("本报告是根据《中华人民共和国政府信息公开条例》要求编制的。报告电子版通过管委会门户网站的“政府信息公开年报”专栏集中"
      "公开。\n一、总体情况\n2022年,我单位严格按照《中华人民共和国政府信息公开条例》的有关规定和要求,依托管委会门户网站"
      "及时发布本单位财政预决算信息。\n")


# r741 after round 224 (study224): a topical lead straight before the verb of the year's count (P04: 28b12's and 224c03's
# towns, 215d09's city bureau, each unread as a domain's subset).
d = new("r741_topical_lead_before_the_verb_town_2025.txt", "某山镇人民政府", "", "", "", "township", 2025, "narrative", "",
        "prose",
        "P04 '围绕群众关注关切重点领域主动公开政府信息N条' (unread as a domain's count until round 224's rule, as 224c03); "
        "its kinds after 其中 with semicolons")
d.add("某山镇人民政府2025年政府信息公开工作年度报告\n\n一、总体情况\n(一)主动公开方面\n")
d.prose("2025年,结合我镇实际情况,围绕群众关注关切重点领域主动公开政府信息23条。其中,包含信息公开指南1条;机构信息1条;"
        "财政信息4条;重点工作17条。\n", proactive_disclosed=23)
d.add("(二)依申请公开方面\n")
d.prose("2025年,我镇收到政府信息公开申请1件,已按时答复。\n", applications_received=1)


# r742 after round 223 (study223): the report announced unquoted with its year after the words, the prose's short form
# after it (M06 wording: 223d02's institute, read by its prose subject's short form).
d = new("r742_announced_year_after_words_institute_2018.txt", "某国科学院某州能源研究所", "", "", "", "", 2018,
        "narrative", "", "prose",
        "M06 '现公布X信息公开工作2018年度报告' (the prose's '某科院…' read until round 223's wording, as 223d02); P08 none")
d.add("信息公开\n|\n信息公开年度报告\n根据《中华人民共和国政府信息公开条例》规定,现公布某国科学院某州能源研究所信息公开工作"
      "2018年度报告。本报告由概述、主动公开信息情况、依申请公开信息情况、下一步改进措施四部分组成。\n一、概述\n"
      "2018年,某科院某州能源研究所深入落实有关文件精神,信息公开整体工作进展有序。\n三、依申请公开信息情况\n")
d.prose("2018年,我所未收到信息公开申请。\n", applications_received=0)


# r743 after round 223 (study223): a title whose name ends in a bracket before '信息公开工作YYYY年度报告' (M09 wording:
# 223d10's institute, read with the title's words).
d = new("r743_title_words_after_name_bracket_institute_2023.txt", "某国科学院某京基因研究所(国家某物信息中心)", "", "", "",
        "", 2023, "narrative", "", "prose",
        "M09 'X所(Y中心)信息公开工作2023年度报告' (read with '信息公开工作' until round 223's mend, as 223d10)")
d.add("某国科学院某京基因研究所(国家某物信息中心)信息公开工作2023年度报告\n根据《中华人民共和国政府信息公开条例》等规定,"
      "现发布本年度报告。报告所列数据的统计日期为2023年1月1日至12月31日。\n一、总体情况\n"
      "2023年,某京基因所(国家某物信息中心)严格落实信息公开各项规定。\n")


# r744 after round 225 (study225): the 2008 form's attributes each with its share (P08 guard wording: 225c07's city
# bureau, whose on-request part was read as 58 requests).
d = new("r744_attribute_parts_with_shares_city_bureau_2021.txt", "某安市财政局", "", "", "", "", 2021,
        "narrative", "", "prose",
        "P08 guard '…依申请公开信息数N条,占比x%;不予公开…' (read as requests until round 225's wording, as 225c07); P02 the "
        "proactive part; P06 历年累计 left out")
d.add("一、总体情况\n2021年,某安市财政局聚焦财政职能,扎实推进财政领域政务公开工作。\n(一)主动公开政府信息的情况\n")
d.prose("2021年度我单位共制作信息96条,其中主动公开信息数40条,占比41.67%;依申请公开信息数53条,占比55.21%;不予公开"
        "信息数3条,占比3.12%。历年累计主动公开信息数1290条。\n", proactive_disclosed=40)
d.add("(二)依申请公开政府信息的情况\n")
d.prose("2021年度我单位未受理依申请公开信息申请。\n", applications_received=0)


# r745 after round 224 (study224): requests the public made, counted with 要求公开 and no 申请 before the count (P01 guard:
# 224b06's district bureau, read as its year's total).
d = new("r745_public_asked_to_see_district_bureau_2024.txt", "某州市某山区农业农村局", "", "", "", "", 2024, "narrative", "",
        "prose",
        "P01 guard '收到群众要求公开政府信息N件,其中当面申请…' (read as the year's proactive total until round 224's guard, as "
        "224b06); its received count not read (a gap, one page); P09 none")
d.add("某州市某山区农业农村局2024年政府信息公开工作年度报告\n本报告由某州市某山区农业农村局办公室编制。\n一、总体情况\n"
      "(一)主动公开\n2024年,我局通过区政府门户网站、微信公众号等渠道公开农业农村领域信息。\n(二)依申请公开\n"
      "2024年,收到群众要求公开政府信息17件,其中当面申请2件,来信申请4件,信息平台申请11件。目前16件申请已办结。\n")
d.prose("2024年未发生因信息公开引起行政复议案件。\n", review_cases=0)


# r746 after round 226 (study226): the items added up to the year's end, its year left out, after the year's sentence
# (P06 wording: 224a04's district bureau, 225b's weather bureau and 226b10's district service centre).
d = new("r746_added_to_years_end_service_centre_2022.txt", "", "", "", "", "", 2022, "narrative", "", "prose",
        "P06 '截至12月31日,新增主动公开政府信息N条' (unread as to date until round 226's wording, as 226b10 and 224a04); "
        "P08 未收到群众信息公开申请")
d.add("本报告是根据《中华人民共和国政府信息公开条例》要求编制,全文由总体情况、主动公开政府信息情况等部分组成。\n"
      "一、总体情况\n(一)主动公开情况\n")
d.prose("2022年,根据政务公开重点工作任务分工,认真落实区委、区政府关于推进重点领域政府信息公开的部署。截至12月31日,"
        "新增主动公开政府信息64条。\n", proactive_disclosed=64)
d.add("(二)依申请公开情况\n")
d.prose("2022年,未收到群众信息公开申请。\n", applications_received=0)


# r747 after round 227 (study227): a list of kinds every agency publishes closed by 等方面的内容 (P04/P01 wording: 227b01's
# district bureau, 71b08 and the page behind r130, each missed as a 方面's subset).
d = new("r747_kinds_listed_closed_by_aspects_district_bureau_2022.txt", "某城区审计局", "", "", "", "", 2022, "narrative", "",
        "prose",
        "P04 '通过网站主动公开政策解读、通知公告、…、工作动态等方面的内容共N条' (unread as a 方面's subset until round 227's "
        "wording, as 227b01); '上报审计信息200余篇' sent up and approximate, no figure")
d.add("根据《中华人民共和国政府信息公开条例》要求,现公布某城区审计局2022年政府信息公开工作年度报告。\n一、总体情况\n")
d.prose("(一)主动公开。我局按照“公开为原则,不公开为例外”的要求,通过网站主动公开政策解读、通知公告、财政预决算、规划总结、"
        "工作动态等方面的内容共47条。此外,全年上报审计信息150余篇。\n", proactive_disclosed=47)


# r748 after round 227 (study227): a breakdown whose total went uncounted, a kind's name holding 公开 further down it (P02
# guard: 227c14's city bureau, read as its year's total).
d = new("r748_kind_named_with_disclose_in_uncounted_breakdown_city_bureau_2021.txt", "某城市商务局", "", "", "", "", 2021,
        "narrative", "", "prose",
        "P02 guard '…公开政府信息,其中…指南1条,…,行政权力运行公开信息N条' with no total (the last kind read as the total "
        "until round 227's guard, as 227c14)")
d.add("某城市商务局2021年政府信息公开工作年度报告\n本报告内容包括总体情况、主动公开政府信息情况等六部分内容。\n"
      "(一)主动公开情况\n为保证政务公开工作有序进行,某城市商务局"
      "进一步完善政府信息公开工作制度。2021年全年,我局通过政府信息公开专栏及时公开政府信息,其中信息公开指南1条,信息公开"
      "年报1条,工作动态信息52条,通知公告信息19条,行政权力运行公开信息12条,财政预决算信息2条。\n")


# r749 after round 228 (study228): the request forms counted (P08 wording: 228a12's city bureau, 74b09 and a second-round
# page, each missed).
d = new("r749_request_forms_counted_city_bureau_2023.txt", "某安市住房和城乡建设局", "", "", "", "", 2023, "narrative", "",
        "prose",
        "P08 '收到政府信息公开申请书N条,已处理…,结转下年度继续办理…' (unread until round 228's wording, as 228a12)")
d.add("某安市住房和城乡建设局2023年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2.依申请公开办理情况。2023年我局收到政府信息公开申请书41条,已处理38条,结转下年度继续办理3条。\n",
        applications_received=41)


# r750 after round 228 (study228): a mirror that garbled its index block's colons with their tags (M14 guard: 228a07's city,
# read as '信息名称9/span>').
d = new("r750_index_label_glued_to_garbled_tag_city_2022.txt", "某州市人民政府", "", "", "", "", 2022, "narrative", "",
        "prose",
        "M14 guard '信息名称9/span>2022年某州市人民政府…报告' (the label and tag read as the name until round 228's guard, as "
        "228a07); M04 labels garbled")
d.add("登录个人中心\n当前位置9/div>\n浏览次数9strong>\n信息名称9/span>2022年某州市人民政府政府信息公开工作年度报告\n"
      "法定主动公开分类9/span>本机关政策文仵/td> 公开方式9/span>主动公开\n内容概述9/span>2022年某州市人民政府政府信息公开"
      "工作年度报告\n  本年报依据《中华人民共和国政府信息公开条例》编制。\n  一、总体情况\n  2022年,某州市坚持依法公开。\n")


# r751 after round 229 (study229): the statistics period's last day misprinted without 日, a quoted notice of the year before
# ahead of it (M11: 229b10's district bureau, read as 2020).
d = new("r751_period_end_without_day_after_old_notice_district_bureau_2021.txt", "某江区医疗保障局", "", "", "", "", 2021,
        "narrative", "", "prose",
        "M11 '…《关于印发2020年某江区政务公开工作要点的通知》…特向社会公布某江区医疗保障局2021年度…报告。…统计期限自2021年1月1日"
        "起至2021年12月31止' (read as 2020 until round 229's mend, as 229b10); M04 index block with 区医保局")
d.add("信息索引号: | 331002ZF930000/2022-00401 | 主题分类: | 医保-/医保类- |\n体裁分类: | 其他 | 发布机构: | 区医保局 |\n"
      "根据《中华人民共和国政府信息公开条例》和某州市某江区人民政府办公室《关于印发2020年某江区政务公开工作要点的通知》文件要求,"
      "特向社会公布某江区医疗保障局2021年度信息公开工作年度报告。本报告中所列数据的统计期限自2021年1月1日起至2021年12月31止。\n"
      "一、总体情况\n")
d.prose("2021年,我局共收到政府信息公开申请2件,均已按时答复。\n", applications_received=2)


# r752 after round 232's session: a topic column set up in the clause before its count (P04: 230a01's county, 229d03's
# city and 168d02's zone office, each column's count read as the year's total), the year's total stated later.
d = new("r752_column_set_up_before_its_count_county_2021.txt", "某水县人民政府", "", "", "", "", 2021, "narrative", "",
        "prose",
        "P04 '设立“X”专栏,及时发布…等信息N条' (the column's count read as the year's total until the forty-sixth session's "
        "rule, as 230a01); the year's total stated in a sentence of its own")
d.add("某水县人民政府2021年政府信息公开工作年度报告\n一、总体情况\n")
d.add("(一)主动公开情况。发布政策解读材料18件,积极回应社会关切,设立“复工复产政策”专栏,及时发布惠企政策、办事指引等信息"
      "64条;“县长信箱”受理有效信件312件,办结312件。\n")
d.prose("2021年共主动公开政府信息2861条。\n", proactive_disclosed=2861)


# r753 after round 232 (study232): the report's own title quoted with its year first and its verb after it (M06: 232a01's
# county bureau on a traditional mirror, named nowhere else, left blank).
d = new("r753_quoted_title_year_first_verb_after_county_bureau_2019.txt", "某东县住房和城乡建设局", "", "", "", "", 2019,
        "narrative", "", "prose",
        "M06 '《2019年X政府信息公开工作年度报告》已经研究同意,现予公开发布' (blank until round 232's mend, as 232a01); "
        "the agency speaks only as 我局")
d.add("根据《中华人民共和国政府信息公开条例》规定,《2019年某东县住房和城乡建设局政府信息公开工作年度报告》已经研究同意,"
      "现予公开发布。\n一、2019年政府信息公开总体情况\n")
d.prose("2019年,我局共收到政府信息公开申请3件,均按时答复。\n", applications_received=3)


# r754 after round 233 (study233): the report announced with 政务信息公开 as its words (M06: 233b01's county bureau, whose
# year and 政务 were taken into the name and its prose's bare name read instead).
d = new("r754_announced_with_government_affairs_information_county_bureau_2023.txt", "县退役军人事务局", "", "", "", "", 2023,
        "narrative", "", "prose",
        "M06 '现组织编制县X局2023年度政务信息公开年度报告' (read as the prose's bare 'X局' until round 233's mend, as 233b01)")
d.add("根据《中华人民共和国政府信息公开条例》及县政务公开领导小组办公室的部署安排,现组织编制县退役军人事务局2023年度政务信息"
      "公开年度报告。全文包括概述、主动公开政府信息情况等部分。\n一、总体情况\n")
d.prose("2023年,退役军人事务局严格按照《条例》要求,全年未收到政府信息公开申请。\n", applications_received=0)


# r755 after round 234 (study234): a count to the year's end naming the year after the date, 今年共 (P06 wording: 234b11's
# district bureau, missed as a count to date; 234b03's 年累计 is the same class), and fees for requests named none (P08 guard:
# 234c08's district, read as none received).
d = new("r755_this_year_after_years_end_no_fees_district_bureau_2022.txt", "某山区城市管理局", "", "", "", "", 2022,
        "narrative", "", "prose",
        "P06 '截至年底,我局今年共公开信息N条' (missed until round 234's wording, as 234b11); P08 guard "
        "'本年度无依申请公开收费和减免事项' (read as none received until round 234's guard, as 234c08)")
d.add("某山区城市管理局2022年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2022年,我局持续加大政务公开工作力度。截至年底,我局今年共公开信息213条。主要涉及政策法规、规划计划、建议提案办理等。\n",
        proactive_disclosed=213)
d.prose("(三)收费和减免情况:本年度无依申请公开收费和减免事项。\n", fees_10k_yuan=0)


# r756 after round 237 (study237): a mirror's domain standing where the place stood in the title (M14: 237b06's county bureau,
# read with the domain; other pages of the same mirror name a place after it, which was already dropped).
d = new("r756_domain_in_place_of_county_mirror_bureau_2023.txt", "交通运输局", "", "", "", "", 2023, "narrative", "2024-01-05",
        "prose",
        "M14 'example.com交通运输局2023年政府信息公开工作年度报告' (read with the domain until round 237's mend, as 237b06); "
        "M02 date line")
d.add("mirror-example.com交通运输局2023年政府信息公开工作年度报告\n发布时间:2024-01-05\n\n本年度报告根据《中华人民共和国政府信息公开条例》"
      "的要求编制。\n一、总体情况\n")
d.prose("2023年,共收到政府信息公开申请3件,均按时答复。\n", applications_received=3)


# r757 after round 238 (study238): none ruled against in a suit is no zero suits (P09 guard wording: 238a01's district bureau,
# read as no suits, its reader leaving the suits out).
d = new("r757_none_ruled_against_in_a_suit_district_bureau_2024.txt", "某坛区教育局", "", "", "", "", 2024, "narrative", "",
        "prose",
        "P09 guard '没有在行政诉讼案件中被判未依法履行政府信息公开责任的情况' (read as no suits until round 238's guard, as "
        "238a01); the review zero beside it stands")
d.add("某坛区教育局2024年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2024年,共收到2件政府信息公开申请,", applications_received=2)
d.prose("未因政府信息公开被申请行政复议,没有在行政诉讼案件中被判未依法履行政府信息公开责任的情况。\n", review_cases=0)


# r758 after round 240 (study240): a count up to the year, 到2019年累计 with no 底, under a heading run into it (P06 guard
# wording: 240d02's city office on 湖南's old template, read as the year's; 240d01's and 240d06's 到…年底累计 were already
# to date).
d = new("r758_count_up_to_the_year_city_office_2019.txt", "某德市扶贫开发办公室", "", "", "", "", 2019, "narrative", "",
        "prose",
        "P06 guard '二、主动公开政府信息情况 / 本单位到2019年累计主动公开政府信息N条' (read as the year's until round 240's guard, "
        "as 240d02)")
d.add("某德市扶贫开发办公室2019年政府信息公开工作年度报告\n一、总体情况\n(一)主动公开\n")
d.add("本单位到2019年累计主动公开政府信息286条,全文电子化率达97%。\n")
d.prose("(二)依申请公开\n2019年,本单位共收到政府信息公开申请2件,均已按时答复。\n", applications_received=2)


# r759 after round 243 (study243): a bureau's report on its government's portal, '电子版可在“X区人民政府”门户网站查询下载',
# speaking as 我局 (M06 guard: 243c05's district bureau and 226c08's county bureau, each read as its government; the portal
# names its superior, as 79a07's street's did).
d = new("r759_bureau_report_on_its_governments_portal_2018.txt", "", "", "", "", "", 2018, "narrative", "", "prose",
        "M06 guard '电子版可在“某区人民政府”门户网站查询下载' under '我局编制' (read as the government until round 243's guard, "
        "as 243c05 and 226c08); the contact's '请咨询…局综合科' names no one the rules read")
d.add("根据《中华人民共和国政府信息公开条例》的要求,我局编制2018年政府信息公开工作年度报告。报告中所列数据统计期限为2018年1月1日至"
      "2018年12月31日。电子版可在“某州市某乐区人民政府”门户网站查询下载。如有疑问,请咨询某州市某乐区文化体育和旅游局综合科"
      "(电话:0000-00000000)。\n一、概述\n")
d.prose("2018年,我局共收到政府信息公开申请1件,已按时答复。\n", applications_received=1)


# r760 after round 243 (study243): items of information given on request counted in 条 with no verb of receiving are no
# request count (P08 guard: 243c11's district bureau, read as 19 requests beside its none received; 242d08's and 231a01's
# bureaus the same wording's).
d = new("r760_items_on_request_no_request_count_district_bureau_2020.txt", "某安区卫生健康局", "", "", "", "", 2020,
        "narrative", "", "prose",
        "P08 guard '我局制作依申请公开信息19条,未收到…依申请公开信息公开需求' (read as 19 requests until round 243's guard, as "
        "243c11; 242d08 and 231a01 the same wording)")
d.add("某安区卫生健康局2020年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(一)主动公开信息情况。2020年,我局发布主动公开信息23条。\n", proactive_disclosed=23)
d.prose("(二)依申请公开信息情况。2020年,我局制作依申请公开信息17条,未收到公民、法人或其他组织依申请公开信息公开需求。\n",
        applications_received=0)


# r761 after round 244 (study244): the requirement before the subject, the year after it, on an untitled page (M06: 244c03's
# county branch and 242a03's district bureau, each named nowhere else and left blank). A miss until the forty-eighth
# session: the rule first made for it (e6c77fe) was withdrawn after two reviews found superiors and other bodies read as the
# agency after the same opening; _subject_after_a_requirement reads it as the last resort, after contact and signature.
d = new("r761_requirement_before_the_subject_county_branch_2024.txt", "某沂市生态环境局某陵县分局", "", "", "", "", 2024,
        "narrative", "", "prose",
        "M06 '按照《…条例》的要求,2024年X进一步加强…' with no title (blank until the forty-eighth session, as 244c03 and "
        "242a03's '根据《条例》要求,X高度重视…')")
d.add("一、总体情况\n按照《中华人民共和国政府信息公开条例》的要求,2024年某沂市生态环境局某陵县分局进一步加强基础性工作、深化公开"
      "内容,将政府信息公开工作任务分解到各科室、落实到个人。\n")
d.prose("(二)依申请公开情况\n2024年,共收到政府信息公开申请4件,均已按时答复。\n", applications_received=4)


# r762 after round 245 (study245): a part-time worker after a leader counted in the same clause is no staff count (P11, the
# leader-and-worker convention: 245c01's county bureau and 229d04's league bureau, each read as 1).
d = new("r762_leader_and_part_time_worker_county_bureau_2020.txt", "某平市林业局", "", "", "", "", 2020, "narrative", "",
        "prose",
        "P11 guard '明确一名分管领导和一名兼职的政务公开工作人员负责…' (read as 1 until round 245's guard, as 245c01 and 229d04)")
d.add("某平市林业局2020年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(一)主动公开情况。2020年,我局主动公开政府信息15条。\n", proactive_disclosed=15)
d.add("(三)政府信息管理情况。同时明确一名分管领导和一名兼职的政务公开工作人员负责本单位政务公开的日常工作。\n")


# r763 after round 245 (study245): a purpose before the subject on an untitled page, no year printed (M06: 245d02's county
# branch, named nowhere else and left blank; the last resort's third page with 242a03 and 244c03).
d = new("r763_purpose_before_the_subject_county_branch.txt", "某中市生态环境局某固分局", "", "", "", "", "",
        "narrative", "", "prose",
        "M06 '为全面、及时、准确向社会公开政府信息工作,X严格按照…' with no title and no year (blank until the forty-eighth "
        "session, as 245d02)")
d.add("为全面、及时、准确向社会公开政府信息工作,某中市生态环境局某固分局严格按照《中华人民共和国政府信息公开条例》及相关要求,"
      "确定专人定期维护更新本级网站内容。\n一、总体情况\n")
d.add("(一)主动公开情况。积极运用县人民政府网站、微信公众号等方式,主动公开政府信息300余条。\n")


# r764 after round 246 (study246): a county bureau's OGI centre compiles its report (M06: 246c01, read with the centre as
# its name).
d = new("r764_compiled_by_the_bureau_s_ogi_centre_county_bureau_2019.txt", "某安市交通运输局", "", "", "", "", 2019,
        "narrative", "", "prose",
        "M06 '本报告由X局信息公开中心结合有关统计数据编制' (read as X局信息公开中心 until round 246's wording, as 246c01)")
d.add("2019年,我局依据《中华人民共和国政府信息公开条例》规定开展政府信息公开工作。本报告由某安市交通运输局信息公开中心结合有关"
      "统计数据编制,报告中所列数据的统计期限自2019年1月1日起至2019年12月31日止。\n一、总体情况\n")
d.prose("(二)依申请公开情况\n2019年,我局共收到政府信息公开申请3件,均已按时答复。\n", applications_received=3)

# r765 after round 246 (study246): a county's 信息中心 as the contact of the county's report names no one (M06 guard: 246a02,
# read as the centre; its reader kept the bare place, printed nowhere as a body's name).
d = new("r765_place_information_centre_contact_county_2018.txt", "", "", "", "", "", 2018, "narrative", "", "prose",
        "M06 guard '若有疑问或意见建议,请与X县信息中心联系' (read as X县信息中心 until round 246's guard, as 246a02)")
d.add("本报告根据《中华人民共和国政府信息公开条例》编制。报告中所列数据的统计期限自2018年1月1日起至12月31日止。本报告在某池县"
      "人民政府门户网站全文公开,若有疑问或意见建议,请与某池县信息中心联系(地址:某池县会盟路中段)。\n一、概述\n")
d.prose("(三)依申请公开情况\n2018年,共收到政府信息公开申请5件,均已按时答复。\n", applications_received=5)


# r766 after round 248 (study248): a count naming no year on the agency's platform, then the year's own new items apart in
# the same sentence (P06: 248b07's city bureau, read as the count to date; 225a03's district commission shows the same
# wording after a count claiming the year, where neither is read).
d = new("r766_year_s_new_items_after_a_platform_count_city_bureau_2010.txt", "某州市环境保护局", "", "", "", "", 2010,
        "narrative", "", "prose",
        "P06 '在该平台共整理公开政府信息N条,其中全文电子化达100%,本年度新增的主动公开信息M条' (read as N until round 248's "
        "rule, as 248b07)")
d.add("某州市环境保护局2010年政府信息公开工作年度报告\n一、概述\n")
d.prose("我局在政务网站设置了政府信息公开平台,并新建工程建设领域项目公开专栏,在该平台共整理公开政府信息2718条,其中全文电子化"
        "达100%,本年度新增的主动公开信息152条,并对部分失效信息进行了清理。\n", proactive_disclosed=152)


# r767 after round 248 (study248): a copy site's doubled commas before the subject (M14/M06: 248c05's province office on a
# traditional copy, read from a later sentence as 省政府及省政府办公厅; the doubling on five more copies of other agencies).
d = new("r767_doubled_commas_before_the_subject_province_office_2021.txt", "某东省人民政府办公厅", "", "", "", "", 2021,
        "narrative", "", "prose",
        "M14 a copy's doubled commas '2021年,,X以…为指导,,…' (blank until round 248's cleaning; 248c05 was read as "
        "'省政府及省政府办公厅' from a later sentence)")
d.add("本年度报告根据《中华人民共和国政府信息公开条例》编制,,内容包括总体情况,、主动公开政府信息情况等六个部分。\n一、总体情况\n"
      "2021年,,某东省人民政府办公厅以习近平新时代中国特色社会主义思想为指导,,深入推进政务公开。\n")
d.prose("2021年,,共收到政府信息公开申请35件。\n", applications_received=35)

# r768 after round 248 (study248): a betting brand with its site words where the district stood (M14 guard: 248b11's district
# bureau, read as 亚洲官网国土资源和规划局; its reader left it blank).
d = new("r768_betting_brand_site_words_for_the_place_district_bureau_2015.txt", "", "", "", "", "", 2015, "narrative", "",
        "prose", "M14 guard 'bet365亚洲官网 X局' in the title and every naming (read with the brand's site words until round "
        "248's guard, as 248b11)")
d.add("2015年bet365亚洲官网 国土资源和规划局政府信息公开年度报告\nbet365亚洲官网 国土资源和规划局\n一、概述\n")
d.prose("2015年,我局共收到政府信息公开申请12件。\n", applications_received=12)


# r769 after round 249 (study249): the site's government and a column's heading above the agency's name and a year's title
# naming no one (M03/M07: 249a05's district centre, read as the site's government; the class of a district site's header
# over a bureau's report, 234a10 and 237a04, read otherwise).
d = new("r769_name_over_year_title_below_column_heading_district_centre_2018.txt", "某京市某城区城市管理监督指挥中心", "", "", "",
        "", 2018, "narrative", "", "prose",
        "M03 'X区人民政府 / 政府信息公开年报 / Y中心 / 2018年政府信息公开工作年度报告' (read as X区人民政府 until round 249's rule, "
        "as 249a05)")
d.add("某京市某城区人民政府\n\n政府信息公开年报\n\n某京市某城区城市管理监督指挥中心\n\n2018年政府信息公开工作年度报告\n\n"
      "本报告根据《中华人民共和国政府信息公开条例》要求,由某京市某城区城市管理监督指挥中心编制。\n")
d.prose("2018年,中心共收到政府信息公开申请2件。\n", applications_received=2)


# r770 after round 251 (study251): a former body's title with 原 before its name (M07: 251c12's county bureau, read with
# it; 201a04's and 39b09's titles show it too, each labelled without it).
d = new("r770_former_body_title_county_bureau_2018.txt", "某丘市卫生和计划生育局", "", "", "", "", 2018, "narrative", "2019-03-24",
        "prose", "M07 '原X局2018年度政府信息公开年度报告' (read as 原X局 until round 251's rule, as 251c12)")
d.add("原某丘市卫生和计划生育局2018年度政府信息公开年度报告\n\n来源: 发布时间:2019-03-24\n\n"
      "根据《中华人民共和国政府信息公开条例》要求,现公布本局2018年度政府信息公开工作年度报告。\n")
d.prose("2018年,我局共收到政府信息公开申请2件。\n", applications_received=2)


# r771 (forty-ninth session, from round 249's study249): a district's government offices, 人民政府机关, named on a line
# over the year's title (M07: 249d12, read as no one; 重庆's 城口, 彭水 and 永川 and 乌鲁木齐's city reports name the same
# kind of body).
d = new("r771_government_offices_name_over_year_title_2021.txt", "某庆市某梁区人民政府机关", "", "", "", "", 2021,
        "narrative", "", "prose", "M07 'X区人民政府机关 / 2021年政府信息公开工作年度报告' (read as no one until the "
        "forty-ninth session's rule, as 249d12)")
d.add("某庆市某梁区人民政府机关\n2021年政府信息公开工作年度报告\n\n"
      "根据《中华人民共和国政府信息公开条例》规定,现发布本报告。本报告所列数据统计期限自2021年1月1日起至2021年12月31日止。\n")
d.prose("2021年,共收到政府信息公开申请5件。\n", applications_received=5)


# r772 after round 252 (study252): an untitled report's outline names the next year's plan before the statistics period,
# labelled 统计数据时限 (M09: 252c08's zone on a copy, read as 2019; 228d10's and 229c14's periods are labelled so too).
d = new("r772_next_year_plan_before_period_zone_2018.txt", "", "", "", "", "", 2018, "narrative", "", "prose",
        "M09 '…和2019年政务公开工作打算等。本年报统计数据时限为2018年1月1日至…' (read as 2019 until round 252's rule)")
d.add("本报告根据《中华人民共和国政府信息公开条例》及省、市有关规定编制而成。全文包括主动公开、依申请公开、平台建设、"
      "工作中遇到的问题和2019年政务公开工作打算等。本年报统计数据时限为2018年1月1日至2018年12月31日。\n一、概述\n")
d.prose("2018年,全区共收到政府信息公开申请4件。\n")


# r773 after round 252 (study252): 北京's district template, the title's short name over 由北京市<name>编制的…报告 (M08: 248a07's
# district commission and 252a08's area office, read with the sentence's city; 243a07's prints the same sentence).
d = new("r773_compiler_sentence_fuller_than_title_district_commission_2017.txt", "某兴区住建委", "北京市", "北京市", "", "", 2017,
        "narrative", "2018-03-10", "prose", "M08 'X区Y委2017年度…报告' over '由北京市X区Y委编制的2017年度…报告' (read with 北京市 "
        "until the forty-ninth session's rule, as 248a07 and 252a08)")
d.add("首都之窗\n政府信息公开\n\n某兴区住建委2017年度政府信息公开年度报告\n\n点击量: 来源:某兴区住建委 日期:2018-03-10 15:24\n\n"
      "本报告是根据《中华人民共和国政府信息公开条例》(以下简称《条例》)要求,由北京市某兴区住建委编制的2017年度政府信息公开年度报告。\n\n"
      "全文包括概述,主动公开政府信息的情况,依申请公开政府信息的情况。\n")
d.prose("2017年,我委共收到政府信息公开申请6件。\n", applications_received=6)


# r774 after round 253 (study253): a letter's number and signer run into its year-first title on one line (M07/M14: 253c04's
# school on a traditional copy, read as the signer's name; the letter form of 50b's pages prints the signer too).
d = new("r774_letter_signer_before_year_first_title_school_2014.txt", "某田第二中学", "", "", "", "", 2014, "narrative", "",
        "prose", "M07 'X〔2015〕3号 签发人:Y 2014年Z中学 政府信息公开工作年度报告' (read as the signer Y until the forty-ninth "
        "session's guard, as 253c04)")
d.add("某二中 [2015] 3号 签发人:张某某 2014年某田第二中学 政府信息公开工作年度报告\n"
      "某田市人民政府: 本报告是根据《中华人民共和国政府信息公开条例》规定,由某田第二中学编制。本报告所列数据的统计期限自2014年1月1日起"
      "至2014年12月31日止。\n")
d.prose("2014年,我校主动公开政府信息35条。\n", proactive_disclosed=35)


# r775 (forty-ninth session, from rounds 225, 231 and 234): an untitled bureau report whose opening names it after the
# Regulations' quoted name and the year (M06: 225d11's and 234a05's bureaus on traditional copies, 231b03's bureau with
# 信息公开各项工作, each read as no one).
d = new("r775_subject_after_regulations_quoted_name_county_bureau_2022.txt", "某容市交通运输局", "", "", "", "", 2022,
        "narrative", "", "prose", "M06 '根据《…条例》(简称《条例》),2022年度X局认真贯彻实施' (read as no one until the forty-ninth "
        "session's rule, as 234a05)")
d.add("一、总体情况\n根据《中华人民共和国政府信息公开条例》(简称《条例》),2022年度某容市交通运输局认真贯彻实施,在《条例》总则的要求下,"
      "严格遵循公正、公平、合法、便民的原则,及时、准确地公开相关政府信息。\n")
d.prose("(一)主动公开情况。2022年,我局主动公开政府信息88条。\n", proactive_disclosed=88)


# r776 after round 254 (study254): the amended Regulations' date before a statistics period labelled 统计时间 (M09: 254b03's
# district bureau on a spam copy, read as 2019; 223b09's, 225b08's, 226c08's and 230c08's periods are labelled so).
d = new("r776_amended_regulations_date_before_period_district_bureau_2020.txt", "某州市某湖区卫生健康局", "", "", "", "", 2020,
        "narrative", "2021-01-17", "prose", "M09 '根据2019年5月15日修订过的《条例》…统计时间为2020年1月1日至12月31日' (read as 2019 "
        "until round 254's rule, as 254b03)")
d.add("来源: | 区卫生健康局 | 发布日期: | 2021年01月17日 |\n"
      "本年度报告根据2019年5月15日修订过的《中华人民共和国政府信息公开条例》规定编制,现对我局政府信息公开工作年度报告进行公布。"
      "年度报告统计时间为2020年1月1日至12月31日期间的政府信息公开工作情况。如对本报告有任何疑问,请联系某州市某湖区卫生健康局办公室"
      "(联系电话:027-60660170)。\n")
d.prose("一、总体情况\n本年度,我局共收到政府信息公开申请2件。\n", applications_received=2)


# r777 after round 254 (study254): an untitled county bureau named only after a notice's long quoted title and its 要求 (M06:
# 254d04, read as no one).
d = new("r777_subject_after_notice_title_requirement_county_bureau_2020.txt", "某山县交通运输局", "", "", "", "", 2020,
        "narrative", "", "prose", "M06 '2020年,根据《X关于编制公布2020年…有关事项的通知》(〔2021〕—43)要求,Y局认真贯彻…' (read as no "
        "one until the forty-ninth session's rule, as 254d04)")
d.add("一、总体公开情况说明\n2020年,根据《某山州人民政府办公室关于编制公布2020年政府信息公开工作年度报告有关事项的通知》(〔2021〕—43)"
      "要求,某山县交通运输局认真贯彻落实《条例》,依法、全面、及时、准确公开各类政府信息,切实保障人民群众的合法权益。\n")
d.prose("全年共收到政府信息公开申请1件。\n", applications_received=1)


# r778 after round 255 (study255): a town's items made, sorted by attribute with each share, the withheld ones worded
# 不予以公开 (P08 guard: 255c07 and 255c13, read as requests received; 226c05 prints the wording).
d = new("r778_items_by_attribute_withheld_worded_buyuyi_town_2021.txt", "某安市某砂镇人民政府", "", "", "", "township", 2021,
        "narrative", "", "prose", "P08 '共制作信息33条,其中主动公开信息数29条,占比87.8%,依申请公开信息数2条,占比6.1%;不予以公开信息数2条' "
        "(the 2 read as requests until round 255's rule, as 255c07)")
d.add("按照《中华人民共和国政府信息公开条例》等要求,特向社会公布2021年度本单位政府信息公开年度报告。本报告由某安市某砂镇人民政府"
      "党政办公室编制。\n一、总体情况\n")
d.prose("(一)主动公开政府信息的情况\n2021年度我单位共制作信息33条,其中主动公开信息数29条,占比87.8%,依申请公开信息数2条,"
        "占比6.1%;不予以公开信息数2条,占比6.1%。\n", proactive_disclosed=29)

# r779 after round 255 (study255): 编制完成 before the announced name (M06: 255a14's town, read as 完成X).
d = new("r779_compiled_and_completed_before_name_town_2023.txt", "某河口市某化镇人民政府", "", "", "", "township", 2023,
        "narrative", "", "prose", "M06 '编制完成X2023年政府信息公开工作年度报告' (read as 完成X until round 255's rule, as 255a14)")
d.add("根据《中华人民共和国政府信息公开条例》和市委、市政府安排部署,编制完成某河口市某化镇人民政府2023年政府信息公开工作年度报告。"
      "本次年度报告由总体情况、主动公开政府信息情况组成。\n")
d.prose("2023年,我镇共收到政府信息公开申请0件。\n", applications_received=0)


# r780 after round 256 (study256): the same template with the proactive part closed by a full stop before the on-request and
# withheld parts (P08 guard: 256c05's town, read as 4 requests where its next sentence says none were received).
d = new("r780_on_request_share_after_full_stop_town_2024.txt", "某安市某南镇人民政府", "", "", "", "township", 2024,
        "narrative", "", "prose", "P08 '…主动公开信息数7条,占比46.66%。依申请公开信息数4条,占比26.67%;不予以公开信息数4条' (the 4 read "
        "as requests until round 256's rule, as 256c05)")
d.add("按照《中华人民共和国政府信息公开条例》等要求,特向社会公布2024年度本单位政府信息公开年度报告。本报告由某安市某南镇人民政府"
      "党政办公室编制。\n一、总体情况\n")
d.prose("2024年度我单位共制作信息15条,其中主动公开信息数7条,占比46.66%。依申请公开信息数4条,占比26.67%;不予以公开信息数4条,"
        "占比26.67%。\n(二)依申请公开情况\n2024年度我镇未受理依申请公开信息申请。\n", proactive_disclosed=7,
        applications_received=0)


# r781 after round 256 (study256): an untitled street report announced with its bare name, its places printed only with its
# office in the contact clause (M08, the fuller or shorter name: 256c03, 256c07, 256c08, 253c12, 228b05, 229b10 and 235b01,
# each read with the office's places; 243c12 and 226b06, named bare nowhere in the report's announcement, keep them).
d = new("r781_announced_bare_street_office_places_in_contact_2024.txt", "列东街道", "福建省", "三明市", "三元区", "street", 2024,
        "narrative", "", "prose", "M08 '制定并公开2024年列东街道…报告' over '请与三元区列东街道党政办公室联系' (read as 三元区列东街道 until "
        "the forty-ninth session's rule, as 256c07)")
d.add("根据《中华人民共和国政府信息公开条例》以及区政府信息公开工作相关文件要求,结合街道工作实际,制定并公开2024年列东街道政府信息公开"
      "工作年度报告。报告主要包括总体情况等六个部分。本报告可通过三元区政府门户网站查阅或下载。如对本报告有任何疑问,请与三元区列东街道"
      "党政办公室联系。\n")
d.prose("一、总体情况\n2024年,我街道共收到政府信息公开申请1件。\n", applications_received=1)


# r782 (fiftieth session, from rounds 226, 228 and 241): a denial of requests naming who did not apply, with 依法 in the
# noun, or with the appeals in the same clause (P08: 241c03's county bureau, 228d04's city committee and 226a05's city
# bureau, each read as nothing).
d = new("r782_denial_naming_applicants_or_appeals_county_bureau_2018.txt", "某城市住房和城乡建设局", "", "", "", "", 2018,
        "narrative", "", "prose", "P08 '全年无公民、法人依申请公开事项' and '无政府信息公开申请、无信息公开行政复议和行政诉讼' (read as "
        "nothing until the fiftieth session's rule, as 241c03 and 226a05)")
d.add("某城市住房和城乡建设局2018年政府信息公开工作年度报告\n根据《中华人民共和国政府信息公开条例》要求,现公布我局2018年度政府信息"
      "公开工作年度报告。本报告中所列数据的统计期限自2018年1月1日起至2018年12月31日止。\n")
d.prose("一、主动公开政府信息情况\n2018年,我局主动公开政府信息64条。\n二、依申请公开政府信息情况\n2018年全年无公民、法人"
        "依申请公开事项。\n三、因政府信息公开申请行政复议、提起行政诉讼的情况\n2018年无政府信息公开申请、无信息公开行政复议和行政诉讼"
        "相关案件。\n", proactive_disclosed=64, applications_received=0, review_cases=0, litigation_cases=0)


# r783 after round 259 (study259): a city report counting its levels' items together, 市、县(区)两级政府累计发布… (P12, whole-area
# counts: 259a05's city on a traditional copy, read as the city's own; 259a12's city prints 市、县两级 before its count too).
d = new("r783_city_and_county_levels_count_city_2024.txt", "某鸭山市人民政府", "", "", "", "", 2024, "narrative", "", "prose",
        "P12 '2024年,市、县(区)两级政府累计发布政府信息21,943条' (read as the city's own until the fiftieth session's rule, as "
        "259a05)")
d.add("某鸭山市人民政府2024年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制,所列数据的统计期限自2024年"
      "1月1日起至2024年12月31日止。\n")
d.prose("一、总体情况\n(一)主动公开。2024年,市、县(区)两级政府累计发布政府信息21,943条,其中政策文件299条。\n"
        "(二)依申请公开。2024年,市政府共收到政府信息公开申请12件。\n", applications_received=12)


# r784 (fifty-first session, from rounds 250, 259 and 266): the year's new requests named after a count that holds last year's
# too, without 其中 (250a05's district bureau, read as two counts and so as nothing) or 今年新受理 among the parts (259c08's county
# office) (P08); and a request's outcome counted with 依申请 before the verb (266b01's city bureau on a copy, read as its
# proactive total; a guard).
d = new("r784_year_new_requests_after_total_on_request_outcome_district_bureau_2020.txt", "某城区财政局", "", "", "", "", 2020,
        "narrative", "", "prose", "P08 '共收到政府信息公开申请N件,本年新收N件' and '共依申请办理公开或部分公开政府信息N件' (read as nothing "
        "and as the proactive total until the fifty-first session's rules, as 250a05 and 266b01)")
d.add("某城区财政局2020年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。本报告中所列数据的统计期限"
      "自2020年1月1日起至2020年12月31日止。\n")
d.prose("一、总体情况\n(一)依申请公开。某城区财政局2020年度共收到政府信息公开申请58件,本年新收55件,上年结转3件。共依申请办理公开"
        "或部分公开政府信息21件。\n", applications_received=55, applications_carried_over=3)

# r785 after round 266 (study266): a topic page's title quoting the report's kind after the place, 2024年北京市“政府信息公开工作
# 年度报告”集中公开专题页面 (266a05, whose agency was read with the opening quote; a guard).
d = new("r785_quoted_report_kind_topic_page_title_city_2024.txt", "某川市", "", "", "", "", 2024, "narrative", "", "prose",
        "M09 '2024年某川市“政府信息公开工作年度报告”集中公开专题页面' (agency read with the quote mark until the fifty-first "
        "session's guard, as 266a05)")
d.add("2024年某川市“政府信息公开工作年度报告”集中公开专题页面\n依据《中华人民共和国政府信息公开条例》,按照政府信息公开工作年度报告"
      "有关格式要求,编制本报告。\n")
d.prose("一、总体情况\n2024年,某川市政府信息公开工作稳步推进,全年出刊市政府公报24期。\n")

# r786 (fifty-first session, from rounds 223, 258 and 267): 通过不同渠道(和方式)主动公开政府信息N条 after the paragraph names the
# channels, or before the channels' own counts (P05/P17: 267c07's township, 258a12's city and 223b07's town, each read as
# nothing where their readers took the count).
d = new("r786_different_channels_total_after_paragraph_channels_township_2024.txt", "某溪乡人民政府", "", "", "", "", 2024,
        "narrative", "", "prose", "P05 '通过政府网站、政务公开专区等渠道…。2024年度,我乡主动通过不同渠道和方式公开政府信息共N条' (read as "
        "nothing until the fifty-first session's rule, as 267c07)")
d.add("某溪乡人民政府2024年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制,所列数据的统计期限自2024年"
      "1月1日起至2024年12月31日止。\n")
d.prose("一、总体情况\n(一)主动公开情况。我乡坚持应公开尽公开,通过政府网站、政务公开专区等渠道,向社会公开发布本乡的机构设置、"
        "领导简介等政府信息。2024年度,我乡主动通过不同渠道和方式公开政府信息共176条,其中政务公开专区公开政府信息数12条。\n",
        proactive_disclosed=176)

# r787 after round 269 (study269): items handed over to the reference places, 向区档案馆、区图书馆…移送主动公开信息1件, after the
# site's count beside a new media count (P16: 269a02's street, read as its year's total; a guard).
d = new("r787_items_handed_to_reference_places_street_2019.txt", "某门外街道办事处", "", "", "", "", 2019, "narrative", "",
        "prose", "P16 '向区档案馆、区图书馆和区政务服务中心三个主要查阅场所移送主动公开信息1件' (read as the year's total until the "
        "fifty-first session's guard, as 269a02)")
d.add("某门外街道办事处2019年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制,所列数据的统计期限自2019年"
      "1月1日起至2019年12月31日止。\n")
d.prose("一、总体情况\n(一)主动公开。我街道通过政府网站、信息公开大厅等渠道主动公开政府信息。2019年,通过政府网站全年共主动公开政府"
        "信息187条,通过微信公众号发布各类信息500余篇。为方便公众获取政府信息,向区档案馆、区图书馆和区政务服务中心三个主要查阅"
        "场所移送主动公开信息1件。\n")

# r788 after round 272 (study272): the portal's count beside another channel's approximate count, 在…微信公众号公布信息90余条
# (P05: 256b10's town and 272d11's city bureau, each portal count read as the year's total where neither reader took one; a guard).
d = new("r788_portal_count_beside_approximate_account_count_town_2021.txt", "某阳镇人民政府", "", "", "", "", 2021, "narrative", "",
        "prose", "P05 '通过…门户网站等渠道主动公开政府信息N条…同时,在“某阳发布”微信公众号公布信息M余条' (the portal's count read as the "
        "year's total until the fifty-second session's guard, as 256b10)")
d.add("某阳镇人民政府2021年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制,所列数据的统计期限自2021年"
      "1月1日起至2021年12月31日止。\n")
d.prose("一、总体情况\n1.政府信息主动公开情况。2021年,我镇通过某山市人民政府门户网站等渠道主动公开政府信息34条,内容涵盖机构信息、"
        "规范性文件、工作动态等各类信息。同时,在“某阳发布”微信公众号公布信息120余条。\n2.依申请公开情况。2021年,我镇未收到政府信息"
        "公开申请。\n", applications_received=0)

# r789 after round 272 (study272): an untitled page whose only name is the subject of 政务信息公开工作在…领导下 (M06: 272b04's city
# bureau, read as no agency; a wording of the subject owning its OGI work).
d = new("r789_subject_owning_its_government_affairs_information_work_city_bureau_2020.txt", "某阳市统计局", "", "", "", "", 2020,
        "narrative", "", "prose", "M06 '2020年,某阳市统计局政务信息公开工作在市委、市政府的正确领导下' (agency read as nothing until the "
        "fifty-second session, as 272b04)")
d.prose("一、总体情况\n2020年,某阳市统计局政务信息公开工作在市委、市政府的正确领导下,认真贯彻落实《中华人民共和国政府信息公开条例》,"
        "不断规范信息公开内容,拓宽信息公开渠道。\n")

# r790 after round 272 (study272): the site's count before other channels' approximate counts, and what the requests received were
# given, 受理申请件公开信息3条(次) (P05 and P08: 272d11's city bureau, read as 345 and then as 3 for its year's total; guards).
d = new("r790_items_given_on_requests_received_city_bureau_2019.txt", "某盘水市水务局", "", "", "", "", 2019, "narrative", "",
        "prose", "P05/P08 '其中:局门户网站发布信息N条,…利用…公开各类信息M余条' and '受理申请件公开信息3条(次)' (read as the year's total "
        "until the fifty-second session's guards, as 272d11)")
d.add("某盘水市水务局2019年政府信息公开工作年度报告\n")
d.prose("一、总体情况\n(一)主动公开\n一年来,市水务局借助局门户网站、政务公开栏等及时做好信息公开,其中:局门户网站发布信息212条,"
        "利用政务公开栏公开各类信息60余条(次)。\n(二)依申请公开\n一年来,市水务局政务服务中心共完成行政许可办件41件。全年收到政府信息"
        "公开申请2条(次),受理申请件公开信息2条(次)。\n", applications_received=2)

# r791 after round 273 (study273): 上年结转依申请公开0件 after a whole city's received count in its government office's report
# (P08/P12: 273b05's city office, read as none received; a guard).
d = new("r791_carried_over_on_request_after_city_count_office_2021.txt", "某陵市人民政府办公室", "", "", "", "", 2021, "narrative", "",
        "prose", "P08 '我市共收到依申请公开N件,上年结转依申请公开0件,其中予以公开…' (read as none received until the fifty-second "
        "session's guard, as 273b05)")
d.add("某陵市人民政府办公室2021年政府信息公开工作年度报告\n")
d.prose("一、总体情况\n(二)依申请公开情况。2021年,我市共收到依申请公开31件,上年结转依申请公开0 件,其中予以公开27 件,"
        "不予处理4 件,结转下年度继续办理申请公开 0件。\n")

# r792 after round 273 (study273): the year's total with 有 before its count, 共计主动公开的信息有88条, and requests counted by channel
# with the count first, 收到1件信函申请,2件网络申请 (P01 and P08: 273b02's and 226c01's bureaus, read as nothing; 273c07's city
# bureau, read as 1 received).
d = new("r792_items_counted_after_you_and_requests_by_channel_count_first_bureau_2021.txt", "某陵市财政局", "", "", "", "", 2021,
        "narrative", "", "prose", "P01 '共计主动公开的信息有N条' and P08 '收到1件信函申请,2件网络申请' (read as nothing and as 1 received "
        "until the fifty-second session, as 273b02 and 273c07)")
d.add("某陵市财政局2021年政府信息公开工作年度报告\n")
d.prose("一、总体情况\n(一)主动公开政府信息情况。我局在2021年度共计主动公开的信息有64条。其中:工作动态30条、通知公告21条、"
        "政策文件13条。\n(二)依申请公开政府信息情况。2021年,我局收到1件信函申请,3件网络申请。都已及时告知申请人相关情况。\n",
        proactive_disclosed=64)

# r793 after round 273 (study273): an untitled report naming its bureau only in the contact line before the bureau's request desk,
# 请与X局政府信息公开申请受理机构联系 (M06: 273c03's district bureau, read as no agency; a wording of the contact class).
d = new("r793_contact_with_the_bureaus_request_desk_district_bureau_2023.txt", "重庆市某中区医疗保障局", "重庆市", "重庆市", "", "",
        2023, "narrative", "", "prose", "M06 '请与重庆市某中区医疗保障局政府信息公开申请受理机构联系' (agency read as nothing until the fifty-second "
        "session, as 273c03)")
d.prose("根据《中华人民共和国政府信息公开条例》规定,我局编制了2023年政府信息公开工作年度报告。本报告所列统计数据的期限自2023年1月1日起,"
        "至2023年12月31日止。如对本报告有任何疑问,请与重庆市某中区医疗保障局政府信息公开申请受理机构联系(地址:重庆市某中区某路1号)。\n"
        "一、总体情况\n2023年,我局共收到政府信息公开申请一条,已按时答复。\n", applications_received=1)

# r794 after round 274 (study274): the year in brackets after the title's words with no 年, X政府信息公开工作年度报告(2012) (M09:
# 274d12's province department, read as no year).
d = new("r794_bracketed_bare_year_after_title_province_department_2012.txt", "某西省司法厅", "", "", "", "", 2012, "narrative",
        "2013-03-18", "prose", "M09 '某西省司法厅政府信息公开工作年度报告(2012)' (year read as nothing until the fifty-second session, as "
        "274d12)")
d.add("首页>政府信息公开 > 政府信息公开年报\n某西省司法厅政府信息公开工作年度报告(2012)\n时间:2013-03-18 18:35\n来源:某西省司法厅\n\n"
      "某西省司法厅政府信息公开工作年度报告(2012)\n\n按照《中华人民共和国政府信息公开条例》的要求,现将我厅政府信息公开工作年度报告"
      "公开如下:\n")
d.prose("一、领导重视、责任落实\n全年,我厅共收到政府信息公开申请3件,均已按时答复。\n", applications_received=3)

# r795 after round 274 (study274): an untitled report on a copy whose first year is a plan's span, 规划提要(2008年—2012年), before the
# year's own items (M09: 274d07's region report, read as 2008; a guard).
d = new("r795_plan_span_before_the_years_items_untitled_region_2009.txt", "", "", "", "", "", 2009, "narrative", "", "prose",
        "M09 '…建设规划提要(2008年—2012年)、…' before '公开了2009年…重点项目建设情况' (year read as 2008 until the fifty-second session's "
        "guard, as 274d07)")
d.prose("某区政府门户网站累计主动公开信息5120条,本年度主动公开信息936条,全文电子化率为100%。\n(一)主动公开范围\n"
        "1、国民经济和社会发展规划。公开了某带节水农业建设规划提要(2008年—2012年)、某区特色优势产业发展规划等。\n"
        "2、统计信息。公开了2009年某区重点项目建设情况、工业基地项目进展情况。\n", proactive_disclosed=936)

# r796 after round 275 (study275): a space between the name and the title's words, X办公室 政府信息公开工作2021年度报告 (M09:
# 275c06's district office, read with 政府 joined to its name; a guard).
d = new("r796_space_before_title_words_district_office_2021.txt", "重庆市某足区人民政府外事办公室", "重庆市", "重庆市", "", "", 2021,
        "narrative", "", "prose", "M09 '重庆市某足区人民政府外事办公室 政府信息公开工作2021年度报告' (agency read with 政府 after it until the "
        "fifty-second session's guard, as 275c06)")
d.add("重庆市某足区人民政府外事办公室 政府信息公开工作2021年度报告\n重庆市某足区人民政府外事办公室\n政府信息公开工作2021年度报告\n")
d.prose("根据《中华人民共和国政府信息公开条例》要求,我办结合2021年度政府信息公开工作实际,编制本报告。\n一、总体情况\n"
        "2021年,我办共收到政府信息公开申请0件。\n", applications_received=0)

# r797 after round 275 (study275): an untitled copy whose only name is its index row's 来源 in a pipe cell, 来源: | X局 | 发布日期: | …
# (M02/M04: 275b07's city bureau, read as no agency; a wording of the source field).
d = new("r797_source_field_in_pipe_cells_city_bureau_2024.txt", "某州市民政局", "", "", "", "", 2024, "narrative", "2025-01-13",
        "prose", "M02 '来源: | 某州市民政局 | 发布日期: | 2025年01月13日 |' (agency read as nothing until the fifty-second session, as "
        "275b07)")
d.add("来源: | 某州市民政局 | 发布日期: | 2025年01月13日 |\n2024年,我局在市委、市政府的正确领导下,加强民政领域政策发布力度和时效。\n")
d.prose("2024年,通过门户网站公开412条政府信息,发布解读信息5条。\n", proactive_disclosed=412)

# r798 after round 276 (study276): an index block's 信息标题 label before the title on its line (M04: 276d02's county bureau, read
# with the label as its name; a wording of the field labels).
d = new("r798_index_title_field_label_county_bureau_2023.txt", "某硕县文化体育广播电视和旅游局(文物局)", "", "", "", "", 2023,
        "narrative", "", "prose", "M04 '信息标题 X2023年度政府信息公开工作年度报告 文件编号' (agency read with 信息标题 until the "
        "fifty-second session, as 276d02)")
d.add("政府信息公开\n\n信息标题 某硕县文化体育广播电视和旅游局(文物局)2023年度政府信息公开工作年度报告 文件编号\n公开类型 主动公开\n\n"
      "某硕县文化体育广播电视和旅游局(文物局)2023年度政府信息公开工作年度报告\n")
d.prose("一、总体情况\n2023年,我局依申请公开0件,无行政复议、行政诉讼。\n", applications_received=0, review_cases=0,
        litigation_cases=0)

# r799 after round 277 (study277): the OGI catalogue named with its address in brackets before the count, 在政府信息公开目录(/x/gkmlpt/
# index)主动公开政府信息47篇 (P04: 277b04's city bureau on a mirror, read as nothing; a wording of the catalogue as the one channel).
d = new("r799_catalogue_with_bracketed_address_city_bureau_2025.txt", "某山市审计局", "", "", "", "", 2025, "narrative", "", "prose",
        "P04 '在政府信息公开目录(/xssjj/gkmlpt/index)主动公开政府信息47篇' (read as nothing until the fifty-third session, as 277b04)")
d.add("某山市审计局2025年政府信息公开工作年度报告\n")
d.prose("一、总体情况\n2025年,我局在政府信息公开目录(/xssjj/gkmlpt/index)主动公开政府信息47篇,其中机构职能类信息2篇,工作动态类"
        "信息35篇。2025年,我局没有收到依申请公开政府信息的申请。\n", proactive_disclosed=47, applications_received=0)

# r800 after round 277 (study277): an Academy observatory's untitled report naming itself only in 现发布《X信息公开工作2021年度报告》
# (M06 and the agency suffixes: 277a03, read as no agency; the miss kept).
d = new("r800_observatory_named_in_announced_title_institute_2021.txt", "中国科学院某山天文台", "", "", "", "", 2021, "narrative", "",
        "prose", "M06 '现发布《中国科学院某山天文台信息公开工作2021年度报告》' (agency read as nothing, as 277a03; a suffix 天文台 with "
        "电视台 was tried in the fifty-third session and withdrawn after its review: menus, source lines and opening subjects "
        "read stations as agencies)")
d.add("首页 >> 信息公开 >> 信息公开年度报告\n\n2021年度信息公开工作报告\n\n")
d.prose("根据《中华人民共和国政府信息公开条例》和《中国科学院信息公开工作管理办法》规定,现发布《中国科学院某山天文台信息公开工作2021"
        "年度报告》。\n一、总体情况\n2021年,本台未收到信息公开申请。\n", applications_received=0)

# r801 after round 278 (study278): an untitled report opening on the year its body was set up, X局成立于2012年, before 现将2021年度的…
# 工作情况报告如下 (M09: 278d08's county bureau, read as 2012; a guard of the set-up year).
d = new("r801_set_up_in_year_before_years_report_county_bureau_2021.txt", "某山县政务服务管理局", "", "", "", "", 2021, "narrative",
        "", "prose", "M09 'X成立于2012年,…现将2021年度的政府信息公开工作情况报告如下' (year read as 2012 until the fifty-third session, "
        "as 278d08)")
d.prose("某山县政务服务管理局成立于2012年,自单位成立以来,高度重视政府信息公开工作,现将2021年度的政府信息公开工作情况报告如下。\n"
        "一、总体情况\n2021年,某山县政务服务管理局认真开展政府信息公开工作,全年共收到政府信息公开申请2件,均已按时答复。\n",
        applications_received=2)

# r802 after round 279 (study279): granted told by a bare 公开 straight after 其中, 共收到信息公开申请5件,其中公开3件,另2件…无法公开
# (P08: 279c02's district office, as round 14's page, 212c07 and r253's source; read as nothing granted).
d = new("r802_granted_as_bare_disclosure_after_of_which_district_office_2021.txt", "某坪区人民政府办公室", "", "", "", "", 2021,
        "narrative", "", "prose", "P08 '共收到信息公开申请5件,其中公开3件,另2件因…无法公开' (granted read as nothing until the "
        "fifty-third session, as 279c02)")
d.add("某坪区人民政府办公室2021年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(二)依申请公开情况。2021年我办共收到信息公开申请5件,其中公开3件,另2件因本单位不掌握相关情况无法公开,对申请人给予了回复。\n",
        applications_received=5, applications_granted=3)

# r803 after round 281 (study281): an untitled copy opening on a portal's name, the page's full date and its fields on one line,
# 某元政府网 2014年2月19日 来源:市农业局 点击率: (M02/M11: 281c01's city bureau, read as a 2014 report and its 2013 count lost).
d = new("r803_portal_date_and_fields_line_untitled_city_bureau_2013.txt", "市农业局", "", "", "", "", 2013, "narrative",
        "2014-02-19", "prose", "M02 '某元政府网 2014年2月19日 来源:市农业局 点击率:' over an untitled report (year read as 2014 until the "
        "fifty-third session, as 281c01; the date after the portal's name still unread)")
d.add("某元政府网 2014年2月19日 来源:市农业局 点击率:\n市政府信息公开办:\n一、信息公开工作概述\n二、主动公开政府信息情况\n(一)公开内容\n")
d.prose("2013年,新增主动公开政府信息769条。其中,概况类20条,工作动态类645条,其它104条。\n", proactive_disclosed=769)

# r804 after round 281 (study281): a report compiled from every unit, its whole-area total told with 数量达到, 全盟主动公开政府信息数量
# 达到73360条 (P01/P12: 281d02's prefecture, missed; 达到 as 达).
d = new("r804_compiled_total_told_with_dadao_prefecture_2017.txt", "某安盟行政公署", "", "", "", "", 2017, "narrative", "", "prose",
        "P01 '2017年全盟主动公开政府信息数量达到73360条' in a report compiled from every unit (read as nothing until the fifty-third "
        "session, as 281d02)")
d.add("某安盟行政公署2017年政府信息公开工作年度报告\n本报告是在综合分析全盟各旗县市、盟直各部门2017年政府信息公开工作报告的基础上编制,"
      "所列数据统计时间为2017年1月1日至12月31日。\n一、概述\n")
d.prose("2017年,全盟各级行政机关全面推进决策、执行、管理、服务、结果公开,全年全盟主动公开政府信息数量达到73360条,较上年增长16%。\n",
        proactive_disclosed=73360)

# r805–r807 after round 283: the items made sorted by how each was disclosed, their 主动公开 part the year's figure, in 件
# after 共制发政府信息N件 (31a03's street), as documents after 文件总数共N件 (238c08's city bureau) and after 其中 with a comma
# (245c02's county bureau); P02, read as nothing: a rule tried in the fifty-fourth session was withdrawn after two reviews found
# other documents' parts read as the year's figure (the catalogue's round 283 paragraph).
d = new("r805_items_made_by_attribute_in_jian_street_2016.txt", "某桥街道办事处", "", "", "", "", 2016, "narrative", "",
        "prose", "P02 '共制发政府信息35件,其中主动公开30件,不予公开5件' (the 主动公开 part read as nothing: the rule tried in the "
        "fifty-fourth session was withdrawn after two reviews; as 31a03)")
d.add("某桥街道办事处2016年政府信息公开工作年度报告\n一、概述\n")
d.prose("2016年,我街道共制发政府信息35件,其中主动公开30件,不予公开5件,主要为会议纪要等内部事务。\n",
        proactive_disclosed=30)

d = new("r806_documents_by_attribute_total_first_city_bureau_2021.txt", "某安市交通运输局", "", "", "", "", 2021, "narrative",
        "", "prose", "P02 '文件总数共412件,其中主动公开文件100件' (the 主动公开 part read as nothing: the rule tried in the "
        "fifty-fourth session was withdrawn after two reviews; as 238c08)")
d.add("某安市交通运输局2021年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(一)主动公开情况。2021年,我局文件总数共412件,其中主动公开文件100件,依申请公开文件3件,其余为不予公开文件。\n",
        proactive_disclosed=100)

d = new("r807_items_made_by_attribute_comma_after_of_which_county_bureau_2020.txt", "某固县林业局", "", "", "", "", 2020,
        "narrative", "", "prose", "P02 '共制作政府信息47条,其中,主动公开政府信息数44条,作为依申请公开信息数2条' (the 主动公开 part "
        "read as nothing: the rule tried in the fifty-fourth session was withdrawn after two reviews; as 245c02)")
d.add("某固县林业局2020年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("2020年,我局共制作政府信息47条,其中,主动公开政府信息数44条,作为依申请公开信息数2条,不予公开信息数1条。\n",
        proactive_disclosed=44)

# r808 after round 286 (study286): a city's report, not said to be compiled from its units, whose requests are the whole city's
# with the area named inside the count's clause, 指导全市规范受理依申请公开301件,上年度结转申请3件…, its outcomes and appeals after
# it read as the city government's own (P12: 286c07). A rule tried in the fifty-fourth session was withdrawn after three reviews
# found the agency's own outcomes dropped after such a sentence; the stand-in keeps the misreading.
d = new("r808_area_named_inside_requests_clause_city_2022.txt", "某宁市人民政府", "", "", "", "", 2022, "narrative", "", "prose",
        "P12 '指导全市规范受理依申请公开301件,上年度结转申请3件' with outcomes and appeals after it (the area's; its carried-over 3, "
        "denied 13 and review 6 still read as the city's own: the fifty-fourth session's rule was withdrawn; as 286c07)")
d.add("某宁市人民政府2022年政府信息公开工作年度报告\n一、总体情况\n(二)依申请公开\n")
d.prose("持续规范依申请公开办理,指导全市规范受理依申请公开301件,上年度结转申请3件,新增298件,均在法定期限内答复。其中,不予公开"
        "13件,占4.32%;无法提供68件,占22.59%。因政府信息公开被行政复议6件、行政诉讼6件。\n")

# r809 after round 287 (study287): forms offered free for the asking, 提供《…申请表》下载及免费索取, in a town's 2008-form report
# (P10: 287d01, read as no fees charged until the fifty-fourth session; a wording of the handed-out-free guard).
d = new("r809_forms_free_for_the_asking_town_2018.txt", "某山头镇人民政府", "", "", "", "", 2018, "narrative", "", "prose",
        "P10 '提供《…申请表》下载及免费索取' (read as fees 0 until the fifty-fourth session, as 287d01)")
d.add("2018年某山头镇人民政府信息公开工作年度报告\n一、概述\n")
d.prose("镇政府秘书室及镇政府网页上提供《某山头镇依申请公开工作流程图》及《某山头镇政务信息公开申请表》下载及免费索取。\n")

# r810–r811 after the fifty-fifth session's mining of the catalogue: outcomes counted in 项 after requests counted in 件, in the
# 2008 form's words (65b17's county office, 同意公开的N项; 159a02's bureau, the words quoted, “同意公开”4项) and with the count first
# and how it was done between (200d11's street, 1项依规予以公开); all missed until then (P08).
d = new("r810_outcomes_in_xiang_county_office_2012.txt", "某川县人民政府办公室", "", "", "", "", 2012, "narrative", "", "prose",
        "P08 '其中“同意公开”3项,“不同意公开”1项' after requests in 件 (missed until the fifty-fifth session; as 65b17 and 159a02)")
d.add("某川县人民政府办公室2012年政府信息公开工作年度报告\n二、依申请公开情况\n")
d.prose("2012年,我办共受理政府信息公开申请4件,其中“同意公开”3项,“不同意公开”1项,均在规定时限内答复。\n",
        applications_received=4, applications_granted=3, applications_denied=1)

d = new("r811_outcome_in_xiang_count_first_street_2019.txt", "某塘街道办事处", "", "", "", "", 2019, "narrative", "", "prose",
        "P08 '1项依规予以公开' after requests in 件 (missed until the fifty-fifth session; as 200d11)")
d.add("某塘街道办事处2019年政府信息公开工作年度报告\n一、总体情况\n")
d.prose("(二)依申请公开。2019年,我街道共收到政府信息公开申请2件,1项依规予以公开,1项因信息不存在告知申请人。\n",
        applications_received=2, applications_granted=1)

# r812–r816 after rounds 290–295 (the fifty-fifth session's rules and guards), each in the shape of the page it was made on.
# r812: an untitled district office's report whose subject after the year goes on 深学笃用 (M06 wording: 293c08, read blank until
# 9244984).
d = new("r812_subject_before_shenxueduyong_district_office_2024.txt", "某坪区人民政府办公室", "", "", "", "", 2024, "narrative", "",
        "prose", "M06 '2024年,X区人民政府办公室深学笃用…' untitled (read blank until the fifty-fifth session; as 293c08)")
d.add("根据《中华人民共和国政府信息公开条例》第五十条和年度报告格式规定,编制本报告。\n一、总体情况\n")
d.add("2024年,某坪区人民政府办公室深学笃用新思想,全面贯彻上级决策部署,按照党中央、国务院要求推进政务公开。\n")
d.prose("(一)依法依规加强主动公开。依托政府网站、政务新媒体等平台发布区政府重要会议、活动和政策文件。2024年,区政府办公室未收到"
        "政府信息公开申请。\n", applications_received=0)

# r813: a district bureau's summary whose title the page repeats under its header, broken inside 政府信息公开 after the year (M07
# guard: 294b06, read as X局2016年政府 until 2a6b3f7).
d = new("r813_title_broken_after_year_district_bureau_2016.txt", "某福区食药监局", "", "", "", "", 2016, "narrative", "", "prose",
        "M07 'X局2016年政府 / 信息公开工作总结' under the page's header (read with its year until the fifty-fifth session; as 294b06)")
d.add("某福区食药监局2016年政府信息公开工作总结\n\n来源:某福区食药监局 字体大小:\n\n某福区食药监局2016年政府\n\n信息公开工作总结\n\n")
d.add("根据要求,现对照通知逐条总结如下。\n\n一、全年工作概况\n\n")
d.prose("全年我局通过区政府门户网站主动公开政府信息54条,未收到政府信息公开申请。\n", proactive_disclosed=54, applications_received=0)

# r814: a city bureau counting its channels apart, its site's count behind a label's colon and a web address, the press named as
# 刊物 (P05 wordings: 295b02, whose site's 1497 was read as the year's total until 7e8dd0e and c0a6504); no total, no figure.
d = new("r814_site_address_colon_and_press_channels_city_bureau_2016.txt", "某堰市公安局", "", "", "", "", 2016, "narrative", "",
        "prose", "P05 '通过“X网”(网址:http://…)共主动公开信息N条' beside Weibo's, the portal's and 刊物's counts, no total (the site's "
        "count read as the year's until the fifty-fifth session; as 295b02)")
d.add("某堰市公安局2016年政府信息公开工作年度报告\n一、主动公开信息情况\n")
d.add("2016年,市公安局通过“平安某堰网”(网址:http://www.example.gov.cn/)共主动公开信息1497条。通过“平安某堰”官方微博主动发布"
      "警务信息2302条。通过市政府门户网站主动发布公开信息148条。在省级以上刊物主动公开信息268条,本地媒体主动公开信息270余条。\n")

# r815: a province department's 2009 denial naming the court for the suit (P09 wording: 295b04, its suit missed until 8034070).
d = new("r815_suit_before_the_court_in_a_denial_province_department_2009.txt", "某南省人事厅", "", "", "", "", 2009, "narrative",
        "", "prose", "P09 '没有因政府信息公开而…申请行政复议、或向法院起诉…' (the suit missed until the fifty-fifth session; as 295b04)")
d.add("某南省人事厅2009年政府信息公开工作年度报告\n二、依申请公开情况\n")
d.prose("2009年没有收到公民、法人或其他组织提出的政府信息公开申请。\n", applications_received=0)
d.add("三、因政府信息公开引起行政复议、起诉和举报等情况\n")
d.prose("2009年没有因政府信息公开而向我厅申请行政复议、或向法院起诉、或申诉举报等情况。\n", review_cases=0, litigation_cases=0)

# r816: an untitled zone report whose subject is the zone's short name and whose contact prints its committee's full name (M08:
# 290a07, read as the generic 开发区管理委员会 until 1fbdabf and abf7880; its reader's contact name still not read, a miss kept).
d = new("r816_zone_short_subject_full_committee_in_contact_2024.txt", "某州经济技术开发区管理委员会", "", "", "", "", 2024, "narrative",
        "", "prose", "M08 the subject 某州开发区 after the year, the contact's 某州经济技术开发区管理委员会 (read as the generic "
        "开发区管理委员会 until the fifty-fifth session, now as the short subject; the contact's name, its reader's label, still missed; "
        "as 290a07)")
d.add("本报告根据《中华人民共和国政府信息公开条例》编制。若对本年报有疑问,可直接与某州经济技术开发区管理委员会办公室联系。\n"
      "一、总体情况\n")
d.add("2024年,某州开发区坚持以公开为常态,全年共制作公文信息58份。依托某州开发区管委会门户网站发布政策解读12份。\n")

# r817 after round 300 (the fifty-sixth session's guard), in the shape of the page it was made on.
# r817: an untitled zone report on a traditional copy whose opening announces the report under the zone's generic 经开区 after
# two sentences printing the committee's name (M06 guard's wording: 300a04, read blank until the fifty-sixth session).
d = new("r817_generic_zone_announced_after_committee_subject_traditional_zone_2021.txt", "某溪经济开发区管委会", "", "", "", "",
        2021, "narrative", "", "prose", "M06 '現將經開區2021年度…情況匯報如下' after the subject X經濟開發區管委會 (read blank until the "
        "fifty-sixth session; as 300a04)")
d.add("用微信掃描二維碼分享至好友和朋友圈\n根據《中華人民共和國政府信息公開條例》要求,結合2021年度某溪經濟開發區管委會信息公開工作及有關"
      "統計數據撰寫本報告。如對報告存有疑問,可與某溪經濟開發區管委會辦公室聯系。\n一、總體情況\n")
d.add("2021年,某溪經濟開發區管委會嚴格執行《條例》,認真推進政府信息公開工作,現將經開區2021年度政府信息公開工作開展情況匯報如下:\n")
d.prose("(一)主動公開方面\n2021年度,某溪經濟開發區管委會主動公開政府信息253條,主要集中在機構領導、招標采購等方面。\n",
        proactive_disclosed=253)
d.prose("(二)依申請公開方面\n2021年,某溪經濟開發區管委會未收到書面或其他形式要求公開政府信息的申請。\n", applications_received=0)

# r818 after round 308 (the fifty-seventh session's guard), in the shape of the page it was made on.
# r818: a county bureau's report on a spam copy whose brand, in Chinese words only and closed by its site's words, stands where
# the county was printed (M14 guard's wording: 308d04, read with the brand as its name until the fifty-seventh session).
d = new("r818_chinese_brand_site_words_for_the_place_county_education_bureau_2021.txt", "", "", "", "", "county_department",
        2021, "narrative", "", "prose", "M14 '某云手机官网入口·(中国)官方网站教育局' in the title (read as the name until the fifty-seventh "
        "session, now blank as 308d04's reader and realdev r768 leave a brand standing for the place); P01 the year's total (read)")
d.add("某云手机官网入口·(中国)官方网站教育局2021年政府信息公开工作年度报告\n\n根据《中华人民共和国政府信息公开条例》规定,由教育局"
      "办公室编制完成本报告,现予以公布。本报告所列数据统计期限自2021年1月1日起至12月31日止。\n一、总体情况\n")
d.prose("2021年,我局通过门户网站主动公开政府信息86条,主要为招生入学和学生资助信息。\n", proactive_disclosed=86)

# r819 after round 308 (the fifty-seventh session's wording of the statistics period), in the shape of the page it was made on:
# an untitled street report whose opening quotes the district's notice of the year before, then gives its period as 统计数据自…
# (308c04, read as that notice's year until the fifty-seventh session).
d = new("r819_period_as_tongji_shuju_zi_after_quoted_notice_year_street_2020.txt", "", "", "", "", "township", 2020, "narrative",
        "", "prose", "M06 no title, the street named only as 我街道 and its office as the enquiry desk; M11 '统计数据自2020年1月1日至"
        "2020年12月31日止' after the quoted notice 《…某山区2019年政务公开工作主要任务的通知》 (read as 2019 until the fifty-seventh "
        "session); P01 the year's total (read)")
d.add("本报告依据《中华人民共和国政府信息公开条例》和《某山区人民政府办公室关于印发某山区2019年政务公开工作主要任务的通知》的要求编制。"
      "全文由总体情况、主动公开政府信息情况等六方面组成,统计数据自2020年1月1日至2020年12月31日止。\n一、总体情况\n")
d.prose("(一)主动公开情况:2020年,我街道通过区政府门户网站主动公开政府信息47条,内容涵盖疫情防控和复工复产。\n",
        proactive_disclosed=47)

# r820 after round 310 (the fifty-seventh session's staff guard), in the shape of the page it was made on: a town's leading
# group with a full-time deputy head counted (310d07, read as staff 1 until the fifty-seventh session).
d = new("r820_leading_group_full_time_deputy_head_no_staff_town_2020.txt", "某成镇人民政府", "", "", "", "township", 2020,
        "narrative", "", "prose", "M00 plain title (read); P11 guard '设立一名专职副组长,成员由…组成的…领导小组' (a leading group's "
        "office, no staff: read as staff 1 until the fifty-seventh session); P01 the year's total (read)")
d.add("某成镇人民政府2020年政府信息公开工作年度报告\n一、总体情况\n")
d.add("(一)领导重视,认真安排。为进一步加强对政府信息公开工作的组织领导,我镇成立了以镇长为组长,设立一名专职副组长,成员由党政办、"
      "组织办、民政办等相关部门组成的政府信息公开工作领导小组,领导小组不定期召开会议,研究部署公开工作。\n")
d.prose("(二)主动公开情况。2020年,我镇主动公开政府信息64条。\n", proactive_disclosed=64)

# r821 after round 313 (the fifty-eighth session's wording of M09), in the shape of the page it was made on: a city bureau's
# 2008 report under its site's menu, the column's heading among the items, its title's year glued to the name (313a01, read as the
# heading, no agency and no year, until the fifty-eighth session).
d = new("r821_glued_year_title_below_column_heading_city_finance_bureau_2008.txt", "某庆市财政局", "", "", "", "city_department",
        2008, "narrative", "2009-09-02", "prose", "M03 the site's menu with its column's heading '政府信息公开年报' among the items; M09 "
        "'2008某庆市财政局政府信息公开工作年度报告' (the year without 年; read as the heading until the fifty-eighth session); M04 the page's "
        "publisher and date line")
d.add("当前位置:首页 > 市财政局 > 信息公开年报\n\n政府信息公开指南\n\n政府信息公开制度\n\n政府信息公开年报\n\n组配分类\n\n依申请公开\n\n"
      "2008某庆市财政局政府信息公开工作年度报告\n发布单位:市财政局 发布时间:2009-9-2\n\n \n\n政府信息公开工作年度报告\n\n某庆市财政局\n\n")
d.add("按照市人民政府办公室《关于进一步推进政府信息公开工作的通知》的要求,我局对2008年度政府信息公开工作进行了认真梳理,现报告如下。\n"
      "一、工作开展情况\n")

# r822 and r823 after round 314 (the fifty-eighth session's carry-over wording and guard), in the shapes of the pages they were
# made on. r822: an untitled district bureau's report counting last year's requests first, in 条, as 依申请公开 (314c09 and
# 313c05, read with no carry-over until the fifty-eighth session).
d = new("r822_carried_over_in_tiao_before_the_years_requests_district_bureau_2020.txt", "", "", "", "", "county_department", 2020,
        "narrative", "", "prose", "M06 no title, the bureau only as 我局; P08 '结转2019年依申请公开1条,2020年度共收到依申请公开2条' (the "
        "carry-over read only after requests until the fifty-eighth session); P01 the year's count (read)")
d.add("一、总体情况\n")
d.prose("1.主动公开方面,2020年,我局在区政府门户网站主动公开政府信息9条,主要为预算决算和政策文件。\n", proactive_disclosed=9)
d.prose("2.依申请公开办理方面,我局依法保障公民、法人和其他组织获取政府信息。结转2019年依申请公开1条,2020年度共收到依申请公开"
        "2条,均已按时答复。\n", applications_carried_over=1, applications_received=2)

# r823: a district government's report whose requests and carry-over are the whole district's, 全区依申请公开N件,上年结转0件 (297c08,
# whose carry-over zero was read as the government's until the fifty-eighth session; 273b05's city office, realdev r791, the
# same guard).
d = new("r823_whole_districts_carry_over_zero_district_2023.txt", "某宁市某居区", "", "", "", "county", 2023, "narrative", "",
        "prose", "P12 guard '全区依申请公开93件,上年结转0件,现已办结80件' (the district's, not the government's: its carry-over zero "
        "read until the fifty-eighth session)")
d.add("某宁市某居区2023年政府信息公开工作年度报告\n一、总体情况\n")
d.add("(二)依申请公开情况。严格落实依申请公开答复规范,对各单位开展专题培训。2023年,全区依申请公开93件,上年结转0件,现已办结80件,"
      "结转下年度继续办理13件。\n")

# r824 after round 316 (the fifty-eighth session's guard), in the shape of the page it was made on: an untitled street report
# opening with the street as its subject with no year before it, a later sentence's 结合…要求和街道实际 (316a02, read as a street
# named '政务公开标准化规范化工作要求和街道' until the fifty-eighth session).
d = new("r824_phrase_and_street_practice_no_street_name_untitled_street_2020.txt", "某淞街道", "", "", "", "township", 2020,
        "narrative", "", "prose", "M06 no title, the street the subject of the opening with no year before it; guard '结合政务公开标准化"
        "规范化工作要求和街道实际' (read as the street's name until the fifty-eighth session); P08 the year's requests (read)")
d.add("一、总体情况\n某淞街道根据《中华人民共和国政府信息公开条例》和《上海市政府信息公开规定》要求,围绕区委、区政府中心工作,贯彻落实"
      "《2020年某山区政务公开工作要点》,为进一步深化街道政务公开工作,特编制本年度报告。\n(一)政务公开基础工作\n")
d.prose("一是建立健全街道政府信息公开申请、登记、审核、办理、答复、归档的工作制度。本年度共收到依申请公开3件,已及时答复3件。\n",
        applications_received=3)
d.add("(二)年度重点工作完成情况\n制订2020年度政务公开工作计划。结合政务公开标准化规范化工作要求和街道实际,坚持“以公开为常态、不公开为例外”"
      "的原则,确定主动公开具体内容。\n")

# r825 after round 317 (the fifty-eighth session's guard), in the shape of the page it was made on: an untitled town report
# compiled 结合将乐县…人民政府2025年政府信息公开工作实际 (317c05, read as 乐县… with 将 taken for the announcing verb until the
# fifty-eighth session).
d = new("r825_place_opening_with_jiang_after_jiehe_untitled_town_2025.txt", "将乐县某源乡人民政府", "福建省", "", "", "township",
        2025, "narrative", "", "prose", "M06 no title, the town named in '结合将乐县某源乡人民政府2025年政府信息公开工作实际编制' (read as "
        "'乐县某源乡人民政府' until the fifty-eighth session); P01 the year's count beside 历年累计 (labelled as its reader took it; unread: one page's wording)")
d.add("本报告根据《中华人民共和国政府信息公开条例》(以下简称条例)规定,结合将乐县某源乡人民政府2025年政府信息公开工作实际编制。报告涵盖"
      "总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况等内容。\n一、总体情况\n")
d.prose("围绕乡党委政府中心工作,重点公开民生保障、项目建设、乡村治理等领域信息,累计公开各类信息46条,历年累计982条。\n",
        proactive_disclosed=46)

# r826 after round 317 (the fifty-eighth session's wording of P05's kinds), in the shape of the page it was made on: a town's
# count over the district's OGI column and its WeChat account together, under the 2021 form's heading 政府信息公开平台建设 (317a12,
# read as the account's count alone and left out until the fifty-eighth session).
d = new("r826_ogi_column_and_wechat_together_under_platform_heading_town_2021.txt", "某台市某平区高陵镇人民政府", "", "", "",
        "township", 2021, "narrative", "2021-12-31", "prose", "M00 plain title with the page's date; P05 '通过某平区政府信息公开专栏、"
        "微信公众号合计发布信息N条' (both kinds, the year's total: read as the account's alone until the fifty-eighth session); P08 "
        "none received (read)")
d.add("某台市某平区高陵镇人民政府2021年政府信息公开工作年度报告\n发布时间:2021-12-31 10:18:39\n\n一、总体情况\n\n(一) 主动公开\n\n")
d.prose("2021年度,高陵镇通过某平区政府信息公开专栏、微信公众号合计发布信息104条,主要包括重点工作、法规文件、组织机构等重要内容。\n\n",
        proactive_disclosed=104)
d.add("(二) 依申请公开情况\n\n")
d.prose("高陵镇2021年未收到政府信息公开申请。\n\n", applications_received=0)
d.add("(四) 政府信息公开平台建设\n\n定期维护政府信息公开平台,按照区政府要求设立会议公开、政策解读等专栏。\n")

# r827 after round 318 (the fifty-eighth session's guard), in the shape of the page it was made on: an untitled street report
# speaking as 我街 and 街道办事处 with no place, its full name only in its column's name (318c09, read as '街道办事处' until the
# fifty-eighth session).
d = new("r827_streets_office_with_no_place_untitled_street_2024.txt", "涵西街道办事处", "", "", "", "township", 2024, "narrative",
        "", "prose", "M06 no title, the street as 我街, 街道 and '2024年街道办事处未收到…申请' (read as the name until the fifty-eighth "
        "session), its full name in '涵西街道办事处专栏'; P01 the year's count (read); P08 none received (read)")
d.add("依据《中华人民共和国政府信息公开条例》等相关规定编制本报告并向社会公布。本年报主要通过“某田市涵江区人民政府”网站向社会发布,如有"
      "疑问,可与涵西街道党政办公室联系。\n一、总体情况\n2024年,我街持续深化政府信息公开工作,规范信息公开流程。\n(一)主动公开情况\n")
d.prose("依托区政府网站平台,积极拓宽主动公开内容范围。2024年,街道主动公开政府信息4条,涉及法治建设、防灾减灾等领域。\n",
        proactive_disclosed=4)
d.add("(二)依申请公开情况\n")
d.prose("2024年街道办事处未收到政府信息公开申请。\n", applications_received=0)
d.add("(三)政府信息公开平台建设\n依托“涵西街道办事处专栏”及时发布各类信息。\n")

# r828 after round 320 (the fifty-eighth session's guard), in the shape of the page it was made on: a county-level bureau's report
# on a traditional spam copy that never names itself (我局), its excerpt cut after a sentence's opening '2017年1-12月在政府' (320a04,
# read as '1-12月在政府' until the fifty-eighth session).
d = new("r828_digit_in_cut_last_line_no_name_traditional_bureau_2017.txt", "", "", "", "", "county_department", 2017, "narrative",
        "", "prose", "M12 traditional, never named (我局); guard: the cut last line '2017年1-12月在政府' (read as the name until the "
        "fifty-eighth session); P11 '由黨政辦專門配備了3名兼職工作人員,負責政府信息公開工作' (labelled as its reader took it); P08/P09 none")
d.add("一、機構設置情況\n")
d.prose("自2006年1月1日起我局開始開展政府信息公開工作,由黨政辦專門配備了3名兼職工作人員,負責政府信息公開工作,確保工作有專門工作"
        "人員承辦。\n", staff=3)
d.add("二、政府信息主動公開情況\n2017年,我局認真貫徹落實《政府信息公開條例》,進一步拓寬信息公開范圍。\n")
d.prose("2017年度未發生針對本部門有關政府信息公開事務的行政復議案、行政訴訟案和有關的申訴案,無依申請公開事項發生。\n",
        review_cases=0, litigation_cases=0, applications_received=0)
d.add("五、存在的主要問題和改進措施\n(一)存在的主要問題\n2017年1-12月在政府")

# r829 after round 321 (the fifty-eighth session's guard), in the shape of the page it was made on: a city's report on a
# traditional mirror, untitled, compiled by its OGI leading group's office, its excerpt cut after a point's heading '2、部署' (321b01,
# read as '2、部署' until the fifty-eighth session).
d = new("r829_arabic_numbered_heading_cut_last_line_traditional_city_2016.txt", "某阳市", "", "", "", "city", 2016, "narrative", "",
        "prose", "M06/M12 untitled traditional copy, the city named in its compiler '由某陽市政府信息公開領導小組辦公室編制'; guard: the cut "
        "last line '2、部署' (read as the name until the fifty-eighth session)")
d.add("本報告依據《中華人民共和國政府信息公開條例》有關規定,由某陽市政府信息公開領導小組辦公室編制。\n一、基本情況概述\n"
      "2016年,全市行政機關以服務社會、服務民眾為目標,努力提高政府信息公開質量。\n(一)加強組織領導\n市政府高度重視政府信息公開工作。\n(三)抓好政府網站建設和管理工作\n1、增加新媒體應用項目。市政府網站新增加了"
      "手機客戶端APP。\n2、部署")

# r830 after round 322 (the fifty-ninth session's mend of the page's date line), in the shape of the page it was made on: a
# town's 2009 report on its county's site, the page's stamp '2011-1-10 0:00:00' with an hour printed without its leading
# zero above a signature's date (322c03, read as published on 2011-01-01 until the fifty-ninth session).
d = new("r830_page_stamp_one_digit_hour_town_2009.txt", "某安县某塘镇人民政府", "", "", "", "township", 2009, "narrative", "2011-01-10",
        "prose", "M02 the page's stamp '2011-1-10 0:00:00 浏览次数:' (its day read as the 1st until the fifty-ninth session), the "
        "signature's date '2010110' garbled below; M07 the title's name with the government's on its own line below (its reader "
        "joined them; read as the title's name alone: a miss kept as labelled)")
d.add("某安县政府网站群\n\n某塘镇\n\n您现在的位置:网站首页 > 政府信息公开年度工作报告\n\n某安县某塘镇2009年政府信息公开年度报告\n"
      "2011-1-10 0:00:00 浏览次数:1640 字号:【\n附件:某安县某塘镇2009年政府信息公开年度报告\n \n\n某安县某塘镇2009年政府信息公开年度报告\n\n"
      " \n\n某塘镇人民政府\n\n2010110\n\n \n\n引 言\n\n \n\n本年报根据《中华人民共和国政府信息公开条例》(以下简称《条例》)编制。本年报中所列"
      "数据的统计期限自2009年1月1日起至2009年12月31日止。\n")

# r831 after round 322 (the fifty-ninth session's wording of M07), in the shape of the page it was made on: a town's notice
# publishing its report, the notice's title split before the quoted report's title (322c04, read as '《崇武镇' until the
# fifty-ninth session).
d = new("r831_notice_title_split_before_quoted_report_town_2009.txt", "某安县某武镇人民政府", "", "", "", "township", 2009,
        "narrative", "2010-03-10", "prose", "M07 the notice's title '某安县某武镇人民政府关于公布' / '《某武镇2009年…年度报告》的通知' "
        "(the sender: read as '《某武镇' until the fifty-ninth session); M11 the notice's date in numerals and the office's below the "
        "report's own title; P06 '累计主动公开2009年度政府信息28条' (the year's, as its reader took it; unread: one page's wording)")
d.add("某崇政〔2010〕4号\n某安县某武镇人民政府关于公布\n《某武镇2009年政府信息公开年度报告》的通知\n各村委会,镇直各单位:\n根据《中华人民"
      "共和国政府信息公开条例》第三十一条规定,现编制《某武镇2009年政府信息公开年度报告》并予以公布。\n二〇一〇年三月十日\n"
      "某武镇2009年政府信息公开年度报告\n某武镇党政办公室\n2010年3月10日\n引 言\n本年报根据《中华人民共和国政府信息公开条例》"
      "(以下简称《条例》)编制。本年报中所列数据的统计期限自2009 年1 月1 日起至2009 年12 月31 日止。\n一、概述\n")
d.prose("截至2009 年底,我镇人民政府累计主动公开2009年度政府信息28条,全文电子化率达100%。\n", proactive_disclosed=28)

# r832 after round 322 (the fifty-ninth session's guard of M07), in the shape of the page it was made on: a county-level city's
# office reporting on the city's work to the prefecture's OGI office, its title 'X市人民政府办公室关于X市2010年…的年度报告' on
# the page's title line and again split after 关于 (322c08, read as 'X市人民政府办公室关于X市' until the fifty-ninth session).
d = new("r832_office_about_city_title_no_verb_city_office_2010.txt", "某安市人民政府办公室", "", "", "", "county_department",
        2010, "narrative", "2011-02-12", "prose", "M07 guard: the sender before 关于 and the city after it with no verb between "
        "(read as 'X市人民政府办公室关于X市' until the fifty-ninth session); M04 an index block with 发布机构:市政府办公室 and "
        "公文生成日期; M02 '时间:' under the title")
d.add("    • 索 引 号:QZ07101-10000-2011-06676\n    • 备注/文号:某政办〔2011〕12号\n    • 发布机构:市政府办公室\n"
      "    • 公文生成日期:2011-02-12\n    某安市人民政府办公室关于某安市2010年政府信息公开工作的年度报告\n"
      "    时间:2011-02-12 15:03\n\n     某政办〔201112                    签发人:某某某\n\n     \n\n    某安市人民政府办公室关于\n\n"
      "    某安市2010年政府信息公开工作的年度报告\n\n     \n\n    某州市政府信息公开办公室:\n\n    本年报根据《中华人民共和国政府"
      "信息公开条例》(以下简称《条例》)以及2010年度某安市各乡镇(街道)人民政府(办事处)、市直各公开单位的政府信息公开年度报告编制。"
      "本年报中所列数据的统计期限自 2010 1 1 日起 2010 12 31 止。\n\n    一、概述\n\n    2010年,我市按照《条例》的规定,不断完善"
      "公开制度、规范公开流程,积极稳妥地推进政府信息公开工作。\n")

# r833 after round 325 (a miss kept: the fifty-ninth session's rule for it withdrawn after review), in the shape of the page: an
# untitled street report counting its items in its own column of the district's OGI section, with a count to date beside
# (325c02, unread; realdev r207 is the eighth round's street of the same wording).
d = new("r833_street_named_column_on_district_portal_untitled_street_2020.txt", "象园街道办事处", "", "", "", "township", 2020,
        "narrative", "", "prose", "M03 a banner image's line; M06 no title, the street named in '特向社会公布象园街道办事处2020年…报告'; "
        "P04 '通过…门户网站政府信息公开象园街道专栏发布各类主动公开政府信息25条' (the one channel, its own column, as its reader took "
        "it: unread, a rule for it withdrawn after review as topic columns ending in 镇/乡/局 read too); P06 '历年累计115条' beside it")
d.add("![政府信息公开](/public/images/20200907-wz-banner.png)\n根据《中华人民共和国政府信息公开条例》,特向社会公布象园街道办事处2020年政府信息"
      "公开工作年度报告。本报告中所列数据的统计期限自2020年1月1日起至2020年12月31日止,电子版公布在某安区门户网站的“政府信息公开专栏”中。如对"
      "本报告有任何疑问,请与某州市某安区象园街道党政办公室联系。\n一、总体情况\n(一)主动公开政府信息情况\n根据我街道工作实际,我街有序推进"
      "政府信息公开工作,拓展信息公开内容、创新信息公开形式。\n")
d.prose("1.主动公开政府信息的数量。我街2020年通过某州市某安区人民政府门户网站政府信息公开象园街道专栏发布各类主动公开政府信息25条,历年累计"
        "115条;其中:机构职能类信息10条,财政预算及决算类1条,其他信息14条。\n", proactive_disclosed=25)

# r834 after round 326 (the fifty-ninth session's guard of P02), in the shape of the page it was made on: a town's report on a
# mirror listing its items by kind, one numbered point each, the notices' point '4.通知公告:公布…等信息0条' (326b01, read as the
# year's total 0 until the fifty-ninth session).
d = new("r834_kinds_listed_as_numbered_points_notices_zero_town_2020.txt", "潘市镇", "", "", "", "township", 2020, "narrative", "",
        "prose", "M06 no title, the town named in its prose; P02 guard: the kinds as numbered points, '4.通知公告:公布工作方案、工作结果等"
        "信息0条' (one kind's count: read as the year's total until the fifty-ninth session); no total before the excerpt's end")
d.add("本年报是根据《中华人民共和国政府信息公开条例》要求,由本单位编制的2020年度政府信息公开年度报告。\n一、总体情况\n2020年,潘市镇政府信息"
      "公开工作以《中华人民共和国政府信息公开条例》为遵循,按照某阳县信息公开工作领导小组的统一部署和考核要求开展。\n(一)政府信息主动公开情况\n"
      "2020年,潘市镇按照《中华人民共和国政府信息公开条例》规定的主动公开信息范围,按要求发布和更新信息。\n(二)主动公开信息的具体情况\n"
      "1.机构信息:本级机构信息 1 条,领导信息 1 条,内设机构信息 1 条,村社信息 36 条,确保联系方式、办公时间等栏目更新及时。\n"
      "2.财政资金:年度部门预算 2 条、“三公”经费预决算表108条,单位专项资金明细22条。\n3.工作动态:包括党的建设、城市管理等各类新闻动态,共2条。\n"
      "4.通知公告:公布工作方案、工作结果等信息0条。\n5.人事信息:公开培训会人员信息共4条。\n6.政策文件:主要公布区情动态和重要公文、规章制度,合")

# r835 after round 327 (the fifty-ninth session's wording of a P11 guard), in the shape of the page it was made on: a county-level
# city bureau's 2008 report reposted on its city's site in 2020, one worker named in each section (327a01, its staff read as 1
# until the fifty-ninth session).
d = new("r835_one_worker_in_each_relevant_section_county_bureau_2008.txt", "某州市国土资源局", "", "", "", "county_department", 2008,
        "narrative", "2020-07-15", "prose", "M00 plain title; M02/M11 a repost's 发布时间 twelve years on (kept as its reader took it); "
        "P11 guard '各有关科室、单位指定1名工作人员具体负责信息公开工作' (each section's one: read as staff 1 until the fifty-ninth "
        "session); P06 '2008年累计发布法律法规、规范性文件及其他信息共156条' (the year's, as its reader took it; unread: one page's wording)")
d.add("某州市国土资源局2008年度政府信息公开年度报告\n发布时间:2020-07-15 11:03:46\n\n本报告根据《中华人民共和国政府信息公开条例》等有关规定"
      "编制,全文由概述、主动公开政府信息情况、依申请公开政府信息情况、存在问题及改进情况共四个部分组成。\n\n  一、概述\n\n  2008年,某州市"
      "国土资源局坚持“公正、公平、便民”的原则,大力推进政府信息公开工作。\n\n")
d.add("  (二)健全工作机制。严格落实信息公开工作责任制,办公室牵头协调,监察室全程监督,法规科、研究室具体审核把关,各有关科室、单位指定1名工作"
      "人员具体负责信息公开工作,形成了良好机制。\n\n  二、主动公开政府信息情况\n\n")
d.prose("  2008年累计发布法律法规、规范性文件及其他信息共156条。公开的政务信息主要有以下几种类型:一是国土资源审批事项、收费标准和办事程序等。\n",
        proactive_disclosed=156)

# ---------------------------------------------------------------- output
def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.glob("r*_*.txt"):
        old.unlink()
    reports, values, issues = [], [], []
    for doc in DOCS:
        (OUT / doc.name).write_text(doc.text, encoding="utf-8")
        reports.append({"source_file": doc.name, **doc.meta})
        seen = set()
        for code, applicant, value, status, _end in doc.cells:
            assert (code, applicant) not in seen, (doc.name, code, applicant)
            seen.add((code, applicant))
            values.append({"source_file": doc.name, "code": code, "applicant_type": applicant, "value": value,
                           "value_status": status})
        issues += [{"source_file": doc.name, "line": line, "kind": kind} for line, kind, _ in doc.issues]
    columns = ["source_file", "agency", "province", "city", "county", "admin_level", "report_year", "form",
               "published_on", "rendering", "notes"]
    for name, rows, cols in (("expected_reports.csv", reports, columns),
                             ("expected_values.csv", values, ["source_file", "code", "applicant_type", "value",
                                                              "value_status"]),
                             ("expected_issues.csv", issues, ["source_file", "line", "kind"])):
        with (OUT / name).open("w", encoding="utf-8", newline="") as fh:
            writer = csv.DictWriter(fh, fieldnames=cols)
            writer.writeheader()
            writer.writerows(rows)
    print(f"{len(DOCS)} stand-ins, {len(values)} labelled cells, {len(issues)} ambiguous rows")


if __name__ == "__main__":
    main()
