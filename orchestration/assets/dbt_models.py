"""The dbt project as Dagster assets: seeds, staging, marts and their tests."""


import shutil
from collections.abc import Mapping
from typing import Any

import dagster as dg
from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets

from orchestration import settings
from orchestration.assets.ingest import POOL

dbt_project = DbtProject(project_dir=settings.DBT_PROJECT_DIR)
dbt_project.prepare_if_dev()


class WarehouseTranslator(DagsterDbtTranslator):
    """Models and seeds are keyed by the schema users query them in (marts/…)."""

    def get_asset_key(self, dbt_resource_props: Mapping[str, Any]) -> dg.AssetKey:
        if dbt_resource_props["resource_type"] in ("model", "seed", "snapshot"):
            return dg.AssetKey([dbt_resource_props["schema"], dbt_resource_props["name"]])
        return super().get_asset_key(dbt_resource_props)

    def get_group_name(self, dbt_resource_props: Mapping[str, Any]) -> str | None:
        if dbt_resource_props["resource_type"] in ("model", "seed"):
            return dbt_resource_props["schema"]
        return super().get_group_name(dbt_resource_props)


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project,
            dagster_dbt_translator=WarehouseTranslator(), pool=POOL)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource):
    settings.export_for_subprocesses()
    invocation = dbt.cli(["build"], context=context)
    try:
        yield from invocation.stream()
    finally:
        # each invocation leaves target/<name>-<run>-<uuid>/; keep the folder tidy
        shutil.rmtree(invocation.target_path, ignore_errors=True)
