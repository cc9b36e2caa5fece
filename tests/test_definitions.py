"""The asset graph is what we expect: files → raw tables → staging → marts, checks attached."""

import dagster as dg

RAW = {("raw", t) for t in ("source_files", "documents", "reports", "statistic_cells", "parse_issues")}
MARTS = {("marts", t) for t in ("dim_report", "dim_agency", "dim_indicator", "dim_applicant_type",
                                "fct_report_statistic", "fct_validation_finding", "agency_year_metrics",
                                "fct_review_decision", "fct_validation_finding_history")}
CELL_RULES = {"sum_children", "parent_blank", "sum_applicant_columns", "balance", "t4_group_total", "non_negative",
              "integer_count", "prose_matches_table", "carried_over_chain"}
REPORT_RULES = {"form_matches_year", "published_after_period"}


def _graph(definitions):
    return definitions.resolve_asset_graph()


def test_every_layer_is_an_asset(definitions):
    keys = {tuple(k.path) for k in _graph(definitions).get_all_asset_keys()}
    assert RAW <= keys
    assert MARTS <= keys
    assert ("staging", "stg_raw__statistic_cells") in keys
    assert ("catalog", "indicators") in keys


def test_staging_reads_the_raw_tables_the_parser_writes(definitions):
    graph = _graph(definitions)
    parents = graph.get(dg.AssetKey(["staging", "stg_raw__statistic_cells"])).parent_keys
    assert dg.AssetKey(["raw", "statistic_cells"]) in parents
    parents = graph.get(dg.AssetKey(["raw", "statistic_cells"])).parent_keys
    assert parents == {dg.AssetKey(["raw", "documents"]), dg.AssetKey(["raw", "parsed_partition"])}


def test_the_parse_can_be_spread_over_partitions_run_apart(definitions):
    graph = _graph(definitions)
    partitioned = graph.get(dg.AssetKey(["raw", "parsed_partition"]))
    assert partitioned.partitions_def.get_partition_keys() == list("0123456789abcdef")
    assert partitioned.parent_keys == {dg.AssetKey(["raw", "documents"])}
    # the pipeline loads what the partitions parsed; it never runs them itself (they only read the warehouse)
    pipeline = definitions.resolve_job_def("ogi_pipeline")
    assert dg.AssetKey(["raw", "parsed_partition"]) not in pipeline.asset_layer.executable_asset_keys
    assert definitions.resolve_job_def("ogi_parse_partition").asset_layer.executable_asset_keys == {
        dg.AssetKey(["raw", "parsed_partition"])}


def test_marts_are_downstream_of_the_dropped_files(definitions):
    graph = _graph(definitions)
    reachable, frontier = set(), [dg.AssetKey(["raw", "source_files"]), dg.AssetKey(["raw", "documents"])]
    while frontier:
        key = frontier.pop()
        for child in graph.get(key).child_keys:
            if child not in reachable:
                reachable.add(child)
                frontier.append(child)
    missing = {m for m in MARTS if dg.AssetKey(list(m)) not in reachable}
    # the catalog dims hang off the seeds, not off the files
    assert missing == {("marts", "dim_indicator"), ("marts", "dim_applicant_type")}


def test_validation_rules_are_checks_on_the_fact_table(definitions):
    checks = {(tuple(k.asset_key.path), k.name) for k in _graph(definitions).asset_check_keys}
    for rule in CELL_RULES:
        assert (("marts", "fct_report_statistic"), rule) in checks
    for rule in REPORT_RULES:
        assert (("marts", "dim_report"), rule) in checks
    # dbt tests are checks too
    assert any(name.startswith("unique_combination") for _, name in checks)


def test_sensor_schedule_and_job_are_registered(definitions):
    assert definitions.resolve_job_def("ogi_pipeline") is not None
    assert definitions.resolve_sensor_def("drop_folder_sensor").job_name == "ogi_pipeline"
    assert definitions.resolve_schedule_def("daily_pipeline").cron_schedule == "0 6 * * *"


def test_the_review_folder_is_upstream_of_the_marts_it_changes(definitions):
    graph = _graph(definitions)
    decisions = dg.AssetKey(["review", "decisions"])
    assert graph.get(decisions).parent_keys == {dg.AssetKey(["review_folder"])}
    assert decisions in graph.get(dg.AssetKey(["staging", "stg_review__decisions"])).parent_keys
    reachable, frontier = set(), [decisions]
    while frontier:
        for child in graph.get(frontier.pop()).child_keys:
            if child not in reachable:
                reachable.add(child)
                frontier.append(child)
    assert {dg.AssetKey(["marts", t]) for t in ("fct_report_statistic", "agency_year_metrics",
                                                  "fct_validation_finding", "fct_review_decision",
                                                  "fct_validation_finding_history")} <= reachable
    # the review asset writes before dbt reads, in the one job
    assert decisions in {k for k in definitions.resolve_job_def("ogi_pipeline").asset_layer.asset_graph
                         .get_all_asset_keys()}


def test_loading_the_definitions_leaves_dbt_core_to_dbt_s_own_process(dbt_manifest):
    """dbt runs in its own process; the run's process loading dbt-core too cost 1.2-1.5 s of every run.
    (The definitions read the manifest, so the fixture makes it first: on a fresh clone `make test-fast` had failed
    here, with no manifest yet.)"""
    import subprocess
    import sys

    loaded = subprocess.run(
        [sys.executable, "-c", "import sys; from orchestration.definitions import defs; "
         "import dagster_dbt.compat as c; print(sorted(m for m in sys.modules if m == 'dbt' or m.startswith('dbt.')), "
         "c.NodeStatus.Success == 'success')"],
        capture_output=True, text=True, timeout=120, check=True)
    assert loaded.stdout.split() == ["[]", "True"]
