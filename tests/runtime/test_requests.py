"""What goes on the wire: URL, path and query encoding, headers, cookies and bodies."""

from __future__ import annotations

import datetime
import json
import urllib.parse
from types import ModuleType
from typing import Any

import httpx
import pydantic
import pytest

from .helpers import Harness, Recorder, json_response, novu_workflow

AWKWARD = "x y/z+ü"
AWKWARD_SEGMENT = "x%20y%2Fz%2B%C3%BC"


def raw_target(request: httpx.Request) -> str:
    """Path and query exactly as sent on the wire."""
    return request.url.raw_path.decode("ascii")


def test_path_parameter_is_one_encoded_segment(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"id": "e", "status": "Pending"}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        await client.executions.get(workflow_id=AWKWARD, execution_id="a.b~c_d-e")

    harness.run(scenario)
    assert raw_target(recorder.last) == (f"/api/v1/workflows/{AWKWARD_SEGMENT}/executions/a.b~c_d-e")
    assert recorder.last.url.host == "app.flowdash.com"


@pytest.mark.parametrize(
    ("value", "segment"),
    [
        ("..", "%2E%2E"),
        (".", "%2E"),
        ("a?b#c%d", "a%3Fb%23c%25d"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("!*'();:@&=$,[]", "%21%2A%27%28%29%3B%3A%40%26%3D%24%2C%5B%5D"),
    ],
)
def test_path_parameter_reserved_characters(harness: Harness, flowdash: ModuleType, value: str, segment: str) -> None:
    recorder = Recorder(json_response(200, {"id": "e", "status": "Pending"}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        await client.executions.get(workflow_id=value, execution_id="e")

    harness.run(scenario)
    assert raw_target(recorder.last) == f"/api/v1/workflows/{segment}/executions/e"


def test_empty_path_parameter_is_refused(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(ValueError, match="workflow_id"):
            await client.executions.get(workflow_id="", execution_id="e")

    harness.run(scenario)
    assert recorder.requests == []


def test_path_label_and_matrix_styles(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="t")
        await client.things.path_styles(a=["p q", "r"], b=["1", "2"], c={"k": "v w"})
        await client.things.path_scalars(a=5, b="x/y", c=True)
        await client.things.path_exploded(b=["1", "2"], c={"k": "v", "j": "w"})
        await client.things.path_exploded(b={"k": "v"}, c=["a", "b"])

    harness.run(scenario)
    paths = [r.url.raw_path.decode().split("?")[0] for r in recorder.requests]
    assert paths == [
        "/v1/paths/p%20q,r/label.1,2/matrix;c=k,v%20w",
        "/v1/scalars/5/label.x%2Fy/matrix;c=true",
        "/v1/exploded/label.1.2/matrix;k=v;j=w",
        "/v1/exploded/label.k=v/matrix;c=a;c=b",
    ]


def test_query_styles(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()
    color = kitchen.models.Color

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="t")
        await client.things.query_styles(
            form_list=["a b", "c+d", None],
            form_flat=["x", "y,z"],
            space=["1", "2"],
            pipe=["p", "q"],
            deep={"a": {"b": 1}, "c": [1, 2], "skip": None},
            json_filter={"x": [1, "ü"], "on": True},
            flag=False,
            color=color.DARK_BLUE,
            ratio=10.0,
            text="a&b=c/d?e #f",
            count=3,
            obj_explode={"r": 1, "g": "two"},
            obj_flat={"r": 1, "g": 2},
            nullable=None,
        )

    harness.run(scenario)
    query = recorder.last.url.query.decode("ascii")
    assert query.split("&") == [
        "_links=true",
        "formList=a%20b",
        "formList=c%2Bd",
        "formFlat=x,y%2Cz",
        "space=1%202",
        "pipe=p%7Cq",
        "deep%5Ba%5D%5Bb%5D=1",
        "deep%5Bc%5D=1",
        "deep%5Bc%5D=2",
        "filter=" + urllib.parse.quote('{"x":[1,"ü"],"on":true}', safe=""),
        "flag=false",
        "color=dark%20blue",
        "ratio=10.0",
        "text=a%26b%3Dc%2Fd%3Fe%20%23f",
        "count=3",
        "r=1",
        "g=two",
        "objFlat=r,1,g,2",
    ]


def test_omitted_query_parameters_send_no_query(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"data": {"workflows": [], "totalCount": 0}}))

    async def scenario() -> None:
        client = harness.client(novu, secret_key="s", handler=recorder)
        await client.workflows.list()

    harness.run(scenario)
    assert recorder.last.url.query == b""
    assert raw_target(recorder.last) == "/v2/workflows"


def test_novu_list_query_explode_and_floats(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"data": {"workflows": [], "totalCount": 0}}))
    m = novu.models

    async def scenario() -> None:
        client = harness.client(novu, secret_key="s", handler=recorder)
        await client.workflows.list(
            limit=10.0,
            offset=0.0,
            order_direction=m.DirectionEnum.DESC,
            tags=["t1", "t 2"],
            status=[m.WorkflowStatusEnum.ACTIVE, m.WorkflowStatusEnum.ERROR],
        )

    harness.run(scenario)
    assert recorder.last.url.query.decode() == (
        "limit=10.0&offset=0.0&orderDirection=DESC&tags=t1&tags=t%202&status=ACTIVE&status=ERROR"
    )


