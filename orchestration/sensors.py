"""Start one run when the drop folder has changed and then stopped changing.

A national drop arrives over minutes or hours. Requesting a run on every
change would start a run per tick while files are still being copied; the
sensor instead waits until two consecutive ticks see the same folder, then
requests a single run for everything that changed. The run itself reads
only what is new, so a drop of 50,000 files is one run.
"""

import hashlib
import json

import dagster as dg

from orchestration import settings
from orchestration.drops import fingerprint, scan_drop
from orchestration.jobs import pipeline_job
from orchestration.resources import DropFolder


def drop_folder_fingerprint(drop_folder: DropFolder) -> str:
    """A digest of every file's path, size and modification time (no file is read), the review
    folder's included: a reviewer's new decision needs a run as much as a new report does."""
    root = drop_folder.resolved()
    drop = fingerprint(scan_drop(root) if root.is_dir() else [])
    review = settings.review_dir(root)
    if not review.is_dir():
        return drop
    return hashlib.sha256(f"{drop}\n{fingerprint(scan_drop(review))}".encode()).hexdigest()


def _read_cursor(cursor: str | None) -> dict:
    if not cursor:
        return {}
    try:
        return json.loads(cursor)
    except ValueError:  # the cursor of earlier versions: the fingerprint of the last request
        return {"requested": cursor, "seen": cursor, "requests": 0}


@dg.sensor(job=pipeline_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Runs the pipeline once a change to the drop folder (or the review folder) has settled "
                       "(same files on two ticks).")
def drop_folder_sensor(context: dg.SensorEvaluationContext, drop_folder: DropFolder):
    # the folder the job's runs read: the `drop_folder` resource, as the Definitions configure it
    state = _read_cursor(context.cursor)
    now = drop_folder_fingerprint(drop_folder)
    if now == state.get("requested"):
        if state.get("seen") != now:
            context.update_cursor(json.dumps({**state, "seen": now}))
        return dg.SkipReason("drop folder unchanged since the last run request")
    if now != state.get("seen"):
        context.update_cursor(json.dumps({**state, "seen": now}))
        return dg.SkipReason("drop folder changed; waiting for it to settle before requesting a run")
    requests = state.get("requests", 0) + 1
    context.update_cursor(json.dumps({"seen": now, "requested": now, "requests": requests}))
    # One run for the whole change, however many files it has. The key counts
    # requests: a folder that returns to an earlier state (a file removed, then
    # put back) needs a run again, which a key made of the fingerprint alone
    # would have Dagster skip as already done.
    return dg.RunRequest(run_key=f"drop-{requests}-{now[:16]}")
