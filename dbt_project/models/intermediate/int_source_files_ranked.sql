-- The newest version of each dropped file is its current one; a current
-- version with withdrawn_at set belongs to a file that left the drop folder.
with files as (
    select * from {{ ref('stg_raw__source_files') }}
),

ranked as (
    select
        *,
        row_number() over (partition by source_file order by source_version desc) = 1 as is_current,
        withdrawn_at is not null as is_withdrawn
    from files
)

select * from ranked
