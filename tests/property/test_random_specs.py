"""Property-based tests: random valid specs generate packages that compile, import, and carry
requests and responses through `httpx.MockTransport` intact.

The specs mix nested objects, enums of strings and numbers, oneOf/anyOf/allOf with and without
discriminators, nullable fields, additionalProperties, arrays of arrays, recursive references,
hostile names, and parameters in every location and style. `test_random_packages_pass_mypy`
runs `mypy --strict` on a sample.

The default run is short (the suite must stay fast); set SDKFORGE_FUZZ_EXAMPLES=500 for the
long run (documented in README.md).
"""

from __future__ import annotations

import importlib
import json
import os
import re
import subprocess
import sys
import urllib.parse
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.pipeline import build
from generator.write import write_tree

EXAMPLES = int(os.environ.get("SDKFORGE_FUZZ_EXAMPLES", "12"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), derandomize=False)

# names that have bitten generators: keywords, builtins, pydantic attributes, non-ASCII, digits
HOSTILE = ["class", "from", "type", "schema", "json", "copy", "model_dump", "id", "_id", "__source", "1st",
           "über", "list", "self", "timeout", "date", "str", "a-b", "a_b", "A B", "None", "True", "match"]  # fmt: skip
names = st.one_of(st.sampled_from(HOSTILE), st.from_regex(r"[a-zA-Z][a-zA-Z0-9_-]{0,10}", fullmatch=True))
# OpenAPI allows only these characters in component names
component_names = names.filter(lambda n: re.fullmatch(r"[A-Za-z0-9._-]+", n) is not None)


@dataclass
class Shape:
    """A schema plus a function producing a valid JSON instance of it (from a draw)."""

    schema: dict[str, Any]
    instance: Any  # a strategy of JSON values


@dataclass
class Spec:
    document: dict[str, Any]
    responses: dict[str, Any] = field(default_factory=dict)  # operationId -> instance strategy
    bodies: dict[str, Any] = field(default_factory=dict)


scalar_shapes = st.sampled_from(
    [
        Shape({"type": "string"}, st.text(max_size=8)),
        Shape({"type": "integer"}, st.integers(-1000, 1000)),
        Shape({"type": "number"}, st.floats(-1e6, 1e6, allow_nan=False).map(lambda f: round(f, 3))),
        Shape({"type": "boolean"}, st.booleans()),
        Shape({"type": ["string", "null"]}, st.one_of(st.none(), st.text(max_size=5))),
        Shape({"type": "string", "enum": ["a", "b c", "in_app", ""]}, st.sampled_from(["a", "b c", "in_app", ""])),
        Shape({"type": "integer", "enum": [1, 2, 30]}, st.sampled_from([1, 2, 30])),
        Shape(
            {"type": "object", "additionalProperties": True},
            st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
        ),
        Shape(
            {"type": "object", "additionalProperties": {"type": "integer"}},
            st.dictionaries(st.text(max_size=4), st.integers(), max_size=2),
        ),
    ]
)


def _extend(children: st.SearchStrategy[Shape]) -> st.SearchStrategy[Shape]:
    def array(inner: Shape) -> Shape:
        return Shape({"type": "array", "items": inner.schema}, st.lists(inner.instance, max_size=2))

    @st.composite
    def obj(draw: st.DrawFn) -> Shape:
        keys = draw(st.lists(names, min_size=1, max_size=4, unique_by=lambda n: n.lower()))
        props = {k: draw(children) for k in keys}
        required = [k for k in keys if draw(st.booleans())]
        schema: dict[str, Any] = {"type": "object", "properties": {k: v.schema for k, v in props.items()}}
        if required:
            schema["required"] = required

        @st.composite
        def instance(inner: st.DrawFn) -> dict[str, Any]:
            return {k: inner(v.instance) for k, v in props.items() if k in required or inner(st.booleans())}

        return Shape(schema, instance())

    @st.composite
    def union(draw: st.DrawFn) -> Shape:
        options = draw(st.lists(children, min_size=2, max_size=3))
        key = draw(st.sampled_from(["oneOf", "anyOf"]))
        return Shape({key: [o.schema for o in options]}, st.one_of(*[o.instance for o in options]))

    return st.one_of(children.map(array), obj(), union())


shapes = st.recursive(scalar_shapes, _extend, max_leaves=8)


