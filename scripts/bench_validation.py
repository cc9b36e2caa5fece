"""Benchmark of the validation step (not a test): 10,000 invented reports, every rule, timed.

Builds a throwaway warehouse with the cells of N synthetic reports (a mix of
the ogi2008, ogi2019 and ogi2021 forms, agencies reporting in consecutive
years, a few deliberate errors), builds the marts with dbt, then times
`orchestration.validation.run.validate` -- what the asset checks run: read
the marts, run the Great Expectations suites, write the findings, build the
Data Docs. The GX import is part of the timed step, as it is in a run.

    .venv/bin/python scripts/bench_validation.py [--reports 10000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # benchmarks/ is not installed

from benchmarks import synthetic
from orchestration import settings, warehouse
from orchestration.validation.run import validate

FORMS = (("ogi2008", 2017), ("ogi2019", 2020), ("ogi2021", 2021))
ERROR_EVERY = 997  # one report in about a thousand prints a total that is off by one


def _report(i: int, rng: random.Random) -> synthetic.SyntheticReport:
    form, year = FORMS[i % len(FORMS)]
    agency = f"第{i // len(FORMS)}号卫生健康局"  # each agency reports on all three forms, in consecutive years
    report = synthetic.balanced(form, year, agency, f"bench/{i:05d}.txt", rng)
    if form == "ogi2008":
        report.set("prose.applications_received", None, report.value("old.applications.received"))
    if i % ERROR_EVERY == 0:
        code = {"ogi2008": ("old.review", None), "ogi2019": ("2019.t4.review.total", None),
                "ogi2021": ("2021.t3.granted", "total")}[form]
        report.set(*code, report.value(*code) + 1)
    if i % ERROR_EVERY == 1:
        report.published_on = report.published_on.replace(year=report.report_year)
    return report


def build(path: Path, n: int) -> dict[str, float]:
    rng = random.Random(2024)
    started = time.perf_counter()
    with warehouse.connect(path) as con:
        previous = None
        batch = []
        for i in range(n):
            report = _report(i, rng)
            if previous is not None and report.form == "ogi2021" and previous.form == "ogi2019":
                synthetic.chain_from(previous, report)
            previous = report
            batch.append(report)
            if len(batch) == 500:
                synthetic.store(con, batch)
                batch = []
        if batch:
            synthetic.store(con, batch)
    stored = time.perf_counter()
    env = {**os.environ, settings.WAREHOUSE_VAR: str(path), "DBT_SEND_ANONYMOUS_USAGE_STATS": "false"}
    dbt = Path(sys.executable).parent / "dbt"
    subprocess.run([str(dbt), "build", "--quiet", "--project-dir", str(settings.DBT_PROJECT_DIR),
                    "--profiles-dir", str(settings.DBT_PROJECT_DIR)], env=env, check=True)
    return {"store raw tables": stored - started, "dbt build": time.perf_counter() - stored}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--reports", type=int, default=10_000)
    parser.add_argument("--keep", help="build the warehouse in this folder and keep it")
    args = parser.parse_args()
    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="ogi-bench-"))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "ogi.duckdb"
    try:
        print(f"building {args.reports} reports in {path} …", file=sys.stderr)
        setup = build(path, args.reports)
        with warehouse.connect(path) as con:
            reports, cells = con.execute("select (select count(*) from marts.dim_report), "
                                         "(select count(*) from marts.fct_report_statistic)").fetchone()
            forms = dict(con.execute("select form, count(*) from marts.dim_report group by 1 order by 1").fetchall())
            print(f"validating {reports} reports, {cells} cells …", file=sys.stderr)
            run = validate(con, folder / "data_docs")
        findings = Counter((f["rule_id"], f["severity"]) for o in run.outcomes for f in o.findings)
        print(f"reports          {reports} ({', '.join(f'{k}: {v}' for k, v in forms.items())})")
        print(f"cells            {cells}")
        for what, seconds in setup.items():
            print(f"{what:<17}{seconds:.1f} s (set-up, not timed)")
        print(f"validation       {run.seconds['total']:.1f} s  <- the figure: "
              + ", ".join(f"{what} {s:.1f} s" for what, s in run.seconds.items() if what != "total"))
        print("findings         " + (", ".join(f"{r} ({s}): {n}" for (r, s), n in sorted(findings.items())) or "none"))
        print(f"data docs        {run.docs_index}")
        print(f"machine          {os.cpu_count()} cores, Python {sys.version.split()[0]}")
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
