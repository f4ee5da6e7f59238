"""The Markdown reference of a generated package: README, one page per resource, the models.

Every spec string is escaped for Markdown/HTML here (`md_text`, `md_cell`), so a description
holding `</script>`, `|` or `{{ }}` shows as text and never becomes markup. Tables are unpadded:
one changed cell is one changed line in a diff. Usage examples are built from the spec's
examples; the test suite runs every one of them against a mock transport.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from .ir import Api, Operation, Resource
from .pytext import CONTROL_CHARACTERS, py_literal

__all__ = ["example_code", "md_cell", "md_text", "render_docs"]

_HTML = str.maketrans({"<": "&lt;", ">": "&gt;", "&": "&amp;"})


def md_text(text: str) -> str:
    """Prose from the spec, safe as Markdown: no raw HTML, no template syntax."""
    visible = CONTROL_CHARACTERS.sub(lambda m: f"U+{ord(m.group()):04X}", text)
    return visible.translate(_HTML).replace("{{", "{ {").replace("{%", "{ %").strip()


def md_cell(text: str) -> str:
    """A table cell: one line, pipes escaped."""
    flat = " ".join(md_text(text).split())
    return flat.replace("|", "\\|") or " "


def md_code(text: str) -> str:
    """Inline code that cannot be closed early by backticks inside it."""
    flat = " ".join(str(text).split())
    fence = "``" if "`" in flat else "`"
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}".replace("|", "\\|") if flat else " "


def anchor(text: str) -> str:
    return re.sub(r"[^a-z0-9_-]+", "-", text.lower()).strip("-")


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _placeholder(type_text: str, name: str) -> Any:
    if type_text.startswith("int"):
        return 1
    if type_text.startswith("float"):
        return 1.0
    if type_text.startswith("bool"):
        return True
    if type_text.startswith("list["):
        return []
    if type_text.startswith("dict[") or type_text.startswith("m."):
        return {}
    if type_text.startswith("Literal["):
        match = re.match(r"Literal\[(.+?)(,|\])", type_text)
        if match:
            return json.loads(match.group(1).replace("'", '"'))
    return f"your-{name.replace('_', '-')}"


def _call_arguments(operation: Operation) -> list[tuple[str, Any]]:
    """Keyword arguments of the usage example: every required argument, and optional ones with examples."""
    result: list[tuple[str, Any]] = []
    for param in operation.parameters:
        if param.idempotency_key:
            continue
        if param.has_example:
            result.append((param.name, param.example))
        elif param.required:
            result.append((param.name, _placeholder(param.type, param.name)))
    body = operation.body
    if body is not None:
        if body.mode == "named":
            if body.has_example:
                result.append((body.name, body.example))
            elif body.required:
                result.append((body.name, _placeholder(body.type, body.name)))
        else:
            for field in body.fields:
                if field.has_example:
                    result.append((field.name, field.example))
                elif field.required:
                    result.append((field.name, _placeholder(field.type, field.name)))
    return result


def example_code(api: Api, resource: Resource, operation: Operation, *, is_async: bool = False) -> str:
    """A runnable usage example for one operation."""
    client = api.async_client if is_async else api.client
    credentials = _credential_arguments(api)
    arguments = _call_arguments(operation)
    indent = "        " if is_async else "    "
    awaited = "await " if is_async else ""
    target = "result = " if operation.response.type != "None" else ""
    call = f"{indent}{target}{awaited}client.{resource.attribute}.{operation.name}("
    if arguments:
        body = [call, *(f"{indent}    {name}={py_literal(value)}," for name, value in arguments), f"{indent})"]
    else:
        body = [call + ")"]
    if target:
        body.append(f"{indent}print(result)")
    if is_async:
        return (
            "\n".join(
                [
                    "import asyncio",
                    "",
                    f"from {api.package} import {client}",
                    "",
                    "",
                    "async def main() -> None:",
                    f"    async with {client}({credentials}) as client:",
                    *body,
                    "",
                    "",
                    "asyncio.run(main())",
                ]
            )
            + "\n"
        )
    return (
        "\n".join([f"from {api.package} import {client}", "", f"with {client}({credentials}) as client:", *body]) + "\n"
    )


def _credential_arguments(api: Api) -> str:
    parts: list[str] = []
    for scheme in api.auth:
        if scheme.kind == "sigv4":
            parts += ['aws_access_key_id="AKIDEXAMPLE"', 'aws_secret_access_key="YOUR_SECRET_KEY"']
        else:
            parts.append(f'{scheme.argument}="YOUR_{scheme.argument.upper()}"')
    for variable in api.server_variables:
        parts.append(f"{variable.name}={py_literal(variable.default)}")
    return ", ".join(dict.fromkeys(parts))


@dataclass(frozen=True, slots=True)
class _Row:
    cells: tuple[str, ...]

    def line(self) -> str:
        return "| " + " | ".join(self.cells) + " |"


def _table(header: tuple[str, ...], rows: Sequence[tuple[str, ...]]) -> str:
    lines = [_Row(header).line(), "|" + "|".join("---" for _ in header) + "|"]
    lines += [_Row(row).line() for row in rows]
    return "\n".join(lines)


def _model_link(name: str) -> str:
    return f"[{name}](models.md#{anchor(name)})" if name else ""


def _shown(type_text: str) -> str:
    """A Python type as users write it (`Execution`, not the generated module's `m.Execution`)."""
    return re.sub(r"\bm\.", "", type_text)


def _signature(operation: Operation, resource: Resource) -> str:
    parts: list[str] = []
    required = [p for p in operation.parameters if p.required]
    optional = [p for p in operation.parameters if not p.required]
    for param in required:
        parts.append(f"{param.name}: {_shown(param.type)}")
    body = operation.body
    body_required: list[str] = []
    body_optional: list[str] = []
    if body is not None:
        if body.mode == "named":
            (body_required if body.required else body_optional).append(
                f"{body.name}: {_shown(body.type)}" + ("" if body.required else " | NotGiven = NOT_GIVEN")
            )
        else:
            for field in body.fields:
                annotation = _shown(field.type) + (" | None" if field.nullable and "None" not in field.type else "")
                if field.required:
                    body_required.append(f"{field.name}: {annotation}")
                else:
                    body_optional.append(f"{field.name}: {annotation} | NotGiven = NOT_GIVEN")
    parts += body_required
    parts += [f"{p.name}: {_shown(p.type)} | NotGiven = NOT_GIVEN" for p in optional]
    parts += body_optional
    inner = "".join(f"    {part},\n" for part in parts)
    return (
        f"def {operation.name}(\n    self,\n    *,\n{inner}    timeout: float | None | NotGiven = NOT_GIVEN,\n"
        f"    max_retries: int | NotGiven = NOT_GIVEN,\n    extra_headers: Mapping[str, str] | None = None,\n"
        f") -> {_shown(operation.response.type)}"
    )


def _default_text(has: bool, value: Any) -> str:
    return md_code(_json(value)) if has else ""


def operation_section(api: Api, resource: Resource, operation: Operation) -> str:
    out: list[str] = [f"## {operation.name}", ""]
    title = operation.summary or operation.name.replace("_", " ").capitalize()
    out += [md_text(title), ""]
    if operation.deprecated:
        out += ["> **Deprecated.** The API marks this operation as deprecated; it may stop working.", ""]
    if operation.description and operation.description.strip() != operation.summary.strip():
        out += [md_text(operation.description), ""]
    out += [f"`{operation.http_method} {md_text(operation.path)}`", ""]
    out += ["```python", _signature(operation, resource), "```", ""]
    rows: list[tuple[str, ...]] = []
    for param in operation.parameters:
        rows.append(
            (
                md_code(param.name),
                f"{param.location} {md_code(param.wire)}",
                md_cell(param.doc_type),
                "yes" if param.required else "no",
                _default_text(param.has_default, param.default),
                _default_text(param.has_example, param.example),
                md_cell(param.description),
            )
        )
    body = operation.body
    if body is not None:
        if body.mode == "named":
            link = _model_link(body.model) or md_cell(body.doc_type)
            rows.append(
                (
                    md_code(body.name),
                    f"body ({md_code(body.media_type)})",
                    link,
                    "yes" if body.required else "no",
                    "",
                    _default_text(body.has_example, body.example) if body.has_example else "",
                    md_cell(body.description),
                )
            )
        else:
            for field in body.fields:
                rows.append(
                    (
                        md_code(field.name),
                        f"body {md_code(field.wire)}",
                        md_cell(field.doc_type),
                        "yes" if field.required else "no",
                        _default_text(field.has_default, field.default),
                        _default_text(field.has_example, field.example),
                        md_cell(field.description),
                    )
                )
    out += ["### Parameters", ""]
    if rows:
        out += [_table(("name", "in", "type", "required", "default", "example", "description"), rows), ""]
    else:
        out += ["None.", ""]
    out += ["### Authentication", ""]
    if operation.security and any(operation.security):
        alternatives = [" + ".join(md_code(s) for s in alt) for alt in operation.security if alt]
        out.append("Scheme: " + " or ".join(alternatives) + ".")
        if operation.scopes:
            for scheme, scopes in operation.scopes:
                out.append(f"Required scopes ({md_code(scheme)}): " + ", ".join(md_code(s) for s in scopes) + ".")
        out.append("")
    else:
        out += ["None.", ""]
    out += ["### Response", ""]
    response = operation.response
    link = _model_link(response.model)
    type_text = md_code(_shown(response.type))
    status = ", ".join(r.status for r in operation.responses)
    if response.type == "None":
        out.append(f"HTTP {status}: no body; the method returns `None`.")
    else:
        out.append(f"HTTP {status}: returns {type_text}" + (f" (see {link})" if link else "") + ".")
        if operation.unwrap:
            out.append(f'The wire body is `{{"{operation.unwrap}": ...}}`; the client returns the inner value.')
    out.append("")
    if operation.pagination is not None:
        page = operation.pagination
        out += [
            f"All pages: `{page.method}(...)` iterates every item ({md_code(_shown(page.item_type))}) of every page, "
            f"sync (`for`) and async (`async for`), fetching pages lazily.",
            "",
        ]
    if operation.waiter is not None:
        wait = operation.waiter
        out += [
            f"Waiting: `{wait.method}(...)` polls this operation until {md_code(wait.field)} is "
            + " or ".join(md_code(s) for s in wait.success)
            + " (returned) or "
            + " or ".join(md_code(s) for s in wait.failure)
            + " (raises `WaiterFailedError`).",
            "",
        ]
    out += ["### Errors", ""]
    error_rows = [
        (md_code(e.status), f"`{e.exception}`", _model_link(e.model) or md_cell(e.doc_type), md_cell(e.description))
        for e in operation.errors
    ]
    if error_rows:
        out += [_table(("status", "exception", "model", "description"), error_rows), ""]
    out += [
        "Any other failure raises the matching class of the `APIError` ladder (see [errors](README.md#errors)).",
        "",
    ]
    if operation.seed is not None and operation.seed.differences:
        out += ["### Where the wire differs from the seed", ""]
        out += [f"- {md_text(' '.join(d.split()))}" for d in operation.seed.differences]
        out.append("")
    if operation.external_docs:
        out += [f"Upstream documentation: <{md_text(operation.external_docs)}>", ""]
    out += ["### Example", "", "```python", example_code(api, resource, operation).rstrip("\n"), "```", ""]
    return "\n".join(out)


def resource_page(api: Api, resource: Resource) -> str:
    out = [f"# {resource.attribute}", ""]
    if resource.description:
        out += [md_text(resource.description), ""]
    out += [f"`client.{resource.attribute}` on `{api.client}` and `{api.async_client}`.", ""]
    out += [
        _table(
            ("method", "HTTP", "returns"),
            [
                (
                    f"[`{o.name}`](#{anchor(o.name)})",
                    f"`{o.http_method} {md_text(o.path)}`",
                    md_code(_shown(o.response.type)),
                )
                for o in resource.operations
            ],
        ),
        "",
    ]
    for operation in resource.operations:
        out.append(operation_section(api, resource, operation))
    return "\n".join(out).rstrip("\n") + "\n"


def models_page(api: Api) -> str:
    out = ["# Models", "", f"Every model of `{api.package}.models` (pydantic v2; unknown fields are kept).", ""]
    for model in api.models:
        out += [f"## {model.name}", ""]
        if model.description:
            out += [md_text(model.description), ""]
        if model.kind == "object":
            out += [
                _table(
                    ("field", "wire name", "type", "required", "nullable", "default", "description"),
                    [
                        (
                            md_code(f.name),
                            md_code(f.wire),
                            md_cell(f.doc_type),
                            "yes" if f.required else "no",
                            "yes" if f.nullable else "no",
                            _default_text(f.has_default, f.default),
                            md_cell(f.description),
                        )
                        for f in model.fields
                    ],
                ),
                "",
            ]
        elif model.kind == "enum":
            out += ["Enum values: " + ", ".join(md_code(_json(v)) for v in model.enum_values) + ".", ""]
            out += ["Unknown values from the API are kept (open enum) unless the client runs with `strict=True`.", ""]
        else:
            out += [f"{model.kind.capitalize()}: {md_cell(model.doc_type)}.", ""]
    return "\n".join(out).rstrip("\n") + "\n"


def readme(api: Api, slug: str) -> str:
    context = {"api": api, "slug": slug}
    from .render import environment

    first = api.resources[0] if api.resources else None
    example = example_code(api, first, first.operations[0]) if first and first.operations else ""
    async_example = example_code(api, first, first.operations[0], is_async=True) if first and first.operations else ""
    credentials = []
    for scheme in api.auth:
        if scheme.kind == "sigv4":
            credentials.append(
                (
                    "aws_access_key_id, aws_secret_access_key, aws_session_token",
                    "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN",
                    f"AWS Signature Version 4 (service `{scheme.service}`)",
                )
            )
        else:
            how = {
                "bearer": "`Authorization: Bearer <credential>`",
                "basic": "HTTP basic",
                "apikey": f"`{scheme.name}` {scheme.location}"
                + (f" with prefix `{scheme.prefix.strip()}`" if scheme.prefix else ""),
            }[scheme.kind]
            credentials.append((scheme.argument, scheme.env, how))
    paginated = [(r, o) for r in api.resources for o in r.operations if o.pagination is not None]
    waiters = [(r, o) for r in api.resources for o in r.operations if o.waiter is not None]
    return (
        environment()
        .get_template("docs/README.md.jinja")
        .render(
            **context,
            description=md_text(api.description),
            example=example,
            async_example=async_example,
            credentials=credentials,
            paginated=paginated,
            waiters=waiters,
            md_code=md_code,
        )
    )


def render_docs(api: Api, slug: str) -> dict[str, str]:
    files = {"README.md": readme(api, slug), "docs/models.md": models_page(api)}
    for resource in api.resources:
        files[f"docs/{resource.attribute}.md"] = resource_page(api, resource)
    return files
