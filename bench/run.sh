#!/usr/bin/env bash
# The one command: set up (bench/setup.sh), run every benchmark, print the ratio tables and
# write bench/RESULTS.md.   Usage: bash bench/run.sh [--quick]
#   --quick   smoke run (about 2-3 minutes after setup): fewer repetitions, GitHub's spec skipped
# Other arguments go to bench/run_all.py (e.g. --skip generation, --only-cases seeds:all).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
bash "$here/setup.sh" 2>&1 | { grep -v "^WARNING: Location" || true; }
cd "$root"
exec "$root/.venv/bin/python" "$here/run_all.py" "$@"
