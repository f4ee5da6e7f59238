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
    "Dict",
    "Expr",
    "List",
    "Tuple",
    "Unsure",
    "assignment",
    "flat",
    "import_from",
    "lay_out",
    "statement",
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


@dataclass(frozen=True, slots=True)
class List:
    """A list literal."""

    items: tuple[Expr, ...]


@dataclass(frozen=True, slots=True)
class Dict:
    """A dict literal; keys are source text (string literals)."""

    items: tuple[tuple[str, Expr], ...]


Expr = str | Call | Tuple | List | Dict  # a str is an atom: a name, a number, a string, `m.Model`


def flat(expr: Expr) -> str:
    """The expression on one line."""
    if isinstance(expr, str):
        return expr
    if isinstance(expr, Call):
        return f"{expr.function}({_joined(expr.arguments)})"
    if isinstance(expr, List):
        return "[" + ", ".join(flat(item) for item in expr.items) + "]"
    if isinstance(expr, Dict):
        return "{" + ", ".join(f"{key}: {flat(value)}" for key, value in expr.items) + "}"
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
    if isinstance(expr, str) or (not isinstance(expr, Call) and not expr.items):
        raise Unsure(one_line)  # an atom or an empty literal cannot split
    opening, closing = _brackets(expr)
    if not _fits(indent, prefix + opening):
        raise Unsure(one_line)
    inner = indent + INDENT
    # (prefix, value) per element, and whether a comma follows each (it always does when split
    # one per line; a lone element of a call, list or dict has none: there is nothing to split at)
    elements: list[tuple[str, Expr]]
    if isinstance(expr, Call):
        if not expr.arguments:
            raise Unsure(one_line)
        if len(expr.arguments) == 1 and expr.arguments[0][0] is None and not isinstance(expr.arguments[0][1], str):
            raise Unsure(one_line)  # a lone bracketed positional argument: black's hugging rules differ
        hugged = _joined(expr.arguments)
        if _fits(inner, hugged):
            return [indent + prefix + opening, inner + hugged, indent + closing + suffix]
        elements = [("" if name is None else f"{name}=", value) for name, value in expr.arguments]
    elif isinstance(expr, Dict):
        elements = [(f"{key}: ", value) for key, value in expr.items]
    else:
        elements = [("", item) for item in expr.items]
    comma = "," if len(elements) > 1 or isinstance(expr, Tuple) else ""
    body = [line for head, value in elements for line in _lines(inner, head, value, comma)]
    return [indent + prefix + opening, *body, indent + closing + suffix]


def _brackets(expr: Call | Tuple | List | Dict) -> tuple[str, str]:
    if isinstance(expr, Call):
        return f"{expr.function}(", ")"
    if isinstance(expr, List):
        return "[", "]"
    if isinstance(expr, Dict):
        return "{", "}"
    return "(", ")"


def statement(indent: str, prefix: str, expr: Expr, suffix: str = "") -> str:
    """`prefix + expr + suffix` as one statement at `indent` (`result = `, `for x in `, `:`),
    laid out; raises Unsure."""
    return "\n".join(_lines(indent, prefix, expr, suffix))


def lay_out(indent: str, prefix: str, expr: Expr, suffix: str = "") -> str:
    """`statement`, or the statement on one line when its layout is not certain (that line is
    then too long, so `format` sends it through black)."""
    try:
        return statement(indent, prefix, expr, suffix)
    except Unsure:
        return f"{indent}{prefix}{flat(expr)}{suffix}"


def assignment(target: str, expr: Expr, indent: str = "") -> str:
    """`target = expr` (target may carry an annotation), laid out; raises Unsure."""
    return statement(indent, f"{target} = ", expr)


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
