"""Stage 5, format: black, in-process, over the generated Python files that need it.

Black is the costliest stage of a cold run, so it runs only where it changes something:

- the runtime under `_runtime/` is copied verbatim and already black-stable (a test checks it);
- modules rendered from `templates/package/` are written in black's layout (`pylayout`); black
  runs on one of them only when it has a line black could still split (`layout_needs_black`);
- everything else (the models module from datamodel-code-generator) goes through black.

Results are cached by content hash (on disk, under the user's cache folder or
`$SDKFORGE_CACHE_DIR`) and uncached files are formatted in parallel processes when there are
enough of them to pay for the start-up. `SDKFORGE_VERIFY_LAYOUT=1` (the test suite sets it)
also runs black over every laid-out module and fails if black would change it.
"""

from __future__ import annotations

import ast
import hashlib
import io
import multiprocessing
import os
import re
import tokenize
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from importlib.metadata import version
from pathlib import Path

import black
from black.mode import TargetVersion
from black.strings import fix_multiline_docstring, normalize_string_prefix, normalize_string_quotes, str_width

from .pylayout import LINE_LENGTH

__all__ = [
    "LayoutError",
    "black_version",
    "cache_dir",
    "configured_jobs",
    "format_files",
    "format_snippet",
    "format_source",
]

_PARALLEL_BYTES = 400_000  # below this, process start-up costs more than it saves


@cache
def black_version() -> str:
    return version("black")


@cache
def _mode() -> black.Mode:
    return black.Mode(target_versions={TargetVersion.PY311})


def cache_dir() -> Path | None:
    configured = os.environ.get("SDKFORGE_CACHE_DIR")
    if configured == "":
        return None  # caching disabled
    base = (
        Path(configured) if configured else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "sdkforge"
    )
    return base / f"black-{black_version()}"


def configured_jobs() -> int:
    """Processes black may use: `$SDKFORGE_JOBS` (set to 1 inside a per-spec worker), else one
    per core."""
    configured = os.environ.get("SDKFORGE_JOBS", "")
    return int(configured) if configured.isdigit() and int(configured) > 0 else os.cpu_count() or 1


def format_source(source: str) -> str:
    return black.format_str(source, mode=_mode())


def _key(source: str) -> str:
    return hashlib.sha256(source.encode("utf-8")).hexdigest()


class LayoutError(Exception):
    """A laid-out module is not black-stable (a generator bug; raised in verify mode only)."""


def _is_python(path: str) -> bool:
    return path.endswith(".py") and "/_runtime/" not in f"/{path}"


def format_files(files: dict[str, str], laid_out: frozenset[str] = frozenset()) -> dict[str, str]:
    """The same mapping with every generated Python file in black's format. `laid_out` names
    the modules already written in black's layout: black formats only the statements of those
    that may still change (`statements_needing_black`), each on its own."""
    verify = os.environ.get("SDKFORGE_VERIFY_LAYOUT") == "1"
    jobs: dict[str, list[tuple[int, int, str]]] = {}  # path -> (first row, last row, source)
    for path, source in files.items():
        if not _is_python(path):
            continue
        if path not in laid_out:
            jobs[path] = [(0, 0, source)]  # the whole file
            continue
        lines = source.splitlines()
        jobs[path] = [
            (first, last, (_CLASS if method else "") + "\n".join(lines[first - 1 : last]) + "\n")
            for first, last, method in _statements_needing_black(source)
        ]
    formatted = _black_all([source for parts in jobs.values() for _, _, source in parts])
    result = dict(files)
    for path, parts in jobs.items():
        if parts and parts[0][0] == 0:
            result[path] = formatted[parts[0][2]]
        elif parts:
            result[path] = _splice(
                files[path], [(first, last, _unwrap(formatted[chunk])) for first, last, chunk in parts]
            )
        if verify and path in laid_out:
            _verify_layout(path, result[path])
    return result


