"""Differential tests: the same logical call through the official SDK and through our client,
and the two HTTP requests compared field by field.

How each SDK's request is captured without the network:

- novu-py takes an httpx client: both clients get an `httpx.MockTransport`.
- slack-sdk (urllib) and losant-rest (requests): a recording HTTP server on 127.0.0.1; our client
  is pointed at the same server with `base_url`.
- boto3: botocore's `before-send` event hands over the signed `AWSPreparedRequest` and answers it
  in-process; our client runs on a MockTransport. Both clocks are frozen at the same instant, so
  with the same credentials the SigV4 `Authorization` headers must be equal.

Compared: method, path (raw), query as a multiset of decoded pairs, body as parsed JSON and the
headers that matter on the wire. Intentional differences are normalised in the open or asserted
explicitly where they occur: SDK telemetry (User-Agent, amz-sdk-*), Novu's idempotency-key
format and the defaults novu-py sends on its own, JSON whitespace and `\\uXXXX` escapes, `+`
versus `%20` for a space in a query. Where the official SDK is wrong (novu-py and losant-rest put
a `/` of an id into the path unescaped, WIRE-FACTS §6.5), the test asserts both requests.
"""

from __future__ import annotations

import datetime
import importlib
import json
import os
import re
from collections import Counter
from collections.abc import Callable, Iterator
from typing import Any
from unittest import mock

import customer_profiles
import httpx
import losant_flow
import novu_workflows
import pytest
import slack_workflows

from .helpers import Loopback, Recorder, Seen, json_response, query_multiset

# -- shared ------------------------------------------------------------------------------------


@pytest.fixture
def loopback(monkeypatch: pytest.MonkeyPatch) -> Iterator[Loopback]:
    """A recording server on 127.0.0.1; no proxy from the environment gets in between."""
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    server = Loopback()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def json_or_none(body: bytes) -> Any:
    return json.loads(body) if body else None


def assert_same_seen(sdk: Seen, ours: Seen, headers: tuple[str, ...]) -> None:
    """Two requests received by the loopback server: the same on the wire, field by field."""
    assert ours.method == sdk.method
    assert ours.path == sdk.path
    assert query_multiset(ours.query) == query_multiset(sdk.query)
    assert json_or_none(ours.body) == json_or_none(sdk.body)
    for name in headers:
        assert ours.headers.get(name) == sdk.headers.get(name), name


# -- Slack: slack-sdk WebClient against the loopback server --------------------------------------

SLACK_TOKEN = "xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy"
SLACK_INPUTS = {
    "task_name": {"value": "{{workflow.name}}"},
    "task_author": {"value": "{{user}}", "skip_variable_replacement": False},
}
SLACK_OUTPUTS = [
    {"name": "task_name", "type": "text", "label": "Task name"},
    {"name": "task_author", "type": "user", "label": "Task author"},
]
# (slack-sdk method, Slack method, arguments: the same for both clients)
SLACK_CASES: dict[str, tuple[str, str, dict[str, Any]]] = {
    "step_completed": (
        "workflows_stepCompleted",
        "workflows.stepCompleted",
        {"workflow_step_execute_id": "1584548385012.1234567890", "outputs": {"task_name": "Onboard Ana", "who": "Zoë"}},
    ),
    "step_failed": (
        "workflows_stepFailed",
        "workflows.stepFailed",
        {"workflow_step_execute_id": "1584548385012.1234567890", "error": {"message": "Could not create the task"}},
    ),
    "update_step": (
        "workflows_updateStep",
        "workflows.updateStep",
        {
            "workflow_step_edit_id": "12345.98765.abcd2358fdea",
            "inputs": SLACK_INPUTS,
            "outputs": SLACK_OUTPUTS,
            # not named parameters of slack-sdk: they travel through **kwargs into the same body
            "step_name": "Create a task",
            "step_image_url": "https://example.com/images/task-step.png",
        },
    ),
}


def slack_sdk_call(server: Loopback, method: str, sdk_method: str, arguments: dict[str, Any]) -> Any:
    from slack_sdk import WebClient

    client = WebClient(token=SLACK_TOKEN, base_url=f"{server.url}/api/")
    # slack-sdk warns on every call of a retired method; expected here, not silenced globally.
    with pytest.warns(UserWarning, match=re.escape(f"{method} is deprecated")):
        return getattr(client, sdk_method)(**arguments)


