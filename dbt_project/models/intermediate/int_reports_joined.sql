{#- A table, unlike the other intermediate models: every mart and several
    tests read it (about ten reads in a one-report build), and as a view each
    read ranked the files and hashed two ids for every report again. -#}
{{ config(materialized='table') }}

-- Current, present, readable files joined with what the parser read from them.
-- A withdrawn file is left out, as a clean run on the folder without it would.
with current_files as (
    select * from {{ ref('int_source_files_ranked') }}
    where is_current and read_status = 'ok' and not is_withdrawn
),

-- The same text dropped under several names is one report, read, counted and
-- checked once; it goes by the first of its paths, and lists them all.
texts as (
    select
        source_sha256,
        min(source_file) as source_file,
        list(source_file order by source_file) as source_files,
        count(*) as source_file_count
    from current_files
    group by source_sha256
),

reports as (
    select * from {{ ref('stg_raw__reports') }}
    where parse_error is null
),

joined as (
    select
        substr(sha256(current_files.source_file || ':' || current_files.source_sha256), 1, 16) as report_id,
        current_files.source_file,
        current_files.source_version,
        current_files.source_sha256,
        current_files.first_seen_at,
        texts.source_files,
        texts.source_file_count,
        reports.agency_name,
        reports.province,
        reports.city,
        reports.county,
        reports.division_code,
        reports.admin_level,
        reports.agency_kind,
        substr(sha256(coalesce(reports.division_code, '') || '|' || coalesce(reports.agency_name, '(unknown agency)')), 1, 16)
            as agency_id,
        reports.report_year,
        reports.form,
        reports.published_on,
        reports.title,
        reports.rendering,
        reports.parser_version
    from current_files
    inner join texts
        on texts.source_sha256 = current_files.source_sha256 and texts.source_file = current_files.source_file
    inner join reports on reports.source_sha256 = current_files.source_sha256
)

select * from joined
