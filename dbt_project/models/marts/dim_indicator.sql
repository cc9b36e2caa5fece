with indicators as (
    select * from {{ ref('indicators') }}
)

select
    code as indicator_code,
    code,
    form,
    "table",
    label_zh,
    parent_code,
    unit,
    equals_sum_of_children,
    by_applicant_type,
    harmonized_metric
from indicators
