"""Open the findings page in headless Chromium with the network cut off and check what it shows.

    python scripts/check_findings_page.py [PAGE] [--screenshot PNG]

PAGE defaults to data_docs/findings.html beside the warehouse ($OGI_WAREHOUSE
or warehouse/ogi.duckdb), which every `ogi run` writes. Chromium is told to
send every request through a proxy that does not exist, so anything the page
tried to fetch would fail, as on a machine without internet. The script
exits non-zero, saying why, unless the rendered page has one row per finding
in the warehouse, each naming its file and line, agency and year, with the
values as printed in their unit. `make check-findings-page` runs it (Debian:
`apt-get install chromium`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from html.parser import HTMLParser
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from orchestration import settings  # noqa: E402
from orchestration.validation.findings_page import PAGE_NAME  # noqa: E402

OFFLINE = ["--proxy-server=http://127.0.0.1:9", "--proxy-bypass-list=<-loopback>"]
QUIET = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
         "--disable-quic", "--no-first-run", "--disable-component-update", "--disable-sync",
         "--window-size=1600,1000"]


class _Tables(HTMLParser):
    """The rows of each table with an id, as lists of cell texts; and every external reference."""

    def __init__(self) -> None:
        super().__init__()
        self.tables: dict[str, list[list[str]]] = {}
        self.external: list[str] = []
        self._table = None
        self._row: list[str] | None = None
        self._cell: list[str] | None = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href"):
            if (attrs.get(name) or "").startswith(("http:", "https:", "//")):
                self.external.append(attrs[name])
        if tag == "table":
            self._table = attrs.get("id")
            self.tables.setdefault(self._table, [])
        elif tag == "tr" and self._table:
            self._row = []
        elif tag == "td" and self._row is not None:
            self._cell = []

    def handle_endtag(self, tag):
        if tag == "td" and self._cell is not None:
            self._row.append("".join(self._cell).strip())
            self._cell = None
        elif tag == "tr" and self._row is not None:
            if self._row:  # header rows have th only
                self.tables[self._table].append(self._row)
            self._row = None
        elif tag == "table":
            self._table = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell.append(data)


def render(chromium: str, page: Path, screenshot: Path | None) -> str:
    with tempfile.TemporaryDirectory() as profile:
        flags = [chromium, *QUIET, *OFFLINE, f"--user-data-dir={profile}"]
        dom = subprocess.run([*flags, "--dump-dom", page.resolve().as_uri()],
                             capture_output=True, text=True, timeout=120, check=True).stdout
        if screenshot:
            subprocess.run([*flags, f"--screenshot={screenshot.resolve()}", page.resolve().as_uri()],
                           capture_output=True, timeout=120, check=True)
    return dom


def problems(dom: str, expected_rows: int) -> list[str]:
    parsed = _Tables()
    parsed.feed(dom)
    found = []
    if parsed.external:
        found.append(f"the page fetches from the network: {parsed.external[:3]}")
    rows = parsed.tables.get("findings")
    if rows is None:
        return found + ["no findings table was rendered"]
    if len(rows) != expected_rows:
        found.append(f"{len(rows)} finding rows rendered, the warehouse has {expected_rows}")
    for row in rows:
        severity, rule, location, agency, year, _cell, printed, expected, _kind, _review, message = row
        file, _, lines = location.rpartition(":")
        if not (file and lines[:1].isdigit() and agency and year.isdigit() and message):
            found.append(f"a {rule} row lacks its file:line, agency, year or message: {row}")
        for value in (printed, expected):
            if value and len(value.split()) != 2:  # a number and its unit, as the form prints it
                found.append(f"a {rule} value has no unit: {value!r} in {row}")
    if not parsed.tables.get("rules"):
        found.append("no rules table was rendered")
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("page", nargs="?", type=Path)
    parser.add_argument("--screenshot", type=Path)
    args = parser.parse_args(argv)
    warehouse = settings.warehouse_path()
    page = args.page or warehouse.parent / "data_docs" / PAGE_NAME
    chromium = shutil.which("chromium") or shutil.which("chromium-browser")
    if chromium is None:
        print("check_findings_page: Chromium is not installed (Debian: apt-get install chromium)", file=sys.stderr)
        return 2
    if not page.is_file() or not warehouse.is_file():
        print(f"check_findings_page: no page at {page} or no warehouse at {warehouse}; run `ogi run` first",
              file=sys.stderr)
        return 2
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        expected, = con.execute("select count(*) from marts.fct_validation_finding").fetchone()
    finally:
        con.close()
    found = problems(render(chromium, page, args.screenshot), expected)
    for problem in found:
        print(f"check_findings_page: {problem}", file=sys.stderr)
    if not found:
        print(f"{page}: rendered offline with all {expected} findings, each with file, line, agency and units")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
