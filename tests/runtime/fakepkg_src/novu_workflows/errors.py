from __future__ import annotations

from ._runtime import (
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

__all__ = [
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "ErrorDtoError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "ValidationErrorDtoError",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
]


class ErrorDtoError(APIStatusError):
    """An error described by ErrorDto."""


class ValidationErrorDtoError(UnprocessableEntityError):
    """A validation error described by ValidationErrorDto."""
