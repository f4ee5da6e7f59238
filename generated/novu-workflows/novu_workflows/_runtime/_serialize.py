"""Turn the caller's arguments into the pieces of an HTTP request.

Path parameters are percent-encoded as one segment (RFC 3986: only unreserved characters stay,
so `/` becomes `%2F` and a space `%20`). Query parameters are encoded the same way (`+` becomes
`%2B`, a space `%20`) and the query string is built here, so httpx sends it unchanged (AWS
signs exactly these bytes). `NOT_GIVEN` is never sent; `None` is dropped from the path, the
query, headers and cookies, and sent as JSON `null` in a body. Booleans are `true`/`false`,
enums their value, floats as Python prints them.

For a query or cookie parameter the `ParamSpec` default style "simple" stands for the OpenAPI
default of those locations: `form` with `explode=true`.
"""

from __future__ import annotations

import enum
import json
import os
import sys
import urllib.parse
from collections.abc import Mapping, Sequence
from typing import Any, Final

from pydantic import BaseModel, TypeAdapter

from ._spec import BodySpec, Operation, ParamSpec
from ._types import NotGiven

__all__ = [
    "RequestBody",
    "RequestPlan",
    "dump_json",
    "encode",
    "plan_for",
    "scalar",
]

_ANY_ADAPTER: list[TypeAdapter[Any]] = []


def _any() -> TypeAdapter[Any]:
    """One TypeAdapter(Any), built on first use: building it at import costs ~30 ms."""
    if not _ANY_ADAPTER:
        _ANY_ADAPTER.append(TypeAdapter(Any))
    return _ANY_ADAPTER[0]


_SECRET_TYPES: list[tuple[type[Any], ...]] = []


def _secret_types() -> tuple[type[Any], ...]:
    """pydantic's `SecretStr` and `SecretBytes`, or () while `pydantic.types` is not imported.

    No instance of them can exist before their module is imported (by the models that use
    them), and importing it here would add ~20 ms to `import <package>`.
    """
    if not _SECRET_TYPES:
        module = sys.modules.get("pydantic.types")
        if module is None:
            return ()
        _SECRET_TYPES.append((module.SecretStr, module.SecretBytes))
    return _SECRET_TYPES[0]


_QUERY_SEPARATORS: Final = {
    "form": ",",
    "spaceDelimited": "%20",
    "pipeDelimited": "%7C",
}
_DOT_SEGMENTS: Final = {".": "%2E", "..": "%2E%2E"}


def encode(text: str) -> str:
    """Percent-encode everything but the RFC 3986 unreserved characters (UTF-8 first)."""
    return urllib.parse.quote(text, safe="")


def dump_json(value: Any) -> bytes:
    """Compact JSON; pydantic models by alias, without the fields that were never set."""
    if _has_model(value):
        return json.dumps(
            plain_body(value), separators=(",", ":"), ensure_ascii=False
        ).encode()
    return _any().dump_json(value, by_alias=True, exclude_unset=True)


_NULLABLE_CACHE: dict[type[BaseModel], frozenset[str] | None] = {}


def _nullable(model: type[BaseModel]) -> frozenset[str] | None:
    """Wire names of a model's fields that accept null (None: unknown, keep every null)."""
    if model not in _NULLABLE_CACHE:
        module = sys.modules.get(model.__module__)
        table = getattr(module, "NULLABLE_FIELDS", None)
        _NULLABLE_CACHE[model] = (
            None
            if not isinstance(table, dict)
            else table.get(model.__name__, frozenset())
        )
    return _NULLABLE_CACHE[model]


_SCALARS: Final = (str, int, float, type(None))


def _has_model(value: Any) -> bool:
    """Whether `value` holds a pydantic model or secret anywhere (scalars skipped fast)."""
    if isinstance(value, _SCALARS):
        return False
    if isinstance(value, dict):
        value = value.values()
    elif not isinstance(value, (list, tuple)):
        return isinstance(value, (BaseModel, *_secret_types()))
    return any(not isinstance(i, _SCALARS) and _has_model(i) for i in value)


