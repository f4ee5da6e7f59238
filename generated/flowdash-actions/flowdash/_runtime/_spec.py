"""Static descriptions of a generated API: what the generated code hands to the runtime.

Generated resource modules build one `Operation` per API operation at import time and each
generated method is a single call into the client with that `Operation` and a dict of the
caller's arguments (keyed by Python name). Everything the runtime needs to build the request
and read the response is here, so the generated code holds no logic of its own.

The classes are immutable records (equality, hashing and repr over their fields, assignment
refused), written out by hand rather than with `dataclasses`: a frozen slotted dataclass costs
about a millisecond to create, and these are created on every `import` of the package.
"""

from __future__ import annotations

from typing import Any, ClassVar, Generic, Literal, TypeVar

__all__ = [
    "AuthSpec",
    "BodySpec",
    "ClientSpec",
    "ErrorCase",
    "ErrorEnvelopeSpec",
    "ErrorsSpec",
    "Operation",
    "PaginationSpec",
    "ParamSpec",
    "ServerVariable",
    "WaiterSpec",
]

T = TypeVar("T")

ParamLocation = Literal["path", "query", "header", "cookie"]
ParamStyle = Literal[
    "simple", "label", "matrix", "form", "spaceDelimited", "pipeDelimited", "deepObject"
]

_set = object.__setattr__


class _Record:
    """An immutable record over the names in `_fields` (set once, by `__init__`)."""

    __slots__ = ()
    _fields: ClassVar[tuple[str, ...]] = ()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, name) for name in self._fields)

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        assert isinstance(other, _Record)
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        fields = ", ".join(f"{name}={getattr(self, name)!r}" for name in self._fields)
        return f"{type(self).__qualname__}({fields})"

    def __reduce__(self) -> tuple[type[_Record], tuple[Any, ...]]:
        return (type(self), self._values())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(
            f"cannot assign to field {name!r}: {type(self).__name__} is frozen"
        )

    def __delattr__(self, name: str) -> None:
        raise AttributeError(
            f"cannot delete field {name!r}: {type(self).__name__} is frozen"
        )


class ParamSpec(_Record):
    """One parameter: where it goes on the wire and how it is serialised."""

    __slots__ = (
        "explode",
        "idempotency_key",
        "json",
        "location",
        "name",
        "style",
        "wire",
    )
    _fields = (
        "name",
        "wire",
        "location",
        "style",
        "explode",
        "json",
        "idempotency_key",
    )

    name: str  # Python name (key in the arguments dict)
    wire: str  # name on the wire
    location: ParamLocation
    style: ParamStyle
    explode: bool
    json: bool  # `content: application/json`: the value is sent JSON-encoded
    idempotency_key: bool  # header made up by the client when not given

    def __init__(
        self,
        name: str,
        wire: str,
        location: ParamLocation,
        style: ParamStyle = "simple",
        explode: bool = False,
        json: bool = False,
        idempotency_key: bool = False,
    ) -> None:
        _set(self, "name", name)
        _set(self, "wire", wire)
        _set(self, "location", location)
        _set(self, "style", style)
        _set(self, "explode", explode)
        _set(self, "json", json)
        _set(self, "idempotency_key", idempotency_key)


