"""Make the PDF and Word dev-set files from the dev set's markdown reports.

    .venv/bin/python scripts/make_document_fixtures.py [--font /path/to/cjk.ttf]

Each markdown report (tests/fixtures/devset/*_markdown_*.txt) is typeset as
a PDF and as a DOCX with the same words and numbers, in layouts real exports
have: ruled tables whose label column is merged over rows (printed
vertically when it spans many rows) and whose label spans the empty columns
beside it, tables split over pages with and without their header repeated,
page numbers and a running header; one PDF without any ruling lines; one
PDF that is a scan (the pages as images, no text layer). The gold values of
each new file are those of its markdown source (the same report), written
to expected_*.csv under the new name. Needs a CJK TrueType font at
generation time only (Debian: fonts-droid-fallback, fonts-dejavu-core); the files are committed.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import html
import io
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

FIXTURES = Path(__file__).resolve().parents[1] / "tests" / "fixtures"
DEVSET = FIXTURES / "devset"
FONT = "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf"
LATIN_FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"  # digits and Latin letters (fonts-dejavu-core)
_SEPARATOR = re.compile(r"^\|?\s*:?-{2,}")
_NUMBER = re.compile(r"^[\d,，.]+$|^——$|^不适用$|^/$")
FIXED_DATE = dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc)
PAGE_W, PAGE_H, MARGIN = 595.0, 842.0, 50.0
FONT_SIZE, LINE_H, PAD = 9.0, 12.0, 3.0


def read_markdown(path: Path) -> list[tuple[str, object]]:
    """[("prose", line) | ("table", rows)] in order; rows are lists of cell texts.

    Tables come with outer pipes (| a | b |) or without (a | b, where a pipe at
    either end of a row stands beside an empty cell); the separator line says which.
    """
    text = path.read_text(encoding="utf-8")
    outer = bool(re.search(r"^\s*\|\s*:?-{2,}", text, re.MULTILINE))
    blocks: list[tuple[str, object]] = []
    for line in text.split("\n"):
        s = line.strip()
        if "|" in s and (s.count("|") >= 2 or s.startswith("|")):
            if _SEPARATOR.match(s):
                continue
            cells = [c.strip() for c in (s[1:-1] if outer else line.strip("\n")).split("|")]
            if blocks and blocks[-1][0] == "table":
                blocks[-1][1].append(cells)
            else:
                blocks.append(("table", [cells]))
        elif s:
            blocks.append(("prose", s.replace("**", "")))
    return blocks


def spans(rows: list[list[str]]) -> list[list[tuple[int, int] | None]]:
    """Per cell (rows spanned, columns spanned), or None when another cell covers it.

    In a row with numbers, empty cells before its first label are the label
    above, merged down; empty cells between its last label and its first
    number belong to that label, merged across.
    """
    width = max(len(r) for r in rows)
    grid = [r + [""] * (width - len(r)) for r in rows]
    out: list[list[tuple[int, int] | None]] = [[(1, 1)] * width for _ in grid]
    owner: dict[tuple[int, int], tuple[int, int]] = {}
    for j, row in enumerate(grid):
        has_number = any(_NUMBER.match(c) for c in row if c)
        if not has_number:
            continue
        labels = [i for i, c in enumerate(row) if c and not _NUMBER.match(c)]
        if not labels:
            continue
        first_value = next((i for i, c in enumerate(row) if c and _NUMBER.match(c)), width)
        for i in range(labels[0]):
            above = owner.get((j - 1, i), (j - 1, i))
            if j > 0 and out[above[0]][above[1]] is not None and grid[above[0]][above[1]]:
                rs, cs = out[above[0]][above[1]]
                if cs == 1:
                    out[above[0]][above[1]] = (rs + 1, cs)
                    out[j][i] = None
                    owner[(j, i)] = above
        last = labels[-1]
        extra = 0
        while last + 1 + extra < first_value and not row[last + 1 + extra]:
            extra += 1
        if extra and out[j][last] is not None:
            out[j][last] = (1, 1 + extra)
            for k in range(1, extra + 1):
                out[j][last + k] = None
    return out


def column_widths(rows: list[list[str]], total: float) -> list[float]:
    width = max(len(r) for r in rows)
    need = []
    for i in range(width):
        longest = max((len(r[i]) for r in rows if i < len(r)), default=1)
        need.append(min(max(longest, 3), 18))
    scale = total / sum(need)
    return [n * scale for n in need]


class Pdf(FPDF):
    def __init__(self, font: str, running_header: str | None, page_mark: str):
        super().__init__(unit="pt", format="A4")
        self.add_font("cjk", "", font)
        self.add_font("latin", "", LATIN_FONT)
        self.set_font("cjk", size=FONT_SIZE)
        self.set_fallback_fonts(["latin"])
        self.set_auto_page_break(False)
        self.running_header, self.page_mark = running_header, page_mark
        self.y_pos = MARGIN
        self.set_creation_date(FIXED_DATE)  # the same bytes on every run

    def put(self, x: float, baseline: float, text: str) -> None:
        # cell(), unlike text(), takes missing glyphs from the fallback font
        self.set_xy(x, baseline - FONT_SIZE)
        self.cell(text=text, h=FONT_SIZE + 2)

    def header(self) -> None:
        if self.running_header and self.page_no() > 1:
            self.put(MARGIN, 30, self.running_header)

    def footer(self) -> None:
        mark = f"- {self.page_no()} -" if self.page_mark == "dash" else f"第{self.page_no()}页"
        self.put(PAGE_W / 2 - 15, PAGE_H - 25, mark)

    def new_page(self) -> None:
        self.add_page()
        self.y_pos = MARGIN

    def ensure(self, height: float) -> bool:
        if self.y_pos + height > PAGE_H - MARGIN:
            self.new_page()
            return True
        return False

    def wrap(self, text: str, width: float) -> list[str]:
        lines, current = [], ""
        for ch in text:
            if self.get_string_width(current + ch) > width and current:
                lines.append(current)
                current = ""
            current += ch
        return lines + [current] if current or not lines else lines

    def prose(self, text: str) -> None:
        for line in self.wrap(text, PAGE_W - 2 * MARGIN):
            self.ensure(LINE_H)
            self.put(MARGIN, self.y_pos + FONT_SIZE, line)
            self.y_pos += LINE_H
        self.y_pos += 4

    def table(self, rows: list[list[str]], ruled: bool, repeat_header: bool) -> None:
        width = max(len(r) for r in rows)
        grid = [r + [""] * (width - len(r)) for r in rows]
        merged = spans(grid) if ruled else [[(1, 1)] * width for _ in grid]
        widths = column_widths(grid, PAGE_W - 2 * MARGIN)
        xs = [MARGIN]
        for w in widths:
            xs.append(xs[-1] + w)
        first_data = next((j for j, r in enumerate(grid) if any(_NUMBER.match(c) for c in r if c)), 0)
        header_rows = list(range(first_data))

        def lines_of(j: int, i: int) -> list[str]:
            span = merged[j][i]
            if span is None or not grid[j][i]:
                return []
            rs, cs = span
            if rs >= 4 and cs == 1:
                return list(grid[j][i])  # a long merged label, printed one character a line
            return self.wrap(grid[j][i], xs[i + cs] - xs[i] - 2 * PAD)

        heights = [max([len(lines_of(j, i)) if merged[j][i] and merged[j][i][0] == 1 else 1
                        for i in range(width)] + [1]) * LINE_H + 2 * PAD for j in range(len(grid))]
        # a vertical label taller than its rows makes its last row taller
        for j in range(len(grid)):
            for i in range(width):
                span = merged[j][i]
                if span and span[0] > 1:
                    need = len(lines_of(j, i)) * LINE_H + 2 * PAD
                    have = sum(heights[j:j + span[0]])
                    if need > have:
                        heights[j + span[0] - 1] += need - have
        top_of: dict[int, float] = {}
        page_of: dict[int, int] = {}
        for j in range(len(grid)):
            if self.ensure(heights[j]) and repeat_header and j > first_data:
                for h in header_rows:
                    self.draw_row(grid, merged, xs, heights, h, {h: self.y_pos}, ruled, lines_of, single=True)
                    self.y_pos += heights[h]
            top_of[j], page_of[j] = self.y_pos, self.page_no()
            self.y_pos += heights[j]
            self.draw_row(grid, merged, xs, heights, j, top_of, ruled, lines_of, page_of=page_of)
        self.y_pos += 8

    def draw_row(self, grid, merged, xs, heights, j, top_of, ruled, lines_of, single=False, page_of=None) -> None:
        for i in range(len(xs) - 1):
            span = merged[j][i]
            if span is None:
                continue
            rs, cs = span if not single else (1, span[1])
            # a merged cell split by a page break is drawn down to the page's end
            rows_here = [k for k in range(j, j + rs) if page_of is None or k == j or self.page_no() == page_of.get(j)]
            height = sum(heights[k] for k in rows_here[:1]) if rs == 1 else sum(heights[j:j + rs])
            height = min(height, PAGE_H - MARGIN - top_of[j])
            x0, x1, y0 = xs[i], xs[i + cs], top_of[j]
            if ruled:
                self.rect(x0, y0, x1 - x0, height)
            text_lines = lines_of(j, i)
            y = y0 + PAD + (max(height - 2 * PAD - len(text_lines) * LINE_H, 0) / 2 if rs > 1 else 0)
            for line in text_lines:
                self.put(x0 + PAD, y + FONT_SIZE, line)
                y += LINE_H


def make_pdf(blocks, out: Path, font: str, ruled: bool, repeat_header: bool, page_mark: str,
             running_header: str | None, scanned_last_page: bool = False) -> None:
    """The report typeset; with scanned_last_page, its closing lines (signature and seal) added
    as a page that is only an image."""
    pdf = Pdf(font, running_header, page_mark)
    pdf.new_page()
    for kind, content in blocks:
        if kind == "prose":
            pdf.prose(content)
        else:
            pdf.table(content, ruled, repeat_header)
    if scanned_last_page:
        _scan_page(pdf, blocks[-3:], font, out.with_suffix(".png"))
    pdf.output(str(out))


def make_docx(blocks, out: Path) -> None:
    doc = Document()
    doc.core_properties.created = doc.core_properties.modified = FIXED_DATE
    for kind, content in blocks:
        if kind == "prose":
            doc.add_paragraph(content)
            continue
        width = max(len(r) for r in content)
        grid = [r + [""] * (width - len(r)) for r in content]
        merged = spans(grid)
        table = doc.add_table(rows=len(grid), cols=width)
        table.style = "Table Grid"
        for j, row in enumerate(grid):
            for i, text in enumerate(row):
                span = merged[j][i]
                if span is None:
                    continue
                cell = table.cell(j, i)
                rs, cs = span
                if rs > 1 or cs > 1:
                    cell = cell.merge(table.cell(j + rs - 1, i + cs - 1))
                # a header broken inside its cell, as exports print 商业\n企业
                parts = [text[:2], text[2:]] if len(text) == 4 and j < 3 and not _NUMBER.match(text) else [text]
                cell.text = parts[0]
                for part in parts[1:]:
                    cell.add_paragraph(part)
                for p in cell.paragraphs:
                    for run in p.runs:
                        run.font.size = Pt(9)
    doc.save(str(out))


def _scan_page(pdf: FPDF, blocks, font: str, png: Path) -> None:
    """A page that is only an image of printed text, as a scanner makes it."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.new("L", (1240, 1754), 255)
    draw = ImageDraw.Draw(image)
    face = ImageFont.truetype(font, 28)
    y = 100
    for kind, content in blocks:
        for line in ([content] if kind == "prose" else [" ".join(r) for r in content]):
            if y > 1650:
                break
            draw.text((100, y), line[:38], font=face, fill=0)
            y += 40
    image.save(png)
    pdf.add_page()
    pdf.image(str(png), x=0, y=0, w=PAGE_W, h=PAGE_H)
    png.unlink()


