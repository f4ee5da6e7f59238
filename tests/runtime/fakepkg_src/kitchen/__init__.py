"""Hand-made package exercising runtime features the five seed APIs do not use (tests only)."""

from __future__ import annotations

from . import errors, models
from ._client import SPEC, AsyncKitchen, Kitchen

__all__ = ["SPEC", "AsyncKitchen", "Kitchen", "errors", "models"]
