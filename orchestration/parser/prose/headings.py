"""Zeros from a heading answered by a bare denial (…提起行政诉讼情况：无, or （二）依申请公开方面 over a line
holding only 无): no reviews or lawsuits, no requests, no fees.
"""

from __future__ import annotations

import re
from decimal import Decimal

from orchestration.parser.prose.scope import _other_year
from orchestration.parser.prose.sentences import _HEADING_NUMBER, Sentence, _prose_cell
from orchestration.parser.records import Cell


_CASE_TERMS = {"review_cases": "行政复议", "litigation_cases": "行政诉讼"}
_DENIES_HEADING = re.compile(r"^(?:本年度|本年|全年|今年|\d{4}年度?)?[，,]?(?:我局|我单位|我镇|我乡|我街道|本单位|本机关)?"
                             r"(?:无|没有|未发生|未出现)(?:此类|该类|上述|相关)?(?:情况|事项|案件|情形)?[。.]?$")


_HEADING_COLON = re.compile(r"^(.{4,60}?(?:情况|数量))[:：]\s*(.+)$")
# a numbered heading with no full stop over a line holding only 无, which reach the rules as one sentence
# ('（二）依申请公开方面' / '无', '四、因…提起行政诉讼情况' / '无': 72a03, 72a05, the pages behind realdev r173 and r396)
_HEADING_OVER_NONE = re.compile("(" + _HEADING_NUMBER + r"[^，。,;；:：]{2,50}?(?:情况|方面|数量))((?:无|没有)[。.]?)$")
# A heading on requests or on fees answered by a bare 无 says none came in or none was charged, as one on
# reviews says none was filed (P08/P14: '（二）依申请公开方面' over a line holding only 无, 'N、依申请公开政府信息
# 情况：无', 'N.…依申请公开政府信息的数量:无', '（二）依申请公开办理情况' over '无。': 69a01, 72a03, 72a05 and the
# pages behind realdev r173 and r230, five agencies; the fees' '…收费及减免情况：无' is the same class's variant,
# on two of them, 69a01 and r230's page). A heading on one outcome (不予公开…数量：无) or on answers counts no requests.
_REQUESTS_HEADING = re.compile(r"依申请公开|收到和处理政府信息公开申请")
_NOT_REQUESTS_HEADING = re.compile(r"复议|诉讼|不予|收费|咨询|答复")
# a heading's own Arabic numbering (5、, (3)), which is no count
_ARABIC_NUMBERING = re.compile(r"^\s*(?:\d{1,2}\s*[、.．]|[（(]\d{1,2}[）)])")


def _heading_denials(s: Sentence, heading: str, year: int | None) -> dict[str, Cell]:
    """Zeros from a short denial answering the heading before it
    (（三）因…申请行政复议、提起行政诉讼情况。本年度无此类情况。), the heading and its
    answer on one line after a colon (…提起行政诉讼的情况：没有。), or a bare 无 on the
    line under it: zero cases for a heading on reviews and lawsuits (catalogue P09),
    zero requests or fees for one on them (P08/P14)."""
    if "无" not in s.text and "没有" not in s.text and "未" not in s.text:
        return {}  # no denial's word (_DENIES_HEADING's): most sentences
    # (the pattern's words: most sentences have neither)
    split = _HEADING_COLON.match(s.text) if "情况" in s.text or "数量" in s.text else None
    if split is None and s.line_end > s.line_start:
        split = _HEADING_OVER_NONE.match(s.text)
    answered, answer = split.group(1, 2) if split else (heading, s.text)
    # (a count in the heading is no denial's; its own numbering, 5、因…情况。无。, is no count: round 49's county bureau)
    if not _DENIES_HEADING.match(answer) or re.search(r"\d", _ARABIC_NUMBERING.sub("", answered)):
        return {}
    if _other_year(answered, year, len(answered)):
        return {}
    raw = s.text if split else heading + s.text
    metrics = [metric for metric, term in _CASE_TERMS.items() if term in answered]
    if _REQUESTS_HEADING.search(answered) and not _NOT_REQUESTS_HEADING.search(answered):
        metrics.append("applications_received")
    if "收费" in answered and not metrics:
        metrics.append("fees_10k_yuan")
    return {metric: _prose_cell(metric, Decimal(0), raw, s) for metric in metrics}
