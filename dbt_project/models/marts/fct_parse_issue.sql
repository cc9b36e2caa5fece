with reports as (
    select report_id, source_file, source_sha256 from {{ ref('int_reports_joined') }}
),

issues as (
    select * from {{ ref('stg_raw__parse_issues') }}
),

final as (
    select
        reports.report_id,
        reports.source_file,
        issues.source_line,
        issues.issue_kind,
        issues.printed_label,
        issues.message
    from issues
    inner join reports on reports.source_sha256 = issues.source_sha256
)

select * from final