def test_headers_and_cookies(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="t", default_headers={"X-Default": "ctor"})
        await client.things.headers_cookies(
            x_trace="abc", x_tags=["a", "b"], x_meta={"x": 1, "y": True}, pref="dark mode", prefs=None
        )
        await client.things.headers_cookies(extra_headers={"X-Trace": "extra", "X-New": "1"})
        await client.things.headers_cookies(pref="p", prefs=["a b", "c"])

    harness.run(scenario)
    first, second, third = recorder.requests
    assert first.headers["X-Trace"] == "abc"
    assert first.headers["X-Tags"] == "a,b"
    assert first.headers["X-Meta"] == "x=1,y=true"
    assert first.headers["Cookie"] == "pref=dark%20mode"
    # spec default headers, overridden by the constructor's
    assert first.headers.get_list("X-Default") == ["ctor"]
    assert first.headers["Accept-Version"] == "^1.0"
    assert first.headers["User-Agent"] == "kitchen/0.1.0 (sdkforge)"
    assert first.headers["Accept"] == "application/json"
    # omitted header and cookie parameters are not sent; extra headers are
    assert "X-Tags" not in second.headers
    assert "Cookie" not in second.headers
    assert second.headers["X-Trace"] == "extra"
    assert second.headers["X-New"] == "1"
    # a cookie list with explode=false is one comma-separated value
    assert third.headers["Cookie"] == "pref=p; prefs=a%20b,c"


def test_server_variables_and_base_url(harness: Harness, kitchen: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        default = harness.client(kitchen, handler=recorder, token="t")
        await default.auth.none()
        given = harness.client(kitchen, handler=recorder, token="t", environment="eu")
        await given.auth.none()
        monkeypatch.setenv("KITCHEN_ENV", "staging")
        from_env = harness.client(kitchen, handler=recorder, token="t")
        await from_env.auth.none()
        argument_wins = harness.client(kitchen, handler=recorder, token="t", environment="eu")
        await argument_wins.auth.none()
        override = harness.client(kitchen, handler=recorder, token="t", base_url="http://localhost:8080/base/")
        await override.auth.none()

    harness.run(scenario)
    assert [str(r.url) for r in recorder.requests] == [
        "https://api.kitchen.test/v1/auth/none?_links=true",
        "https://eu.kitchen.test/v1/auth/none?_links=true",
        "https://staging.kitchen.test/v1/auth/none?_links=true",
        "https://eu.kitchen.test/v1/auth/none?_links=true",
        "http://localhost:8080/base/auth/none?_links=true",
    ]


def test_flattened_json_body_omitted_versus_none(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()
    m = kitchen.models

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="t")
        await client.things.json_body(display_name="ü")
        await client.things.json_body(
            display_name="n",
            tags=("a", "b"),
            nested={"deep": [1, {"x": None}]},
            nullable=None,
            when=datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.UTC),
            color=m.Color.DARK_BLUE,
            item=m.Item(item_name="i", inner=m.Inner(inner_value=2)),
        )

    harness.run(scenario)
    first, second = recorder.requests
    assert first.headers["Content-Type"] == "application/json"
    assert json.loads(first.content) == {"displayName": "ü"}
    assert json.loads(second.content) == {
        "displayName": "n",
        "tags": ["a", "b"],
        "nested": {"deep": [1, {"x": None}]},
        "nullable": None,
        "when": "2024-01-02T03:04:05Z",
        "color": "dark blue",
        "item": {"itemName": "i", "inner": {"innerValue": 2}},
    }
    assert b" " not in second.content.replace(b"dark blue", b"")


