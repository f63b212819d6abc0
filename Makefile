# The README's two commands: `make run` (set up, ingest, serve) and `make test` (set up, run the tests).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: help setup browser postgres ingest run test gate clean

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-8s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q torch==2.13.0
	$(BIN)/pip install -q -e ".[dev]"
	touch $(STAMP)

setup: $(STAMP) ## Create the virtualenv and install the project

browser: ## Install Debian's headless Chromium for the widget's browser tests (needs root or sudo)
	@command -v chromium >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq chromium chromium-driver >/dev/null; }

postgres: ## Install Debian's PostgreSQL server programs for the feedback database's tests (needs root or sudo)
	@ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || { \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq postgresql >/dev/null; }

ingest: setup ## Index corpus/ into data/index
	$(BIN)/aftercare ingest

run: ingest ## Set up, ingest corpus/ and serve the assistant
	$(BIN)/aftercare serve

test: setup browser postgres ## Set up, run the test suite, then the accuracy gate on the held-out questions
	$(BIN)/python -m pytest
	$(MAKE) --no-print-directory gate

gate: ingest ## Fail when the product misses evals/thresholds.toml on the test and unseen splits
	$(BIN)/aftercare eval --split test,unseen --quiet

clean: ## Remove the virtualenv and the local index
	rm -rf $(VENV) data
