"""Review: the folder of people's decisions, loaded as review.decisions for dbt to apply."""

from collections import Counter

import dagster as dg
import pandas as pd

from orchestration import progress, settings, warehouse
from orchestration.assets.ingest import POOL
from orchestration.resources import DropFolder, Warehouse
from orchestration.review.decisions import FIELDS, read_folder

REVIEW_FOLDER = dg.AssetKey(["review_folder"])
DECISIONS = dg.AssetKey(["review", "decisions"])

# Not built by the pipeline: reviewers write it (by hand or with `ogi review`).
review_folder = dg.AssetSpec(
    REVIEW_FOLDER, group_name="review", kinds={"folder"},
    description="CSV files of review decisions ($OGI_REVIEW_DIR, else review/ beside the drop folder): cells "
                "corrected, added or dropped, and findings confirmed, dismissed or marked as extraction errors.")


@dg.asset(key=DECISIONS, deps=[REVIEW_FOLDER], group_name="review", kinds={"duckdb"}, pool=POOL,
          description="Every row of the review folder's CSV files, as written, with its file and line and what makes "
                      "it unusable (problem), if anything. Replaced when the folder changes, which makes the next "
                      "build re-apply the decisions (int_statistic_cells_reviewed) and re-validate.")
def review_decisions(context: dg.AssetExecutionContext, drop_folder: DropFolder, warehouse_db: Warehouse):
    folder = settings.review_dir(drop_folder.resolved())
    report = progress.current()
    report.stage("review", unit="decisions")
    loaded = read_folder(folder)
    rows = pd.DataFrame([{"review_file": d.file, "review_line": d.line, **{f: d.fields.get(f) for f in FIELDS},
                          "problem": d.problem} for d in loaded.decisions],
                        columns=["review_file", "review_line", *FIELDS, "problem"]).astype({"review_line": "int32"})
    with warehouse.connect(warehouse_db.resolved()) as con:
        warehouse.ensure_raw_tables(con)
        changed = warehouse.replace_review_decisions(con, rows, loaded.digest)
    kinds = Counter(d.fields["kind"] for d in loaded.decisions if not d.problem)
    problems = loaded.problems
    report.end(f"{len(loaded.decisions) - len(problems)} decisions" + (f", {len(problems)} refused" if problems else "")
               + ("" if changed else " (unchanged)"))
    for d in problems:  # the run goes on; the summary and marts.fct_review_decision say it too
        context.log.warning(f"review decision not used: {d.message()}")
    return dg.MaterializeResult(
        metadata={"review_folder": dg.MetadataValue.path(str(folder)),
                  "decisions": len(loaded.decisions) - len(problems), "refused": len(problems),
                  "changed_since_last_run": changed,
                  **{f"decisions_{kind}": n for kind, n in sorted(kinds.items())}},
        data_version=dg.DataVersion(f"review-{loaded.digest}"))
