"""One warehouse path per run, whichever way it is set: every step (ingest,
parse, dbt, the checks) writes the same file, and the sensor watches the
folder the runs read."""

import dagster as dg

from conftest import copy_seed_reports, query, run

TABLES = """
select (select count(*) from raw.reports), (select count(*) from marts.dim_report),
       (select count(*) from marts.fct_validation_finding) > 0
"""


def test_the_warehouse_path_set_in_the_environment_is_used_by_every_step(seeded):
    _, warehouse, _, _ = seeded  # built with OGI_WAREHOUSE set (conftest.run), no resource config
    assert query(warehouse, TABLES) == [(5, 5, True)]
    assert (warehouse.parent / "data_docs").is_dir()


def test_the_warehouse_path_set_in_resource_config_wins_over_the_environment(definitions, tmp_path):
    raw_dir, configured = copy_seed_reports(tmp_path / "raw"), tmp_path / "configured" / "ogi.duckdb"
    decoy = tmp_path / "decoy" / "ogi.duckdb"  # what OGI_WAREHOUSE says; the launchpad's config must win
    config = {"resources": {"warehouse_db": {"config": {"path": str(configured)}},
                            "drop_folder": {"config": {"path": str(raw_dir)}}}}
    run(definitions, tmp_path / "no-such-folder", decoy, run_config=config)
    assert query(configured, TABLES) == [(5, 5, True)]
    assert not decoy.exists()
    assert (configured.parent / "data_docs").is_dir()


def test_the_sensor_watches_the_configured_drop_folder(tmp_path, monkeypatch):
    from orchestration.resources import DropFolder
    from orchestration.sensors import drop_folder_sensor

    watched, other = tmp_path / "watched", tmp_path / "other"
    watched.mkdir()
    other.mkdir()
    monkeypatch.setenv("OGI_RAW_DIR", str(other))
    cursor = None
    for _ in range(2):  # the folder must look the same on two ticks
        context = dg.build_sensor_context(cursor=cursor, resources={"drop_folder": DropFolder(path=str(watched))})
        drop_folder_sensor(context)
        cursor = context.cursor
    (watched / "a.txt").write_text("政府信息公开", encoding="utf-8")
    results = []
    for _ in range(2):
        context = dg.build_sensor_context(cursor=cursor, resources={"drop_folder": DropFolder(path=str(watched))})
        results.append(drop_folder_sensor(context))
        cursor = context.cursor
    assert isinstance(results[-1], dg.RunRequest)
    (other / "b.txt").write_text("政府信息公开", encoding="utf-8")  # the variable's folder is not watched
    for _ in range(2):
        context = dg.build_sensor_context(cursor=cursor, resources={"drop_folder": DropFolder(path=str(watched))})
        assert isinstance(drop_folder_sensor(context), dg.SkipReason)
        cursor = context.cursor


def test_ogi_dbt_warm_0_runs_dbt_cold(monkeypatch):
    from orchestration import dbt_warm, settings

    monkeypatch.setenv("OGI_DBT_WARM", "0")
    assert dbt_warm.start() is None  # no server: ogi-dbt is the real dbt
    monkeypatch.setenv("OGI_DBT_WARM", "1")
    assert settings.dbt_warm()
