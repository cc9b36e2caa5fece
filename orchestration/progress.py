"""Progress of a long `ogi run`: one live line on a terminal, nothing in a CI log.

The assets report to whatever reporter the process installed; under the
Dagster daemon or the UI none is, and reporting costs nothing. OGI_PROGRESS
chooses: auto (live line when stderr is a terminal, else silent), plain (one
line per update, for logs that want it) or off.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO


class Reporter:
    """Silent: the default wherever no command installed another."""

    def stage(self, name: str, total: int | None = None, unit: str = "") -> None:
        pass

    def update(self, done: int, total: int | None = None, note: str = "") -> None:
        pass

    def end(self, summary: str = "") -> None:
        pass


class _Counting(Reporter):
    def __init__(self, stream: TextIO) -> None:
        self.stream = stream
        self.name, self.unit, self.total, self.done, self.note = "", "", None, 0, ""
        self.started = time.monotonic()

    def stage(self, name: str, total: int | None = None, unit: str = "") -> None:
        self.name, self.total, self.unit, self.done, self.note = name, total, unit, 0, ""
        self.started = time.monotonic()
        self._draw(force=True)

    def update(self, done: int, total: int | None = None, note: str = "") -> None:
        self.done, self.note = done, note
        if total is not None:
            self.total = total
        self._draw()

    def line(self) -> str:
        count = f"{self.done:,}" + (f"/{self.total:,}" if self.total is not None else "")
        elapsed = time.monotonic() - self.started
        rate = f" ({self.done / elapsed:,.0f}/s)" if self.done and elapsed > 1 else ""
        return f"ogi: {self.name:<7} {count} {self.unit}{rate}" + (f"  {self.note}" if self.note else "")

    def _draw(self, force: bool = False) -> None:
        raise NotImplementedError


class TerminalReporter(_Counting):
    """Redraws one line at most ten times a second; each finished stage leaves its last line."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(stream)
        self._drawn = 0.0

    def _draw(self, force: bool = False) -> None:
        now = time.monotonic()
        if force or now - self._drawn >= 0.1:
            self._drawn = now
            self.stream.write("\r\033[K" + self.line()[:160])
            self.stream.flush()

    def end(self, summary: str = "") -> None:
        if self.name:
            self.stream.write("\r\033[K" + (f"ogi: {self.name:<7} {summary}" if summary else self.line()) +
                              f" in {time.monotonic() - self.started:.1f} s\n")
            self.stream.flush()
        self.name = ""


class PlainReporter(_Counting):
    """A line per update, for logs and for tests that wait for a stage."""

    def _draw(self, force: bool = False) -> None:
        print(self.line(), file=self.stream, flush=True)

    def end(self, summary: str = "") -> None:
        if self.name:
            print(f"ogi: {self.name:<7} done" + (f": {summary}" if summary else ""), file=self.stream, flush=True)
        self.name = ""


_current: Reporter = Reporter()


def current() -> Reporter:
    return _current


def install(reporter: Reporter) -> Reporter:
    global _current
    previous, _current = _current, reporter
    return previous


def for_mode(mode: str, stream: TextIO = sys.stderr) -> Reporter:
    if mode == "plain":
        return PlainReporter(stream)
    if mode == "auto" and stream.isatty():
        return TerminalReporter(stream)
    return Reporter()
