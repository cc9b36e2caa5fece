"""The `ogi` command as the README shows it: helpful messages, numbers as people write them."""

import pytest

from conftest import FIXTURES, PROJECT_ROOT
from orchestration.cli import main


def ogi(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_an_unknown_rule_is_named_not_reported_as_clean(seeded, capsys):
    _, warehouse, _, _ = seeded
    code, out, err = ogi(capsys, "findings", "--rule", "bogus", "--warehouse", str(warehouse))
    assert code == 2 and out == ""
    assert "no rule 'bogus'" in err and "sum_children" in err


def test_an_unknown_agency_is_named(seeded, capsys):
    _, warehouse, _, _ = seeded
    code, _, err = ogi(capsys, "findings", "--agency", "火星局", "--warehouse", str(warehouse))
    assert code == 2 and "火星局" in err
    code, out, _ = ogi(capsys, "findings", "--agency", "聊城", "--rule", "sum_children", "--warehouse", str(warehouse))
    assert code == 0 and "004_847613be71b3106c.txt" in out


def test_a_known_filter_without_findings_says_so(seeded, capsys):
    _, warehouse, _, _ = seeded
    code, out, _ = ogi(capsys, "findings", "--rule", "balance", "--warehouse", str(warehouse))
    assert (code, out.strip()) == (0, "no findings match these filters")


@pytest.mark.parametrize("csv", [False, True])
def test_numbers_are_printed_as_written_and_missing_values_blank(seeded, capsys, csv):
    _, warehouse, _, _ = seeded
    sql = ("select m.report_year, m.proactive_disclosed, m.review_cases from marts.agency_year_metrics m "
           "join marts.dim_agency a using (agency_id) where a.agency_name in ('鄞州区卫生健康局', '古县卫生和计划生育局') "
           "order by m.proactive_disclosed nulls first")
    code, out, _ = ogi(capsys, "query", sql, "--warehouse", str(warehouse), *(["--csv"] if csv else []))
    rows = [line.split(",") if csv else line.split() for line in out.strip().splitlines()[1:]]
    assert code == 0
    assert "0000" not in out and "None" not in out
    if csv:
        assert rows == [["2018", "", "0"], ["2018", "979", "0"]]
    else:
        assert rows == [["2018", "0"], ["2018", "979", "0"]]  # the blank cell leaves a gap


def test_evaluate_finds_the_seed_reports_in_the_drop_folder(seeded, capsys, monkeypatch):
    raw_dir, _, _, _ = seeded
    monkeypatch.setenv("OGI_RAW_DIR", str(raw_dir))
    code, out, _ = ogi(capsys, "evaluate", "--gold", str(FIXTURES / "seed_expected_values.csv"))
    assert code == 0 and "values in a wrong cell: 0; expected cells missed: 0" in out


def test_evaluate_names_the_reports_it_cannot_find(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("OGI_RAW_DIR", str(tmp_path))
    code, out, err = ogi(capsys, "evaluate", "--gold", str(FIXTURES / "seed_expected_values.csv"))
    assert code == 2 and out == ""
    assert "004_847613be71b3106c.txt" in err and "--raw-dir" in err


def test_the_readme_says_how_ogi_gets_on_path():
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    assert ".venv/bin/ogi" in readme and "source .venv/bin/activate" in readme
