"""Per-call benchmark: one operation through each generated client, the official SDK and a floor.

No network anywhere. Every implementation gets the same canned response (the spec's own 200
example for that operation) from an in-memory stand-in at its transport layer:

- generated clients, novu_py and the floor: `httpx.MockTransport` (sync and async);
- slack_sdk (urllib): `urllib.request.HTTPSHandler.https_open` returns an `http.client.HTTPResponse`
  parsed from the canned bytes (urllib's opener, handlers and response parsing still run);
- boto3: botocore's `before-send` event returns an `AWSResponse` (signing, serialising and
  parsing still run);
- losant_rest (requests, a new Session per call): `requests.adapters.HTTPAdapter.send` builds the
  response from a urllib3 `HTTPResponse` over the canned bytes.

The floor is what any hand-written client must do at least: `httpx.Client.request` (same method,
URL, JSON body) + `response.json()` + one `TypeAdapter.validate_python` of the same response model
the generated client returns (built once).

A target is measured in its own fresh process: `python bench/calls.py --run TARGET`, which prints
JSON. Each repetition times LOOPS calls back to back (after a warm-up) with the garbage collector
on; the figure is CPU seconds of this process per call (`time.process_time`: nothing here waits
on I/O, so on an idle machine it equals wall time, and on a busy shared one it leaves out the
time the process was descheduled), median/min/max over the repetitions. Wall time is kept too.
"""

from __future__ import annotations

import argparse
import asyncio
import inspect
import io
import json
import sys
import time
import warnings
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, generated_paths

for _path in reversed(generated_paths()):
    if _path not in sys.path:
        sys.path.insert(0, _path)


