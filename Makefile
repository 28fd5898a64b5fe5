# Two entry points a new user needs: `make demo` and `make test`.
# Both create .venv on first use and install the project into it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint setup clean

$(BIN)/filmfacts: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(BIN)/filmfacts

setup: $(BIN)/filmfacts

demo: setup
	$(BIN)/filmfacts demo

lint: setup
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy

test: setup lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) build *.egg-info
