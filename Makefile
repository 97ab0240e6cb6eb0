# Two commands set everything up on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test soak lint bench clean dist dist-check translations

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	$(BIN)/python packaging/translations.py --release
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/workstation gui

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/lint-imports

test: lint
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m "not slow and not dist"

# The window's strings: extract them into ui/translations/*.ts, compile the .qm (README: Languages).
translations: $(STAMP)
	$(BIN)/python packaging/translations.py

# The long soak over 100,000 articles (scroll, search, switch) on its own.
soak: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m slow

bench: $(STAMP)
	for script in bench/import_bench.py bench/checks_bench.py bench/export_bench.py bench/ui_bench.py bench/search_bench.py bench/references_bench.py \
			bench/dashboard_bench.py bench/live_bench.py bench/large_article_bench.py bench/library_pg_bench.py \
			bench/workspace_bench.py; do \
		echo "== $$script"; QT_QPA_PLATFORM=offscreen $(BIN)/python $$script || exit 1; done

# The standalone folder (PyInstaller) and its .tar.gz, and the wheel, in dist/ (README: Install).
DIST_STAMP := $(VENV)/.dist-installed
$(DIST_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[test,dist]'
	touch $(DIST_STAMP)

dist: $(DIST_STAMP)
	$(BIN)/python packaging/build_dist.py

# Runs what make dist built as a reviewer's machine would: no Python, a fresh folder, a fresh database.
dist-check: dist
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest -m dist -p no:cacheprovider

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .hypothesis build dist
