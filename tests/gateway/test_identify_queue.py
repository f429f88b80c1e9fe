"""The identify queue: max_concurrency buckets, 5-second windows, in memory and shared through Redis."""

from __future__ import annotations

import asyncio
import heapq
import itertools
from collections import defaultdict

import pytest

from echord.gateway import InMemoryIdentifyQueue, RedisIdentifyQueue
from echord.gateway.identify_queue import identify_bucket


class VirtualTime:
    """A clock that jumps to the next sleeper's wake-up time whenever every task is waiting."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def __call__(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._sleepers, (self.now + max(0.0, delay), next(self._order), future))
        await future

    async def run_until_done(self, tasks: list[asyncio.Task[None]]) -> None:
        while not all(t.done() for t in tasks):
            for _ in range(50):  # let every runnable task reach its next sleep
                await asyncio.sleep(0)
            if self._sleepers:
                wake, _, future = heapq.heappop(self._sleepers)
                self.now = max(self.now, wake)
                future.set_result(None)
        for t in tasks:
            t.result()


async def test_sixteen_shards_with_max_concurrency_four_identify_in_four_windows() -> None:
    clock = VirtualTime()
    queue = InMemoryIdentifyQueue(clock=clock, sleep=clock.sleep)
    identified: dict[int, float] = {}

    async def identify(shard_id: int) -> None:
        await queue.acquire(shard_id, 4)
        identified[shard_id] = clock.now

    tasks = [asyncio.create_task(identify(shard_id)) for shard_id in range(16)]
    await clock.run_until_done(tasks)

    windows: dict[float, list[int]] = defaultdict(list)
    for shard_id, at in identified.items():
        windows[at].append(shard_id)
    assert sorted(windows) == [0.0, 5.0, 10.0, 15.0]
    assert [sorted(windows[t]) for t in sorted(windows)] == [
        [0, 1, 2, 3],
        [4, 5, 6, 7],
        [8, 9, 10, 11],
        [12, 13, 14, 15],
    ]


async def test_a_reidentify_waits_for_its_bucket_window() -> None:
    clock = VirtualTime()
    queue = InMemoryIdentifyQueue(clock=clock, sleep=clock.sleep)
    await queue.acquire(0, 2)
    clock.now = 3.0
    other_bucket = asyncio.create_task(queue.acquire(1, 2))
    same_bucket = asyncio.create_task(queue.acquire(2, 2))  # 2 % 2 == 0: waits until 5.0
    await clock.run_until_done([other_bucket, same_bucket])
    assert clock.now == 5.0


def test_bucket_is_shard_id_modulo_max_concurrency() -> None:
    assert [identify_bucket(i, 16) for i in (0, 15, 16, 31)] == [0, 15, 0, 15]
    assert identify_bucket(7, 1) == 0


async def test_redis_queue_holds_a_bucket_for_a_window(redis_url: str) -> None:
    from redis.asyncio import Redis

    queue = RedisIdentifyQueue(Redis.from_url(redis_url), window=0.3)
    loop = asyncio.get_running_loop()
    times: dict[int, float] = {}

    async def identify(shard_id: int) -> None:
        await queue.acquire(shard_id, 2)
        times[shard_id] = loop.time()

    start = loop.time()
    await asyncio.gather(*(identify(i) for i in range(6)))
    await queue.aclose()
    for bucket in (0, 1):
        stamps = sorted(t for s, t in times.items() if s % 2 == bucket)
        assert all(b - a >= 0.28 for a, b in itertools.pairwise(stamps))
    assert max(times.values()) - start < 2.0  # three windows, not serialised across buckets


@pytest.mark.parametrize("max_concurrency", [1, 16])
async def test_redis_queue_keys_include_max_concurrency(redis_url: str, max_concurrency: int) -> None:
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    queue = RedisIdentifyQueue(redis, window=5.0)
    await queue.acquire(17, max_concurrency)
    keys = sorted(k if isinstance(k, str) else k.decode() for k in await redis.keys("echord:identify:*"))
    assert keys == [f"echord:identify:{max_concurrency}:{17 % max_concurrency}"]
    ttl = await redis.pttl(keys[0])
    assert 4000 < ttl <= 5000
    await redis.aclose()
