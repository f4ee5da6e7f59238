"""The clients: one `BaseClient` with all the logic, and thin sync / async shells doing I/O.

`BaseClient` turns an `Operation` and the caller's arguments into a request (once per call),
signs it (once per attempt), decides whether to retry, parses the response and maps errors.
`SyncAPIClient` (httpx.Client) and `AsyncAPIClient` (httpx.AsyncClient) only send, sleep and
close. Generated clients subclass the shells; generated resources call `request`,
`request_raw`, `paginate` and `wait`.
"""

from __future__ import annotations

import json
import logging
import os
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from types import TracebackType
from typing import Any, Final, Generic, NoReturn, Self, TypeVar

import httpx
from pydantic import TypeAdapter, ValidationError

from . import _clock
from ._auth import Authenticator, _Scheme
from ._enums import strict_enums
from ._error_map import envelope_error, status_error
from ._exceptions import APIConnectionError, APIResponseValidationError, APITimeoutError
from ._logging import log_request, log_response
from ._pagination import AsyncPager, SyncPager
from ._redact import Redactor
from ._response import APIResponse
from ._retry import DEFAULT_MAX_RETRIES, IDEMPOTENT_METHODS, RetryPolicy
from ._serialize import (
    RequestBody,
    cookie_pairs,
    encode,
    header_value,
    plan_for,
    query_pairs,
)
from ._spec import ClientSpec, Operation
from ._types import NOT_GIVEN, Headers, NotGiven, RequestOptions, TimeoutTypes
from ._waiter import WaitLoop

__all__ = [
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "AsyncAPIClient",
    "BaseClient",
    "SyncAPIClient",
]

T = TypeVar("T")
_HttpT = TypeVar("_HttpT", httpx.Client, httpx.AsyncClient)

DEFAULT_TIMEOUT: Final = httpx.Timeout(60.0, connect=5.0)
"""60 s to read, write or wait for a pooled connection; 5 s to connect."""

_UNSET: Final = object()


@dataclass(slots=True)
class _Call:
    """One logical call, serialised once and sent on every attempt."""

    op: Operation[Any]
    url: str
    headers: httpx.Headers
    body: RequestBody | None
    timeout: TimeoutTypes
    policy: RetryPolicy
    schemes: tuple[_Scheme, ...]
    signed: bool


def _server_values(
    spec: ClientSpec, given: Mapping[str, str | None]
) -> tuple[dict[str, str], dict[str, str]]:
    """Server variable values by Python name and by wire name: argument, env, default."""
    by_name: dict[str, str] = {}
    by_wire: dict[str, str] = {}
    for variable in spec.server_variables:
        value = given.get(variable.name) or given.get(variable.wire)
        if not value:
            value = next(
                (os.environ[e] for e in variable.env if os.environ.get(e)), None
            )
        if not value:
            value = variable.default
        by_name[variable.name] = value
        by_wire[variable.wire] = value
    return by_name, by_wire


