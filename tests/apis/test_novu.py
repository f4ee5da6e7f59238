"""Novu v2 workflows (`novu_workflows`): create, list, update, get, delete, patch, sync.

WIRE-FACTS §3: `Authorization: ApiKey <secret key>`, JSON bodies, success bodies wrapped as
`{"data": ...}` (unwrapped by the client), create answers 201 and delete 204 without a body,
sync is PUT, every request carries an `idempotency-key` (made up when the caller gives none and
the same on every retry), list pages with `offset` / `limit` and reports `totalCount`; error
bodies (ErrorDto, ValidationErrorDto for 422) are not wrapped.
"""

from __future__ import annotations

import json
from typing import Any

import httpx
import novu_workflows
import pytest
from novu_workflows import models as m

from .helpers import Api, Recorder, body_json, call, json_response

SECRET = "nv_sk_7c1f0e2d9b8a4c6e"
API = Api(novu_workflows.Novu, novu_workflows.AsyncNovu, {"secret_key": SECRET})
BASE = "https://api.novu.co"
ENVIRONMENT = "6859f0e1b3c4d5e6f7a8b900"

PREFERENCES = {
    "user": {
        "all": {"enabled": True, "readOnly": False},
        "channels": {"email": {"enabled": True}, "sms": {"enabled": False}},
    },
    "workflow": {
        "all": {"enabled": True, "readOnly": False},
        "channels": {"email": {"enabled": True}, "sms": {"enabled": False}},
    },
}
STEPS = [
    {
        "name": "In-App",
        "type": "in_app",
        "controlValues": {
            "subject": "Welcome to Acme",
            "body": "Hi {{subscriber.firstName}}, thanks for signing up!",
            "redirect": {"url": "https://acme.example.com/start", "target": "_self"},
        },
    },
    {"name": "Wait a day", "type": "delay", "controlValues": {"type": "regular", "amount": 1, "unit": "days"}},
    {
        "name": "Welcome email",
        "type": "email",
        "controlValues": {
            "subject": "Welcome to Acme, {{subscriber.firstName}}",
            "body": "<p>Thanks for signing up.</p>",
            "editorType": "html",
        },
    },
]
CREATE_BODY = {
    "name": "Welcome",
    "workflowId": "welcome-email",
    "description": "Greets new users in the app and by email",
    "tags": ["onboarding"],
    "active": True,
    "steps": STEPS,
    "preferences": PREFERENCES,
}
UPDATE_BODY = {
    "name": "Welcome",
    "description": "Greets new users in the app and by email",
    "tags": ["onboarding"],
    "active": True,
    "steps": [{**STEPS[0], "_id": "6859f1a2b3c4d5e6f7a8b9c1", "stepId": "in-app"}],
    "preferences": PREFERENCES,
    "origin": "external",
}

WORKFLOW = {
    "name": "Welcome",
    "_id": "6859f1a2b3c4d5e6f7a8b9c0",
    "workflowId": "welcome-email",
    "slug": "welcome-email_wf_6859f1a2b3c4d5e6f7a8b9c0",
    "updatedAt": "2025-06-24T10:15:30.123Z",
    "createdAt": "2025-06-24T10:15:30.123Z",
    "description": "Greets new users in the app and by email",
    "tags": ["onboarding"],
    "active": True,
    "isTranslationEnabled": False,
    "origin": "external",
    "status": "ACTIVE",
    "severity": "none",
    "steps": [
        {
            "controls": {
                "values": {
                    "subject": "Welcome to Acme",
                    "body": "Hi {{subscriber.firstName}}, thanks for signing up!",
                    "disableOutputSanitization": False,
                },
                "uiSchema": {
                    "group": "IN_APP",
                    "properties": {
                        "subject": {"component": "IN_APP_PRIMARY_SUBJECT"},
                        "body": {"component": "IN_APP_BODY"},
                    },
                },
            },
            "controlValues": {
                "subject": "Welcome to Acme",
                "body": "Hi {{subscriber.firstName}}, thanks for signing up!",
            },
            "variables": {"type": "object", "properties": {"subscriber": {"type": "object"}}},
            "stepId": "in-app",
            "_id": "6859f1a2b3c4d5e6f7a8b9c1",
            "name": "In-App",
            "slug": "in-app_st_6859f1a2b3c4d5e6f7a8b9c1",
            "type": "in_app",
            "origin": "external",
            "workflowId": "welcome-email",
            "workflowDatabaseId": "6859f1a2b3c4d5e6f7a8b9c0",
        }
    ],
    "preferences": {
        "default": {
            "all": {"enabled": True, "readOnly": False},
            "channels": {"in_app": {"enabled": True}, "email": {"enabled": True}, "sms": {"enabled": False}},
        },
        "user": None,
    },
    "lastTriggeredAt": None,
}


