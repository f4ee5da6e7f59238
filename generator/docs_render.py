"""The Markdown reference of a generated package: README, one page per resource, the models.

Python decides, the templates under `templates/docs/` print: every value a page shows is computed
here (`OperationDoc`, `ModelDoc`, ...) and already escaped for Markdown, so the templates only lay
it out. Every spec string goes through `md_text` (prose), `md_cell` (a table cell) or `md_code`
(inline code): a description holding `</script>`, `|`, a fence or `{{ }}` shows as text and never
becomes markup, a heading or a template. Tables are unpadded: one changed cell is one changed
line in a diff.

Anchors. Operation headings are the method names (`## create`, anchor `#create`); every other
heading on a page has a space in it, so its anchor has a hyphen and can never take an operation's
anchor (method names are identifiers). Model headings are class names, on their own page.

Usage examples are built from the spec's examples and formatted with black; the test suite runs
every one of them against a mock transport.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal
from urllib.parse import quote, urlsplit

from .ir import Api, Operation, Resource
from .pylayout import Call, Dict, Expr, List, lay_out
from .pytext import CONTROL_CHARACTERS, py_literal, py_string
from .views import MethodView, resource_view

__all__ = [
    "ExampleDoc",
    "ModelDoc",
    "OperationDoc",
    "ResourceDoc",
    "example_code",
    "md_cell",
    "md_code",
    "md_link",
    "md_text",
    "render_docs",
    "slug",
]

_HTML = str.maketrans({"<": "&lt;", ">": "&gt;", "&": "&amp;"})
# a line (or list item) that would change the page's structure once rendered
_BLOCK = re.compile(
    r"""^([ \t]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*)  # indentation and list markers
    (\#                                       # a heading
    |\[[^\]\n]*\]:                            # a link definition
    |`{3,}|~{3,}                              # a fence
    |=+[ \t]*$|-+[ \t]*$                       # a setext underline
    |([*_-])(?:[ \t]*\3){2,}[ \t]*$)           # a rule
    """,
    re.MULTILINE | re.VERBOSE,
)
# where an inline link's destination starts; it stays a link only to a web or mail address
_LINK = re.compile(r"\]\(\s*([^)\s]*)")
_SAFE_URL = re.compile(r"^(https?://|mailto:)", re.IGNORECASE)
# inline code as Markdown reads it (Python-Markdown's rule): a backtick run not after a backslash,
# closed by a run of the same length; on one line only (a line inside a longer span would still be
# read for block structure first, so it is escaped like prose)
_CODE_SPAN = re.compile(r"(?<![\\`])(`+)(?!`)([^\n]+?)(?<!`)\1(?!`)")


def _neutralize_link(match: re.Match[str]) -> str:
    return match.group() if _SAFE_URL.match(match.group(1)) else "]\\(" + match.group()[2:]


def _escape_prose(text: str) -> str:
    # a space after every `{` that would open template syntax (`{{`, `{%`, `{#`), overlapping ones too
    return _TEMPLATE_OPENER.sub("{ ", text.translate(_HTML))


_TEMPLATE_OPENER = re.compile(r"\{(?=[{%#])")


def md_text(text: str) -> str:
    """Prose from the spec, safe as Markdown: no raw HTML, no template syntax, no new structure.

    Inline Markdown (emphasis, code, web links) is kept; a line that would start a heading, a
    fence or a rule is escaped, images and links to anything but a web or mail address show as text.
    Inline code is left as written (Markdown shows it literally): `a=1&b=2` stays `a=1&b=2`.
    """
    visible = CONTROL_CHARACTERS.sub(lambda m: f"U+{ord(m.group()):04X}", text).strip()
    visible = _BLOCK.sub(lambda m: f"{m.group(1)}\\{m.group(2)}", visible)
    # before code spans (a label may hold code): no images, links only to web or mail addresses
    visible = _LINK.sub(_neutralize_link, visible.replace("![", "!\\["))
    pieces: list[str] = []
    done = 0
    for span in _CODE_SPAN.finditer(visible):
        pieces += [_escape_prose(visible[done : span.start()]), span.group()]
        done = span.end()
    safe = "".join([*pieces, _escape_prose(visible[done:])])
    trailing = len(safe) - len(safe.rstrip("\\"))
    return safe + "\\" if trailing % 2 else safe  # a last backslash would escape what follows the text


