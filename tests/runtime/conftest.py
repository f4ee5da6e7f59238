"""Fixtures of the runtime tests.

The tests drive real generated packages through their public API: the five curated APIs in
`generated/` (put on sys.path by tests/conftest.py) and `kitchen`, the golden tree of
`tests/edge/kitchen.yaml`, a curated spec that uses every runtime feature the five do not.
Each package carries the runtime as `<package>/_runtime`, copied verbatim by the generator.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from .helpers import PACKAGES, Harness, MockServer

ROOT = Path(__file__).resolve().parents[2]
KITCHEN = ROOT / "tests" / "edge" / "golden" / "kitchen"

if str(KITCHEN) not in sys.path:
    sys.path.insert(0, str(KITCHEN))

CREDENTIAL_ENV = (
    "FLOWDASH_API_KEY",
    "SLACK_TOKEN",
    "NOVU_SECRET_KEY",
    "LOSANT_ACCESS_TOKEN",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "KITCHEN_TOKEN",
    "KITCHEN_BASIC",
    "KITCHEN_HEADER_KEY",
    "KITCHEN_QUERY_KEY",
    "KITCHEN_COOKIE_KEY",
    "KITCHEN_ENV",
)


def _package(name: str) -> ModuleType:
    """A generated package, imported as its users import it (with its errors and models)."""
    package = importlib.import_module(name)
    importlib.import_module(f"{name}.errors")
    importlib.import_module(f"{name}.models")
    return package


@pytest.fixture
def flowdash() -> ModuleType:
    return _package("flowdash")


@pytest.fixture
def customer_profiles() -> ModuleType:
    return _package("customer_profiles")


@pytest.fixture
def novu() -> ModuleType:
    return _package("novu_workflows")


@pytest.fixture
def slack() -> ModuleType:
    return _package("slack_workflows")


@pytest.fixture
def losant() -> ModuleType:
    return _package("losant_flow")


@pytest.fixture
def kitchen() -> ModuleType:
    return _package("kitchen")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees credentials or regions from the machine's environment."""
    for name in CREDENTIAL_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Replace the runtime's sleeps (sync and async) in every package; record the delays."""
    recorded: list[float] = []

    def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    for name in PACKAGES:
        clock = importlib.import_module(f"{name}._runtime._clock")
        monkeypatch.setattr(clock, "sleep", fake_sleep)
        monkeypatch.setattr(clock, "async_sleep", fake_async_sleep)
    return recorded


@pytest.fixture(params=["sync", "async"])
def harness(request: pytest.FixtureRequest) -> Harness:
    """Runs each scenario once with the sync client and once with the async client."""
    return Harness(request.param)


@pytest.fixture
def server() -> Iterator[MockServer]:
    """A real HTTP server on 127.0.0.1 (ephemeral port) answering from a script."""
    mock = MockServer()
    mock.start()
    try:
        yield mock
    finally:
        mock.stop()