def listed(workflow_id: str) -> dict[str, Any]:
    """One WorkflowListResponseDto as `list` returns it."""
    return {
        "name": workflow_id.title(),
        "updatedAt": "2025-06-24T10:15:30.123Z",
        "createdAt": "2025-06-24T10:15:30.123Z",
        "_id": "6859f1a2b3c4d5e6f7a8b9c0",
        "workflowId": workflow_id,
        "slug": f"{workflow_id}_wf_6859f1a2b3c4d5e6f7a8b9c0",
        "status": "ACTIVE",
        "origin": "external",
        "tags": ["onboarding"],
        "stepTypeOverviews": ["in_app", "delay", "email"],
        "steps": [
            {"slug": "in-app_st_6859f1a2b3c4d5e6f7a8b9c1", "type": "in_app"},
            {"slug": "wait-a-day_st_6859f1a2b3c4d5e6f7a8b9c2", "type": "delay"},
            {"slug": "welcome-email_st_6859f1a2b3c4d5e6f7a8b9c3", "type": "email"},
        ],
        "isTranslationEnabled": False,
    }


def data(payload: Any, status: int = 200) -> Any:
    """A success response in Novu's `{"data": ...}` envelope."""
    return json_response(status, {"data": payload})


def assert_common_headers(request: Any) -> None:
    assert request.headers["Authorization"] == f"ApiKey {SECRET}"  # not Bearer (WIRE-FACTS §3.1)
    assert request.headers["Accept"] == "application/json"
    assert request.headers["idempotency-key"]  # made up by the client: none was given


def assert_welcome_workflow(workflow: Any) -> None:
    assert isinstance(workflow, m.WorkflowResponseDto)
    assert workflow.id == "6859f1a2b3c4d5e6f7a8b9c0"
    assert workflow.workflow_id == "welcome-email"
    assert workflow.name == "Welcome"
    assert workflow.status is m.WorkflowStatusEnum.ACTIVE
    assert workflow.origin is m.ResourceOriginEnum.EXTERNAL
    assert workflow.severity is m.SeverityLevelEnum.NONE
    assert workflow.tags == ["onboarding"]
    assert workflow.active is True
    assert workflow.last_triggered_at is None
    (step,) = workflow.steps
    assert isinstance(step, m.InAppStepResponseDto)
    assert step.step_id == "in-app"
    assert step.controls.values.subject == "Welcome to Acme"
    assert workflow.preferences.default.all.enabled is True
    assert workflow.preferences.default.channels["sms"].enabled is False
    assert workflow.preferences.user is None


def test_create(mode: str) -> None:
    api = Recorder(data(WORKFLOW, 201))
    workflow = call(mode, API, api, "workflows.create", body=CREATE_BODY)

    request = api.only
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/v2/workflows"
    assert_common_headers(request)
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == CREATE_BODY  # only what the caller set: no SDK defaults
    assert_welcome_workflow(workflow)


