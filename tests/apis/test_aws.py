"""AWS Customer Profiles GetWorkflowSteps (`customer_profiles`).

WIRE-FACTS §2: rest-json `GET /domains/{DomainName}/workflows/{WorkflowId}/steps` with the
query names `next-token` / `max-results`, no body, SigV4 with signing name `profile` on host
`profile.{region}.amazonaws.com`; errors carry their code in `x-amzn-ErrorType`
(`Code[:namespace]`) or the body's `__type`, and `{"Message"}` in the body.

The SigV4 `Authorization` header is compared for equality with botocore's own signer
(`botocore.auth.SigV4Auth`) signing the same request at the same frozen instant; the whole
boto3 client is compared in test_differential.py.
"""

from __future__ import annotations

import asyncio
import datetime
import importlib
from typing import Any
from unittest import mock

import botocore.auth
import customer_profiles
import httpx
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from customer_profiles import models as m

from .helpers import Api, Recorder, call, json_response

KEY = "AKIAIOSFODNN7EXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
API = Api(
    customer_profiles.CustomerProfiles,
    customer_profiles.AsyncCustomerProfiles,
    {"aws_access_key_id": KEY, "aws_secret_access_key": SECRET, "region": "eu-west-3"},
)
WHEN = datetime.datetime(2024, 2, 29, 23, 59, 58, tzinfo=datetime.UTC)
DOMAIN = "my-domain"
WORKFLOW = "4c1b9e0f7a2d4e6b8c3f5a7d9e1b2c4d"
STEPS_PATH = f"/domains/{DOMAIN}/workflows/{WORKFLOW}/steps"


def step(flow: str, status: str = "COMPLETE", records: int = 1250) -> dict[str, Any]:
    """One WorkflowStepItem as the service sends it (timestamps: epoch seconds as numbers)."""
    return {
        "AppflowIntegration": {
            "FlowName": flow,
            "Status": status,
            "ExecutionMessage": "Batch of records ingested successfully",
            "RecordsProcessed": records,
            "BatchRecordsStartTime": "2024-05-01T00:00:00Z",
            "BatchRecordsEndTime": "2024-05-02T00:00:00Z",
            "CreatedAt": 1714608000.123,
            "LastUpdatedAt": 1714611600.456,
        }
    }


PAGE = {
    "WorkflowId": WORKFLOW,
    "WorkflowType": "APPFLOW_INTEGRATION",
    "Items": [step("customer-profiles-salesforce-1a2b3c")],
    "NextToken": "eyJwYWdlIjoyfQ==",
}


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch: pytest.MonkeyPatch) -> None:
    """Sign every request at WHEN (the runtime's only source of wall-clock time)."""
    monkeypatch.setattr(importlib.import_module("customer_profiles._runtime._clock"), "now", lambda: WHEN)


def botocore_auth(
    request: httpx.Request, *, region: str, key: str = KEY, secret: str = SECRET, token: str | None = None
) -> dict[str, str]:
    """The headers botocore's SigV4Auth adds to the same GET, signed at WHEN with service `profile`."""
    aws = AWSRequest(method=request.method, url=str(request.url), headers={}, data=b"")
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=WHEN.replace(tzinfo=None)):
        SigV4Auth(Credentials(key, secret, token), "profile", region).add_auth(aws)
    names = ["Authorization", "X-Amz-Date"] + (["X-Amz-Security-Token"] if token else [])
    return {name: aws.headers[name] for name in names}


def signing_headers(request: httpx.Request) -> dict[str, str]:
    names = ("Authorization", "X-Amz-Date", "X-Amz-Security-Token")
    return {name: request.headers[name] for name in names if name in request.headers}


