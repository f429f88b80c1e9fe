"""The Redis store against a real redis-server: round trips, bounds, TTL, sweeps, and a whole cache."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
import redis.asyncio as aioredis

from echord.cache import (
    Cache,
    CachePolicy,
    CacheUpdater,
    Eviction,
    MemberExtras,
    MemberRecord,
    RedisStore,
    StorePolicy,
    UserRecord,
    redis_stores,
)

from .factories import GUILD, OTHER_GUILD, TEXT, dumps, guild, member, message, user, user_id


class FakeClock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def client(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    connection = aioredis.Redis.from_url(redis_url)
    yield connection
    await connection.aclose()


def a_member(n: int) -> MemberRecord:
    joined = datetime(2024, 1, 2, 3, 4, 5, 600000, tzinfo=UTC)
    extras = MemberExtras(avatar="abc", premium_since=joined, deaf=True)
    return MemberRecord(UserRecord(id=n, username=f"u{n}", bot=True), "nick", (1, 2), joined, 3, extras)


async def test_records_round_trip(client: aioredis.Redis) -> None:
    store = RedisStore(client, "members", MemberRecord)
    await store.set(GUILD, 7, a_member(7))
    await store.set_many(GUILD, {8: a_member(8), 9: a_member(9)})
    assert await store.get(GUILD, 7) == a_member(7)
    assert await store.get(GUILD, 6) is None
    assert await store.get_many(GUILD, [7, 6, 9]) == {7: a_member(7), 9: a_member(9)}
    assert sorted(await store.keys(GUILD)) == [7, 8, 9]
    assert len(await store.values(GUILD)) == 3
    assert await store.count(GUILD) == 3 and await store.count() == 3
    assert await store.groups() == [GUILD]
    assert await store.delete(GUILD, 7) == a_member(7)
    assert await store.delete(GUILD, 7) is None
    assert sorted(await store.drop_group(GUILD)) == [8, 9]
    assert await store.count() == 0 and await store.groups() == []


async def test_prefixes_keep_stores_and_bots_apart(client: aioredis.Redis) -> None:
    one = RedisStore(client, "users", UserRecord, prefix="bot1:")
    two = RedisStore(client, "users", UserRecord, prefix="bot2:")
    await one.set(0, 1, UserRecord(id=1, username="a"))
    assert await two.get(0, 1) is None
    await one.clear()
    assert await client.keys("bot1:*") == []


@pytest.mark.parametrize(("eviction", "survivors"), [(Eviction.LRU, [1, 3]), (Eviction.FIFO, [2, 3])])
async def test_bounded_store_evicts_in_order(
    client: aioredis.Redis, eviction: Eviction, survivors: list[int]
) -> None:
    store = RedisStore(client, "users", UserRecord, StorePolicy(max_size=2, eviction=eviction))
    evicted: list[tuple[int, int]] = []
    store.on_evict = lambda group, key: evicted.append((group, key))
    await store.set(0, 1, UserRecord(id=1))
    await store.set(5, 2, UserRecord(id=2))
    await store.get(0, 1)  # LRU: 1 becomes the most recent
    await store.set(0, 1, UserRecord(id=1, username="again"))  # FIFO: an update keeps its place
    await store.set(5, 3, UserRecord(id=3))
    remaining = sorted([*await store.keys(0), *await store.keys(5)])
    assert remaining == survivors
    assert len(evicted) == 1 and await store.count() == 2


async def test_ttl_and_sweepers(client: aioredis.Redis) -> None:
    clock = FakeClock()
    store = RedisStore(client, "users", UserRecord, StorePolicy(ttl=10), clock=clock)
    evicted: list[tuple[int, int]] = []
    store.on_evict = lambda group, key: evicted.append((group, key))
    await store.set(0, 1, UserRecord(id=1))
    clock.now += 5
    await store.set(0, 2, UserRecord(id=2))
    clock.now += 5
    assert await store.get_many(0, [1, 2]) == {2: UserRecord(id=2)}  # 1 expired
    assert await store.get(0, 2) is not None
    clock.now += 5
    assert await store.sweep() == 1
    assert evicted == [(0, 1), (0, 2)]
    plain = RedisStore(client, "other", UserRecord)
    await plain.set_many(0, {n: UserRecord(id=n) for n in range(6)})
    assert await plain.sweep(lambda record: record.id > 3) == 2
    assert sorted(await plain.keys(0)) == [0, 1, 2, 3]


async def test_rejects_a_decoding_client(redis_url: str) -> None:
    decoding = aioredis.Redis.from_url(redis_url, decode_responses=True)
    with pytest.raises(ValueError):
        RedisStore(decoding, "users", UserRecord)
    await decoding.aclose()


async def test_a_whole_cache_in_redis_is_shared_between_processes(client: aioredis.Redis) -> None:
    writer = Cache(stores=redis_stores(client))
    updater = CacheUpdater(writer)
    await updater.guild_create(guild(GUILD))
    await updater.guild_create(guild(OTHER_GUILD, members=[member(0)]))
    await updater.message_upsert(message(1))
    reader = Cache(stores=redis_stores(client))  # another process: nothing in memory
    record = await reader.get_member(GUILD, user_id(0))
    assert record is not None and record.user.username == "user0"
    assert (await reader.get_guild(GUILD)) is not None
    assert (await reader.get_channel(TEXT, GUILD)) is not None
    assert (await reader.get_message(TEXT, 1)) is not None
    update = {"guild_id": str(GUILD), "user": user(0, global_name="Zero"), "roles": []}
    change = await updater.member_update(dumps(update))
    assert change.before is not None and change.before.user.global_name is None
    shared = await reader.get_user(user_id(0))
    assert shared is not None and shared.global_name == "Zero"
    await updater.guild_delete(dumps({"id": str(GUILD)}))
    assert await reader.get_guild(GUILD) is None
    assert await reader.members.count(GUILD) == 0
    assert await reader.get_message(TEXT, 1) is None
    assert await reader.get_user(user_id(1)) is None
    assert await reader.get_user(user_id(0)) is not None  # still in OTHER_GUILD


async def test_bounded_members_in_redis_release_users(client: aioredis.Redis) -> None:
    policy = CachePolicy(members=StorePolicy(max_size=2, eviction=Eviction.FIFO))
    cache = Cache(policy, stores=redis_stores(client))
    await CacheUpdater(cache).guild_create(guild(GUILD, members=[member(n) for n in range(4)]))
    assert await cache.members.count() == 2
    assert await cache.users.count() == 2
