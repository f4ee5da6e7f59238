"""Waiters: poll until a success state, fail on a failure state, give up past max_wait."""

from __future__ import annotations

import importlib
from types import ModuleType
from unittest import mock

import pytest

from .helpers import PACKAGES, Harness, Recorder, json_response, runtime_of


def _execution(status: str, **extra: object) -> dict[str, object]:
    return {"id": "e1", "status": status, **extra}


class FakeClock:
    """A monotonic clock that the recorded sleeps advance."""

    def __init__(self, sleeps: list[float]) -> None:
        self.sleeps = sleeps

    def __call__(self) -> float:
        return 1000.0 + sum(self.sleeps)


@pytest.fixture
def clock(sleeps: list[float], monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock(sleeps)
    for name in PACKAGES:
        monkeypatch.setattr(importlib.import_module(f"{name}._runtime._clock"), "monotonic", fake)
    return fake


def test_wait_until_success(harness: Harness, flowdash: ModuleType, clock: FakeClock) -> None:
    recorder = Recorder(
        json_response(200, _execution("Pending")),
        json_response(200, _execution("Pending")),
        json_response(200, _execution("Success", output={"k": 1})),
    )

    async def scenario() -> object:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        return await client.executions.wait(workflow_id="w", execution_id="e1")

    result = harness.run(scenario)
    assert result.status == flowdash.models.Status.Success
    assert result.model_extra == {"output": {"k": 1}}
    assert len(recorder.requests) == 3
    assert clock.sleeps == [1.0, 1.5]
    assert all(r.url.path.endswith("/executions/e1") for r in recorder.requests)


def test_wait_failure_raises_with_api_errors(harness: Harness, flowdash: ModuleType, clock: FakeClock) -> None:
    recorder = Recorder(
        json_response(200, _execution("Pending")),
        json_response(200, _execution("Fail", errors=["Field X is blank", "Nope"])),
    )

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.errors.WaiterFailedError) as caught:
            await client.executions.wait(workflow_id="w", execution_id="e1", delay=0.25)
        error = caught.value
        assert error.errors == ["Field X is blank", "Nope"]
        assert error.state == "Fail"
        assert error.result.status == flowdash.models.Status.Fail
        assert error.response is not None and error.response.status_code == 200
        assert error.status_code == 200
        assert str(error) == "getActionExecution: status is 'Fail': Field X is blank; Nope"

    harness.run(scenario)
    assert clock.sleeps == [0.25]


def test_wait_timeout(harness: Harness, flowdash: ModuleType, clock: FakeClock) -> None:
    recorder = Recorder()
    recorder.default = json_response(200, _execution("Pending"))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.errors.WaiterTimeoutError) as caught:
            await client.executions.wait(workflow_id="w", execution_id="e1", max_wait=10.0)
        assert caught.value.result.status == flowdash.models.Status.Pending
        assert "still 'Pending'" in str(caught.value)

    harness.run(scenario)
    # 1 + 1.5 + 2.25 + 3.375 = 8.125, then the 1.875 s left, then the deadline has passed
    assert clock.sleeps == [1.0, 1.5, 2.25, 3.375, 1.875]
    assert len(recorder.requests) == 6


def test_wait_delay_is_capped(harness: Harness, flowdash: ModuleType, clock: FakeClock) -> None:
    recorder = Recorder()
    recorder.default = json_response(200, _execution("Pending"))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.errors.WaiterTimeoutError):
            await client.executions.wait(workflow_id="w", execution_id="e1", delay=10.0, max_wait=60.0)

    harness.run(scenario)
    assert clock.sleeps == [10.0, 15.0, 15.0, 15.0, 5.0]


def test_wait_propagates_api_errors(harness: Harness, flowdash: ModuleType, clock: FakeClock) -> None:
    recorder = Recorder(json_response(200, _execution("Pending")), json_response(404, {"message": "gone"}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.errors.NotFoundError):
            await client.executions.wait(workflow_id="w", execution_id="e1")

    harness.run(scenario)


def test_unknown_state_keeps_polling(harness: Harness, flowdash: ModuleType, clock: FakeClock) -> None:
    recorder = Recorder(
        json_response(200, _execution("Queued")),
        json_response(200, _execution("Success")),
    )

    async def scenario() -> object:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        return await client.executions.wait(workflow_id="w", execution_id="e1")

    assert harness.run(scenario).status == "Success"
    assert len(recorder.requests) == 2


def test_wait_loop_uses_spec_timeout(flowdash: ModuleType) -> None:
    runtime = runtime_of(flowdash)
    spec = runtime._spec
    op = spec.Operation(
        id="x",
        method="GET",
        path="/x",
        waiter=spec.WaiterSpec(field="s", success=("ok",), failure=(), timeout=2.0, delay=0.5, backoff=2.0),
    )
    loop = runtime._waiter.WaitLoop(op, runtime.NOT_GIVEN, runtime.NOT_GIVEN)
    response = mock.Mock()
    assert loop.next_delay(0.0, {"s": "no"}, response) == 0.5
    assert loop.next_delay(0.5, {"s": "no"}, response) == 1.0
    assert loop.next_delay(1.5, {"s": "no"}, response) == 0.5
    with pytest.raises(runtime.WaiterTimeoutError):
        loop.next_delay(2.0, {"s": "no"}, response)
    assert loop.finished({"s": "ok"}, response) is True
    assert loop.finished({"s": None}, response) is False
