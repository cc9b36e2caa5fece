"""From a rule's failing rows to findings a person can check by hand.

One function per rule family: it names what disagrees, with the printed
values and their lines, and lists every operand in the finding's evidence.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from orchestration.validation.evidence import SOURCE, Evidence, finding, fmt, lines_text, units_to_decimal
from orchestration.validation.frames import DERIVED, REPORTED, T3_ROLES
from orchestration.validation.rules import Rule

Findings = list[dict[str, Any]]


def _records(rows: pd.DataFrame):
    return rows.to_dict("records")


def _codes(operands: list[dict[str, Any]]) -> str:
    return ", ".join(o["code"] for o in operands)


def _terms(operands: list[dict[str, Any]]) -> str:
    return " + ".join(o["value"] for o in operands)


def _total_and_parts(ev: Evidence, r: dict[str, Any], by_columns: bool = False):
    """The printed total of a row of a frame, its reported parts, and how to name it in a message."""
    total = ev.operand(r["report_id"], r["indicator_code"], r["applicant_type_code"])
    parts = (ev.row_columns(r["report_id"], r["indicator_code"]) if by_columns
             else ev.children(r["report_id"], r["indicator_code"], r["applicant_type_code"]))
    name = f"{r['label_zh']}{ev.column_label(r['applicant_type_code'])} ({r['indicator_code']}, {lines_text([total])})"
    return total, [p for p in parts if p["status"] in (REPORTED, DERIVED)], name


def parts_sum(rows: pd.DataFrame, ev: Evidence, rule: Rule) -> Findings:
    """sum_children and t4_group_total: a printed total against its reported parts."""
    out = []
    for r in _records(rows):
        total, parts, name = _total_and_parts(ev, r)
        printed, summed = units_to_decimal(r["value_units"]), units_to_decimal(r["children_units"])
        message = (f"{name} prints {fmt(printed)} but its {len(parts)} reported parts sum to {fmt(summed)} "
                   f"({lines_text(parts)}: {_terms(parts)})")
        out.append(finding(rule, SOURCE, r["report_id"], message, [total, *parts], indicator_code=r["indicator_code"],
                           applicant=r["applicant_type_code"], expected=summed, actual=printed))
    return out


def parent_blank(rows: pd.DataFrame, ev: Evidence, rule: Rule) -> Findings:
    out = []
    for r in _records(rows):
        total, parts, name = _total_and_parts(ev, r, by_columns=r["parts"] != "children")
        summed = units_to_decimal(r["children_units"])
        message = (f"{name} is printed {r['value_status'].replace('_', ' ')} while {len(parts)} of its {r['parts']} "
                   f"are reported (sum {fmt(summed)}, {lines_text(parts)}); no total is inferred")
        out.append(finding(rule, SOURCE, r["report_id"], message, [total, *parts], indicator_code=r["indicator_code"],
                           applicant=r["applicant_type_code"], expected=summed))
    return out


def applicant_columns(rows: pd.DataFrame, ev: Evidence, rule: Rule) -> Findings:
    out = []
    for r in _records(rows):
        total = ev.operand(r["report_id"], r["indicator_code"], "total")
        columns = [c for c in ev.row_columns(r["report_id"], r["indicator_code"]) if c["status"] == REPORTED]
        printed, summed = units_to_decimal(r["value_units"]), units_to_decimal(r["columns_units"])
        terms = " + ".join(f"{ev.applicant_labels.get(c['applicant_type'], c['applicant_type'])} {c['value']}"
                           for c in columns)
        message = (f"{r['label_zh']} ({r['indicator_code']}, {lines_text([total, *columns])}) prints 总计 "
                   f"{fmt(printed)} but its applicant columns sum to {fmt(summed)} ({terms})")
        out.append(finding(rule, SOURCE, r["report_id"], message, [total, *columns],
                           indicator_code=r["indicator_code"], applicant="total", expected=summed, actual=printed))
    return out


def _role_operands(ev: Evidence, report_id: str, applicant: str) -> dict[str, dict[str, Any]]:
    form = ev.report(report_id).get("form") or ""
    prefix = {"ogi2019": "2019", "ogi2021": "2021"}.get(form)
    found = {}
    for role in T3_ROLES:
        codes = [f"{prefix}.t3.{role}"] if prefix else [f"{y}.t3.{role}" for y in ("2019", "2021")]
        found[role] = next((op for code in codes if (op := ev.operand(report_id, code, applicant))), None)
    return found


def balance(rows: pd.DataFrame, ev: Evidence, rule: Rule) -> Findings:
    out = []
    for r in _records(rows):
        ops = _role_operands(ev, r["report_id"], r["applicant_type_code"])
        inflow, outflow = units_to_decimal(r["inflow_units"]), units_to_decimal(r["outflow_units"])
        v = {role: fmt(units_to_decimal(r[role])) for role in T3_ROLES}
        column = ev.applicant_labels.get(r["applicant_type_code"], r["applicant_type_code"] or "?")
        message = (f"表三 column {column}: 一 本年新收 {v['new_received']} + 二 上年结转 {v['carried_over']} = "
                   f"{fmt(inflow)}, but （七）总计 {v['total']} + 四 结转下年度 {v['carried_forward']} = "
                   f"{fmt(outflow)} ({lines_text(list(ops.values()))})")
        total = ops["total"]
        out.append(finding(rule, SOURCE, r["report_id"], message, list(ops.values()),
                           indicator_code=total["code"] if total else None, applicant=r["applicant_type_code"],
                           expected=inflow, actual=outflow))
    return out


def single_value(what: str):
    """non_negative and integer_count: one cell whose value is impossible for a count."""
    def explain(rows: pd.DataFrame, ev: Evidence, rule: Rule) -> Findings:
        out = []
        for r in _records(rows):
            cell = ev.operand(r["report_id"], r["indicator_code"], r["applicant_type_code"])
            value = units_to_decimal(r["value_units"])
            message = (f"{r['label_zh']}{ev.column_label(r['applicant_type_code'])} ({r['indicator_code']}, "
                       f"{lines_text([cell])}) is {fmt(value)}: {what}")
            out.append(finding(rule, SOURCE, r["report_id"], message, [cell], indicator_code=r["indicator_code"],
                               applicant=r["applicant_type_code"], actual=value))
        return out
    return explain


def prose_matches_table(rows: pd.DataFrame, ev: Evidence, rule: Rule) -> Findings:
    out = []
    for r in _records(rows):
        prose = ev.operand(r["report_id"], r["indicator_code"])
        table = [ev.operand(r["report_id"], code, applicant) for code in r["table_codes"].split(",")
                 for applicant in ("", "total")]
        table = [t for t in table if t]
        stated, printed = units_to_decimal(r["value_units"]), units_to_decimal(r["table_units"])
        message = (f"the prose states {r['metric']} = {fmt(stated)} ({lines_text([prose])}) but the table prints "
                   f"{fmt(printed)} ({_codes(table)}, {lines_text(table)})")
        out.append(finding(rule, SOURCE, r["report_id"], message, [prose, *table], indicator_code=r["indicator_code"],
                           expected=printed, actual=stated))
    return out


def carried_over_chain(rows: pd.DataFrame, ev: Evidence, rule: Rule) -> Findings:
    out = []
    for r in _records(rows):
        current = ev.operand(r["report_id"], r["indicator_code"], r["applicant_type_code"])
        previous = ev.operand(r["report_id_previous"], r["indicator_code_previous"], r["applicant_type_code"])
        previous_file = ev.report(r["report_id_previous"]).get("source_file")
        if previous:
            previous = {**previous, "source_file": previous_file, "report_year": int(r["report_year"]) - 1}
        carried, forward = units_to_decimal(r["value_units"]), units_to_decimal(r["value_units_previous"])
        column = ev.applicant_labels.get(r["applicant_type_code"], r["applicant_type_code"])
        message = (f"二 上年结转 [{column}] of {int(r['report_year'])} is {fmt(carried)} ({lines_text([current])}) "
                   f"but the {int(r['report_year']) - 1} report ({previous_file}, {lines_text([previous])}) "
                   f"carries forward 四 结转下年度 {fmt(forward)}")
        out.append(finding(rule, SOURCE, r["report_id"], message, [current, previous],
                           indicator_code=r["indicator_code"], applicant=r["applicant_type_code"],
                           expected=forward, actual=carried))
    return out


def _year_operand(ev: Evidence, r: dict[str, Any]) -> dict[str, Any]:
    year = int(r["report_year"])
    line = ev.year_line(r["report_id"], year)
    return {"field": "report_year", "value": str(year), "line_start": line, "line_end": line}


def form_matches_year(rows: pd.DataFrame, ev: Evidence, rule: Rule) -> Findings:
    out = []
    for r in _records(rows):
        start, end = ev.table_span(r["report_id"])
        form = {"field": "form", "value": r["form"], "line_start": start, "line_end": end}
        year = _year_operand(ev, r)
        message = (f"a {year['value']} report ({lines_text([year])}) prints an {r['form']} table "
                   f"({lines_text([form])}); {year['value']} reports use {r['expected_form'] or 'no known form'}")
        out.append(finding(rule, SOURCE, r["report_id"], message, [year, form]))
    return out


def published_after_period(rows: pd.DataFrame, ev: Evidence, rule: Rule) -> Findings:
    out = []
    for r in _records(rows):
        published_on = pd.Timestamp(r["published_on"]).date()
        line = ev.date_line(r["report_id"], published_on)
        date = {"field": "published_on", "value": published_on.isoformat(), "line_start": line, "line_end": line}
        year = _year_operand(ev, r)
        message = (f"published on {date['value']} ({lines_text([date])}), before its reporting year "
                   f"{year['value']} ({lines_text([year])}) ended")
        out.append(finding(rule, SOURCE, r["report_id"], message, [date, year]))
    return out
