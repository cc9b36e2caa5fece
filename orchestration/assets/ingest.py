"""Ingest: every file of the drop folder into raw.source_files / raw.documents."""

import datetime as dt
from collections import Counter

import dagster as dg

from orchestration import progress, settings, warehouse
from orchestration.drops import OK, SAME_CONTENT, take_scan
from orchestration.resources import DropFolder, Warehouse
from orchestration.workers import executor_for, ordered_map, read_batch

DROP_FOLDER = dg.AssetKey(["drop_folder"])
SOURCE_FILES = dg.AssetKey(["raw", "source_files"])
DOCUMENTS = dg.AssetKey(["raw", "documents"])
POOL = "duckdb"  # one DuckDB writer at a time
_READ_TASK = 100  # files per worker task
_COMMIT_EVERY = 1_000  # files per transaction: few enough to lose little to a kill, many enough to be fast


def raw_data_version(con) -> dg.DataVersion:
    """The raw tables' version for Dagster: a run that changed nothing materializes
    the same version again, so the models downstream are not flagged stale."""
    return dg.DataVersion(f"raw-{warehouse.raw_generation(con)}")


def _files_data_version(con) -> dg.DataVersion:
    # not the raw generation, which parsing moves on too
    count, digest = con.execute("select count(*), coalesce(sum(hash(path, version, sha256, read_status, "
                                "withdrawn_at)), 0) from raw.source_files").fetchone()
    return dg.DataVersion(f"files-{count}-{digest}")


def _chunks(items: list, size: int):
    for start in range(0, len(items), size):
        yield items[start:start + size]


# Not built by the pipeline: people (or a copy job) put report files there; the
# sensor watches it. A node of its own so the graph starts where the data does.
drop_folder = dg.AssetSpec(
    DROP_FOLDER, group_name="raw", kinds={"folder"},
    description="The folder report files are dropped into (the drop_folder resource: $OGI_RAW_DIR or raw/). "
                "Each run reads what is new or changed there; the drop_folder_sensor starts a run when it settles.")


@dg.multi_asset(
    specs=[
        dg.AssetSpec(SOURCE_FILES, deps=[DROP_FOLDER], group_name="raw", kinds={"duckdb"},
                     description="One row per version of each dropped file, readable or not; "
                     "withdrawn_at marks files that left the folder."),
        dg.AssetSpec(DOCUMENTS, deps=[DROP_FOLDER], group_name="raw", kinds={"duckdb"},
                     description="The decoded text of each distinct file content (sha256)."),
    ],
    pool=POOL,
)
def ingest_drop_folder(context: dg.AssetExecutionContext, drop_folder: DropFolder, warehouse_db: Warehouse):
    drop_dir = drop_folder.resolved()
    if not drop_dir.is_dir():
        raise dg.Failure(f"drop folder {drop_dir} does not exist (set OGI_RAW_DIR or --raw-dir)")
    report = progress.current()
    report.stage("scan", unit="files")
    stats = take_scan(drop_dir)
    report.update(len(stats))
    counts: Counter = Counter()
    not_read: Counter = Counter()
    examples: list[str] = []
    with warehouse.connect(warehouse_db.resolved()) as con, warehouse.bulk_writes(con):
        warehouse.ensure_raw_tables(con)
        diff = warehouse.diff_scan(con, stats)
        counts["unchanged"] = diff.unchanged
        report.end(f"{len(stats):,} files, {len(diff.to_read):,} new or changed, {len(diff.missing):,} gone")
        report.stage("ingest", total=len(diff.to_read), unit="files read")
        seen_at, done = dt.datetime.now(), 0
        # a withdrawn file that comes back is read in full, whatever it hashes to: it needs a new version
        known = [(f, prev[1] if (prev := diff.previous.get(f.relative_path)) and not prev[2] else None)
                 for f in diff.to_read]
        tasks = [(str(drop_dir), batch, settings.max_file_bytes()) for batch in _chunks(known, _READ_TASK)]
        with executor_for(len(diff.to_read), settings.workers()) as pool:
            pending = []
            for files in ordered_map(pool, read_batch, tasks, ahead=2 * settings.workers() + 2):
                pending.extend(files)
                done += len(files)
                if len(pending) >= _COMMIT_EVERY:
                    counts.update(warehouse.record_read(con, pending, diff.previous, seen_at))
                    pending = []
                for f in files:
                    if f.read_status not in (OK, SAME_CONTENT):
                        not_read[f.read_status] += 1
                        if len(examples) < 5:
                            examples.append(f"{f.relative_path}: {f.reason}")
                report.update(done)
            counts.update(warehouse.record_read(con, pending, diff.previous, seen_at))
        counts["withdrawn"] = warehouse.withdraw(con, diff.missing, seen_at)
        totals = con.execute("select count(*), count(distinct path) from raw.source_files").fetchone()
        version = _files_data_version(con)
    report.end(", ".join(f"{k} {v:,}" for k, v in sorted(counts.items()) if v) or "nothing new")
    if not_read:
        # one message, not one per file: a national drop can hold thousands of them
        context.log.warning(f"{sum(not_read.values())} files not read ({dict(not_read)}), e.g. "
                            + "; ".join(examples) + ". Reasons are in marts.dim_source_file.")
    context.log.info(f"{len(stats)} files in {drop_dir}: {dict(counts)}")
    context.log_event(dg.AssetObservation(asset_key=DROP_FOLDER, metadata={
        "path": dg.MetadataValue.path(str(drop_dir)), "files": len(stats)}))
    meta = {"drop_folder": str(drop_dir), "files_seen": len(stats),
            **{f"files_{k}": v for k, v in sorted(counts.items())}}
    yield dg.MaterializeResult(asset_key=SOURCE_FILES, metadata={**meta, "versions_stored": totals[0]},
                               data_version=version)
    yield dg.MaterializeResult(asset_key=DOCUMENTS, metadata=meta, data_version=version)
