"""Voice gateway details: heartbeats with seq_ack, zombie detection, keepalives, clients connect/disconnect."""

from __future__ import annotations

import pytest

from echord.testing.voice import VoiceServer
from echord.voice import VoiceClient
from echord.voice.gateway import voice_url

GUILD, CHANNEL, BOT, ALICE = 10, 20, 30, 40


def test_voice_url_adds_wss_and_the_version() -> None:
    assert (
        voice_url("sweetwater-12345.discord.media:2048") == "wss://sweetwater-12345.discord.media:2048/?v=8"
    )
    assert voice_url("ws://127.0.0.1:5000") == "ws://127.0.0.1:5000/?v=8"


async def test_heartbeats_carry_seq_ack_and_measure_latency() -> None:
    async with VoiceServer(heartbeat_interval_ms=30) as voice:
        await voice.add_user(CHANNEL, ALICE)
        client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT))
        try:
            bot = voice.sessions[BOT]
            await voice.wait_until(lambda: len(bot.seq_acks) >= 3 and bot.seq_acks[-1] == bot.seq)
            assert bot.seq > 0  # op 11, op 25 and the DAVE messages were numbered
            assert client.latency is not None and client.latency < 1
        finally:
            await client.disconnect()


async def test_missing_heartbeat_acks_trigger_a_resume() -> None:
    async with VoiceServer(heartbeat_interval_ms=30) as voice:
        client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), resume_backoff=0.01)
        try:
            voice.ack_heartbeats = False
            await voice.wait_until(lambda: voice.sessions[BOT].resumes >= 1)
            voice.ack_heartbeats = True
            assert voice.identifies == 1
        finally:
            await client.disconnect()


async def test_udp_keepalives(voice: VoiceServer) -> None:
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), keepalive_interval=0.02)
    try:
        await voice.wait_until(lambda: voice.sessions[BOT].keepalives >= 3)
    finally:
        await client.disconnect()


async def test_clients_connect_and_disconnect_update_the_ssrc_map(voice: VoiceServer) -> None:
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT))
    try:
        alice = await voice.add_user(CHANNEL, ALICE)
        await voice.wait_until(lambda: ALICE in client.members)
        await voice.speak(ALICE, bytes(3840))
        await voice.wait_until(lambda: client.user_ssrcs.get(alice.ssrc) == ALICE)
        await voice.remove_user(ALICE)
        await voice.wait_until(lambda: ALICE not in client.members)
        assert alice.ssrc not in client.user_ssrcs
        # the external sender proposed removing Alice; the bot, now alone, committed it (epoch 1 -> 2)
        dave = client.dave
        assert dave is not None
        await voice.wait_until(lambda: voice.group(CHANNEL).epoch == 2 and dave.session.epoch == 2)
        assert voice.group(CHANNEL).commits_won == [BOT, BOT]
        assert voice.sessions[BOT].invalid_commits == []
    finally:
        await client.disconnect()


@pytest.mark.parametrize("dave", [True, False])
async def test_speaking_is_sent_before_audio(voice: VoiceServer, dave: bool) -> None:
    from echord.voice import PCMAudio

    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), dave=dave)
    try:
        await client.play(PCMAudio(bytes(3840 * 2))).wait()
        ops = [p["op"] for p in voice.sessions[BOT].received]
        assert ops[:2] == [1, 5]  # select protocol, then speaking before any audio
        first = voice.sessions[BOT].received[1]["d"]
        assert isinstance(first, dict) and first["speaking"] == 1 and first["ssrc"] == client.ssrc
        await voice.wait_until(lambda: voice.sessions[BOT].packets == 7)
    finally:
        await client.disconnect()


async def test_garbage_from_the_server_does_not_end_the_session(voice: VoiceServer) -> None:
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT))
    try:
        bot = voice.sessions[BOT]
        assert bot.ws is not None
        await bot.ws.send("{not json")
        await bot.ws.send(b"\x00")  # binary frame too short for seq + opcode
        await bot.send_binary(27, b"\x07")  # DAVE proposals with an unknown operation type
        await bot.send(5, {"ssrc": "not a number"})  # malformed speaking
        await voice.add_user(CHANNEL, ALICE)
        await voice.wait_until(lambda: ALICE in client.members)
        assert client.connected and voice.identifies == 1 and bot.resumes == 0
    finally:
        await client.disconnect()
