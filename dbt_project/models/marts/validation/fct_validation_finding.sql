-- Findings of the current reports only: a superseded version's findings stay
-- in the raw results table but are not shown. Each names its file and lines,
-- so a reader can check it against the printed report, and carries what a
-- reviewer decided about it (review_status 'open' until someone does).
with findings as (
    select * from {{ ref('stg_validation__findings') }}
),

reports as (
    select report_id, source_file, source_sha256, agency_id, report_year, form from {{ ref('dim_report') }}
),

agencies as (
    select agency_id, agency_name from {{ ref('dim_agency') }}
),

-- a decision names the document by content, the finding by rule and cell
decisions as (
    select * from {{ ref('int_review_decisions_assessed') }}
    where not is_cell_decision and state = 'applied'
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
    reports.form,
    case decisions.decision
        when 'confirm' then 'confirmed'
        when 'dismiss' then 'dismissed'
        when 'extraction' then 'extraction'
        else 'open'
    end as review_status,
    decisions.reviewer as reviewed_by,
    decisions.decided_on as reviewed_on,
    decisions.reason as review_reason,
    decisions.review_location
from findings
inner join reports on reports.report_id = findings.report_id
left join agencies on agencies.agency_id = reports.agency_id
left join decisions
    on decisions.source_sha256 = reports.source_sha256
    and decisions.rule_id = findings.rule_id
    and decisions.indicator_code is not distinct from findings.indicator_code
    and decisions.applicant_type_code is not distinct from findings.applicant_type_code