def make_scan(blocks, out: Path, font: str) -> None:
    """The first page of the report as an image only."""
    pdf = FPDF(unit="pt", format="A4")
    pdf.set_creation_date(FIXED_DATE)
    _scan_page(pdf, blocks, font, out.with_suffix(".png"))
    pdf.output(str(out))


# (source, new name stem, kind, options)
PLAN = [
    ("m_ogi2021_markdown_01.txt", "m_ogi2021_pdf_file_01", "pdf", dict(ruled=True, repeat_header=True, page_mark="dash",
                                                                      running_header="政府信息公开工作年度报告")),
    ("m_ogi2021_markdown_02.txt", "m_ogi2021_pdf_file_02", "pdf", dict(ruled=True, repeat_header=False,
                                                                      page_mark="page", running_header=None)),
    ("m_ogi2021_markdown_03.txt", "m_ogi2021_pdf_file_03", "pdf", dict(ruled=False, repeat_header=False,
                                                                      page_mark="dash", running_header=None)),
    ("m_ogi2019_markdown_01.txt", "m_ogi2019_pdf_file_01", "pdf", dict(ruled=True, repeat_header=False,
                                                                      page_mark="dash", running_header=None)),
    ("l_ogi2008_markdown_01.txt", "l_ogi2008_pdf_file_01", "pdf", dict(ruled=True, repeat_header=True,
                                                                      page_mark="page", running_header=None)),
    ("m_ogi2021_markdown_01.txt", "m_ogi2021_docx_file_01", "docx", {}),
    ("m_ogi2019_markdown_02.txt", "m_ogi2019_docx_file_01", "docx", {}),
    ("l_ogi2008_markdown_02.txt", "l_ogi2008_docx_file_01", "docx", {}),
]
SCAN = ("m_ogi2021_markdown_02.txt", "scan_m_ogi2021_01.pdf")
# a source error to find: 表四's 行政复议 总计 printed 0 beside non-zero parts (not in the dev set's gold)
PLANTED = ("m_ogi2021_markdown_01.txt", "t4_total_zero_m_ogi2021_01.pdf")


