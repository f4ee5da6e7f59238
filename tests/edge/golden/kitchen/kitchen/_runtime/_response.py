"""`APIResponse`: the raw HTTP response of a call, parsed on demand."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

import httpx

__all__ = ["APIResponse"]

T = TypeVar("T")
_UNPARSED = object()


class APIResponse(Generic[T]):
    """A successful response: status, headers and the `httpx.Response`; `parse()` gives T.

    Error statuses raise before an `APIResponse` is made, exactly as the parsed call would.
    """

    __slots__ = ("_parsed", "_parser", "http_response")

    http_response: httpx.Response

    def __init__(self, http_response: httpx.Response, parser: Callable[[], T]) -> None:
        self.http_response = http_response
        self._parser = parser
        self._parsed: object = _UNPARSED

    @property
    def status_code(self) -> int:
        """The HTTP status code."""
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        """The response headers."""
        return self.http_response.headers

    @property
    def content(self) -> bytes:
        """The raw response body."""
        return self.http_response.content

    def parse(self) -> T:
        """The body parsed into the documented type (parsed once, then cached)."""
        if self._parsed is _UNPARSED:
            self._parsed = self._parser()
        return self._parsed  # type: ignore[return-value]

    def __repr__(self) -> str:
        response = self.http_response
        return f"<APIResponse [{response.status_code} {response.reason_phrase}]>"
