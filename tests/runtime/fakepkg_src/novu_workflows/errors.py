from __future__ import annotations

from ._runtime import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    MissingCredentialsError,
    NotFoundError,
    UnprocessableEntityError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "ErrorDtoError",
    "MissingCredentialsError",
    "NotFoundError",
    "UnprocessableEntityError",
    "ValidationErrorDtoError",
]


class ErrorDtoError(APIStatusError):
    """An error described by ErrorDto."""


class ValidationErrorDtoError(UnprocessableEntityError):
    """A validation error described by ValidationErrorDto."""
