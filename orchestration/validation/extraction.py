"""Extraction findings: a rule could not be evaluated because the parser could not place an operand.

A parse issue (an ambiguous row, a row without a value cell, …) names a
printed label but no cell. When that label can only be one of a few catalog
cells, none of which the report has, and one of them is an operand of a rule
whose other operands the report prints, the rule was not evaluated there:
say so, rather than stay silent or guess the cell.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from orchestration.parser.catalog import Catalog
from orchestration.parser.forms.matching import LabelMatcher
from orchestration.validation.evidence import EXTRACTION, Evidence, finding, lines_text
from orchestration.validation.frames import LITIGATION_PARTS, T3_ROLES, Inputs
from orchestration.validation.rules import Rule

# Nothing printed is known to be wrong, only unchecked: never an error.
EXTRACTION_SEVERITY = "warning"


@dataclass(frozen=True)
class OperandGroup:
    """The cells one evaluation of a rule compares (in any applicant column)."""

    rule_id: str
    target: str  # the cell a finding is filed under
    members: frozenset[str]


@lru_cache(maxsize=2)
def operand_groups(catalog: Catalog) -> tuple[OperandGroup, ...]:
    groups = []
    children = defaultdict(set)
    for i in catalog.indicators:
        if i.parent_code:
            children[i.parent_code].add(i.code)
    for i in catalog.indicators:
        if i.equals_sum_of_children:
            rule_id = "t4_group_total" if i.table == "t4" else "sum_children"
            groups.append(OperandGroup(rule_id, i.code, frozenset({i.code, *children[i.code]})))
    for prefix in sorted({i.code.split(".")[0] for i in catalog.indicators if i.table == "t3"}):
        members = frozenset(f"{prefix}.t3.{role}" for role in T3_ROLES)
        groups.append(OperandGroup("balance", f"{prefix}.t3.total", members))
    for i in catalog.indicators:
        if i.harmonized_metric and i.form != "any":
            prose = f"prose.{i.harmonized_metric}"
            groups.append(OperandGroup("prose_matches_table", prose, frozenset({i.code, prose})))
    for prefix in sorted({i.code.split(".")[0] for i in catalog.indicators if i.table == "t4"}):
        members = frozenset({"prose.litigation_cases", *(f"{prefix}.{part}" for part in LITIGATION_PARTS)})
        groups.append(OperandGroup("prose_matches_table", "prose.litigation_cases", members))
    return tuple(groups)


@lru_cache(maxsize=8)
def _matcher(catalog: Catalog, form: str) -> LabelMatcher:
    return LabelMatcher(catalog.for_form(form))


def candidate_codes(catalog: Catalog, form: str, label: str | None) -> set[str]:
    """The catalog cells of this form a printed label can stand for, without the table's context."""
    if not label:
        return set()
    match = _matcher(catalog, form).match(label)
    return {c.code for c in match.candidates} or ({match.indicator.code} if match.indicator else set())


def extraction_findings(inputs: Inputs, rules: dict[str, Rule]) -> dict[str, list[dict[str, Any]]]:
    issues = inputs.issues
    if issues.empty:
        return {}
    forms = dict(zip(inputs.reports["report_id"], inputs.reports["form"]))
    issues = issues[issues["report_id"].isin(forms)]
    cells = inputs.cells[inputs.cells["report_id"].isin(set(issues["report_id"]))]
    placed = defaultdict(set)
    for report_id, code in zip(cells["report_id"], cells["indicator_code"]):
        placed[report_id].add(code)
    reported = defaultdict(set)
    for report_id, code in zip(*(cells[cells["value_status"] == "reported"][k] for k in ("report_id", "indicator_code"))):
        reported[report_id].add(code)

    found: dict[tuple, tuple] = {}
    for issue in issues.to_dict("records"):
        report_id = issue["report_id"]
        unplaced = candidate_codes(inputs.catalog, forms[report_id], issue["printed_label"]) - placed[report_id]
        for group in operand_groups(inputs.catalog):
            missing = unplaced & group.members
            if group.rule_id in rules and missing and (group.members - missing) & reported[report_id]:
                found.setdefault((report_id, group.rule_id, group.target, issue["source_line"]), (issue, group, missing))
    if not found:
        return {}

    ev = Evidence(inputs, {key[0] for key in found})
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (report_id, rule_id, target, line), (issue, group, missing) in sorted(found.items()):
        row = {"label": issue["printed_label"], "status": "unplaced", "issue": issue["issue_kind"],
               "candidates": sorted(missing), "line_start": int(line), "line_end": int(line)}
        others = [op for code in sorted(group.members - missing) for applicant in ("", "total")
                  if (op := ev.operand(report_id, code, applicant))]
        message = (f"line {line} '{issue['printed_label']}' could not be placed ({issue['issue_kind']}: "
                   f"{issue['message']}); it can only be {', '.join(sorted(missing))}, so {rule_id} on {target} "
                   f"was not evaluated (its other operands: {lines_text(others)})")
        out[rule_id].append(finding(rules[rule_id], EXTRACTION, report_id, message, [row, *others],
                                    indicator_code=target, severity=EXTRACTION_SEVERITY))
    return out
