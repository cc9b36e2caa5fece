{#- The harmonized metrics of FORMS.md §2, one row per agency and year: the
    statistics table's figure where the report prints one, else the prose figure. -#}
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
chosen as (
    select report_id, agency_id, report_year, form
    from reports
    qualify row_number() over (
        partition by agency_id, report_year
        order by published_on desc nulls last, source_file desc, report_id) = 1
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
