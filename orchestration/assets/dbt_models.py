"""The dbt project as Dagster assets: seeds, staging, marts and their tests."""


import importlib.metadata
import json
import shutil
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

import dagster as dg
from packaging import version

from orchestration import progress, settings, warehouse
from orchestration.assets.ingest import POOL
from orchestration.checks import carried
from orchestration.checks.validation import FINDINGS_VIEWS
from orchestration.dagster_dbt_without_core import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
from orchestration.dbt_warm import keep_partial_parse
from orchestration.freshness import dbt_sources_digest
from orchestration.resources import Warehouse
from orchestration.warehouse import CHECKS_STATE, MARTS_STATE

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

    def get_description(self, dbt_resource_props: Mapping[str, Any]) -> str:
        # the YAML's description only: dagster-dbt appends the SQL, an empty block for a seed
        return (dbt_resource_props.get("description") or "").strip() or \
            f"dbt {dbt_resource_props['resource_type']} {dbt_resource_props['name']} (no description in its YAML)"

    def get_asset_check_spec(self, asset_spec, manifest, unique_id, project) -> dg.AssetCheckSpec | None:
        spec = super().get_asset_check_spec(asset_spec, manifest, unique_id, project)
        if spec is None or spec.description:
            return spec
        return dg.AssetCheckSpec(name=spec.name, asset=spec.asset_key, additional_deps=spec.additional_deps,
                                 metadata=spec.metadata, blocking=spec.blocking,
                                 description=_test_description(manifest["nodes"][unique_id]))


def _test_description(test: Mapping[str, Any]) -> str:
    """What a generic dbt test asserts, in words (dbt gives tests no description)."""
    meta = test.get("test_metadata") or {}
    args = {k: v for k, v in (meta.get("kwargs") or {}).items() if k != "model"}
    args.update(args.pop("arguments", None) or {})
    column, name = args.get("column_name"), meta.get("name") or test["name"]
    if name == "unique_combination":
        return f"dbt test: ({', '.join(args.get('columns', []))}) is unique"
    if name == "relationships":
        target = str(args.get("to", "")).removeprefix("ref('").removesuffix("')")
        return f"dbt test: every {column} is found in {target}.{args.get('field')}"
    if name == "accepted_values":
        return f"dbt test: {column} is one of {', '.join(map(str, args.get('values', [])))}"
    what = {"unique": "is unique", "not_null": "is never null"}.get(name, f"passes {name}")
    return f"dbt test: {column} {what}" if column else f"dbt test {name}"


class DbtCli(DbtCliResource):
    """DbtCliResource without its per-invocation preamble.

    dagster-dbt runs `dbt --version` in a subprocess and loads dbt's adapter
    into this process before every invocation (together about 4.5 s, a third
    of a one-report run); the adapter only serves column metadata, which we do
    not fetch, and it would keep a DuckDB handle open here (STACK.md). The
    version is the installed dbt-core's, pinned in pyproject.toml.
    """

    @cached_property
    def _cli_version(self) -> version.Version:
        return version.parse(importlib.metadata.version("dbt-core"))

    def _initialize_dbt_core_adapter(self, args):
        return None


def _import_great_expectations() -> None:
    # The checks after this step import GX (about 4 s); doing it on the other
    # core while dbt runs in its subprocess takes it off the run's critical path.
    import great_expectations  # noqa: F401
    import great_expectations.expectations  # noqa: F401


@dbt_assets(manifest=dbt_project.manifest_path, project=dbt_project,
            dagster_dbt_translator=WarehouseTranslator(), pool=POOL)
