"""Great Expectations suites, one per rule, run on DataFrames read from DuckDB.

GX 1.x's SQL datasource gives wrong results on DuckDB, so each suite
validates a pandas DataFrame built by `frames`. GX is imported inside
`run_suites`: it takes seconds to import and only the checks need it.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable

import pandas as pd

from orchestration.validation import frames
from orchestration.validation.rules import load_rules


@dataclass
class RuleOutcome:
    rule_id: str
    severity: str
    success: bool
    rows_checked: int
    reports_checked: int
    findings: list[dict[str, Any]] = field(default_factory=list)


def _units(value: Any) -> Decimal | None:
    if value is None or pd.isna(value):
        return None
    return Decimal(int(value)) / frames.SCALE


def _fmt(value: Decimal | None) -> str:
    return "blank" if value is None else format(value.normalize(), "f")


def _finding(row: pd.Series, rule_id: str, severity: str, expected, actual, message: str) -> dict[str, Any]:
    applicant = row["applicant_type_code"]
    return {
        "report_id": row["report_id"], "rule_id": rule_id, "indicator_code": row["indicator_code"],
        "applicant_type_code": applicant or None,  # '' stands for "no applicant column" in frames
        "expected_value": None if expected is None else format(expected, "f"),
        "actual_value": None if actual is None else format(actual, "f"),
        "severity": severity, "message": message,
    }


def _sum_children_message(row: pd.Series) -> str:
    return (f"{row['label_zh']} ({row['indicator_code']}, line {row['source_line_start']}) prints "
            f"{_fmt(_units(row['value_units']))} but its {row['children_reported']} reported parts "
            f"({row['children_codes']}, lines {row['children_first_line']}-{row['children_last_line']}) "
            f"sum to {_fmt(_units(row['children_units']))}")


def _parent_blank_message(row: pd.Series) -> str:
    return (f"{row['label_zh']} ({row['indicator_code']}, line {row['source_line_start']}) is printed "
            f"{row['value_status'].replace('_', ' ')} while {row['children_reported']} of its parts are reported "
            f"(sum {_fmt(_units(row['children_units']))}); no total is inferred")


def _value_message(what: str) -> Callable[[pd.Series], str]:
    def message(row: pd.Series) -> str:
        return (f"{row['label_zh']} ({row['indicator_code']}, lines {row['source_line_start']}-"
                f"{row['source_line_end']}) is {_fmt(_units(row['value_units']))}: {what}")
    return message


def _specs(gxe) -> dict[str, tuple]:
    """rule_id -> (frame builder, expectation, expected/actual of a failing row, message)."""
    return {
        "sum_children": (
            frames.sum_children_frame,
            gxe.ExpectColumnPairValuesToBeEqual(column_A="value_units", column_B="children_units"),
            lambda r: (_units(r["children_units"]), _units(r["value_units"])),
            _sum_children_message,
        ),
        "parent_blank": (
            frames.parent_blank_frame,
            gxe.ExpectColumnValuesToNotBeInSet(column="value_status", value_set=["blank"]),
            lambda r: (_units(r["children_units"]), None),
            _parent_blank_message,
        ),
        "non_negative": (
            frames.non_negative_frame,
            gxe.ExpectColumnValuesToBeBetween(column="value_units", min_value=0),
            lambda r: (None, _units(r["value_units"])),
            _value_message("a count cannot be negative"),
        ),
        "integer_count": (
            frames.integer_count_frame,
            gxe.ExpectColumnValuesToBeInSet(column="fraction_units", value_set=[0]),
            lambda r: (None, _units(r["value_units"])),
            _value_message("a count must be a whole number"),
        ),
    }


class SuiteRunner:
    """The GX context, suites and validation definitions, built once and run on many frames.

    Building them costs far more than validating a few thousand rows, and
    the checks validate the changed reports a chunk at a time.
    """

    def __init__(self) -> None:
        os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
        logging.getLogger("great_expectations").setLevel(logging.WARNING)
        import great_expectations as gx
        import great_expectations.expectations as gxe

        from great_expectations.data_context.types.base import ProgressBarsConfig

        context = gx.get_context(mode="ephemeral")
        context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
        source = context.data_sources.add_pandas("warehouse")
        rules = load_rules()
        self._rules = []
        for rule_id, (build, expectation, operands, message) in _specs(gxe).items():
            batch = source.add_dataframe_asset(rule_id).add_batch_definition_whole_dataframe("all")
            suite = context.suites.add(gx.ExpectationSuite(name=rule_id, expectations=[expectation]))
            validation = context.validation_definitions.add(
                gx.ValidationDefinition(name=rule_id, data=batch, suite=suite))
            self._rules.append((rules[rule_id], build, validation, operands, message))

    def run(self, cells: pd.DataFrame) -> list[RuleOutcome]:
        outcomes = []
        for rule, build, validation, operands, message in self._rules:
            frame = build(cells)
            outcome = RuleOutcome(rule.rule_id, rule.severity, True, len(frame), frame["report_id"].nunique())
            if len(frame):
                result = validation.run(batch_parameters={"dataframe": frame},
                                        result_format={"result_format": "COMPLETE"})
                outcome.success = bool(result.success)
                for index in result.results[0].result.get("unexpected_index_list") or []:
                    row = frame.loc[index]
                    expected, actual = operands(row)
                    outcome.findings.append(_finding(row, rule.rule_id, rule.severity, expected, actual,
                                                     message(row)))
            outcomes.append(outcome)
        return outcomes


def run_suites(cells: pd.DataFrame) -> list[RuleOutcome]:
    return SuiteRunner().run(cells)
