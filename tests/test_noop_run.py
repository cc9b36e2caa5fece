"""What the UI shows after a run with nothing new (most scheduled and sensor
runs): every check's current result, and no model flagged stale."""

import os
import subprocess
import sys
from pathlib import Path

import dagster as dg
import pytest
from dagster._core.definitions.data_version import CachingStaleStatusResolver, StaleStatus
from dagster._core.loader import LoadingContextForTest

from conftest import copy_seed_reports, marts_snapshot, run

OGI = str(Path(sys.executable).parent / "ogi")


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


@pytest.mark.e2e
def test_ogi_run_with_nothing_new_answers_without_starting_dagster(tmp_path):
    """The last complete run read the same files, project and settings: `ogi run` says so and prints the
    same summary; a touched file or a changed setting sends the next run through the pipeline again."""
    raw_dir = copy_seed_reports(tmp_path / "raw")
    env = {**os.environ, "OGI_RAW_DIR": str(raw_dir), "OGI_WAREHOUSE": str(tmp_path / "wh" / "ogi.duckdb"),
           "DAGSTER_HOME": str(tmp_path / "dagster"), "OGI_PROGRESS": "off"}

    def ogi_run(**extra):
        done = subprocess.run([OGI, "run"], env={**env, **extra}, capture_output=True, text=True, timeout=300)
        assert done.returncode == 0, done.stderr
        summary = [line for line in done.stdout.splitlines() if not line.startswith("done in")]
        return "nothing new" in done.stderr, summary

    skipped, first_summary = ogi_run()
    assert not skipped  # the first run goes through the pipeline ...
    skipped, summary = ogi_run()
    assert skipped and summary == first_summary  # ... the next one, with nothing new, does not
    assert ogi_run(OGI_PROGRESS="plain") == (True, summary)  # how progress is shown is not an input
    first = sorted(raw_dir.iterdir())[0]
    os.utime(first, ns=(first.stat().st_atime_ns, first.stat().st_mtime_ns + 10**9))
    assert ogi_run()[0] is False  # a file's time changed: the pipeline looks (and finds the same content)
    assert ogi_run()[0] is True
    assert ogi_run(OGI_MAX_FILE_BYTES="1000")[0] is False  # a setting that changes what is read
