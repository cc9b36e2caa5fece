-- Findings of the current reports only: a superseded version's findings stay
-- in the raw results table but are not shown.
with findings as (
    select * from {{ ref('stg_validation__findings') }}
),

reports as (
    select report_id from {{ ref('dim_report') }}
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
    findings.checked_at
from findings
inner join reports on reports.report_id = findings.report_id