def md_cell(text: str) -> str:
    """A table cell: one line, pipes escaped ("" for no text)."""
    flat = " ".join(md_text(text).split())
    return re.sub(r"(\\*)\|", lambda m: m.group(1) * 2 + "\\|", flat)  # `\|` in the text stays text


def md_code(text: str) -> str:
    """Inline code that cannot be closed early by backticks inside it (one line, pipes escaped)."""
    flat = " ".join(CONTROL_CHARACTERS.sub(lambda m: f"U+{ord(m.group()):04X}", str(text)).split())
    fence = "`" * (max((len(run) for run in re.findall(r"`+", flat)), default=0) + 1)
    pad = " " if flat.startswith("`") or flat.endswith("`") else ""
    return f"{fence}{pad}{flat}{pad}{fence}".replace("|", "\\|") if flat else ""


def md_link(url: str) -> str:
    """A link to a web page named by the spec; anything but http(s) shows as inline code."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("http", "https") or not parts.netloc:
        return md_code(url)
    target = quote(url.strip(), safe=":/?#[]@!$&'*+,;=%~-._")
    label = target.replace("[", "\\[").replace("]", "\\]").replace("_", "\\_").replace("*", "\\*")
    return f"[{label}]({target})"


def slug(text: str) -> str:
    """The anchor of a heading, as Python-Markdown (mkdocs) and GitHub compute it for our headings."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    value = re.sub(r"[^\w\s-]", "", ascii_text).strip().lower()
    return re.sub(r"[-\s]+", "-", value)


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _value(has: bool, value: Any) -> str:
    return md_code(_json(value)) if has else ""


def _shown(type_text: str) -> str:
    """A Python type as users write it (`Execution`, not the generated module's `m.Execution`)."""
    return re.sub(r"\b(?:m|builtins)\.", "", type_text)


def _yes(flag: bool) -> str:
    return "yes" if flag else "no"


# --- links to the models page ------------------------------------------------------------------


class _Models:
    """Links a model name to its section on the models page, from any page of the package."""

    def __init__(self, api: Api, page: str) -> None:
        self._names = {m.name for m in api.models}
        self._page = page
        # model names are identifiers: a name is exactly a whole run of word characters, so each
        # run is looked up in the set (an alternation of every name costs O(models) per cell)
        self._pattern = re.compile(r"\w+") if self._names else None

    def link(self, name: str) -> str:
        return f"[{name}]({self._page}#{slug(name)})" if name in self._names else ""

    def cell(self, doc_type: str) -> str:
        """A type for people (`array of WorkflowStepItem`) with every model name linked, as a table cell."""
        text = md_cell(doc_type)
        if self._pattern is None:
            return text
        pieces = re.split(r"(`+[^`]*`+)", text)  # never link inside inline code
        return "".join(
            piece if piece.startswith("`") else self._pattern.sub(lambda m: self.link(m.group()) or m.group(), piece)
            for piece in pieces
        )


# --- usage examples ------------------------------------------------------------------------------


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


def _call_arguments(operation: Operation, skip: frozenset[str] = frozenset()) -> list[tuple[str, Any]]:
    """Keyword arguments of a usage example: every required argument, and optional ones with examples."""
    result: list[tuple[str, Any]] = []
    for param in operation.parameters:
        if param.idempotency_key or param.name in skip:
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


def _client_call(api: Api, client: str) -> Call:
    """`Client(credential="YOUR_...", server_variable=default)` as the examples construct it."""
    arguments: dict[str, str] = {}
    for scheme in api.auth:
        if scheme.kind == "sigv4":
            arguments["aws_access_key_id"] = '"AKIDEXAMPLE"'
            arguments["aws_secret_access_key"] = '"YOUR_SECRET_KEY"'
        else:
            arguments.setdefault(scheme.argument, f'"YOUR_{scheme.argument.upper()}"')
    for variable in api.server_variables:
        arguments.setdefault(variable.name, py_literal(variable.default))
    return Call(client, tuple(arguments.items()))


def _black(code: str) -> str:
    from .format import LayoutError, format_snippet

    try:
        return format_snippet(code)
    except LayoutError:
        raise
    except Exception:  # a spec value black cannot format: keep the (valid) unformatted source
        return code


def _literal_expr(value: Any) -> Expr:
    """A JSON value as an expression `pylayout` can lay out."""
    if isinstance(value, dict):
        return Dict(tuple((py_string(str(key)), _literal_expr(item)) for key, item in value.items()))
    if isinstance(value, list):
        return List(tuple(_literal_expr(item) for item in value))
    return py_literal(value)


