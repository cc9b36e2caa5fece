{#- Every finding the checks have ever written, kept after it leaves
    validation.findings (fixed by a correction, a new parser or a changed
    document). dbt builds this before the checks of the same run replace the
    findings, so it takes in the previous run's findings; with the findings
    of this run (fct_validation_finding) it is the whole history, which
    fct_validation_finding_history shows. -#}
{{ config(materialized='incremental', unique_key='finding_key', incremental_strategy='delete+insert') }}

with findings as (
    select
        {{ finding_key() }} as finding_key,
        *
    from {{ ref('stg_validation__findings') }}
),

-- every file version ever dropped, so a superseded report keeps its file name
report_files as (
    select
        substr(sha256(source_file || ':' || source_sha256), 1, 16) as report_id,
        min(source_file) as source_file,
        min(source_sha256) as source_sha256
    from {{ ref('stg_raw__source_files') }}
    group by 1
)

select
    findings.finding_key,
    findings.report_id,
    report_files.source_file,
    report_files.source_sha256,
    findings.rule_id,
    findings.indicator_code,
    findings.applicant_type_code,
    findings.finding_kind,
    findings.severity,
    findings.expected_value,
    findings.actual_value,
    findings.message,
    findings.operands,
    findings.source_line_start,
    findings.source_line_end,
    {% if is_incremental() -%}
    coalesce(
        (select min(archived.first_checked_at) from {{ this }} as archived
         where archived.finding_key = findings.finding_key),
        findings.checked_at) as first_checked_at,
    {%- else -%}
    findings.checked_at as first_checked_at,
    {%- endif %}
    findings.checked_at as last_checked_at
from findings
left join report_files on report_files.report_id = findings.report_id
