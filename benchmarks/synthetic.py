"""Invented reports whose statistics balance, for the tests and the validation benchmark.

A report is a mapping (code, applicant column) -> printed value, built from
the catalog so that every rule of FORMS.md §5 holds; a test or the benchmark
then changes one printed value to break one rule. `store` writes reports
through the warehouse's own helpers, as the ingest and parse steps would, with
a text that prints one cell per line so that findings point at real lines.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import random
from dataclasses import dataclass, field
from decimal import Decimal

import duckdb

from orchestration import warehouse
from orchestration.drops import OK, ReadFile
from orchestration.parser.catalog import Catalog, load_catalog
from orchestration.parser.records import BLANK, REPORTED, Cell, ParsedReport, ParseIssue, ReportMetadata
from orchestration.parser.version import PARSER_VERSION
from orchestration.workers import report_rows
from orchestration.validation.frames import UNPRINTED_MARK

APPLICANTS = ("natural_person", "commercial", "research", "public_interest", "legal_services", "other_org")
PREFIX = {"ogi2008": "old", "ogi2019": "2019", "ogi2021": "2021"}
Key = tuple[str, str | None]  # (code, applicant column)


@dataclass
class SyntheticReport:
    path: str
    agency: str
    report_year: int
    form: str
    values: dict[Key, Decimal | None]  # None: printed blank
    published_on: dt.date | None = None
    division_code: str | None = None
    # rows printed with their label and unit but no value cell: the parser cannot place them
    valueless: list[str] = field(default_factory=list)
    prose: list[str] = field(default_factory=list)  # sentences printed before the table

    def set(self, code: str, applicant: str | None, value: int | str | None) -> SyntheticReport:
        self.values[(code, applicant)] = None if value is None else Decimal(value)
        return self

    def drop(self, code: str, applicant: str | None = None) -> SyntheticReport:
        del self.values[(code, applicant)]
        return self

    def lose_value(self, code: str) -> SyntheticReport:
        """Print the row's label and unit without its value (a converter dropped the cell)."""
        self.drop(code)
        self.valueless.append(code)
        return self

    def keep_only(self, *keys: Key) -> SyntheticReport:
        self.values = {k: v for k, v in self.values.items() if k in keys}
        return self

    def value(self, code: str, applicant: str | None = None) -> Decimal | None:
        return self.values[(code, applicant)]


def _children(catalog: Catalog) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for i in catalog.indicators:
        if i.parent_code:
            out.setdefault(i.parent_code, []).append(i.code)
    return out


def _fill(code: str, children: dict[str, list[str]], leaf, out: dict[str, int]) -> int:
    """A parent's value is the sum of its children's, all the way down."""
    if code in children:
        out[code] = sum(_fill(c, children, leaf, out) for c in children[code])
    else:
        out[code] = leaf(code)
    return out[code]


def balanced(form: str, report_year: int, agency: str, path: str, rng: random.Random | None = None,
             catalog: Catalog | None = None) -> SyntheticReport:
    """A report of `form` whose every total, column and balance adds up."""
    rng = rng or random.Random(0)
    catalog = catalog or load_catalog()
    children = _children(catalog)
    prefix = PREFIX[form]
    indicators = [i for i in catalog.indicators if i.form == form]
    unprinted = {i.code for i in indicators if UNPRINTED_MARK in i.label_zh}
    values: dict[Key, Decimal | None] = {}

    def leaf(_code: str) -> int:
        return rng.choice((0, 0, 1, 2, 3, 5, 8, 13))

    if form == "ogi2008":
        numbers: dict[str, int] = {}
        for i in indicators:
            if not i.parent_code:
                _fill(i.code, children, leaf, numbers)
        values = {(code, None): Decimal(n) for code, n in numbers.items()}
        values[("old.fees", None)] = Decimal("0.35")
        values[("old.org.budget", None)] = Decimal("26.4")
        return SyntheticReport(path, agency, report_year, form, values, dt.date(report_year + 1, 2, 1))

    # 表三: per applicant column, the (七)总计 is the sum of its items; 一 + 二 = 总计 + 四
    t3 = {a: {} for a in APPLICANTS}
    for a in APPLICANTS:
        _fill(f"{prefix}.t3.total", children, leaf, t3[a])
        forward, carried = rng.randint(0, 3), rng.randint(0, 3)
        t3[a][f"{prefix}.t3.carried_forward"] = forward
        t3[a][f"{prefix}.t3.carried_over"] = carried
        t3[a][f"{prefix}.t3.new_received"] = t3[a][f"{prefix}.t3.total"] + forward - carried
        if t3[a][f"{prefix}.t3.new_received"] < 0:
            t3[a][f"{prefix}.t3.carried_over"] += t3[a][f"{prefix}.t3.new_received"]
            t3[a][f"{prefix}.t3.new_received"] = 0
    for code in t3[APPLICANTS[0]]:
        if code in unprinted:
            continue
        for a in APPLICANTS:
            values[(code, a)] = Decimal(t3[a][code])
        values[(code, "total")] = Decimal(sum(t3[a][code] for a in APPLICANTS))
    # 表四: each group's 总计 is the sum of its four outcomes
    numbers = {}
    for i in indicators:
        if i.table == "t4" and not i.parent_code:
            _fill(i.code, children, leaf, numbers)
    values.update({(code, None): Decimal(n) for code, n in numbers.items()})
    # 表二: counts; 本年增/减 may be negative, amounts may have decimals
    for i in indicators:
        if i.table == "t2":
            number = Decimal(rng.randint(-3, 3) if "增/减" in i.label_zh else rng.randint(0, 40))
            values[(i.code, None)] = number / 100 if i.unit == "万元" else number
    return SyntheticReport(path, agency, report_year, form, values, dt.date(report_year + 1, 2, 1))


