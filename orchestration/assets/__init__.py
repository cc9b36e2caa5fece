"""Dagster assets: thin wrappers that read, call the pure code, and write."""
