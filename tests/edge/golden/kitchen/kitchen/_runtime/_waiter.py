"""Polling an operation until a property reaches a terminal state.

The first poll is immediate. After each poll whose state is neither a success nor a failure
state, the client sleeps `delay * backoff**n` seconds (capped at `max_delay`, and at the time
left) and polls again. A success state returns the parsed response; a failure state raises
`WaiterFailedError` with the API's errors; still no terminal state once `max_wait` seconds
(per call, else the spec's `timeout`) have passed raises `WaiterTimeoutError`.
"""

from __future__ import annotations

from typing import Any

import httpx

from ._exceptions import WaiterFailedError, WaiterTimeoutError
from ._models import wire_get, wire_text
from ._spec import Operation, WaiterSpec
from ._types import NotGiven

__all__ = ["WaitLoop"]


class WaitLoop:
    """The state of one wait, shared by the sync and async clients (they only sleep and send)."""

    __slots__ = ("_attempt", "_delay", "_max_wait", "_op", "_spec")

    def __init__(
        self, op: Operation[Any], delay: float | NotGiven, max_wait: float | NotGiven
    ) -> None:
        if op.waiter is None:
            raise TypeError(f"operation {op.id} has no waiter")
        self._op = op
        self._spec: WaiterSpec = op.waiter
        self._delay = self._spec.delay if isinstance(delay, NotGiven) else float(delay)
        self._max_wait = (
            self._spec.timeout if isinstance(max_wait, NotGiven) else float(max_wait)
        )
        self._attempt = 0

    def finished(self, result: Any, response: httpx.Response) -> bool:
        """True on a success state; raises `WaiterFailedError` on a failure state."""
        spec = self._spec
        state = wire_text(wire_get(result, spec.field))
        if state is None:
            return False
        if state in spec.success:
            return True
        if state in spec.failure:
            errors = wire_get(result, spec.errors_field) if spec.errors_field else None
            if errors is None:
                errors = []
            elif not isinstance(errors, list):
                errors = [errors]
            message = f"{self._op.id}: {spec.field} is {state!r}"
            if errors:
                message += ": " + "; ".join(str(e) for e in errors)
            raise WaiterFailedError(
                message,
                state=state,
                errors=errors,
                request=response.request,
                response=response,
                result=result,
            )
        return False

    def next_delay(
        self, elapsed: float, result: Any, response: httpx.Response
    ) -> float:
        """Seconds to sleep before the next poll; raises `WaiterTimeoutError` past `max_wait`."""
        left = self._max_wait - elapsed
        if left <= 0:
            state = wire_text(wire_get(result, self._spec.field))
            raise WaiterTimeoutError(
                f"{self._op.id}: {self._spec.field} still {state!r} after {elapsed:.1f} s "
                f"(max_wait {self._max_wait:g} s)",
                request=response.request,
                response=response,
                result=result,
            )
        spec = self._spec
        delay = min(self._delay * spec.backoff**self._attempt, spec.max_delay, left)
        self._attempt += 1
        return max(delay, 0.0)
