{#- The largest table by far (about 200 cells per 2021-form report), so it is
    built incrementally: a report's cells change only when its file's text,
    the parser version or the review decisions applied to it change, and each
    gives the report new rows here. Reports the table lacks or holds from
    another parser version or review digest are (re)inserted; then every row
    not of a current report as its current parser version and decisions made
    it (superseded, withdrawn, re-parsed into fewer cells) is deleted, so the
    table always equals a full rebuild. -#}
{{ config(
    materialized='incremental',
    unique_key='report_id',
    incremental_strategy='delete+insert',
    on_schema_change='append_new_columns',
    post_hook="""
        delete from {{ this }} as loaded where not exists (
            select 1 from {{ ref('int_reports_joined') }} as current_reports
            left join {{ ref('int_review_digests_grouped') }} as digests
                on digests.source_sha256 = current_reports.source_sha256
            where current_reports.report_id = loaded.report_id
              and current_reports.parser_version = loaded.parser_version
              and digests.review_digest is not distinct from loaded.review_digest)"""
) }}

{%- set compare_loaded = loaded_with_fingerprints() %}

with
{%- if compare_loaded %}
loaded as (
    -- a report's key once, not once per cell: matching 100,000 keys instead of
    -- 14 M cells took this step from 2.4 s to 0.3 s at 100,000 reports
    select distinct report_id, parser_version, review_digest from {{ this }}
),
{%- endif %}

review_digests as (
    select * from {{ ref('int_review_digests_grouped') }}
),

reports as (
    select current_reports.report_id, current_reports.source_sha256, current_reports.parser_version,
           review_digests.review_digest
    from {{ ref('int_reports_joined') }} as current_reports
    left join review_digests on review_digests.source_sha256 = current_reports.source_sha256
    {%- if compare_loaded %}
    anti join loaded
        on loaded.report_id = current_reports.report_id
        and loaded.parser_version = current_reports.parser_version
        and loaded.review_digest is not distinct from review_digests.review_digest
    {%- endif %}
),

cells as (
    select * from {{ ref('int_statistic_cells_reviewed') }}
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
        cells.extraction_method,
        reports.parser_version,
        cells.source_page,
        cells.source_bbox,
        cells.parsed_value,
        cells.parsed_value_status,
        cells.value_source,
        cells.review_location,
        reports.review_digest
    from cells
    inner join reports on reports.source_sha256 = cells.source_sha256
)

select * from final
