"""Every voice close code goes down its documented path."""

from __future__ import annotations

import pytest

from echord.testing.voice import VoiceServer
from echord.voice import (
    CloseAction,
    DaveRequiredError,
    VoiceClient,
    VoiceCloseCode,
    VoiceConnectionClosed,
    VoiceServerInfo,
    action_for,
)
from echord.voice.crypto import XCHACHA20_RTPSIZE

GUILD, CHANNEL, BOT = 10, 20, 30


@pytest.mark.parametrize(
    ("code", "action"),
    [
        (4001, CloseAction.STOP),
        (4002, CloseAction.STOP),
        (4003, CloseAction.STOP),
        (4004, CloseAction.STOP),
        (4005, CloseAction.STOP),
        (4006, CloseAction.RECONNECT),
        (4009, CloseAction.RECONNECT),
        (4011, CloseAction.STOP),
        (4012, CloseAction.STOP),
        (4014, CloseAction.STOP),
        (4015, CloseAction.RESUME),
        (4016, CloseAction.STOP),
        (4017, CloseAction.STOP),
        (4020, CloseAction.STOP),
        (4021, CloseAction.STOP),
        (4022, CloseAction.STOP),
        (4999, CloseAction.STOP),
        (1000, CloseAction.RESUME),
        (1006, CloseAction.RESUME),
        (None, CloseAction.RESUME),
    ],
)
def test_action_table(code: int | None, action: CloseAction) -> None:
    assert action_for(code) is action


async def test_4015_voice_server_crashed_resumes(voice: VoiceServer) -> None:
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), resume_backoff=0.01)
    try:
        await voice.close(BOT, VoiceCloseCode.VOICE_SERVER_CRASHED)
        await voice.wait_until(lambda: voice.sessions[BOT].resumes == 1)
        assert voice.identifies == 1 and client.connected
    finally:
        await client.disconnect()


@pytest.mark.parametrize("code", [4014, 4021, 4022])
async def test_do_not_reconnect_codes_end_the_connection(voice: VoiceServer, code: int) -> None:
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), resume_backoff=0.01)
    await voice.close(BOT, code)
    with pytest.raises(VoiceConnectionClosed) as info:
        await client.wait_closed()
    assert info.value.code == code
    assert voice.identifies == 1 and voice.sessions[BOT].resumes == 0
    assert not client.connected


@pytest.mark.parametrize("code", [4006, 4009])
async def test_invalid_session_codes_reconnect_with_fresh_credentials(voice: VoiceServer, code: int) -> None:
    grants: list[VoiceServerInfo] = []

    async def reconnect() -> VoiceServerInfo:
        grants.append(voice.grant(GUILD, CHANNEL, BOT))
        return grants[-1]

    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), reconnect=reconnect)
    try:
        await voice.close(BOT, code)
        await voice.wait_until(lambda: voice.identifies == 2 and client.connected)
        assert len(grants) == 1 and client.info == grants[0]
    finally:
        await client.disconnect()


async def test_4006_without_a_reconnector_ends_the_connection(voice: VoiceServer) -> None:
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT))
    await voice.close(BOT, 4006)
    with pytest.raises(VoiceConnectionClosed):
        await client.wait_closed()


async def test_4017_dave_required_raises_a_clear_error() -> None:
    async with VoiceServer(require_dave=True) as voice:
        with pytest.raises(DaveRequiredError) as info:
            await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), dave=False)
        assert info.value.code == 4017


async def test_4004_bad_token(voice: VoiceServer) -> None:
    info = voice.grant(GUILD, CHANNEL, BOT)
    bad = VoiceServerInfo(
        info.guild_id, info.channel_id, info.user_id, info.session_id, "nope", info.endpoint
    )
    with pytest.raises(VoiceConnectionClosed) as error:
        await VoiceClient.connect(bad)
    assert error.value.code == 4004


async def test_xchacha_is_used_when_aes_gcm_is_not_offered() -> None:
    async with VoiceServer(modes=[XCHACHA20_RTPSIZE, "xsalsa20_poly1305_lite_rtpsize"]) as voice:
        client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT))
        try:
            assert client.mode == XCHACHA20_RTPSIZE
        finally:
            await client.disconnect()


async def test_transport_only_session_without_dave(voice: VoiceServer) -> None:
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT), dave=False)
    try:
        assert client.dave is None and client.connected
        assert voice.sessions[BOT].max_dave == 0
    finally:
        await client.disconnect()
