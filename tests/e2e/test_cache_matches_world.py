"""End to end: after a few hundred scripted changes, a Client's cache equals the emulator's world.

The changes go through all three ways a world changes: the world's own methods (another bot or a moderator
acting), simulated users (`emu.users`), and the client's REST calls. Each store is compared by id and its
key fields.
"""

from __future__ import annotations

import asyncio
import random

from echord import Client
from echord._generated import models as m
from echord._support import Snowflake
from echord.testing import ChannelType, Emulator
from echord.testing.models import Channel, Message, User

Snapshot = dict[str, dict[tuple[int, ...], tuple[object, ...]]]

TEXT = ChannelType.GUILD_TEXT
THREAD = ChannelType.PUBLIC_THREAD


def world_state(emu: Emulator) -> Snapshot:
    """What the bot should know: every guild it is in, with its roles, members, channels, threads and messages."""
    world = emu.world
    state: Snapshot = {
        k: {} for k in ("guilds", "roles", "members", "users", "channels", "threads", "messages")
    }
    for guild in world.guilds.values():
        if world.bot.id not in guild.members:
            continue
        state["guilds"][(guild.id,)] = (
            guild.name,
            guild.owner_id,
            guild.system_channel_id,
            len(guild.members),
        )
        for role in guild.roles.values():
            state["roles"][(guild.id, role.id)] = (role.name, role.permissions, role.color, role.position)
        for member in guild.members.values():
            roles = tuple(sorted(member.roles))
            state["members"][(guild.id, member.user_id)] = (member.nick, roles)
            state["users"][(member.user_id,)] = (world.users[member.user_id].username,)
        for channel_id in guild.channel_ids:
            channel = world.channels[channel_id]
            if channel.type in ChannelType.THREADS:
                state["threads"][(guild.id, channel.id)] = (channel.name, channel.parent_id, channel.archived)
            else:
                fields = (channel.type, channel.name, channel.parent_id, channel.topic, channel.position)
                state["channels"][(guild.id, channel.id)] = fields
            for message in world.messages.get(channel_id, {}).values():
                key = (channel_id, message.id)
                state["messages"][key] = (
                    message.author_id,
                    message.content,
                    message.edited_timestamp is not None,
                )
    return state


async def cache_state(client: Client) -> Snapshot:
    """The same view, read back through the cache's public reads."""
    cache = client.cache
    state: Snapshot = {
        k: {} for k in ("guilds", "roles", "members", "users", "channels", "threads", "messages")
    }
    for guild_id in await cache.guilds.keys(0):
        guild = await cache.get_guild(guild_id)
        assert guild is not None
        state["guilds"][(guild.id,)] = (
            guild.name,
            guild.owner_id,
            guild.system_channel_id,
            guild.member_count,
        )
        roles = await cache.get_roles(guild_id)
        role_ids = {role.id for role in roles}
        for role in roles:
            state["roles"][(guild_id, role.id)] = (role.name, role.permissions, role.color, role.position)
        for member in await cache.get_members(guild_id):
            # A deleted role stays on members until their next update (Discord sends no member updates then).
            roles_now = tuple(sorted(r for r in member.roles if r in role_ids))
            state["members"][(guild_id, member.user.id)] = (member.nick, roles_now)
            user = await cache.get_user(member.user.id)
            assert user is not None
            state["users"][(user.id,)] = (user.username,)
        channels = await cache.get_channels(guild_id)
        threads = await cache.get_threads(guild_id)
        for channel in channels:
            fields = (channel.type, channel.name, channel.parent_id, channel.topic, channel.position)
            state["channels"][(guild_id, channel.id)] = fields
        for thread in threads:
            archived = thread.thread_metadata is not None and thread.thread_metadata.archived
            state["threads"][(guild_id, thread.id)] = (thread.name, thread.parent_id, archived)
        for channel in [*channels, *threads]:
            for message in await cache.get_messages(channel.id):
                key = (channel.id, message.id)
                state["messages"][key] = (
                    message.author.id,
                    message.content,
                    message.edited_timestamp is not None,
                )
    return state


