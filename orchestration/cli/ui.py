"""`ogi ui`: the Dagster UI (webserver and daemon) on this project's workspace."""

from __future__ import annotations

import argparse
import os
import signal
import sys
from pathlib import Path

from orchestration import settings
from orchestration.cli.runner import ensure_dbt_manifest, prepare_environment


def add_parser(sub) -> None:
    ui = sub.add_parser("ui", help="start the Dagster UI on workspace.yaml")
    ui.add_argument("--raw-dir")
    ui.add_argument("--warehouse")
    ui.add_argument("--host", default="127.0.0.1")
    ui.add_argument("--port", type=int, default=3000)
    ui.set_defaults(func=cmd_ui)


def cmd_ui(args: argparse.Namespace) -> int:
    prepare_environment(args.raw_dir, args.warehouse)
    ensure_dbt_manifest()
    command = [str(Path(sys.executable).parent / "dagster"), "dev", "-w", str(settings.PROJECT_ROOT / "workspace.yaml"),
               "--host", args.host, "--port", str(args.port)]
    os.chdir(settings.PROJECT_ROOT)
    # `dagster dev` warns that the `dg` CLI (another package, not installed) supersedes it;
    # it is still Dagster's supported way to run the webserver and daemon together
    os.environ["PYTHONWARNINGS"] = ",".join(
        w for w in (os.environ.get("PYTHONWARNINGS"), "ignore::FutureWarning:click.core") if w)
    # a non-interactive shell's `ogi ui &` (a script's, a supervisor's) starts it with SIGINT ignored, and an ignored signal
    # outlives exec; dagster dev maps SIGTERM to SIGINT's handler, so it then stopped on neither and left its webserver
    # and daemon running
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    os.execv(command[0], command)
    return 0  # pragma: no cover - execv does not return
