"""Lazy async iteration over Discord's paginated listings.

Each listing has its own cursor rule (messages page by id before/after, archived threads by timestamp with
`has_more`, members only after…). A `Paginator` is given one function that fetches the next page from the
previous one, so every rule lives next to the endpoint it belongs to and iteration itself is written once.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from typing import Generic, TypeVar

__all__ = ["Page", "Paginator"]

T = TypeVar("T")


class Page(Generic[T]):
    """One fetched page: its items, in the order to yield them, and whether another page may follow."""

    __slots__ = ("items", "more")

    def __init__(self, items: Sequence[T], *, more: bool) -> None:
        self.items = items
        self.more = more


class Paginator(Generic[T]):
    """An async iterator that fetches pages only as they are consumed, stopping after `limit` items.

    `fetch(remaining)` returns the next page; `remaining` is how many items are still wanted (None: all),
    so the fetcher can ask Discord for no more than needed. The fetcher keeps its own cursor.
    """

    __slots__ = ("_fetch", "_limit")

    def __init__(self, fetch: Callable[[int | None], Awaitable[Page[T]]], *, limit: int | None) -> None:
        if limit is not None and limit < 0:
            raise ValueError("limit must be >= 0 or None")
        self._fetch = fetch
        self._limit = limit

    def __aiter__(self) -> AsyncIterator[T]:
        return self._iterate()

    async def _iterate(self) -> AsyncIterator[T]:
        remaining = self._limit
        while remaining is None or remaining > 0:
            page = await self._fetch(remaining)
            for item in page.items:
                if remaining is not None:
                    if remaining <= 0:
                        return
                    remaining -= 1
                yield item
            if not page.more or not page.items:
                return

    async def flatten(self) -> list[T]:
        """Every item, in one list (fetches every page)."""
        return [item async for item in self]
