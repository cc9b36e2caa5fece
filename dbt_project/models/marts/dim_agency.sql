-- An agency is its name within its division; its newest report's spelling of
-- place wins (newest by what the files say, not by when they arrived).
with reports as (
    select * from {{ ref('int_reports_joined') }}
),

final as (
    select
        agency_id,
        coalesce(agency_name, '(unknown agency)') as agency_name,
        province,
        city,
        county,
        admin_level,
        agency_kind,
        division_code
    from reports
    qualify row_number() over (
        partition by agency_id
        order by report_year desc nulls last, published_on desc nulls last, source_file desc, report_id) = 1
)

select * from final
