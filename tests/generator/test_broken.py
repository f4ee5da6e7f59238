"""Broken specs: each `tests/broken/<name>.yaml|json` has its exact diagnostic transcript in
`<name>.expected` (first line `exit: N`, then stderr). Generation must exit 2, print every
diagnostic located as file:line:column and JSON pointer, and write nothing.

Update transcripts: `pytest tests/generator/test_broken.py --update-golden`, then review them.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app

ROOT = Path(__file__).resolve().parents[2]
BROKEN = ROOT / "tests" / "broken"
CASES = sorted(p for p in BROKEN.iterdir() if p.suffix in (".yaml", ".yml", ".json")) if BROKEN.is_dir() else []
_LOCATED = re.compile(r"^tests/broken/[^:]+:\d+:\d+: (warning: )?#[^:]*: .+")


@pytest.mark.parametrize("spec", CASES, ids=[p.name for p in CASES])
def test_broken_spec_transcript(
    spec: Path, tmp_path: Path, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["generate", spec.relative_to(ROOT).as_posix(), "--out", str(out)])
    transcript = f"exit: {result.exit_code}\n{result.stderr}"
    expected_file = spec.with_suffix(".expected")
    if update_golden:
        expected_file.write_text(transcript, encoding="utf-8")
    assert expected_file.exists(), f"{expected_file.name} is missing; create it with --update-golden and review it"
    assert transcript == expected_file.read_text(encoding="utf-8")
    assert result.exit_code == 2
    assert result.exception is None or isinstance(result.exception, SystemExit), "no traceback for a user error"
    assert not out.exists(), "nothing may be written for a broken spec"
    lines = [line for line in result.stderr.splitlines() if not line.startswith("sdkforge:")]
    assert lines, "at least one diagnostic"
    for line in lines:
        assert _LOCATED.match(line), f"not located like a compiler error: {line}"


def test_corpus_is_large_enough() -> None:
    assert len(CASES) >= 40, f"only {len(CASES)} broken specs under tests/broken/"
