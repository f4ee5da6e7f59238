"""Shared types of the runtime: the `NOT_GIVEN` sentinel and a few type aliases."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal, TypeAlias, final

import httpx

__all__ = [
    "NOT_GIVEN",
    "Headers",
    "NotGiven",
    "RequestOptions",
    "TimeoutTypes",
]


@final
class NotGiven:
    """The value of every argument the caller did not pass.

    An omitted argument is not sent at all: no query parameter, header or body property is
    written for it. `None` is different: it is sent as JSON `null` in a body where the schema
    allows null, and dropped from the query, the path and the headers.
    """

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __copy__(self) -> NotGiven:
        return self

    def __deepcopy__(self, memo: object) -> NotGiven:
        return self

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()

TimeoutTypes: TypeAlias = float | httpx.Timeout | None
"""A timeout in seconds, an `httpx.Timeout`, or `None` for no timeout."""

Headers: TypeAlias = Mapping[str, str]
"""Extra request headers."""


class RequestOptions:
    """The per-call options of a method, carried along by pagers and waiters."""

    __slots__ = ("extra_headers", "max_retries", "timeout")

    def __init__(
        self,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> None:
        self.timeout = timeout
        self.max_retries = max_retries
        self.extra_headers = extra_headers

    def __repr__(self) -> str:
        return (
            f"RequestOptions(timeout={self.timeout!r}, max_retries={self.max_retries!r}, "
            f"extra_headers={self.extra_headers!r})"
        )
