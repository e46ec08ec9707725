# Two commands on a fresh clone with only Python:  `make demo`  and  `make test`.
# The first install compiles llama-cpp-python (about 10 minutes on 2 cores); pip caches the wheel.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	$(BIN)/pip install -e '.[dev]'
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/seeingeye ask examples/receipt.png "What is the total amount on this receipt?"

test: $(BIN)/.installed
	$(BIN)/python -m pytest -q

lint: $(BIN)/.installed
	$(BIN)/ruff check src tests benchmarks

.PHONY: install demo test lint
