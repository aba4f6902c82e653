# va-evidence: `make demo` and `make test` are all a newcomer needs.
VENV ?= .venv
BIN := $(VENV)/bin
DATA_DIR ?= data/run

.PHONY: help setup demo test test-fast lint sample clean

help:
	@echo "make demo    set up everything and run the pipeline on the bundled sample records"
	@echo "make test    set up everything and run the whole test suite"
	@echo "make lint    ruff over the code"
	@echo "make sample  regenerate data/sample from the synthetic generator"
	@echo "make clean   remove $(DATA_DIR) (store, OCR cache, summaries)"

setup:
	@bash scripts/setup.sh

demo: setup
	$(BIN)/va-evidence run --inbox data/sample --data-dir $(DATA_DIR)
	@echo ""
	@echo "Open the summaries: $(abspath $(DATA_DIR))/summaries/index.html"

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
	rm -rf $(DATA_DIR)
