with source as (
    select * from {{ source('raw', 'reports') }}
),

renamed as (
    select
        sha256 as source_sha256,
        parser_version,
        parsed_at,
        agency as agency_name,
        province,
        city,
        county,
        division_code,
        admin_level,
        report_year,
        form,
        published_on,
        title,
        rendering,
        agency_kind,
        parse_error
    from source
)

select * from renamed
