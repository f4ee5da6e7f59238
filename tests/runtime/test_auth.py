"""Credentials: each security scheme on the wire, environment fallback, missing credentials."""

from __future__ import annotations

import base64
from types import ModuleType

import pytest

from .helpers import Harness, Recorder, json_response, runtime_of


def test_bearer(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder(json_response(200, []))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="fd-secret", handler=recorder)
        await client.actions.list(workflow_id="w", task_id="t")

    harness.run(scenario)
    assert recorder.last.headers["Authorization"] == "Bearer fd-secret"


def test_apikey_header_with_prefix_not_doubled(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(json_response(204, None), json_response(204, None))

    async def scenario() -> None:
        plain = harness.client(novu, secret_key="nv-secret", handler=recorder)
        await plain.workflows.delete(workflow_id="w")
        prefixed = harness.client(novu, secret_key="ApiKey nv-secret", handler=recorder)
        await prefixed.workflows.delete(workflow_id="w")

    harness.run(scenario)
    assert [r.headers["Authorization"] for r in recorder.requests] == [
        "ApiKey nv-secret",
        "ApiKey nv-secret",
    ]


def test_every_kitchen_scheme(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(
            kitchen,
            handler=recorder,
            token="tok-1",
            basic_auth="user:pa ss",
            header_key="hk-1",
            query_key="q k/1",
            cookie_key="ck 1",
        )
        things = client.things
        await things.auth_bearer()
        await things.auth_basic()
        await things.auth_header()
        await things.auth_query(q="x")
        await things.auth_cookie(pref="p")
        await things.auth_either()
        await things.auth_none()

    harness.run(scenario)
    bearer, basic, header, query, cookie, either, none = recorder.requests
    assert bearer.headers["Authorization"] == "Bearer tok-1"
    assert "X-API-Key" not in bearer.headers
    expected_basic = "Basic " + base64.b64encode(b"user:pa ss").decode()
    assert basic.headers["Authorization"] == expected_basic
    assert header.headers["X-API-Key"] == "Key hk-1"
    assert "Authorization" not in header.headers
    assert query.url.query.decode() == "_links=true&q=x&api_key=q%20k%2F1"
    assert "Authorization" not in query.headers
    assert cookie.headers["Cookie"] == "pref=p; session=ck%201"
    # the first alternative whose credentials are all present
    assert either.headers["X-API-Key"] == "Key hk-1"
    assert "Authorization" not in either.headers
    for header_name in ("Authorization", "X-API-Key", "Cookie"):
        assert header_name not in none.headers
    assert none.url.query.decode() == "_links=true"


def test_security_alternative_falls_back(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="only-bearer")
        await client.things.auth_either()
        with pytest.raises(kitchen.errors.MissingCredentialsError) as caught:
            await client.things.auth_header()
        assert caught.value.arguments == ("header_key",)
        assert caught.value.env == ("KITCHEN_HEADER_KEY",)
        assert "header_key" in str(caught.value)

    harness.run(scenario)
    assert recorder.last.headers["Authorization"] == "Bearer only-bearer"
    assert len(recorder.requests) == 1


def test_credentials_from_environment(harness: Harness, flowdash: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    recorder = Recorder(json_response(200, []), json_response(200, []))
    monkeypatch.setenv("FLOWDASH_API_KEY", "from-env")

    async def scenario() -> None:
        env_client = harness.client(flowdash, handler=recorder)
        await env_client.actions.list(workflow_id="w", task_id="t")
        arg_client = harness.client(flowdash, api_key="from-arg", handler=recorder)
        await arg_client.actions.list(workflow_id="w", task_id="t")

    harness.run(scenario)
    assert [r.headers["Authorization"] for r in recorder.requests] == [
        "Bearer from-env",
        "Bearer from-arg",
    ]


@pytest.mark.parametrize("mode", ["sync", "async"])
def test_missing_credentials_at_construction(flowdash: ModuleType, mode: str) -> None:
    cls = flowdash.Flowdash if mode == "sync" else flowdash.AsyncFlowdash
    with pytest.raises(flowdash.errors.MissingCredentialsError) as caught:
        cls()
    error = caught.value
    assert isinstance(error, flowdash.errors.APIError)
    assert error.arguments == ("api_key",)
    assert error.env == ("FLOWDASH_API_KEY",)
    assert "api_key" in str(error)
    assert "FLOWDASH_API_KEY" in str(error)


def test_missing_aws_credentials_names_both_and_env(customer_profiles: ModuleType) -> None:
    with pytest.raises(customer_profiles.errors.MissingCredentialsError) as caught:
        customer_profiles.CustomerProfiles(aws_access_key_id="AKID")
    message = str(caught.value)
    for name in (
        "aws_access_key_id",
        "aws_secret_access_key",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
    ):
        assert name in message
    assert "AKID" not in message


def test_missing_credentials_lists_every_scheme(kitchen: ModuleType) -> None:
    with pytest.raises(kitchen.errors.MissingCredentialsError) as caught:
        kitchen.Kitchen()
    assert caught.value.arguments == (
        "token",
        "basic_auth",
        "header_key",
        "query_key",
        "cookie_key",
    )


def test_empty_argument_falls_back_to_environment(flowdash: ModuleType, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(flowdash.errors.MissingCredentialsError):
        flowdash.Flowdash(api_key="")
    monkeypatch.setenv("FLOWDASH_API_KEY", "env-key")
    assert flowdash.Flowdash(api_key="") is not None


def test_missing_credentials_is_an_api_error(flowdash: ModuleType) -> None:
    runtime = runtime_of(flowdash)
    assert issubclass(runtime.MissingCredentialsError, runtime.APIError)
    assert not issubclass(runtime.MissingCredentialsError, ValueError)
