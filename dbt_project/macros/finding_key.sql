{#- A finding's identity across runs: its report, rule, cell and kind (its values may change). -#}
{% macro finding_key(relation) -%}
    md5(concat_ws('|', {{ relation }}.report_id, {{ relation }}.rule_id, coalesce({{ relation }}.indicator_code, ''),
                  coalesce({{ relation }}.applicant_type_code, ''), {{ relation }}.finding_kind))
{%- endmacro %}
