"""`bus.stream(...)`: an async iterator over the events of one type that pass a predicate."""

from __future__ import annotations

import asyncio
import weakref
from collections.abc import Callable
from types import TracebackType
from typing import Generic, TypeVar

from echord.events.sinks import Predicate, PredicateFailure, StreamSink

__all__ = ["EventStream"]

E = TypeVar("E")


class EventStream(Generic[E]):
    """Events of one type, in dispatch order, from the moment the stream is entered until it is closed.

    Use it as `async with bus.stream(T) as events: async for event in events: ...`, or iterate it directly.
    It ends after `limit` events or when no event arrives for `timeout` seconds. A stream that is dropped
    without being closed unsubscribes itself when it is garbage collected.
    """

    def __init__(
        self,
        subscribe: Callable[[StreamSink[E]], None],
        unsubscribe: Callable[[StreamSink[E]], None],
        predicate: Predicate[E] | None,
        *,
        limit: int | None,
        timeout: float | None,
        maxsize: int,
    ) -> None:
        self._subscribe = subscribe
        self._unsubscribe = unsubscribe
        self._sink: StreamSink[E] | None = None
        self._predicate = predicate
        self._remaining = limit
        self._timeout = timeout
        self._maxsize = maxsize
        self._finalizer: weakref.finalize[..., EventStream[E]] | None = None

    def _open(self) -> StreamSink[E]:
        if self._sink is None:
            sink: StreamSink[E] = StreamSink(self._predicate, self._maxsize)
            self._subscribe(sink)
            self._sink = sink
            self._finalizer = weakref.finalize(self, self._unsubscribe, sink)
        return self._sink

    async def aclose(self) -> None:
        """Stop receiving events (idempotent); iteration ends after events already queued are dropped."""
        self.close()

    def close(self) -> None:
        """Stop receiving events (idempotent)."""
        if self._sink is not None and not self._sink.closed:
            self._sink.closed = True
            if self._finalizer is not None:
                self._finalizer()

    async def __aenter__(self) -> EventStream[E]:
        self._open()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def __aiter__(self) -> EventStream[E]:
        self._open()
        return self

    async def __anext__(self) -> E:
        sink = self._open()
        if sink.closed or self._remaining == 0:
            self.close()
            raise StopAsyncIteration
        try:
            if self._timeout is None:
                item = await sink.queue.get()
            else:
                async with asyncio.timeout(self._timeout):
                    item = await sink.queue.get()
        except TimeoutError:
            self.close()
            raise StopAsyncIteration from None
        if isinstance(item, PredicateFailure):
            self.close()
            raise item.exception
        if self._remaining is not None:
            self._remaining -= 1
        return item
