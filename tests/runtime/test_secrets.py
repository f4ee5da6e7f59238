"""Secrets never appear in a repr, an exception message or a log record; DEBUG logs are useful."""

from __future__ import annotations

import importlib
import json
import logging
from types import ModuleType
from typing import Any
from unittest import mock

import httpx
import pytest

from .helpers import Harness, Recorder, client_classes, json_response, runtime_of

SECRETS = ("tok-SECRET-1", "user:pw-SECRET-2", "hk-SECRET-3", "qk-SECRET-4", "ck-SECRET-5")


def kitchen_client(harness: Harness, kitchen: ModuleType, recorder: Recorder, **kwargs: Any) -> Any:
    return harness.client(
        kitchen,
        handler=recorder,
        token=SECRETS[0],
        basic_auth=SECRETS[1],
        header_key=SECRETS[2],
        query_key=SECRETS[3],
        cookie_key=SECRETS[4],
        **kwargs,
    )


def assert_clean(text: str) -> None:
    for secret in (*SECRETS, "dXNlcjpwdy1TRUNSRVQtMg=="):  # base64 of the basic credential
        assert secret not in text


def test_reprs_show_no_secrets(harness: Harness, kitchen: ModuleType) -> None:
    async def scenario() -> None:
        client = kitchen_client(harness, kitchen, Recorder())
        target = client if harness.is_async else client.wrapped
        assert repr(target) == f"{type(target).__name__}(base_url='https://api.kitchen.test/v1')"
        assert_clean(repr(target.things))
        assert_clean(repr(target.auth))
        assert_clean(repr(target._auth))
        assert_clean(repr(vars(target)))

    harness.run(scenario)


