"""The command line as a user meets it: exit codes, drift detection, idempotence, safety."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from generator.cli import app

ROOT = Path(__file__).resolve().parents[2]
FLOWDASH = ROOT / "specs" / "flowdash-actions.yaml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the project's specs in a scratch folder, as the working directory."""
    (tmp_path / "specs").mkdir()
    shutil.copy(FLOWDASH, tmp_path / "specs" / FLOWDASH.name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def _snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_generate_twice_changes_nothing(project: Path) -> None:
    code, out, _ = run("generate")
    assert code == 0 and "written" in out
    first = _snapshot(project / "generated")
    code, out, _ = run("generate")
    assert code == 0 and "unchanged" in out
    assert _snapshot(project / "generated") == first


def test_check_reports_drift_and_recovers(project: Path) -> None:
    assert run("generate")[0] == 0
    assert run("generate", "--check")[0] == 0
    spec = project / "specs" / FLOWDASH.name
    text = spec.read_text(encoding="utf-8")
    assert "summary: Get Action Execution Status" in text
    spec.write_text(text.replace("summary: Get Action Execution Status", "summary: Fetch an execution"), "utf-8")
    code, _, err = run("generate", "--check")
    assert code == 1
    assert "generated/flowdash-actions/flowdash/resources/executions.py: differs" in err
    assert "generated/flowdash-actions/docs/executions.md: differs" in err
    assert '+        """Fetch an execution' in err
    assert run("generate")[0] == 0
    assert run("generate", "--check")[0] == 0


def test_stale_files_are_removed(project: Path) -> None:
    assert run("generate")[0] == 0
    manifest = project / "generated" / "flowdash-actions" / "sdkforge-manifest.json"
    stale = project / "generated" / "flowdash-actions" / "flowdash" / "resources" / "old.py"
    stale.write_text("x = 1\n", encoding="utf-8")
    manifest.write_text(manifest.read_text().replace('"files": {', '"files": {\n    "flowdash/resources/old.py": "0",'))
    code, _, err = run("generate", "--check")
    assert code == 1 and "old.py: stale" in err
    assert run("generate")[0] == 0
    assert not stale.exists()


def test_foreign_files_are_never_deleted(project: Path) -> None:
    assert run("generate")[0] == 0
    mine = project / "generated" / "flowdash-actions" / "NOTES.txt"
    mine.write_text("my notes\n", encoding="utf-8")
    (project / "specs" / FLOWDASH.name).write_text(
        FLOWDASH.read_text(encoding="utf-8").replace("Get Action Execution Status", "Changed"), "utf-8"
    )
    code, _, err = run("generate")
    assert code == 2
    assert "NOTES.txt" in err and "did not generate" in err
    assert mine.read_text() == "my notes\n"


def test_invalid_spec_exits_2_and_writes_nothing(project: Path) -> None:
    assert run("generate")[0] == 0
    before = _snapshot(project / "generated")
    spec = project / "specs" / FLOWDASH.name
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("operationId: getActionExecution", "operationId: listTaskActions"),
        "utf-8",
    )
    code, _, err = run("generate")
    assert code == 2
    assert "duplicate operationId 'listTaskActions'" in err
    assert "specs/flowdash-actions.yaml:" in err
    assert _snapshot(project / "generated") == before


def test_usage_errors_exit_2(project: Path) -> None:
    assert run("generate", "--no-such-flag")[0] == 2
    code, _, err = run("generate", "specs/missing.yaml")
    assert code == 2 and "specs/missing.yaml:1:1: #: no such file" in err


def test_validate_and_list(project: Path) -> None:
    code, out, _ = run("validate")
    assert code == 0 and "specs/flowdash-actions.yaml: ok (3 operations)" in out
    code, out, _ = run("list")
    assert code == 0
    assert "package flowdash" in out and "actions (1)" in out and "executions (2)" in out


def test_console_script_has_no_traceback_for_user_errors(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("openapi: 3.1.0\ninfo: {title: x\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "generator", "validate", str(bad)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        check=False,
    )
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "bad.yaml:3:1: #: invalid YAML" in result.stderr


def test_no_change_run_skips_generation_but_never_hides_drift(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert run("generate")[0] == 0
    import generator.pipeline

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("an up-to-date package must not be generated again")

    with monkeypatch.context() as patched:
        patched.setattr(generator.pipeline, "build", refuse)
        code, out, _ = run("generate")
        assert code == 0 and "unchanged (up to date with specs/flowdash-actions.yaml)" in out
        assert run("generate", "--check")[0] == 0
    # a hand edit of a generated file is drift: the short-cut must not hide it
    models = project / "generated" / "flowdash-actions" / "flowdash" / "models.py"
    models.write_text(models.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
    code, _, err = run("generate", "--check")
    assert code == 1 and "flowdash/models.py: differs" in err
    assert run("generate")[0] == 0
    assert "# edited" not in models.read_text(encoding="utf-8")
    # so is a changed spec
    spec = project / "specs" / FLOWDASH.name
    spec.write_text(spec.read_text(encoding="utf-8").replace("Get Action Execution Status", "Poll"), "utf-8")
    assert run("generate", "--check")[0] == 1


def test_parallel_build_gives_the_same_bytes_and_the_same_errors(project: Path) -> None:
    """Several specs are built in worker processes; output and diagnostics do not depend on it."""
    shutil.copy(ROOT / "specs" / "slack-workflows.yaml", project / "specs" / "slack-workflows.yaml")
    assert run("generate", "--out", "one", "--jobs", "1")[0] == 0
    assert run("generate", "--out", "two", "--jobs", "2")[0] == 0
    assert _snapshot(project / "one") == _snapshot(project / "two")
    broken = project / "specs" / "broken.yaml"
    broken.write_text("openapi: 3.1.0\ninfo: {title: x}\npaths: {}\n", encoding="utf-8")
    serial = run("generate", "--out", "three", "--jobs", "1")
    parallel = run("generate", "--out", "three", "--jobs", "2")
    assert serial[0] == parallel[0] == 2
    assert serial[2] == parallel[2] and "specs/broken.yaml" in parallel[2]
    assert not (project / "three").exists()