def test_get_workflow_steps(mode: str) -> None:
    api = Recorder(json_response(200, PAGE, {"x-amzn-RequestId": "0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b"}))
    page = call(
        mode,
        API,
        api,
        "workflows.get_workflow_steps",
        domain_name=DOMAIN,
        workflow_id=WORKFLOW,
        next_token="eyJwYWdlIjoyfQ==",
        max_results=50,
    )

    request = api.only
    assert request.method == "GET"
    assert str(request.url) == (
        f"https://profile.eu-west-3.amazonaws.com{STEPS_PATH}?next-token=eyJwYWdlIjoyfQ%3D%3D&max-results=50"
    )
    authorization = request.headers["Authorization"]
    assert authorization.startswith(f"AWS4-HMAC-SHA256 Credential={KEY}/20240229/eu-west-3/profile/aws4_request, ")
    assert "SignedHeaders=host;x-amz-date, Signature=" in authorization
    assert request.headers["X-Amz-Date"] == "20240229T235958Z"
    assert signing_headers(request) == botocore_auth(request, region="eu-west-3")
    assert "X-Amz-Security-Token" not in request.headers
    assert "X-Amz-Target" not in request.headers  # rest-json, not JSON-RPC (WIRE-FACTS §2.3)
    assert "Content-Type" not in request.headers
    assert request.content == b""

    assert isinstance(page, m.GetWorkflowStepsResponse)
    assert page.workflow_id == WORKFLOW
    assert page.workflow_type is m.WorkflowType.APPFLOW_INTEGRATION
    assert page.next_token == "eyJwYWdlIjoyfQ=="
    assert page.items is not None and len(page.items) == 1
    flow = page.items[0].appflow_integration
    assert isinstance(flow, m.AppflowIntegrationWorkflowStep)
    assert flow.flow_name == "customer-profiles-salesforce-1a2b3c"
    assert flow.status is m.Status.COMPLETE
    assert flow.execution_message == "Batch of records ingested successfully"
    assert flow.records_processed == 1250
    assert flow.batch_records_start_time == "2024-05-01T00:00:00Z"
    assert flow.batch_records_end_time == "2024-05-02T00:00:00Z"
    assert flow.created_at == 1714608000.123
    assert flow.last_updated_at == 1714611600.456


def test_last_page_without_next_token(mode: str) -> None:
    api = Recorder(json_response(200, {"WorkflowId": WORKFLOW, "WorkflowType": "APPFLOW_INTEGRATION", "Items": []}))
    page = call(mode, API, api, "workflows.get_workflow_steps", domain_name=DOMAIN, workflow_id=WORKFLOW)

    assert page.items == []
    assert page.next_token is None


def test_omitted_optional_arguments_are_not_sent(mode: str) -> None:
    api = Recorder(json_response(200, PAGE))
    call(mode, API, api, "workflows.get_workflow_steps", domain_name=DOMAIN, workflow_id=WORKFLOW)

    request = api.only
    assert request.url.raw_path == STEPS_PATH.encode()  # no query string at all
    assert signing_headers(request) == botocore_auth(request, region="eu-west-3")


def test_query_values_are_rfc3986_encoded(mode: str) -> None:
    # botocore: space -> %20 (never +), + -> %2B, / -> %2F, = -> %3D (WIRE-FACTS §2.1)
    api = Recorder(json_response(200, PAGE))
    call(mode, API, api, "workflows.get_workflow_steps", domain_name=DOMAIN, workflow_id=WORKFLOW, next_token="t=/+ &?")

    request = api.only
    assert request.url.query == b"next-token=t%3D%2F%2B%20%26%3F"
    assert signing_headers(request) == botocore_auth(request, region="eu-west-3")


ERRORS = [
    (400, "BadRequestException", customer_profiles.BadRequestException, m.BadRequestException, "Invalid workflow id"),
    (
        403,
        "AccessDeniedException",
        customer_profiles.AccessDeniedException,
        m.AccessDeniedException,
        "User is not authorized to perform profile:GetWorkflowSteps",
    ),
    (
        404,
        "ResourceNotFoundException",
        customer_profiles.ResourceNotFoundException,
        m.ResourceNotFoundException,
        "Workflow not found",
    ),
    (429, "ThrottlingException", customer_profiles.ThrottlingException, m.ThrottlingException, "Rate exceeded"),
    (
        500,
        "InternalServerException",
        customer_profiles.InternalServerException,
        m.InternalServerException,
        "Internal service error",
    ),
]


