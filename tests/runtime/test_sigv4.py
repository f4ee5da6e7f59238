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


def test_region_and_credentials_from_environment(customer_profiles: ModuleType, monkeypatch: Any) -> None:
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAENV")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "env-secret")
    monkeypatch.setenv("AWS_SESSION_TOKEN", "env-token")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "ap-southeast-2")
    recorder = Recorder(json_response(200, {}))
    client = customer_profiles.CustomerProfiles(http_client=httpx.Client(transport=httpx.MockTransport(recorder)))
    with _frozen(customer_profiles):
        client.workflows.get_workflow_steps(domain_name="d", workflow_id="w")
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


# -- property test: many awkward requests through the runtime, each compared to botocore --

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


def _signing_client(package: ModuleType, handler: Recorder, token: str | None, region: str) -> Any:
    runtime = runtime_of(package)
    spec_mod = runtime._spec
    spec = spec_mod.ClientSpec(
        package="sigv4test",
        version="0",
        base_url="https://svc.{region}.amazonaws.com/base",
        server_variables=(spec_mod.ServerVariable(name="region", wire="region", default="x"),),
        auth=(spec_mod.AuthSpec(scheme="sig", kind="sigv4", service="execute-api", region_variable="region"),),
    )
    return runtime.SyncAPIClient(
        spec,
        credentials={
            "aws_access_key_id": KEY,
            "aws_secret_access_key": SECRET,
            "aws_session_token": token,
        },
        server_variables={"region": region},
        http_client=httpx.Client(transport=httpx.MockTransport(handler)),
    )


def _operations(package: ModuleType) -> dict[str, Any]:
    spec_mod = runtime_of(package)._spec
    params = (
        spec_mod.ParamSpec(name="first", wire="First", location="path"),
        spec_mod.ParamSpec(name="second", wire="second", location="path"),
        spec_mod.ParamSpec(name="tags", wire="tag", location="query", style="form", explode=True),
        spec_mod.ParamSpec(name="token", wire="next-token", location="query"),
        spec_mod.ParamSpec(name="note", wire="X-Amz-Meta-Note", location="header"),
        spec_mod.ParamSpec(name="custom", wire="X-Custom", location="header"),
    )
    ops = {}
    for method in ("GET", "DELETE", "POST", "PUT", "PATCH"):
        body = (
            spec_mod.BodySpec(media_type="application/json", name="payload")
            if method in ("POST", "PUT", "PATCH")
            else None
        )
        ops[method] = spec_mod.Operation(
            id=f"op{method}",
            method=method,
            path="/things/{First}/sub/{second}",
            params=params,
            body=body,
            response=dict[str, Any],
            security=(("sig",),),
        )
    return ops


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    method=st.sampled_from(["GET", "DELETE", "POST", "PUT", "PATCH"]),
    first=st.text(min_size=1, max_size=12),
    second=st.text(min_size=1, max_size=12),
    tags=st.lists(st.text(max_size=8), max_size=3),
    token=st.one_of(st.none(), st.text(max_size=12)),
    note=st.one_of(st.none(), _header_text),
    custom=st.one_of(st.none(), _header_text),
    payload=_json,
    session_token=st.one_of(
        st.none(),
        st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789/+=", min_size=1),
    ),
    region=st.sampled_from(["us-east-1", "eu-central-1", "ap-southeast-2", "cn-north-1"]),
)
def test_sigv4_matches_botocore(
    customer_profiles: ModuleType,
    method: str,
    first: str,
    second: str,
    tags: list[str],
    token: str | None,
    note: str | None,
    custom: str | None,
    payload: Any,
    session_token: str | None,
    region: str,
) -> None:
    recorder = Recorder(json_response(200, {}))
    client = _signing_client(customer_profiles, recorder, session_token, region)
    op = _operations(customer_profiles)[method]
    args = {
        "first": first,
        "second": second,
        "tags": tags,
        "token": token,
        "note": note,
        "custom": custom,
        "payload": payload,
    }
    with _frozen(customer_profiles):
        client.request(op, args)
    request = recorder.last
    assert ours(request) == botocore_headers(request, token=session_token, region=region, service="execute-api")
    # the request that was signed is the request that was built from the arguments
    if method in ("POST", "PUT", "PATCH"):
        assert json.loads(request.content) == payload
        assert "content-type;host;" in request.headers["Authorization"]
    if note is not None:
        assert "x-amz-meta-note" in request.headers["Authorization"]
