"""Stage 1, load: read a spec file (YAML or JSON) into one self-contained document.

- Every node's position is kept: `Document.locate(pointer)` gives file:line:column for a JSON
  pointer, so later stages can report problems like a compiler.
- Duplicate mapping keys are errors (YAML and JSON silently keep the last one).
- `$ref`s to sibling files (`common.yaml#/components/schemas/Error`) are bundled: the target is
  copied into the root document's `components` and the reference rewritten to a local one.
  Remote (http) references are refused; dangling references and reference cycles
  (`A -> B -> A` with nothing but `$ref`s) are errors.

Loading is pure apart from reading the files.
"""

from __future__ import annotations

import bisect
import contextlib
import copy
import difflib
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from urllib.parse import unquote

import yaml

from .diagnostics import Diagnostic, Location, SpecError, join_pointer
from .fingerprint import display_path

__all__ = ["Document", "Positions", "SourceFile", "iter_refs", "load", "resolve_pointer", "split_pointer"]

try:  # libyaml is ~4x faster; fall back to the pure-Python composer where it is missing
    _Loader: type[Any] = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on how PyYAML was built
    _Loader = yaml.SafeLoader

_COMPONENT_SECTIONS = (
    "schemas",
    "parameters",
    "responses",
    "requestBodies",
    "headers",
    "examples",
    "securitySchemes",
    "links",
    "callbacks",
    "pathItems",
)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A file read while loading, as given on the command line or reached by `$ref`."""

    path: str  # as displayed in diagnostics (relative to the working directory when possible)
    sha256: str


class Positions(Protocol):
    """Pointer -> source position; JSON files find positions only when a diagnostic asks."""

    def get(self, pointer: str, /) -> Location | None: ...


@dataclass(slots=True)
class Document:
    """A loaded, bundled spec with the source position of every node."""

    path: str
    data: dict[str, Any]
    sources: list[SourceFile]
    positions: Positions = field(default_factory=lambda: dict[str, Location]())

    def locate(self, pointer: str) -> Location:
        """The position of the node at `pointer`, or of its nearest located ancestor."""
        current = pointer
        while True:
            found = self.positions.get(current)
            if found is not None:
                return found
            if current in ("#", ""):
                return Location(self.path, 1, 1)
            current = current.rsplit("/", 1)[0] or "#"

    def diagnostic(self, pointer: str, message: str, hint: str = "") -> Diagnostic:
        return Diagnostic(self.locate(pointer), pointer, message, hint)

    def resolve(self, ref: str) -> Any:
        """The node a local `#/...` reference points to (KeyError if it does not exist)."""
        return resolve_pointer(self.data, ref)


def split_pointer(pointer: str) -> list[str]:
    """`#/a/b~1c` -> ["a", "b/c"]."""
    body = pointer[1:] if pointer.startswith("#") else pointer
    if body in ("", "/"):
        return []
    return [unquote(t).replace("~1", "/").replace("~0", "~") for t in body.lstrip("/").split("/")]


def resolve_pointer(data: Any, pointer: str) -> Any:
    node = data
    for token in split_pointer(pointer):
        if isinstance(node, dict):
            node = node[token]
        elif isinstance(node, list):
            if not token.isdigit():
                raise KeyError(token)
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


_display = display_path


class _Reader:
    """Reads one file into Python data plus a pointer -> position map."""

    def __init__(self, path: Path, display: str) -> None:
        self.path = path
        self.display = display
        self._located: dict[str, Location] = {}  # positions found by composing (YAML)
        self.positions: Positions = self._located
        self.problems: list[Diagnostic] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def read(self, raw: bytes) -> Any:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            line = raw.count(b"\n", 0, exc.start) + 1
            column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
            byte = raw[exc.start : exc.start + 1].hex()
            self._problem(
                line,
                column,
                "#",
                f"the file is not UTF-8: byte 0x{byte} at byte offset {exc.start} ({exc.reason})",
                "save the file as UTF-8",
            )
            return None
        if self.path.suffix.lower() == ".json":
            return self._read_json(text)
        return self._read_yaml(text)

    def _problem(self, line: int, column: int, pointer: str, message: str, hint: str) -> None:
        self.problems.append(Diagnostic(Location(self.display, line, column), pointer, message, hint))

    # JSON: parsed with the stdlib (fast). Positions are what the YAML composer (which reads JSON
    # too) reports, so that diagnostics are located the same way in both formats; they are found
    # on demand (`_JsonLocator`) instead of composing the whole text up front, which took most of
    # the time (and memory) of loading a large JSON spec.
    def _read_json(self, text: str) -> Any:
        duplicates = False

        def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
            nonlocal duplicates
            result = dict(items)
            if len(result) != len(items):
                duplicates = True
            return result

        try:
            data = json.loads(text, object_pairs_hook=pairs)
        except json.JSONDecodeError as exc:
            message, hint = _json_error(exc, text)
            self._problem(exc.lineno, exc.colno, "#", message, hint)
            return None
        if duplicates:
            # Re-read through the composer to find where each duplicate is.
            probe = _Reader(self.path, self.display)
            probe._read_yaml(text, construct=False)
            located = [p for p in probe.problems if p.message.startswith("duplicate key")]
            if not located:  # the YAML composer could not read this JSON (YAML is stricter)
                located = _JsonIndex(text, self.display).run().duplicates
            self.problems.extend(located)
            return None
        if _JsonLocator.applies(text):
            self.positions = _JsonLocator(text, self.display)
        else:
            self.positions = self._json_positions(text)
        return data

    def _json_positions(self, text: str) -> dict[str, Location]:
        """Every position up front, for the JSON texts `_JsonLocator` does not handle."""
        try:
            node = yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError:
            # YAML refuses some valid JSON (control characters in strings): index it ourselves
            with contextlib.suppress(ValueError, IndexError, RecursionError):  # positions are a convenience
                return _JsonIndex(text, self.display).run().positions
            return {}
        if node is not None:
            self._index(node, "#")
        return self._located

    def _read_yaml(self, text: str, construct: bool = True) -> Any:
        try:
            node = yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
            message, hint = _yaml_error(exc, text)
            self._problem(line, column, "#", message, hint)
            return None
        except yaml.YAMLError as exc:
            self._problem(1, 1, "#", f"invalid YAML: {_one_line(str(exc))}", "fix the syntax")
            return None
        if node is None:
            self._problem(1, 1, "#", "the file is empty", "write an OpenAPI document into it")
            return None
        value = self._build(node, "#")
        return value if construct else None

    def _index(self, node: yaml.Node, pointer: str) -> None:
        self._located[pointer] = Location(self.display, node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    self._index(value_node, join_pointer(pointer, key_node.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._index(item, join_pointer(pointer, index))

    def _build(self, node: yaml.Node, pointer: str) -> Any:
        self._located[pointer] = Location(self.display, node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                if key_node.tag == "tag:yaml.org,2002:merge":
                    self._problem(
                        line, column, pointer, "YAML merge keys (<<) are not supported", "write the merged keys out"
                    )
                    continue
                if not isinstance(key_node, yaml.ScalarNode):
                    kind = "list" if isinstance(key_node, yaml.SequenceNode) else "mapping"
                    self._problem(
                        line,
                        column,
                        pointer,
                        f"a mapping key is a {kind}, but keys must be plain strings",
                        "write the key as a plain (or quoted) string",
                    )
                    continue
                key = str(key_node.value)
                child = join_pointer(pointer, key)
                if key in result:
                    first = self._located.get(child)
                    where = f" (first at line {first.line})" if first else ""
                    self._problem(line, column, child, f"duplicate key {key!r}{where}", "keep only one of them")
                    continue
                result[key] = self._build(value_node, child)
                # the key's own position is more useful than the value's for mappings
                if not isinstance(value_node, yaml.ScalarNode):
                    self._located[child] = Location(self.display, line, column)
            return result
        if isinstance(node, yaml.SequenceNode):
            return [self._build(item, join_pointer(pointer, i)) for i, item in enumerate(node.value)]
        assert isinstance(node, yaml.ScalarNode)
        if node.tag == "tag:yaml.org,2002:timestamp":
            return str(node.value)  # OpenAPI dates are strings, never datetime objects
        if node.tag == "tag:yaml.org,2002:binary":
            return str(node.value)
        try:
            return self._constructor.construct_object(node)
        except yaml.YAMLError as exc:
            line, column = node.start_mark.line + 1, node.start_mark.column + 1
            if isinstance(node.tag, str) and node.tag.startswith("!") and not node.tag.startswith("!!"):
                self._problem(
                    line,
                    column,
                    pointer,
                    f"unknown YAML tag {node.tag!r}",
                    "remove the tag (OpenAPI documents use plain YAML) or quote the whole value",
                )
            else:
                problem = getattr(exc, "problem", None) or str(exc)
                self._problem(
                    line, column, pointer, f"invalid value: {_one_line(problem)}", "quote the value to make it a string"
                )
            return None


class _JsonIndex:
    """Positions (and duplicate keys) of a valid JSON text, for what the YAML composer cannot read."""

    _SPACE = re.compile(r"[ \t\n\r]*")

    def __init__(self, text: str, display: str) -> None:
        self.text = text
        self.display = display
        self.lines = [0] + [m.end() for m in re.finditer("\n", text)]
        self.positions: dict[str, Location] = {}
        self.duplicates: list[Diagnostic] = []
        self.decoder = json.JSONDecoder()

    def run(self) -> _JsonIndex:
        self._value(0, "#")
        return self

    def _at(self, index: int) -> Location:
        line = bisect.bisect_right(self.lines, index)
        return Location(self.display, line, index - self.lines[line - 1] + 1)

    def _skip(self, index: int) -> int:
        match = self._SPACE.match(self.text, index)
        return match.end() if match else index

    def _value(self, index: int, pointer: str) -> int:
        index = self._skip(index)
        self.positions[pointer] = self._at(index)
        char = self.text[index]
        if char == "{":
            index = self._skip(index + 1)
            seen: dict[str, int] = {}
            while self.text[index] != "}":
                key, after = self.decoder.raw_decode(self.text, index)
                child = join_pointer(pointer, key)
                if key in seen:
                    first = self._at(seen[key]).line
                    self.duplicates.append(
                        Diagnostic(
                            self._at(index),
                            child,
                            f"duplicate key {key!r} (first at line {first})",
                            "keep only one of them",
                        )
                    )
                seen.setdefault(key, index)
                index = self._value(self._skip(after) + 1, child)  # + 1: the ':'
                index = self._skip(index)
                if self.text[index] == ",":
                    index = self._skip(index + 1)
            return index + 1
        if char == "[":
            index = self._skip(index + 1)
            count = 0
            while self.text[index] != "]":
                index = self._skip(self._value(index, join_pointer(pointer, count)))
                count += 1
                if self.text[index] == ",":
                    index = self._skip(index + 1)
            return index + 1
        _, end = self.decoder.raw_decode(self.text, index)
        return int(end)


class _JsonLocator:
    """The positions of a valid JSON text's nodes, found when asked for.

    The same positions as the YAML composer gives (the start of each value), without composing
    the whole text: a lookup walks the pointer from the root and scans each container on the way
    once (its children's keys and offsets; children are skipped with the C decoder). Only for
    texts where that is exactly what composing gave (`applies`); others are indexed up front.
    """

    def __init__(self, text: str, display: str) -> None:
        self.text = text
        self.display = display
        self.decoder = json.JSONDecoder()
        self.root = _json_skip(text, 0)
        self.children: dict[int, dict[str, int] | list[int] | None] = {}  # container offset -> children
        self.lines: list[int] | None = None  # offsets where lines start, on first use

    @staticmethod
    def applies(text: str) -> bool:
        """Whether lazy lookups give exactly the up-front index: no empty key (whose pointer
        collides with its parent's: `#/a/` + `b` is `#/a/b`) and no line breaks other than LF and
        CRLF (YAML also breaks lines at CR, NEL, LS and PS)."""
        if re.search(r'""\s*:', text):  # may also match inside a string: then index up front
            return False
        if "\r" in text and re.search(r"\r(?!\n)", text):
            return False
        return not any(char in text for char in "\x85\u2028\u2029")

    def get(self, pointer: str, default: Location | None = None) -> Location | None:
        offset = self.offset(pointer)
        return default if offset is None else self.at(offset)

    def offset(self, pointer: str) -> int | None:
        """Where the value at `pointer` starts in the text (None: no such node)."""
        if pointer == "#":
            return self.root
        if not pointer.startswith("#/"):
            return None
        offset = self.root
        for token in pointer[2:].split("/"):
            children = self.children_of(offset)
            if isinstance(children, dict):
                key = token.replace("~1", "/").replace("~0", "~")
                if key.replace("~", "~0").replace("/", "~1") != token:
                    return None  # not how a key is escaped: no pointer of the index spells it so
                found = children.get(key)
            elif isinstance(children, list):
                if not token.isdigit() or str(int(token)) != token or int(token) >= len(children):
                    return None
                found = children[int(token)]
            else:
                return None
            if found is None:
                return None
            offset = found
        return offset

    def children_of(self, offset: int) -> dict[str, int] | list[int] | None:
        if offset in self.children:
            return self.children[offset]
        text = self.text
        found: dict[str, int] | list[int] | None = None
        if text.startswith("{", offset):
            keys: dict[str, int] = {}
            index = _json_skip(text, offset + 1)
            while text[index] != "}":
                key, after = self.decoder.raw_decode(text, index)
                start = _json_skip(text, _json_skip(text, after) + 1)  # + 1: the ':'
                keys[key] = start
                index = _json_skip(text, self.decoder.raw_decode(text, start)[1])
                if text[index] == ",":
                    index = _json_skip(text, index + 1)
            found = keys
        elif text.startswith("[", offset):
            items: list[int] = []
            index = _json_skip(text, offset + 1)
            while text[index] != "]":
                items.append(index)
                index = _json_skip(text, self.decoder.raw_decode(text, index)[1])
                if text[index] == ",":
                    index = _json_skip(text, index + 1)
            found = items
        self.children[offset] = found
        return found

    def at(self, offset: int) -> Location:
        if self.lines is None:
            self.lines = [0, *(m.end() for m in re.finditer("\n", self.text))]
        line = bisect.bisect_right(self.lines, offset)
        return Location(self.display, line, offset - self.lines[line - 1] + 1)


_JSON_SPACE = re.compile(r"[ \t\n\r]*")


def _json_skip(text: str, index: int) -> int:
    """The index of the first non-whitespace character at or after `index`."""
    match = _JSON_SPACE.match(text, index)
    return match.end() if match else index


def _one_line(text: str) -> str:
    """A library message on one line (diagnostics are one line each)."""
    return " ".join(text.split())


def _yaml_error(exc: yaml.MarkedYAMLError, text: str) -> tuple[str, str]:
    """(message, hint) for a YAML syntax error, in plain words."""
    problem = _one_line(exc.problem or exc.context or "syntax error")
    mark = exc.problem_mark
    char = text[mark.index] if mark is not None and 0 <= mark.index < len(text) else ""
    if problem == "but found another document":
        return (
            "invalid YAML: the file holds more than one YAML document (a second `---`)",
            "keep a single OpenAPI document in the file",
        )
    if problem.startswith("found character") and char == "\t":
        return ("invalid YAML: a tab character (YAML indentation must use spaces)", "replace the tab with spaces")
    if problem.startswith("found character") and char:
        return (f"invalid YAML: {char!r} cannot start a plain value", "quote the value, e.g. 'text'")
    context = exc.context_mark
    if exc.context and context is not None and mark is not None and context.line != mark.line:
        problem += f" ({_one_line(exc.context)} started at line {context.line + 1}, column {context.column + 1})"
    if problem.startswith(("did not find expected key", "did not find expected '-' indicator")):
        return f"invalid YAML: {problem}", "check the indentation of this line against the lines above"
    if problem.startswith("mapping values are not allowed"):
        return f"invalid YAML: {problem}", "quote a value that contains ': ', or fix the indentation"
    return f"invalid YAML: {problem}", "fix the syntax at this position"


def _json_error(exc: json.JSONDecodeError, text: str) -> tuple[str, str]:
    """(message, hint) for a JSON syntax error, in plain words."""
    before = text[: exc.pos].rstrip()
    trailing_comma = before.endswith(",") and text[exc.pos : exc.pos + 1] in ("}", "]")
    if trailing_comma and (exc.msg.startswith("Expecting property name") or exc.msg == "Expecting value"):
        return "invalid JSON: a trailing comma before the closing bracket", "remove the comma"
    if exc.msg.startswith("Expecting ',' delimiter"):
        return "invalid JSON: expected a ',' between two items", "add the missing comma (or close the bracket)"
    if exc.msg.startswith("Expecting property name enclosed in double quotes"):
        return "invalid JSON: expected a property name in double quotes", "JSON keys are double-quoted strings"
    return f"invalid JSON: {exc.msg}", "fix the syntax at this position"


@dataclass(slots=True)
class _File:
    path: Path
    display: str
    data: Any
    positions: Positions


class _BundledPositions:
    """The positions of a bundled document: the root file's, and those of every subtree imported
    from another file (`local` in the bundle is `fragment` in that file)."""

    def __init__(self, root: Positions) -> None:
        self.root = root
        self.imported: list[tuple[str, str, str, Positions]] = []  # (local, fragment, stem, positions)

    def add(self, local: str, fragment: str, positions: Positions) -> None:
        self.imported.append((local, fragment, fragment.rstrip("/"), positions))

    def get(self, pointer: str, default: Location | None = None) -> Location | None:
        # an imported node's pointer is `local` + its pointer below `fragment`; imports come last
        for local, fragment, stem, positions in reversed(self.imported):
            if pointer == local or pointer.startswith(local + "/"):
                source = stem + pointer[len(local) :]
                if source == fragment or source.startswith(stem + "/"):
                    found = positions.get(source)
                    if found is not None:
                        return found
        found = self.root.get(pointer)
        return default if found is None else found


class _Bundler:
    """Loads the root file and every file it references, and bundles them into one document."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.files: dict[Path, _File] = {}
        self.sources: list[SourceFile] = []
        self.problems: list[Diagnostic] = []
        # (file, pointer in that file) -> local pointer in the bundled document
        self.imported: dict[tuple[Path, str], str] = {}
        self.positions = _BundledPositions({})
        self.pending: dict[str, dict[str, Any]] = {}  # components bundled from other files

    def read(self, path: Path, display: str) -> _File | None:
        resolved = path.resolve()
        if resolved in self.files:
            return self.files[resolved]
        raw = resolved.read_bytes()
        self.sources.append(SourceFile(display, hashlib.sha256(raw).hexdigest()))
        reader = _Reader(resolved, display)
        data = reader.read(raw)
        self.problems.extend(reader.problems)
        if reader.problems:
            return None
        loaded = _File(resolved, display, data, reader.positions)
        self.files[resolved] = loaded
        return loaded

    def run(self) -> Document | None:
        display = _display(self.root)
        try:
            root = self.read(self.root, display)
        except OSError as exc:
            self.problems.append(
                Diagnostic(Location(display, 1, 1), "#", f"cannot read the file: {exc.strerror}", "check the path")
            )
            return None
        if root is None:
            return None
        if not isinstance(root.data, dict):
            self.problems.append(
                Diagnostic(
                    Location(display, 1, 1),
                    "#",
                    "the document must be a mapping (an OpenAPI object)",
                    "start the file with `openapi: 3.1.0`",
                )
            )
            return None
        data = root.data  # rewritten in place: nothing reads the root file's own $refs again
        self.positions.root = root.positions
        self._rewrite(data, root, "#", "#")
        if self.problems:
            return None
        return Document(display, data, self.sources, self.positions)

    def _rewrite(self, node: Any, source: _File, pointer: str, local_pointer: str) -> None:
        """Rewrite every `$ref` below `node` (which came from `source`) to a local reference."""
        for holder, ref_pointer in list(iter_refs(node, local_pointer)):
            ref = holder["$ref"]
            where = join_pointer(ref_pointer, "$ref")
            # diagnostics name the pointer inside the file that holds the $ref
            shown = where if source.path == self.root else pointer.rstrip("/") + where[len(local_pointer.rstrip("/")) :]
            file_part, _, fragment = ref.partition("#")
            fragment = "#" + fragment if fragment or ref.endswith("#") else "#"
            if "://" in file_part or file_part.startswith("//"):
                self.problems.append(
                    self._at(
                        where,
                        shown,
                        f"remote $ref {ref!r} is not supported",
                        "download the document and reference it as a relative file",
                    )
                )
                continue
            if not file_part:
                if source.path == self.root:
                    continue  # local reference in the root file: checked after bundling
                target_file = source
            else:
                if fragment != "#" and not fragment.startswith("#/"):
                    self.problems.append(self._at(where, shown, *_bad_fragment(ref, file_part, fragment)))
                    continue
                target_path = (source.path.parent / unquote(file_part)).resolve()
                if target_path.is_dir():
                    self.problems.append(
                        self._at(
                            where, shown, f"$ref {ref!r} points to a folder, not a file", "name a file in that folder"
                        )
                    )
                    continue
                if not target_path.is_file():
                    self.problems.append(
                        self._at(
                            where,
                            shown,
                            f"$ref {ref!r} points to a missing file ({_display(target_path)})",
                            "create the file or fix the path (it is relative to the file holding the $ref)",
                        )
                    )
                    continue
                try:
                    loaded = self.read(target_path, _display(target_path))
                except OSError as exc:
                    self.problems.append(
                        self._at(
                            where,
                            shown,
                            f"$ref {ref!r}: cannot read {_display(target_path)}: {exc.strerror}",
                            "check the file's permissions",
                        )
                    )
                    continue
                if loaded is None:
                    continue
                target_file = loaded
            if target_file.path == self.root:
                holder["$ref"] = fragment
                continue
            local = self._import(target_file, fragment, where, shown)
            if local is not None:
                holder["$ref"] = local

    def _import(self, file: _File, fragment: str, where: str, shown: str) -> str | None:
        key = (file.path, fragment)
        if key in self.imported:
            return self.imported[key]
        try:
            target = resolve_pointer(file.data, fragment)
        except (KeyError, IndexError, ValueError, TypeError):
            self.problems.append(
                self._at(
                    where,
                    shown,
                    f"$ref target {fragment!r} does not exist in {file.display}",
                    f"define it in {file.display} or fix the reference" + _near(file.data, fragment),
                )
            )
            return None
        if not isinstance(target, dict | bool):
            self.problems.append(
                self._at(
                    where,
                    shown,
                    f"$ref target {fragment!r} in {file.display} is "
                    f"{_kind(target)}, but a reference must point to an object",
                    "point it at a schema or a component",
                )
            )
            return None
        tokens = split_pointer(fragment)
        if len(tokens) == 3 and tokens[0] == "components" and tokens[1] in _COMPONENT_SECTIONS:
            section, name = tokens[1], tokens[2]
        else:
            section, name = "schemas", (tokens[-1] if tokens else file.path.stem)
        root_data = self.files[self.root].data
        components = root_data.get("components")
        existing = components.get(section) if isinstance(components, dict) else None
        existing = existing if isinstance(existing, dict) else {}
        bundled = self.pending.setdefault(section, {})
        local = join_pointer("#/components", section, name)
        if name in existing or name in bundled:
            self.problems.append(
                self._at(
                    where,
                    shown,
                    f"$ref to {file.display}{fragment} would be bundled as {local}, which already exists",
                    "rename one of the two definitions",
                )
            )
            return None
        self.imported[key] = local
        value = copy.deepcopy(target)
        bundled[name] = value
        self.positions.add(local, fragment, file.positions)
        self._rewrite(value, file, fragment, local)
        return local

    def _at(self, pointer: str, shown: str, message: str, hint: str) -> Diagnostic:
        """A diagnostic at the node `pointer` of the bundled document, which is `shown` in its own file."""
        position = self.positions.get(pointer)
        location = position if position else Location(_display(self.root), 1, 1)
        return Diagnostic(location, shown, message, hint)


_LITERAL_KEYS = frozenset({"example", "default", "enum", "const"})


def iter_refs(node: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Every mapping holding a `$ref`, with its pointer; literal values (examples, defaults,
    enums) are data, not schema, and are not searched."""
    for holder, where in _ref_holders(node, pointer):
        if isinstance(holder["$ref"], str):
            yield holder, where


def _ref_holders(node: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Every mapping with a `$ref` key (whatever its value), in document order, outside literal
    values. Iterative, and only containers get a pointer: large specs have a million nodes."""
    stack: list[tuple[Any, str]] = [(node, pointer)]
    while stack:
        node, pointer = stack.pop()
        if isinstance(node, dict):
            if "$ref" in node:
                yield node, pointer
            children = [
                (value, join_pointer(pointer, key))
                for key, value in node.items()
                if isinstance(value, dict | list)
                and key not in _LITERAL_KEYS
                and not (key == "examples" and isinstance(value, list))
            ]
        elif isinstance(node, list):
            children = [
                (item, join_pointer(pointer, index)) for index, item in enumerate(node) if isinstance(item, dict | list)
            ]
        else:
            continue
        stack.extend(reversed(children))


def load(path: str | Path) -> Document:
    """Load and bundle one spec file; raise `SpecError` with every problem found."""
    bundler = _Bundler(Path(path))
    document = bundler.run()
    if document is None or bundler.problems:
        raise SpecError(bundler.problems)
    if bundler.pending:
        components = document.data.setdefault("components", {})
        for section, entries in bundler.pending.items():
            components.setdefault(section, {}).update(entries)
    problems = _check_refs(document)
    if problems:
        raise SpecError(problems)
    return document


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, str):
        return f"the string {value!r}"
    if value is None:
        return "null"
    return f"the value {value!r}"


def _bad_fragment(ref: str, file_part: str, fragment: str) -> tuple[str, str]:
    """(message, hint) for a `$ref` whose part after '#' is not a JSON pointer."""
    body = fragment[1:]
    if "/" in body:
        suggestion = f"{file_part}#/{body}"
        return (f"$ref {ref!r} is not a JSON pointer: the part after '#' must start with '/'", f"write {suggestion!r}")
    return (
        f"$ref {ref!r} names an anchor ({body!r}); only JSON-pointer references are supported",
        f"write a pointer such as '{file_part}#/components/schemas/{body}'",
    )


def _near(data: Any, pointer: str) -> str:
    """' (...: A, B)': what the deepest existing parent of `pointer` does define, as a hint suffix."""
    tokens = split_pointer(pointer)
    node = data
    walked: list[str] = []
    for token in tokens:
        if isinstance(node, dict) and token in node:
            node = node[token]
            walked.append(token)
            continue
        break
    if not isinstance(node, dict) or not node or len(walked) == len(tokens):
        return ""
    names = sorted(str(k) for k in node)
    close = difflib.get_close_matches(tokens[len(walked)], names, n=1)
    if close:
        return f" (did you mean {join_pointer('#', *walked, close[0])!r}?)"
    listed = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
    where = join_pointer("#", *walked) if walked else "the top level"
    return f" ({where} has: {listed})"


def _check_refs(document: Document) -> list[Diagnostic]:
    """Every local `$ref` must resolve, and no chain of bare references may loop."""
    problems: list[Diagnostic] = []
    refs: list[tuple[str, str]] = []
    for holder, pointer in _ref_holders(document.data, "#"):
        value = holder["$ref"]
        if isinstance(value, str):
            refs.append((pointer, value))
        elif not isinstance(value, dict | bool):  # (a property named `$ref` is a schema)
            problems.append(
                document.diagnostic(
                    join_pointer(pointer, "$ref"),
                    f"`$ref` must be a string, not {value!r}",
                    "write `$ref: '#/components/schemas/<Name>'`",
                )
            )
    reported: set[frozenset[str]] = set()
    for pointer, ref in refs:
        if not ref.startswith("#"):
            continue  # sibling-file refs were bundled; anything left is reported by the bundler
        if ref != "#" and not ref.startswith("#/"):
            problems.append(document.diagnostic(join_pointer(pointer, "$ref"), *_bad_fragment(ref, "", ref)))
            continue
        try:
            target = document.resolve(ref)
        except (KeyError, IndexError, ValueError, TypeError):
            problems.append(
                document.diagnostic(
                    join_pointer(pointer, "$ref"),
                    f"dangling $ref {ref!r}: nothing is defined there",
                    "define it or fix the reference" + _near(document.data, ref),
                )
            )
            continue
        if not isinstance(target, dict | bool):
            problems.append(
                document.diagnostic(
                    join_pointer(pointer, "$ref"),
                    f"$ref {ref!r} points to {_kind(target)}, but a reference must point to an object",
                    "point it at a schema or a component",
                )
            )
            continue
        # follow the chain of bare references
        seen = [pointer]
        current = ref
        while True:
            if current in seen:
                cycle = frozenset(seen[seen.index(current) :])
                if cycle in reported:
                    break
                reported.add(cycle)
                chain = " -> ".join([*seen, current])
                problems.append(
                    document.diagnostic(
                        join_pointer(pointer, "$ref"), f"$ref cycle: {chain}", "make one of them a real definition"
                    )
                )
                break
            seen.append(current)
            try:
                target = document.resolve(current)
            except (KeyError, IndexError, ValueError):
                break
            if isinstance(target, dict) and isinstance(target.get("$ref"), str) and target["$ref"].startswith("#"):
                current = target["$ref"]
                continue
            break
    return problems
