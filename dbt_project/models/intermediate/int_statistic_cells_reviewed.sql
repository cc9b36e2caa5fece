{#- The parsed cells with the review's applied decisions: a corrected cell
    keeps what was parsed beside the value in force, a dropped cell leaves,
    an added cell joins with no line of its own. -#}
with cells as (
    select * from {{ ref('stg_raw__statistic_cells') }}
),

decisions as (
    select * from {{ ref('int_review_decisions_assessed') }}
    where is_cell_decision and state = 'applied'
),

parsed as (
    select
        cells.source_sha256,
        cells.indicator_code,
        cells.applicant_type_code,
        case when decisions.decision = 'correct' then decisions.decided_value else cells.value end as value,
        case when decisions.decision = 'correct' then decisions.decided_value_status else cells.value_status end
            as value_status,
        cells.value as parsed_value,
        cells.value_status as parsed_value_status,
        case when decisions.decision = 'correct' then 'corrected' else 'parsed' end as value_source,
        decisions.review_location,
        cells.raw_text,
        cells.source_line_start,
        cells.source_line_end,
        cells.extraction_method,
        cells.source_page,
        cells.source_bbox
    from cells
    left join decisions
        on decisions.source_sha256 = cells.source_sha256
        and decisions.indicator_code = cells.indicator_code
        and decisions.applicant_type_code is not distinct from cells.applicant_type_code
    where decisions.decision is distinct from 'drop'
),

added as (
    select
        source_sha256,
        indicator_code,
        applicant_type_code,
        decided_value as value,
        decided_value_status as value_status,
        cast(null as decimal(18, 4)) as parsed_value,
        cast(null as varchar) as parsed_value_status,
        'added' as value_source,
        review_location,
        cast(null as varchar) as raw_text,
        cast(null as integer) as source_line_start,
        cast(null as integer) as source_line_end,
        -- the forms' prose metrics are the prose.* codes (FORMS.md §2)
        case when indicator_code like 'prose.%' then 'prose' else 'table' end as extraction_method,
        cast(null as integer) as source_page,
        cast(null as varchar) as source_bbox
    from decisions
    where decision = 'add'
)

select * from parsed
union all
select * from added
