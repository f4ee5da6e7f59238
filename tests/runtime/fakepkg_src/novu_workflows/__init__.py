"""Hand-made stand-in for the generated `novu_workflows` package (runtime tests only)."""

from __future__ import annotations

from . import errors, models
from ._client import SPEC, AsyncNovu, Novu

__all__ = ["SPEC", "AsyncNovu", "Novu", "errors", "models"]
