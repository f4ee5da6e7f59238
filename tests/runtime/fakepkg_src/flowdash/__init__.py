"""Hand-made stand-in for the generated `flowdash` package (runtime tests only)."""

from __future__ import annotations

from . import errors, models
from ._client import SPEC, AsyncFlowdash, Flowdash

__all__ = ["SPEC", "AsyncFlowdash", "Flowdash", "errors", "models"]
