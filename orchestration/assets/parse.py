"""Parse: each current document into report metadata, cells and parse issues.

`parse_documents` (in every run) loads what partitions parsed beforehand
(`parse_partition`, by sha256's first hex digit, run apart by
`ogi parse-partition` on as many processes or hosts as there are) and
parses the rest itself.
"""


import datetime as dt
from collections.abc import Callable, Iterator

import dagster as dg

from orchestration import progress, settings, shards, warehouse
from orchestration.assets.ingest import DOCUMENTS, POOL, raw_data_version
from orchestration.locking import reader_lock
from orchestration.parser.version import PARSER_VERSION
from orchestration.resources import Warehouse, WarehouseReader
from orchestration.workers import executor_for, ordered_map, parse_batch

PARTITIONS = dg.StaticPartitionsDefinition(list(shards.KEYS))
PARSED_PARTITION = dg.AssetKey(["raw", "parsed_partition"])
REPORTS = dg.AssetKey(["raw", "reports"])
STATISTIC_CELLS = dg.AssetKey(["raw", "statistic_cells"])
PARSE_ISSUES = dg.AssetKey(["raw", "parse_issues"])
_TASK = 50  # documents per worker task
_BATCH = 1_000  # documents per transaction


def _parse_all(documents: Iterator[list[tuple]], total: int, store: Callable[[list], None]) -> tuple[int, int, int, int]:
    """Parse the documents on every core, handing results to `store` in batches; the counts."""
    parsed = cells = issues = failed = 0
    report = progress.current()
    rows: list = []
    with executor_for(total, settings.workers()) as pool:
        for results in ordered_map(pool, parse_batch, documents, ahead=2 * settings.workers() + 2):
            rows.extend(results)
            if len(rows) >= _BATCH:
                store(rows)
                rows = []
            parsed += len(results)
            cells += sum(len(c) for _, c, _ in results)
            issues += sum(len(i) for _, _, i in results)
            failed += sum(1 for r, _, _ in results if r.get("parse_error"))
            report.update(parsed, note=f"{cells:,} cells")
        store(rows)
    return parsed, cells, issues, failed


def _tasks(con, pending: list[str]) -> Iterator[list[tuple]]:
    # texts are fetched a batch at a time, so memory does not grow with the backlog
    for start in range(0, len(pending), _BATCH):
        documents = warehouse.document_texts(con, pending[start:start + _BATCH])
        for i in range(0, len(documents), _TASK):
            yield documents[i:i + _TASK]


@dg.asset(
    key=PARSED_PARTITION, deps=[DOCUMENTS], partitions_def=PARTITIONS, group_name="raw", kinds={"parquet"},
    description="The parse results of one partition of the drop (documents whose sha256 starts with its hex "
                "digit), written as Parquet beside the warehouse for the next run to load. Run apart, on "
                "any number of processes or hosts: `ogi parse-partition KEY …`. It only reads the warehouse.")
def parse_partition(context: dg.AssetExecutionContext, warehouse_reader: WarehouseReader) -> dg.MaterializeResult:
    key, path = context.partition_key, warehouse_reader.resolved()
    report = progress.current()
    with reader_lock(path, timeout=settings.lock_timeout()), warehouse.connect(path, read_only=True) as con:
        pending = [sha for sha in warehouse.documents_to_parse(con, PARSER_VERSION) if sha.startswith(key)]
        report.stage("parse", total=len(pending), unit="reports parsed")
        parsed_at, stored = dt.datetime.now(), []
        counts = _parse_all(_tasks(con, pending), len(pending), stored.extend)
    shard = shards.write(path, PARSER_VERSION, key, warehouse.parsed_frames(stored, PARSER_VERSION, parsed_at))
    report.end(f"partition {key}: {counts[0]:,} reports parsed, {counts[1]:,} cells")
    return dg.MaterializeResult(metadata={"parsed": counts[0], "cells": counts[1], "parser_failures": counts[3],
                                          "shard": dg.MetadataValue.path(str(shard))})


