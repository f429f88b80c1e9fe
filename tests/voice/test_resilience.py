"""Bad input never stops the player: corrupt packets, unknown SSRCs, a failed DAVE commit, a dropped socket."""

from __future__ import annotations

import asyncio
import os

from echord.testing.voice import VoiceServer
from echord.voice import BufferSink, PCMAudio, VoiceClient
from echord.voice.rtp import build_header

from .audio import VirtualClock, dominant_frequency, tone

GUILD, CHANNEL, BOT, ALICE, BOB = 10, 20, 30, 40, 50


async def _joined(voice: VoiceServer, clock: VirtualClock | None = None) -> VoiceClient:
    await voice.add_user(CHANNEL, ALICE)
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), clock=clock, resume_backoff=0.01)
    await voice.wait_until(lambda: client.dave is not None and client.dave.encrypting)
    return client


async def test_corrupt_and_unknown_ssrc_packets_are_counted_and_dropped(voice: VoiceServer) -> None:
    client = await _joined(voice)
    try:
        sink = BufferSink()
        client.listen(sink)
        bot = voice.sessions[BOT]
        assert bot.cipher is not None
        voice.send_udp(BOT, os.urandom(60))  # garbage
        voice.send_udp(BOT, bot.cipher.encrypt(build_header(1, 960, 999_999), b"\xfc\x00", 7))  # unknown SSRC
        tampered = bytearray(bot.cipher.encrypt(build_header(2, 1920, 1000), b"\xfc\x00\x01", 8))
        tampered[14] ^= 0xFF
        voice.send_udp(BOT, bytes(tampered))
        await voice.speak(ALICE, tone(330.0, 1.0))
        await voice.wait_until(lambda: sink.frames.get(ALICE, 0) >= 48)
        await voice.wait_until(lambda: client.stats.corrupt >= 2 and client.stats.unknown_ssrc >= 1)
        assert abs(dominant_frequency(sink.pcm[ALICE]) - 330.0) < 3.0
    finally:
        await client.disconnect()


async def test_player_keeps_going_through_bad_input_and_a_failed_commit(voice: VoiceServer) -> None:
    client = await _joined(voice)
    try:
        dave = client.dave
        assert dave is not None
        listener = voice.users[ALICE]
        finished: list[BaseException | None] = []
        player = client.play(PCMAudio(tone(440.0, 3.0)), after=finished.append)
        await asyncio.sleep(0.2)
        voice.send_udp(BOT, os.urandom(100))
        transition = await voice.send_bad_commit(BOT)
        await voice.wait_until(lambda: voice.sessions[BOT].invalid_commits == [transition])
        assert dave.invalid_commits_sent == 1
        # op 31 makes the server remove and re-add the bot; Alice commits, the bot is welcomed back.
        await voice.wait_until(lambda: dave.encrypting and voice.sessions[BOT].in_group, within=5)
        before = listener.e2ee_frames
        assert player.is_playing
        await player.wait()
        assert finished == [None]
        assert listener.e2ee_frames > before
        assert listener.undecryptable <= 3  # at most the frames in flight while keys changed
        assert player.frames_sent == 155
    finally:
        await client.disconnect()


async def test_dropped_websocket_resumes_with_buffered_messages(voice: VoiceServer) -> None:
    client = await _joined(voice)
    try:
        gateway = client.gateway
        assert gateway is not None
        player = client.play(PCMAudio(tone(440.0, 1.5)))
        await asyncio.sleep(0.2)
        seq_before = gateway.seq_ack
        voice.drop(BOT)
        await voice.add_user(CHANNEL, BOB)  # op 11 (and DAVE proposals) are buffered for the resume
        await voice.wait_until(lambda: voice.sessions[BOT].resumes == 1)
        await voice.wait_until(lambda: BOB in client.members)
        assert voice.sessions[BOT].replayed >= 1
        assert voice.sessions[BOT].seq_acks[-1] >= seq_before
        assert voice.identifies == 1
        assert gateway.resumes == 1
        await player.wait()
        assert player.frames_sent == 80
        await voice.wait_until(
            lambda: voice.users[BOB].in_group and client.dave is not None and client.dave.encrypting
        )
        # Alice committed Bob's addition; the bot applied her commit (29) rather than asking to be re-added
        assert voice.group(CHANNEL).commits_won[-1] == ALICE
        assert voice.sessions[BOT].invalid_commits == []
        dave = client.dave
        assert dave is not None
        await voice.wait_until(lambda: dave.session.epoch == voice.group(CHANNEL).epoch)
    finally:
        await client.disconnect()


async def test_dave_downgrade_and_upgrade(voice: VoiceServer) -> None:
    client = await _joined(voice, VirtualClock())
    try:
        dave = client.dave
        assert dave is not None
        listener = voice.users[ALICE]
        await voice.downgrade(CHANNEL)
        await voice.wait_until(lambda: dave.protocol_version == 0)
        assert not dave.encrypting
        await client.play(PCMAudio(tone(500.0, 0.2))).wait()
        await voice.wait_until(lambda: listener.plaintext_frames >= 10)
        e2ee = listener.e2ee_frames
        await voice.upgrade(CHANNEL)
        await voice.wait_until(lambda: dave.protocol_version == 1 and dave.encrypting)
        await client.play(PCMAudio(tone(500.0, 0.2))).wait()
        await voice.wait_until(lambda: listener.e2ee_frames >= e2ee + 10)
    finally:
        await client.disconnect()