def chain_from(previous: SyntheticReport, report: SyntheticReport) -> SyntheticReport:
    """Make `report` carry over what `previous` carried forward, keeping its own balance."""
    was, now = PREFIX[previous.form], PREFIX[report.form]
    new, carried, forward, total = (f"{now}.t3.{role}" for role in
                                    ("new_received", "carried_over", "carried_forward", "total"))
    for a in APPLICANTS:
        report.set(carried, a, previous.value(f"{was}.t3.carried_forward", a))
        received = report.value(total, a) + report.value(forward, a) - report.value(carried, a)
        if received < 0:  # counts stay non-negative: carry more forward instead
            report.set(forward, a, report.value(forward, a) - received)
            received = Decimal(0)
        report.set(new, a, received)
    for row in (new, carried, forward):
        report.set(row, "total", sum(report.value(row, a) for a in APPLICANTS))
    return report


def _title(report: SyntheticReport) -> str:
    return f"{report.agency}{report.report_year}年度政府信息公开工作年度报告"


def _date_lines(report: SyntheticReport) -> list[str]:
    d = report.published_on
    return ["", f"{d.year}年{d.month}月{d.day}日"] if d else []


def render(report: SyntheticReport, catalog: Catalog | None = None) -> tuple[str, ParsedReport]:
    """The report's text (title, one cell per line, date) and what a parser reads from it.

    For forms whose parser is not in this package: the cells are placed as a
    parser would place them, at the line that prints them.
    """
    catalog = catalog or load_catalog()
    labels = {i.code: i.label_zh for i in catalog.indicators}
    columns = dict(catalog.applicant_types)
    lines = [_title(report), "", *report.prose]
    cells = []
    for (code, applicant), value in report.values.items():
        raw = "" if value is None else format(value, "f")
        lines.append(f"\t{labels[code]}\t{columns.get(applicant, '')}\t{raw}")
        cells.append(Cell(code, applicant, value, BLANK if value is None else REPORTED, raw,
                          len(lines), len(lines), "prose" if code.startswith("prose.") else "table"))
    issues = []
    for code in report.valueless:
        lines.append(f"\t{labels[code]}\t件")
        issues.append(ParseIssue("ambiguous_row", len(lines), labels[code],
                                 "row has a label and a unit but no value cell; not used"))
    lines += _date_lines(report)
    meta = ReportMetadata(agency=report.agency, division_code=report.division_code, report_year=report.report_year,
                          form=report.form, published_on=report.published_on, title=lines[0])
    return "\n".join(lines) + "\n", ParsedReport(meta, cells, issues)


def ogi2008_text(report: SyntheticReport, catalog: Catalog | None = None) -> str:
    """An ogi2008 report as sites print it: one cell per tab-led line, rows apart (FORMS.md §4)."""
    catalog = catalog or load_catalog()
    lines = [_title(report), "", *report.prose, "", "政府信息公开情况统计表", "",
             "\t统计指标", "\t单位", "\t统计数", ""]
    for i in catalog.for_form("ogi2008"):
        if (i.code, None) in report.values:
            value = report.values[(i.code, None)]
            lines += [f"\t{i.label_zh}", f"\t{i.unit}", "\t" + ("" if value is None else format(value, "f")), ""]
        elif i.code in report.valueless:
            lines += [f"\t{i.label_zh}", f"\t{i.unit}", ""]
    return "\n".join(lines + _date_lines(report)) + "\n"


def store(con: duckdb.DuckDBPyConnection, reports: list[SyntheticReport], when: dt.datetime | None = None) -> None:
    """Record the reports' texts and parse results as the ingest and parse steps do."""
    when = when or dt.datetime.now()
    catalog = load_catalog()
    warehouse.ensure_raw_tables(con)
    files, parsed = [], []
    for report in reports:
        text, result = render(report, catalog)
        data = text.encode("utf-8")
        sha = hashlib.sha256(data).hexdigest()
        files.append(ReadFile(report.path, sha, len(data), 0, OK, text, "utf-8", None))
        parsed.append(report_rows(sha, result))
    warehouse.record_read(con, files, {}, when)
    warehouse.store_parsed(con, parsed, PARSER_VERSION, when)
