"""parse_report: one report's text in, its metadata, cells and issues out."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from orchestration.parser.catalog import SEEDS_DIR, Catalog, load_catalog
from orchestration.parser.forms import ogi2008
from orchestration.parser.gazetteer import Gazetteer
from orchestration.parser.layouts import read_tab_cell_rows
from orchestration.parser.metadata import find_agency, find_published_on, find_report_year, find_title
from orchestration.parser.prose import extract_prose_figures
from orchestration.parser.records import ParsedReport, ReportMetadata

# Bump when parsing changes what a report yields, so stored results are redone.
PARSER_VERSION = "2"


@lru_cache(maxsize=2)
def load_gazetteer(seeds_dir: Path = SEEDS_DIR) -> Gazetteer:
    return Gazetteer.from_csv(seeds_dir / "admin_divisions.csv")


def parse_report(text: str, catalog: Catalog | None = None, gazetteer: Gazetteer | None = None) -> ParsedReport:
    catalog = catalog or load_catalog()
    gazetteer = gazetteer or load_gazetteer()
    lines = text.split("\n")

    title, title_index = find_title(lines)
    meta = ReportMetadata(title=title)
    meta.agency = find_agency(lines, title, title_index)
    meta.report_year = find_report_year(text, title)
    meta.published_on = find_published_on(lines)
    if meta.agency:
        place = gazetteer.locate(meta.agency, text)
        meta.province, meta.city, meta.county = place.province, place.city, place.county
        meta.division_code, meta.admin_level = place.division_code, place.level

    report = ParsedReport(meta)
    table = ogi2008.find_table(read_tab_cell_rows(lines))
    if table is not None:
        cells, issues = ogi2008.align(table, catalog)
        report.cells.extend(cells)
        report.issues.extend(issues)
        if cells:
            meta.form = ogi2008.FORM
    report.cells.extend(extract_prose_figures(text, meta.report_year))
    return report
