"""Gateway dispatches that carry REST objects carry them in the spec's shape (events/gateway-events.mdx
defines these events as the REST object plus gateway-only fields)."""

from __future__ import annotations

import httpx

from echord.testing import ChannelType, Emulator, Intent
from echord.testing.intents import ALL_INTENTS

from .gateway_client import connect_ready
from .spec_schema import validate_component

ALL = ALL_INTENTS


async def test_dispatch_payloads_fit_the_rest_objects(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    world = emulator.world
    gateway, ready = await connect_ready(emulator, intents=ALL & ~Intent.GUILD_PRESENCES)
    validate_component("UserResponse", ready["user"])
    validate_component("GuildResponse", await gateway.recv_dispatch("GUILD_CREATE"))

    message = world.create_message(seed.general.id, seed.alice.id, "hi")
    validate_component("MessageResponse", await gateway.recv_dispatch("MESSAGE_CREATE"))
    world.edit_message(seed.general.id, message.id, content="edited")
    validate_component("MessageResponse", await gateway.recv_dispatch("MESSAGE_UPDATE"))
    channel = world.create_channel(seed.guild.id, "new", ChannelType.GUILD_TEXT, topic="t")
    validate_component("GuildChannelResponse", await gateway.recv_dispatch("CHANNEL_CREATE"))
    world.update_channel(channel.id, name="renamed")
    validate_component("GuildChannelResponse", await gateway.recv_dispatch("CHANNEL_UPDATE"))
    world.create_thread(seed.general.id, "thread", seed.alice.id)
    validate_component("ThreadResponse", await gateway.recv_dispatch("THREAD_CREATE"))
    role = world.create_role(seed.guild.id, "role")
    validate_component("GuildRoleResponse", (await gateway.recv_dispatch("GUILD_ROLE_CREATE"))["role"])
    world.update_member(seed.guild.id, seed.bob.id, roles=[role.id])
    validate_component("GuildMemberResponse", await gateway.recv_dispatch("GUILD_MEMBER_UPDATE"))
    newcomer = world.add_user("newcomer")
    world.add_member(seed.guild.id, newcomer.id)
    validate_component("GuildMemberResponse", await gateway.recv_dispatch("GUILD_MEMBER_ADD"))
    world.ban(seed.guild.id, newcomer.id)
    validate_component("UserResponse", (await gateway.recv_dispatch("GUILD_BAN_ADD"))["user"])
    world.create_emoji(seed.guild.id, "blob")
    for emoji in (await gateway.recv_dispatch("GUILD_EMOJIS_UPDATE"))["emojis"]:
        validate_component("EmojiResponse", emoji)
    world.add_reaction(seed.general.id, message.id, seed.alice.id, "👍")
    reaction = await gateway.recv_dispatch("MESSAGE_REACTION_ADD")
    validate_component("GuildMemberResponse", reaction["member"])
    validate_component("MessageReactionEmojiResponse", reaction["emoji"])
    await gateway.close()
