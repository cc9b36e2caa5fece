"""dagster-dbt, imported without loading dbt-core's Python modules into this process.

dagster-dbt imports dbt-core at import time when it finds it installed (1.2 to
1.5 s of a one-report run's start, on the run's critical path), but only uses
it for what this project does not: dbt's adapter in this process (DbtCli in
assets/dbt_models.py does without it) and evaluating a dbt selection (our
assets select the whole project, which dagster-dbt reads from the manifest).
dbt itself runs in its own process (`ogi-dbt`), where dbt-core is loaded as
usual. Hiding `dbt.version` for the duration of the import makes dagster-dbt
take its path for an environment without dbt-core, the path it has for dbt
Fusion: the same statuses, as plain strings. Which kind of events it reads
from dbt's output is decided by the CLI's version, which DbtCli gives as the
installed dbt-core's, so the events are read as dbt-core's.

Where dbt-core is already loaded in this process (a test that ran dbt in
process first), dagster-dbt is imported as usual.
"""

import sys

_HIDDEN = "dbt.version"

_hide = _HIDDEN not in sys.modules and "dagster_dbt" not in sys.modules
if _hide:
    sys.modules[_HIDDEN] = None  # an import of it raises ImportError, without importing dbt
try:
    from dagster_dbt import DagsterDbtTranslator, DbtCliResource, DbtProject, dbt_assets
finally:
    if _hide and sys.modules.get(_HIDDEN, False) is None:
        del sys.modules[_HIDDEN]  # later imports of dbt (dbt_warm's server) load it as usual

__all__ = ["DagsterDbtTranslator", "DbtCliResource", "DbtProject", "dbt_assets"]
