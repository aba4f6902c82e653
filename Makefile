# va-evidence: `make demo` and `make test` are all a newcomer needs.
VENV ?= .venv
BIN := $(VENV)/bin
DATA_DIR ?= data/run

.PHONY: help setup demo demo-cli airflow test test-fast lint sample clean bench bench-venv

help:
	@echo "make demo    set up everything and run the sample records through the nightly Airflow DAG"
	@echo "make demo-cli  the same job without Airflow (va-evidence run)"
	@echo "make airflow Airflow standalone on this machine (UI on :8080) with the va-evidence DAGs"
	@echo "make test    set up everything and run the whole test suite"
	@echo "make lint    ruff over the code"
	@echo "make sample  regenerate data/sample from the synthetic generator"
	@echo "make bench   the tagging benchmark against medspaCy (own virtualenv: .venv-bench)"
	@echo "make clean   remove $(DATA_DIR) (store, OCR cache, summaries)"

setup:
	@bash scripts/setup.sh

demo: setup
	@DATA_DIR=$(abspath $(DATA_DIR)) bash scripts/airflow.sh demo data/sample

demo-cli: setup
	$(BIN)/va-evidence run --inbox data/sample --data-dir $(DATA_DIR)
	@echo ""
	@echo "Open the summaries: $(abspath $(DATA_DIR))/summaries/index.html"

airflow: setup
	@DATA_DIR=$(abspath $(DATA_DIR)) bash scripts/airflow.sh standalone

test: setup
	$(BIN)/ruff check .
	$(BIN)/python -m pytest

test-fast: setup
	$(BIN)/python -m pytest -m "not slow"

lint: setup
	$(BIN)/ruff check .

sample: setup
	rm -rf data/sample && $(BIN)/va-evidence synth --sample --out data/sample

clean:
	rm -rf $(DATA_DIR) .airflow

# medspaCy pins numpy < 2 on Python 3.11, so the benchmark gets a virtualenv of its own.
bench-venv:
	@[ -x .venv-bench/bin/python ] || python3 -m venv .venv-bench
	@.venv-bench/bin/python -m pip install -q -e ".[bench]"

bench: bench-venv
	.venv-bench/bin/python benchmarks/tagging.py
