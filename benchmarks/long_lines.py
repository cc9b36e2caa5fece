"""`python -m benchmarks.long_lines`: parse time of one-line texts by size.

A text on one line (a converter that dropped every line break) is the worst
case for the parser's per-line work. For each kind of line and each size
(LONG_LINE_MIB, default 1,2,4,15) it prints the seconds `parse_report` takes
and the seconds per MiB; per-MiB figures that stay flat as the size grows
mean the work is linear. It prints figures; it asserts nothing.
"""

from __future__ import annotations

import os
import time

from orchestration.parser import parse_report
from orchestration.settings import PROJECT_ROOT


def _seed_report_on_one_line() -> str:
    path = sorted((PROJECT_ROOT / "raw").glob("*.txt"))[0]
    return path.read_text(encoding="utf-8").replace("\n", " ")


KINDS = {
    "numbers": lambda: "信息公开 收到申请数 " + "12 " * 64,  # one row of endless value cells
    "numbers with units": lambda: "12件 " * 64,
    "a report": _seed_report_on_one_line,
}
# Texts that open with a head, then one piece repeated: an agency named by its abbreviation, then
# one endless run of characters with no punctuation (the search for the full name it stands for
# once looked back from every 局 to the start of the run).
HEADED = {
    "a run after a name": ("2023年，某县人社局认真落实条例。\n", "发展局"),
    # a web page's one block of endless inline elements (the HTML reader once joined the block's
    # text so far at every element, quadratic: 20,000 spans took 4.5 s)
    "spans in one block": ("<html><body><p>某县2023年政府信息公开工作年度报告</p><div>", "<span>信息</span>"),
}


def main() -> None:
    sizes = [float(s) for s in (os.environ.get("LONG_LINE_MIB") or "1,2,4,15").split(",")]
    parse_report("warm-up")  # catalog and gazetteer load once
    print(f"{'text':<20}{'MiB':>6}{'seconds':>10}{'s/MiB':>8}")
    kinds = {name: ("", unit()) for name, unit in KINDS.items()} | HEADED
    for name, (head, piece) in kinds.items():
        for mib in sizes:
            text = head + piece * (int(mib * 2**20) // len(piece.encode()) + 1)
            started = time.perf_counter()
            parse_report(text)
            took = time.perf_counter() - started
            print(f"{name:<20}{mib:>6g}{took:>10.2f}{took / mib:>8.2f}", flush=True)


if __name__ == "__main__":
    main()
