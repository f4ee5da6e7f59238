from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from ._runtime import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, AsyncAPIClient, SyncAPIClient
from ._runtime._spec import AuthSpec, ClientSpec, ErrorsSpec, ServerVariable
from .resources.workflows import AsyncWorkflows, Workflows

__all__ = ["SPEC", "AsyncCustomerProfiles", "CustomerProfiles"]

SPEC = ClientSpec(
    package="customer_profiles",
    version="1.0.0",
    base_url="https://profile.{region}.amazonaws.com",
    server_variables=(
        ServerVariable(
            name="region",
            wire="region",
            default="us-east-1",
            env=("AWS_REGION", "AWS_DEFAULT_REGION"),
        ),
    ),
    auth=(AuthSpec(scheme="sigv4", kind="sigv4", service="profile", region_variable="region"),),
    errors=ErrorsSpec(
        code_header="x-amzn-ErrorType",
        code_fields=("__type", "code", "Code"),
        message_fields=("Message", "message"),
    ),
)


class CustomerProfiles(SyncAPIClient):
    def __init__(
        self,
        *,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        region: str | None = None,
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
                "aws_access_key_id": aws_access_key_id,
                "aws_secret_access_key": aws_secret_access_key,
                "aws_session_token": aws_session_token,
            },
            server_variables={"region": region},
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


class AsyncCustomerProfiles(AsyncAPIClient):
    def __init__(
        self,
        *,
        aws_access_key_id: str | None = None,
        aws_secret_access_key: str | None = None,
        aws_session_token: str | None = None,
        region: str | None = None,
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
                "aws_access_key_id": aws_access_key_id,
                "aws_secret_access_key": aws_secret_access_key,
                "aws_session_token": aws_session_token,
            },
            server_variables={"region": region},
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
