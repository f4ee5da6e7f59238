"""Stage 5, format: black, in-process, over every generated Python file.

Formatting is the costly stage on large specs, so results are cached by content hash (on disk,
under the user's cache folder or `$SDKFORGE_CACHE_DIR`) and uncached files are formatted in
parallel processes when there are enough of them to pay for the start-up. The runtime under
`_runtime/` is copied verbatim and already black-stable (a test checks it).
"""

from __future__ import annotations

import hashlib
import os
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib.metadata import version
from pathlib import Path

import black
from black.mode import TargetVersion

__all__ = ["black_version", "cache_dir", "format_files", "format_source"]

_PARALLEL_BYTES = 400_000  # below this, process start-up costs more than it saves


@cache
def black_version() -> str:
    return version("black")


@cache
def _mode() -> black.Mode:
    return black.Mode(target_versions={TargetVersion.PY311})


def cache_dir() -> Path | None:
    configured = os.environ.get("SDKFORGE_CACHE_DIR")
    if configured == "":
        return None  # caching disabled
    base = (
        Path(configured) if configured else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "sdkforge"
    )
    return base / f"black-{black_version()}"


def format_source(source: str) -> str:
    return black.format_str(source, mode=_mode())


def _key(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


def _needs_format(path: str) -> bool:
    return path.endswith(".py") and "/_runtime/" not in f"/{path}"


def format_files(files: dict[str, str]) -> dict[str, str]:
    """The same mapping with every generated Python file formatted by black."""
    folder = cache_dir()
    result = dict(files)
    pending: dict[str, str] = {}
    for path, source in files.items():
        if not _needs_format(path):
            continue
        cached = folder / _key(source) if folder else None
        if cached is not None and cached.is_file():
            result[path] = cached.read_text(encoding="utf-8")
        else:
            pending[path] = source
    if not pending:
        return result
    total = sum(len(s) for s in pending.values())
    if total >= _PARALLEL_BYTES and (os.cpu_count() or 1) > 1 and len(pending) > 1:
        with ProcessPoolExecutor() as pool:
            formatted = dict(zip(pending, pool.map(format_source, pending.values(), chunksize=4), strict=True))
    else:
        formatted = {path: format_source(source) for path, source in pending.items()}
    for path, text in formatted.items():
        result[path] = text
        if folder is not None:
            _store(folder, _key(pending[path]), text)
    return result


def _store(folder: Path, key: str, text: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}.tmp"
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(folder / key)
    except OSError:
        pass  # the cache is an optimisation; a read-only home must not fail generation
