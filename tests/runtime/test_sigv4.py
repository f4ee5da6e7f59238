"""AWS SigV4: the runtime signs exactly as botocore's SigV4Auth does (frozen clock)."""

from __future__ import annotations

import datetime
import json
from types import ModuleType
from typing import Any
from unittest import mock

import botocore.auth
import httpx
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .helpers import Harness, Recorder, json_response, runtime_of

WHEN = datetime.datetime(2024, 2, 29, 23, 59, 58, tzinfo=datetime.UTC)
KEY = "AKIDEXAMPLE"
SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"

# What a botocore rest-json request carries when it is signed: no Accept, no User-Agent
# (botocore never signs it), no Content-Length (added after signing), Host from the URL.
_NOT_IN_BOTOCORE_REQUEST = {
    "authorization",
    "x-amz-date",
    "x-amz-security-token",
    "host",
    "accept",
    "accept-encoding",
    "content-length",
    "connection",
    "user-agent",
}


def botocore_headers(
    request: httpx.Request,
    *,
    token: str | None,
    region: str,
    service: str,
    key: str = KEY,
    secret: str = SECRET,
) -> dict[str, str]:
    """The headers botocore adds when signing the same request at the same instant."""
    headers = {name: value for name, value in request.headers.items() if name.lower() not in _NOT_IN_BOTOCORE_REQUEST}
    aws = AWSRequest(method=request.method, url=str(request.url), headers=headers, data=request.content)
    with mock.patch.object(botocore.auth, "get_current_datetime", return_value=WHEN.replace(tzinfo=None)):
        SigV4Auth(Credentials(key, secret, token), service, region).add_auth(aws)
    added = {"Authorization": aws.headers["Authorization"], "X-Amz-Date": aws.headers["X-Amz-Date"]}
    if token:
        added["X-Amz-Security-Token"] = aws.headers["X-Amz-Security-Token"]
    return added


def ours(request: httpx.Request) -> dict[str, str]:
    names = ("Authorization", "X-Amz-Date", "X-Amz-Security-Token")
    return {name: request.headers[name] for name in names if name in request.headers}


def _frozen(package: ModuleType) -> Any:
    return mock.patch.object(runtime_of(package)._clock, "now", return_value=WHEN)


def test_sigv4_vanilla_vector(customer_profiles: ModuleType) -> None:
    # AWS SigV4 test suite, "get-vanilla"
    sigv4 = runtime_of(customer_profiles)._sigv4
    added = sigv4.sign(
        method="GET",
        url="https://example.amazonaws.com/",
        headers={"Host": "example.amazonaws.com"},
        body=b"",
        access_key=KEY,
        secret_key=SECRET,
        session_token=None,
        region="us-east-1",
        service="service",
        timestamp=datetime.datetime(2015, 8, 30, 12, 36, 0, tzinfo=datetime.UTC),
    )
    assert added == {
        "X-Amz-Date": "20150830T123600Z",
        "Authorization": (
            "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
            "SignedHeaders=host;x-amz-date, "
            "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31"
        ),
    }


def test_get_workflow_steps_is_signed_like_botocore(harness: Harness, customer_profiles: ModuleType) -> None:
    recorder = Recorder(json_response(200, {"Items": []}), json_response(200, {"Items": []}))

    async def scenario() -> None:
        plain = harness.client(
            customer_profiles,
            aws_access_key_id=KEY,
            aws_secret_access_key=SECRET,
            region="eu-west-3",
            handler=recorder,
        )
        await plain.workflows.get_workflow_steps(
            domain_name="x y/z+ü", workflow_id="a" * 32, next_token="t=/+ ", max_results=5
        )
        session = harness.client(
            customer_profiles,
            aws_access_key_id=KEY,
            aws_secret_access_key=SECRET,
            aws_session_token="FQoG//token+=",
            handler=recorder,
        )
        await session.workflows.get_workflow_steps(domain_name="d", workflow_id="w")

    with _frozen(customer_profiles):
        harness.run(scenario)
    first, second = recorder.requests
    assert first.url.raw_path.decode() == (
        "/domains/x%20y%2Fz%2B%C3%BC/workflows/" + "a" * 32 + "/steps?next-token=t%3D%2F%2B%20&max-results=5"
    )
    assert first.url.host == "profile.eu-west-3.amazonaws.com"
    assert ours(first) == botocore_headers(first, token=None, region="eu-west-3", service="profile")
    assert "SignedHeaders=host;x-amz-date," in first.headers["Authorization"]
    assert "/20240229/eu-west-3/profile/aws4_request" in first.headers["Authorization"]
    assert first.headers["X-Amz-Date"] == "20240229T235958Z"
    assert "Content-Type" not in first.headers
    assert second.url.host == "profile.us-east-1.amazonaws.com"
    assert second.headers["X-Amz-Security-Token"] == "FQoG//token+="
    assert "SignedHeaders=host;x-amz-date;x-amz-security-token," in second.headers["Authorization"]
    assert ours(second) == botocore_headers(second, token="FQoG//token+=", region="us-east-1", service="profile")


