"""Every operation has a complete doc section, checked against the IR it was generated from.

Per operation (its `## name` section of docs/<resource>.md): summary, `METHOD /path`, the Python
signature with every argument, the parameter table with a row per argument (or "None."), the
required scopes, the upstream link, the response model link, the error table (status ->
exception -> model), the deprecation note exactly where the spec deprecates, the seed-differences
note where the spec has x-seed.differences, and an example calling the operation. Plus the
README's sections, the models page, unique anchors, unpadded tables and escaped text.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.docs_render import md_code, md_text, slug
from generator.ir import Operation, Resource
from generator.site import headings

from .helpers import GENERATED, OPERATION_COUNT, Spec, heading_slugs, operations, sections, specs

OPERATIONS = list(operations())
PARAMETER_HEADER = "| name | in | type | required | default | example | description |"
ERROR_HEADER = "| status | exception | model | description |"


def _page(spec: Spec, resource: Resource) -> str:
    return (GENERATED / spec.slug / "docs" / f"{resource.attribute}.md").read_text(encoding="utf-8")


def _models_page(spec: Spec) -> str:
    return (GENERATED / spec.slug / "docs" / "models.md").read_text(encoding="utf-8")


def _model_link(name: str) -> str:
    return f"[{name}](models.md#{slug(name)})"


def _subsection(section: str, title: str) -> str:
    """The text of one `### title` subsection of an operation's section ("" when absent)."""
    match = re.search(rf"^### {re.escape(title)}\n(.*?)(?=^### |\Z)", section, re.MULTILINE | re.DOTALL)
    return match.group(1) if match else ""


def test_the_issue_counts_25_operations() -> None:
    assert len(OPERATIONS) == OPERATION_COUNT
    assert sum(o.deprecated for _, _, o in OPERATIONS) == 3  # the three Slack methods
    assert {s.slug for s, _, o in OPERATIONS if o.deprecated} == {"slack-workflows"}


@pytest.mark.parametrize(
    ("spec", "resource", "operation"), OPERATIONS, ids=[f"{s.slug}.{r.attribute}.{o.name}" for s, r, o in OPERATIONS]
)
def test_operation_section_is_complete(spec: Spec, resource: Resource, operation: Operation) -> None:
    page = _page(spec, resource)
    found = sections(page)
    assert operation.name in found, f"no `## {operation.name}` heading"
    section = found[operation.name]

    # summary, description, METHOD /path, upstream link
    if operation.summary:
        assert f"**{md_text(operation.summary)}**" in section
    assert f"`{operation.http_method} {operation.path}`" in section
    if operation.external_docs:
        assert f"]({operation.external_docs})" in section

    # the Python signature: every argument, the return type
    signature = re.search(rf"```python\ndef {operation.name}\(\n(.*?)\n\) -> (.*?)\n", section, re.DOTALL)
    assert signature, "no signature block"
    arguments = re.findall(r"^    (\w+):", signature.group(1), re.MULTILINE)
    expected = [p.name for p in operation.parameters]
    if operation.body is not None:
        expected += [f.name for f in operation.body.fields] if operation.body.mode == "flat" else [operation.body.name]
    assert sorted(arguments) == sorted([*expected, "timeout", "max_retries", "extra_headers"])
    assert signature.group(2) == re.sub(r"\b(?:m|builtins)\.", "", operation.response.type)

    # the parameter table: one row per argument, in the IR's order
    parameters = _subsection(section, "Request parameters")
    if expected:
        assert PARAMETER_HEADER in parameters
        rows = [line for line in parameters.splitlines() if line.startswith("| `")]
        assert [re.match(r"\| `(\w+)` \|", row).group(1) for row in rows] == expected  # type: ignore[union-attr]
        for param, row in zip(operation.parameters, rows, strict=False):
            assert f"| {param.location} `{param.wire}` |" in row
            assert f"| {'yes' if param.required else 'no'} |" in row
    else:
        assert parameters.strip() == "None."

    # authentication and scopes
    auth = _subsection(section, "Authentication and scopes")
    for alternative in operation.security:
        for scheme in alternative:
            assert f"`{scheme}`" in auth
    for scheme, scopes in operation.scopes:
        assert f"Required scopes (`{scheme}`)" in auth
        for scope in scopes:
            assert md_code(scope) in auth

    # the response, linked to its model
    responses = _subsection(section, "Successful responses")
    for response in operation.responses:
        assert f"| `{response.status}` |" in responses
    if operation.response.model:
        assert _model_link(operation.response.model) in responses
        assert f"## {operation.response.model}\n" in _models_page(spec)
    if operation.unwrap and operation.response.type != "None":
        assert f'{{"{operation.unwrap}": "..."}}' in responses

    # errors: status -> exception -> model
    errors = _subsection(section, "Error responses")
    if operation.errors:
        assert ERROR_HEADER in errors
        for error in operation.errors:
            row = next(line for line in errors.splitlines() if line.startswith(f"| `{error.status}` |"))
            assert f"| `{error.exception}` |" in row
            if error.model:
                assert _model_link(error.model) in row

    # pagination and waiters
    if operation.pagination is not None:
        assert f"`{operation.pagination.method}(...)`" in _subsection(section, "Iterating over all pages")
    if operation.waiter is not None:
        assert f"`{operation.waiter.method}(...)`" in _subsection(section, "Waiting for a final state")

    # deprecation note exactly where the spec deprecates
    assert ("> **Deprecated.**" in section) == operation.deprecated

    # where the wire differs from the seed
    differences = operation.seed.differences if operation.seed else ()
    note = _subsection(section, "Where the wire differs from the seed")
    assert bool(note) == bool(differences)
    bullets = [line for line in note.splitlines() if line.startswith("- ")]
    assert bullets == [f"- {md_text(' '.join(d.split()))}" for d in differences]

    # examples: sync and async calls of this operation
    examples = _subsection(section, "Example usage")
    call = f"client.{resource.attribute}.{operation.name}("
    blocks = re.findall(r"```python\n(.*?)```", examples, re.DOTALL)
    assert any(call in b and "asyncio.run" not in b for b in blocks), "no sync example"
    assert any(call in b and "asyncio.run" in b and f"await {call}" in b for b in blocks), "no async example"


