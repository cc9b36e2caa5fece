"""The rule declarations (the validation_rules dbt seed), read as data."""

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
    description: str


@lru_cache(maxsize=2)
def load_rules(seeds_dir: Path = SEEDS_DIR) -> dict[str, Rule]:
    with (seeds_dir / "validation_rules.csv").open(encoding="utf-8", newline="") as fh:
        return {r["rule_id"]: Rule(**r) for r in csv.DictReader(fh)}