class BaseClient(Generic[_HttpT]):
    """Everything but I/O: request building, auth, retry decisions, parsing, error mapping."""

    _http: _HttpT

    def __init__(
        self,
        spec: ClientSpec,
        *,
        credentials: Mapping[str, str | None],
        server_variables: Mapping[str, str | None],
        base_url: str | None,
        timeout: TimeoutTypes,
        max_retries: int,
        default_headers: Mapping[str, str] | None,
        strict: bool,
    ) -> None:
        by_name, by_wire = _server_values(spec, server_variables)
        self._spec = spec
        self._auth = Authenticator(spec, credentials, {**by_wire, **by_name})
        url = base_url
        if url is None:
            url = spec.base_url
            for wire, value in by_wire.items():
                url = url.replace("{" + wire + "}", value)
        self.base_url: str = url.rstrip("/")
        self.timeout: TimeoutTypes = timeout
        self.max_retries: int = max(0, max_retries)
        self._strict = strict
        headers = httpx.Headers(
            {
                "User-Agent": f"{spec.package}/{spec.version} (sdkforge)",
                "Accept": "application/json",
            }
        )
        headers.update(dict(spec.default_headers))
        if default_headers:
            headers.update(default_headers)
        self._headers = headers
        self._default_query = tuple(
            f"{encode(k)}={encode(v)}" for k, v in spec.default_query
        )
        self._logger = logging.getLogger(spec.package)
        # secret_fields names secret body properties and secret (format: password) parameters
        self._redactor = Redactor(
            headers=self._auth.secret_headers
            | frozenset(f.lower() for f in spec.secret_fields),
            query=self._auth.secret_query | spec.secret_fields,
            fields=spec.secret_fields,
        )

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # -- building requests ------------------------------------------------------------------

    def _prepare(
        self,
        op: Operation[Any],
        args: Mapping[str, Any],
        timeout: TimeoutTypes | NotGiven,
        max_retries: int | NotGiven,
        extra_headers: Headers | None,
    ) -> _Call:
        plan = plan_for(op)
        query = list(self._default_query)
        for param in plan.query:
            query_pairs(param, args.get(param.name, NOT_GIVEN), query)
        headers = self._headers.copy()
        if op.response_media_type and op.response_media_type != "application/json":
            headers["Accept"] = op.response_media_type
        for param in plan.headers:
            value = args.get(param.name, NOT_GIVEN)
            if param.idempotency_key and (value is None or isinstance(value, NotGiven)):
                value = str(uuid.uuid4())
            text = header_value(param, value)
            if text is not None:
                headers[param.wire] = text
        cookies: list[str] = []
        for param in plan.cookies:
            cookie_pairs(param, args.get(param.name, NOT_GIVEN), cookies)
        body = plan.build_body(args)
        if body is not None and body.content_type:
            headers["Content-Type"] = body.content_type
        schemes = self._auth.schemes_for(op) if op.security else ()
        Authenticator.apply(schemes, headers, query, cookies)
        if cookies:
            existing = headers.get("Cookie")
            headers["Cookie"] = "; ".join([existing, *cookies] if existing else cookies)
        if extra_headers:
            headers.update(extra_headers)
        url = self.base_url + plan.path_text(args)
        if query:
            url += "?" + "&".join(query)
        retries = (
            self.max_retries
            if isinstance(max_retries, NotGiven)
            else max(0, max_retries)
        )
        method = op.method.upper()
        resend_safe = (
            method in IDEMPOTENT_METHODS or op.idempotent or plan.has_idempotency_key
        )
        return _Call(
            op=op,
            url=url,
            headers=headers,
            body=body,
            timeout=self.timeout if isinstance(timeout, NotGiven) else timeout,
            policy=RetryPolicy(retries, resend_safe),
            schemes=schemes,
            signed=any(s.aws is not None for s in schemes),
        )

    def _build(self, call: _Call) -> httpx.Request:
        body = call.body
        if body is None:
            request = self._http.build_request(
                call.op.method, call.url, headers=call.headers, timeout=call.timeout
            )
        elif body.content is not None:
            request = self._http.build_request(
                call.op.method,
                call.url,
                headers=call.headers,
                content=body.content,
                timeout=call.timeout,
            )
        else:
            request = self._http.build_request(
                call.op.method,
                call.url,
                headers=call.headers,
                data=body.data,
                files=body.files or None,
                timeout=call.timeout,
            )
        if call.signed:
            Authenticator.sign(call.schemes, request)
        if self._logger.isEnabledFor(logging.DEBUG):
            log_request(self._logger, request, self._redactor)
        return request

    # -- deciding what a response or a failure means ----------------------------------------

    def _retry_delay(
        self, call: _Call, response: httpx.Response, retries: int
    ) -> float | None:
        """Log `response`; the seconds to wait before retrying, or None if it is final."""
        if self._logger.isEnabledFor(logging.DEBUG):
            log_response(self._logger, response, self._redactor)
        if response.is_success:
            return None
        return call.policy.after_response(response, retries)

    def _failure_delay(
        self,
        call: _Call,
        request: httpx.Request,
        error: httpx.TransportError,
        retries: int,
    ) -> float:
        """The seconds to wait before retrying after `error`; raises when it is final."""
        delay = call.policy.after_error(error, retries)
        if delay is not None:
            if self._logger.isEnabledFor(logging.DEBUG):
                self._logger.debug("retrying after %s", type(error).__name__)
            return delay
        self._raise_transport_error(request, error)

    def _raise_transport_error(
        self, request: httpx.Request, error: httpx.TransportError
    ) -> NoReturn:
        url = self._redactor.url(request.url)
        detail = self._auth.scrub(str(error)) if str(error) else ""
        kind = type(error).__name__
        if isinstance(error, httpx.TimeoutException):
            raise APITimeoutError(
                f"{request.method} {url}: request timed out ({kind})", request=request
            ) from error
        message = f"{request.method} {url}: connection error ({kind}"
        message += f": {detail})" if detail else ")"
        raise APIConnectionError(message, request=request) from error

    def _check(self, call: _Call, response: httpx.Response) -> Any:
        """Raise for an error status or an error envelope; the decoded JSON if it was read."""
        request = response.request
        if not response.is_success:
            raise status_error(
                call.op, self._spec, request, response, self._redactor.url(request.url)
            )
        envelope = self._spec.error_envelope
        if envelope is None or not response.content:
            return _UNSET
        try:
            data = json.loads(response.content)
        except ValueError:
            return _UNSET
        if isinstance(data, dict) and data.get(envelope.field) is False:
            raise envelope_error(
                envelope, request, response, data, self._redactor.url(request.url)
            )
        return data

    def _parse(
        self, op: Operation[T], response: httpx.Response, data: Any = _UNSET
    ) -> T:
        """The body of a successful `response` as the operation's documented type."""
        if op.response is None or response.status_code == 204 or not response.content:
            return None  # type: ignore[return-value]
        adapter: TypeAdapter[T] | None = op.adapters.get("response")
        if adapter is None:
            adapter = op.adapters["response"] = TypeAdapter(op.response)
        try:
            if self._strict:
                with strict_enums():
                    return self._validate(op, adapter, response, data)
            return self._validate(op, adapter, response, data)
        except (ValidationError, ValueError) as error:
            raise self._validation_error(op, response, error) from error

    @staticmethod
    def _validate(
        op: Operation[T], adapter: TypeAdapter[T], response: httpx.Response, data: Any
    ) -> T:
        media = op.response_media_type or "application/json"
        if "json" in media:
            if data is _UNSET:
                if op.unwrap is None:
                    return adapter.validate_json(response.content)
                data = json.loads(response.content)
            if op.unwrap is not None and isinstance(data, dict) and op.unwrap in data:
                data = data[op.unwrap]
            return adapter.validate_python(data)
        if media.startswith("text/"):
            return adapter.validate_python(response.text)
        return adapter.validate_python(response.content)

    def _validation_error(
        self, op: Operation[Any], response: httpx.Response, error: Exception
    ) -> APIResponseValidationError:
        request = response.request
        if isinstance(error, ValidationError):
            problems = [
                ".".join(str(p) for p in e["loc"]) + ": " + e["msg"]
                for e in error.errors(
                    include_url=False, include_input=False, include_context=False
                )
            ]
            detail = "; ".join(problems[:3]) + (
                f" (+{len(problems) - 3} more)" if len(problems) > 3 else ""
            )
        else:
            detail = "body is not valid JSON"
        try:
            body: Any = json.loads(response.content)
        except ValueError:
            body = response.text
        return APIResponseValidationError(
            f"{request.method} {self._redactor.url(request.url)} -> {response.status_code}: "
            f"response does not match {op.id}: {detail}",
            request=request,
            response=response,
            body=body,
        )


