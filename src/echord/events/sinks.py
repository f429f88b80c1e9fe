"""Synchronous event consumers the bus feeds inline: `wait_for` waiters and the queues behind streams.

Unlike listeners they run no task per event, so waiting for one event or streaming many costs a predicate
call and a queue put on the dispatcher's path.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import Generic, Protocol, TypeVar

__all__ = ["Predicate", "PredicateFailure", "Sink", "StreamSink", "Waiter"]

E = TypeVar("E")
E_contra = TypeVar("E_contra", contravariant=True)

Predicate = Callable[[E], bool]
"""Chooses which events a waiter or stream takes; runs on the dispatcher's path, so keep it cheap."""

_log = logging.getLogger("echord.events.bus")


class PredicateFailure:
    """Queued in place of an event when a stream's predicate raised: the stream re-raises it."""

    __slots__ = ("exception",)

    def __init__(self, exception: Exception) -> None:
        self.exception = exception


class Sink(Protocol[E_contra]):
    """Takes events inline; `offer` returns True when the sink is done and should be removed."""

    def offer(self, event: E_contra, /) -> bool: ...


class Waiter(Generic[E]):
    """Resolves a future with the first event the predicate accepts (or with the predicate's exception)."""

    __slots__ = ("future", "predicate")

    def __init__(self, future: asyncio.Future[E], predicate: Predicate[E] | None) -> None:
        self.future = future
        self.predicate = predicate

    def offer(self, event: E, /) -> bool:
        future = self.future
        if future.done():
            return True
        try:
            if self.predicate is not None and not self.predicate(event):
                return False
        except Exception as exc:
            future.set_exception(exc)
            return True
        future.set_result(event)
        return True


class StreamSink(Generic[E]):
    """The queue behind an `EventStream`. When full it drops the oldest event (and says so, once per run)."""

    __slots__ = ("_overflowing", "closed", "predicate", "queue")

    def __init__(self, predicate: Predicate[E] | None, maxsize: int) -> None:
        self.predicate = predicate
        self.queue: asyncio.Queue[E | PredicateFailure] = asyncio.Queue(maxsize)
        self.closed = False
        self._overflowing = False

    def offer(self, event: E, /) -> bool:
        if self.closed:
            return True
        try:
            if self.predicate is not None and not self.predicate(event):
                return False
        except Exception as exc:
            self._put(PredicateFailure(exc))
            return True
        self._put(event)
        return False

    def _put(self, item: E | PredicateFailure) -> None:
        queue = self.queue
        if queue.full():
            queue.get_nowait()
            if not self._overflowing:
                _log.warning(
                    "an event stream is not keeping up: dropping its oldest events (maxsize %d)",
                    queue.maxsize,
                )
                self._overflowing = True
        else:
            self._overflowing = False
        queue.put_nowait(item)
