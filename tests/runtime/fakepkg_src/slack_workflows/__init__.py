"""Hand-made stand-in for the generated `slack_workflows` package (runtime tests only)."""

from __future__ import annotations

from . import errors, models
from ._client import SPEC, AsyncSlackWorkflows, SlackWorkflows

__all__ = ["SPEC", "AsyncSlackWorkflows", "SlackWorkflows", "errors", "models"]
