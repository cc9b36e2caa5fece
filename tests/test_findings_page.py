"""The findings page written beside the Data Docs: offline, one row per finding, values in printed units.
(`make check-findings-page` also renders it in headless Chromium with the network off.)"""

import importlib.util

from conftest import PROJECT_ROOT, query

_spec = importlib.util.spec_from_file_location("check_findings_page", PROJECT_ROOT / "scripts/check_findings_page.py")
check_page = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_page)


def test_every_finding_is_on_the_page_with_file_line_agency_and_unit(seeded):
    _, warehouse, _, _ = seeded
    page = (warehouse.parent / "data_docs" / "findings.html").read_text(encoding="utf-8")
    findings, = query(warehouse, "select count(*) from marts.fct_validation_finding")[0]
    assert findings == 6
    assert check_page.problems(page, findings) == []
    parsed = check_page._Tables()
    parsed.feed(page)
    sum_children = [r for r in parsed.tables["findings"] if r[1] == "sum_children"]
    assert [r[2:8] for r in sum_children] == [
        ["004_847613be71b3106c.txt:177–235", "聊城市卫生健康委员会", "2019", "申请答复数 (old.applications.answered)",
         "12 件", "15 件"]]
    assert sum_children[0][8:10] == ["source", "open"]  # kind, review status (nobody reviewed the seeds)


def test_the_checker_rejects_a_page_that_needs_the_network():
    page = ('<html><head><link rel="stylesheet" href="https://cdn.example/b.css"></head><body>'
            '<table id="rules"><tr><td>x</td></tr></table></body></html>')
    found = check_page.problems(page, 1)
    assert any("network" in p for p in found) and any("no findings table" in p for p in found)
