"""Ordering the way ruff's isort and RUF022 want it, so generated code passes `ruff check` as is.

Names are ordered by type (CONSTANTS, then Classes, then everything else), each group
case-sensitively; import blocks are grouped (future, standard library, third party, local) and
sorted within each group.
"""

from __future__ import annotations

import ast
import sys

__all__ = ["import_key", "member_key", "sort_header_imports", "sorted_imports", "sorted_members"]


def _kind(name: str) -> int:
    if len(name) > 1 and name.isupper():
        return 0
    return 1 if name[:1].isupper() else 2


def member_key(name: str) -> tuple[int, str]:
    """RUF022's order for `__all__`: by type, then case-sensitively."""
    return (_kind(name), name)


def import_key(name: str) -> tuple[int, str, str]:
    """isort's order for imported names: by type, then case-insensitively."""
    return (_kind(name), name.lower(), name)


def sorted_members(names: list[str] | set[str]) -> list[str]:
    return sorted(set(names), key=member_key)


def sorted_imports(names: list[str] | set[str]) -> list[str]:
    return sorted(set(names), key=import_key)


def _group(module: str, level: int) -> int:
    if level:
        return 3
    root = module.split(".")[0]
    if root == "__future__":
        return 0
    return 1 if root in sys.stdlib_module_names else 2


def sort_header_imports(source: str) -> str:
    """Rewrite the module's leading import block (after the docstring) in isort order.

    Only `from x import a, b` and `import x` statements without comments are handled, which is
    what datamodel-code-generator emits.
    """
    tree = ast.parse(source)
    body = tree.body
    start = 1 if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant) else 0
    end = start
    while end < len(body) and isinstance(body[end], ast.Import | ast.ImportFrom):
        end += 1
    if end == start:
        return source
    plain: dict[int, set[str]] = {}
    from_imports: dict[tuple[int, int, str], set[tuple[str, str | None]]] = {}
    for node in body[start:end]:
        if isinstance(node, ast.Import):
            for alias in node.names:
                plain.setdefault(_group(alias.name, 0), set()).add(alias.name)
        else:
            assert isinstance(node, ast.ImportFrom)
            module = node.module or ""
            key = (_group(module, node.level), node.level, module)
            from_imports.setdefault(key, set()).update((a.name, a.asname) for a in node.names)
    blocks: list[str] = []
    for group in range(4):
        lines = [f"import {name}" for name in sorted(plain.get(group, ()))]
        keys = sorted((k for k in from_imports if k[0] == group), key=lambda k: ("." * k[1] + k[2]).lower())
        for key in keys:
            names = sorted(from_imports[key], key=lambda n: import_key(n[0]))
            spelled = ", ".join(f"{n} as {a}" if a else n for n, a in names)
            lines.append(f"from {'.' * key[1]}{key[2]} import {spelled}")
        if lines:
            blocks.append("\n".join(lines))
    lines = source.splitlines(keepends=True)
    first = body[start].lineno - 1
    last = body[end - 1].end_lineno or body[end - 1].lineno
    return "".join(lines[:first]) + "\n\n".join(blocks) + "\n" + "".join(lines[last:])
