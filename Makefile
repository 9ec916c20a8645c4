# The two commands a newcomer needs: `make run` and `make test`.
# Both create ./.venv when it is missing and (re)install into it when the pins change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test test-fast bench clean

run: $(STAMP)
	$(BIN)/hexaglot run

# The suite runs in one process per core, four at most (pytest-xdist; tests/conftest.py keeps
# the tests that share a costly fixture in one process). Some tests start a pool or a Dask
# cluster of two workers of their own: more processes than cores only makes them wait.
PARALLEL := -n auto --maxprocesses 4

# The tests also need gettext, Chromium and two fonts from the system: .ci/system-packages
# installs what is missing when it may, or says in one line which command to run.
test: $(STAMP)
	@.ci/system-packages
	$(BIN)/python -m pytest -q $(PARALLEL)

# The quick part, for a developer between commits: no browser, no PDF or Word building, no
# Dask cluster (make test runs everything).
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q $(PARALLEL) -m "not slow and not browser"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml constraints.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test,dask]'
	touch $(STAMP)

# The benchmarks compare with Translate Toolkit's pofilter, installed only for them.
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[test,bench]'
	$(BIN)/python bench/terms.py
	$(BIN)/python bench/compare.py --entries 100000

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
