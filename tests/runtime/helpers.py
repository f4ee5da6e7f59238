"""Helpers of the runtime tests: the sync/async harness, a recording transport, a real server.

Every behaviour is tested for the sync and the async client: a scenario is written once as a
coroutine against the async interface, and `Harness.client()` hands it either the async client
or the sync client behind `AwaitableView` (each call runs synchronously and returns an
already-completed awaitable; pagers become async iterators).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import socket
import struct
import threading
import time
from collections.abc import AsyncIterator, Callable, Coroutine, Generator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import ModuleType
from typing import Any

import httpx

# import name of each generated package the tests drive -> (sync client class, async client class).
# The five curated APIs come from generated/ (tests/conftest.py puts them on sys.path); kitchen is
# the golden tree of tests/edge/kitchen.yaml (tests/runtime/conftest.py puts it on sys.path).
PACKAGES: dict[str, tuple[str, str]] = {
    "flowdash": ("Flowdash", "AsyncFlowdash"),
    "customer_profiles": ("CustomerProfiles", "AsyncCustomerProfiles"),
    "novu_workflows": ("Novu", "AsyncNovu"),
    "slack_workflows": ("SlackWorkflows", "AsyncSlackWorkflows"),
    "losant_flow": ("Losant", "AsyncLosant"),
    "kitchen": ("Kitchen", "AsyncKitchen"),
}


def runtime_of(package: ModuleType) -> ModuleType:
    """The `_runtime` subpackage of a generated package."""
    return importlib.import_module(f"{package.__name__}._runtime")


def client_classes(package: ModuleType) -> tuple[type[Any], type[Any]]:
    """The sync and the async client class of a generated package (from its public API)."""
    sync_name, async_name = PACKAGES[package.__name__]
    return getattr(package, sync_name), getattr(package, async_name)


# -- sync / async harness -----------------------------------------------------------------


class _Done:
    """An awaitable that is already complete."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __await__(self) -> Generator[Any, None, Any]:
        return self.value
        yield  # pragma: no cover


class _AsyncPagerView:
    def __init__(self, pager: Any) -> None:
        self._pager = pager

    async def __aiter__(self) -> AsyncIterator[Any]:
        for item in self._pager:
            yield item

    async def pages(self) -> AsyncIterator[Any]:
        for page in self._pager.pages():
            yield page


class AwaitableView:
    """The async interface over a sync client or resource."""

    def __init__(self, target: Any) -> None:
        self._target = target

    @property
    def wrapped(self) -> Any:
        return self._target

    def __getattr__(self, name: str) -> Any:
        value = getattr(self._target, name)
        if hasattr(value, "_client"):  # a resource (or its raw-response twin)
            return AwaitableView(value)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            result = value(*args, **kwargs)
            if type(result).__name__ == "SyncPager":
                return _AsyncPagerView(result)
            return _Done(result)

        return call


@dataclass
class Harness:
    mode: str  # "sync" | "async"
    opened: list[Any] = field(default_factory=list)

    @property
    def is_async(self) -> bool:
        return self.mode == "async"

    def http_client(self, handler: Callable[[httpx.Request], httpx.Response]) -> Any:
        transport = httpx.MockTransport(handler)
        client: Any = httpx.AsyncClient(transport=transport) if self.is_async else httpx.Client(transport=transport)
        self.opened.append(client)
        return client

    def client(self, package: ModuleType, **kwargs: Any) -> Any:
        """A client of `package` in this mode (async interface either way), closed by `run`."""
        handler = kwargs.pop("handler", None)
        if handler is not None:
            kwargs["http_client"] = self.http_client(handler)
        sync_class, async_class = client_classes(package)
        client = (async_class if self.is_async else sync_class)(**kwargs)
        self.opened.append(client)
        return client if self.is_async else AwaitableView(client)

    def run(self, scenario: Callable[[], Coroutine[Any, Any, Any]]) -> Any:
        """Run `scenario` in a fresh event loop, then close every client it opened."""

        async def main() -> Any:
            try:
                return await scenario()
            finally:
                await self.close_all()

        return asyncio.run(main())

    async def close_all(self) -> None:
        while self.opened:
            client = self.opened.pop()
            if hasattr(client, "aclose"):
                await client.aclose()
            else:
                client.close()


