"""PDF and Word files read into the text the parser reads, with where each line came from.

Pure code: no Dagster, no DuckDB. `read_document` reads in this process
(the dev set, tests); `read_document_bounded` reads in a helper process
under a time and memory limit, so a hostile or broken file (a zip bomb, a
PDF whose content streams never end) costs one file, never the run.
"""

from __future__ import annotations

import io
import json
import multiprocessing
import shutil
import signal
import subprocess
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

PDF_SUFFIXES = (".pdf",)
DOCX_SUFFIXES = (".docx",)
LEGACY_WORD_SUFFIXES = (".doc", ".wps")  # old binary formats, read through LibreOffice
DOCUMENT_SUFFIXES = PDF_SUFFIXES + DOCX_SUFFIXES + LEGACY_WORD_SUFFIXES
RENDERINGS = {".pdf": "pdf_file", ".docx": "docx_file", ".doc": "docx_file", ".wps": "docx_file"}

OK, UNREADABLE, TOO_LARGE, TOO_SLOW, NEEDS_OCR = "ok", "unreadable", "too_large", "too_slow", "needs_ocr"
NO_CONVERTER = "install LibreOffice to read .doc/.wps"


@dataclass(frozen=True)
class Limits:
    max_pages: int
    max_unpacked_bytes: int  # a .docx's parts, uncompressed
    seconds: float
    memory_bytes: int


@dataclass(frozen=True)
class Extracted:
    status: str
    text: str | None = None
    provenance: str | None = None  # JSON: {"rendering", "pages": [...], "lines": [...]}
    reason: str | None = None


def _docx_bytes_checked(data: bytes, limits: Limits) -> Extracted | None:
    """Why a .docx cannot be opened safely, or None when it can."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except zipfile.BadZipFile:
        return Extracted(UNREADABLE, reason="not a Word .docx file: not a zip archive (corrupt, truncated or renamed)")
    unpacked = sum(i.file_size for i in infos)
    if unpacked > limits.max_unpacked_bytes:
        return Extracted(TOO_LARGE, reason=f"a .docx that unpacks to {unpacked} bytes, more than the limit of "
                         f"{limits.max_unpacked_bytes} (OGI_MAX_UNPACKED_BYTES): a zip bomb or not one report")
    if not any(i.filename == "word/document.xml" for i in infos):
        return Extracted(UNREADABLE, reason="not a Word .docx file: the zip has no word/document.xml")
    return None


def _convert_legacy(data: bytes, suffix: str, seconds: float) -> bytes | Extracted:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return Extracted(UNREADABLE, reason=NO_CONVERTER)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder, "report" + suffix)
        source.write_bytes(data)
        try:
            subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{folder}/profile",
                            "--convert-to", "docx", "--outdir", folder, str(source)],
                           capture_output=True, timeout=seconds, check=False)
        except subprocess.TimeoutExpired:
            return Extracted(TOO_SLOW, reason=f"LibreOffice took longer than {seconds:g} s to convert it")
        converted = Path(folder, "report.docx")
        if not converted.exists():
            return Extracted(UNREADABLE, reason=f"LibreOffice could not convert this {suffix} file")
        return converted.read_bytes()


def read_document(data: bytes, suffix: str, limits: Limits) -> Extracted:
    """The text of a PDF or Word file, or why not. Never raises for a bad file."""
    suffix = suffix.lower()
    try:
        if suffix in LEGACY_WORD_SUFFIXES:
            converted = _convert_legacy(data, suffix, limits.seconds)
            if isinstance(converted, Extracted):
                return converted
            data = converted
        if suffix in PDF_SUFFIXES:
            from orchestration.documents import pdf

            try:
                doc = pdf.read_pdf(data, limits.max_pages)
            except pdf.PdfLimit as exc:
                return Extracted(TOO_LARGE, reason=f"a PDF of {exc} (OGI_MAX_DOCUMENT_PAGES)")
            except pdf.pdfium.PdfiumError as exc:
                message = str(exc)
                if "password" in message.lower() or "security" in message.lower():
                    return Extracted(UNREADABLE, reason="encrypted PDF: it needs a password to open")
                return Extracted(UNREADABLE, reason=f"corrupt or truncated PDF ({message})")
        else:
            from orchestration.documents import docx

            bad = _docx_bytes_checked(data, limits)
            if bad is not None:
                return bad
            doc = docx.read_docx(data)
    except MemoryError:
        return Extracted(TOO_LARGE, reason="reading it needed more memory than OGI_DOCUMENT_MEMORY_MB allows")
    except Exception as exc:  # noqa: BLE001 - a file the libraries choke on is data about that file
        return Extracted(UNREADABLE, reason=f"cannot read this {suffix} file: {type(exc).__name__}: {exc}"[:500])
    scans = [p.number for p in doc.pages if p.status == NEEDS_OCR]
    provenance = json.dumps({"rendering": RENDERINGS[suffix],
                             "pages": [{"page": p.number, "status": p.status, "reason": p.reason} for p in doc.pages],
                             "lines": doc.source_json()}, ensure_ascii=False, separators=(",", ":"))
    if not "".join(doc.lines).strip():
        if scans:
            return Extracted(NEEDS_OCR, reason=f"image-only pages (scans) {_pages_text(scans)}: no text layer, "
                             "and this pipeline has no OCR", provenance=provenance)
        return Extracted(UNREADABLE, reason="no text in the file")
    return Extracted(OK, doc.text, provenance)


class LineSources:
    """A stored document's provenance: which page and box each line of its text came from."""

    def __init__(self, provenance: str | None):
        data = json.loads(provenance) if provenance else {}
        self.rendering: str | None = data.get("rendering")
        self.pages: list[dict] = data.get("pages") or []
        self._lines: list = data.get("lines") or []

    def of(self, line_start: int, line_end: int) -> tuple[int | None, str | None]:
        """(page, box as JSON [x0, top, x1, bottom]) of a cell on these lines; a cell over
        several lines of one page gets the box around them all, over several pages none."""
        found = [s for s in self._lines[max(line_start, 1) - 1:max(line_end, line_start)] if s]
        if not found or len({s[0] for s in found}) > 1:
            return None, None
        box = [min(s[1] for s in found), min(s[2] for s in found), max(s[3] for s in found), max(s[4] for s in found)]
        return found[0][0], json.dumps(box)


    def scanned_pages(self) -> list[tuple[int, int, str]]:
        """(page, line, reason) of each image-only page; the line is where the page's text
        would stand: the first line of a later page, else the last line."""
        out = []
        for page in self.pages:
            if page["status"] != NEEDS_OCR:
                continue
            later = next((n for n, s in enumerate(self._lines, start=1) if s and s[0] > page["page"]), None)
            out.append((page["page"], later or max(len(self._lines), 1), page["reason"]))
        return out

    def of_cells(self, cells: list, text: str) -> list[tuple[int | None, str | None]]:
        """(page, box) of each parsed cell. The aligner gives a table cell its row's line span;
        the row's values are its last cells, one line each, in the order the aligner placed
        them, so the k-th of n cells of a row is the k-th of its last n lines, when that
        line prints the cell's text (otherwise the row's box stands, never another cell's)."""
        if not self._lines:
            return [(None, None)] * len(cells)
        lines = text.split("\n")
        rows: dict[tuple[int, int], list[int]] = {}
        for k, c in enumerate(cells):
            if c.extraction_method == "table":
                rows.setdefault((c.line_start, c.line_end), []).append(k)
        out = [self.of(c.line_start, c.line_end) for c in cells]
        for (start, end), members in rows.items():
            filled = [n for n in range(start, end + 1) if n - 1 < len(lines) and lines[n - 1].startswith("\t")]
            if len(filled) < len(members):
                continue
            for k, n in zip(members, filled[len(filled) - len(members):]):
                if lines[n - 1][1:] == cells[k].raw_text.strip():
                    out[k] = self.of(n, n)
        return out


