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
    assert result.status == flowdash.models.ExecutionStatus.SUCCESS
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
        with pytest.raises(flowdash.WaiterFailedError) as caught:
            await client.executions.wait(workflow_id="w", execution_id="e1", delay=0.25)
        error = caught.value
        assert error.errors == ["Field X is blank", "Nope"]
        assert error.state == "Fail"
        assert error.result.status == flowdash.models.ExecutionStatus.FAIL
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
        with pytest.raises(flowdash.WaiterTimeoutError) as caught:
            await client.executions.wait(workflow_id="w", execution_id="e1", max_wait=10.0)
        assert caught.value.result.status == flowdash.models.ExecutionStatus.PENDING
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
        with pytest.raises(flowdash.WaiterTimeoutError):
            await client.executions.wait(workflow_id="w", execution_id="e1", delay=10.0, max_wait=60.0)

    harness.run(scenario)
    assert clock.sleeps == [10.0, 15.0, 15.0, 15.0, 5.0]


def test_wait_propagates_api_errors(harness: Harness, flowdash: ModuleType, clock: FakeClock) -> None:
    recorder = Recorder(json_response(200, _execution("Pending")), json_response(404, {"message": "gone"}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.NotFoundError):
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


def _job(state: str) -> dict[str, object]:
    return {"id": "j 1", "state": state}


def test_kitchen_waiter_uses_the_spec_delays(harness: Harness, kitchen: ModuleType, clock: FakeClock) -> None:
    recorder = Recorder()
    recorder.default = json_response(200, _job("running"))

    async def scenario() -> None:
        client = harness.client(kitchen, token="t", handler=recorder)
        with pytest.raises(kitchen.WaiterTimeoutError) as caught:
            await client.listings.wait_until_done(job_id="j 1")
        assert isinstance(caught.value.result, kitchen.models.Job)
        assert str(caught.value) == "getJob: state still 'running' after 20.0 s (max_wait 20 s)"

    harness.run(scenario)
    # x-waiter: delay 2, backoff 2, max-delay 5, timeout 20
    assert clock.sleeps == [2.0, 4.0, 5.0, 5.0, 4.0]
    assert len(recorder.requests) == 6
    assert {r.url.raw_path for r in recorder.requests} == {b"/v1/jobs/j%201?_links=true"}


def test_kitchen_waiter_success_and_failure_states(harness: Harness, kitchen: ModuleType, clock: FakeClock) -> None:
    recorder = Recorder(
        json_response(200, _job("running")),
        json_response(200, _job("done")),
        json_response(200, _job("cancelled")),
    )

    async def scenario() -> object:
        client = harness.client(kitchen, token="t", handler=recorder)
        done = await client.listings.wait_until_done(job_id="j 1", delay=0.5)
        with pytest.raises(kitchen.WaiterFailedError) as caught:
            await client.listings.wait_until_done(job_id="j 1")
        error = caught.value
        assert error.state == "cancelled"
        assert error.errors == []  # the spec names no errors field
        assert str(error) == "getJob: state is 'cancelled'"
        return done

    done = harness.run(scenario)
    assert done.state is kitchen.models.JobState.DONE
    assert clock.sleeps == [0.5]


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
