# Two commands matter: `make run` and `make test`. Both work on a fresh clone: they create .venv with $(PY),
# and re-install only when pyproject.toml changes (stamp files in .venv record the last install).

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
ARGS ?=

.PHONY: run install install-test lint test bench bench-quick clean

run: $(APP_STAMP)
	$(BIN)/advocate-hub $(ARGS)

install: $(APP_STAMP)

install-test: $(TEST_STAMP)

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip || echo "warning: could not upgrade pip; using the venv's own"

$(APP_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(APP_STAMP) $@

lint: $(TEST_STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: lint
	$(BIN)/python -m pytest -q

bench: $(APP_STAMP)
	$(BIN)/python bench/run.py

bench-quick: $(APP_STAMP)
	$(BIN)/python bench/run.py --quick

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache bench/data
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