def plant_t4_total_zero(blocks):
    """The 表四 row of fifteen numbers with its first group total (the fifth number) printed 0."""
    for kind, rows in blocks:
        if kind == "table" and len(rows[-1]) == 15 and all(_NUMBER.match(c) for c in rows[-1]):
            rows[-1][4] = "0"
            return blocks
    raise ValueError("no 表四 row of fifteen numbers")


def _read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh)
        return list(reader.fieldnames or []), list(reader)


def _copy_gold(source: str, target: str, gold: str) -> None:
    """The source report's gold rows under the new file's name, appended to {gold}_values/_reports.csv
    (the rows already there are kept byte for byte, whatever their line endings)."""
    for kind in ("values", "reports"):
        fields, source_rows = _read_csv(DEVSET / f"expected_{kind}.csv")
        path = DEVSET / f"{gold}_{kind}.csv"
        kept = path.read_bytes().decode("utf-8").splitlines(keepends=True)
        kept = [line for line in kept if next(csv.reader([line]), [""])[0] != target]
        if kept and not kept[-1].endswith("\n"):
            kept[-1] += "\n"
        new = [dict(r, source_file=target) for r in source_rows if r["source_file"] == source]
        for r in new:
            if "rendering" in r:
                r["rendering"] = "pdf_file" if target.endswith(".pdf") else "docx_file"
            if "notes" in r:
                r["notes"] = f"typeset from {source} by scripts/make_document_fixtures.py"
        buffer = io.StringIO()
        csv.DictWriter(buffer, fieldnames=fields, lineterminator="\n").writerows(new)
        path.write_bytes(("".join(kept) + buffer.getvalue()).encode("utf-8"))


