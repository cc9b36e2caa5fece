"""The Dagster storage `ogi` configures keeps the history Dagster's stock SQLite storage reads."""

import dagster as dg
import yaml
from dagster._core.instance.ref import InstanceRef

from orchestration.cli.runner import DAGSTER_YAML
from orchestration.dagster_storage import KeptOpenEventLogStorage


@dg.asset
def counted(context: dg.AssetExecutionContext) -> dg.MaterializeResult:
    return dg.MaterializeResult(metadata={"rows": 3})


@dg.asset_check(asset=counted)
def counted_is_positive() -> dg.AssetCheckResult:
    return dg.AssetCheckResult(passed=True)


def test_runs_written_with_kept_connections_read_the_same_with_the_stock_storage(tmp_path, monkeypatch):
    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path))
    (tmp_path / "dagster.yaml").write_text(DAGSTER_YAML, encoding="utf-8")
    ours = dg.DagsterInstance.get()
    assert isinstance(ours.event_log_storage, KeptOpenEventLogStorage)
    try:
        for _ in range(2):
            assert dg.materialize([counted, counted_is_positive], instance=ours).success
        written = {run.run_id: len(ours.all_logs(run.run_id)) for run in ours.get_runs()}
    finally:
        ours.dispose()

    # the same folder opened by Dagster's own storage, as a home without ogi's dagster.yaml would be
    settings = {k: v for k, v in yaml.safe_load(DAGSTER_YAML).items() if k != "storage"}
    (tmp_path / "stock").mkdir()
    (tmp_path / "stock" / "dagster.yaml").write_text(yaml.safe_dump(settings), encoding="utf-8")
    stock = dg.DagsterInstance.from_ref(InstanceRef.from_dir(str(tmp_path), config_dir=str(tmp_path / "stock")))
    try:
        assert not isinstance(stock.event_log_storage, KeptOpenEventLogStorage)
        runs = stock.get_runs()
        assert {run.run_id: len(stock.all_logs(run.run_id)) for run in runs} == written
        assert all(run.status == dg.DagsterRunStatus.SUCCESS for run in runs) and len(runs) == 2
        latest = stock.get_latest_materialization_event(dg.AssetKey("counted"))
        assert latest.asset_materialization.metadata["rows"] == dg.IntMetadataValue(3)
        check = stock.event_log_storage.get_latest_asset_check_execution_by_key(
            [dg.AssetCheckKey(dg.AssetKey("counted"), "counted_is_positive")])
        assert check and next(iter(check.values())).status.value == "SUCCEEDED"
    finally:
        stock.dispose()
