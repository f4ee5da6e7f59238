"""The runtime's only sources of time; tests replace these functions to freeze or skip time.

Every other module calls them through this module (`_clock.sleep(...)`), never by importing
the function itself, so patching `<package>._runtime._clock.<name>` takes effect everywhere.
"""

from __future__ import annotations

import datetime
import time

__all__ = ["async_sleep", "monotonic", "now", "sleep"]


def now() -> datetime.datetime:
    """The current UTC time (used to sign requests)."""
    return datetime.datetime.now(datetime.UTC)


def monotonic() -> float:
    """A monotonic clock in seconds (used to measure waits)."""
    return time.monotonic()


def sleep(seconds: float) -> None:
    """Block for `seconds` (retries and waiters of the sync client)."""
    time.sleep(seconds)


async def async_sleep(seconds: float) -> None:
    """Sleep for `seconds` without blocking the event loop (the async client)."""
    import asyncio  # only async clients need it: not imported with the package

    await asyncio.sleep(seconds)
