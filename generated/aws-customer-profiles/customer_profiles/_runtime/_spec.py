"""Static descriptions of a generated API: what the generated code hands to the runtime.

Generated resource modules build one `Operation` per API operation at import time and each
generated method is a single call into the client with that `Operation` and a dict of the
caller's arguments (keyed by Python name). Everything the runtime needs to build the request
and read the response is here, so the generated code holds no logic of its own.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

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


@dataclass(frozen=True, slots=True)
class ParamSpec:
    """One parameter: where it goes on the wire and how it is serialised."""

    name: str  # Python name (key in the arguments dict)
    wire: str  # name on the wire
    location: ParamLocation
    style: ParamStyle = "simple"
    explode: bool = False
    json: bool = False  # `content: application/json`: the value is sent JSON-encoded
    idempotency_key: bool = False  # header made up by the client when not given


@dataclass(frozen=True, slots=True)
class BodySpec:
    """The request body.

    `fields` maps Python argument names to wire property names for a flattened object body;
    `name` is the single argument holding the whole body otherwise. `model` (a pydantic model
    or type) validates a dict given for a named body; values that are pydantic models are
    dumped by alias. Omitted (NOT_GIVEN) fields are not sent; `None` is sent as null only for
    the fields in `nullable` (and, inside models, the fields their module lists in
    `NULLABLE_FIELDS`): elsewhere it is dropped like an omitted field.
    """

    media_type: str  # "application/json", "application/x-www-form-urlencoded", ...
    fields: tuple[tuple[str, str], ...] = ()
    name: str | None = None
    model: Any = None
    required: bool = True
    nullable: tuple[
        str, ...
    ] = ()  # flattened fields (Python names) that may be sent as null


@dataclass(frozen=True, slots=True)
class ErrorCase:
    """A documented error response: which exception it raises and which model parses it."""

    status: str  # "404", "4XX", "default"
    exception: type[BaseException]
    model: Any = None  # pydantic model / type for the body, or None
    code: str | None = (
        None  # error code (x-error-name) matched against the extracted code
    )


@dataclass(frozen=True, slots=True)
class PaginationSpec:
    style: Literal["token", "offset"]
    items_field: str  # wire name of the items property in the (unwrapped) response
    token_param: str | None = None  # Python name of the token argument
    token_field: str | None = None  # wire name of the next-token property
    offset_param: str | None = None  # Python name of the offset argument
    limit_param: str | None = None  # Python name of the limit argument
    total_field: str | None = None  # wire name of the total-count property


@dataclass(frozen=True, slots=True)
class WaiterSpec:
    field: str  # wire name of the state property
    success: tuple[str, ...]
    failure: tuple[str, ...]
    errors_field: str | None = None
    delay: float = 1.0
    backoff: float = 1.5
    max_delay: float = 15.0
    timeout: float = 300.0


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One API operation.

    `response` is the type the method returns (a pydantic model, `list[Model]`,
    `dict[str, Any]`, or `None` for no body); the runtime builds one
    `pydantic.TypeAdapter` per operation, lazily, and reuses it.
    """

    id: str  # operationId
    method: str  # "GET", "POST", ...
    path: str  # path template with {wire_name} placeholders, relative to the base URL
    params: tuple[ParamSpec, ...] = ()
    body: BodySpec | None = None
    response: Any = None
    response_media_type: str | None = "application/json"
    errors: tuple[ErrorCase, ...] = ()
    security: tuple[
        tuple[str, ...], ...
    ] = ()  # alternatives of scheme names; () = none
    unwrap: str | None = None
    idempotent: bool = False  # x-idempotent: safe to retry although POST/PATCH
    pagination: PaginationSpec | None = None
    waiter: WaiterSpec | None = None
    adapters: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class AuthSpec:
    """A security scheme.

    kind "bearer": `Authorization: Bearer <credential>`; "basic": `credential` is "user:pass";
    "apikey": `name` in `location` with `prefix`; "sigv4": AWS Signature Version 4 with
    `service` and the region from server variable `region_variable`.
    """

    scheme: str  # name in components.securitySchemes
    kind: Literal["bearer", "basic", "apikey", "sigv4"]
    argument: str = ""  # client constructor argument holding the credential
    env: str = ""  # environment variable fallback
    name: str = "Authorization"  # header / query / cookie name (apikey)
    location: Literal["header", "query", "cookie"] = "header"
    prefix: str = ""
    service: str = ""  # sigv4 signing name
    region_variable: str = ""  # sigv4: server variable with the region


@dataclass(frozen=True, slots=True)
class ServerVariable:
    name: str  # Python name (constructor argument)
    wire: str  # {placeholder} in the server URL
    default: str
    env: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class ErrorEnvelopeSpec:
    field: str
    code_field: str | None = None
    message_field: str | None = None


@dataclass(frozen=True, slots=True)
class ErrorsSpec:
    code_header: str | None = None
    code_fields: tuple[str, ...] = ()
    message_fields: tuple[str, ...] = (
        "message",
        "Message",
        "error",
        "errors",
        "detail",
    )


@dataclass(frozen=True, slots=True)
class ClientSpec:
    """Everything about an API that is not per operation."""

    package: str  # import package name, also the logger name
    version: str
    base_url: str  # first server URL, with {placeholders} for server variables
    server_variables: tuple[ServerVariable, ...] = ()
    auth: tuple[AuthSpec, ...] = ()
    default_headers: tuple[tuple[str, str], ...] = ()
    default_query: tuple[tuple[str, str], ...] = ()
    error_envelope: ErrorEnvelopeSpec | None = None
    errors: ErrorsSpec = ErrorsSpec()
    # wire names of secret body properties and parameters (`format: password`): redacted in logs
    secret_fields: frozenset[str] = frozenset()
