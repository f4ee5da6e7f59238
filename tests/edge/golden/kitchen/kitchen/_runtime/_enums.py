"""Open enums: an enum value the API added after the package was generated is accepted.

A generated enum calls `open_enum_missing` from its `_missing_` hook. By default an unknown
value becomes a pseudo-member (same class, `name` and `value` equal to the value), so parsing
a response never fails because the API grew a new value. In strict mode (the client's
`strict=True` while it parses a response, or `with strict_enums():`) unknown values are
rejected and parsing fails with a validation error.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any, Final

__all__ = ["is_strict", "open_enum_missing", "strict_enums"]

_STRICT: Final[ContextVar[bool]] = ContextVar("sdkforge_strict_enums", default=False)
_MAX_PSEUDO_MEMBERS: Final = 256
_pseudo_members: dict[type[enum.Enum], dict[object, enum.Enum]] = {}


def is_strict() -> bool:
    """Whether unknown enum values are rejected in the current context."""
    return _STRICT.get()


@contextmanager
def strict_enums(strict: bool = True) -> Iterator[None]:
    """Reject (or, with `strict=False`, accept) unknown enum values inside the block."""
    token = _STRICT.set(strict)
    try:
        yield
    finally:
        _STRICT.reset(token)


def _value_kind(cls: type[enum.Enum]) -> type | None:
    if issubclass(cls, str):
        return str
    if issubclass(cls, int):
        return int
    if issubclass(cls, float):
        return float
    kinds = {type(member.value) for member in cls}
    if len(kinds) == 1:
        kind = kinds.pop()
        if kind in (str, int, float):
            return kind
    return None


def open_enum_missing(cls: type[enum.Enum], value: object) -> Any:
    """The `_missing_` of a generated enum: a pseudo-member for `value`, or None when strict.

    Returning None makes the enum raise ValueError, which pydantic reports as a validation
    error. Values of the wrong type (an int for a string enum, a bool for an int enum) are
    always rejected.
    """
    if _STRICT.get():
        return None
    kind = _value_kind(cls)
    if kind is None or isinstance(value, bool) or not isinstance(value, kind):
        return None
    members = _pseudo_members.setdefault(cls, {})
    found = members.get(value)
    if found is not None:
        return found
    pseudo: enum.Enum
    if issubclass(cls, str):
        pseudo = str.__new__(cls, value)
    elif issubclass(cls, int) and isinstance(value, int):
        pseudo = int.__new__(cls, value)
    elif issubclass(cls, float) and isinstance(value, float):
        pseudo = float.__new__(cls, value)
    else:
        pseudo = object.__new__(cls)
    pseudo._name_ = str(value)
    pseudo._value_ = value
    if len(members) < _MAX_PSEUDO_MEMBERS:
        members[value] = pseudo
    return pseudo
