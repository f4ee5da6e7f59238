from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ._runtime import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._runtime._spec import AuthSpec, ClientSpec
from .resources.actions import Actions, AsyncActions
from .resources.executions import AsyncExecutions, Executions

__all__ = ["SPEC", "AsyncFlowdash", "Flowdash"]

SPEC = ClientSpec(
    package="flowdash",
    version="1.0.0",
    base_url="https://app.flowdash.com/api/v1",
    auth=(AuthSpec(scheme="bearerAuth", kind="bearer", argument="api_key", env="FLOWDASH_API_KEY"),),
)


class Flowdash(SyncAPIClient):
    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            SPEC,
            credentials={"api_key": api_key},
            server_variables={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict=strict,
        )

    @cached_property
    def actions(self) -> Actions:
        return Actions(self)

    @cached_property
    def executions(self) -> Executions:
        return Executions(self)


class AsyncFlowdash(AsyncAPIClient):
    def __init__(
        self,
        *,
        api_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            SPEC,
            credentials={"api_key": api_key},
            server_variables={},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict=strict,
        )

    @cached_property
    def actions(self) -> AsyncActions:
        return AsyncActions(self)

    @cached_property
    def executions(self) -> AsyncExecutions:
        return AsyncExecutions(self)
