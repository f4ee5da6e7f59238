"""Stage 2, validate: is the document an OpenAPI 3.0/3.1 spec sdkforge can generate from?

Structure is checked against the JSON Schema of the OpenAPI specification (shipped with
openapi-spec-validator); its errors are translated into plain words and located at the offending
key or value. Schema Objects are checked against the JSON Schema dialect (3.1) and their
`default`s against the schema itself, each at its own position. Our own rules follow: unique
operationIds, path templates that match their path parameters, parameters and responses that
make sense, security requirements that name defined schemes, and well-formed `x-` extensions
(docs/spec-extensions.md). Where one of our rules explains a problem more precisely than the
JSON Schema error, the rule's diagnostic replaces the schema error. Every problem of a document
is collected; nothing stops at the first.

`strict` (curated specs, the default) makes the curation rules errors: `x-sdk` present, every
operation with an operationId, a tag and its responses. Lenient mode (uncurated, real-world specs)
turns those into warnings; lowering then derives what is missing.
"""

from __future__ import annotations

import difflib
import json
import keyword
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import quote

from jsonschema import Draft202012Validator  # type: ignore[import-untyped]
from jsonschema.exceptions import best_match  # type: ignore[import-untyped]
from jsonschema.validators import validator_for  # type: ignore[import-untyped]
from openapi_schema_validator import OAS30Validator, OAS31Validator, oas30_format_checker, oas31_format_checker
from openapi_schema_validator._dialects import OAS31_BASE_DIALECT_METASCHEMA
from openapi_schema_validator._specifications import REGISTRY as SCHEMA_REGISTRY
from openapi_spec_validator import OpenAPIV30SpecValidator, OpenAPIV31SpecValidator
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT4, DRAFT202012

from .diagnostics import Diagnostic, Diagnostics, Severity, join_pointer
from .load import Document, split_pointer

__all__ = ["HTTP_METHODS", "iter_operations", "validate"]

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_TEMPLATE = re.compile(r"\{([^{}]*)\}")
_IDENTIFIER = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_STATUS = re.compile(r"^(default|[1-5][0-9][0-9]|[1-5]XX)$")
_LOCATIONS = ("path", "query", "header", "cookie")
_STYLES = {
    "path": ("simple", "label", "matrix"),
    "query": ("form", "spaceDelimited", "pipeDelimited", "deepObject"),
    "header": ("simple",),
    "cookie": ("form",),
}
_SPEC_URI = "urn:sdkforge:spec"
# JSON Schema keywords whose errors only summarise errors of the node's fields
_SUMMARY_KEYWORDS = frozenset(
    {"oneOf", "anyOf", "allOf", "not", "if", "then", "else", "$ref", "$dynamicRef", "dependentSchemas", "contains"}
)
_LITERAL_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
# keywords whose value is one schema / a list of schemas / a mapping of name -> schema
_SUBSCHEMA = (
    "items",
    "additionalProperties",
    "not",
    "if",
    "then",
    "else",
    "contains",
    "propertyNames",
    "unevaluatedItems",
    "unevaluatedProperties",
    "contentSchema",
)
_SUBSCHEMA_LISTS = ("allOf", "anyOf", "oneOf", "prefixItems")
_SUBSCHEMA_MAPS = ("properties", "patternProperties", "$defs", "definitions", "dependentSchemas")
# hints for the usual missing required fields
_REQUIRED_HINTS = {
    "info": "add `info: {title: <API name>, version: '1.0'}`",
    "version": "add `version: '1.0'` (the version of the API, quoted)",
    "title": "add `title: <API name>`",
    "description": "add `description: <one sentence>` (OpenAPI requires it here)",
    "in": "add `in:` (query, header, path or cookie)",
    "type": "add `type:` (apiKey, http, oauth2 or openIdConnect)",
    "url": "add `url: https://api.example.com`",
}


def _crawled_validator(validator_class: Any, schema: Any, **options: Any) -> Any:
    """`validator_class(schema, **options)`, its reference resolver over an already crawled registry.

    jsonschema adds the root schema to the registry uncrawled and never keeps the crawled registry
    a lookup produces, so every anchor lookup (each `$dynamicRef` of the OpenAPI 3.1 schemas)
    crawled the whole schema again: most of validation's time. Crawling once up front is a pure
    cache: every lookup finds what it found before.
    """
    plain = validator_class(schema, **options)
    resolver = plain._resolver
    crawled = resolver._registry.crawl().resolver(base_uri=resolver._base_uri)
    return plain.evolve(_resolver=crawled)


def _content_key(value: Any) -> str | None:
    """A key equal for equal JSON values (None if `value` is not plain JSON)."""
    try:
        return json.dumps(value, sort_keys=True, allow_nan=False)
    except (TypeError, ValueError):
        return None


@cache
def _structure_validator(version: str) -> Any:
    """The JSON Schema validator of the OpenAPI `version` ("3.0" or "3.1") document schema,
    built once per process (the same schema and validator class openapi-spec-validator uses)."""
    spec_validator = OpenAPIV31SpecValidator if version == "3.1" else OpenAPIV30SpecValidator
    schema = spec_validator.schema_validator.schema
    return _crawled_validator(validator_for(schema), schema)


@cache
def _dialect_validator() -> Any:
    """The validator of Schema Objects against the OpenAPI 3.1 base dialect, built once."""
    return _crawled_validator(Draft202012Validator, OAS31_BASE_DIALECT_METASCHEMA, registry=SCHEMA_REGISTRY)


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


def _describe(pointer: str) -> str:
    """How a diagnostic names the node at `pointer`: `info`, `parameters[1]`, response '200'."""
    tokens = split_pointer(pointer)
    if not tokens:
        return "the document"
    last = tokens[-1]
    parent = tokens[-2] if len(tokens) > 1 else ""
    if parent == "responses":
        return f"response {last!r}"
    if parent == "paths":
        return f"path {last!r}"
    if last.isdigit() and parent:
        return f"`{parent}[{last}]`"
    return f"`{last}`"


