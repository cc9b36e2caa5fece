"""Start a run when files in the drop folder are added, changed or removed."""

from __future__ import annotations

import hashlib

import dagster as dg

from orchestration import settings
from orchestration.jobs import pipeline_job


def drop_folder_fingerprint() -> str:
    """A digest of every file's path, size and modification time (no file is read)."""
    digest = hashlib.sha256()
    root = settings.raw_dir()
    if root.is_dir():
        for path in sorted(root.rglob("*")):
            if path.is_file():
                stat = path.stat()
                digest.update(f"{path.relative_to(root)}\0{stat.st_size}\0{stat.st_mtime_ns}\n".encode())
    return digest.hexdigest()


@dg.sensor(job=pipeline_job, minimum_interval_seconds=60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Runs the pipeline when the drop folder changes.")
def drop_folder_sensor(context: dg.SensorEvaluationContext):
    fingerprint = drop_folder_fingerprint()
    if fingerprint == context.cursor:
        return dg.SkipReason("drop folder unchanged")
    context.update_cursor(fingerprint)
    # one run for the whole change, however many files it has
    return dg.RunRequest(run_key=fingerprint)
