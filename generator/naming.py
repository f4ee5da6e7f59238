"""Every Python name in a generated package is made here, and only here.

Spec strings (operationIds, tags, schema and property names, parameter names) can be anything:
keywords, builtins, pydantic's own attribute names, leading digits, non-ASCII, empty, or two
strings that normalise to the same name. The functions below turn any string into a valid,
non-reserved Python name, and `NameTable` keeps names unique within one scope.

Names come out as `Identifier` / `ClassName` (validated `str` subclasses), so a raw spec string
cannot be passed where a Python name is expected without going through this module.

Soft keywords (`match`, `case`, `type`) are ordinary identifiers in Python and stay as they are:
`type` is the most common property name in the specs we read and `type_` would only hurt.
"""

from __future__ import annotations

import builtins
import keyword
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache

__all__ = [
    "ClassName",
    "Identifier",
    "NameTable",
    "argument_name",
    "class_name",
    "enum_member_name",
    "field_name",
    "method_name",
    "module_name",
    "package_name",
    "pascal_case",
    "snake_case",
    "words",
]


class Identifier(str):
    """A valid Python identifier that is not a keyword."""

    __slots__ = ()

    def __new__(cls, value: str) -> Identifier:
        if not value.isidentifier() or keyword.iskeyword(value):
            raise ValueError(f"not a usable Python identifier: {value!r}")
        return super().__new__(cls, value)


class ClassName(Identifier):
    """A PascalCase class name."""

    __slots__ = ()


# Attributes of pydantic.BaseModel (v2 and the deprecated v1 ones) that a field must not shadow.
PYDANTIC_RESERVED = frozenset(
    {
        "construct", "copy", "dict", "fields", "from_orm", "json", "parse_file", "parse_obj",
        "parse_raw", "schema", "schema_json", "update_forward_refs", "validate",
        "model_computed_fields", "model_config", "model_construct", "model_copy", "model_dump",
        "model_dump_json", "model_extra", "model_fields", "model_fields_set",
        "model_json_schema", "model_parametrized_name", "model_post_init", "model_rebuild",
        "model_validate", "model_validate_json", "model_validate_strings",
    }
)  # fmt: skip

# Names used inside generated annotations: a field with one of these names would shadow the
# type in the class body (`date: date | None` breaks), so fields never take them.
ANNOTATION_NAMES = frozenset(
    {
        "Any", "AnyUrl", "AwareDatetime", "BaseModel", "ConfigDict", "Decimal", "Enum", "Field",
        "IntEnum", "Literal", "NaiveDatetime", "RootModel", "StrEnum", "UUID", "annotations",
        "bool", "bytes", "date", "datetime", "dict", "float", "int", "list", "object", "set",
        "str", "time", "timedelta", "tuple", "None",
    }
)  # fmt: skip

# Keyword arguments every generated method takes; a parameter may not take these names.
CALL_OPTIONS = frozenset({"self", "timeout", "max_retries", "extra_headers", "delay", "max_wait"})

# Attributes of generated resources: a method may not take these names.
RESOURCE_ATTRIBUTES = frozenset({"with_raw_response"})

# Attributes of generated clients: a resource may not take these names.
CLIENT_ATTRIBUTES = frozenset(
    {
        "close", "aclose", "request", "request_raw", "paginate", "wait", "base_url", "timeout",
        "max_retries", "with_raw_response", "spec", "http_client",
    }
)  # fmt: skip

