"""Black's layout without black: `pylayout` must print exactly what black prints, and
`format_files` must leave laid-out modules to black only where black still changes something."""

from __future__ import annotations

import os

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.format import LayoutError, format_files, format_source
from generator.pylayout import (
    Call,
    Dict,
    Expr,
    List,
    Tuple,
    Unsure,
    assignment,
    flat,
    import_from,
    statement,
    string_list,
)


def _black(source: str) -> str:
    return format_source(source)


def _assert_black_stable(statement: str) -> None:
    source = statement + "\n"
    assert _black(source) == source


# -- pylayout -----------------------------------------------------------------------------------


def test_short_statement_stays_on_one_line() -> None:
    text = assignment("X", Call("Spec", (("a", '"x"'), ("b", "1"))))
    assert text == 'X = Spec(a="x", b=1)'
    _assert_black_stable(text)


def test_call_arguments_hug_when_they_fit_on_one_indented_line() -> None:
    expr = Call("AuthSpec", (("scheme", '"s" * 1'), ("kind", '"sigv4"'), ("service", '"profile"'), ("region", '"r"')))
    text = assignment("A_RATHER_LONG_CONSTANT_NAME: SomeAnnotation[WithBrackets]", expr)
    assert text.splitlines()[0].endswith("AuthSpec(")
    assert len(text.splitlines()) == 3
    _assert_black_stable(text)


def test_collections_split_one_element_per_line() -> None:
    items = tuple(f'"element-number-{i}"' for i in range(8))
    text = assignment("VALUES", Tuple(items))
    assert text.splitlines()[1] == '    "element-number-0",'
    assert text.endswith(",\n)")
    _assert_black_stable(text)


def test_one_tuple_keeps_its_comma() -> None:
    inner = Call("ParamSpec", tuple((f"argument_{i}", f'"value-{i}"') for i in range(6)))
    text = assignment("P", Call("Operation", (("params", Tuple((inner,))),)))
    _assert_black_stable(text)
    assert "(ParamSpec" not in text  # the long element is exploded inside its own brackets


def test_unsplittable_atom_is_unsure() -> None:
    with pytest.raises(Unsure):
        assignment("X", Call("f", (("a", '"' + "x" * 100 + '"'),)))


def test_imports_and_lists() -> None:
    assert import_from("typing", ["Any", "Literal"]) == "from typing import Any, Literal"
    long_import = import_from(".errors", [f"SomeFairlyLongExceptionName{i}" for i in range(5)], "    ")
    _assert_black_stable("if True:\n" + long_import)
    assert long_import.splitlines()[0] == "    from .errors import ("
    assert string_list("__all__", ['"A"', '"B"']) == '__all__ = ["A", "B"]'
    _assert_black_stable(string_list("__all__", [f'"Name{i}WithSomeLength"' for i in range(9)]))


_ATOMS = st.sampled_from(["None", "True", "1.5", "m.Model", "e.NotFound", '"x"', '"a-rather-long-wire-name"'])
_NAMES = st.sampled_from(["name", "wire", "location", "style", "explode", "a_much_longer_keyword_argument"])
_STRINGS = st.text("abcdefghij_ ", min_size=1, max_size=40).map(lambda t: f'"{t}"')
_EXPRESSIONS = st.recursive(
    _ATOMS | _STRINGS,
    lambda children: st.one_of(
        st.lists(children, max_size=5).map(lambda items: Tuple(tuple(items))),
        st.lists(children, max_size=5).map(lambda items: List(tuple(items))),
        st.lists(st.tuples(_STRINGS, children), max_size=5).map(lambda items: Dict(tuple(items))),
        st.tuples(
            st.sampled_from(["Operation", "ParamSpec", "client.workflows.list", "client.flow.get_log_entries"]),
            st.lists(st.tuples(_NAMES, children), min_size=1, max_size=6),
        ).map(lambda pair: Call(pair[0], tuple((n, v) for n, v in pair[1]))),
    ),
    max_leaves=30,
)


@settings(max_examples=int(os.environ.get("SDKFORGE_FUZZ_EXAMPLES", "150")), deadline=None)
@given(_EXPRESSIONS, st.sampled_from(["X", "_GET_SOMETHING: Operation[m.SomeModel]", "SPEC"]))
def test_layout_is_what_black_prints(expr: Expr, target: str) -> None:
    """Whatever pylayout lays out is exactly black's output for the same statement."""
    try:
        text = assignment(target, expr)
    except Unsure:
        return
    assert _black(f"{target} = {flat(expr)}\n") == text + "\n"


