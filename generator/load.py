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

import copy
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

from .diagnostics import Diagnostic, Location, SpecError, join_pointer

__all__ = ["Document", "SourceFile", "iter_refs", "load", "resolve_pointer", "split_pointer"]

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


@dataclass(slots=True)
class Document:
    """A loaded, bundled spec with the source position of every node."""

    path: str
    data: dict[str, Any]
    sources: list[SourceFile]
    positions: dict[str, Location] = field(default_factory=dict)

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
            node = node[int(token)]
        else:
            raise KeyError(token)
    return node


def _display(path: Path) -> str:
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


class _Reader:
    """Reads one file into Python data plus a pointer -> position map."""

    def __init__(self, path: Path, display: str) -> None:
        self.path = path
        self.display = display
        self.positions: dict[str, Location] = {}
        self.problems: list[Diagnostic] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def read(self, raw: bytes) -> Any:
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self._problem(1, 1, "#", f"file is not UTF-8 ({exc.reason} at byte {exc.start})",
                          "save the file as UTF-8")
            return None
        if self.path.suffix.lower() == ".json":
            return self._read_json(text)
        return self._read_yaml(text)

    def _problem(self, line: int, column: int, pointer: str, message: str, hint: str) -> None:
        self.problems.append(Diagnostic(Location(self.display, line, column), pointer, message, hint))

    # JSON: parsed with the stdlib (fast); positions come from the YAML composer, which reads
    # JSON too, so that diagnostics are located the same way.
    def _read_json(self, text: str) -> Any:
        duplicates: list[str] = []

        def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
            result: dict[str, Any] = {}
            for key, value in items:
                if key in result:
                    duplicates.append(key)
                result[key] = value
            return result

        try:
            data = json.loads(text, object_pairs_hook=pairs)
        except json.JSONDecodeError as exc:
            self._problem(exc.lineno, exc.colno, "#", f"invalid JSON: {exc.msg}",
                          "fix the syntax at this position")
            return None
        if duplicates:
            # Re-read through the composer to find where each duplicate is.
            self._read_yaml(text, construct=False)
            if not self.problems:
                for key in duplicates:
                    self._problem(1, 1, "#", f"duplicate key {key!r}", "keep only one of them")
            return None
        try:
            node = yaml.compose(text, Loader=_Loader)
        except yaml.YAMLError:
            return data  # positions are a convenience; the data itself is fine
        if node is not None:
            self._index(node, "#")
        return data

    def _read_yaml(self, text: str, construct: bool = True) -> Any:
        try:
            node = yaml.compose(text, Loader=_Loader)
        except yaml.MarkedYAMLError as exc:
            mark = exc.problem_mark or exc.context_mark
            line, column = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
            what = exc.problem or exc.context or "syntax error"
            self._problem(line, column, "#", f"invalid YAML: {what}", "fix the syntax at this position")
            return None
        except yaml.YAMLError as exc:
            self._problem(1, 1, "#", f"invalid YAML: {exc}", "fix the syntax")
            return None
        if node is None:
            self._problem(1, 1, "#", "the file is empty", "write an OpenAPI document into it")
            return None
        value = self._build(node, "#")
        return value if construct else None

    def _index(self, node: yaml.Node, pointer: str) -> None:
        self.positions[pointer] = Location(self.display, node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode):
                    self._index(value_node, join_pointer(pointer, key_node.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, item in enumerate(node.value):
                self._index(item, join_pointer(pointer, index))

    def _build(self, node: yaml.Node, pointer: str) -> Any:
        self.positions[pointer] = Location(self.display, node.start_mark.line + 1, node.start_mark.column + 1)
        if isinstance(node, yaml.MappingNode):
            result: dict[str, Any] = {}
            for key_node, value_node in node.value:
                line, column = key_node.start_mark.line + 1, key_node.start_mark.column + 1
                if key_node.tag == "tag:yaml.org,2002:merge":
                    self._problem(line, column, pointer, "YAML merge keys (<<) are not supported",
                                  "write the merged keys out")
                    continue
                if not isinstance(key_node, yaml.ScalarNode):
                    self._problem(line, column, pointer, "mapping keys must be plain strings",
                                  "use a string key")
                    continue
                key = str(key_node.value)
                child = join_pointer(pointer, key)
                if key in result:
                    first = self.positions.get(child)
                    where = f" (first at line {first.line})" if first else ""
                    self._problem(line, column, child, f"duplicate key {key!r}{where}",
                                  "keep only one of them")
                    continue
                result[key] = self._build(value_node, child)
                # the key's own position is more useful than the value's for mappings
                if not isinstance(value_node, yaml.ScalarNode):
                    self.positions[child] = Location(self.display, line, column)
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
            self._problem(node.start_mark.line + 1, node.start_mark.column + 1, pointer,
                          f"invalid scalar: {exc}", "quote the value")
            return None


@dataclass(slots=True)
class _File:
    path: Path
    display: str
    data: Any
    positions: dict[str, Location]


class _Bundler:
    """Loads the root file and every file it references, and bundles them into one document."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        self.files: dict[Path, _File] = {}
        self.sources: list[SourceFile] = []
        self.problems: list[Diagnostic] = []
        # (file, pointer in that file) -> local pointer in the bundled document
        self.imported: dict[tuple[Path, str], str] = {}
        self.positions: dict[str, Location] = {}
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
            self.problems.append(Diagnostic(Location(display, 1, 1), "#",
                                            f"cannot read the file: {exc.strerror}",
                                            "check the path"))
            return None
        if root is None:
            return None
        if not isinstance(root.data, dict):
            self.problems.append(Diagnostic(Location(display, 1, 1), "#",
                                            "the document must be a mapping (an OpenAPI object)",
                                            "start the file with `openapi: 3.1.0`"))
            return None
        data = copy.deepcopy(root.data)
        self.positions.update(root.positions)
        self._rewrite(data, root, "#", "#")
        if self.problems:
            return None
        return Document(display, data, self.sources, self.positions)

    def _rewrite(self, node: Any, source: _File, pointer: str, local_pointer: str) -> None:
        """Rewrite every `$ref` below `node` (which came from `source`) to a local reference."""
        for holder, ref_pointer in list(iter_refs(node, local_pointer)):
            ref = holder["$ref"]
            where = ref_pointer
            file_part, _, fragment = ref.partition("#")
            fragment = "#" + fragment if fragment or ref.endswith("#") else "#"
            if "://" in file_part or file_part.startswith("//"):
                self.problems.append(self._at(where, f"remote $ref {ref!r} is not supported",
                                              "download the document and reference it as a relative file"))
                continue
            if not file_part:
                if source.path == self.root:
                    continue  # local reference in the root file: checked by the validator
                target_file = source
            else:
                target_path = (source.path.parent / unquote(file_part)).resolve()
                if not target_path.is_file():
                    self.problems.append(self._at(where, f"$ref {ref!r} points to a missing file",
                                                  f"create {file_part} or fix the reference"))
                    continue
                loaded = self.read(target_path, _display(target_path))
                if loaded is None:
                    continue
                target_file = loaded
            if target_file.path == self.root:
                holder["$ref"] = fragment
                continue
            local = self._import(target_file, fragment, where)
            if local is not None:
                holder["$ref"] = local

    def _import(self, file: _File, fragment: str, where: str) -> str | None:
        key = (file.path, fragment)
        if key in self.imported:
            return self.imported[key]
        try:
            target = resolve_pointer(file.data, fragment)
        except (KeyError, IndexError, ValueError):
            self.problems.append(self._at(where, f"$ref target {fragment!r} does not exist in {file.display}",
                                          "fix the reference"))
            return None
        tokens = split_pointer(fragment)
        if len(tokens) == 3 and tokens[0] == "components" and tokens[1] in _COMPONENT_SECTIONS:
            section, name = tokens[1], tokens[2]
        else:
            section, name = "schemas", (tokens[-1] if tokens else file.path.stem)
        root_data = self.files[self.root].data
        existing = root_data.get("components", {}).get(section, {})
        bundled = self.pending.setdefault(section, {})
        local = join_pointer("#/components", section, name)
        if name in existing or name in bundled:
            self.problems.append(self._at(where, f"$ref to {file.display}{fragment} would be bundled as "
                                                 f"{local}, which already exists",
                                          "rename one of the two definitions"))
            return None
        self.imported[key] = local
        value = copy.deepcopy(target)
        bundled[name] = value
        for pointer, position in file.positions.items():
            if pointer == fragment or pointer.startswith(fragment.rstrip("/") + "/"):
                self.positions[local + pointer[len(fragment.rstrip("/")):]] = position
        self._rewrite(value, file, fragment, local)
        return local

    def _at(self, pointer: str, message: str, hint: str) -> Diagnostic:
        position = self.positions.get(pointer)
        location = position if position else Location(_display(self.root), 1, 1)
        return Diagnostic(location, pointer, message, hint)


_LITERAL_KEYS = frozenset({"example", "default", "enum", "const"})


def iter_refs(node: Any, pointer: str) -> Iterator[tuple[dict[str, Any], str]]:
    """Every mapping holding a `$ref`, with its pointer; literal values (examples, defaults,
    enums) are data, not schema, and are not searched."""
    if isinstance(node, dict):
        if isinstance(node.get("$ref"), str):
            yield node, pointer
        for key, value in node.items():
            if key in _LITERAL_KEYS or (key == "examples" and isinstance(value, list)):
                continue
            yield from iter_refs(value, join_pointer(pointer, key))
    elif isinstance(node, list):
        for index, item in enumerate(node):
            yield from iter_refs(item, join_pointer(pointer, index))


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


def _check_refs(document: Document) -> list[Diagnostic]:
    """Every local `$ref` must resolve, and no chain of bare references may loop."""
    problems: list[Diagnostic] = []
    reported: set[frozenset[str]] = set()
    refs = [(pointer, holder["$ref"]) for holder, pointer in iter_refs(document.data, "#")]
    for pointer, ref in refs:
        if not ref.startswith("#"):
            continue  # sibling-file refs were bundled; anything left is reported by the bundler
        try:
            document.resolve(ref)
        except (KeyError, IndexError, ValueError):
            problems.append(document.diagnostic(join_pointer(pointer, "$ref"),
                                                f"dangling $ref {ref!r}: nothing is defined there",
                                                "define it or fix the reference"))
            continue
        # follow the chain of bare references
        seen = [pointer]
        current = ref
        while True:
            if current in seen:
                cycle = frozenset(seen[seen.index(current):])
                if cycle in reported:
                    break
                reported.add(cycle)
                chain = " -> ".join([*seen, current])
                problems.append(document.diagnostic(join_pointer(pointer, "$ref"),
                                                    f"$ref cycle: {chain}",
                                                    "make one of them a real definition"))
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
