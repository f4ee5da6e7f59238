"""Slack Web API workflow steps (`slack_workflows`): stepCompleted, stepFailed, updateStep.

WIRE-FACTS §1: POST https://slack.com/api/<method> with a JSON body
(`Content-Type: application/json;charset=utf-8`) and `Authorization: Bearer <token>`; errors
come back as HTTP 200 with `{"ok": false, "error": "<code>"}` (APIEnvelopeError), rate limiting
as HTTP 429 with `Retry-After`. Slack methods have no path parameters: every id travels in the
JSON body.
"""

from __future__ import annotations

from typing import Any

import pytest
import slack_workflows
from slack_workflows import models as m

from .helpers import Api, Recorder, body_json, call, json_response

TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"
API = Api(slack_workflows.SlackWorkflows, slack_workflows.AsyncSlackWorkflows, {"token": TOKEN})
CONTENT_TYPE = "application/json;charset=utf-8"

EXECUTE_ID = "1584548385012.1234567890"
EDIT_ID = "12345.98765.abcd2358fdea"
OK = {"ok": True}
OK_WITH_WARNING = {
    "ok": True,
    "warning": "superfluous_charset",
    "response_metadata": {"warnings": ["superfluous_charset"]},
}
UPDATE_INPUTS = {
    "task_name": {"value": "{{workflow.name}}"},
    "task_author": {"value": "{{user}}", "skip_variable_replacement": False},
}
UPDATE_OUTPUTS = [
    {"name": "task_name", "type": "text", "label": "Task name"},
    {"name": "task_author", "type": "user", "label": "Task author"},
]

# operation -> (arguments, the JSON body Slack must receive, as slack_sdk sends it)
OPERATIONS: dict[str, tuple[str, dict[str, Any], dict[str, Any]]] = {
    "step_completed": (
        "workflows.stepCompleted",
        {"workflow_step_execute_id": EXECUTE_ID, "outputs": {"task_name": "Onboard Ana", "task_id": "T-1042"}},
        {"workflow_step_execute_id": EXECUTE_ID, "outputs": {"task_name": "Onboard Ana", "task_id": "T-1042"}},
    ),
    "step_failed": (
        "workflows.stepFailed",
        {"workflow_step_execute_id": EXECUTE_ID, "error": {"message": "Could not create the task: project archived"}},
        {"workflow_step_execute_id": EXECUTE_ID, "error": {"message": "Could not create the task: project archived"}},
    ),
    "update_step": (
        "workflows.updateStep",
        {
            "workflow_step_edit_id": EDIT_ID,
            "inputs": UPDATE_INPUTS,
            "outputs": UPDATE_OUTPUTS,
            "step_name": "Create a task",
            "step_image_url": "https://example.com/images/task-step.png",
        },
        {
            "workflow_step_edit_id": EDIT_ID,
            "inputs": UPDATE_INPUTS,
            "outputs": UPDATE_OUTPUTS,
            "step_name": "Create a task",
            "step_image_url": "https://example.com/images/task-step.png",
        },
    ),
}


@pytest.mark.parametrize("operation", OPERATIONS)
def test_operation_request_and_response(mode: str, operation: str) -> None:
    method, arguments, expected_body = OPERATIONS[operation]
    api = Recorder(json_response(200, OK_WITH_WARNING))
    result = call(mode, API, api, f"workflows.{operation}", **arguments)

    request = api.only
    assert request.method == "POST"
    assert str(request.url) == f"https://slack.com/api/{method}"
    assert request.url.query == b""
    assert request.headers["Authorization"] == f"Bearer {TOKEN}"
    assert request.headers["Content-Type"] == CONTENT_TYPE
    assert "token" not in request.headers  # the seed's `token` header does not exist (WIRE-FACTS §1.3)
    assert body_json(request) == expected_body
    assert isinstance(result, m.SlackResponse)
    assert result.ok is True
    assert result.warning == "superfluous_charset"
    assert result.response_metadata is not None
    assert result.response_metadata.warnings == ["superfluous_charset"]


def test_update_step_accepts_models_and_sends_the_same_body(mode: str) -> None:
    api = Recorder(json_response(200, OK))
    call(
        mode,
        API,
        api,
        "workflows.update_step",
        workflow_step_edit_id=EDIT_ID,
        inputs={
            "task_name": m.WorkflowStepInput(value="{{workflow.name}}"),
            "task_author": m.WorkflowStepInput(value="{{user}}", skip_variable_replacement=False),
        },
        outputs=[m.WorkflowStepOutput(name=o["name"], type=o["type"], label=o["label"]) for o in UPDATE_OUTPUTS],
    )

    assert body_json(api.only) == {"workflow_step_edit_id": EDIT_ID, "inputs": UPDATE_INPUTS, "outputs": UPDATE_OUTPUTS}


