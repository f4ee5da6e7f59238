"""Spec text cannot become markup: no HTML, no template syntax, no new headings, fences or links."""

from __future__ import annotations

import re

import markdown
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.docs_render import md_cell, md_code, md_link, md_text, slug


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("</script><script>alert(1)</script>", "&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;"),
        ("a {{ x }} and {% y %} and {# z #}", "a { { x }} and { % y %} and { # z #}"),
        ("# not a heading", "\\# not a heading"),
        ("intro\n```python\nswallowed", "intro\n\\```python\nswallowed"),
        ("title\n===", "title\n\\==="),
        ("title\n---", "title\n\\---"),
        ("[ok](https://example.com/a_b)", "[ok](https://example.com/a_b)"),
        ("[bad](javascript:alert(1))", "[bad]\\(javascript:alert(1))"),
        ("[relative](/reference/x)", "[relative]\\(/reference/x)"),
        ("![img](https://example.com/x.png)", "!\\[img](https://example.com/x.png)"),
        ("tab\x00null \u202eRLO", "tabU+0000null U+202ERLO"),
        ("`code` and **bold**", "`code` and **bold**"),
        ("ends with a backslash \\", "ends with a backslash \\\\"),
        ("two \\\\", "two \\\\"),
    ],
)
def test_md_text(text: str, expected: str) -> None:
    assert md_text(text) == expected


def test_md_cell_is_one_line_with_escaped_pipes() -> None:
    assert md_cell("a | b\n\nc  d") == "a \\| b c d"
    assert md_cell("") == ""
    assert md_cell("a \\| b") == "a \\\\\\| b"  # the backslash stays a backslash, the pipe stays in the cell


def test_md_code_cannot_be_closed_early() -> None:
    assert md_code("a`b") == "``a`b``"
    assert md_code("a``b") == "```a``b```"
    assert md_code("`x`") == "`` `x` ``"
    assert md_code("a|b") == "`a\\|b`"
    assert md_code("line\nbreak") == "`line break`"


def test_md_link_only_for_web_addresses() -> None:
    assert md_link("https://docs.example.com/a b?q=1&r=2#x") == (
        "[https://docs.example.com/a%20b?q=1&r=2#x](https://docs.example.com/a%20b?q=1&r=2#x)"
    )
    assert md_link("javascript:alert(1)") == "`javascript:alert(1)`"
    assert md_link("https://x.test/a)b") == "[https://x.test/a%29b](https://x.test/a%29b)"


@pytest.mark.parametrize(
    ("heading", "anchor"),
    [
        ("get_log_entries", "get_log_entries"),
        ("Request parameters", "request-parameters"),
        ("ExecutionStatus", "executionstatus"),
    ],
)
def test_slug_matches_python_markdown(heading: str, anchor: str) -> None:
    from markdown.extensions.toc import slugify

    assert slug(heading) == anchor == slugify(heading, "-")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("repeated: `tags=a&tags=b`", "repeated: `tags=a&tags=b`"),
        ("`<b>` is code, <b> is not", "`<b>` is code, &lt;b&gt; is not"),
        ("\\`<b>` escaped tick", "\\`&lt;b&gt;` escaped tick"),
        ("[`x`](javascript:alert(1))", "[`x`]\\(javascript:alert(1))"),
        ("[a]: javascript:alert(1)\n[a]", "\\[a]: javascript:alert(1)\n[a]"),
        ("`unclosed <i>", "`unclosed &lt;i&gt;"),
        ("`across\n\nparagraphs <i>`", "`across\n\nparagraphs &lt;i&gt;`"),
        ("`two\n<script>lines`", "`two\n&lt;script&gt;lines`"),
    ],
)
def test_md_text_leaves_inline_code_as_written(text: str, expected: str) -> None:
    assert md_text(text) == expected


_ALLOWED = {
    "p",
    "code",
    "em",
    "strong",
    "a",
    "ul",
    "ol",
    "li",
    "pre",
    "br",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}


@settings(max_examples=500, deadline=None)
@example("a\n-")
@example("a\n  ==  ")
@example("* * *")
@example("x\n_ _ _")
@example("{{{")
@given(st.text(alphabet="<>&`[]()!#|{}%\\\n \t-=*_:~/.+)ascriptjv12", max_size=60))
def test_rendered_spec_text_has_no_markup_of_its_own(text: str) -> None:
    """Whatever the spec says, Markdown renders md_text to text, code, emphasis and web links only."""
    html = markdown.markdown(md_text(text), extensions=["tables"])
    for tag, attributes in re.findall(r"<([a-zA-Z0-9]+)([^>]*)>", html):
        assert tag in _ALLOWED, (text, html)
        if tag == "a":
            assert re.match(r'\s*href="(https?://|mailto:)', attributes), (text, html)
    assert "{{" not in re.sub(r"<code>.*?</code>", "\x00", html, flags=re.DOTALL)
    cell = markdown.markdown(f"| h |\n|---|\n| {md_cell(text)} |\n", extensions=["tables"])
    assert cell.count("<td") == 1, (text, cell)  # a cell stays one cell
