"""Losant Flow resource (`losant_flow`): the eleven actions.

WIRE-FACTS §4: base `https://api.losant.com`, paths under
`/applications/{applicationId}/flows/{flowId}`, `Authorization: Bearer <token>`,
`Accept: application/json`, `Accept-Version: ^1.31.0`, `losantdomain` as a header, every
request's query starting with `_actions=false&_links=true&_embedded=true`; `flow` / `button` /
`entry` are the whole JSON body; every action answers 200; 400 and 404 carry `{type, message}`.
"""

from __future__ import annotations

from typing import Any

import losant_flow
import pytest
from losant_flow import models as m

from .helpers import Api, Recorder, body_json, call, json_response

TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI1NzVlY2VjNTdhZTE0M2NkODNkYzRhOWEifQ.c2lnbmF0dXJl"
API = Api(losant_flow.Losant, losant_flow.AsyncLosant, {"access_token": TOKEN})
APP = "575ec8687ae143cd83dc4a97"
FLOW = "575ed18f7ae143cd83dc4aa6"
DEVICE = "575ed18f7ae143cd83dc4bb6"
PREFIX = f"https://api.losant.com/applications/{APP}/flows/{FLOW}"
HAL = "_actions=false&_links=true&_embedded=true"
IDS = {"application_id": APP, "flow_id": FLOW}

WORKFLOW = {
    "id": FLOW,
    "flowId": FLOW,
    "applicationId": APP,
    "creationDate": "2016-06-13T04:00:00.000Z",
    "lastUpdated": "2016-06-13T04:00:00.000Z",
    "createdById": "575ecec57ae143cd83dc4a9a",
    "createdByType": "user",
    "lastUpdatedById": "575ecec57ae143cd83dc4a9a",
    "lastUpdatedByType": "user",
    "name": "My Workflow",
    "description": "Description of my workflow",
    "enabled": True,
    "flowClass": "cloud",
    "defaultVersionId": "575ed6e87ae143cd83dc4aa8",
    "triggers": [
        {
            "key": f"{FLOW}-ylsSH5NqRl",
            "type": "virtualButton",
            "config": {},
            "meta": {
                "category": "trigger",
                "name": "virtualButton",
                "label": "Virtual Button",
                "x": 100,
                "y": 40,
                "uiId": "ylsSH5NqRl",
            },
            "outputIds": [["ADi5gYGrpy"]],
        }
    ],
    "nodes": [
        {
            "id": "ADi5gYGrpy",
            "type": "DebugNode",
            "config": {"message": "Button pressed: {{data.reason}}"},
            "meta": {"category": "output", "name": "debug", "label": "Debug", "x": 100, "y": 160, "uiId": "ADi5gYGrpy"},
            "outputIds": [],
        }
    ],
    "globals": [{"key": "threshold", "json": "42"}],
    "stats": {"runCount": 12, "errorCount": 1, "byVersion": {"develop": {"runCount": 12, "errorCount": 1}}},
}
PATCH = {
    "name": "My Updated Workflow",
    "description": "Description of my updated workflow",
    "enabled": False,
    "globals": [{"key": "threshold", "json": "42"}],
}
ERRORS = {
    "flowVersion": "develop",
    "start": "2016-06-12T04:00:00.000Z",
    "end": "2016-06-13T04:00:00.000Z",
    "limit": 25,
    "sortDirection": "desc",
    "errors": [
        {
            "time": "2016-06-13T03:12:45.000Z",
            "flowVersion": "develop",
            "nodeId": "ADi5gYGrpy",
            "nodeLabel": "Function",
            "error": {"name": "TypeError", "message": "Cannot read properties of undefined (reading 'reason')"},
        }
    ],
}
LOG = [
    {
        "flowVersionId": "develop",
        "time": "2016-06-13T03:12:45.000Z",
        "pathsFailed": 0,
        "pathsCompleted": 1,
        "runCount": 1,
        "wallTime": 12,
        "errors": [],
    },
    {
        "flowVersionId": "develop",
        "time": "2016-06-13T03:10:02.000Z",
        "pathsFailed": 1,
        "pathsCompleted": 0,
        "runCount": 1,
        "wallTime": 30,
        "errors": [{"name": "TypeError"}],
    },
]
STATS = {
    "flowVersion": "develop",
    "start": "2016-06-12T04:00:00.000Z",
    "end": "2016-06-13T04:00:00.000Z",
    "resolution": 3600000,
    "metrics": [
        {"time": "2016-06-13T03:00:00.000Z", "pathsFailed": 0, "pathsCompleted": 5, "runCount": 5, "wallTime": 60}
    ],
}
STORAGE = {"lastValue": 42, "counters": {"presses": 3}, "lastReason": "manual test"}
SUCCESS = {"success": True}


