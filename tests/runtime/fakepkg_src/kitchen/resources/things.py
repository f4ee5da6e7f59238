from __future__ import annotations

from collections.abc import Mapping
from functools import cached_property
from typing import Any

import httpx

from .. import errors as e
from .. import models as m
from .._runtime import NOT_GIVEN, APIResponse, AsyncResource, NotGiven, SyncResource
from .._runtime._spec import BodySpec, ErrorCase, Operation, ParamSpec

__all__ = ["AsyncThings", "AsyncThingsWithRawResponse", "Things", "ThingsWithRawResponse"]

_PATH_STYLES: Operation[dict[str, Any]] = Operation(
    id="pathStyles",
    method="GET",
    path="/paths/{a}/label{b}/matrix{c}",
    params=(
        ParamSpec(name="a", wire="a", location="path"),
        ParamSpec(name="b", wire="b", location="path", style="label"),
        ParamSpec(name="c", wire="c", location="path", style="matrix"),
    ),
    response=dict[str, Any],
)
_PATH_EXPLODED: Operation[dict[str, Any]] = Operation(
    id="pathExploded",
    method="GET",
    path="/exploded/label{b}/matrix{c}",
    params=(
        ParamSpec(name="b", wire="b", location="path", style="label", explode=True),
        ParamSpec(name="c", wire="c", location="path", style="matrix", explode=True),
    ),
    response=dict[str, Any],
)
_QUERY_STYLES: Operation[dict[str, Any]] = Operation(
    id="queryStyles",
    method="GET",
    path="/query",
    params=(
        ParamSpec(name="form_list", wire="formList", location="query", style="form", explode=True),
        ParamSpec(name="form_flat", wire="formFlat", location="query", style="form"),
        ParamSpec(name="space", wire="space", location="query", style="spaceDelimited"),
        ParamSpec(name="pipe", wire="pipe", location="query", style="pipeDelimited"),
        ParamSpec(name="deep", wire="deep", location="query", style="deepObject", explode=True),
        ParamSpec(name="json_filter", wire="filter", location="query", json=True),
        ParamSpec(name="flag", wire="flag", location="query"),
        ParamSpec(name="color", wire="color", location="query"),
        ParamSpec(name="ratio", wire="ratio", location="query"),
        ParamSpec(name="text", wire="text", location="query"),
        ParamSpec(name="count", wire="count", location="query"),
        ParamSpec(name="obj_explode", wire="objExplode", location="query", style="form", explode=True),
        ParamSpec(name="obj_flat", wire="objFlat", location="query", style="form"),
        ParamSpec(name="nullable", wire="nullable", location="query"),
    ),
    response=dict[str, Any],
)
_HEADERS_COOKIES: Operation[dict[str, Any]] = Operation(
    id="headersCookies",
    method="GET",
    path="/headers",
    params=(
        ParamSpec(name="trace", wire="X-Trace", location="header"),
        ParamSpec(name="tags", wire="X-Tags", location="header"),
        ParamSpec(name="meta", wire="X-Meta", location="header", explode=True),
        ParamSpec(name="pref", wire="pref", location="cookie"),
        ParamSpec(name="prefs", wire="prefs", location="cookie", style="form"),
    ),
    response=dict[str, Any],
)
_JSON_BODY: Operation[dict[str, Any]] = Operation(
    id="jsonBody",
    method="POST",
    path="/json",
    body=BodySpec(
        media_type="application/json",
        fields=(
            ("display_name", "displayName"),
            ("tags", "tags"),
            ("nested", "nested"),
            ("nullable", "nullable"),
            ("password", "password"),
            ("when", "when"),
            ("color", "color"),
            ("item", "item"),
        ),
    ),
    response=dict[str, Any],
)
_NAMED_BODY: Operation[dict[str, Any]] = Operation(
    id="namedBody",
    method="PUT",
    path="/named",
    body=BodySpec(media_type="application/json", name="item", model=m.Item),
    response=dict[str, Any],
)
_FORM_BODY: Operation[dict[str, Any]] = Operation(
    id="formBody",
    method="POST",
    path="/form",
    body=BodySpec(
        media_type="application/x-www-form-urlencoded",
        fields=(
            ("name", "name"),
            ("tags", "tags"),
            ("meta", "meta"),
            ("flag", "flag"),
            ("password", "password"),
        ),
    ),
    response=dict[str, Any],
)
_UPLOAD: Operation[dict[str, Any]] = Operation(
    id="upload",
    method="POST",
    path="/upload",
    body=BodySpec(
        media_type="multipart/form-data",
        fields=(("file", "file"), ("description", "description"), ("count", "count")),
    ),
    response=dict[str, Any],
)
_BLOB: Operation[bytes] = Operation(
    id="blob",
    method="POST",
    path="/blob",
    body=BodySpec(media_type="application/octet-stream", name="data"),
    response=bytes,
    response_media_type="application/octet-stream",
)
_TEXT: Operation[str] = Operation(
    id="echoText",
    method="POST",
    path="/text",
    body=BodySpec(media_type="text/plain", name="text"),
    response=str,
    response_media_type="text/plain",
)
_AUTH_BEARER: Operation[dict[str, Any]] = Operation(
    id="authBearer", method="GET", path="/auth", response=dict[str, Any], security=(("bearer",),)
)
_AUTH_BASIC: Operation[dict[str, Any]] = Operation(
    id="authBasic", method="GET", path="/auth", response=dict[str, Any], security=(("basic",),)
)
_AUTH_HEADER: Operation[dict[str, Any]] = Operation(
    id="authHeader",
    method="GET",
    path="/auth",
    response=dict[str, Any],
    security=(("headerKey",),),
)
_AUTH_QUERY: Operation[dict[str, Any]] = Operation(
    id="authQuery",
    method="GET",
    path="/auth",
    params=(ParamSpec(name="q", wire="q", location="query"),),
    response=dict[str, Any],
    security=(("queryKey",),),
)
_AUTH_COOKIE: Operation[dict[str, Any]] = Operation(
    id="authCookie",
    method="GET",
    path="/auth",
    params=(ParamSpec(name="pref", wire="pref", location="cookie"),),
    response=dict[str, Any],
    security=(("cookieKey",),),
)
_AUTH_EITHER: Operation[dict[str, Any]] = Operation(
    id="authEither",
    method="GET",
    path="/auth",
    response=dict[str, Any],
    security=(("headerKey",), ("bearer",)),
)
_AUTH_NONE: Operation[dict[str, Any]] = Operation(id="authNone", method="GET", path="/auth", response=dict[str, Any])
_FAIL: Operation[dict[str, Any]] = Operation(
    id="fail",
    method="GET",
    path="/fail/{status}",
    params=(ParamSpec(name="status", wire="status", location="path"),),
    response=dict[str, Any],
    errors=(
        ErrorCase(status="409", exception=e.SpecialConflict, model=m.Problem, code="special"),
        ErrorCase(status="404", exception=e.MissingThing, model=m.Problem),
        ErrorCase(status="4XX", exception=e.ClientProblem, model=m.Problem),
        ErrorCase(status="5XX", exception=e.ServerProblem),
        ErrorCase(status="default", exception=e.OtherProblem, model=m.Problem),
    ),
)
_IDEMPOTENT_POST: Operation[dict[str, Any]] = Operation(
    id="idempotentPost", method="POST", path="/idem", response=dict[str, Any], idempotent=True
)
_PLAIN_POST: Operation[dict[str, Any]] = Operation(
    id="plainPost", method="POST", path="/plain", response=dict[str, Any]
)
_ENUMS: Operation[m.Enums] = Operation(id="enums", method="GET", path="/enums", response=m.Enums)
_ITEMS: Operation[list[m.Item]] = Operation(id="items", method="GET", path="/items", response=list[m.Item])