class BodySpec(_Record):
    """The request body.

    `fields` maps Python argument names to wire property names for a flattened object body;
    `name` is the single argument holding the whole body otherwise. `model` (a pydantic model
    or type) validates a dict given for a named body; values that are pydantic models are
    dumped by alias. Omitted (NOT_GIVEN) fields are not sent; `None` is sent as null only for
    the fields in `nullable` (and, inside models, the fields their module lists in
    `NULLABLE_FIELDS`): elsewhere it is dropped like an omitted field.
    """

    __slots__ = ("fields", "media_type", "model", "name", "nullable", "required")
    _fields = ("media_type", "fields", "name", "model", "required", "nullable")

    media_type: str  # "application/json", "application/x-www-form-urlencoded", ...
    fields: tuple[tuple[str, str], ...]
    name: str | None
    model: Any
    required: bool
    nullable: tuple[
        str, ...
    ]  # flattened fields (Python names) that may be sent as null

    def __init__(
        self,
        media_type: str,
        fields: tuple[tuple[str, str], ...] = (),
        name: str | None = None,
        model: Any = None,
        required: bool = True,
        nullable: tuple[str, ...] = (),
    ) -> None:
        _set(self, "media_type", media_type)
        _set(self, "fields", fields)
        _set(self, "name", name)
        _set(self, "model", model)
        _set(self, "required", required)
        _set(self, "nullable", nullable)


class ErrorCase(_Record):
    """A documented error response: which exception it raises and which model parses it."""

    __slots__ = ("code", "exception", "model", "status")
    _fields = ("status", "exception", "model", "code")

    status: str  # "404", "4XX", "default"
    exception: type[BaseException]
    model: Any  # pydantic model / type for the body, or None
    code: str | None  # error code (x-error-name) matched against the extracted code

    def __init__(
        self,
        status: str,
        exception: type[BaseException],
        model: Any = None,
        code: str | None = None,
    ) -> None:
        _set(self, "status", status)
        _set(self, "exception", exception)
        _set(self, "model", model)
        _set(self, "code", code)


class PaginationSpec(_Record):
    __slots__ = (
        "items_field",
        "limit_param",
        "offset_param",
        "style",
        "token_field",
        "token_param",
        "total_field",
    )
    _fields = (
        "style",
        "items_field",
        "token_param",
        "token_field",
        "offset_param",
        "limit_param",
        "total_field",
    )

    style: Literal["token", "offset"]
    items_field: str  # wire name of the items property in the (unwrapped) response
    token_param: str | None  # Python name of the token argument
    token_field: str | None  # wire name of the next-token property
    offset_param: str | None  # Python name of the offset argument
    limit_param: str | None  # Python name of the limit argument
    total_field: str | None  # wire name of the total-count property

    def __init__(
        self,
        style: Literal["token", "offset"],
        items_field: str,
        token_param: str | None = None,
        token_field: str | None = None,
        offset_param: str | None = None,
        limit_param: str | None = None,
        total_field: str | None = None,
    ) -> None:
        _set(self, "style", style)
        _set(self, "items_field", items_field)
        _set(self, "token_param", token_param)
        _set(self, "token_field", token_field)
        _set(self, "offset_param", offset_param)
        _set(self, "limit_param", limit_param)
        _set(self, "total_field", total_field)


class WaiterSpec(_Record):
    __slots__ = (
        "backoff",
        "delay",
        "errors_field",
        "failure",
        "field",
        "max_delay",
        "success",
        "timeout",
    )
    _fields = (
        "field",
        "success",
        "failure",
        "errors_field",
        "delay",
        "backoff",
        "max_delay",
        "timeout",
    )

    field: str  # wire name of the state property
    success: tuple[str, ...]
    failure: tuple[str, ...]
    errors_field: str | None
    delay: float
    backoff: float
    max_delay: float
    timeout: float

    def __init__(
        self,
        field: str,
        success: tuple[str, ...],
        failure: tuple[str, ...],
        errors_field: str | None = None,
        delay: float = 1.0,
        backoff: float = 1.5,
        max_delay: float = 15.0,
        timeout: float = 300.0,
    ) -> None:
        _set(self, "field", field)
        _set(self, "success", success)
        _set(self, "failure", failure)
        _set(self, "errors_field", errors_field)
        _set(self, "delay", delay)
        _set(self, "backoff", backoff)
        _set(self, "max_delay", max_delay)
        _set(self, "timeout", timeout)