def _prune_nulls(value: Any, dumped: Any) -> None:
    """Drop the nulls `model_dump` kept for fields whose schema does not allow null, and put
    back the values of secret fields (`format: password`) that it masked."""
    secret_types = _secret_types()
    if isinstance(value, BaseModel) and isinstance(dumped, dict):
        allowed = _nullable(type(value))
        fields = type(value).model_fields
        for name in value.model_fields_set:
            info = fields.get(name)
            if info is None:
                continue  # an extra field: sent as the caller gave it
            key = info.alias or name
            if key not in dumped:
                continue
            item = getattr(value, name)
            if item is None:
                if allowed is not None and key not in allowed:
                    del dumped[key]
            elif isinstance(item, secret_types):
                # masked in repr and logs, but the API must get the real value
                secret = item.get_secret_value()
                dumped[key] = secret.decode() if isinstance(secret, bytes) else secret
            else:
                _prune_nulls(item, dumped[key])
    elif isinstance(value, (list, tuple)) and isinstance(dumped, list):
        for item, dumped_item in zip(value, dumped, strict=False):
            _prune_nulls(item, dumped_item)
    elif isinstance(value, dict) and isinstance(dumped, dict):
        for key, item in value.items():
            if key not in dumped:
                continue
            if isinstance(item, secret_types):
                secret = item.get_secret_value()
                dumped[key] = secret.decode() if isinstance(secret, bytes) else secret
            else:
                _prune_nulls(item, dumped[key])


def plain_body(value: Any) -> Any:
    """JSON-ready data for a request body: models by alias, unset fields and disallowed nulls
    left out."""
    dumped = _any().dump_python(value, mode="json", by_alias=True, exclude_unset=True)
    _prune_nulls(value, dumped)
    return dumped


def _plain(value: Any) -> Any:
    """Models to dicts, tuples and sets to lists; everything else unchanged."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", by_alias=True, exclude_unset=True)
    if isinstance(value, (tuple, set, frozenset)):
        return list(value)
    return value


def scalar(value: Any) -> str:
    """The text of one value in a path, query, header or cookie."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float)):
        return str(value)
    if isinstance(value, (bytes, bytearray)):
        return bytes(value).decode()
    dumped = _any().dump_python(value, mode="json", by_alias=True, exclude_unset=True)
    if isinstance(dumped, str):
        return dumped
    return json.dumps(dumped, separators=(",", ":"))


def _items(values: Sequence[Any]) -> list[str]:
    return [
        encode(scalar(v))
        for v in values
        if v is not None and not isinstance(v, NotGiven)
    ]


def _pairs(mapping: Mapping[str, Any]) -> list[tuple[str, str]]:
    return [
        (encode(str(k)), encode(scalar(v)))
        for k, v in mapping.items()
        if v is not None and not isinstance(v, NotGiven)
    ]


def path_segment(spec: ParamSpec, value: Any) -> str:
    """One path parameter, encoded; `simple` (default), `label` and `matrix` styles."""
    if value is None or isinstance(value, NotGiven):
        raise ValueError(f"path parameter {spec.name!r} is required")
    value = _plain(value)
    style = spec.style
    if isinstance(value, list):
        items = _items(value)
        if style == "matrix":
            name = encode(spec.wire)
            if spec.explode:
                return "".join(f";{name}={i}" for i in items)
            return f";{name}=" + ",".join(items)
        if style == "label":
            return "." + ("." if spec.explode else ",").join(items)
        return ",".join(items)
    if isinstance(value, dict):
        pairs = _pairs(value)
        if spec.explode:
            joined = [f"{k}={v}" for k, v in pairs]
            if style == "matrix":
                return "".join(f";{p}" for p in joined)
            if style == "label":
                return "." + ".".join(joined)
            return ",".join(joined)
        flat = ",".join(f"{k},{v}" for k, v in pairs)
        if style == "matrix":
            return f";{encode(spec.wire)}={flat}"
        if style == "label":
            return "." + flat
        return flat
    text = encode(scalar(value))
    if style == "matrix":
        return f";{encode(spec.wire)}={text}"
    if style == "label":
        return "." + text
    if not text:
        raise ValueError(f"path parameter {spec.name!r} must not be empty")
    return _DOT_SEGMENTS.get(text, text)


def query_pairs(spec: ParamSpec, value: Any, out: list[str]) -> None:
    """Append the encoded `name=value` pairs of one query parameter to `out`."""
    if value is None or isinstance(value, NotGiven):
        return
    name = encode(spec.wire)
    if spec.json:
        out.append(f"{name}={encode(dump_json(value).decode())}")
        return
    value = _plain(value)
    style, explode = spec.style, spec.explode
    if style == "simple":
        style, explode = "form", True
    if isinstance(value, list):
        items = _items(value)
        if not items:
            return
        if explode or style == "deepObject":
            out.extend(f"{name}={i}" for i in items)
        else:
            out.append(f"{name}=" + _QUERY_SEPARATORS.get(style, ",").join(items))
    elif isinstance(value, dict):
        if style == "deepObject":
            _deep_object(name, value, out)
        elif explode:
            out.extend(f"{k}={v}" for k, v in _pairs(value))
        else:
            flat = ",".join(f"{k},{v}" for k, v in _pairs(value))
            out.append(f"{name}={flat}")
    else:
        out.append(f"{name}={encode(scalar(value))}")