ExampleKind = Literal["call", "iterate"]


def example_code(
    api: Api,
    resource: Resource,
    operation: Operation,
    *,
    is_async: bool = False,
    method: str = "",
    kind: ExampleKind = "call",
) -> str:
    """A runnable usage example of one method of an operation (the plain call by default).

    `method` names another method of the same operation (`iter_list`, `wait`); with
    `kind="iterate"` the example loops over the pager's items.
    """
    client = api.async_client if is_async else api.client
    skip: frozenset[str] = frozenset()
    if kind == "iterate" and operation.pagination is not None:
        skip = frozenset({operation.pagination.token_param, operation.pagination.offset_param} - {""})
    call = Call(
        f"client.{resource.attribute}.{method or operation.name}",
        tuple((name, _literal_expr(value)) for name, value in _call_arguments(operation, skip)),
    )
    indent = "        " if is_async else "    "
    if kind == "iterate":
        loop = "async for" if is_async else "for"
        body = [lay_out(indent, f"{loop} item in ", call, ":"), f"{indent}    print(item)"]
    elif operation.response.type == "None":
        body = [lay_out(indent, "await " if is_async else "", call)]
    else:
        body = [lay_out(indent, f"result = {'await ' if is_async else ''}", call), f"{indent}print(result)"]
    opening = lay_out(
        "    " if is_async else "", "async with " if is_async else "with ", _client_call(api, client), " as client:"
    )
    if is_async:
        lines = [
            "import asyncio",
            "",
            f"from {api.package} import {client}",
            "",
            "",
            "async def main() -> None:",
            opening,
            *body,
            "",
            "",
            "asyncio.run(main())",
        ]
    else:
        lines = [f"from {api.package} import {client}", "", opening, *body]
    return _black("\n".join(lines) + "\n")


# --- what the templates print --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExampleDoc:
    label: str  # "" for the main example
    code: str  # Python source, ends with a newline


@dataclass(frozen=True, slots=True)
class OperationDoc:
    name: str  # heading; its anchor is the method name
    title: str  # the summary, escaped
    description: str  # escaped, "" when it repeats the summary
    deprecated: bool
    http: str  # `METHOD /path` as inline code
    upstream: str  # a Markdown link, or ""
    signature: str  # Python source of every method of the operation (sync)
    async_note: str
    parameters: tuple[tuple[str, ...], ...]  # rows of the parameter table
    auth: tuple[str, ...]  # lines
    responses: tuple[tuple[str, ...], ...]  # rows: status, type, description
    returns: str  # a sentence
    pagination: str  # a sentence, "" when the operation is not paginated
    waiter: str  # a sentence, "" when it has no waiter
    errors: tuple[tuple[str, ...], ...]  # rows: status, exception, model, description
    seed_differences: tuple[str, ...]
    examples: tuple[ExampleDoc, ...]  # the first one is the plain call


@dataclass(frozen=True, slots=True)
class ResourceDoc:
    attribute: str
    description: str
    client: str
    async_client: str
    index: tuple[tuple[str, ...], ...]  # rows: method link, HTTP, returns
    operations: tuple[OperationDoc, ...]


@dataclass(frozen=True, slots=True)
class ModelDoc:
    name: str
    description: str
    kind: str
    fields: tuple[tuple[str, ...], ...]  # rows of the field table (objects)
    enum_values: tuple[str, ...]  # inline code (enums)
    shape: str  # what a union / array / map / scalar is, with model links
    used_by: str  # where it appears, with links, or ""


PARAMETER_HEADER = ("name", "in", "type", "required", "default", "example", "description")
RESPONSE_HEADER = ("status", "type", "description")
ERROR_HEADER = ("status", "exception", "model", "description")
FIELD_HEADER = ("field", "wire name", "type", "required", "nullable", "default", "description")


def _signature(method: MethodView, is_async: bool = False) -> str:
    returns = method.async_returns if is_async else method.returns
    prefix = method.async_prefix if is_async else ""
    lines = [f"{prefix}def {method.name}(", "    self,", "    *,"]
    for argument in method.arguments:
        default = f" = {argument.default}" if argument.default else ""
        lines.append(f"    {argument.name}: {_shown(argument.annotation)}{default},")
    lines.append(f") -> {_shown(returns)}")
    return "\n".join(lines)