def warehouse_models(context: dg.AssetExecutionContext, dbt: DbtCliResource, warehouse_db: Warehouse):
    settings.export_for_subprocesses(warehouse_db.resolved())
    with warehouse.connect(warehouse_db.resolved()) as con:
        warehouse.ensure_raw_tables(con)
        digest = dbt_sources_digest()
        state = f"{warehouse.raw_generation(con)}:{digest}"
        current = (warehouse.get_state(con, MARTS_STATE), warehouse.get_state(con, CHECKS_STATE))
        tests, rules = carried.load(con, carried.DBT_TESTS), carried.load(con, carried.VALIDATION)
    if not context.is_subset and current == (state, state):
        # Nothing was added, changed or withdrawn since a build whose checks
        # also completed: rebuilding would give the same tables.
        context.log.info("raw tables unchanged since the last complete build; the marts are current")
        progress.current().stage("dbt")
        progress.current().end("marts already current")
        # so that every check shows its current result, not "Skipped" (checks/carried.py)
        yield from (carried.as_result(t) for t in tests)
        for rule in rules:  # checks of the validation step, which Dagster skips: nothing upstream was built
            context.log_event(rule)
        return
    threading.Thread(target=_import_great_expectations, name="import-gx", daemon=True).start()
    progress.current().stage("dbt", unit="models and tests")
    # the project is as the last complete build left it: only the data changed
    same_project = (current[0] or "").endswith(f":{digest}")
    kept = _kept_nodes() if not context.is_subset and same_project else None
    # dbt's manifest.json and run_results.json for this invocation would go to a folder removed
    # right after the build (below); writing them took 0.5 s of every build
    # the unit tests (models' logic on rows written for them, _marts__models.yml) are `make test`'s, not the data's
    args = ["build", "--exclude-resource-type", "unit_test", "--no-write-json", *(kept.args if kept else ())]
    if current[0] and not same_project:
        # The models' SQL or seeds changed since the warehouse was built (an update of this
        # project): the incremental tables hold rows the old SQL made, which no later run would
        # redo, so they are rebuilt whole, once.
        args.append("--full-refresh")
        context.log.info("the dbt project changed since the last build: the incremental models are rebuilt whole")
    invocation = dbt.cli(args, context=context)
    parse_state = invocation.target_path / "partial_parse.msgpack"  # dagster-dbt's copy of the kept one
    copied_at = parse_state.stat().st_mtime_ns if parse_state.exists() else None
    # Held back until dbt ends: the row counts need the warehouse, which dbt holds open while it runs.
    events = []
    try:
        for event in invocation.stream():
            events.append(event)
    except Exception:
        yield from events  # what dbt built before it failed
        raise
    finally:
        keep_partial_parse(invocation.target_path, written_after=copied_at)
        # each invocation leaves target/<name>-<run>-<uuid>/; keep the folder tidy
        shutil.rmtree(invocation.target_path, ignore_errors=True)
    if kept:
        events = _with_not_rebuilt(context, events, kept)
    with warehouse.connect(warehouse_db.resolved()) as con:
        # the validation step after this one writes the findings and counts their views itself
        recounted = set() if context.is_subset else set(FINDINGS_VIEWS)
        yield from _with_row_counts(context, con, events, recounted)
        if kept:  # the seeds' own tests were not run: their last results stand
            yield from (carried.as_result(t) for t in tests if t.check_name in kept.tests)
        if not context.is_subset:
            carried.store(con, carried.DBT_TESTS, [e for e in events if isinstance(e, dg.AssetCheckResult)],
                          merge=bool(kept))
            warehouse.set_state(con, MARTS_STATE, state)


@dataclass(frozen=True)
class _Kept:
    args: list[str]
    tests: frozenset[str]  # names of the tests not run
    not_rebuilt: list[dg.AssetKey]  # the views and seeds' tables, in the order dbt would build them
    depth: dict[dg.AssetKey, int]  # of every model: the longest path to it from the sources
    from_seeds: frozenset[dg.AssetKey]  # the tables among them, built from the seeds alone


