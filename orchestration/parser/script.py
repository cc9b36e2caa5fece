"""The Han characters names are written in, as a regex character-class range.

CJK Unified Ideographs (U+4E00-9FFF) and Extension A (U+3400-4DBF): a town's
name may hold a rarer character (塘㙍镇, round 66), and a name pattern that
takes the first block only loses it. One spelling, used inside every name
pattern of metadata/ and gazetteer.py as `[{HAN}]`.
"""

HAN = r"\u3400-\u4dbf\u4e00-\u9fff"
