"""What review decisions cost a run: prints figures, asserts nothing.

Writes a synthetic corpus (benchmarks/corpus.py) of REPORTS
reports, runs `ogi run` on it, then records DECISIONS corrections (one cell
of as many reports, each read back from the warehouse and set to its value
plus one) in a review folder and times the run that applies them, a run
with nothing new, and a run after one more decision.

    .venv/bin/python scripts/bench_review.py [REPORTS] [DECISIONS]
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/ is not installed

from benchmarks.corpus import write_corpus
from orchestration.review.decisions import FIELDS, format_row


def _run(env: dict[str, str]) -> tuple[float, str]:
    started = time.monotonic()
    done = subprocess.run([str(Path(sys.executable).parent / "ogi"), "run"], env=env, capture_output=True, text=True)
    if done.returncode:
        raise SystemExit(f"ogi run failed:\n{done.stdout}{done.stderr}")
    review = [line for line in done.stdout.splitlines() if line.startswith("review")]
    return time.monotonic() - started, (review or ["review          (none)"])[0]


def _corrections(warehouse: Path, n: int) -> list[dict[str, str]]:
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        rows = con.execute("""
            select r.source_sha256, r.source_file, s.indicator_code, coalesce(s.applicant_type_code, ''), s.value
            from marts.dim_report r join marts.fct_report_statistic s using (report_id)
            where s.value_status = 'reported' and s.extraction_method = 'table'
            qualify row_number() over (partition by r.report_id order by s.indicator_code, s.applicant_type_code) = 1
            order by r.source_file limit ?""", [n]).fetchall()
    finally:
        con.close()
    today = dt.date.today().isoformat()
    return [dict(zip(FIELDS, ["correct", sha, path, code, applicant, "", str(value + 1), "", "bench", today,
                              "benchmark"])) for sha, path, code, applicant, value in rows]


def main() -> None:
    reports = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    decisions = int(sys.argv[2]) if len(sys.argv) > 2 else 200
    with tempfile.TemporaryDirectory(prefix="ogi-bench-review-") as tmp:
        root = Path(tmp)
        write_corpus(root / "raw", reports)
        env = {**os.environ, "OGI_RAW_DIR": str(root / "raw"), "OGI_WAREHOUSE": str(root / "wh" / "ogi.duckdb"),
               "DAGSTER_HOME": str(root / "dagster"), "OGI_PROGRESS": "off"}
        seconds, _ = _run(env)
        print(f"{reports:,} reports, first run: {seconds:.1f} s")
        seconds, _ = _run(env)
        print(f"nothing new, no review folder: {seconds:.1f} s")
        rows = _corrections(root / "wh" / "ogi.duckdb", decisions + 1)
        review = root / "review"
        review.mkdir()
        (review / "decisions.csv").write_text(",".join(FIELDS) + "\n" + "".join(format_row(r) for r in rows[:-1]),
                                              encoding="utf-8")
        seconds, line = _run(env)
        print(f"{len(rows) - 1:,} corrections recorded: {seconds:.1f} s   [{line.strip()}]")
        seconds, line = _run(env)
        print(f"nothing new, {len(rows) - 1:,} decisions: {seconds:.1f} s")
        with (review / "decisions.csv").open("a", encoding="utf-8") as fh:
            fh.write(format_row(rows[-1]))
        seconds, line = _run(env)
        print(f"one more correction: {seconds:.1f} s   [{line.strip()}]")


if __name__ == "__main__":
    main()
