"""The manifest of a generated package: where it came from and what it holds.

No timestamps and no absolute paths: the same inputs give the same bytes on any machine. A tool
version bump changes this one file plus whatever output really changed.
"""

from __future__ import annotations

import hashlib
import json

from . import __version__
from .fingerprint import MANIFEST, fingerprint
from .format import black_version
from .load import SourceFile
from .render_models import dmcg_version

__all__ = ["MANIFEST", "build_manifest", "parse_manifest"]


def _sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def build_manifest(spec_path: str, sources: list[SourceFile], files: dict[str, str], strict: bool = True) -> str:
    manifest = {
        "generator": f"sdkforge {__version__}",
        "fingerprint": fingerprint([(s.path, s.sha256) for s in sources], strict),
        "spec": {"path": spec_path, "sha256": sources[0].sha256 if sources else ""},
        "sources": [{"path": s.path, "sha256": s.sha256} for s in sources[1:]],
        "tools": {"datamodel-code-generator": dmcg_version(), "black": black_version()},
        "files": {path: _sha256(text) for path, text in sorted(files.items())},
    }
    return json.dumps(manifest, indent=2, sort_keys=False, ensure_ascii=False) + "\n"


def parse_manifest(text: str) -> dict[str, str]:
    """The files a manifest lists (path -> sha256); {} if it is not a manifest."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return {}
    files = data.get("files") if isinstance(data, dict) else None
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}
