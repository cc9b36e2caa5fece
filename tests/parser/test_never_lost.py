"""A report is never lost: no text makes parse_report raise, control characters
are read as what they are, and a stage that fails keeps what the others read."""

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from orchestration.parser import parse_report
from orchestration.parser.decoding import decode_bytes
from orchestration.parser.forms import national
from orchestration.parser.lines import split_lines
from orchestration.parser.report import PARSER_ERROR

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PROJECT_ROOT = Path(__file__).resolve().parents[2]
# Every labelled text: the dev parts, the frozen test part (only run here, never scored) and the seeds.
CORPUS = sorted(
    [p for part in ("devset", "realdev", "frozen") for p in (FIXTURES / part).iterdir()
     if p.suffix in (".txt", ".html", ".htm")]
    + sorted((PROJECT_ROOT / "raw").glob("*.txt"))
)
TEXTS = {p.name: decode_bytes(p.read_bytes()).text for p in CORPUS}

# What converters and copy-paste leave in real texts: page and line breaks of
# other kinds, NUL and escape bytes, zero-width and odd spaces, stray separators.
NOISE = ["\f", "\v", "\x00", "\x1b", "\x85", "\u2028", "\u2029", "\u200b", "\ufeff", "\u00ad", "\xa0",
         "\u3000", "\u2003", "\u2009", "\u1680", "\t", "|", "｜", "\r", " ", "—", "\ufffd", "\U0001f600"]


def _cells(report):
    return sorted((c.code, c.applicant_type or "", str(c.value), c.value_status, c.line_start, c.line_end)
                  for c in report.cells)


@st.composite
def mutated_reports(draw):
    name = draw(st.sampled_from(sorted(TEXTS)))
    text = TEXTS[name]
    for _ in range(draw(st.integers(1, 6))):
        kind = draw(st.sampled_from(["insert", "drop_line", "repeat_line", "truncate", "swap_lines"]))
        lines = text.split("\n")
        if kind == "insert":
            at = draw(st.integers(0, len(text)))
            text = text[:at] + draw(st.sampled_from(NOISE)) * draw(st.integers(1, 3)) + text[at:]
        elif kind == "truncate":
            text = text[: draw(st.integers(0, len(text)))]
        elif len(lines) > 1:
            i = draw(st.integers(0, len(lines) - 2))
            if kind == "drop_line":
                del lines[i]
            elif kind == "repeat_line":
                lines.insert(i, lines[i])
            else:
                lines[i], lines[i + 1] = lines[i + 1], lines[i]
            text = "\n".join(lines)
    return name, text


@settings(max_examples=400, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])
@given(mutated_reports())
def test_no_mutation_of_a_real_shaped_report_raises_or_fails_a_stage(case):
    name, text = case
    report = parse_report(text)
    failures = [i for i in report.issues if i.kind == PARSER_ERROR]
    assert not failures, f"{name}: {failures}"
    n_lines = text.count("\n") + 1
    for cell in report.cells:
        assert 1 <= cell.line_start <= cell.line_end <= n_lines, (name, cell)


@pytest.mark.parametrize("name", sorted(n for n in TEXTS if not n.endswith((".html", ".htm"))))
def test_form_feeds_at_page_breaks_change_nothing(name):
    """pdftotext ends each page with a form feed; the page break is no new row or line."""
    text = TEXTS[name]
    lines = text.split("\n")
    paged = "\n".join(("\f" + line) if i % 25 == 24 else line for i, line in enumerate(lines)) + "\f"
    plain, with_breaks = parse_report(text), parse_report(paged)
    assert _cells(with_breaks) == _cells(plain)
    assert with_breaks.metadata == plain.metadata


def test_a_break_inside_a_line_is_a_new_line_numbered_as_in_the_file():
    lines, origins = split_lines("标题\n行政许可\f行政处罚\u2028行政强制\n末行\x00")
    assert lines == ["标题", "行政许可", "行政处罚", "行政强制", "末行"]
    assert origins == [1, 2, 2, 2, 3]


def test_plain_text_needs_no_line_map():
    assert split_lines("a\nb\tc") == (["a", "b\tc"], None)


def test_a_value_split_by_an_invisible_character_reads_as_printed():
    text = TEXTS["004_847613be71b3106c.txt"]
    lines = text.split("\n")
    target, number = next((c, n) for c in parse_report(text).cells if c.value is not None and c.value >= 10
                          for n in range(c.line_start, c.line_end + 1) if str(int(c.value)) in lines[n - 1])
    line = lines[number - 1]
    at = line.index(str(int(target.value))) + 1
    lines[number - 1] = line[:at] + "\u200b\x00" + line[at:]
    again = parse_report("\n".join(lines))
    assert (target.code, target.applicant_type, target.value) in {(c.code, c.applicant_type, c.value) for c in again.cells}


def test_ten_thousand_nested_elements_are_read():
    page = ("<html><body><h1>某某市人民政府2020年政府信息公开工作年度报告</h1>" + "<div>" * 10_000
            + "<p>2020年主动公开政府信息100条。</p>" + "</div>" * 10_000 + "</body></html>")
    report = parse_report(page)
    assert not report.issues
    assert report.metadata.agency == "某某市人民政府"
    assert [(c.code, int(c.value)) for c in report.cells] == [("prose.proactive_disclosed", 100)]


def test_a_table_the_aligner_fails_on_is_lost_alone(monkeypatch):
    """Only the section whose rows break the aligner is dropped, with a parser_error at its first line."""
    name = next(n for n in sorted(TEXTS) if n.startswith("m_ogi2021_tab"))
    text = TEXTS[name]
    whole = parse_report(text)
    real_align = national.align

    def failing_on_requests(rows, *args, **kwargs):
        if any("本年新收" in cell.text for row in rows for cell in row.cells):
            raise IndexError("a bug the test plants")
        return real_align(rows, *args, **kwargs)

    monkeypatch.setattr(national, "align", failing_on_requests)
    broken = parse_report(text)
    failures = [i for i in broken.issues if i.kind == PARSER_ERROR]
    assert len(failures) == 1 and "IndexError" in failures[0].message
    kept = {c.code for c in broken.cells}
    assert any(code.startswith("2021.t2.") for code in kept)
    assert not any(code.startswith("2021.t3.") for code in kept)
    assert any(c.code.startswith("2021.t3.") for c in whole.cells)
    assert {c.code for c in whole.cells if c.extraction_method == "prose"} <= kept
    request_lines = [c.line_start for c in whole.cells if c.code.startswith("2021.t3.")]
    assert failures[0].line <= min(request_lines)


def test_any_failure_still_returns_a_report(monkeypatch):
    import orchestration.parser.report as report_module

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(report_module, "extract_prose_figures", broken)
    report = parse_report(TEXTS["004_847613be71b3106c.txt"])
    assert report.cells and report.metadata.agency
    assert [i.label for i in report.issues if i.kind == PARSER_ERROR] == ["prose"]
