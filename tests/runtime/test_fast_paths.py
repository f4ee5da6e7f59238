"""The per-call shortcuts change nothing on the wire.

The client puts a request together itself (instead of `httpx.Client.build_request`) when
httpx would only merge plain headers; it keeps parsed URLs, the merged headers of the http
client and SigV4 signing keys; it validates an enveloped (`x-unwrap`) body in one pass. Each
test compares with what the general path gives, or checks that a change is noticed.
"""

from __future__ import annotations

import asyncio
import datetime
import pickle
import subprocess
import sys
from collections.abc import Callable, Coroutine
from pathlib import Path
from types import ModuleType
from typing import Any
from unittest import mock

import httpx
import pytest

from . import test_sigv4 as sigv4_tests
from .helpers import Harness, Recorder, json_response, novu_workflow, runtime_of
from .test_sigv4 import KEY, SECRET, WHEN, botocore_headers, ours

ROOT = Path(__file__).resolve().parents[2]


class _OwnBuildClient(httpx.Client):
    """A subclass with its own `build_request`: the SDK must let it build every request."""

    built = 0

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        type(self).built += 1
        return super().build_request(*args, **kwargs)


class _OwnBuildAsyncClient(httpx.AsyncClient):
    built = 0

    def build_request(self, *args: Any, **kwargs: Any) -> httpx.Request:
        type(self).built += 1
        return super().build_request(*args, **kwargs)


def _both_paths(
    harness: Harness,
    package: ModuleType,
    calls: Callable[[Any], Coroutine[Any, Any, Any]],
    answer: Callable[[], httpx.Response],
    **client_kwargs: Any,
) -> tuple[list[httpx.Request], list[httpx.Request]]:
    """The requests the same calls send through a plain httpx client (the client's own way)
    and through a subclass with its own build_request (httpx's way)."""
    fast = Recorder()
    fast.default = answer()
    general = Recorder()
    general.default = answer()

    async def scenario() -> None:
        transport = httpx.MockTransport
        plain: Any
        own: Any
        if harness.is_async:
            plain = httpx.AsyncClient(transport=transport(fast))
            own = _OwnBuildAsyncClient(transport=transport(general))
        else:
            plain = httpx.Client(transport=transport(fast))
            own = _OwnBuildClient(transport=transport(general))
        harness.opened += [plain, own]
        plain.build_request = mock.Mock(wraps=plain.build_request)  # counts httpx's way
        await calls(harness.client(package, http_client=plain, **client_kwargs))
        await calls(harness.client(package, http_client=own, **client_kwargs))
        built_by_httpx.append(plain.build_request.call_count)

    built_by_httpx: list[int] = []
    before = (_OwnBuildAsyncClient if harness.is_async else _OwnBuildClient).built
    harness.run(scenario)
    built = (_OwnBuildAsyncClient if harness.is_async else _OwnBuildClient).built - before
    assert built == len(general.requests) > 0
    # only multipart bodies are left to httpx when the http client is a plain one
    multipart = [r for r in fast.requests if "multipart" in r.headers.get("content-type", "")]
    assert built_by_httpx == [len(multipart)]
    return fast.requests, general.requests


def _without_boundary(request: httpx.Request) -> tuple[list[tuple[bytes, bytes]], bytes]:
    """Headers and body with a multipart boundary (random) replaced by a fixed one."""
    headers, content = request.headers.raw, request.content
    kind = request.headers.get("content-type", "")
    if "boundary=" in kind:
        boundary = kind.split("boundary=", 1)[1].encode()
        headers = [(k, v.replace(boundary, b"BOUNDARY")) for k, v in headers]
        content = content.replace(boundary, b"BOUNDARY")
    return headers, content


def _same_requests(fast: list[httpx.Request], general: list[httpx.Request]) -> None:
    assert len(fast) == len(general)
    for mine, theirs in zip(fast, general, strict=True):
        assert mine.method == theirs.method
        assert str(mine.url) == str(theirs.url)
        assert mine.url.raw_path == theirs.url.raw_path
        # same header names, values and order; same body
        assert _without_boundary(mine) == _without_boundary(theirs)
        assert mine.extensions == theirs.extensions


