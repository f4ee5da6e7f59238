"""The pipeline for one spec: load -> validate -> lower -> render -> format (+ manifest).

Pure apart from reading the spec: the result is a file map that `write` puts on disk or
compares with it. Several specs are built in parallel processes (`build_each`), one per core.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from .diagnostics import Diagnostic, SpecError
from .fingerprint import slug_for
from .format import format_files
from .ir import Api
from .load import Document, load, resolve_pointer
from .lower import lower
from .manifest import MANIFEST, build_manifest
from .render import is_laid_out, render
from .validate import validate

__all__ = ["Generated", "build", "build_each", "check_spec", "slug_for"]


@dataclass(slots=True)
class Generated:
    spec: str
    slug: str
    api: Api
    files: dict[str, str]
    warnings: list[Diagnostic]


def check_spec(path: Path, *, strict: bool = True) -> tuple[Document, Api, list[Diagnostic]]:
    """Load, validate and lower; raise SpecError with every error found."""
    document = load(path)
    diagnostics = validate(document, strict=strict)
    if diagnostics.errors:
        raise SpecError(diagnostics.items)
    for warning in diagnostics.warnings:  # lenient mode: defaults that contradict their schema
        if warning.message.startswith(_BAD_DEFAULT) and "/default" in warning.pointer:
            _drop(document, warning.pointer[: warning.pointer.rindex("/default")])
    api, lowered = lower(document, strict=strict)
    return document, api, [*diagnostics.warnings, *lowered.warnings]


_BAD_DEFAULT = "the default does not match its schema"


def _drop(document: Document, holder: str) -> None:
    """Remove the `default` of the schema at `holder` (a JSON pointer)."""
    try:
        node = resolve_pointer(document.data, holder)
    except (KeyError, IndexError, ValueError):
        return
    if isinstance(node, dict):
        node.pop("default", None)


def build(path: Path, *, strict: bool = True) -> Generated:
    document, api, warnings = check_spec(path, strict=strict)
    slug = slug_for(path)
    spec_path, sources = document.path, document.sources
    # nothing after lowering reads the spec's data (nor its text, kept for positions): letting it
    # go before rendering keeps it out of datamodel-code-generator's peak (GitHub: 398 -> 311 MiB)
    del document
    rendered = render(api, slug)
    files = format_files(rendered, frozenset(name for name in rendered if is_laid_out(name)))
    files[MANIFEST] = build_manifest(spec_path, sources, files, strict)
    return Generated(spec_path, slug, api, dict(sorted(files.items())), warnings)


def build_each(paths: list[Path], *, strict: bool = True, jobs: int = 1) -> list[Generated | list[Diagnostic]]:
    """`build` for each spec, in order: its result, or the errors that stopped it. With more than
    one spec and `jobs` > 1 the specs are built in up to `jobs` processes (forked on Linux, so
    they start with everything imported)."""
    attempt = partial(_attempt, strict=strict)
    if jobs <= 1 or len(paths) <= 1:
        return [attempt(path) for path in paths]
    context = multiprocessing.get_context("fork" if sys.platform == "linux" else "spawn")
    workers = min(jobs, len(paths))
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_single_process) as pool:
        return list(pool.map(attempt, paths))


def _attempt(path: Path, *, strict: bool) -> Generated | list[Diagnostic]:
    try:
        return build(path, strict=strict)
    except SpecError as exc:
        return exc.diagnostics


def _single_process() -> None:
    """In a worker: the specs are the parallel unit, so formatting stays in this process."""
    os.environ["SDKFORGE_JOBS"] = "1"