def format_snippet(source: str) -> str:
    """A small source written in black's layout (a docs example), through black only when a
    statement of it may still change (then all of it: it is small)."""
    formatted = format_source(source) if _statements_needing_black(source) else source
    if os.environ.get("SDKFORGE_VERIFY_LAYOUT") == "1":
        _verify_layout("example", formatted)
    return formatted


# a method black must format is formatted on its own, inside a stand-in class
_CLASS = "class _:\n"


def _unwrap(formatted: str) -> str:
    """Black's output for a chunk, without the stand-in class line of a method chunk."""
    return formatted[len(_CLASS) :].lstrip("\n") if formatted.startswith(_CLASS) else formatted


def _splice(source: str, replacements: list[tuple[int, int, str]]) -> str:
    """`source` with rows first..last (1-based, inclusive) replaced, for each replacement."""
    lines = source.splitlines()
    for first, last, text in sorted(replacements, reverse=True):
        lines[first - 1 : last] = text.rstrip("\n").split("\n")
    return "\n".join(lines) + "\n"


def _black_all(sources: list[str]) -> dict[str, str]:
    """{source: black(source)} for each source: from the cache, else formatted (in parallel
    processes when there is enough to format) and cached."""
    folder = cache_dir()
    done: dict[str, str] = {}
    pending: list[str] = []
    for source in dict.fromkeys(sources):
        cached = folder / _key(source) if folder else None
        if cached is not None and cached.is_file():
            done[source] = cached.read_text(encoding="utf-8")
        else:
            pending.append(source)
    if not pending:
        return done
    total = sum(len(s) for s in pending)
    if total >= _PARALLEL_BYTES and configured_jobs() > 1 and len(pending) > 1:
        # spawned, not forked: a forked worker would start with all of a large spec's memory
        spawn = multiprocessing.get_context("spawn")
        with ProcessPoolExecutor(max_workers=configured_jobs(), mp_context=spawn) as pool:
            texts = list(pool.map(format_source, pending, chunksize=4))
    else:
        texts = [format_source(source) for source in pending]
    for source, text in zip(pending, texts, strict=True):
        done[source] = text
        if folder is not None:
            _store(folder, _key(source), text)
    return done


def _store(folder: Path, key: str, text: str) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}.tmp"
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(folder / key)
    except OSError:
        pass  # the cache is an optimisation; a read-only home must not fail generation


def _verify_layout(path: str, source: str) -> None:
    formatted = format_source(source)
    if formatted != source:
        import difflib

        diff = "".join(
            difflib.unified_diff(source.splitlines(True), formatted.splitlines(True), f"{path} (laid out)", "black")
        )
        raise LayoutError(f"{path} is not in black's layout:\n{diff}")


