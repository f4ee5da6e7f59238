"""Flowdash Actions API (`flowdash`): the three operations and the `executions.wait` waiter.

Flowdash has no official SDK; the seed (003_10082fab68dd52db.txt: curl examples) is the
reference, WIRE-FACTS §5: `Authorization: Bearer <key>`, JSON bodies, 2xx Execution, 422
ExecutionFailure when the action's requirements are not met.
"""

from __future__ import annotations

import flowdash
import pytest
from flowdash import models as m

from .helpers import Api, Recorder, body_json, call, json_response

API = Api(flowdash.Flowdash, flowdash.AsyncFlowdash, {"api_key": "fd_live_4f9a2c"})
BASE = "https://app.flowdash.com/api/v1"
AUTH = "Bearer fd_live_4f9a2c"

# The seed's examples (its 422 example without the `//` comment, which is not JSON).
ACTIONS = [{"id": "edHR10", "name": "Approve"}, {"id": "PvHaOO", "name": "Reject"}]
PENDING = {"id": "091has", "status": "Pending"}
SUCCESS = {"id": "091has", "status": "Success"}
FAILED = {"id": "091has", "status": "Fail", "errors": ["foo is not a valid email"]}
REQUIREMENTS_UNMET = {
    "status": "Fail",
    "errors": [
        "Name is required",
        "Checklist must be completed",
        "Must be assigned",
        "Name must include honorable prefix",
    ],
}


def test_actions_list(mode: str) -> None:
    api = Recorder(json_response(200, ACTIONS))
    actions = call(mode, API, api, "actions.list", workflow_id="abc123", task_id="678")

    request = api.only
    assert request.method == "GET"
    assert str(request.url) == f"{BASE}/workflows/abc123/tasks/678/actions"
    assert request.headers["Authorization"] == AUTH
    assert request.headers["Accept"] == "application/json"
    assert "Content-Type" not in request.headers
    assert request.content == b""
    assert actions == [m.Action(id="edHR10", name="Approve"), m.Action(id="PvHaOO", name="Reject")]
    assert all(isinstance(action, m.Action) for action in actions)


@pytest.mark.parametrize("status", [200, 201])  # the seed only says "2xx"
def test_executions_create(mode: str, status: int) -> None:
    api = Recorder(json_response(status, PENDING))
    execution = call(
        mode,
        API,
        api,
        "executions.create",
        workflow_id="abc123",
        task_id="678",
        action_id="edHR10",
        performed_by="harry@hogwarts.edu",
    )

    request = api.only
    assert request.method == "POST"
    assert str(request.url) == f"{BASE}/workflows/abc123/executions"
    assert request.headers["Authorization"] == AUTH
    assert request.headers["Content-Type"] == "application/json"
    assert body_json(request) == {"task_id": "678", "action_id": "edHR10", "performed_by": "harry@hogwarts.edu"}
    assert isinstance(execution, m.Execution)
    assert execution.id == "091has"
    assert execution.status is m.ExecutionStatus.PENDING
    assert execution.errors is None


def test_executions_create_leaves_out_omitted_performed_by(mode: str) -> None:
    api = Recorder(json_response(201, PENDING))
    call(mode, API, api, "executions.create", workflow_id="abc123", task_id="678", action_id="edHR10")

    # "678" stays a string although it looks numeric (WIRE-FACTS §5).
    assert body_json(api.only) == {"task_id": "678", "action_id": "edHR10"}


def test_executions_get(mode: str) -> None:
    api = Recorder(json_response(200, SUCCESS))
    execution = call(mode, API, api, "executions.get", workflow_id="abc123", execution_id="091has")

    request = api.only
    assert request.method == "GET"
    assert str(request.url) == f"{BASE}/workflows/abc123/executions/091has"
    assert request.headers["Authorization"] == AUTH
    assert "Content-Type" not in request.headers
    assert request.content == b""
    assert execution == m.Execution(id="091has", status=m.ExecutionStatus.SUCCESS)


def test_executions_get_failed_execution_carries_errors(mode: str) -> None:
    api = Recorder(json_response(200, FAILED))
    execution = call(mode, API, api, "executions.get", workflow_id="abc123", execution_id="091has")

    assert execution.status is m.ExecutionStatus.FAIL
    assert execution.errors == ["foo is not a valid email"]


