"""DAVE details through the client: proposal validation against connected users, and revoked proposals."""

from __future__ import annotations

import davey

from echord.testing.voice import VoiceServer
from echord.testing.voice.mls import proposals_payload, revoke_payload
from echord.voice import VoiceClient
from echord.voice.dave import DaveOp
from echord.voice.gateway import VoiceOp

GUILD, CHANNEL, BOT, ALICE, CAROL = 10, 20, 30, 40, 60


def _commits_sent(voice: VoiceServer) -> int:
    return sum(1 for op, _ in voice.sessions[BOT].binary_received if op == DaveOp.MLS_COMMIT_WELCOME)


async def test_unexpected_users_are_rejected_and_revoked_proposals_are_dropped(voice: VoiceServer) -> None:
    await voice.add_user(CHANNEL, ALICE)
    client = await VoiceClient.connect(voice.grant(GUILD, CHANNEL, BOT))
    try:
        dave = client.dave
        assert dave is not None
        await voice.wait_until(lambda: dave.encrypting)
        bot = voice.sessions[BOT]
        group = voice.group(CHANNEL)
        carol = davey.DaveSession(1, CAROL, CHANNEL)
        carol.set_external_sender(voice.sender.package())
        add_carol = voice.sender.add_proposal(
            group.group_id, group.epoch, bytes(carol.get_serialized_key_package())
        )
        before = _commits_sent(voice)

        def status() -> davey.SessionStatus:
            return dave.session.status

        # Carol is not connected (no op 11): the bot must refuse to commit her addition.
        await bot.send_binary(DaveOp.MLS_PROPOSALS, proposals_payload([add_carol]))
        await bot.send(VoiceOp.CLIENTS_CONNECT, {"user_ids": [str(CAROL)]})
        await voice.wait_until(lambda: CAROL in client.members)
        assert _commits_sent(voice) == before
        assert status() == davey.SessionStatus.active

        # Once she is connected the same proposal is committed, then revoked before any commit won.
        await bot.send_binary(DaveOp.MLS_PROPOSALS, proposals_payload([add_carol]))
        await voice.wait_until(lambda: _commits_sent(voice) == before + 1)
        assert status() == davey.SessionStatus.awaiting_response
        await bot.send_binary(DaveOp.MLS_PROPOSALS, revoke_payload([add_carol]))
        await voice.wait_until(lambda: status() == davey.SessionStatus.active)
        assert _commits_sent(voice) == before + 1
        assert dave.encrypting and bot.invalid_commits == []
    finally:
        await client.disconnect()