@dg.multi_asset(
    specs=[
        dg.AssetSpec(REPORTS, deps=[DOCUMENTS, PARSED_PARTITION], group_name="raw", kinds={"duckdb"},
                     description="Report metadata: agency, place, year, printed form, publication date."),
        dg.AssetSpec(STATISTIC_CELLS, deps=[DOCUMENTS, PARSED_PARTITION], group_name="raw", kinds={"duckdb"},
                     description="Every statistic cell the parser placed, with raw text and line span."),
        dg.AssetSpec(PARSE_ISSUES, deps=[DOCUMENTS, PARSED_PARTITION], group_name="raw", kinds={"duckdb"},
                     description="Rows the parser could not place (unknown or ambiguous labels), by line."),
    ],
    pool=POOL,
)
def parse_documents(context: dg.AssetExecutionContext, warehouse_db: Warehouse):
    not_stored: list[str] = []
    path = warehouse_db.resolved()
    with warehouse.connect(path) as con, warehouse.bulk_writes(con):
        warehouse.ensure_raw_tables(con)
        loaded = _load_partitions(context, con, path)
        pending = warehouse.documents_to_parse(con, PARSER_VERSION)
        context.log.info(f"{len(pending)} documents to parse (parser version {PARSER_VERSION})"
                         + (f"; {loaded:,} loaded from parsed partitions" if loaded else ""))
        progress.current().stage("parse", total=len(pending), unit="reports parsed")
        parsed_count, cell_count, issue_count, failed = _parse_all(
            _tasks(con, pending), len(pending),
            lambda rows: not_stored.extend(warehouse.store_parsed(con, rows, PARSER_VERSION, dt.datetime.now())))
        totals = con.execute(
            "select (select count(*) from raw.reports), (select count(*) from raw.statistic_cells), "
            "(select count(*) from raw.parse_issues)").fetchone()
        version = raw_data_version(con)
    progress.current().end(f"{parsed_count:,} reports parsed, {cell_count:,} cells"
                           + (f", {failed} failed" if failed else "")
                           + (f", {loaded:,} loaded from parsed partitions" if loaded else ""))
    if failed:
        context.log.warning(f"the parser failed on {failed} documents; see raw.reports.parse_error")
    if not_stored:
        context.log.warning(f"{len(not_stored)} parsed documents could not be stored and were recorded "
                            f"without their cells (e.g. {not_stored[0]}); see marts.dim_source_file.parse_error")
    yield dg.MaterializeResult(asset_key=REPORTS, metadata={"parsed_now": parsed_count, "loaded_from_partitions": loaded,
                                                            "reports_total": totals[0],
                                                            "parser_failures_now": failed},
                               data_version=version)
    yield dg.MaterializeResult(asset_key=STATISTIC_CELLS, metadata={"cells_now": cell_count, "cells_total": totals[1]},
                               data_version=version)
    yield dg.MaterializeResult(asset_key=PARSE_ISSUES, metadata={"issues_now": issue_count, "issues_total": totals[2]},
                               data_version=version)


def _load_partitions(context: dg.AssetExecutionContext, con, path) -> int:
    """Store the shards `parse_partition` wrote, then remove them; reports no longer pending are skipped."""
    for old in shards.stale(path, PARSER_VERSION):
        shards.remove(old)
    loaded = 0
    for shard in shards.pending(path, PARSER_VERSION):
        frames = shards.read(shard)
        # a document changed or parsed since the shard was written keeps what this run has
        wanted = set(warehouse.documents_to_parse(con, PARSER_VERSION))
        keep = frames["reports"]["sha256"].isin(wanted)
        frames = {name: frame[frame["sha256"].isin(wanted)] for name, frame in frames.items()}
        try:
            if keep.any():
                warehouse.store_parsed_frames(con, frames)
            loaded += int(keep.sum())
        except Exception as exc:  # noqa: BLE001 - its documents are parsed below instead
            warehouse.rollback(con)
            context.log.warning(f"could not load the parsed partition {shard.name} ({exc}); parsing its documents here")
        shards.remove(shard)
    return loaded
