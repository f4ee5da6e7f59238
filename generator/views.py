"""What the package templates print, computed from the IR.

Templates stay dumb: every string they emit (signatures, docstrings, the runtime description of
an operation) is built here, in tested Python. Nothing here decides anything about the API; it
only spells the IR's decisions as Python source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .ir import Api, AuthScheme, Body, Operation, Resource
from .pylayout import Call, Expr, Tuple, flat, import_from, lay_out, string_list
from .pysort import sorted_imports, sorted_members
from .pytext import docstring, py_string

__all__ = ["Argument", "ClientView", "MethodView", "ResourceView", "client_view", "resource_view"]

_CALL_OPTIONS = (
    ("timeout", "float | httpx.Timeout | None | NotGiven", "NOT_GIVEN"),
    ("max_retries", "int | NotGiven", "NOT_GIVEN"),
    ("extra_headers", "Mapping[str, str] | None", "None"),
)
_WORD = re.compile(r"\b(Any|Literal)\b")
_BUILTIN_TYPES = ("list", "dict", "str", "int", "float", "bool", "bytes", "set", "tuple", "type", "object")


def _qualify(annotation: str, shadowed: set[str]) -> str:
    """Spell builtins as `builtins.X` where a method of the class shadows them (`def list`)."""
    if not shadowed:
        return annotation
    pattern = re.compile(r"(?<![\w.])(" + "|".join(sorted(shadowed)) + r")\b")
    return pattern.sub(r"builtins.\1", annotation)


@dataclass(frozen=True, slots=True)
class Argument:
    name: str
    annotation: str
    default: str  # "" for required


@dataclass(slots=True)
class MethodView:
    name: str
    constant: str
    kind: str  # "request", "paginate", "wait"
    arguments: list[Argument]
    returns: str
    async_returns: str
    async_prefix: str  # "async " for coroutine methods, "" for those returning an async iterator
    values: list[tuple[str, str]]  # (python name, expression) passed to the runtime
    extra_keywords: list[tuple[str, str]]  # e.g. delay=delay
    doc: str
    async_doc: str


@dataclass(slots=True)
class ResourceView:
    module_doc: str
    class_name: str
    async_class_name: str
    class_doc: str
    constants: list[str]  # `_NAME: Operation[...] = Operation(...)` statements, laid out
    methods: list[MethodView]
    raw_methods: list[MethodView]
    uses_models: bool
    uses_builtins: bool
    uses_errors: bool
    typing_import: str  # "" when nothing from typing is needed
    runtime_import: str
    spec_import: str
    all_statement: str


def _annotation(type_text: str, required: bool, nullable: bool) -> tuple[str, str]:
    text = type_text
    if nullable and "None" not in text.split(" | ") and text != "Any":
        text = f"{text} | None"
    if required:
        return text, ""
    return f"{text} | NotGiven", "NOT_GIVEN"


def _arguments(
    operation: Operation, skip: frozenset[str] = frozenset()
) -> tuple[list[Argument], list[tuple[str, str]]]:
    required: list[Argument] = []
    optional: list[Argument] = []
    values: list[tuple[str, str]] = []
    for param in operation.parameters:
        if param.name in skip:
            continue
        annotation, default = _annotation(param.type, param.required, False)
        (required if not default else optional).append(Argument(param.name, annotation, default))
        values.append((param.name, param.name))
    body = operation.body
    if body is not None:
        if body.mode == "flat":
            for body_field in body.fields:
                annotation, default = _annotation(body_field.type, body_field.required, body_field.nullable)
                (required if not default else optional).append(Argument(body_field.name, annotation, default))
                values.append((body_field.name, body_field.name))
        else:
            annotation, default = _annotation(body.type, body.required, False)
            (required if not default else optional).append(Argument(body.name, annotation, default))
            values.append((body.name, body.name))
    return required + optional, values


def _call_options() -> list[Argument]:
    return [Argument(name, annotation, default) for name, annotation, default in _CALL_OPTIONS]


def _doc(operation: Operation, arguments: list[Argument], returns: str, extra: str = "") -> str:
    lines: list[str] = []
    lines.append(operation.summary or operation.name.replace("_", " ").capitalize())
    if operation.description and operation.description.strip() != operation.summary.strip():
        lines += ["", operation.description.strip()]
    lines += ["", f"`{operation.http_method} {operation.path}`"]
    if operation.deprecated:
        lines += ["", "Deprecated: the API marks this operation as deprecated."]
    if extra:
        lines += ["", extra]
    described = _argument_docs(operation)
    documented = [a for a in arguments if a.name in described]
    if documented:
        lines += ["", "Args:"]
        for argument in documented:
            text = " ".join(described[argument.name].split()) or "(no description)"
            lines.append(f"    {argument.name}: {text}")
    if returns != "None":
        lines += ["", "Returns:", f"    {returns.replace('m.', '')}"]
    if operation.errors:
        lines += ["", "Raises:"]
        for error in operation.errors:
            lines.append(
                f"    {error.exception}: HTTP {error.status}"
                + (f" ({' '.join(error.description.split())})" if error.description else "")
            )
    if operation.external_docs:
        lines += ["", f"See {operation.external_docs}"]
    return "\n".join(lines)


def _argument_docs(operation: Operation) -> dict[str, str]:
    docs = {p.name: p.description for p in operation.parameters}
    if operation.body is not None:
        if operation.body.mode == "flat":
            docs.update({f.name: f.description for f in operation.body.fields})
        else:
            docs[operation.body.name] = operation.body.description or f"The request body ({operation.body.doc_type})."
    return docs


def _methods(operation: Operation) -> tuple[list[MethodView], MethodView]:
    arguments, values = _arguments(operation)
    options = _call_options()
    main = MethodView(
        name=operation.name,
        constant=operation.constant,
        kind="request",
        arguments=arguments + options,
        returns=operation.response.type,
        async_returns=operation.response.type,
        async_prefix="async ",
        values=values,
        extra_keywords=[],
        doc=docstring(_doc(operation, arguments, operation.response.type), "        "),
        async_doc=docstring(_doc(operation, arguments, operation.response.type), "        "),
    )
    result = [main]
    raw = MethodView(
        name=operation.name,
        constant=operation.constant,
        kind="request",
        arguments=main.arguments,
        returns=f"APIResponse[{operation.response.type}]",
        async_returns=f"APIResponse[{operation.response.type}]",
        async_prefix="async ",
        values=values,
        extra_keywords=[],
        doc=docstring(
            f"`{operation.name}`, returning the raw HTTP response (status, headers, `.parse()` for the body).\n\n"
            f"`{operation.http_method} {operation.path}`",
            "        ",
        ),
        async_doc="",
    )
    raw.async_doc = raw.doc
    pagination = operation.pagination
    if pagination is not None:
        skip = {pagination.token_param, pagination.offset_param} - {""}
        page_arguments, page_values = _arguments(operation, frozenset(skip))
        text = (
            f"Iterate over every item of every page (`{pagination.items_field}`), fetching pages lazily; "
            f"stops when the API has no more."
        )
        result.append(
            MethodView(
                name=pagination.method,
                constant=operation.constant,
                kind="paginate",
                arguments=page_arguments + options,
                returns=f"SyncPager[{pagination.item_type}]",
                async_returns=f"AsyncPager[{pagination.item_type}]",
                async_prefix="",
                values=page_values,
                extra_keywords=[],
                doc=docstring(_doc(operation, page_arguments, f"SyncPager[{pagination.item_type}]", text), "        "),
                async_doc=docstring(
                    _doc(operation, page_arguments, f"AsyncPager[{pagination.item_type}]", text), "        "
                ),
            )
        )
    waiter = operation.waiter
    if waiter is not None:
        text = (
            f"Poll `{operation.name}` until `{waiter.field}` is one of {', '.join(waiter.success)} "
            f"(returned) or {', '.join(waiter.failure)} (raises WaiterFailedError). `delay` is the first "
            f"pause in seconds (default {waiter.delay}, x{waiter.backoff} per poll, at most "
            f"{waiter.max_delay}); `max_wait` the longest total wait (default {waiter.timeout}, then "
            f"WaiterTimeoutError)."
        )
        wait_arguments = [
            *arguments,
            Argument("delay", "float | NotGiven", "NOT_GIVEN"),
            Argument("max_wait", "float | NotGiven", "NOT_GIVEN"),
        ]
        result.append(
            MethodView(
                name=waiter.method,
                constant=operation.constant,
                kind="wait",
                arguments=wait_arguments + options,
                returns=operation.response.type,
                async_returns=operation.response.type,
                async_prefix="async ",
                values=values,
                extra_keywords=[("delay", "delay"), ("max_wait", "max_wait")],
                doc=docstring(_doc(operation, arguments, operation.response.type, text), "        "),
                async_doc=docstring(_doc(operation, arguments, operation.response.type, text), "        "),
            )
        )
    return result, raw


def _call(name: str, arguments: list[tuple[str, Expr]]) -> Call:
    return Call(name, tuple(arguments))


def _call_positional(name: str, argument: Expr) -> Call:
    return Call(name, ((None, argument),))


def _body_expression(body: Body) -> Call:
    arguments: list[tuple[str, Expr]] = [("media_type", py_string(body.media_type))]
    if body.mode == "flat":
        arguments.append(("fields", _tuple([_tuple([py_string(f.name), py_string(f.wire)]) for f in body.fields])))
    else:
        arguments.append(("name", py_string(body.name)))
        if body.model:
            arguments.append(("model", f"m.{body.model}"))
    if not body.required:
        arguments.append(("required", "False"))
    nullable = [py_string(f.name) for f in body.fields if f.nullable]
    if nullable:
        arguments.append(("nullable", _tuple(nullable)))
    return _call("BodySpec", arguments)


def _tuple(items: Sequence[Expr]) -> Tuple:
    return Tuple(tuple(items))


def operation_expression(operation: Operation) -> Call:
    """The runtime `Operation(...)` constructor call for one operation."""
    params: list[Expr] = []
    for p in operation.parameters:
        arguments: list[tuple[str, Expr]] = [
            ("name", py_string(p.name)),
            ("wire", py_string(p.wire)),
            ("location", py_string(p.location)),
        ]
        if p.style != "simple":
            arguments.append(("style", py_string(p.style)))
        if p.explode:
            arguments.append(("explode", "True"))
        if p.json_encoded:
            arguments.append(("json", "True"))
        if p.idempotency_key:
            arguments.append(("idempotency_key", "True"))
        params.append(_call("ParamSpec", arguments))
    arguments = [
        ("id", py_string(operation.id)),
        ("method", py_string(operation.http_method)),
        ("path", py_string(operation.path)),
    ]
    if params:
        arguments.append(("params", _tuple(params)))
    if operation.body is not None:
        arguments.append(("body", _body_expression(operation.body)))
    if operation.response.type != "None":
        arguments.append(("response", operation.response.type))
    media = operation.response.media_type
    if media != "application/json":
        arguments.append(("response_media_type", py_string(media) if media else "None"))
    errors: list[Expr] = []
    for error in operation.errors:
        error_arguments: list[tuple[str, Expr]] = [
            ("status", py_string(error.status)),
            ("exception", f"e.{error.exception}"),
        ]
        if error.model_type != "None":
            error_arguments.append(("model", error.model_type))
        if error.code:
            error_arguments.append(("code", py_string(error.code)))
        errors.append(_call("ErrorCase", error_arguments))
    if errors:
        arguments.append(("errors", _tuple(errors)))
    if operation.security:
        arguments.append(("security", _tuple([_tuple([py_string(s) for s in alt]) for alt in operation.security])))
    if operation.unwrap:
        arguments.append(("unwrap", py_string(operation.unwrap)))
    if operation.idempotent:
        arguments.append(("idempotent", "True"))
    pagination = operation.pagination
    if pagination is not None:
        page: list[tuple[str, Expr]] = [
            ("style", py_string(pagination.style)),
            ("items_field", py_string(pagination.items_field)),
        ]
        for key in ("token_param", "token_field", "offset_param", "limit_param", "total_field"):
            value = getattr(pagination, key)
            if value:
                page.append((key, py_string(value)))
        arguments.append(("pagination", _call("PaginationSpec", page)))
    waiter = operation.waiter
    if waiter is not None:
        wait: list[tuple[str, Expr]] = [
            ("field", py_string(waiter.field)),
            ("success", _tuple([py_string(s) for s in waiter.success])),
            ("failure", _tuple([py_string(s) for s in waiter.failure])),
        ]
        if waiter.errors_field:
            wait.append(("errors_field", py_string(waiter.errors_field)))
        wait += [
            ("delay", repr(waiter.delay)),
            ("backoff", repr(waiter.backoff)),
            ("max_delay", repr(waiter.max_delay)),
            ("timeout", repr(waiter.timeout)),
        ]
        arguments.append(("waiter", _call("WaiterSpec", wait)))
    return _call("Operation", arguments)


def resource_view(api: Api, resource: Resource) -> ResourceView:
    methods: list[MethodView] = []
    raw_methods: list[MethodView] = []
    constants: list[tuple[str, str, Call]] = []  # (name, annotation, expression)
    for operation in resource.operations:
        views, raw = _methods(operation)
        methods += views
        raw_methods.append(raw)
        constants.append((operation.constant, f"Operation[{operation.response.type}]", operation_expression(operation)))
    shadowed = {m.name for m in methods} & set(_BUILTIN_TYPES)
    for method in [*methods, *raw_methods]:
        method.arguments = [Argument(a.name, _qualify(a.annotation, shadowed), a.default) for a in method.arguments]
        method.returns = _qualify(method.returns, shadowed)
        method.async_returns = _qualify(method.async_returns, shadowed)
    expressions = " ".join(c[1] + flat(c[2]) for c in constants)
    source = " ".join(
        [expressions] + [a.annotation for m in methods for a in m.arguments] + [m.returns for m in methods]
    )
    typing_names = sorted(set(_WORD.findall(source)))
    spec_names = ["Operation"]
    for name in ("BodySpec", "ErrorCase", "PaginationSpec", "ParamSpec", "WaiterSpec"):
        if f"{name}(" in expressions:
            spec_names.append(name)
    runtime_names = ["NOT_GIVEN", "APIResponse", "AsyncResource", "NotGiven", "SyncResource"]
    if any(m.kind == "paginate" for m in methods):
        runtime_names += ["AsyncPager", "SyncPager"]
    title = resource.description or f"Operations on {resource.tag}."
    class_doc = docstring(f"{title}\n\nOperations of the `{resource.tag}` tag of {api.title}.", "    ")
    all_names = sorted_members(
        [
            resource.class_name,
            resource.async_class_name,
            f"{resource.class_name}WithRawResponse",
            f"{resource.async_class_name}WithRawResponse",
        ]
    )
    return ResourceView(
        module_doc=docstring(f"The `{resource.attribute}` resource of the {api.title} client.", ""),
        class_name=resource.class_name,
        async_class_name=resource.async_class_name,
        class_doc=class_doc,
        constants=[lay_out("", f"{name}: {annotation} = ", expression) for name, annotation, expression in constants],
        methods=methods,
        raw_methods=raw_methods,
        uses_models="m." in source,
        uses_builtins=bool(shadowed),
        uses_errors="e." in expressions,
        typing_import=import_from("typing", typing_names) if typing_names else "",
        runtime_import=import_from(".._runtime", sorted_imports(runtime_names)),
        spec_import=import_from(".._runtime._spec", sorted_imports(spec_names)),
        all_statement=string_list("__all__", [py_string(n) for n in all_names]),
    )


@dataclass(slots=True)
class ClientView:
    module_doc: str
    runtime_import: str
    spec_import: str  # what the SPEC statement uses from `_runtime._spec`
    resource_imports: list[str]  # `from .resources.x import ...`, indented for TYPE_CHECKING
    all_statement: str
    spec_statement: str
    sync_doc: str
    async_doc: str
    credentials: list[tuple[str, str]]  # (argument, env) for the constructor, in order
    server_variables: list[tuple[str, str]]  # (argument, wire)
    resources: list[tuple[str, str, str]]  # (attribute, class, async class)


def _auth_expression(scheme: AuthScheme) -> Call:
    arguments: list[tuple[str, Expr]] = [("scheme", py_string(scheme.scheme)), ("kind", py_string(scheme.kind))]
    if scheme.kind != "sigv4":
        arguments += [("argument", py_string(scheme.argument)), ("env", py_string(scheme.env))]
    if scheme.kind == "apikey":
        arguments += [("name", py_string(scheme.name)), ("location", py_string(scheme.location))]
        if scheme.prefix:
            arguments.append(("prefix", py_string(scheme.prefix)))
    if scheme.kind == "sigv4":
        arguments += [("service", py_string(scheme.service)), ("region_variable", py_string(scheme.region_variable))]
    return _call("AuthSpec", arguments)


def spec_expression(api: Api) -> Call:
    arguments: list[tuple[str, Expr]] = [
        ("package", py_string(api.package)),
        ("version", py_string(api.version)),
        ("base_url", py_string(api.base_url)),
    ]
    if api.server_variables:
        variables: list[Expr] = [
            _call(
                "ServerVariable",
                [("name", py_string(v.name)), ("wire", py_string(v.wire)), ("default", py_string(v.default))]
                + ([("env", _tuple([py_string(e) for e in v.env]))] if v.env else []),
            )
            for v in api.server_variables
        ]
        arguments.append(("server_variables", _tuple(variables)))
    if api.auth:
        arguments.append(("auth", _tuple([_auth_expression(s) for s in api.auth])))
    if api.default_headers:
        arguments.append(
            ("default_headers", _tuple([_tuple([py_string(k), py_string(v)]) for k, v in api.default_headers]))
        )
    if api.default_query:
        arguments.append(
            ("default_query", _tuple([_tuple([py_string(k), py_string(v)]) for k, v in api.default_query]))
        )
    if api.error_envelope:
        envelope: list[tuple[str, Expr]] = [("field", py_string(api.error_envelope["field"]))]
        for key, name in (("code-field", "code_field"), ("message-field", "message_field")):
            if key in api.error_envelope:
                envelope.append((name, py_string(api.error_envelope[key])))
        arguments.append(("error_envelope", _call("ErrorEnvelopeSpec", envelope)))
    if api.errors_code_header or api.errors_code_fields or api.errors_message_fields:
        errors: list[tuple[str, Expr]] = []
        if api.errors_code_header:
            errors.append(("code_header", py_string(api.errors_code_header)))
        if api.errors_code_fields:
            errors.append(("code_fields", _tuple([py_string(f) for f in api.errors_code_fields])))
        if api.errors_message_fields:
            errors.append(("message_fields", _tuple([py_string(f) for f in api.errors_message_fields])))
        arguments.append(("errors", _call("ErrorsSpec", errors)))
    if api.secret_fields:
        arguments.append(
            ("secret_fields", _call_positional("frozenset", _tuple([py_string(f) for f in api.secret_fields])))
        )
    return _call("ClientSpec", arguments)


def _client_doc(api: Api, name: str, credentials: list[tuple[str, str]], is_async: bool) -> str:
    lines = [f"{'Asynchronous' if is_async else 'Synchronous'} client for {api.title}."]
    if api.description:
        lines += ["", api.description.strip()]
    lines += ["", "Args:"]
    for argument, env in credentials:
        lines.append(f"    {argument}: credential; falls back to the environment variable {env}.")
    for variable in api.server_variables:
        env = f" (env {', '.join(variable.env)})" if variable.env else ""
        lines.append(f"    {variable.name}: server variable `{variable.wire}`{env}, default {variable.default!r}.")
    lines += [
        f"    base_url: overrides the server URL (default {api.base_url}).",
        "    timeout: seconds (or an httpx.Timeout) per request; each call can override it.",
        "    max_retries: retries of failed idempotent requests (default 2); 0 disables.",
        "    default_headers: headers sent with every request.",
        f"    http_client: an {'httpx.AsyncClient' if is_async else 'httpx.Client'} to use; it is left open "
        "when this client closes.",
        "    strict: reject unknown enum values in responses instead of keeping them.",
    ]
    return docstring("\n".join(lines), "    ")


def client_view(api: Api) -> ClientView:
    spec = spec_expression(api)
    expression = flat(spec)
    spec_names = ["ClientSpec"]
    for name in ("AuthSpec", "ErrorEnvelopeSpec", "ErrorsSpec", "ServerVariable"):
        if f"{name}(" in expression:
            spec_names.append(name)
    credentials: list[tuple[str, str]] = []
    for scheme in api.auth:
        if scheme.kind == "sigv4":
            credentials += [
                ("aws_access_key_id", "AWS_ACCESS_KEY_ID"),
                ("aws_secret_access_key", "AWS_SECRET_ACCESS_KEY"),
                ("aws_session_token", "AWS_SESSION_TOKEN"),
            ]
        elif scheme.argument not in {c[0] for c in credentials}:
            credentials.append((scheme.argument, scheme.env))
    return ClientView(
        module_doc=docstring(f"The {api.title} clients: {api.client} and {api.async_client}.", ""),
        runtime_import=import_from(
            "._runtime", sorted_imports(["DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "AsyncAPIClient", "SyncAPIClient"])
        ),
        spec_import=import_from("._runtime._spec", sorted_imports(spec_names)),
        resource_imports=[
            import_from(f".resources.{r.attribute}", sorted_imports([r.class_name, r.async_class_name]), "    ")
            for r in sorted(api.resources, key=lambda r: r.attribute)
        ],
        all_statement=string_list(
            "__all__", [py_string(n) for n in sorted_members([api.client, api.async_client, "SPEC"])]
        ),
        spec_statement=lay_out("", "SPEC = ", spec),
        sync_doc=_client_doc(api, api.client, credentials, False),
        async_doc=_client_doc(api, api.async_client, credentials, True),
        credentials=credentials,
        server_variables=[(v.name, v.wire) for v in api.server_variables],
        resources=[(r.attribute, r.class_name, r.async_class_name) for r in api.resources],
    )
