with source as (
    select * from {{ source('validation', 'findings_archive') }}
),

renamed as (
    select
        report_id,
        rule_id,
        indicator_code,
        applicant_type_code,
        finding_kind,
        severity,
        expected_value,
        actual_value,
        message,
        operands,
        source_line_start,
        source_line_end,
        first_checked_at,
        last_checked_at
    from source
)

select * from renamed