def _parameter_rows(operation: Operation, models: _Models) -> list[tuple[str, ...]]:
    rows: list[tuple[str, ...]] = []
    for param in operation.parameters:
        note = " Deprecated." if param.deprecated else ""
        rows.append(
            (
                md_code(param.name),
                f"{param.location} {md_code(param.wire)}",
                models.cell(param.doc_type),
                _yes(param.required),
                _value(param.has_default, param.default),
                _value(param.has_example, param.example),
                md_cell(param.description + note),
            )
        )
    body = operation.body
    if body is not None:
        if body.mode == "named":
            rows.append(
                (
                    md_code(body.name),
                    f"body ({md_code(body.media_type)})",
                    models.link(body.model) or models.cell(body.doc_type),
                    _yes(body.required),
                    "",
                    _value(body.has_example, body.example),
                    md_cell(body.description),
                )
            )
        else:
            for field in body.fields:
                rows.append(
                    (
                        md_code(field.name),
                        f"body {md_code(field.wire)}",
                        models.cell(field.doc_type + (" or null" if field.nullable else "")),
                        _yes(field.required),
                        _value(field.has_default, field.default),
                        _value(field.has_example, field.example),
                        md_cell(field.description),
                    )
                )
    return rows


def _auth_lines(operation: Operation) -> list[str]:
    alternatives = [" + ".join(md_code(s) for s in alt) for alt in operation.security if alt]
    if not alternatives:
        return ["None: the operation is called without credentials."]
    lines = [
        "Scheme: " + " or ".join(alternatives) + " (credentials: see [Authentication](../README.md#authentication))."
    ]
    for scheme, scopes in operation.scopes:
        lines.append(f"Required scopes ({md_code(scheme)}), any one of: " + ", ".join(md_code(s) for s in scopes) + ".")
    return lines


def _returns(operation: Operation, models: _Models) -> str:
    response = operation.response
    if response.type == "None":
        text = "The method returns `None`."
    else:
        link = models.link(response.model)
        text = f"The method returns {md_code(_shown(response.type))}" + (f" (see {link})." if link else ".")
    if operation.unwrap and response.type != "None":
        wire = md_code(json.dumps({operation.unwrap: "..."}))
        text += f" The wire body is {wire}; the client returns the inner value."
    return text


def _pagination_text(operation: Operation, models: _Models) -> str:
    page = operation.pagination
    if page is None:
        return ""
    cursor = page.token_param or page.offset_param
    return (
        f"`{page.method}(...)` takes the same arguments"
        + (f" except {md_code(cursor)}" if cursor else "")
        + f" and iterates every item ({models.cell(page.item_doc_type)}) of every page, "
        "fetching pages lazily: `for` on the sync client, `async for` on the async one."
    )


def _waiter_text(operation: Operation) -> str:
    wait = operation.waiter
    if wait is None:
        return ""
    success = " or ".join(md_code(s) for s in wait.success)
    failure = " or ".join(md_code(s) for s in wait.failure)
    return (
        f"`{wait.method}(...)` takes the same arguments plus `delay` and `max_wait`, and polls this operation "
        f"until {md_code(wait.field)} is {success} (returned) or {failure} (raises `WaiterFailedError`); "
        f"past `max_wait` (default {wait.timeout:g} s) it raises `WaiterTimeoutError`."
    )


def _examples(api: Api, resource: Resource, operation: Operation) -> list[ExampleDoc]:
    """The plain call (sync and async), then every item of every page, then waiting."""
    examples = [
        ExampleDoc("", example_code(api, resource, operation)),
        ExampleDoc("Asynchronous", example_code(api, resource, operation, is_async=True)),
    ]
    if operation.pagination is not None:
        method = operation.pagination.method
        for is_async, label in ((False, "sync"), (True, "async")):
            code = example_code(api, resource, operation, method=method, kind="iterate", is_async=is_async)
            examples.append(ExampleDoc(f"Every item of every page ({label})", code))
    if operation.waiter is not None:
        code = example_code(api, resource, operation, method=operation.waiter.method)
        examples.append(ExampleDoc("Waiting for a final state", code))
    return examples


def _async_note(api: Api, resource: Resource, methods: Sequence[MethodView]) -> str:
    calls = ", ".join(
        f"`{'async for ... in ' if m.kind == 'paginate' else 'await '}client.{resource.attribute}.{m.name}(...)`"
        for m in methods
    )
    return (
        f"On `{api.async_client}` the same {'methods are' if len(methods) > 1 else 'method is'} asynchronous: {calls}."
    )


