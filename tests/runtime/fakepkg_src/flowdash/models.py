from __future__ import annotations

from enum import StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict

from ._runtime import open_enum_missing


class Status(StrEnum):
    Pending = "Pending"
    Success = "Success"
    Fail = "Fail"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_missing(cls, value)


class Action(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    id: str
    name: str


class Execution(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    id: str
    status: Status
    errors: list[str] | None = None


class ExecutionFailure(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    status: str
    errors: list[str]