def test_unmet_requirements_raise_execution_failed_error(mode: str) -> None:
    api = Recorder(json_response(422, REQUIREMENTS_UNMET))
    with pytest.raises(flowdash.ExecutionFailedError) as caught:
        call(mode, API, api, "executions.create", workflow_id="abc123", task_id="678", action_id="edHR10")

    error = caught.value
    assert isinstance(error, flowdash.UnprocessableEntityError)
    assert isinstance(error, flowdash.APIError)
    assert error.status_code == 422
    assert isinstance(error.body, m.ExecutionFailure)
    assert error.body.status == "Fail"
    assert error.body.errors == REQUIREMENTS_UNMET["errors"]
    assert "Name is required" in str(error)
    assert "fd_live_4f9a2c" not in str(error)
    assert len(api.requests) == 1  # a POST is not sent twice


def test_undocumented_error_status_raises_the_ladder_class(mode: str) -> None:
    api = Recorder(json_response(404, {"error": "Not found"}))
    with pytest.raises(flowdash.NotFoundError) as caught:
        call(mode, API, api, "executions.get", workflow_id="abc123", execution_id="nope")

    assert caught.value.status_code == 404
    assert caught.value.body == {"error": "Not found"}


def test_wait_polls_until_success(mode: str, sleeps: list[float]) -> None:
    api = Recorder(json_response(200, PENDING), json_response(200, PENDING), json_response(200, SUCCESS))
    execution = call(mode, API, api, "executions.wait", workflow_id="abc123", execution_id="091has")

    assert execution == m.Execution(id="091has", status=m.ExecutionStatus.SUCCESS)
    assert [str(r.url) for r in api.requests] == [f"{BASE}/workflows/abc123/executions/091has"] * 3
    assert all(r.method == "GET" and r.headers["Authorization"] == AUTH for r in api.requests)
    assert sleeps == [1.0, 1.5]  # spec x-waiter: delay 1.0, backoff 1.5; the first poll is immediate


def test_wait_raises_on_fail_with_the_api_errors(mode: str, sleeps: list[float]) -> None:
    api = Recorder(json_response(200, PENDING), json_response(200, FAILED))
    with pytest.raises(flowdash.WaiterFailedError) as caught:
        call(mode, API, api, "executions.wait", workflow_id="abc123", execution_id="091has")

    assert caught.value.state == "Fail"
    assert caught.value.errors == ["foo is not a valid email"]
    assert caught.value.result == m.Execution.model_validate(FAILED)
    assert sleeps == [1.0]


def test_wait_times_out(mode: str, sleeps: list[float]) -> None:
    api = Recorder(default=json_response(200, PENDING))
    with pytest.raises(flowdash.WaiterTimeoutError):
        call(mode, API, api, "executions.wait", workflow_id="abc123", execution_id="091has", max_wait=5.0)

    assert sum(sleeps) == pytest.approx(5.0)  # the last pause is cut to the time left
    assert sleeps[:3] == [1.0, 1.5, 2.25]


def test_path_parameters_are_one_encoded_segment(mode: str) -> None:
    awkward = "a b/c?d#e%"
    api = Recorder(json_response(200, ACTIONS), json_response(200, SUCCESS), json_response(201, PENDING))
    call(mode, API, api, "actions.list", workflow_id=awkward, task_id=awkward)
    call(mode, API, api, "executions.get", workflow_id=awkward, execution_id=awkward)
    call(mode, API, api, "executions.create", workflow_id=awkward, task_id=awkward, action_id="edHR10")

    segment = "a%20b%2Fc%3Fd%23e%25"
    listed, got, created = api.requests
    assert listed.url.raw_path == f"/api/v1/workflows/{segment}/tasks/{segment}/actions".encode()
    assert got.url.raw_path == f"/api/v1/workflows/{segment}/executions/{segment}".encode()
    assert created.url.raw_path == f"/api/v1/workflows/{segment}/executions".encode()
    assert body_json(created)["task_id"] == awkward  # a body value is not encoded


def test_api_key_from_environment(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLOWDASH_API_KEY", "fd_env_key")
    api = Recorder(json_response(200, ACTIONS))
    call(mode, API, api, "actions.list", client_options={"api_key": None}, workflow_id="abc123", task_id="678")

    assert api.only.headers["Authorization"] == "Bearer fd_env_key"


def test_missing_api_key_fails_at_construction(mode: str) -> None:
    with pytest.raises(flowdash.MissingCredentialsError) as caught:
        call(mode, API, Recorder(), "actions.list", client_options={"api_key": None}, workflow_id="a", task_id="b")

    assert "FLOWDASH_API_KEY" in str(caught.value)


def test_raw_response_of_create(mode: str) -> None:
    api = Recorder(json_response(201, PENDING))
    raw = call(
        mode, API, api, "executions.with_raw_response.create", workflow_id="abc123", task_id="678", action_id="edHR10"
    )

    assert raw.status_code == 201
    assert raw.parse() == m.Execution(id="091has", status=m.ExecutionStatus.PENDING)
