"""End to end against the emulator: structures and managers drive a fake Discord through a real RESTClient."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from echord.cache import Cache
from echord.managers import Managers
from echord.rest import RESTClient
from echord.structures import ForumChannel, Member, Message, Role, TextChannel, Thread, VoiceChannel
from echord.testing import Emulator
from echord.testing.world import Seed
from echord.utils import Permissions


@pytest.fixture
async def emu() -> AsyncIterator[Emulator]:
    async with Emulator() as emulator:
        yield emulator


@pytest.fixture
async def hub(emu: Emulator) -> AsyncIterator[Managers]:
    async with RESTClient(emu.bot_token, base_url=emu.rest_url) as rest:
        yield Managers(rest, Cache(), application_id=emu.application_id)


def seed_of(emu: Emulator) -> Seed:
    assert emu.seed is not None
    return emu.seed


async def general(hub: Managers, emu: Emulator) -> TextChannel:
    channel = await hub.channels.fetch(seed_of(emu).general.id)
    assert isinstance(channel, TextChannel)
    return channel


async def test_send_reply_react_pin(hub: Managers, emu: Emulator) -> None:
    channel = await general(hub, emu)
    sent = await channel.send("hello")
    reply = await sent.reply("and a reply")
    await sent.add_reaction("🔥")
    await sent.pin()

    stored = emu.world.messages_in(channel.id)
    assert [m.content for m in stored][-2:] == ["hello", "and a reply"]
    record = next(m for m in stored if m.id == sent.id)
    assert record.pinned
    assert record.reactions == {"🔥": [emu.world.bot.id]}
    assert reply.data.message_reference and reply.data.message_reference.message_id == sent.id
    pinned = [m.id async for m in channel.pins()]
    assert pinned == [sent.id]
    reactors = [u.id async for u in (await sent.fetch()).reaction_users("🔥")]
    assert reactors == [emu.world.bot.id]


async def test_thread_from_message_and_standalone(hub: Managers, emu: Emulator) -> None:
    channel = await general(hub, emu)
    starter = await channel.send("thread starter")
    from_message = await starter.create_thread("discussion")
    standalone = await channel.create_thread("side room")
    assert isinstance(from_message, Thread) and from_message.parent_id == channel.id
    assert isinstance(standalone, Thread) and standalone.name == "side room"
    posted = await from_message.send("inside the thread")
    assert posted.channel_id == from_message.id
    assert emu.world.channels[standalone.id].name == "side room"


async def test_role_member_timeout_kick_ban(hub: Managers, emu: Emulator) -> None:
    seed = seed_of(emu)
    guild = await hub.guilds.fetch(seed.guild.id)
    role = await guild.create_role("helpers", mentionable=True)
    assert isinstance(role, Role) and emu.world.guilds[guild.id].roles[role.id].name == "helpers"

    bob = await hub.members.fetch(guild, seed.bob.id)
    assert isinstance(bob, Member)
    await bob.add_role(role)
    assert role.id in emu.world.guilds[guild.id].members[seed.bob.id].roles

    bot_role = emu.world.guilds[guild.id].roles[seed.bot_role.id]
    bot_role.permissions |= int(Permissions.MODERATE_MEMBERS)  # the seed's bot cannot time out
    timed_out = await bob.timeout(timedelta(minutes=5), reason="cool down")
    assert timed_out.timed_out_until is not None
    assert emu.world.guilds[guild.id].members[seed.bob.id].communication_disabled_until

    await bob.kick(reason="bye")
    assert seed.bob.id not in emu.world.guilds[guild.id].members

    await guild.ban(seed.bob.id, reason="banned")
    bans = [b async for b in guild.bans()]
    assert [b.user.id for b in bans] == [seed.bob.id] and bans[0].reason == "banned"


async def test_history_pages_across_more_than_a_hundred(hub: Managers, emu: Emulator) -> None:
    channel = await general(hub, emu)
    for i in range(230):
        emu.users.send_message(seed_of(emu).alice, seed_of(emu).general, f"m{i}")
    newest_first = [m async for m in channel.history(limit=None)]
    contents = [m.content for m in newest_first]
    assert contents[:3] == ["m229", "m228", "m227"] and contents[-1] == "m0"
    assert len(contents) == 230 and len({m.id for m in newest_first}) == 230
    oldest_first = [m.content async for m in channel.history(limit=150, oldest_first=True)]
    assert oldest_first == [f"m{i}" for i in range(150)]
    middle = newest_first[100]
    after = [m.content async for m in channel.history(after=middle, limit=None)]
    assert after == [f"m{i}" for i in range(130, 230)]
    assert all(isinstance(m, Message) for m in newest_first)


async def test_create_channel_kinds_and_cache_after_fetch(hub: Managers, emu: Emulator) -> None:
    guild = await hub.guilds.fetch(seed_of(emu).guild.id)
    voice = await guild.create_channel("talk", type=2)
    assert isinstance(voice, VoiceChannel)
    fetched = await hub.channels.fetch(voice.id)
    assert isinstance(fetched, VoiceChannel)
    cached = await hub.channels.get(voice.id)
    assert isinstance(cached, VoiceChannel) and cached.name == "talk" == fetched.name
    cached_guild = await hub.guilds.get(guild.id)
    assert cached_guild is not None and cached_guild.name == seed_of(emu).guild.name
    assert {r.id for r in cached_guild.roles} == {r.id for r in guild.roles}


async def test_webhook_forum_post_and_bulk_delete(hub: Managers, emu: Emulator) -> None:
    channel = await general(hub, emu)
    hook = await channel.create_webhook("announcer")
    posted = await hook.send("from a webhook", username="Herald")
    assert posted is not None and posted.author.name == "Herald"

    forum = await hub.channels.fetch(seed_of(emu).forum.id)
    assert isinstance(forum, ForumChannel)
    post = await forum.create_post("Welcome", "first post")
    assert isinstance(post, Thread) and post.parent_id == forum.id
    assert [m.content for m in emu.world.messages_in(post.id)] == ["first post"]

    sent = [await channel.send(f"tmp {i}") for i in range(3)]
    await channel.delete_messages(sent)
    remaining = {m.id for m in emu.world.messages_in(channel.id)}
    assert remaining.isdisjoint(m.id for m in sent)


async def test_role_edit_delete_and_unban(hub: Managers, emu: Emulator) -> None:
    seed = seed_of(emu)
    role = await hub.roles.create(seed.guild.id, "temp")
    edited = await role.edit(name="renamed", hoist=True)
    assert edited.name == "renamed" and emu.world.guilds[seed.guild.id].roles[role.id].hoist
    cached = await hub.roles.get(seed.guild.id, role.id)
    assert cached is not None and cached.name == "temp"  # the manager cached the created role
    await edited.delete()
    assert role.id not in emu.world.guilds[seed.guild.id].roles

    await hub.members.ban(seed.guild.id, seed.bob.id)
    await hub.members.unban(seed.guild.id, seed.bob.id)
    assert [b async for b in hub.members.bans(seed.guild.id)] == []
