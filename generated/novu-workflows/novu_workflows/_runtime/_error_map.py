"""Turn an error response into the exception to raise.

The exception class is chosen in this order: the documented error whose `code` equals the
error code the API sent (AWS: `x-amzn-ErrorType: Code:http://...` or body `__type: ns#Code`),
then the documented error for the exact status, then for `4XX`/`5XX`, then `default`, and
otherwise the ladder class for the status (`STATUS_ERRORS`). When the response carries a code
that no documented error names, documented errors that name a code are skipped. The body is
parsed into the documented model when there is one; if it does not fit, the decoded JSON is
kept.
"""

from __future__ import annotations

import json
from typing import Any, cast

import httpx
from pydantic import TypeAdapter, ValidationError

from ._exceptions import APIEnvelopeError, APIError, status_error_class
from ._spec import ClientSpec, ErrorCase, ErrorEnvelopeSpec, ErrorsSpec, Operation

__all__ = [
    "decode_body",
    "envelope_error",
    "extract_code",
    "extract_message",
    "select_case",
    "status_error",
]

_MAX_MESSAGE = 500


def decode_body(response: httpx.Response) -> Any:
    """The response body as JSON when it is JSON, else as text ("" when empty)."""
    content = response.content
    if not content:
        return ""
    kind = response.headers.get("content-type", "")
    if "json" in kind or content[:1] in (b"{", b"["):
        try:
            return json.loads(content)
        except ValueError:
            pass
    return response.text


def extract_code(errors: ErrorsSpec, headers: httpx.Headers, data: Any) -> str | None:
    """The error code from the code header (text after ':' dropped) or the body fields."""
    if errors.code_header:
        header: str | None = headers.get(errors.code_header)
        if header:
            code = header.split(":", 1)[0].strip()
            if code:
                return code
    if isinstance(data, dict):
        for name in errors.code_fields:
            value = data.get(name)
            if isinstance(value, str) and value:
                return value.rsplit("#", 1)[-1]
    return None


def _text(value: Any) -> str | None:
    if value is None or value == "" or value == [] or value == {}:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "; ".join(value)
    return json.dumps(value, ensure_ascii=False, separators=(", ", ": "))


def extract_message(errors: ErrorsSpec, data: Any) -> str | None:
    """The API's own message: the first of `message_fields` present, or the body text."""
    if isinstance(data, dict):
        for name in errors.message_fields:
            found = _text(data.get(name))
            if found:
                return (
                    found
                    if len(found) <= _MAX_MESSAGE
                    else found[:_MAX_MESSAGE] + "..."
                )
        return None
    if isinstance(data, str) and data.strip():
        text = " ".join(data.split())
        return text if len(text) <= _MAX_MESSAGE else text[:_MAX_MESSAGE] + "..."
    return None


def select_case(
    cases: tuple[ErrorCase, ...], status: int, code: str | None
) -> int | None:
    """The index of the documented error that applies, or None."""
    if code is not None:
        for index, case in enumerate(cases):
            if case.code == code:
                return index
    exact = str(status)
    ranged = f"{status // 100}XX"
    best: int | None = None
    best_rank = 4
    for index, case in enumerate(cases):
        if case.code is not None and code is not None:
            continue
        rank = (
            1
            if case.status == exact
            else (
                2
                if case.status.upper() == ranged
                else 3 if case.status == "default" else 4
            )
        )
        if rank < best_rank:
            best, best_rank = index, rank
    return best


def _describe(request: httpx.Request, url: str, response: httpx.Response) -> str:
    reason = response.reason_phrase
    status = f"{response.status_code} {reason}" if reason else str(response.status_code)
    return f"{request.method} {url} -> {status}"


def status_error(
    op: Operation[Any],
    spec: ClientSpec,
    request: httpx.Request,
    response: httpx.Response,
    url: str,
) -> APIError:
    """The exception for a non-2xx `response` to `request` (`url`: the redacted URL)."""
    data = decode_body(response)
    code = extract_code(spec.errors, response.headers, data)
    index = select_case(op.errors, response.status_code, code)
    body: Any = data
    cls: type[APIError] = status_error_class(response.status_code)
    if index is not None:
        case = op.errors[index]
        documented = cast(type[APIError], case.exception)
        # a range or default case names the ladder's common base: keep the status's own,
        # more precise class of the ladder (a 404 under `4XX` is still a NotFoundError)
        if not (
            documented.__module__ == cls.__module__ and issubclass(cls, documented)
        ):
            cls = documented
        if case.model is not None and data != "":
            key = f"error:{index}"
            adapter = op.adapters.get(key)
            if adapter is None:
                adapter = op.adapters[key] = TypeAdapter(case.model)
            try:
                body = adapter.validate_python(data)
            except ValidationError:
                body = data
    message = _describe(request, url, response)
    if code:
        message += f" ({code})"
    api_message = extract_message(spec.errors, data)
    if api_message:
        message += f": {api_message}"
    return cls(message, request=request, response=response, body=body, code=code)


def envelope_error(
    envelope: ErrorEnvelopeSpec,
    request: httpx.Request,
    response: httpx.Response,
    data: dict[str, Any],
    url: str,
) -> APIEnvelopeError:
    """The exception for a 2xx body whose envelope field is false."""
    code = data.get(envelope.code_field) if envelope.code_field else None
    code = code if isinstance(code, str) and code else None
    api_message = (
        _text(data.get(envelope.message_field)) if envelope.message_field else None
    )
    message = f"{_describe(request, url, response)}: {envelope.field} is false"
    if code:
        message += f" ({code})"
    if api_message and api_message != code:
        message += f": {api_message}"
    return APIEnvelopeError(
        message, request=request, response=response, body=data, code=code
    )