class Operation(_Record, Generic[T]):
    """One API operation.

    `response` is the type the method returns (a pydantic model, `list[Model]`,
    `dict[str, Any]`, or `None` for no body); the runtime builds one
    `pydantic.TypeAdapter` per operation, lazily, and reuses it. `adapters` holds what the
    runtime derives from the operation on first use (left out of equality, hash and repr).
    """

    __slots__ = (
        "adapters",
        "body",
        "errors",
        "id",
        "idempotent",
        "method",
        "pagination",
        "params",
        "path",
        "response",
        "response_media_type",
        "security",
        "unwrap",
        "waiter",
    )
    _fields = (
        "id",
        "method",
        "path",
        "params",
        "body",
        "response",
        "response_media_type",
        "errors",
        "security",
        "unwrap",
        "idempotent",
        "pagination",
        "waiter",
    )

    id: str  # operationId
    method: str  # "GET", "POST", ...
    path: str  # path template with {wire_name} placeholders, relative to the base URL
    params: tuple[ParamSpec, ...]
    body: BodySpec | None
    response: Any
    response_media_type: str | None
    errors: tuple[ErrorCase, ...]
    security: tuple[tuple[str, ...], ...]  # alternatives of scheme names; () = none
    unwrap: str | None
    idempotent: bool  # x-idempotent: safe to retry although POST/PATCH
    pagination: PaginationSpec | None
    waiter: WaiterSpec | None
    adapters: dict[str, Any]

    def __init__(
        self,
        id: str,
        method: str,
        path: str,
        params: tuple[ParamSpec, ...] = (),
        body: BodySpec | None = None,
        response: Any = None,
        response_media_type: str | None = "application/json",
        errors: tuple[ErrorCase, ...] = (),
        security: tuple[tuple[str, ...], ...] = (),
        unwrap: str | None = None,
        idempotent: bool = False,
        pagination: PaginationSpec | None = None,
        waiter: WaiterSpec | None = None,
        adapters: dict[str, Any] | None = None,
    ) -> None:
        _set(self, "id", id)
        _set(self, "method", method)
        _set(self, "path", path)
        _set(self, "params", params)
        _set(self, "body", body)
        _set(self, "response", response)
        _set(self, "response_media_type", response_media_type)
        _set(self, "errors", errors)
        _set(self, "security", security)
        _set(self, "unwrap", unwrap)
        _set(self, "idempotent", idempotent)
        _set(self, "pagination", pagination)
        _set(self, "waiter", waiter)
        _set(self, "adapters", {} if adapters is None else adapters)


class AuthSpec(_Record):
    """A security scheme.

    kind "bearer": `Authorization: Bearer <credential>`; "basic": `credential` is "user:pass";
    "apikey": `name` in `location` with `prefix`; "sigv4": AWS Signature Version 4 with
    `service` and the region from server variable `region_variable`.
    """

    __slots__ = (
        "argument",
        "env",
        "kind",
        "location",
        "name",
        "prefix",
        "region_variable",
        "scheme",
        "service",
    )
    _fields = (
        "scheme",
        "kind",
        "argument",
        "env",
        "name",
        "location",
        "prefix",
        "service",
        "region_variable",
    )

    scheme: str  # name in components.securitySchemes
    kind: Literal["bearer", "basic", "apikey", "sigv4"]
    argument: str  # client constructor argument holding the credential
    env: str  # environment variable fallback
    name: str  # header / query / cookie name (apikey)
    location: Literal["header", "query", "cookie"]
    prefix: str
    service: str  # sigv4 signing name
    region_variable: str  # sigv4: server variable with the region

    def __init__(
        self,
        scheme: str,
        kind: Literal["bearer", "basic", "apikey", "sigv4"],
        argument: str = "",
        env: str = "",
        name: str = "Authorization",
        location: Literal["header", "query", "cookie"] = "header",
        prefix: str = "",
        service: str = "",
        region_variable: str = "",
    ) -> None:
        _set(self, "scheme", scheme)
        _set(self, "kind", kind)
        _set(self, "argument", argument)
        _set(self, "env", env)
        _set(self, "name", name)
        _set(self, "location", location)
        _set(self, "prefix", prefix)
        _set(self, "service", service)
        _set(self, "region_variable", region_variable)


