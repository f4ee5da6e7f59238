from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ._runtime import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._runtime._spec import AuthSpec, ClientSpec, ErrorsSpec, ServerVariable
from .resources.things import AsyncThings, Things

__all__ = ["SPEC", "AsyncKitchen", "Kitchen"]

SPEC = ClientSpec(
    package="kitchen",
    version="0.1.0",
    base_url="https://{env}.kitchen.test/v1",
    server_variables=(ServerVariable(name="environment", wire="env", default="api", env=("KITCHEN_ENV",)),),
    auth=(
        AuthSpec(scheme="bearer", kind="bearer", argument="token", env="KITCHEN_TOKEN"),
        AuthSpec(scheme="basic", kind="basic", argument="basic_auth", env="KITCHEN_BASIC"),
        AuthSpec(
            scheme="headerKey",
            kind="apikey",
            argument="header_key",
            env="KITCHEN_HEADER_KEY",
            name="X-API-Key",
            location="header",
            prefix="Key ",
        ),
        AuthSpec(
            scheme="queryKey",
            kind="apikey",
            argument="query_key",
            env="KITCHEN_QUERY_KEY",
            name="api_key",
            location="query",
        ),
        AuthSpec(
            scheme="cookieKey",
            kind="apikey",
            argument="cookie_key",
            env="KITCHEN_COOKIE_KEY",
            name="session",
            location="cookie",
        ),
    ),
    default_headers=(("X-Default", "spec"), ("Accept-Version", "^1.0")),
    default_query=(("_links", "true"),),
    errors=ErrorsSpec(code_fields=("code",)),
    secret_fields=frozenset({"password", "client_secret"}),
)


class Kitchen(SyncAPIClient):
    def __init__(
        self,
        *,
        token: str | None = None,
        basic_auth: str | None = None,
        header_key: str | None = None,
        query_key: str | None = None,
        cookie_key: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            SPEC,
            credentials={
                "token": token,
                "basic_auth": basic_auth,
                "header_key": header_key,
                "query_key": query_key,
                "cookie_key": cookie_key,
            },
            server_variables={"environment": environment},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict=strict,
        )

    @cached_property
    def things(self) -> Things:
        return Things(self)


class AsyncKitchen(AsyncAPIClient):
    def __init__(
        self,
        *,
        token: str | None = None,
        basic_auth: str | None = None,
        header_key: str | None = None,
        query_key: str | None = None,
        cookie_key: str | None = None,
        environment: str | None = None,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        default_headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        strict: bool = False,
    ) -> None:
        super().__init__(
            SPEC,
            credentials={
                "token": token,
                "basic_auth": basic_auth,
                "header_key": header_key,
                "query_key": query_key,
                "cookie_key": cookie_key,
            },
            server_variables={"environment": environment},
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            default_headers=default_headers,
            http_client=http_client,
            strict=strict,
        )

    @cached_property
    def things(self) -> AsyncThings:
        return AsyncThings(self)
