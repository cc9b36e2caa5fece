with applicant_types as (
    select * from {{ ref('applicant_types') }}
)

select
    code as applicant_type_code,
    label_zh,
    "group" as applicant_group
from applicant_types
