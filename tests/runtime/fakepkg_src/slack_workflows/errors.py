from __future__ import annotations

from ._runtime import (
    APIConnectionError,
    APIEnvelopeError,
    APIError,
    APIStatusError,
    MissingCredentialsError,
    RateLimitError,
)

__all__ = [
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIStatusError",
    "MissingCredentialsError",
    "RateLimitError",
]