def test_create_accepts_the_model_and_sends_only_what_was_set(mode: str) -> None:
    # The seed's example, built with the models (Python names).
    body = m.CreateWorkflowDto(
        name="Welcome",
        workflow_id="welcome-email",
        steps=[],
        preferences=m.PreferencesRequestDto(
            user=m.UserWorkflowPreferencesDto(
                all=m.WorkflowPreferenceDto(enabled=True, read_only=False),
                channels={"email": m.ChannelPreferenceDto(enabled=True), "sms": m.ChannelPreferenceDto(enabled=False)},
            ),
            workflow=m.PreferencesRequestDtoWorkflow(
                all=m.WorkflowPreferenceDto(enabled=True, read_only=False),
                channels={"email": m.ChannelPreferenceDto(), "sms": m.ChannelPreferenceDto(enabled=False)},
            ),
        ),
    )
    api = Recorder(data(WORKFLOW, 201))
    call(mode, API, api, "workflows.create", body=body)

    assert body_json(api.only) == {
        "name": "Welcome",
        "workflowId": "welcome-email",
        "steps": [],
        "preferences": {
            "user": {
                "all": {"enabled": True, "readOnly": False},
                "channels": {"email": {"enabled": True}, "sms": {"enabled": False}},
            },
            # ChannelPreferenceDto() was given no field: nothing is sent (novu-py sends its default enabled:true)
            "workflow": {
                "all": {"enabled": True, "readOnly": False},
                "channels": {"email": {}, "sms": {"enabled": False}},
            },
        },
    }


def test_list(mode: str) -> None:
    api = Recorder(data({"workflows": [listed("welcome-email")], "totalCount": 1}))
    page = call(
        mode,
        API,
        api,
        "workflows.list",
        limit=10,
        offset=0,
        order_direction=m.DirectionEnum.DESC,
        order_by="updatedAt",
        query="welcome mail",
        tags=["onboarding", "t 2"],
        status=[m.WorkflowStatusEnum.ACTIVE, "ERROR"],
    )

    request = api.only
    assert request.method == "GET"
    assert str(request.url) == (
        f"{BASE}/v2/workflows?limit=10&offset=0&orderDirection=DESC&orderBy=updatedAt&query=welcome%20mail"
        "&tags=onboarding&tags=t%202&status=ACTIVE&status=ERROR"
    )
    assert_common_headers(request)
    assert "Content-Type" not in request.headers
    assert request.content == b""
    assert isinstance(page, m.ListWorkflowResponse)
    assert page.total_count == 1
    (workflow,) = page.workflows
    assert isinstance(workflow, m.WorkflowListResponseDto)
    assert workflow.workflow_id == "welcome-email"
    assert workflow.status is m.WorkflowStatusEnum.ACTIVE
    assert workflow.step_type_overviews == [m.StepTypeEnum.IN_APP, m.StepTypeEnum.DELAY, m.StepTypeEnum.EMAIL]
    assert [s.type for s in workflow.steps] == [m.StepTypeEnum.IN_APP, m.StepTypeEnum.DELAY, m.StepTypeEnum.EMAIL]


def test_update(mode: str) -> None:
    api = Recorder(data(WORKFLOW))
    workflow = call(mode, API, api, "workflows.update", workflow_id="welcome-email", body=UPDATE_BODY)

    request = api.only
    assert request.method == "PUT"
    assert str(request.url) == f"{BASE}/v2/workflows/welcome-email"
    assert_common_headers(request)
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == UPDATE_BODY
    assert_welcome_workflow(workflow)


def test_get(mode: str) -> None:
    api = Recorder(data(WORKFLOW))
    workflow = call(mode, API, api, "workflows.get", workflow_id="welcome-email", environment_id=ENVIRONMENT)

    request = api.only
    assert request.method == "GET"
    assert str(request.url) == f"{BASE}/v2/workflows/welcome-email?environmentId={ENVIRONMENT}"
    assert_common_headers(request)
    assert "Content-Type" not in request.headers
    assert request.content == b""
    assert_welcome_workflow(workflow)


def test_delete(mode: str) -> None:
    api = Recorder(httpx.Response(204))
    result = call(mode, API, api, "workflows.delete", workflow_id="welcome-email")

    request = api.only
    assert request.method == "DELETE"
    assert str(request.url) == f"{BASE}/v2/workflows/welcome-email"
    assert_common_headers(request)
    assert request.content == b""
    assert result is None


def test_delete_raw_response_is_204(mode: str) -> None:
    api = Recorder(httpx.Response(204))
    raw = call(mode, API, api, "workflows.with_raw_response.delete", workflow_id="welcome-email")

    assert raw.status_code == 204
    assert raw.parse() is None