def test_requests_equal_httpx_built_ones_kitchen(harness: Harness, kitchen: ModuleType) -> None:
    m = kitchen.models

    async def calls(client: Any) -> None:
        await client.things.headers_cookies(
            x_trace="abc", x_tags=["a", "b"], x_meta={"x": 1}, pref="dark mode", prefs=["p q", "r"]
        )
        await client.things.headers_cookies(extra_headers={"X-Trace": "extra", "accept": "text/x", "X-New": "1"})
        await client.things.json_body(display_name="ü", nested={"deep": [1, None]}, item=m.Item(item_name="i"))
        await client.things.form_body(name="a b+c", tags=["x", "y"], meta={"k": 1}, flag=False)
        await client.things.upload(file=b"\x00file", description="d", count=2)
        await client.things.blob(data=b"\xff\x00raw")
        await client.things.echo_text(text="hé")
        await client.things.plain_post()
        await client.things.idempotent_post(timeout=3.5)
        await client.auth.query()
        await client.auth.cookie()
        await client.auth.both()

    fast, general = _both_paths(
        harness,
        kitchen,
        calls,
        lambda: json_response(200, {}),
        token="t",
        header_key="hk",
        query_key="q k",
        cookie_key="ck",
        default_headers={"X-Default": "ctor", "Cookie": "jar=1"},
    )
    _same_requests(fast, general)
    assert fast[7].headers["Content-Length"] == "0"  # a POST without a body


@pytest.mark.parametrize("session_token", [None, "FQoG//token+="])
def test_signed_requests_equal_httpx_built_ones(
    harness: Harness, kitchen: ModuleType, session_token: str | None
) -> None:
    async def calls(client: Any) -> None:
        await client.signed.get(first="a b", second="c/d", tags=["x", "y z"], note="n  o", custom="c")
        await client.signed.create(first="a", second="b", payload={"k": [1, "ü"]})
        await client.signed.update(first="a", second="b", payload=None, extra_headers={"X-Amz-Meta-Extra": "e"})
        await client.signed.delete(first="a", second="b")

    with mock.patch.object(runtime_of(kitchen)._clock, "now", return_value=WHEN):
        fast, general = _both_paths(
            harness,
            kitchen,
            calls,
            lambda: json_response(200, {}),
            aws_access_key_id=KEY,
            aws_secret_access_key=SECRET,
            aws_session_token=session_token,
            environment="eu-west-3",
        )
    _same_requests(fast, general)
    for request in fast:
        expected = botocore_headers(request, token=session_token, region="eu-west-3", service="execute-api")
        assert ours(request) == expected


def test_requests_equal_httpx_built_ones_curated(
    harness: Harness, slack: ModuleType, losant: ModuleType, novu: ModuleType, customer_profiles: ModuleType
) -> None:
    async def slack_calls(client: Any) -> None:
        await client.workflows.step_completed(workflow_step_execute_id="1", outputs={"k": "v"})

    async def losant_calls(client: Any) -> None:
        await client.flow.get(application_id="a", flow_id="f", losantdomain="example.com")
        await client.flow.get(application_id="a", flow_id="f", extra_headers={"Accept-Version": "^2"})

    async def novu_calls(client: Any) -> None:
        await client.workflows.get(workflow_id="w", idempotency_key="k")

    async def aws_calls(client: Any) -> None:
        await client.workflows.get_workflow_steps(domain_name="d", workflow_id="w", max_results=3)

    _same_requests(*_both_paths(harness, slack, slack_calls, lambda: json_response(200, {"ok": True}), token="t"))
    _same_requests(*_both_paths(harness, losant, losant_calls, lambda: json_response(200, {}), access_token="t"))
    _same_requests(
        *_both_paths(harness, novu, novu_calls, lambda: json_response(200, {"data": novu_workflow()}), secret_key="s")
    )
    with mock.patch.object(runtime_of(customer_profiles)._clock, "now", return_value=WHEN):
        _same_requests(
            *_both_paths(
                harness,
                customer_profiles,
                aws_calls,
                lambda: json_response(200, {"Items": []}),
                aws_access_key_id=KEY,
                aws_secret_access_key=SECRET,
            )
        )


