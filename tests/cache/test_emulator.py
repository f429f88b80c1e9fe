"""End to end: a real shard connected to the emulator feeds the bus, and the cache follows the world."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import msgspec

from echord.cache import Cache, CacheFeed, CacheUpdater
from echord.events import EventBus
from echord.gateway import ShardConnection
from echord.testing import Emulator, Intent
from echord.testing.intents import ALL_INTENTS


async def eventually(check: Callable[[], Awaitable[bool]], within: float = 5.0) -> None:
    async with asyncio.timeout(within):
        while not await check():  # noqa: ASYNC110 - polls cache state that several events build up
            await asyncio.sleep(0.01)


async def test_cache_follows_a_shard_on_the_emulator(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    world = emulator.world
    bus = EventBus()
    cache = Cache()
    feed = CacheFeed(bus, CacheUpdater(cache))
    feed.start()

    def dispatch(name: str, data: msgspec.Raw, shard_id: int) -> None:
        bus.dispatch_raw(name, bytes(data), shard_id)

    shard = ShardConnection(
        emulator.bot_token,
        intents=ALL_INTENTS & ~Intent.GUILD_PRESENCES,
        dispatch=dispatch,
        gateway_url=emulator.gateway_url,
    )
    task = asyncio.create_task(shard.run())
    try:

        async def guild_ready() -> bool:
            guild = await cache.get_guild(seed.guild.id)
            return guild is not None and not guild.unavailable

        await eventually(guild_ready)
        assert cache.me is not None
        alice = await cache.get_member(seed.guild.id, seed.alice.id)
        assert alice is not None and alice.user is await cache.get_user(seed.alice.id)
        assert await cache.get_channel(seed.general.id) is not None
        assert {role.id for role in await cache.get_roles(seed.guild.id)} >= {
            seed.moderator.id,
            seed.bot_role.id,
        }

        message = world.create_message(seed.general.id, seed.alice.id, "hi")

        async def message_cached() -> bool:
            return await cache.get_message(seed.general.id, message.id) is not None

        await eventually(message_cached)
        cached = await cache.get_message(seed.general.id, message.id)
        assert cached is not None and cached.content == "hi" and cached.author is alice.user

        world.update_member(seed.guild.id, seed.bob.id, roles=[seed.moderator.id])

        async def bob_is_moderator() -> bool:
            bob = await cache.get_member(seed.guild.id, seed.bob.id)
            return bob is not None and seed.moderator.id in bob.roles

        await eventually(bob_is_moderator)
        world.remove_member(seed.guild.id, seed.bob.id)
        world.delete_channel(seed.announcements.id)

        async def bob_and_channel_gone() -> bool:
            return (
                await cache.get_member(seed.guild.id, seed.bob.id) is None
                and await cache.get_channel(seed.announcements.id) is None
            )

        await eventually(bob_and_channel_gone)
    finally:
        await shard.close()
        await asyncio.wait_for(task, 5)
        await feed.stop()