def test_patch(mode: str) -> None:
    api = Recorder(data({**WORKFLOW, "active": False, "tags": ["onboarding", "paused"]}))
    workflow = call(
        mode,
        API,
        api,
        "workflows.patch",
        workflow_id="welcome-email",
        body={"active": False, "tags": ["onboarding", "paused"]},
    )

    request = api.only
    assert request.method == "PATCH"
    assert str(request.url) == f"{BASE}/v2/workflows/welcome-email"
    assert_common_headers(request)
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == {"active": False, "tags": ["onboarding", "paused"]}
    assert workflow.active is False
    assert workflow.tags == ["onboarding", "paused"]


def test_patch_with_an_empty_body(mode: str) -> None:
    # The seed's example: patch_workflow_dto={} (WIRE-FACTS §3.4: sent as {}).
    api = Recorder(data(WORKFLOW))
    call(mode, API, api, "workflows.patch", workflow_id="welcome-email", body={})

    assert body_json(api.only) == {}


@pytest.mark.parametrize("body", [{"targetEnvironmentId": ENVIRONMENT}, {"target_environment_id": ENVIRONMENT}])
def test_sync(mode: str, body: dict[str, str]) -> None:
    # The seed's example passes the Python name `target_environment_id`; the wire name is camelCase.
    synced = {**WORKFLOW, "_id": "6859f2c3b3c4d5e6f7a8b9d0", "slug": "welcome-email_wf_6859f2c3b3c4d5e6f7a8b9d0"}
    api = Recorder(data(synced))
    workflow = call(mode, API, api, "workflows.sync", workflow_id="welcome-email", body=body)

    request = api.only
    assert request.method == "PUT"  # not POST (WIRE-FACTS §3.5)
    assert str(request.url) == f"{BASE}/v2/workflows/welcome-email/sync"
    assert_common_headers(request)
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == {"targetEnvironmentId": ENVIRONMENT}
    assert workflow.id == "6859f2c3b3c4d5e6f7a8b9d0"


def test_omitted_optional_arguments_are_not_sent(mode: str) -> None:
    api = Recorder(data({"workflows": [], "totalCount": 0}), data(WORKFLOW))
    call(mode, API, api, "workflows.list")
    call(mode, API, api, "workflows.get", workflow_id="welcome-email")

    listing, got = api.requests
    assert listing.url.raw_path == b"/v2/workflows"  # no limit/offset defaults (novu-py sends limit=10.0&offset=0.0)
    assert got.url.raw_path == b"/v2/workflows/welcome-email"


def test_none_is_sent_as_null_where_the_api_allows_null(mode: str) -> None:
    api = Recorder(data(WORKFLOW))
    call(mode, API, api, "workflows.patch", workflow_id="welcome-email", body={"payloadSchema": None})

    assert body_json(api.only) == {"payloadSchema": None}  # `type: [object, "null"]` in the spec


def test_none_for_a_non_nullable_body_field_is_not_sent_as_null(mode: str) -> None:
    api = Recorder(data(WORKFLOW))
    try:
        call(mode, API, api, "workflows.patch", workflow_id="welcome-email", body={"name": None})
    except (TypeError, ValueError):
        assert api.requests == []  # rejected before sending: fine too
    else:
        assert body_json(api.only) == {}


# -- idempotency keys -------------------------------------------------------------------------


def test_a_given_idempotency_key_is_sent_as_is(mode: str) -> None:
    api = Recorder(data(WORKFLOW, 201))
    call(mode, API, api, "workflows.create", body=CREATE_BODY, idempotency_key="1719400000000k3j9x7q2m")

    assert api.only.headers["idempotency-key"] == "1719400000000k3j9x7q2m"


def test_every_call_gets_its_own_idempotency_key(mode: str) -> None:
    api = Recorder(data(WORKFLOW), data(WORKFLOW), httpx.Response(204))
    call(mode, API, api, "workflows.get", workflow_id="welcome-email")
    call(mode, API, api, "workflows.get", workflow_id="welcome-email")
    call(mode, API, api, "workflows.delete", workflow_id="welcome-email")

    keys = [r.headers["idempotency-key"] for r in api.requests]
    assert all(keys) and len(set(keys)) == 3