@pytest.mark.parametrize("namespace", ["", ":http://internal.amazon.com/coral/com.amazonaws.profile/"])
@pytest.mark.parametrize(("status", "code", "exception", "model", "message"), ERRORS)
def test_documented_errors(
    mode: str, status: int, code: str, exception: type[Exception], model: type[Any], message: str, namespace: str
) -> None:
    headers = {"x-amzn-ErrorType": code + namespace, "x-amzn-RequestId": "8e5f0a6b-1c2d-4e3f-9a8b-7c6d5e4f3a2b"}
    api = Recorder(json_response(status, {"Message": message}, headers))
    with pytest.raises(exception) as caught:
        call(
            mode,
            API,
            api,
            "workflows.get_workflow_steps",
            domain_name=DOMAIN,
            workflow_id=WORKFLOW,
            max_retries=0,
        )

    error = caught.value
    assert isinstance(error, customer_profiles.APIError)
    assert error.status_code == status
    assert error.code == code
    assert isinstance(error.body, model)
    assert error.body.message == message
    assert message in str(error)
    assert SECRET not in str(error)


def test_error_code_from_the_body_type_field(mode: str) -> None:
    body = {"__type": "com.amazonaws.profile#ResourceNotFoundException", "message": "Domain not found"}
    api = Recorder(json_response(404, body))
    with pytest.raises(customer_profiles.ResourceNotFoundException) as caught:
        call(mode, API, api, "workflows.get_workflow_steps", domain_name=DOMAIN, workflow_id=WORKFLOW)

    assert caught.value.code == "ResourceNotFoundException"
    assert caught.value.status_code == 404
    assert "Domain not found" in str(caught.value)


def test_unmodeled_error_code_is_not_mistaken_for_a_documented_one(mode: str) -> None:
    api = Recorder(
        json_response(
            403,
            {"message": "The security token included in the request is invalid."},
            {
                "x-amzn-ErrorType": "UnrecognizedClientException:http://internal.amazon.com/coral/com.amazon.coral.service/"
            },
        )
    )
    with pytest.raises(customer_profiles.PermissionDeniedError) as caught:
        call(mode, API, api, "workflows.get_workflow_steps", domain_name=DOMAIN, workflow_id=WORKFLOW)

    assert not isinstance(caught.value, customer_profiles.AccessDeniedException)
    assert caught.value.code == "UnrecognizedClientException"
    assert caught.value.body == {"message": "The security token included in the request is invalid."}


def test_throttling_is_retried_with_a_fresh_signature(mode: str, sleeps: list[float]) -> None:
    throttled = json_response(429, {"Message": "Rate exceeded"}, {"x-amzn-ErrorType": "ThrottlingException"})
    api = Recorder(throttled, json_response(200, PAGE))
    page = call(mode, API, api, "workflows.get_workflow_steps", domain_name=DOMAIN, workflow_id=WORKFLOW)

    assert page.next_token == "eyJwYWdlIjoyfQ=="
    assert len(api.requests) == 2 and len(sleeps) == 1
    assert all(signing_headers(r) == botocore_auth(r, region="eu-west-3") for r in api.requests)


def test_iter_get_workflow_steps_follows_next_token_over_three_pages(mode: str) -> None:
    pages = [
        {
            "WorkflowId": WORKFLOW,
            "WorkflowType": "APPFLOW_INTEGRATION",
            "Items": [step("f-1"), step("f-2")],
            "NextToken": "tok/1=",
        },
        {
            "WorkflowId": WORKFLOW,
            "WorkflowType": "APPFLOW_INTEGRATION",
            "Items": [step("f-3", "IN_PROGRESS")],
            "NextToken": "tok 2",
        },
        {"WorkflowId": WORKFLOW, "WorkflowType": "APPFLOW_INTEGRATION", "Items": [step("f-4", "FAILED", 0)]},
    ]
    api = Recorder(*(json_response(200, page) for page in pages))
    items = call(
        mode, API, api, "workflows.iter_get_workflow_steps", domain_name=DOMAIN, workflow_id=WORKFLOW, max_results=2
    )

    assert [item.appflow_integration.flow_name for item in items] == ["f-1", "f-2", "f-3", "f-4"]
    assert all(isinstance(item, m.WorkflowStepItem) for item in items)
    assert items[2].appflow_integration.status is m.Status.IN_PROGRESS
    assert [r.url.raw_path.decode() for r in api.requests] == [
        f"{STEPS_PATH}?max-results=2",
        f"{STEPS_PATH}?next-token=tok%2F1%3D&max-results=2",
        f"{STEPS_PATH}?next-token=tok%202&max-results=2",
    ]
    assert all(signing_headers(r) == botocore_auth(r, region="eu-west-3") for r in api.requests)


