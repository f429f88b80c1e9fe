"""`chunk_members_on_startup`: the client asks for the member list of a large guild the cache lacks."""

from __future__ import annotations

from echord import Client, Intents
from echord.cache import Cache, CachePolicy, Eviction, StorePolicy
from echord.events import GuildMembersChunk
from echord.testing import Emulator


async def test_a_large_guild_missing_members_is_chunked_after_guild_create() -> None:
    async with Emulator() as emu:
        seed = emu.seed
        assert seed is not None
        for index in range(260):  # over 250: Discord (and the emulator) mark the guild large
            emu.world.add_member(seed.guild.id, emu.world.add_user(f"member{index}").id)
        # A bounded members store keeps fewer than member_count, so the guild still lacks members.
        policy = CachePolicy(
            members=StorePolicy(max_size=100, eviction=Eviction.FIFO), chunk_members_on_startup=True
        )
        client = Client(
            emu.bot_token,
            api_base=emu.rest_url,
            intents=Intents.default() | Intents.GUILD_MEMBERS,
            cache=Cache(policy),
        )
        async with client.stream(GuildMembersChunk, limit=1, timeout=10) as chunks, client:
            received = [chunk async for chunk in chunks]
        assert len(received) == 1
        assert received[0].guild_id == seed.guild.id and len(received[0].members) == 263


async def test_no_chunking_by_default() -> None:
    async with Emulator() as emu:
        client = Client(
            emu.bot_token, api_base=emu.rest_url, intents=Intents.default() | Intents.GUILD_MEMBERS
        )
        async with client.stream(GuildMembersChunk, timeout=0.3) as chunks, client:
            received = [chunk async for chunk in chunks]
        assert received == []