def assert_losant_request(
    request: Any, method: str, suffix: str, query: str = "", body: Any = None, domain: str | None = "example.com"
) -> None:
    """Method, exact URL (the HAL defaults first), the fixed headers and the JSON body (or none)."""
    assert request.method == method
    assert str(request.url) == f"{PREFIX}{suffix}?{HAL}{query}"
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Accept-Version"] == "^1.31.0"
    assert request.headers.get("losantdomain") == domain
    if body is None:
        assert "Content-Type" not in request.headers
        assert request.content == b""
    else:
        assert request.headers["Content-Type"] == "application/json"
        assert body_json(request) == body


def test_get(mode: str) -> None:
    api = Recorder(json_response(200, WORKFLOW))
    flow = call(mode, API, api, "flow.get", **IDS, include_custom_nodes="true", losantdomain="example.com")

    assert_losant_request(api.only, "GET", "", "&includeCustomNodes=true")
    assert isinstance(flow, m.Workflow)
    assert flow.id == FLOW and flow.application_id == APP
    assert flow.name == "My Workflow"
    assert flow.enabled is True
    assert flow.flow_class is m.WorkflowFlowClass.CLOUD
    assert flow.created_by_type is m.WorkflowCreatedByType.USER
    assert flow.creation_date is not None and flow.creation_date.year == 2016
    (trigger,) = flow.triggers or []
    assert trigger.type is m.WorkflowTriggerType.VIRTUAL_BUTTON
    assert trigger.meta is not None and trigger.meta.ui_id == "ylsSH5NqRl"
    (node,) = flow.nodes or []
    assert node.type == "DebugNode" and node.config == {"message": "Button pressed: {{data.reason}}"}
    assert flow.globals is not None and flow.globals[0].json_ == "42"
    assert flow.stats is not None and flow.stats.by_version is not None
    assert flow.stats.by_version["develop"].run_count == 12


def test_delete(mode: str) -> None:
    api = Recorder(json_response(200, SUCCESS))
    result = call(mode, API, api, "flow.delete", **IDS, losantdomain="example.com")

    assert_losant_request(api.only, "DELETE", "")
    assert result == m.Success(success=True)


def test_patch(mode: str) -> None:
    api = Recorder(json_response(200, {**WORKFLOW, **PATCH, "lastUpdated": "2016-06-14T09:30:00.000Z"}))
    flow = call(
        mode,
        API,
        api,
        "flow.patch",
        **IDS,
        flow=PATCH,
        include_custom_nodes="true",
        strict_validation="true",
        losantdomain="example.com",
    )

    assert_losant_request(api.only, "PATCH", "", "&includeCustomNodes=true&strictValidation=true", body=PATCH)
    assert isinstance(flow, m.Workflow)
    assert flow.name == "My Updated Workflow"
    assert flow.enabled is False


def test_patch_accepts_the_model_and_sends_null_where_allowed(mode: str) -> None:
    api = Recorder(json_response(200, WORKFLOW))
    patch = m.WorkflowPatch(
        name="My Updated Workflow", default_version_id=None, globals=[m.WorkflowGlobal(key="k", json_="1")]
    )
    call(mode, API, api, "flow.patch", **IDS, flow=patch)

    # the flow itself is the body, not {"flow": ...} (WIRE-FACTS §4.4); defaultVersionId is nullable
    assert body_json(api.only) == {
        "name": "My Updated Workflow",
        "defaultVersionId": None,
        "globals": [{"key": "k", "json": "1"}],
    }


