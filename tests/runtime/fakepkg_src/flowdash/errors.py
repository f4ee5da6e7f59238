from __future__ import annotations

from ._runtime import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    NotFoundError,
    UnprocessableEntityError,
    WaiterFailedError,
    WaiterTimeoutError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "MissingCredentialsError",
    "NotFoundError",
    "UnprocessableEntityError",
    "WaiterFailedError",
    "WaiterTimeoutError",
]
