from __future__ import annotations

import builtins
from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import errors as e
from .. import models as m
from .._runtime import (
    NOT_GIVEN,
    APIResponse,
    AsyncPager,
    AsyncResource,
    NotGiven,
    SyncPager,
    SyncResource,
)
from .._runtime._spec import BodySpec, ErrorCase, Operation, PaginationSpec, ParamSpec

__all__ = [
    "AsyncWorkflows",
    "AsyncWorkflowsWithRawResponse",
    "Workflows",
    "WorkflowsWithRawResponse",
]

_IDEMPOTENCY_KEY = ParamSpec(name="idempotency_key", wire="idempotency-key", location="header", idempotency_key=True)
_WORKFLOW_ID = ParamSpec(name="workflow_id", wire="workflowId", location="path")
_ERRORS = (
    ErrorCase(status="422", exception=e.ValidationErrorDtoError, model=m.ValidationErrorDto),
    ErrorCase(status="404", exception=e.ErrorDtoError, model=m.ErrorDto),
    ErrorCase(status="400", exception=e.ErrorDtoError, model=m.ErrorDto),
)

_CREATE: Operation[m.WorkflowResponseDto] = Operation(
    id="WorkflowController_create",
    method="POST",
    path="/v2/workflows",
    params=(_IDEMPOTENCY_KEY,),
    body=BodySpec(media_type="application/json", name="body", model=m.CreateWorkflowDto),
    response=m.WorkflowResponseDto,
    errors=_ERRORS,
    security=(("secretKey",),),
    unwrap="data",
)
_LIST: Operation[m.ListWorkflowResponse] = Operation(
    id="WorkflowController_searchWorkflows",
    method="GET",
    path="/v2/workflows",
    params=(
        ParamSpec(name="limit", wire="limit", location="query", style="form", explode=True),
        ParamSpec(name="offset", wire="offset", location="query", style="form", explode=True),
        ParamSpec(
            name="order_direction",
            wire="orderDirection",
            location="query",
            style="form",
            explode=True,
        ),
        ParamSpec(name="query", wire="query", location="query", style="form", explode=True),
        ParamSpec(name="tags", wire="tags", location="query", style="form", explode=True),
        ParamSpec(name="status", wire="status", location="query", style="form", explode=True),
        _IDEMPOTENCY_KEY,
    ),
    response=m.ListWorkflowResponse,
    errors=_ERRORS,
    security=(("secretKey",),),
    unwrap="data",
    pagination=PaginationSpec(
        style="offset",
        items_field="workflows",
        offset_param="offset",
        limit_param="limit",
        total_field="totalCount",
    ),
)
_GET: Operation[m.WorkflowResponseDto] = Operation(
    id="WorkflowController_getWorkflow",
    method="GET",
    path="/v2/workflows/{workflowId}",
    params=(
        _WORKFLOW_ID,
        ParamSpec(name="environment_id", wire="environmentId", location="query", style="form", explode=True),
        _IDEMPOTENCY_KEY,
    ),
    response=m.WorkflowResponseDto,
    errors=_ERRORS,
    security=(("secretKey",),),
    unwrap="data",
)
_DELETE: Operation[None] = Operation(
    id="WorkflowController_removeWorkflow",
    method="DELETE",
    path="/v2/workflows/{workflowId}",
    params=(_WORKFLOW_ID, _IDEMPOTENCY_KEY),
    response=None,
    response_media_type=None,
    errors=_ERRORS,
    security=(("secretKey",),),
)
_PATCH: Operation[m.WorkflowResponseDto] = Operation(
    id="WorkflowController_patchWorkflow",
    method="PATCH",
    path="/v2/workflows/{workflowId}",
    params=(_WORKFLOW_ID, _IDEMPOTENCY_KEY),
    body=BodySpec(media_type="application/json", name="body", model=m.PatchWorkflowDto),
    response=m.WorkflowResponseDto,
    errors=_ERRORS,
    security=(("secretKey",),),
    unwrap="data",
)