@pytest.mark.parametrize("spec", specs(), ids=[s.slug for s in specs()])
def test_readme_has_every_section(spec: Spec) -> None:
    readme = (GENERATED / spec.slug / "README.md").read_text(encoding="utf-8")
    titles = [text for level, text in headings(readme) if level == 2]
    assert titles == [
        "Install",
        "Authentication",
        "Quick start",
        "Configuration",
        "Errors",
        "Retries and timeouts",
        "Raw responses",
        "Pagination",
        "Waiters",
        "Logging",
        "Reference",
    ]
    assert "### Vendoring" in readme
    assert "asyncio.run(main())" in readme.split("## Quick start", 1)[1].split("## Configuration", 1)[0]
    for resource in spec.api.resources:
        for operation in resource.operations:
            assert f"](docs/{resource.attribute}.md#{slug(operation.name)})" in readme
    for exception in spec.api.exceptions:
        assert f"| `{exception.name}` | `{exception.base}` |" in readme


@pytest.mark.parametrize("spec", specs(), ids=[s.slug for s in specs()])
def test_models_page_has_every_model(spec: Spec) -> None:
    page = _models_page(spec)
    found = sections(page)
    for model in spec.api.models:
        assert model.name in found, f"model {model.name} missing"
        text = found[model.name]
        if model.kind == "object":
            for model_field in model.fields:
                assert f"| `{model_field.name}` | `{model_field.wire}` |" in text
        elif model.kind == "enum":
            for value in model.enum_values:
                assert re.search(rf"^- `{re.escape(_json(value))}`$", text, re.MULTILINE), value
    # every link to a model lands on its heading
    anchors = set(heading_slugs(page))
    for folder_page in (GENERATED / spec.slug).rglob("*.md"):
        for target in re.findall(r"\]\((?:docs/)?models\.md#([\w-]+)\)", folder_page.read_text(encoding="utf-8")):
            assert target in anchors, f"{folder_page.name}: models.md#{target} does not exist"
    for target in re.findall(r"\]\(#([\w-]+)\)", page):
        assert target in anchors


def _json(value: object) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


def _pages() -> list[Path]:
    return sorted(p for s in specs() for p in (GENERATED / s.slug).rglob("*.md"))


_CELL = re.compile(r"^( {1,2}| \S(.*\S)? )$")


@pytest.mark.parametrize("page", _pages(), ids=lambda p: p.relative_to(GENERATED).as_posix())
def test_pages_are_safe_and_diff_well(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    # an operation's (or model's) anchor is its own: no other heading of the page has it
    found = list(headings(text))
    slugs = heading_slugs(text)
    second = [s for (level, _), s in zip(found, slugs, strict=True) if level == 2]
    others = [s for (level, _), s in zip(found, slugs, strict=True) if level != 2]
    assert len(set(second)) == len(second), "two level-2 headings share an anchor"
    if page.name != "README.md":
        assert not set(second) & set(others), "a subsection heading takes an operation's or model's anchor"
    # no template syntax and no raw HTML in the prose (code shows values as they are: `{{user}}`)
    prose = re.sub(r"```.*?```", "", text, flags=re.DOTALL)
    prose = re.sub(r"``.*?``|`[^`\n]*`", "", prose)
    assert "{{" not in prose and "{%" not in prose
    assert not re.search(r"<[a-zA-Z/!?]", prose), "raw HTML outside code"
    # unpadded tables: exactly one space either side of every cell
    for line in text.splitlines():
        if line.startswith("|") and not line.startswith("|---"):
            for cell in re.split(r"(?<!\\)\|", line)[1:-1]:
                assert _CELL.match(cell), f"padded cell {cell!r} in: {line}"
