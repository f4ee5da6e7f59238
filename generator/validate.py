"""Stage 2, validate: is the document an OpenAPI 3.0/3.1 spec sdkforge can generate from?

Structure is checked by openapi-spec-validator (the JSON Schema of the OpenAPI specification);
our own rules follow: unique operationIds, path templates that match their path parameters,
security requirements that name defined schemes, and well-formed `x-` extensions
(docs/spec-extensions.md). Every problem of a document is collected; nothing stops at the first.

`strict` (curated specs, the default) makes the curation rules errors: `x-sdk` present, every
operation with an operationId and a tag. Lenient mode (uncurated, real-world specs) turns those
into warnings; lowering then derives what is missing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator

from .diagnostics import Diagnostic, Diagnostics, Severity, join_pointer
from .load import Document

__all__ = ["HTTP_METHODS", "iter_operations", "validate"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^{}]*)\}")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_SEMANTIC_ERRORS = {"DuplicateOperationIDError", "UnresolvableParameterError", "ParameterDuplicateError"}


def iter_operations(data: dict[str, Any]) -> Iterator[tuple[str, str, dict[str, Any], dict[str, Any]]]:
    """(path, method, operation, path item) for every operation, in document order."""
    paths = data.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        for method in HTTP_METHODS:
            operation = item.get(method)
            if isinstance(operation, dict):
                yield path, method, operation, item


class _Checker:
    def __init__(self, document: Document, strict: bool) -> None:
        self.doc = document
        self.data = document.data
        self.strict = strict
        self.out = Diagnostics()

    def error(self, pointer: str, message: str, hint: str) -> None:
        self.out.add(Diagnostic(self.doc.locate(pointer), pointer, message, hint))

    def curation(self, pointer: str, message: str, hint: str) -> None:
        severity = Severity.ERROR if self.strict else Severity.WARNING
        self.out.add(Diagnostic(self.doc.locate(pointer), pointer, message, hint, severity))

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 50:
            try:
                node = self.doc.resolve(node["$ref"])
            except (KeyError, IndexError, ValueError):
                return {}
            seen += 1
        return node

    # -- the OpenAPI structure -------------------------------------------------------------

    def version(self) -> type[OpenAPIV30SpecValidator] | type[OpenAPIV31SpecValidator] | None:
        if "swagger" in self.data:
            self.error("#/swagger", f"Swagger {self.data.get('swagger')} is not supported",
                       "convert the document to OpenAPI 3 first (for example with swagger2openapi)")
            return None
        version = self.data.get("openapi")
        if not isinstance(version, str):
            self.error("#", "missing `openapi` version field", "start the document with `openapi: 3.1.0`")
            return None
        if version.startswith("3.0"):
            return OpenAPIV30SpecValidator
        if version.startswith("3.1"):
            return OpenAPIV31SpecValidator
        self.error("#/openapi", f"OpenAPI version {version!r} is not supported", "use 3.1.0 (or 3.0.x)")
        return None

    def structure(self) -> None:
        validator_class = self.version()
        if validator_class is None:
            return
        found: list[tuple[str, str]] = []
        for error in validator_class(self.data).iter_errors():
            if type(error).__name__ in _SEMANTIC_ERRORS:
                continue  # our own rules report these with a location
            path = list(getattr(error, "absolute_path", []) or [])
            pointer = join_pointer("#", *path)
            message = str(getattr(error, "message", error)).splitlines()[0]
            found.append((pointer, message))
        # keep the most specific message for a node: drop errors on an ancestor of another error
        pointers = {p for p, _ in found}
        for pointer, message in found:
            if any(other != pointer and other.startswith(pointer + "/") for other in pointers):
                continue
            if len(message) > 300:
                message = message[:297] + "..."
            self.error(pointer, f"not valid OpenAPI: {message}", "see the OpenAPI specification for this object")

    # -- our rules -----------------------------------------------------------------------------

    def rules(self) -> None:
        self.check_sdk()
        seen_ids: dict[str, str] = {}
        schemes = self.deref(self.data.get("components", {})).get("securitySchemes", {})
        schemes = schemes if isinstance(schemes, dict) else {}
        self.check_security(self.data.get("security"), "#/security", schemes)
        for name, scheme in schemes.items():
            self.check_scheme(join_pointer("#/components/securitySchemes", name), self.deref(scheme))
        for path, method, operation, item in iter_operations(self.data):
            pointer = join_pointer("#/paths", path, method)
            operation_id = operation.get("operationId")
            if operation_id is None:
                self.curation(pointer, "operation has no operationId",
                              "add `operationId:` (it names the method unless `x-name` does)")
            elif isinstance(operation_id, str):
                if operation_id in seen_ids:
                    self.error(join_pointer(pointer, "operationId"),
                               f"duplicate operationId {operation_id!r} (also at {seen_ids[operation_id]})",
                               "give every operation its own operationId")
                else:
                    seen_ids[operation_id] = pointer
            tags = operation.get("tags")
            if not tags:
                self.curation(pointer, "operation has no tag", "add `tags: [<resource>]`; the tag names the resource")
            self.check_path_parameters(path, method, operation, item, pointer)
            self.check_security(operation.get("security"), join_pointer(pointer, "security"), schemes)
            self.check_operation_extensions(operation, item, pointer)

    def check_sdk(self) -> None:
        sdk = self.data.get("x-sdk")
        if sdk is None:
            self.curation("#", "missing `x-sdk`", "add `x-sdk: {package: <name>, client: <ClassName>}`")
            return
        if not isinstance(sdk, dict):
            self.error("#/x-sdk", "`x-sdk` must be a mapping", "see docs/spec-extensions.md")
            return
        for key in ("package", "client"):
            if key not in sdk:
                self.error("#/x-sdk", f"`x-sdk` has no `{key}`", f"add `{key}:`")
        package = sdk.get("package")
        if package is not None and (not isinstance(package, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", package)):
            self.error("#/x-sdk/package", f"package name {package!r} is not a lower-case Python identifier",
                       "use letters, digits and underscores, e.g. `flowdash`")
        for key in ("client", "async-client"):
            value = sdk.get(key)
            if value is not None and (not isinstance(value, str) or not re.fullmatch(r"[A-Z][A-Za-z0-9]*", value)):
                self.error(join_pointer("#/x-sdk", key), f"class name {value!r} is not PascalCase",
                           "use a name like `Flowdash`")
        for key in ("default-headers", "default-query"):
            value = sdk.get(key)
            if value is not None and (
                not isinstance(value, dict) or not all(isinstance(v, str | int | float | bool) for v in value.values())
            ):
                self.error(join_pointer("#/x-sdk", key), f"`{key}` must map names to scalar values",
                           "write `Name: value` pairs")
        self.expect_keys("#/x-sdk", sdk, {"package", "distribution", "client", "async-client", "version",
                                          "default-headers", "default-query", "unwrap"})
        envelope = self.data.get("x-error-envelope")
        if envelope is not None:
            if not isinstance(envelope, dict) or not isinstance(envelope.get("field"), str):
                self.error("#/x-error-envelope", "`x-error-envelope` needs a `field`",
                           "write `x-error-envelope: {field: ok, code-field: error}`")
            else:
                self.expect_keys("#/x-error-envelope", envelope, {"field", "code-field", "message-field"})
        errors = self.data.get("x-errors")
        if errors is not None:
            if not isinstance(errors, dict):
                self.error("#/x-errors", "`x-errors` must be a mapping", "see docs/spec-extensions.md")
            else:
                self.expect_keys("#/x-errors", errors, {"code-header", "code-fields", "message-fields"})
                for key in ("code-fields", "message-fields"):
                    value = errors.get(key)
                    if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                        self.error(join_pointer("#/x-errors", key), f"`{key}` must be a list of property names",
                                   "write e.g. `[message, Message]`")

    def expect_keys(self, pointer: str, value: dict[str, Any], allowed: set[str]) -> None:
        for key in value:
            if key not in allowed:
                self.error(join_pointer(pointer, key), f"unknown key {key!r}",
                           f"allowed here: {', '.join(sorted(allowed))}")

    def check_scheme(self, pointer: str, scheme: Any) -> None:
        if not isinstance(scheme, dict):
            return
        kind = scheme.get("type")
        credential = scheme.get("x-credential")
        if credential is not None:
            if not isinstance(credential, dict) or not isinstance(credential.get("argument"), str):
                self.error(join_pointer(pointer, "x-credential"), "`x-credential` needs an `argument`",
                           "write `x-credential: {argument: token, env: API_TOKEN}`")
            elif not _IDENTIFIER.fullmatch(credential["argument"]):
                self.error(join_pointer(pointer, "x-credential", "argument"),
                           f"{credential['argument']!r} is not a Python identifier", "use snake_case")
        sigv4 = scheme.get("x-aws-sigv4")
        if sigv4 is not None:
            if not isinstance(sigv4, dict) or not isinstance(sigv4.get("service"), str):
                self.error(join_pointer(pointer, "x-aws-sigv4"), "`x-aws-sigv4` needs a `service`",
                           "write `x-aws-sigv4: {service: <signing name>, region-variable: region}`")
            else:
                region = sigv4.get("region-variable")
                variables = self.server_variables()
                if region is not None and region not in variables:
                    self.error(join_pointer(pointer, "x-aws-sigv4", "region-variable"),
                               f"server variable {region!r} does not exist",
                               "declare it under servers[0].variables")
        elif kind == "http" and str(scheme.get("scheme", "")).lower() not in ("bearer", "basic"):
            self.error(join_pointer(pointer, "scheme"), f"HTTP auth scheme {scheme.get('scheme')!r} is not supported",
                       "use bearer or basic")
        elif kind in ("oauth2", "openIdConnect", "mutualTLS"):
            self.out.add(Diagnostic(self.doc.locate(pointer), pointer,
                                    f"{kind} security is sent as a bearer token the caller obtains",
                                    "pass the access token as `token`", Severity.WARNING))

    def server_variables(self) -> dict[str, Any]:
        servers = self.data.get("servers")
        if isinstance(servers, list) and servers and isinstance(servers[0], dict):
            variables = servers[0].get("variables")
            if isinstance(variables, dict):
                return variables
        return {}

    def check_security(self, security: Any, pointer: str, schemes: dict[str, Any]) -> None:
        if not isinstance(security, list):
            return
        for index, requirement in enumerate(security):
            if not isinstance(requirement, dict):
                continue
            for name in requirement:
                if name not in schemes:
                    self.error(join_pointer(pointer, index, name), f"security scheme {name!r} is not defined",
                               "define it under components.securitySchemes")

    def parameters(self, operation: dict[str, Any], item: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for owner, base in ((item, "item"), (operation, "op")):
            params = owner.get("parameters")
            if not isinstance(params, list):
                continue
            for index, raw in enumerate(params):
                param = self.deref(raw)
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    found[(param["name"], str(param.get("in")))] = (f"{base}:{index}", param)
        return list(found.values())

    def check_path_parameters(
        self, path: str, method: str, operation: dict[str, Any], item: dict[str, Any], pointer: str
    ) -> None:
        placeholders = _TEMPLATE.findall(path)
        params = self.parameters(operation, item)
        path_params = {p["name"] for _, p in params if p.get("in") == "path"}
        for name in placeholders:
            if name not in path_params:
                self.error(pointer, f"path template {path!r} has {{{name}}} but no path parameter {name!r}",
                           f"add `- {{name: {name}, in: path, required: true, schema: {{type: string}}}}`")
        for where, param in params:
            if param.get("in") == "path" and param["name"] not in placeholders:
                base = pointer if where.startswith("op") else pointer.rsplit("/", 1)[0]
                index = where.split(":")[1]
                self.error(join_pointer(base, "parameters", index),
                           f"path parameter {param['name']!r} does not appear in {path!r}",
                           f"add {{{param['name']}}} to the path or remove the parameter")

    def check_operation_extensions(self, operation: dict[str, Any], item: dict[str, Any], pointer: str) -> None:
        name = operation.get("x-name")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            self.error(join_pointer(pointer, "x-name"), "`x-name` must be a non-empty string", "write a method name")
        for key in ("x-idempotent", "deprecated"):
            value = operation.get(key)
            if value is not None and not isinstance(value, bool):
                self.error(join_pointer(pointer, key), f"`{key}` must be true or false", "write true or false")
        seed = operation.get("x-seed")
        if seed is not None:
            if not isinstance(seed, dict) or not isinstance(seed.get("file"), str):
                self.error(join_pointer(pointer, "x-seed"), "`x-seed` needs a `file`",
                           "write `x-seed: {file: <seed file>, section: <heading>}`")
            else:
                self.expect_keys(join_pointer(pointer, "x-seed"), seed, {"file", "section", "differences"})
                differences = seed.get("differences", [])
                if not isinstance(differences, list) or not all(isinstance(d, str) for d in differences):
                    self.error(join_pointer(pointer, "x-seed", "differences"),
                               "`differences` must be a list of sentences", "write one string per difference")
        params = {p["name"]: p for _, p in self.parameters(operation, item)}
        body = self.deref(operation.get("requestBody"))
        if isinstance(body, dict) and "x-body-name" in body:
            value = body["x-body-name"]
            if not isinstance(value, str) or not _IDENTIFIER.fullmatch(value):
                self.error(join_pointer(pointer, "requestBody", "x-body-name"),
                           f"`x-body-name` {value!r} is not a Python identifier", "use snake_case, e.g. `body`")
        for _, param in self.parameters(operation, item):
            if param.get("x-idempotency-key") and param.get("in") != "header":
                self.error(join_pointer(pointer, "parameters"),
                           f"`x-idempotency-key` on {param['name']!r}, which is not a header",
                           "put it on the idempotency header parameter")
        self.check_pagination(operation.get("x-pagination"), join_pointer(pointer, "x-pagination"), params)
        self.check_waiter(operation.get("x-waiter"), join_pointer(pointer, "x-waiter"))

    def check_pagination(self, value: Any, pointer: str, params: dict[str, dict[str, Any]]) -> None:
        if value is None:
            return
        if not isinstance(value, dict) or value.get("style") not in ("token", "offset"):
            self.error(pointer, "`x-pagination` needs `style: token` or `style: offset`",
                       "see docs/spec-extensions.md")
            return
        required = (
            ("token-param", "token-field", "items-field")
            if value["style"] == "token"
            else ("offset-param", "items-field")
        )
        for key in required:
            if not isinstance(value.get(key), str):
                self.error(pointer, f"`x-pagination` ({value['style']} style) has no `{key}`", f"add `{key}:`")
        for key in ("token-param", "offset-param", "limit-param"):
            param = value.get(key)
            if isinstance(param, str) and param not in params:
                self.error(join_pointer(pointer, key), f"parameter {param!r} is not a parameter of this operation",
                           "name the wire name of one of its query parameters")
        self.expect_keys(pointer, value, {"style", "token-param", "token-field", "items-field", "limit-param",
                                          "offset-param", "total-field"})

    def check_waiter(self, value: Any, pointer: str) -> None:
        if value is None:
            return
        if not isinstance(value, dict):
            self.error(pointer, "`x-waiter` must be a mapping", "see docs/spec-extensions.md")
            return
        for key in ("name", "field"):
            if not isinstance(value.get(key), str):
                self.error(pointer, f"`x-waiter` has no `{key}`", f"add `{key}:`")
        for key in ("success", "failure"):
            states = value.get(key)
            if not isinstance(states, list) or not all(isinstance(s, str | int | bool) for s in states):
                self.error(join_pointer(pointer, key), f"`{key}` must be a list of states", "write e.g. `[Success]`")
        for key in ("delay", "backoff", "max-delay", "timeout"):
            number = value.get(key)
            if number is not None and (isinstance(number, bool) or not isinstance(number, int | float) or number <= 0):
                self.error(join_pointer(pointer, key), f"`{key}` must be a positive number", "write e.g. `1.5`")
        self.expect_keys(pointer, value, {"name", "field", "success", "failure", "errors-field", "delay",
                                          "backoff", "max-delay", "timeout"})


def validate(document: Document, *, strict: bool = True) -> Diagnostics:
    """Every structural and rule problem of `document` (errors and warnings)."""
    checker = _Checker(document, strict)
    checker.structure()
    if not checker.out.errors or all("not valid OpenAPI" in d.message for d in checker.out.errors):
        if isinstance(document.data.get("openapi"), str) and "swagger" not in document.data:
            checker.rules()
    return checker.out

