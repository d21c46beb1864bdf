# Two commands do everything: `make workbook` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARTICLE ?= seeds/000_17620ace2f9e96c7.txt

.PHONY: install system-packages workbook test lab clean

install: $(STAMP) system-packages

# Reinstalls only when the pins or the package metadata change.
$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

system-packages:
	@scripts/system-packages.sh

workbook: install
	$(PY) -m kornews parse $(ARTICLE) --format table

test: install
	$(PY) -m pytest

lab: install
	$(VENV)/bin/jupyter lab --notebook-dir=notebooks

clean:
	rm -rf reports .pytest_cache
