# The two commands a newcomer needs: `make run` and `make test`.
# Both create ./.venv when it is missing and (re)install into it when the pins change.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench clean

run: $(STAMP)
	$(BIN)/hexaglot run

test: $(STAMP)
	$(BIN)/python -m pytest -q

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
