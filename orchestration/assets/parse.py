"""Parse: each current document into report metadata, cells and parse issues."""


import datetime as dt

import dagster as dg

from orchestration import warehouse
from orchestration.assets.ingest import DOCUMENTS, POOL
from orchestration.parser import parse_report_safely
from orchestration.parser.report import PARSER_VERSION
from orchestration.resources import Warehouse

REPORTS = dg.AssetKey(["raw", "reports"])
STATISTIC_CELLS = dg.AssetKey(["raw", "statistic_cells"])
PARSE_ISSUES = dg.AssetKey(["raw", "parse_issues"])
_BATCH = 500  # documents per transaction


@dg.multi_asset(
    specs=[
        dg.AssetSpec(REPORTS, deps=[DOCUMENTS], group_name="raw", kinds={"duckdb"},
                     description="Report metadata: agency, place, year, printed form, publication date."),
        dg.AssetSpec(STATISTIC_CELLS, deps=[DOCUMENTS], group_name="raw", kinds={"duckdb"},
                     description="Every statistic cell the parser placed, with raw text and line span."),
        dg.AssetSpec(PARSE_ISSUES, deps=[DOCUMENTS], group_name="raw", kinds={"duckdb"},
                     description="Rows the parser could not place (unknown or ambiguous labels), by line."),
    ],
    pool=POOL,
)
def parse_documents(context: dg.AssetExecutionContext, warehouse_db: Warehouse):
    parsed_count = cell_count = issue_count = 0
    with warehouse.connect(warehouse_db.resolved()) as con:
        warehouse.ensure_raw_tables(con)
        pending = warehouse.documents_to_parse(con, PARSER_VERSION)
        context.log.info(f"{len(pending)} documents to parse (parser version {PARSER_VERSION})")
        for start in range(0, len(pending), _BATCH):
            batch = pending[start:start + _BATCH]
            results = [(sha, parse_report_safely(text)) for sha, text in batch]
            warehouse.store_parsed(con, results, PARSER_VERSION, dt.datetime.now())
            parsed_count += len(results)
            cell_count += sum(len(r.cells) for _, r in results)
            issue_count += sum(len(r.issues) for _, r in results)
            context.log.info(f"parsed {parsed_count}/{len(pending)} documents")
        totals = con.execute(
            "select (select count(*) from raw.reports), (select count(*) from raw.statistic_cells), "
            "(select count(*) from raw.parse_issues)").fetchone()
    yield dg.MaterializeResult(asset_key=REPORTS, metadata={"parsed_now": parsed_count, "reports_total": totals[0]})
    yield dg.MaterializeResult(asset_key=STATISTIC_CELLS, metadata={"cells_now": cell_count, "cells_total": totals[1]})
    yield dg.MaterializeResult(asset_key=PARSE_ISSUES, metadata={"issues_now": issue_count, "issues_total": totals[2]})
