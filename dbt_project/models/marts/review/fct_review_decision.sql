-- Every row of the review folder and what became of it: applied, stale (its
-- document changed), redundant (the parser now agrees, or the finding is
-- gone), unmatched (its cell is not where it was decided) or invalid (the
-- row itself is wrong: problem says why, with file and line). A view: finding
-- decisions are matched to the findings the checks wrote after dbt ran.
with decisions as (
    select * from {{ ref('int_review_decisions_assessed') }}
),

findings as (
    select distinct report_id, rule_id, indicator_code, applicant_type_code
    from {{ ref('stg_validation__findings') }}
),

matched as (
    select
        decisions.*,
        exists (
            select 1 from findings
            where findings.report_id = decisions.report_id
              and findings.rule_id = decisions.rule_id
              and findings.indicator_code is not distinct from decisions.indicator_code
              and findings.applicant_type_code is not distinct from decisions.applicant_type_code
        ) as finding_exists
    from decisions
)

select
    review_file,
    review_line,
    review_location,
    decision,
    source_sha256,
    decided_source_file as source_file,
    report_id,
    indicator_code,
    applicant_type_code,
    rule_id,
    decided_value,
    decided_value_status,
    parsed_value,
    parsed_value_status,
    reviewer,
    decided_on,
    reason,
    case when state = 'applied' and not is_cell_decision and not finding_exists then 'redundant' else state end
        as state,
    case
        when state = 'applied' and not is_cell_decision and not finding_exists
            then 'no current finding of ' || rule_id || ' on this cell: it was resolved'
        else state_reason
    end as state_reason
from matched