def export_with_libreoffice(source: Path, target: Path, kind: str) -> bool:
    """The file as LibreOffice exports it (another producer's PDF, or an old binary .doc)."""
    soffice = shutil.which("soffice")
    if soffice is None:
        print(f"{target.name}: skipped, LibreOffice is not installed (Debian: libreoffice-writer-nogui)")
        return False
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile", "--convert-to",
                        kind, "--outdir", folder, str(source)], check=True, capture_output=True, timeout=300)
        shutil.copy(Path(folder, source.stem + "." + kind), target)
    return True


_SECTION_ROW = re.compile(r"^第.{1,4}条")  # 第二十条第（一）项, merged across the table as the form prints it


def report_html(blocks, merge_section_rows: bool = False, break_before: frozenset[str] = frozenset(),
                font_px: int = 14) -> str:
    """The report as a page: its prose as paragraphs, its tables ruled, merged cells spanning (spans),
    each row kept whole on a printed page and a page begun before the rows whose first cell is in
    break_before; with merge_section_rows, a 第…条 section row spans the table, as the form prints it."""
    parts = [f"<html><head><meta charset='utf-8'><style>body{{font-size:{font_px}px}}"
             "table{border-collapse:collapse;width:100%}td{border:1px solid #000;padding:2px}"
             "tr{break-inside:avoid}</style></head><body>"]
    for kind, content in blocks:
        if kind == "prose":
            parts.append(f"<p>{html.escape(content)}</p>")
            continue
        width = max(len(r) for r in content)
        parts.append("<table>")
        for row, row_spans in zip(content, spans(content)):
            section = merge_section_rows and _SECTION_ROW.match(row[0]) and not any(row[1:])
            brk = " style='break-before:page'" if row[0] in break_before else ""
            cells = []
            for i, (text, span) in enumerate(zip(row + [""] * (width - len(row)), row_spans)):
                if span is None or (section and i > 0):
                    continue
                rs, cs = (1, width) if section else span
                attrs = (f" rowspan='{rs}'" if rs > 1 else "") + (f" colspan='{cs}'" if cs > 1 else "")
                cells.append(f"<td{attrs}>{html.escape(text) or '&nbsp;'}</td>")
            parts.append(f"<tr{brk}>{''.join(cells)}</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser")


