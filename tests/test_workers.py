"""The parse workers' settings around a batch."""

from __future__ import annotations

import gc

import pytest

from orchestration.workers import few_collections, parse_batch


def test_the_collector_runs_less_often_while_parsing_and_as_before_after():
    before = gc.get_threshold()
    with few_collections():
        assert gc.get_threshold()[0] > before[0] and gc.get_threshold()[1:] == before[1:]
    assert gc.get_threshold() == before
    with pytest.raises(ValueError), few_collections():
        raise ValueError
    assert gc.get_threshold() == before


def test_a_batch_parses_under_it_and_leaves_the_threshold():
    before = gc.get_threshold()
    (report, cells, _), = parse_batch([("0" * 64, "某县人民政府2021年政府信息公开工作年度报告\n全年主动公开政府信息120条。\n", None)])
    assert report["report_year"] == 2021 and any(c[1] == "prose.proactive_disclosed" for c in cells)
    assert gc.get_threshold() == before
