"""Tracks the tasks the client's listeners run in, so shutdown can wait for them and then cancel the rest.

The bus runs each listener call as its own task and can only wait for them; a listener stuck on a network
call would keep a stopping bot alive for ever. Listeners registered through the client are wrapped so
their running tasks are known and can be cancelled after a grace period.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import TypeVar

__all__ = ["TaskTracker"]

E = TypeVar("E")

_log = logging.getLogger("echord.client")


class TaskTracker:
    """Wraps listeners so the tasks running them are known; `shutdown` waits, then cancels."""

    def __init__(self) -> None:
        self._running: set[asyncio.Task[object]] = set()
        self._wrapped: dict[
            tuple[type[object], Callable[..., Awaitable[None]]], Callable[..., Awaitable[None]]
        ] = {}

    def wrap(
        self, event_type: type[E], listener: Callable[[E], Awaitable[None]]
    ) -> Callable[[E], Awaitable[None]]:
        """The tracked form of `listener` for `event_type` (the same object for the same pair)."""
        key: tuple[type[object], Callable[..., Awaitable[None]]] = (event_type, listener)
        existing = self._wrapped.get(key)
        if existing is not None:
            return existing
        running = self._running

        async def tracked(event: E) -> None:
            task = asyncio.current_task()
            if task is not None:
                running.add(task)
            try:
                await listener(event)
            finally:
                if task is not None:
                    running.discard(task)

        tracked.__name__ = getattr(listener, "__name__", "listener")
        tracked.__qualname__ = getattr(listener, "__qualname__", tracked.__name__)
        self._wrapped[key] = tracked
        return tracked

    def forget(
        self, event_type: type[E], listener: Callable[[E], Awaitable[None]]
    ) -> Callable[[E], Awaitable[None]] | None:
        """The tracked form registered for this pair, removed from the table (None if there is none)."""
        return self._wrapped.pop((event_type, listener), None)

    @property
    def running(self) -> int:
        """How many tracked listener calls are in progress."""
        return len(self._running)

    async def shutdown(self, grace: float) -> None:
        """Wait up to `grace` seconds for running listener calls, then cancel and await the rest."""
        if self._running:
            await asyncio.wait(set(self._running), timeout=grace)
        late = set(self._running)
        if late:
            _log.warning("cancelling %d listener call(s) still running after %.1f s", len(late), grace)
            for task in late:
                task.cancel()
            await asyncio.gather(*late, return_exceptions=True)
