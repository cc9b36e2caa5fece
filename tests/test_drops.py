"""The drop folder's scan, handed from `ogi run`'s freshness check to the ingest it starts."""

from __future__ import annotations

from orchestration.drops import hand_over_scan, scan_drop, take_scan


def test_the_handed_scan_is_taken_once_then_the_folder_is_scanned_afresh(tmp_path):
    (tmp_path / "a.txt").write_text("一", encoding="utf-8")
    handed = scan_drop(tmp_path)
    hand_over_scan(tmp_path, handed)
    (tmp_path / "b.txt").write_text("二", encoding="utf-8")  # after the check: the next run's
    assert take_scan(tmp_path) is handed
    assert [f.relative_path for f in take_scan(tmp_path)] == ["a.txt", "b.txt"]


def test_a_scan_of_another_folder_or_one_withdrawn_is_not_taken(tmp_path):
    (tmp_path / "one").mkdir()
    (tmp_path / "two").mkdir()
    (tmp_path / "two" / "c.txt").write_text("三", encoding="utf-8")
    hand_over_scan(tmp_path / "one", [])
    assert [f.relative_path for f in take_scan(tmp_path / "two")] == ["c.txt"]
    hand_over_scan(tmp_path / "two", [])
    hand_over_scan(tmp_path / "two", None)  # the run waited for the lock: the folder may have changed
    assert [f.relative_path for f in take_scan(tmp_path / "two")] == ["c.txt"]
