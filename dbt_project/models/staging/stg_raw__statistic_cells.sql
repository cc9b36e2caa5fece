with source as (
    select * from {{ source('raw', 'statistic_cells') }}
),

renamed as (
    select
        sha256 as source_sha256,
        code as indicator_code,
        applicant_type as applicant_type_code,
        value,
        value_status,
        raw_text,
        line_start as source_line_start,
        line_end as source_line_end,
        extraction_method,
        source_page,
        source_bbox
    from source
)

select * from renamed