@st.composite
def specs(draw: st.DrawFn) -> Spec:
    """A curated-style spec: components (with a recursive and a discriminated one), operations."""
    components: dict[str, Any] = {}
    instances: dict[str, Any] = {}
    count = draw(st.integers(1, 3))
    for index in range(count):
        shape = draw(shapes)
        schema = (
            shape.schema
            if shape.schema.get("type") == "object" and "properties" in shape.schema
            else {"type": "object", "required": ["value"], "properties": {"value": shape.schema}}
        )
        instance = shape.instance if schema is shape.schema else shape.instance.map(lambda v: {"value": v})
        name = draw(component_names) + str(index)
        components[name] = schema
        instances[name] = instance
    # a recursive schema (a tree of nodes)
    components["Node"] = {
        "type": "object",
        "required": ["label"],
        "properties": {
            "label": {"type": "string"},
            "children": {"type": "array", "items": {"$ref": "#/components/schemas/Node"}},
        },
    }
    instances["Node"] = st.fixed_dictionaries(
        {"label": st.text(max_size=4)},
        optional={"children": st.lists(st.fixed_dictionaries({"label": st.text(max_size=3)}), max_size=2)},
    )
    # a discriminated union and an allOf
    components["Cat"] = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string", "enum": ["cat"]}, "lives": {"type": "integer"}},
    }
    components["Dog"] = {
        "type": "object",
        "required": ["kind"],
        "properties": {"kind": {"type": "string", "enum": ["dog"]}, "good": {"type": "boolean"}},
    }
    components["Pet"] = {
        "oneOf": [{"$ref": "#/components/schemas/Cat"}, {"$ref": "#/components/schemas/Dog"}],
        "discriminator": {
            "propertyName": "kind",
            "mapping": {"cat": "#/components/schemas/Cat", "dog": "#/components/schemas/Dog"},
        },
    }
    components["Owner"] = {
        "allOf": [
            {"$ref": "#/components/schemas/Node"},
            {"type": "object", "properties": {"pet": {"$ref": "#/components/schemas/Pet"}}},
        ]
    }
    instances["Owner"] = st.fixed_dictionaries(
        {"label": st.text(max_size=4)},
        optional={
            "pet": st.one_of(
                st.fixed_dictionaries({"kind": st.just("cat")}, optional={"lives": st.integers(0, 9)}),
                st.fixed_dictionaries({"kind": st.just("dog")}, optional={"good": st.booleans()}),
            )
        },
    )
    pickable = [n for n in components if n not in ("Cat", "Dog", "Pet")]
    spec = Spec(
        {
            "openapi": "3.1.0",
            "info": {"title": "Random API", "version": "1"},
            "x-sdk": {"package": "randomapi", "client": "RandomApi"},
            "servers": [{"url": "https://random.example.com/v1"}],
            "components": {
                "schemas": components,
                "securitySchemes": {
                    "key": {"type": "apiKey", "in": "header", "name": "X-Key", "x-credential": {"argument": "api_key"}}
                },
            },
            "security": [{"key": []}],
            "paths": {},
        }
    )
    for index in range(draw(st.integers(1, 2))):
        target = draw(st.sampled_from(pickable))
        body_target = draw(st.sampled_from(pickable))
        operation_id = f"op{index}"
        params = [
            {"name": "item id", "in": "path", "required": True, "schema": {"type": "string"}},
            {
                "name": draw(names),
                "in": "query",
                "style": draw(st.sampled_from(["form", "spaceDelimited", "pipeDelimited"])),
                "explode": draw(st.booleans()),
                "schema": {"type": "array", "items": {"type": "string"}},
            },
            {"name": "page", "in": "query", "schema": {"type": "integer"}},
            {
                "name": "filter",
                "in": "query",
                "style": "deepObject",
                "explode": True,
                "schema": {"type": "object", "properties": {"a": {"type": "string"}}},
            },
            {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
            {"name": "session", "in": "cookie", "schema": {"type": "string"}},
        ]
        body: dict[str, Any] = {
            "required": True,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{body_target}"}}},
        }
        if draw(st.booleans()):
            body["x-body-name"] = "payload"
        spec.document["paths"][f"/items{index}/{{item id}}"] = {
            "post": {
                "operationId": operation_id,
                "tags": [draw(st.sampled_from(["things", "class", "Über"]))],
                "parameters": params,
                "requestBody": body,
                "responses": {
                    "200": {
                        "description": "ok",
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{target}"}}},
                    }
                },
            }
        }
        spec.responses[operation_id] = instances[target]
        spec.bodies[operation_id] = instances[body_target]
    return spec


_COUNTER = iter(range(1_000_000))


def _generate(spec: Spec, tmp: Path) -> tuple[Path, str]:
    package = f"randomapi{next(_COUNTER)}_{os.getpid()}"
    spec.document["x-sdk"]["package"] = package
    path = tmp / f"{package}.yaml"
    path.write_text(yaml.safe_dump(spec.document, allow_unicode=True, sort_keys=False), encoding="utf-8")
    generated = build(path)
    write_tree(tmp, generated.slug, generated.files)
    folder = tmp / generated.slug
    for file in folder.rglob("*.py"):
        compile(file.read_text(encoding="utf-8"), str(file), "exec")
    return folder, package


@FUZZ
@given(spec=specs(), data=st.data())
def test_random_specs_round_trip(spec: Spec, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory) -> None:
    tmp = tmp_path_factory.mktemp("fuzz")
    folder, package = _generate(spec, tmp)
    sys.path.insert(0, str(folder))
    try:
        module = importlib.import_module(package)
        for operation_id, response_strategy in spec.responses.items():
            response_json = data.draw(response_strategy)
            body_json = data.draw(spec.bodies[operation_id])
            seen: list[httpx.Request] = []

            def handler(
                request: httpx.Request, payload: Any = response_json, seen: list[httpx.Request] = seen
            ) -> httpx.Response:
                seen.append(request)
                return httpx.Response(200, json=payload)

            client = module.RandomApi(api_key="k", http_client=httpx.Client(transport=httpx.MockTransport(handler)))
            resource_name, resource_module = _find_resource(package, operation_id)
            resource = getattr(client, resource_name)
            runtime_op = _runtime_operation(resource_module, operation_id)
            kwargs = {p.name: "a b/c" for p in runtime_op.params if p.location == "path"}
            if runtime_op.body.name:
                kwargs[runtime_op.body.name] = body_json
            else:
                wire_to_python = {wire: python for python, wire in runtime_op.body.fields}
                kwargs.update({wire_to_python[k]: v for k, v in body_json.items()})
            result = getattr(resource, _method_name(resource_module, runtime_op))(**kwargs)
            request = seen[-1]
            assert request.method == "POST"
            assert request.url.raw_path.decode().split("?")[0].endswith("/a%20b%2Fc"), request.url.raw_path
            assert request.headers["X-Key"] == "k"
            assert json.loads(request.content) == body_json
            dumped = result.model_dump(mode="json", by_alias=True, exclude_unset=True)
            assert dumped == response_json
    finally:
        sys.path.remove(str(folder))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]