def test_retries_keep_the_idempotency_key(mode: str, sleeps: list[float]) -> None:
    # A POST is resent only because it carries an idempotency key, and with the same key.
    unavailable = text_response(503, "Service Unavailable")
    api = Recorder(unavailable, json_response(500, error_body(500, "/v2/workflows")), data(WORKFLOW, 201))
    workflow = call(mode, API, api, "workflows.create", body=CREATE_BODY)

    assert workflow.id == "6859f1a2b3c4d5e6f7a8b9c0"
    assert len(api.requests) == 3 and len(sleeps) == 2
    keys = {r.headers["idempotency-key"] for r in api.requests}
    assert len(keys) == 1 and keys != {""}
    assert all(body_json(r) == CREATE_BODY for r in api.requests)


# -- offset pagination ------------------------------------------------------------------------


def test_iter_list_pages_by_offset_until_total_count(mode: str) -> None:
    pages = [
        {"workflows": [listed("w-1"), listed("w-2")], "totalCount": 5},
        {"workflows": [listed("w-3"), listed("w-4")], "totalCount": 5},
        {"workflows": [listed("w-5")], "totalCount": 5},
    ]
    api = Recorder(*(data(page) for page in pages))
    items = call(mode, API, api, "workflows.iter_list", limit=2, tags=["onboarding"])

    assert [w.workflow_id for w in items] == ["w-1", "w-2", "w-3", "w-4", "w-5"]
    assert all(isinstance(w, m.WorkflowListResponseDto) for w in items)
    assert [r.url.raw_path.decode() for r in api.requests] == [
        "/v2/workflows?limit=2&tags=onboarding",
        "/v2/workflows?limit=2&offset=2&tags=onboarding",
        "/v2/workflows?limit=2&offset=4&tags=onboarding",
    ]
    assert all(r.headers["Authorization"] == f"ApiKey {SECRET}" for r in api.requests)


def test_iter_list_stops_on_an_empty_page(mode: str) -> None:
    api = Recorder(data({"workflows": [listed("w-1")], "totalCount": 10}), data({"workflows": [], "totalCount": 10}))
    items = call(mode, API, api, "workflows.iter_list", limit=1)

    assert [w.workflow_id for w in items] == ["w-1"]
    assert len(api.requests) == 2


# -- errors ------------------------------------------------------------------------------------


def error_body(status: int, path: str, message: str = "Workflow cannot be found") -> dict[str, Any]:
    return {"statusCode": status, "timestamp": "2025-06-24T10:15:30.123Z", "path": path, "message": message}


def text_response(status: int, text: str) -> httpx.Response:
    return httpx.Response(status, text=text)


VALIDATION = {
    "statusCode": 422,
    "timestamp": "2025-06-24T10:15:30.123Z",
    "path": "/v2/workflows/welcome-email",
    "message": "Validation Error",
    "errors": {"name": {"messages": ["name should not be empty"], "value": ""}},
}

# The seed's error table (WIRE-FACTS §3.1): ErrorDto for 400-415 and 500, ValidationErrorDto for 422,
# no model for 429 and 503. Exceptions: the ladder class of the status.
ERRORS = [
    (400, novu_workflows.BadRequestError),
    (401, novu_workflows.AuthenticationError),
    (403, novu_workflows.PermissionDeniedError),
    (404, novu_workflows.NotFoundError),
    (405, novu_workflows.APIStatusError),
    (409, novu_workflows.ConflictError),
    (413, novu_workflows.APIStatusError),
    (414, novu_workflows.APIStatusError),
    (415, novu_workflows.APIStatusError),
    (500, novu_workflows.InternalServerError),
]

OPERATIONS: dict[str, dict[str, Any]] = {
    "create": {"body": CREATE_BODY},
    "list": {"limit": 10},
    "update": {"workflow_id": "welcome-email", "body": UPDATE_BODY},
    "get": {"workflow_id": "welcome-email"},
    "delete": {"workflow_id": "welcome-email"},
    "patch": {"workflow_id": "welcome-email", "body": {"active": False}},
    "sync": {"workflow_id": "welcome-email", "body": {"targetEnvironmentId": ENVIRONMENT}},
}


