"""Benchmarks: a synthetic corpus generator, the floor baseline and `make bench`.

Nothing here is imported by the pipeline; it only drives it from outside.
"""
