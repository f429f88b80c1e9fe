"""The cache fed by the event bus: raw dispatches in arrival order, CacheUpdate events out."""

from __future__ import annotations

import asyncio
from collections.abc import Mapping
from typing import TypeVar

from echord.cache import Cache, CacheFeed, CacheUpdate, CacheUpdater, MemoryStore, StorePolicy
from echord.events import EventBus

from .factories import GUILD, dumps, guild, member, user, user_id

R = TypeVar("R")


class _SlowStore(MemoryStore[R]):
    """A memory store whose reads and writes suspend, as a networked store's do."""

    async def get(self, group: int, key: int) -> R | None:
        await asyncio.sleep(0)
        return await super().get(group, key)

    async def set(self, group: int, key: int, record: R) -> None:
        await asyncio.sleep(0)
        await super().set(group, key, record)

    async def set_many(self, group: int, records: Mapping[int, R]) -> None:
        await asyncio.sleep(0)
        await super().set_many(group, records)


def _slow_stores(kind: str, record_type: type[R], policy: StorePolicy[R]) -> MemoryStore[R]:
    return _SlowStore(policy)


async def test_feed_applies_dispatches_in_order_and_publishes_changes() -> None:
    bus = EventBus()
    cache = Cache()
    feed = CacheFeed(bus, CacheUpdater(cache))
    feed.start()
    published: list[CacheUpdate] = []

    async def on_update(event: CacheUpdate) -> None:
        published.append(event)

    bus.subscribe(CacheUpdate, on_update)
    bus.dispatch_raw("GUILD_CREATE", guild(members=[]), 0)
    for n in range(20):  # add then update each member: order matters
        bus.dispatch_raw("GUILD_MEMBER_ADD", dumps({**member(n), "guild_id": str(GUILD)}), 0)
        update = {"guild_id": str(GUILD), "user": user(n), "roles": [], "nick": f"n{n}"}
        bus.dispatch_raw("GUILD_MEMBER_UPDATE", dumps(update), 0)
    bus.dispatch_raw("TYPING_START", b"{}", 0)  # not a cache event: ignored
    await bus.join()
    await feed.drain()
    await bus.join()
    members = await cache.get_members(GUILD)
    assert sorted(m.nick or "" for m in members) == sorted(f"n{n}" for n in range(20))
    assert [event.name for event in published[:3]] == [
        "GUILD_CREATE",
        "GUILD_MEMBER_ADD",
        "GUILD_MEMBER_UPDATE",
    ]
    assert len(published) == 41
    first_update = published[2].changes[0]
    assert (
        first_update.kind == "members" and first_update.before is not None and first_update.after is not None
    )
    await feed.stop()
    bus.dispatch_raw("GUILD_DELETE", dumps({"id": str(GUILD)}), 0)
    await bus.join()
    assert await cache.get_guild(GUILD) is not None  # stopped: no longer fed


async def test_a_failing_update_does_not_stop_the_feed() -> None:
    bus = EventBus()
    cache = Cache()
    feed = CacheFeed(bus, CacheUpdater(cache))
    feed.start()
    bus.dispatch_raw("GUILD_MEMBER_ADD", b'{"user": "not a user"}', 0)
    bus.dispatch_raw("GUILD_CREATE", guild(), 0)
    await bus.join()
    await feed.drain()
    assert await cache.get_member(GUILD, user_id(0)) is not None
    await feed.stop()


async def test_updates_apply_inline_with_memory_stores() -> None:
    bus = EventBus()
    cache = Cache()
    feed = CacheFeed(bus, CacheUpdater(cache))
    feed.start()
    seen: list[bool] = []

    async def on_update(event: CacheUpdate) -> None:
        seen.append(await cache.get_guild(GUILD) is not None)

    bus.subscribe(CacheUpdate, on_update)
    bus.dispatch_raw("GUILD_CREATE", guild(), 0)
    assert await cache.get_guild(GUILD) is not None  # applied before dispatch_raw returned
    await bus.join()
    assert seen == [True]
    await feed.stop()


async def test_suspending_updates_keep_arrival_order() -> None:
    bus = EventBus()
    cache = Cache(stores=_slow_stores)
    feed = CacheFeed(bus, CacheUpdater(cache))
    feed.start()
    published: list[str] = []

    async def on_update(event: CacheUpdate) -> None:
        published.append(event.name)

    bus.subscribe(CacheUpdate, on_update)
    bus.dispatch_raw("GUILD_CREATE", guild(members=[]), 0)
    for n in range(10):
        bus.dispatch_raw("GUILD_MEMBER_ADD", dumps({**member(n), "guild_id": str(GUILD)}), 0)
        update = {"guild_id": str(GUILD), "user": user(n), "roles": [], "nick": f"n{n}"}
        bus.dispatch_raw("GUILD_MEMBER_UPDATE", dumps(update), 0)
    bus.dispatch_raw("GUILD_MEMBER_ADD", b'{"user": "not a user"}', 0)  # fails, the rest goes on
    bus.dispatch_raw(
        "GUILD_MEMBER_UPDATE", dumps({"guild_id": str(GUILD), "user": user(0), "nick": "last"}), 0
    )
    await feed.drain()
    await bus.join()
    members = {m.user.id: m.nick for m in await cache.get_members(GUILD)}
    assert members == {user_id(n): "last" if n == 0 else f"n{n}" for n in range(10)}
    assert published[:3] == ["GUILD_CREATE", "GUILD_MEMBER_ADD", "GUILD_MEMBER_UPDATE"]
    assert len(published) == 22
    await feed.stop()
