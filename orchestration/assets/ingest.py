"""Ingest: every file of the drop folder into raw.source_files / raw.documents."""

import datetime as dt

import dagster as dg

from orchestration import warehouse
from orchestration.drops import iter_drop_paths, read_dropped_file
from orchestration.resources import DropFolder, Warehouse

SOURCE_FILES = dg.AssetKey(["raw", "source_files"])
DOCUMENTS = dg.AssetKey(["raw", "documents"])
POOL = "duckdb"  # one DuckDB writer at a time

@dg.multi_asset(
    specs=[
        dg.AssetSpec(SOURCE_FILES, description="One row per version of each dropped file, readable or not.",
                     group_name="raw", kinds={"duckdb"}),
        dg.AssetSpec(DOCUMENTS, description="The decoded text of each distinct file content (sha256).",
                     group_name="raw", kinds={"duckdb"}),
    ],
    pool=POOL,
)
def ingest_drop_folder(context: dg.AssetExecutionContext, drop_folder: DropFolder, warehouse_db: Warehouse):
    drop_dir = drop_folder.resolved()
    if not drop_dir.is_dir():
        raise dg.Failure(f"drop folder {drop_dir} does not exist (set OGI_RAW_DIR or --raw-dir)")
    files = []
    for i, path in enumerate(iter_drop_paths(drop_dir), start=1):
        files.append(read_dropped_file(drop_dir, path))
        if i % 1000 == 0:
            context.log.info(f"read {i} files")
    for f in files:
        if f.decoded.text is None:
            context.log.warning(f"{f.relative_path}: not read: {f.decoded.reason}")
    with warehouse.connect(warehouse_db.resolved()) as con:
        warehouse.ensure_raw_tables(con)
        counts = warehouse.record_files(con, files, dt.datetime.now())
        totals = con.execute("select count(*), count(distinct path) from raw.source_files").fetchone()
    context.log.info(f"{len(files)} files in {drop_dir}: {counts}")
    meta = {"drop_folder": str(drop_dir), "files_seen": len(files), **{f"files_{k}": v for k, v in counts.items()}}
    yield dg.MaterializeResult(asset_key=SOURCE_FILES, metadata={**meta, "versions_stored": totals[0]})
    yield dg.MaterializeResult(asset_key=DOCUMENTS, metadata=meta)
