"""Stage 6, write: put a rendered package folder on disk, atomically, or compare with it.

The whole tree is built in a hidden staging folder beside the target, then swapped in with two
renames, so a failure leaves the previous tree as it was. Files the generator no longer
produces disappear with the old tree. A target folder holding files that its manifest does not
list (someone's own files) is never replaced: that is reported instead of losing them.
"""

from __future__ import annotations

import difflib
import os
import re
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from .fingerprint import MANIFEST, is_tool_artifact
from .manifest import parse_manifest

__all__ = ["Drift", "UnsafeOutput", "compare", "is_tool_artifact", "safe_relative", "write_tree"]

_SLUG = re.compile(r"[a-z0-9][a-z0-9._-]*")


class UnsafeOutput(Exception):
    """Writing would escape the output folder or destroy files the generator does not own."""


@dataclass(slots=True)
class Drift:
    slug: str
    added: list[str] = field(default_factory=list)  # generated but not on disk
    removed: list[str] = field(default_factory=list)  # on disk but no longer generated
    changed: list[tuple[str, str]] = field(default_factory=list)  # (path, unified diff)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.changed)


def safe_relative(path: str) -> PurePosixPath:
    """A relative path that stays inside its folder, or UnsafeOutput."""
    pure = PurePosixPath(path)
    if (
        not path
        or "\\" in path
        or "\x00" in path
        or pure.is_absolute()
        or any(part in ("", ".", "..") for part in path.split("/"))
    ):
        raise UnsafeOutput(f"refusing to write {path!r}: not a plain relative path")
    return pure


def _target(out_root: Path, slug: str) -> Path:
    if not _SLUG.fullmatch(slug):
        raise UnsafeOutput(f"refusing to write package folder {slug!r}: not a plain folder name")
    return out_root / slug


def _disk_files(target: Path) -> dict[str, bytes]:
    found: dict[str, bytes] = {}
    if not target.is_dir():
        return found
    for path in sorted(target.rglob("*")):
        if path.is_symlink():
            raise UnsafeOutput(f"{path} is a symbolic link; sdkforge does not write through links")
        if path.is_file():
            relative = path.relative_to(target).as_posix()
            if is_tool_artifact(relative):
                continue
            found[relative] = path.read_bytes()
    return found


def compare(out_root: Path, slug: str, files: dict[str, str], context: int = 3, max_lines: int = 40) -> Drift:
    target = _target(out_root, slug)
    disk = _disk_files(target)
    drift = Drift(slug)
    for path in sorted(files):
        if path not in disk:
            drift.added.append(path)
            continue
        want = files[path].encode("utf-8")
        if disk[path] != want:
            old = disk[path].decode("utf-8", errors="replace").splitlines(keepends=True)
            new = files[path].splitlines(keepends=True)
            lines = list(
                difflib.unified_diff(old, new, f"{slug}/{path} (on disk)", f"{slug}/{path} (generated)", n=context)
            )
            if len(lines) > max_lines:
                lines = [*lines[:max_lines], f"... ({len(lines) - max_lines} more diff lines)\n"]
            drift.changed.append((path, "".join(lines)))
    drift.removed = sorted(set(disk) - set(files))
    return drift


def _owned(target: Path) -> set[str]:
    manifest = target / MANIFEST
    if not manifest.is_file():
        return set()
    return set(parse_manifest(manifest.read_text(encoding="utf-8"))) | {MANIFEST}


def write_tree(out_root: Path, slug: str, files: dict[str, str]) -> bool:
    """Replace `out_root/slug` with exactly `files`. Returns False if nothing changed."""
    target = _target(out_root, slug)
    for path in files:
        safe_relative(path)
    if target.exists() and not target.is_dir():
        raise UnsafeOutput(f"{target} exists and is not a folder")
    if not compare(out_root, slug, files):
        return False
    if target.is_dir():
        foreign = sorted(set(_disk_files(target)) - _owned(target))
        if foreign:
            shown = ", ".join(foreign[:5]) + (" ..." if len(foreign) > 5 else "")
            raise UnsafeOutput(
                f"{target} holds files sdkforge did not generate ({shown}); "
                "move them out of the folder (or delete them) and generate again"
            )
    out_root.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".sdkforge-{slug}-", dir=out_root))
    old: Path | None = None
    try:
        for path, text in files.items():
            destination = staging / safe_relative(path)
            destination.parent.mkdir(parents=True, exist_ok=True)
            with open(destination, "w", encoding="utf-8", newline="\n") as handle:
                handle.write(text)
        os.chmod(staging, 0o755)
        if target.exists():
            old = Path(tempfile.mkdtemp(prefix=f".sdkforge-old-{slug}-", dir=out_root))
            old.rmdir()
            target.rename(old)
        staging.rename(target)
    except BaseException:
        if old is not None and old.exists() and not target.exists():
            old.rename(target)
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return True
