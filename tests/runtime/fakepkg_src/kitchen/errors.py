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
    "ClientProblem",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "MissingThing",
    "NotFoundError",
    "OtherProblem",
    "PermissionDeniedError",
    "RateLimitError",
    "ServerProblem",
    "SpecialConflict",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
]


class MissingThing(NotFoundError):
    """404 with a Problem body."""


class SpecialConflict(ConflictError):
    """An error chosen by its code `special`."""


class ClientProblem(APIStatusError):
    """Any other 4XX."""


class ServerProblem(InternalServerError):
    """Any 5XX."""


class OtherProblem(APIStatusError):
    """The default error."""
