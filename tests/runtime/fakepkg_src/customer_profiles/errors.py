from __future__ import annotations

from ._runtime import (
    APIConnectionError,
    APIError,
    APIStatusError,
    APITimeoutError,
    BadRequestError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
)

__all__ = [
    "APIConnectionError",
    "APIError",
    "APIStatusError",
    "APITimeoutError",
    "AccessDeniedException",
    "BadRequestException",
    "InternalServerException",
    "MissingCredentialsError",
    "ResourceNotFoundException",
    "ThrottlingException",
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
