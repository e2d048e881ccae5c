# Two commands matter: `make run` and `make test`. Both work on a fresh clone: they create .venv with $(PY),
# and re-install only when pyproject.toml changes (stamp files in .venv record the last install).

PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
APP_STAMP := $(VENV)/.installed-app
TEST_STAMP := $(VENV)/.installed-test
PACKAGE_STAMP := $(VENV)/.installed-package
ARGS ?=

.PHONY: run install install-test lint test system-packages translations release-translations package bench bench-quick \
	screenshots clean

run: $(APP_STAMP) release-translations
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

# Two workers halve the suite's time on two cores (each has its own Qt, demo template and throw-away databases).
# Each module goes to one worker, so its servers start once; the slow modules go first (tests/conftest.py).
test: lint release-translations system-packages
	$(BIN)/python -m pytest -q --numprocesses=auto --maxprocesses=4 --dist=loadscope --no-loadscope-reorder

# Translations: `make translations` merges new and changed tr() strings of advocate_hub/ui into every language's .ts
# (the lupdate command line lives in advocate_hub/ui/catalogs.py) and compiles them; `release-translations` only
# compiles the .qm files (build output, not committed) that are older than their .ts.
TRANSLATIONS := resources/translations
TS_FILES := $(wildcard $(TRANSLATIONS)/advocate_hub_*.ts)

translations: $(APP_STAMP)
	$(BIN)/python -m advocate_hub.ui.catalogs update $(TRANSLATIONS)

release-translations: $(TS_FILES:.ts=.qm)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts | $(APP_STAMP)
	$(BIN)/python -m advocate_hub.ui.catalogs release $(TRANSLATIONS)

# Debian packages some tests need (desktop-file-validate, appstreamcli, a CJK font): installed when missing and
# run as root, otherwise named; nothing to do (and no apt-get update) when they are present.
system-packages:
	sh tools/system-packages.sh

# The one-folder app in dist/advocate-hub/ (see packaging/README.md for installers on each OS).
$(PACKAGE_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(APP_STAMP) $@

package: $(PACKAGE_STAMP) release-translations
	$(BIN)/python -m PyInstaller --noconfirm --log-level=WARN --distpath dist --workpath build/pyinstaller \
		packaging/advocate-hub.spec
	@du -sh dist/advocate-hub

# The datasets (10k, 100k, 1M advocates) are made once into bench/data: the 1M one takes many minutes the first
# time. ONLY=start,leaderboard,... runs some benchmarks (bench/run.py --help lists them); results: bench/RESULTS.md.
bench: $(APP_STAMP)
	$(BIN)/python bench/run.py $(if $(ONLY),--only $(ONLY))

bench-quick: $(APP_STAMP)
	$(BIN)/python bench/run.py --quick $(if $(ONLY),--only $(ONLY))

SCREENSHOT_DIR := docs/screenshots
SCREENSHOT_DATA := build/screenshot-data
VIEWS := home challenges challenge-detail leaderboard badges rewards profile
MANAGER_VIEWS := moderation challenge-editor calendar advocates fulfilment referrals audit metrics
KIOSK_AND_DEMO_VIEWS := tier-compare kiosk-attract kiosk-challenge

# Renders every view of the demo program offscreen: the advocate's as a Silver advocate (home in both themes),
# the moderator workspace as the demo's moderator.
screenshots: $(APP_STAMP)
	rm -rf $(SCREENSHOT_DATA)
	mkdir -p $(SCREENSHOT_DIR)
	for view in $(VIEWS); do \
		$(BIN)/advocate-hub --data-dir $(SCREENSHOT_DATA) --as daniel.kim@example.com --size 1280x800 \
			--screenshot $(SCREENSHOT_DIR)/$$view.png --view $$view || exit 1; \
	done
	$(BIN)/advocate-hub --data-dir $(SCREENSHOT_DATA) --as daniel.kim@example.com --size 1280x800 --theme dark \
		--screenshot $(SCREENSHOT_DIR)/home-dark.png --view home
	for view in $(KIOSK_AND_DEMO_VIEWS); do \
		$(BIN)/advocate-hub --data-dir $(SCREENSHOT_DATA) --as daniel.kim@example.com --size 1280x800 \
			--screenshot $(SCREENSHOT_DIR)/$$view.png --view $$view || exit 1; \
	done
	for view in $(MANAGER_VIEWS); do \
		$(BIN)/advocate-hub --data-dir $(SCREENSHOT_DATA) --as maya.chen@example.com --size 1280x800 \
			--screenshot $(SCREENSHOT_DIR)/$$view.png --view $$view || exit 1; \
	done

clean:
	rm -rf build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache .hypothesis .import_linter_cache bench/data
	find . -path ./$(VENV) -prune -o -name __pycache__ -type d -exec rm -rf {} +