@pytest.mark.parametrize(("status", "exception"), ERRORS)
def test_error_dto_statuses(mode: str, status: int, exception: type[Exception]) -> None:
    body = error_body(status, "/v2/workflows/welcome-email", "Something went wrong")
    api = Recorder(json_response(status, body))
    with pytest.raises(novu_workflows.APIStatusError) as caught:
        call(mode, API, api, "workflows.get", workflow_id="welcome-email", max_retries=0)

    error = caught.value
    assert type(error) is exception
    assert error.status_code == status
    assert isinstance(error.body, m.ErrorDto)
    assert error.body.status_code == status
    assert error.body.path == "/v2/workflows/welcome-email"
    assert error.body.message == "Something went wrong"
    assert SECRET not in str(error)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_not_found_on_every_operation(mode: str, operation: str) -> None:
    api = Recorder(json_response(404, error_body(404, "/v2/workflows/welcome-email")))
    with pytest.raises(novu_workflows.NotFoundError) as caught:
        call(mode, API, api, f"workflows.{operation}", **OPERATIONS[operation])

    assert caught.value.status_code == 404
    assert isinstance(caught.value.body, m.ErrorDto)
    assert caught.value.body.message == "Workflow cannot be found"
    assert "Workflow cannot be found" in str(caught.value)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_validation_error_on_every_operation(mode: str, operation: str) -> None:
    api = Recorder(json_response(422, VALIDATION))
    with pytest.raises(novu_workflows.UnprocessableEntityError) as caught:
        call(mode, API, api, f"workflows.{operation}", **OPERATIONS[operation])

    error = caught.value
    assert error.status_code == 422
    assert isinstance(error.body, m.ValidationErrorDto)
    assert error.body.errors["name"].messages == ["name should not be empty"]
    assert error.body.errors["name"].value == ""


@pytest.mark.parametrize(
    ("status", "exception"), [(429, novu_workflows.RateLimitError), (503, novu_workflows.InternalServerError)]
)
def test_statuses_without_a_model_keep_the_raw_body(mode: str, status: int, exception: type[Exception]) -> None:
    api = Recorder(text_response(status, "Too many requests, slow down"))
    with pytest.raises(exception) as caught:
        call(mode, API, api, "workflows.get", workflow_id="welcome-email", max_retries=0)

    assert caught.value.status_code == status
    assert caught.value.body == "Too many requests, slow down"


def test_error_bodies_are_not_unwrapped(mode: str) -> None:
    # Only success bodies are wrapped in {"data": ...}; an error body is read as it is.
    api = Recorder(json_response(400, error_body(400, "/v2/workflows", "workflowId must be a string")))
    with pytest.raises(novu_workflows.BadRequestError) as caught:
        call(mode, API, api, "workflows.create", body=CREATE_BODY)

    assert caught.value.body.message == "workflowId must be a string"


# -- path parameters and credentials ------------------------------------------------------------


@pytest.mark.parametrize("operation", ["update", "get", "delete", "patch", "sync"])
def test_path_parameter_is_one_encoded_segment(mode: str, operation: str) -> None:
    # novu-py does not escape `/` (WIRE-FACTS §3.1, §6.5); we must.
    arguments = {**OPERATIONS[operation], "workflow_id": "a b/c?d#e%"}
    api = Recorder(httpx.Response(204) if operation == "delete" else data(WORKFLOW))
    call(mode, API, api, f"workflows.{operation}", **arguments)

    suffix = "/sync" if operation == "sync" else ""
    assert api.only.url.raw_path == f"/v2/workflows/a%20b%2Fc%3Fd%23e%25{suffix}".encode()


@pytest.mark.parametrize("value", ["nv_sk_from_env", "ApiKey nv_sk_from_env"])
def test_secret_key_from_environment(mode: str, monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("NOVU_SECRET_KEY", value)
    api = Recorder(data(WORKFLOW))
    call(mode, API, api, "workflows.get", client_options={"secret_key": None}, workflow_id="welcome-email")

    assert api.only.headers["Authorization"] == "ApiKey nv_sk_from_env"  # the prefix is not doubled


def test_unexpected_success_body_raises_validation_error(mode: str) -> None:
    api = Recorder(data({"workflows": "not a list", "totalCount": 1}))
    with pytest.raises(novu_workflows.APIResponseValidationError) as caught:
        call(mode, API, api, "workflows.list")

    assert json.loads(json.dumps(caught.value.body)) == {"data": {"workflows": "not a list", "totalCount": 1}}