def _deep_object(prefix: str, value: Mapping[str, Any], out: list[str]) -> None:
    for key, item in value.items():
        if item is None or isinstance(item, NotGiven):
            continue
        name = f"{prefix}%5B{encode(str(key))}%5D"
        item = _plain(item)
        if isinstance(item, dict):
            _deep_object(name, item, out)
        elif isinstance(item, list):
            out.extend(f"{name}={i}" for i in _items(item))
        else:
            out.append(f"{name}={encode(scalar(item))}")


def header_value(spec: ParamSpec, value: Any) -> str | None:
    """The value of one header parameter (`simple` style), or None to leave it out."""
    if value is None or isinstance(value, NotGiven):
        return None
    value = _plain(value)
    if isinstance(value, list):
        return ",".join(scalar(v) for v in value if v is not None)
    if isinstance(value, dict):
        items = [(str(k), scalar(v)) for k, v in value.items() if v is not None]
        if spec.explode:
            return ",".join(f"{k}={v}" for k, v in items)
        return ",".join(f"{k},{v}" for k, v in items)
    return scalar(value)


def cookie_pairs(spec: ParamSpec, value: Any, out: list[str]) -> None:
    """Append the `name=value` pairs of one cookie parameter (`form` style) to `out`."""
    if value is None or isinstance(value, NotGiven):
        return
    value = _plain(value)
    name = spec.wire
    if isinstance(value, list):
        items = _items(value)
        if spec.explode:
            out.extend(f"{name}={i}" for i in items)
        else:
            out.append(f"{name}=" + ",".join(items))
    elif isinstance(value, dict):
        out.append(f"{name}=" + ",".join(f"{k},{v}" for k, v in _pairs(value)))
    else:
        out.append(f"{name}={encode(scalar(value))}")


class RequestBody:
    """A serialised body: raw `content`, or `data` + `files` for multipart/form-data."""

    __slots__ = ("content", "content_type", "data", "files")

    def __init__(
        self,
        content: bytes | None = None,
        content_type: str | None = None,
        data: dict[str, Any] | None = None,
        files: list[tuple[str, Any]] | None = None,
    ) -> None:
        self.content = content
        self.content_type = content_type
        self.data = data
        self.files = files

    def __repr__(self) -> str:
        return (
            f"RequestBody(content={self.content!r}, content_type={self.content_type!r}, "
            f"data={self.data!r}, files={self.files!r})"
        )


def _is_file(value: Any) -> bool:
    return isinstance(value, (bytes, bytearray, memoryview, tuple)) or hasattr(
        value, "read"
    )


def _file_part(key: str, value: Any) -> Any:
    """A multipart file as bytes, so that every attempt can encode it again."""
    if isinstance(value, tuple):
        name, content, *rest = value
        return (name, _to_bytes(content), *rest)
    if hasattr(value, "read"):
        name = os.path.basename(str(getattr(value, "name", "") or key))
        return (name, _to_bytes(value))
    return bytes(value)


def _to_bytes(value: Any) -> bytes:
    if isinstance(value, str):
        return value.encode()
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value)
    if hasattr(value, "read"):
        data = value.read()
        return data.encode() if isinstance(data, str) else bytes(data)
    raise TypeError(f"expected bytes, str or a file object, got {type(value).__name__}")


def _form_value(value: Any) -> str:
    if isinstance(value, (dict, list)):
        return json.dumps(value, separators=(",", ":"))
    return scalar(value)


