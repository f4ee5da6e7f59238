"""The intermediate representation: everything templates print, decided in Python.

`lower` builds an `Api` from a validated document; templates and the docs renderer only read it.
Strings meant for code (`type`, `default_repr`, names) are final Python source; strings meant
for people (`summary`, `description`) are raw text that the renderer escapes for its target.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict

__all__ = [
    "Api",
    "AuthScheme",
    "Body",
    "BodyField",
    "ErrorCase",
    "ExceptionClass",
    "Model",
    "ModelField",
    "Operation",
    "Pagination",
    "Parameter",
    "Resource",
    "Response",
    "Seed",
    "ServerVariable",
    "Waiter",
]


class _Node(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Parameter(_Node):
    name: str  # Python argument name
    wire: str
    location: Literal["path", "query", "header", "cookie"]
    style: Literal["simple", "label", "matrix", "form", "spaceDelimited", "pipeDelimited", "deepObject"]
    explode: bool
    json_encoded: bool
    required: bool
    type: str  # Python annotation, e.g. "str", "list[m.WorkflowStatusEnum]"
    doc_type: str  # for people: "string", "array of WorkflowStatusEnum"
    default: Any = None
    has_default: bool = False
    example: Any = None
    has_example: bool = False
    description: str = ""
    deprecated: bool = False
    idempotency_key: bool = False
    secret: bool = False
    pointer: str = ""


class BodyField(_Node):
    name: str  # Python argument name
    wire: str
    type: str
    doc_type: str
    required: bool
    nullable: bool
    description: str = ""
    default: Any = None
    has_default: bool = False
    example: Any = None
    has_example: bool = False


class Body(_Node):
    media_type: str
    required: bool
    mode: Literal["flat", "named"]
    name: str = ""  # named: the argument
    type: str = ""  # named: Python annotation of the argument
    model: str = ""  # named: the model class (validates dicts), "" if none
    doc_type: str = ""
    fields: tuple[BodyField, ...] = ()
    description: str = ""
    example: Any = None
    has_example: bool = False


class Response(_Node):
    status: str
    description: str
    media_type: str | None
    type: str  # Python type of the (unwrapped) body, "None" without one
    doc_type: str
    model: str = ""  # the model class it is, or contains, for doc links
    example: Any = None
    has_example: bool = False


class ErrorCase(_Node):
    status: str
    exception: str  # class name in the package's errors module
    model_type: str  # Python type of the body, "None" if undocumented
    doc_type: str
    model: str = ""
    code: str = ""
    description: str = ""


class Pagination(_Node):
    style: Literal["token", "offset"]
    method: str  # iter_<name>
    items_field: str
    item_type: str
    item_doc_type: str
    token_param: str = ""
    token_field: str = ""
    offset_param: str = ""
    limit_param: str = ""
    total_field: str = ""


class Waiter(_Node):
    method: str
    field: str
    success: tuple[str, ...]
    failure: tuple[str, ...]
    errors_field: str = ""
    delay: float
    backoff: float
    max_delay: float
    timeout: float


class Seed(_Node):
    file: str
    section: str
    differences: tuple[str, ...] = ()


class Operation(_Node):
    id: str  # operationId
    name: str  # method name
    constant: str  # module-level constant holding its runtime description
    http_method: str
    path: str
    summary: str
    description: str
    deprecated: bool
    external_docs: str
    security: tuple[tuple[str, ...], ...]  # alternatives of scheme names
    scopes: tuple[tuple[str, tuple[str, ...]], ...]  # (scheme, scopes) for docs
    parameters: tuple[Parameter, ...]
    body: Body | None
    response: Response
    responses: tuple[Response, ...]  # every documented success response
    errors: tuple[ErrorCase, ...]
    unwrap: str = ""
    idempotent: bool
    pagination: Pagination | None = None
    waiter: Waiter | None = None
    seed: Seed | None = None
    pointer: str


class Resource(_Node):
    tag: str
    attribute: str  # client attribute and module name
    class_name: str
    async_class_name: str
    description: str
    operations: tuple[Operation, ...]


class AuthScheme(_Node):
    scheme: str
    kind: Literal["bearer", "basic", "apikey", "sigv4"]
    argument: str
    env: str
    name: str = "Authorization"
    location: Literal["header", "query", "cookie"] = "header"
    prefix: str = ""
    service: str = ""
    region_variable: str = ""
    description: str = ""


class ServerVariable(_Node):
    name: str
    wire: str
    default: str
    env: tuple[str, ...] = ()
    enum: tuple[str, ...] = ()
    description: str = ""


class ExceptionClass(_Node):
    name: str
    base: str  # a class of the runtime's ladder
    description: str = ""


class ModelField(_Node):
    name: str
    wire: str
    doc_type: str
    required: bool
    nullable: bool
    description: str = ""
    default: Any = None
    has_default: bool = False


class Model(_Node):
    name: str
    kind: Literal["object", "enum", "union", "array", "map", "scalar"]
    description: str = ""
    fields: tuple[ModelField, ...] = ()
    enum_values: tuple[Any, ...] = ()
    doc_type: str = ""  # for union / array / map / scalar: what it is
    pointer: str = ""


class Api(_Node):
    spec_path: str
    title: str
    description: str
    package: str
    distribution: str
    version: str
    api_version: str
    client: str
    async_client: str
    base_url: str
    servers: tuple[str, ...]
    server_variables: tuple[ServerVariable, ...]
    auth: tuple[AuthScheme, ...]
    default_headers: tuple[tuple[str, str], ...]
    default_query: tuple[tuple[str, str], ...]
    error_envelope: dict[str, str] | None
    errors_code_header: str = ""
    errors_code_fields: tuple[str, ...] = ()
    errors_message_fields: tuple[str, ...] = ()
    secret_fields: tuple[str, ...] = ()
    resources: tuple[Resource, ...]
    exceptions: tuple[ExceptionClass, ...]
    models: tuple[Model, ...]
    models_document: dict[str, Any]  # OpenAPI document handed to datamodel-code-generator
    field_aliases: dict[str, str]  # "Class.wire" -> python field name
    external_docs: str = ""
