with source as (
    select * from {{ source('review', 'decisions') }}
),

renamed as (
    select
        review_file,
        review_line,
        review_file || ':' || review_line as review_location,
        kind as decision,
        sha256 as source_sha256,
        nullif(source_file, '') as decided_source_file,
        nullif(indicator_code, '') as indicator_code,
        nullif(applicant_type, '') as applicant_type_code,
        nullif(rule_id, '') as rule_id,
        try_cast(nullif(value, '') as decimal(18, 4)) as decided_value,
        -- a value on its own is a reported value
        case
            when nullif(value_status, '') is not null then value_status
            when nullif(value, '') is not null then 'reported'
        end as decided_value_status,
        reviewer,
        try_cast(decided_on as date) as decided_on,
        reason,
        problem
    from source
)

select * from renamed
