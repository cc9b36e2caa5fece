"""The parse step spread over partitions run apart gives the warehouse one run gives."""

import os
from pathlib import Path

from benchmarks.corpus import write_corpus
from conftest import marts_snapshot, query, run
from orchestration import shards


def _materialization(result, key):
    for event in result.all_events:
        if event.event_type_value == "ASSET_MATERIALIZATION" and list(event.asset_key.path) == key:
            return {k: v.value for k, v in event.event_specific_data.materialization.metadata.items()}
    raise AssertionError(f"{key} was not materialized")


def test_partitions_parsed_apart_give_the_warehouse_of_one_run(definitions, tmp_path):
    raw_dir = tmp_path / "raw"
    write_corpus(raw_dir, 40, seed=11, workers=1)
    whole = tmp_path / "whole" / "ogi.duckdb"
    run(definitions, raw_dir, whole)

    spread = tmp_path / "spread" / "ogi.duckdb"
    run(definitions, raw_dir, spread, job="ogi_ingest")
    # two workers, each with half of the partitions, as two hosts would take them
    for keys in (shards.KEYS[:8], shards.KEYS[8:]):
        for key in keys:
            run(definitions, raw_dir, spread, job="ogi_parse_partition", partition_key=key)
    written = sorted(p.name for p in shards.shards_dir(spread).iterdir())
    assert len(written) == 16
    final = run(definitions, raw_dir, spread)

    parsed = _materialization(final, ["raw", "reports"])
    reports, = query(spread, "select count(*) from raw.reports")[0]
    assert parsed["loaded_from_partitions"] == reports == 40 and parsed["parsed_now"] == 0
    assert list(shards.shards_dir(spread).iterdir()) == []  # loaded, then removed
    assert marts_snapshot(spread) == marts_snapshot(whole)
    assert query(spread, "select * exclude (checked_at) from validation.findings order by all") == \
        query(whole, "select * exclude (checked_at) from validation.findings order by all")


def test_a_shard_of_a_changed_document_is_not_loaded(definitions, tmp_path):
    """A file changed after its partition was parsed: the run parses the new text, never the old shard's."""
    raw_dir = tmp_path / "raw"
    write_corpus(raw_dir, 6, seed=3, workers=1)
    warehouse = tmp_path / "wh" / "ogi.duckdb"
    run(definitions, raw_dir, warehouse, job="ogi_ingest")
    for key in shards.KEYS:
        run(definitions, raw_dir, warehouse, job="ogi_parse_partition", partition_key=key)
    changed = sorted(p for p in raw_dir.rglob("*") if p.is_file())[0]
    changed.write_bytes(changed.read_bytes() + "\n2099年12月31日\n".encode())
    os.utime(changed, ns=(1, 1))
    result = run(definitions, raw_dir, warehouse)
    parsed = _materialization(result, ["raw", "reports"])
    assert parsed["loaded_from_partitions"] == 5 and parsed["parsed_now"] == 1
    current = query(warehouse, "select count(*) from marts.dim_report")[0][0]
    assert current == 6


def test_partitions_run_at_once_take_no_writer_lock(definitions, tmp_path):
    """A partition only reads the warehouse, so another partition (or any holder of the writer's lock file,
    here another process) never makes it wait: with a one-second lock timeout it still runs."""
    import subprocess
    import sys

    from orchestration.locking import lock_path

    raw_dir = tmp_path / "raw"
    write_corpus(raw_dir, 4, seed=5, workers=1)
    warehouse = tmp_path / "wh" / "ogi.duckdb"
    run(definitions, raw_dir, warehouse, job="ogi_ingest")
    holder = subprocess.Popen([sys.executable, "-c", (
        "import fcntl, os, sys, time\n"
        f"fd = os.open({str(lock_path(warehouse))!r}, os.O_RDWR)\n"
        "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(60)\n")],
        stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        for key in shards.KEYS:
            run(definitions, raw_dir, warehouse, job="ogi_parse_partition", partition_key=key, OGI_LOCK_TIMEOUT="1")
    finally:
        holder.kill()
        holder.wait()
    assert len(list(shards.shards_dir(warehouse).iterdir())) == 16