def test_http_client_headers_params_and_cookies_are_merged(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder()
    recorder.default = json_response(200, [], {"set-cookie": "sid=server; Path=/"})

    async def scenario() -> None:
        transport = httpx.MockTransport(recorder)
        options: dict[str, Any] = {"transport": transport, "headers": {"X-Client": "c", "User-Agent": "theirs"}}
        http: Any = httpx.AsyncClient(**options) if harness.is_async else httpx.Client(**options)
        harness.opened.append(http)
        client = harness.client(flowdash, api_key="k", http_client=http)
        await client.actions.list(workflow_id="w", task_id="t")
        http.headers["X-Client"] = "changed"  # the client's headers are read again
        http.headers["X-Later"] = "1"
        await client.actions.list(workflow_id="w", task_id="t")  # carries the server's cookie
        http.params = {"a": "1"}
        await client.actions.list(workflow_id="w", task_id="t")

    harness.run(scenario)
    first, second, third = recorder.requests
    assert first.headers["X-Client"] == "c"
    assert first.headers["User-Agent"] == "flowdash/1.0.0 (sdkforge)"  # the SDK's, as before
    assert "Cookie" not in first.headers
    assert second.headers["X-Client"] == "changed"
    assert second.headers["X-Later"] == "1"
    assert second.headers["Cookie"] == "sid=server"
    assert third.url.params["a"] == "1"
    assert third.url.path == "/api/v1/workflows/w/tasks/t/actions"


def test_spec_defaults_are_merged_once_and_overridable_per_call(harness: Harness, losant: ModuleType) -> None:
    recorder = Recorder()
    recorder.default = json_response(200, {})

    async def scenario() -> None:
        client = harness.client(losant, access_token="tok", handler=recorder, default_headers={"X-Extra": "1"})
        await client.flow.get(application_id="a", flow_id="f", extra_headers={"Accept-Version": "^2", "X-Extra": "2"})
        await client.flow.get(application_id="a", flow_id="f")
        await client.flow.get(application_id="a", flow_id="f", timeout=1.5)
        (client if harness.is_async else client.wrapped).timeout = 9.0
        await client.flow.get(application_id="a", flow_id="f")

    harness.run(scenario)
    overridden, plain, short, changed = recorder.requests
    assert overridden.headers.get_list("Accept-Version") == ["^2"]
    assert overridden.headers.get_list("X-Extra") == ["2"]
    assert plain.headers["Accept-Version"] == "^1.31.0"
    assert plain.headers["X-Extra"] == "1"
    query = "?_actions=false&_links=true&_embedded=true"
    assert all(r.url.raw_path.decode().endswith(query) for r in recorder.requests)
    assert plain.extensions["timeout"] == {"connect": 5.0, "read": 60.0, "write": 60.0, "pool": 60.0}
    assert short.extensions["timeout"] == httpx.Timeout(1.5).as_dict()
    assert changed.extensions["timeout"] == httpx.Timeout(9.0).as_dict()


def test_many_urls(harness: Harness, flowdash: ModuleType) -> None:
    recorder = Recorder()
    recorder.default = json_response(200, [])

    async def scenario() -> None:
        client = harness.client(flowdash, api_key="k", handler=recorder)
        for number in range(300):
            await client.actions.list(workflow_id=f"w{number}", task_id="t")
        await client.actions.list(workflow_id="w7", task_id="t")

    harness.run(scenario)
    paths = [r.url.path for r in recorder.requests]
    assert paths[:300] == [f"/api/v1/workflows/w{n}/tasks/t/actions" for n in range(300)]
    assert paths[300] == "/api/v1/workflows/w7/tasks/t/actions"


def test_envelope_is_validated_in_one_pass_and_falls_back(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"data": novu_workflow(), "meta": {"ignored": True}}),
        json_response(200, novu_workflow(name="bare")),  # no envelope: the body itself
        json_response(200, {"data": novu_workflow(workflowId=None)}),
        json_response(200, {"data": "not an object"}),
    )
    errors = novu.APIResponseValidationError

    async def scenario() -> list[Any]:
        client = harness.client(novu, secret_key="s", handler=recorder)
        results: list[Any] = [await client.workflows.get(workflow_id="w")]
        results.append(await client.workflows.get(workflow_id="w"))
        for _ in range(2):
            with pytest.raises(errors) as caught:
                await client.workflows.get(workflow_id="w")
            results.append(caught.value)
        return results

    wrapped, bare, invalid, wrong = harness.run(scenario)
    assert (wrapped.workflow_id, wrapped.name) == ("w", "n")
    assert bare.name == "bare"
    # the messages name the fields of the unwrapped body, as without the one-pass envelope
    assert "response does not match WorkflowController_getWorkflow: workflowId: " in str(invalid)
    assert invalid.body == {"data": novu_workflow(workflowId=None)}
    assert "value" not in str(invalid).split("getWorkflow:")[1]
    assert "response does not match WorkflowController_getWorkflow: " in str(wrong)


def test_signing_keys_are_cached_per_secret_day_region_and_service(customer_profiles: ModuleType) -> None:
    sigv4 = runtime_of(customer_profiles)._sigv4
    keys = sigv4.SigningKeys()
    first = keys.get(SECRET, "20240229", "eu-west-3", "profile")
    assert first == sigv4.signing_key(SECRET, "20240229", "eu-west-3", "profile")
    assert keys.get(SECRET, "20240229", "eu-west-3", "profile") is first
    variants = [
        (SECRET, "20240301", "eu-west-3", "profile"),
        (SECRET, "20240229", "us-east-1", "profile"),
        (SECRET, "20240229", "eu-west-3", "execute-api"),
        ("other-secret", "20240229", "eu-west-3", "profile"),
    ]
    for variant in variants:
        key = keys.get(*variant)
        assert key != first
        assert key == sigv4.signing_key(*variant)
    assert len(keys) == 5
    small = sigv4.SigningKeys(limit=2)
    for day in ("20240101", "20240102", "20240103"):
        assert small.get(SECRET, day, "r", "s") == sigv4.signing_key(SECRET, day, "r", "s")
        assert len(small) <= 2
    assert "wJalr" not in repr(keys)