def test_error_messages_show_no_secrets(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder(
        json_response(404, {"message": "not here"}),
        httpx.ConnectError(f"could not send Authorization: Bearer {SECRETS[0]}"),
        httpx.ReadTimeout(f"timed out ?api_key={SECRETS[3]}"),
    )

    async def scenario() -> None:
        client = kitchen_client(harness, kitchen, recorder, max_retries=0)
        with pytest.raises(kitchen.APIStatusError) as status:
            await client.auth.query(q="x")
        assert str(status.value) == (
            "GET https://api.kitchen.test/v1/auth/query?_links=true&q=x&api_key=[REDACTED] -> 404 Not Found: not here"
        )
        with pytest.raises(kitchen.APIConnectionError) as connection:
            await client.auth.bearer()
        assert "[REDACTED]" in str(connection.value)
        with pytest.raises(kitchen.APITimeoutError) as timeout:
            await client.auth.query()
        for error in (status.value, connection.value, timeout.value):
            assert_clean(str(error))
            assert_clean(repr(error))
            assert_clean(repr(error.args))

    harness.run(scenario)


@pytest.mark.parametrize("mode", [0, 1], ids=["sync", "async"])
def test_missing_credentials_error_shows_no_given_secret(customer_profiles: ModuleType, mode: int) -> None:
    with pytest.raises(customer_profiles.MissingCredentialsError) as caught:
        client_classes(customer_profiles)[mode](aws_secret_access_key="SECRET-AWS", aws_session_token="TOKEN-AWS")
    assert "SECRET-AWS" not in str(caught.value) and "TOKEN-AWS" not in str(caught.value)


def _records(caplog: pytest.LogCaptureFixture, package: ModuleType) -> list[str]:
    """The messages logged on the package's logger (named like the import package)."""
    return [r.getMessage() for r in caplog.records if r.name == package.__name__]


def test_debug_log_redacts_every_secret(
    harness: Harness, kitchen: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=kitchen.__name__)
    recorder = Recorder()
    recorder.default = json_response(
        200, {"password": "resp-pw", "nested": [{"client_secret": "cs"}], "visible": "ok"}, {"Set-Cookie": "s=1"}
    )

    async def scenario() -> None:
        client = kitchen_client(harness, kitchen, recorder)
        await client.auth.bearer()
        await client.auth.basic()
        await client.auth.header()
        await client.auth.query(q="visible-q")
        await client.auth.cookie(pref="p")
        await client.things.json_body(display_name="shown", password="pw-in-body", nested={"client_secret": "cs2"})
        await client.things.form_body(name="shown-form", password="pw-in-form")

    harness.run(scenario)
    messages = _records(caplog, kitchen)
    assert len(messages) == 14  # one request and one response record per call
    text = "\n".join(messages)
    assert_clean(text)
    for leaked in ("resp-pw", "pw-in-body", "pw-in-form", "cs2", "'cs'", "s=1"):
        assert leaked not in text
    assert messages[0].startswith("request: GET https://api.kitchen.test/v1/auth/bearer?_links=true headers=")
    assert "'authorization': '[REDACTED]'" in messages[0]
    assert messages[1].startswith("response: GET https://api.kitchen.test/v1/auth/bearer?_links=true -> 200 headers=")
    assert '"visible": "ok"' in messages[1]
    assert "'x-api-key': '[REDACTED]'" in messages[4]
    assert "api_key=[REDACTED]" in messages[6] and "q=visible-q" in messages[6]
    assert "'cookie': '[REDACTED]'" in messages[8]
    assert '"displayName": "shown"' in messages[10] and '"password": "[REDACTED]"' in messages[10]
    assert "shown-form" in messages[12] and "password=%5BREDACTED%5D" in messages[12]


def test_debug_log_redacts_sigv4(
    harness: Harness, customer_profiles: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=customer_profiles.__name__)
    recorder = Recorder(json_response(200, {"Items": []}))

    async def scenario() -> None:
        client = harness.client(
            customer_profiles,
            aws_access_key_id="AKIDVISIBLE",
            aws_secret_access_key="AWS-SECRET-KEY",
            aws_session_token="AWS-SESSION-TOKEN",
            handler=recorder,
        )
        await client.workflows.get_workflow_steps(domain_name="d", workflow_id="w")

    harness.run(scenario)
    text = "\n".join(_records(caplog, customer_profiles))
    assert "request: GET https://profile.us-east-1.amazonaws.com/domains/d/workflows/w/steps" in text
    assert "AWS-SECRET-KEY" not in text
    assert "AWS-SESSION-TOKEN" not in text
    assert "Signature=" not in text
    assert "'x-amz-security-token': '[REDACTED]'" in text


def test_nothing_is_formatted_when_debug_is_off(
    harness: Harness, flowdash: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO, logger=flowdash.__name__)
    logging_module = importlib.import_module(f"{runtime_of(flowdash).__name__}._logging")
    recorder = Recorder(json_response(200, []))

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        await client.actions.list(workflow_id="w", task_id="t")

    with (
        mock.patch.object(logging_module, "log_request") as log_request,
        mock.patch.object(logging_module, "log_response") as log_response,
    ):
        harness.run(scenario)
    log_request.assert_not_called()
    log_response.assert_not_called()
    assert _records(caplog, flowdash) == []


def test_secret_field_of_a_model_argument_is_sent(
    harness: Harness, kitchen: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    """A `format: password` property is a SecretStr in the model: masked in logs, real on the wire."""
    caplog.set_level(logging.DEBUG, logger=kitchen.__name__)
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(kitchen, token="t", handler=recorder)
        credentials = kitchen.models.Credentials(client_id="id", client_secret="cs-model")
        await client.things.json_body(display_name="x", credentials=credentials)

    harness.run(scenario)
    assert "cs-model" not in "\n".join(_records(caplog, kitchen))
    assert json.loads(recorder.last.content)["credentials"] == {"client_id": "id", "client_secret": "cs-model"}


def test_secret_parameters_are_redacted_in_logs(
    harness: Harness, kitchen: ModuleType, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger=kitchen.__name__)
    recorder = Recorder()

    async def scenario() -> None:
        client = harness.client(kitchen, token="t", handler=recorder)
        await client.things.query_styles(pin="pin-SECRET-6", text="shown")
        await client.things.headers_cookies(password="hdr-SECRET-7", x_trace="shown")

    harness.run(scenario)
    assert recorder.requests[0].url.query.decode() == "_links=true&text=shown&pin=pin-SECRET-6"
    assert recorder.requests[1].headers["X-Password"] == "hdr-SECRET-7"
    text = "\n".join(_records(caplog, kitchen))
    assert "shown" in text
    assert "pin-SECRET-6" not in text
    assert "hdr-SECRET-7" not in text