def _declared(schema: Any, root: Any, depth: int) -> set[str]:
    """Every property name a (meta) schema declares in any of its branches, following local `$ref`s."""
    if not isinstance(schema, dict) or depth > 6:
        return set()
    names = set(schema["properties"]) if isinstance(schema.get("properties"), dict) else set()
    for key in ("allOf", "anyOf", "oneOf"):
        for part in schema.get(key, []) if isinstance(schema.get(key), list) else []:
            names |= _declared(part, root, depth + 1)
    for key in ("if", "then", "else"):
        names |= _declared(schema.get(key), root, depth + 1)
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith("#/") and isinstance(root, dict):
        node: Any = root
        for token in split_pointer(ref):
            node = node.get(token) if isinstance(node, dict) else None
        names |= _declared(node, root, depth + 1)
    return names


def _documents_only(schema_pointer: str) -> bool:
    """Is this the schema of a parameter or header (whose default is documentation, not code)?"""
    tokens = split_pointer(schema_pointer)
    if tokens[:2] == ["components", "schemas"]:
        return False
    return any(token in ("parameters", "headers") for token in tokens[:-1])


def _kind(value: Any) -> str:
    """A value's kind in words, for 'must be X, not Y' messages."""
    if value is None:
        return "empty (null)"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, int | float):
        return f"the number {value!r}"
    if isinstance(value, str):
        return f"the string {_short(value)}"
    if isinstance(value, list):
        return "a list"
    return "a mapping"


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_TYPE_WORDS = {
    "object": "a mapping",
    "array": "a list",
    "string": "a string",
    "integer": "an integer",
    "number": "a number",
    "boolean": "true or false",
    "null": "null",
}
_TYPE_HINTS = {
    "object": "write it as a mapping (`key: value` lines)",
    "array": "write it as a list (`- item` lines, or `[a, b]`)",
    "string": "quote the value, e.g. '1.0'",
    "boolean": "write true or false",
}


def _yaml_scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _suggest(word: str, choices: list[str]) -> str:
    close = difflib.get_close_matches(word, choices, n=1)
    return f"did you mean {close[0]!r}? " if close else ""


@dataclass(frozen=True, slots=True)
class _Claim:
    """Schema errors our own rule explains better: at `pointer` (and below it when `subtree`),
    of the given JSON Schema keywords (any when empty); a `required` error only when it is about
    one of `missing` (when given)."""

    pointer: str
    subtree: bool
    keywords: tuple[str, ...] = ()
    missing: tuple[str, ...] = ()

    def covers(self, pointer: str, error: Any) -> bool:
        if self.keywords and error.validator not in self.keywords:
            return False
        if self.missing and error.validator == "required":
            match = re.match(r"'(.+)' is a required property", str(error.message))
            if match is None or match.group(1) not in self.missing:
                return False
        return pointer == self.pointer or (self.subtree and pointer.startswith(self.pointer + "/"))


