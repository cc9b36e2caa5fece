{#- No dbt packages can be installed here, so the one generic test we need
    beyond dbt's built-ins lives in the project: the columns together form a
    key (nulls compare equal). -#}
{% test unique_combination(model, columns) %}
select {{ columns | join(', ') }}, count(*) as n
from {{ model }}
group by all
having count(*) > 1
{% endtest %}
