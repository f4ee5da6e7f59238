#!/usr/bin/env bash
# Set up and run the main job: regenerate generated/ from specs/.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/sdkforge generate "$@"
