"""Answers op 4 (Update Voice State) on an Emulator's main gateway with the VOICE_STATE_UPDATE and
VOICE_SERVER_UPDATE pair pointing at a VoiceServer.

The main gateway records op 4 payloads in `Session.voice_requests`; this bridge watches those lists (a
5 ms poll) rather than patching the emulator, so the voice side composes with the public Emulator API.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets

from echord.testing.emulator import Emulator
from echord.testing.gateway import Session

from .server import VoiceServer

__all__ = ["VoiceBridge"]


class VoiceBridge:
    """`async with VoiceBridge(emulator, voice_server):` while a bot joins voice through its shard."""

    def __init__(self, emulator: Emulator, voice: VoiceServer, *, poll: float = 0.005) -> None:
        self.emulator = emulator
        self.voice = voice
        self._poll = poll
        self._seen: dict[str, int] = {}
        self._session_ids: dict[int, str] = {}
        self._task: asyncio.Task[None] | None = None
        self.answered = 0
        self.voice_states: dict[int, int] = {}
        """The bot's voice state as the emulator knows it: guild id -> channel id (gone after an op 4 leave)."""
        self.requests: list[tuple[int, int | None]] = []
        """Every op 4 answered, in order: (guild id, channel id or None for a leave)."""

    async def __aenter__(self) -> VoiceBridge:
        self._task = asyncio.get_running_loop().create_task(self._run())
        return self

    async def __aexit__(self, *_: object) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    async def _run(self) -> None:
        while True:
            for session in list(self.emulator.gateway.sessions.values()):
                seen = self._seen.get(session.id, 0)
                for request in session.voice_requests[seen:]:
                    self._answer(session, request)
                self._seen[session.id] = len(session.voice_requests)
            await asyncio.sleep(self._poll)

    def _answer(self, session: Session, request: dict[str, object]) -> None:
        guild_id = int(str(request["guild_id"]))
        channel = request.get("channel_id")
        bot_id = self.emulator.world.bot.id
        session_id = self._session_ids.setdefault(guild_id, secrets.token_hex(16))
        state: dict[str, object] = {
            "guild_id": str(guild_id),
            "channel_id": None if channel is None else str(channel),
            "user_id": str(bot_id),
            "session_id": session_id,
            "deaf": False,
            "mute": False,
            "self_deaf": bool(request.get("self_deaf")),
            "self_mute": bool(request.get("self_mute")),
            "self_video": False,
            "suppress": False,
            "request_to_speak_timestamp": None,
        }
        session.dispatch("VOICE_STATE_UPDATE", state)
        self.answered += 1
        self.requests.append((guild_id, None if channel is None else int(str(channel))))
        if channel is None:
            self._session_ids.pop(guild_id, None)
            self.voice_states.pop(guild_id, None)
            return
        self.voice_states[guild_id] = int(str(channel))
        info = self.voice.grant(guild_id, int(str(channel)), bot_id, session_id)
        server = {"token": info.token, "guild_id": str(guild_id), "endpoint": info.endpoint}
        session.dispatch("VOICE_SERVER_UPDATE", server)
