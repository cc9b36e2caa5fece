"""Pure parsing of OGI annual reports: text in, records out.

Nothing in this package imports Dagster or DuckDB, so the parser can be
tested on small texts and reused outside the pipeline.
"""

from orchestration.parser.records import Cell, ParseIssue, ParsedReport, ReportMetadata
from orchestration.parser.report import parse_report

__all__ = ["Cell", "ParseIssue", "ParsedReport", "ReportMetadata", "parse_report"]
