"""The realdev gold (tests/fixtures/realdev) is consistent with itself, with the form and with the
catalogue it was built from: a wrong label would score the parser against a false statistic."""

from __future__ import annotations

import csv
import re
from collections import defaultdict
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REALDEV = ROOT / "tests" / "fixtures" / "realdev"
SEEDS = ROOT / "dbt_project" / "seeds"
CATALOGUE = ROOT / "docs" / "real_reports" / "catalogue.md"
STATUSES = {"reported", "blank", "not_applicable", "unreadable"}
SIX = ["natural_person", "commercial", "research", "public_interest", "legal_services", "other_org"]


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _reported() -> dict[str, dict[tuple[str, str], Decimal]]:
    out: dict[str, dict[tuple[str, str], Decimal]] = defaultdict(dict)
    for row in _rows(REALDEV / "expected_values.csv"):
        if row["value_status"] == "reported":
            out[row["source_file"]][(row["code"], row["applicant_type"])] = Decimal(row["value"])
    return out


def test_every_labelled_file_exists_and_has_metadata():
    reports = {r["source_file"] for r in _rows(REALDEV / "expected_reports.csv")}
    named = {r["source_file"] for r in _rows(REALDEV / "expected_values.csv")}
    named |= {r["source_file"] for r in _rows(REALDEV / "expected_issues.csv")}
    assert named <= reports
    assert all((REALDEV / name).is_file() for name in reports)
    assert len(reports) >= 60


def test_codes_applicants_and_statuses_are_the_forms():
    codes = {r["code"]: r for r in _rows(SEEDS / "indicators.csv")}
    applicants = {r["code"] for r in _rows(SEEDS / "applicant_types.csv")}
    for row in _rows(REALDEV / "expected_values.csv"):
        assert row["code"] in codes, row
        by_applicant = codes[row["code"]]["by_applicant_type"] == "Y"
        assert (row["applicant_type"] in applicants) if by_applicant else row["applicant_type"] == "", row
        assert row["value_status"] in STATUSES, row
        assert (row["value"] != "") == (row["value_status"] == "reported"), row


def test_every_complete_table3_column_balances():
    """一 + 二 = (七)总计 + 四, and 总计 = the six applicant columns, wherever all operands are labelled."""
    checked = 0
    for name, cells in _reported().items():
        for form in ("2019", "2021"):
            t3 = f"{form}.t3."
            for applicant in SIX + ["total"]:
                ops = [cells.get((t3 + k, applicant)) for k in ("new_received", "carried_over", "total",
                                                                  "carried_forward")]
                if None not in ops:
                    assert ops[0] + ops[1] == ops[2] + ops[3], (name, applicant)
                    checked += 1
            for code in {c for c, a in cells if c.startswith(t3)}:
                parts = [cells.get((code, a)) for a in SIX]
                if None not in parts and (code, "total") in cells:
                    assert sum(parts) == cells[(code, "total")], (name, code)
    assert checked >= 10


def test_prose_figures_are_whole_counts():
    for name, cells in _reported().items():
        for (code, _), value in cells.items():
            if code.startswith("prose.") and code != "prose.fees_10k_yuan":
                assert value == value.to_integral_value() and value >= 0, (name, code)


def test_every_stand_in_names_catalogued_classes():
    catalogued = set(re.findall(r"^### ([MTP]\d\d) ", CATALOGUE.read_text(encoding="utf-8"), re.M))
    for row in _rows(REALDEV / "expected_reports.csv"):
        named = set(re.findall(r"\b([MTP]\d\d)\b", row["notes"]))
        assert named and named <= catalogued, (row["source_file"], named - catalogued)