class SyncAPIClient(BaseClient[httpx.Client]):
    """The synchronous client: sends with `httpx.Client`, sleeps with `time.sleep`."""

    def __init__(
        self,
        spec: ClientSpec,
        *,
        credentials: Mapping[str, str | None],
        server_variables: Mapping[str, str | None],
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            spec,
            credentials=credentials,
            server_variables=server_variables,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict=strict,
        )
        self._owns_http = http_client is None
        self._http = (
            http_client if http_client is not None else httpx.Client(timeout=timeout)
        )

    def _send(self, call: _Call) -> httpx.Response:
        retries = 0
        while True:
            request = self._build(call)
            try:
                response = self._http.send(request)
            except httpx.TransportError as error:
                delay = self._failure_delay(call, request, error, retries)
            else:
                found = self._retry_delay(call, response, retries)
                if found is None:
                    return response
                delay = found
                response.close()
            _clock.sleep(delay)
            retries += 1

    def request(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> T:
        """Call `op` with `args` (keyed by Python name) and return the parsed response."""
        call = self._prepare(op, args, timeout, max_retries, extra_headers)
        response = self._send(call)
        data = self._check(call, response)
        return self._parse(op, response, data)

    def request_raw(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> APIResponse[T]:
        """Like `request`, but return the `APIResponse` (status, headers, `parse()`)."""
        call = self._prepare(op, args, timeout, max_retries, extra_headers)
        response = self._send(call)
        data = self._check(call, response)
        return APIResponse(response, lambda: self._parse(op, response, data))

    def paginate(
        self,
        op: Operation[Any],
        args: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> SyncPager[Any]:
        """An iterator over every item of every page of `op` (no request until iterated)."""
        return SyncPager(
            self, op, args, RequestOptions(timeout, max_retries, extra_headers)
        )

    def wait(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        *,
        delay: float | NotGiven = NOT_GIVEN,
        max_wait: float | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> T:
        """Poll `op` until its waiter's success state; return that response."""
        loop = WaitLoop(op, delay, max_wait)
        start = _clock.monotonic()
        while True:
            raw = self.request_raw(
                op,
                args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            result = raw.parse()
            if loop.finished(result, raw.http_response):
                return result
            _clock.sleep(
                loop.next_delay(_clock.monotonic() - start, result, raw.http_response)
            )

    def close(self) -> None:
        """Close the underlying `httpx.Client` if this client created it."""
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(BaseClient[httpx.AsyncClient]):
    """The asynchronous client: sends with `httpx.AsyncClient`, sleeps with `asyncio.sleep`."""

    def __init__(
        self,
        spec: ClientSpec,
        *,
        credentials: Mapping[str, str | None],
        server_variables: Mapping[str, str | None],
        base_url: str | None = None,
        timeout: TimeoutTypes = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            spec,
            credentials=credentials,
            server_variables=server_variables,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            strict=strict,
        )
        self._owns_http = http_client is None
        self._http = (
            http_client
            if http_client is not None
            else httpx.AsyncClient(timeout=timeout)
        )

    async def _send(self, call: _Call) -> httpx.Response:
        retries = 0
        while True:
            request = self._build(call)
            try:
                response = await self._http.send(request)
            except httpx.TransportError as error:
                delay = self._failure_delay(call, request, error, retries)
            else:
                found = self._retry_delay(call, response, retries)
                if found is None:
                    return response
                delay = found
                await response.aclose()
            await _clock.async_sleep(delay)
            retries += 1

    async def request(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> T:
        """Call `op` with `args` (keyed by Python name) and return the parsed response."""
        call = self._prepare(op, args, timeout, max_retries, extra_headers)
        response = await self._send(call)
        data = self._check(call, response)
        return self._parse(op, response, data)

    async def request_raw(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> APIResponse[T]:
        """Like `request`, but return the `APIResponse` (status, headers, `parse()`)."""
        call = self._prepare(op, args, timeout, max_retries, extra_headers)
        response = await self._send(call)
        data = self._check(call, response)
        return APIResponse(response, lambda: self._parse(op, response, data))

    def paginate(
        self,
        op: Operation[Any],
        args: Mapping[str, Any],
        *,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> AsyncPager[Any]:
        """An async iterator over every item of every page (no request until iterated)."""
        return AsyncPager(
            self, op, args, RequestOptions(timeout, max_retries, extra_headers)
        )

    async def wait(
        self,
        op: Operation[T],
        args: Mapping[str, Any],
        *,
        delay: float | NotGiven = NOT_GIVEN,
        max_wait: float | NotGiven = NOT_GIVEN,
        timeout: TimeoutTypes | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Headers | None = None,
    ) -> T:
        """Poll `op` until its waiter's success state; return that response."""
        loop = WaitLoop(op, delay, max_wait)
        start = _clock.monotonic()
        while True:
            raw = await self.request_raw(
                op,
                args,
                timeout=timeout,
                max_retries=max_retries,
                extra_headers=extra_headers,
            )
            result = raw.parse()
            if loop.finished(result, raw.http_response):
                return result
            await _clock.async_sleep(
                loop.next_delay(_clock.monotonic() - start, result, raw.http_response)
            )

    async def aclose(self) -> None:
        """Close the underlying `httpx.AsyncClient` if this client created it."""
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
