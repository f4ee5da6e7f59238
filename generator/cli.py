"""The `sdkforge` command: generate, validate, list.

Exit codes: 0 success; 1 `generate --check` found drift; 2 invalid input or usage (every problem
printed like a compiler error, no traceback); 3 an internal error of sdkforge itself.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from .diagnostics import Diagnostic, Location, SpecError
from .docs_cli import docs_app
from .fingerprint import display_path, slug_for, up_to_date

if TYPE_CHECKING:  # the pipeline imports black, datamodel-code-generator and jsonschema: only when needed
    from .ir import Api
    from .pipeline import Generated

__all__ = ["app", "main"]

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="sdkforge: generate Python client packages, models and docs from OpenAPI specs.",
)
app.add_typer(docs_app, name="docs")

SPECS_DIR = Path("specs")
OUT_DIR = Path("generated")
_SUFFIXES = (".yaml", ".yml", ".json")

SpecArgs = Annotated[
    list[Path] | None,
    typer.Argument(help="Spec files (default: every .yaml/.yml/.json in specs/).", show_default=False),
]
Lenient = Annotated[
    bool, typer.Option("--lenient", help="Uncurated specs: curation rules and unsupported constructs warn.")
]


def _err(text: str) -> None:
    print(text, file=sys.stderr)


def _specs(specs: list[Path] | None) -> list[Path]:
    if specs:
        return list(specs)
    if not SPECS_DIR.is_dir():
        _err(f"sdkforge: no spec given and no {SPECS_DIR}/ folder here; pass spec files or run from the project root")
        raise typer.Exit(2)
    found = sorted(p for p in SPECS_DIR.iterdir() if p.suffix in _SUFFIXES and p.is_file())
    if not found:
        _err(f"sdkforge: {SPECS_DIR}/ holds no spec (.yaml, .yml, .json)")
        raise typer.Exit(2)
    return found


def _print(diagnostics: list[Diagnostic]) -> None:
    for diagnostic in diagnostics:
        _err(diagnostic.render())


def _missing(path: Path) -> Diagnostic:
    return Diagnostic(Location(path.as_posix(), 1, 1), "#", "no such file", "check the path")


def _build_all(specs: list[Path], strict: bool, jobs: int | None) -> list[Generated]:
    """Build every spec (in parallel processes); print every problem of every spec; exit 2 if any."""
    from .format import configured_jobs
    from .pipeline import build_each

    results: list[Generated] = []
    errors: list[Diagnostic] = [_missing(spec) for spec in specs if not spec.is_file()]
    existing = [spec for spec in specs if spec.is_file()]
    for outcome in build_each(existing, strict=strict, jobs=jobs or configured_jobs()):
        if isinstance(outcome, list):
            errors.extend(outcome)
            continue
        _print(outcome.warnings)
        results.append(outcome)
    seen: dict[str, str] = {}
    for generated in results:
        for key in (f"folder {generated.slug}", f"package {generated.api.package}"):
            if key in seen:
                errors.append(
                    Diagnostic(
                        Location(generated.spec, 1, 1),
                        "#/x-sdk",
                        f"{key} is also generated from {seen[key]}",
                        "give each spec its own file name and x-sdk.package",
                    )
                )
            seen[key] = generated.spec
    if errors:
        _print(errors)
        _err(f"sdkforge: {len(errors)} error(s); nothing was written")
        raise typer.Exit(2)
    return results


@app.command()
def generate(
    specs: SpecArgs = None,
    out: Annotated[Path, typer.Option("--out", help="Output folder.")] = OUT_DIR,
    check: Annotated[bool, typer.Option("--check", help="Compare with the output folder; exit 1 on drift.")] = False,
    lenient: Lenient = False,
    jobs: Annotated[
        int | None,
        typer.Option(
            "--jobs", "-j", min=1, help="Processes for several specs (default: $SDKFORGE_JOBS, else one per core)."
        ),
    ] = None,
) -> None:
    """Generate one package folder per spec (default: specs/* into generated/)."""
    strict = not lenient
    todo: list[Path] = []
    fresh: list[Path] = []
    for spec in _specs(specs):
        # nothing changed since the folder's manifest was written: no need to generate at all
        if spec.is_file() and up_to_date(out / slug_for(spec), display_path(spec), strict):
            fresh.append(spec)
        else:
            todo.append(spec)
    for spec in fresh:
        if not check:
            print(f"{out.as_posix()}/{slug_for(spec)}: unchanged (up to date with {display_path(spec)})")
    if not todo:
        if check:
            print(f"sdkforge: {len(fresh)} package(s) up to date")
        return
    from .render_models import ModelsError
    from .write import UnsafeOutput, compare, write_tree

    try:
        results = _build_all(todo, strict=strict, jobs=jobs)
    except ModelsError as exc:
        _err(f"sdkforge: internal error while rendering models: {exc}")
        raise typer.Exit(3) from exc
    if check:
        drifted = 0
        for generated in results:
            drift = compare(out, generated.slug, generated.files)
            if not drift:
                continue
            drifted += 1
            for path in drift.added:
                _err(f"{out.as_posix()}/{generated.slug}/{path}: missing (would be generated)")
            for path in drift.removed:
                _err(f"{out.as_posix()}/{generated.slug}/{path}: stale (no longer generated)")
            for path, diff in drift.changed:
                _err(f"{out.as_posix()}/{generated.slug}/{path}: differs from the spec's output")
                _err(diff.rstrip("\n"))
        if drifted:
            _err(f"sdkforge: {drifted} package(s) out of date; run `sdkforge generate` and commit the result")
            raise typer.Exit(1)
        print(f"sdkforge: {len(results) + len(fresh)} package(s) up to date")
        return
    for generated in results:
        try:
            changed = write_tree(out, generated.slug, generated.files)
        except UnsafeOutput as exc:
            _err(f"sdkforge: {exc}")
            raise typer.Exit(2) from exc
        state = "written" if changed else "unchanged"
        print(
            f"{out.as_posix()}/{generated.slug}: {state} ({len(generated.files)} files, "
            f"package {generated.api.package})"
        )


def _check_all(specs: list[Path], strict: bool, show_warnings: bool) -> Iterator[tuple[Path, Api]]:
    """Load, validate and lower each spec, yielding the good ones; then print every error of
    every spec and exit 2 if there was any."""
    from .pipeline import check_spec

    errors: list[Diagnostic] = []
    for spec in specs:
        if not spec.is_file():
            errors.append(_missing(spec))
            continue
        try:
            _, api, warnings = check_spec(spec, strict=strict)
        except SpecError as exc:
            errors.extend(exc.diagnostics)
            continue
        if show_warnings:
            _print(warnings)
        yield spec, api
    if errors:
        _print(errors)
        raise typer.Exit(2)


@app.command()
def validate(specs: SpecArgs = None, lenient: Lenient = False) -> None:
    """Check specs without generating; print every problem found."""
    for spec, api in _check_all(_specs(specs), not lenient, show_warnings=True):
        count = sum(len(r.operations) for r in api.resources)
        print(f"{spec.as_posix()}: ok ({count} operations)")


@app.command(name="list")
def list_specs(specs: SpecArgs = None, lenient: Lenient = False) -> None:
    """Show spec -> package, its resources and operation counts."""
    for spec, api in _check_all(_specs(specs), not lenient, show_warnings=False):
        count = sum(len(r.operations) for r in api.resources)
        resources = ", ".join(f"{r.attribute} ({len(r.operations)})" for r in api.resources)
        print(
            f"{spec.as_posix()} -> {OUT_DIR.as_posix()}/{slug_for(spec)} (package {api.package}): "
            f"{count} operations; resources: {resources}"
        )


def main() -> None:
    """Entry point: a bug in sdkforge exits 3 with one line (the traceback with SDKFORGE_DEBUG=1)."""
    try:
        app()
    except Exception as exc:  # an internal error: user errors exit through typer.Exit
        if os.environ.get("SDKFORGE_DEBUG"):
            raise
        _err(f"sdkforge: internal error: {type(exc).__name__}: {exc} (set SDKFORGE_DEBUG=1 for the traceback)")
        sys.exit(3)
