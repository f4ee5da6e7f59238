"""The models module, rendered by datamodel-code-generator through its public `generate()`.

The configuration is explicit and pinned (with the tool's version, in the manifest): no
timestamp, our header, pydantic v2, Python 3.11. The IR has already named every class, field
and enum member; the output is checked (`ast.parse`, every class the IR refers to exists).
"""

from __future__ import annotations

import ast
import re
import warnings
from functools import cache
from pathlib import Path
from typing import Any

from .ir import Api
from .pysort import sort_header_imports, sorted_members
from .pytext import py_string

__all__ = ["ModelsError", "dmcg_version", "render_models"]

TEMPLATES = Path(__file__).resolve().parent.parent / "templates" / "models"


class ModelsError(Exception):
    """datamodel-code-generator produced something we cannot use (a generator bug, not a spec error)."""


@cache
def dmcg_version() -> str:
    from importlib.metadata import version

    return version("datamodel-code-generator")


def _config(api: Api, header: str) -> dict[str, Any]:
    return {
        "input_file_type": "openapi",
        "output_model_type": "pydantic_v2.BaseModel",
        "target_python_version": "3.11",
        "disable_timestamp": True,
        "custom_file_header": header,
        # its dependency-free formatter writes black's layout for nearly all of its output;
        # format.py sends what may still differ (long lines) through black
        "formatters": ["builtin"],
        "builtin_format_line_length": 88,
        "use_double_quotes": True,
        "allow_population_by_field_name": True,
        "extra_fields": "allow",
        "use_field_description": True,
        "use_schema_description": True,
        "field_constraints": True,
        "collapse_root_models": True,
        "custom_template_dir": TEMPLATES,
        "use_subclass_enum": True,
        "use_specialized_enum": False,
        "strict_nullable": True,
        "use_standard_collections": True,
        "use_union_operator": True,
        "aliases": {key: name for key, name in api.field_aliases.items() if key.split(".", 1)[1] != name},
        "set_default_enum_member": True,
    }


def render_models(api: Api, header: str) -> str:
    """The source of `<package>/models.py`, in black's layout but for what `format` still finds
    to do (datamodel-code-generator's builtin formatter leaves long lines and a few string
    spellings to black)."""
    from datamodel_code_generator import generate

    document = api.models_document
    if not document["components"]["schemas"]:
        return f'{header}\n\n"""Models of {api.title}: none."""\n\n__all__: list[str] = []\n'
    with warnings.catch_warnings():
        # its warnings (unknown formats, fallbacks) are about input lowering already checked
        warnings.simplefilter("ignore")
        try:
            output = generate(document, **_config(api, header))
        except Exception as exc:  # its own errors: report them as ours, without its traceback
            raise ModelsError(f"datamodel-code-generator failed: {type(exc).__name__}: {exc}") from exc
    if not isinstance(output, str):
        raise ModelsError("datamodel-code-generator returned several modules; expected one")
    return _finish(output, api)


def _finish(output: str, api: Api) -> str:
    """datamodel-code-generator's module with our imports (sorted), `__all__` and the table of
    nullable fields.

    The module is parsed once (a large spec's models module has megabytes of source): the
    edits all happen above its first class, so they are made to that header alone.
    """
    tree = _parse(output)
    names = _check(tree, api)
    lines = output.splitlines(keepends=True)
    first_class = next((n for n in tree.body if isinstance(n, ast.ClassDef)), None)
    cut = len(lines) if first_class is None else _block_start(lines, first_class.lineno - 1)
    late_import = any(isinstance(n, ast.Import | ast.ImportFrom) and n.lineno > cut for n in tree.body)
    del tree, first_class  # the syntax tree of a large module is large: not kept while editing
    if late_import:
        # an import below a class (datamodel-code-generator does not write one): whole-module edits
        source = sort_header_imports(_add_imports(output, output))
        return _add_all(source, names).rstrip("\n") + "\n" + _nullable_table(api, set(names))
    head = sort_header_imports(_add_imports("".join(lines[:cut]), output))
    return _add_all(head, names, "".join(lines[cut:])).rstrip("\n") + "\n" + _nullable_table(api, set(names))


