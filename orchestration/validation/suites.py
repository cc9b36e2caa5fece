"""Great Expectations suites, one per rule family, run on DataFrames read from DuckDB.

GX 1.x's SQL datasource gives wrong results on DuckDB, so each suite
validates a pandas DataFrame built by `frames` (only the columns its
expectation compares). GX is imported inside `run_suites`, once per run: it
takes seconds to import and only the checks need it. The results are
rendered as GX Data Docs into a folder beside the warehouse.
"""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

import pandas as pd

from orchestration.validation import explain, frames
from orchestration.validation.evidence import SOURCE, Evidence
from orchestration.validation.extraction import extraction_findings
from orchestration.validation.rules import Rule, load_rules

DOCS_SITE = "ogi"


@dataclass(frozen=True)
class Spec:
    build: Callable[[frames.Inputs], pd.DataFrame]
    expectation: Callable[[Any], Any]  # great_expectations.expectations -> an Expectation
    columns: tuple[str, ...]  # what the expectation reads
    explain: Callable[[pd.DataFrame, Evidence, Rule], list[dict[str, Any]]]


def _pair(build: Callable, a: str, b: str, explain_rows: Callable) -> Spec:
    """A rule that two columns of each row of its frame are equal."""
    return Spec(build, lambda gxe: gxe.ExpectColumnPairValuesToBeEqual(column_A=a, column_B=b), (a, b), explain_rows)


def _single(build: Callable, expectation: str, column: str, explain_rows: Callable, **kwargs) -> Spec:
    """A rule on the values of one column of its frame."""
    return Spec(build, lambda gxe: getattr(gxe, expectation)(column=column, **kwargs), (column,), explain_rows)


SPECS: dict[str, Spec] = {
    "sum_children": _pair(frames.sum_children_frame, "value_units", "children_units", explain.parts_sum),
    "parent_blank": _single(frames.parent_blank_frame, "ExpectColumnValuesToNotBeInSet", "value_status",
                            explain.parent_blank, value_set=["blank"]),
    "sum_applicant_columns": _pair(frames.sum_applicant_columns_frame, "value_units", "columns_units",
                                   explain.applicant_columns),
    "balance": _pair(frames.balance_frame, "inflow_units", "outflow_units", explain.balance),
    "t4_group_total": _pair(frames.t4_group_total_frame, "value_units", "children_units", explain.parts_sum),
    "non_negative": _single(frames.non_negative_frame, "ExpectColumnValuesToBeBetween", "value_units",
                            explain.single_value("a count cannot be negative"), min_value=0),
    "integer_count": _single(frames.integer_count_frame, "ExpectColumnValuesToBeInSet", "fraction_units",
                             explain.single_value("a count must be a whole number"), value_set=[0]),
    "prose_matches_table": _pair(frames.prose_matches_table_frame, "value_units", "table_units",
                                 explain.prose_matches_table),
    "carried_over_chain": _pair(frames.carried_over_chain_frame, "value_units", "value_units_previous",
                                explain.carried_over_chain),
    "form_matches_year": _pair(frames.form_matches_year_frame, "form", "expected_form", explain.form_matches_year),
    "published_after_period": _single(frames.published_after_period_frame, "ExpectColumnValuesToBeBetween",
                                      "days_after_period", explain.published_after_period, min_value=1),
}


@dataclass
class RuleOutcome:
    rule_id: str
    severity: str
    success: bool
    rows_checked: int
    reports_checked: int
    findings: list[dict[str, Any]] = field(default_factory=list)

    @property
    def source_findings(self) -> int:
        return sum(f["finding_kind"] == SOURCE for f in self.findings)


