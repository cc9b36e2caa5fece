"""The rule declarations (the validation_rules dbt seed) and the forms' years
(the forms seed), read as data."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from orchestration.parser.catalog import SEEDS_DIR


@dataclass(frozen=True)
class Rule:
    rule_id: str
    family: str
    severity: str  # 'error' or 'warning'
    forms: str
    checked_table: str  # the mart the rule's asset check is attached to, e.g. marts.dim_report
    description: str


@dataclass(frozen=True)
class FormYears:
    form: str
    first_report_year: int | None
    last_report_year: int | None

    def covers(self, year: int) -> bool:
        return ((self.first_report_year is None or year >= self.first_report_year)
                and (self.last_report_year is None or year <= self.last_report_year))


def _read(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=2)
def load_rules(seeds_dir: Path = SEEDS_DIR) -> dict[str, Rule]:
    return {r["rule_id"]: Rule(**r) for r in _read(seeds_dir / "validation_rules.csv")}


@lru_cache(maxsize=2)
def load_form_years(seeds_dir: Path = SEEDS_DIR) -> dict[str, FormYears]:
    """The forms with a statistics table and the report years each is in use for."""
    out = {}
    for r in _read(seeds_dir / "forms.csv"):
        first, last = (int(r[k]) if r[k] else None for k in ("first_report_year", "last_report_year"))
        if first is not None or last is not None:
            out[r["form"]] = FormYears(r["form"], first, last)
    return out
