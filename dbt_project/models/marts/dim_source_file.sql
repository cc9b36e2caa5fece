-- Every dropped file's current version, including the ones that could not be read.
with files as (
    select * from {{ ref('int_source_files_ranked') }}
    where is_current
)

select
    source_file,
    source_version,
    source_sha256,
    size_bytes,
    first_seen_at,
    encoding,
    read_status,
    read_error
from files
