from __future__ import annotations

from collections.abc import Mapping

import httpx

from .. import errors as e
from .. import models as m
from .._runtime import NOT_GIVEN, AsyncPager, AsyncResource, NotGiven, SyncPager, SyncResource
from .._runtime._spec import ErrorCase, Operation, PaginationSpec, ParamSpec

__all__ = ["AsyncWorkflows", "Workflows"]

_GET_WORKFLOW_STEPS: Operation[m.GetWorkflowStepsResponse] = Operation(
    id="GetWorkflowSteps",
    method="GET",
    path="/domains/{DomainName}/workflows/{WorkflowId}/steps",
    params=(
        ParamSpec(name="domain_name", wire="DomainName", location="path"),
        ParamSpec(name="workflow_id", wire="WorkflowId", location="path"),
        ParamSpec(name="next_token", wire="next-token", location="query", style="form", explode=True),
        ParamSpec(name="max_results", wire="max-results", location="query", style="form", explode=True),
    ),
    response=m.GetWorkflowStepsResponse,
    errors=(
        ErrorCase(
            status="400",
            exception=e.BadRequestException,
            model=m.ErrorBody,
            code="BadRequestException",
        ),
        ErrorCase(
            status="403",
            exception=e.AccessDeniedException,
            model=m.ErrorBody,
            code="AccessDeniedException",
        ),
        ErrorCase(
            status="404",
            exception=e.ResourceNotFoundException,
            model=m.ErrorBody,
            code="ResourceNotFoundException",
        ),
        ErrorCase(
            status="429",
            exception=e.ThrottlingException,
            model=m.ErrorBody,
            code="ThrottlingException",
        ),
        ErrorCase(
            status="500",
            exception=e.InternalServerException,
            model=m.ErrorBody,
            code="InternalServerException",
        ),
    ),
    security=(("sigv4",),),
    pagination=PaginationSpec(
        style="token",
        items_field="Items",
        token_param="next_token",
        token_field="NextToken",
        limit_param="max_results",
    ),
)


class Workflows(SyncResource):
    def get_workflow_steps(
        self,
        *,
        domain_name: str,
        workflow_id: str,
        next_token: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.GetWorkflowStepsResponse:
        return self._client.request(
            _GET_WORKFLOW_STEPS,
            {
                "domain_name": domain_name,
                "workflow_id": workflow_id,
                "next_token": next_token,
                "max_results": max_results,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def iter_get_workflow_steps(
        self,
        *,
        domain_name: str,
        workflow_id: str,
        next_token: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> SyncPager[m.WorkflowStepItem]:
        return self._client.paginate(
            _GET_WORKFLOW_STEPS,
            {
                "domain_name": domain_name,
                "workflow_id": workflow_id,
                "next_token": next_token,
                "max_results": max_results,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncWorkflows(AsyncResource):
    async def get_workflow_steps(
        self,
        *,
        domain_name: str,
        workflow_id: str,
        next_token: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.GetWorkflowStepsResponse:
        return await self._client.request(
            _GET_WORKFLOW_STEPS,
            {
                "domain_name": domain_name,
                "workflow_id": workflow_id,
                "next_token": next_token,
                "max_results": max_results,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def iter_get_workflow_steps(
        self,
        *,
        domain_name: str,
        workflow_id: str,
        next_token: str | NotGiven = NOT_GIVEN,
        max_results: int | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> AsyncPager[m.WorkflowStepItem]:
        return self._client.paginate(
            _GET_WORKFLOW_STEPS,
            {
                "domain_name": domain_name,
                "workflow_id": workflow_id,
                "next_token": next_token,
                "max_results": max_results,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
