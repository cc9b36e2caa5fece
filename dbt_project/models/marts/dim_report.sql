with reports as (
    select * from {{ ref('int_reports_joined') }}
),

final as (
    select
        report_id,
        source_file,
        source_sha256,
        source_files,
        source_file_count,
        agency_id,
        report_year,
        form,
        published_on,
        title,
        rendering,
        source_version,
        first_seen_at,
        parser_version
    from reports
)

select * from final