def test_region_and_credentials_from_environment(
    harness: Harness, customer_profiles: ModuleType, monkeypatch: Any
) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "env-token")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-southeast-2")
    recorder = Recorder(json_response(200, {}))

    async def scenario() -> None:
        client = harness.client(customer_profiles, handler=recorder)
        await client.workflows.get_workflow_steps(domain_name="d", workflow_id="w")

    with _frozen(customer_profiles):
        harness.run(scenario)
    request = recorder.last
    assert request.url.host == "profile.ap-southeast-2.amazonaws.com"
    assert request.headers["X-Amz-Security-Token"] == "env-token"
    assert ours(request) == botocore_headers(
        request,
        token="env-token",
        region="ap-southeast-2",
        service="profile",
        key="AKIAENV",
        secret="env-secret",
    )


# -- property tests: many awkward requests through the generated clients, each compared to botocore --

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**53), max_value=2**53)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(st.text(max_size=6), children, max_size=3),
    max_leaves=8,
)
_header_text = st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=16).map(
    lambda s: s.strip() or "v"
)
_session_tokens = st.one_of(
    st.none(),
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+=", min_size=1),
)
_regions = st.sampled_from(["us-east-1", "eu-central-1", "ap-southeast-2", "cn-north-1"])
_PROPERTY = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _signed(harness: Harness, package: ModuleType, call: Any, **client_args: Any) -> httpx.Request:
    """Send one request with `call(client)` (a coroutine) on a fresh client; the request sent."""
    recorder = Recorder(json_response(200, {}))

    async def scenario() -> None:
        client = harness.client(
            package, aws_access_key_id=KEY, aws_secret_access_key=SECRET, handler=recorder, **client_args
        )
        await call(client)

    with _frozen(package):
        harness.run(scenario)
    return recorder.last


@_PROPERTY
@given(
    domain_name=st.text(min_size=1, max_size=12),
    workflow_id=st.text(min_size=1, max_size=12),
    next_token=st.one_of(st.none(), st.text(max_size=12)),
    max_results=st.one_of(st.none(), st.integers(min_value=1, max_value=100)),
    session_token=_session_tokens,
    region=_regions,
)
def test_get_workflow_steps_signature_matches_botocore(
    harness: Harness,
    customer_profiles: ModuleType,
    domain_name: str,
    workflow_id: str,
    next_token: str | None,
    max_results: int | None,
    session_token: str | None,
    region: str,
) -> None:
    optional = {"next_token": next_token, "max_results": max_results}
    arguments = {name: value for name, value in optional.items() if value is not None}

    async def call(client: Any) -> None:
        await client.workflows.get_workflow_steps(domain_name=domain_name, workflow_id=workflow_id, **arguments)

    request = _signed(harness, customer_profiles, call, aws_session_token=session_token, region=region)
    assert request.url.host == f"profile.{region}.amazonaws.com"
    assert ours(request) == botocore_headers(request, token=session_token, region=region, service="profile")


_METHODS = {"GET": "get", "DELETE": "delete", "POST": "create", "PUT": "replace", "PATCH": "update"}


@_PROPERTY
@given(
    method=st.sampled_from(sorted(_METHODS)),
    first=st.text(min_size=1, max_size=12),
    second=st.text(min_size=1, max_size=12),
    tags=st.lists(st.text(max_size=8), max_size=3),
    next_token=st.one_of(st.none(), st.text(max_size=12)),
    note=st.one_of(st.none(), _header_text),
    custom=st.one_of(st.none(), _header_text),
    payload=_json,
    session_token=_session_tokens,
    region=_regions,
)
def test_sigv4_matches_botocore(
    harness: Harness,
    kitchen: ModuleType,
    method: str,
    first: str,
    second: str,
    tags: list[str],
    next_token: str | None,
    note: str | None,
    custom: str | None,
    payload: Any,
    session_token: str | None,
    region: str,
) -> None:
    optional = {"next_token": next_token, "note": note, "custom": custom}
    arguments: dict[str, Any] = {name: value for name, value in optional.items() if value is not None}
    if method in ("POST", "PUT", "PATCH"):
        arguments["payload"] = payload

    async def call(client: Any) -> None:
        operation = getattr(client.signed, _METHODS[method])
        await operation(first=first, second=second, tags=tags, **arguments)

    request = _signed(harness, kitchen, call, aws_session_token=session_token, environment=region)
    assert request.method == method
    assert request.url.host == f"{region}.kitchen.test"
    assert ours(request) == botocore_headers(request, token=session_token, region=region, service="execute-api")
    # the request that was signed is the request that was built from the arguments
    assert request.url.raw_path.startswith(b"/v1/signed/")
    if method in ("POST", "PUT", "PATCH"):
        assert json.loads(request.content) == payload
        assert "content-type;host;" in request.headers["Authorization"]
    else:
        assert request.content == b""
    # the spec's default headers are signed too
    assert ";x-default" in request.headers["Authorization"]
    if note is not None:
        assert "x-amz-meta-note" in request.headers["Authorization"]
