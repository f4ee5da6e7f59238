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
import threading
import uuid
from collections.abc import Iterable, Mapping
from types import TracebackType
from typing import TYPE_CHECKING, Any, Final, Generic, NoReturn, Self, TypeVar

import httpx
from pydantic import TypeAdapter, ValidationError

from . import _clock
from ._auth import Authenticator, _Scheme
from ._enums import strict_enums
from ._error_map import envelope_error, status_error
from ._exceptions import APIConnectionError, APIResponseValidationError, APITimeoutError
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

if TYPE_CHECKING:
    from ._pagination import AsyncPager, SyncPager

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
_BODY_METHODS: Final = frozenset({"POST", "PUT", "PATCH"})
_URL_CACHE_SIZE: Final = 256
_CLOSED_MESSAGE: Final = "Cannot send a request, as the client has been closed."
_HTTPX_BUILD_REQUEST: Final = (
    httpx.Client.build_request,
    httpx.AsyncClient.build_request,
)

# Header entries as `httpx.Headers` keeps them: lower-case name -> (name, value), in bytes.
_Entries = dict[bytes, tuple[bytes, bytes]]


def _raw(value: str | bytes) -> bytes:
    """A header name or value as bytes, encoded as `httpx.Headers` encodes it (ASCII)."""
    if isinstance(value, bytes):
        return value
    if not isinstance(value, str):
        raise TypeError(f"Header value must be str or bytes, not {type(value)}")
    return value.encode("ascii")


def _put(entries: _Entries, name: str, value: str) -> None:
    """Set a header in place, as `httpx.Headers.__setitem__` does."""
    key = _raw(name)
    entries[key.lower()] = (key, _raw(value))


def _merge(
    entries: _Entries,
    items: Iterable[tuple[str | bytes, str | bytes]],
    join: bool = False,
) -> None:
    """Merge headers as `httpx.Headers.update` does: an old value goes, the new one is
    appended. A name repeated in `items` keeps its last value, or with `join` (the raw
    items of an `httpx.Headers`) all of them, joined with ", "."""
    new: _Entries = {}
    for name, value in items:
        key = _raw(name)
        lower = key.lower()
        found = new.get(lower) if join else None
        new[lower] = (
            key,
            _raw(value) if found is None else found[1] + b", " + _raw(value),
        )
    for lower in new:
        entries.pop(lower, None)
    entries.update(new)


def _merge_headers(entries: _Entries, headers: Headers) -> None:
    if isinstance(headers, httpx.Headers):
        _merge(entries, headers.raw, join=True)
    else:
        _merge(entries, headers.items())


def _decoded(pairs: Iterable[tuple[bytes, bytes]]) -> dict[str, str]:
    """Names and values decoded as `httpx.Headers.items()` decodes them: all as ASCII, else
    all as UTF-8, else as Latin-1."""
    items = list(pairs)
    for encoding in ("ascii", "utf-8"):
        try:
            return {k.decode(encoding): v.decode(encoding) for k, v in items}
        except UnicodeDecodeError:
            continue
    return {k.decode("iso-8859-1"): v.decode("iso-8859-1") for k, v in items}


class _Call:
    """One logical call, serialised once and sent on every attempt."""

    __slots__ = (
        "body",
        "entries",
        "method",
        "op",
        "policy",
        "schemes",
        "signed",
        "timeout",
        "url",
    )

    def __init__(
        self,
        op: Operation[Any],
        method: str,
        url: str,
        entries: _Entries,
        body: RequestBody | None,
        timeout: TimeoutTypes,
        policy: RetryPolicy,
        schemes: tuple[_Scheme, ...],
    ) -> None:
        self.op = op
        self.method = method
        self.url = url
        self.entries = (
            entries  # the client's and the call's headers (not the http client's)
        )
        self.body = body
        self.timeout = timeout
        self.policy = policy
        self.schemes = schemes
        self.signed = any(s.aws is not None for s in schemes)


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


def _envelope_adapter(response: Any, field: str) -> TypeAdapter[Any]:
    """A model of the success envelope `{field: <response>, ...}`, validated in one pass."""
    from pydantic import ConfigDict, Field, create_model

    model = create_model(
        "_Envelope",
        __config__=ConfigDict(extra="ignore"),
        value=(response, Field(alias=field)),
    )
    return TypeAdapter(model)


