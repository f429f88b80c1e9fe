"""A virtual clock for limiter tests: sleeping costs no real time, and time jumps when every task waits."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections.abc import Coroutine
from typing import TypeVar

T = TypeVar("T")


class VirtualClock:
    """`now()` starts at 1000.0; `run(coro)` drives the coroutine, jumping to the next sleeper's deadline."""

    def __init__(self) -> None:
        self._now = 1000.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._seq = itertools.count()

    def now(self) -> float:
        return self._now

    async def sleep(self, seconds: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self._now + max(seconds, 0.0), next(self._seq), future))
        await future

    def advance(self, seconds: float) -> None:
        """Move time forward, waking every sleeper whose deadline passed."""
        self._now += seconds
        while self._sleepers and self._sleepers[0][0] <= self._now:
            _, _, future = heapq.heappop(self._sleepers)
            if not future.done():
                future.set_result(None)

    async def _settle(self) -> None:
        for _ in range(200):
            await asyncio.sleep(0)

    async def run(self, coro: Coroutine[object, object, T], limit: float = 100_000.0) -> T:
        """Run `coro` to completion on virtual time (at most `limit` virtual seconds)."""
        task = asyncio.ensure_future(coro)
        start = self._now
        while True:
            await self._settle()
            if task.done():
                return task.result()
            while self._sleepers and self._sleepers[0][2].done():
                heapq.heappop(self._sleepers)
            if not self._sleepers:
                task.cancel()
                raise RuntimeError("deadlock: every task waits and nobody sleeps")
            deadline = self._sleepers[0][0]
            if deadline - start > limit:
                task.cancel()
                raise RuntimeError("virtual time limit exceeded")
            self.advance(max(deadline - self._now, 0.0))
