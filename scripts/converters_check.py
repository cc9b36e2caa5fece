"""How the parser reads the dev set's reports after other tools have converted them.

    .venv/bin/python scripts/converters_check.py [--out DIR] [--sizes 16,26]

Users drop what their tools made of a report: Chromium's print to PDF, the text pdftotext pulls out
of it (its default order, -layout and -raw), the text a browser copies out of a page (innerText), a
Word file pandoc writes from a page. Each source (the dev set's HTML pages and markdown reports, and
realdev's markdown stand-ins) is converted so, read as a user's file would be, and its table cells
are compared with the source's own reading: read, the same value, another value (wrong). Prints one
line a path; asserts nothing. A tool that is not installed (Debian: chromium, poppler-utils,
pandoc) skips its paths.
"""

from __future__ import annotations

import argparse
import csv
import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from make_document_fixtures import chromium, chromium_run, read_markdown, report_html

from orchestration import settings
from orchestration.documents import read_document
from orchestration.parser import parse_report

ROOT = Path(__file__).resolve().parent.parent
DEVSET = ROOT / "tests" / "fixtures" / "devset"
REALDEV = ROOT / "tests" / "fixtures" / "realdev"
# the page replaces itself by its own innerText once loaded, so that --dump-dom prints that text
_INNER_TEXT = ("<script>window.addEventListener('load',()=>{const t=document.body.innerText;"
               "document.body.innerHTML='';const p=document.createElement('pre');p.id='OUT';p.textContent=t;"
               "document.body.appendChild(p);});</script>")


def sources() -> list[Path]:
    with (REALDEV / "expected_reports.csv").open(encoding="utf-8", newline="") as fh:
        realdev = [REALDEV / r["source_file"] for r in csv.DictReader(fh) if r["rendering"] == "markdown"]
    return sorted(DEVSET.glob("*.htm*")) + sorted(DEVSET.glob("*_markdown_*.txt")) + realdev


def as_html(source: Path, font: int) -> str:
    """The source as a page: an HTML page as it is; a markdown report as the dev set's PDFs typeset it."""
    if source.suffix in (".html", ".htm"):
        return f"<style>body{{font-size:{font}px}}</style>" + source.read_text(encoding="utf-8")
    return report_html(read_markdown(source), font_px=font)


def table_cells(text: str) -> dict:
    return {(c.code, c.applicant_type): c.value for c in parse_report(text).cells
            if c.extraction_method != "prose" and c.value is not None}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", help="keep the converted files in this folder")
    parser.add_argument("--sizes", default="16,26", help="font sizes (px) of the printed pages")
    parser.add_argument("--details", action="store_true", help="name each wrong cell")
    args = parser.parse_args()
    browser = chromium()
    pdftotext, pandoc = shutil.which("pdftotext"), shutil.which("pandoc")
    limits = settings.document_limits()
    totals: dict[str, list[int]] = {}

    def score(path: str, expected: dict, text: str | None) -> None:
        got = table_cells(text or "")
        wrong = [(k, expected.get(k), v) for k, v in got.items() if expected.get(k) != v]
        row = totals.setdefault(path, [0, 0, 0])
        row[0] += len(expected)
        row[1] += len(got)
        row[2] += len(wrong)
        if args.details and wrong:
            print(f"{path}: {source.name}: {len(wrong)} wrong, e.g. {wrong[:3]}")

    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(args.out or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        for source in sources():
            expected = table_cells(source.read_text(encoding="utf-8"))
            for font in (int(s) for s in args.sizes.split(",")):
                page = folder / f"{source.stem}_{font}.html"
                page.write_text(as_html(source, font), encoding="utf-8")
                if browser:
                    pdf = page.with_suffix(".pdf")
                    chromium_run(browser, page, f"--print-to-pdf={pdf}")
                    score("Chromium PDF, read here", expected, read_document(pdf.read_bytes(), ".pdf", limits).text)
                    for mode, flags in (("default", []), ("-layout", ["-layout"]), ("-raw", ["-raw"])):
                        text = subprocess.run([pdftotext, *flags, str(pdf), "-"], capture_output=True,
                                              text=True).stdout if pdftotext else None
                        if text is not None:
                            score(f"pdftotext {mode}", expected, text)
            if browser:
                page = folder / f"{source.stem}_copy.html"
                page.write_text(as_html(source, 16).replace("</html>", "") + _INNER_TEXT, encoding="utf-8")
                dom = chromium_run(browser, page, "--dump-dom")
                copied = re.search(r'<pre id="OUT">(.*?)</pre>', dom, re.S)
                score("browser copy (innerText)", expected, html.unescape(copied.group(1)) if copied else None)
            if pandoc:
                docx = folder / f"{source.stem}.docx"
                kind = "html" if source.suffix in (".html", ".htm") else "gfm"
                made = subprocess.run([pandoc, str(source), "-f", kind, "-o", str(docx)], capture_output=True)
                if made.returncode == 0:
                    score("pandoc .docx, read here", expected, read_document(docx.read_bytes(), ".docx", limits).text)
    print(f"{'path':<28}{'expected':>9}{'read':>7}{'wrong':>7}{'precision':>10}{'recall':>8}")
    for path, (expected, read, wrong) in totals.items():
        print(f"{path:<28}{expected:>9}{read:>7}{wrong:>7}{(read - wrong) / max(read, 1):>10.3f}"
              f"{(read - wrong) / max(expected, 1):>8.3f}")


if __name__ == "__main__":
    main()
