"""The rule declarations (the validation_rules dbt seed), read as data."""

from __future__ import annotations

import csv
import hashlib
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


def rules_digest(seeds_dir: Path = SEEDS_DIR) -> str:
    """Changes whenever a finding could: the rule code, the rules seed or the cell catalog.

    Findings stored under another digest are recomputed, so editing a rule
    re-validates every report while a new report is validated alone.
    """
    digest = hashlib.sha256()
    code_dir = Path(__file__).resolve().parent
    for path in [*sorted(code_dir.glob("*.py")), seeds_dir / "validation_rules.csv", seeds_dir / "indicators.csv"]:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]
