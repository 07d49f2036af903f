# counterclaim: two commands on a fresh machine.
#   make demo  - set up .venv and run the demo (bundled sample articles, temporary SQLite ledger)
#   make test  - set up .venv and run the test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test setup bench clean

setup: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/counterclaim demo

test: $(STAMP)
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python benchmarks/seed.py --data ../shared/benchmarks/seed/gold.json
	$(BIN)/python benchmarks/html.py --data ../shared/benchmarks/html

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
