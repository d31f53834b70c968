# Two commands set everything up on a fresh machine (Python 3.11 present):
#   make run   -> creates .venv, installs, starts Streamlit on http://localhost:8501
#   make test  -> creates .venv, installs everything (incl. the transformers backend,
#                 PostgreSQL and Chromium from Debian when root), runs all tests
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
PORT ?= 8501

.PHONY: run test install install-dev system-deps lint bench clean

$(VENV)/.installed: requirements.txt pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt requirements-transformers.txt
	# torch first and pinned: an unpinned torch would pull a multi-GB CUDA build
	$(PY) -m pip install -q torch==2.13.0
	$(PY) -m pip install -q -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

system-deps:
	bash scripts/system_deps.sh

run: install
	$(PY) -m streamlit run server.py --server.port $(PORT) --server.fileWatcherType none

test: install-dev system-deps
	bash scripts/run_tests.sh

lint: install-dev
	$(PY) -m ruff check .

clean:
	rm -rf $(VENV) .pytest_cache
