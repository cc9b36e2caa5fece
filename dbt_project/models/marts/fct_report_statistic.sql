with reports as (
    select report_id, source_sha256 from {{ ref('int_reports_joined') }}
),

cells as (
    select * from {{ ref('stg_raw__statistic_cells') }}
),

final as (
    select
        reports.report_id,
        cells.indicator_code,
        cells.applicant_type_code,
        cells.value,
        cells.value_status,
        cells.raw_text,
        cells.source_line_start,
        cells.source_line_end,
        cells.extraction_method
    from cells
    inner join reports on reports.source_sha256 = cells.source_sha256
)

select * from final
