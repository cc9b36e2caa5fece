"""The findings page: one self-contained HTML file beside the Data Docs.

GX's Data Docs load their styles and scripts from CDNs, so without a network
they render unstyled and without their result lists; they also show values
by GX's column names, not by report. This page needs nothing but the file:
its style is inline and it has no script. Every failing result names its
file, lines, agency and year, and the values as printed, in the unit the
form prints them in.
"""

from __future__ import annotations

import datetime as dt
import html
from decimal import Decimal
from pathlib import Path

import duckdb

PAGE_NAME = "findings.html"

_RULES_SQL = """
select r.rule_id, r.severity, r.checked_table, r.description,
       count(f.rule_id) as findings, count(distinct f.report_id) as reports
from catalog.validation_rules r
left join marts.fct_validation_finding f on f.rule_id = r.rule_id
group by all
order by findings desc, r.rule_id
"""

_FINDINGS_SQL = """
select f.severity, f.rule_id, f.finding_kind, f.agency_name, f.report_year, f.form, f.source_file,
       f.source_line_start, f.source_line_end, f.indicator_code, i.label_zh, f.applicant_type_code,
       a.label_zh as applicant_label, f.actual_value, f.expected_value, i.unit, f.message,
       f.review_status, f.reviewed_by, f.review_reason
from marts.fct_validation_finding f
left join marts.dim_indicator i on i.indicator_code = f.indicator_code
left join marts.dim_applicant_type a on a.applicant_type_code = f.applicant_type_code
order by f.severity, f.rule_id, f.source_file, f.source_line_start, f.indicator_code, f.applicant_type_code
"""

_STYLE = """
body { font: 14px/1.45 system-ui, "Noto Sans CJK SC", "Microsoft YaHei", sans-serif; margin: 24px; color: #1d232b; }
h1 { font-size: 22px; margin: 0 0 4px; } h2 { font-size: 17px; margin: 28px 0 8px; }
p.meta { color: #5b6573; margin: 0 0 16px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #d5dae1; padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #eef1f5; position: sticky; top: 0; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr.error td.sev { color: #fff; background: #c8341f; font-weight: 600; }
tr.warning td.sev { background: #f7d774; font-weight: 600; }
tr.pass td.sev { background: #cfe9d4; }
td.loc { white-space: nowrap; font-family: ui-monospace, monospace; font-size: 13px; }
"""


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, Decimal):
        value = format(value.normalize(), "f")
    return html.escape(str(value))


def _amount(value: Decimal | None, unit: str | None) -> str:
    return "" if value is None else f"{_text(value)} {_text(unit)}".strip()


def _lines(start: int | None, end: int | None) -> str:
    if start is None:
        return "?"
    return f"{start}–{end}" if end and end > start else str(start)


def render(con: duckdb.DuckDBPyConnection, warehouse: Path | None = None) -> str:
    rules = con.execute(_RULES_SQL).fetchall()
    findings = con.execute(_FINDINGS_SQL).fetchall()
    reports, = con.execute("select count(*) from marts.dim_report").fetchone()
    out = ["<!doctype html>", '<html lang="en"><head><meta charset="utf-8">',
           "<title>Validation findings</title>", f"<style>{_STYLE}</style></head><body>",
           "<h1>Validation findings</h1>",
           f'<p class="meta">{len(findings)} findings on {reports} reports · written '
           f"{dt.datetime.now():%Y-%m-%d %H:%M}" + (f" · warehouse {_text(warehouse)}" if warehouse else "")
           + " · values as printed, in the unit the form prints them in</p>",
           "<h2>Rules</h2>",
           '<table id="rules"><thead><tr><th>result</th><th>rule</th><th>severity</th><th>checked on</th>'
           "<th>findings</th><th>reports</th><th>what must hold</th></tr></thead><tbody>"]
    for rule_id, severity, table, description, count, failing in rules:
        state = severity if count else "pass"
        out.append(f'<tr class="{state}"><td class="sev">{"failed" if count else "passed"}</td>'
                   f"<td>{_text(rule_id)}</td><td>{_text(severity)}</td><td>{_text(table)}</td>"
                   f'<td class="num">{count}</td><td class="num">{failing}</td><td>{_text(description)}</td></tr>')
    out.append("</tbody></table>")
    out.append("<h2>Findings</h2>")
    if not findings:
        out.append("<p>No rule found anything to report.</p>")
    out.append('<table id="findings"><thead><tr><th>severity</th><th>rule</th><th>file:lines</th><th>agency</th>'
               "<th>year</th><th>cell</th><th>printed</th><th>expected</th><th>kind</th><th>review</th><th>what is wrong</th>"
               "</tr></thead><tbody>")
    for (severity, rule_id, kind, agency, year, form, source_file, line_start, line_end, code, label, applicant,
         applicant_label, actual, expected, unit, message, review_status, reviewed_by, review_reason) in findings:
        # who decided what, in the reviewer's words (ogi review confirm|dismiss|extraction)
        review = " · ".join(_text(v) for v in (review_status, reviewed_by, review_reason) if v)
        cell = " ".join(_text(v) for v in (label, f"({code})" if code else None,
                                           f"· {applicant_label}" if applicant else None) if v)
        out.append(f'<tr class="{_text(severity)}"><td class="sev">{_text(severity)}</td><td>{_text(rule_id)}</td>'
                   f'<td class="loc">{_text(source_file)}:{_lines(line_start, line_end)}</td>'
                   f"<td>{_text(agency)}</td><td>{_text(year)}</td><td>{cell}</td>"
                   f'<td class="num">{_amount(actual, unit)}</td><td class="num">{_amount(expected, unit)}</td>'
                   f"<td>{_text(kind)}</td><td>{review}</td><td>{_text(message)}</td></tr>")
    out.append("</tbody></table></body></html>")
    return "\n".join(out)


def write(con: duckdb.DuckDBPyConnection, docs_dir: Path, warehouse: Path | None = None) -> Path:
    docs_dir.mkdir(parents=True, exist_ok=True)
    page = docs_dir / PAGE_NAME
    staging = page.with_name(f".{page.name}.tmp")
    staging.write_text(render(con, warehouse), encoding="utf-8")
    staging.replace(page)  # a reader never sees half a page
    return page
