"""The Redis store behaves like the memory store: same results and same evictions for any operations."""

from __future__ import annotations

import asyncio
import itertools

import redis.asyncio as aioredis
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from echord.cache import Eviction, MemoryStore, RedisStore, StorePolicy, UserRecord
from echord.cache.stores import Store

_run = itertools.count()

groups = st.sampled_from([1, 2])
keys = st.integers(min_value=1, max_value=5)
operations = st.lists(
    st.one_of(
        st.tuples(st.just("set"), groups, keys),
        st.tuples(st.just("get"), groups, keys),
        st.tuples(st.just("get_many"), groups, keys),
        st.tuples(st.just("delete"), groups, keys),
        st.tuples(st.just("drop"), groups, keys),
    ),
    max_size=25,
)


async def replay(store: Store[UserRecord], ops: list[tuple[str, int, int]]) -> list[object]:
    evicted: list[tuple[int, int]] = []
    store.on_evict = lambda group, key: evicted.append((group, key))
    results: list[object] = []
    for step, (op, group, key) in enumerate(ops):
        if op == "set":
            await store.set(group, key, UserRecord(id=key, username=f"v{step}"))
        elif op == "get":
            results.append(await store.get(group, key))
        elif op == "get_many":
            results.append(await store.get_many(group, [key, key % 5 + 1, 9]))
        elif op == "delete":
            results.append(await store.delete(group, key))
        else:
            results.append(sorted(await store.drop_group(group)))
    results.append(sorted(await store.keys(1)))
    results.append(sorted(await store.keys(2)))
    results.append(await store.count())
    results.append(evicted)
    return results


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=operations, eviction=st.sampled_from(list(Eviction)), bound=st.sampled_from([None, 3]))
def test_redis_matches_memory(
    redis_server: str, ops: list[tuple[str, int, int]], eviction: Eviction, bound: int | None
) -> None:
    policy: StorePolicy[UserRecord] = StorePolicy(max_size=bound, eviction=eviction)

    async def both() -> tuple[list[object], list[object]]:
        client = aioredis.Redis.from_url(redis_server)
        try:
            remote = RedisStore(client, "users", UserRecord, policy, prefix=f"parity{next(_run)}:")
            expected = await replay(MemoryStore(policy), ops)
            actual = await replay(remote, ops)
            await remote.clear()
            return expected, actual
        finally:
            await client.aclose()

    expected, actual = asyncio.run(both())
    assert actual == expected
