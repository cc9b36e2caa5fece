-- The newest version of each dropped file is its current one.
with files as (
    select * from {{ ref('stg_raw__source_files') }}
),

ranked as (
    select
        *,
        row_number() over (partition by source_file order by source_version desc) = 1 as is_current
    from files
)

select * from ranked
