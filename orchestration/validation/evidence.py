"""The evidence a finding carries: each operand's printed value, status and source lines.

A finding has to be checkable by hand, so it names every operand it compared
(code, applicant column, value as printed, status, line span) and, for a
rule that compares two reports, the other report's file.
"""

from __future__ import annotations

from collections import defaultdict

import json
from decimal import Decimal
from typing import Any

import pandas as pd

from orchestration.parser.metadata import find_published_on, find_title
from orchestration.parser.numbers import half_width
from orchestration.validation.frames import SCALE, Inputs

SOURCE, EXTRACTION = "source", "extraction"


def units_to_decimal(value: Any) -> Decimal | None:
    if value is None or pd.isna(value):
        return None
    return Decimal(int(value)) / SCALE


def fmt(value: Decimal | None) -> str:
    return "blank" if value is None else format(value.normalize(), "f")


def _line(value: Any) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


TEXTS_SQL = """
select r.report_id, d.text
from marts.dim_report r
join raw.documents d on d.sha256 = r.source_sha256
where r.report_id in (select unnest(?))
"""

PRINTED_SQL = """
select report_id, indicator_code, coalesce(applicant_type_code, ''), raw_text
from marts.fct_report_statistic
where report_id in (select unnest(?))
"""


# what a finding tells of each operand (operand below), and what orders and groups them
_OPERAND_COLUMNS = ("label_zh", "value_units", "value_status", "source_line_start", "source_line_end",
                    "source_page", "source_bbox", "parent_code")


class Evidence:
    """Operands of the reports that have findings, looked up by cell key."""

    def __init__(self, inputs: Inputs, report_ids: set[str]):
        self.inputs = inputs
        cells = inputs.cells[inputs.cells["report_id"].isin(report_ids)]
        self._cells = cells
        # Columns as lists, a cell by its position: the reports with findings may hold a few hundred
        # thousand cells a batch, and a dict per cell (DataFrame.to_dict) took half the rules' time.
        self._column = {name: cells[name].tolist() for name in _OPERAND_COLUMNS}
        keys = zip(cells["report_id"].tolist(), cells["indicator_code"].tolist(), cells["applicant_type_code"].tolist())
        self._by_key = {key: position for position, key in enumerate(keys)}
        # children of a parent, and the columns of a row, indexed once: findings look them
        # up one at a time, and a scan of every cell per finding is quadratic
        starts, parents = self._column["source_line_start"], self._column["parent_code"]
        ordered = sorted(self._by_key.items(), key=lambda kv: (_line(starts[kv[1]]) or 0, kv[0][1], kv[0][2]))
        self._children: dict[tuple, list[tuple]] = defaultdict(list)
        self._columns: dict[tuple, list[tuple]] = defaultdict(list)
        for key, position in ordered:
            report_id, code, applicant = key
            if isinstance(parent := parents[position], str) and parent:
                self._children[(report_id, parent, applicant)].append(key)
            if applicant not in ("", "total"):
                self._columns[(report_id, code)].append(key)
        self._printed = {(r, c, a): text for r, c, a, text in inputs.query(PRINTED_SQL, [sorted(report_ids)])}
        reports = inputs.reports[inputs.reports["report_id"].isin(report_ids)]
        self._reports = reports.set_index("report_id").to_dict("index")
        self.applicant_labels = dict(inputs.catalog.applicant_types)
        self._texts: dict[str, list[str]] | None = None

    # --- cells -----------------------------------------------------------------------
    def operand(self, report_id: str, code: str, applicant: str = "") -> dict[str, Any] | None:
        position = self._by_key.get((report_id, code, applicant))
        if position is None:
            return None
        row = {name: column[position] for name, column in self._column.items()}
        value = units_to_decimal(row["value_units"])
        return {
            "code": code, "applicant_type": applicant or None, "label": row["label_zh"],
            "value": None if value is None else format(value, "f"), "status": row["value_status"],
            "printed": self._printed.get((report_id, code, applicant)),
            "line_start": _line(row["source_line_start"]), "line_end": _line(row["source_line_end"]),
            # a PDF's cell: its page and box, so a finding can be checked on the printed page
            **({"page": int(row["source_page"]), "bbox": json.loads(row["source_bbox"])}
               if pd.notna(row["source_page"]) and row["source_bbox"] else {}),
        }

    def children(self, report_id: str, parent_code: str, applicant: str) -> list[dict[str, Any]]:
        return [self.operand(*key) for key in self._children.get((report_id, parent_code, applicant), [])]

    def row_columns(self, report_id: str, code: str) -> list[dict[str, Any]]:
        """The applicant columns of one 表三 row, 总计 excepted."""
        return [self.operand(*key) for key in self._columns.get((report_id, code), [])]

    def column_label(self, applicant: str) -> str:
        return f" [{self.applicant_labels.get(applicant, applicant)}]" if applicant else ""

    # --- reports ---------------------------------------------------------------------
    def report(self, report_id: str) -> dict[str, Any]:
        return self._reports.get(report_id, {})

    def _lines(self, report_id: str) -> list[str]:
        if self._texts is None:
            self._texts = {rid: text.split("\n") for rid, text in self.inputs.query(TEXTS_SQL, [list(self._reports)])}
        return self._texts.get(report_id, [])

    def year_line(self, report_id: str, year: int) -> int | None:
        """The title line when it names the year, else the first line that does."""
        lines = self._lines(report_id)
        title, index = find_title(lines)
        if title is not None and str(year) in title:
            return index + 1
        printed = f"{year}年"
        return next((n for n, line in enumerate(lines, 1) if printed in half_width(line)), None)

    def date_line(self, report_id: str, published_on) -> int | None:
        """The line under the signature that prints the publication date (the parser keeps the last one)."""
        lines = self._lines(report_id)
        for number in range(len(lines), 0, -1):
            if find_published_on([lines[number - 1]]) == published_on:
                return number
        return None

    def table_span(self, report_id: str) -> tuple[int | None, int | None]:
        c = self._cells
        table = c[(c["report_id"] == report_id) & (c["extraction_method"] == "table")]
        if table.empty:
            return None, None
        return int(table["source_line_start"].min()), int(table["source_line_end"].max())


def finding(rule, kind: str, report_id: str, message: str, operands: list[dict[str, Any]], *,
            indicator_code: str | None = None, applicant: str = "",
            expected: Decimal | None = None, actual: Decimal | None = None,
            severity: str | None = None) -> dict[str, Any]:
    # the line span covers this report's operands; another report's (carried_over_chain) name their file
    low, high = span([o for o in operands if o and "source_file" not in o])
    return {
        "report_id": report_id, "rule_id": rule.rule_id, "finding_kind": kind,
        "indicator_code": indicator_code, "applicant_type_code": applicant or None,
        "expected_value": None if expected is None else format(expected, "f"),
        "actual_value": None if actual is None else format(actual, "f"),
        "severity": severity or rule.severity, "message": message,
        "operands": json.dumps([o for o in operands if o], ensure_ascii=False),
        "source_line_start": low, "source_line_end": high,
    }


def span(operands: list[dict[str, Any]]) -> tuple[int | None, int | None]:
    placed = [o for o in operands if o and o.get("line_start") is not None]
    if not placed:
        return None, None
    return min(o["line_start"] for o in placed), max(o.get("line_end") or o["line_start"] for o in placed)


def lines_text(operands: list[dict[str, Any]]) -> str:
    low, high = span(operands)
    if low is None:
        return "no line"
    return f"line {low}" if low == high else f"lines {low}-{high}"
