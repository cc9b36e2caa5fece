"""One study round of real report pages, from the readers' prompts to the rows kept in docs/real_reports.

    python scripts/study_round.py prompts ROUND_DIR NUMBER LEADS_FILE  # write ROUND_DIR/PROMPT_{a..d}.md
    python scripts/study_round.py score ROUND_DIR                      # score the readers' labels blind
    python scripts/study_round.py append ROUND_DIR NUMBER [--dry]      # repeats check, then append the rows
    python scripts/study_round.py recount                              # each class's "Pages:" line again

A round's folder (outside the repository: the pages are other people's text) holds one folder a quarter,
a to d, each with the page files a reader saved, its labels.csv and figures.csv (the columns
docs/real_reports/reading_conventions.md gives) and labels.sha, the labels' hashes taken before the
parser ran. `score` builds gold files from them and scores the parser with `ogi evaluate`'s own code,
so its figures are those the rounds log keeps; `append` writes the round's rows to studied_pages.csv,
scored_pages.csv and scored_figures.csv, after naming any page whose address the project has read
already (the frozen part's sources included). The catalogue's paragraphs stay hand-written.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from orchestration.evaluation import evaluate  # noqa: E402

DOCS = ROOT / "docs" / "real_reports"
QUARTERS = "abcd"
# the readers' level words, as studied_pages.csv has kept them since the first rounds
LEVELS = {"street": "township", "department-province": "province_department", "department-city": "city_department",
          "department-county": "county_department", "zone": "county", "central": "department"}
# the quarters by region: rounds 203–239 gave 江苏 and 上海 a quarter of their own until round 239's reader
# found one new page in 59 searches; rounds 240–244 gave that quarter to the north and north-east, and from round 245
# 浙江 and 安徽's quarter (two new pages in 67 searches in round 244) reads the south-centre instead; from round 259
# 山东, 福建 and 江西's quarter (two new pages in 38 searches in round 258, where the west's reader found 13 in 21, 11 of
# them 重庆's and 四川's towns) reads 重庆 and 四川, and the west's quarter the rest of the west; from round 275 the north's quarter
# (one new page in 22 searches in round 274, two in 30 in round 273, where the west's reader found nine central bodies' pages and
# none of the west's) reads central bodies, and the west's quarter the west alone; from round 280 (central bodies one page in 36
# searches and the west two in 60 in round 279, where 四川's and 广西's city columns gave 14) the first quarter reads the east again,
# rested since round 258, and the fourth everything else: the north, the north-east, the west and central bodies; from round 285
# (everything else three new pages in rounds 283–284, the south-centre 21) the second quarter reads the centre, 湖北, 湖南 and 河南
# (河南 from the north), and the fourth takes 广东, 广西 and 海南 beside everything else; from round 292 (everything else no new
# page in 29 searches in round 291, the east's reader eight in each of rounds 290 and 291, ten of them 福建's, stopped by the time
# limit) the fourth takes 福建 and 江西 from the east as well; from round 307 (重庆 and 四川 no new page in ten searches in
# round 306, the fourth's reader 37 pages over rounds 304–306, 30 of them 福建's) the third reads 福建 alone and the fourth
# takes 重庆 and 四川 beside everything else
AREAS = {
    "a": "the east: 上海市, 江苏省, 浙江省, 安徽省 and 山东省 (never save a page of any other province).",
    "b": "the centre: 湖北省, 湖南省 and 河南省 (never save a page of any other province).",
    "c": "福建省 (never save a page of any other province).",
    "d": "江西省, 广东省, 广西壮族自治区, 海南省, 重庆市 and 四川省, and everything else: the north and north-east (北京, 天津, 河北, 山西, 内蒙古, "
         "辽宁, 吉林, 黑龙江), the west (贵州, 云南, 西藏, 陕西, 甘肃, 青海, 宁夏, 新疆) and central bodies (ministries, "
         "national bureaus, their branches, the Academy's institutes); never a page of 上海, 江苏, 浙江, 安徽, 山东, 湖北, 湖南, 河南 or "
         "福建: other readers have those.",
}
PROMPT_HEAD = """# Study round {number}, quarter {quarter}: label real OGI annual report pages (blind)

You work for a project that parses Chinese government 政府信息公开工作年度报告 pages. Your job: find, save and
hand-label about 12 report pages nobody in the project has studied yet.
Your area: {area}