def test_step_failed_accepts_the_error_model(mode: str) -> None:
    api = Recorder(json_response(200, OK))
    call(
        mode,
        API,
        api,
        "workflows.step_failed",
        workflow_step_execute_id=EXECUTE_ID,
        error=m.WorkflowStepError(message="Could not create the task"),
    )

    assert body_json(api.only) == {
        "workflow_step_execute_id": EXECUTE_ID,
        "error": {"message": "Could not create the task"},
    }


@pytest.mark.parametrize(
    ("operation", "arguments", "expected_body"),
    [
        ("step_completed", {"workflow_step_execute_id": EXECUTE_ID}, {"workflow_step_execute_id": EXECUTE_ID}),
        ("update_step", {"workflow_step_edit_id": EDIT_ID}, {"workflow_step_edit_id": EDIT_ID}),
    ],
)
def test_omitted_optional_arguments_are_not_sent(
    mode: str, operation: str, arguments: dict[str, Any], expected_body: dict[str, Any]
) -> None:
    api = Recorder(json_response(200, OK))
    call(mode, API, api, f"workflows.{operation}", **arguments)

    assert body_json(api.only) == expected_body


@pytest.mark.parametrize("operation", OPERATIONS)
def test_ok_false_in_a_200_raises_envelope_error(mode: str, operation: str) -> None:
    _, arguments, _ = OPERATIONS[operation]
    failure = {"ok": False, "error": "invalid_auth", "warning": "missing_charset"}
    api = Recorder(json_response(200, failure))
    with pytest.raises(slack_workflows.APIEnvelopeError) as caught:
        call(mode, API, api, f"workflows.{operation}", **arguments)

    error = caught.value
    assert isinstance(error, slack_workflows.APIError)
    assert error.code == "invalid_auth"
    assert error.status_code == 200
    assert error.body == failure
    assert "invalid_auth" in str(error)
    assert TOKEN not in str(error)


@pytest.mark.parametrize("operation", OPERATIONS)
def test_rate_limited_raises_rate_limited_error_with_model(mode: str, operation: str, sleeps: list[float]) -> None:
    _, arguments, _ = OPERATIONS[operation]
    api = Recorder(json_response(429, {"ok": False, "error": "ratelimited"}, {"Retry-After": "30"}))
    with pytest.raises(slack_workflows.RateLimitedError) as caught:
        call(mode, API, api, f"workflows.{operation}", **arguments)

    error = caught.value
    assert isinstance(error, slack_workflows.RateLimitError)
    assert error.status_code == 429
    assert error.headers is not None and error.headers["Retry-After"] == "30"
    assert isinstance(error.body, m.SlackErrorResponse)
    assert error.body.ok is False
    assert error.body.error == "ratelimited"


def test_awkward_ids_travel_unchanged_in_the_body(mode: str) -> None:
    awkward = "a b/c?d#e%"
    api = Recorder(json_response(200, OK))
    call(mode, API, api, "workflows.step_completed", workflow_step_execute_id=awkward, outputs={"ü": "✓"})

    request = api.only
    assert request.url.raw_path == b"/api/workflows.stepCompleted"
    assert body_json(request) == {"workflow_step_execute_id": awkward, "outputs": {"ü": "✓"}}


def test_none_for_a_non_nullable_field_is_not_sent_as_null(mode: str) -> None:
    api = Recorder(json_response(200, OK))
    try:
        call(mode, API, api, "workflows.step_completed", workflow_step_execute_id=EXECUTE_ID, outputs=None)
    except (TypeError, ValueError):
        assert api.requests == []  # rejected before sending: fine too
    else:
        assert body_json(api.only) == {"workflow_step_execute_id": EXECUTE_ID}


def test_token_from_environment(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLACK_TOKEN", "xoxp-from-env")
    api = Recorder(json_response(200, OK))
    call(mode, API, api, "workflows.step_completed", client_options={"token": None}, workflow_step_execute_id="1.2")

    assert api.only.headers["Authorization"] == "Bearer xoxp-from-env"


def test_missing_token_fails_at_construction(mode: str) -> None:
    with pytest.raises(slack_workflows.MissingCredentialsError) as caught:
        call(
            mode,
            API,
            Recorder(),
            "workflows.step_completed",
            client_options={"token": None},
            workflow_step_execute_id="1",
        )

    assert "SLACK_TOKEN" in str(caught.value)
