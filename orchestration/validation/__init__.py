"""Validation of the warehouse's totals (FORMS.md §5) with Great Expectations.

`frames` builds one DataFrame per rule from the marts (pandas only); `suites`
runs a Great Expectations suite over each and turns failing rows into findings.
"""
