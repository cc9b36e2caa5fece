"""dbt warmed up before the run needs it (orchestration/dbt_warm.py): the same build, started sooner,
and the real dbt whenever the warm one cannot serve."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT, copy_seed_reports, marts_snapshot
from orchestration import dbt_warm, settings

pytestmark = pytest.mark.e2e

BIN = Path(sys.executable).parent
DBT_PROJECT = PROJECT_ROOT / "dbt_project"


@pytest.fixture
def warehouse_env(tmp_path, monkeypatch):
    monkeypatch.setenv(settings.WAREHOUSE_VAR, str(tmp_path / "wh" / "ogi.duckdb"))
    monkeypatch.delenv(dbt_warm.SOCKET_VAR, raising=False)
    settings.export_for_subprocesses()
    return tmp_path


def launch(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """`ogi-dbt` as dagster-dbt starts it: in the project folder, output and errors on one pipe."""
    return subprocess.run([str(BIN / "ogi-dbt"), *args, "--profiles-dir", str(DBT_PROJECT)], cwd=DBT_PROJECT,
                          env=env or dict(os.environ), stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                          text=True, timeout=300)


def seeds_listed(output: str) -> list[str]:
    return sorted(line for line in output.splitlines() if line.startswith("ogi."))


def test_the_warm_server_gives_what_dbt_gives_and_its_exit_code(warehouse_env):
    cold = launch("ls", "--resource-type", "seed")  # no server: the launcher becomes dbt
    assert cold.returncode == 0 and seeds_listed(cold.stdout) == [
        "ogi.admin_divisions", "ogi.applicant_types", "ogi.forms", "ogi.indicators", "ogi.validation_rules"]
    server = dbt_warm.start()
    try:
        warm = launch("ls", "--resource-type", "seed")
        assert warm.returncode == 0 and seeds_listed(warm.stdout) == seeds_listed(cold.stdout)
        # the server served this one (it parsed on its own, before the launcher came) and has left
        assert not server.socket.exists()
        assert server.process.wait(30) == 0
    finally:
        server.stop()
    assert dbt_warm.SOCKET_VAR not in os.environ and not server.folder.exists()

    server = dbt_warm.start()
    try:  # a failing dbt command fails the same way through the server
        failed = launch("run-operation", "no_such_macro")
        assert failed.returncode == launch("run-operation", "no_such_macro",
                                           env={k: v for k, v in os.environ.items()
                                                if k != dbt_warm.SOCKET_VAR}).returncode != 0
        assert "no_such_macro" in failed.stdout
    finally:
        server.stop()


def test_a_build_for_another_warehouse_is_parsed_for_it(warehouse_env):
    """The manifest the server parsed names the warehouse it was started for; a launcher configured
    for another one gets a build parsed for that one, not the server's."""
    server = dbt_warm.start()
    try:
        other = warehouse_env / "other" / "elsewhere.duckdb"
        other.parent.mkdir()
        done = launch("build", "--select", "forms", env={**os.environ, settings.WAREHOUSE_VAR: str(other)})
        assert done.returncode == 0, done.stdout
        import duckdb

        con = duckdb.connect(str(other), read_only=True)
        try:
            assert con.execute("select count(*) from catalog.forms").fetchone()[0] > 0
        finally:
            con.close()
        assert not Path(os.environ[settings.WAREHOUSE_VAR]).exists()
    finally:
        server.stop()


def test_without_a_server_or_after_it_the_launcher_runs_dbt(warehouse_env, monkeypatch):
    server = dbt_warm.start()
    server.stop()  # its run ended: the socket is gone
    monkeypatch.setenv(dbt_warm.SOCKET_VAR, str(server.socket))
    assert seeds_listed(launch("ls", "--resource-type", "seed").stdout)


def test_the_server_leaves_with_the_process_that_started_it(warehouse_env):
    starter = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from orchestration import dbt_warm; "
         "server = dbt_warm.start(); print(server.process.pid, server.folder, flush=True); time.sleep(600)"],
        stdout=subprocess.PIPE, text=True)
    pid, folder = starter.stdout.readline().split()
    pid = int(pid)
    starter.kill()
    starter.wait()
    deadline = time.monotonic() + 60  # it notices within a second of its warm-up ending
    while time.monotonic() < deadline and Path(f"/proc/{pid}").exists() and \
            Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z":
        time.sleep(0.5)
    assert not Path(f"/proc/{pid}").exists() or Path(f"/proc/{pid}/stat").read_text().split()[2] == "Z", \
        (Path(f"/proc/{pid}/stat").read_text(), (Path(folder) / "server.log").read_text())
    assert not Path(folder).exists(), "the server left its folder behind"


