"""Voice on the client: a `VoiceConnector` created on first use (so a bot without voice never imports
echord.voice, opuslib or davey), wired to the shard that owns each guild and to the bot's own
VOICE_STATE_UPDATE / VOICE_SERVER_UPDATE events from the bus.

`client.voice_connect(guild_id, channel_id)` (or `await voice_channel.connect()`) joins or moves;
`await voice_client.disconnect()` leaves; `Client.close()` leaves every channel before closing the shards.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING

from echord.gateway import ShardManager

from .listening import Listening

if TYPE_CHECKING:
    from echord._generated.events import VoiceServerUpdate, VoiceStateUpdate
    from echord.structures import User
    from echord.voice import Clock, VoiceClient, VoiceConnector

__all__ = ["Voice"]

_log = logging.getLogger("echord.client")


class Voice(Listening):
    """Voice methods of a client; the client sets `gateway`, `_bot_id`, `_user` and `_voice`."""

    gateway: ShardManager
    _bot_id: int | None
    _user: User | None
    _voice: VoiceConnector | None

    def setup_voice(
        self, *, timeout: float = 10.0, dave: bool = True, clock: Clock | None = None
    ) -> VoiceConnector:
        """Create the voice connector with these options (before the first join; `voice` uses defaults).

        `timeout` bounds the wait for the VOICE_STATE_UPDATE + VOICE_SERVER_UPDATE pair, `dave=False` joins
        without end-to-end encryption (only where the call allows it), `clock` drives playback (tests use
        a virtual one).
        """
        if self._voice is not None:
            raise RuntimeError("voice is already set up; call setup_voice() before the first join")
        from echord._generated.events import VoiceServerUpdate, VoiceStateUpdate
        from echord.voice import VoiceConnector

        user_id = self._user.id if self._user is not None else self._bot_id
        if user_id is None:
            raise RuntimeError("the bot's user id is not known yet: wait until the client is ready")
        connector = VoiceConnector(
            int(user_id), self._update_voice_state, timeout=timeout, dave=dave, clock=clock
        )
        self._voice = connector
        self.subscribe(VoiceStateUpdate, self._voice_state_update)
        self.subscribe(VoiceServerUpdate, self._voice_server_update)
        return connector

    @property
    def voice(self) -> VoiceConnector:
        """The voice connector (created with default options on first use; see `setup_voice`)."""
        return self._voice if self._voice is not None else self.setup_voice()

    @property
    def voice_clients(self) -> Mapping[int, VoiceClient]:
        """The live voice connections, by guild id."""
        return {} if self._voice is None else self._voice.clients

    def voice_client(self, guild_id: int) -> VoiceClient | None:
        """The live voice connection in a guild, if any."""
        return None if self._voice is None else self._voice.client(guild_id)

    async def voice_connect(
        self, guild_id: int, channel_id: int, *, self_mute: bool = False, self_deaf: bool = False
    ) -> VoiceClient:
        """Join a voice or stage channel and return the connected `VoiceClient`; with a connection in the
        guild already, move it to `channel_id` and return the same client.

        Sends op 4 on the shard that owns the guild and waits for the bot's VOICE_STATE_UPDATE and
        VOICE_SERVER_UPDATE (the GUILD_VOICE_STATES intent is needed). `VoiceChannel.connect()` calls this.
        """
        return await self.voice.connect(
            int(guild_id), int(channel_id), self_mute=self_mute, self_deaf=self_deaf
        )

    async def voice_disconnect(self, guild_id: int) -> None:
        """Leave the guild's voice channel (op 4 with channel null) and close the connection."""
        await self.voice.disconnect(int(guild_id))

    async def _update_voice_state(
        self, guild_id: int, channel_id: int | None, *, self_mute: bool = False, self_deaf: bool = False
    ) -> None:
        shard = self.gateway.shard_for_guild(guild_id)  # (guild_id >> 22) % shard_count
        await shard.update_voice_state(guild_id, channel_id, self_mute=self_mute, self_deaf=self_deaf)

    async def _voice_state_update(self, event: VoiceStateUpdate) -> None:
        if self._voice is not None:
            self._voice.on_voice_state_update(event)

    async def _voice_server_update(self, event: VoiceServerUpdate) -> None:
        if self._voice is not None:
            self._voice.on_voice_server_update(event)

    async def _close_voice(self) -> None:
        """Leave every voice channel while the shards can still send op 4."""
        if self._voice is not None and self._voice.clients:
            _log.info("leaving %d voice channel(s)", len(self._voice.clients))
            await self._voice.disconnect_all()
