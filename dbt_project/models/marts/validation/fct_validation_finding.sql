-- Findings of the current reports only: a superseded version's findings stay
-- in the raw results table but are not shown. Each names its file and lines,
-- so a reader can check it against the printed report.
with findings as (
    select * from {{ ref('stg_validation__findings') }}
),

reports as (
    select report_id, source_file, agency_id, report_year, form from {{ ref('dim_report') }}
),

agencies as (
    select agency_id, agency_name from {{ ref('dim_agency') }}
)

select
    findings.report_id,
    findings.rule_id,
    findings.indicator_code,
    findings.applicant_type_code,
    findings.expected_value,
    findings.actual_value,
    findings.severity,
    findings.message,
    findings.checked_at,
    findings.finding_kind,
    findings.operands,
    findings.source_line_start,
    findings.source_line_end,
    reports.source_file,
    reports.agency_id,
    agencies.agency_name,
    reports.report_year,
    reports.form
from findings
inner join reports on reports.report_id = findings.report_id
left join agencies on agencies.agency_id = reports.agency_id