# -- a recording mock transport -------------------------------------------------------------


class Recorder:
    """A MockTransport handler: records requests and answers from a script (or a default)."""

    def __init__(self, *responses: httpx.Response | Exception | Callable[..., Any]) -> None:
        self.requests: list[httpx.Request] = []
        self.script = list(responses)
        self.default: httpx.Response | None = None

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        if self.script:
            answer = self.script.pop(0)
        elif self.default is not None:
            answer = self.default
        else:
            answer = httpx.Response(200, json={})
        if isinstance(answer, Exception):
            raise answer
        if callable(answer) and not isinstance(answer, httpx.Response):
            answer = answer(request)
        assert isinstance(answer, httpx.Response)
        return httpx.Response(answer.status_code, headers=answer.headers, content=answer.content, request=request)

    @property
    def last(self) -> httpx.Request:
        return self.requests[-1]


def json_response(status: int, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
    return httpx.Response(
        status,
        content=json.dumps(body).encode(),
        headers={"content-type": "application/json", **(headers or {})},
    )


# -- a real HTTP server on 127.0.0.1 -------------------------------------------------------


@dataclass
class Reply:
    status: int = 200
    body: Any = None  # JSON-encoded unless bytes
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before answering
    reset: bool = False  # close the connection with a TCP RST instead of answering


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes
    at: float


class MockServer:
    """A threaded HTTP/1.1 server answering from a script, recording every request."""

    def __init__(self) -> None:
        self.script: list[Reply] = []
        self.seen: list[Seen] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _handle(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length) if length else b""
                with server._lock:
                    server.seen.append(
                        Seen(
                            self.command,
                            self.path,
                            {k.lower(): v for k, v in self.headers.items()},
                            body,
                            time.monotonic(),
                        )
                    )
                    reply = server.script.pop(0) if server.script else Reply(200, {})
                if reply.delay:
                    time.sleep(reply.delay)
                if reply.reset:
                    self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    self.connection.close()
                    self.close_connection = True
                    return
                payload = (
                    reply.body
                    if isinstance(reply.body, bytes)
                    else b""
                    if reply.body is None
                    else json.dumps(reply.body).encode()
                )
                try:
                    self.send_response(reply.status)
                    if payload and "content-type" not in {k.lower() for k in reply.headers}:
                        self.send_header("Content-Type", "application/json")
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    self.close_connection = True

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


# -- response bodies that the generated models accept ----------------------------------------


def novu_workflow(**changes: Any) -> dict[str, Any]:
    """A minimal valid Novu `WorkflowResponseDto` (wire names)."""
    body: dict[str, Any] = {
        "_id": "1",
        "name": "n",
        "workflowId": "w",
        "slug": "n-slug",
        "updatedAt": "2024-01-02T00:00:00Z",
        "createdAt": "2024-01-01T00:00:00Z",
        "steps": [],
        "origin": "novu-cloud",
        "preferences": {"default": {"all": {"enabled": True}, "channels": {}}},
        "status": "ACTIVE",
        "severity": "none",
    }
    body.update(changes)
    return body


def novu_list_item(index: int) -> dict[str, Any]:
    """A minimal valid Novu `WorkflowListResponseDto` (wire names)."""
    return {
        "_id": str(index),
        "name": f"n{index}",
        "workflowId": f"w{index}",
        "slug": f"s{index}",
        "updatedAt": "2024-01-02T00:00:00Z",
        "createdAt": "2024-01-01T00:00:00Z",
        "steps": [],
        "origin": "novu-cloud",
        "status": "ACTIVE",
        "stepTypeOverviews": [],
    }
