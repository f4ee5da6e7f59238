"""Credentials: where they come from and how each security scheme puts them on a request.

A credential is the constructor argument when given (not None, not empty), else the scheme's
environment variable. AWS SigV4 reads `aws_access_key_id`, `aws_secret_access_key` and
`aws_session_token` (env `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_SESSION_TOKEN`).
An API with security schemes but no credentials for any of them fails at construction with
`MissingCredentialsError`, naming the arguments and environment variables to set.

Secrets are held here only; `repr()` of this object shows scheme names, never values.
"""

from __future__ import annotations

import base64
import os
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final

import httpx

from . import _clock
from ._exceptions import MissingCredentialsError
from ._serialize import encode
from ._spec import AuthSpec, ClientSpec, Operation

if TYPE_CHECKING:
    from ._sigv4 import SigningKeys

__all__ = ["AWS_ARGUMENTS", "AWS_ENV", "UNSIGNED_HEADERS", "Authenticator"]

AWS_ARGUMENTS: Final = (
    "aws_access_key_id",
    "aws_secret_access_key",
    "aws_session_token",
)
AWS_ENV: Final = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN")

UNSIGNED_HEADERS: Final = frozenset(
    {
        # botocore's SIGNED_HEADERS_BLACKLIST
        "baggage",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "traceparent",
        "tracestate",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
        # set by the signer or absent from a botocore request when it is signed
        "authorization",
        "x-amz-date",
        "x-amz-security-token",
        "accept",
        "accept-encoding",
        "content-length",
        "amz-sdk-invocation-id",
        "amz-sdk-request",
    }
)
"""Headers left out of a SigV4 signature; everything else the request carries is signed."""


class _Scheme:
    """A scheme with its resolved credential; `keys` caches SigV4 signing keys (made on use)."""

    __slots__ = ("aws", "keys", "region", "secret", "spec")

    def __init__(
        self,
        spec: AuthSpec,
        secret: str,  # bearer / basic / apikey value
        aws: tuple[str, str, str | None] | None = None,  # access key, secret, token
        region: str = "",
    ) -> None:
        self.spec = spec
        self.secret = secret
        self.aws = aws
        self.region = region
        self.keys: SigningKeys | None = None

    def __repr__(self) -> str:
        return f"<{self.spec.kind} scheme {self.spec.scheme!r}>"


def _lookup(
    credentials: Mapping[str, str | None], argument: str, env: str
) -> str | None:
    value = credentials.get(argument)
    if value:
        return value
    if env:
        return os.environ.get(env) or None
    return None