def test_ogi_run_through_the_warm_server_builds_what_the_job_builds(seeded, tmp_path):
    """`ogi run` builds through the warm server; the session's seeded warehouse was built by the job in
    this process, through the real dbt: the marts are the same."""
    _, seeded_warehouse, _, _ = seeded
    warehouse = tmp_path / "wh" / "ogi.duckdb"
    env = {**os.environ, "OGI_RAW_DIR": str(copy_seed_reports(tmp_path / "raw")), "OGI_WAREHOUSE": str(warehouse),
           "DAGSTER_HOME": str(tmp_path / "dagster"), "OGI_PROGRESS": "off"}
    done = subprocess.run([str(BIN / "ogi"), "run"], env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert marts_snapshot(warehouse) == \
        marts_snapshot(seeded_warehouse)


def test_a_build_that_parsed_nothing_does_not_put_back_an_older_parse_state(tmp_path, monkeypatch):
    """dagster-dbt copies the kept state into the build's folder before dbt starts; the warm server may keep a
    newer one meanwhile (it parsed for this warehouse). The build's unchanged copy must not replace it."""
    monkeypatch.setattr(settings, "DBT_PROJECT_DIR", tmp_path / "project")
    kept = tmp_path / "project" / "target" / "partial_parse.msgpack"
    kept.parent.mkdir(parents=True)
    build = tmp_path / "build"
    build.mkdir()
    copy = build / "partial_parse.msgpack"
    copy.write_bytes(b"state for another warehouse")
    copied_at = copy.stat().st_mtime_ns
    kept.write_bytes(b"state the warm server parsed for this one")
    dbt_warm.keep_partial_parse(build, written_after=copied_at)
    assert kept.read_bytes() == b"state the warm server parsed for this one"
    # a build that did parse (no warm server) wrote its own state after the copy: that one is kept
    os.utime(copy, ns=(copied_at + 10**9, copied_at + 10**9))
    dbt_warm.keep_partial_parse(build, written_after=copied_at)
    assert kept.read_bytes() == b"state for another warehouse"


def test_folders_of_servers_that_are_gone_are_swept_at_the_next_start(tmp_path):
    """A run killed as a whole takes its server with it; the next start removes what they left."""
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    abandoned = tmp_path / "ogi-dbt-abandoned"
    (abandoned / "target").mkdir(parents=True)
    (abandoned / "server.pid").write_text(str(gone.pid))
    running = tmp_path / "ogi-dbt-running"
    running.mkdir()
    (running / "server.pid").write_text(str(os.getpid()))
    unnamed_recent = tmp_path / "ogi-dbt-unnamed"
    unnamed_recent.mkdir()
    other = tmp_path / "not-ours"
    other.mkdir()
    (other / "server.pid").write_text(str(gone.pid))
    assert dbt_warm.sweep_abandoned(tmp_path) == 1
    assert not abandoned.exists()
    assert running.exists() and unnamed_recent.exists() and other.exists()
    old = time.time() - 3 * dbt_warm.IDLE_LIMIT_S
    os.utime(unnamed_recent, (old, old))
    assert dbt_warm.sweep_abandoned(tmp_path) == 1 and not unnamed_recent.exists()


def test_a_sweep_leaves_folders_being_set_up_and_survives_damaged_pid_files(tmp_path):
    being_set_up = tmp_path / "ogi-dbt-new"
    being_set_up.mkdir()
    (being_set_up / "server.pid").write_text("")  # written next, by its starter
    damaged = tmp_path / "ogi-dbt-damaged"
    damaged.mkdir()
    (damaged / "server.pid").write_text("9" * 40)  # no process has such a pid
    assert dbt_warm.sweep_abandoned(tmp_path) == 1
    assert being_set_up.exists() and not damaged.exists()
