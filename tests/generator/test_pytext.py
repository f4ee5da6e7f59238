"""Spec text can never break or inject into generated Python."""

from __future__ import annotations

import ast

from hypothesis import given
from hypothesis import strategies as st

from generator.pytext import docstring, py_literal, py_string

_NASTY = ['"""', "'''", "\\", "{{ x }}", "{% if %}", "\x00\x07\x1b", "</script>", "\u2028", '"', "'", "\t"]


@given(st.lists(st.one_of(st.text(), st.sampled_from(_NASTY)), max_size=8).map("".join))
def test_docstrings_hold_any_text(text: str) -> None:
    source = f"def f():\n    {docstring(text, '    ')}\n    return 1\n"
    tree = ast.parse(source)
    function = tree.body[0]
    assert isinstance(function, ast.FunctionDef)
    assert len(function.body) == 2, "the text must stay inside the docstring"
    assert isinstance(function.body[1], ast.Return)


@given(st.lists(st.one_of(st.text(), st.sampled_from(_NASTY)), max_size=8).map("".join))
def test_string_literals_round_trip(text: str) -> None:
    assert ast.literal_eval(py_string(text)) == text


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False, allow_infinity=False) | st.text(),
        lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(), inner, max_size=3),
        max_leaves=10,
    )
)
def test_literals_round_trip(value: object) -> None:
    assert ast.literal_eval(py_literal(value)) == value


@given(st.text())
def test_string_literals_are_quoted_as_black_quotes_them(text: str) -> None:
    from black.strings import normalize_string_quotes

    literal = py_string(text)
    assert ast.literal_eval(literal) == text
    assert normalize_string_quotes(literal) == literal
