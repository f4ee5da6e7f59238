"""Context managers close the HTTP client the SDK created, never one the caller passed."""

from __future__ import annotations

import asyncio
from types import ModuleType

import httpx

from .helpers import Recorder, json_response


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
        assert plain._http.is_closed

    asyncio.run(scenario())


def test_resources_are_cached_and_hold_the_client(flowdash: ModuleType) -> None:
    with flowdash.Flowdash(api_key="k") as client:
        assert client.executions is client.executions
        assert client.executions._client is client
        assert client.executions.with_raw_response is client.executions.with_raw_response
