"""parse_report: one report's text in, its metadata, cells and issues out.

It never raises. Each stage (metadata, table rows, each form's aligner,
prose) is guarded: one that fails on some text leaves what the others read,
and a `parser_error` issue says which stage failed and where, so a report is
never lost to one odd table.
"""

from __future__ import annotations

import dataclasses
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable, TypeVar

from orchestration.parser.agency_level import classify_agency
from orchestration.parser.catalog import SEEDS_DIR, Catalog, load_catalog
from orchestration.parser.forms import national, ogi2008
from orchestration.parser.gazetteer import NOWHERE, Gazetteer, Place
from orchestration.parser.lines import split_lines
from orchestration.parser.metadata import (GOVERNMENT_WORD, complete_with_place, expanded, find_agency,
                                           find_published_on, find_report_year, find_title,
                                           government_of_compiling_office, government_of_place, office_speaking,
                                           site_places, superior_places, without_doubled_place, without_site_clock)
from orchestration.parser.prose import extract_prose_figures
from orchestration.parser.records import ParsedReport, ParseIssue, ReportMetadata
from orchestration.parser.renderings import read_rows
from orchestration.parser.renderings.cells import Row
from orchestration.parser.renderings.html import html_to_lines, looks_like_html
from orchestration.parser.traditional import looks_traditional, to_simplified

PARSER_ERROR = "parser_error"
# A report's top-level headings (二、主动公开政府信息情况, 三、收到和处理…情况):
# each table of the forms sits under one, so they bound a table when the
# aligner has to be run table by table. Rows inside 表三 are numbered the same
# way (三、本年度办理结果) but never end in 情况/事项.
_SECTION_HEADING = re.compile(r"^\s*[一二三四五六七八九十]{1,2}\s*[、.．].{0,40}(?:情况|事项)\s*$")
# A city department's branch named for a county, district, banner or county-level city: …局汶上县分局
_COUNTY_BRANCH = re.compile(r"(?:局|委员会)([^局委]{1,8}?(?:县|区|旗|市))分局$")

T = TypeVar("T")


@lru_cache(maxsize=2)
def load_gazetteer(seeds_dir: Path = SEEDS_DIR) -> Gazetteer:
    return Gazetteer.from_csv(seeds_dir / "admin_divisions.csv")


def parse_report(text: str, catalog: Catalog | None = None, gazetteer: Gazetteer | None = None) -> ParsedReport:
    catalog = catalog or load_catalog()
    gazetteer = gazetteer or load_gazetteer()
    report = ParsedReport(ReportMetadata())
    try:
        _parse_into(report, text, catalog, gazetteer)
    except Exception as error:  # a stage outside the guards; what was read so far is kept
        _record_failure(report, "report", error, 1)
    return report


