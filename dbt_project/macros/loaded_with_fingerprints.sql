{#- True on an incremental run whose table already carries the columns an incremental
    model compares to tell which rows to redo (parser_version, review_digest); a table
    built before it had them is rebuilt whole, once. -#}
{% macro loaded_with_fingerprints() %}
    {%- if not is_incremental() -%}
        {{ return(false) }}
    {%- endif -%}
    {%- set loaded = adapter.get_columns_in_relation(this) | map(attribute='name') | list -%}
    {{ return('parser_version' in loaded and 'review_digest' in loaded) }}
{% endmacro %}
