{#- The harmonized metrics of FORMS.md §2, one row per agency and year: the
    statistics table's figure where the report prints one, else the prose figure.

    Built incrementally, as fct_report_statistic is: a row changes only when the
    report chosen for its agency and year changes, or that report's cells do (its
    parser version or review digest). Rebuilding every row read the metric cells
    of every report, 2.4-4.4 s of a one-report run at 100,000 reports. Rows whose
    agency and year no longer have a report are deleted after, so the table always
    equals a full rebuild; an update of this SQL or of the indicators seed rebuilds
    it whole (the dbt step passes --full-refresh when the project changed). -#}
{{ config(
    materialized='incremental',
    unique_key=['agency_id', 'report_year'],
    incremental_strategy='delete+insert',
    on_schema_change='append_new_columns',
    post_hook="""
        delete from {{ this }} as loaded where not exists (
            select 1 from {{ ref('int_reports_joined') }} as current_reports
            where current_reports.agency_id = loaded.agency_id
              and current_reports.report_year = loaded.report_year)"""
) }}

{%- set compare_loaded = loaded_with_fingerprints() %}
{%- set metrics = [
    'proactive_disclosed', 'applications_received', 'applications_carried_over',
    'applications_granted', 'applications_partially_granted', 'applications_denied',
    'review_cases', 'litigation_cases', 'fees_10k_yuan', 'staff'] -%}
{#- 2019/2021: litigation is 未经复议直接起诉 总计 + 复议后起诉 总计 -#}
{%- set litigation_parts = [
    '2019.t4.litigation_direct.total', '2019.t4.litigation_after_review.total',
    '2021.t4.litigation_direct.total', '2021.t4.litigation_after_review.total'] -%}

with reports as (
    select * from {{ ref('int_reports_joined') }}
    where report_year is not null
),

-- an agency's latest published report for a year stands for that year; the
-- order uses only what the files say, so an incremental run picks the report
-- a clean run would, whatever order the files arrived in
ranked as (
    select report_id, agency_id, report_year, form, source_sha256, parser_version
    from reports
    qualify row_number() over (
        partition by agency_id, report_year
        order by published_on desc nulls last, source_file desc, report_id) = 1
),

review_digests as (
    select * from {{ ref('int_review_digests_grouped') }}
),

-- the agencies and years to (re)build: on an incremental run, those whose chosen
-- report, its parser version or its review digest differ from the row loaded
chosen as (
    select ranked.report_id, ranked.agency_id, ranked.report_year, ranked.form, ranked.parser_version,
           review_digests.review_digest
    from ranked
    left join review_digests on review_digests.source_sha256 = ranked.source_sha256
    {%- if compare_loaded %}
    anti join {{ this }} as loaded
        on loaded.agency_id = ranked.agency_id
        and loaded.report_year = ranked.report_year
        and loaded.report_id = ranked.report_id
        and loaded.parser_version = ranked.parser_version
        and loaded.review_digest is not distinct from review_digests.review_digest
    {%- endif %}
),

indicators as (
    select * from {{ ref('indicators') }}
),

-- only the cells a metric can come from, a few of a report's ~140: reading
-- every cell made this model 3.8 s of a one-report run at 100,000 reports
cells as (
    select report_id, indicator_code, applicant_type_code, extraction_method, value
    from {{ ref('fct_report_statistic') }}
    where value_status = 'reported'
      and report_id in (select report_id from chosen)
      and (extraction_method = 'prose'
           or indicator_code in (select code from indicators where harmonized_metric is not null)
           or indicator_code in ('{{ litigation_parts | join("', '") }}'))
),

table_values as (
    select cells.report_id, indicators.harmonized_metric as metric, cells.value
    from cells
    inner join indicators on indicators.code = cells.indicator_code
    where cells.extraction_method = 'table'
      and indicators.harmonized_metric is not null
      and coalesce(cells.applicant_type_code, 'total') = 'total'

    union all

    -- litigation, when both of its parts are printed
    select report_id, 'litigation_cases', sum(value)
    from cells
    where indicator_code in ('{{ litigation_parts | join("', '") }}')
    group by report_id
    having count(*) = 2
),

prose_values as (
    select report_id, replace(indicator_code, 'prose.', '') as metric, value
    from cells
    where extraction_method = 'prose'
),

per_metric as (
    select
        coalesce(t.report_id, p.report_id) as report_id,
        coalesce(t.metric, p.metric) as metric,
        coalesce(t.value, p.value) as value,
        case when t.value is not null then 'table' else 'prose' end as value_source
    from table_values as t
    full outer join prose_values as p
        on t.report_id = p.report_id and t.metric = p.metric
),

final as (
    select
        chosen.agency_id,
        chosen.report_year,
        chosen.report_id,
        chosen.form,
        chosen.parser_version,
        chosen.review_digest,
        {%- for m in metrics %}
        max(per_metric.value) filter (where per_metric.metric = '{{ m }}') as {{ m }},
        max(per_metric.value_source) filter (where per_metric.metric = '{{ m }}') as {{ m }}_source,
        {%- endfor %}
        case
            when count(per_metric.metric) = 0 then null
            when bool_and(per_metric.value_source = 'table') then 'table'
            when bool_and(per_metric.value_source = 'prose') then 'prose'
            else 'table and prose'
        end as metrics_source
    from chosen
    left join per_metric on per_metric.report_id = chosen.report_id
    group by all
)

select * from final