@pytest.mark.parametrize("operation", SLACK_CASES)
def test_slack_same_request_as_slack_sdk(loopback: Loopback, operation: str) -> None:
    sdk_method, method, arguments = SLACK_CASES[operation]
    loopback.default = (200, {"ok": True, "warning": "superfluous_charset"})
    sdk_result = slack_sdk_call(loopback, method, sdk_method, arguments)
    with slack_workflows.SlackWorkflows(token=SLACK_TOKEN, base_url=loopback.url) as client:
        result = getattr(client.workflows, operation)(**arguments)
    sdk, ours = loopback.take()

    assert sdk.path == f"/api/{method}"
    # Body bytes differ only in JSON whitespace and `\u00eb` escapes (slack-sdk uses json.dumps).
    assert_same_seen(sdk, ours, ("authorization", "content-type"))
    assert ours.headers["content-type"] == "application/json;charset=utf-8"
    assert ours.headers["authorization"] == f"Bearer {SLACK_TOKEN}"
    assert result.ok is sdk_result["ok"] is True
    assert result.warning == sdk_result["warning"] == "superfluous_charset"


@pytest.mark.parametrize("operation", SLACK_CASES)
def test_slack_ok_false_is_an_error_for_both(loopback: Loopback, operation: str) -> None:
    from slack_sdk.errors import SlackApiError

    sdk_method, method, arguments = SLACK_CASES[operation]
    loopback.replies = [(200, {"ok": False, "error": "invalid_auth"})] * 2
    with pytest.raises(SlackApiError) as sdk_error:
        slack_sdk_call(loopback, method, sdk_method, arguments)
    with (
        pytest.raises(slack_workflows.APIEnvelopeError) as our_error,
        slack_workflows.SlackWorkflows(token=SLACK_TOKEN, base_url=loopback.url) as client,
    ):
        getattr(client.workflows, operation)(**arguments)

    assert our_error.value.code == sdk_error.value.response["error"] == "invalid_auth"
    assert our_error.value.status_code == sdk_error.value.response.status_code == 200


# -- AWS: boto3 with botocore's before-send event ---------------------------------------------

AWS_KEY = "AKIAIOSFODNN7EXAMPLE"
AWS_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
AWS_WHEN = datetime.datetime(2024, 2, 29, 23, 59, 58, tzinfo=datetime.UTC)
AWS_WORKFLOW = "4c1b9e0f7a2d4e6b8c3f5a7d9e1b2c4d"
AWS_PAGE = {
    "WorkflowId": AWS_WORKFLOW,
    "WorkflowType": "APPFLOW_INTEGRATION",
    "Items": [
        {
            "AppflowIntegration": {
                "FlowName": "customer-profiles-salesforce-1a2b3c",
                "Status": "COMPLETE",
                "ExecutionMessage": "Batch of records ingested successfully",
                "RecordsProcessed": 1250,
                "BatchRecordsStartTime": "2024-05-01T00:00:00Z",
                "BatchRecordsEndTime": "2024-05-02T00:00:00Z",
                "CreatedAt": 1714608000.123,
                "LastUpdatedAt": 1714611600.456,
            }
        }
    ],
    "NextToken": "eyJwYWdlIjoyfQ==",
}


class _Body:
    def __init__(self, content: bytes) -> None:
        self.content = content

    def stream(self, **_: Any) -> Iterator[bytes]:
        yield self.content


class Boto:
    """A boto3 `customer-profiles` client whose requests are captured and answered in-process."""

    def __init__(self, region: str, token: str | None, status: int, body: Any, headers: dict[str, str]) -> None:
        import boto3
        from botocore.awsrequest import AWSResponse

        self.requests: list[Any] = []

        def before_send(request: Any, **_: Any) -> Any:
            self.requests.append(request)
            answer = {"content-type": "application/json", **headers}
            return AWSResponse(request.url, status, answer, _Body(json.dumps(body).encode()))

        session = boto3.session.Session(
            aws_access_key_id=AWS_KEY, aws_secret_access_key=AWS_SECRET, aws_session_token=token, region_name=region
        )
        self.client = session.client("customer-profiles")
        self.client.meta.events.register("before-send.customer-profiles.GetWorkflowSteps", before_send)

    def headers(self, index: int = 0) -> dict[str, str]:
        raw = self.requests[index].headers
        return {k.lower(): v.decode() if isinstance(v, bytes) else v for k, v in raw.items()}


