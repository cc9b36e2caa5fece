"""A daily run, for drops the sensor is not watching."""

import dagster as dg

from orchestration.jobs import pipeline_job

daily_schedule = dg.ScheduleDefinition(
    name="daily_pipeline",
    job=pipeline_job,
    cron_schedule="0 6 * * *",
    default_status=dg.DefaultScheduleStatus.STOPPED,
    description="Runs the pipeline every day at 06:00; it reads only what changed since the last run.",
)
