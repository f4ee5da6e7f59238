"""Pagination: every item exactly once, lazily, token and offset styles."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import httpx

from .helpers import Harness, Recorder, json_response, novu_list_item

WORKFLOW_ID = "4c1b9e0f7a2d4e6b8c3f5a7d9e1b2c4d"


def step(name: str) -> dict[str, Any]:
    """A workflow step item; `name` becomes the flow name `flow-<name>`."""
    return {
        "AppflowIntegration": {
            "FlowName": f"flow-{name}",
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
        return [item.appflow_integration.flow_name.removeprefix("flow-") async for item in pager]

    assert harness.run(scenario) == ["a", "b", "c", "d", "e"]
    assert len(recorder.requests) == 3
    queries = [query_of(r) for r in recorder.requests]
    assert queries == [
        {"max-results": "2"},
        {"next-token": "t/1+", "max-results": "2"},
        {"next-token": "t2", "max-results": "2"},
    ]
    assert "next-token=t%2F1%2B" in recorder.requests[1].url.query.decode()
    # every page is signed on its own
    assert all(r.headers["Authorization"].startswith("AWS4-HMAC-SHA256 ") for r in recorder.requests)


def test_token_pagination_stops_on_repeated_token(harness: Harness, customer_profiles: ModuleType) -> None:
    repeated = Recorder(
        json_response(200, {"Items": [step("a")], "NextToken": "same"}),
        json_response(200, {"Items": [step("b")], "NextToken": "same"}),
        json_response(200, {"Items": [step("never")]}),
    )

    async def scenario() -> list[str]:
        pager = aws_client(harness, customer_profiles, repeated).workflows.iter_get_workflow_steps(
            domain_name="d", workflow_id="w"
        )
        return [i.appflow_integration.flow_name.removeprefix("flow-") async for i in pager]

    assert harness.run(scenario) == ["a", "b"]
    assert len(repeated.requests) == 2


def test_token_pages(harness: Harness, customer_profiles: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"Items": [step("a")], "NextToken": "n"}),
        json_response(200, {"Items": [], "WorkflowId": WORKFLOW_ID}),
    )

    async def scenario() -> list[Any]:
        client = aws_client(harness, customer_profiles, recorder)
        pager = client.workflows.iter_get_workflow_steps(domain_name="d", workflow_id="w")
        return [page async for page in pager.pages()]

    pages = harness.run(scenario)
    assert [type(p) for p in pages] == [customer_profiles.models.GetWorkflowStepsResponse] * 2
    assert pages[0].next_token == "n"
    assert pages[1].workflow_id == WORKFLOW_ID


def test_token_pagination_of_kitchen(harness: Harness, kitchen: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"entries": [{"id": "1"}, {"id": "2"}], "next": "c 2"}),
        json_response(200, {"entries": [], "next": "c3"}),  # an empty page with a token goes on
        json_response(200, {"entries": [{"id": "3"}], "next": ""}),  # an empty token ends
        json_response(200, {"entries": [{"id": "never"}]}),
    )

    async def scenario() -> list[str]:
        client = harness.client(kitchen, token="t", handler=recorder)
        return [entry.id async for entry in client.listings.iter_list_pages(size=2, kind="k")]

    assert harness.run(scenario) == ["1", "2", "3"]
    assert [r.url.query.decode() for r in recorder.requests] == [
        "_links=true&size=2&kind=k",
        "_links=true&cursor=c%202&size=2&kind=k",
        "_links=true&cursor=c3&size=2&kind=k",
    ]


def test_offset_pagination_with_total(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"data": {"workflows": [novu_list_item(0), novu_list_item(1)], "totalCount": 5}}),
        json_response(200, {"data": {"workflows": [novu_list_item(2), novu_list_item(3)], "totalCount": 5}}),
        json_response(200, {"data": {"workflows": [novu_list_item(4)], "totalCount": 5}}),
        json_response(200, {"data": {"workflows": [novu_list_item(99)], "totalCount": 5}}),
    )

    async def scenario() -> list[str]:
        client = harness.client(novu, secret_key="s", handler=recorder)
        return [w.id async for w in client.workflows.iter_list(limit=2.0, tags=["x"])]

    assert harness.run(scenario) == ["0", "1", "2", "3", "4"]
    assert len(recorder.requests) == 3
    assert [r.url.query.decode() for r in recorder.requests] == [
        "limit=2.0&tags=x",
        "limit=2.0&offset=2&tags=x",
        "limit=2.0&offset=4&tags=x",
    ]


def test_offset_pagination_stops_on_empty_page(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"data": {"workflows": [novu_list_item(0)], "totalCount": 100}}),
        json_response(200, {"data": {"workflows": [], "totalCount": 100}}),
    )

    async def scenario() -> list[str]:
        client = harness.client(novu, secret_key="s", handler=recorder)
        return [w.id async for w in client.workflows.iter_list()]

    assert harness.run(scenario) == ["0"]
    assert [query_of(r).get("offset") for r in recorder.requests] == [None, "1"]


def test_offset_pagination_without_total(harness: Harness, kitchen: ModuleType) -> None:
    def listing() -> Recorder:
        return Recorder(
            json_response(200, {"entries": [{"id": "a"}, {"id": "b"}]}),
            json_response(200, {"entries": [{"id": "c"}]}),
            json_response(200, {"entries": []}),
            json_response(200, {"entries": [{"id": "never"}]}),
        )

    by_item, by_page = listing(), listing()

    async def scenario() -> tuple[list[str], list[int]]:
        items = harness.client(kitchen, token="t", handler=by_item).listings.iter_list_offsets(max=2)
        pages = harness.client(kitchen, token="t", handler=by_page).listings.iter_list_offsets(max=2).pages()
        return [e.id async for e in items], [len(page.entries) async for page in pages]

    assert harness.run(scenario) == (["a", "b", "c"], [2, 1, 0])
    for recorder in (by_item, by_page):
        assert [r.url.query.decode() for r in recorder.requests] == [
            "_links=true&max=2",
            "_links=true&start=2&max=2",
            "_links=true&start=3&max=2",
        ]


def test_pagination_passes_call_options(harness: Harness, novu: ModuleType) -> None:
    recorder = Recorder(
        json_response(200, {"data": {"workflows": [novu_list_item(0)], "totalCount": 2}}),
        json_response(200, {"data": {"workflows": [novu_list_item(1)], "totalCount": 2}}),
    )

    async def scenario() -> None:
        client = harness.client(novu, secret_key="s", handler=recorder)
        pager = client.workflows.iter_list(extra_headers={"X-Page": "yes"}, timeout=3.0, idempotency_key="k")
        assert [w.id async for w in pager] == ["0", "1"]

    harness.run(scenario)
    assert [r.headers["X-Page"] for r in recorder.requests] == ["yes", "yes"]
    assert [r.headers["idempotency-key"] for r in recorder.requests] == ["k", "k"]
    assert all(r.extensions["timeout"]["read"] == 3.0 for r in recorder.requests)
