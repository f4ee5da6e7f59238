"""Diagnostics: every problem found in a spec, located like a compiler error.

Stages collect `Diagnostic`s instead of raising on the first problem; the CLI prints them all at
once, sorted by file and position, in the form

    specs/x.yaml:42:7: #/paths/~1v2~1workflows/post: <what is wrong>; <how to fix>
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

__all__ = [
    "Diagnostic",
    "Diagnostics",
    "Location",
    "Severity",
    "SpecError",
    "escape_pointer_token",
    "join_pointer",
]


class Severity(Enum):
    ERROR = "error"
    WARNING = "warning"


@dataclass(frozen=True, slots=True, order=True)
class Location:
    """A position in a source file: 1-based line and column."""

    file: str
    line: int
    column: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.column}"


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem: where (file:line:column and JSON pointer), what, and how to fix it."""

    location: Location
    pointer: str
    message: str
    hint: str = ""
    severity: Severity = Severity.ERROR

    def render(self) -> str:
        label = "warning: " if self.severity is Severity.WARNING else ""
        text = f"{self.location}: {label}{self.pointer}: {self.message}"
        return f"{text}; {self.hint}" if self.hint else text

    def sort_key(self) -> tuple[str, int, int, str, str]:
        loc = self.location
        return (loc.file, loc.line, loc.column, self.pointer, self.message)


@dataclass(slots=True)
class Diagnostics:
    """An ordered, de-duplicated collection of diagnostics."""

    items: list[Diagnostic] = field(default_factory=list)

    def add(self, diagnostic: Diagnostic) -> None:
        if diagnostic not in self.items:
            self.items.append(diagnostic)

    def extend(self, diagnostics: Diagnostics | list[Diagnostic]) -> None:
        for item in diagnostics.items if isinstance(diagnostics, Diagnostics) else diagnostics:
            self.add(item)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [d for d in self.items if d.severity is Severity.WARNING]

    def sorted(self) -> list[Diagnostic]:
        return sorted(self.items, key=Diagnostic.sort_key)

    def __bool__(self) -> bool:
        return bool(self.items)


class SpecError(Exception):
    """Raised by a stage when a spec has errors; carries every diagnostic found."""

    def __init__(self, diagnostics: list[Diagnostic]) -> None:
        self.diagnostics = sorted(diagnostics, key=Diagnostic.sort_key)
        super().__init__("\n".join(d.render() for d in self.diagnostics))


def escape_pointer_token(token: str | int) -> str:
    """Escape one JSON-pointer reference token (RFC 6901)."""
    return str(token).replace("~", "~0").replace("/", "~1")


def join_pointer(pointer: str, *tokens: str | int) -> str:
    """Append reference tokens to a `#/...` pointer."""
    base = pointer.rstrip("/") if pointer != "#/" else "#"
    for token in tokens:
        base += "/" + escape_pointer_token(token)
    return base
