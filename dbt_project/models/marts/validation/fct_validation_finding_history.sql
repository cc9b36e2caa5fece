-- Every finding the checks have written (validation.findings_archive, kept by
-- the checks step), current or not: history_state 'current' (in
-- fct_validation_finding), 'resolved' (its report is current but the rule no
-- longer fails there; resolved_by 'correction' when review decisions changed
-- that report's cells, else 'rerun') or 'superseded' (its report's file has
-- changed or left the drop). A finding fixed by a correction leaves the open
-- list but stays here, with review_status 'extraction'.
with archived as (
    select * from {{ ref('stg_validation__archived_findings') }}
),

current_findings as (
    select * from {{ ref('fct_validation_finding') }}
),

current_reports as (
    select report_id from {{ ref('dim_report') }}
),

corrected_reports as (
    select distinct report_id from {{ ref('int_review_decisions_assessed') }}
    where is_cell_decision and state = 'applied'
),

-- every file version ever dropped, so a superseded report keeps its file name
report_files as (
    select substr(sha256(source_file || ':' || source_sha256), 1, 16) as report_id, min(source_file) as source_file
    from {{ ref('stg_raw__source_files') }}
    group by 1
)

select
    {{ finding_key('archived') }} as finding_key,
    archived.report_id,
    report_files.source_file,
    archived.rule_id,
    archived.indicator_code,
    archived.applicant_type_code,
    archived.finding_kind,
    archived.severity,
    archived.expected_value,
    archived.actual_value,
    archived.message,
    archived.operands,
    archived.source_line_start,
    archived.source_line_end,
    archived.first_checked_at,
    archived.last_checked_at,
    case
        when current_findings.report_id is not null then 'current'
        when current_reports.report_id is null then 'superseded'
        else 'resolved'
    end as history_state,
    case
        when current_findings.report_id is not null or current_reports.report_id is null then null
        when corrected_reports.report_id is not null then 'correction'
        else 'rerun'
    end as resolved_by,
    case
        when current_findings.report_id is not null then current_findings.review_status
        when current_reports.report_id is not null and corrected_reports.report_id is not null then 'extraction'
    end as review_status,
    current_findings.reviewed_by,
    current_findings.review_reason
from archived
left join current_findings
    on current_findings.report_id = archived.report_id
    and current_findings.rule_id = archived.rule_id
    and current_findings.indicator_code is not distinct from archived.indicator_code
    and current_findings.applicant_type_code is not distinct from archived.applicant_type_code
    and current_findings.finding_kind is not distinct from archived.finding_kind
left join current_reports on current_reports.report_id = archived.report_id
left join corrected_reports on corrected_reports.report_id = archived.report_id
left join report_files on report_files.report_id = archived.report_id
