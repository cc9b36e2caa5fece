"""Reports printed in traditional characters (統計, 申請) read as simplified ones.

The catalog's labels are simplified; a traditional report's labels map to
the same cells once converted. Conversion keeps every line where it was, so
provenance line numbers still point into the file.
"""

from __future__ import annotations

import re

# Characters common in these reports that exist only in traditional script.
_TRADITIONAL_MARKERS = re.compile("[統計數據請開關於與個這為會處辦資訊報門條議訴訟費權總結複區縣鄉鎮務廳學發辭規範類應對]")
_MIN_MARKERS = 5
# Gateway and mirror pages that convert to traditional script insert each
# converted character's pinyin after it: 區(qū), 報(bào) (catalogue M12, 23 pages).
# Taiwan phrasing: mirror sites on .tw domains (catalogue M12) convert 信息 to
# 資訊 along with the script; the form's labels say 信息.
_REGIONAL_WORDS = {"资讯": "信息"}
_PINYIN = re.compile(r"(?<=[\u4e00-\u9fff])\((?:[a-zA-Z\u00e0-\u00fc\u0101-\u01dc]{1,6})\)")


def looks_traditional(text: str) -> bool:
    return len(_TRADITIONAL_MARKERS.findall(text, 0, 20000)) >= _MIN_MARKERS


def to_simplified(text: str) -> str:
    import zhconv  # only traditional reports need its dictionaries

    converted = zhconv.convert(text, "zh-cn")
    if converted.count("\n") != text.count("\n"):  # never move a line
        converted = "\n".join(zhconv.convert(line, "zh-cn") for line in text.split("\n"))
    converted = _PINYIN.sub("", converted)
    for regional, mainland in _REGIONAL_WORDS.items():
        converted = converted.replace(regional, mainland)
    return converted
