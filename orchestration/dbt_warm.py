"""dbt, imported and parsed before the run needs it.

A one-report run spends seconds in dbt's own process before its first node:
importing dbt and loading the project's manifest (README, scale section).
`ogi run` starts this module's server as its first step, so that the work
happens on the other core while Dagster starts and the new reports are read
and parsed. When the dbt step comes, dagster-dbt starts `ogi-dbt`
(orchestration/dbt_launcher.py) as it would start `dbt`; the launcher hands
the server its arguments, environment and output pipe, and the server forks
a child that runs the build with the manifest already in memory, writing to
that pipe exactly what `dbt` would.

The server never opens the warehouse (parsing a dbt project reads no data),
serves one build and exits. Whatever goes wrong with it (not started, still
starting, failed to parse, a run configured for another warehouse), the
launcher runs the real `dbt` instead: the build is the same either way, only
its start is slower.

    python -m orchestration.dbt_warm LISTENING_FD SOCKET PARENT_PID   (started by `ogi run`, not by hand)
"""

from __future__ import annotations

import array
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from orchestration import settings
from orchestration.dbt_launcher import SOCKET_VAR, exec_real_dbt

# What the project's manifest depends on (profiles.yml reads them): a build configured otherwise parses afresh.
_PROFILE_VARS = (settings.WAREHOUSE_VAR, settings.DUCKDB_MEMORY_VAR)
# An unused server gives up after this long (the run ended without a dbt step
# and nobody stopped it); it also leaves as soon as the process that started it does.
IDLE_LIMIT_S = 3600.0
_HEADER_BYTES = 1 << 20


def keep_partial_parse(target: Path, written_after: int | None = None) -> None:
    """Carry dbt's partial-parse state from one invocation's target folder to the next invocation.

    dbt only reuses the state for the same profile, and the profile holds the
    warehouse path: a state written for another warehouse makes dbt parse the
    whole project again (about 2 s).

    `written_after` (ns): keep the state only if it was written after that
    time. dagster-dbt copies the kept state into each invocation's folder
    before dbt starts; a build served by the warm server parses nothing, so
    that copy comes back unchanged, and it may be older than what the warm
    server kept meanwhile (after a parse for another warehouse): copying it
    back made every later run parse the whole project again.
    """
    produced = target / "partial_parse.msgpack"
    if produced.exists() and (written_after is None or produced.stat().st_mtime_ns > written_after):
        kept = settings.DBT_PROJECT_DIR / "target" / "partial_parse.msgpack"
        kept.parent.mkdir(parents=True, exist_ok=True)
        staging = kept.with_name(f".{kept.name}.{os.getpid()}")
        shutil.copyfile(produced, staging)
        os.replace(staging, kept)  # atomic: a concurrent run on another warehouse reads a whole file


_FOLDER_PREFIX = "ogi-dbt-"
_PID_FILE = "server.pid"


def sweep_abandoned(temp_dir: Path) -> int:
    """Remove this user's folders of servers that are gone; how many were removed.

    A server removes its own folder when its starter left without stopping it,
    but a run killed as a whole (SIGKILL to its process group, a machine
    stopped) takes the server with it: its folder stayed behind, one per
    killed run. Each folder holds its server's pid in `server.pid`; one whose
    process no longer exists is abandoned. A folder whose pid file cannot be
    read (a concurrent start between creating the folder and writing the
    file, or a folder of before this sweep) is left until twice the idle
    limit has passed since it was last changed: that age, not the file,
    protects a folder being set up."""
    removed = 0
    for folder in temp_dir.glob(_FOLDER_PREFIX + "*"):
        try:
            if folder.stat().st_uid != os.getuid():
                continue  # another user's: not ours to judge or able to remove
            try:
                stale = not _alive(int((folder / _PID_FILE).read_text()))
            except (OSError, ValueError):
                stale = folder.stat().st_mtime < time.time() - 2 * IDLE_LIMIT_S
        except OSError:
            continue  # gone meanwhile
        if stale:
            shutil.rmtree(folder, ignore_errors=True)
            removed += not folder.exists()
    return removed


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (OverflowError, ValueError):
        return False  # no process has such a pid (a damaged file)
    except PermissionError:
        return True  # another user's process: alive, and not ours to judge
    return True


