"""Export the national gazetteer of administrative divisions (GB/T 2260) as a dbt seed.

Why this script exists
----------------------
Annual Open Government Information reports name the publishing agency
("鹤山市卫生健康局", "威海市环翠区卫生健康局", ...) but rarely print the
division code, province or prefecture.  ``orchestration/parser/gazetteer.py``
resolves those names against a gazetteer.  The gazetteer is *shipped as a
data file* (``dbt_project/seeds/admin_divisions.csv``) so that neither the
pipeline runtime nor dbt needs the ``GB2260`` package or any network access:
the package is a dev-time tool only, used by this script to regenerate the
file.  It is deliberately not a runtime dependency of the project.

Source
------
PyPI package ``GB2260`` (0.4.1).  It keeps everything in one Python literal,
``gb2260.data.data``: a dict ``{revision: {code_int: name}}`` where
``revision`` is a 4-digit year (2002, ..., 2013; meaning that year's
December revision), a 6-digit year+month (200306, 200403, ...), or ``None``
for the package's "latest" dataset, which the package itself dates as
``LATEST_YEAR`` (2014).  We normalise every revision to a ``YYYYMM`` string
with the package's own ``make_year_key`` (so ``2006`` -> ``200612``,
``None`` -> ``201412``), which makes the strings sort chronologically.

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
  would-be prefecture row is a placeholder such as "市辖区") have empty
  prefecture columns;
* placeholder rows ("市辖区", "县", "省直辖县级行政区划", ...) are not
  divisions a report prints and are skipped;
* sorted by ``code`` then ``last_revision``; UTF-8, header row.

Usage (rerunnable; overwrites the seed)::

    .venv/bin/pip install GB2260==0.4.1      # dev-time only
    .venv/bin/python scripts/build_admin_divisions.py [--output PATH]
"""

from __future__ import annotations

import argparse
import csv
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


def load_revisions() -> dict[str, dict[str, str]]:
    """Return ``{"YYYYMM": {"6-digit code": name}}`` from the GB2260 package."""
    try:
        from gb2260.data import data
        from gb2260.division import make_year_key
    except ImportError:  # pragma: no cover - dev-time tool
        sys.exit(
            "GB2260 is not installed; run `.venv/bin/pip install GB2260==0.4.1` "
            "(dev-time only)."
        )
    revisions: dict[str, dict[str, str]] = {}
    for year, store in data.items():
        y, m = make_year_key(year)
        label = f"{y:04d}{m:02d}"
        if label in revisions:
            raise ValueError(f"two GB2260 datasets normalise to revision {label}")
        revisions[label] = {f"{int(code):06d}": str(name).strip() for code, name in store.items()}
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
