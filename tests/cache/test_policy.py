"""Store policies: size bounds with LRU and FIFO order, TTLs and sweepers, driven by a fake clock."""

from __future__ import annotations

import pytest

from echord.cache import (
    Cache,
    CachePolicy,
    Eviction,
    MemoryStore,
    MessageRecord,
    StorePolicy,
    Sweeper,
    UserRecord,
    memory_stores,
)
from echord.cache.stores import NullStore


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def user(n: int) -> UserRecord:
    return UserRecord(id=n, username=f"u{n}")


async def test_lru_evicts_the_least_recently_used() -> None:
    store: MemoryStore[UserRecord] = MemoryStore(StorePolicy(max_size=2, eviction=Eviction.LRU))
    evicted: list[tuple[int, int]] = []
    store.on_evict = lambda group, key: evicted.append((group, key))
    await store.set(0, 1, user(1))
    await store.set(0, 2, user(2))
    assert await store.get(0, 1) is not None  # 1 is now more recent than 2
    await store.set(0, 3, user(3))
    assert evicted == [(0, 2)]
    assert sorted(await store.keys(0)) == [1, 3]
    assert await store.count() == 2


async def test_fifo_evicts_the_oldest_insert_regardless_of_reads_and_updates() -> None:
    store: MemoryStore[UserRecord] = MemoryStore(StorePolicy(max_size=2, eviction=Eviction.FIFO))
    await store.set(0, 1, user(1))
    await store.set(0, 2, user(2))
    await store.get(0, 1)
    await store.set(0, 1, user(1))
    await store.set(0, 3, user(3))
    assert sorted(await store.keys(0)) == [2, 3]


async def test_bound_spans_groups() -> None:
    store: MemoryStore[UserRecord] = MemoryStore(StorePolicy(max_size=3, eviction=Eviction.FIFO))
    await store.set_many(10, {1: user(1), 2: user(2)})
    await store.set_many(20, {3: user(3), 4: user(4)})
    assert await store.count() == 3
    assert await store.keys(10) == [2]
    assert sorted(await store.groups()) == [10, 20]


async def test_ttl_expires_on_read_and_on_sweep() -> None:
    clock = FakeClock()
    store: MemoryStore[UserRecord] = MemoryStore(StorePolicy(ttl=10), clock=clock)
    evicted: list[tuple[int, int]] = []
    store.on_evict = lambda group, key: evicted.append((group, key))
    await store.set(0, 1, user(1))
    clock.now += 5
    await store.set(0, 2, user(2))
    clock.now += 5  # 1 is 10 s old: expired; 2 is 5 s old
    assert await store.get(0, 1) is None
    assert await store.get(0, 2) is not None
    await store.set(0, 2, user(2))  # a write restarts the TTL
    clock.now += 9
    assert await store.sweep() == 0
    clock.now += 1
    assert await store.sweep() == 1
    assert evicted == [(0, 1), (0, 2)]
    assert await store.count() == 0


async def test_sweep_with_predicate_removes_matches_only() -> None:
    store: MemoryStore[UserRecord] = MemoryStore()
    await store.set_many(0, {n: user(n) for n in range(10)})
    assert await store.sweep(lambda record: record.id % 2 == 0) == 5
    assert sorted(await store.keys(0)) == [1, 3, 5, 7, 9]


async def test_drop_group_and_delete() -> None:
    store: MemoryStore[UserRecord] = MemoryStore(StorePolicy(max_size=100))
    await store.set_many(1, {n: user(n) for n in range(5)})
    await store.set(2, 9, user(9))
    assert sorted(await store.drop_group(1)) == [0, 1, 2, 3, 4]
    assert await store.count() == 1
    assert await store.delete(2, 9) == user(9)
    assert await store.delete(2, 9) is None
    assert await store.count() == 0
    for n in range(100):  # the order book was cleaned too: a full store evicts nothing early
        await store.set(3, n, user(n))
    assert await store.count(3) == 100


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        StorePolicy(max_size=0)
    with pytest.raises(ValueError):
        StorePolicy(ttl=0)


def test_defaults_bound_messages_and_skip_presences() -> None:
    policy = CachePolicy()
    assert policy.messages.max_size == 1_000
    assert policy.messages.eviction is Eviction.FIFO
    assert not policy.presences.enabled
    assert policy.members.max_size is None
    assert not policy.chunk_members_on_startup


async def test_disabled_stores_remember_nothing() -> None:
    cache = Cache(CachePolicy.nothing())
    assert all(isinstance(store, NullStore) for store in cache.stores().values())
    await cache.users.set(0, 1, user(1))
    assert await cache.get_user(1) is None


async def test_sweep_due_runs_each_sweeper_on_its_interval() -> None:
    clock = FakeClock()
    old: list[int] = []

    def is_old(message: MessageRecord) -> bool:
        old.append(message.id)
        return message.id < 5

    policy = CachePolicy(messages=StorePolicy(sweepers=(Sweeper(every=60, remove=is_old),)))
    cache = Cache(policy, stores=memory_stores(clock), clock=clock)
    for n in range(10):
        await cache.messages.set(1, n, MessageRecord(id=n, channel_id=1, author=user(1)))
    assert await cache.sweep_due() == 0  # the interval starts now
    clock.now += 59
    assert await cache.sweep_due() == 0
    assert old == []
    clock.now += 1
    assert await cache.sweep_due() == 5
    assert sorted(await cache.messages.keys(1)) == [5, 6, 7, 8, 9]
    assert await cache.sweep_due() == 0  # not due again yet
    assert await cache.sweep() == 0  # forced: runs, nothing left to remove


async def test_cache_ttl_store_follows_the_cache_clock() -> None:
    clock = FakeClock()
    cache = Cache(CachePolicy(users=StorePolicy(ttl=30)), stores=memory_stores(clock), clock=clock)
    await cache.users.set(0, 1, user(1))
    clock.now += 30
    assert await cache.sweep() == 1
    assert await cache.get_user(1) is None
