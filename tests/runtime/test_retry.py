"""Retries: which failures are retried, how long the client waits, what is never resent."""

from __future__ import annotations

import datetime
import socket
import time
from types import ModuleType
from unittest import mock

import httpx
import pytest

from .helpers import Harness, MockServer, Recorder, Reply, json_response, novu_workflow, runtime_of

EXECUTION = {"id": "e1", "status": "Pending"}
WORKFLOW = novu_workflow()


# -- the pure decisions ----------------------------------------------------------------------


def test_backoff_is_full_jitter_with_cap(flowdash: ModuleType) -> None:
    retry = runtime_of(flowdash)._retry
    assert retry.DEFAULT_MAX_RETRIES == 2
    assert [retry.backoff_delay(n, rng=lambda: 1.0) for n in range(7)] == [
        0.5,
        1.0,
        2.0,
        4.0,
        8.0,
        8.0,
        8.0,
    ]
    assert retry.backoff_delay(3, rng=lambda: 0.0) == 0.0
    assert retry.backoff_delay(1000, rng=lambda: 0.5) == 4.0


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ({"retry-after": "3"}, 3.0),
        ({"retry-after": "1.5"}, 1.5),
        ({"retry-after": "0"}, 0.0),
        ({"retry-after": "3600"}, 60.0),
        ({"retry-after-ms": "250"}, 0.25),
        ({"retry-after-ms": "120000"}, 60.0),
        ({"retry-after-ms": "250", "retry-after": "9"}, 0.25),
        ({"retry-after-ms": "x", "retry-after": "9"}, 9.0),
        ({"retry-after": "Thu, 01 Feb 2024 00:00:10 GMT"}, 10.0),
        ({"retry-after": "Thu, 01 Feb 2024 00:30:00 GMT"}, 60.0),
        ({"retry-after": "Wed, 31 Jan 2024 23:00:00 GMT"}, 0.0),
        ({"retry-after": "soon"}, None),
        ({"retry-after": "-5"}, None),
        ({}, None),
    ],
)
def test_retry_after(flowdash: ModuleType, headers: dict[str, str], expected: float | None) -> None:
    runtime = runtime_of(flowdash)
    now = datetime.datetime(2024, 2, 1, tzinfo=datetime.UTC)
    with mock.patch.object(runtime._clock, "now", return_value=now):
        assert runtime._retry.retry_after(httpx.Headers(headers)) == expected


# -- through the client (mock transport, sleeps recorded instead of slept) ------------------


def test_get_retried_on_503_then_succeeds(harness: Harness, flowdash: ModuleType, sleeps: list[float]) -> None:
    recorder = Recorder(json_response(503, {}), json_response(503, {}), json_response(200, EXECUTION))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        result = await client.executions.get(workflow_id="w", execution_id="e1")
        assert result.id == "e1"

    harness.run(scenario)
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2
    assert 0 <= sleeps[0] <= 0.5 and 0 <= sleeps[1] <= 1.0


@pytest.mark.parametrize("status", [408, 429, 500, 502, 503, 504])
def test_retryable_statuses_exhaust_max_retries(
    harness: Harness, flowdash: ModuleType, sleeps: list[float], status: int
) -> None:
    recorder = Recorder()
    recorder.default = json_response(status, {"message": "busy"})

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.APIStatusError) as caught:
            await client.executions.get(workflow_id="w", execution_id="e1")
        assert caught.value.status_code == status

    harness.run(scenario)
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


@pytest.mark.parametrize("status", [400, 401, 403, 404, 409, 422, 501 - 100])
def test_client_errors_not_retried(harness: Harness, flowdash: ModuleType, sleeps: list[float], status: int) -> None:
    recorder = Recorder()
    recorder.default = json_response(status, {})

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.APIStatusError):
            await client.executions.get(workflow_id="w", execution_id="e1")

    harness.run(scenario)
    assert len(recorder.requests) == 1
    assert sleeps == []


def test_max_retries_per_client_and_per_call(harness: Harness, flowdash: ModuleType, sleeps: list[float]) -> None:
    recorder = Recorder()
    recorder.default = json_response(503, {})

    async def scenario() -> list[int]:
        counts = []
        client = harness.client(flowdash, api_key="k", handler=recorder, max_retries=4)
        for per_call in (httpx.USE_CLIENT_DEFAULT, 0, 1):
            before = len(recorder.requests)
            kwargs = {} if per_call is httpx.USE_CLIENT_DEFAULT else {"max_retries": per_call}
            with pytest.raises(flowdash.InternalServerError):
                await client.executions.get(workflow_id="w", execution_id="e", **kwargs)
            counts.append(len(recorder.requests) - before)
        disabled = harness.client(flowdash, api_key="k", handler=recorder, max_retries=0)
        before = len(recorder.requests)
        with pytest.raises(flowdash.InternalServerError):
            await disabled.executions.get(workflow_id="w", execution_id="e")
        counts.append(len(recorder.requests) - before)
        return counts

    assert harness.run(scenario) == [5, 1, 2, 1]