def test_errors(mode: str) -> None:
    api = Recorder(json_response(200, ERRORS))
    report = call(
        mode,
        API,
        api,
        "flow.errors",
        **IDS,
        duration="86400000",
        end="0",
        limit="25",
        sort_direction="desc",
        flow_version="develop",
        device_id=DEVICE,
        losantdomain="example.com",
    )

    assert_losant_request(
        api.only,
        "GET",
        "/errors",
        f"&duration=86400000&end=0&limit=25&sortDirection=desc&flowVersion=develop&deviceId={DEVICE}",
    )
    assert isinstance(report, m.WorkflowErrors)
    assert report.limit == 25
    assert report.sort_direction is m.WorkflowErrorsSortDirection.DESC
    (error,) = report.errors or []
    assert error.node_label == "Function"
    assert error.error is not None and error.error.name == "TypeError"


def test_get_log_entries(mode: str) -> None:
    api = Recorder(json_response(200, LOG))
    log = call(
        mode, API, api, "flow.get_log_entries", **IDS, limit="10", since="1465790400000", losantdomain="example.com"
    )

    assert_losant_request(api.only, "GET", "/logs", "&limit=10&since=1465790400000")
    assert isinstance(log, list) and len(log) == 2  # a top-level array (WIRE-FACTS §4.4)
    assert all(isinstance(entry, m.WorkflowLogEntry) for entry in log)
    assert log[0].paths_completed == 1 and log[0].wall_time == 12
    assert log[1].paths_failed == 1 and log[1].errors == [{"name": "TypeError"}]


def test_get_storage_entries(mode: str) -> None:
    api = Recorder(json_response(200, STORAGE))
    entries = call(mode, API, api, "flow.get_storage_entries", **IDS, losantdomain="example.com")

    assert_losant_request(api.only, "GET", "/storage")
    assert entries == STORAGE  # a key -> value map, not a list of entries


def test_get_storage_entries_metadata(mode: str) -> None:
    api = Recorder(json_response(200, {"memoryUsed": 54, "keysCount": 2}))
    metadata = call(mode, API, api, "flow.get_storage_entries_metadata", **IDS, losantdomain="example.com")

    assert_losant_request(api.only, "GET", "/storage-metadata")
    assert metadata == m.WorkflowStorageMetadata(memory_used=54, keys_count=2)


def test_clear_storage_entries(mode: str) -> None:
    api = Recorder(json_response(200, {}))
    entries = call(mode, API, api, "flow.clear_storage_entries", **IDS, losantdomain="example.com")

    assert_losant_request(api.only, "DELETE", "/storage")
    assert entries == {}


def test_set_storage_entry(mode: str) -> None:
    api = Recorder(json_response(200, SUCCESS))
    result = call(
        mode,
        API,
        api,
        "flow.set_storage_entry",
        **IDS,
        entry={"key": "lastValue", "value": 42},
        losantdomain="example.com",
    )

    assert_losant_request(api.only, "PATCH", "/storage", body={"key": "lastValue", "value": 42})
    assert result == m.Success(success=True)


def test_press_virtual_button(mode: str) -> None:
    button = {"key": f"{FLOW}-ylsSH5NqRl", "payload": {"reason": "manual test"}}
    api = Recorder(json_response(200, SUCCESS))
    result = call(mode, API, api, "flow.press_virtual_button", **IDS, button=button, losantdomain="example.com")

    assert_losant_request(api.only, "POST", "/virtualButton", body=button)
    assert result == m.Success(success=True)


def test_press_virtual_button_accepts_the_model(mode: str) -> None:
    api = Recorder(json_response(200, SUCCESS))
    button = m.VirtualButtonPress(key=f"{FLOW}-ylsSH5NqRl", payload={"reason": "manual test"}, device_id=DEVICE)
    call(mode, API, api, "flow.press_virtual_button", **IDS, button=button)

    assert body_json(api.only) == {
        "key": f"{FLOW}-ylsSH5NqRl",
        "payload": {"reason": "manual test"},
        "deviceId": DEVICE,
    }


def test_stats(mode: str) -> None:
    api = Recorder(json_response(200, STATS))
    stats = call(
        mode,
        API,
        api,
        "flow.stats",
        **IDS,
        duration="86400000",
        end="0",
        resolution="3600000",
        flow_version="develop",
        device_id=DEVICE,
        losantdomain="example.com",
    )

    assert_losant_request(
        api.only,
        "GET",
        "/stats",
        f"&duration=86400000&end=0&resolution=3600000&flowVersion=develop&deviceId={DEVICE}",
    )
    assert isinstance(stats, m.WorkflowStatistics)
    assert stats.resolution == 3600000
    (metric,) = stats.metrics or []
    assert metric.run_count == 5 and metric.wall_time == 60