def _gx_context(docs_dir: Path | None):
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")
    logging.getLogger("great_expectations").setLevel(logging.WARNING)
    import great_expectations as gx
    import great_expectations.expectations as gxe
    from great_expectations.data_context.types.base import ProgressBarsConfig

    context = gx.get_context(mode="ephemeral")
    context.variables.progress_bars = ProgressBarsConfig(globally=False, metric_calculations=False)
    if docs_dir is not None:
        context.add_data_docs_site(site_name=DOCS_SITE, site_config={
            "class_name": "SiteBuilder",
            "site_index_builder": {"class_name": "DefaultSiteIndexBuilder"},
            "store_backend": {"class_name": "TupleFilesystemStoreBackend", "base_directory": str(docs_dir)},
        })
    return gx, gxe, context


class Suites:
    """Every rule's suite, set up once and run on each batch of reports.

    A run validates the reports that changed in batches of whole agencies
    (run.py), so memory follows the batch, not the warehouse; each batch
    is one more run of the same GX validation definitions.
    """

    def __init__(self, docs_dir: Path | None = None):
        self.gx, self.gxe, self.context = _gx_context(docs_dir)
        self.docs_dir = docs_dir
        self.rules = load_rules()
        source = self.context.data_sources.add_pandas("warehouse")
        self.validations = {}
        for rule_id, spec in SPECS.items():
            batch = source.add_dataframe_asset(rule_id).add_batch_definition_whole_dataframe("all")
            suite = self.context.suites.add(self.gx.ExpectationSuite(name=rule_id, expectations=[spec.expectation(self.gxe)]))
            self.validations[rule_id] = self.context.validation_definitions.add(
                self.gx.ValidationDefinition(name=rule_id, data=batch, suite=suite))

    def check(self, inputs: frames.Inputs) -> list[RuleOutcome]:
        """Every rule on one batch of reports: their outcomes, with the findings explained."""
        outcomes = []
        failing_by_rule = {}
        for rule_id, spec in SPECS.items():
            rule = self.rules[rule_id]
            frame = spec.build(inputs)
            outcome = RuleOutcome(rule_id, rule.severity, True, len(frame),
                                  frame["report_id"].nunique() if len(frame) else 0)
            if len(frame):
                result = self.validations[rule_id].run(batch_parameters={"dataframe": frame[list(spec.columns)]},
                                                       result_format={"result_format": "COMPLETE"})
                outcome.success = bool(result.success)
                failing = frame.loc[result.results[0].result.get("unexpected_index_list") or []]
                if len(failing):
                    failing_by_rule[rule_id] = failing
            outcomes.append(outcome)
        if failing_by_rule:
            # one look-up of the operands for every rule: report_id, and report_id_previous
            # where a rule compares two reports
            ids = {i for failing in failing_by_rule.values()
                   for c in failing.columns if c.startswith("report_id") for i in failing[c]}
            evidence = Evidence(inputs, ids)
            for outcome in outcomes:
                if outcome.rule_id in failing_by_rule:
                    outcome.findings = SPECS[outcome.rule_id].explain(
                        failing_by_rule[outcome.rule_id], evidence, self.rules[outcome.rule_id])
        for rule_id, found in extraction_findings(inputs, self.rules).items():
            outcome = next(o for o in outcomes if o.rule_id == rule_id)
            # an operand the parser could not place explains the disagreement: do not call it the report's
            unchecked = {(f["report_id"], f["indicator_code"]) for f in found}
            outcome.findings = [f for f in outcome.findings
                                if (f["report_id"], f["indicator_code"]) not in unchecked]
            outcome.findings.extend(found)
        return outcomes

    def build_docs(self) -> str | None:
        """The Data Docs of this run's validations; the index URL, or None without a docs folder."""
        if self.docs_dir is None:
            return None
        self.docs_dir.mkdir(parents=True, exist_ok=True)
        self.context.build_data_docs(site_names=[DOCS_SITE])
        return (self.docs_dir / "index.html").resolve().as_uri()


def run_suites(inputs: frames.Inputs, docs_dir: Path | None = None) -> tuple[list[RuleOutcome], str | None]:
    """Every rule's suite over one set of inputs; the outcomes and the Data Docs index URL (if built)."""
    suites = Suites(docs_dir)
    outcomes = suites.check(inputs)
    return outcomes, suites.build_docs()