def test_retry_after_header_is_honoured(harness: Harness, flowdash: ModuleType, sleeps: list[float]) -> None:
    recorder = Recorder(
        json_response(429, {}, {"Retry-After": "7"}),
        json_response(503, {}, {"retry-after-ms": "1500"}),
        json_response(200, EXECUTION),
    )

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        await client.executions.get(workflow_id="w", execution_id="e")

    harness.run(scenario)
    assert sleeps == [7.0, 1.5]


def test_retry_after_http_date_is_honoured(harness: Harness, flowdash: ModuleType, sleeps: list[float]) -> None:
    recorder = Recorder(
        json_response(503, {}, {"Retry-After": "Thu, 01 Feb 2024 00:00:10 GMT"}),
        json_response(200, EXECUTION),
    )
    now = datetime.datetime(2024, 2, 1, tzinfo=datetime.UTC)

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        await client.executions.get(workflow_id="w", execution_id="e")

    with mock.patch.object(runtime_of(flowdash)._clock, "now", return_value=now):
        harness.run(scenario)
    assert sleeps == [10.0]


def test_post_without_idempotency_key_is_never_resent(
    harness: Harness, flowdash: ModuleType, sleeps: list[float]
) -> None:
    recorder = Recorder()
    recorder.default = json_response(503, {})

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder, max_retries=5)
        with pytest.raises(flowdash.InternalServerError):
            await client.executions.create(workflow_id="w", task_id="t", action_id="a")
        with pytest.raises(flowdash.APITimeoutError):
            recorder.script = [httpx.ReadTimeout("slow")]
            await client.executions.create(workflow_id="w", task_id="t", action_id="a")
        with pytest.raises(flowdash.APIConnectionError):
            recorder.script = [httpx.RemoteProtocolError("closed")]
            await client.executions.create(workflow_id="w", task_id="t", action_id="a")

    harness.run(scenario)
    assert len(recorder.requests) == 3
    assert sleeps == []


def test_post_is_retried_when_nothing_was_sent(harness: Harness, flowdash: ModuleType, sleeps: list[float]) -> None:
    recorder = Recorder(
        httpx.ConnectError("refused"),
        httpx.ConnectTimeout("connect timeout"),
        json_response(201, EXECUTION),
    )

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        result = await client.executions.create(workflow_id="w", task_id="t", action_id="a")
        assert result.id == "e1"

    harness.run(scenario)
    assert len(recorder.requests) == 3
    assert len(sleeps) == 2


def test_idempotent_operation_and_idempotency_key_allow_resending(
    harness: Harness, kitchen: ModuleType, novu: ModuleType, sleeps: list[float]
) -> None:
    kitchen_recorder = Recorder(json_response(503, {}), json_response(200, {"ok": 1}))
    plain_recorder = Recorder(json_response(503, {}), json_response(200, {}))
    novu_recorder = Recorder(json_response(503, {}), httpx.ReadTimeout("slow"), json_response(201, {"data": WORKFLOW}))

    async def scenario() -> None:
        kitchen_client = harness.client(kitchen, token="t", handler=kitchen_recorder)
        assert await kitchen_client.things.idempotent_post() == {"ok": 1}
        plain_client = harness.client(kitchen, token="t", handler=plain_recorder)
        with pytest.raises(kitchen.APIStatusError):
            await plain_client.things.plain_post()
        novu_client = harness.client(novu, secret_key="s", handler=novu_recorder)
        created = await novu_client.workflows.create(
            body=novu.models.CreateWorkflowDto(name="n", workflow_id="w", steps=[])
        )
        assert created.workflow_id == "w"

    harness.run(scenario)
    assert len(kitchen_recorder.requests) == 2
    assert len(plain_recorder.requests) == 1
    keys = [r.headers["idempotency-key"] for r in novu_recorder.requests]
    assert len(keys) == 3 and len(set(keys)) == 1
    assert [r.content for r in novu_recorder.requests] == [novu_recorder.requests[0].content] * 3


def test_timeout_and_connection_errors_after_retries(
    harness: Harness, flowdash: ModuleType, sleeps: list[float]
) -> None:
    recorder = Recorder(
        httpx.ReadTimeout("t1"),
        httpx.ReadTimeout("t2"),
        httpx.ReadTimeout("t3"),
        httpx.ReadError("r1"),
        httpx.ReadError("r2"),
        httpx.ReadError("connection reset by peer"),
    )

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.APITimeoutError) as timeout:
            await client.executions.get(workflow_id="w", execution_id="e")
        assert isinstance(timeout.value.__cause__, httpx.ReadTimeout)
        assert str(timeout.value) == (
            "GET https://app.flowdash.com/api/v1/workflows/w/executions/e: request timed out (ReadTimeout)"
        )
        with pytest.raises(flowdash.APIConnectionError) as broken:
            await client.executions.get(workflow_id="w", execution_id="e")
        assert not isinstance(broken.value, flowdash.APITimeoutError)
        assert "connection reset by peer" in str(broken.value)
        assert broken.value.request is not None

    harness.run(scenario)
    assert len(recorder.requests) == 6