# operation -> (HTTP method, path suffix, required arguments besides the ids, JSON body sent)
OPERATIONS: dict[str, tuple[str, str, dict[str, Any], Any]] = {
    "clear_storage_entries": ("DELETE", "/storage", {}, None),
    "delete": ("DELETE", "", {}, None),
    "errors": ("GET", "/errors", {}, None),
    "get": ("GET", "", {}, None),
    "get_log_entries": ("GET", "/logs", {}, None),
    "get_storage_entries": ("GET", "/storage", {}, None),
    "get_storage_entries_metadata": ("GET", "/storage-metadata", {}, None),
    "patch": ("PATCH", "", {"flow": {"enabled": True}}, {"enabled": True}),
    "press_virtual_button": ("POST", "/virtualButton", {"button": {"key": "k"}}, {"key": "k"}),
    "set_storage_entry": ("PATCH", "/storage", {"entry": {"key": "k", "value": None}}, {"key": "k", "value": None}),
    "stats": ("GET", "/stats", {}, None),
}


@pytest.mark.parametrize("operation", OPERATIONS)
def test_omitted_optional_arguments_are_not_sent(mode: str, operation: str) -> None:
    method, suffix, arguments, body = OPERATIONS[operation]
    api = Recorder(json_response(200, [] if operation == "get_log_entries" else {}))
    call(mode, API, api, f"flow.{operation}", **IDS, **arguments)

    # only the HAL defaults in the query (server-side defaults are not sent), no losantdomain header
    assert_losant_request(api.only, method, suffix, body=body, domain=None)


@pytest.mark.parametrize(
    ("status", "exception", "error"),
    [
        (400, losant_flow.BadRequestError, {"type": "Validation", "message": "flowId must be a valid ID"}),
        (404, losant_flow.NotFoundError, {"type": "NotFound", "message": "Flow was not found"}),
    ],
)
@pytest.mark.parametrize("operation", OPERATIONS)
def test_documented_errors(
    mode: str, operation: str, status: int, exception: type[Exception], error: dict[str, str]
) -> None:
    _, _, arguments, _ = OPERATIONS[operation]
    api = Recorder(json_response(status, error))
    with pytest.raises(exception) as caught:
        call(mode, API, api, f"flow.{operation}", **IDS, **arguments)

    assert isinstance(caught.value, losant_flow.APIStatusError)
    assert caught.value.status_code == status
    assert isinstance(caught.value.body, m.Error)
    assert caught.value.body.type == error["type"]
    assert caught.value.body.message == error["message"]
    assert error["message"] in str(caught.value)
    assert TOKEN not in str(caught.value)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_path_parameters_are_one_encoded_segment(mode: str, operation: str) -> None:
    # losant-rest does not escape path parameters (WIRE-FACTS §4.1, §6.5); we must.
    _, suffix, arguments, _ = OPERATIONS[operation]
    api = Recorder(json_response(200, [] if operation == "get_log_entries" else {}))
    call(mode, API, api, f"flow.{operation}", application_id="a b/c?d#e%", flow_id="x/y", **arguments)

    assert api.only.url.raw_path == f"/applications/a%20b%2Fc%3Fd%23e%25/flows/x%2Fy{suffix}?{HAL}".encode()


def test_access_token_from_environment(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOSANT_ACCESS_TOKEN", "env.jwt.token")
    api = Recorder(json_response(200, SUCCESS))
    call(mode, API, api, "flow.delete", client_options={"access_token": None}, **IDS)

    assert api.only.headers["Authorization"] == "Bearer env.jwt.token"


def test_caller_headers_win_over_the_default_accept_version(mode: str) -> None:
    api = Recorder(json_response(200, SUCCESS))
    call(mode, API, api, "flow.delete", client_options={"default_headers": {"Accept-Version": "^1.32.0"}}, **IDS)

    assert api.only.headers["Accept-Version"] == "^1.32.0"
