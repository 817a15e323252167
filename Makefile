# Two commands on a fresh machine: `make run` and `make test`. Everything else is a helper.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
export ONDAM_DATA_DIR ?= data

.PHONY: run test install lint typecheck pytest bench screenshots i18n worker clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed (set PYTHON=/path/to/python3.11)"; exit 1; }
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

install: $(STAMP)

## run: migrate, load demo data on first run, print demo log-ins, serve http://127.0.0.1:8000
run: $(STAMP)
	$(BIN)/ondam migrate
	$(BIN)/ondam demo --if-empty
	@$(BIN)/ondam demo-logins
	@echo "Youth app: http://127.0.0.1:8000/   Staff console: http://127.0.0.1:8000/staff/login"
	$(BIN)/ondam serve --host 127.0.0.1 --port 8000

## worker: background and periodic jobs (a second terminal next to `make run`)
worker: $(STAMP)
	$(BIN)/ondam worker

## test: ruff, mypy and the whole pytest suite (browser tests included)
test: lint typecheck pytest

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks migrations datasets
	$(BIN)/ruff format --check src tests benchmarks migrations datasets

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	$(BIN)/pytest $(PYTEST_ARGS)

## screenshots: refresh docs/screenshots/ (phone size, Korean and English) from the browser tests
screenshots: $(STAMP)
	ONDAM_SCREENSHOTS=1 $(BIN)/pytest tests/browser -k screenshots -p no:cacheprovider

bench: $(STAMP)
	$(BIN)/python -m benchmarks.run

## i18n: extract messages and update the ko/en catalogues
i18n: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg -k _ -k gettext_ -k N_ --no-location --sort-output \
	  --project Ondam --copyright-holder "Ondam contributors" -o src/ondam/web/locale/messages.pot src/ondam
	$(BIN)/pybabel update -i src/ondam/web/locale/messages.pot -d src/ondam/web/locale --no-fuzzy-matching --ignore-obsolete -w 110

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