def _parse(source: str) -> ast.Module:
    try:
        return ast.parse(source)
    except SyntaxError as exc:  # pragma: no cover - a generator bug
        raise ModelsError(f"datamodel-code-generator produced invalid Python: {exc}") from exc


def _block_start(lines: list[str], index: int) -> int:
    """The line where the statement at `index` starts, with its decorators."""
    while index > 0 and lines[index - 1].startswith("@"):
        index -= 1
    return index


def _add_imports(source: str, module: str) -> str:
    """Imports our Enum template needs (datamodel-code-generator cannot be told about them),
    placed after the last import of `source` (the whole `module`, or its header)."""
    if "open_enum_missing(" not in module:
        return source
    extra = ["from ._runtime._enums import open_enum_missing"]
    if not re.search(r"^from typing import .*\bAny\b", module, re.M):
        extra.insert(0, "from typing import Any")
    tree = ast.parse(source)
    imports = [n for n in tree.body if isinstance(n, ast.Import | ast.ImportFrom)]
    if not imports:
        raise ModelsError("datamodel-code-generator output has no imports")
    lines = source.splitlines(keepends=True)
    end = max(n.end_lineno or n.lineno for n in imports)
    return "".join(lines[:end]) + "\n".join(extra) + "\n" + "".join(lines[end:])


def _check(tree: ast.Module, api: Api) -> list[str]:
    """The module's class names; every class the IR refers to must be one of them."""
    classes = [node.name for node in tree.body if isinstance(node, ast.ClassDef)]
    wanted = _referenced(api)
    missing = sorted(wanted - set(classes))
    if missing:
        raise ModelsError(f"models referenced by the IR are missing from models.py: {', '.join(missing)}")
    return classes


def _referenced(api: Api) -> set[str]:
    found: set[str] = set()
    pattern = re.compile(r"\bm\.([A-Za-z_][A-Za-z0-9_]*)")
    for resource in api.resources:
        for operation in resource.operations:
            texts = [operation.response.type, *(e.model_type for e in operation.errors)]
            texts += [p.type for p in operation.parameters]
            if operation.body is not None:
                texts.append(operation.body.type)
                texts += [f.type for f in operation.body.fields]
            for text in texts:
                found.update(pattern.findall(text))
    return found


def _nullable_table(api: Api, classes: set[str]) -> str:
    """Per model, the wire names that may be sent as null; the runtime drops other nulls."""
    rows = [
        (model.name, sorted(f.wire for f in model.fields if f.nullable))
        for model in api.models
        if model.kind == "object" and model.name in classes
    ]
    entries = [
        f"    {py_string(name)}: frozenset({{{', '.join(py_string(w) for w in wires)}}}),"
        for name, wires in rows
        if wires
    ]
    table = "{\n" + "\n".join(entries) + "\n}" if entries else "{}"
    return (
        "\n\n# Fields that accept null, by model: the client sends `None` as null only for these.\n"
        f"NULLABLE_FIELDS: dict[str, frozenset[str]] = {table}\n"
    )


def _add_all(source: str, names: list[str], rest: str | None = None) -> str:
    """`__all__` above the first class of `source`; or, given the `rest` of the module (which
    starts with its first class), between `source` and `rest`."""
    exported = ",\n".join(f'    "{name}"' for name in sorted_members(names))
    block = f"\n__all__ = [\n{exported},\n]\n" if names else "\n__all__: list[str] = []\n"
    if rest is not None:
        if not rest:
            return source + block
        return _above(source, ast.parse(source).body) + block.lstrip("\n") + "\n\n" + rest
    tree = ast.parse(source)
    first_class = next((n for n in tree.body if isinstance(n, ast.ClassDef)), None)
    if first_class is None:
        return source + block
    lines = source.splitlines(keepends=True)
    index = _block_start(lines, first_class.lineno - 1)
    before = tree.body[: tree.body.index(first_class)]
    return _above("".join(lines[:index]), before) + block.lstrip("\n") + "\n\n" + "".join(lines[index:])


def _above(head: str, statements: list[ast.stmt]) -> str:
    """`head` (the statements above `__all__`) ending with the blank lines black puts there:
    one after an import block, two after anything else."""
    imports_last = bool(statements) and isinstance(statements[-1], ast.Import | ast.ImportFrom)
    return head.rstrip("\n") + ("\n\n" if imports_last else "\n\n\n")
