from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ._runtime import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._runtime._spec import AuthSpec, ClientSpec, ErrorEnvelopeSpec
from .resources.workflows import AsyncWorkflows, Workflows

__all__ = ["SPEC", "AsyncSlackWorkflows", "SlackWorkflows"]

SPEC = ClientSpec(
    package="slack_workflows",
    version="1.0.0",
    base_url="https://slack.com/api",
    auth=(AuthSpec(scheme="bearerAuth", kind="bearer", argument="token", env="SLACK_TOKEN"),),
    error_envelope=ErrorEnvelopeSpec(field="ok", code_field="error", message_field="error"),
)


class SlackWorkflows(SyncAPIClient):
    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            SPEC,
            credentials={"token": token},
            server_variables={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict=strict,
        )

    @cached_property
    def workflows(self) -> Workflows:
        return Workflows(self)


class AsyncSlackWorkflows(AsyncAPIClient):
    def __init__(
        self,
        *,
        token: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            SPEC,
            credentials={"token": token},
            server_variables={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict=strict,
        )

    @cached_property
    def workflows(self) -> AsyncWorkflows:
        return AsyncWorkflows(self)
