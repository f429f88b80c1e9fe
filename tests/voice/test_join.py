"""The join flow through a real shard: op 4, the VOICE_STATE_UPDATE + VOICE_SERVER_UPDATE pair, moving
channels, an endpoint change under a live connection, and being removed from the channel."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import msgspec
import pytest

from echord._support import Snowflake, decode_json
from echord.events import VoiceServerUpdate, VoiceStateUpdate
from echord.gateway import ShardConnection
from echord.testing import Emulator
from echord.testing.voice import VoiceBridge, VoiceServer
from echord.voice import PCMAudio, VoiceConnector

from .audio import VirtualClock, dominant_frequency, tone

ALICE = 4242


class Harness:
    def __init__(self, emulator: Emulator, voice: VoiceServer) -> None:
        self.emulator = emulator
        self.voice = voice
        self.shard = ShardConnection(
            emulator.bot_token, intents=1 << 7 | 1, dispatch=self.dispatch, gateway_url=emulator.gateway_url
        )
        self.connector = VoiceConnector(
            emulator.world.bot.id, self.shard.update_voice_state, timeout=5, clock=VirtualClock()
        )

    def dispatch(self, event: str, data: msgspec.Raw, shard_id: int) -> None:
        if event == "VOICE_STATE_UPDATE":
            self.connector.on_voice_state_update(decode_json(bytes(data), VoiceStateUpdate))
        elif event == "VOICE_SERVER_UPDATE":
            self.connector.on_voice_server_update(decode_json(bytes(data), VoiceServerUpdate))


@pytest.fixture
async def harness(voice: VoiceServer) -> AsyncIterator[Harness]:
    async with Emulator() as emulator, VoiceBridge(emulator, voice):
        h = Harness(emulator, voice)
        task = asyncio.create_task(h.shard.run())
        await asyncio.wait_for(h.shard.wait_ready(), 5)
        try:
            yield h
        finally:
            await h.shard.close()
            await asyncio.wait_for(task, 5)


async def test_connect_play_move_and_leave(harness: Harness) -> None:
    seed = harness.emulator.seed
    assert seed is not None
    guild, channel = seed.guild.id, seed.voice.id
    other = harness.emulator.world.create_channel(guild, "Other", seed.voice.type).id
    voice = harness.voice
    listener = await voice.add_user(channel, ALICE)
    client = await harness.connector.connect(guild, channel, self_deaf=True)
    bot = harness.emulator.world.bot.id
    assert client.info.channel_id == channel and voice.sessions[bot].channel_id == channel
    await voice.wait_until(lambda: client.dave is not None and client.dave.encrypting)
    await client.play(PCMAudio(tone(523.0, 0.5))).wait()
    await voice.wait_until(lambda: len(listener.pcm.get(bot, b"")) >= 25 * 3840)
    assert abs(dominant_frequency(listener.pcm[bot]) - 523.0) < 4

    await harness.connector.move(guild, other)
    assert client.info.channel_id == other and voice.sessions[bot].channel_id == other
    assert voice.identifies == 2

    await harness.connector.disconnect(guild)
    assert harness.connector.client(guild) is None and not client.connected


async def test_endpoint_change_under_a_live_connection(harness: Harness) -> None:
    seed = harness.emulator.seed
    assert seed is not None
    client = await harness.connector.connect(seed.guild.id, seed.voice.id)
    bot = harness.emulator.world.bot.id
    async with VoiceServer() as second:
        info = second.grant(seed.guild.id, seed.voice.id, bot, client.info.session_id)
        harness.connector.on_voice_server_update(
            VoiceServerUpdate(token=info.token, guild_id=Snowflake(seed.guild.id), endpoint=info.endpoint)
        )
        await second.wait_until(lambda: bot in second.sessions and client.connected)
        assert client.info.endpoint == second.endpoint
        await client.disconnect()


async def test_removed_from_the_channel_closes_the_connection(harness: Harness) -> None:
    seed = harness.emulator.seed
    assert seed is not None
    client = await harness.connector.connect(seed.guild.id, seed.voice.id)
    bot = harness.emulator.world.bot.id
    harness.connector.on_voice_state_update(
        VoiceStateUpdate(
            guild_id=Snowflake(seed.guild.id),
            channel_id=None,
            user_id=Snowflake(bot),
            session_id=client.info.session_id,
        )
    )
    await harness.voice.wait_until(lambda: not client.connected)
    assert harness.connector.client(seed.guild.id) is None
