"""The identify queue: every IDENTIFY (first, or after an invalid session) waits here.

Discord allows `max_concurrency` identifies per 5 seconds, keyed by `shard_id % max_concurrency`
(docs: "Max Concurrency"). The queue hands out one identify per bucket per window. The in-memory queue
serves one process; `RedisIdentifyQueue` lets several processes (or machines) share the buckets with
an atomic `SET NX PX` lock per bucket.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = [
    "IDENTIFY_WINDOW",
    "IdentifyQueue",
    "InMemoryIdentifyQueue",
    "RedisIdentifyQueue",
    "identify_bucket",
]

_log = logging.getLogger("echord.gateway.identify_queue")

IDENTIFY_WINDOW = 5.0
"""Seconds one bucket is held after an identify."""


def identify_bucket(shard_id: int, max_concurrency: int) -> int:
    """The rate-limit key of a shard: `shard_id % max_concurrency`."""
    return shard_id % max(1, max_concurrency)


class IdentifyQueue(Protocol):
    """Waits until `shard_id` may identify; when it returns, the shard's bucket is taken for a window."""

    async def acquire(self, shard_id: int, max_concurrency: int) -> None: ...


class InMemoryIdentifyQueue:
    """One process: per-bucket FIFO lock plus the time the bucket frees up. Clock and sleep injectable."""

    def __init__(
        self,
        window: float = IDENTIFY_WINDOW,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.window = window
        self._clock = clock
        self._sleep = sleep
        self._locks: dict[int, asyncio.Lock] = {}
        self._free_at: dict[int, float] = {}

    async def acquire(self, shard_id: int, max_concurrency: int) -> None:
        bucket = identify_bucket(shard_id, max_concurrency)
        lock = self._locks.setdefault(bucket, asyncio.Lock())
        async with lock:
            wait = self._free_at.get(bucket, float("-inf")) - self._clock()
            if wait > 0:
                _log.debug("shard %d waits %.2f s for identify bucket %d", shard_id, wait, bucket)
                await self._sleep(wait)
            self._free_at[bucket] = self._clock() + self.window


class RedisIdentifyQueue:
    """Shared by every process using the same Redis and prefix.

    A bucket is a key `{prefix}:{max_concurrency}:{bucket}` set with `NX PX window`: whoever sets it may
    identify, the others sleep for the key's remaining TTL. Redis expires the key, so a crashed process
    never holds a bucket longer than one window. A local lock keeps one process's shards in FIFO order.
    """

    def __init__(
        self,
        redis: Redis,
        *,
        prefix: str = "echord:identify",
        window: float = IDENTIFY_WINDOW,
        poll: float = 0.05,
    ) -> None:
        self._redis = redis
        self.prefix = prefix
        self.window = window
        self._poll = poll
        self._locks: dict[int, asyncio.Lock] = {}

    @classmethod
    def from_url(
        cls, url: str, *, prefix: str = "echord:identify", window: float = IDENTIFY_WINDOW
    ) -> RedisIdentifyQueue:
        """Build a queue with its own `redis.asyncio` client."""
        from redis.asyncio import Redis

        return cls(Redis.from_url(url), prefix=prefix, window=window)

    async def acquire(self, shard_id: int, max_concurrency: int) -> None:
        bucket = identify_bucket(shard_id, max_concurrency)
        key = f"{self.prefix}:{max_concurrency}:{bucket}"
        token = secrets.token_hex(8)
        window_ms = max(1, int(self.window * 1000))
        async with self._locks.setdefault(bucket, asyncio.Lock()):
            while True:
                if await self._redis.set(key, token, nx=True, px=window_ms):
                    return
                ttl_ms = await self._redis.pttl(key)
                # -2: expired between the two calls; -1 cannot happen (we always set PX), retry soon.
                await asyncio.sleep(ttl_ms / 1000 if ttl_ms > 0 else self._poll)

    async def aclose(self) -> None:
        """Close the Redis client."""
        await self._redis.aclose()
