"""Helpers of the API behaviour tests: one call through the sync or async client, a recording
mock transport, and a recording HTTP server on 127.0.0.1 for the official SDKs.

A test names the operation as a dotted path from the client (`"workflows.step_completed"`,
`"executions.with_raw_response.create"`); `call()` builds the client of the requested mode on
`httpx.MockTransport(handler)` with explicit credentials, calls it once and returns the result
(`iter_*` methods are drained into a list). Exceptions propagate unchanged in both modes.
"""

from __future__ import annotations

import asyncio
import json
import threading
import urllib.parse
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx

Answer = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


@dataclass(frozen=True)
class Api:
    """A generated package's two client classes and the credentials its tests pass."""

    sync: type[Any]
    async_: type[Any]
    credentials: dict[str, str]


class Recorder:
    """A MockTransport handler: records every request and answers from a script.

    Each answer is a response, an exception to raise, or a function of the request; once the
    script is used up, `default` answers (HTTP 200 `{}` unless set).
    """

    def __init__(self, *answers: Answer, default: httpx.Response | None = None) -> None:
        self.requests: list[httpx.Request] = []
        self.script: list[Answer] = list(answers)
        self.default = default

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        answer: Answer
        if self.script:
            answer = self.script.pop(0)
        elif self.default is not None:
            answer = self.default
        else:
            answer = httpx.Response(200, json={})
        if isinstance(answer, Exception):
            raise answer
        if not isinstance(answer, httpx.Response):
            answer = answer(request)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content, request=request)

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "no request was sent"
        return self.requests[-1]

    @property
    def only(self) -> httpx.Request:
        assert len(self.requests) == 1, f"expected one request, got {len(self.requests)}"
        return self.requests[0]


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    """A JSON response as the API sends it (`Content-Type: application/json`)."""
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", **(headers or {})},
    )


def _target(client: Any, operation: str) -> Any:
    target = client
    for name in operation.split("."):
        target = getattr(target, name)
    return target


def call(
    mode: str,
    api: Api,
    handler: Callable[[httpx.Request], httpx.Response],
    operation: str,
    /,
    client_options: dict[str, Any] | None = None,
    **kwargs: Any,
) -> Any:
    """Call `operation` once with the `mode` ("sync" / "async") client of `api`; its result.

    The client gets `api.credentials` plus `client_options` (an option set to None is left out,
    e.g. `{"token": None}` to fall back to the environment) and
    `http_client=httpx.Client(transport=httpx.MockTransport(handler))` (AsyncClient for async).
    """
    options = {**api.credentials, **(client_options or {})}
    options = {name: value for name, value in options.items() if value is not None}
    draining = operation.rsplit(".", 1)[-1].startswith("iter_")
    if mode == "sync":
        with (
            httpx.Client(transport=httpx.MockTransport(handler)) as http,
            api.sync(http_client=http, **options) as client,
        ):
            result = _target(client, operation)(**kwargs)
            return list(result) if draining else result
    assert mode == "async", mode

    async def main() -> Any:
        async with (
            httpx.AsyncClient(transport=httpx.MockTransport(handler)) as http,
            api.async_(http_client=http, **options) as client,
        ):
            result = _target(client, operation)(**kwargs)
            if draining:
                return [item async for item in result]
            return await result

    return asyncio.run(main())


def body_json(request: httpx.Request) -> Any:
    """The request body decoded as JSON (fails the test when it is not JSON)."""
    assert request.content, "the request has no body"
    return json.loads(request.content)


def query_multiset(query: str | bytes) -> Counter[tuple[str, str]]:
    """The decoded `name=value` pairs of a raw query string, as a multiset (order ignored)."""
    text = query.decode() if isinstance(query, bytes) else query
    return Counter(urllib.parse.parse_qsl(text, keep_blank_values=True))


# -- a recording HTTP server on 127.0.0.1 (for SDKs that cannot take an httpx transport) ------


@dataclass
class Seen:
    """One request as the server received it (header names lower-cased)."""

    method: str
    target: str  # path and query exactly as sent
    headers: dict[str, str]
    body: bytes

    @property
    def path(self) -> str:
        return self.target.split("?", 1)[0]

    @property
    def query(self) -> str:
        return self.target.split("?", 1)[1] if "?" in self.target else ""


@dataclass
class Loopback:
    """A threaded HTTP/1.1 server on an ephemeral port of 127.0.0.1 answering JSON from a script."""

    replies: list[tuple[int, Any]] = field(default_factory=list)
    default: tuple[int, Any] = (200, {})
    seen: list[Seen] = field(default_factory=list)

    def __post_init__(self) -> None:
        server = self
        lock = threading.Lock()

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                with lock:
                    headers = {k.lower(): v for k, v in self.headers.items()}
                    server.seen.append(Seen(self.command, self.path, headers, body))
                    status, reply = server.replies.pop(0) if server.replies else server.default
                payload = b"" if reply is None else json.dumps(reply).encode()
                self.send_response(status)
                if payload:
                    self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, args=(0.05,), daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()

    def take(self) -> list[Seen]:
        """The requests seen so far; forgets them."""
        seen, self.seen = self.seen, []
        return seen
