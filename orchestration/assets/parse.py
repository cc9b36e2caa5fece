"""Parse: each current document into report metadata, cells and parse issues."""


import datetime as dt

import dagster as dg

from orchestration import progress, settings, warehouse
from orchestration.assets.ingest import DOCUMENTS, POOL, raw_data_version
from orchestration.parser.report import PARSER_VERSION
from orchestration.resources import Warehouse
from orchestration.workers import executor_for, ordered_map, parse_batch

REPORTS = dg.AssetKey(["raw", "reports"])
STATISTIC_CELLS = dg.AssetKey(["raw", "statistic_cells"])
PARSE_ISSUES = dg.AssetKey(["raw", "parse_issues"])
_TASK = 50  # documents per worker task
_BATCH = 1_000  # documents per transaction


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
    parsed_count = cell_count = issue_count = failed = 0
    not_stored: list[str] = []
    report = progress.current()
    with warehouse.connect(warehouse_db.resolved()) as con:
        warehouse.ensure_raw_tables(con)
        pending = warehouse.documents_to_parse(con, PARSER_VERSION)
        context.log.info(f"{len(pending)} documents to parse (parser version {PARSER_VERSION})")
        report.stage("parse", total=len(pending), unit="reports parsed")

        def tasks():
            # texts are fetched a batch at a time, so memory does not grow with the backlog
            for start in range(0, len(pending), _BATCH):
                documents = warehouse.document_texts(con, pending[start:start + _BATCH])
                for i in range(0, len(documents), _TASK):
                    yield documents[i:i + _TASK]

        rows: list = []
        with executor_for(len(pending), settings.workers()) as pool:
            for results in ordered_map(pool, parse_batch, tasks(), ahead=2 * settings.workers() + 2):
                rows.extend(results)
                if len(rows) >= _BATCH:
                    not_stored += warehouse.store_parsed(con, rows, PARSER_VERSION, dt.datetime.now())
                    rows = []
                parsed_count += len(results)
                cell_count += sum(len(c) for _, c, _ in results)
                issue_count += sum(len(i) for _, _, i in results)
                failed += sum(1 for r, _, _ in results if r.get("parse_error"))
                report.update(parsed_count, note=f"{cell_count:,} cells")
            not_stored += warehouse.store_parsed(con, rows, PARSER_VERSION, dt.datetime.now())
        totals = con.execute(
            "select (select count(*) from raw.reports), (select count(*) from raw.statistic_cells), "
            "(select count(*) from raw.parse_issues)").fetchone()
        version = raw_data_version(con)
    report.end(f"{parsed_count:,} reports parsed, {cell_count:,} cells" + (f", {failed} failed" if failed else ""))
    if failed:
        context.log.warning(f"the parser failed on {failed} documents; see raw.reports.parse_error")
    if not_stored:
        context.log.warning(f"{len(not_stored)} parsed documents could not be stored and were recorded "
                            f"without their cells (e.g. {not_stored[0]}); see marts.dim_source_file.parse_error")
    yield dg.MaterializeResult(asset_key=REPORTS, metadata={"parsed_now": parsed_count, "reports_total": totals[0],
                                                            "parser_failures_now": failed},
                               data_version=version)
    yield dg.MaterializeResult(asset_key=STATISTIC_CELLS, metadata={"cells_now": cell_count, "cells_total": totals[1]},
                               data_version=version)
    yield dg.MaterializeResult(asset_key=PARSE_ISSUES, metadata={"issues_now": issue_count, "issues_total": totals[2]},
                               data_version=version)
