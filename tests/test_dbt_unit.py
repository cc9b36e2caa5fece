"""The dbt unit tests (`unit_tests:` in the models' YAML: a model's logic on rows written for it), run on the
seeded warehouse, whose tables give dbt the inputs' column types. The pipeline's build leaves them out."""

import json
import os
import re
import subprocess
import sys
from pathlib import Path

from conftest import PROJECT_ROOT


def test_every_dbt_unit_test_passes(seeded, dbt_manifest, tmp_path):
    _, warehouse, _, _ = seeded
    declared = json.loads(dbt_manifest.read_text(encoding="utf-8")).get("unit_tests", {})
    assert declared, "no dbt unit test is declared"
    project = PROJECT_ROOT / "dbt_project"
    result = subprocess.run(
        [str(Path(sys.executable).parent / "dbt"), "test", "--select", "test_type:unit",
         "--project-dir", str(project), "--profiles-dir", str(project),
         "--target-path", str(tmp_path / "target"), "--log-path", str(tmp_path / "logs")],
        env={**os.environ, "OGI_WAREHOUSE": str(warehouse)}, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    done = re.search(r"Done\. PASS=(\d+) WARN=0 ERROR=0", result.stdout)
    assert done and int(done.group(1)) == len(declared), result.stdout[-2000:]