def _parse_into(report: ParsedReport, text: str, catalog: Catalog, gazetteer: Gazetteer) -> None:
    meta = report.metadata
    lines, origins = split_lines(text)
    text = "\n".join(lines) if origins is not None else text
    renderings = []
    if looks_traditional(text):
        text = to_simplified(text)
        lines = text.split("\n")
        renderings.append("traditional")
    if looks_like_html(text):
        html_lines = _guarded(report, "html", lambda: html_to_lines(text), None, 1)
        if html_lines is not None:
            lines, html_origins = html_lines
            text = "\n".join(lines)
            origins = [origins[n - 1] for n in html_origins] if origins is not None else html_origins
            renderings.append("html")

    _guarded(report, "metadata", lambda: _read_metadata(meta, lines, text, gazetteer), None, 1)

    rows, table_renderings = _guarded(report, "table rows", lambda: read_rows(lines), ([], []), 1)
    last_line = next((n for n in range(len(lines), 0, -1) if lines[n - 1].strip()), 0)  # (from the end: it is near)
    modern_cells, modern_issues, modern_form = [], [], None
    if national.MARKERS.search(text):
        modern_cells, modern_issues, modern_form = _align_national(report, rows, lines, catalog, meta.report_year,
                                                                   last_line)
    old_cells, old_issues = [], []
    # The 2008 aligner reads at most one cell a row, and the 2019/2021 forms' cells win a tie: when they
    # are at least as many as the rows (or as the 2008 table's rows), the 2008 form cannot be the report's,
    # and neither its table search nor its aligner need run (2.6 % of a parse's instructions on bench texts)
    outnumbered = modern_form is not None and len(modern_cells) >= len(rows)
    table = None if outnumbered else _guarded(report, "2008 form table", lambda: ogi2008.find_table(rows, catalog),
                                               None, _first_line(rows))
    if table is not None and not (modern_form and len(modern_cells) >= len(table)):
        old_cells, old_issues = _guarded(report, "2008 form table", lambda: ogi2008.align(table, catalog), ([], []),
                                         _first_line(table))
    if modern_form and len(modern_cells) >= len(old_cells):
        report.cells.extend(modern_cells)
        report.issues.extend(modern_issues)
        meta.form = modern_form
    elif old_cells or old_issues:
        report.cells.extend(old_cells)
        report.issues.extend(old_issues)
        if old_cells:
            meta.form = ogi2008.FORM
    if meta.form == "narrative" and not report.cells and (cut := national.form_of_cut_table(text)):
        meta.form = cut  # its header printed, its rows cut off with the page: no cell, but the form
    if meta.form != "narrative" and "html" not in renderings:
        renderings.extend(table_renderings)
    meta.rendering = "+".join(renderings) or "text"
    report.cells.extend(_guarded(report, "prose", lambda: extract_prose_figures(text, meta.report_year), [], 1))
    if origins is not None:
        _to_source_lines(report, origins)


def _read_metadata(meta: ReportMetadata, lines: list[str], text: str, gazetteer: Gazetteer) -> None:
    unclocked = without_site_clock(lines)
    if unclocked is not lines:
        lines, text = unclocked, "\n".join(unclocked)
    title, title_index = find_title(lines)
    meta.title = title
    meta.report_year = find_report_year(text, title)
    meta.agency = find_agency(lines, title, title_index, gazetteer.place_prefix_ends, meta.report_year)
    if meta.agency:
        short = meta.agency
        # (a place joined from a sentence that prints it twice is joined once)
        meta.agency = without_doubled_place(government_of_place(
            complete_with_place(short, lines, gazetteer.place_prefix_ends), text, short, gazetteer.place_prefix_ends))
        meta.agency = office_speaking(meta.agency, text, title)
        meta.agency = government_of_compiling_office(meta.agency, text, title, gazetteer.place_prefix_ends)
    meta.published_on = find_published_on(lines)
    # (a report is published after its year begins: a page date in an earlier year is a mirror's or a site's error,
    # 發布時間:2002-05-11 on 202c06's copy of a 2011 bureau report, 2011-12-22 on 195d08's 2012 city bureau report; M11, a guard)
    if meta.published_on and meta.report_year and meta.published_on.year < meta.report_year:
        meta.published_on = None
    if meta.agency:
        place = _place_of_named(meta.agency, lines, text, gazetteer)
    else:
        # an agency the text never names is placed all the same by the site that publishes its report or the
        # government it works under, as a named one is (M08: 79a07, 79a19, 82b02, 85a07, 88a07, 88c09, 88d07 and
        # 88d13, pages whose readers placed an agency called only 我局, 我乡 or 街道)
        place = _place_from_mentions(text, gazetteer, by_superior=True) or NOWHERE
    meta.province, meta.city, meta.county = place.province, place.city, place.county
    meta.division_code = place.division_code
    if meta.agency:
        meta.admin_level, meta.agency_kind = classify_agency(meta.agency, place)


