from __future__ import annotations

from enum import Enum, IntEnum, StrEnum
from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from ._runtime import open_enum_missing


class Color(StrEnum):
    red = "red"
    dark_blue = "dark blue"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_missing(cls, value)


class Priority(IntEnum):
    low = 1
    high = 2

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_missing(cls, value)


class Shape(Enum):
    circle = "circle"
    square = "square"

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_missing(cls, value)


class Inner(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    inner_value: int = Field(alias="innerValue")
    note: str | None = None


class Item(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    item_name: str = Field(alias="itemName")
    count: int | None = None
    nullable_note: str | None = Field(default=None, alias="nullableNote")
    inner: Inner | None = None
    color: Color | None = None


class Enums(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    color: Color
    priority: Priority
    shape: Shape


class Problem(BaseModel):
    model_config = ConfigDict(extra="allow", populate_by_name=True)
    code: str | None = None
    message: str
