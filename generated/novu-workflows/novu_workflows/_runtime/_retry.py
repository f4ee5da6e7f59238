"""When to retry a request, and how long to wait first.

Retried: connection failures, timeouts, 408, 429 and every 5xx, at most `max_retries` times.
A request that may have reached the server is resent only when that is safe: the method is
idempotent (GET, HEAD, OPTIONS, PUT, DELETE, TRACE), the operation is marked idempotent, or
the request carries an idempotency key (the same key on every attempt). A failure to connect
(`httpx.ConnectError`, `httpx.ConnectTimeout`, `httpx.PoolTimeout`) sent nothing, so it is retried for any method.

The wait is exponential backoff with full jitter (0.5 s doubling, capped at 8 s), unless the
response says how long to wait (`retry-after-ms`, `Retry-After` in seconds or as an HTTP
date), which is honoured up to 60 s.
"""

from __future__ import annotations

import email.utils
import math
import random
from collections.abc import Callable
from typing import Final

import httpx

from . import _clock

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "IDEMPOTENT_METHODS",
    "INITIAL_DELAY",
    "MAX_DELAY",
    "MAX_RETRY_AFTER",
    "RetryPolicy",
    "backoff_delay",
    "is_retryable_status",
    "retry_after",
]

DEFAULT_MAX_RETRIES: Final = 2
INITIAL_DELAY: Final = 0.5
MAX_DELAY: Final = 8.0
MAX_RETRY_AFTER: Final = 60.0
IDEMPOTENT_METHODS: Final = frozenset(
    {"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"}
)

_NOTHING_SENT: Final = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
_TRANSIENT: Final = (
    httpx.TimeoutException,
    httpx.NetworkError,
    httpx.RemoteProtocolError,
)


def is_retryable_status(status: int) -> bool:
    """408, 429 and 5xx are worth another attempt."""
    return status == 408 or status == 429 or status >= 500


def backoff_delay(retries_done: int, rng: Callable[[], float] = random.random) -> float:
    """Full-jitter exponential backoff: uniform in [0, min(8, 0.5 * 2**retries_done))."""
    ceiling = min(MAX_DELAY, INITIAL_DELAY * (2.0 ** min(retries_done, 32)))
    return rng() * ceiling


def retry_after(headers: httpx.Headers) -> float | None:
    """The wait a response asks for, in seconds, capped at 60; None when it asks for none."""
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            seconds = float(millis) / 1000.0
        except ValueError:
            seconds = -1.0
        if seconds >= 0:
            return min(seconds, MAX_RETRY_AFTER)
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
        if when.tzinfo is None:
            return None
        seconds = max(0.0, (when - _clock.now()).total_seconds())
    if math.isnan(seconds) or seconds < 0:
        return None
    return min(seconds, MAX_RETRY_AFTER)


class RetryPolicy:
    """The retry decision for one logical call.

    `resend_safe`: the request may be sent again although the server may have processed it.
    """

    __slots__ = ("max_retries", "resend_safe")

    def __init__(self, max_retries: int, resend_safe: bool) -> None:
        self.max_retries = max_retries
        self.resend_safe = resend_safe

    def __repr__(self) -> str:
        return f"RetryPolicy(max_retries={self.max_retries}, resend_safe={self.resend_safe})"

    def after_response(
        self, response: httpx.Response, retries_done: int
    ) -> float | None:
        """Seconds to wait before retrying after `response`, or None to not retry."""
        if retries_done >= self.max_retries or not self.resend_safe:
            return None
        if not is_retryable_status(response.status_code):
            return None
        asked = retry_after(response.headers)
        return asked if asked is not None else backoff_delay(retries_done)

    def after_error(
        self, error: httpx.TransportError, retries_done: int
    ) -> float | None:
        """Seconds to wait before retrying after a transport error, or None to not retry."""
        if retries_done >= self.max_retries or not isinstance(error, _TRANSIENT):
            return None
        if not self.resend_safe and not isinstance(error, _NOTHING_SENT):
            return None
        return backoff_delay(retries_done)