class Workflows(SyncResource):
    @cached_property
    def with_raw_response(self) -> WorkflowsWithRawResponse:
        return WorkflowsWithRawResponse(self._client)

    def create(
        self,
        *,
        body: m.CreateWorkflowDto | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.WorkflowResponseDto:
        return self._client.request(
            _CREATE,
            {
                "body": body,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        order_direction: m.DirectionEnum | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        status: builtins.list[m.WorkflowStatusEnum] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.ListWorkflowResponse:
        return self._client.request(
            _LIST,
            {
                "limit": limit,
                "offset": offset,
                "order_direction": order_direction,
                "query": query,
                "tags": tags,
                "status": status,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def iter_list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        order_direction: m.DirectionEnum | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        status: builtins.list[m.WorkflowStatusEnum] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[m.WorkflowListResponseDto]:
        return self._client.paginate(
            _LIST,
            {
                "limit": limit,
                "offset": offset,
                "order_direction": order_direction,
                "query": query,
                "tags": tags,
                "status": status,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        *,
        workflow_id: str,
        environment_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.WorkflowResponseDto:
        return self._client.request(
            _GET,
            {
                "workflow_id": workflow_id,
                "environment_id": environment_id,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        *,
        workflow_id: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        return self._client.request(
            _DELETE,
            {
                "workflow_id": workflow_id,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def patch(
        self,
        *,
        workflow_id: str,
        body: m.PatchWorkflowDto | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.WorkflowResponseDto:
        return self._client.request(
            _PATCH,
            {
                "workflow_id": workflow_id,
                "body": body,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class WorkflowsWithRawResponse(SyncResource):
    def create(
        self,
        *,
        body: m.CreateWorkflowDto | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.WorkflowResponseDto]:
        return self._client.request_raw(
            _CREATE,
            {
                "body": body,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        order_direction: m.DirectionEnum | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        status: builtins.list[m.WorkflowStatusEnum] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.ListWorkflowResponse]:
        return self._client.request_raw(
            _LIST,
            {
                "limit": limit,
                "offset": offset,
                "order_direction": order_direction,
                "query": query,
                "tags": tags,
                "status": status,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        *,
        workflow_id: str,
        environment_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.WorkflowResponseDto]:
        return self._client.request_raw(
            _GET,
            {
                "workflow_id": workflow_id,
                "environment_id": environment_id,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def delete(
        self,
        *,
        workflow_id: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[None]:
        return self._client.request_raw(
            _DELETE,
            {
                "workflow_id": workflow_id,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def patch(
        self,
        *,
        workflow_id: str,
        body: m.PatchWorkflowDto | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.WorkflowResponseDto]:
        return self._client.request_raw(
            _PATCH,
            {
                "workflow_id": workflow_id,
                "body": body,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncWorkflows(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncWorkflowsWithRawResponse:
        return AsyncWorkflowsWithRawResponse(self._client)

    async def create(
        self,
        *,
        body: m.CreateWorkflowDto | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.WorkflowResponseDto:
        return await self._client.request(
            _CREATE,
            {
                "body": body,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        order_direction: m.DirectionEnum | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        status: builtins.list[m.WorkflowStatusEnum] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.ListWorkflowResponse:
        return await self._client.request(
            _LIST,
            {
                "limit": limit,
                "offset": offset,
                "order_direction": order_direction,
                "query": query,
                "tags": tags,
                "status": status,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def iter_list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        order_direction: m.DirectionEnum | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        status: builtins.list[m.WorkflowStatusEnum] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[m.WorkflowListResponseDto]:
        return self._client.paginate(
            _LIST,
            {
                "limit": limit,
                "offset": offset,
                "order_direction": order_direction,
                "query": query,
                "tags": tags,
                "status": status,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        *,
        workflow_id: str,
        environment_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.WorkflowResponseDto:
        return await self._client.request(
            _GET,
            {
                "workflow_id": workflow_id,
                "environment_id": environment_id,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete(
        self,
        *,
        workflow_id: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> None:
        return await self._client.request(
            _DELETE,
            {
                "workflow_id": workflow_id,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def patch(
        self,
        *,
        workflow_id: str,
        body: m.PatchWorkflowDto | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.WorkflowResponseDto:
        return await self._client.request(
            _PATCH,
            {
                "workflow_id": workflow_id,
                "body": body,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncWorkflowsWithRawResponse(AsyncResource):
    async def create(
        self,
        *,
        body: m.CreateWorkflowDto | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.WorkflowResponseDto]:
        return await self._client.request_raw(
            _CREATE,
            {
                "body": body,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def list(
        self,
        *,
        limit: float | NotGiven = NOT_GIVEN,
        offset: float | NotGiven = NOT_GIVEN,
        order_direction: m.DirectionEnum | NotGiven = NOT_GIVEN,
        query: str | NotGiven = NOT_GIVEN,
        tags: builtins.list[str] | NotGiven = NOT_GIVEN,
        status: builtins.list[m.WorkflowStatusEnum] | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.ListWorkflowResponse]:
        return await self._client.request_raw(
            _LIST,
            {
                "limit": limit,
                "offset": offset,
                "order_direction": order_direction,
                "query": query,
                "tags": tags,
                "status": status,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        *,
        workflow_id: str,
        environment_id: str | NotGiven = NOT_GIVEN,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.WorkflowResponseDto]:
        return await self._client.request_raw(
            _GET,
            {
                "workflow_id": workflow_id,
                "environment_id": environment_id,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def delete(
        self,
        *,
        workflow_id: str,
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[None]:
        return await self._client.request_raw(
            _DELETE,
            {
                "workflow_id": workflow_id,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def patch(
        self,
        *,
        workflow_id: str,
        body: m.PatchWorkflowDto | dict[str, Any],
        idempotency_key: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.WorkflowResponseDto]:
        return await self._client.request_raw(
            _PATCH,
            {
                "workflow_id": workflow_id,
                "body": body,
                "idempotency_key": idempotency_key,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