_BUILTINS = frozenset(dir(builtins))
_SPLIT_CAMEL = re.compile(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+[0-9]*")
_PASCAL = re.compile(r"[A-Z][A-Za-z0-9]*")


def _ascii(text: str) -> str:
    """Fold accents (`ü` -> `u`); other non-ASCII letters become `u<codepoint>` words."""
    if text.isascii():
        return text
    out: list[str] = []
    for char in unicodedata.normalize("NFKD", text):
        if unicodedata.combining(char):
            continue
        if char.isascii():
            out.append(char)
        elif char.isalnum():
            out.append(f" u{ord(char):04x} ")
        else:
            out.append(" ")
    return "".join(out)


_NON_ALNUM = re.compile(r"[^A-Za-z0-9]+")


def words(text: str) -> list[str]:
    """Split any string into lower-case words: `HTTPRequestStepDto` -> http, request, step, dto."""
    return list(_words(text))


@lru_cache(maxsize=1 << 16)  # large specs ask for the same names many times
def _words(text: str) -> tuple[str, ...]:
    result: list[str] = []
    for chunk in _NON_ALNUM.split(_ascii(text)):
        result.extend(match.lower() for match in _SPLIT_CAMEL.findall(chunk))
    return tuple(result)


@lru_cache(maxsize=1 << 16)
def snake_case(text: str) -> str:
    return "_".join(_words(text))


@lru_cache(maxsize=1 << 16)
def pascal_case(text: str) -> str:
    """`workflow storage-entries` -> `WorkflowStorageEntries` (no reserved-name handling)."""
    return "".join(w[:1].upper() + w[1:] for w in _words(text))


def _finish(name: str, fallback: str, reserved: Iterable[str] = ()) -> str:
    if not name:
        name = fallback
    if name[0].isdigit():
        name = f"{fallback}_{name}" if fallback.islower() else f"{fallback}{name}"
    if keyword.iskeyword(name) or name in reserved:
        name += "_"
    return name


_FIELD_RESERVED = PYDANTIC_RESERVED | ANNOTATION_NAMES
_MODULE_RESERVED = CLIENT_ATTRIBUTES | _BUILTINS
_CLASS_RESERVED = ANNOTATION_NAMES | _BUILTINS


@lru_cache(maxsize=1 << 16)
def field_name(wire: str) -> Identifier:
    """A model attribute: snake_case, never a pydantic attribute, keyword or annotation name."""
    name = _finish(snake_case(wire), "field", _FIELD_RESERVED)
    # pydantic reserves the `model_` prefix (it warns about such fields at class creation)
    return Identifier(f"field_{name}" if name.startswith("model_") else name)


def argument_name(wire: str) -> Identifier:
    """A keyword argument of a generated method."""
    return Identifier(_finish(snake_case(wire), "arg", CALL_OPTIONS))


def method_name(text: str) -> Identifier:
    """A resource method (`workflows.stepCompleted` -> `workflows_step_completed`)."""
    return Identifier(_finish(snake_case(text), "call", RESOURCE_ATTRIBUTES))


def module_name(text: str) -> Identifier:
    """A module or resource attribute (from a tag)."""
    return Identifier(_finish(snake_case(text), "resource", _MODULE_RESERVED))


def package_name(text: str) -> Identifier:
    return Identifier(_finish(snake_case(text), "api", _BUILTINS))


@lru_cache(maxsize=1 << 16)
def class_name(text: str) -> ClassName:
    """A PascalCase class; never a name the generated modules import or a builtin."""
    pascal = text if _PASCAL.fullmatch(text) else pascal_case(text)
    name = _finish(pascal, "Model", _CLASS_RESERVED)
    if name.endswith("_"):
        name = name[:-1] + "Model"
    return ClassName(name)


def enum_member_name(value: object) -> Identifier:
    """An enum member: UPPER_SNAKE of its value (`in_app` -> IN_APP, `""` -> EMPTY, 1 -> VALUE_1)."""
    if isinstance(value, bool) or value is None:
        text = str(value).upper()
    elif isinstance(value, int | float):
        text = "value_" + str(value).replace("-", "minus_").replace(".", "_")
    else:
        text = str(value)
    base = snake_case(text).upper() or "EMPTY"
    if base[0].isdigit():
        base = "VALUE_" + base
    if keyword.iskeyword(base) or base.startswith("_") or base == "MRO":
        base += "_"
    return Identifier(base)


class NameTable:
    """Unique names within one scope (a module, a class, a method's arguments).

    `claim` returns the name for a spec string; a second string that normalises to a taken
    name gets `_2`, `_3`, ... (`2`, `3` for classes). Names already reserved by the caller (via
    `reserve`) are never handed out. Claims are resolved in the order they are made, so callers
    claim in a stable order (sorted, or spec order) to keep names stable.
    """

    def __init__(self, reserved: Iterable[str] = ()) -> None:
        self._taken: set[str] = set(reserved)
        self._given: dict[str, str] = {}

    def reserve(self, name: str) -> None:
        self._taken.add(name)

    def __contains__(self, name: str) -> bool:
        return name in self._taken

    def claim(self, key: str, name: str) -> str:
        if key in self._given:
            return self._given[key]
        candidate, counter = name, 2
        while candidate in self._taken:
            joiner = "" if name[:1].isupper() else "_"
            candidate = f"{name}{joiner}{counter}"
            counter += 1
        self._taken.add(candidate)
        self._given[key] = candidate
        return candidate
