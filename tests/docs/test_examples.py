"""Every usage example of the generated docs runs: a published example that stops working fails.

Each ```python block of every generated README.md and docs/*.md is executed in a fresh
namespace, with httpx's transports answering from the spec (see helpers.MockAPI): the documented
response example of the operation the request is for. A block in an operation's section must
call that operation; every one of the 25 operations has examples that run, sync and async.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import httpx
import pytest

from .helpers import OPERATION_COUNT, Block, MockAPI, operations, python_blocks

BLOCKS = python_blocks()


@pytest.fixture(autouse=True)
def _clean_logging() -> Iterator[None]:
    """The README's logging example configures logging: put it back afterwards."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    levels = {name: logging.getLogger(name).level for name in list(logging.root.manager.loggerDict)}
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
    root.setLevel(level)
    for name, old in levels.items():
        logging.getLogger(name).setLevel(old)


def _install(mock: MockAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    def handle(self: httpx.HTTPTransport, request: httpx.Request) -> httpx.Response:
        request.read()
        return mock.handle(request)

    async def handle_async(self: httpx.AsyncHTTPTransport, request: httpx.Request) -> httpx.Response:
        await request.aread()
        return mock.handle(request)

    monkeypatch.setattr(httpx.HTTPTransport, "handle_request", handle)
    monkeypatch.setattr(httpx.AsyncHTTPTransport, "handle_async_request", handle_async)


def run(block: Block, mock: MockAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    _install(mock, monkeypatch)
    code = compile(block.code, f"{block.path.as_posix()}:{block.line}", "exec")
    exec(code, {"__name__": "__docs_example__"})
    assert not mock.unmatched, f"{block.id}: requests no documented operation matches: {mock.unmatched}"


@pytest.mark.parametrize("block", BLOCKS, ids=[b.id for b in BLOCKS])
def test_example_runs(block: Block, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    mock = MockAPI()
    run(block, mock, monkeypatch)
    if block.path.parent.name == "docs" and block.path.stem != "models":
        # a block in an operation's section calls that operation
        assert (block.slug, block.section) in mock.hits, f"{block.id} did not call {block.section}: {mock.hits}"
    elif "client." in block.code:
        assert mock.hits, f"{block.id} sent no request"


def test_every_operation_has_running_sync_and_async_examples() -> None:
    """The 25 operations each have a sync and an async example in their section (run above)."""
    found = {(b.slug, b.section, "asyncio.run(" in b.code) for b in BLOCKS if b.path.parent.name == "docs"}
    names = [(spec.slug, operation.name) for spec, _, operation in operations()]
    assert len(names) == OPERATION_COUNT
    missing = [(slug, name, mode) for slug, name in names for mode in (False, True) if (slug, name, mode) not in found]
    assert not missing, f"operations without a sync/async example: {missing}"


SYNC_CALLS = [b for b in BLOCKS if b.path.parent.name == "docs" and b.section and "asyncio" not in b.code]
FIRST_SYNC = list({(b.slug, b.section): b for b in reversed(SYNC_CALLS)}.values())


@pytest.mark.parametrize("block", FIRST_SYNC, ids=[f"{b.id}-minimal" for b in FIRST_SYNC])
def test_example_runs_against_minimal_bodies(block: Block, monkeypatch: pytest.MonkeyPatch) -> None:
    """The examples do not depend on the spec's response examples: required fields only will do."""
    mock = MockAPI(minimal=True)
    run(block, mock, monkeypatch)
    assert (block.slug, block.section) in mock.hits
