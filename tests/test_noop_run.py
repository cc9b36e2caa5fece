"""What the UI shows after a run with nothing new (most scheduled and sensor
runs): every check's current result, and no model flagged stale."""

import dagster as dg
from dagster._core.definitions.data_version import CachingStaleStatusResolver, StaleStatus
from dagster._core.loader import LoadingContextForTest

from conftest import marts_snapshot, run


def _evaluations(result) -> dict:
    return {(e.asset_key.to_user_string(), e.check_name): (e.passed, e.severity)
            for e in result.get_asset_check_evaluations()}


def test_a_run_with_nothing_new_reports_every_check_and_leaves_nothing_stale(definitions, seeded):
    raw_dir, warehouse, first, instance = seeded
    before = marts_snapshot(warehouse)
    second = run(definitions, raw_dir, warehouse, instance=instance)
    graph = definitions.resolve_asset_graph()
    resolver = CachingStaleStatusResolver(instance, graph, LoadingContextForTest(instance))
    stale = {k.to_user_string() for k in graph.materializable_asset_keys
             if resolver.get_status(k) == StaleStatus.STALE}
    assert marts_snapshot(warehouse) == before
    assert not [e for e in second.all_events if e.event_type_value == "ASSET_MATERIALIZATION"
                and e.asset_key.path[0] not in ("raw", "review")]  # nothing was rebuilt ...
    every_check = {(k.asset_key.to_user_string(), k.name) for k in graph.asset_check_keys}
    assert set(_evaluations(first)) == every_check
    assert _evaluations(second) == _evaluations(first)  # ... and every check still says what it found
    assert _evaluations(second)[("marts/fct_report_statistic", "sum_children")] == (False, dg.AssetCheckSeverity.ERROR)
    carried = [e for e in second.get_asset_check_evaluations() if "carried_forward_from" in e.metadata]
    assert len(carried) == len(every_check)
    assert stale == set()
