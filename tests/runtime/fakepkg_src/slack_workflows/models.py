from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict


class StepError(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    message: str


class DefaultSuccessResponse(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    ok: bool
    error: str | None = None
    warning: str | None = None
    response_metadata: dict[str, Any] | None = None
