"""The pipeline for one spec: load -> validate -> lower -> render -> format (+ manifest).

Pure apart from reading the spec: the result is a file map that `write` puts on disk or
compares with it.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .diagnostics import Diagnostic, SpecError
from .fingerprint import slug_for
from .format import format_files
from .ir import Api
from .load import Document, load, resolve_pointer
from .lower import lower
from .manifest import MANIFEST, build_manifest
from .render import render
from .validate import validate

__all__ = ["Generated", "build", "check_spec", "slug_for"]


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
    files = format_files(render(api, slug))
    files[MANIFEST] = build_manifest(document.path, document.sources, files, strict)
    return Generated(document.path, slug, api, dict(sorted(files.items())), warnings)
