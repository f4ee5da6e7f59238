from __future__ import annotations

from collections.abc import Mapping

import httpx

from .. import models as m
from .._runtime import NOT_GIVEN, AsyncResource, NotGiven, SyncResource
from .._runtime._spec import Operation, ParamSpec

__all__ = ["Actions", "AsyncActions"]

_LIST: Operation[list[m.Action]] = Operation(
    id="listTaskActions",
    method="GET",
    path="/workflows/{workflow_id}/tasks/{unique_id}/actions",
    params=(
        ParamSpec(name="workflow_id", wire="workflow_id", location="path"),
        ParamSpec(name="task_id", wire="unique_id", location="path"),
    ),
    response=list[m.Action],
    security=(("bearerAuth",),),
)


class Actions(SyncResource):
    def list(
        self,
        *,
        workflow_id: str,
        task_id: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[m.Action]:
        return self._client.request(
            _LIST,
            {"workflow_id": workflow_id, "task_id": task_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncActions(AsyncResource):
    async def list(
        self,
        *,
        workflow_id: str,
        task_id: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[m.Action]:
        return await self._client.request(
            _LIST,
            {"workflow_id": workflow_id, "task_id": task_id},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
