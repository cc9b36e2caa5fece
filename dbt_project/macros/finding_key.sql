{#- A finding's identity across runs: its report, rule, cell and kind (its values may change). -#}
{% macro finding_key() -%}
    md5(concat_ws('|', report_id, rule_id, coalesce(indicator_code, ''), coalesce(applicant_type_code, ''),
                  finding_kind))
{%- endmacro %}
