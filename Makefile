# The README's two commands: `make demo` and `make test`. Both bootstrap first.
SHELL := /bin/bash
PY := .venv/bin/python
export JSII_SILENCE_WARNING_END_OF_LIFE_NODE_VERSION := 20
export CHECKPOINT_DISABLE := 1

.PHONY: bootstrap demo test lint bench schema
bootstrap:
	@scripts/bootstrap

demo: bootstrap
	@$(PY) -m playbook_cli.demo

# When make started (read once, as the Makefile is parsed): tests/run_suite.py reports the whole
# target's wall time, bootstrap, lint and types included.
MAKE_STARTED := $(shell date +%s.%N)

test: export MAKE_TEST_STARTED = $(MAKE_STARTED)
test:
	@PLAYBOOK_BOOTSTRAP_TESTS=1 scripts/bootstrap
	@.venv/bin/ruff check --no-cache .
	@.venv/bin/ruff format --check --no-cache .
	@.venv/bin/mypy
	@$(PY) -m tests.run_suite $(PYTEST_ARGS)

lint: bootstrap
	@.venv/bin/ruff check --no-cache .
	@.venv/bin/ruff format --check --no-cache .
	@.venv/bin/mypy

bench: bootstrap
	@$(PY) bench/run.py

schema: bootstrap
	@.venv/bin/playbook schema --out playbooks/schema/playbook.schema.json
