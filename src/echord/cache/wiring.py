"""Connects a `CacheUpdater` to the event bus: raw dispatches in, `CacheUpdate` events out.

The cache reads the raw dispatch body through a bus raw hook, not the decoded event, so it decodes only the
fields it keeps and costs nothing extra when no listener wants the full event. Updates are applied one at a
time in arrival order. An update that completes without suspending (every update with the in-memory stores)
runs inline, on the dispatch path: no task, no queue, and listeners of the event already see it applied.
An update that suspends (an awaiting store such as Redis) continues in a worker task, and later dispatches
wait behind it in a backlog, so two events about one member never interleave.
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Coroutine, Generator
from dataclasses import dataclass
from typing import Any

from echord.events import Event, EventBus

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
        self._handlers = {name: updater.handler(name) for name in updater.event_names}
        self._backlog: deque[tuple[str, bytes, int]] = deque()
        self._worker: asyncio.Task[None] | None = None
        """Finishes a suspended update, then the backlog; None while updates run inline."""
        self._started = False

    def start(self) -> None:
        """Start applying the bus's gateway dispatches."""
        if not self._started:
            self.bus.add_raw_hook(self._on_raw)
            self._started = True

    async def stop(self) -> None:
        """Stop applying dispatches, once those received so far are applied."""
        if self._started:
            self.bus.remove_raw_hook(self._on_raw)
            self._started = False
        await self.drain()

    async def drain(self) -> None:
        """Wait until every dispatch received so far is applied."""
        while self._worker is not None:
            await asyncio.wait((self._worker,))

    def _on_raw(self, name: str, data: bytes, shard_id: int) -> None:
        handler = self._handlers.get(name)
        if handler is None:
            return
        if self._worker is not None:  # an earlier update is suspended: keep the order
            self._backlog.append((name, bytes(data), shard_id))
            return
        coro = handler(data)
        try:
            suspended = coro.send(None)
        except StopIteration as done:
            self._publish(name, shard_id, done.value)
            return
        except Exception:
            log.exception("cache update from %s failed", name)
            return
        self._worker = asyncio.create_task(
            self._finish(_Resumed(coro, suspended), name, shard_id), name="echord.cache feed"
        )

    async def _finish(self, update: _Resumed, name: str, shard_id: int) -> None:
        try:
            try:
                result = await update
            except Exception:
                log.exception("cache update from %s failed", name)
            else:
                self._publish(name, shard_id, result)
            backlog = self._backlog
            while backlog:
                name, data, shard_id = backlog.popleft()
                try:
                    result = await self.updater.apply(name, data)
                except Exception:
                    log.exception("cache update from %s failed", name)
                else:
                    self._publish(name, shard_id, result)
        finally:
            self._worker = None

    def _publish(self, name: str, shard_id: int, result: object) -> None:
        bus = self.bus
        if bus.has_consumers(CacheUpdate):
            bus.dispatch(CacheUpdate(name, shard_id, _changes(result)))


class _Resumed:
    """Awaitable that continues a coroutine already stepped once by hand (it yielded `suspended`)."""

    __slots__ = ("_coro", "_suspended")

    def __init__(self, coro: Coroutine[Any, Any, object], suspended: object) -> None:
        self._coro = coro
        self._suspended = suspended

    def __await__(self) -> Generator[Any, Any, object]:
        coro = self._coro
        pending = self._suspended
        while True:
            try:
                sent = yield pending
            except BaseException as exc:  # cancellation, or an error thrown into the awaited future
                try:
                    pending = coro.throw(exc)
                except StopIteration as done:
                    return done.value
            else:
                try:
                    pending = coro.send(sent)
                except StopIteration as done:
                    return done.value


def _changes(result: object) -> tuple[Change[object], ...]:
    if isinstance(result, Change):
        return (result,)
    if isinstance(result, list):
        return tuple(item for item in result if isinstance(item, Change))
    return ()
