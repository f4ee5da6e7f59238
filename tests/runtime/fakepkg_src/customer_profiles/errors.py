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
    "AccessDeniedException",
    "AuthenticationError",
    "BadRequestError",
    "BadRequestException",
    "ConflictError",
    "InternalServerError",
    "InternalServerException",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResourceNotFoundException",
    "ThrottlingException",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
]


class BadRequestException(BadRequestError):
    """The input fails to satisfy the constraints specified by the service."""


class AccessDeniedException(PermissionDeniedError):
    """You do not have sufficient access to perform this action."""


class ResourceNotFoundException(NotFoundError):
    """The requested resource does not exist, or access was denied."""


class ThrottlingException(RateLimitError):
    """You exceeded the maximum number of requests."""


class InternalServerException(InternalServerError):
    """An internal service error occurred."""
