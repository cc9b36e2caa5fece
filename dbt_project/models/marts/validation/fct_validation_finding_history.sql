-- Every finding ever written, current or not: history_state 'current' (in
-- fct_validation_finding), 'resolved' (its report is current but the rule no
-- longer fails there; resolved_by 'correction' when review decisions changed
-- that report's cells, else 'rerun') or 'superseded' (its report's file has
-- changed or left the drop). A finding fixed by a correction leaves the open
-- list but stays here, with review_status 'extraction'.
with current_findings as (
    select
        {{ finding_key() }} as finding_key,
        *
    from {{ ref('fct_validation_finding') }}
),

archived as (
    select * from {{ ref('int_findings_archived') }}
    where finding_key not in (select finding_key from current_findings)
),

current_reports as (
    select report_id from {{ ref('dim_report') }}
),

corrected_reports as (
    select distinct report_id from {{ ref('int_review_decisions_assessed') }}
    where is_cell_decision and state = 'applied'
)

select
    finding_key, report_id, source_file, rule_id, indicator_code, applicant_type_code, finding_kind, severity,
    expected_value, actual_value, message, operands, source_line_start, source_line_end,
    checked_at as last_checked_at,
    'current' as history_state,
    cast(null as varchar) as resolved_by,
    review_status,
    reviewed_by,
    review_reason
from current_findings

union all

select
    archived.finding_key, archived.report_id, archived.source_file, archived.rule_id, archived.indicator_code,
    archived.applicant_type_code, archived.finding_kind, archived.severity, archived.expected_value,
    archived.actual_value, archived.message, archived.operands, archived.source_line_start, archived.source_line_end,
    archived.last_checked_at,
    case when current_reports.report_id is null then 'superseded' else 'resolved' end as history_state,
    case
        when current_reports.report_id is null then null
        when corrected_reports.report_id is not null then 'correction'
        else 'rerun'
    end as resolved_by,
    case when current_reports.report_id is not null and corrected_reports.report_id is not null
        then 'extraction' end as review_status,
    cast(null as varchar) as reviewed_by,
    cast(null as varchar) as review_reason
from archived
left join current_reports on current_reports.report_id = archived.report_id
left join corrected_reports on corrected_reports.report_id = archived.report_id
