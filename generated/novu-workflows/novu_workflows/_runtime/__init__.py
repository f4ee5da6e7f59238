"""The sdkforge runtime, copied verbatim into every generated package as `_runtime`.

Generated clients subclass `SyncAPIClient` / `AsyncAPIClient`, generated resources subclass
`SyncResource` / `AsyncResource`, and every generated method is one call into the client with
an `Operation` from `_spec`. Only the standard library, httpx and pydantic are imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._enums import is_strict, open_enum_missing, strict_enums
from ._exceptions import (
    APIConnectionError,
    APIEnvelopeError,
    APIError,
    APIResponseValidationError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    UnprocessableEntityError,
    WaiterError,
    WaiterFailedError,
    WaiterTimeoutError,
)
from ._resource import AsyncResource, SyncResource
from ._response import APIResponse
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._pagination import AsyncPager, SyncPager

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "NOT_GIVEN",
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIResponse",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AsyncAPIClient",
    "AsyncPager",
    "AsyncResource",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "NotGiven",
    "PermissionDeniedError",
    "RateLimitError",
    "SyncAPIClient",
    "SyncPager",
    "SyncResource",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "is_strict",
    "open_enum_missing",
    "strict_enums",
]


def __getattr__(name: str) -> Any:
    # the pagers are imported with the first resource module that returns one
    if name in ("AsyncPager", "SyncPager"):
        from . import _pagination

        return getattr(_pagination, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
