"""Every exception the client raises, in one ladder.

```
Exception
 └── APIError                       message, request, response, status_code, headers, body, code
      ├── APIConnectionError        the request could not be sent or no response came back
      │    └── APITimeoutError      the request timed out
      ├── APIStatusError            the API answered with an error status (mapped in STATUS_ERRORS)
      │    ├── BadRequestError             400
      │    ├── AuthenticationError         401
      │    ├── PermissionDeniedError       403
      │    ├── NotFoundError               404
      │    ├── ConflictError               409
      │    ├── UnprocessableEntityError    422
      │    ├── RateLimitError              429
      │    ├── InternalServerError         >= 500
      │    └── APIEnvelopeError     a 2xx body that says it failed (Slack's {"ok": false})
      ├── APIResponseValidationError  a 2xx body that does not match the documented model
      ├── MissingCredentialsError   no credentials in the constructor or the environment
      └── WaiterError               polling did not reach a success state
           ├── WaiterFailedError    a failure state was reached (`errors`: the API's errors)
           └── WaiterTimeoutError   no terminal state within the maximum wait
```

Generated packages subclass these for documented errors (AWS keeps its names:
`class ResourceNotFoundException(NotFoundError)`). `MissingCredentialsError` is an `APIError`,
so `except APIError` catches everything the client raises. Messages carry the method, the URL
(with secret query parameters redacted), the status and the API's own message; they never
contain credentials.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

import httpx

__all__ = [
    "STATUS_ERRORS",
    "APIConnectionError",
    "APIEnvelopeError",
    "APIError",
    "APIResponseValidationError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "ConflictError",
    "InternalServerError",
    "MissingCredentialsError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "UnprocessableEntityError",
    "WaiterError",
    "WaiterFailedError",
    "WaiterTimeoutError",
    "status_error_class",
]


class APIError(Exception):
    """The root of every error raised by the client.

    `body` is the error body parsed into the documented model when there is one, else the
    decoded JSON, else the text; `code` is the error code the API sent (header or body), if any.
    """

    message: str
    request: httpx.Request | None
    response: httpx.Response | None
    status_code: int | None
    headers: httpx.Headers | None
    body: Any
    code: str | None

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        body: Any = None,
        code: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.request = request
        self.response = response
        self.status_code = response.status_code if response is not None else None
        self.headers = response.headers if response is not None else None
        self.body = body
        self.code = code

    def __str__(self) -> str:
        return self.message


class APIConnectionError(APIError):
    """The request could not be sent, or the connection broke before a response arrived."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class APIStatusError(APIError):
    """The API answered with a status that is not a success."""

    response: httpx.Response
    status_code: int
    headers: httpx.Headers


class BadRequestError(APIStatusError):
    """400 Bad Request."""


class AuthenticationError(APIStatusError):
    """401 Unauthorized."""


class PermissionDeniedError(APIStatusError):
    """403 Forbidden."""


class NotFoundError(APIStatusError):
    """404 Not Found."""


class ConflictError(APIStatusError):
    """409 Conflict."""


class UnprocessableEntityError(APIStatusError):
    """422 Unprocessable Entity."""


class RateLimitError(APIStatusError):
    """429 Too Many Requests."""


class InternalServerError(APIStatusError):
    """A 5xx status."""


class APIEnvelopeError(APIStatusError):
    """A 2xx response whose body says the call failed (`{"ok": false, "error": "..."}`)."""


class APIResponseValidationError(APIError):
    """A 2xx response body that does not match the documented model; `body` is the raw JSON."""


class MissingCredentialsError(APIError):
    """No credentials were passed to the constructor and none were found in the environment.

    `arguments` and `env` name the constructor arguments and environment variables to set.
    """

    arguments: tuple[str, ...]
    env: tuple[str, ...]

    def __init__(
        self, message: str, *, arguments: Sequence[str] = (), env: Sequence[str] = ()
    ) -> None:
        super().__init__(message)
        self.arguments = tuple(arguments)
        self.env = tuple(env)


class WaiterError(APIError):
    """Polling for a state did not succeed; `result` is the last parsed response."""

    result: Any

    def __init__(
        self,
        message: str,
        *,
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        result: Any = None,
    ) -> None:
        super().__init__(message, request=request, response=response, body=result)
        self.result = result


class WaiterFailedError(WaiterError):
    """A failure state was reached; `errors` holds the API's errors (may be empty)."""

    state: str
    errors: list[Any]

    def __init__(
        self,
        message: str,
        *,
        state: str,
        errors: Sequence[Any] = (),
        request: httpx.Request | None = None,
        response: httpx.Response | None = None,
        result: Any = None,
    ) -> None:
        super().__init__(message, request=request, response=response, result=result)
        self.state = state
        self.errors = list(errors)


class WaiterTimeoutError(WaiterError):
    """No terminal state was reached within the maximum wait."""


STATUS_ERRORS: Final[Mapping[int, type[APIStatusError]]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    409: ConflictError,
    422: UnprocessableEntityError,
    429: RateLimitError,
}
"""The status -> exception table; every 5xx maps to `InternalServerError`."""


def status_error_class(status: int) -> type[APIStatusError]:
    """The ladder class for an HTTP status."""
    found = STATUS_ERRORS.get(status)
    if found is not None:
        return found
    if status >= 500:
        return InternalServerError
    return APIStatusError
