"""DEBUG logging of requests and responses, with secrets redacted.

Records go to `logging.getLogger(<package>)`. Callers check `logger.isEnabledFor(DEBUG)` first,
so nothing is formatted when the logger is not enabled for DEBUG.
"""

from __future__ import annotations

import logging

import httpx

from ._redact import Redactor

__all__ = ["log_request", "log_response"]


def log_request(
    logger: logging.Logger, request: httpx.Request, redactor: Redactor
) -> None:
    """Log the method, URL, headers and body of a request about to be sent."""
    try:
        body = redactor.body(request.content, request.headers.get("content-type"))
    except httpx.RequestNotRead:
        body = "<stream>"
    logger.debug(
        "request: %s %s headers=%s body=%s",
        request.method,
        redactor.url(request.url),
        redactor.header_map(request.headers),
        body,
    )


def log_response(
    logger: logging.Logger, response: httpx.Response, redactor: Redactor
) -> None:
    """Log the status, headers and body of a response that has been read."""
    logger.debug(
        "response: %s %s -> %s headers=%s body=%s",
        response.request.method,
        redactor.url(response.request.url),
        response.status_code,
        redactor.header_map(response.headers),
        redactor.body(response.content, response.headers.get("content-type")),
    )