class Script:
    """A seeded random sequence of world, user and REST changes, kept consistent with the world's rules."""

    def __init__(self, emu: Emulator, client: Client, seed: int) -> None:
        self.emu = emu
        self.world = emu.world
        self.client = client
        self.rng = random.Random(seed)
        self.people: list[User] = [self.world.add_user(f"user{i}") for i in range(30)]

    def guilds(self) -> list[int]:
        return sorted(g.id for g in self.world.guilds.values() if self.world.bot.id in g.members)

    def members(self, guild_id: int) -> list[int]:
        bot = self.world.bot.id
        return sorted(uid for uid in self.world.guilds[guild_id].members if uid != bot)

    def channels(self, guild_id: int, *, threads: bool = False) -> list[Channel]:
        kinds = ChannelType.THREADS if threads else {TEXT}
        ids = self.world.guilds[guild_id].channel_ids
        return [self.world.channels[c] for c in ids if self.world.channels[c].type in kinds]

    def messages(self, guild_id: int) -> list[Message]:
        out: list[Message] = []
        for channel in [*self.channels(guild_id), *self.channels(guild_id, threads=True)]:
            out.extend(self.world.messages[channel.id].values())
        return out

    def roles(self, guild_id: int) -> list[int]:
        guild = self.world.guilds[guild_id]
        return sorted(r.id for r in guild.roles.values() if r.id != guild_id and not r.managed)

    async def setup(self) -> None:
        owner = self.people[0]
        for name in ("Alpha", "Beta"):
            guild = self.world.create_guild(name, owner)
            category = self.world.create_channel(guild.id, "Text", ChannelType.GUILD_CATEGORY)
            for index in range(3):
                self.world.create_channel(guild.id, f"chat-{index}", parent_id=category.id)
            for _ in range(3):
                self.world.create_role(guild.id, f"role-{self.rng.randrange(1000)}", permissions=1 << 10)
            for person in self.people[1:12]:
                self.world.add_member(guild.id, person.id)

    async def step(self) -> None:
        world, rng = self.world, self.rng
        guild_id = rng.choice(self.guilds())
        members = self.members(guild_id)
        texts = self.channels(guild_id)
        threads = self.channels(guild_id, threads=True)
        action = rng.choices(
            [
                "say",
                "say_in_thread",
                "edit",
                "delete",
                "bulk_delete",
                "bot_say",
                "join",
                "leave",
                "member_update",
                "role_create",
                "role_update",
                "role_delete",
                "channel_create",
                "channel_update",
                "channel_delete",
                "thread_create",
                "thread_update",
                "thread_delete",
            ],
            weights=[30, 8, 10, 6, 2, 5, 5, 4, 8, 3, 4, 2, 3, 4, 1, 3, 3, 2],
        )[0]
        messages = self.messages(guild_id)
        if action == "say" and texts and members:
            author = world.users[rng.choice(members)]
            self.emu.users.send_message(author, rng.choice(texts), f"message {rng.randrange(10**6)}")
        elif action == "say_in_thread" and threads and members:
            world.create_message(
                rng.choice(threads).id, rng.choice(members), f"in thread {rng.randrange(1000)}"
            )
        elif action == "edit" and messages:
            message = rng.choice(messages)
            world.edit_message(message.channel_id, message.id, content=f"edited {rng.randrange(1000)}")
        elif action == "delete" and messages:
            message = rng.choice(messages)
            if message.author_id == world.bot.id:
                await self.client.rest.delete_message(message.channel_id, message.id)
            else:
                world.delete_message(message.channel_id, message.id)
        elif action == "bulk_delete" and texts:
            channel = rng.choice(texts)
            ids = list(world.messages[channel.id])[:3]
            if ids:
                world.bulk_delete(channel.id, ids)
        elif action == "bot_say" and texts:
            await self.client.send_message(rng.choice(texts).id, f"bot says {rng.randrange(1000)}")
        elif action == "join":
            outsiders = [p for p in self.people if p.id not in world.guilds[guild_id].members]
            if outsiders:
                self.emu.users.join_guild(rng.choice(outsiders), world.guilds[guild_id])
        elif action == "leave" and len(members) > 3:
            user_id = rng.choice(members)
            if user_id != world.guilds[guild_id].owner_id:
                world.remove_member(guild_id, user_id)
        elif action == "member_update" and members:
            roles = self.roles(guild_id)
            picked = rng.sample(roles, k=min(len(roles), rng.randrange(3)))
            nick = rng.choice([None, f"nick{rng.randrange(100)}"])
            world.update_member(guild_id, rng.choice(members), nick=nick, roles=picked)
        elif action == "role_create":
            world.create_role(guild_id, f"role-{rng.randrange(1000)}", permissions=rng.randrange(1 << 12))
        elif action == "role_update" and self.roles(guild_id):
            role_id = rng.choice(self.roles(guild_id))
            world.update_role(
                guild_id, role_id, name=f"renamed-{rng.randrange(1000)}", color=rng.randrange(1 << 24)
            )
        elif action == "role_delete" and len(self.roles(guild_id)) > 2:
            world.delete_role(guild_id, rng.choice(self.roles(guild_id)))
        elif action == "channel_create":
            world.create_channel(guild_id, f"new-{rng.randrange(1000)}", topic=f"topic {rng.randrange(100)}")
        elif action == "channel_update" and texts:
            world.update_channel(rng.choice(texts).id, topic=f"changed {rng.randrange(1000)}")
        elif action == "channel_delete" and len(texts) > 2:
            channel = rng.choice(texts)
            for thread in [t for t in threads if t.parent_id == channel.id]:
                world.delete_channel(thread.id)  # Discord deletes a channel's threads with it
            world.delete_channel(channel.id)
        elif action == "thread_create" and texts and members:
            world.create_thread(rng.choice(texts).id, f"thread-{rng.randrange(1000)}", rng.choice(members))
        elif action == "thread_update" and threads:
            world.update_channel(rng.choice(threads).id, name=f"thread-renamed-{rng.randrange(1000)}")
        elif action == "thread_delete" and threads:
            world.delete_channel(rng.choice(threads).id)

    async def rest_changes(self) -> None:
        """The bot's own changes in the seeded guild, where its role allows them."""
        seed = self.emu.seed
        assert seed is not None
        rest = self.client.rest
        created = await rest.create_guild_channel(
            seed.guild.id,
            body=m.CreateGuildChannelRequest(
                name="bot-made", type=TEXT, parent_id=Snowflake(seed.category.id)
            ),
        )
        await rest.update_channel(
            int(created.id), body=m.UpdateGuildChannelRequestPartial(topic="set by the bot")
        )
        await rest.create_guild_role(seed.guild.id, body=m.CreateRoleRequest(name="bot-role", permissions=0))
        thread = await rest.create_thread(
            seed.general.id, body=m.CreateTextThreadWithoutMessageRequest(name="bot-thread", type=THREAD)
        )
        await self.client.send_message(int(thread.id), "hello thread")
        sent = await self.client.send_message(seed.general.id, "short-lived")
        await rest.delete_message(seed.general.id, int(sent.id))


async def converge(emu: Emulator, client: Client, within: float = 15.0) -> None:
    """Wait until the cache has caught up with the world (events are applied asynchronously)."""
    try:
        async with asyncio.timeout(within):
            while await cache_state(client) != world_state(emu):  # noqa: ASYNC110 - many events build it
                await asyncio.sleep(0.05)
    except TimeoutError:
        pass  # the assertion below shows the difference


async def test_cache_equals_world_after_hundreds_of_changes(client: Client, emulator: Emulator) -> None:
    session = next(iter(emulator.gateway.sessions.values()))
    received_before = len(session.dispatched)
    script = Script(emulator, client, seed=20261126)
    await script.setup()
    await script.rest_changes()
    for index in range(320):
        await script.step()
        if index % 40 == 0:
            await asyncio.sleep(0)  # let the client read while the world keeps changing
    await converge(emulator, client)

    expected, cached = world_state(emulator), await cache_state(client)
    for store in expected:
        assert cached[store] == expected[store], store
    events = len(session.dispatched) - received_before
    assert events >= 300, events
    assert len(expected["guilds"]) == 3 and len(expected["threads"]) >= 3 and len(expected["messages"]) >= 80
    assert client.cache.me is not None and client.cache.me.id == emulator.world.bot.id