def test_iteration_is_lazy(mode: str) -> None:
    api = Recorder(json_response(200, PAGE))
    if mode == "sync":
        with API.sync(http_client=httpx.Client(transport=httpx.MockTransport(api)), **API.credentials) as client:
            client.workflows.iter_get_workflow_steps(domain_name=DOMAIN, workflow_id=WORKFLOW)
    else:

        async def main() -> None:
            async with (
                httpx.AsyncClient(transport=httpx.MockTransport(api)) as http,
                API.async_(http_client=http, **API.credentials) as client,
            ):
                client.workflows.iter_get_workflow_steps(domain_name=DOMAIN, workflow_id=WORKFLOW)

        asyncio.run(main())
    assert api.requests == []  # no request until the iteration starts


def test_path_parameters_are_one_encoded_segment(mode: str) -> None:
    awkward = "a b/c?d#e%"
    api = Recorder(json_response(200, PAGE))
    call(mode, API, api, "workflows.get_workflow_steps", domain_name=awkward, workflow_id=awkward)

    request = api.only
    segment = "a%20b%2Fc%3Fd%23e%25"
    assert request.url.raw_path == f"/domains/{segment}/workflows/{segment}/steps".encode()
    # botocore signs the path encoded once more (%2F -> %252F); the signatures agree.
    assert signing_headers(request) == botocore_auth(request, region="eu-west-3")


def test_credentials_and_region_from_environment(mode: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "ASIAENVEXAMPLE")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env/secret+key")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "FQoGZXIvYXdzEPT//////////token==")
    monkeypatch.setenv("AWS_REGION", "ap-southeast-2")
    api = Recorder(json_response(200, PAGE))
    no_arguments = {"aws_access_key_id": None, "aws_secret_access_key": None, "region": None}
    call(
        mode,
        API,
        api,
        "workflows.get_workflow_steps",
        client_options=no_arguments,
        domain_name=DOMAIN,
        workflow_id=WORKFLOW,
    )

    request = api.only
    assert request.url.host == "profile.ap-southeast-2.amazonaws.com"
    assert request.headers["X-Amz-Security-Token"] == "FQoGZXIvYXdzEPT//////////token=="
    assert "SignedHeaders=host;x-amz-date;x-amz-security-token, " in request.headers["Authorization"]
    assert signing_headers(request) == botocore_auth(
        request,
        region="ap-southeast-2",
        key="ASIAENVEXAMPLE",
        secret="env/secret+key",
        token="FQoGZXIvYXdzEPT//////////token==",
    )


def test_region_defaults_to_us_east_1_and_aws_default_region_is_read(
    mode: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    api = Recorder(json_response(200, PAGE), json_response(200, PAGE))
    call(
        mode,
        API,
        api,
        "workflows.get_workflow_steps",
        client_options={"region": None},
        domain_name=DOMAIN,
        workflow_id=WORKFLOW,
    )
    monkeypatch.setenv("AWS_DEFAULT_REGION", "eu-central-1")
    call(
        mode,
        API,
        api,
        "workflows.get_workflow_steps",
        client_options={"region": None},
        domain_name=DOMAIN,
        workflow_id=WORKFLOW,
    )

    default, from_env = api.requests
    assert default.url.host == "profile.us-east-1.amazonaws.com"
    assert "/us-east-1/profile/aws4_request" in default.headers["Authorization"]
    assert from_env.url.host == "profile.eu-central-1.amazonaws.com"
    assert signing_headers(from_env) == botocore_auth(from_env, region="eu-central-1")


def test_missing_credentials_fail_at_construction(mode: str) -> None:
    with pytest.raises(customer_profiles.MissingCredentialsError) as caught:
        call(
            mode,
            API,
            Recorder(),
            "workflows.get_workflow_steps",
            client_options={"aws_access_key_id": None, "aws_secret_access_key": None},
            domain_name=DOMAIN,
            workflow_id=WORKFLOW,
        )

    assert "AWS_ACCESS_KEY_ID" in str(caught.value)