def _error_rows(operation: Operation, models: _Models) -> list[tuple[str, ...]]:
    return [
        (
            md_code(e.status),
            f"`{e.exception}`",
            models.link(e.model) or (models.cell(e.doc_type) if e.doc_type else "none documented"),
            md_cell(e.description),
        )
        for e in operation.errors
    ]


def _operation_doc(
    api: Api, resource: Resource, operation: Operation, methods: Sequence[MethodView], models: _Models
) -> OperationDoc:
    description = operation.description.strip()
    return OperationDoc(
        name=operation.name,
        title=md_text(operation.summary or operation.name.replace("_", " ").capitalize()),
        description=md_text(description) if description and description != operation.summary.strip() else "",
        deprecated=operation.deprecated,
        http=md_code(f"{operation.http_method} {operation.path}"),
        upstream=md_link(operation.external_docs) if operation.external_docs else "",
        signature="\n\n".join(_signature(m) for m in methods),
        async_note=_async_note(api, resource, methods),
        parameters=tuple(_parameter_rows(operation, models)),
        auth=tuple(_auth_lines(operation)),
        responses=tuple(
            (md_code(r.status), models.cell(r.doc_type) if r.type != "None" else "no body", md_cell(r.description))
            for r in operation.responses
        ),
        returns=_returns(operation, models),
        pagination=_pagination_text(operation, models),
        waiter=_waiter_text(operation),
        errors=tuple(_error_rows(operation, models)),
        seed_differences=tuple(
            md_text(" ".join(d.split())) for d in (operation.seed.differences if operation.seed else ())
        ),
        examples=tuple(_examples(api, resource, operation)),
    )


def resource_doc(api: Api, resource: Resource) -> ResourceDoc:
    view = resource_view(api, resource)
    models = _Models(api, "models.md")
    operations = tuple(
        _operation_doc(api, resource, o, [m for m in view.methods if m.constant == o.constant], models)
        for o in resource.operations
    )
    return ResourceDoc(
        attribute=resource.attribute,
        description=md_text(resource.description),
        client=api.client,
        async_client=api.async_client,
        index=tuple(
            (
                f"[`{o.name}`](#{slug(o.name)})" + (" (deprecated)" if o.deprecated else ""),
                md_code(f"{o.http_method} {o.path}"),
                md_code(_shown(o.response.type)),
            )
            for o in resource.operations
        ),
        operations=operations,
    )


def _usage(api: Api) -> dict[str, list[str]]:
    """Where each model appears: operations (request, response, error) and other models' fields."""
    used: dict[str, list[str]] = {}

    def add(name: str, where: str) -> None:
        if name and where not in used.setdefault(name, []):
            used[name].append(where)

    for resource in api.resources:
        for operation in resource.operations:
            where = f"[`{resource.attribute}.{operation.name}`]({resource.attribute}.md#{slug(operation.name)})"
            add(operation.response.model, where)
            if operation.body is not None:
                add(operation.body.model, where)
            for error in operation.errors:
                add(error.model, where)
    return used


def model_docs(api: Api) -> list[ModelDoc]:
    models = _Models(api, "")
    used = _usage(api)
    result: list[ModelDoc] = []
    for model in api.models:
        fields: tuple[tuple[str, ...], ...] = ()
        values: tuple[str, ...] = ()
        shape = ""
        if model.kind == "object":
            fields = tuple(
                (
                    md_code(f.name),
                    md_code(f.wire),
                    models.cell(f.doc_type),
                    _yes(f.required),
                    _yes(f.nullable),
                    _value(f.has_default, f.default),
                    md_cell(f.description),
                )
                for f in model.fields
            )
        elif model.kind == "enum":
            values = tuple(md_code(_json(v)) for v in model.enum_values)
        else:
            shape = models.cell(model.doc_type)
        result.append(
            ModelDoc(
                name=model.name,
                description=md_text(model.description),
                kind=model.kind,
                fields=fields,
                enum_values=values,
                shape=shape,
                used_by=", ".join(used.get(model.name, [])),
            )
        )
    return result


# --- pages ---------------------------------------------------------------------------------------


def _render(template: str, **context: Any) -> str:
    from .render import environment  # render imports this module

    return environment().get_template(f"docs/{template}").render(**context).rstrip("\n") + "\n"


