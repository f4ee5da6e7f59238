"""Python source laid out the way black lays it out, for the few constructs templates emit.

Black is the costliest stage of a cold generation (it parses and re-prints every file). The
modules rendered from `templates/package/` are therefore written in black's layout from the
start: fixed template text is already black-stable, and the variable parts (the `Operation(...)`
and `ClientSpec(...)` constants, `from x import ...` lines, `__all__` lists) are laid out here
with black's rules for them:

- a statement that fits in the line length stays on one line;
- a collection literal (tuple, list) or an import that does not fit is split one element per
  line, with a trailing comma;
- a call that does not fit first gets its arguments on one indented line (if they fit), else
  one argument per line with a trailing comma (a lone argument splits inside its own brackets,
  without a comma); the same rules apply again inside.

Whatever these rules do not cover with certainty (an unsplittable atom that is still too long,
a head line that is itself too long) raises `Unsure`; the caller then emits the statement on one
(too long) line, and `format.py` finds it and has black format that statement: the output is
always black's output. With `SDKFORGE_VERIFY_LAYOUT=1` (set by
the test suite) every laid-out module goes through black too and must come out unchanged.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "INDENT",
    "LINE_LENGTH",
    "Call",
    "Expr",
    "Tuple",
    "Unsure",
    "assignment",
    "flat",
    "import_from",
    "string_list",
]

LINE_LENGTH = 88  # black's default, which the generated packages use
INDENT = "    "


class Unsure(Exception):
    """The layout of this statement is not certain: black must format its module."""


@dataclass(frozen=True, slots=True)
class Call:
    """`function(argument, keyword=value, ...)`; an argument's name is None when positional."""

    function: str
    arguments: tuple[tuple[str | None, Expr], ...]


@dataclass(frozen=True, slots=True)
class Tuple:
    """A tuple literal: `()`, `(item,)` or `(a, b)`."""

    items: tuple[Expr, ...]


Expr = str | Call | Tuple  # a str is an atom: a name, a number, a string literal, `m.Model`


def flat(expr: Expr) -> str:
    """The expression on one line."""
    if isinstance(expr, str):
        return expr
    if isinstance(expr, Call):
        return f"{expr.function}({_joined(expr.arguments)})"
    if len(expr.items) == 1:
        return f"({flat(expr.items[0])},)"
    return "(" + ", ".join(flat(item) for item in expr.items) + ")"


def _joined(arguments: tuple[tuple[str | None, Expr], ...]) -> str:
    return ", ".join(_argument(name, value) for name, value in arguments)


def _argument(name: str | None, value: Expr) -> str:
    return flat(value) if name is None else f"{name}={flat(value)}"


def _fits(indent: str, text: str) -> bool:
    if len(indent) + len(text) > LINE_LENGTH:
        return False
    if not text.isascii() and len(indent) + 2 * len(text) > LINE_LENGTH:
        # black measures wide characters as two columns (and combining ones as none)
        raise Unsure(text)
    return True


def _lines(indent: str, prefix: str, expr: Expr, suffix: str) -> list[str]:
    """`prefix + expr + suffix` at `indent`, as black prints it."""
    one_line = prefix + flat(expr) + suffix
    if _fits(indent, one_line):
        return [indent + one_line]
    if isinstance(expr, str) or not _is_splittable(expr):
        raise Unsure(one_line)
    opening = f"{expr.function}(" if isinstance(expr, Call) else "("
    if not _fits(indent, prefix + opening):
        raise Unsure(one_line)
    inner = indent + INDENT
    body: list[str] = []
    if isinstance(expr, Call):
        if len(expr.arguments) == 1 and expr.arguments[0][0] is None and not isinstance(expr.arguments[0][1], str):
            raise Unsure(one_line)  # a lone bracketed positional argument: black's hugging rules differ
        hugged = _joined(expr.arguments)
        if _fits(inner, hugged):
            body = [inner + hugged]
        elif len(expr.arguments) == 1:  # no comma to split at: the argument splits, without one
            name, value = expr.arguments[0]
            body = _lines(inner, "" if name is None else f"{name}=", value, "")
        else:
            for name, value in expr.arguments:
                body += _lines(inner, "" if name is None else f"{name}=", value, ",")
    else:
        for item in expr.items:
            body += _lines(inner, "", item, ",")
    return [indent + prefix + opening, *body, indent + ")" + suffix]


def _is_splittable(expr: Call | Tuple) -> bool:
    return bool(expr.arguments if isinstance(expr, Call) else expr.items)


def assignment(target: str, expr: Expr, indent: str = "") -> str:
    """`target = expr` (target may carry an annotation), laid out; raises Unsure."""
    return "\n".join(_lines(indent, f"{target} = ", expr, ""))


def import_from(module: str, names: list[str], indent: str = "") -> str:
    """`from module import a, b`: one line if it fits, else one name per line."""
    one_line = f"from {module} import {', '.join(names)}"
    if _fits(indent, one_line):
        return indent + one_line
    body = "".join(f"{indent}{INDENT}{name},\n" for name in names)
    return f"{indent}from {module} import (\n{body}{indent})"


def string_list(target: str, literals: list[str]) -> str:
    """`target = ["a", "b"]` (literals already quoted): one line if it fits, else one per line."""
    one_line = f"{target} = [{', '.join(literals)}]"
    if _fits("", one_line):
        return one_line
    body = "".join(f"{INDENT}{literal},\n" for literal in literals)
    return f"{target} = [\n{body}]"
