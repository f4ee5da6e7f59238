"""Schemas -> models: the part of lowering that decides every model class and type.

1. Every inline schema that would become a class (an object with properties, an enum, an
   `allOf`) is hoisted into `components.schemas` under a name derived from where it sits
   (`Workflow` + `stats` -> `WorkflowStats`), so datamodel-code-generator never has to invent a
   name and names stay stable when unrelated schemas are added.
2. Every schema is renamed to its class name (`naming.class_name`, unique per package; a name
   that is already a valid class name keeps its spelling and wins collisions) and every `$ref`
   (and discriminator mapping) is rewritten.
3. Every property gets its Python field name (`naming.field_name`, unique per class), handed to
   datamodel-code-generator as scoped aliases; every enum gets its member names
   (`x-enum-varnames`).
4. `TypeMapper` turns any schema into the Python annotation used in method signatures
   (`list[m.Action]`, `Literal["asc", "desc"]`, ...) and the type shown in the docs.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from . import naming
from .diagnostics import join_pointer
from .ir import Model, ModelField
from .pytext import py_literal

__all__ = ["ModelSet", "TypeMapper", "build_models", "is_nullable", "schema_types"]

REF_PREFIX = "#/components/schemas/"
_DROPPED_FORMATS = frozenset({"email", "idn-email"})
_COMPOSITES = ("oneOf", "anyOf")


def is_class(schema: Any) -> bool:
    """Whether datamodel-code-generator makes a class of this schema."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    if "enum" in schema and [v for v in schema["enum"] if v is not None]:
        return len([v for v in schema["enum"] if v is not None]) > 0
    if "allOf" in schema:
        return True
    return isinstance(schema.get("properties"), dict) and bool(schema["properties"])


def schema_types(schema: dict[str, Any]) -> list[str]:
    value = schema.get("type")
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, str):
        return [value]
    return []


_TYPING_KEYS = (
    "type",
    "enum",
    "const",
    "$ref",
    "oneOf",
    "anyOf",
    "allOf",
    "not",
    "properties",
    "items",
    "additionalProperties",
)


def is_nullable(schema: Any) -> bool:
    if not isinstance(schema, dict):
        return False
    if not any(key in schema for key in _TYPING_KEYS):
        return True  # any JSON value, null included
    if schema.get("nullable") is True or "null" in schema_types(schema):
        return True
    if "enum" in schema and None in schema["enum"]:
        return True
    for key in _COMPOSITES:
        options = schema.get(key)
        if isinstance(options, list) and any(isinstance(o, dict) and schema_types(o) == ["null"] for o in options):
            return True
    return False


@dataclass(slots=True)
class ModelSet:
    """The renamed models document plus what lowering needs to refer to it."""

    document: dict[str, Any]  # OpenAPI document with only components.schemas
    schemas: dict[str, Any]  # class name -> schema (renamed, hoisted)
    renamed: dict[str, str]  # original component name -> class name
    aliases: dict[str, str]  # "Class.wire" -> python field name
    pointers: dict[str, str]  # class name -> JSON pointer of its origin in the spec
    secret_fields: set[str] = field(default_factory=set)
    hoisted_from: dict[str, str] = field(default_factory=dict)  # spec pointer -> class name

    def class_for(self, ref: str) -> str:
        return ref[len(REF_PREFIX) :]


