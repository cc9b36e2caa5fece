"""Items sorted by how each is disclosed (主动公开, 依申请公开, 不予公开), the 2008 form's attribute restated
in prose: its 依申请公开 part is no count of requests, and its 主动公开 part may be the year's proactive figure.
"""

from __future__ import annotations

import re

from orchestration.parser.prose.channels import _ITEM_COUNT
from orchestration.parser.prose.scope import _CUMULATIVE
from orchestration.parser.prose.sentences import NUM


# 共制作政府信息184条，其中主动公开55条，依申请公开3条，不予公开126条: documents sorted by how
# they are disclosed (the 2008 form's attribute), not requests (third round, 2 agencies' pages)
# (each part with its share, 其中主动公开信息数43条,占比41.35%;依申请公开信息数58条,占比55.77%;不予公开信息数3条: 225c07's city
# bureau, read as 58 requests; a wording of the guard, the shares read past as a part's noun is)
# (a share after a count of items in 条 only: request outcomes in 件 with their shares, 属于已主动公开范围的5件,占比25%;…;
# 不予公开2件, are no documents by attribute: review of 23ea9fc)
_SHARE = r"(?<=条)[，,]\s*占比?\s*\d+(?:\.\d+)?\s*[%％][；;，,]?"
# (不予以公开 as well, …依申请公开信息数2条,占比6.1%;不予以公开信息数2条: 255c07's and 255c13's towns, read as 2 and 3 requests;
# 226c05's county bureau prints it too; a wording)
_WITHHELD = "不予以?公开|不公开|免予公开"
# (or the on-request items with their share and the withheld after them, the proactive part ended by a full stop before:
# …主动公开信息数7条,占比46.66%。依申请公开信息数4条,占比26.67%;不予以公开信息数4条: 256c05's town of the same template,
# read as 4 requests where it received none)
# (never a request's outcome, 其中属于已主动公开范围的3件,同意公开6件,不予以公开1件: the review of the session's change)
_BY_ATTRIBUTE = re.compile(rf"(?<!已)主动公开(?!范围)[^。]{{0,30}}?(?:{_SHARE}[^。]{{0,30}}?){{0,2}}(?:{_WITHHELD})"
                           rf"|(?:{_WITHHELD})[^。]{{0,30}}?(?:{_SHARE}[^。]{{0,30}}?){{0,2}}主动公开"
                           rf"|依申请公开[^。]{{0,12}}?{_SHARE}[^。]{{0,12}}?(?:{_WITHHELD})")
# (or the documents counted first and split into two parts only, 全年行政发文共21件,主动公开18件,依申请公开3件: 196a11's district
# bureau, read as 3 requests; a wording of the class, whose 其中 and 公文 forms 185d02, 195c06 and 196a06 print. The parts may
# stand in brackets, after a semicolon or under 公开属性为, the count may be 发文数量; but the documents' count comes straight
# before them, so a 文件 named in passing, 根据文件要求，…主动公开政府信息120件，依申请公开3件, keeps its requests: the two reviews)
_DOCUMENTS_BY_ATTRIBUTE = re.compile(r"(?:发文|公文|文件)(?:数量|总数)?(?:共|共计|总计|合计|为)?\s*\d+\s*[件份篇]\s*[，,（(]\s*"
                                     r"(?:其中[，,：:]?\s*)?(?:公开属性为)?主动公开\s*\d+\s*[件份篇][，,、；;]\s*依申请公开")
# Also all the items disclosed, then 其中主动公开M条…依申请公开K条 (round 17: a district bureau's
# 公开信息687条，其中主动公开668条(包括…)，依申请公开19条): its 主动公开 part is the year's figure
# (the 依申请公开 part is still read as the requests, as the page's reader labelled it).
_PARTS_BY_ATTRIBUTE = re.compile(r"其中[，,：:]?\s*主动公开[^。]{0,120}?依申请公开")
_ATTRIBUTE_COUNT = re.compile(rf"其中[，,：:]?\s*主动公开(?:的)?(?:政府信息|信息)?(?:数|数量)?(?:为)?(?:共)?\s*{NUM}\s*条")
# (or with no 其中, the three parts listed straight after the whole, 共发布信息3603条,主动公开3054条,依申请公开141条,不予公开408条:
# 218b10's zone, whose whole was read as the year's; a wording of the class, read only where all three attributes are named)
_ATTRIBUTE_COUNT_LISTED = re.compile(rf"(?<=[条件])\s*[，,]\s*主动公开\s*{NUM}\s*条(?=[，,、；;]\s*依申请公开\s*\d+\s*条[，,、；;]\s*不予公开)")


def _listed_attribute_part(text: str) -> re.Match | None:
    """_ATTRIBUTE_COUNT_LISTED's part where its whole is the sentence's first count and nothing before runs to date (…300条,
    自2008年以来累计发布信息10000条,主动公开9000条…, or a unit's 市级部门共发布信息3603条… after the agency's own: review of
    39be619)."""
    m = _ATTRIBUTE_COUNT_LISTED.search(text)
    if m is None or len(_ITEM_COUNT.findall(text, 0, m.start())) > 1 or _CUMULATIVE.search(text, 0, m.start()):
        return None
    return m
