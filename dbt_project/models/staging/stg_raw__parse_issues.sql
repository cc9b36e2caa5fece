with source as (
    select * from {{ source('raw', 'parse_issues') }}
),

renamed as (
    select
        sha256 as source_sha256,
        kind as issue_kind,
        line as source_line,
        label as printed_label,
        message
    from source
)

select * from renamed
