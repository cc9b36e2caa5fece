{#- Every review decision, with whether it still applies. A decision names the
    text it was made on by content hash, so a changed document leaves it stale
    rather than applied to numbers nobody looked at; a cell decision the parser
    has caught up with is redundant, and one whose cell the parser no longer
    (or now) reads is unmatched. Finding decisions are matched to the current
    findings in fct_review_decision, which run after the checks. -#}
with decisions as (
    select * from {{ ref('stg_review__decisions') }}
),

reports as (
    select report_id, source_sha256, source_file from {{ ref('int_reports_joined') }}
),

current_files as (
    select source_file, source_sha256 from {{ ref('int_source_files_ranked') }}
    where is_current and not is_withdrawn
),

cells as (
    select source_sha256, indicator_code, applicant_type_code, value, value_status
    from {{ ref('stg_raw__statistic_cells') }}
    where source_sha256 in (select source_sha256 from decisions)
),

joined as (
    select
        decisions.*,
        reports.report_id,
        current_files.source_sha256 as current_sha256_of_file,
        cells.indicator_code is not null as parser_reads_cell,
        cells.value as parsed_value,
        cells.value_status as parsed_value_status,
        decisions.decision in ('correct', 'add', 'drop') as is_cell_decision
    from decisions
    left join reports on reports.source_sha256 = decisions.source_sha256
    left join current_files on current_files.source_file = decisions.decided_source_file
    left join cells
        on decisions.decision in ('correct', 'add', 'drop')
        and cells.source_sha256 = decisions.source_sha256
        and cells.indicator_code = decisions.indicator_code
        and cells.applicant_type_code is not distinct from decisions.applicant_type_code
),

assessed as (
    select
        *,
        case
            when problem is not null then 'invalid'
            when report_id is null then 'stale'
            when not is_cell_decision then 'applied'
            when decision = 'drop' then case when parser_reads_cell then 'applied' else 'redundant' end
            when parser_reads_cell
                and parsed_value_status = decided_value_status
                and parsed_value is not distinct from decided_value then 'redundant'
            when decision = 'correct' and not parser_reads_cell then 'unmatched'
            when decision = 'add' and parser_reads_cell then 'unmatched'
            else 'applied'
        end as state
    from joined
)

select
    *,
    case state
        when 'invalid' then problem
        when 'stale' then case
            when current_sha256_of_file is not null then
                'the document ' || decided_source_file || ' has changed (now sha256 '
                || left(current_sha256_of_file, 12) || '…, decided on ' || left(source_sha256, 12)
                || '…): check the page again and record a new decision'
            else 'no current document has the content it was decided on (sha256 ' || left(source_sha256, 12)
                || '…): the file was changed, withdrawn or never dropped'
            end
        when 'redundant' then case decision
            when 'drop' then 'the parser no longer reads this cell'
            else 'the parser now reads this cell as decided'
            end
        when 'unmatched' then case decision
            when 'correct' then 'the parser no longer reads this cell; record an add decision to set it'
            else 'the parser now reads this cell (as ' || coalesce(cast(parsed_value as varchar), parsed_value_status)
                || '); record a correct decision if that is wrong'
            end
    end as state_reason
from assessed
