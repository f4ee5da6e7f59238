"""Removing secrets from what the client shows: log records and exception messages."""

from __future__ import annotations

import json
import urllib.parse
from typing import Any, Final

import httpx

__all__ = ["REDACTED", "Redactor"]

REDACTED: Final = "[REDACTED]"
_ALWAYS_SECRET_HEADERS: Final = frozenset(
    {
        "authorization",
        "proxy-authorization",
        "cookie",
        "set-cookie",
        "x-amz-security-token",
    }
)


class Redactor:
    """Knows which headers, query parameters and JSON properties hold secrets."""

    __slots__ = ("fields", "headers", "query")

    def __init__(
        self,
        headers: frozenset[str] = frozenset(),  # lower-case header names
        query: frozenset[str] = frozenset(),  # query parameter names (decoded)
        fields: frozenset[str] = frozenset(),  # JSON property names, at any depth
    ) -> None:
        self.headers = headers
        self.query = query
        self.fields = fields

    def __repr__(self) -> str:
        return (
            f"Redactor(headers={self.headers!r}, query={self.query!r}, "
            f"fields={self.fields!r})"
        )

    def url(self, url: httpx.URL | str) -> str:
        """The URL with the values of secret query parameters replaced."""
        text = str(url)
        base, mark, query = text.partition("?")
        if not mark or not self.query:
            return text
        pairs = []
        for pair in query.split("&"):
            key, eq, _ = pair.partition("=")
            if urllib.parse.unquote(key) in self.query:
                pair = f"{key}{eq}{REDACTED}"
            pairs.append(pair)
        return f"{base}?{'&'.join(pairs)}"

    def header_map(self, headers: httpx.Headers) -> dict[str, str]:
        """The headers with secret values replaced."""
        return {
            name: (
                REDACTED
                if (lower := name.lower()) in _ALWAYS_SECRET_HEADERS
                or lower in self.headers
                else value
            )
            for name, value in headers.multi_items()
        }

    def json_value(self, value: Any) -> Any:
        """A JSON value with every property named in `fields` replaced, at any depth."""
        if isinstance(value, dict):
            return {
                k: REDACTED if k in self.fields else self.json_value(v)
                for k, v in value.items()
            }
        if isinstance(value, list):
            return [self.json_value(v) for v in value]
        return value

    def body(self, content: bytes, content_type: str | None) -> str:
        """A body for display: JSON redacted, text as is (truncated), binary as a size."""
        if not content:
            return ""
        kind = (content_type or "").lower()
        if "json" in kind:
            try:
                return json.dumps(
                    self.json_value(json.loads(content)), ensure_ascii=False
                )
            except ValueError:
                pass
        if "json" in kind or kind.startswith("text/") or "urlencoded" in kind:
            text = content.decode("utf-8", "replace")
            if "urlencoded" in kind and self.fields:
                pairs = urllib.parse.parse_qsl(text, keep_blank_values=True)
                text = urllib.parse.urlencode(
                    [(k, REDACTED if k in self.fields else v) for k, v in pairs]
                )
            return text if len(text) <= 10_000 else text[:10_000] + "..."
        return f"<{len(content)} bytes>"
