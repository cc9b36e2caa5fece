"""Matching printed row labels to catalog labels, with the table's context.

Several catalog rows share a label (被依法纠错数 under 行政复议 and under
行政诉讼), so a label alone does not name a cell: the parent matched most
recently decides. Labels are compared after normalisation; a printed label
that contains a catalog label (六、被举报投诉数量 ⊃ 举报投诉数量) matches it
when no label matches exactly.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from orchestration.parser.catalog import Indicator
from orchestration.parser.labels import normalize_label

_BRACKET_MARKS = re.compile(r"[（）()]")
# A printed label shorter than this never matches by containment alone.
_MIN_CONTAINED = 4
# ... and the catalog label must make up most of the printed one.
_MIN_COVERAGE = 0.6


@dataclass(frozen=True)
class Match:
    indicator: Indicator | None
    candidates: tuple[Indicator, ...]  # more than one when the label stays ambiguous


class LabelMatcher:
    def __init__(self, indicators: list[Indicator]):
        self._by_key: dict[str, list[Indicator]] = defaultdict(list)
        for ind in indicators:
            self._by_key[normalize_label(ind.label_zh)].append(ind)
        self._keys_longest_first = sorted(self._by_key, key=len, reverse=True)
        self._parent = {ind.code: ind.parent_code for ind in indicators}
        self._matched_order: dict[str, int] = {}  # code -> position of its match

    def _lookup(self, key: str, fuzzy: bool) -> list[Indicator]:
        if key in self._by_key:
            return self._by_key[key]
        if not fuzzy:
            return []
        for known in self._keys_longest_first:
            # 被举报投诉数量 ⊃ 举报投诉数量, but not 其他形式公开政府信息数 ⊃ 其他形式
            if len(known) >= _MIN_CONTAINED and known in key and len(known) >= _MIN_COVERAGE * len(key):
                return self._by_key[known]
        return []

    def match(self, label: str, fuzzy: bool = True) -> Match:
        key = normalize_label(label)
        if not key:
            return Match(None, ())
        candidates = self._lookup(key, fuzzy)
        if not candidates and fuzzy:
            # a catalog label printed inside brackets: 五、申诉（举报投诉）数量
            candidates = self._lookup(normalize_label(_BRACKET_MARKS.sub("", label)), fuzzy)
        if not candidates:
            return Match(None, ())
        if len(candidates) == 1:
            return Match(candidates[0], tuple(candidates))
        # Prefer the candidate whose parent (or parent's parent) was matched last.
        best, best_pos = None, -1
        tie = False
        for cand in candidates:
            pos = self._ancestor_position(cand)
            if pos > best_pos:
                best, best_pos, tie = cand, pos, False
            elif pos == best_pos:
                tie = True
        if best is None or best_pos < 0 or tie:
            return Match(None, tuple(candidates))
        return Match(best, tuple(candidates))

    def _ancestor_position(self, ind: Indicator) -> int:
        parent = ind.parent_code
        positions = []
        while parent:
            if parent in self._matched_order:
                positions.append(self._matched_order[parent])
            parent = self._parent.get(parent)
        return max(positions, default=-1)

    def record(self, code: str) -> None:
        self._matched_order[code] = len(self._matched_order)