def example(spec: str, path: str, method: str, code: str = "200") -> Any:
    """The spec's own example response body of one operation."""
    import yaml

    document = yaml.load((ROOT / "specs" / f"{spec}.yaml").read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return document["paths"][path][method]["responses"][code]["content"]["application/json"]["example"]


@dataclass
class Operation:
    family: str
    spec: str
    path: str  # spec path (for the example)
    method: str
    url: str  # the concrete URL the floor calls
    json_body: Any | None
    envelope: str | None  # the key that wraps the success body on the wire, if any
    headers: dict[str, str]
    label: str


OPERATIONS = {
    "slack": Operation(
        "slack", "slack-workflows", "/api/workflows.stepCompleted", "post",
        "https://slack.com/api/workflows.stepCompleted",
        {"workflow_step_execute_id": "1584548385012.1234567890", "outputs": {"task_name": "Onboard Ana"}},
        None, {"content-type": "application/json; charset=utf-8"}, "workflows.stepCompleted"),
    "aws": Operation(
        "aws", "aws-customer-profiles", "/domains/{DomainName}/workflows/{WorkflowId}/steps", "get",
        "https://profile.us-east-1.amazonaws.com/domains/my-domain/workflows/4c1b9e0f7a2d4e6b8c3f5a7d9e1b2c4d/steps",
        None, None,
        {"content-type": "application/json", "x-amzn-requestid": "b0f4c4a4-5f7e-4d8e-9f1a-0c2d3e4f5a6b"},
        "GetWorkflowSteps"),
    "novu": Operation(
        "novu", "novu-workflows", "/v2/workflows/{workflowId}", "get",
        "https://api.novu.co/v2/workflows/welcome-email", None, "data",
        {"content-type": "application/json; charset=utf-8"}, "workflows.get (GET /v2/workflows/{workflowId})"),
    "flowdash": Operation(
        "flowdash", "flowdash-actions", "/workflows/{workflow_id}/executions/{execution_id}", "get",
        "https://app.flowdash.com/api/v1/workflows/abc123/executions/091has", None, None,
        {"content-type": "application/json"}, "executions.get"),
    "losant": Operation(
        "losant", "losant-flow", "/applications/{applicationId}/flows/{flowId}", "get",
        "https://api.losant.com/applications/575ec8687ae143cd83dc4a97/flows/575ed18f7ae143cd83dc4aa6",
        None, None, {"content-type": "application/json"}, "flow.get"),
}


_BODIES: dict[str, bytes] = {}


def body_bytes(op: Operation) -> bytes:
    """The canned response body (compact JSON of the spec's example), read once per process."""
    if op.family not in _BODIES:
        _BODIES[op.family] = json.dumps(example(op.spec, op.path, op.method), separators=(",", ":")).encode("utf-8")
    return _BODIES[op.family]


def httpx_handler(op: Operation) -> tuple[Callable[..., Any], list[int]]:
    import httpx

    body = body_bytes(op)
    headers = list(op.headers.items())
    count = [0]

    def handler(request: httpx.Request) -> httpx.Response:
        count[0] += 1
        return httpx.Response(200, headers=headers, content=body)

    return handler, count


# -- the generated clients ---------------------------------------------------------------------

def _generated_client(family: str, is_async: bool) -> Any:
    import httpx

    op = OPERATIONS[family]
    handler, _ = httpx_handler(op)
    transport = httpx.MockTransport(handler)
    http_client = httpx.AsyncClient(transport=transport) if is_async else httpx.Client(transport=transport)
    if family == "slack":
        import slack_workflows as pkg

        cls = pkg.AsyncSlackWorkflows if is_async else pkg.SlackWorkflows
        return cls(token="xoxb-0000", http_client=http_client)
    if family == "aws":
        import customer_profiles as pkg

        cls = pkg.AsyncCustomerProfiles if is_async else pkg.CustomerProfiles
        return cls(aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
                   region="us-east-1", http_client=http_client)
    if family == "novu":
        import novu_workflows as pkg

        cls = pkg.AsyncNovu if is_async else pkg.Novu
        return cls(secret_key="sk-0000", http_client=http_client)
    if family == "flowdash":
        import flowdash as pkg

        cls = pkg.AsyncFlowdash if is_async else pkg.Flowdash
        return cls(api_key="fd-0000", http_client=http_client)
    if family == "losant":
        import losant_flow as pkg

        cls = pkg.AsyncLosant if is_async else pkg.Losant
        return cls(access_token="lo-0000", http_client=http_client)
    raise KeyError(family)


def _generated_method(family: str, client: Any) -> Callable[[], Any]:
    if family == "slack":
        return lambda: client.workflows.step_completed(
            workflow_step_execute_id="1584548385012.1234567890", outputs={"task_name": "Onboard Ana"})
    if family == "aws":
        return lambda: client.workflows.get_workflow_steps(
            domain_name="my-domain", workflow_id="4c1b9e0f7a2d4e6b8c3f5a7d9e1b2c4d")
    if family == "novu":
        return lambda: client.workflows.get(workflow_id="welcome-email")
    if family == "flowdash":
        return lambda: client.executions.get(workflow_id="abc123", execution_id="091has")
    if family == "losant":
        return lambda: client.flow.get(application_id="575ec8687ae143cd83dc4a97", flow_id="575ed18f7ae143cd83dc4aa6")
    raise KeyError(family)


def generated_sync(family: str) -> Callable[[], Any]:
    return _generated_method(family, _generated_client(family, False))


def generated_async(family: str) -> Callable[[], Awaitable[Any]]:
    return _generated_method(family, _generated_client(family, True))


def response_model(family: str) -> Any:
    """The return type of the generated method: the model the floor validates."""
    client = _generated_client(family, False)
    resource_name, method_name = {
        "slack": ("workflows", "step_completed"), "aws": ("workflows", "get_workflow_steps"),
        "novu": ("workflows", "get"), "flowdash": ("executions", "get"), "losant": ("flow", "get"),
    }[family]
    method = getattr(getattr(client, resource_name), method_name)
    return inspect.get_annotations(method.__func__, eval_str=True)["return"]


# -- the floor: raw httpx + json + one pydantic validation -------------------------------------

def floor_sync(family: str) -> Callable[[], Any]:
    import httpx
    from pydantic import TypeAdapter

    op = OPERATIONS[family]
    adapter = TypeAdapter(response_model(family))
    handler, _ = httpx_handler(op)
    client = httpx.Client(transport=httpx.MockTransport(handler))
    method, url, body, envelope = op.method.upper(), op.url, op.json_body, op.envelope
    headers = {"authorization": "Bearer token-0000"}

    def call() -> Any:
        response = client.request(method, url, json=body, headers=headers)
        data = response.json()
        return adapter.validate_python(data[envelope] if envelope else data)

    return call


def floor_async(family: str) -> Callable[[], Awaitable[Any]]:
    import httpx
    from pydantic import TypeAdapter

    op = OPERATIONS[family]
    adapter = TypeAdapter(response_model(family))
    handler, _ = httpx_handler(op)
    client = httpx.AsyncClient(transport=httpx.MockTransport(handler))
    method, url, body, envelope = op.method.upper(), op.url, op.json_body, op.envelope
    headers = {"authorization": "Bearer token-0000"}

    async def call() -> Any:
        response = await client.request(method, url, json=body, headers=headers)
        data = response.json()
        return adapter.validate_python(data[envelope] if envelope else data)

    return call


# -- the official SDKs ---------------------------------------------------------------------------

def official_slack() -> Callable[[], Any]:
    import http.client
    import urllib.request

    from slack_sdk import WebClient

    op = OPERATIONS["slack"]
    body = body_bytes(op)
    raw = (b"HTTP/1.1 200 OK\r\n" + b"".join(f"{k}: {v}\r\n".encode() for k, v in op.headers.items())
           + f"content-length: {len(body)}\r\n\r\n".encode() + body)

    class _Sock:
        def makefile(self, mode: str, *args: Any, **kwargs: Any) -> io.BytesIO:
            return io.BytesIO(raw)

    def https_open(self: Any, req: urllib.request.Request) -> http.client.HTTPResponse:
        response = http.client.HTTPResponse(_Sock(), method=req.get_method(), url=req.full_url)  # type: ignore[arg-type]
        response.begin()
        response.url = req.get_full_url()  # type: ignore[attr-defined]
        response.msg = response.reason  # type: ignore[assignment]
        return response

    urllib.request.HTTPSHandler.https_open = https_open  # type: ignore[method-assign]
    warnings.filterwarnings("ignore", message=".*is deprecated", category=UserWarning)  # workflows.* (2023)
    client = WebClient(token="xoxb-0000")
    return lambda: client.workflows_stepCompleted(
        workflow_step_execute_id="1584548385012.1234567890", outputs={"task_name": "Onboard Ana"})


def official_aws() -> Callable[[], Any]:
    import boto3
    from botocore.awsrequest import AWSResponse

    op = OPERATIONS["aws"]
    body = body_bytes(op)

    class _Raw:
        def stream(self, **kwargs: Any) -> Any:
            yield body

    client = boto3.client("customer-profiles", region_name="us-east-1", aws_access_key_id="AKIDEXAMPLE",
                          aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")

    def before_send(request: Any, **kwargs: Any) -> AWSResponse:
        return AWSResponse(request.url, 200, dict(op.headers), _Raw())

    client.meta.events.register("before-send.customer-profiles.GetWorkflowSteps", before_send)
    return lambda: client.get_workflow_steps(DomainName="my-domain", WorkflowId="4c1b9e0f7a2d4e6b8c3f5a7d9e1b2c4d")


def _novu(is_async: bool) -> Any:
    import httpx
    import novu_py

    handler, _ = httpx_handler(OPERATIONS["novu"])
    transport = httpx.MockTransport(handler)
    return novu_py.Novu(secret_key="sk-0000", client=httpx.Client(transport=transport),
                        async_client=httpx.AsyncClient(transport=transport))


def official_novu() -> Callable[[], Any]:
    client = _novu(False)
    return lambda: client.workflows.get(workflow_id="welcome-email")


def official_novu_async() -> Callable[[], Awaitable[Any]]:
    client = _novu(True)
    return lambda: client.workflows.get_async(workflow_id="welcome-email")


def official_losant() -> Callable[[], Any]:
    import losant_rest
    import requests.adapters
    from urllib3 import HTTPResponse

    op = OPERATIONS["losant"]
    body = body_bytes(op)

    def send(self: Any, request: Any, **kwargs: Any) -> Any:
        raw = HTTPResponse(body=io.BytesIO(body), headers=dict(op.headers), status=200, reason="OK",
                           preload_content=False, decode_content=False)
        return self.build_response(request, raw)

    requests.adapters.HTTPAdapter.send = send  # type: ignore[method-assign]
    client = losant_rest.Client(auth_token="lo-0000")
    return lambda: client.flow.get(applicationId="575ec8687ae143cd83dc4a97", flowId="575ed18f7ae143cd83dc4aa6")


OFFICIAL = {
    "slack": ("slack_sdk", official_slack, None),
    "aws": ("boto3", official_aws, None),
    "novu": ("novu_py", official_novu, official_novu_async),
    "losant": ("losant_rest", official_losant, None),
}


def target_factory(target: str) -> tuple[Callable[[], Any], bool]:
    """(factory of the call, is_async) for a target name `kind:family[:async]`."""
    kind, family, *mode = target.split(":")
    is_async = mode == ["async"]
    if kind == "generated":
        return (lambda: generated_async(family)) if is_async else (lambda: generated_sync(family)), is_async
    if kind == "floor":
        return (lambda: floor_async(family)) if is_async else (lambda: floor_sync(family)), is_async
    if kind == "official":
        _, sync_factory, async_factory = OFFICIAL[family]
        factory = async_factory if is_async else sync_factory
        if factory is None:
            raise KeyError(target)
        return factory, is_async
    raise KeyError(target)


def all_targets() -> list[str]:
    found: list[str] = []
    for family in OPERATIONS:
        found += [f"floor:{family}", f"floor:{family}:async", f"generated:{family}", f"generated:{family}:async"]
        if family in OFFICIAL:
            found.append(f"official:{family}")
            if OFFICIAL[family][2] is not None:
                found.append(f"official:{family}:async")
    return found


def check(result: Any, family: str) -> None:
    """The call really returned the canned answer (not an error page or None)."""
    text = repr(getattr(result, "data", None) or result)
    marker = {"slack": "True", "aws": "4c1b9e0f7a2d4e6b8c3f5a7d9e1b2c4d", "novu": "welcome",
              "flowdash": "091has", "losant": "575ed18f7ae143cd83dc4aa6"}[family]
    if marker not in text:
        raise AssertionError(f"unexpected result for {family}: {text[:200]}")


def measure(target: str, loops: int, repeat: int, warmup: int) -> dict[str, Any]:
    factory, is_async = target_factory(target)
    family = target.split(":")[1]
    per_call: list[float] = []  # CPU (process) time per call: robust to being descheduled on a busy machine
    wall: list[float] = []  # wall time per call, for reference
    if not is_async:
        call = factory()
        check(call(), family)
        for _ in range(warmup):
            call()
        for _ in range(repeat):
            start, cpu = time.perf_counter(), time.process_time()
            for _ in range(loops):
                call()
            per_call.append((time.process_time() - cpu) / loops)
            wall.append((time.perf_counter() - start) / loops)
    else:
        async def main() -> None:
            call = factory()
            check(await call(), family)
            for _ in range(warmup):
                await call()
            for _ in range(repeat):
                start, cpu = time.perf_counter(), time.process_time()
                for _ in range(loops):
                    await call()
                per_call.append((time.process_time() - cpu) / loops)
                wall.append((time.perf_counter() - start) / loops)

        asyncio.run(main())
    return {"target": target, "per_call": per_call, "wall": wall, "loops": loops, "repeat": repeat}


def profile(target: str, loops: int) -> None:
    """pyinstrument over `loops` calls of one target (sync or async), printed as text."""
    from pyinstrument import Profiler

    factory, is_async = target_factory(target)
    profiler = Profiler(interval=0.0002, async_mode="enabled")
    if not is_async:
        call = factory()
        call()
        profiler.start()
        for _ in range(loops):
            call()
        profiler.stop()
    else:
        async def main() -> None:
            call = factory()
            await call()
            profiler.start()
            for _ in range(loops):
                await call()
            profiler.stop()

        asyncio.run(main())
    print(profiler.output_text(unicode=True, color=False, show_all=False))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="per-call benchmark of one target (in this process)")
    parser.add_argument("--run", help="target, e.g. generated:slack, generated:slack:async, floor:aws, official:novu")
    parser.add_argument("--list", action="store_true", help="print every target")
    parser.add_argument("--loops", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--warmup", type=int, default=200)
    parser.add_argument("--profile", action="store_true", help="profile LOOPS calls with pyinstrument instead")
    args = parser.parse_args(argv)
    if args.list:
        print("\n".join(all_targets()))
        return
    if args.profile:
        profile(args.run, args.loops)
        return
    try:
        result = measure(args.run, args.loops, args.repeat, args.warmup)
    except Exception as exc:  # a broken client is a result, not a crash of the benchmark
        lines = [line for line in str(exc).splitlines() if line.strip()]
        result = {"target": args.run, "failure": f"fails: {type(exc).__name__}: {lines[0] if lines else ''}"[:240]}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