class RequestPlan:
    """An `Operation` sorted for fast serialisation; built once per operation and reused.

    `method` is the upper-case method; `accept` the `Accept` header the operation needs
    instead of the client's `application/json` (None when that one fits).
    """

    __slots__ = (
        "accept",
        "body",
        "body_adapter",
        "cookies",
        "has_idempotency_key",
        "headers",
        "method",
        "path",
        "query",
    )

    def __init__(
        self,
        path: tuple[str | ParamSpec, ...],
        query: tuple[ParamSpec, ...],
        headers: tuple[ParamSpec, ...],
        cookies: tuple[ParamSpec, ...],
        body: BodySpec | None,
        has_idempotency_key: bool,
        method: str = "GET",
        accept: str | None = None,
    ) -> None:
        self.path = path
        self.query = query
        self.headers = headers
        self.cookies = cookies
        self.body = body
        self.has_idempotency_key = has_idempotency_key
        self.method = method
        self.accept = accept
        self.body_adapter: TypeAdapter[Any] | None = None

    def path_text(self, args: Mapping[str, Any]) -> str:
        """The operation path with every parameter substituted and encoded."""
        parts: list[str] = []
        for part in self.path:
            if isinstance(part, str):
                parts.append(part)
            else:
                parts.append(path_segment(part, args.get(part.name)))
        return "".join(parts)

    def build_body(self, args: Mapping[str, Any]) -> RequestBody | None:
        """Serialise the request body, or None when there is none to send."""
        spec = self.body
        if spec is None:
            return None
        value: Any
        if spec.name is not None:
            value = args.get(spec.name)
            if isinstance(value, NotGiven):
                return None
            if isinstance(value, (dict, list)) and spec.model is not None:
                if self.body_adapter is None:
                    self.body_adapter = TypeAdapter(spec.model)
                value = self.body_adapter.validate_python(
                    value, by_alias=True, by_name=True
                )
        else:
            value = {
                wire: args[name]
                for name, wire in spec.fields
                if name in args
                and not isinstance(args[name], NotGiven)
                and (args[name] is not None or name in spec.nullable)
            }
        media = spec.media_type
        if "json" in media:
            return RequestBody(content=dump_json(value), content_type=media)
        if media == "application/x-www-form-urlencoded":
            plain = plain_body(value)
            pairs: list[tuple[str, str]] = []
            for key, item in (plain or {}).items():
                if item is None:
                    continue
                if isinstance(item, list) and all(
                    not isinstance(i, (dict, list)) for i in item
                ):
                    pairs.extend((key, scalar(i)) for i in item if i is not None)
                else:
                    pairs.append((key, _form_value(item)))
            return RequestBody(
                content=urllib.parse.urlencode(pairs).encode(), content_type=media
            )
        if media.startswith("multipart/"):
            data: dict[str, Any] = {}
            files: list[tuple[str, Any]] = []
            mapping = _plain(value) if isinstance(value, BaseModel) else value
            for key, item in (mapping or {}).items():
                if item is None or isinstance(item, NotGiven):
                    continue
                if _is_file(item):
                    files.append((key, _file_part(key, item)))
                elif isinstance(item, list) and item and all(_is_file(i) for i in item):
                    files.extend((key, _file_part(key, i)) for i in item)
                else:
                    data[key] = (
                        item if isinstance(item, str) else _form_value(_plain(item))
                    )
            return RequestBody(data=data, files=files)
        if spec.name is None and len(spec.fields) == 1:
            value = next(iter(value.values()), None)
        if value is None:
            return None
        return RequestBody(content=_to_bytes(value), content_type=media)


def _compile(op: Operation[Any]) -> RequestPlan:
    by_wire = {p.wire: p for p in op.params if p.location == "path"}
    path: list[str | ParamSpec] = []
    rest = op.path
    while rest:
        start = rest.find("{")
        end = rest.find("}", start)
        if start < 0 or end < 0:
            path.append(rest)
            break
        if start:
            path.append(rest[:start])
        wire = rest[start + 1 : end]
        param = by_wire.get(wire)
        if param is None:
            raise ValueError(f"{op.id}: no path parameter for {{{wire}}}")
        path.append(param)
        rest = rest[end + 1 :]
    return RequestPlan(
        path=tuple(path),
        query=tuple(p for p in op.params if p.location == "query"),
        headers=tuple(p for p in op.params if p.location == "header"),
        cookies=tuple(p for p in op.params if p.location == "cookie"),
        body=op.body,
        has_idempotency_key=any(p.idempotency_key for p in op.params),
        method=op.method.upper(),
        accept=(
            op.response_media_type
            if op.response_media_type and op.response_media_type != "application/json"
            else None
        ),
    )


def plan_for(op: Operation[Any]) -> RequestPlan:
    """The cached `RequestPlan` of an operation (built on first use)."""
    plan = op.adapters.get("plan")
    if plan is None:
        plan = op.adapters["plan"] = _compile(op)
    return plan
