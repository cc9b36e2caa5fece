-- One digest per document of the cell decisions applied to it: the
-- incremental fct_report_statistic reloads a report when its digest changes.
-- A document without decisions has no row (its digest is null).
select
    source_sha256,
    md5(string_agg(concat_ws('|', decision, indicator_code, applicant_type_code, cast(decided_value as varchar),
                             decided_value_status, review_location), ';'
                   order by indicator_code, applicant_type_code)) as review_digest
from {{ ref('int_review_decisions_assessed') }}
where is_cell_decision and state = 'applied'
group by source_sha256