class _Hoister:
    def __init__(self, schemas: dict[str, Any], table: naming.NameTable) -> None:
        self.schemas = schemas
        self.table = table
        self.pointers: dict[str, str] = {}
        self.hoisted_from: dict[str, str] = {}

    def hoist(self, schema: Any, name_hint: str, pointer: str) -> Any:
        """Return `schema` with class-producing inline parts replaced by refs (recursively)."""
        if not isinstance(schema, dict):
            return schema
        if is_class(schema):
            name = self.table.claim(f"hoisted:{pointer}", naming.class_name(name_hint))
            self.pointers[name] = pointer
            self.hoisted_from[pointer] = name
            self.schemas[name] = self.walk(schema, name, pointer)
            return {"$ref": REF_PREFIX + name}
        return self.walk(schema, name_hint, pointer)

    def walk(self, schema: dict[str, Any], owner: str, pointer: str) -> dict[str, Any]:
        """Hoist the inline parts below a schema that itself stays where it is."""
        # Key constraints cannot be typed (pydantic would need `constr` keys, which no type checker
        # accepts); the keys stay plain strings and the description still says what they are.
        result = {k: v for k, v in schema.items() if k != "propertyNames"}
        if result.get("nullable") is False:
            del result["nullable"]  # the default; datamodel-code-generator would type `x: bool = None`
        if result.get("format") in _DROPPED_FORMATS:
            del result["format"]  # pydantic's EmailStr needs email-validator: not a runtime dependency
        properties = schema.get("properties")
        if isinstance(properties, dict):
            result["properties"] = {
                key: self.hoist(value, owner + _pascal(key), join_pointer(pointer, "properties", key))
                for key, value in properties.items()
            }
        items = schema.get("items")
        if isinstance(items, dict):
            result["items"] = self.hoist(items, owner + "Item", join_pointer(pointer, "items"))
        additional = schema.get("additionalProperties")
        if isinstance(additional, dict):
            result["additionalProperties"] = self.hoist(
                additional, owner + "Value", join_pointer(pointer, "additionalProperties")
            )
        for key in _COMPOSITES:
            options = schema.get(key)
            if isinstance(options, list):
                result[key] = [
                    self.hoist(option, _option_name(option, owner, index), join_pointer(pointer, key, index))
                    for index, option in enumerate(options)
                ]
        parts = schema.get("allOf")
        if isinstance(parts, list):
            # inline parts of an allOf are merged into the owning class (not hoisted into bases of
            # their own, which would only create conflicting multiple inheritance)
            result["allOf"] = [
                self.walk(part, owner, join_pointer(pointer, "allOf", index)) if isinstance(part, dict) else part
                for index, part in enumerate(parts)
            ]
        return result


def _pascal(text: str) -> str:
    return naming.pascal_case(text) or "Field"


def _option_name(option: Any, owner: str, index: int) -> str:
    title = option.get("title") if isinstance(option, dict) else None
    if isinstance(title, str):
        return title
    return f"{owner}Option{index + 1}"


_LITERAL_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
_NAME_MAPS = frozenset({"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"})


def _rewrite_refs(node: Any, mapping: dict[str, str], names: bool = False) -> Any:
    """Rewrite `$ref`s (and discriminator mappings) through `mapping`.

    Literal values (examples, defaults, enums) are data and left alone, except where the key is
    a property *name* (`properties: {default: ...}` is a schema called "default").
    """
    if isinstance(node, dict):
        result: dict[str, Any] = {}
        for key, value in node.items():
            if names:
                result[key] = _rewrite_refs(value, mapping)
            elif key == "$ref" and isinstance(value, str):
                result[key] = mapping.get(value, value)
            elif key == "discriminator" and isinstance(value, dict) and isinstance(value.get("mapping"), dict):
                result[key] = {
                    **value,
                    "mapping": {k: mapping.get(v, v) for k, v in value["mapping"].items()},
                }
            elif key in _LITERAL_KEYS:
                result[key] = value
            else:
                result[key] = _rewrite_refs(value, mapping, names=key in _NAME_MAPS)
        return result
    if isinstance(node, list):
        return [_rewrite_refs(item, mapping) for item in node]
    return node