def _statements_needing_black(source: str) -> list[tuple[int, int, bool]]:
    """The top-level statements of a laid-out module that black may still change: those with a
    line longer than the line length that is not a comment or part of a statement made of one
    string (black splits neither), a string literal black would spell differently (quotes,
    escapes, prefix, docstring indentation), or a bracket split over lines without a magic
    trailing comma whose contents would fit on one line (black joins those). Statements
    `Unsure` about their layout are emitted on one long line, so they are found here. Each is
    (first row, last row, is a method), 1-based, decorators included: in a class, only the
    methods holding such lines when that covers them all; the whole module when the source does
    not tokenize."""
    lines = source.splitlines()
    whole = [(1, len(lines), False)]
    rows = {
        number
        for number, line in enumerate(lines, start=1)
        if (_too_wide(line) and not line.lstrip().startswith("#"))
        # an optional-parenthesis split `x = (` that black may prefer to make at a call instead
        or line.endswith("= (")
    }
    opened: list[tuple[int, bool]] = []  # per open bracket: its row, whether a line break follows
    previous: tokenize.TokenInfo | None = None
    try:
        for token in tokenize.generate_tokens(io.StringIO(source).readline):
            if token.type == tokenize.NL and previous is not None and previous.string in "([{" and opened:
                opened[-1] = (opened[-1][0], True)
            if token.type == tokenize.OP and token.string in "([{":
                opened.append((token.start[0], False))
            elif token.type == tokenize.OP and token.string in ")]}" and opened:
                row, split = opened.pop()
                if split and previous is not None and previous.string != "," and _joins(lines, row, token.start[0]):
                    rows.add(row)  # black joins a split without a magic trailing comma that fits
            if token.type not in (tokenize.NL, tokenize.COMMENT):
                previous = token
            if token.type != tokenize.STRING:
                continue
            if token.line.strip() == token.string.strip():
                # a statement made of one (doc)string: black never splits it, but re-indents it
                rows.difference_update(range(token.start[0], token.end[0] + 1))
                if not _canonical_docstring(token.string, " " * token.start[1]):
                    rows.add(token.start[0])
            elif not _canonical_string(token.string):
                rows.add(token.start[0])
    except (tokenize.TokenError, SyntaxError):
        return whole
    if not rows:
        return []
    tree = ast.parse(source)
    spans: list[tuple[int, int, bool]] = []
    for node in tree.body:
        first, last = _rows(node)
        inside = [row for row in rows if first <= row <= last]
        if not inside:
            continue
        body = node.body if isinstance(node, ast.ClassDef) else []
        methods = [_rows(n) for n in body if isinstance(n, ast.FunctionDef | ast.AsyncFunctionDef)]
        chosen = [(a, b) for a, b in methods if any(a <= row <= b for row in inside)]
        if body and all(any(a <= row <= b for a, b in chosen) for row in inside):
            spans += [(a, b, True) for a, b in chosen]  # only the methods black changes
        else:
            spans.append((first, last, False))
    covered = {row for first, last, _ in spans for row in range(first, last + 1)}
    return whole if any(row not in covered for row in rows) else spans


def _rows(node: ast.stmt) -> tuple[int, int]:
    """First and last row of a statement, decorators included."""
    decorators: list[ast.expr] = getattr(node, "decorator_list", [])
    return min([node.lineno, *(d.lineno for d in decorators)]), node.end_lineno or node.lineno


def _joins(lines: list[str], first: int, last: int) -> bool:
    """Whether rows first..last (a bracket opened at the end of `first`, closed at the start of
    `last`) fit on one line once joined, as black would join them."""
    inner = " ".join(line.strip() for line in lines[first : last - 1])
    if not _too_wide(lines[first - 1] + inner + lines[last - 1].lstrip()):
        return True
    # or the contents alone, on one line inside the brackets
    indent = lines[first][: len(lines[first]) - len(lines[first].lstrip())]
    return last - first > 2 and not _too_wide(indent + inner)


def _too_wide(line: str) -> bool:
    return len(line) > LINE_LENGTH or (not line.isascii() and str_width(line) > LINE_LENGTH)


def _canonical_docstring(literal: str, indent: str) -> bool:
    """Whether black leaves this string statement as it is when it treats it as a docstring
    (black's `LineGenerator.visit_STRING`, for the docstrings generators write: no prefix,
    no backslash-newline)."""
    if not literal.startswith('"""') or not _canonical_string(literal) or re.search(r"\\\s*\n", literal):
        return False  # any other spelling: black decides
    body = literal[3:-3]
    text = fix_multiline_docstring(body, indent) if "\n" in literal else body.strip()
    if text:
        if text[0] == '"':
            text = " " + text
        if text[-1] == '"':
            text += " "
        if text[-1] == "\\" and (len(text) - len(text.rstrip("\\"))) % 2:
            text += " "
    elif body:
        text = " "
    expected = f'"""{text}"""'
    lines = text.splitlines()
    last = len(lines[-1]) if text and not text.endswith("\n") else 0
    if len(lines) > 1 and last + 3 > LINE_LENGTH and len(indent) + 3 <= LINE_LENGTH:
        expected = f'"""{text}"""' if literal[-4] == "\n" else f'"""{text}\n{indent}"""'
    return expected == literal


def _canonical_string(literal: str) -> bool:
    """Whether black leaves this string literal as it is (prefix and quotes)."""
    respelled: str = normalize_string_quotes(normalize_string_prefix(literal, _mode()))
    return respelled == literal
