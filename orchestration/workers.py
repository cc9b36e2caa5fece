"""Reading and parsing on every core (no Dagster, no DuckDB here).

The assets hand batches to `ordered_map`; the database writes stay in the
calling process, so there is still one DuckDB writer. Workers are spawned,
not forked: the Dagster process has threads, and a forked copy of a held
lock would never be released.
"""

from __future__ import annotations

import contextlib
import gc
import multiprocessing
import signal
import threading
from decimal import Decimal
from collections import deque
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from typing import Any, Callable, Iterable, Iterator, TypeVar

from orchestration import documents, settings
from orchestration.drops import FileStat, ReadFile, read_drop_file
from orchestration.parser import ParsedReport, parse_report
from orchestration.parser.records import UNREADABLE

TOO_SLOW = "too_slow"  # the parse_error prefix, and the read_status dim_source_file shows for it

T = TypeVar("T")
R = TypeVar("R")

# Below this many items a pool costs more (spawning, importing the parser) than it saves.
MIN_ITEMS_FOR_POOL = 200


class _InProcess(Executor):
    def submit(self, fn, /, *args, **kwargs) -> Future:
        future: Future = Future()
        try:
            future.set_result(fn(*args, **kwargs))
        except BaseException as exc:  # handed to the caller through the future, as a pool would
            future.set_exception(exc)
        return future


def executor_for(items: int, workers: int) -> Executor:
    if workers <= 1 or items < MIN_ITEMS_FOR_POOL:
        return _InProcess()
    return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"))


def ordered_map(executor: Executor, fn: Callable[[T], R], tasks: Iterable[T], ahead: int) -> Iterator[R]:
    """fn over tasks in order, at most `ahead` tasks in flight, so memory stays bounded
    however many tasks there are."""
    pending: deque[Future] = deque()
    for task in tasks:
        pending.append(executor.submit(fn, task))
        if len(pending) >= ahead:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def read_batch(task: tuple[str, list[tuple[FileStat, str | None]], int]) -> list[ReadFile]:
    """Files with the sha256 the warehouse has for them (None: new, or to be read in full)."""
    drop_dir, files, max_bytes = task
    return [r for r in (read_drop_file(drop_dir, stat, max_bytes, sha) for stat, sha in files) if r is not None]


class _TooSlow(BaseException):
    """A BaseException, so that no `except Exception` inside the parser swallows it."""


def _too_slow(signum, frame):
    raise _TooSlow


@contextlib.contextmanager
def _time_limit(seconds: float) -> Iterator[None]:
    """Interrupt the block after `seconds` of wall time (no limit when 0, or off the main thread,
    where Python cannot deliver the alarm)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _too_slow)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def parse_rows(sha: str, text: str, provenance: str | None = None,
               time_limit: float = 0) -> tuple[dict[str, Any], list[tuple], list[tuple]]:
    """One document's report row, cell rows and issue rows, ready to insert.

    A parser exception is recorded on the report row, never raised: one odd
    report must not stop a run of thousands. Nor may one slow text hold up
    the batch: past `time_limit` seconds it is recorded as too_slow.
    """
    try:
        with _time_limit(time_limit):
            parsed = parse_report(text)
    except _TooSlow:
        return {"sha256": sha, "form": "narrative",
                "parse_error": f"{TOO_SLOW}: parsing took longer than {time_limit:g} s "
                               f"({settings.PARSE_TIMEOUT_VAR}); not read"}, [], []
    except Exception as exc:  # noqa: BLE001 - any parser failure is data about that document
        return {"sha256": sha, "form": "narrative", "parse_error": f"{type(exc).__name__}: {exc}"[:500]}, [], []
    return report_rows(sha, parsed, provenance, text)


def report_rows(sha: str, parsed: ParsedReport, provenance: str | None = None,
                text: str = "") -> tuple[dict[str, Any], list[tuple], list[tuple]]:
    """A parsed report as the rows `warehouse.store_parsed` writes; a PDF's cells with their page and box."""
    m = parsed.metadata
    sources = documents.LineSources(provenance)
    if sources.rendering:
        m.rendering = sources.rendering
    report = {
        "sha256": sha, "agency": m.agency, "province": m.province, "city": m.city, "county": m.county,
        "division_code": m.division_code, "admin_level": m.admin_level, "report_year": m.report_year,
        "form": m.form, "published_on": m.published_on, "title": m.title, "rendering": m.rendering,
        "agency_kind": m.agency_kind, "parse_error": None,
    }
    cells, issues = [], [(sha, i.kind, i.line, i.label, i.message) for i in parsed.issues]
    for c, placed in zip(parsed.cells, sources.of_cells(parsed.cells, text)):
        value, status = c.value, c.value_status
        if value is not None and not fits_warehouse(value):
            # stored as printed, never rounded, and never failing the batch it came in
            value, status = None, UNREADABLE
            cell = c.code + (f"/{c.applicant_type}" if c.applicant_type else "")
            issues.append((sha, "value_out_of_range", c.line_start, cell,
                           f"{cell}: {format(c.value, 'f')} does not fit the warehouse's DECIMAL(18, 4) exactly "
                           "(at most 14 digits before the point and 4 after); kept as unreadable with its raw text"))
        # a value travels as text and is cast in SQL, so it stays exact
        cells.append((sha, c.code, c.applicant_type, None if value is None else format(value, "f"), status,
                      c.raw_text, c.line_start, c.line_end, c.extraction_method, *placed))
    # a page of a PDF that is a scan: its figures are not in the text, and the report says so
    issues += [(sha, documents.NEEDS_OCR, line, f"page {page}", reason)
               for page, line, reason in sources.scanned_pages()]
    return report, cells, issues


_DECIMAL_LIMIT = Decimal(10) ** 14  # DECIMAL(18, 4): 14 digits before the point
_DECIMAL_STEP = Decimal("0.0001")


def fits_warehouse(value: Decimal) -> bool:
    """True if the warehouse's DECIMAL(18, 4) holds value exactly."""
    if not value.is_finite() or abs(value) >= _DECIMAL_LIMIT:
        return False
    return value == value.quantize(_DECIMAL_STEP)


_PARSE_GC_THRESHOLD = 50_000


@contextlib.contextmanager
def few_collections() -> Iterator[None]:
    """Python's cycle collector, run less often while reports are parsed: a parse makes thousands of
    short-lived objects (rows, cells, matches) and no cycles that outlive it, and collecting after
    every 700 allocations took 5 % of a parse on the bench corpus. The threshold is restored after."""
    previous = gc.get_threshold()
    gc.set_threshold(_PARSE_GC_THRESHOLD, *previous[1:])
    try:
        yield
    finally:
        gc.set_threshold(*previous)


def parse_batch(documents: list[tuple[str, str, str | None]]) -> list[tuple[dict[str, Any], list[tuple], list[tuple]]]:
    """(sha256, text, provenance) documents; provenance is the page map of a text read from a PDF or Word file."""
    limit = settings.parse_timeout()
    with few_collections():
        return [parse_rows(sha, text, provenance, limit) for sha, text, provenance in documents]