def _place_of_named(agency: str, lines: list[str], text: str, gazetteer: Gazetteer) -> Place:
    """The place of an agency the text names: its name's, a fuller printing's, its zone's, then the sites' or (a
    township's or street's) the superior government's the text mentions."""
    place = gazetteer.locate(agency, text)
    if place.county is None:
        # 鳌江镇政府 names no county; a sentence printing 平阳县鳌江镇人民政府 does
        stem = re.sub(rf"(?:{GOVERNMENT_WORD.pattern})$", "", agency) or agency
        fuller = complete_with_place(stem, lines, gazetteer.place_prefix_ends, anywhere=True)
        if fuller == stem and (full := expanded(stem, lines, in_documents=True)) != stem:
            # 区住建局 printed with its place only in full, in its documents' titles
            # (《兖州区住房和城乡建设局…》)
            fuller = complete_with_place(full, lines, gazetteer.place_prefix_ends, anywhere=True)
        if fuller != stem and (located := gazetteer.locate(fuller, text)).division_code:
            place = located
    if place.county is None and place.city and (branch := _COUNTY_BRANCH.search(agency)):
        # a city bureau's branch in one of its counties (济宁市生态环境局汶上县分局) is that county's body, as the
        # readers of 80b02, 89d05, 113a04 and 127d06 placed four cities' branches
        located = gazetteer.locate(place.city + branch.group(1))
        if located.county and located.city == place.city:
            place = located
    if not _placed(place):
        place = gazetteer.zone_place(agency, text)
    if not _placed(place):
        # a township or street is placed by the county government it names in passing
        place = _place_from_mentions(
            text, gazetteer, by_superior=classify_agency(agency, place)[0] in ("township", "street")) or place
    return place


def _place_from_mentions(text: str, gazetteer: Gazetteer, by_superior: bool) -> Place | None:
    """The one place the sites the text publishes on agree on; with no site named and `by_superior`, the one the
    governments it names in passing agree on; None when neither is asked. Sites that disagree leave the place
    open: no other reading settles it."""
    if sites := site_places(text):
        return gazetteer.agreed_place(sites)
    return gazetteer.agreed_place(superior_places(text), whole_words=True) if by_superior else None


def _placed(place) -> bool:
    return place.province is not None or place.city is not None or place.county is not None


def _align_national(report: ParsedReport, rows: list[Row], lines: list[str], catalog: Catalog,
                    report_year: int | None, last_line: int):
    """The 2019/2021 forms' cells; when the aligner fails on the whole text, it
    is run section by section, so that only the table it fails on is lost."""
    try:
        return national.align(rows, catalog, report_year, last_line)
    except Exception:
        pass
    cells, issues, forms = [], [], []
    for section in _sections(rows, lines):
        result = _guarded(report, "2019/2021 form table", lambda: national.align(section, catalog, report_year,
                                                                                 last_line),
                          None, _first_line(section))
        if result is not None:
            cells += result[0]
            issues += result[1]
            forms += [result[2]] if result[2] else []
    return cells, issues, (forms[0] if forms else None)


def _sections(rows: list[Row], lines: list[str]) -> list[list[Row]]:
    starts = [n for n, line in enumerate(lines, start=1) if _SECTION_HEADING.match(line)]
    groups: dict[int, list[Row]] = {}
    for row in rows:
        section = sum(1 for s in starts if s <= row.line_start)
        groups.setdefault(section, []).append(row)
    return [groups[k] for k in sorted(groups)]


def _first_line(rows: list[Row] | None) -> int:
    return rows[0].line_start if rows else 1


def _guarded(report: ParsedReport, stage: str, step: Callable[[], T], fallback: T, line: int) -> T:
    try:
        return step()
    except Exception as error:  # RecursionError and MemoryError included: the report goes on without this stage
        _record_failure(report, stage, error, line)
        return fallback


def _record_failure(report: ParsedReport, stage: str, error: BaseException, line: int) -> None:
    detail = str(error).splitlines()[0][:200] if str(error) else ""
    report.issues.append(ParseIssue(
        PARSER_ERROR, max(line, 1), stage,
        f"the parser failed reading the {stage} ({type(error).__name__}{': ' + detail if detail else ''}); "
        "the rest of the report was read"))


def _to_source_lines(report: ParsedReport, origins: list[int]) -> None:
    def source(line: int) -> int:
        return origins[min(max(line, 1), len(origins)) - 1] if origins else line

    for cell in report.cells:  # made by this parse and no one else's yet
        cell.line_start, cell.line_end = source(cell.line_start), source(cell.line_end)
    report.issues = [dataclasses.replace(i, line=source(i.line),
                                         line_end=source(i.line_end) if i.line_end is not None else None)
                     for i in report.issues]
