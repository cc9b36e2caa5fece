"""The records a parsed report yields (plain dataclasses, no framework types)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal

# value_status values, FORMS.md §3
REPORTED = "reported"
BLANK = "blank"
NOT_APPLICABLE = "not_applicable"
UNREADABLE = "unreadable"


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which made building a report's
# cells (about 200 a table report) 5 % of a parse's instructions; nothing changes a cell once the parser has
# made it but the last step, which moves it to its source lines.
@dataclass(slots=True)
class Cell:
    code: str
    applicant_type: str | None
    value: Decimal | None
    value_status: str
    raw_text: str
    line_start: int
    line_end: int
    extraction_method: str  # "table" or "prose"


@dataclass(frozen=True)
class ParseIssue:
    kind: str  # unknown_label, ambiguous_row, duplicate_cell, ...
    line: int
    label: str
    message: str
    line_end: int | None = None  # the row's last line, when it spans several


@dataclass
class ReportMetadata:
    agency: str | None = None
    province: str | None = None
    city: str | None = None
    county: str | None = None
    division_code: str | None = None
    admin_level: str | None = None  # of the government the agency is or belongs to
    agency_kind: str | None = None  # government or department
    report_year: int | None = None
    form: str = "narrative"
    published_on: dt.date | None = None
    title: str | None = None
    rendering: str = "text"  # how the tables arrived: tab, markdown, pipe_cell, pdf, html, traditional+…


@dataclass
class ParsedReport:
    metadata: ReportMetadata
    cells: list[Cell] = field(default_factory=list)
    issues: list[ParseIssue] = field(default_factory=list)
