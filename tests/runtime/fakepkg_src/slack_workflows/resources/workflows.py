from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx

from .. import models as m
from .._runtime import NOT_GIVEN, AsyncResource, NotGiven, SyncResource
from .._runtime._spec import BodySpec, Operation

__all__ = ["AsyncWorkflows", "Workflows"]

_STEP_COMPLETED: Operation[m.DefaultSuccessResponse] = Operation(
    id="workflows.stepCompleted",
    method="POST",
    path="/workflows.stepCompleted",
    body=BodySpec(
        media_type="application/json;charset=utf-8",
        fields=(("workflow_step_execute_id", "workflow_step_execute_id"), ("outputs", "outputs")),
    ),
    response=m.DefaultSuccessResponse,
    security=(("bearerAuth",),),
)

_STEP_FAILED: Operation[m.DefaultSuccessResponse] = Operation(
    id="workflows.stepFailed",
    method="POST",
    path="/workflows.stepFailed",
    body=BodySpec(
        media_type="application/json;charset=utf-8",
        fields=(("workflow_step_execute_id", "workflow_step_execute_id"), ("error", "error")),
    ),
    response=m.DefaultSuccessResponse,
    security=(("bearerAuth",),),
)


class Workflows(SyncResource):
    def step_completed(
        self,
        *,
        workflow_step_execute_id: str,
        outputs: dict[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.DefaultSuccessResponse:
        return self._client.request(
            _STEP_COMPLETED,
            {"workflow_step_execute_id": workflow_step_execute_id, "outputs": outputs},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def step_failed(
        self,
        *,
        workflow_step_execute_id: str,
        error: m.StepError | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.DefaultSuccessResponse:
        return self._client.request(
            _STEP_FAILED,
            {"workflow_step_execute_id": workflow_step_execute_id, "error": error},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncWorkflows(AsyncResource):
    async def step_completed(
        self,
        *,
        workflow_step_execute_id: str,
        outputs: dict[str, Any] | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.DefaultSuccessResponse:
        return await self._client.request(
            _STEP_COMPLETED,
            {"workflow_step_execute_id": workflow_step_execute_id, "outputs": outputs},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def step_failed(
        self,
        *,
        workflow_step_execute_id: str,
        error: m.StepError | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.DefaultSuccessResponse:
        return await self._client.request(
            _STEP_FAILED,
            {"workflow_step_execute_id": workflow_step_execute_id, "error": error},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
