from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property

import httpx

from .. import errors as e
from .. import models as m
from .._runtime import NOT_GIVEN, APIResponse, AsyncResource, NotGiven, SyncResource
from .._runtime._spec import BodySpec, ErrorCase, Operation, ParamSpec, WaiterSpec

__all__ = [
    "AsyncExecutions",
    "AsyncExecutionsWithRawResponse",
    "Executions",
    "ExecutionsWithRawResponse",
]

_CREATE: Operation[m.Execution] = Operation(
    id="createActionExecution",
    method="POST",
    path="/workflows/{workflow_id}/executions",
    params=(ParamSpec(name="workflow_id", wire="workflow_id", location="path"),),
    body=BodySpec(
        media_type="application/json",
        fields=(
            ("task_id", "task_id"),
            ("action_id", "action_id"),
            ("performed_by", "performed_by"),
        ),
    ),
    response=m.Execution,
    errors=(ErrorCase(status="422", exception=e.UnprocessableEntityError, model=m.ExecutionFailure),),
    security=(("bearerAuth",),),
)

_GET: Operation[m.Execution] = Operation(
    id="getActionExecution",
    method="GET",
    path="/workflows/{workflow_id}/executions/{execution_id}",
    params=(
        ParamSpec(name="workflow_id", wire="workflow_id", location="path"),
        ParamSpec(name="execution_id", wire="execution_id", location="path"),
    ),
    response=m.Execution,
    security=(("bearerAuth",),),
    waiter=WaiterSpec(
        field="status",
        success=("Success",),
        failure=("Fail",),
        errors_field="errors",
        delay=1.0,
        backoff=1.5,
        max_delay=15.0,
        timeout=300.0,
    ),
)


class Executions(SyncResource):
    @cached_property
    def with_raw_response(self) -> ExecutionsWithRawResponse:
        return ExecutionsWithRawResponse(self._client)

    def create(
        self,
        *,
        workflow_id: str,
        task_id: str,
        action_id: str,
        performed_by: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.Execution:
        return self._client.request(
            _CREATE,
            {
                "workflow_id": workflow_id,
                "task_id": task_id,
                "action_id": action_id,
                "performed_by": performed_by,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        *,
        workflow_id: str,
        execution_id: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.Execution:
        return self._client.request(
            _GET,
            {"workflow_id": workflow_id, "execution_id": execution_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def wait(
        self,
        *,
        workflow_id: str,
        execution_id: str,
        delay: float | NotGiven = NOT_GIVEN,
        max_wait: float | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.Execution:
        return self._client.wait(
            _GET,
            {"workflow_id": workflow_id, "execution_id": execution_id},
            delay=delay,
            max_wait=max_wait,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class ExecutionsWithRawResponse(SyncResource):
    def create(
        self,
        *,
        workflow_id: str,
        task_id: str,
        action_id: str,
        performed_by: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.Execution]:
        return self._client.request_raw(
            _CREATE,
            {
                "workflow_id": workflow_id,
                "task_id": task_id,
                "action_id": action_id,
                "performed_by": performed_by,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def get(
        self,
        *,
        workflow_id: str,
        execution_id: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.Execution]:
        return self._client.request_raw(
            _GET,
            {"workflow_id": workflow_id, "execution_id": execution_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncExecutions(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncExecutionsWithRawResponse:
        return AsyncExecutionsWithRawResponse(self._client)

    async def create(
        self,
        *,
        workflow_id: str,
        task_id: str,
        action_id: str,
        performed_by: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.Execution:
        return await self._client.request(
            _CREATE,
            {
                "workflow_id": workflow_id,
                "task_id": task_id,
                "action_id": action_id,
                "performed_by": performed_by,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        *,
        workflow_id: str,
        execution_id: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.Execution:
        return await self._client.request(
            _GET,
            {"workflow_id": workflow_id, "execution_id": execution_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def wait(
        self,
        *,
        workflow_id: str,
        execution_id: str,
        delay: float | NotGiven = NOT_GIVEN,
        max_wait: float | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.Execution:
        return await self._client.wait(
            _GET,
            {"workflow_id": workflow_id, "execution_id": execution_id},
            delay=delay,
            max_wait=max_wait,
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncExecutionsWithRawResponse(AsyncResource):
    async def create(
        self,
        *,
        workflow_id: str,
        task_id: str,
        action_id: str,
        performed_by: str | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.Execution]:
        return await self._client.request_raw(
            _CREATE,
            {
                "workflow_id": workflow_id,
                "task_id": task_id,
                "action_id": action_id,
                "performed_by": performed_by,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def get(
        self,
        *,
        workflow_id: str,
        execution_id: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.Execution]:
        return await self._client.request_raw(
            _GET,
            {"workflow_id": workflow_id, "execution_id": execution_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
