from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ._runtime import open_enum_missing


class WorkflowStatusEnum(StrEnum):
    ACTIVE = "ACTIVE"
    INACTIVE = "INACTIVE"
    ERROR = "ERROR"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_missing(cls, value)


class DirectionEnum(StrEnum):
    ASC = "ASC"
    DESC = "DESC"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_missing(cls, value)


class WorkflowPreferenceDto(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    enabled: bool | None = True
    read_only: bool | None = Field(default=False, alias="readOnly")


class CreateWorkflowDto(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    name: str
    workflow_id: str = Field(alias="workflowId")
    steps: list[dict[str, Any]]
    description: str | None = None
    tags: list[str] | None = None
    active: bool | None = False
    payload_schema: dict[str, Any] | None = Field(default=None, alias="payloadSchema")
    preference: WorkflowPreferenceDto | None = None


class PatchWorkflowDto(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    active: bool | None = None
    name: str | None = None
    payload_schema: dict[str, Any] | None = Field(default=None, alias="payloadSchema")


class WorkflowResponseDto(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    name: str
    id: str = Field(alias="_id")
    workflow_id: str = Field(alias="workflowId")
    status: WorkflowStatusEnum
    tags: list[str] | None = None


class WorkflowListResponseDto(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    name: str
    id: str = Field(alias="_id")
    workflow_id: str = Field(alias="workflowId")
    status: WorkflowStatusEnum


class ListWorkflowResponse(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    workflows: list[WorkflowListResponseDto]
    total_count: float = Field(alias="totalCount")


class ErrorDto(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    status_code: float = Field(alias="statusCode")
    timestamp: str
    path: str
    message: Any = None


class ConstraintValidation(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    messages: list[str]
    value: Any = None


class ValidationErrorDto(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    status_code: float = Field(alias="statusCode")
    timestamp: str
    path: str
    errors: dict[str, ConstraintValidation]
    message: Any = None