class Things(SyncResource):
    @cached_property
    def with_raw_response(self) -> ThingsWithRawResponse:
        return ThingsWithRawResponse(self._client)

    def path_styles(
        self,
        *,
        a: Any,
        b: Any,
        c: Any,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _PATH_STYLES,
            {"a": a, "b": b, "c": c},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def path_exploded(
        self,
        *,
        b: Any,
        c: Any,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _PATH_EXPLODED,
            {"b": b, "c": c},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def query_styles(
        self,
        *,
        form_list: Any | NotGiven = NOT_GIVEN,
        form_flat: Any | NotGiven = NOT_GIVEN,
        space: Any | NotGiven = NOT_GIVEN,
        pipe: Any | NotGiven = NOT_GIVEN,
        deep: Any | NotGiven = NOT_GIVEN,
        json_filter: Any | NotGiven = NOT_GIVEN,
        flag: Any | NotGiven = NOT_GIVEN,
        color: Any | NotGiven = NOT_GIVEN,
        ratio: Any | NotGiven = NOT_GIVEN,
        text: Any | NotGiven = NOT_GIVEN,
        count: Any | NotGiven = NOT_GIVEN,
        obj_explode: Any | NotGiven = NOT_GIVEN,
        obj_flat: Any | NotGiven = NOT_GIVEN,
        nullable: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _QUERY_STYLES,
            {
                "form_list": form_list,
                "form_flat": form_flat,
                "space": space,
                "pipe": pipe,
                "deep": deep,
                "json_filter": json_filter,
                "flag": flag,
                "color": color,
                "ratio": ratio,
                "text": text,
                "count": count,
                "obj_explode": obj_explode,
                "obj_flat": obj_flat,
                "nullable": nullable,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def headers_cookies(
        self,
        *,
        trace: Any | NotGiven = NOT_GIVEN,
        tags: Any | NotGiven = NOT_GIVEN,
        meta: Any | NotGiven = NOT_GIVEN,
        pref: Any | NotGiven = NOT_GIVEN,
        prefs: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _HEADERS_COOKIES,
            {"trace": trace, "tags": tags, "meta": meta, "pref": pref, "prefs": prefs},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def json_body(
        self,
        *,
        display_name: str,
        tags: Any | NotGiven = NOT_GIVEN,
        nested: Any | NotGiven = NOT_GIVEN,
        nullable: Any | NotGiven = NOT_GIVEN,
        password: Any | NotGiven = NOT_GIVEN,
        when: Any | NotGiven = NOT_GIVEN,
        color: Any | NotGiven = NOT_GIVEN,
        item: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _JSON_BODY,
            {
                "display_name": display_name,
                "tags": tags,
                "nested": nested,
                "nullable": nullable,
                "password": password,
                "when": when,
                "color": color,
                "item": item,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def named_body(
        self,
        *,
        item: m.Item | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _NAMED_BODY,
            {"item": item},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def form_body(
        self,
        *,
        name: Any | NotGiven = NOT_GIVEN,
        tags: Any | NotGiven = NOT_GIVEN,
        meta: Any | NotGiven = NOT_GIVEN,
        flag: Any | NotGiven = NOT_GIVEN,
        password: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _FORM_BODY,
            {"name": name, "tags": tags, "meta": meta, "flag": flag, "password": password},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def upload(
        self,
        *,
        file: Any,
        description: Any | NotGiven = NOT_GIVEN,
        count: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _UPLOAD,
            {"file": file, "description": description, "count": count},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def blob(
        self,
        *,
        data: bytes,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        return self._client.request(
            _BLOB,
            {"data": data},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def echo_text(
        self,
        *,
        text: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        return self._client.request(
            _TEXT,
            {"text": text},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_bearer(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _AUTH_BEARER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_basic(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _AUTH_BASIC,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_header(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _AUTH_HEADER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_query(
        self,
        *,
        q: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _AUTH_QUERY,
            {"q": q},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_cookie(
        self,
        *,
        pref: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _AUTH_COOKIE,
            {"pref": pref},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_either(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _AUTH_EITHER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_none(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _AUTH_NONE,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def fail(
        self,
        *,
        status: int,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _FAIL,
            {"status": status},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def idempotent_post(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _IDEMPOTENT_POST,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def plain_post(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return self._client.request(
            _PLAIN_POST,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def enums(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.Enums:
        return self._client.request(
            _ENUMS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def items(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[m.Item]:
        return self._client.request(
            _ITEMS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class ThingsWithRawResponse(SyncResource):
    def path_styles(
        self,
        *,
        a: Any,
        b: Any,
        c: Any,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _PATH_STYLES,
            {"a": a, "b": b, "c": c},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def path_exploded(
        self,
        *,
        b: Any,
        c: Any,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _PATH_EXPLODED,
            {"b": b, "c": c},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def query_styles(
        self,
        *,
        form_list: Any | NotGiven = NOT_GIVEN,
        form_flat: Any | NotGiven = NOT_GIVEN,
        space: Any | NotGiven = NOT_GIVEN,
        pipe: Any | NotGiven = NOT_GIVEN,
        deep: Any | NotGiven = NOT_GIVEN,
        json_filter: Any | NotGiven = NOT_GIVEN,
        flag: Any | NotGiven = NOT_GIVEN,
        color: Any | NotGiven = NOT_GIVEN,
        ratio: Any | NotGiven = NOT_GIVEN,
        text: Any | NotGiven = NOT_GIVEN,
        count: Any | NotGiven = NOT_GIVEN,
        obj_explode: Any | NotGiven = NOT_GIVEN,
        obj_flat: Any | NotGiven = NOT_GIVEN,
        nullable: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _QUERY_STYLES,
            {
                "form_list": form_list,
                "form_flat": form_flat,
                "space": space,
                "pipe": pipe,
                "deep": deep,
                "json_filter": json_filter,
                "flag": flag,
                "color": color,
                "ratio": ratio,
                "text": text,
                "count": count,
                "obj_explode": obj_explode,
                "obj_flat": obj_flat,
                "nullable": nullable,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def headers_cookies(
        self,
        *,
        trace: Any | NotGiven = NOT_GIVEN,
        tags: Any | NotGiven = NOT_GIVEN,
        meta: Any | NotGiven = NOT_GIVEN,
        pref: Any | NotGiven = NOT_GIVEN,
        prefs: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _HEADERS_COOKIES,
            {"trace": trace, "tags": tags, "meta": meta, "pref": pref, "prefs": prefs},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def json_body(
        self,
        *,
        display_name: str,
        tags: Any | NotGiven = NOT_GIVEN,
        nested: Any | NotGiven = NOT_GIVEN,
        nullable: Any | NotGiven = NOT_GIVEN,
        password: Any | NotGiven = NOT_GIVEN,
        when: Any | NotGiven = NOT_GIVEN,
        color: Any | NotGiven = NOT_GIVEN,
        item: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _JSON_BODY,
            {
                "display_name": display_name,
                "tags": tags,
                "nested": nested,
                "nullable": nullable,
                "password": password,
                "when": when,
                "color": color,
                "item": item,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def named_body(
        self,
        *,
        item: m.Item | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _NAMED_BODY,
            {"item": item},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def form_body(
        self,
        *,
        name: Any | NotGiven = NOT_GIVEN,
        tags: Any | NotGiven = NOT_GIVEN,
        meta: Any | NotGiven = NOT_GIVEN,
        flag: Any | NotGiven = NOT_GIVEN,
        password: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _FORM_BODY,
            {"name": name, "tags": tags, "meta": meta, "flag": flag, "password": password},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def upload(
        self,
        *,
        file: Any,
        description: Any | NotGiven = NOT_GIVEN,
        count: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _UPLOAD,
            {"file": file, "description": description, "count": count},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def blob(
        self,
        *,
        data: bytes,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[bytes]:
        return self._client.request_raw(
            _BLOB,
            {"data": data},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def echo_text(
        self,
        *,
        text: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        return self._client.request_raw(
            _TEXT,
            {"text": text},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_bearer(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _AUTH_BEARER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_basic(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _AUTH_BASIC,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_header(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _AUTH_HEADER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_query(
        self,
        *,
        q: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _AUTH_QUERY,
            {"q": q},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_cookie(
        self,
        *,
        pref: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _AUTH_COOKIE,
            {"pref": pref},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_either(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _AUTH_EITHER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def auth_none(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _AUTH_NONE,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def fail(
        self,
        *,
        status: int,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _FAIL,
            {"status": status},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def idempotent_post(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _IDEMPOTENT_POST,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def plain_post(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return self._client.request_raw(
            _PLAIN_POST,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def enums(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.Enums]:
        return self._client.request_raw(
            _ENUMS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    def items(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[list[m.Item]]:
        return self._client.request_raw(
            _ITEMS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncThings(AsyncResource):
    @cached_property
    def with_raw_response(self) -> AsyncThingsWithRawResponse:
        return AsyncThingsWithRawResponse(self._client)

    async def path_styles(
        self,
        *,
        a: Any,
        b: Any,
        c: Any,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _PATH_STYLES,
            {"a": a, "b": b, "c": c},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def path_exploded(
        self,
        *,
        b: Any,
        c: Any,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _PATH_EXPLODED,
            {"b": b, "c": c},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def query_styles(
        self,
        *,
        form_list: Any | NotGiven = NOT_GIVEN,
        form_flat: Any | NotGiven = NOT_GIVEN,
        space: Any | NotGiven = NOT_GIVEN,
        pipe: Any | NotGiven = NOT_GIVEN,
        deep: Any | NotGiven = NOT_GIVEN,
        json_filter: Any | NotGiven = NOT_GIVEN,
        flag: Any | NotGiven = NOT_GIVEN,
        color: Any | NotGiven = NOT_GIVEN,
        ratio: Any | NotGiven = NOT_GIVEN,
        text: Any | NotGiven = NOT_GIVEN,
        count: Any | NotGiven = NOT_GIVEN,
        obj_explode: Any | NotGiven = NOT_GIVEN,
        obj_flat: Any | NotGiven = NOT_GIVEN,
        nullable: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _QUERY_STYLES,
            {
                "form_list": form_list,
                "form_flat": form_flat,
                "space": space,
                "pipe": pipe,
                "deep": deep,
                "json_filter": json_filter,
                "flag": flag,
                "color": color,
                "ratio": ratio,
                "text": text,
                "count": count,
                "obj_explode": obj_explode,
                "obj_flat": obj_flat,
                "nullable": nullable,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def headers_cookies(
        self,
        *,
        trace: Any | NotGiven = NOT_GIVEN,
        tags: Any | NotGiven = NOT_GIVEN,
        meta: Any | NotGiven = NOT_GIVEN,
        pref: Any | NotGiven = NOT_GIVEN,
        prefs: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _HEADERS_COOKIES,
            {"trace": trace, "tags": tags, "meta": meta, "pref": pref, "prefs": prefs},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def json_body(
        self,
        *,
        display_name: str,
        tags: Any | NotGiven = NOT_GIVEN,
        nested: Any | NotGiven = NOT_GIVEN,
        nullable: Any | NotGiven = NOT_GIVEN,
        password: Any | NotGiven = NOT_GIVEN,
        when: Any | NotGiven = NOT_GIVEN,
        color: Any | NotGiven = NOT_GIVEN,
        item: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _JSON_BODY,
            {
                "display_name": display_name,
                "tags": tags,
                "nested": nested,
                "nullable": nullable,
                "password": password,
                "when": when,
                "color": color,
                "item": item,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def named_body(
        self,
        *,
        item: m.Item | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _NAMED_BODY,
            {"item": item},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def form_body(
        self,
        *,
        name: Any | NotGiven = NOT_GIVEN,
        tags: Any | NotGiven = NOT_GIVEN,
        meta: Any | NotGiven = NOT_GIVEN,
        flag: Any | NotGiven = NOT_GIVEN,
        password: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _FORM_BODY,
            {"name": name, "tags": tags, "meta": meta, "flag": flag, "password": password},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def upload(
        self,
        *,
        file: Any,
        description: Any | NotGiven = NOT_GIVEN,
        count: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _UPLOAD,
            {"file": file, "description": description, "count": count},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def blob(
        self,
        *,
        data: bytes,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> bytes:
        return await self._client.request(
            _BLOB,
            {"data": data},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def echo_text(
        self,
        *,
        text: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> str:
        return await self._client.request(
            _TEXT,
            {"text": text},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_bearer(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _AUTH_BEARER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_basic(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _AUTH_BASIC,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_header(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _AUTH_HEADER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_query(
        self,
        *,
        q: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _AUTH_QUERY,
            {"q": q},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_cookie(
        self,
        *,
        pref: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _AUTH_COOKIE,
            {"pref": pref},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_either(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _AUTH_EITHER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_none(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _AUTH_NONE,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def fail(
        self,
        *,
        status: int,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _FAIL,
            {"status": status},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def idempotent_post(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _IDEMPOTENT_POST,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def plain_post(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        return await self._client.request(
            _PLAIN_POST,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def enums(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> m.Enums:
        return await self._client.request(
            _ENUMS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def items(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> list[m.Item]:
        return await self._client.request(
            _ITEMS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )


class AsyncThingsWithRawResponse(AsyncResource):
    async def path_styles(
        self,
        *,
        a: Any,
        b: Any,
        c: Any,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _PATH_STYLES,
            {"a": a, "b": b, "c": c},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def path_exploded(
        self,
        *,
        b: Any,
        c: Any,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _PATH_EXPLODED,
            {"b": b, "c": c},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def query_styles(
        self,
        *,
        form_list: Any | NotGiven = NOT_GIVEN,
        form_flat: Any | NotGiven = NOT_GIVEN,
        space: Any | NotGiven = NOT_GIVEN,
        pipe: Any | NotGiven = NOT_GIVEN,
        deep: Any | NotGiven = NOT_GIVEN,
        json_filter: Any | NotGiven = NOT_GIVEN,
        flag: Any | NotGiven = NOT_GIVEN,
        color: Any | NotGiven = NOT_GIVEN,
        ratio: Any | NotGiven = NOT_GIVEN,
        text: Any | NotGiven = NOT_GIVEN,
        count: Any | NotGiven = NOT_GIVEN,
        obj_explode: Any | NotGiven = NOT_GIVEN,
        obj_flat: Any | NotGiven = NOT_GIVEN,
        nullable: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _QUERY_STYLES,
            {
                "form_list": form_list,
                "form_flat": form_flat,
                "space": space,
                "pipe": pipe,
                "deep": deep,
                "json_filter": json_filter,
                "flag": flag,
                "color": color,
                "ratio": ratio,
                "text": text,
                "count": count,
                "obj_explode": obj_explode,
                "obj_flat": obj_flat,
                "nullable": nullable,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def headers_cookies(
        self,
        *,
        trace: Any | NotGiven = NOT_GIVEN,
        tags: Any | NotGiven = NOT_GIVEN,
        meta: Any | NotGiven = NOT_GIVEN,
        pref: Any | NotGiven = NOT_GIVEN,
        prefs: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _HEADERS_COOKIES,
            {"trace": trace, "tags": tags, "meta": meta, "pref": pref, "prefs": prefs},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def json_body(
        self,
        *,
        display_name: str,
        tags: Any | NotGiven = NOT_GIVEN,
        nested: Any | NotGiven = NOT_GIVEN,
        nullable: Any | NotGiven = NOT_GIVEN,
        password: Any | NotGiven = NOT_GIVEN,
        when: Any | NotGiven = NOT_GIVEN,
        color: Any | NotGiven = NOT_GIVEN,
        item: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _JSON_BODY,
            {
                "display_name": display_name,
                "tags": tags,
                "nested": nested,
                "nullable": nullable,
                "password": password,
                "when": when,
                "color": color,
                "item": item,
            },
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def named_body(
        self,
        *,
        item: m.Item | dict[str, Any],
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _NAMED_BODY,
            {"item": item},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def form_body(
        self,
        *,
        name: Any | NotGiven = NOT_GIVEN,
        tags: Any | NotGiven = NOT_GIVEN,
        meta: Any | NotGiven = NOT_GIVEN,
        flag: Any | NotGiven = NOT_GIVEN,
        password: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _FORM_BODY,
            {"name": name, "tags": tags, "meta": meta, "flag": flag, "password": password},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def upload(
        self,
        *,
        file: Any,
        description: Any | NotGiven = NOT_GIVEN,
        count: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _UPLOAD,
            {"file": file, "description": description, "count": count},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def blob(
        self,
        *,
        data: bytes,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[bytes]:
        return await self._client.request_raw(
            _BLOB,
            {"data": data},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def echo_text(
        self,
        *,
        text: str,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[str]:
        return await self._client.request_raw(
            _TEXT,
            {"text": text},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_bearer(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _AUTH_BEARER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_basic(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _AUTH_BASIC,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_header(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _AUTH_HEADER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_query(
        self,
        *,
        q: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _AUTH_QUERY,
            {"q": q},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_cookie(
        self,
        *,
        pref: Any | NotGiven = NOT_GIVEN,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _AUTH_COOKIE,
            {"pref": pref},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_either(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _AUTH_EITHER,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def auth_none(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _AUTH_NONE,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def fail(
        self,
        *,
        status: int,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _FAIL,
            {"status": status},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def idempotent_post(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _IDEMPOTENT_POST,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def plain_post(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[dict[str, Any]]:
        return await self._client.request_raw(
            _PLAIN_POST,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def enums(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[m.Enums]:
        return await self._client.request_raw(
            _ENUMS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )

    async def items(
        self,
        *,
        timeout: float | httpx.Timeout | NotGiven | None = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
        extra_headers: Mapping[str, str] | None = None,
    ) -> APIResponse[list[m.Item]]:
        return await self._client.request_raw(
            _ITEMS,
            {},
            timeout=timeout,
            max_retries=max_retries,
            extra_headers=extra_headers,
        )
