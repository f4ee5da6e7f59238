"""Context managers close the HTTP client the SDK created, never one the caller passed.

The SDK creates its own `httpx.Client` / `httpx.AsyncClient` on the first request, not in the
constructor (an httpx client costs tens of milliseconds, mostly its SSL context): once, even
when threads race for it, and closed by `close()` / `aclose()` as before.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import Iterator
from types import ModuleType
from typing import Any
from unittest import mock

import httpx
import pytest

from .helpers import Recorder, json_response

REAL_CLIENT = httpx.Client
REAL_ASYNC_CLIENT = httpx.AsyncClient


class _Factory:
    """Stands in for `httpx.Client` / `httpx.AsyncClient`: counts the clients the SDK creates
    and wires them to a recording mock transport (keeping the SDK's own arguments)."""

    def __init__(self, real: type[Any], recorder: Recorder) -> None:
        self.real = real
        self.recorder = recorder
        self.created: list[Any] = []
        self.kwargs: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self.delay = 0.0  # seconds spent creating: widens the window for a race

    def __call__(self, **kwargs: Any) -> Any:
        time.sleep(self.delay)
        client = self.real(transport=httpx.MockTransport(self.recorder), **kwargs)
        with self._lock:
            self.created.append(client)
            self.kwargs.append(kwargs)
        return client


@pytest.fixture
def recorder() -> Recorder:
    recorder = Recorder()
    recorder.default = json_response(200, [])
    return recorder


@pytest.fixture
def sync_factory(recorder: Recorder) -> Iterator[_Factory]:
    factory = _Factory(REAL_CLIENT, recorder)
    with mock.patch.object(httpx, "Client", factory):
        yield factory


@pytest.fixture
def async_factory(recorder: Recorder) -> Iterator[_Factory]:
    factory = _Factory(REAL_ASYNC_CLIENT, recorder)
    with mock.patch.object(httpx, "AsyncClient", factory):
        yield factory


def test_sync_context_manager_closes_owned_client_only(flowdash: ModuleType) -> None:
    with flowdash.Flowdash(api_key="k") as owned:
        inner = owned._http
        assert not inner.is_closed
    assert inner.is_closed

    recorder = Recorder(json_response(200, []), json_response(200, []))
    user_client = httpx.Client(transport=httpx.MockTransport(recorder))
    with flowdash.Flowdash(api_key="k", http_client=user_client) as borrowed:
        borrowed.actions.list(workflow_id="w", task_id="t")
    assert not user_client.is_closed
    user_client.get("https://example.test/still-usable")
    assert len(recorder.requests) == 2
    user_client.close()

    plain = flowdash.Flowdash(api_key="k")
    plain.close()
    assert plain._http.is_closed


def test_async_context_manager_closes_owned_client_only(flowdash: ModuleType) -> None:
    async def scenario() -> None:
        async with flowdash.AsyncFlowdash(api_key="k") as owned:
            inner = owned._http
            assert not inner.is_closed
        assert inner.is_closed

        recorder = Recorder(json_response(200, []))
        user_client = httpx.AsyncClient(transport=httpx.MockTransport(recorder))
        async with flowdash.AsyncFlowdash(api_key="k", http_client=user_client) as borrowed:
            await borrowed.actions.list(workflow_id="w", task_id="t")
        assert not user_client.is_closed
        await user_client.aclose()

        plain = flowdash.AsyncFlowdash(api_key="k")
        await plain.aclose()
        with pytest.raises(RuntimeError, match="client has been closed"):
            await plain.actions.list(workflow_id="w", task_id="t")

    asyncio.run(scenario())


def test_resources_are_cached_and_hold_the_client(flowdash: ModuleType) -> None:
    with flowdash.Flowdash(api_key="k") as client:
        assert client.executions is client.executions
        assert client.executions._client is client
        assert client.executions.with_raw_response is client.executions.with_raw_response


def test_sync_http_client_is_created_on_first_request_once(
    flowdash: ModuleType, sync_factory: _Factory, recorder: Recorder
) -> None:
    client = flowdash.Flowdash(api_key="k", timeout=7.0)
    assert sync_factory.created == []
    client.actions.list(workflow_id="w", task_id="t")
    client.actions.list(workflow_id="w", task_id="t")
    assert len(sync_factory.created) == 1
    assert sync_factory.kwargs == [{"timeout": 7.0}]
    assert len(recorder.requests) == 2
    inner = sync_factory.created[0]
    client.close()
    assert inner.is_closed


def test_sync_http_client_is_created_once_under_concurrency(
    flowdash: ModuleType, sync_factory: _Factory, recorder: Recorder
) -> None:
    client = flowdash.Flowdash(api_key="k")
    start = threading.Barrier(8)
    errors: list[BaseException] = []

    def first_request() -> None:
        start.wait()
        try:
            client.actions.list(workflow_id="w", task_id="t")
        except BaseException as error:  # pragma: no cover - reported below
            errors.append(error)

    sync_factory.delay = 0.05
    threads = [threading.Thread(target=first_request) for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert len(sync_factory.created) == 1
    assert len(recorder.requests) == 8
    client.close()
    assert sync_factory.created[0].is_closed


def test_sync_client_closed_before_first_request(flowdash: ModuleType, sync_factory: _Factory) -> None:
    with flowdash.Flowdash(api_key="k") as client:
        pass
    with pytest.raises(RuntimeError, match="client has been closed"):
        client.actions.list(workflow_id="w", task_id="t")
    assert all(c.is_closed for c in sync_factory.created)


def test_borrowed_client_is_never_replaced_or_closed(flowdash: ModuleType, sync_factory: _Factory) -> None:
    recorder = Recorder(json_response(200, []))
    user_client = REAL_CLIENT(transport=httpx.MockTransport(recorder))
    with flowdash.Flowdash(api_key="k", http_client=user_client) as client:
        client.actions.list(workflow_id="w", task_id="t")
    assert sync_factory.created == []
    assert not user_client.is_closed
    user_client.close()


def test_async_http_client_is_created_on_first_request_once(
    flowdash: ModuleType, async_factory: _Factory, recorder: Recorder
) -> None:
    async def scenario() -> None:
        async with flowdash.AsyncFlowdash(api_key="k", timeout=3.0) as client:
            assert async_factory.created == []
            await asyncio.gather(*(client.actions.list(workflow_id="w", task_id="t") for _ in range(5)))
            assert len(async_factory.created) == 1
            assert async_factory.kwargs == [{"timeout": 3.0}]
            inner = async_factory.created[0]
            assert not inner.is_closed
        assert inner.is_closed
        assert len(recorder.requests) == 5

        never_used = flowdash.AsyncFlowdash(api_key="k")
        await never_used.aclose()
        with pytest.raises(RuntimeError, match="client has been closed"):
            await never_used.actions.list(workflow_id="w", task_id="t")
        assert len(async_factory.created) == 1

    asyncio.run(scenario())
