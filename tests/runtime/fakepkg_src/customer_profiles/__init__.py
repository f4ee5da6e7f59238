"""Hand-made stand-in for the generated `customer_profiles` package (runtime tests only)."""

from __future__ import annotations

from . import errors, models
from ._client import SPEC, AsyncCustomerProfiles, CustomerProfiles

__all__ = ["SPEC", "AsyncCustomerProfiles", "CustomerProfiles", "errors", "models"]
