"""Voice through a full `echord.Client` on the emulator: `await channel.connect()` on a voice channel
structure, a tone the emulator's listener decodes, a move, and `voice_client.disconnect()` sending the op 4
leave on the shard that owns the guild."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from echord import Client, Intents
from echord.structures import VoiceChannel
from echord.testing import Emulator
from echord.testing.gateway import shard_for
from echord.testing.voice import VoiceBridge, VoiceServer
from echord.voice import PCMAudio

from .audio import VirtualClock, dominant_frequency, tone

ALICE = 4242


@pytest.fixture
async def emulator(voice: VoiceServer) -> AsyncIterator[tuple[Emulator, VoiceBridge]]:
    async with Emulator() as emu, VoiceBridge(emu, voice) as bridge:
        yield emu, bridge


async def test_channel_connect_plays_moves_and_leaves(
    emulator: tuple[Emulator, VoiceBridge], voice: VoiceServer
) -> None:
    emu, bridge = emulator
    seed = emu.seed
    assert seed is not None
    guild = seed.guild.id
    other = emu.world.create_channel(guild, "Other", seed.voice.type).id
    bot = emu.world.bot.id
    listener = await voice.add_user(seed.voice.id, ALICE)
    async with Client(emu.bot_token, api_base=emu.rest_url, intents=Intents.all()) as client:
        client.setup_voice(timeout=5, clock=VirtualClock())
        channel = await client.channels.get(seed.voice.id)
        assert isinstance(channel, VoiceChannel)
        vc = await channel.connect(self_deaf=True)
        assert client.voice_clients == {guild: vc} and vc.connected
        assert bridge.voice_states == {guild: seed.voice.id}
        await voice.wait_until(lambda: vc.dave is not None and vc.dave.encrypting)
        await vc.play(PCMAudio(tone(523.0, 0.3))).wait()
        await voice.wait_until(lambda: len(listener.pcm.get(bot, b"")) >= 15 * 3840)
        assert abs(dominant_frequency(listener.pcm[bot]) - 523.0) < 6

        moved = await client.voice_connect(guild, other)  # a second join in the guild is a move
        assert moved is vc and vc.info.channel_id == other and voice.sessions[bot].channel_id == other
        assert bridge.voice_states == {guild: other}

        # The endpoint changes under the live connection: a new VOICE_SERVER_UPDATE through the client's bus.
        (session,) = emu.gateway.sessions.values()
        async with VoiceServer() as second:
            grant = second.grant(guild, other, bot, vc.info.session_id)
            server = {"token": grant.token, "guild_id": str(guild), "endpoint": grant.endpoint}
            session.dispatch("VOICE_SERVER_UPDATE", server)
            await second.wait_until(lambda: bot in second.sessions and vc.connected)
            assert vc.info.endpoint == second.endpoint and vc.info.channel_id == other

            await vc.disconnect()
        await voice.wait_until(lambda: guild not in bridge.voice_states)
        assert bridge.requests == [(guild, seed.voice.id), (guild, other), (guild, None)]
        assert not vc.connected and client.voice_clients == {}
        await vc.disconnect()  # again: nothing more is sent
    assert len(session.voice_requests) == 3  # and the client's close had nothing left to leave


async def test_op_4_goes_to_the_guilds_shard_and_close_leaves(voice: VoiceServer) -> None:
    async with Emulator(shards=2, max_concurrency=2) as emu, VoiceBridge(emu, voice):
        seed = emu.seed
        assert seed is not None
        guild = seed.guild.id
        async with Client(emu.bot_token, api_base=emu.rest_url, intents=Intents.all(), shards=2) as client:
            vc = await client.voice_connect(guild, seed.voice.id)
            sessions = {s.shard_id: s for s in emu.gateway.sessions.values()}
            owner = shard_for(guild, 2)
            assert len(sessions[owner].voice_requests) == 1 and sessions[1 - owner].voice_requests == []
        # Client.close() sent the leave on that shard before closing it.
        assert [r["channel_id"] for r in sessions[owner].voice_requests] == [str(seed.voice.id), None]
        assert not vc.connected
