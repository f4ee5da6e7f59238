"""Fixtures of the runtime tests.

The tests drive packages in the generated shape through their public API. Until the generator
exists these are the hand-made packages of `fakepkg_src/` with `templates/runtime/` copied in
as `_runtime` (exactly what the generator does); `helpers.PACKAGES` names their client classes.
Switching to the real generated packages means changing `packages_root` only.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from .helpers import PACKAGES, Harness, MockServer

ROOT = Path(__file__).resolve().parents[2]
RUNTIME = ROOT / "templates" / "runtime"
FAKE_SOURCES = Path(__file__).resolve().parent / "fakepkg_src"

CREDENTIAL_ENV = (
    "FLOWDASH_API_KEY",
    "SLACK_TOKEN",
    "NOVU_SECRET_KEY",
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


@pytest.fixture(scope="session")
def packages_root(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A folder with every test package, each with the runtime copied in as `_runtime`."""
    root = tmp_path_factory.mktemp("sdks")
    for name, (source, _, _) in PACKAGES.items():
        shutil.copytree(FAKE_SOURCES / source, root / name)
        shutil.copytree(RUNTIME, root / name / "_runtime")
    sys.path.insert(0, str(root))
    try:
        yield root
    finally:
        sys.path.remove(str(root))


@pytest.fixture
def flowdash(packages_root: Path) -> ModuleType:
    return importlib.import_module("fake_flowdash")


@pytest.fixture
def customer_profiles(packages_root: Path) -> ModuleType:
    return importlib.import_module("fake_customer_profiles")


@pytest.fixture
def novu(packages_root: Path) -> ModuleType:
    return importlib.import_module("fake_novu_workflows")


@pytest.fixture
def slack(packages_root: Path) -> ModuleType:
    return importlib.import_module("fake_slack_workflows")


@pytest.fixture
def kitchen(packages_root: Path) -> ModuleType:
    return importlib.import_module("fake_kitchen")


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees credentials or regions from the machine's environment."""
    for name in CREDENTIAL_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch, packages_root: Path) -> list[float]:
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
