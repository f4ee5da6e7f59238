"""Reading a property of a parsed response by its wire name (pagination, waiters)."""

from __future__ import annotations

import enum
from typing import Any, Final

from pydantic import BaseModel

__all__ = ["wire_get", "wire_text"]

_aliases: Final[dict[type[BaseModel], dict[str, str]]] = {}


def _alias_map(cls: type[BaseModel]) -> dict[str, str]:
    found = _aliases.get(cls)
    if found is None:
        found = {}
        for name, info in cls.model_fields.items():
            found[name] = name
            if isinstance(info.validation_alias, str):
                found[info.validation_alias] = name
            if info.alias:
                found[info.alias] = name
        _aliases[cls] = found
    return found


def wire_get(obj: Any, wire: str) -> Any:
    """The value of property `wire` of a model, dict or object; None when absent."""
    if isinstance(obj, BaseModel):
        name = _alias_map(type(obj)).get(wire)
        if name is not None:
            return getattr(obj, name)
        extra = obj.model_extra
        return extra.get(wire) if extra else None
    if isinstance(obj, dict):
        return obj.get(wire)
    return getattr(obj, wire, None)


def wire_text(value: Any) -> str | None:
    """An enum member or scalar as the text the API sent; None for None."""
    if value is None:
        return None
    if isinstance(value, enum.Enum):
        value = value.value
    return value if isinstance(value, str) else str(value)
