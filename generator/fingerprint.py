"""Is a package folder already what the generator would write? Answered without generating.

A manifest records a fingerprint of everything the output depends on: the generator's own code
and templates, the pinned tool versions, the spec and every file it references (by sha256), and
the mode (strict or lenient). When the fingerprint still matches and every listed file is on disk
unchanged, regeneration has nothing to do. This module imports nothing heavy (no black, no
datamodel-code-generator, no jsonschema), so a no-change run costs milliseconds.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from functools import cache
from importlib.metadata import version
from pathlib import Path

from . import __version__

__all__ = [
    "MANIFEST",
    "display_path",
    "fingerprint",
    "generator_fingerprint",
    "is_tool_artifact",
    "slug_for",
    "up_to_date",
]

_ROOT = Path(__file__).resolve().parent.parent
MANIFEST = "sdkforge-manifest.json"
_TOOL_DIRS = frozenset({"__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache", "build"})


def is_tool_artifact(relative: str) -> bool:
    """Caches and build output of Python tools in a package folder: never reported, never protected."""
    parts = relative.split("/")
    return any(p in _TOOL_DIRS or p.endswith(".egg-info") for p in parts[:-1]) or relative.endswith(".pyc")


def display_path(path: Path) -> str:
    """The path as shown in diagnostics and recorded in manifests: relative to the working
    directory (never absolute, so output does not depend on where a checkout lives)."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return Path(os.path.relpath(path.resolve(), Path.cwd().resolve())).as_posix()


def slug_for(spec: Path) -> str:
    """The folder name of a spec's package: its file stem, lower-cased, safe characters only."""
    return re.sub(r"[^a-z0-9._-]+", "-", spec.stem.lower()).strip("-.") or "api"


@cache
def generator_fingerprint() -> str:
    """sha256 over the generator's code, its templates and the pinned tool versions."""
    digest = hashlib.sha256()
    digest.update(f"sdkforge {__version__}\n".encode())
    for tool in ("datamodel-code-generator", "black"):  # pinned: their output lands in golden files
        digest.update(f"{tool} {version(tool)}\n".encode())
    files = sorted((_ROOT / "generator").glob("*.py")) + sorted(
        p for p in (_ROOT / "templates").rglob("*") if p.is_file() and "__pycache__" not in p.parts
    )
    for path in files:
        digest.update(path.relative_to(_ROOT).as_posix().encode() + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def fingerprint(sources: list[tuple[str, str]], strict: bool) -> str:
    """The fingerprint of one generation: (path, sha256) of the spec and its referenced files."""
    payload = json.dumps({"generator": generator_fingerprint(), "sources": sources, "strict": strict})
    return hashlib.sha256(payload.encode()).hexdigest()


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def up_to_date(folder: Path, spec_display: str, strict: bool) -> bool:
    """Whether `folder` holds exactly what generating `spec_display` would write."""
    try:
        manifest = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if manifest["spec"]["path"] != spec_display:
            return False
        listed = [(manifest["spec"]["path"], manifest["spec"]["sha256"])]
        listed += [(s["path"], s["sha256"]) for s in manifest.get("sources", [])]
        current = [(path, _sha256(Path(path))) for path, _ in listed]
        if current != listed or manifest.get("fingerprint") != fingerprint(current, strict):
            return False
        files: dict[str, str] = manifest["files"]
        for relative, digest in files.items():
            if _sha256(folder / relative) != digest:
                return False
        on_disk = {
            p.relative_to(folder).as_posix()
            for p in folder.rglob("*")
            if p.is_file() and not is_tool_artifact(p.relative_to(folder).as_posix())
        }
        return on_disk == set(files) | {MANIFEST}
    except (OSError, KeyError, TypeError, ValueError):
        return False
