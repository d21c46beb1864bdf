# Two commands do everything: `make workbook` and `make test` (see README.md).
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
ARTICLE ?= seeds/000_17620ace2f9e96c7.txt
# Which PDFs each notebook gets: both (NAME.pdf with code, NAME-report.pdf without), notebook, report, none.
PDF ?= both

.PHONY: install system-packages workbook test test-all lab tidy format clean

install: $(STAMP) system-packages

# Reinstalls only when the pins or the package metadata change.
$(STAMP): requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	touch $@

system-packages:
	@scripts/system-packages.sh

# make workbook [ARTICLE=path] [CORPUS=folder-or-glob] [ARTICLE_DATE=2020-07-10] [PDF=both|notebook|report|none]
# [REPORTS=folder] [KEYWORD=word (07's related terms; TERM is the terminal's)] [SOURCE=press-release.txt (06's reuse)]: writes reports/<article file stem>/*.ipynb, *.pdf and *-report.pdf.
# A relative ARTICLE is looked for in the working directory, then in the project.
# The settings reach the runner as environment variables, unexpanded ($(value ...)): a file
# name is data, never read by make or the shell (`, $, " and a leading - are kept as they are).
# Make would also pass a variable given on its command line to the recipe, expanded: not these.
unexport ARTICLE CORPUS ARTICLE_DATE PDF REPORTS KEYWORD SOURCE
workbook: export KORNEWS_ARTICLE = $(value ARTICLE)
workbook: export KORNEWS_CORPUS = $(value CORPUS)
workbook: export KORNEWS_ARTICLE_DATE = $(value ARTICLE_DATE)
workbook: export KORNEWS_PDF = $(value PDF)
workbook: export KORNEWS_REPORTS = $(value REPORTS)
workbook: export KORNEWS_TERM = $(value KEYWORD)
workbook: export KORNEWS_SOURCE = $(value SOURCE)
workbook: install
	$(PY) -m kornews.workbook

# make test: everything that guards behaviour, in minutes: one pytest worker a core, each taking a
# whole test module at a time (a module's session fixtures and its background kernels stay in
# one process), the longest modules first as tests/conftest.py orders them (pytest-xdist would
# otherwise order modules by their number of tests). make test-all: make test, then the slow
# lane (pytest -m slow: every notebook in a kernel on every fixture and their PDFs, kornews
# installed from wheels into a fresh virtualenv, JupyterLab's export names from a live server).
test: install
	$(PY) -m pytest -m "not slow" -n auto --dist loadfile --no-loadscope-reorder

test-all: test
	$(PY) -m pytest -m slow

# Format the code and apply ruff's safe fixes (tests/test_style.py checks both).
format: install
	$(PY) -m ruff format lib tests benchmarks scripts
	$(PY) -m ruff check --fix lib tests benchmarks scripts

# Export PDFs with File > Save and Export Notebook As > PDF_Korean (or PDF_Korean_without_code). nbconvert's own PDF
# exporters need TeX, Playwright's Chromium or Qt WebEngine, none set up here: hidden from the menu.
NO_BROKEN_PDF := --PDFExporter.enabled=False --WebPDFExporter.enabled=False \
	--QtPDFExporter.enabled=False --QtPNGExporter.enabled=False

# JupyterLab refuses to start as root unless told to (containers and CI machines run as root).
AS_ROOT := $(if $(filter 0,$(shell id -u)),--allow-root)

# The project is the root (seeds/ and reports/ in reach); the file browser opens on notebooks/,
# where an upload lands next to the notebooks and is found by its name alone.
lab: install
	$(VENV)/bin/jupyter lab --ServerApp.root_dir=. --ContentsManager.preferred_dir=notebooks $(NO_BROKEN_PDF) $(AS_ROOT)

# Notebooks in the form JupyterLab saves, without outputs (run after editing one; tests check it).
tidy: install
	$(PY) scripts/tidy-notebooks.py notebooks/*.ipynb

clean:
	rm -rf reports .pytest_cache