@pytest.fixture
def aws_frozen(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Both signers at the same instant; boto3 reads no file or instance metadata."""
    import botocore.auth

    monkeypatch.setenv("AWS_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", os.devnull)
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    monkeypatch.setattr(importlib.import_module("customer_profiles._runtime._clock"), "now", lambda: AWS_WHEN)
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=AWS_WHEN.replace(tzinfo=None)):
        yield


def our_aws(region: str, token: str | None, recorder: Recorder) -> customer_profiles.CustomerProfiles:
    return customer_profiles.CustomerProfiles(
        aws_access_key_id=AWS_KEY,
        aws_secret_access_key=AWS_SECRET,
        aws_session_token=token,
        region=region,
        http_client=httpx.Client(transport=httpx.MockTransport(recorder)),
    )


AWS_CASES = [
    pytest.param("eu-west-3", None, {"DomainName": "my-domain", "WorkflowId": AWS_WORKFLOW}, id="required-only"),
    pytest.param(
        "us-east-1",
        None,
        {"DomainName": "my-domain", "WorkflowId": AWS_WORKFLOW, "NextToken": "eyJwYWdlIjoyfQ==", "MaxResults": 50},
        id="all-arguments",
    ),
    pytest.param(
        "ap-southeast-2",
        "FQoGZXIvYXdzEPT//////////wEaDGV4YW1wbGUtdG9rZW4=",
        {"DomainName": "my-domain", "WorkflowId": AWS_WORKFLOW, "MaxResults": 1},
        id="session-token",
    ),
    # botocore escapes every reserved character of a label, `/` included (WIRE-FACTS §2.1): so do we.
    pytest.param(
        "eu-west-3",
        None,
        {"DomainName": "x y/z+ü", "WorkflowId": "a b/c?d#e%", "NextToken": "t=/+ &?"},
        id="awkward-values",
    ),
]


@pytest.mark.parametrize(("region", "token", "arguments"), AWS_CASES)
@pytest.mark.usefixtures("aws_frozen")
def test_aws_same_request_and_signature_as_boto3(region: str, token: str | None, arguments: dict[str, Any]) -> None:
    boto = Boto(region, token, 200, AWS_PAGE, {})
    boto_page = boto.client.get_workflow_steps(**arguments)
    recorder = Recorder(json_response(200, AWS_PAGE))
    with our_aws(region, token, recorder) as client:
        page = client.workflows.get_workflow_steps(
            domain_name=arguments["DomainName"],
            workflow_id=arguments["WorkflowId"],
            **({"next_token": arguments["NextToken"]} if "NextToken" in arguments else {}),
            **({"max_results": arguments["MaxResults"]} if "MaxResults" in arguments else {}),
        )

    (sdk,), ours = boto.requests, recorder.only
    sdk_headers = boto.headers()
    assert ours.method == sdk.method == "GET"
    assert str(ours.url) == sdk.url  # scheme, host, path and query string byte for byte
    assert query_multiset(ours.url.query) == query_multiset(httpx.URL(sdk.url).query)
    assert ours.headers["Authorization"] == sdk_headers["authorization"]
    assert ours.headers["X-Amz-Date"] == sdk_headers["x-amz-date"] == "20240229T235958Z"
    assert ours.headers.get("X-Amz-Security-Token") == sdk_headers.get("x-amz-security-token") == token
    assert sdk.body in (None, b"") and ours.content == b""
    assert "content-type" not in sdk_headers and "Content-Type" not in ours.headers
    # Only telemetry is left unshared: botocore's User-Agent and amz-sdk-invocation-id / -request.
    assert set(sdk_headers) - {"user-agent", "amz-sdk-invocation-id", "amz-sdk-request"} == {
        "authorization",
        "x-amz-date",
        *(["x-amz-security-token"] if token else []),
    }

    # The same page parses to the same values; boto3 turns the epoch numbers into datetimes.
    boto_step = boto_page["Items"][0]["AppflowIntegration"]
    step = page.items[0].appflow_integration
    assert page.next_token == boto_page["NextToken"] and page.workflow_id == boto_page["WorkflowId"]
    assert step.flow_name == boto_step["FlowName"] and step.status.value == boto_step["Status"]
    assert step.records_processed == boto_step["RecordsProcessed"]
    assert step.created_at == pytest.approx(boto_step["CreatedAt"].timestamp())
    assert step.last_updated_at == pytest.approx(boto_step["LastUpdatedAt"].timestamp())


@pytest.mark.usefixtures("aws_frozen")
def test_aws_errors_are_read_like_boto3() -> None:
    body = {"Message": "Workflow not found"}
    headers = {"x-amzn-ErrorType": "ResourceNotFoundException:http://internal.amazon.com/coral/com.amazonaws.profile/"}
    boto = Boto("eu-west-3", None, 404, body, headers)
    with pytest.raises(boto.client.exceptions.ResourceNotFoundException) as boto_error:
        boto.client.get_workflow_steps(DomainName="my-domain", WorkflowId=AWS_WORKFLOW)
    recorder = Recorder(json_response(404, body, headers))
    with (
        pytest.raises(customer_profiles.ResourceNotFoundException) as our_error,
        our_aws("eu-west-3", None, recorder) as client,
    ):
        client.workflows.get_workflow_steps(domain_name="my-domain", workflow_id=AWS_WORKFLOW)

    assert our_error.value.code == boto_error.value.response["Error"]["Code"] == "ResourceNotFoundException"
    assert our_error.value.body.message == boto_error.value.response["Error"]["Message"] == "Workflow not found"
    assert our_error.value.status_code == boto_error.value.response["ResponseMetadata"]["HTTPStatusCode"] == 404


# -- Novu: novu-py on an httpx MockTransport -----------------------------------------------------

NOVU_SECRET = "nv_sk_7c1f0e2d9b8a4c6e"
NOVU_WORKFLOW = {
    "name": "Welcome",
    "_id": "6859f1a2b3c4d5e6f7a8b9c0",
    "workflowId": "welcome-email",
    "slug": "welcome-email_wf_6859f1a2b3c4d5e6f7a8b9c0",
    "updatedAt": "2025-06-24T10:15:30.123Z",
    "createdAt": "2025-06-24T10:15:30.123Z",
    "tags": ["onboarding"],
    "active": True,
    "origin": "external",
    "status": "ACTIVE",
    "severity": "none",
    "steps": [],
    "preferences": {"default": {"all": {"enabled": True, "readOnly": False}, "channels": {"email": {"enabled": True}}}},
}
NOVU_LIST = {
    "workflows": [
        {
            "name": "Welcome",
            "updatedAt": "2025-06-24T10:15:30.123Z",
            "createdAt": "2025-06-24T10:15:30.123Z",
            "_id": "6859f1a2b3c4d5e6f7a8b9c0",
            "workflowId": "welcome-email",
            "slug": "welcome-email_wf_6859f1a2b3c4d5e6f7a8b9c0",
            "status": "ACTIVE",
            "origin": "external",
            "stepTypeOverviews": ["in_app"],
            "steps": [{"slug": "in-app_st_1", "type": "in_app"}],
        }
    ],
    "totalCount": 1,
}
# Arguments by Python name, passed unchanged to both clients (ours accepts the Python names of a
# body model too). Every field novu-py would fill in with a default is set, so the bodies must
# be equal; test_novu_sdk_defaults_are_the_only_body_difference covers the omitted case.
NOVU_PREFERENCES = {
    "user": {
        "all": {"enabled": True, "read_only": False},
        "channels": {"email": {"enabled": True}, "sms": {"enabled": False}},
    },
    "workflow": {"all": {"enabled": True, "read_only": True}, "channels": {"email": {"enabled": True}}},
}
NOVU_STEPS = [
    {
        "name": "In-App",
        "type": "in_app",
        "control_values": {
            "subject": "Welcome to Acme",
            "body": "Hi {{subscriber.firstName}}!",
            "disableOutputSanitization": False,
        },
    },
    {"name": "Wait a day", "type": "delay", "control_values": {"type": "regular", "amount": 1, "unit": "days"}},
]
NOVU_CREATE = {
    "name": "Welcome",
    "workflow_id": "welcome-email",
    "description": "Greets new users — in the app",
    "tags": ["onboarding"],
    "active": True,
    "is_translation_enabled": False,
    "source": "dashboard",
    "steps": NOVU_STEPS,
    "preferences": NOVU_PREFERENCES,
    "payload_schema": None,
}
NOVU_UPDATE = {
    "name": "Welcome",
    "steps": [{**NOVU_STEPS[0], "_id": "6859f1a2b3c4d5e6f7a8b9c1", "step_id": "in-app"}],
    "preferences": NOVU_PREFERENCES,
    "active": False,
    "is_translation_enabled": True,
    "origin": "external",
}

Call = Callable[[Any, str], Any]
# operation -> (novu-py call, our call, the response both get); a call gets the client and the workflow id
NOVU_CASES: dict[str, tuple[Call, Call, httpx.Response]] = {
    "create": (
        lambda sdk, _: sdk.workflows.create(create_workflow_dto=NOVU_CREATE),
        lambda ours, _: ours.workflows.create(body=NOVU_CREATE),
        json_response(201, {"data": NOVU_WORKFLOW}),
    ),
    "list": (
        lambda sdk, _: sdk.workflows.list(
            request={
                "limit": 10,
                "offset": 0,
                "order_direction": "DESC",
                "order_by": "updatedAt",
                "query": "welcome mail",
                "tags": ["onboarding", "t 2"],
                "status": ["ACTIVE", "ERROR"],
            }
        ),
        lambda ours, _: ours.workflows.list(
            limit=10,
            offset=0,
            order_direction="DESC",
            order_by="updatedAt",
            query="welcome mail",
            tags=["onboarding", "t 2"],
            status=["ACTIVE", "ERROR"],
        ),
        json_response(200, {"data": NOVU_LIST}),
    ),
    "update": (
        lambda sdk, wid: sdk.workflows.update(workflow_id=wid, update_workflow_dto=NOVU_UPDATE),
        lambda ours, wid: ours.workflows.update(workflow_id=wid, body=NOVU_UPDATE),
        json_response(200, {"data": NOVU_WORKFLOW}),
    ),
    "get": (
        lambda sdk, wid: sdk.workflows.get(workflow_id=wid, environment_id="6859f0e1b3c4d5e6f7a8b900"),
        lambda ours, wid: ours.workflows.get(workflow_id=wid, environment_id="6859f0e1b3c4d5e6f7a8b900"),
        json_response(200, {"data": NOVU_WORKFLOW}),
    ),
    "delete": (
        lambda sdk, wid: sdk.workflows.delete(workflow_id=wid),
        lambda ours, wid: ours.workflows.delete(workflow_id=wid),
        httpx.Response(204),
    ),
    "patch": (
        lambda sdk, wid: sdk.workflows.patch(
            workflow_id=wid, patch_workflow_dto={"active": False, "tags": ["onboarding", "paused"]}
        ),
        lambda ours, wid: ours.workflows.patch(
            workflow_id=wid, body={"active": False, "tags": ["onboarding", "paused"]}
        ),
        json_response(200, {"data": NOVU_WORKFLOW}),
    ),
    "sync": (
        lambda sdk, wid: sdk.workflows.sync(
            workflow_id=wid, sync_workflow_dto={"target_environment_id": "6859f0e1b3c4d5e6f7a8b900"}
        ),
        lambda ours, wid: ours.workflows.sync(
            workflow_id=wid, body={"target_environment_id": "6859f0e1b3c4d5e6f7a8b900"}
        ),
        json_response(200, {"data": NOVU_WORKFLOW}),
    ),
}


def novu_requests(
    sdk_call: Call, our_call: Call, response: httpx.Response, workflow_id: str = "welcome-email"
) -> tuple[httpx.Request, httpx.Request, Any, Any]:
    """Send the call through novu-py and through our client; both requests and both results."""
    import novu_py

    sdk_recorder, our_recorder = Recorder(default=response), Recorder(default=response)
    sdk = novu_py.Novu(
        secret_key=NOVU_SECRET,
        server_url="https://api.novu.co",
        client=httpx.Client(transport=httpx.MockTransport(sdk_recorder)),
    )
    sdk_result = sdk_call(sdk, workflow_id)
    with novu_workflows.Novu(
        secret_key=NOVU_SECRET, http_client=httpx.Client(transport=httpx.MockTransport(our_recorder))
    ) as ours:
        result = our_call(ours, workflow_id)
    # novu-py wraps each result with the response headers: `.result` is the parsed body.
    return sdk_recorder.only, our_recorder.only, getattr(sdk_result, "result", sdk_result), result


def numbers_as_floats(pairs: Counter[tuple[str, str]]) -> Counter[tuple[str, str]]:
    """novu-py types limit/offset as float (`limit=10.0`); ours sends what the caller gave (10)."""
    return Counter({(k, str(float(v)) if k in ("limit", "offset") else v): n for (k, v), n in pairs.items()})


@pytest.mark.parametrize("workflow_id", ["welcome-email", "welcome email"])  # a space: %20 from both
@pytest.mark.parametrize("operation", NOVU_CASES)
def test_novu_same_request_as_novu_py(operation: str, workflow_id: str) -> None:
    sdk, ours, sdk_result, result = novu_requests(*NOVU_CASES[operation], workflow_id=workflow_id)

    assert ours.method == sdk.method
    assert ours.url.scheme == sdk.url.scheme and ours.url.host == sdk.url.host
    assert ours.url.path == sdk.url.path
    assert numbers_as_floats(query_multiset(ours.url.query)) == numbers_as_floats(query_multiset(sdk.url.query))
    assert json_or_none(ours.content) == json_or_none(sdk.content)
    for name in ("Authorization", "Accept", "Content-Type"):
        assert ours.headers.get(name) == sdk.headers.get(name), name
    assert ours.headers["Authorization"] == f"ApiKey {NOVU_SECRET}"
    # Both send an idempotency key although none was given; only the format differs (novu-py:
    # 13-digit milliseconds + 9 random characters; ours: a UUID).
    assert sdk.headers["idempotency-key"] and ours.headers["idempotency-key"]
    if operation == "delete":
        assert result is None
    elif operation == "list":
        assert result.total_count == sdk_result.total_count == 1
        assert [w.workflow_id for w in result.workflows] == [w.workflow_id for w in sdk_result.workflows]
    else:
        assert (result.id, result.workflow_id, result.status.value) == (
            sdk_result.id,
            sdk_result.workflow_id,
            sdk_result.status.value,
        )


def test_novu_list_numbers_and_spaces_as_each_client_writes_them() -> None:
    sdk, ours, _, _ = novu_requests(*NOVU_CASES["list"])

    # The known, intentional differences of the raw query (WIRE-FACTS §3.1): novu-py writes the
    # float-typed limit/offset as 10.0/0.0 and a space as `+`; ours writes what the caller gave
    # and `%20`. The server reads the same values.
    assert sdk.url.query.decode().startswith(
        "limit=10.0&offset=0.0&orderDirection=DESC&orderBy=updatedAt&query=welcome+mail"
    )
    assert ours.url.query.decode().startswith(
        "limit=10&offset=0&orderDirection=DESC&orderBy=updatedAt&query=welcome%20mail"
    )


def test_novu_sdk_defaults_are_the_only_body_difference() -> None:
    # Minimal bodies: novu-py fills in its model defaults (WIRE-FACTS §3.4); we send only what
    # the caller set and leave the defaults to the server.
    create = {
        "name": "Welcome",
        "workflow_id": "welcome-email",
        "steps": [],
        "preferences": {"user": {"all": {}, "channels": {"email": {}}}},
    }
    update = {"name": "Welcome", "steps": [], "preferences": {}}
    sdk_create, our_create, _, _ = novu_requests(
        lambda sdk, _: sdk.workflows.create(create_workflow_dto=create),
        lambda ours, _: ours.workflows.create(body=create),
        json_response(201, {"data": NOVU_WORKFLOW}),
    )
    sdk_update, our_update, _, _ = novu_requests(
        lambda sdk, wid: sdk.workflows.update(workflow_id=wid, update_workflow_dto=update),
        lambda ours, wid: ours.workflows.update(workflow_id=wid, body=update),
        json_response(200, {"data": NOVU_WORKFLOW}),
    )

    ours = json.loads(our_create.content)
    assert ours == {
        "name": "Welcome",
        "workflowId": "welcome-email",
        "steps": [],
        "preferences": {"user": {"all": {}, "channels": {"email": {}}}},
    }
    assert json.loads(sdk_create.content) == {
        **ours,
        "active": False,
        "isTranslationEnabled": False,
        "__source": "editor",
        "preferences": {
            "user": {"all": {"enabled": True, "readOnly": False}, "channels": {"email": {"enabled": True}}}
        },
    }
    assert json.loads(our_update.content) == {"name": "Welcome", "steps": [], "preferences": {}}
    assert json.loads(sdk_update.content) == {
        **json.loads(our_update.content),
        "active": False,
        "isTranslationEnabled": False,
    }


@pytest.mark.parametrize("operation", ["update", "get", "delete", "patch", "sync"])
def test_novu_slash_in_an_id_novu_py_is_wrong_we_are_right(operation: str) -> None:
    # WIRE-FACTS §3.1 and §6.5: novu-py substitutes {workflowId} without percent-encoding, so a `/`
    # in an id becomes a new path segment (httpx still escapes the space). We send one segment.
    sdk, ours, _, _ = novu_requests(*NOVU_CASES[operation], workflow_id="x y/z")
    suffix = "/sync" if operation == "sync" else ""
    assert sdk.url.raw_path.split(b"?")[0] == f"/v2/workflows/x%20y/z{suffix}".encode()  # wrong: 2 segments
    assert ours.url.raw_path.split(b"?")[0] == f"/v2/workflows/x%20y%2Fz{suffix}".encode()  # right: 1 segment


# -- Losant: losant-rest against the loopback server ---------------------------------------------

LOSANT_TOKEN = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI1NzVlY2VjNTdhZTE0M2NkODNkYzRhOWEifQ.c2lnbmF0dXJl"
APP = "575ec8687ae143cd83dc4a97"
FLOW = "575ed18f7ae143cd83dc4aa6"
DEVICE = "575ed18f7ae143cd83dc4bb6"
# action -> (losant-rest keyword arguments besides the ids, ours, the 200 body both get)
LOSANT_CASES: dict[str, tuple[dict[str, Any], dict[str, Any], Any]] = {
    "clear_storage_entries": ({}, {}, {}),
    "delete": ({}, {}, {"success": True}),
    "errors": (
        {
            "duration": "86400000",
            "end": "0",
            "limit": "25",
            "sortDirection": "desc",
            "flowVersion": "develop",
            "deviceId": DEVICE,
        },
        {
            "duration": "86400000",
            "end": "0",
            "limit": "25",
            "sort_direction": "desc",
            "flow_version": "develop",
            "device_id": DEVICE,
        },
        {"limit": 25, "sortDirection": "desc", "errors": []},
    ),
    "get": ({"includeCustomNodes": "true"}, {"include_custom_nodes": "true"}, {"id": FLOW, "name": "My Workflow"}),
    "get_log_entries": ({"limit": "10", "since": "1465790400000"}, {"limit": "10", "since": "1465790400000"}, []),
    "get_storage_entries": ({}, {}, {"lastValue": 42}),
    "get_storage_entries_metadata": ({}, {}, {"memoryUsed": 54, "keysCount": 2}),
    "patch": (
        {
            "flow": {"name": "My Updated Workflow", "enabled": False, "globals": [{"key": "threshold", "json": "42"}]},
            "includeCustomNodes": "true",
            "strictValidation": "true",
        },
        {
            "flow": {"name": "My Updated Workflow", "enabled": False, "globals": [{"key": "threshold", "json": "42"}]},
            "include_custom_nodes": "true",
            "strict_validation": "true",
        },
        {"id": FLOW, "name": "My Updated Workflow"},
    ),
    "press_virtual_button": (
        {"button": {"key": f"{FLOW}-ylsSH5NqRl", "payload": {"reason": "manual test", "temp°": 21.5}}},
        {"button": {"key": f"{FLOW}-ylsSH5NqRl", "payload": {"reason": "manual test", "temp°": 21.5}}},
        {"success": True},
    ),
    "set_storage_entry": (
        {"entry": {"key": "lastValue", "value": {"n": 42}}},
        {"entry": {"key": "lastValue", "value": {"n": 42}}},
        {"success": True},
    ),
    "stats": (
        {"duration": "86400000", "end": "0", "resolution": "3600000", "flowVersion": "develop", "deviceId": DEVICE},
        {"duration": "86400000", "end": "0", "resolution": "3600000", "flow_version": "develop", "device_id": DEVICE},
        {"resolution": 3600000, "metrics": []},
    ),
}
LOSANT_HEADERS = ("authorization", "accept", "accept-version", "losantdomain", "content-type")


def losant_both(
    server: Loopback, action: str, app: str, flow: str, sdk_kwargs: dict[str, Any], our_kwargs: dict[str, Any]
) -> tuple[Seen, Seen]:
    import losant_rest

    sdk = losant_rest.Client(auth_token=LOSANT_TOKEN, url=server.url)
    getattr(sdk.flow, action)(applicationId=app, flowId=flow, **sdk_kwargs)
    with losant_flow.Losant(access_token=LOSANT_TOKEN, base_url=server.url) as ours:
        getattr(ours.flow, action)(application_id=app, flow_id=flow, **our_kwargs)
    sdk_seen, our_seen = server.take()
    return sdk_seen, our_seen


@pytest.mark.parametrize("domain", [None, "example.com"])
@pytest.mark.parametrize("action", LOSANT_CASES)
def test_losant_same_request_as_losant_rest(loopback: Loopback, action: str, domain: str | None) -> None:
    sdk_kwargs, our_kwargs, reply = LOSANT_CASES[action]
    extra = {"losantdomain": domain} if domain else {}
    loopback.default = (200, reply)
    sdk, ours = losant_both(loopback, action, APP, FLOW, {**sdk_kwargs, **extra}, {**our_kwargs, **extra})

    assert sdk.path.startswith(f"/applications/{APP}/flows/{FLOW}")
    # Both start the query with the HAL defaults, in the same order.
    assert sdk.query.startswith("_actions=false&_links=true&_embedded=true")
    assert ours.query.startswith("_actions=false&_links=true&_embedded=true")
    # Body bytes differ only in JSON whitespace and `\u00b0` escapes (requests uses json.dumps).
    assert_same_seen(sdk, ours, LOSANT_HEADERS)
    assert ours.headers["accept-version"] == "^1.31.0"
    assert ours.headers.get("losantdomain") == domain


def test_losant_errors_are_read_like_losant_rest(loopback: Loopback) -> None:
    import losant_rest

    error = {"type": "NotFound", "message": "Flow was not found"}
    loopback.default = (404, error)
    with pytest.raises(losant_rest.LosantError) as sdk_error:
        losant_rest.Client(auth_token=LOSANT_TOKEN, url=loopback.url).flow.get(applicationId=APP, flowId=FLOW)
    with (
        pytest.raises(losant_flow.NotFoundError) as our_error,
        losant_flow.Losant(access_token=LOSANT_TOKEN, base_url=loopback.url) as ours,
    ):
        ours.flow.get(application_id=APP, flow_id=FLOW)

    assert our_error.value.status_code == sdk_error.value.status == 404
    assert our_error.value.body.model_dump(exclude_unset=True) == sdk_error.value.data == error


def test_losant_slash_in_an_id_losant_rest_is_wrong_we_are_right(loopback: Loopback) -> None:
    # WIRE-FACTS §4.1 and §6.5: losant-rest fills the path with str.format, unescaped; requests then
    # escapes the space but keeps the `/`, so the path gains a segment. We send one segment each.
    sdk, ours = losant_both(loopback, "get_storage_entries", "x y/z", "f/1", {}, {})

    assert sdk.path == "/applications/x%20y/z/flows/f/1/storage"  # wrong: 6 segments
    assert ours.path == "/applications/x%20y%2Fz/flows/f%2F1/storage"  # right: 4 segments
    assert query_multiset(sdk.query) == query_multiset(ours.query)
