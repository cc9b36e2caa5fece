"""The Dagster UI loads workspace.yaml and shows one connected lineage graph."""

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from conftest import PROJECT_ROOT

QUERY = """
{
  workspaceOrError { ... on Workspace { locationEntries {
      name locationOrLoadError { __typename ... on PythonError { message } } } } }
  assetNodes {
    assetKey { path }
    description
    dependencyKeys { path }
    assetChecksOrError { ... on AssetChecks { checks { name description } } }
    metadataEntries {
      label
      ... on TableSchemaMetadataEntry { schema { columns { name type description } } }
    }
  }
}
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _graphql(port: int, query: str) -> dict:
    request = urllib.request.Request(
        f"http://127.0.0.1:{port}/graphql", data=json.dumps({"query": query}).encode(),
        headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        return json.load(response)["data"]


@pytest.fixture(scope="module")
def webserver(dbt_manifest, tmp_path_factory):
    port = _free_port()
    home = tmp_path_factory.mktemp("dagster_home")
    env = {**os.environ, "DAGSTER_HOME": str(home), "OGI_WAREHOUSE": str(home / "ogi.duckdb"),
           "PATH": str(Path(sys.executable).parent) + os.pathsep + os.environ.get("PATH", "")}
    (home / "dagster.yaml").write_text("telemetry:\n  enabled: false\n")
    process = subprocess.Popen(
        [str(Path(sys.executable).parent / "dagster-webserver"), "-w", str(PROJECT_ROOT / "workspace.yaml"),
         "-h", "127.0.0.1", "-p", str(port)],
        cwd=PROJECT_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                data = _graphql(port, QUERY)
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("dagster-webserver did not answer: " + process.stderr.read().decode()[-2000:])
                time.sleep(0.5)
        yield data
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_code_location_loads(webserver):
    entries = webserver["workspaceOrError"]["locationEntries"]
    assert [e["locationOrLoadError"]["__typename"] for e in entries] == ["RepositoryLocation"], entries
    assert [e["name"] for e in entries] == ["ogi"]


def test_lineage_runs_from_files_to_marts_with_checks(webserver):
    nodes = {tuple(n["assetKey"]["path"]): n for n in webserver["assetNodes"]}
    deps = {key: {tuple(d["path"]) for d in n["dependencyKeys"]} for key, n in nodes.items()}
    chain = [("marts", "fct_report_statistic"), ("intermediate", "int_reports_joined"),
             ("staging", "stg_raw__reports"), ("raw", "reports"), ("raw", "documents")]
    for child, parent in zip(chain, chain[1:]):
        assert parent in deps[child], f"{child} should depend on {parent}"
    checks = {c["name"] for c in nodes[("marts", "fct_report_statistic")]["assetChecksOrError"]["checks"]}
    assert {"sum_children", "parent_blank", "non_negative", "integer_count"} <= checks


def test_one_graph_from_the_drop_folder_to_the_findings_mart(webserver):
    nodes = {tuple(n["assetKey"]["path"]): n for n in webserver["assetNodes"]}
    deps = {key: {tuple(d["path"]) for d in n["dependencyKeys"]} for key, n in nodes.items()}
    chain = [("marts", "fct_validation_finding"), ("staging", "stg_validation__findings"), ("validation", "findings"),
             ("marts", "fct_report_statistic")]
    for child, parent in zip(chain, chain[1:]):
        assert parent in deps[child], f"{child} should depend on {parent}"
    assert ("drop_folder",) in deps[("raw", "source_files")] and ("drop_folder",) in deps[("raw", "documents")]
    undescribed = [key for key, n in nodes.items() if not (n["description"] or "").strip()]
    assert undescribed == []
    assert not [key for key, n in nodes.items() if "Raw SQL" in (n["description"] or "")]
    checks = [c for n in nodes.values() for c in n["assetChecksOrError"]["checks"]]
    assert checks and not [c["name"] for c in checks if not c["description"]]


def test_every_mart_column_is_typed_and_described(webserver):
    marts = {n["assetKey"]["path"][1]: n for n in webserver["assetNodes"] if n["assetKey"]["path"][0] == "marts"}
    assert len(marts) >= 9
    for name, node in marts.items():
        schemas = [e["schema"] for e in node["metadataEntries"] if "schema" in e]
        assert schemas, f"{name} has no column schema"
        columns = schemas[0]["columns"]
        assert [c["name"] for c in columns if not c["description"] or c["type"] in ("", "?")] == [], name
    columns = [c["name"] for e in marts["fct_report_statistic"]["metadataEntries"] if "schema" in e
               for c in e["schema"]["columns"]]
    assert {"value", "value_status", "raw_text", "source_line_start", "extraction_method"} <= set(columns)


@pytest.mark.e2e
def test_ogi_ui_shuts_down_on_sigterm_when_started_with_interrupts_ignored(tmp_path):
    # as a non-interactive shell's `ogi ui &` starts it: SIGINT ignored, which dagster dev's SIGTERM handling inherits
    # (set in this process around the start, not in a preexec_fn, which is unsafe beside threads; stderr to a file, as a
    # pipe nobody reads could fill and stall it)
    port = _free_port()
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path / "dagster_home"), "OGI_WAREHOUSE": str(tmp_path / "ogi.duckdb")}
    log = tmp_path / "ui.log"
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        with log.open("wb") as err:
            process = subprocess.Popen(
                [sys.executable, "-m", "orchestration.cli", "ui", "--port", str(port)], cwd=PROJECT_ROOT, env=env,
                stdout=subprocess.DEVNULL, stderr=err, start_new_session=True)
    finally:
        signal.signal(signal.SIGINT, previous)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/server_info", timeout=5).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("ogi ui did not answer: " + log.read_text(errors="replace")[-2000:])
                time.sleep(0.5)
        process.send_signal(signal.SIGTERM)
        # (dagster dev gives its webserver and then its daemon up to a minute each to stop)
        process.wait(timeout=150)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            try:
                os.killpg(process.pid, 0)  # its webserver, daemon and code server share its process group
            except ProcessLookupError:
                break
            time.sleep(0.5)
        else:
            pytest.fail("ogi ui's webserver or daemon outlived SIGTERM")
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
