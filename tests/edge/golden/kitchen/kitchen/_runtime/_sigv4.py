"""AWS Signature Version 4, header signing, as botocore's `SigV4Auth` does it for rest-json.

The canonical request is built from the request exactly as it goes on the wire:

- the path of the URL (already percent-encoded) with dot segments and empty segments removed,
  then percent-encoded once more except `/` and `~` (so `%2F` is signed as `%252F`);
- the raw query pairs sorted as they are (they are already RFC 3986 encoded);
- the headers given, lower-cased, values trimmed, sorted (`host`, `x-amz-date`, the session
  token, `content-type` and any other header the request carries);
- the hex SHA-256 of the body (of the empty string when there is none).

The signing key (four HMACs over the secret, the day, the region and the service) changes once
a day: `SigningKeys` keeps the keys derived for one client, so a call costs one HMAC.
"""

from __future__ import annotations

import datetime
import hashlib
import hmac
import urllib.parse
from collections.abc import Mapping
from typing import Final

__all__ = [
    "EMPTY_SHA256",
    "SigningKeys",
    "canonical_path",
    "canonical_query",
    "sign",
    "signing_key",
]

EMPTY_SHA256: Final = hashlib.sha256(b"").hexdigest()
_ALGORITHM: Final = "AWS4-HMAC-SHA256"


def _remove_dot_segments(path: str) -> str:
    # RFC 3986 section 5.2.4, plus AWS's removal of empty segments (as botocore does).
    if not path:
        return "/"
    output: list[str] = []
    for segment in path.split("/"):
        if not segment or segment == ".":
            continue
        if segment == "..":
            if output:
                output.pop()
        else:
            output.append(segment)
    first = "/" if path[0] == "/" else ""
    last = "/" if path[-1] == "/" and output else ""
    return first + "/".join(output) + last


def canonical_path(path: str) -> str:
    """The CanonicalURI of an already-encoded URL path (non-S3 rules: encoded twice)."""
    return urllib.parse.quote(_remove_dot_segments(path), safe="/~")


def canonical_query(query: str) -> str:
    """The CanonicalQueryString of an already-encoded raw query string."""
    if not query:
        return ""
    pairs = []
    for pair in query.split("&"):
        key, _, value = pair.partition("=")
        pairs.append((key, value))
    return "&".join(f"{k}={v}" for k, v in sorted(pairs))


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def signing_key(secret_key: str, day: str, region: str, service: str) -> bytes:
    """The SigV4 signing key of `secret_key` for `day` (YYYYMMDD), `region` and `service`."""
    key = _hmac(f"AWS4{secret_key}".encode(), day)
    key = _hmac(key, region)
    key = _hmac(key, service)
    return _hmac(key, "aws4_request")


class SigningKeys:
    """Signing keys already derived, by (secret key, day, region, service).

    Held by one client (the keys are as secret as the secret key and go with it). Thread-safe:
    a lookup or an insertion is one dict operation, and two threads deriving the same key at
    once store the same bytes. At most `limit` keys are kept (a new day evicts the old ones).
    """

    __slots__ = ("_keys", "_limit")

    def __init__(self, limit: int = 8) -> None:
        self._keys: dict[tuple[str, str, str, str], bytes] = {}
        self._limit = limit

    def __repr__(self) -> str:
        return f"<SigningKeys: {len(self._keys)} cached>"

    def __len__(self) -> int:
        return len(self._keys)

    def get(self, secret_key: str, day: str, region: str, service: str) -> bytes:
        """The signing key, derived on first use for these four values."""
        cache_key = (secret_key, day, region, service)
        found = self._keys.get(cache_key)
        if found is None:
            found = signing_key(secret_key, day, region, service)
            if len(self._keys) >= self._limit:
                self._keys.clear()
            self._keys[cache_key] = found
        return found


def sign(
    *,
    method: str,
    url: str,
    headers: Mapping[str, str],
    body: bytes,
    access_key: str,
    secret_key: str,
    session_token: str | None,
    region: str,
    service: str,
    timestamp: datetime.datetime,
    keys: SigningKeys | None = None,
) -> dict[str, str]:
    """The headers to add to the request: `X-Amz-Date`, the session token, `Authorization`.

    `headers` are the headers to sign (including `host`); `url` is the URL as sent; `keys`
    caches the signing key (derived anew on every call without it).
    """
    amz_date = timestamp.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    day = amz_date[:8]
    added = {"X-Amz-Date": amz_date}
    if session_token:
        added["X-Amz-Security-Token"] = session_token
    signed: dict[str, str] = {}
    for name, value in headers.items():
        signed[name.lower().strip()] = " ".join(value.split())
    for name, value in added.items():
        signed[name.lower()] = " ".join(value.split())
    parts = urllib.parse.urlsplit(url)
    if "host" not in signed:
        signed["host"] = parts.netloc.lower()
    names = sorted(signed)
    signed_headers = ";".join(names)
    canonical = "\n".join(
        (
            method.upper(),
            canonical_path(parts.path),
            canonical_query(parts.query),
            "".join(f"{n}:{signed[n]}\n" for n in names),
            signed_headers,
            hashlib.sha256(body).hexdigest() if body else EMPTY_SHA256,
        )
    )
    scope = f"{day}/{region}/{service}/aws4_request"
    string_to_sign = "\n".join(
        (_ALGORITHM, amz_date, scope, hashlib.sha256(canonical.encode()).hexdigest())
    )
    key = (
        signing_key(secret_key, day, region, service)
        if keys is None
        else keys.get(secret_key, day, region, service)
    )
    signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    added["Authorization"] = (
        f"{_ALGORITHM} Credential={access_key}/{scope}, SignedHeaders={signed_headers}, Signature={signature}"
    )
    return added
