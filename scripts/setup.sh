#!/usr/bin/env bash
# Creates .venv (Python 3.11+) and installs sdkforge into it; with "test", the test extra too.
# Idempotent: re-installs only when pyproject.toml changed since the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "sdkforge needs Python 3.11 or newer")'
  "$python" -m venv .venv
  .venv/bin/python -m pip install --quiet --upgrade pip
fi
target="."
[ "$extra" = "test" ] && target=".[test]"
stamp=".venv/.sdkforge-installed${extra:+-$extra}"
want="$(sha256sum pyproject.toml | cut -d' ' -f1)"
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
  .venv/bin/python -m pip install --quiet --disable-pip-version-check -e "$target" 2>&1 \
    | { grep -v "^WARNING: Location" || true; }
  echo "$want" > "$stamp"
fi
