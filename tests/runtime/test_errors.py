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
        with pytest.raises(flowdash.UnprocessableEntityError) as caught:
            await client.executions.create(workflow_id="w", task_id="t", action_id="a")
        error = caught.value
        assert type(error) is flowdash.ExecutionFailedError  # the spec's x-error-name for 422
        assert error.code is None  # Flowdash sends no error code
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
        with pytest.raises(flowdash.ExecutionFailedError) as caught:
            await client.executions.create(workflow_id="w", task_id="t", action_id="a")
        assert caught.value.body == {"unexpected": True}

    harness.run(scenario)


def test_text_error_body(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(httpx.Response(502, text="<html> Bad   gateway </html>", headers={"content-type": "text/html"}))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder, max_retries=0)
        with pytest.raises(flowdash.APIStatusError) as caught:
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
            assert type(error) is getattr(customer_profiles, expected)
            assert isinstance(error.body, getattr(customer_profiles.models, expected))
        else:
            assert error.body == body
        assert error.code == code
        message = body.get("Message") or body.get("message")
        assert str(error).endswith(f": {message}")
        if code:
            assert f"({code})" in str(error)

    harness.run(scenario)


def test_aws_named_exceptions_are_on_the_ladder(customer_profiles: ModuleType) -> None:
    e = customer_profiles
    assert issubclass(e.ResourceNotFoundException, e.APIStatusError)
    assert issubclass(e.ResourceNotFoundException, runtime_of(customer_profiles).NotFoundError)
    assert issubclass(e.ThrottlingException, runtime_of(customer_profiles).RateLimitError)
    assert issubclass(e.AccessDeniedException, e.PermissionDeniedError)
    assert issubclass(e.BadRequestException, e.BadRequestError)
    assert issubclass(e.InternalServerException, e.InternalServerError)