## How to find pages
- Use the `search` tool with corpus `pages` only (stored web pages; each result holds a page's first ~2,000
  characters). Make at most 70 search calls; stop earlier when you have 12 good pages. The search budget is shared
  with three other readers: do not waste calls.
- Every candidate URL must be NEW: check it (without its scheme http:// or https://, and without a trailing slash)
  against the project's lists before saving: `grep -F -c 'the-url-without-scheme' {docs}/studied_pages.csv
  {docs}/frozen_sources.csv` must print 0 for both. Also skip a page whose agency and year look the same as a row in
  studied_pages.csv, since mirrors repeat pages under other addresses.
- Most ordinary queries return pages already studied. {leads}
- Vary report years (2009–2025), levels and kinds of body.
- Never save a page with no url, an English translation, or a page of another province than your area (unless a
  mirror hides the place).

## Where to write
Folder: {folder}/ (exists). Page files, labels.csv and figures.csv go there, as described below. When you are
completely done, run `cd {folder} && sha256sum labels.csv figures.csv > labels.sha` and do not change the labels
after that.

For the `classes` column, the catalogue's class codes are its headings: `grep -n "^### " {docs}/catalogue.md`; read
a few lines under a heading for what the class means (the file is large).

Do NOT open anything under {root}/orchestration or {root}/tests, and do not run the project's commands: the parser
is scored blind against your labels.

"""


def _rows(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _bare(url: str) -> str:
    return url.strip().split("://", 1)[-1].rstrip("/")


def prompts(folder: Path, number: str, leads_file: Path) -> None:
    conventions = (DOCS / "reading_conventions.md").read_text(encoding="utf-8")
    conventions = conventions[conventions.index("You label real report pages"):]
    leads = leads_file.read_text(encoding="utf-8").strip()
    for quarter, area in AREAS.items():
        (folder / quarter).mkdir(parents=True, exist_ok=True)
        head = PROMPT_HEAD.format(number=number, quarter=quarter, area=area, docs=DOCS, leads=leads,
                                  folder=folder / quarter, root=ROOT)
        text = conventions.replace("<round folder>", str(folder)).replace("<quarter>", quarter)
        (folder / f"PROMPT_{quarter}.md").write_text(head + text, encoding="utf-8")
    print(f"wrote {folder}/PROMPT_{{a..d}}.md")


def _check_hashes(folder: Path, quarter: str) -> None:
    sha = folder / quarter / "labels.sha"
    if not sha.exists():
        print(f"  {quarter}: no labels.sha")
        return
    for line in sha.read_text().splitlines():
        if line.strip():
            digest, name = line.split()[0], Path(line.split()[-1]).name
            if hashlib.sha256((folder / quarter / name).read_bytes()).hexdigest() != digest:
                print(f"  {quarter}: {name} changed after it was hashed")


def _score(folder: Path, quarters: list[str], tag: str):
    gold, reports = folder / f"gold_{tag}_values.csv", folder / f"gold_{tag}_reports.csv"
    with gold.open("w", encoding="utf-8", newline="") as g, reports.open("w", encoding="utf-8", newline="") as r:
        values, metadata = csv.writer(g), csv.writer(r)
        values.writerow(["source_file", "code", "applicant_type", "value", "value_status"])
        metadata.writerow(["source_file", "agency", "report_year", "published_on"])
        for quarter in quarters:
            for label in _rows(folder / quarter / "labels.csv"):
                metadata.writerow([f"{quarter}/{label['page']}", label["agency"], label["report_year"],
                                   label["published_on"]])
            for figure in _rows(folder / quarter / "figures.csv"):
                values.writerow([f"{quarter}/{figure['page']}", figure["code"], "", figure["value"], "reported"])
    ev = evaluate(gold, raw_dir=folder, reports=reports)
    prose = ev.groups.get(("prose", "prose"))
    read, right, labelled = (prose.found, prose.correct, prose.expected) if prose else (0, 0, 0)
    pages = sum(len(_rows(folder / q / "labels.csv")) for q in quarters)
    fields = ", ".join(f"{name} {a}/{b}" for name, (a, b) in ev.metadata_scores.items())
    print(f"[{tag}] pages {pages}: {fields}; prose {read} read, {right} right, of {labelled}")
    return ev


def score(folder: Path) -> None:
    quarters = [q for q in QUARTERS if (folder / q / "labels.csv").exists()]
    for quarter in quarters:
        _check_hashes(folder, quarter)
    for quarter in quarters:
        _score(folder, [quarter], quarter)
    ev = _score(folder, quarters, "all")
    for title, lines in (("metadata differences", ev.metadata_mismatches), ("read wrong or not labelled", ev.misplaced),
                         ("missed", ev.missed), ("unreadable", ev.unreadable)):
        print(f"-- {title}")
        for line in lines:
            print("  ", line)


def append(folder: Path, number: str, dry: bool) -> int:
    studied = {_bare(r["url"]) for r in _rows(DOCS / "studied_pages.csv")}
    frozen = {_bare(r["modelled_on_url"]) for r in _rows(DOCS / "frozen_sources.csv")}
    seen: dict[str, str] = {}
    pages, figures, repeats = [], [], 0
    for quarter in QUARTERS:
        for label in _rows(folder / quarter / "labels.csv"):
            url, where = _bare(label["url"]), []
            where += [name for name, urls in (("studied", studied), ("frozen", frozen)) if url in urls]
            where += [f"also {seen[url]}"] if url in seen else []
            where += ["no url"] if not label["url"].strip() else []
            where += ["no page file"] if not (folder / quarter / label["page"]).exists() else []
            if where:
                repeats += 1
                print(f"{quarter}/{label['page']}: {', '.join(where)}  {label['url']}")
            seen[url] = f"{quarter}/{label['page']}"
            pages.append((quarter, label))
        figures += [(quarter, f) for f in _rows(folder / quarter / "figures.csv")]
    print(f"{len(pages)} pages, {len(figures)} figures, {repeats} to look at")
    if dry or repeats:
        return 1 if repeats else 0
    for name, rows in (
            ("studied_pages.csv", [[lab["url"], lab["agency"], lab["province"], LEVELS.get(lab["level"], lab["level"]),
                                    lab["report_year"], lab["form"], lab["classes"]] for _, lab in pages]),
            ("scored_pages.csv", [[number, f"{q}/{lab['page']}", lab["url"], lab["agency"], lab["report_year"]]
                                  for q, lab in pages]),
            ("scored_figures.csv", [[number, f"{q}/{f['page']}", f["code"], f["value"]] for q, f in figures])):
        with (DOCS / name).open("a", encoding="utf-8", newline="") as fh:
            csv.writer(fh, lineterminator="\n").writerows(rows)
    print("appended to studied_pages.csv, scored_pages.csv and scored_figures.csv")
    return 0


def recount() -> None:
    """Each class's 'Pages: N (M agencies).' line from studied_pages.csv (the page count in the catalogue's opening
    and the README's stay hand-written)."""
    rows = _rows(DOCS / "studied_pages.csv")
    path = DOCS / "catalogue.md"
    lines, code, changed = path.read_text(encoding="utf-8").split("\n"), None, 0
    for i, line in enumerate(lines):
        if heading := re.match(r"### ([MTP]\d\d) ", line):
            code = heading.group(1)
        elif code and re.match(r"Pages: \d+ \(\d+ agencies\)\.$", line):
            hit = [r for r in rows if code in (r["classes"] or "").split(";")]
            new = f"Pages: {len(hit)} ({len({r['agency'] for r in hit})} agencies)."
            changed += new != line
            lines[i], code = new, None
    path.write_text("\n".join(lines), encoding="utf-8")
    print(f"{len(rows)} pages, {len({r['agency'] for r in rows})} names as printed; {changed} classes' counts changed")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    p = commands.add_parser("prompts")
    p.add_argument("folder", type=Path)
    p.add_argument("number")
    p.add_argument("leads", type=Path)
    commands.add_parser("score").add_argument("folder", type=Path)
    p = commands.add_parser("append")
    p.add_argument("folder", type=Path)
    p.add_argument("number")
    p.add_argument("--dry", action="store_true")
    commands.add_parser("recount")
    args = parser.parse_args(argv)
    if args.command == "prompts":
        prompts(args.folder, args.number, args.leads)
    elif args.command == "score":
        score(args.folder)
    elif args.command == "append":
        return append(args.folder, args.number, args.dry)
    else:
        recount()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
