"""Helpers of the docs tests: the generated Markdown, the IR it was made from, a mock API.

The mock answers every request a usage example sends with the documented response of the
operation the request is for: it finds the operation by HTTP method and URL among the IR's
operations, answers with the response example of the spec (or a minimal valid body built from
the response model when the spec has none) and records which operations were called.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import httpx

from generator.ir import Api, Operation, Resource
from generator.pipeline import check_spec, slug_for
from generator.site import headings

ROOT = Path(__file__).resolve().parents[2]
GENERATED = ROOT / "generated"
SPECS = sorted((ROOT / "specs").glob("*.yaml"))
OPERATION_COUNT = 25  # the five curated APIs, as the issue counts them


@dataclass(frozen=True)
class Spec:
    slug: str
    api: Api


@cache
def specs() -> tuple[Spec, ...]:
    """The IR of every curated spec, with the folder its package is generated into."""
    return tuple(Spec(slug_for(path), check_spec(path.relative_to(ROOT))[1]) for path in SPECS)


def operations() -> Iterator[tuple[Spec, Resource, Operation]]:
    for spec in specs():
        for resource in spec.api.resources:
            for operation in resource.operations:
                yield spec, resource, operation


def sections(markdown: str) -> dict[str, str]:
    """The text under each level-2 heading (outside code fences), keyed by the heading."""
    result: dict[str, str] = {}
    lines = markdown.splitlines()
    fence = ""
    current = ""
    for line in lines:
        match = re.match(r"^(`{3,}|~{3,})", line)
        if fence:
            if match and line.startswith(fence) and not line[len(fence) :].strip():
                fence = ""
        elif match:
            fence = match.group(1)
        elif line.startswith("## "):
            current = line[3:].strip()
            result[current] = ""
            continue
        if current:
            result[current] += line + "\n"
    return result


@dataclass(frozen=True)
class Block:
    """One ```python block of the generated docs."""

    path: Path  # relative to the project root
    line: int
    section: str  # the level-2 heading it is under ("" before the first one)
    code: str

    @property
    def id(self) -> str:
        return f"{self.path.relative_to('generated').as_posix()}:{self.line}"

    @property
    def slug(self) -> str:
        return self.path.parts[1]


def python_blocks() -> list[Block]:
    """Every ```python block of every generated README.md and docs/*.md, signatures excluded."""
    blocks: list[Block] = []
    for folder in sorted(p.parent for p in GENERATED.glob("*/sdkforge-manifest.json")):
        for page in [folder / "README.md", *sorted((folder / "docs").glob("*.md"))]:
            section = ""
            code: list[str] | None = None
            start = 0
            for number, line in enumerate(page.read_text(encoding="utf-8").splitlines(), start=1):
                if code is not None:
                    if line == "```":
                        text = "\n".join(code) + "\n"
                        if not text.startswith("def ") and not text.startswith("async def "):  # a signature
                            blocks.append(Block(page.relative_to(ROOT), start, section, text))
                        code = None
                    else:
                        code.append(line)
                elif line == "```python":
                    code, start = [], number
                elif line.startswith("## "):
                    section = line[3:].strip()
    return blocks


def heading_slugs(markdown: str) -> list[str]:
    from generator.docs_render import slug

    return [slug(text.replace("`", "")) for _, text in headings(markdown)]


# --- the mock API ----------------------------------------------------------------------------------


def _minimal(schema: Any, components: dict[str, Any], depth: int = 0) -> Any:
    """The smallest JSON value valid for a schema: required properties only, first alternatives."""
    if not isinstance(schema, dict) or depth > 20:
        return None
    if "$ref" in schema:
        return _minimal(components[schema["$ref"].rsplit("/", 1)[-1]], components, depth + 1)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for key in ("oneOf", "anyOf"):
        if schema.get(key):
            return _minimal(schema[key][0], components, depth + 1)
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for part in schema["allOf"]:
            value = _minimal(part, components, depth + 1)
            if isinstance(value, dict):
                merged.update(value)
        return merged
    kind = schema.get("type")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties", {})
        return {name: _minimal(properties.get(name, {}), components, depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        return []
    if kind == "string":
        return {"date-time": "2024-01-01T00:00:00Z", "date": "2024-01-01"}.get(schema.get("format", ""), "x")
    if kind == "integer":
        return int(schema.get("minimum", 0))
    if kind == "number":
        return float(schema.get("minimum", 0))
    if kind == "boolean":
        return False
    return None


def minimal_body(api: Api, operation: Operation) -> Any:
    """A minimal valid (unwrapped) response body for an operation, built from its response type."""
    response = operation.response
    if response.type.startswith("list["):
        return []
    if response.type.startswith("dict["):
        return {}
    if response.model:
        components = api.models_document.get("components", {}).get("schemas", {})
        return _minimal({"$ref": f"#/components/schemas/{response.model}"}, components)
    return {"str": "x", "int": 0, "float": 0.0, "bool": False}.get(response.type)


def _pattern(api: Api, operation: Operation) -> re.Pattern[str]:
    base = api.base_url
    for variable in api.server_variables:
        base = base.replace("{" + variable.wire + "}", variable.default)
    url = base.rstrip("/") + operation.path
    parts = re.split(r"(\{[^}]+\})", url)
    return re.compile("".join("[^/]+" if p.startswith("{") else re.escape(p) for p in parts) + "$")


@dataclass
class MockAPI:
    """Answers requests for the curated APIs with each operation's documented response."""

    minimal: bool = False  # answer with minimal bodies instead of the spec's examples
    hits: list[tuple[str, str]] = field(default_factory=list)  # (slug, operation name)
    unmatched: list[str] = field(default_factory=list)

    def _find(self, request: httpx.Request) -> tuple[Spec, Operation] | None:
        url = f"{request.url.scheme}://{request.url.host}{request.url.path}"
        for spec, _, operation in operations():
            if operation.http_method == request.method and _pattern(spec.api, operation).match(url):
                return spec, operation
        return None

    def handle(self, request: httpx.Request) -> httpx.Response:
        found = self._find(request)
        if found is None:
            self.unmatched.append(f"{request.method} {request.url}")
            return httpx.Response(404, json={"message": "no documented operation matches"})
        spec, operation = found
        self.hits.append((spec.slug, operation.name))
        response = operation.response
        status = int(response.status) if response.status.isdigit() else 200
        if response.type == "None":
            return httpx.Response(status)
        body = minimal_body(spec.api, operation) if self.minimal or not response.has_example else response.example
        body = self._adjust(spec.api, operation, request, json.loads(json.dumps(body)))
        if operation.unwrap:
            body = {operation.unwrap: body}
        if spec.api.error_envelope and isinstance(body, dict):
            body[spec.api.error_envelope["field"]] = True
        return httpx.Response(status, json=body)

    @staticmethod
    def _adjust(api: Api, operation: Operation, request: httpx.Request, body: Any) -> Any:
        """Waiters see a final state at once; a request for a later page gets an empty last page."""
        if operation.waiter is not None and isinstance(body, dict):
            body[operation.waiter.field] = operation.waiter.success[0]
        page = operation.pagination
        if page is not None and isinstance(body, dict):
            cursor = page.token_param or page.offset_param
            wire = next((p.wire for p in operation.parameters if p.name == cursor), "")
            if wire and request.url.params.get(wire, "0") not in ("", "0"):
                body[page.items_field] = []
                body.pop(page.token_field, None)
        return body