@pytest.mark.parametrize(
    ("status", "body", "expected", "parsed"),
    [
        # the exact status
        (404, {"message": "gone"}, "MissingThing", True),
        (409, {"message": "plain conflict"}, "SpecialConflict", True),
        # the code (x-errors code-fields) wins over the status
        (409, {"code": "SpecialConflict", "message": "coded"}, "SpecialConflict", True),
        (404, {"code": "SpecialConflict", "message": "coded elsewhere"}, "SpecialConflict", True),
        (500, {"code": "MissingThing", "message": "coded 5xx"}, "MissingThing", True),
        # a code no documented error names: named errors are skipped, the ladder decides
        (409, {"code": "other", "message": "other code"}, "ConflictError", False),
        (410, {"code": "other", "message": "other code"}, "APIStatusError", False),
        # the 4XX / 5XX ranges, then default
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
        with pytest.raises(kitchen.APIError) as caught:
            await client.things.fail(status=status)
        error = caught.value
        assert type(error) is getattr(kitchen, expected)
        assert isinstance(error.body, kitchen.models.Problem) is parsed
        if parsed:
            assert error.body.message == body["message"]
        else:
            assert error.body == body
        assert error.code == body.get("code")
        assert error.status_code == status
        assert str(error).endswith(f": {body['message']}")
        if "code" in body:
            assert f"({body['code']})" in str(error)

    harness.run(scenario)
    assert recorder.last.url.path == f"/v1/fail/{status}"


def test_named_errors_subclass_the_ladder(kitchen: ModuleType) -> None:
    assert issubclass(kitchen.MissingThing, kitchen.NotFoundError)
    assert issubclass(kitchen.SpecialConflict, kitchen.ConflictError)
    assert issubclass(kitchen.ServerProblem, kitchen.InternalServerError)
    assert issubclass(kitchen.OtherProblem, kitchen.APIStatusError)
    assert issubclass(kitchen.ClientProblem, kitchen.APIStatusError)


@pytest.mark.parametrize(
    ("status", "expected"),
    [(503, "InternalServerError"), (500, "InternalServerError"), (302, "APIStatusError"), (400, "BadRequestError")],
)
def test_unnamed_ranges_and_default(harness: Harness, kitchen: ModuleType, status: int, expected: str) -> None:
    recorder = Recorder(json_response(status, {"message": "range"}))

    async def scenario() -> None:
        client = harness.client(kitchen, token="t", handler=recorder, max_retries=0)
        with pytest.raises(kitchen.APIStatusError) as caught:
            await client.things.ranges(status=status)
        assert type(caught.value) is getattr(kitchen, expected)
        assert isinstance(caught.value.body, kitchen.models.Problem)
        assert caught.value.body.message == "range"

    harness.run(scenario)


@pytest.mark.parametrize(("status", "expected"), [(404, "NotFoundError"), (429, "RateLimitError")])
def test_unnamed_4xx_range_keeps_the_status_class(
    harness: Harness, kitchen: ModuleType, status: int, expected: str
) -> None:
    recorder = Recorder(json_response(status, {"message": "range"}))

    async def scenario() -> None:
        client = harness.client(kitchen, token="t", handler=recorder, max_retries=0)
        with pytest.raises(kitchen.APIStatusError) as caught:
            await client.things.ranges(status=status)
        assert isinstance(caught.value, getattr(kitchen, expected))
        assert not isinstance(caught.value, kitchen.BadRequestError)

    harness.run(scenario)


def test_slack_error_envelope(harness: Harness, slack: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"ok": False, "error": "invalid_auth", "warning": "w"}))

    async def scenario() -> None:
        client = harness.client(slack, token="xoxb-secret", handler=recorder)
        with pytest.raises(slack.APIEnvelopeError) as caught:
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
    recorder = Recorder(
        json_response(200, {"ok": True, "warning": "superfluous_charset"}),
        json_response(200, {"ok": False, "error": "invalid_arguments"}),
    )

    async def scenario() -> None:
        client = harness.client(slack, token="t", handler=recorder)
        result = await client.workflows.step_completed(workflow_step_execute_id="W", outputs={"a": 1})
        assert result.ok is True
        assert result.warning == "superfluous_charset"
        with pytest.raises(slack.APIEnvelopeError) as caught:
            await client.workflows.with_raw_response.update_step(workflow_step_edit_id="E")
        assert caught.value.code == "invalid_arguments"

    harness.run(scenario)


def test_error_envelope_with_message_field(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"ok": False, "error": "quota", "detail": "monthly quota used up"}),
        json_response(200, {"ok": False, "detail": ["a", "b"]}),
        json_response(200, {"ok": False, "error": "same", "detail": "same"}),
        json_response(200, {"ok": True, "detail": "fine"}),
        json_response(200, [{"ok": False, "itemName": "x"}]),
    )

    async def scenario() -> None:
        client = harness.client(kitchen, token="t", handler=recorder)
        with pytest.raises(kitchen.APIEnvelopeError) as caught:
            await client.things.plain_post()
        error = caught.value
        assert isinstance(error, kitchen.APIStatusError)
        assert error.code == "quota"
        assert error.status_code == 200
        assert error.body == {"ok": False, "error": "quota", "detail": "monthly quota used up"}
        assert str(error) == (
            "POST https://api.kitchen.test/v1/plain?_links=true -> 200 OK: ok is false (quota): monthly quota used up"
        )
        with pytest.raises(kitchen.APIEnvelopeError) as no_code:
            await client.things.plain_post()
        assert no_code.value.code is None
        assert str(no_code.value).endswith("-> 200 OK: ok is false: a; b")
        with pytest.raises(kitchen.APIEnvelopeError) as repeated:
            await client.things.plain_post()
        assert str(repeated.value).endswith(": ok is false (same)")
        assert await client.things.plain_post() == {"ok": True, "detail": "fine"}
        # only a JSON object is an envelope
        assert [i.model_extra for i in await client.things.items()] == [{"ok": False}]

    harness.run(scenario)
    assert len(recorder.requests) == 5


def test_response_validation_error(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"id": 5}), httpx.Response(200, content=b"{not json"))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        with pytest.raises(flowdash.APIError) as caught:
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