def _find_resource(package: str, operation_id: str) -> tuple[str, Any]:
    for resource in sorted(Path(importlib.import_module(package).__file__).parent.joinpath("resources").glob("*.py")):
        if resource.stem == "__init__":
            continue
        module = importlib.import_module(f"{package}.resources.{resource.stem}")
        if _runtime_operation(module, operation_id) is not None:
            return resource.stem, module
    raise AssertionError(f"operation {operation_id} not generated")


def _runtime_operation(module: Any, operation_id: str) -> Any:
    for value in vars(module).values():
        if type(value).__name__ == "Operation" and value.id == operation_id:
            return value
    return None


def _method_name(module: Any, operation: Any) -> str:
    for name, value in vars(module).items():
        if value is operation:
            return name.lstrip("_").lower()
    raise AssertionError("no constant for the operation")


def test_query_styles_are_what_openapi_says(tmp_path: Path) -> None:
    """A fixed spec: the query string of every style, checked exactly (the fuzz only checks paths)."""
    document = {
        "openapi": "3.1.0",
        "info": {"title": "Q", "version": "1"},
        "x-sdk": {"package": "querystyles", "client": "Q"},
        "servers": [{"url": "https://q.example.com"}],
        "paths": {
            "/q": {
                "get": {
                    "operationId": "q",
                    "tags": ["q"],
                    "parameters": [
                        {"name": "form", "in": "query", "schema": {"type": "array", "items": {"type": "string"}}},
                        {
                            "name": "flat",
                            "in": "query",
                            "explode": False,
                            "schema": {"type": "array", "items": {"type": "string"}},
                        },
                        {
                            "name": "space",
                            "in": "query",
                            "style": "spaceDelimited",
                            "explode": False,
                            "schema": {"type": "array", "items": {"type": "string"}},
                        },
                        {
                            "name": "pipe",
                            "in": "query",
                            "style": "pipeDelimited",
                            "explode": False,
                            "schema": {"type": "array", "items": {"type": "string"}},
                        },
                        {
                            "name": "deep",
                            "in": "query",
                            "style": "deepObject",
                            "explode": True,
                            "schema": {"type": "object", "properties": {"a": {"type": "string"}}},
                        },
                    ],
                    "responses": {"204": {"description": "none"}},
                }
            }
        },
    }
    path = tmp_path / "querystyles.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    generated = build(path)
    write_tree(tmp_path, generated.slug, generated.files)
    sys.path.insert(0, str(tmp_path / generated.slug))
    try:
        module = importlib.import_module("querystyles")
        seen: list[httpx.Request] = []
        client = module.Q(
            http_client=httpx.Client(transport=httpx.MockTransport(lambda r: seen.append(r) or httpx.Response(204)))
        )
        assert (
            client.q.q(form=["x", "y z"], flat=["x", "y"], space=["a", "b"], pipe=["a", "b"], deep={"a": "1"}) is None
        )
        query = urllib.parse.unquote(seen[0].url.query.decode())
        assert query == "form=x&form=y z&flat=x,y&space=a b&pipe=a|b&deep[a]=1"
    finally:
        sys.path.remove(str(tmp_path / generated.slug))
        sys.modules.pop("querystyles", None)


@pytest.mark.slow
@settings(max_examples=2, deadline=None, suppress_health_check=list(HealthCheck), derandomize=True)
@given(spec=specs())
def test_random_packages_pass_mypy(spec: Spec, tmp_path_factory: pytest.TempPathFactory) -> None:
    folder, package = _generate(spec, tmp_path_factory.mktemp("mypy"))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, package],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]
