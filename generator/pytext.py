"""Turning spec text and values into safe Python source: string literals, docstrings, literals.

Anything a spec says (descriptions, examples, defaults) reaches generated code only through
these functions, so it can never end a string early, inject code, or break the file's syntax.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

__all__ = ["CONTROL_CHARACTERS", "docstring", "py_literal", "py_string"]

# C0 controls (but tab and newline), DEL, line/paragraph separators and the bidirectional
# overrides that make "Trojan Source" possible: never emitted raw into code.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\x85\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")

CONTROL_CHARACTERS = _CONTROL


def py_string(text: str) -> str:
    """A Python string literal for any text, quoted as black quotes it: double quotes, unless
    single quotes need fewer backslashes (`'say "hi"'`)."""
    double = json.dumps(text, ensure_ascii=False)[1:-1]  # escapes quotes, backslashes, controls
    single = _ESCAPE.sub(_requote, double)
    literal = f"'{single}'" if single.count("\\") < double.count("\\") else f'"{double}"'
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", literal)


_ESCAPE = re.compile(r"\\(.)|'", re.S)


def _requote(match: re.Match[str]) -> str:
    """The double-quoted body's escape (or quote), as it is spelled between single quotes."""
    if match.group(1) is None:
        return "\\'"
    return '"' if match.group(1) == '"' else match.group(0)


def docstring(text: str, indent: str) -> str:
    """A complete triple-quoted docstring for `text`, indented for its block.

    Backslashes are doubled and every quote run is broken, so the text can never close the
    docstring; control characters become escapes; trailing whitespace is dropped per line.
    """
    cleaned = _CONTROL.sub(lambda m: f"\\u{ord(m.group()):04x}", text)
    cleaned = cleaned.replace("\\", "\\\\").replace("\t", "    ").strip()
    # a quote followed by a quote, or closing the text, is escaped: no `"""` can form
    cleaned = re.sub(r'"(?=")|"$', r'\\"', cleaned)
    lines = [line.rstrip() for line in cleaned.splitlines()] or [""]
    if len(lines) == 1:
        return f'"""{lines[0]}"""'
    # black re-indents a docstring: the lines after the first lose their common indentation
    common = min((len(line) - len(line.lstrip(" ")) for line in lines[1:] if line), default=0)
    lines[1:] = [line[common:] for line in lines[1:]]
    body = "\n".join(f"{indent}{line}" if line else "" for line in lines[1:])
    return f'"""{lines[0]}\n{body}\n{indent}"""'


def py_literal(value: Any) -> str:
    """A Python literal for a JSON value (defaults, examples)."""
    if value is None:
        return "None"
    if isinstance(value, bool):
        return "True" if value else "False"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return f'float("{value}")'
        return repr(value)
    if isinstance(value, str):
        return py_string(value)
    if isinstance(value, list):
        return "[" + ", ".join(py_literal(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{py_string(str(k))}: {py_literal(v)}" for k, v in value.items()) + "}"
    return py_string(str(value))
