"""Everything Dagster loads, listed explicitly: the UI, the sensor, the schedule
and `ogi run` all use this one Definitions object."""

import shutil
import sys
from pathlib import Path

import dagster as dg

from orchestration.assets.dbt_models import DbtCli, dbt_project, warehouse_models
from orchestration.assets.ingest import drop_folder, ingest_drop_folder
from orchestration.assets.parse import parse_documents, parse_partition
from orchestration.assets.review import review_decisions, review_folder
from orchestration.checks.validation import findings, validation_checks
from orchestration.jobs import ingest_job, parse_partition_job, pipeline_job
from orchestration.resources import DropFolder, Warehouse, WarehouseReader
from orchestration.review.history import findings_archive
from orchestration.schedules import daily_schedule
from orchestration.sensors import drop_folder_sensor

# The dbt installed beside this Python, so the venv need not be activated (CI, `ogi ui`), through
# `ogi-dbt`, which hands the build to the dbt `ogi run` warmed up when there is one (dbt_warm.py).
_venv_bin = Path(sys.executable).parent
DBT_EXECUTABLE = next((str(p) for p in (_venv_bin / "ogi-dbt", _venv_bin / "dbt") if p.exists()),
                      shutil.which("dbt") or "dbt")

defs = dg.Definitions(
    assets=[drop_folder, ingest_drop_folder, parse_partition, parse_documents, review_folder, review_decisions,
            warehouse_models, findings, findings_archive],
    asset_checks=[validation_checks],
    jobs=[pipeline_job, ingest_job, parse_partition_job],
    sensors=[drop_folder_sensor],
    schedules=[daily_schedule],
    resources={
        "drop_folder": DropFolder(),
        "warehouse_db": Warehouse(),
        "warehouse_reader": WarehouseReader(),
        "dbt": DbtCli(project_dir=dbt_project, profiles_dir=str(dbt_project.project_dir),
                      dbt_executable=DBT_EXECUTABLE),
    },
)