class _Checker:
    def __init__(self, document: Document, strict: bool) -> None:
        self.doc = document
        self.data = document.data
        self.strict = strict
        self.out = Diagnostics()
        self.claims: list[_Claim] = []
        self.version_text = ""

    def error(self, pointer: str, message: str, hint: str) -> None:
        self.out.add(Diagnostic(self.doc.locate(pointer), pointer, message, hint))

    def curation(self, pointer: str, message: str, hint: str) -> None:
        severity = Severity.ERROR if self.strict else Severity.WARNING
        self.out.add(Diagnostic(self.doc.locate(pointer), pointer, message, hint, severity))

    def claim(
        self, pointer: str, subtree: bool = False, keywords: tuple[str, ...] = (), missing: tuple[str, ...] = ()
    ) -> None:
        self.claims.append(_Claim(pointer, subtree, keywords, missing))

    def deref(self, node: Any) -> Any:
        seen = 0
        while isinstance(node, dict) and isinstance(node.get("$ref"), str) and seen < 50:
            try:
                node = self.doc.resolve(node["$ref"])
            except (KeyError, IndexError, ValueError, TypeError):
                return {}
            seen += 1
        return node

    def mapping(self, node: Any) -> dict[str, Any]:
        node = self.deref(node)
        return node if isinstance(node, dict) else {}

    # -- the OpenAPI structure -------------------------------------------------------------

    def version(self) -> type[OpenAPIV30SpecValidator] | type[OpenAPIV31SpecValidator] | None:
        if "swagger" in self.data:
            self.error(
                "#/swagger",
                f"Swagger {self.data.get('swagger')} is not supported",
                "convert the document to OpenAPI 3 first (for example with swagger2openapi)",
            )
            return None
        if "openapi" not in self.data:
            self.error("#", "missing `openapi` version field", "start the document with `openapi: 3.1.0`")
            return None
        version = self.data["openapi"]
        if not isinstance(version, str):
            self.error(
                "#/openapi",
                f"`openapi` must be a version string, not {_kind(version)}",
                "write `openapi: 3.1.0` (three numbers; quote it if in doubt)",
            )
            return None
        self.version_text = version
        if re.fullmatch(r"3\.0\.\d+(-.+)?", version):
            return OpenAPIV30SpecValidator
        if re.fullmatch(r"3\.1\.\d+(-.+)?", version):
            return OpenAPIV31SpecValidator
        if version in ("3", "3.0", "3.1"):
            self.error(
                "#/openapi",
                f"OpenAPI version {version!r} is incomplete",
                "write the full version, e.g. `openapi: 3.1.0`",
            )
            return None
        self.error("#/openapi", f"OpenAPI version {version!r} is not supported", "use 3.1.0 (or 3.0.x)")
        return None

    def structure(self, validator_class: type[OpenAPIV30SpecValidator] | type[OpenAPIV31SpecValidator]) -> None:
        """The JSON Schema of OpenAPI, minus what our own rules (run before) report better."""
        validator = _structure_validator("3.1" if validator_class is OpenAPIV31SpecValidator else "3.0")
        found: list[tuple[str, Any]] = []
        for error in validator.iter_errors(self.data):
            found.append((join_pointer("#", *error.absolute_path), error))
        self.report_schema_errors(found, validator.schema)

    def report_schema_errors(self, found: list[tuple[str, Any]], root: Any = None) -> None:
        """Translate and report JSON Schema errors; `root` is the schema they come from."""
        kept = [(p, e) for p, e in found if not any(c.covers(p, e) for c in self.claims)]
        # keep the most specific error for a node: a summary error on an ancestor of another error
        # (a failed oneOf/anyOf branch) only repeats it, and so do the "unevaluated" keys of an object
        # one of whose fields failed (JSON Schema then forgets which keys it had evaluated)
        deeper = {p for p, _ in kept} | {c.pointer for c in self.claims}
        for pointer, error in kept:
            below = [o for o in deeper if o.startswith(pointer + "/")]
            if error.validator in _SUMMARY_KEYWORDS and below:
                continue
            if (
                error.validator in ("unevaluatedProperties", "additionalProperties")
                and pointer != "#"
                and any("/" not in o[len(pointer) + 1 :] for o in below)
            ):
                continue
            busy = any(o == pointer or o.startswith(pointer + "/") for o, e in kept if e is not error)
            for where, message, hint in self.translate(pointer, error, root, busy):
                self.error(where, message, hint)

    def translate(self, pointer: str, error: Any, root: Any = None, busy: bool = False) -> list[tuple[str, str, str]]:
        """A JSON Schema error in plain words: [(pointer, message, hint)]. `busy`: the node has other
        errors (then keys that some branch of the schema declares are not reported as unknown)."""
        """A JSON Schema error in plain words: [(pointer, message, hint)]."""
        kind = str(error.validator)
        value = error.validator_value
        instance = error.instance
        what = _describe(pointer)
        last = split_pointer(pointer)[-1] if split_pointer(pointer) else ""
        if kind == "required":
            match = re.match(r"'(.+)' is a required property", str(error.message))
            name = match.group(1) if match else str(value)
            hint = _REQUIRED_HINTS.get(name, f"add `{name}:`")
            return [(pointer, f"{what} has no `{name}`, which is required", hint)]
        if kind == "type":
            expected = [value] if isinstance(value, str) else [str(v) for v in value]
            words = " or ".join(_TYPE_WORDS.get(t, t) for t in expected)
            hint = _TYPE_HINTS.get(expected[0], "see the OpenAPI specification for this field")
            if expected == ["string"] and isinstance(instance, list | dict):
                hint = "write a single string"
                if last == "type" and isinstance(instance, list):
                    hint = "OpenAPI 3.0 allows one type: write `nullable: true` for null (or use openapi: 3.1.0)"
            if instance is None:
                return [(pointer, f"{what} is empty, but it must be {words}", "give it a value or remove the key")]
            if expected == ["string"] and isinstance(instance, int | float | bool):
                reader = "JSON" if self.doc.path.endswith(".json") else "YAML"
                return [
                    (
                        pointer,
                        f"{what} must be a string, but {reader} reads the unquoted value as {_kind(instance)}",
                        "quote the value as written, e.g. '1.0'",
                    )
                ]
            return [(pointer, f"{what} must be {words}, not {_kind(instance)}", hint)]
        if kind == "enum":
            choices = [_yaml_scalar(v) for v in value]
            return [
                (
                    pointer,
                    f"{what} is {_short(instance)}, which is not one of: {', '.join(choices)}",
                    f"{_suggest(str(instance), choices)}use one of them",
                )
            ]
        if kind == "const":
            return [
                (
                    pointer,
                    f"{what} must be {_yaml_scalar(value)}, not {_yaml_scalar(instance)}",
                    f"write `{last}: {_yaml_scalar(value)}`",
                )
            ]
        if kind in ("unevaluatedProperties", "additionalProperties") and isinstance(instance, dict):
            inside = re.search(r"\((.*) (?:was|were) unexpected\)", str(error.message))
            names = re.findall(r"'((?:[^'\\]|\\.)*)'", inside.group(1)) if inside else []
            schema = error.schema if isinstance(error.schema, dict) else {}
            top = set(schema.get("properties", {})) if isinstance(schema.get("properties"), dict) else set()
            allowed = sorted(_declared(schema, root, 0) | top)
            result = []
            for name in names or [str(k) for k in instance]:
                if name in top or (busy and name in allowed):
                    continue  # declared, but its branch (or its value) failed: reported on its own
                listed = f"allowed here: {', '.join(allowed)}; " if allowed else ""
                result.append(
                    (
                        join_pointer(pointer, name),
                        f"unknown key {name!r} in {what}",
                        f"{_suggest(name, allowed)}{listed}extension keys start with `x-`",
                    )
                )
            return result
        if kind in ("minProperties", "minItems"):
            return [(pointer, f"{what} is empty", "add at least one entry, or remove the key")]
        if kind in ("oneOf", "anyOf") and error.context:
            required = [c for c in error.context if c.validator == "required"]
            if len(required) == len(error.context) and len({tuple(c.absolute_path) for c in required}) == 1:
                names = sorted({re.sub(r"^'(.+)' is a required property$", r"`\1`", str(c.message)) for c in required})
                return [(pointer, f"{what} needs one of {' or '.join(names)}", f"add {names[0]}")]
            # a failed `$ref` branch (Schema | Reference in OpenAPI 3.0) is never the interesting one
            context = [c for c in error.context if not (c.validator == "required" and "'$ref'" in str(c.message))]
            best = best_match(context or error.context)
            if best is not None and best is not error:
                relative = list(best.absolute_path)[len(list(error.absolute_path)) :]
                return self.translate(join_pointer(pointer, *relative), best, root, busy)
        if kind == "pattern" and "propertyNames" in list(error.relative_schema_path) and isinstance(instance, str):
            charset = "letters, digits, '.', '_' and '-'" if value == "^[a-zA-Z0-9._-]+$" else f"pattern {value}"
            return [
                (
                    join_pointer(pointer, instance),
                    f"name {instance!r} in {what} has characters that are not allowed",
                    f"use only {charset}",
                )
            ]
        if kind == "pattern":
            return [
                (
                    pointer,
                    f"{what} {_short(instance)} does not have the expected form (pattern {value})",
                    "see the OpenAPI specification for this field",
                )
            ]
        if kind == "uniqueItems":
            return [(pointer, f"{what} lists the same item twice", "remove the duplicate")]
        message = " ".join(str(error.message).split())
        if len(message) > 200:
            message = message[:197] + "..."
        return [(pointer, f"not valid OpenAPI: {message}", "see the OpenAPI specification for this object")]

    # -- Schema Objects -----------------------------------------------------------------------

    def schemas(self) -> None:
        """Every Schema Object: valid JSON Schema (3.1), and every `default` valid against it."""
        roots = list(self.schema_roots(self.data, "#"))
        v31 = self.version_text.startswith("3.1")
        if v31 and not isinstance(self.data.get("jsonSchemaDialect"), str):
            meta = _dialect_validator()
            valid: set[str] = set()  # schemas found valid (by content): specs repeat small schemas
            for pointer, schema in roots:
                key = _content_key(schema)
                if key is not None and key in valid:
                    continue
                found = [(join_pointer(pointer, *e.absolute_path), e) for e in meta.iter_errors(schema)]
                if not found and key is not None:
                    valid.add(key)
                self.report_schema_errors(found)
        registry: Registry[Any] = Registry().with_resource(
            _SPEC_URI, Resource.from_contents(self.data, default_specification=DRAFT202012 if v31 else DRAFT4)
        )
        validator_class: Any = OAS31Validator if v31 else OAS30Validator
        checker = oas31_format_checker if v31 else oas30_format_checker
        for pointer, schema in roots:
            for where, holder in self.subschemas(schema, pointer):
                if "default" not in holder or (holder["default"] is None and holder.get("nullable") is True):
                    continue
                target = {"$ref": _SPEC_URI + quote(where, safe="/~#")}
                try:
                    errors = list(
                        validator_class(target, registry=registry, format_checker=checker).iter_errors(
                            holder["default"]
                        )
                    )
                except Exception:  # an unresolvable schema is reported elsewhere
                    continue
                best = best_match(errors)
                if best is None:
                    continue
                message = f"the default does not match its schema: {' '.join(str(best.message).split())}"
                at = join_pointer(where, "default", *best.absolute_path)
                if _documents_only(pointer):
                    # a parameter's or header's default is only printed in the docs: lenient mode lets it be
                    self.curation(at, message, "change the default or the schema")
                elif self.strict:  # a model field's default becomes code
                    self.error(at, message, "change the default or the schema")
                else:  # lenient: the pipeline drops the default before lowering
                    self.curation(at, message, "the default is left out of the generated model")

    def inheritance_cycles(self) -> None:
        """No schema may extend itself through `allOf` references (A allOf B, B allOf A)."""
        components = self.mapping(self.data.get("components"))
        schemas = components.get("schemas")
        if not isinstance(schemas, dict):
            return
        prefix = "#/components/schemas/"

        def parents(name: str) -> list[tuple[str, str]]:
            """(parent schema, pointer of the $ref) for each allOf reference of `name`."""
            schema = schemas.get(name)
            found: list[tuple[str, str]] = []
            if isinstance(schema, dict) and isinstance(schema.get("allOf"), list):
                for index, entry in enumerate(schema["allOf"]):
                    ref = entry.get("$ref") if isinstance(entry, dict) else None
                    if isinstance(ref, str) and ref.startswith(prefix) and "/" not in ref[len(prefix) :]:
                        target = ref[len(prefix) :].replace("~1", "/").replace("~0", "~")
                        found.append((target, join_pointer(prefix.rstrip("/"), name, "allOf", index, "$ref")))
            return found

        reported: set[frozenset[str]] = set()
        for start in schemas:
            stack: list[tuple[str, list[tuple[str, str]]]] = [(start, [])]
            seen: set[str] = set()
            while stack:
                name, trail = stack.pop()
                for parent, where in parents(name):
                    chain = [*trail, (name, where)]
                    if parent == start:
                        cycle = frozenset(n for n, _ in chain)
                        if cycle not in reported:
                            reported.add(cycle)
                            names = " -> ".join([*(n for n, _ in chain), start])
                            self.error(
                                chain[0][1],
                                f"allOf cycle {names}: a schema cannot extend itself",
                                "remove one of these allOf references (use a property for recursion)",
                            )
                    elif parent not in seen:
                        seen.add(parent)
                        stack.append((parent, chain))

    def schema_roots(self, node: Any, pointer: str) -> Iterator[tuple[str, Any]]:
        """(pointer, schema) for every top-level Schema Object (not the schemas inside them)."""
        if isinstance(node, dict):
            for key, value in node.items():
                child = join_pointer(pointer, key)
                if key in _LITERAL_KEYS or key.startswith("x-"):
                    continue
                if pointer == "#/components" and key == "schemas" and isinstance(value, dict):
                    for name, schema in value.items():
                        if isinstance(schema, dict | bool):
                            yield join_pointer(child, name), schema
                elif key == "schema" and isinstance(value, dict | bool) and pointer != "#/components":
                    yield child, value
                else:
                    yield from self.schema_roots(value, child)
        elif isinstance(node, list):
            for index, item in enumerate(node):
                yield from self.schema_roots(item, join_pointer(pointer, index))

    def subschemas(self, schema: Any, pointer: str) -> Iterator[tuple[str, dict[str, Any]]]:
        if not isinstance(schema, dict):
            return
        yield pointer, schema
        for key in _SUBSCHEMA:
            if key in schema:
                yield from self.subschemas(schema[key], join_pointer(pointer, key))
        for key in _SUBSCHEMA_LISTS:
            if isinstance(schema.get(key), list):
                for index, item in enumerate(schema[key]):
                    yield from self.subschemas(item, join_pointer(pointer, key, index))
        for key in _SUBSCHEMA_MAPS:
            if isinstance(schema.get(key), dict):
                for name, item in schema[key].items():
                    yield from self.subschemas(item, join_pointer(pointer, key, name))

    # -- our rules -----------------------------------------------------------------------------

    def rules(self) -> None:
        self.check_sdk()
        self.check_tags()
        self.check_servers()
        seen_ids: dict[str, str] = {}
        components = self.mapping(self.data.get("components"))
        schemes = components.get("securitySchemes", {})
        schemes = schemes if isinstance(schemes, dict) else {}
        self.check_security(self.data.get("security"), "#/security", schemes)
        for name, scheme in schemes.items():
            self.check_scheme(join_pointer("#/components/securitySchemes", name), self.deref(scheme))
        shared = components.get("parameters")
        if isinstance(shared, dict):
            for name, param in shared.items():
                self.check_parameter(join_pointer("#/components/parameters", name), param)
        paths = self.data.get("paths")
        for path, item in paths.items() if isinstance(paths, dict) else ():
            if isinstance(item, dict):
                self.check_parameter_list(item.get("parameters"), join_pointer("#/paths", path, "parameters"))
        for path, method, operation, item in iter_operations(self.data):
            pointer = join_pointer("#/paths", path, method)
            operation_id = operation.get("operationId")
            if operation_id is None:
                self.curation(
                    pointer,
                    "operation has no operationId",
                    "add `operationId:` (it names the method unless `x-name` does)",
                )
            elif isinstance(operation_id, str):
                if operation_id in seen_ids:
                    self.error(
                        join_pointer(pointer, "operationId"),
                        f"duplicate operationId {operation_id!r} (also at {seen_ids[operation_id]})",
                        "give every operation its own operationId",
                    )
                else:
                    seen_ids[operation_id] = pointer
            tags = operation.get("tags")
            if not tags:
                self.curation(pointer, "operation has no tag", "add `tags: [<resource>]` (the tag names the resource)")
            self.check_parameter_list(operation.get("parameters"), join_pointer(pointer, "parameters"))
            self.check_path_parameters(path, method, operation, item, pointer)
            self.check_responses(operation, pointer)
            self.check_security(operation.get("security"), join_pointer(pointer, "security"), schemes)
            self.check_operation_extensions(operation, item, pointer)

    def check_tags(self) -> None:
        tags = self.data.get("tags")
        if not isinstance(tags, list):
            return
        seen: dict[str, int] = {}
        for index, tag in enumerate(tags):
            name = tag.get("name") if isinstance(tag, dict) else None
            if not isinstance(name, str):
                continue
            if name in seen:
                self.error(
                    join_pointer("#/tags", index, "name"),
                    f"tag {name!r} is declared twice (also at #/tags/{seen[name]})",
                    "merge the two entries",
                )
            else:
                seen[name] = index

    def check_servers(self) -> None:
        servers = self.data.get("servers")
        if not isinstance(servers, list):
            return
        for index, server in enumerate(servers):
            if not isinstance(server, dict) or not isinstance(server.get("url"), str):
                continue
            pointer = join_pointer("#/servers", index)
            variables = server.get("variables")
            variables = variables if isinstance(variables, dict) else {}
            for name in _TEMPLATE.findall(server["url"]):
                if name not in variables:
                    self.error(
                        join_pointer(pointer, "url"),
                        f"server URL {server['url']!r} uses {{{name}}}, which is not a server variable",
                        f"declare it: `variables: {{{name}: {{default: <value>}}}}`",
                    )
            for name, variable in variables.items():
                env = variable.get("x-env") if isinstance(variable, dict) else None
                if env is not None and not (
                    isinstance(env, str) or (isinstance(env, list) and all(isinstance(e, str) for e in env))
                ):
                    self.error(
                        join_pointer(pointer, "variables", name, "x-env"),
                        f"`x-env` must name environment variables, not {_kind(env)}",
                        "write e.g. `x-env: [AWS_REGION, AWS_DEFAULT_REGION]`",
                    )

    def check_sdk(self) -> None:
        sdk = self.data.get("x-sdk")
        if sdk is None:
            self.curation("#", "missing `x-sdk`", "add `x-sdk: {package: <name>, client: <ClassName>}`")
            return
        if not isinstance(sdk, dict):
            self.error(
                "#/x-sdk",
                f"`x-sdk` must be a mapping, not {_kind(sdk)}",
                "write `x-sdk: {package: <name>, client: <ClassName>}`",
            )
            return
        for key in ("package", "client"):
            if key not in sdk:
                self.error(
                    "#/x-sdk",
                    f"`x-sdk` has no `{key}`",
                    "add `package: <import name>`" if key == "package" else "add `client: <ClassName>`",
                )
        package = sdk.get("package")
        if package is not None and (not isinstance(package, str) or not re.fullmatch(r"[a-z_][a-z0-9_]*", package)):
            self.error(
                "#/x-sdk/package",
                f"package name {_short(package)} is not a lower-case Python identifier",
                "use lower-case letters, digits and underscores, e.g. `flowdash`",
            )
        elif isinstance(package, str) and keyword.iskeyword(package):
            self.error(
                "#/x-sdk/package",
                f"package name {package!r} is a Python keyword",
                f"choose another name, e.g. `{package}_api`",
            )
        for key in ("client", "async-client"):
            value = sdk.get(key)
            if value is not None and (not isinstance(value, str) or not re.fullmatch(r"[A-Z][A-Za-z0-9]*", value)):
                self.error(
                    join_pointer("#/x-sdk", key),
                    f"class name {_short(value)} is not PascalCase",
                    "use a name like `Flowdash`",
                )
            elif isinstance(value, str) and keyword.iskeyword(value):
                self.error(
                    join_pointer("#/x-sdk", key), f"class name {value!r} is a Python keyword", "choose another name"
                )
        for key in ("distribution", "version"):
            value = sdk.get(key)
            if value is not None and not isinstance(value, str):
                self.error(
                    join_pointer("#/x-sdk", key),
                    f"`{key}` must be a string, not {_kind(value)}"
                    + (" (an unquoted version is read as a number)" if isinstance(value, int | float) else ""),
                    f"quote it as written, e.g. `{key}: '1.0.0'`" if key == "version" else "quote it",
                )
        distribution = sdk.get("distribution")
        if isinstance(distribution, str) and not re.fullmatch(
            r"[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?", distribution
        ):
            self.error(
                "#/x-sdk/distribution",
                f"distribution name {distribution!r} is not a valid pip name",
                "use letters, digits, '-', '_' and '.', e.g. `sdkforge-flowdash`",
            )
        unwrap = sdk.get("unwrap")
        if unwrap is not None and not (isinstance(unwrap, str) and unwrap):
            self.error(
                "#/x-sdk/unwrap",
                f"`unwrap` must name a property, not {_kind(unwrap)}",
                "write e.g. `unwrap: data`, or remove the key",
            )
        for key in ("default-headers", "default-query"):
            value = sdk.get(key)
            if value is None:
                continue
            if not isinstance(value, dict):
                self.error(
                    join_pointer("#/x-sdk", key),
                    f"`{key}` must be a mapping, not {_kind(value)}",
                    "write `Name: value` pairs",
                )
                continue
            for name, item in value.items():
                if not isinstance(item, str | int | float | bool):
                    self.error(
                        join_pointer("#/x-sdk", key, name),
                        f"`{key}` entry {name!r} must be a single value (string, number or boolean), not {_kind(item)}",
                        f"write `{name}: <value>`",
                    )
        self.expect_keys(
            "#/x-sdk",
            sdk,
            {
                "package",
                "distribution",
                "client",
                "async-client",
                "version",
                "default-headers",
                "default-query",
                "unwrap",
            },
        )
        envelope = self.data.get("x-error-envelope")
        if envelope is not None:
            if not isinstance(envelope, dict) or "field" not in envelope:
                self.error(
                    "#/x-error-envelope",
                    "`x-error-envelope` needs a `field`",
                    "write `x-error-envelope: {field: ok, code-field: error}`",
                )
            else:
                for key in ("field", "code-field", "message-field"):
                    if key in envelope and not (isinstance(envelope[key], str) and envelope[key]):
                        self.error(
                            join_pointer("#/x-error-envelope", key),
                            f"`{key}` must name a property, not {_kind(envelope[key])}",
                            "write e.g. `ok`",
                        )
                self.expect_keys("#/x-error-envelope", envelope, {"field", "code-field", "message-field"})
        errors = self.data.get("x-errors")
        if errors is not None:
            if not isinstance(errors, dict):
                self.error(
                    "#/x-errors",
                    f"`x-errors` must be a mapping, not {_kind(errors)}",
                    "write `x-errors: {code-fields: [code], message-fields: [message]}`",
                )
            else:
                self.expect_keys("#/x-errors", errors, {"code-header", "code-fields", "message-fields"})
                header = errors.get("code-header")
                if header is not None and not (isinstance(header, str) and header):
                    self.error(
                        "#/x-errors/code-header",
                        f"`code-header` must name a header, not {_kind(header)}",
                        "write e.g. `code-header: x-amzn-ErrorType`",
                    )
                for key in ("code-fields", "message-fields"):
                    value = errors.get(key)
                    if value is not None and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                        self.error(
                            join_pointer("#/x-errors", key),
                            f"`{key}` must be a list of property names, not {_kind(value)}",
                            f"write e.g. `{key}: [{_yaml_scalar(value) if isinstance(value, str) else 'code'}]`",
                        )

    def expect_keys(self, pointer: str, value: dict[str, Any], allowed: set[str]) -> None:
        for key in value:
            if key not in allowed:
                self.error(
                    join_pointer(pointer, key),
                    f"unknown key {key!r}",
                    f"{_suggest(key, sorted(allowed))}allowed here: {', '.join(sorted(allowed))}",
                )

    def check_scheme(self, pointer: str, scheme: Any) -> None:
        if not isinstance(scheme, dict):
            return
        kind = scheme.get("type")
        credential = scheme.get("x-credential")
        if credential is not None:
            if not isinstance(credential, dict) or not isinstance(credential.get("argument"), str):
                self.error(
                    join_pointer(pointer, "x-credential"),
                    "`x-credential` needs an `argument`",
                    "write `x-credential: {argument: token, env: API_TOKEN}`",
                )
            else:
                argument = credential["argument"]
                if not _IDENTIFIER.fullmatch(argument) or keyword.iskeyword(argument):
                    self.error(
                        join_pointer(pointer, "x-credential", "argument"),
                        f"{argument!r} is a Python keyword, not a usable argument name"
                        if keyword.iskeyword(argument)
                        else f"{argument!r} is not a usable Python argument name",
                        f"use snake_case, e.g. `{re.sub(r'[^A-Za-z0-9_]+', '_', argument).strip('_') or 'token'}`"
                        if not keyword.iskeyword(argument)
                        else f"use e.g. `{argument}_token`",
                    )
                env = credential.get("env")
                if env is not None and not (isinstance(env, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", env)):
                    self.error(
                        join_pointer(pointer, "x-credential", "env"),
                        f"{_short(env)} is not an environment variable name",
                        "use letters, digits and underscores, e.g. `PETS_API_KEY`",
                    )
                self.expect_keys(join_pointer(pointer, "x-credential"), credential, {"argument", "env"})
        sigv4 = scheme.get("x-aws-sigv4")
        if sigv4 is not None:
            if not isinstance(sigv4, dict) or not isinstance(sigv4.get("service"), str):
                self.error(
                    join_pointer(pointer, "x-aws-sigv4"),
                    "`x-aws-sigv4` needs a `service`",
                    "write `x-aws-sigv4: {service: <signing name>, region-variable: region}`",
                )
            else:
                region = sigv4.get("region-variable")
                variables = self.server_variables()
                if region is not None and (not isinstance(region, str) or region not in variables):
                    known = ", ".join(sorted(variables)) if variables else "none"
                    self.error(
                        join_pointer(pointer, "x-aws-sigv4", "region-variable"),
                        f"server variable {_short(region)} does not exist (servers[0] has: {known})",
                        f"{_suggest(str(region), sorted(variables))}name a variable of servers[0].variables",
                    )
                self.expect_keys(join_pointer(pointer, "x-aws-sigv4"), sigv4, {"service", "region-variable"})
        elif kind == "http" and str(scheme.get("scheme", "")).lower() not in ("bearer", "basic"):
            self.error(
                join_pointer(pointer, "scheme"),
                f"HTTP auth scheme {scheme.get('scheme')!r} is not supported",
                "use bearer or basic",
            )
        elif kind in ("oauth2", "openIdConnect"):
            self.out.add(
                Diagnostic(
                    self.doc.locate(pointer),
                    pointer,
                    f"{kind} security is sent as a bearer token the caller obtains",
                    "pass the access token as `token`",
                    Severity.WARNING,
                )
            )

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
                    self.error(
                        join_pointer(pointer, index, name),
                        f"security scheme {name!r} is not defined",
                        f"{_suggest(name, sorted(schemes))}define it under components.securitySchemes",
                    )

    # -- parameters ----------------------------------------------------------------------------

    def parameters(self, operation: dict[str, Any], item: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        """(pointer, parameter) of an operation's parameters, the operation's overriding the path item's."""
        found: dict[tuple[str, str], tuple[str, dict[str, Any]]] = {}
        for owner in (item, operation):
            params = owner.get("parameters")
            if not isinstance(params, list):
                continue
            base = "item" if owner is item else "op"
            for index, raw in enumerate(params):
                param = self.deref(raw)
                if isinstance(param, dict) and isinstance(param.get("name"), str):
                    found[(param["name"], str(param.get("in")))] = (f"{base}:{index}", param)
        return list(found.values())

    def check_parameter_list(self, params: Any, pointer: str) -> None:
        """Each parameter of one `parameters` list, and no (name, in) twice in it."""
        if not isinstance(params, list):
            return
        seen: dict[tuple[str, str], int] = {}
        for index, raw in enumerate(params):
            where = join_pointer(pointer, index)
            if not (isinstance(raw, dict) and isinstance(raw.get("$ref"), str)):
                self.check_parameter(where, raw)
            param = self.deref(raw)
            if not isinstance(param, dict) or not isinstance(param.get("name"), str):
                continue
            key = (param["name"], str(param.get("in")))
            if key in seen:
                self.error(
                    where,
                    f"parameter {key[0]!r} ({key[1]}) is declared twice (also at {join_pointer(pointer, seen[key])})",
                    "remove one of them",
                )
            else:
                seen[key] = index

    def check_parameter(self, pointer: str, param: Any) -> None:
        """One Parameter Object (not a reference), where it is written."""
        if not isinstance(param, dict) or "$ref" in param:
            return
        name = param.get("name")
        label = f"parameter {name!r}" if isinstance(name, str) else "the parameter"
        location = param.get("in")
        if location is not None and location not in _LOCATIONS:
            self.claim(pointer, subtree=True)
            hint = (
                "a request body is declared with `requestBody`, not as a parameter"
                if location == "body"
                else (
                    "form fields are properties of a `requestBody` schema"
                    if location == "formData"
                    else f"{_suggest(str(location), list(_LOCATIONS))}use path, query, header or cookie"
                )
            )
            self.error(
                join_pointer(pointer, "in"), f"parameter location {_short(location)} does not exist in OpenAPI 3", hint
            )
            return
        if location == "path" and param.get("required") is not True:
            where = join_pointer(pointer, "required") if "required" in param else pointer
            self.claim(join_pointer(pointer, "required"), subtree=True)
            self.claim(pointer, keywords=("required",), missing=("required",))
            self.error(
                where,
                f"path {label} must be required",
                "write `required: true` (a path parameter is always part of the URL)",
            )
        if "schema" not in param and "content" not in param:
            self.claim(pointer, keywords=("oneOf", "anyOf", "required"), missing=("schema", "content"))
            self.error(
                pointer,
                f"{label} has neither `schema` nor `content`",
                "add `schema: {type: string}` (or the parameter's real type)",
            )
        elif "schema" in param and "content" in param:
            self.claim(pointer, keywords=("oneOf", "anyOf", "not"))
            self.error(
                join_pointer(pointer, "content"),
                f"{label} has both `schema` and `content`",
                "keep one of them (`content` only for JSON-encoded values)",
            )
        style = param.get("style")
        if isinstance(location, str) and isinstance(style, str) and style not in _STYLES[location]:
            self.claim(join_pointer(pointer, "style"), subtree=True)
            allowed = _STYLES[location]
            choices = allowed[0] if len(allowed) == 1 else "one of " + ", ".join(allowed)
            self.error(
                join_pointer(pointer, "style"),
                f"style {style!r} is not allowed for {location} parameters",
                f"{_suggest(style, list(allowed))}use {choices}, or leave `style` out",
            )
        for key in ("x-name",):
            value = param.get(key)
            if value is not None and not (isinstance(value, str) and value.strip()):
                self.error(
                    join_pointer(pointer, key),
                    f"`{key}` must be a non-empty string, not {_kind(value)}",
                    "write an argument name",
                )
        flag = param.get("x-idempotency-key")
        if flag is not None:
            if not isinstance(flag, bool):
                self.error(
                    join_pointer(pointer, "x-idempotency-key"),
                    "`x-idempotency-key` must be true or false",
                    "write `x-idempotency-key: true`",
                )
            elif flag and location != "header":
                self.error(
                    join_pointer(pointer, "x-idempotency-key"),
                    f"`x-idempotency-key` on {label}, which is a {location} parameter, not a header",
                    "put it on the idempotency header parameter (e.g. `Idempotency-Key`, `in: header`)",
                )

    def check_path_parameters(
        self, path: str, method: str, operation: dict[str, Any], item: dict[str, Any], pointer: str
    ) -> None:
        placeholders = _TEMPLATE.findall(path)
        params = self.parameters(operation, item)
        path_params = {p["name"] for _, p in params if p.get("in") == "path"}
        for name in placeholders:
            if name not in path_params:
                self.error(
                    pointer,
                    f"path template {path!r} has {{{name}}} but no path parameter {name!r}",
                    f"add `- {{name: {name}, in: path, required: true, schema: {{type: string}}}}`",
                )
        for where, param in params:
            if param.get("in") == "path" and param["name"] not in placeholders:
                base = pointer if where.startswith("op") else pointer.rsplit("/", 1)[0]
                index = where.split(":")[1]
                self.error(
                    join_pointer(base, "parameters", index),
                    f"path parameter {param['name']!r} does not appear in {path!r}",
                    f"add {{{param['name']}}} to the path or remove the parameter",
                )

    # -- responses -----------------------------------------------------------------------------

    def check_responses(self, operation: dict[str, Any], pointer: str) -> None:
        responses = operation.get("responses")
        where = join_pointer(pointer, "responses")
        if responses is None:
            self.claim(pointer, keywords=("required",), missing=("responses",))
            self.curation(
                pointer,
                "operation has no `responses`",
                "add `responses:` with at least the success response, e.g. `'200': {description: OK}`",
            )
            return
        if not isinstance(responses, dict):
            return
        codes = [key for key in responses if not str(key).startswith("x-")]
        for key in codes:
            if not _STATUS.match(str(key)):
                self.claim(
                    where,
                    keywords=("required", "unevaluatedProperties", "additionalProperties", "minProperties"),
                    missing=("default",),
                )
                self.claim(join_pointer(where, key), subtree=True)
                fixed = str(key).upper()
                hint = (
                    f"write {fixed!r}"
                    if _STATUS.match(fixed)
                    else "use a status code ('200'), a range ('4XX') or 'default'"
                )
                self.error(join_pointer(where, key), f"{str(key)!r} is not an HTTP status code", hint)
        if not codes:
            self.claim(where, keywords=("required", "minProperties"), missing=("default",))
            self.curation(
                where, "`responses` is empty", "add at least the success response, e.g. `'200': {description: OK}`"
            )

    # -- extensions ----------------------------------------------------------------------------

    def check_operation_extensions(self, operation: dict[str, Any], item: dict[str, Any], pointer: str) -> None:
        name = operation.get("x-name")
        if name is not None and (not isinstance(name, str) or not name.strip()):
            self.error(join_pointer(pointer, "x-name"), "`x-name` must be a non-empty string", "write a method name")
        value = operation.get("x-idempotent")  # (`deprecated` is checked with the OpenAPI structure)
        if value is not None and not isinstance(value, bool):
            self.error(
                join_pointer(pointer, "x-idempotent"),
                f"`x-idempotent` must be true or false, not {_kind(value)}",
                "write true or false",
            )
        unwrap = operation.get("x-unwrap")
        if unwrap is not None and unwrap is not False and not (isinstance(unwrap, str) and unwrap):
            self.error(
                join_pointer(pointer, "x-unwrap"),
                f"`x-unwrap` must name a property or be false, not {_kind(unwrap)}",
                "write e.g. `x-unwrap: data`, or `x-unwrap: false`",
            )
        seed = operation.get("x-seed")
        if seed is not None:
            if not isinstance(seed, dict) or not isinstance(seed.get("file"), str):
                self.error(
                    join_pointer(pointer, "x-seed"),
                    "`x-seed` needs a `file`",
                    "write `x-seed: {file: <seed file>, section: <heading>}`",
                )
            else:
                self.expect_keys(join_pointer(pointer, "x-seed"), seed, {"file", "section", "differences"})
                differences = seed.get("differences", [])
                if not isinstance(differences, list) or not all(isinstance(d, str) for d in differences):
                    self.error(
                        join_pointer(pointer, "x-seed", "differences"),
                        "`differences` must be a list of sentences",
                        "write one string per difference",
                    )
        params = {p["name"]: p for _, p in self.parameters(operation, item)}
        body = self.deref(operation.get("requestBody"))
        if isinstance(body, dict) and "x-body-name" in body:
            value = body["x-body-name"]
            if not isinstance(value, str) or not _IDENTIFIER.fullmatch(value) or keyword.iskeyword(value):
                self.error(
                    join_pointer(pointer, "requestBody", "x-body-name"),
                    f"`x-body-name` {_short(value)} is not a usable Python argument name",
                    "use snake_case, e.g. `body`",
                )
        responses = operation.get("responses")
        for status, raw in responses.items() if isinstance(responses, dict) else ():
            response = self.deref(raw)
            if not isinstance(response, dict) or "x-error-name" not in response:
                continue
            named = response["x-error-name"]
            where = join_pointer(pointer, "responses", status, "x-error-name")
            if isinstance(raw, dict) and isinstance(raw.get("$ref"), str):
                where = join_pointer(raw["$ref"], "x-error-name")
            if not (isinstance(named, str) and re.fullmatch(r"[A-Za-z_][A-Za-z0-9_.:-]*", named)):
                self.error(
                    where,
                    f"`x-error-name` must be an exception name, not {_kind(named)}",
                    "write e.g. `x-error-name: ResourceNotFoundException`",
                )
            elif not str(status).startswith(("4", "5", "default")):
                self.error(
                    where,
                    f"`x-error-name` on the {status} response, which is not an error response",
                    "put it on a 4XX/5XX or default response",
                )
        self.check_pagination(operation.get("x-pagination"), join_pointer(pointer, "x-pagination"), params)
        self.check_waiter(operation.get("x-waiter"), join_pointer(pointer, "x-waiter"))

    def check_pagination(self, value: Any, pointer: str, params: dict[str, dict[str, Any]]) -> None:
        if value is None:
            return
        if not isinstance(value, dict):
            self.error(
                pointer,
                f"`x-pagination` must be a mapping, not {_kind(value)}",
                "write `x-pagination: {style: token, token-param: ..., token-field: ..., items-field: ...}`",
            )
            return
        if value.get("style") not in ("token", "offset"):
            if "style" in value:
                self.error(
                    join_pointer(pointer, "style"),
                    f"pagination style {_short(value['style'])} is not supported",
                    "use `style: token` (a next-page token) or `style: offset` (offset and limit)",
                )
            else:
                self.error(pointer, "`x-pagination` has no `style`", "add `style: token` or `style: offset`")
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
                self.error(
                    join_pointer(pointer, key),
                    f"parameter {param!r} is not a parameter of this operation",
                    f"{_suggest(param, sorted(params))}name the wire name of one of its query parameters",
                )
        self.expect_keys(
            pointer,
            value,
            {"style", "token-param", "token-field", "items-field", "limit-param", "offset-param", "total-field"},
        )

    def check_waiter(self, value: Any, pointer: str) -> None:
        if value is None:
            return
        if not isinstance(value, dict):
            self.error(
                pointer,
                f"`x-waiter` must be a mapping, not {_kind(value)}",
                "write `x-waiter: {name: wait, field: status, success: [...], failure: [...]}`",
            )
            return
        for key in ("name", "field"):
            if not isinstance(value.get(key), str):
                self.error(pointer, f"`x-waiter` has no `{key}`", f"add `{key}:`")
        for key in ("success", "failure"):
            states = value.get(key)
            if not isinstance(states, list) or not all(isinstance(s, str | int | bool) for s in states):
                self.error(
                    join_pointer(pointer, key) if key in value else pointer,
                    f"`{key}` must be a list of states",
                    f"write e.g. `{key}: [Success]`",
                )
        for key in ("delay", "backoff", "max-delay", "timeout"):
            number = value.get(key)
            if number is not None and (isinstance(number, bool) or not isinstance(number, int | float) or number <= 0):
                self.error(
                    join_pointer(pointer, key),
                    f"`{key}` must be a positive number, not {_kind(number)}",
                    "write e.g. `1.5`",
                )
        self.expect_keys(
            pointer,
            value,
            {"name", "field", "success", "failure", "errors-field", "delay", "backoff", "max-delay", "timeout"},
        )


def validate(document: Document, *, strict: bool = True) -> Diagnostics:
    """Every structural and rule problem of `document` (errors and warnings)."""
    checker = _Checker(document, strict)
    validator_class = checker.version()
    if validator_class is None:
        return checker.out
    checker.rules()  # first: they claim the schema errors they explain better
    checker.structure(validator_class)
    checker.schemas()
    checker.inheritance_cycles()
    return checker.out