def test_a_new_day_signs_with_a_new_key(harness: Harness, customer_profiles: ModuleType) -> None:
    recorder = Recorder()
    recorder.default = json_response(200, {"Items": []})
    days = [WHEN, WHEN, WHEN + datetime.timedelta(seconds=3), WHEN + datetime.timedelta(days=1)]
    clock = mock.patch.object(runtime_of(customer_profiles)._clock, "now", side_effect=days)

    async def scenario() -> None:
        client = harness.client(
            customer_profiles, aws_access_key_id=KEY, aws_secret_access_key=SECRET, region="eu-west-3", handler=recorder
        )
        for _ in days:
            await client.workflows.get_workflow_steps(domain_name="d", workflow_id="w")

    with clock:
        harness.run(scenario)
    signatures = [r.headers["Authorization"] for r in recorder.requests]
    assert signatures[0] == signatures[1] != signatures[2]
    assert "/20240301/eu-west-3/profile/aws4_request" in signatures[3]
    for request, when in zip(recorder.requests, days, strict=True):
        with mock.patch.object(sigv4_tests, "WHEN", when):
            assert ours(request) == botocore_headers(request, token=None, region="eu-west-3", service="profile")


def test_spec_records_behave_like_frozen_dataclasses(flowdash: ModuleType) -> None:
    spec = runtime_of(flowdash)._spec
    param = spec.ParamSpec(name="a", wire="A", location="query")
    same = spec.ParamSpec("a", "A", "query", "simple", False, False, False)
    assert param == same and hash(param) == hash(same)
    assert param != spec.ParamSpec(name="a", wire="A", location="header")
    assert repr(param) == (
        "ParamSpec(name='a', wire='A', location='query', style='simple', explode=False, json=False, "
        "idempotency_key=False)"
    )
    with pytest.raises(AttributeError):
        param.name = "b"
    assert pickle.loads(pickle.dumps(param)) == param
    op = spec.Operation(id="x", method="GET", path="/x", params=(param,))
    other = spec.Operation(id="x", method="GET", path="/x", params=(same,))
    op.adapters["plan"] = object()
    assert op == other and hash(op) == hash(other)
    assert other.adapters == {} and spec.Operation(id="y", method="GET", path="/").adapters is not other.adapters
    assert "adapters" not in repr(op)
    assert spec.ClientSpec(package="p", version="1", base_url="u").errors == spec.ErrorsSpec()


def test_import_leaves_optional_parts_unloaded() -> None:
    """`import <package>` and a client: no signing, paging, waiting or logging code, no
    pydantic.types (SecretStr) and no httpx client until they are needed."""
    script = """
import sys
import httpx, pydantic
from pydantic import BaseModel, TypeAdapter
had_types = "pydantic.types" in sys.modules
from customer_profiles import CustomerProfiles
created = []
real = httpx.Client
httpx.Client = lambda *a, **k: created.append(1) or real(*a, **k)
client = CustomerProfiles(aws_access_key_id="a", aws_secret_access_key="b", region="us-east-1")
loaded = sorted(
    name.rsplit(".", 1)[1] for name in sys.modules if name.startswith("customer_profiles._runtime._")
)
assert created == [], created
assert had_types or "pydantic.types" not in sys.modules
for lazy in ("_sigv4", "_pagination", "_waiter", "_logging", "_models"):
    assert lazy not in loaded, (lazy, loaded)
print("ok")
"""
    paths = [str(ROOT / "generated" / "aws-customer-profiles")]
    result = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": ":".join(paths), "PATH": "/usr/bin:/bin"},
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_async_envelope_and_signing_match_sync(harness: Harness, novu: ModuleType) -> None:
    """The async shell shares the one-pass parsing (smoke test of a gather of calls)."""
    recorder = Recorder()
    recorder.default = json_response(200, {"data": novu_workflow()})

    async def scenario() -> list[Any]:
        client = harness.client(novu, secret_key="s", handler=recorder)
        return list(await asyncio.gather(*(client.workflows.get(workflow_id="w") for _ in range(3))))

    results = harness.run(scenario)
    assert [r.workflow_id for r in results] == ["w", "w", "w"]
