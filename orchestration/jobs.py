"""The jobs: the pipeline, and the parse of one partition of a drop run apart from it."""

import dagster as dg

from orchestration.assets.ingest import DOCUMENTS, SOURCE_FILES
from orchestration.assets.parse import PARSED_PARTITION

# every asset and check, executed in one process (DuckDB has one writer)
pipeline_job = dg.define_asset_job(
    "ogi_pipeline",
    selection=dg.AssetSelection.all() - dg.AssetSelection.assets(PARSED_PARTITION),
    executor_def=dg.in_process_executor,
    description="Ingest the drop folder, parse (loading what partitions parsed beforehand), build the dbt "
                "models, validate the totals.",
)

# Only reads the warehouse: as many run at once as there are processes or hosts
# (a Dagster backfill of the partitions, or `ogi parse-partition`).
parse_partition_job = dg.define_asset_job(
    "ogi_parse_partition",
    selection=dg.AssetSelection.assets(PARSED_PARTITION),
    executor_def=dg.in_process_executor,
    description="Parse one partition of the drop (documents whose sha256 starts with the partition's hex digit) "
                "into Parquet for the next pipeline run to load.",
)

# the first step of a spread-out run: record the drop, so that partitions can be parsed apart
ingest_job = dg.define_asset_job(
    "ogi_ingest", selection=dg.AssetSelection.assets(SOURCE_FILES, DOCUMENTS), executor_def=dg.in_process_executor,
    description="Read the drop folder into the raw tables, nothing more.")