class WarmDbt:
    """The server process `ogi run` starts, and the variable that tells the launcher where it listens."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix=_FOLDER_PREFIX))
        self.socket = self.folder / "dbt.sock"
        # bound here, so that a launcher coming before the server has started waits in the backlog
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(str(self.socket))
        listener.listen(1)
        with listener, open(self.folder / "server.log", "wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "orchestration.dbt_warm", str(listener.fileno()), str(self.socket),
                 str(os.getpid())],
                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=log, env=dict(os.environ),
                pass_fds=[listener.fileno()])
        pid_file = self.folder / f".{_PID_FILE}"
        pid_file.write_text(str(self.process.pid))
        pid_file.replace(self.folder / _PID_FILE)  # whole or absent to a concurrent sweep
        try:  # (after the server's start: the sweep is off the run's critical path, and never stops the run)
            sweep_abandoned(Path(tempfile.gettempdir()))
        except Exception as exc:  # noqa: BLE001 - a folder left over is no reason to fail a run
            print(f"ogi: left old dbt server folders in place: {exc}", file=sys.stderr)
        os.environ[SOCKET_VAR] = str(self.socket)

    def stop(self) -> None:
        os.environ.pop(SOCKET_VAR, None)
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


def start() -> WarmDbt | None:
    """Start the server (None where the platform cannot pass a pipe to it, or with OGI_DBT_WARM=0:
    the launcher then runs dbt)."""
    if not hasattr(socket, "send_fds") or os.name != "posix" or not settings.dbt_warm():
        return None
    return WarmDbt()


# --- the server --------------------------------------------------------------------------

def _warm_up(folder: Path):
    """Import dbt and parse the project; the manifest, or None (the launcher then runs dbt itself)."""
    from dbt.cli.main import dbtRunner

    project_dir = settings.DBT_PROJECT_DIR
    target = folder / "target"
    kept = project_dir / "target" / "partial_parse.msgpack"
    if kept.exists():
        target.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(kept, target / kept.name)
    # --no-write-json: the run reads the project's own target/manifest.json (cli/runner.py's ensure_dbt_manifest);
    # writing this one too took 0.5 s of the server's start, on the run's critical path
    result = dbtRunner().invoke(["parse", "--quiet", "--no-write-json", "--project-dir", str(project_dir),
                                 "--profiles-dir", str(project_dir), "--target-path", str(target),
                                 "--log-path", str(folder / "logs")])
    if not result.success:
        print(f"dbt parse failed: {result.exception}", file=sys.stderr)
        return None
    keep_partial_parse(target)
    return result.result


def _build(manifest, request: dict, out_fd: int) -> int:
    """In the forked child: dbt with the launcher's arguments, environment and output; its exit code."""
    os.dup2(out_fd, 1)
    os.dup2(out_fd, 2)
    os.close(out_fd)
    os.chdir(request["cwd"])
    warm_env = {k: os.environ.get(k) for k in _PROFILE_VARS}
    os.environ.clear()
    os.environ.update(request["env"])
    if any(os.environ.get(k) != v for k, v in warm_env.items()):
        # configured for another warehouse: a fresh dbt parses for it (dbt parsing again in this
        # forked copy of the server hung in tests/test_dbt_warm.py; a fresh process does not)
        exec_real_dbt(request["argv"][1:])
    from dbt.cli.main import dbtRunner

    result = dbtRunner(manifest=manifest).invoke(request["argv"][1:])
    sys.stdout.flush()
    sys.stderr.flush()
    # dbt's own exit codes: 1 when a node failed, 2 when dbt itself failed
    return 0 if result.success else (2 if result.exception else 1)


def _receive(conn: socket.socket) -> tuple[dict, int]:
    fds = array.array("i")
    chunks, fd = [], None
    while True:
        data, ancillary, _, _ = conn.recvmsg(_HEADER_BYTES, socket.CMSG_SPACE(fds.itemsize))
        for level, kind, payload in ancillary:
            if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
                fds.frombytes(payload[: len(payload) - len(payload) % fds.itemsize])
                fd = fds[0]
        if not data:
            break
        chunks.append(data)
        if data.endswith(b"\n"):
            break
    if fd is None:
        raise ValueError("the launcher sent no output pipe")
    return json.loads(b"".join(chunks)), fd


def serve(listener: socket.socket, socket_path: Path, parent: int) -> int:
    # the warm-up must not slow the run's own start, which it shares the cores with
    os.nice(10)
    try:
        manifest = _warm_up(socket_path.parent)
    except Exception as exc:  # noqa: BLE001 - any failure here means: run dbt the usual way
        print(f"warm-up failed: {type(exc).__name__}: {exc}", file=sys.stderr)
        manifest = None
    listener.settimeout(1.0)
    waited = 0.0
    while True:
        try:
            conn, _ = listener.accept()
            break
        except socket.timeout:
            waited += 1.0
            if os.getppid() != parent or waited > IDLE_LIMIT_S:
                # the starter gone without its stop(), or nobody came for an hour: the folder is the
                # server's to remove (a killed test run or an interrupted schedule used to leave one each time)
                shutil.rmtree(socket_path.parent, ignore_errors=True)
                return 0
    socket_path.unlink()  # one build per server: a second launcher runs dbt itself
    listener.close()
    with conn:
        if manifest is None:
            conn.sendall(b"cold\n")
            return 0
        request, out_fd = _receive(conn)
        child = os.fork()
        if child == 0:
            code = 2
            try:
                code = _build(manifest, request, out_fd)
            finally:
                os._exit(code)
        os.close(out_fd)
        _, status = os.waitpid(child, 0)
        # only now, with the child gone and the warehouse closed, does the launcher (and the run) go on
        code = os.waitstatus_to_exitcode(status)
        conn.sendall(f"{code if code >= 0 else 2}\n".encode())  # killed by a signal: dbt failed
    return 0


if __name__ == "__main__":
    # the starter's pid comes from the starter: it may be gone before this process asks who its parent is
    sys.exit(serve(socket.socket(fileno=int(sys.argv[1])), Path(sys.argv[2]), int(sys.argv[3])))
