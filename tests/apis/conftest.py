"""Fixtures of the behaviour tests of the five generated clients (see helpers.py)."""

from __future__ import annotations

import importlib

import pytest

PACKAGES = ("slack_workflows", "customer_profiles", "novu_workflows", "flowdash", "losant_flow")

CREDENTIAL_ENV = (
    "SLACK_TOKEN",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
    "AWS_REGION",
    "AWS_DEFAULT_REGION",
    "AWS_PROFILE",
    "NOVU_SECRET_KEY",
    "FLOWDASH_API_KEY",
    "LOSANT_ACCESS_TOKEN",
)


@pytest.fixture(params=["sync", "async"])
def mode(request: pytest.FixtureRequest) -> str:
    """Every scenario runs once with the sync client and once with the async client."""
    return str(request.param)


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No test sees credentials or regions from the machine's environment."""
    for name in CREDENTIAL_ENV:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Replace the runtime clock of every package by a virtual one; record the delays slept.

    The runtime reaches time only through `<package>._runtime._clock` (see its docstring), so
    patching that module is how tests/runtime skips waiting, too. `monotonic()` advances by
    exactly what was slept: waits and their timeouts play out without real sleeping.
    """
    recorded: list[float] = []

    def fake_monotonic() -> float:
        return 1000.0 + sum(recorded)

    def fake_sleep(seconds: float) -> None:
        recorded.append(seconds)

    async def fake_async_sleep(seconds: float) -> None:
        recorded.append(seconds)

    for name in PACKAGES:
        clock = importlib.import_module(f"{name}._runtime._clock")
        monkeypatch.setattr(clock, "monotonic", fake_monotonic)
        monkeypatch.setattr(clock, "sleep", fake_sleep)
        monkeypatch.setattr(clock, "async_sleep", fake_async_sleep)
    return recorded
