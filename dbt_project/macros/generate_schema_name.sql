{#- Use the folder's schema name as it is (marts, staging, …), not target_schema + '_' + name,
    so users query marts.fct_report_statistic. -#}
{% macro generate_schema_name(custom_schema_name, node) -%}
    {%- if custom_schema_name is none -%}{{ target.schema }}{%- else -%}{{ custom_schema_name | trim }}{%- endif -%}
{%- endmacro %}
