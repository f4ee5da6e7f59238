from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ._runtime import open_enum_missing


class Status(StrEnum):
    NOT_STARTED = "NOT_STARTED"
    IN_PROGRESS = "IN_PROGRESS"
    COMPLETE = "COMPLETE"
    FAILED = "FAILED"
    SPLIT = "SPLIT"
    RETRY = "RETRY"
    CANCELLED = "CANCELLED"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_missing(cls, value)


class WorkflowType(StrEnum):
    APPFLOW_INTEGRATION = "APPFLOW_INTEGRATION"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_missing(cls, value)


class AppflowIntegrationWorkflowStep(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    flow_name: str = Field(alias="FlowName")
    status: Status = Field(alias="Status")
    execution_message: str = Field(alias="ExecutionMessage")
    records_processed: int = Field(alias="RecordsProcessed")
    batch_records_start_time: str = Field(alias="BatchRecordsStartTime")
    batch_records_end_time: str = Field(alias="BatchRecordsEndTime")
    created_at: float = Field(alias="CreatedAt")
    last_updated_at: float = Field(alias="LastUpdatedAt")


class WorkflowStepItem(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    appflow_integration: AppflowIntegrationWorkflowStep | None = Field(default=None, alias="AppflowIntegration")


class GetWorkflowStepsResponse(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    workflow_id: str | None = Field(default=None, alias="WorkflowId")
    workflow_type: WorkflowType | None = Field(default=None, alias="WorkflowType")
    items: list[WorkflowStepItem] | None = Field(default=None, alias="Items")
    next_token: str | None = Field(default=None, alias="NextToken")


class ErrorBody(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    message: str | None = Field(default=None, alias="Message")
