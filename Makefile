# `make run` and `make test` are the contract: both set everything up on a
# fresh machine (a venv with the pinned dependencies, the dbt manifest).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
export DO_NOT_TRACK := 1
export DBT_SEND_ANONYMOUS_USAGE_STATS := false
export GX_ANALYTICS_ENABLED := false

.PHONY: setup run test test-fast ui bench bench-validation bench-review check-findings-page clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

setup: $(STAMP)

run: setup
	$(BIN)/ogi run

test: setup
	$(BIN)/python -m pytest

# The inner loop: parser, evaluation and CLI unit tests, no pipeline run (see README for times).
test-fast: setup
	$(BIN)/python -m pytest -m "not e2e"

ui: setup
	$(BIN)/ogi ui

# Times the validation step on 10,000 invented reports (a benchmark, not a test).
bench-validation: setup
	$(BIN)/python scripts/bench_validation.py

# Times the runs that apply review decisions on a synthetic corpus (figures, no assertions).
bench-review: setup
	$(BIN)/python scripts/bench_review.py

# Prints figures, asserts nothing; BENCH_SIZES=1000,10000 for a shorter run.
bench: setup
	$(BIN)/python -m benchmarks.bench

# Loads the findings page `make run` wrote in headless Chromium with the network
# cut off and checks every finding is shown (needs Debian's chromium package).
check-findings-page: setup
	$(BIN)/python scripts/check_findings_page.py

clean:
	rm -rf warehouse .dagster dbt_project/target dbt_project/logs .pytest_cache