def _iter_objects(schemas: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    for name, schema in schemas.items():
        if isinstance(schema, dict):
            yield name, schema


def _collect_refs(node: Any, found: set[str], names: bool = False) -> None:
    if isinstance(node, dict):
        for key, value in node.items():
            if names:
                _collect_refs(value, found)
            elif key == "$ref" and isinstance(value, str):
                found.add(value)
            elif key not in _LITERAL_KEYS:
                _collect_refs(value, found, names=key in _NAME_MAPS)
    elif isinstance(node, list):
        for item in node:
            _collect_refs(item, found)


def _collect_model_refs(node: Any, found: set[str]) -> None:
    """The `$ref`s below `node` and the targets of its discriminator mappings."""
    _collect_refs(node, found)
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            discriminator = current.get("discriminator")
            if isinstance(discriminator, dict) and isinstance(discriminator.get("mapping"), dict):
                found.update(v for v in discriminator["mapping"].values() if isinstance(v, str))
            stack.extend(current.values())
        elif isinstance(current, list):
            stack.extend(current)


def _reachable(schemas: dict[str, Any], roots: set[str]) -> set[str]:
    """The models `roots` (references) name, and every model they refer to, transitively."""
    kept: set[str] = set()
    pending = [ref[len(REF_PREFIX) :] for ref in roots if ref.startswith(REF_PREFIX)]
    while pending:
        name = pending.pop()
        if name in kept or name not in schemas:
            continue
        kept.add(name)
        found: set[str] = set()
        _collect_model_refs(schemas[name], found)
        pending.extend(ref[len(REF_PREFIX) :] for ref in found if ref.startswith(REF_PREFIX))
    return kept


def _is_component_ref(ref: str) -> bool:
    return ref.startswith(REF_PREFIX) and "/" not in ref[len(REF_PREFIX) :]


def _adopt_foreign_refs(
    spec_schemas: dict[str, Any],
    extra: list[tuple[str, Any, str]],
    resolve: Callable[[str], Any],
) -> tuple[dict[str, Any], dict[str, str]]:
    """Schemas referenced where they are not components (`#/paths/.../schema/items`, or a part of
    a component) become components of their own, named after where they sit."""
    schemas = dict(spec_schemas)
    mapping: dict[str, str] = {}
    pending: set[str] = set()
    _collect_refs(spec_schemas, pending)
    _collect_refs([e[1] for e in extra], pending)
    seen: set[str] = set()
    while pending:
        ref = pending.pop()
        if ref in seen or not ref.startswith("#/") or _is_component_ref(ref):
            continue
        seen.add(ref)
        try:
            target = resolve(ref)
        except (KeyError, IndexError, ValueError):
            continue
        tokens = [
            t
            for t in ref.split("/")[1:]
            if t
            not in (
                "properties",
                "items",
                "content",
                "schema",
                "application~1json",
                "responses",
                "allOf",
                "oneOf",
                "anyOf",
                "paths",
                "components",
                "schemas",
            )
        ]
        hint = "".join(_pascal(t.replace("~1", " ").replace("~0", " ")) for t in tokens[-3:]) or "Schema"
        name = hint
        counter = 2
        while name in schemas:
            name = f"{hint}{counter}"
            counter += 1
        schemas[name] = copy.deepcopy(target)
        mapping[ref] = REF_PREFIX + naming_escape(name)
        _collect_refs(target, pending)
    if not mapping:
        return spec_schemas, mapping
    return {name: _rewrite_refs(schema, mapping) for name, schema in schemas.items()}, mapping


def build_models(
    spec_schemas: dict[str, Any],
    extra: list[tuple[str, Any, str]],
    openapi_version: str,
    title: str,
    resolve: Callable[[str], Any] | None = None,
    used_by: list[Any] | None = None,
) -> tuple[ModelSet, dict[str, Any]]:
    """Hoist, rename and annotate every schema.

    `extra` are inline schemas from operations: (name hint, schema, pointer). Returns the model
    set and, for each pointer in `extra`, the (possibly rewritten) schema to use in its place.

    With `used_by` (the operations' other schemas, as written in the spec: parameters'), the
    model set holds only the models the operations use: those `extra` and `used_by` refer to, and
    every model those refer to. Names are decided before (the same as with every model).
    """
    if resolve is not None:
        spec_schemas, foreign = _adopt_foreign_refs(spec_schemas, extra, resolve)
        if foreign:
            extra = [(hint, _rewrite_refs(schema, foreign), pointer) for hint, schema, pointer in extra]
    table = naming.NameTable()
    # Component names first: a name that is already a valid class name keeps its spelling and
    # beats a name that only normalises to it (`FooBar` wins over `foo-bar`).
    renamed: dict[str, str] = {}
    ordered = sorted(spec_schemas, key=lambda n: (naming.class_name(n) != n, n))
    for original in ordered:
        renamed[original] = table.claim(f"component:{original}", naming.class_name(original))
    mapping = {REF_PREFIX + naming_escape(o): REF_PREFIX + n for o, n in renamed.items()}
    schemas: dict[str, Any] = {}
    hoister = _Hoister(schemas, table)
    for original in spec_schemas:  # document order for hoisting, so hints are stable
        name = renamed[original]
        pointer = join_pointer("#/components/schemas", original)
        hoister.pointers[name] = pointer
        schema = _rewrite_refs(copy.deepcopy(spec_schemas[original]), mapping)
        schemas[name] = hoister.walk(schema, name, pointer) if isinstance(schema, dict) else schema
    replaced: dict[str, Any] = {}
    for hint, schema, pointer in extra:
        rewritten = _rewrite_refs(copy.deepcopy(schema), mapping)
        replaced[pointer] = hoister.hoist(rewritten, hint, pointer)
    _drop_unusable_discriminators(schemas)
    _flatten_conflicting_all_of(schemas)
    aliases: dict[str, str] = {}
    secret_by_model: dict[str, set[str]] = {}
    for name, schema in _iter_objects(schemas):
        _annotate(name, schema, aliases, secret_by_model.setdefault(name, set()))
    kept: set[str] | None = None
    if used_by is not None:
        roots: set[str] = set()
        _collect_model_refs(list(replaced.values()), roots)
        written: set[str] = set()
        _collect_model_refs(used_by, written)
        roots |= written | {mapping[ref] for ref in written if ref in mapping}
        kept = _reachable(schemas, roots)
        aliases = {key: name for key, name in aliases.items() if key.split(".", 1)[0] in kept}
    ordered_schemas = {name: schemas[name] for name in sorted(schemas) if kept is None or name in kept}
    secret = {wire for name, wires in secret_by_model.items() if name in ordered_schemas for wire in wires}
    document = {
        "openapi": openapi_version,
        "info": {"title": title, "version": "0"},
        "paths": {},
        "components": {"schemas": ordered_schemas},
    }
    model_set = ModelSet(
        document=document,
        schemas=ordered_schemas,
        renamed=renamed,
        aliases=aliases,
        pointers=hoister.pointers,
        secret_fields=secret,
        hoisted_from=hoister.hoisted_from,
    )
    return model_set, replaced


def _merged_object(schema: Any, schemas: dict[str, Any], depth: int = 0) -> tuple[dict[str, Any], list[str]]:
    """(properties, required) of a schema with its allOf parts and references merged, later wins."""
    if not isinstance(schema, dict) or depth > 20:
        return {}, []
    ref = schema.get("$ref")
    if isinstance(ref, str):
        return _merged_object(schemas.get(ref[len(REF_PREFIX) :]), schemas, depth + 1)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for part in schema.get("allOf", []) if isinstance(schema.get("allOf"), list) else []:
        more, needed = _merged_object(part, schemas, depth + 1)
        properties.update(more)
        required += [r for r in needed if r not in required]
    if isinstance(schema.get("properties"), dict):
        properties.update(schema["properties"])
    required += [r for r in schema.get("required", []) or [] if isinstance(r, str) and r not in required]
    return properties, required


def _flatten_conflicting_all_of(schemas: dict[str, Any]) -> None:
    """An allOf whose parts declare the same property (a subclass narrowing a field to another
    type) cannot be a class hierarchy that type checkers accept: merge it into one flat class."""
    for name, schema in list(schemas.items()):
        parts = schema.get("allOf") if isinstance(schema, dict) else None
        if not isinstance(parts, list) or len(parts) + isinstance(schema.get("properties"), dict) < 2:
            continue
        seen: set[str] = set()
        conflict = False
        own = {"properties": schema["properties"]} if isinstance(schema.get("properties"), dict) else {}
        for part in [*parts, own]:  # the schema's own properties can override a part's too
            declared = set(_merged_object(part, schemas)[0])
            if declared & seen:
                conflict = True
                break
            seen |= declared
        if not conflict:
            continue
        properties, required = _merged_object(schema, schemas)
        flat = {k: v for k, v in schema.items() if k not in ("allOf", "properties", "required")}
        flat["type"] = "object"
        flat["properties"] = properties
        if required:
            flat["required"] = [r for r in required if r in properties]
        schemas[name] = flat


def _is_tag(schema: Any, schemas: dict[str, Any]) -> bool:
    """Whether a discriminator property is fixed per variant (an enum or const), as pydantic needs."""
    for _ in range(20):
        if isinstance(schema, dict) and isinstance(schema.get("$ref"), str):
            schema = schemas.get(schema["$ref"][len(REF_PREFIX) :])
            continue
        break
    return isinstance(schema, dict) and ("const" in schema or isinstance(schema.get("enum"), list))


def _drop_unusable_discriminators(schemas: dict[str, Any]) -> None:
    """A discriminator whose property some variant lacks, or does not fix to one value, cannot be
    used by pydantic (it refuses the union at import time); the union is then validated variant
    by variant instead."""

    def visit(node: Any) -> None:
        if isinstance(node, dict):
            discriminator = node.get("discriminator")
            if isinstance(discriminator, dict):
                variants = node.get("oneOf") or node.get("anyOf") or []
                field = discriminator.get("propertyName")
                if (
                    not isinstance(variants, list)
                    or not variants
                    or not all(
                        isinstance(field, str) and _is_tag(_merged_object(v, schemas)[0].get(field), schemas)
                        for v in variants
                    )
                ):
                    del node["discriminator"]
            for value in node.values():
                visit(value)
        elif isinstance(node, list):
            for item in node:
                visit(item)

    visit(schemas)


def naming_escape(name: str) -> str:
    return name.replace("~", "~0").replace("/", "~1")


def _annotate(name: str, schema: dict[str, Any], aliases: dict[str, str], secret: set[str]) -> None:
    """Field names (as aliases) and enum member names for one class and its allOf parts."""
    properties = schema.get("properties")
    if isinstance(properties, dict):
        table = naming.NameTable()
        for wire in properties:
            prop = properties[wire]
            explicit = prop.get("x-name") if isinstance(prop, dict) else None
            aliases[f"{name}.{wire}"] = table.claim(
                wire, naming.field_name(explicit if isinstance(explicit, str) else wire)
            )
            if isinstance(prop, dict) and prop.get("format") == "password":
                secret.add(wire)
    for part in schema.get("allOf", []) if isinstance(schema.get("allOf"), list) else []:
        if isinstance(part, dict) and isinstance(part.get("properties"), dict):
            table = naming.NameTable()
            for wire in part["properties"]:
                aliases.setdefault(f"{name}.{wire}", table.claim(wire, naming.field_name(wire)))
    values = schema.get("enum")
    if isinstance(values, list) and "x-enum-varnames" not in schema:
        table = naming.NameTable(reserved=("NAME", "VALUE"))
        members = [table.claim(repr(v), naming.enum_member_name(v)) for v in values if v is not None]
        schema["x-enum-varnames"] = members


class TypeMapper:
    """Python annotations and human-readable types for schemas of one package."""

    def __init__(self, models: ModelSet, prefix: str = "m.") -> None:
        self.models = models
        self.prefix = prefix

    def target(self, ref: str) -> tuple[str, Any]:
        name = ref[len(REF_PREFIX) :] if ref.startswith(REF_PREFIX) else ref
        return name, self.models.schemas.get(name, {})

    def python(self, schema: Any, _depth: int = 0) -> str:
        return self._map(schema, _depth, code=True)

    def human(self, schema: Any) -> str:
        return self._map(schema, 0, code=False)

    def model_of(self, schema: Any, _depth: int = 0) -> str:
        """The model class a schema is, or holds (items, values), for documentation links."""
        if not isinstance(schema, dict) or _depth > 12:
            return ""
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name, target = self.target(ref)
            if is_class(target):
                return name
            return self.model_of(target, _depth + 1) or (name if name in self.models.schemas else "")
        for key in ("items", "additionalProperties"):
            inner = schema.get(key)
            if isinstance(inner, dict):
                found = self.model_of(inner, _depth + 1)
                if found:
                    return found
        return ""

    def _map(self, schema: Any, depth: int, code: bool) -> str:
        any_type = "Any" if code else "any"
        if not isinstance(schema, dict) or depth > 12:
            return any_type
        ref = schema.get("$ref")
        if isinstance(ref, str):
            name, target = self.target(ref)
            if is_class(target):
                return f"{self.prefix}{name}" if code else name
            if depth > 8 or not isinstance(target, dict):
                # a cycle of unions/arrays: datamodel-code-generator may fold such root models away,
                # so the signature falls back to Any rather than name a class that may not exist
                return "Any" if code else name
            return self._map(target, depth + 1, code)
        nullable = is_nullable(schema)
        base = self._base(schema, depth, code)
        if nullable and base not in ("None", "null", "Any", "any"):
            return f"{base} | None" if code else f"{base} or null"
        return base

    def _base(self, schema: dict[str, Any], depth: int, code: bool) -> str:
        any_type = "Any" if code else "any"
        if "const" in schema:
            return f"Literal[{py_literal(schema['const'])}]" if code else f"`{_json_text(schema['const'])}`"
        if "enum" in schema:
            values = [v for v in schema["enum"] if v is not None]
            if values and all(isinstance(v, str | int) and not isinstance(v, bool) for v in values):
                if code:
                    return "Literal[" + ", ".join(py_literal(v) for v in values) + "]"
                return "one of " + ", ".join(f"`{_json_text(v)}`" for v in values)
        for key in _COMPOSITES:
            options = schema.get(key)
            if isinstance(options, list) and options:
                parts: list[str] = []
                for option in options:
                    if isinstance(option, dict) and schema_types(option) == ["null"]:
                        continue
                    text = self._map(option, depth + 1, code)
                    if text not in parts:
                        parts.append(text)
                if not parts:
                    return "None" if code else "null"
                if any_type in parts:
                    return any_type
                return " | ".join(parts) if code else " or ".join(parts)
        all_of = schema.get("allOf")
        if isinstance(all_of, list) and len(all_of) == 1:
            return self._map(all_of[0], depth + 1, code)
        types = [t for t in schema_types(schema) if t != "null"]
        if len(types) > 1:
            mapped = [self._scalar(t, schema, depth, code) for t in types]
            return " | ".join(mapped) if code else " or ".join(mapped)
        if types:
            return self._scalar(types[0], schema, depth, code)
        if "properties" in schema or "additionalProperties" in schema:
            return self._scalar("object", schema, depth, code)
        if "items" in schema:
            return self._scalar("array", schema, depth, code)
        if schema_types(schema) == ["null"]:
            return "None" if code else "null"
        return any_type

    def _scalar(self, kind: str, schema: dict[str, Any], depth: int, code: bool) -> str:
        fmt = schema.get("format")
        if kind == "string":
            if fmt == "binary":
                return "bytes" if code else "binary"
            return "str" if code else (f"string ({fmt})" if isinstance(fmt, str) else "string")
        if kind == "integer":
            return "int" if code else "integer"
        if kind == "number":
            return "float" if code else "number"
        if kind == "boolean":
            return "bool" if code else "boolean"
        if kind == "null":
            return "None" if code else "null"
        if kind == "array":
            items = schema.get("items")
            inner = self._map(items, depth + 1, code) if isinstance(items, dict) else ("Any" if code else "any")
            return f"list[{inner}]" if code else f"array of {inner}"
        if kind == "object":
            additional = schema.get("additionalProperties")
            if isinstance(additional, dict) and additional:
                inner = self._map(additional, depth + 1, code)
                return f"dict[str, {inner}]" if code else f"map of string to {inner}"
            return "dict[str, Any]" if code else "object"
        return "Any" if code else "any"


def _json_text(value: Any) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def describe_models(models: ModelSet, types: TypeMapper) -> list[Model]:
    """The docs view of every model class."""
    result: list[Model] = []
    for name, schema in models.schemas.items():
        if not isinstance(schema, dict):
            continue
        pointer = models.pointers.get(name, "")
        description = str(schema.get("description") or schema.get("title") or "")
        if "enum" in schema and is_class(schema):
            values = tuple(v for v in schema["enum"] if v is not None)
            result.append(
                Model(
                    name=name,
                    kind="enum",
                    description=description,
                    enum_values=values,
                    doc_type=types.human({k: v for k, v in schema.items() if k != "enum"}),
                    pointer=pointer,
                )
            )
            continue
        properties: dict[str, Any] = {}
        required: set[str] = set()
        for part in [schema, *[p for p in schema.get("allOf", []) if isinstance(p, dict)]]:
            target = part
            if "$ref" in part:
                _, target = types.target(part["$ref"])
            if isinstance(target, dict) and isinstance(target.get("properties"), dict):
                properties.update(target["properties"])
                required.update(r for r in target.get("required", []) if isinstance(r, str))
        if properties:
            fields = tuple(
                ModelField(
                    name=models.aliases.get(f"{name}.{wire}") or naming.field_name(wire),
                    wire=wire,
                    doc_type=types.human(prop),
                    required=wire in required,
                    nullable=is_nullable(
                        types.target(prop["$ref"])[1] if isinstance(prop, dict) and "$ref" in prop else prop
                    ),
                    description=str(prop.get("description", "")) if isinstance(prop, dict) else "",
                    default=prop.get("default") if isinstance(prop, dict) else None,
                    has_default=isinstance(prop, dict) and "default" in prop,
                )
                for wire, prop in properties.items()
            )
            result.append(Model(name=name, kind="object", description=description, fields=fields, pointer=pointer))
            continue
        kind: Any = "scalar"
        if any(k in schema for k in _COMPOSITES):
            kind = "union"
        elif "array" in schema_types(schema) or "items" in schema:
            kind = "array"
        elif "object" in schema_types(schema) or "additionalProperties" in schema:
            kind = "map"
        result.append(
            Model(name=name, kind=kind, description=description, doc_type=types.human(schema), pointer=pointer)
        )
    return result
