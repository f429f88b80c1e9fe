"""Connects a `CacheUpdater` to the event bus: raw dispatches in, `CacheUpdate` events out.

The cache reads the raw dispatch body (`RawEvent`), not the decoded event, so it decodes only the fields
it keeps and costs nothing extra when no listener wants the full event. Updates are applied one at a time
in arrival order by a single worker task: with an awaiting store (Redis), two events about one member
must not interleave.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from dataclasses import dataclass

from echord.events import Event, EventBus, RawEvent

from .changes import Change
from .updater import CacheUpdater

__all__ = ["CacheFeed", "CacheUpdate"]

log = logging.getLogger("echord.cache")


@dataclass(frozen=True, slots=True)
class CacheUpdate(Event):
    """A gateway dispatch was applied to the cache; `changes` says what it changed (before, after).

    Published on the bus only while someone listens for it. Bulk loads (GUILD_CREATE's members, member
    chunks) report the guild, not each member.
    """

    name: str
    shard_id: int
    changes: tuple[Change[object], ...]


class CacheFeed:
    """Applies the bus's raw dispatches to the cache in order, and publishes `CacheUpdate` events."""

    def __init__(self, bus: EventBus, updater: CacheUpdater) -> None:
        self.bus = bus
        self.updater = updater
        self._names = updater.event_names
        self._queue: asyncio.Queue[RawEvent] = asyncio.Queue()
        self._worker: asyncio.Task[None] | None = None

    def start(self) -> None:
        """Subscribe to the bus's raw events and start the worker (needs a running loop)."""
        self.bus.subscribe(RawEvent, self._on_raw)
        if self._worker is None:
            self._worker = asyncio.create_task(self._work(), name="echord.cache feed")

    async def stop(self) -> None:
        """Unsubscribe, and stop the worker once the queued dispatches are applied."""
        self.bus.unsubscribe(RawEvent, self._on_raw)
        await self.drain()
        if self._worker is not None:
            self._worker.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._worker
            self._worker = None

    async def drain(self) -> None:
        """Wait until every dispatch received so far is applied."""
        await self._queue.join()

    async def _on_raw(self, event: RawEvent) -> None:
        if event.name in self._names:
            self._queue.put_nowait(event)

    async def _work(self) -> None:
        while True:
            event = await self._queue.get()
            try:
                result = await self.updater.apply(event.name, event.data)
            except Exception:
                log.exception("cache update from %s failed", event.name)
            else:
                if self.bus.has_consumers(CacheUpdate):
                    self.bus.dispatch(CacheUpdate(event.name, event.shard_id, _changes(result)))
            finally:
                self._queue.task_done()


def _changes(result: object) -> tuple[Change[object], ...]:
    if isinstance(result, Change):
        return (result,)
    if isinstance(result, list):
        return tuple(item for item in result if isinstance(item, Change))
    return ()
