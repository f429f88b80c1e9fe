"""End to end on loopback: the bot joins the emulator's voice server, plays and receives audio, with DAVE."""

from __future__ import annotations

from echord.testing.voice import VoiceServer
from echord.voice import BufferSink, PCMAudio, VoiceClient
from echord.voice.crypto import AES256_GCM_RTPSIZE

from .audio import VirtualClock, dominant_frequency, tone

GUILD, CHANNEL, BOT, ALICE = 10, 20, 30, 40


async def test_bot_plays_a_five_second_tone_that_the_listener_decodes(voice: VoiceServer) -> None:
    listener = await voice.add_user(CHANNEL, ALICE)
    clock = VirtualClock()
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), clock=clock)
    try:
        assert client.mode == AES256_GCM_RTPSIZE
        assert client.dave is not None
        await voice.wait_until(lambda: client.dave is not None and client.dave.encrypting)
        finished: list[BaseException | None] = []
        player = client.play(PCMAudio(tone(440.0, 5.0)), after=finished.append)
        await player.wait()
        assert finished == [None]
        await voice.wait_until(lambda: len(listener.pcm.get(BOT, b"")) >= 250 * 3840)
        assert listener.e2ee_frames == 250
        assert listener.plaintext_frames == 0 and listener.undecryptable == 0
        assert abs(dominant_frequency(listener.pcm[BOT]) - 440.0) < 2.0
        await voice.wait_until(lambda: voice.sessions[BOT].speaking is False)
        assert voice.sessions[BOT].packets == 255  # 250 tone frames + 5 silence frames
    finally:
        await client.disconnect()


async def test_bot_receives_and_decodes_another_users_audio(voice: VoiceServer) -> None:
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT))
    try:
        alice = await voice.add_user(CHANNEL, ALICE)
        await voice.wait_until(lambda: client.dave is not None and client.dave.encrypting and alice.in_group)
        assert voice.group(CHANNEL).commits_won == [BOT]
        assert client.dave is not None and alice.dave is not None
        assert client.dave.voice_privacy_code == alice.dave.voice_privacy_code is not None
        assert client.dave.verification_code(ALICE) == alice.dave.get_verification_code(BOT)
        sink = BufferSink()
        client.listen(sink)
        await voice.speak(ALICE, tone(660.0, 1.0))
        await voice.wait_until(lambda: sink.frames.get(ALICE, 0) >= 48)
        client.stop_listening()
        assert client.user_ssrcs[alice.ssrc] == ALICE
        assert abs(dominant_frequency(sink.pcm[ALICE]) - 660.0) < 3.0
        assert client.stats.dave_failures == 0
    finally:
        await client.disconnect()


async def test_audio_that_arrives_before_speaking_is_held_until_the_ssrc_is_known(voice: VoiceServer) -> None:
    await voice.add_user(CHANNEL, ALICE)
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT))
    try:
        await voice.wait_until(lambda: client.dave is not None and client.dave.encrypting)
        sink = BufferSink()
        client.listen(sink)
        await voice.speak(ALICE, tone(440.0, 0.2), announce=False)
        await voice.wait_until(lambda: client.stats.unknown_ssrc == 10)
        assert sink.frames == {}
        await voice.announce(ALICE)
        await voice.wait_until(lambda: sink.frames.get(ALICE) == 10)
        assert client.stats.held_replayed == 10
    finally:
        await client.disconnect()