def chromium_run(browser: str, page: Path, *args: str) -> str:
    """Headless Chromium on a page (its own profile beside the page); what it prints on stdout."""
    done = subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                           f"--user-data-dir={page.parent}/profile", *args, page.as_uri()],
                          capture_output=True, text=True, timeout=300)
    return done.stdout


def export_with_chromium(blocks, target: Path, merge_section_rows: bool, break_before: set[str]) -> bool:
    """The report as a browser prints it to PDF (a third producer: Skia's rulings and layout), a page
    begun before the rows whose first cell is in break_before, so that a table's last row, a label-only
    row or a section's first row opens a page."""
    browser = chromium()
    if browser is None:
        print(f"{target.name}: skipped, Chromium is not installed (Debian: chromium)")
        return False
    with tempfile.TemporaryDirectory() as folder:
        page = Path(folder, "report.html")
        page.write_text(report_html(blocks, merge_section_rows, frozenset(break_before)), encoding="utf-8")
        chromium_run(browser, page, f"--print-to-pdf={target}")
    return target.exists()


# Chromium's prints, the page broken where a reader once lost or glued rows: before a label-only row
# (行政强制 after 行政处罚), before 信息内容 under a section merged across the table, before a table's last
# row and before 表四's numbers (7 | 2 | …: each then a one-row table atop its page); and, sections unmerged,
# before each 第二十条 row after a row of numbers
CHROMIUM = [
    ("m_ogi2021_markdown_01.txt", "m_ogi2021_pdf_file_05.pdf", True,
     {"行政强制", "信息内容", "行政事业性收费", "四、结转下年度继续办理", "7"}),
    ("m_ogi2019_markdown_01.txt", "m_ogi2019_pdf_file_02.pdf", False,
     {"第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项"}),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--font", default=FONT)
    args = parser.parse_args()
    for source, stem, kind, options in PLAN:
        blocks = read_markdown(DEVSET / source)
        target = f"{stem}.{kind}"
        if kind == "pdf":
            make_pdf(blocks, DEVSET / target, args.font, **options)
        else:
            make_docx(blocks, DEVSET / target)
        _copy_gold(source, target, "expected")
        print(f"{target} <- {source}")
    # LibreOffice's own PDF export breaks a table row across pages (6.属于 / 四类过程性信息)
    docx = DEVSET / "m_ogi2021_docx_file_01.docx"
    if export_with_libreoffice(docx, DEVSET / "m_ogi2021_pdf_file_04.pdf", "pdf"):
        _copy_gold("m_ogi2021_markdown_01.txt", "m_ogi2021_pdf_file_04.pdf", "expected")
        print("m_ogi2021_pdf_file_04.pdf <- m_ogi2021_docx_file_01.docx (LibreOffice)")
    for source, target, merged, break_before in CHROMIUM:
        if export_with_chromium(read_markdown(DEVSET / source), DEVSET / target, merged, break_before):
            _copy_gold(source, target, "expected")
            print(f"{target} <- {source} (Chromium)")
    # an old binary Word file: read only where LibreOffice is installed, so kept out of the gold
    if export_with_libreoffice(docx, FIXTURES / "m_ogi2021_docx_file_01.doc", "doc"):
        print("m_ogi2021_docx_file_01.doc (LibreOffice)")
    make_scan(read_markdown(DEVSET / SCAN[0]), FIXTURES / SCAN[1], args.font)
    make_pdf(plant_t4_total_zero(read_markdown(DEVSET / PLANTED[0])), FIXTURES / PLANTED[1], args.font,
             ruled=True, repeat_header=False, page_mark="dash", running_header=None)
    print(f"{PLANTED[1]} (表四 group total printed 0)")
    make_pdf(read_markdown(DEVSET / SCAN[0]), FIXTURES / "partly_scanned_m_ogi2021_01.pdf", args.font,
             ruled=True, repeat_header=False, page_mark="dash", running_header=None, scanned_last_page=True)
    print("partly_scanned_m_ogi2021_01.pdf (last page an image)")
    print(f"{SCAN[1]} (image only)")


if __name__ == "__main__":
    main()
