"""Responses: parsed models, raw responses, unwrapping, empty bodies, open enums."""

from __future__ import annotations

import enum
from types import ModuleType
from typing import Any

import httpx
import pytest

from .helpers import Harness, Recorder, json_response, novu_workflow, runtime_of


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
        with pytest.raises(flowdash.NotFoundError):
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
        json_response(200, {"data": novu_workflow()}),
        httpx.Response(204),
        json_response(200, {"data": novu_workflow(name="patched")}),
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


def test_raw_response_of_unwrapped_and_binary_bodies(harness: Harness, novu: ModuleType, kitchen: ModuleType) -> None:
    novu_recorder = Recorder(json_response(200, {"data": novu_workflow()}))
    kitchen_recorder = Recorder(
        httpx.Response(200, content=b"\x00\xff", headers={"content-type": "application/octet-stream"}),
        httpx.Response(200, text="plain ü", headers={"content-type": "text/plain; charset=utf-8"}),
    )

    async def scenario() -> tuple[Any, Any, Any]:
        novu_client = harness.client(novu, secret_key="s", handler=novu_recorder)
        kitchen_client = harness.client(kitchen, token="t", handler=kitchen_recorder)
        return (
            await novu_client.workflows.with_raw_response.get(workflow_id="w"),
            await kitchen_client.things.with_raw_response.blob(data=b"x"),
            await kitchen_client.things.with_raw_response.echo_text(text="x"),
        )

    got, blob, text = harness.run(scenario)
    assert got.parse().workflow_id == "w"  # unwrapped from {"data": ...}
    assert blob.parse() == b"\x00\xff"
    assert text.parse() == "plain ü"
    assert text.headers["content-type"].startswith("text/plain")


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
            with pytest.raises(kitchen.APIResponseValidationError) as caught:
                await client.things.enums()
            assert caught.value.body == body
            known = await client.things.enums()
            assert known.color is m.Color.RED
            assert known.priority is m.Priority.VALUE_1
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
    assert m.Color("red") is m.Color.RED
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
        assert m.Color("red") is m.Color.RED
        with runtime.strict_enums(False):
            assert m.Color("newest") == "newest"
    assert not runtime.is_strict()


def test_open_enum_without_a_mixin(kitchen: ModuleType) -> None:
    """An enum with no str/int base (none of the generated ones) takes its value type from its members."""
    runtime = runtime_of(kitchen)

    class Shape(enum.Enum):
        CIRCLE = "circle"

        @classmethod
        def _missing_(cls, value: object) -> Any:
            return runtime.open_enum_missing(cls, value)

    unknown = Shape("hexagon")
    assert isinstance(unknown, Shape) and unknown.value == "hexagon"
    assert Shape("hexagon") is unknown
    assert Shape("circle") is Shape.CIRCLE
    with pytest.raises(ValueError):
        Shape(3)
    with runtime.strict_enums(), pytest.raises(ValueError):
        Shape("octagon")


def test_strict_mode_does_not_leak_between_clients(harness: Harness, kitchen: ModuleType) -> None:
    body = {"color": "ultraviolet", "priority": 1, "shape": "circle"}
    recorder = Recorder(json_response(200, body), json_response(200, body))

    async def scenario() -> Any:
        strict = harness.client(kitchen, token="t", handler=recorder, strict=True)
        with pytest.raises(kitchen.APIResponseValidationError):
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
    assert all(isinstance(i, kitchen.models.Item) for i in items)


def test_enums_in_request_and_nested_response_models(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder(json_response(200, [{"itemName": "a", "color": "infrared", "inner": {"innerValue": 1}}]))
    m = kitchen.models

    async def scenario() -> Any:
        client = harness.client(kitchen, token="t", handler=recorder)
        return await client.things.items()

    (item,) = harness.run(scenario)
    assert isinstance(item.color, m.Color) and item.color.value == "infrared"
    assert isinstance(item.inner, m.Inner) and item.inner.inner_value == 1
    # an unknown enum value is sent back as it came
    assert item.model_dump(mode="json", by_alias=True, exclude_unset=True) == {
        "itemName": "a",
        "color": "infrared",
        "inner": {"innerValue": 1},
    }
