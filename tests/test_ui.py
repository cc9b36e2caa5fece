"""The Dagster UI loads workspace.yaml and shows one connected lineage graph."""

import json
import os
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
    dependencyKeys { path }
    assetChecksOrError { ... on AssetChecks { checks { name } } }
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


def test_lineage_runs_from_files_to_marts_with_checks(webserver):
    nodes = {tuple(n["assetKey"]["path"]): n for n in webserver["assetNodes"]}
    deps = {key: {tuple(d["path"]) for d in n["dependencyKeys"]} for key, n in nodes.items()}
    chain = [("marts", "fct_report_statistic"), ("intermediate", "int_reports_joined"),
             ("staging", "stg_raw__reports"), ("raw", "reports"), ("raw", "documents")]
    for child, parent in zip(chain, chain[1:]):
        assert parent in deps[child], f"{child} should depend on {parent}"
    checks = {c["name"] for c in nodes[("marts", "fct_report_statistic")]["assetChecksOrError"]["checks"]}
    assert {"sum_children", "parent_blank", "non_negative", "integer_count"} <= checks
