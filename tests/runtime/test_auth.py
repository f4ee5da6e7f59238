"""Credentials: each security scheme on the wire, environment fallback, missing credentials."""

from __future__ import annotations

import base64
from types import ModuleType

import pytest

from .helpers import Harness, Recorder, client_classes, json_response, runtime_of


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
        auth = client.auth
        await auth.bearer()
        await auth.basic()
        await auth.header()
        await auth.query(q="x")
        await auth.cookie(pref="p")
        await auth.either()
        await auth.none()
        await auth.both()
        await auth.optional()

    harness.run(scenario)
    bearer, basic, header, query, cookie, either, none, both, optional = recorder.requests
    assert bearer.headers["Authorization"] == "Bearer tok-1"
    assert "X-API-Key" not in bearer.headers
    expected_basic = "Basic " + base64.b64encode(b"user:pa ss").decode()
    assert basic.headers["Authorization"] == expected_basic
    assert header.headers["X-API-Key"] == "Key hk-1"
    assert "Authorization" not in header.headers
    assert query.url.query.decode() == "_links=true&q=x&api_key=q%20k%2F1"
    assert query.url.path == "/v1/auth/query"
    assert "Authorization" not in query.headers
    assert cookie.headers["Cookie"] == "pref=p; session=ck%201"
    # the first alternative whose credentials are all present
    assert either.headers["X-API-Key"] == "Key hk-1"
    assert "Authorization" not in either.headers
    for header_name in ("Authorization", "X-API-Key", "Cookie"):
        assert header_name not in none.headers
    assert none.url.query.decode() == "_links=true"
    # one requirement naming two schemes applies both
    assert both.headers["X-API-Key"] == "Key hk-1"
    assert both.url.query.decode() == "_links=true&api_key=q%20k%2F1"
    # optional security: the scheme is applied when its credential is there
    assert optional.headers["Authorization"] == "Bearer tok-1"


def test_security_alternative_falls_back(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder, token="only-bearer")
        await client.auth.either()
        with pytest.raises(kitchen.MissingCredentialsError) as caught:
            await client.auth.header()
        assert caught.value.arguments == ("header_key",)
        assert caught.value.env == ("KITCHEN_HEADER_KEY",)
        assert "header_key" in str(caught.value)
        with pytest.raises(kitchen.MissingCredentialsError) as both:
            await client.auth.both()
        assert both.value.arguments == ("header_key", "query_key")
        header_only = harness.client(kitchen, handler=recorder, header_key="h")
        await header_only.auth.optional()  # no bearer credential: sent without one

    harness.run(scenario)
    either, optional = recorder.requests
    assert either.headers["Authorization"] == "Bearer only-bearer"
    assert "Authorization" not in optional.headers
    assert "X-API-Key" not in optional.headers


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


@pytest.mark.parametrize("mode", [0, 1], ids=["sync", "async"])
def test_missing_credentials_at_construction(flowdash: ModuleType, mode: int) -> None:
    cls = client_classes(flowdash)[mode]
    with pytest.raises(flowdash.MissingCredentialsError) as caught:
        cls()
    error = caught.value
    assert isinstance(error, flowdash.APIError)
    assert error.arguments == ("api_key",)
    assert error.env == ("FLOWDASH_API_KEY",)
    assert "api_key" in str(error)
    assert "FLOWDASH_API_KEY" in str(error)


@pytest.mark.parametrize("mode", [0, 1], ids=["sync", "async"])
def test_missing_aws_credentials_names_both_and_env(customer_profiles: ModuleType, mode: int) -> None:
    with pytest.raises(customer_profiles.MissingCredentialsError) as caught:
        client_classes(customer_profiles)[mode](aws_access_key_id="AKID")
    message = str(caught.value)
    for name in (
        "aws_access_key_id",
        "aws_secret_access_key",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
    ):
        assert name in message
    assert "AKID" not in message


@pytest.mark.parametrize("mode", [0, 1], ids=["sync", "async"])
def test_missing_credentials_lists_every_scheme(kitchen: ModuleType, mode: int) -> None:
    with pytest.raises(kitchen.MissingCredentialsError) as caught:
        client_classes(kitchen)[mode]()
    assert caught.value.arguments == (
        "token",
        "basic_auth",
        "header_key",
        "query_key",
        "cookie_key",
        "aws_access_key_id",
        "aws_secret_access_key",
    )
    assert caught.value.env == (
        "KITCHEN_TOKEN",
        "KITCHEN_BASIC",
        "KITCHEN_HEADER_KEY",
        "KITCHEN_QUERY_KEY",
        "KITCHEN_COOKIE_KEY",
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
    )


def test_every_kitchen_scheme_from_environment(
    harness: Harness, kitchen: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in {
        "KITCHEN_TOKEN": "env-tok",
        "KITCHEN_BASIC": "u:p",
        "KITCHEN_HEADER_KEY": "Key env-hk",
        "KITCHEN_QUERY_KEY": "env-qk",
        "KITCHEN_COOKIE_KEY": "env-ck",
    }.items():
        monkeypatch.setenv(name, value)
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(kitchen, handler=recorder)
        await client.auth.bearer()
        await client.auth.basic()
        await client.auth.header()
        await client.auth.query()
        await client.auth.cookie()

    harness.run(scenario)
    bearer, basic, header, query, cookie = recorder.requests
    assert bearer.headers["Authorization"] == "Bearer env-tok"
    assert basic.headers["Authorization"] == "Basic " + base64.b64encode(b"u:p").decode()
    assert header.headers["X-API-Key"] == "Key env-hk"  # the prefix is not doubled
    assert query.url.query.decode() == "_links=true&api_key=env-qk"
    assert cookie.headers["Cookie"] == "session=env-ck"


@pytest.mark.parametrize("mode", [0, 1], ids=["sync", "async"])
def test_empty_argument_falls_back_to_environment(
    flowdash: ModuleType, monkeypatch: pytest.MonkeyPatch, mode: int
) -> None:
    cls = client_classes(flowdash)[mode]
    with pytest.raises(flowdash.MissingCredentialsError):
        cls(api_key="")
    monkeypatch.setenv("FLOWDASH_API_KEY", "env-key")
    assert cls(api_key="") is not None


def test_missing_credentials_is_an_api_error(flowdash: ModuleType) -> None:
    runtime = runtime_of(flowdash)
    assert issubclass(runtime.MissingCredentialsError, runtime.APIError)
    assert not issubclass(runtime.MissingCredentialsError, ValueError)