_SHAPES = [
    ("result = ", ""),
    ("result = await ", ""),
    ("await ", ""),
    ("", ""),
    ("for item in ", ":"),
    ("async for item in ", ":"),
    ("with ", " as client:"),
    ("async with ", " as client:"),
]


@settings(max_examples=int(os.environ.get("SDKFORGE_FUZZ_EXAMPLES", "150")), deadline=None)
@given(_EXPRESSIONS, st.sampled_from(_SHAPES), st.sampled_from(["    ", "        "]))
def test_statements_in_blocks_are_what_black_prints(expr: Expr, shape: tuple[str, str], indent: str) -> None:
    """Docs examples: calls as statements inside `with` / `async def` blocks."""
    prefix, suffix = shape
    try:
        text = statement(indent, prefix, expr, suffix)
    except Unsure:
        return
    body = f"\n{indent}    print(item)" if suffix.endswith(":") else ""
    head = "async def main() -> None:\n    async with A() as client:\n" if len(indent) == 8 else "with A() as client:\n"
    source = f"{head}{text}{body}\n"
    assert _black(source) == source


# -- format_files -------------------------------------------------------------------------------

_CANONICAL = (
    "X = 1\n\n\ndef f() -> None:\n"
    '    """A docstring line that is long, longer than the line length of eighty-eight characters."""\n'
)


def test_laid_out_module_without_work_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SDKFORGE_VERIFY_LAYOUT", raising=False)
    not_black = "X = ( 1 )\n"  # not black's layout, but nothing long or mis-spelled: trusted as is
    result = format_files({"p/a.py": _CANONICAL, "p/b.py": not_black}, frozenset({"p/a.py", "p/b.py"}))
    assert result == {"p/a.py": _CANONICAL, "p/b.py": not_black}


def test_only_the_statements_black_would_change_are_formatted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SDKFORGE_VERIFY_LAYOUT", raising=False)
    long_call = "Y = f(" + ", ".join(f"argument_{i}" for i in range(12)) + ")"
    source = f"X = ( 1 )\n{long_call}\nZ = 'single'\n"
    result = format_files({"p/a.py": source}, frozenset({"p/a.py"}))["p/a.py"]
    assert result.startswith("X = ( 1 )\nY = f(\n")  # untouched first statement, split second
    assert result.endswith('Z = "single"\n')  # a string black spells differently
    assert result == "X = ( 1 )\n" + _black(long_call + "\n") + 'Z = "single"\n'


def test_other_modules_always_go_through_black() -> None:
    assert format_files({"p/a.py": "X = ( 1 )\n"}) == {"p/a.py": "X = 1\n"}
    assert format_files({"p/_runtime/a.py": "X = ( 1 )\n"}) == {"p/_runtime/a.py": "X = ( 1 )\n"}


def test_verify_mode_rejects_a_module_not_in_black_layout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SDKFORGE_VERIFY_LAYOUT", "1")
    with pytest.raises(LayoutError, match=r"p/b\.py is not in black's layout"):
        format_files({"p/b.py": "X = ( 1 )\n"}, frozenset({"p/b.py"}))


@pytest.mark.parametrize(
    "source",
    [
        "Y = f(\n    a, b\n)\n",  # a split black joins
        "class X(\n    RootModel[\n        Option1\n        | Option2\n    ]\n):\n    root: int\n",  # contents hug
        'class A:\n    """\n     Indented one column too far.\n    """\n',  # docstring re-indented
        "x: SomeType = (\n    Field(..., alias='a')\n)\n",  # optional parentheses black drops
    ],
)
def test_laid_out_statements_black_would_change_are_formatted(source: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SDKFORGE_VERIFY_LAYOUT", raising=False)
    assert format_files({"p/a.py": source}, frozenset({"p/a.py"}))["p/a.py"] == _black(source)


def test_in_a_class_only_the_methods_black_changes_are_formatted(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SDKFORGE_VERIFY_LAYOUT", raising=False)
    long_call = "f(" + ", ".join(f"argument_{i}" for i in range(12)) + ")"
    source = (
        "class C:\n"
        "    X = ( 1 )\n\n"  # not black's layout, outside any flagged method: left as is
        "    def fine(self) -> None:\n        pass\n\n"
        "    @property\n"
        f"    def long(self) -> None:\n        {long_call}\n"
    )
    result = format_files({"p/a.py": source}, frozenset({"p/a.py"}))["p/a.py"]
    assert result.startswith("class C:\n    X = ( 1 )\n\n    def fine(self) -> None:\n        pass\n\n    @property\n")
    assert result == _black(source).replace("X = 1", "X = ( 1 )")
