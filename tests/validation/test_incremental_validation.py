"""A run validates only what changed, and its findings equal a full validation's.

The reports are those of validation_reports.py (every rule broken once,
agencies reporting in consecutive years). One drop then changes them in every
way that matters: a report fixed, one broken, one withdrawn, one added, and
the previous year of a chain corrected, which must clear a finding filed
under the next year's report although that report did not change.
"""

import random
import shutil

import duckdb
import pytest

from benchmarks import synthetic
from conftest import query, run
from orchestration import warehouse
from orchestration.validation.run import validate
from validation_reports import build

FINDINGS_SQL = "select * exclude (checked_at) from validation.findings order by all"


def _findings(path):
    return query(path, FINDINGS_SQL)


def _check_metadata(result, check_name):
    for event in result.all_events:
        if event.event_type_value == "ASSET_CHECK_EVALUATION":
            data = event.asset_check_evaluation_data
            if data.check_name == check_name:
                return {k: v.value for k, v in data.metadata.items()}
    raise AssertionError(f"no result for {check_name}")


@pytest.fixture(scope="module")
def changed(definitions, tmp_path_factory):
    built = build(definitions, tmp_path_factory.mktemp("incremental"))
    before = _findings(built.warehouse)
    reports = built.reports
    # the 2020 report, replaced by a corrected file, now carries forward what its 2021 report
    # carried over: the chain holds
    old_2020 = reports["break_2020"].path
    fixed_2020 = reports["break_2020"].set("2019.t3.carried_forward", "natural_person", 3)
    fixed_2020.path = old_2020.replace(".txt", "_corrected.txt")
    broken = synthetic.balanced("ogi2019", 2019, "辛县卫生健康局", "cells/new_broken.txt", random.Random(5))
    broken.set("2019.t3.total", "total", broken.value("2019.t3.total", "total") + 1)
    with warehouse.connect(built.warehouse) as con:
        synthetic.store(con, [fixed_2020, broken])
    for report in (fixed_2020, broken):
        (built.raw_dir / report.path).write_text(synthetic.render(report)[0], encoding="utf-8")
    (built.raw_dir / old_2020).unlink()
    (built.raw_dir / reports["t08_sum_children"].path).unlink()  # withdrawn
    result = run(definitions, built.raw_dir, built.warehouse)
    return built, before, result


def test_only_the_changed_agencies_are_validated_again(changed):
    built, _, result = changed
    metadata = _check_metadata(result, "sum_children")
    reports, = query(built.warehouse, "select count(*) from marts.dim_report")[0]
    # the new report, and the 2021 report beside the corrected 2020 one; the others keep their findings
    assert metadata["reports_kept"] == reports - 3
    # the check's result still counts every current report's findings
    assert metadata["findings"] == query(built.warehouse, "select count(*) from marts.fct_validation_finding "
                                                          "where rule_id = 'sum_children'")[0][0]


def test_a_correction_in_one_year_clears_the_next_years_finding(changed):
    built, before, _ = changed
    chain = [r for r in before if r[1] == "carried_over_chain"]
    assert len(chain) == 1
    assert not [r for r in _findings(built.warehouse) if r[1] == "carried_over_chain"]


def test_incremental_findings_equal_a_full_validation(changed, tmp_path):
    built, before, _ = changed
    incremental = _findings(built.warehouse)
    assert incremental != before
    copy = tmp_path / "full.duckdb"
    shutil.copy(built.warehouse, copy)
    con = duckdb.connect(str(copy))
    try:
        run_ = validate(con, full=True)
        assert run_.full and run_.reports_kept == 0
    finally:
        con.close()
    assert _findings(copy) == incremental
    # the new broken report was found, the withdrawn one's finding is gone
    files = {r[0] for r in query(built.warehouse, "select source_file from marts.fct_validation_finding")}
    assert "cells/new_broken.txt" in files
    assert built.reports["t08_sum_children"].path not in files


def test_a_run_with_nothing_changed_validates_nothing(changed, tmp_path):
    built, _, _ = changed
    copy = tmp_path / "again.duckdb"
    shutil.copy(built.warehouse, copy)
    con = duckdb.connect(str(copy))
    try:
        again = validate(con)
    finally:
        con.close()
    assert not again.full and again.reports_validated == 0
    assert _findings(copy) == _findings(built.warehouse)
