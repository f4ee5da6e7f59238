"""Responses: parsed models, raw responses, unwrapping, empty bodies, open enums."""

from __future__ import annotations

import enum
from types import ModuleType
from typing import Any

import httpx
import pytest

from .helpers import Harness, Recorder, json_response, runtime_of

WORKFLOW = {"_id": "1", "name": "n", "workflowId": "w", "status": "ACTIVE"}


def test_raw_response(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(201, {"id": "e1", "status": "Pending"}, {"X-Request-Id": "req-1"}))

    async def scenario() -> Any:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        return await client.executions.with_raw_response.create(workflow_id="w", task_id="t", action_id="a")

    raw = harness.run(scenario)
    assert raw.status_code == 201
    assert raw.headers["x-request-id"] == "req-1"
    assert isinstance(raw.http_response, httpx.Response)
    assert raw.http_response.request.method == "POST"
    parsed = raw.parse()
    assert isinstance(parsed, flowdash.models.Execution)
    assert parsed.id == "e1"
    assert raw.parse() is parsed  # cached
    assert repr(raw) == "<APIResponse [201 Created]>"


def test_raw_response_raises_on_error_status(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(404, {"message": "no"}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.errors.NotFoundError):
            await client.executions.with_raw_response.get(workflow_id="w", execution_id="e")

    harness.run(scenario)


def test_unknown_response_fields_are_kept(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"id": "e1", "status": "Success", "newField": {"a": [1]}, "n": 2}))

    async def scenario() -> Any:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        return await client.executions.get(workflow_id="w", execution_id="e1")

    result = harness.run(scenario)
    assert result.model_extra == {"newField": {"a": [1]}, "n": 2}
    assert result.model_dump(by_alias=True)["newField"] == {"a": [1]}


def test_list_response(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(200, [{"id": "edHR10", "name": "Approve"}, {"id": "x", "name": "Reject"}]))

    async def scenario() -> Any:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        return await client.actions.list(workflow_id="w", task_id="t")

    actions = harness.run(scenario)
    assert [(a.id, a.name) for a in actions] == [("edHR10", "Approve"), ("x", "Reject")]
    assert all(isinstance(a, flowdash.models.Action) for a in actions)


def test_unwrap_and_empty_bodies(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"data": WORKFLOW}),
        httpx.Response(204),
        json_response(200, {"data": {**WORKFLOW, "name": "patched"}}),
    )

    async def scenario() -> tuple[Any, Any, Any]:
        client = harness.client(novu, secret_key="s", handler=recorder)
        got = await client.workflows.get(workflow_id="w")
        deleted = await client.workflows.delete(workflow_id="w")
        patched = await client.workflows.patch(workflow_id="w", body=novu.models.PatchWorkflowDto())
        return got, deleted, patched

    got, deleted, patched = harness.run(scenario)
    assert isinstance(got, novu.models.WorkflowResponseDto)
    assert (got.id, got.workflow_id) == ("1", "w")
    assert deleted is None
    assert patched.name == "patched"
    assert recorder.requests[2].content == b"{}"
    assert recorder.requests[1].method == "DELETE"


@pytest.mark.parametrize("strict", [False, True])
def test_unknown_enum_values(harness: Harness, kitchen: ModuleType, strict: bool) -> None:
    body = {"color": "ultraviolet", "priority": 7, "shape": "hexagon"}
    recorder = Recorder(
        json_response(200, body), json_response(200, {"color": "red", "priority": 1, "shape": "circle"})
    )
    m = kitchen.models

    async def scenario() -> Any:
        client = harness.client(kitchen, token="t", handler=recorder, strict=strict)
        if strict:
            with pytest.raises(kitchen.errors.APIResponseValidationError) as caught:
                await client.things.enums()
            assert caught.value.body == body
            known = await client.things.enums()
            assert known.color is m.Color.red
            return None
        return await client.things.enums()

    result = harness.run(scenario)
    if strict:
        return
    assert isinstance(result.color, m.Color) and result.color == "ultraviolet"
    assert result.color.value == "ultraviolet"
    assert isinstance(result.priority, m.Priority) and result.priority == 7
    assert isinstance(result.shape, m.Shape) and result.shape.value == "hexagon"
    # pseudo-members are reused, and known members stay members
    assert m.Shape("hexagon") is result.shape
    assert m.Color("red") is m.Color.red
    assert "ultraviolet" not in [c.value for c in m.Color]


def test_open_enums_direct(kitchen: ModuleType) -> None:
    runtime = runtime_of(kitchen)
    m = kitchen.models
    assert m.Color("new") == "new"
    assert m.Priority(42) == 42
    with pytest.raises(ValueError):
        m.Priority("not an int")
    with pytest.raises(ValueError):
        m.Color(5)
    with pytest.raises(ValueError):
        m.Priority(2.5)
    with runtime.strict_enums():
        assert runtime.is_strict()
        with pytest.raises(ValueError):
            m.Color("newer")
        assert m.Color("red") is m.Color.red
        with runtime.strict_enums(False):
            assert m.Color("newest") == "newest"
    assert not runtime.is_strict()


def test_open_enum_with_str_mixin(kitchen: ModuleType) -> None:
    runtime = runtime_of(kitchen)

    class Status(str, enum.Enum):  # noqa: UP042 - the shape datamodel-code-generator emits
        PENDING = "Pending"

        @classmethod
        def _missing_(cls, value: object) -> Any:
            return runtime.open_enum_missing(cls, value)

    unknown = Status("Paused")
    assert isinstance(unknown, Status) and isinstance(unknown, str)
    assert unknown.value == "Paused" and unknown == "Paused"
    assert Status("Paused") is unknown
    assert Status("Pending") is Status.PENDING
    with runtime.strict_enums(), pytest.raises(ValueError):
        Status("Stopped")


def test_strict_mode_does_not_leak_between_clients(harness: Harness, kitchen: ModuleType) -> None:
    body = {"color": "ultraviolet", "priority": 1, "shape": "circle"}
    recorder = Recorder(json_response(200, body), json_response(200, body))

    async def scenario() -> Any:
        strict = harness.client(kitchen, token="t", handler=recorder, strict=True)
        with pytest.raises(kitchen.errors.APIResponseValidationError):
            await strict.things.enums()
        lenient = harness.client(kitchen, token="t", handler=recorder)
        return await lenient.things.enums()

    assert harness.run(scenario).color == "ultraviolet"


def test_items_list_of_models(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder(json_response(200, [{"itemName": "a", "x": 1}, {"item_name": "ignored", "itemName": "b"}]))

    async def scenario() -> Any:
        client = harness.client(kitchen, token="t", handler=recorder)
        return await client.things.items()

    items = harness.run(scenario)
    assert [i.item_name for i in items] == ["a", "b"]
    assert items[0].model_extra == {"x": 1}
