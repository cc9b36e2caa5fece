with source as (
    select * from {{ source('raw', 'source_files') }}
),

renamed as (
    select
        path as source_file,
        version as source_version,
        sha256 as source_sha256,
        size_bytes,
        first_seen_at,
        encoding,
        read_status,
        read_error,
        mtime_ns as source_mtime_ns,
        withdrawn_at
    from source
)

select * from renamed