def _kept_nodes() -> _Kept:
    """What a build need not redo when only the data changed since the last complete build.

    Seeds load the same CSVs into the same tables, and so do the tables built
    from seeds alone (dim_indicator); views are only their SQL (DuckDB binds a
    view when it is queried). None of them is rebuilt, nor are the tests that
    read seeds and those tables alone. Every other test runs, those on views
    too: they test the data.
    """
    nodes = json.loads(dbt_project.manifest_path.read_text(encoding="utf-8"))["nodes"]
    seeds = {uid for uid, node in nodes.items() if node["resource_type"] == "seed"}
    views = {uid for uid, node in nodes.items()
             if node["resource_type"] == "model" and node["config"].get("materialized") == "view"}
    fixed = set(seeds)  # what the seeds alone make: unchanged while the project is
    while grown := {uid for uid, node in nodes.items() if node["resource_type"] == "model" and uid not in fixed
                    and node["depends_on"]["nodes"] and set(node["depends_on"]["nodes"]) <= fixed}:
        fixed |= grown
    seed_tests = {uid for uid, node in nodes.items() if node["resource_type"] == "test"
                  and node["depends_on"]["nodes"] and set(node["depends_on"]["nodes"]) <= fixed}
    names = sorted(nodes[uid]["name"] for uid in fixed | views | seed_tests)
    depth: dict[str, int] = {}

    def depth_of(uid: str) -> int:
        if uid not in depth:
            parents = [p for p in nodes[uid].get("depends_on", {}).get("nodes", []) if p in nodes]
            depth[uid] = 1 + max((depth_of(p) for p in parents), default=0)
        return depth[uid]

    key = WarehouseTranslator().get_asset_key
    models = [uid for uid, node in nodes.items() if node["resource_type"] == "model"]
    kept_models = views | (fixed - seeds)
    # "empty": excluding a view must not take its tests with it
    return _Kept(["--indirect-selection", "empty", "--exclude", " ".join(names)],
                 frozenset(nodes[uid]["name"] for uid in seed_tests),
                 [key(nodes[uid]) for uid in sorted(kept_models, key=depth_of)],
                 {key(nodes[uid]): depth_of(uid) for uid in models},
                 frozenset(key(nodes[uid]) for uid in fixed - seeds))


_NOT_RECREATED = {
    False: "not re-created: its SQL is unchanged, and it reads the current data",
    True: "not rebuilt: it is made from the seeds alone, which are unchanged",
}


def _with_not_rebuilt(context: dg.AssetExecutionContext, events: list, kept: _Kept) -> list:
    """dbt's events with an output for each model not rebuilt, each before the first model built on it.

    A view not re-created still shows the new data, and a table made from the
    seeds alone holds what a rebuild would make: each is as current as the
    tables built from it (without its materialization the UI would flag it,
    and everything downstream, as stale). Dagster takes a step's outputs in
    the order of the graph.
    """
    pending, out = list(kept.not_rebuilt), []

    def kept_below(depth: float) -> list:
        ready = [key for key in pending if kept.depth[key] < depth]
        for key in ready:
            pending.remove(key)
        return [dg.Output(None, output_name=context.assets_def.get_output_name_for_asset_key(key),
                          metadata={"dbt": _NOT_RECREATED[key in kept.from_seeds]})
                for key in ready]

    for event in events:
        if isinstance(event, dg.Output):
            out += kept_below(kept.depth.get(context.asset_key_for_output(event.output_name), 0))
        out.append(event)
    return out + kept_below(float("inf"))


def _with_row_counts(context: dg.AssetExecutionContext, con, events: list, recounted: set[dg.AssetKey]):
    """The events, each model's with its row count; not those of `recounted` (counted later in the run:
    counting a view runs its query, 0.3 s for the findings' views at 100,000 reports)."""
    for event in events:
        if isinstance(event, dg.Output) and (key := context.asset_key_for_output(event.output_name)) not in recounted:
            schema, table = key.path
            rows, = con.execute(f'select count(*) from "{schema}"."{table}"').fetchone()
            extra = _review_counts(con) if (schema, table) == ("marts", "fct_report_statistic") else {}
            event = event.with_metadata({**event.metadata, "dagster/row_count": rows, **extra})
        yield event


def _review_counts(con) -> dict[str, int]:
    """How many cells the review decisions changed in this build (the UI shows it on fct_report_statistic)."""
    corrected, added = con.execute("select count(*) filter (where value_source = 'corrected'), "
                                   "count(*) filter (where value_source = 'added') "
                                   "from marts.fct_report_statistic").fetchone()
    dropped, = con.execute("select count(*) from marts.fct_review_decision "
                           "where decision = 'drop' and state = 'applied'").fetchone()
    return {"review_cells_corrected": corrected, "review_cells_added": added, "review_cells_dropped": dropped}