def test_none_is_null_only_where_the_schema_allows_it(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()
    m = kitchen.models

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="t")
        await client.things.json_body(
            display_name="n",
            nullable=None,  # type: [string, "null"]: sent as null
            tags=None,  # not nullable: dropped like an omitted argument
            item=m.Item(item_name="i", nullable_note=None, count=None),
        )
        await client.things.named_body(item=m.Item(item_name="j", nullable_note=None, count=None))
        await client.things.named_body(item={"itemName": "k", "nullableNote": None, "count": None})

    harness.run(scenario)
    flat, named, named_dict = (json.loads(r.content) for r in recorder.requests)
    assert flat == {"displayName": "n", "nullable": None, "item": {"itemName": "i", "nullableNote": None}}
    assert named == {"itemName": "j", "nullableNote": None}
    assert named_dict == {"itemName": "k", "nullableNote": None}


def test_slack_body_keeps_media_type_and_nested_objects(harness: Harness, slack: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"ok": True}))

    async def scenario() -> None:
        client = harness.client(slack, token="xoxb-1", handler=recorder)
        await client.workflows.step_failed(
            workflow_step_execute_id="W1", error=slack.models.WorkflowStepError(message="boom")
        )

    harness.run(scenario)
    assert recorder.last.method == "POST"
    assert raw_target(recorder.last) == "/api/workflows.stepFailed"
    assert recorder.last.headers["Content-Type"] == "application/json;charset=utf-8"
    assert json.loads(recorder.last.content) == {
        "workflow_step_execute_id": "W1",
        "error": {"message": "boom"},
    }


def test_named_body_accepts_model_or_dict(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()
    m = kitchen.models

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="t")
        await client.things.named_body(item=m.Item(item_name="a", nullable_note=None))
        await client.things.named_body(item={"itemName": "b", "count": 2, "extraField": [1]})
        await client.things.named_body(item={"item_name": "c", "inner": {"inner_value": 3}})
        with pytest.raises(pydantic.ValidationError, match="itemName"):
            await client.things.named_body(item={"count": 1})

    harness.run(scenario)
    assert [json.loads(r.content) for r in recorder.requests] == [
        {"itemName": "a", "nullableNote": None},
        {"itemName": "b", "count": 2, "extraField": [1]},
        {"itemName": "c", "inner": {"innerValue": 3}},
    ]
    assert all(r.method == "PUT" for r in recorder.requests)


