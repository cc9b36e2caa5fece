"""`ogi-dbt`: what dagster-dbt starts in place of `dbt` (orchestration/dbt_warm.py says why).

It hands its arguments, environment, working folder and output to the warm
dbt server `ogi run` started, and exits with the build's exit code once the
build's process has ended. Without a server, or with one that could not
prepare, it becomes the real `dbt`. It imports nothing heavy: it starts on
the run's critical path.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import sys

SOCKET_VAR = "OGI_DBT_WARM_SOCKET"  # where the warm server listens; dbt_warm.py sets it


def exec_real_dbt(argv: list[str]) -> None:
    """Become the dbt installed beside this Python (the venv need not be activated), else the one on PATH."""
    beside = os.path.join(os.path.dirname(sys.executable), "dbt")
    dbt = beside if os.access(beside, os.X_OK) else (shutil.which("dbt") or "dbt")
    os.execv(dbt, [dbt, *argv])


def main() -> None:
    argv = sys.argv[1:]
    path = os.environ.get(SOCKET_VAR)
    if not path or not hasattr(socket, "send_fds"):
        exec_real_dbt(argv)
    conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        conn.connect(path)
    except OSError:
        conn.close()
        exec_real_dbt(argv)  # the server is gone (its run ended, or it failed to start)
    request = json.dumps({"argv": ["dbt", *argv], "env": dict(os.environ), "cwd": os.getcwd()}) + "\n"
    sys.stdout.flush()
    try:
        socket.send_fds(conn, [request.encode()], [sys.stdout.fileno()])
    except OSError:
        pass  # a server that answers "cold" may have closed before reading: its answer says what to do
    reply = b""
    while not reply.endswith(b"\n"):
        try:
            chunk = conn.recv(64)
        except OSError:
            break
        if not chunk:
            break
        reply += chunk
    conn.close()
    answer = reply.decode().strip()
    if answer == "cold":
        exec_real_dbt(argv)
    if not answer.lstrip("-").isdigit():
        print("ogi-dbt: the warm dbt process ended without an exit code", file=sys.stderr, flush=True)
        sys.exit(2)
    sys.exit(int(answer))


if __name__ == "__main__":
    main()
