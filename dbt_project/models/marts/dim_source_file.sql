-- Every dropped file's current version, including the ones that could not be
-- read and the ones withdrawn from the folder (their history stays in raw).
with files as (
    select * from {{ ref('int_source_files_ranked') }}
    where is_current
),

reports as (
    select source_sha256, parse_error from {{ ref('stg_raw__reports') }}
)

select
    files.source_file,
    files.source_version,
    files.source_sha256,
    files.size_bytes,
    files.first_seen_at,
    files.encoding,
    -- a text the parser gave up on within its time limit (OGI_PARSE_TIMEOUT) shows as too_slow
    case when reports.parse_error like 'too_slow:%' then 'too_slow' else files.read_status end as read_status,
    files.read_error,
    files.is_withdrawn,
    files.withdrawn_at,
    reports.parse_error
from files
left join reports on reports.source_sha256 = files.source_sha256 and files.read_status = 'ok'