class ServerVariable(_Record):
    __slots__ = ("default", "env", "name", "wire")
    _fields = ("name", "wire", "default", "env")

    name: str  # Python name (constructor argument)
    wire: str  # {placeholder} in the server URL
    default: str
    env: tuple[str, ...]

    def __init__(
        self, name: str, wire: str, default: str, env: tuple[str, ...] = ()
    ) -> None:
        _set(self, "name", name)
        _set(self, "wire", wire)
        _set(self, "default", default)
        _set(self, "env", env)


class ErrorEnvelopeSpec(_Record):
    __slots__ = ("code_field", "field", "message_field")
    _fields = ("field", "code_field", "message_field")

    field: str
    code_field: str | None
    message_field: str | None

    def __init__(
        self,
        field: str,
        code_field: str | None = None,
        message_field: str | None = None,
    ) -> None:
        _set(self, "field", field)
        _set(self, "code_field", code_field)
        _set(self, "message_field", message_field)


class ErrorsSpec(_Record):
    __slots__ = ("code_fields", "code_header", "message_fields")
    _fields = ("code_header", "code_fields", "message_fields")

    code_header: str | None
    code_fields: tuple[str, ...]
    message_fields: tuple[str, ...]

    def __init__(
        self,
        code_header: str | None = None,
        code_fields: tuple[str, ...] = (),
        message_fields: tuple[str, ...] = (
            "message",
            "Message",
            "error",
            "errors",
            "detail",
        ),
    ) -> None:
        _set(self, "code_header", code_header)
        _set(self, "code_fields", code_fields)
        _set(self, "message_fields", message_fields)


_NO_ERRORS_SPEC = ErrorsSpec()


class ClientSpec(_Record):
    """Everything about an API that is not per operation."""

    __slots__ = (
        "auth",
        "base_url",
        "default_headers",
        "default_query",
        "error_envelope",
        "errors",
        "package",
        "secret_fields",
        "server_variables",
        "version",
    )
    _fields = (
        "package",
        "version",
        "base_url",
        "server_variables",
        "auth",
        "default_headers",
        "default_query",
        "error_envelope",
        "errors",
        "secret_fields",
    )

    package: str  # import package name, also the logger name
    version: str
    base_url: str  # first server URL, with {placeholders} for server variables
    server_variables: tuple[ServerVariable, ...]
    auth: tuple[AuthSpec, ...]
    default_headers: tuple[tuple[str, str], ...]
    default_query: tuple[tuple[str, str], ...]
    error_envelope: ErrorEnvelopeSpec | None
    errors: ErrorsSpec
    # wire names of secret body properties and parameters (`format: password`): redacted in logs
    secret_fields: frozenset[str]

    def __init__(
        self,
        package: str,
        version: str,
        base_url: str,
        server_variables: tuple[ServerVariable, ...] = (),
        auth: tuple[AuthSpec, ...] = (),
        default_headers: tuple[tuple[str, str], ...] = (),
        default_query: tuple[tuple[str, str], ...] = (),
        error_envelope: ErrorEnvelopeSpec | None = None,
        errors: ErrorsSpec = _NO_ERRORS_SPEC,
        secret_fields: frozenset[str] = frozenset(),
    ) -> None:
        _set(self, "package", package)
        _set(self, "version", version)
        _set(self, "base_url", base_url)
        _set(self, "server_variables", server_variables)
        _set(self, "auth", auth)
        _set(self, "default_headers", default_headers)
        _set(self, "default_query", default_query)
        _set(self, "error_envelope", error_envelope)
        _set(self, "errors", errors)
        _set(self, "secret_fields", secret_fields)
