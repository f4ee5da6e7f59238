"""Stage 3, lower: a validated document -> the IR (`ir.Api`).

All decisions about the generated package are taken here: names (through `naming`), resources
(one per tag), how each parameter is serialised, flattened or named bodies, return types, which
exception each documented error raises, authentication, pagination and waiters. Constructs the
generator cannot honour are reported as diagnostics (errors in strict mode), never dropped
silently.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from . import naming
from .diagnostics import Diagnostic, Diagnostics, Severity, SpecError, join_pointer
from .ir import (
    Api,
    AuthScheme,
    Body,
    BodyField,
    ErrorCase,
    ExceptionClass,
    Operation,
    Pagination,
    Parameter,
    Resource,
    Response,
    Seed,
    ServerVariable,
    Waiter,
)
from .load import Document
from .schemas import REF_PREFIX, TypeMapper, build_models, describe_models, is_class, is_nullable
from .validate import iter_operations

__all__ = ["STATUS_EXCEPTIONS", "lower"]

# The runtime's exception ladder, by status: the one table the IR uses to pick a class.
STATUS_EXCEPTIONS = {
    "400": "BadRequestError",
    "401": "AuthenticationError",
    "403": "PermissionDeniedError",
    "404": "NotFoundError",
    "409": "ConflictError",
    "422": "UnprocessableEntityError",
    "429": "RateLimitError",
}
_JSON = re.compile(r"^application/(.+\+)?json(;.*)?$")
_SUPPORTED_BODIES = (
    "application/x-www-form-urlencoded",
    "multipart/form-data",
    "application/octet-stream",
    "text/plain",
)
_IGNORED_HEADERS = {"accept", "content-type", "authorization"}
_DEFAULT_STYLE = {"path": "simple", "query": "form", "header": "simple", "cookie": "form"}


def _mapping(value: Any) -> dict[str, Any]:
    """`value` if it is a mapping, else an empty one (lowering reads documents defensively)."""
    return value if isinstance(value, dict) else {}


def exception_for_status(status: str) -> str:
    if status in STATUS_EXCEPTIONS:
        return STATUS_EXCEPTIONS[status]
    if status.startswith("5"):
        return "InternalServerError"
    return "APIStatusError"


class _Lowerer:
    def __init__(self, document: Document, strict: bool) -> None:
        self.doc = document
        self.data = document.data
        self.strict = strict
        self.out = Diagnostics()
        self.components = _mapping(self.data.get("components"))

    # -- diagnostics -------------------------------------------------------------------------

    def error(self, pointer: str, message: str, hint: str) -> None:
        self.out.add(Diagnostic(self.doc.locate(pointer), pointer, message, hint))

    def unsupported(self, pointer: str, message: str, hint: str) -> None:
        """An error in strict mode, a warning in lenient mode (the construct is skipped)."""
        severity = Severity.ERROR if self.strict else Severity.WARNING
        self.out.add(Diagnostic(self.doc.locate(pointer), pointer, message, hint, severity))

    # -- references ---------------------------------------------------------------------------

    def deref(self, node: Any) -> Any:
        for _ in range(50):
            if not (isinstance(node, dict) and isinstance(node.get("$ref"), str)):
                return node
            ref = node["$ref"]
            if ref.startswith(REF_PREFIX):
                return node  # schemas stay references: the type mapper resolves them
            try:
                node = self.doc.resolve(ref)
            except (KeyError, IndexError, ValueError):
                return {}
        return node

    def schema_target(self, schema: Any) -> Any:
        """Follow schema references to the schema itself (for reading properties)."""
        for _ in range(50):
            if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
                ref = schema["$ref"]
                name = ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else ref
                if name in self.models.schemas:
                    schema = self.models.schemas[name]
                    continue
                try:
                    schema = self.doc.resolve(ref)
                except (KeyError, IndexError, ValueError):
                    return {}
                continue
            return schema
        return schema

    # -- the API -------------------------------------------------------------------------------

    def run(self) -> Api:
        info = _mapping(self.data.get("info"))
        title = str(info.get("title") or "API")
        sdk = _mapping(self.data.get("x-sdk"))
        package = str(sdk.get("package") or naming.package_name(title))
        client = str(sdk.get("client") or naming.class_name(title))
        self.client_names = (client, str(sdk.get("async-client") or f"Async{client}"))
        operations = list(iter_operations(self.data))
        self.build_models(operations, title)
        self.types = TypeMapper(self.models)
        servers, base_url, variables = self.lower_servers()
        auth = self.lower_auth(package)
        self.auth_names = {a.scheme for a in auth}
        root_security = self.data.get("security")
        self.exceptions: dict[str, ExceptionClass] = {}
        resources = self.lower_resources(operations, root_security, sdk)
        errors = _mapping(self.data.get("x-errors"))
        envelope = self.data.get("x-error-envelope")
        external = self.data.get("externalDocs")
        api = Api(
            spec_path=self.doc.path,
            title=title,
            description=str(info.get("description") or ""),
            package=package,
            distribution=str(sdk.get("distribution") or package.replace("_", "-")),
            version=str(sdk.get("version") or "0.1.0"),
            api_version=str(info.get("version") or ""),
            client=client,
            async_client=self.client_names[1],
            base_url=base_url,
            servers=servers,
            server_variables=variables,
            auth=auth,
            default_headers=_pairs(sdk.get("default-headers")),
            default_query=_pairs(sdk.get("default-query")),
            error_envelope=(
                {k: str(v) for k, v in envelope.items() if isinstance(v, str)} if isinstance(envelope, dict) else None
            ),
            errors_code_header=str(errors.get("code-header") or ""),
            errors_code_fields=tuple(str(v) for v in errors.get("code-fields") or ()),
            errors_message_fields=tuple(str(v) for v in errors.get("message-fields") or ()),
            secret_fields=tuple(
                sorted(
                    self.models.secret_fields
                    | {p.wire for r in resources for o in r.operations for p in o.parameters if p.secret}
                )
            ),
            resources=resources,
            exceptions=tuple(self.exceptions[name] for name in sorted(self.exceptions)),
            models=tuple(describe_models(self.models, self.types)),
            models_document=self.models.document,
            field_aliases=self.models.aliases,
            external_docs=str(external.get("url", "")) if isinstance(external, dict) else "",
        )
        if self.out.errors:
            raise SpecError(self.out.items)
        return api

    def build_models(self, operations: list[tuple[str, str, dict[str, Any], dict[str, Any]]], title: str) -> None:
        """Collect inline operation schemas, then hoist and name every model."""
        extra: list[tuple[str, Any, str]] = []
        used_by: list[Any] = []  # the operations' schemas that are not in `extra`
        for path, method, operation, item in operations:
            pointer = join_pointer("#/paths", path, method)
            base = naming.pascal_case(self.raw_method_name(operation, method, path))
            body = self.deref(operation.get("requestBody"))
            if isinstance(body, dict):
                for media, content in _content(body):
                    if isinstance(content.get("schema"), dict):
                        extra.append(
                            (
                                base + "Request",
                                content["schema"],
                                join_pointer(pointer, "requestBody", "content", media, "schema"),
                            )
                        )
            responses = _mapping(operation.get("responses"))
            for status, raw in responses.items():
                response = self.deref(raw)
                if not isinstance(response, dict):
                    continue
                suffix = "Response" if str(status).startswith("2") else f"Error{status}"
                for media, content in _content(response):
                    if isinstance(content.get("schema"), dict):
                        extra.append(
                            (
                                base + suffix,
                                content["schema"],
                                join_pointer(pointer, "responses", status, "content", media, "schema"),
                            )
                        )
            for index, param in self.parameters(operation, item):
                schema = self.param_schema(param)
                used_by.append(schema)
                if isinstance(schema, dict) and "properties" in schema:
                    extra.append(
                        (
                            base + naming.pascal_case(str(param.get("name"))),
                            schema,
                            f"{pointer}/parameters/{index}/schema",
                        )
                    )
        spec_schemas = _mapping(self.components.get("schemas"))
        version = str(self.data.get("openapi", "3.1.0"))
        # Uncurated specs carry schemas no operation uses (GitHub's: thousands, for its webhooks):
        # in lenient mode only the models the operations use are generated. A curated spec's
        # schemas are all meant to be models.
        self.models, self.inline = build_models(
            spec_schemas, extra, version, title, resolve=self.doc.resolve, used_by=None if self.strict else used_by
        )

    def inline_schema(self, pointer: str, schema: Any) -> Any:
        return self.inline.get(pointer, schema)

    def lower_servers(self) -> tuple[tuple[str, ...], str, tuple[ServerVariable, ...]]:
        servers = self.data.get("servers")
        urls: list[str] = []
        variables: list[ServerVariable] = []
        if isinstance(servers, list):
            for server in servers:
                if isinstance(server, dict) and isinstance(server.get("url"), str):
                    urls.append(server["url"])
            first = servers[0] if servers and isinstance(servers[0], dict) else {}
            raw = _mapping(first.get("variables"))
            table = naming.NameTable(reserved=naming.CALL_OPTIONS | {"base_url", "http_client", "default_headers"})
            for wire, spec in raw.items():
                spec = spec if isinstance(spec, dict) else {}
                env = spec.get("x-env", [])
                env_list = [env] if isinstance(env, str) else [str(e) for e in env] if isinstance(env, list) else []
                variables.append(
                    ServerVariable(
                        name=table.claim(wire, naming.argument_name(wire)),
                        wire=wire,
                        default=str(spec.get("default", "")),
                        env=tuple(env_list),
                        enum=tuple(str(v) for v in spec.get("enum", []) or []),
                        description=str(spec.get("description", "")),
                    )
                )
        base = urls[0] if urls else "/"
        if not urls:
            self.unsupported("#", "the spec has no servers", "add `servers: [{url: https://api.example.com}]`")
        elif not re.match(r"^https?://", base) and not any(v.wire in base for v in variables):
            self.unsupported("#/servers/0/url", f"server URL {base!r} is relative", "give the absolute URL of the API")
        return tuple(urls), base.rstrip("/"), tuple(variables)

    def lower_auth(self, package: str) -> tuple[AuthScheme, ...]:
        schemes = _mapping(self.components.get("securitySchemes"))
        result: list[AuthScheme] = []
        table = naming.NameTable(
            reserved={"base_url", "timeout", "max_retries", "default_headers", "http_client", "strict"}
        )
        for name, raw in schemes.items():
            pointer = join_pointer("#/components/securitySchemes", name)
            scheme = self.deref(raw)
            if not isinstance(scheme, dict):
                continue
            kind_raw = scheme.get("type")
            credential = _mapping(scheme.get("x-credential"))
            description = str(scheme.get("description", ""))
            sigv4 = scheme.get("x-aws-sigv4")
            if isinstance(sigv4, dict):
                result.append(
                    AuthScheme(
                        scheme=name,
                        kind="sigv4",
                        argument="aws_access_key_id",
                        env="AWS_ACCESS_KEY_ID",
                        service=str(sigv4.get("service", "")),
                        region_variable=str(sigv4.get("region-variable", "")),
                        description=description,
                    )
                )
                continue
            if kind_raw == "http":
                http_scheme = str(scheme.get("scheme", "")).lower()
                kind: Any = "basic" if http_scheme == "basic" else "bearer"
                default_argument = "token"
            elif kind_raw == "apiKey":
                kind = "apikey"
                default_argument = "api_key"
            elif kind_raw in ("oauth2", "openIdConnect"):
                kind = "bearer"
                default_argument = "token"
            else:
                self.unsupported(
                    pointer, f"security scheme type {kind_raw!r} is not supported", "use http bearer/basic or apiKey"
                )
                continue
            argument = table.claim(name, str(credential.get("argument") or default_argument))
            env = str(credential.get("env") or f"{package}_{argument}".upper())
            location = str(scheme.get("in", "header"))
            result.append(
                AuthScheme(
                    scheme=name,
                    kind=kind,
                    argument=argument,
                    env=env,
                    name=str(scheme.get("name", "Authorization")) if kind == "apikey" else "Authorization",
                    location=location if location in ("header", "query", "cookie") else "header",  # type: ignore[arg-type]
                    prefix=str(scheme.get("x-prefix", "")),
                    description=description,
                )
            )
        return tuple(result)

    # -- resources and operations ---------------------------------------------------------------

    def raw_method_name(self, operation: dict[str, Any], method: str, path: str) -> str:
        if isinstance(operation.get("x-name"), str):
            return str(operation["x-name"])
        if isinstance(operation.get("operationId"), str):
            return str(operation["operationId"])
        return f"{method} {path}"

    def lower_resources(
        self,
        operations: list[tuple[str, str, dict[str, Any], dict[str, Any]]],
        root_security: Any,
        sdk: dict[str, Any],
    ) -> tuple[Resource, ...]:
        tag_docs = {
            str(t.get("name")): str(t.get("description", ""))
            for t in self.data.get("tags", []) or []
            if isinstance(t, dict)
        }
        grouped: dict[str, list[tuple[str, str, dict[str, Any], dict[str, Any]]]] = {}
        for entry in operations:
            tags = entry[2].get("tags")
            tag = str(tags[0]) if isinstance(tags, list) and tags else "default"
            grouped.setdefault(tag, []).append(entry)
        attributes = naming.NameTable(reserved=naming.CLIENT_ATTRIBUTES)
        # names the resource modules import from the runtime may not be resource classes
        classes = naming.NameTable(
            reserved={
                self.client_names[0],
                self.client_names[1],
                "SyncAPIClient",
                "AsyncAPIClient",
                "SyncResource",
                "AsyncResource",
                "SyncPager",
                "AsyncPager",
                "APIResponse",
                "NotGiven",
                "Operation",
                "ParamSpec",
                "BodySpec",
                "ErrorCase",
                "PaginationSpec",
                "WaiterSpec",
                "Mapping",
                "Any",
                "Literal",
            }
        )
        resources: list[Resource] = []
        for tag in grouped:
            attribute = attributes.claim(tag, naming.module_name(tag))
            class_name = classes.claim(tag, naming.class_name(attribute))
            methods = naming.NameTable(reserved=naming.RESOURCE_ATTRIBUTES)
            lowered: list[Operation] = []
            for path, method, operation, item in grouped[tag]:
                result = self.lower_operation(path, method, operation, item, root_security, sdk, methods)
                if result is not None:
                    lowered.append(result)
            resources.append(
                Resource(
                    tag=tag,
                    attribute=attribute,
                    class_name=class_name,
                    async_class_name=classes.claim(f"async:{tag}", "Async" + class_name),
                    description=tag_docs.get(tag, ""),
                    operations=tuple(lowered),
                )
            )
        return tuple(resources)

    def parameters(self, operation: dict[str, Any], item: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        merged: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for owner, prefix in ((item, "item:"), (operation, "")):
            params = owner.get("parameters")
            if not isinstance(params, list):
                continue
            for index, raw in enumerate(params):
                param = self.deref(raw)
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    merged[(param["name"], str(param.get("in")))] = (f"{prefix}{index}", param)
        return list(merged.values())

    def param_schema(self, param: dict[str, Any]) -> Any:
        if isinstance(param.get("schema"), dict):
            return param["schema"]
        content = param.get("content")
        if isinstance(content, dict):
            for media in content.values():
                if isinstance(media, dict) and isinstance(media.get("schema"), dict):
                    return media["schema"]
        return {}

    def lower_operation(
        self,
        path: str,
        method: str,
        operation: dict[str, Any],
        item: dict[str, Any],
        root_security: Any,
        sdk: dict[str, Any],
        methods: naming.NameTable,
    ) -> Operation | None:
        pointer = join_pointer("#/paths", path, method)
        name = methods.claim(pointer, naming.method_name(self.raw_method_name(operation, method, path)))
        arguments = naming.NameTable(reserved=naming.CALL_OPTIONS)
        parameters = self.lower_parameters(operation, item, pointer, arguments)
        body = self.lower_body(operation, pointer, arguments)
        responses, errors = self.lower_responses(operation, pointer, sdk)
        if not responses:
            responses = [Response(status="200", description="", media_type=None, type="None", doc_type="none")]
        security_raw = operation.get("security", root_security)
        security: list[tuple[str, ...]] = []
        scopes: list[tuple[str, tuple[str, ...]]] = []
        if isinstance(security_raw, list):
            for requirement in security_raw:
                if isinstance(requirement, dict):
                    names = tuple(str(n) for n in requirement if n in self.auth_names)
                    security.append(names)
                    for scheme, wanted in requirement.items():
                        if isinstance(wanted, list) and wanted:
                            scopes.append((str(scheme), tuple(str(s) for s in wanted)))
        unwrap_raw = operation.get("x-unwrap", sdk.get("unwrap"))
        unwrap = str(unwrap_raw) if isinstance(unwrap_raw, str) and unwrap_raw else ""
        external = operation.get("externalDocs")
        seed = operation.get("x-seed")
        constant = "_" + name.upper()
        lowered = Operation(
            id=str(operation.get("operationId") or name),
            name=name,
            constant=constant,
            http_method=method.upper(),
            path=path,
            summary=str(operation.get("summary") or ""),
            description=str(operation.get("description") or ""),
            deprecated=bool(operation.get("deprecated", False)),
            external_docs=str(external.get("url", "")) if isinstance(external, dict) else "",
            security=tuple(security),
            scopes=tuple(scopes),
            parameters=tuple(parameters),
            body=body,
            response=responses[0],
            responses=tuple(responses),
            errors=tuple(errors),
            unwrap=unwrap,
            idempotent=bool(operation.get("x-idempotent", False)),
            seed=(
                Seed(
                    file=str(seed.get("file")),
                    section=str(seed.get("section") or ""),
                    differences=tuple(str(d) for d in seed.get("differences") or ()),
                )
                if isinstance(seed, dict)
                else None
            ),
            pointer=pointer,
        )
        pagination = self.lower_pagination(operation, lowered, pointer, methods)
        waiter = self.lower_waiter(operation, lowered, pointer, methods)
        if pagination is not None or waiter is not None:
            lowered = lowered.model_copy(update={"pagination": pagination, "waiter": waiter})
        return lowered

    def lower_parameters(
        self,
        operation: dict[str, Any],
        item: dict[str, Any],
        pointer: str,
        arguments: naming.NameTable,
    ) -> list[Parameter]:
        result: list[Parameter] = []
        order = {"path": 0, "query": 1, "header": 2, "cookie": 3}
        entries = sorted(self.parameters(operation, item), key=lambda e: order.get(str(e[1].get("in")), 9))
        for where, param in entries:
            location = str(param.get("in"))
            base = pointer.rsplit("/", 1)[0] if where.startswith("item:") else pointer
            param_pointer = join_pointer(base, "parameters", where.removeprefix("item:"))
            wire = str(param["name"])
            if location == "header" and wire.lower() in _IGNORED_HEADERS:
                continue  # OpenAPI: these header parameters are ignored
            if location not in order:
                self.unsupported(
                    param_pointer,
                    f"parameter location {location!r} is not supported",
                    "use path, query, header or cookie",
                )
                continue
            style = str(param.get("style") or _DEFAULT_STYLE[location])
            allowed = {
                "path": {"simple", "label", "matrix"},
                "query": {"form", "spaceDelimited", "pipeDelimited", "deepObject"},
                "header": {"simple"},
                "cookie": {"form"},
            }[location]
            if style not in allowed:
                self.unsupported(
                    join_pointer(param_pointer, "style"),
                    f"style {style!r} is not allowed for {location} parameters",
                    f"use one of {', '.join(sorted(allowed))}",
                )
                continue
            schema = self.inline_schema(f"{param_pointer}/schema", self.param_schema(param))
            json_encoded = isinstance(param.get("content"), dict) and any(
                _JSON.match(str(media)) for media in param["content"]
            )
            explicit = param.get("x-name")
            python_name = arguments.claim(
                f"param:{location}:{wire}", naming.argument_name(str(explicit) if isinstance(explicit, str) else wire)
            )
            required = bool(param.get("required", False)) or location == "path"
            target = self.schema_target(schema)
            result.append(
                Parameter(
                    name=python_name,
                    wire=wire,
                    location=location,  # type: ignore[arg-type]
                    style=style,  # type: ignore[arg-type]
                    explode=bool(param.get("explode", style == "form")),
                    json_encoded=json_encoded,
                    required=required,
                    type=self.types.python(schema),
                    doc_type=self.types.human(schema),
                    default=target.get("default") if isinstance(target, dict) else None,
                    has_default=isinstance(target, dict) and "default" in target,
                    example=_example(param, target),
                    has_example=_has_example(param, target),
                    description=str(param.get("description") or ""),
                    deprecated=bool(param.get("deprecated", False)),
                    idempotency_key=bool(param.get("x-idempotency-key", False)),
                    secret=isinstance(target, dict) and target.get("format") == "password",
                    pointer=param_pointer,
                )
            )
        return result

    def pick_content(self, node: dict[str, Any], pointer: str, what: str) -> tuple[str, dict[str, Any]] | None:
        content = list(_content(node))
        if not content:
            return None
        for media, entry in content:
            if _JSON.match(media):
                return media, entry
        for preferred in _SUPPORTED_BODIES:
            for media, entry in content:
                if media.split(";")[0].strip() == preferred:
                    return media, entry
        for media, entry in content:
            if media.startswith("text/") or media == "*/*":
                return media, entry
        self.unsupported(
            join_pointer(pointer, "content"),
            f"{what} media type {content[0][0]!r} is not supported",
            "use application/json, form, multipart, octet-stream or text",
        )
        return None

    def lower_body(self, operation: dict[str, Any], pointer: str, arguments: naming.NameTable) -> Body | None:
        raw = operation.get("requestBody")
        if raw is None:
            return None
        body = self.deref(raw)
        body_pointer = join_pointer(pointer, "requestBody")
        if not isinstance(body, dict):
            return None
        picked = self.pick_content(body, body_pointer, "request body")
        if picked is None:
            return None
        media, entry = picked
        schema_pointer = join_pointer(body_pointer, "content", media, "schema")
        schema = self.inline_schema(schema_pointer, entry.get("schema", {}))
        target = self.schema_target(schema)
        required = bool(body.get("required", False))
        named = body.get("x-body-name")
        example = entry.get("example")
        has_example = "example" in entry
        if not has_example and isinstance(entry.get("examples"), dict):
            for value in entry["examples"].values():
                value = self.deref(value)
                if isinstance(value, dict) and "value" in value:
                    example, has_example = value["value"], True
                    break
        flat_ok = (
            named is None
            and isinstance(target, dict)
            and isinstance(target.get("properties"), dict)
            and not any(k in target for k in ("oneOf", "anyOf", "allOf"))
            and (_JSON.match(media) or media.startswith(("application/x-www-form-urlencoded", "multipart/")))
        )
        description = str(body.get("description") or "")
        if flat_ok:
            required_props = set(target.get("required", []) or [])
            fields: list[BodyField] = []
            for wire, prop in target["properties"].items():
                prop_target = self.schema_target(prop)
                explicit = prop_target.get("x-name") if isinstance(prop_target, dict) else None
                fields.append(
                    BodyField(
                        name=arguments.claim(
                            f"body:{wire}", naming.argument_name(str(explicit) if isinstance(explicit, str) else wire)
                        ),
                        wire=wire,
                        type=self.types.python(prop),
                        doc_type=self.types.human(prop),
                        required=wire in required_props and required,
                        nullable=is_nullable(prop_target),
                        description=str(prop_target.get("description", "")) if isinstance(prop_target, dict) else "",
                        default=prop_target.get("default") if isinstance(prop_target, dict) else None,
                        has_default=isinstance(prop_target, dict) and "default" in prop_target,
                        example=(example.get(wire) if isinstance(example, dict) else _example({}, prop_target)),
                        has_example=(wire in example) if isinstance(example, dict) else _has_example({}, prop_target),
                    )
                )
            return Body(
                media_type=media,
                required=required,
                mode="flat",
                fields=tuple(fields),
                description=description,
                example=example,
                has_example=has_example,
                doc_type=self.types.human(schema),
                model=self.types.model_of(schema),
            )
        name = arguments.claim("body", naming.argument_name(str(named) if isinstance(named, str) else "body"))
        type_text = self.types.python(schema)
        model = ""
        if isinstance(schema, dict) and "$ref" in schema and is_class(self.schema_target(schema)):
            model = self.types.model_of(schema)
            type_text = f"{type_text} | dict[str, Any]"
        if media.startswith("application/octet-stream"):
            type_text = "bytes"
        return Body(
            media_type=media,
            required=required,
            mode="named",
            name=name,
            type=type_text,
            model=model,
            doc_type=self.types.human(schema),
            description=description,
            example=example,
            has_example=has_example,
        )

    def lower_responses(
        self,
        operation: dict[str, Any],
        pointer: str,
        sdk: dict[str, Any],
    ) -> tuple[list[Response], list[ErrorCase]]:
        responses = _mapping(operation.get("responses"))
        unwrap_raw = operation.get("x-unwrap", sdk.get("unwrap"))
        unwrap = unwrap_raw if isinstance(unwrap_raw, str) and unwrap_raw else ""
        successes: list[Response] = []
        errors: list[ErrorCase] = []
        for status_raw, raw in responses.items():
            status = str(status_raw).upper()
            response_pointer = join_pointer(pointer, "responses", status_raw)
            response = self.deref(raw)
            if not isinstance(response, dict):
                continue
            picked = self.pick_content(response, response_pointer, "response")
            media, entry = picked if picked else (None, {})
            schema_pointer = join_pointer(response_pointer, "content", media or "", "schema")
            schema = self.inline_schema(schema_pointer, entry.get("schema")) if media else None
            description = str(response.get("description") or "")
            if status.startswith("2"):
                if media is not None and schema is not None and _JSON.match(media):
                    if unwrap:
                        schema = self.unwrapped(schema, unwrap, schema_pointer)
                    type_text, doc_type = self.types.python(schema), self.types.human(schema)
                elif media is not None and media.startswith("text/"):
                    type_text, doc_type = "str", "string"
                elif media is not None:
                    type_text, doc_type = "bytes", "binary"
                else:
                    type_text, doc_type = "None", "none"
                example = entry.get("example")
                if unwrap and isinstance(example, dict) and unwrap in example:
                    example = example[unwrap]
                successes.append(
                    Response(
                        status=status,
                        description=description,
                        media_type=media,
                        type=type_text,
                        doc_type=doc_type,
                        model=self.types.model_of(schema) if schema is not None else "",
                        example=example,
                        has_example="example" in entry,
                    )
                )
            elif status[0] in "45" or status == "DEFAULT":
                named = response.get("x-error-name")
                # a range (4XX) or `default` spans several classes of the ladder: their common base
                base = (
                    exception_for_status(status)
                    if status[1:].isdigit()
                    else ("InternalServerError" if status == "5XX" else "APIStatusError")
                )
                exception = base
                code = ""
                if isinstance(named, str) and named:
                    exception = naming.class_name(named)
                    code = named
                    if exception not in self.exceptions:
                        self.exceptions[exception] = ExceptionClass(name=exception, base=base, description=description)
                has_schema = schema is not None and media is not None and _JSON.match(media)
                errors.append(
                    ErrorCase(
                        status="default" if status == "DEFAULT" else status,
                        exception=exception,
                        model_type=self.types.python(schema) if has_schema else "None",
                        doc_type=self.types.human(schema) if has_schema else "",
                        model=self.types.model_of(schema) if has_schema else "",
                        code=code,
                        description=description,
                    )
                )
        successes.sort(key=lambda r: r.status)
        return successes, errors

    def unwrapped(self, schema: Any, key: str, pointer: str) -> Any:
        target = self.schema_target(schema)
        properties = target.get("properties") if isinstance(target, dict) else None
        if not isinstance(properties, dict) or key not in properties:
            self.error(
                pointer,
                f"x-unwrap {key!r}: the response schema has no property {key!r}",
                f"describe the wire body as {{{key}: ...}} or set `x-unwrap: false` on this operation",
            )
            return schema
        return properties[key]

    def lower_pagination(
        self,
        operation: dict[str, Any],
        lowered: Operation,
        pointer: str,
        methods: naming.NameTable,
    ) -> Pagination | None:
        raw = operation.get("x-pagination")
        if not isinstance(raw, dict):
            return None
        by_wire = {p.wire: p.name for p in lowered.parameters}
        items_field = str(raw.get("items-field", ""))
        response_schema = self.response_schema(operation, lowered)
        target = self.schema_target(response_schema)
        properties = target.get("properties") if isinstance(target, dict) else None
        if not isinstance(properties, dict) or items_field not in properties:
            self.error(
                join_pointer(pointer, "x-pagination", "items-field"),
                f"the response has no property {items_field!r}",
                "name the property holding the items",
            )
            return None
        for key in ("token-field", "total-field"):
            wanted = raw.get(key)
            if isinstance(wanted, str) and wanted not in properties:
                self.error(
                    join_pointer(pointer, "x-pagination", key),
                    f"the response has no property {wanted!r}",
                    "name a property of the (unwrapped) response",
                )
        items_schema = self.schema_target(properties[items_field])
        item = items_schema.get("items", {}) if isinstance(items_schema, dict) else {}
        return Pagination(
            style="token" if raw.get("style") == "token" else "offset",
            method=methods.claim(f"{pointer}#iter", naming.method_name("iter_" + lowered.name)),
            items_field=items_field,
            item_type=self.types.python(item),
            item_doc_type=self.types.human(item),
            token_param=by_wire.get(str(raw.get("token-param", "")), ""),
            token_field=str(raw.get("token-field", "")),
            offset_param=by_wire.get(str(raw.get("offset-param", "")), ""),
            limit_param=by_wire.get(str(raw.get("limit-param", "")), ""),
            total_field=str(raw.get("total-field", "")),
        )

    def response_schema(self, operation: dict[str, Any], lowered: Operation) -> Any:
        responses = _mapping(operation.get("responses"))
        raw = next((v for k, v in responses.items() if str(k).upper() == lowered.response.status), None)
        response = self.deref(raw)
        if not isinstance(response, dict):
            return {}
        for media, entry in _content(response):
            if _JSON.match(media):
                pointer = join_pointer(
                    lowered.pointer, "responses", lowered.response.status, "content", media, "schema"
                )
                schema = self.inline_schema(pointer, entry.get("schema", {}))
                return self.unwrapped(schema, lowered.unwrap, pointer) if lowered.unwrap else schema
        return {}

    def lower_waiter(
        self,
        operation: dict[str, Any],
        lowered: Operation,
        pointer: str,
        methods: naming.NameTable,
    ) -> Waiter | None:
        raw = operation.get("x-waiter")
        if not isinstance(raw, dict):
            return None
        field = str(raw.get("field", ""))
        target = self.schema_target(self.response_schema(operation, lowered))
        properties = target.get("properties") if isinstance(target, dict) else None
        if not isinstance(properties, dict) or field not in properties:
            self.error(
                join_pointer(pointer, "x-waiter", "field"),
                f"the response has no property {field!r}",
                "name the property holding the state",
            )
            return None
        return Waiter(
            method=methods.claim(f"{pointer}#wait", naming.method_name(str(raw.get("name", "wait")))),
            field=field,
            success=tuple(str(s) for s in raw.get("success", [])),
            failure=tuple(str(s) for s in raw.get("failure", [])),
            errors_field=str(raw.get("errors-field", "")),
            delay=float(raw.get("delay", 1.0)),
            backoff=float(raw.get("backoff", 1.5)),
            max_delay=float(raw.get("max-delay", 15.0)),
            timeout=float(raw.get("timeout", 300.0)),
        )


def _content(node: dict[str, Any]) -> Iterable[tuple[str, dict[str, Any]]]:
    content = node.get("content")
    if isinstance(content, dict):
        for media, entry in content.items():
            if isinstance(entry, dict):
                yield str(media), entry


def _pairs(value: Any) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, dict):
        return ()
    return tuple((str(k), _scalar_text(v)) for k, v in value.items())


def _scalar_text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _example(param: dict[str, Any], schema: Any) -> Any:
    if "example" in param:
        return param["example"]
    examples = param.get("examples")
    if isinstance(examples, dict):
        for value in examples.values():
            if isinstance(value, dict) and "value" in value:
                return value["value"]
    if isinstance(schema, dict):
        if "example" in schema:
            return schema["example"]
        if isinstance(schema.get("examples"), list) and schema["examples"]:
            return schema["examples"][0]
    return None


def _has_example(param: dict[str, Any], schema: Any) -> bool:
    if "example" in param:
        return True
    examples = param.get("examples")
    if isinstance(examples, dict) and any(isinstance(v, dict) and "value" in v for v in examples.values()):
        return True
    if isinstance(schema, dict):
        return "example" in schema or (isinstance(schema.get("examples"), list) and bool(schema["examples"]))
    return False


def lower(document: Document, *, strict: bool = True) -> tuple[Api, Diagnostics]:
    """The IR of a validated document, and the warnings lowering produced."""
    lowerer = _Lowerer(document, strict)
    api = lowerer.run()
    return api, lowerer.out