def _pages_text(pages: list[int]) -> str:
    return f"{pages[0]}–{pages[-1]}" if len(pages) > 2 and pages[-1] - pages[0] == len(pages) - 1 else \
        ", ".join(map(str, pages))


# --- reading under limits, in a helper process ----------------------------------------------------

def _serve(conn, memory_bytes: int) -> None:
    # A process started in the background inherits SIGINT ignored, and Dagster gives SIGTERM
    # SIGINT's handler: the reader would ignore the terminate its parent sends at exit, which
    # then waits for it forever.
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    except (ImportError, ValueError, OSError):
        pass  # no address-space limit on this platform: the time limit still holds
    while True:
        try:
            request = conn.recv()
        except EOFError:
            return
        conn.send(read_document(*request))


class _Reader:
    """One helper process, started on first use and replaced after a file it could not finish."""

    def __init__(self) -> None:
        self.process = None
        self.conn = None
        self.memory_bytes = 0

    def _start(self, memory_bytes: int) -> None:
        context = multiprocessing.get_context("spawn")
        self.conn, child = context.Pipe()
        self.process = context.Process(target=_serve, args=(child, memory_bytes), daemon=True)
        self.process.start()
        child.close()
        self.memory_bytes = memory_bytes

    def stop(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.join()
            self.conn.close()
        self.process = self.conn = None

    def read(self, data: bytes, suffix: str, limits: Limits) -> Extracted:
        if self.process is None or not self.process.is_alive() or self.memory_bytes != limits.memory_bytes:
            self.stop()
            self._start(limits.memory_bytes)
        try:
            self.conn.send((data, suffix, limits))
            if self.conn.poll(limits.seconds):
                return self.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self.stop()
            return Extracted(TOO_LARGE, reason="the reader process died on this file (most likely past the memory "
                             f"limit of {limits.memory_bytes // (1 << 20)} MB, OGI_DOCUMENT_MEMORY_MB)")
        self.stop()
        return Extracted(TOO_SLOW, reason=f"reading took longer than {limits.seconds:g} s (OGI_DOCUMENT_TIMEOUT)")


_READER = _Reader()


def read_document_bounded(data: bytes, suffix: str, limits: Limits) -> Extracted:
    """read_document in the helper process: past limits.seconds the file is `too_slow`,
    past limits.memory_bytes `too_large`; the next file gets a fresh process."""
    if multiprocessing.current_process().daemon:
        return read_document(data, suffix, limits)  # a daemon may not start a helper: read here
    return _READER.read(data, suffix, limits)
