"""The cache fed by the event bus: raw dispatches in arrival order, CacheUpdate events out."""

from __future__ import annotations

from echord.cache import Cache, CacheFeed, CacheUpdate, CacheUpdater
from echord.events import EventBus

from .factories import GUILD, dumps, guild, member, user, user_id


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
