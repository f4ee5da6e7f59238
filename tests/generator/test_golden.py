"""`generated/` is the golden tree: regenerating from specs/ must give the same files, byte for byte.

Update: `sdkforge generate` (or `pytest tests/generator/test_golden.py --update-golden`), then
review the diff of generated/ like code.
"""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest

from generator.pipeline import build
from generator.write import is_tool_artifact, write_tree

ROOT = Path(__file__).resolve().parents[2]
SPECS = sorted((ROOT / "specs").glob("*.yaml"))
EDGE = sorted((ROOT / "tests" / "edge").glob("*.yaml"))


def _disk(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not is_tool_artifact(p.relative_to(folder).as_posix())
    }


def _assert_same(expected_dir: Path, files: dict[str, str]) -> None:
    disk = _disk(expected_dir)
    assert sorted(disk) == sorted(files), (
        f"file sets differ for {expected_dir}:\n"
        f"  only generated: {sorted(set(files) - set(disk))}\n  only on disk: {sorted(set(disk) - set(files))}"
    )
    for path, text in files.items():
        if disk[path] != text.encode("utf-8"):
            diff = "".join(
                difflib.unified_diff(
                    disk[path].decode("utf-8", "replace").splitlines(keepends=True),
                    text.splitlines(keepends=True),
                    f"{path} (golden)",
                    f"{path} (generated)",
                )
            )
            pytest.fail(f"{expected_dir.name}/{path} differs from the golden file:\n{diff}")


def _check(spec: Path, golden_root: Path, update: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    generated = build(spec.relative_to(ROOT))
    if update:
        write_tree(golden_root, generated.slug, generated.files)
    _assert_same(golden_root / generated.slug, generated.files)


@pytest.mark.parametrize("spec", SPECS, ids=[s.stem for s in SPECS])
def test_generated_matches_specs(spec: Path, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    _check(spec, ROOT / "generated", update_golden, monkeypatch)


@pytest.mark.parametrize("spec", EDGE, ids=[s.stem for s in EDGE])
def test_edge_case_goldens(spec: Path, update_golden: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    _check(spec, ROOT / "tests" / "edge" / "golden", update_golden, monkeypatch)
