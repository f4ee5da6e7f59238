#!/usr/bin/env bash
# Set up and run the whole test suite (what CI runs).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
.venv/bin/ruff check generator templates/runtime tests
.venv/bin/ruff format --check generator tests
.venv/bin/black --quiet --check templates/runtime
.venv/bin/mypy generator templates/runtime
exec .venv/bin/python -m pytest -n "${PYTEST_WORKERS:-auto}" --dist worksteal "$@"