def _needs(spec: AuthSpec) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The constructor arguments and environment variables that would satisfy `spec`."""
    if spec.kind == "sigv4":
        return AWS_ARGUMENTS[:2], AWS_ENV[:2]
    return (spec.argument,), ((spec.env,) if spec.env else ())


def _missing_message(
    package: str, specs: tuple[AuthSpec, ...]
) -> MissingCredentialsError:
    options = []
    arguments: list[str] = []
    env: list[str] = []
    for spec in specs:
        args, names = _needs(spec)
        arguments.extend(args)
        env.extend(names)
        text = " and ".join(f"{a}=..." for a in args)
        if names:
            text += " or set " + " and ".join(names)
        options.append(text)
    return MissingCredentialsError(
        f"{package}: no credentials; pass " + "; or pass ".join(options),
        arguments=arguments,
        env=env,
    )


class Authenticator:
    """Resolves credentials once and applies the schemes an operation asks for."""

    __slots__ = ("_cache", "_package", "_schemes", "_secrets", "_specs")

    def __init__(
        self,
        spec: ClientSpec,
        credentials: Mapping[str, str | None],
        server_values: Mapping[str, str],
    ) -> None:
        self._package = spec.package
        self._specs = {a.scheme: a for a in spec.auth}
        self._schemes: dict[str, _Scheme] = {}
        self._cache: dict[tuple[tuple[str, ...], ...], tuple[_Scheme, ...]] = {}
        for auth in spec.auth:
            scheme = self._resolve(auth, credentials, server_values)
            if scheme is not None:
                self._schemes[auth.scheme] = scheme
        if spec.auth and not self._schemes:
            raise _missing_message(spec.package, spec.auth)
        secrets: set[str] = set()
        for scheme in self._schemes.values():
            secrets.add(scheme.secret)
            secrets.add(scheme.secret.removeprefix("Basic ").removeprefix("Bearer "))
            if scheme.aws is not None:
                secrets.update(v for v in scheme.aws if v)
            raw = _lookup(credentials, scheme.spec.argument, scheme.spec.env)
            if raw:
                secrets.add(raw)
        # longest first, so that a secret containing another is replaced whole
        self._secrets = tuple(
            sorted((s for s in secrets if len(s) >= 4), key=len, reverse=True)
        )

    @staticmethod
    def _resolve(
        auth: AuthSpec,
        credentials: Mapping[str, str | None],
        server_values: Mapping[str, str],
    ) -> _Scheme | None:
        if auth.kind == "sigv4":
            key = _lookup(credentials, AWS_ARGUMENTS[0], AWS_ENV[0])
            secret = _lookup(credentials, AWS_ARGUMENTS[1], AWS_ENV[1])
            if not key or not secret:
                return None
            token = _lookup(credentials, AWS_ARGUMENTS[2], AWS_ENV[2])
            region = server_values.get(auth.region_variable, "")
            return _Scheme(auth, "", (key, secret, token), region)
        value = _lookup(credentials, auth.argument, auth.env)
        if value is None:
            return None
        if auth.kind == "bearer":
            value = value if value.startswith("Bearer ") else f"Bearer {value}"
        elif auth.kind == "basic":
            value = "Basic " + base64.b64encode(value.encode()).decode()
        elif auth.prefix and not value.startswith(auth.prefix):
            value = auth.prefix + value
        return _Scheme(auth, value)

    def __repr__(self) -> str:
        return f"Authenticator(schemes={sorted(self._schemes)!r})"

    def scrub(self, text: str) -> str:
        """`text` with every credential value replaced by [REDACTED]."""
        for secret in self._secrets:
            if secret in text:
                text = text.replace(secret, "[REDACTED]")
        return text

    @property
    def secret_headers(self) -> frozenset[str]:
        """Lower-cased names of headers that carry credentials."""
        names = {"authorization", "proxy-authorization", "x-amz-security-token"}
        names.update(
            a.name.lower()
            for a in self._specs.values()
            if a.kind == "apikey" and a.location == "header"
        )
        return frozenset(names)

    @property
    def secret_query(self) -> frozenset[str]:
        """Names of query parameters that carry credentials."""
        names = {"X-Amz-Security-Token", "X-Amz-Signature", "X-Amz-Credential"}
        names.update(
            a.name
            for a in self._specs.values()
            if a.kind == "apikey" and a.location == "query"
        )
        return frozenset(names)

    def schemes_for(self, op: Operation[Any]) -> tuple[_Scheme, ...]:
        """The schemes to apply for `op`: the first alternative with every credential present."""
        found = self._cache.get(op.security)
        if found is not None:
            return found
        chosen: tuple[_Scheme, ...] | None = None
        optional = False
        for alternative in op.security:
            if not alternative:
                optional = True
                continue
            if all(name in self._schemes for name in alternative):
                chosen = tuple(self._schemes[name] for name in alternative)
                break
        if chosen is None:
            if op.security and not optional:
                first = tuple(
                    self._specs[n] for n in op.security[0] if n in self._specs
                )
                raise _missing_message(f"{self._package}: {op.id}", first)
            chosen = ()
        self._cache[op.security] = chosen
        return chosen

    @staticmethod
    def apply(
        schemes: tuple[_Scheme, ...],
        headers: list[tuple[str, str]],
        query: list[str],
        cookies: list[str],
    ) -> None:
        """Put bearer, basic and apiKey credentials on the request parts (once per call).

        Header credentials are appended to `headers` as (name, value) pairs to set.
        """
        for scheme in schemes:
            spec = scheme.spec
            if spec.kind == "sigv4":
                continue
            if spec.kind != "apikey" or spec.location == "header":
                name = "Authorization" if spec.kind != "apikey" else spec.name
                headers.append((name, scheme.secret))
            elif spec.location == "query":
                query.append(f"{encode(spec.name)}={encode(scheme.secret)}")
            else:
                cookies.append(f"{spec.name}={encode(scheme.secret)}")

    @staticmethod
    def signature(
        schemes: tuple[_Scheme, ...],
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
    ) -> dict[str, str]:
        """The SigV4 headers to add to a request (once per attempt: the date is part of it).

        `headers` are all the headers the request carries (lower-case names, as
        `httpx.Headers.items()` gives them); the ones in `UNSIGNED_HEADERS` are left out.
        """
        from . import _sigv4  # only AWS APIs sign: not imported with the package

        added: dict[str, str] = {}
        for scheme in schemes:
            if scheme.aws is None:
                continue
            access_key, secret_key, token = scheme.aws
            keys = scheme.keys
            if keys is None:
                keys = scheme.keys = _sigv4.SigningKeys()
            to_sign = {
                name: value
                for name, value in headers.items()
                if name.lower() not in UNSIGNED_HEADERS
            }
            added.update(
                _sigv4.sign(
                    method=method,
                    url=url,
                    headers=to_sign,
                    body=body,
                    access_key=access_key,
                    secret_key=secret_key,
                    session_token=token,
                    region=scheme.region,
                    service=scheme.spec.service,
                    timestamp=_clock.now(),
                    keys=keys,
                )
            )
        return added

    @staticmethod
    def sign(schemes: tuple[_Scheme, ...], request: httpx.Request) -> None:
        """Sign `request` in place with SigV4 (once per attempt: the date is part of it)."""
        added = Authenticator.signature(
            schemes,
            request.method,
            str(request.url),
            dict(request.headers.items()),
            request.read(),
        )
        request.headers.update(added)
