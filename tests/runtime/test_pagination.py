"""Pagination: every item exactly once, lazily, token and offset styles."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx

from .helpers import Harness, Recorder, json_response


def step(name: str) -> dict[str, Any]:
    return {
        "AppflowIntegration": {
            "FlowName": name,
            "Status": "COMPLETE",
            "ExecutionMessage": "ok",
            "RecordsProcessed": 1,
            "BatchRecordsStartTime": "s",
            "BatchRecordsEndTime": "e",
            "CreatedAt": 1700000000.5,
            "LastUpdatedAt": 1700000001,
        }
    }


def aws_client(harness: Harness, package: ModuleType, recorder: Recorder) -> Any:
    return harness.client(package, aws_access_key_id="AKID", aws_secret_access_key="SECRET", handler=recorder)


def query_of(request: httpx.Request) -> dict[str, str]:
    return dict(httpx.QueryParams(request.url.query.decode()))


def test_token_pagination_yields_every_item_once(harness: Harness, customer_profiles: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"Items": [step("a"), step("b")], "NextToken": "t/1+"}),
        json_response(200, {"Items": [step("c")], "NextToken": "t2"}),
        json_response(200, {"Items": [step("d"), step("e")]}),
    )

    async def scenario() -> list[str]:
        client = aws_client(harness, customer_profiles, recorder)
        pager = client.workflows.iter_get_workflow_steps(domain_name="d", workflow_id="w", max_results=2)
        assert recorder.requests == []  # lazy: nothing sent before iteration
        return [item.appflow_integration.flow_name async for item in pager]

    assert harness.run(scenario) == ["a", "b", "c", "d", "e"]
    assert len(recorder.requests) == 3
    queries = [query_of(r) for r in recorder.requests]
    assert queries == [
        {"max-results": "2"},
        {"next-token": "t/1+", "max-results": "2"},
        {"next-token": "t2", "max-results": "2"},
    ]
    assert "next-token=t%2F1%2B" in recorder.requests[1].url.query.decode()


def test_token_pagination_stops_on_repeated_or_empty_token(harness: Harness, customer_profiles: ModuleType) -> None:
    repeated = Recorder(
        json_response(200, {"Items": [step("a")], "NextToken": "same"}),
        json_response(200, {"Items": [step("b")], "NextToken": "same"}),
        json_response(200, {"Items": [step("never")]}),
    )
    empty = Recorder(json_response(200, {"Items": [step("a")], "NextToken": ""}))
    started = Recorder(json_response(200, {"Items": [step("x")], "NextToken": "start"}))

    async def scenario() -> tuple[list[str], list[str], list[str]]:
        first = [
            i.appflow_integration.flow_name
            async for i in aws_client(harness, customer_profiles, repeated).workflows.iter_get_workflow_steps(
                domain_name="d", workflow_id="w"
            )
        ]
        second = [
            i.appflow_integration.flow_name
            async for i in aws_client(harness, customer_profiles, empty).workflows.iter_get_workflow_steps(
                domain_name="d", workflow_id="w"
            )
        ]
        third = [
            i.appflow_integration.flow_name
            async for i in aws_client(harness, customer_profiles, started).workflows.iter_get_workflow_steps(
                domain_name="d", workflow_id="w", next_token="start"
            )
        ]
        return first, second, third

    assert harness.run(scenario) == (["a", "b"], ["a"], ["x"])
    assert len(repeated.requests) == 2
    assert len(empty.requests) == 1
    assert len(started.requests) == 1
    assert query_of(started.requests[0]) == {"next-token": "start"}


def test_token_pages(harness: Harness, customer_profiles: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"Items": [step("a")], "NextToken": "n"}),
        json_response(200, {"Items": [], "WorkflowId": "w2"}),
    )

    async def scenario() -> list[Any]:
        client = aws_client(harness, customer_profiles, recorder)
        pager = client.workflows.iter_get_workflow_steps(domain_name="d", workflow_id="w")
        return [page async for page in pager.pages()]

    pages = harness.run(scenario)
    assert [type(p).__name__ for p in pages] == ["GetWorkflowStepsResponse"] * 2
    assert pages[0].next_token == "n"
    assert pages[1].workflow_id == "w2"


def _workflow(i: int) -> dict[str, Any]:
    return {"_id": str(i), "name": f"n{i}", "workflowId": f"w{i}", "status": "ACTIVE"}


def test_offset_pagination_with_total(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"data": {"workflows": [_workflow(0), _workflow(1)], "totalCount": 5}}),
        json_response(200, {"data": {"workflows": [_workflow(2), _workflow(3)], "totalCount": 5}}),
        json_response(200, {"data": {"workflows": [_workflow(4)], "totalCount": 5}}),
        json_response(200, {"data": {"workflows": [_workflow(99)], "totalCount": 5}}),
    )

    async def scenario() -> list[str]:
        client = harness.client(novu, secret_key="s", handler=recorder)
        return [w.id async for w in client.workflows.iter_list(limit=2.0, tags=["x"])]

    assert harness.run(scenario) == ["0", "1", "2", "3", "4"]
    assert len(recorder.requests) == 3
    assert [r.url.query.decode().split("&idempotency")[0] for r in recorder.requests] == [
        "limit=2.0&tags=x",
        "limit=2.0&offset=2&tags=x",
        "limit=2.0&offset=4&tags=x",
    ]


def test_offset_pagination_stops_on_empty_page(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"data": {"workflows": [_workflow(0)], "totalCount": 100}}),
        json_response(200, {"data": {"workflows": [], "totalCount": 100}}),
    )

    async def scenario() -> list[str]:
        client = harness.client(novu, secret_key="s", handler=recorder)
        return [w.id async for w in client.workflows.iter_list(offset=10.0)]

    assert harness.run(scenario) == ["0"]
    assert [query_of(r).get("offset") for r in recorder.requests] == ["10.0", "11.0"]


def test_pagination_passes_call_options(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"data": {"workflows": [_workflow(0)], "totalCount": 2}}),
        json_response(200, {"data": {"workflows": [_workflow(1)], "totalCount": 2}}),
    )

    async def scenario() -> None:
        client = harness.client(novu, secret_key="s", handler=recorder)
        pager = client.workflows.iter_list(extra_headers={"X-Page": "yes"}, timeout=3.0)
        assert [w.id async for w in pager] == ["0", "1"]

    harness.run(scenario)
    assert [r.headers["X-Page"] for r in recorder.requests] == ["yes", "yes"]
    assert all(r.extensions["timeout"]["read"] == 3.0 for r in recorder.requests)