def test_novu_named_body_dict_validated_and_dumped_by_alias(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(json_response(201, {"data": novu_workflow()}))

    async def scenario() -> None:
        client = harness.client(novu, secret_key="s", handler=recorder)
        result = await client.workflows.create(
            body={"name": "n", "workflowId": "w", "steps": [], "payloadSchema": None}
        )
        assert result.workflow_id == "w"

    harness.run(scenario)
    assert json.loads(recorder.last.content) == {
        "name": "n",
        "workflowId": "w",
        "steps": [],
        "payloadSchema": None,
    }


def test_form_body(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="t")
        await client.things.form_body(name="a b+c", tags=["x", "y"], meta={"k": 1}, flag=False)

    harness.run(scenario)
    assert recorder.last.headers["Content-Type"] == "application/x-www-form-urlencoded"
    assert urllib.parse.parse_qsl(recorder.last.content.decode()) == [
        ("name", "a b+c"),
        ("tags", "x"),
        ("tags", "y"),
        ("meta", '{"k":1}'),
        ("flag", "false"),
    ]


def test_multipart_body(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="t")
        await client.things.upload(file=("f.txt", b"hello", "text/plain"), description="d", count=2)
        await client.things.upload(file=b"\x00raw")

    harness.run(scenario)
    first, second = recorder.requests
    content_type = first.headers["Content-Type"]
    assert content_type.startswith("multipart/form-data; boundary=")
    body = first.content
    assert b'name="description"\r\n\r\nd\r\n' in body
    assert b'name="count"\r\n\r\n2\r\n' in body
    assert b'name="file"; filename="f.txt"\r\nContent-Type: text/plain\r\n\r\nhello\r\n' in body
    # bytes alone: a file part with a default name; omitted fields are not parts
    assert b'name="file"; filename="upload"\r\nContent-Type: application/octet-stream\r\n\r\n\x00raw\r\n' in (
        second.content
    )
    assert b'name="description"' not in second.content


def test_octet_stream_and_text_bodies(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder(
        httpx.Response(200, content=b"\x00\x01", headers={"content-type": "application/octet-stream"}),
        httpx.Response(200, text="echo: hi", headers={"content-type": "text/plain"}),
    )

    async def scenario() -> tuple[Any, Any]:
        client = harness.client(kitchen, handler=recorder, token="t")
        blob = await client.things.blob(data=b"\xff\x00raw")
        text = await client.things.echo_text(text="hé")
        return blob, text

    blob, text = harness.run(scenario)
    first, second = recorder.requests
    assert first.content == b"\xff\x00raw"
    assert first.headers["Content-Type"] == "application/octet-stream"
    assert first.headers["Accept"] == "application/octet-stream"
    assert second.content == "hé".encode()
    assert second.headers["Content-Type"] == "text/plain"
    assert blob == b"\x00\x01"
    assert text == "echo: hi"


def test_get_without_body_has_no_content_type(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(200, []))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        await client.actions.list(workflow_id="abc123", task_id="678")

    harness.run(scenario)
    assert recorder.last.method == "GET"
    assert raw_target(recorder.last) == "/api/v1/workflows/abc123/tasks/678/actions"
    assert "Content-Type" not in recorder.last.headers
    assert recorder.last.content == b""


def test_timeouts_per_client_and_per_call(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(200, []), json_response(200, []), json_response(200, []))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder, timeout=7.0)
        await client.actions.list(workflow_id="w", task_id="t")
        await client.actions.list(workflow_id="w", task_id="t", timeout=2.5)
        await client.actions.list(workflow_id="w", task_id="t", timeout=None)

    harness.run(scenario)
    timeouts = [r.extensions["timeout"] for r in recorder.requests]
    assert timeouts[0] == httpx.Timeout(7.0).as_dict()
    assert timeouts[1] == httpx.Timeout(2.5).as_dict()
    assert timeouts[2] == httpx.Timeout(None).as_dict()


def test_default_timeout(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(200, []))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        await client.actions.list(workflow_id="w", task_id="t")

    harness.run(scenario)
    assert recorder.last.extensions["timeout"] == {
        "connect": 5.0,
        "read": 60.0,
        "write": 60.0,
        "pool": 60.0,
    }


def test_idempotency_key_generated_once_per_call(harness: Harness, novu: ModuleType) -> None:
    body = novu_workflow()
    recorder = Recorder(json_response(200, {"data": body}), json_response(200, {"data": body}))

    async def scenario() -> None:
        client = harness.client(novu, secret_key="s", handler=recorder)
        await client.workflows.get(workflow_id="w")
        await client.workflows.get(workflow_id="w", idempotency_key="mine")

    harness.run(scenario)
    generated = recorder.requests[0].headers["idempotency-key"]
    assert len(generated) == 36 and generated.count("-") == 4
    assert recorder.requests[1].headers["idempotency-key"] == "mine"


def test_default_query_and_headers_of_the_spec(harness: Harness, losant: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"name": "f"}), json_response(200, {"success": True}))

    async def scenario() -> None:
        client = harness.client(losant, access_token="tok", handler=recorder, default_headers={"X-Extra": "1"})
        flow = await client.flow.get(
            application_id="app 1", flow_id="f/1", include_custom_nodes="true", losantdomain="example.com"
        )
        assert flow.name == "f"
        deleted = await client.flow.delete(application_id="a", flow_id="f")
        assert deleted.success is True

    harness.run(scenario)
    got, deleted = recorder.requests
    # the spec's default query comes first, then the operation's own parameters
    assert raw_target(got) == (
        "/applications/app%201/flows/f%2F1?_actions=false&_links=true&_embedded=true&includeCustomNodes=true"
    )
    assert got.headers["Accept-Version"] == "^1.31.0"
    assert got.headers["losantdomain"] == "example.com"
    assert got.headers["X-Extra"] == "1"
    assert got.headers["Authorization"] == "Bearer tok"
    assert deleted.method == "DELETE"
    assert raw_target(deleted) == "/applications/a/flows/f?_actions=false&_links=true&_embedded=true"
    assert "losantdomain" not in deleted.headers


def test_named_model_body_with_losant(harness: Harness, losant: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"name": "renamed"}), json_response(200, {"success": True}))
    m = losant.models

    async def scenario() -> None:
        client = harness.client(losant, access_token="tok", handler=recorder)
        patched = await client.flow.patch(
            application_id="a",
            flow_id="f",
            flow=m.WorkflowPatch(name="renamed", enabled=False),
            strict_validation="true",
        )
        assert patched.name == "renamed"
        await client.flow.press_virtual_button(application_id="a", flow_id="f", button={"key": "k", "payload": None})

    harness.run(scenario)
    patch, press = recorder.requests
    assert patch.method == "PATCH"
    assert patch.url.query.decode().endswith("&strictValidation=true")
    assert json.loads(patch.content) == {"name": "renamed", "enabled": False}
    assert press.method == "POST"
    assert json.loads(press.content) == {"key": "k", "payload": None}
