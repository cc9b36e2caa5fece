with source as (
    select * from {{ source('validation', 'findings') }}
),

renamed as (
    select
        report_id,
        rule_id,
        indicator_code,
        applicant_type_code,
        expected_value,
        actual_value,
        severity,
        message,
        checked_at,
        finding_kind,
        operands,
        source_line_start,
        source_line_end
    from source
)

select * from renamed
