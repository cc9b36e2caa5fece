"""Review decisions: what people read on the page, kept as CSV files beside the drop.

`decisions` reads and checks the files (pure Python, no Dagster, no DuckDB);
the review asset loads them into review.decisions and dbt applies them;
`commands` is `ogi review …`.
"""
