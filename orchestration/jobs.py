"""The one job: every asset and check, executed in one process (DuckDB has one writer)."""

import dagster as dg

pipeline_job = dg.define_asset_job(
    "ogi_pipeline",
    selection=dg.AssetSelection.all(),
    executor_def=dg.in_process_executor,
    description="Ingest the drop folder, parse, build the dbt models, validate the totals.",
)