def resource_page(api: Api, resource: Resource) -> str:
    return _render(
        "resource.md.jinja",
        resource=resource_doc(api, resource),
        parameter_header=PARAMETER_HEADER,
        response_header=RESPONSE_HEADER,
        error_header=ERROR_HEADER,
    )


def models_page(api: Api) -> str:
    return _render("models.md.jinja", api=api, models=model_docs(api), field_header=FIELD_HEADER)


def _credentials(api: Api) -> list[tuple[str, str, str]]:
    credentials: list[tuple[str, str, str]] = []
    for scheme in api.auth:
        if scheme.kind == "sigv4":
            credentials.append(
                (
                    "`aws_access_key_id`, `aws_secret_access_key`, `aws_session_token`",
                    "`AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`",
                    f"AWS Signature Version 4 (service {md_code(scheme.service)})",
                )
            )
            continue
        how = {
            "bearer": "`Authorization: Bearer <credential>`",
            "basic": "HTTP basic",
            "apikey": f"{scheme.location} {md_code(scheme.name)}"
            + (f" with prefix {md_code(scheme.prefix.strip())}" if scheme.prefix.strip() else ""),
        }[scheme.kind]
        credentials.append((md_code(scheme.argument), md_code(scheme.env), how))
    return credentials


def _first(pairs: Iterable[tuple[Resource, Operation]]) -> tuple[Resource, Operation] | None:
    return next(iter(pairs), None)


def readme(api: Api, slug_name: str) -> str:
    first = _first((r, o) for r in api.resources for o in r.operations)
    paginated = [(r, o) for r in api.resources for o in r.operations if o.pagination is not None]
    waiters = [(r, o) for r in api.resources for o in r.operations if o.waiter is not None]
    page_example = ""
    if paginated:
        resource, operation = paginated[0]
        assert operation.pagination is not None
        page_example = example_code(api, resource, operation, method=operation.pagination.method, kind="iterate")
    wait_example = ""
    if waiters:
        resource, operation = waiters[0]
        assert operation.waiter is not None
        wait_example = example_code(api, resource, operation, method=operation.waiter.method)
    models = _Models(api, "docs/models.md")
    return _render(
        "README.md.jinja",
        api=api,
        slug=slug_name,
        title=md_text(api.title),
        spec_path=md_code(api.spec_path),
        base_url=md_code(api.base_url),
        api_version=md_code(api.api_version) if api.api_version else "",
        description=md_text(api.description),
        example=example_code(api, first[0], first[1]) if first else "",
        async_example=example_code(api, first[0], first[1], is_async=True) if first else "",
        credentials=_credentials(api),
        server_variables=[
            (
                md_code(v.name),
                md_code(v.wire),
                ", ".join(md_code(e) for e in v.env),
                md_code(v.default),
                md_cell(v.description),
            )
            for v in api.server_variables
        ],
        exceptions=[(f"`{e.name}`", f"`{e.base}`", md_cell(e.description)) for e in api.exceptions],
        envelope=(
            (md_code(api.error_envelope["field"]), md_code(api.error_envelope.get("code-field", "")))
            if api.error_envelope
            else None
        ),
        paginated=[
            (
                f"`client.{r.attribute}.{o.pagination.method}(...)`",
                f"[`{r.attribute}.{o.name}`](docs/{r.attribute}.md#{slug(o.name)})",
                models.cell(o.pagination.item_doc_type),
            )
            for r, o in paginated
            if o.pagination is not None
        ],
        page_example=page_example,
        waiters=[
            (
                f"`client.{r.attribute}.{o.waiter.method}(...)`",
                f"[`{r.attribute}.{o.name}`](docs/{r.attribute}.md#{slug(o.name)})",
                md_code(o.waiter.field),
                ", ".join(md_code(s) for s in o.waiter.success),
                ", ".join(md_code(s) for s in o.waiter.failure),
            )
            for r, o in waiters
            if o.waiter is not None
        ],
        wait_example=wait_example,
        reference=[
            (
                r.attribute,
                [
                    (
                        f"[`{o.name}`](docs/{r.attribute}.md#{slug(o.name)})",
                        md_code(f"{o.http_method} {o.path}"),
                        md_cell(o.summary),
                    )
                    for o in r.operations
                ],
            )
            for r in api.resources
        ],
    )


def render_docs(api: Api, slug_name: str) -> dict[str, str]:
    files = {"README.md": readme(api, slug_name), "docs/models.md": models_page(api)}
    for resource in api.resources:
        files[f"docs/{resource.attribute}.md"] = resource_page(api, resource)
    return files
