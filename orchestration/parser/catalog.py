"""The cell catalog (indicators.csv, applicant_types.csv).

The catalog lives once, as the dbt seeds; the parser reads the same files so
that a label the models know is a label the parser can place.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

SEEDS_DIR = Path(__file__).resolve().parents[2] / "dbt_project" / "seeds"


@dataclass(frozen=True)
class Indicator:
    code: str
    form: str
    table: str
    label_zh: str
    parent_code: str | None
    unit: str
    equals_sum_of_children: bool
    by_applicant_type: bool
    harmonized_metric: str | None


@dataclass(frozen=True)
class Catalog:
    indicators: tuple[Indicator, ...]
    applicant_types: tuple[tuple[str, str], ...]  # (code, label_zh)

    def for_form(self, form: str) -> list[Indicator]:
        return list(self._by_form.get(form, ()))

    @cached_property
    def _by_form(self) -> dict[str, tuple[Indicator, ...]]:
        forms: dict[str, list[Indicator]] = {}
        for indicator in self.indicators:
            forms.setdefault(indicator.form, []).append(indicator)
        return {form: tuple(indicators) for form, indicators in forms.items()}

    @cached_property
    def _units(self) -> dict[str, str]:
        return {i.code: i.unit for i in self.indicators}

    def unit_of(self, code: str) -> str | None:
        """The unit the catalog counts the cell in (件, 条, 万元…)."""
        return self._units.get(code)


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@lru_cache(maxsize=4)
def load_catalog(seeds_dir: Path = SEEDS_DIR) -> Catalog:
    indicators = tuple(
        Indicator(
            code=r["code"],
            form=r["form"],
            table=r["table"],
            label_zh=r["label_zh"],
            parent_code=r["parent_code"] or None,
            unit=r["unit"],
            equals_sum_of_children=r["equals_sum_of_children"] == "Y",
            by_applicant_type=r["by_applicant_type"] == "Y",
            harmonized_metric=r["harmonized_metric"] or None,
        )
        for r in _read_csv(seeds_dir / "indicators.csv")
    )
    applicant_types = tuple((r["code"], r["label_zh"]) for r in _read_csv(seeds_dir / "applicant_types.csv"))
    return Catalog(indicators, applicant_types)
