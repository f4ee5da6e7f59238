from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ._runtime import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._runtime._spec import AuthSpec, ClientSpec
from .resources.workflows import AsyncWorkflows, Workflows

__all__ = ["SPEC", "AsyncNovu", "Novu"]

SPEC = ClientSpec(
    package="novu_workflows",
    version="1.0.0",
    base_url="https://api.novu.co",
    auth=(
        AuthSpec(
            scheme="secretKey",
            kind="apikey",
            argument="secret_key",
            env="NOVU_SECRET_KEY",
            name="Authorization",
            location="header",
            prefix="ApiKey ",
        ),
    ),
    secret_fields=frozenset({"apiKey", "password"}),
)


class Novu(SyncAPIClient):
    def __init__(
        self,
        *,
        secret_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            SPEC,
            credentials={"secret_key": secret_key},
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


class AsyncNovu(AsyncAPIClient):
    def __init__(
        self,
        *,
        secret_key: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            SPEC,
            credentials={"secret_key": secret_key},
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
