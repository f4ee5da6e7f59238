from __future__ import annotations

from ._runtime import (
    APIError,
    APIStatusError,
    ConflictError,
    InternalServerError,
    MissingCredentialsError,
    NotFoundError,
)

__all__ = [
    "APIError",
    "APIStatusError",
    "ClientProblem",
    "MissingCredentialsError",
    "MissingThing",
    "OtherProblem",
    "ServerProblem",
    "SpecialConflict",
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