class BaseClient(Generic[_HttpT]):
    """Everything but I/O: request building, auth, retry decisions, parsing, error mapping.

    The `httpx` client is created on first use (an `httpx.Client` costs tens of
    milliseconds, mostly its SSL context), once even when threads race for it.
    """

    _http_client: _HttpT | None

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
        http_client: _HttpT | None,
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
        entries: _Entries = {}
        _merge(
            entries,
            [
                ("User-Agent", f"{spec.package}/{spec.version} (sdkforge)"),
                ("Accept", "application/json"),
            ],
        )
        _merge(entries, spec.default_headers)
        if default_headers:
            _merge_headers(entries, default_headers)
        self._entries = entries
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
        self._owns_http = http_client is None
        self._http_client = http_client
        self._http_lock = threading.Lock()
        self._closed = False
        # per-call work done once: the timeout extension of the default timeout, the
        # http client's headers merged (keyed by a snapshot of them), parsed URLs
        self._timeout_ext: tuple[object, dict[str, Any]] = (_UNSET, {})
        self._http_entries: tuple[list[tuple[bytes, bytes]] | None, _Entries | None] = (
            None,
            None,
        )
        self._urls: dict[str, httpx.URL] = {}

    def __repr__(self) -> str:
        return f"{type(self).__name__}(base_url={self.base_url!r})"

    # -- the httpx client, made on first use ------------------------------------------------

    def _new_http(self) -> _HttpT:
        raise NotImplementedError

    @property
    def _http(self) -> _HttpT:
        """The httpx client (created on first use when this client owns it)."""
        http = self._http_client
        if http is None:
            with self._http_lock:
                http = self._http_client
                if http is None:
                    http = self._http_client = self._new_http()
        return http

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
        entries = self._entries.copy()
        if plan.accept is not None:
            _put(entries, "Accept", plan.accept)
        for param in plan.headers:
            value = args.get(param.name, NOT_GIVEN)
            if param.idempotency_key and (value is None or isinstance(value, NotGiven)):
                value = str(uuid.uuid4())
            text = header_value(param, value)
            if text is not None:
                _put(entries, param.wire, text)
        cookies: list[str] = []
        for param in plan.cookies:
            cookie_pairs(param, args.get(param.name, NOT_GIVEN), cookies)
        body = plan.build_body(args)
        if body is not None and body.content_type:
            _put(entries, "Content-Type", body.content_type)
        schemes = self._auth.schemes_for(op) if op.security else ()
        if schemes:
            credentials: list[tuple[str, str]] = []
            Authenticator.apply(schemes, credentials, query, cookies)
            for name, value in credentials:
                _put(entries, name, value)
        if cookies:
            existing = entries.get(b"cookie")
            if existing:
                cookies.insert(0, existing[1].decode("ascii"))
            _put(entries, "Cookie", "; ".join(cookies))
        if extra_headers:
            _merge_headers(entries, extra_headers)
        url = self.base_url + plan.path_text(args)
        if query:
            url += "?" + "&".join(query)
        retries = (
            self.max_retries
            if isinstance(max_retries, NotGiven)
            else max(0, max_retries)
        )
        method = plan.method
        resend_safe = (
            method in IDEMPOTENT_METHODS or op.idempotent or plan.has_idempotency_key
        )
        return _Call(
            op,
            method,
            url,
            entries,
            body,
            self.timeout if isinstance(timeout, NotGiven) else timeout,
            RetryPolicy(retries, resend_safe),
            schemes,
        )

    def _base_entries(self, http: _HttpT) -> _Entries | None:
        """The headers of the http client by lower-case name, or None when `_build` must
        let httpx build the request (a subclass's own `build_request`, cookies or query
        parameters to merge, a header repeated or not ASCII)."""
        if (
            type(http).build_request not in _HTTPX_BUILD_REQUEST
            or http.cookies
            or http.params
        ):
            return None
        raw = http.headers.raw
        snapshot, entries = self._http_entries
        if raw == snapshot:
            return entries
        found: _Entries | None = {}
        for key, value in raw:
            lower = key.lower()
            if found is None or lower in found or not (key + value).isascii():
                found = None
                break
            found[lower] = (key, value)
        self._http_entries = (raw, found)
        return found

    def _url(self, text: str) -> httpx.URL:
        """`httpx.URL(text)`, parsed once per client for the URLs it calls repeatedly."""
        url = self._urls.get(text)
        if url is None:
            url = httpx.URL(text)
            if len(self._urls) >= _URL_CACHE_SIZE:
                self._urls.clear()
            self._urls[text] = url
        return url

    def _timeout_extension(self, timeout: TimeoutTypes) -> dict[str, Any]:
        source, extension = self._timeout_ext
        if timeout is source:
            return extension
        extension = httpx.Timeout(timeout).as_dict()
        if timeout is self.timeout:
            self._timeout_ext = (timeout, extension)
        return extension

    def _build(self, call: _Call, http: _HttpT) -> httpx.Request:
        """The request of one attempt: what `http.build_request` would build, then signed.

        httpx's own merging (base URL, the http client's headers, cookies and query
        parameters, content headers) costs more than the rest of a call; when there is
        nothing of it to do but merging plain headers, the request is put together here,
        with the same headers, and `http.send` sends it exactly as it would its own.
        """
        body = call.body
        base = self._base_entries(http)
        url = self._url(call.url) if base is not None else None
        if (
            base is None
            or url is None
            or not url.is_absolute_url
            or (body is not None and body.content is None)
        ):
            request = self._build_with_httpx(call, http)
        else:
            entries: _Entries = base.copy()
            for lower in call.entries:
                entries.pop(lower, None)
            entries.update(call.entries)
            content = body.content if body is not None and body.content else b""
            auto: list[tuple[bytes, bytes]] = []
            if b"host" not in entries:
                auto.append((b"Host", url.netloc))
            if content:
                if b"content-length" not in entries:
                    entries[b"content-length"] = (
                        b"Content-Length",
                        str(len(content)).encode(),
                    )
            elif (
                call.method in _BODY_METHODS
                and b"content-length" not in entries
                and b"transfer-encoding" not in entries
            ):
                auto.append((b"Content-Length", b"0"))
            if call.signed:
                every = _decoded(
                    [
                        *((k.lower(), v) for k, v in auto),
                        *((k, v[1]) for k, v in entries.items()),
                    ]
                )
                added = Authenticator.signature(
                    call.schemes, call.method, str(url), every, content
                )
                _merge(entries, added.items())
            request = httpx.Request(
                call.method,
                url,
                headers=[*auto, *entries.values()],
                stream=httpx.ByteStream(content),
                extensions={"timeout": dict(self._timeout_extension(call.timeout))},
            )
            request.read()
        if self._logger.isEnabledFor(logging.DEBUG):
            from ._logging import log_request

            log_request(self._logger, request, self._redactor)
        return request

    def _build_with_httpx(self, call: _Call, http: _HttpT) -> httpx.Request:
        body = call.body
        headers = list(call.entries.values())
        if body is None:
            request = http.build_request(
                call.method, call.url, headers=headers, timeout=call.timeout
            )
        elif body.content is not None:
            request = http.build_request(
                call.method,
                call.url,
                headers=headers,
                content=body.content,
                timeout=call.timeout,
            )
        else:
            request = http.build_request(
                call.method,
                call.url,
                headers=headers,
                data=body.data,
                files=body.files or None,
                timeout=call.timeout,
            )
        if call.signed:
            Authenticator.sign(call.schemes, request)
        return request

    # -- deciding what a response or a failure means ----------------------------------------

    def _retry_delay(
        self, call: _Call, response: httpx.Response, retries: int
    ) -> float | None:
        """Log `response`; the seconds to wait before retrying, or None if it is final."""
        if self._logger.isEnabledFor(logging.DEBUG):
            from ._logging import log_response

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
                envelope: TypeAdapter[Any] | None = op.adapters.get("envelope")
                if envelope is None:
                    envelope = op.adapters["envelope"] = _envelope_adapter(
                        op.response, op.unwrap
                    )
                try:
                    result: T = envelope.validate_json(response.content).value
                    return result
                except ValidationError:
                    pass  # not enveloped, or not valid: decided below, as without it
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
            http_client=http_client,
            strict=strict,
        )

    def _new_http(self) -> httpx.Client:
        http = httpx.Client(timeout=self.timeout)
        if self._closed:
            http.close()  # closed before its first request: sending raises, as it did
        return http

    def _send(self, call: _Call) -> httpx.Response:
        http = self._http_client
        if http is None:
            http = self._http
        retries = 0
        while True:
            request = self._build(call, http)
            try:
                response = http.send(request)
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
        from ._pagination import SyncPager

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
        from ._waiter import WaitLoop

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
            with self._http_lock:
                self._closed = True
                http = self._http_client
            if http is not None:
                http.close()

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
            http_client=http_client,
            strict=strict,
        )

    def _new_http(self) -> httpx.AsyncClient:
        if self._closed:  # closed before its first request: sending raises, as it did
            raise RuntimeError(_CLOSED_MESSAGE)
        return httpx.AsyncClient(timeout=self.timeout)

    async def _send(self, call: _Call) -> httpx.Response:
        http = self._http_client
        if http is None:
            http = self._http
        retries = 0
        while True:
            request = self._build(call, http)
            try:
                response = await http.send(request)
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
        from ._pagination import AsyncPager

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
        from ._waiter import WaitLoop

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
            with self._http_lock:
                self._closed = True
                http = self._http_client
            if http is not None:
                await http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()
