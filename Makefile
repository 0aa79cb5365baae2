# Satchel developer commands. `make run` and `make test` are the only two a fresh machine needs.
SHELL := /bin/bash
VENV ?= .venv
# Python 3.12 is preferred (it reads Learner Credential Wallet VPQR codes through cborld); 3.11 works too.
PYTHON ?= $(shell for p in python3.12 python3.13 python3.11 python3; do \
	  $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1 && { echo $$p; break; }; done)
STAMP := $(VENV)/.installed
PORT ?= 8550

.PHONY: run web test test-fast venv sysdeps bench bundle lint lint-fix clean

$(STAMP): pyproject.toml requirements.lock
	@test -n "$(PYTHON)" || { echo "Satchel needs Python 3.11 or newer" >&2; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install -q --upgrade pip
	$(VENV)/bin/python -m pip install -q -r requirements.lock
	$(VENV)/bin/python -m pip install -q --no-deps -e .
	@touch $(STAMP)

venv: $(STAMP)

## Run the app on the default wallet (desktop window; web mode on 127.0.0.1 when no display is available)
run: $(STAMP)
	$(VENV)/bin/satchel app

## Serve the app to a local browser
web: $(STAMP)
	$(VENV)/bin/satchel app --web --port $(PORT)

## System packages the end-to-end tests need (Chromium for the UI tests, Node.js for the interop peer)
sysdeps:
	@bash .ci/sysdeps.sh

## The whole test suite, exactly as CI runs it
test: $(STAMP) sysdeps
	$(VENV)/bin/python -m pytest

## Unit tests only (no browser, no crash loops)
test-fast: $(STAMP)
	$(VENV)/bin/python -m pytest -m "not slow and not ui and not interop"

bench: $(STAMP)
	@for b in benchmarks/bench_*.py; do echo "== $$b"; $(VENV)/bin/python $$b || exit 1; done

## Static checks, as CI runs them: ruff (style and bug patterns), mypy (strict below ui/), import contracts
lint: $(STAMP)
	$(VENV)/bin/ruff check src tests benchmarks
	$(VENV)/bin/mypy
	$(VENV)/bin/lint-imports

## Apply ruff's safe fixes (import order and the like); review the diff, then `make lint`
lint-fix: $(STAMP)
	$(VENV)/bin/ruff check --fix src tests benchmarks

## Desktop bundle (PyInstaller one-folder) under dist/satchel/: satchel (app) and satchel-cli
bundle: $(STAMP)
	VENV=$(VENV) bash scripts/bundle.sh

clean:
	rm -rf $(VENV) build dist artifacts .hypothesis
