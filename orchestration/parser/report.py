"""parse_report: one report's text in, its metadata, cells and issues out."""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from pathlib import Path

from orchestration.parser.agency_level import classify_agency
from orchestration.parser.catalog import SEEDS_DIR, Catalog, load_catalog
from orchestration.parser.forms import national, ogi2008
from orchestration.parser.gazetteer import Gazetteer
from orchestration.parser.metadata import find_agency, find_published_on, find_report_year, find_title
from orchestration.parser.prose import extract_prose_figures
from orchestration.parser.records import ParsedReport, ReportMetadata
from orchestration.parser.renderings import read_rows
from orchestration.parser.renderings.html import html_to_lines, looks_like_html
from orchestration.parser.traditional import looks_traditional, to_simplified

# Bump when parsing changes what a report yields, so stored results are redone.
PARSER_VERSION = "4"


@lru_cache(maxsize=2)
def load_gazetteer(seeds_dir: Path = SEEDS_DIR) -> Gazetteer:
    return Gazetteer.from_csv(seeds_dir / "admin_divisions.csv")


def parse_report(text: str, catalog: Catalog | None = None, gazetteer: Gazetteer | None = None) -> ParsedReport:
    catalog = catalog or load_catalog()
    gazetteer = gazetteer or load_gazetteer()
    renderings = []
    if looks_traditional(text):
        text = to_simplified(text)
        renderings.append("traditional")
    origins = None  # for HTML: the source line of each line of text
    if looks_like_html(text):
        lines, origins = html_to_lines(text)
        text = "\n".join(lines)
        renderings.append("html")
    else:
        lines = text.split("\n")

    title, title_index = find_title(lines)
    meta = ReportMetadata(title=title)
    meta.agency = find_agency(lines, title, title_index)
    meta.report_year = find_report_year(text, title)
    meta.published_on = find_published_on(lines)
    if meta.agency:
        place = gazetteer.locate(meta.agency, text)
        meta.province, meta.city, meta.county = place.province, place.city, place.county
        meta.division_code = place.division_code
        meta.admin_level, meta.agency_kind = classify_agency(meta.agency, place)

    report = ParsedReport(meta)
    rows, table_renderings = read_rows(lines)
    last_line = max((n for n, line in enumerate(lines, start=1) if line.strip()), default=0)
    modern_cells, modern_issues, modern_form = [], [], None
    if national.MARKERS.search(text):
        modern_cells, modern_issues, modern_form = national.align(rows, catalog, meta.report_year, last_line)
    old_cells, old_issues = [], []
    table = ogi2008.find_table(rows, catalog)
    if table is not None:
        old_cells, old_issues = ogi2008.align(table, catalog)
    if modern_form and len(modern_cells) >= len(old_cells):
        report.cells.extend(modern_cells)
        report.issues.extend(modern_issues)
        meta.form = modern_form
    elif old_cells or old_issues:
        report.cells.extend(old_cells)
        report.issues.extend(old_issues)
        if old_cells:
            meta.form = ogi2008.FORM
    if meta.form != "narrative" and "html" not in renderings:
        renderings.extend(table_renderings)
    meta.rendering = "+".join(renderings) or "text"
    report.cells.extend(extract_prose_figures(text, meta.report_year))
    if origins is not None:
        _to_source_lines(report, origins)
    return report


def _to_source_lines(report: ParsedReport, origins: list[int]) -> None:
    def source(line: int) -> int:
        return origins[min(max(line, 1), len(origins)) - 1] if origins else line

    report.cells = [dataclasses.replace(c, line_start=source(c.line_start), line_end=source(c.line_end))
                    for c in report.cells]
    report.issues = [dataclasses.replace(i, line=source(i.line)) for i in report.issues]

