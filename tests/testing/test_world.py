"""World invariants: snowflakes, message history pagination, reactions, pins and emitted events."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import httpx

from echord.testing import Emulator, SnowflakeGenerator, World, snowflake_time
from echord.testing.snowflakes import DISCORD_EPOCH_MS


def test_snowflakes_increase_and_carry_their_time() -> None:
    generator = SnowflakeGenerator()
    ids = [generator.next() for _ in range(5000)]
    assert ids == sorted(set(ids))
    assert abs(snowflake_time(ids[0]) - datetime.now(UTC)) < timedelta(seconds=5)
    assert ids[0] >> 22 > 0 and DISCORD_EPOCH_MS == 1420070400000


async def test_history_pagination(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    channel = emulator.world.create_channel(seed.guild.id, "history")
    ids = [emulator.world.create_message(channel.id, seed.alice.id, str(i)).id for i in range(10)]

    async def page(**query: int) -> list[int]:
        response = await rest.get(f"/channels/{channel.id}/messages", params=query)
        return [int(m["id"]) for m in response.json()]

    assert await page() == ids[::-1], "newest first"
    assert await page(limit=3) == ids[:-4:-1]
    assert await page(before=ids[5], limit=2) == [ids[4], ids[3]]
    assert await page(after=ids[5], limit=2) == [ids[7], ids[6]]
    assert await page(around=ids[5], limit=4) == [ids[6], ids[5], ids[4], ids[3]]
    assert await page(after=ids[-1]) == []


async def test_reactions_pins_and_events(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    world = emulator.world
    message = emulator.users.send_message(seed.alice, seed.general, "react to me")
    emulator.users.react(seed.bob, message, "🔥")
    emulator.users.react(seed.bob, message, "🔥")
    assert message.reactions == {"🔥": [seed.bob.id]}, "a user reacts once per emoji"
    await rest.put(f"/channels/{seed.general.id}/messages/{message.id}/reactions/%F0%9F%94%A5/@me")
    body = (await rest.get(f"/channels/{seed.general.id}/messages/{message.id}")).json()
    assert body["reactions"][0]["count"] == 2 and body["reactions"][0]["me"] is True
    unknown = await rest.put(f"/channels/{seed.general.id}/messages/{message.id}/reactions/blob:123/@me")
    assert unknown.json()["code"] == 10014
    await rest.put(f"/channels/{seed.general.id}/messages/pins/{message.id}")
    pins = (await rest.get(f"/channels/{seed.general.id}/messages/pins")).json()
    assert [p["message"]["id"] for p in pins["items"]] == [str(message.id)]
    names = [d.name for d in world.dispatched]
    assert names.count("MESSAGE_REACTION_ADD") == 2 and "CHANNEL_PINS_UPDATE" in names


def test_world_without_seed_and_a_fresh_guild() -> None:
    world = World()
    owner = world.add_user("owner")
    guild = world.create_guild("Mine", owner, with_bot=False)
    assert set(guild.members) == {owner.id}
    assert guild.roles[guild.id].name == "@everyone"
    assert world.dispatched == []
    world.add_member(guild.id, world.bot.id)
    assert world.dispatched[-1].name == "GUILD_CREATE"
