"""Iterating over every item of a paginated listing, fetching pages lazily.

Token style: each request after the first sets the token argument to the previous response's
token property; iteration stops when the token is absent, empty, or one already seen. Offset
style: the offset argument advances by the number of items returned; iteration stops on an
empty page or when the offset reaches the total property (when the API returns one). No
request is sent until iteration starts.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._models import wire_get, wire_text
from ._spec import Operation, PaginationSpec
from ._types import NotGiven, RequestOptions

if TYPE_CHECKING:
    from ._client import AsyncAPIClient, SyncAPIClient

__all__ = ["AsyncPager", "PageCursor", "SyncPager", "page_items"]

T = TypeVar("T")


class PageCursor:
    """The page-to-page state of one iteration, shared by the sync and async pagers."""

    __slots__ = ("_args", "_offset", "_seen", "_spec", "done")

    def __init__(self, spec: PaginationSpec, args: Mapping[str, Any]) -> None:
        self._spec = spec
        self._args = dict(args)
        self._seen: set[str] = set()
        self._offset: Any = 0
        self.done = False
        if spec.style == "token" and spec.token_param:
            given = self._args.get(spec.token_param)
            start = None if isinstance(given, NotGiven) else wire_text(given)
            if start:
                self._seen.add(start)
        if spec.style == "offset" and spec.offset_param:
            start = self._args.get(spec.offset_param)
            if isinstance(start, (int, float)) and not isinstance(start, bool):
                self._offset = start

    @property
    def args(self) -> dict[str, Any]:
        """The arguments of the next request."""
        return self._args

    def advance(self, page: Any, count: int) -> None:
        """Prepare the arguments of the next request from `page` (`count` items), or finish."""
        spec = self._spec
        if spec.style == "token":
            token = wire_text(wire_get(page, spec.token_field or ""))
            if not token or token in self._seen or not spec.token_param:
                self.done = True
                return
            self._seen.add(token)
            self._args[spec.token_param] = token
            return
        if count == 0 or not spec.offset_param:
            self.done = True
            return
        self._offset = self._offset + count
        if spec.total_field:
            total = wire_get(page, spec.total_field)
            if isinstance(total, (int, float)) and self._offset >= total:
                self.done = True
                return
        self._args[spec.offset_param] = self._offset


def page_items(spec: PaginationSpec, page: Any) -> list[Any]:
    """The items of a page."""
    found = wire_get(page, spec.items_field)
    return list(found) if found else []


def _spec_of(op: Operation[Any]) -> PaginationSpec:
    if op.pagination is None:
        raise TypeError(f"operation {op.id} is not paginated")
    return op.pagination


class SyncPager(Generic[T]):
    """Iterates over every item of every page; `pages()` iterates over the pages."""

    def __init__(
        self,
        client: SyncAPIClient,
        op: Operation[Any],
        args: Mapping[str, Any],
        options: RequestOptions,
    ) -> None:
        self._client = client
        self._op = op
        self._spec = _spec_of(op)
        self._args = dict(args)
        self._options = options

    def pages(self) -> Iterator[Any]:
        """Every page (the parsed response of each request), fetched as needed."""
        cursor = PageCursor(self._spec, self._args)
        options = self._options
        while not cursor.done:
            page = self._client.request(
                self._op,
                cursor.args,
                timeout=options.timeout,
                max_retries=options.max_retries,
                extra_headers=options.extra_headers,
            )
            yield page
            cursor.advance(page, len(page_items(self._spec, page)))

    def __iter__(self) -> Iterator[T]:
        for page in self.pages():
            yield from page_items(self._spec, page)

    def __repr__(self) -> str:
        return f"<SyncPager {self._op.id}>"


class AsyncPager(Generic[T]):
    """Async-iterates over every item of every page; `pages()` over the pages."""

    def __init__(
        self,
        client: AsyncAPIClient,
        op: Operation[Any],
        args: Mapping[str, Any],
        options: RequestOptions,
    ) -> None:
        self._client = client
        self._op = op
        self._spec = _spec_of(op)
        self._args = dict(args)
        self._options = options

    async def pages(self) -> AsyncIterator[Any]:
        """Every page (the parsed response of each request), fetched as needed."""
        cursor = PageCursor(self._spec, self._args)
        options = self._options
        while not cursor.done:
            page = await self._client.request(
                self._op,
                cursor.args,
                timeout=options.timeout,
                max_retries=options.max_retries,
                extra_headers=options.extra_headers,
            )
            yield page
            cursor.advance(page, len(page_items(self._spec, page)))

    async def __aiter__(self) -> AsyncIterator[T]:
        async for page in self.pages():
            for item in page_items(self._spec, page):
                yield item

    def __repr__(self) -> str:
        return f"<AsyncPager {self._op.id}>"