# -- against a real HTTP server ----------------------------------------------------------


def test_server_503_503_200(harness: Harness, flowdash: ModuleType, server: MockServer, sleeps: list[float]) -> None:
    server.script = [Reply(503, {"message": "busy"}), Reply(503), Reply(200, EXECUTION)]

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", base_url=server.url)
        result = await client.executions.get(workflow_id="w", execution_id="e1")
        assert result.status is flowdash.models.ExecutionStatus.PENDING

    harness.run(scenario)
    assert [s.path for s in server.seen] == ["/workflows/w/executions/e1"] * 3
    assert len(sleeps) == 2


def test_server_post_without_key_sent_once(
    harness: Harness, flowdash: ModuleType, server: MockServer, sleeps: list[float]
) -> None:
    server.script = [Reply(503, {"message": "down"}), Reply(200, EXECUTION)]

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", base_url=server.url)
        with pytest.raises(flowdash.InternalServerError) as caught:
            await client.executions.create(workflow_id="w", task_id="t", action_id="a")
        assert caught.value.status_code == 503

    harness.run(scenario)
    assert len(server.seen) == 1
    assert server.seen[0].method == "POST"
    assert sleeps == []


def test_server_post_with_idempotency_key_retried_with_same_key(
    harness: Harness, novu: ModuleType, server: MockServer, sleeps: list[float]
) -> None:
    server.script = [Reply(503), Reply(502), Reply(201, {"data": WORKFLOW})]

    async def scenario() -> None:
        client = harness.client(novu, secret_key="s", base_url=server.url)
        created = await client.workflows.create(body={"name": "n", "workflowId": "w", "steps": []})
        assert created.id == "1"

    harness.run(scenario)
    assert [s.method for s in server.seen] == ["POST"] * 3
    keys = {s.headers["idempotency-key"] for s in server.seen}
    assert len(keys) == 1 and next(iter(keys))
    assert len({s.body for s in server.seen}) == 1


def test_server_idempotent_post_is_resent(
    harness: Harness, kitchen: ModuleType, server: MockServer, sleeps: list[float]
) -> None:
    server.script = [Reply(503), Reply(reset=True), Reply(200, {"done": True}), Reply(503), Reply(200, {})]

    async def scenario() -> None:
        client = harness.client(kitchen, token="t", base_url=server.url)
        assert await client.things.idempotent_post() == {"done": True}
        with pytest.raises(kitchen.InternalServerError):  # the plain POST is sent once
            await client.things.plain_post()

    harness.run(scenario)
    assert [(s.method, s.path) for s in server.seen] == [("POST", "/idem?_links=true")] * 3 + [
        ("POST", "/plain?_links=true")
    ]
    assert len(sleeps) == 2


def test_server_retry_after_waits_on_the_real_clock(harness: Harness, flowdash: ModuleType, server: MockServer) -> None:
    server.script = [Reply(429, {"message": "slow"}, {"Retry-After": "1"}), Reply(200, EXECUTION)]

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", base_url=server.url)
        await client.executions.get(workflow_id="w", execution_id="e1")

    harness.run(scenario)
    assert len(server.seen) == 2
    assert server.seen[1].at - server.seen[0].at >= 1.0


def test_server_timeout(harness: Harness, flowdash: ModuleType, server: MockServer) -> None:
    server.script = [Reply(200, EXECUTION, delay=1.0)]

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", base_url=server.url, max_retries=0)
        started = time.monotonic()
        with pytest.raises(flowdash.APITimeoutError):
            await client.executions.get(workflow_id="w", execution_id="e1", timeout=0.2)
        assert time.monotonic() - started < 0.9

    harness.run(scenario)
    assert len(server.seen) == 1


def test_server_connection_reset(
    harness: Harness, flowdash: ModuleType, server: MockServer, sleeps: list[float]
) -> None:
    server.script = [Reply(reset=True), Reply(reset=True), Reply(reset=True)]

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", base_url=server.url)
        with pytest.raises(flowdash.APIConnectionError) as caught:
            await client.executions.get(workflow_id="w", execution_id="e1")
        assert not isinstance(caught.value, flowdash.APITimeoutError)

    harness.run(scenario)
    assert len(server.seen) == 3
    assert len(sleeps) == 2


def test_server_connection_refused(harness: Harness, flowdash: ModuleType, sleeps: list[float]) -> None:
    with socket.socket() as probe:  # a port nothing listens on any more
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}"

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", base_url=url)
        with pytest.raises(flowdash.APIConnectionError) as caught:
            await client.executions.create(workflow_id="w", task_id="t", action_id="a")
        assert isinstance(caught.value.__cause__, httpx.ConnectError)

    harness.run(scenario)
    assert len(sleeps) == 2  # a POST that was never sent is retried
