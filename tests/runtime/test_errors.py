"""Error mapping: the status ladder, documented errors and models, AWS codes, envelopes."""

from __future__ import annotations

from types import ModuleType

import httpx
import pytest

from .helpers import Harness, Recorder, json_response, runtime_of

LADDER = [
    (400, "BadRequestError"),
    (401, "AuthenticationError"),
    (403, "PermissionDeniedError"),
    (404, "NotFoundError"),
    (409, "ConflictError"),
    (422, "UnprocessableEntityError"),
    (429, "RateLimitError"),
    (500, "InternalServerError"),
    (503, "InternalServerError"),
    (599, "InternalServerError"),
    (418, "APIStatusError"),
    (302, "APIStatusError"),
]


@pytest.mark.parametrize(("status", "name"), LADDER)
def test_status_ladder(harness: Harness, flowdash: ModuleType, status: int, name: str) -> None:
    runtime = runtime_of(flowdash)
    recorder = Recorder(json_response(status, {"message": "nope"}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder, max_retries=0)
        with pytest.raises(runtime.APIStatusError) as caught:
            await client.actions.list(workflow_id="w", task_id="t")
        error = caught.value
        assert type(error) is getattr(runtime, name)
        assert error.status_code == status
        assert error.body == {"message": "nope"}
        assert error.headers is not None and error.headers["content-type"] == "application/json"
        assert error.response is not None and error.response.status_code == status
        assert error.request is not None and error.request.method == "GET"
        assert error.code is None
        assert str(error).startswith(f"GET https://app.flowdash.com/api/v1/workflows/w/tasks/t/actions -> {status}")
        assert str(error).endswith(": nope")

    harness.run(scenario)


def test_ladder_shape(flowdash: ModuleType) -> None:
    r = runtime_of(flowdash)
    assert issubclass(r.APIConnectionError, r.APIError)
    assert issubclass(r.APITimeoutError, r.APIConnectionError)
    assert issubclass(r.APIStatusError, r.APIError)
    for _, name in LADDER:
        assert issubclass(getattr(r, name), r.APIStatusError)
    assert issubclass(r.APIEnvelopeError, r.APIStatusError)
    assert issubclass(r.APIResponseValidationError, r.APIError)
    assert not issubclass(r.APIResponseValidationError, r.APIStatusError)
    assert issubclass(r.WaiterFailedError, r.WaiterError)
    assert issubclass(r.WaiterTimeoutError, r.WaiterError)
    assert issubclass(r.WaiterError, r.APIError)
    assert issubclass(r.APIError, Exception)
    assert dict(r._exceptions.STATUS_ERRORS) == {
        400: r.BadRequestError,
        401: r.AuthenticationError,
        403: r.PermissionDeniedError,
        404: r.NotFoundError,
        409: r.ConflictError,
        422: r.UnprocessableEntityError,
        429: r.RateLimitError,
    }


def test_documented_error_model_is_parsed(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(422, {"status": "Fail", "errors": ["Field X is required", "Nope"]}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.errors.UnprocessableEntityError) as caught:
            await client.executions.create(workflow_id="w", task_id="t", action_id="a")
        error = caught.value
        assert isinstance(error.body, flowdash.models.ExecutionFailure)
        assert error.body.errors == ["Field X is required", "Nope"]
        assert str(error) == (
            "POST https://app.flowdash.com/api/v1/workflows/w/executions -> 422 "
            "Unprocessable Entity: Field X is required; Nope"
        )

    harness.run(scenario)
    assert len(recorder.requests) == 1


def test_documented_model_that_does_not_fit_keeps_raw_json(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(422, {"unexpected": True}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.errors.UnprocessableEntityError) as caught:
            await client.executions.create(workflow_id="w", task_id="t", action_id="a")
        assert caught.value.body == {"unexpected": True}

    harness.run(scenario)


def test_text_error_body(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(httpx.Response(502, text="<html> Bad   gateway </html>", headers={"content-type": "text/html"}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder, max_retries=0)
        with pytest.raises(flowdash.errors.APIStatusError) as caught:
            await client.actions.list(workflow_id="w", task_id="t")
        assert caught.value.body == "<html> Bad   gateway </html>"
        assert str(caught.value).endswith("-> 502 Bad Gateway: <html> Bad gateway </html>")

    harness.run(scenario)


@pytest.mark.parametrize(
    ("headers", "body", "expected", "code"),
    [
        (
            {"x-amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/"},
            {"Message": "Domain d not found"},
            "ResourceNotFoundException",
            "ResourceNotFoundException",
        ),
        (
            {},
            {"__type": "com.amazonaws.profile#AccessDeniedException", "message": "denied"},
            "AccessDeniedException",
            "AccessDeniedException",
        ),
        (
            # the code wins over the status
            {"x-amzn-ErrorType": "ThrottlingException"},
            {"Message": "slow down"},
            "ThrottlingException",
            "ThrottlingException",
        ),
        (
            # an unmodelled code: the ladder class for the status, not a modelled 400
            {"x-amzn-ErrorType": "UnknownOperationException"},
            {"Message": "what"},
            "BadRequestError",
            "UnknownOperationException",
        ),
        (
            # no code at all: the documented error for the status
            {},
            {"Message": "bad"},
            "BadRequestException",
            None,
        ),
    ],
)
def test_aws_error_codes(
    harness: Harness,
    customer_profiles: ModuleType,
    headers: dict[str, str],
    body: dict[str, str],
    expected: str,
    code: str | None,
) -> None:
    runtime = runtime_of(customer_profiles)
    status = 404 if expected == "ResourceNotFoundException" else 400
    recorder = Recorder(json_response(status, body, headers))

    async def scenario() -> None:
        client = harness.client(
            customer_profiles,
            aws_access_key_id="AKID",
            aws_secret_access_key="SECRET",
            handler=recorder,
            max_retries=0,
        )
        with pytest.raises(runtime.APIStatusError) as caught:
            await client.workflows.get_workflow_steps(domain_name="d", workflow_id="w")
        error = caught.value
        assert type(error).__name__ == expected
        if expected.endswith("Exception"):
            assert type(error) is getattr(customer_profiles.errors, expected)
            assert isinstance(error.body, customer_profiles.models.ErrorBody)
        assert error.code == code
        message = body.get("Message") or body.get("message")
        assert str(error).endswith(f": {message}")
        if code:
            assert f"({code})" in str(error)

    harness.run(scenario)


def test_aws_named_exceptions_are_on_the_ladder(customer_profiles: ModuleType) -> None:
    e = customer_profiles.errors
    assert issubclass(e.ResourceNotFoundException, e.APIStatusError)
    assert issubclass(e.ResourceNotFoundException, runtime_of(customer_profiles).NotFoundError)
    assert issubclass(e.ThrottlingException, runtime_of(customer_profiles).RateLimitError)


@pytest.mark.parametrize(
    ("status", "body", "expected", "parsed"),
    [
        (404, {"message": "gone"}, "MissingThing", True),
        (409, {"code": "special", "message": "coded"}, "SpecialConflict", True),
        (409, {"code": "other", "message": "other code"}, "ClientProblem", True),
        (410, {"message": "4xx"}, "ClientProblem", True),
        (503, {"message": "5xx"}, "ServerProblem", False),
        (302, {"message": "redirect"}, "OtherProblem", True),
    ],
)
def test_error_case_precedence(
    harness: Harness,
    kitchen: ModuleType,
    sleeps: list[float],
    status: int,
    body: dict[str, str],
    expected: str,
    parsed: bool,
) -> None:
    recorder = Recorder(json_response(status, body))

    async def scenario() -> None:
        client = harness.client(kitchen, token="t", handler=recorder, max_retries=0)
        with pytest.raises(kitchen.errors.APIError) as caught:
            await client.things.fail(status=status)
        error = caught.value
        assert type(error) is getattr(kitchen.errors, expected)
        assert isinstance(error.body, kitchen.models.Problem) is parsed
        if not parsed:
            assert error.body == body
        assert str(error).endswith(f": {body['message']}")

    harness.run(scenario)


def test_slack_error_envelope(harness: Harness, slack: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"ok": False, "error": "invalid_auth", "warning": "w"}))

    async def scenario() -> None:
        client = harness.client(slack, token="xoxb-secret", handler=recorder)
        with pytest.raises(slack.errors.APIEnvelopeError) as caught:
            await client.workflows.step_completed(workflow_step_execute_id="W")
        error = caught.value
        assert error.code == "invalid_auth"
        assert error.status_code == 200
        assert error.body == {"ok": False, "error": "invalid_auth", "warning": "w"}
        assert str(error) == (
            "POST https://slack.com/api/workflows.stepCompleted -> 200 OK: ok is false (invalid_auth)"
        )
        assert "xoxb-secret" not in str(error)

    harness.run(scenario)
    assert len(recorder.requests) == 1


def test_slack_envelope_on_raw_response_too(harness: Harness, slack: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"ok": True, "warning": "superfluous_charset"}))

    async def scenario() -> None:
        client = harness.client(slack, token="t", handler=recorder)
        result = await client.workflows.step_completed(workflow_step_execute_id="W", outputs={"a": 1})
        assert result.ok is True
        assert result.warning == "superfluous_charset"

    harness.run(scenario)


def test_response_validation_error(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"id": 5}), httpx.Response(200, content=b"{not json"))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.errors.APIError) as caught:
            await client.executions.get(workflow_id="w", execution_id="e")
        error = caught.value
        assert type(error).__name__ == "APIResponseValidationError"
        assert error.body == {"id": 5}
        assert error.status_code == 200
        assert "id: Input should be a valid string" in str(error)
        assert "status: Field required" in str(error)
        with pytest.raises(runtime_of(flowdash).APIResponseValidationError) as caught_json:
            await client.executions.get(workflow_id="w", execution_id="e")
        assert caught_json.value.body == "{not json"

    harness.run(scenario)
