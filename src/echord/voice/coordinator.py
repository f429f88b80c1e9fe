"""The join flow: op 4 on the main gateway, then wait for VOICE_STATE_UPDATE + VOICE_SERVER_UPDATE.

`VoiceConnector` sits between a shard and VoiceClients. The Client wires two things: `update_voice_state`
(ShardConnection.update_voice_state) and the two dispatch events (`on_voice_state_update`,
`on_voice_server_update`, which accept the generated event classes or anything with the same attributes).
It also handles what arrives later: a move to another channel, an endpoint change under a live connection,
and being disconnected from the channel.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Protocol

from .client import VoiceClient
from .errors import VoiceTimeoutError
from .gateway import VoiceServerInfo
from .player import Clock

__all__ = ["VoiceConnector", "VoiceServerEvent", "VoiceStateEvent"]

log = logging.getLogger("echord.voice")

UpdateVoiceState = Callable[..., Awaitable[None]]
"""`(guild_id, channel_id, *, self_mute, self_deaf)`, e.g. ShardConnection.update_voice_state."""


class VoiceStateEvent(Protocol):
    """The fields of VOICE_STATE_UPDATE the join flow reads (echord.events' VoiceStateUpdate fits)."""

    @property
    def guild_id(self) -> object: ...

    @property
    def channel_id(self) -> object: ...

    @property
    def user_id(self) -> object: ...

    @property
    def session_id(self) -> object: ...


class VoiceServerEvent(Protocol):
    """The fields of VOICE_SERVER_UPDATE the join flow reads (echord.events' VoiceServerUpdate fits)."""

    @property
    def guild_id(self) -> object: ...

    @property
    def token(self) -> object: ...

    @property
    def endpoint(self) -> object: ...


def _snowflake(value: object) -> int | None:
    if isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


@dataclass(eq=False)
class _Guild:
    channel_id: int | None = None
    session_id: str | None = None
    token: str | None = None
    endpoint: str | None = None
    waiter: asyncio.Future[VoiceServerInfo] | None = None
    fresh_state: bool = False
    fresh_server: bool = False
    client: VoiceClient | None = None
    tasks: set[asyncio.Task[None]] = field(default_factory=set)


class VoiceConnector:
    """Joins, moves and leaves voice channels for one bot user across guilds."""

    def __init__(
        self,
        user_id: int,
        update_voice_state: UpdateVoiceState,
        *,
        timeout: float = 10.0,
        dave: bool = True,
        clock: Clock | None = None,
    ) -> None:
        self.user_id = user_id
        self._update = update_voice_state
        self._timeout = timeout
        self._dave = dave
        self._clock = clock
        self._guilds: dict[int, _Guild] = {}

    def client(self, guild_id: int) -> VoiceClient | None:
        """The live connection in a guild, if any."""
        state = self._guilds.get(guild_id)
        return None if state is None else state.client

    @property
    def clients(self) -> dict[int, VoiceClient]:
        """The live connections, by guild id (a copy)."""
        return {
            guild_id: state.client for guild_id, state in self._guilds.items() if state.client is not None
        }

    async def connect(
        self, guild_id: int, channel_id: int, *, self_mute: bool = False, self_deaf: bool = False
    ) -> VoiceClient:
        """Join `channel_id` and return a connected VoiceClient (or move the existing one there)."""
        state = self._guilds.setdefault(guild_id, _Guild())
        if state.client is not None:
            await self.move(guild_id, channel_id, self_mute=self_mute, self_deaf=self_deaf)
            return state.client
        info = await self._request(guild_id, channel_id, self_mute=self_mute, self_deaf=self_deaf)

        async def reconnect() -> VoiceServerInfo:
            # The channel the bot is in now: a move may have happened since the connection opened.
            return await self._request(guild_id, state.channel_id or channel_id)

        state.client = await VoiceClient.connect(
            info, dave=self._dave, clock=self._clock, reconnect=reconnect, leave=self._leave
        )
        return state.client

    async def move(
        self, guild_id: int, channel_id: int, *, self_mute: bool = False, self_deaf: bool = False
    ) -> None:
        """Move to another channel in the same guild; the live connection is re-established underneath."""
        state = self._guilds[guild_id]
        info = await self._request(guild_id, channel_id, self_mute=self_mute, self_deaf=self_deaf)
        if state.client is not None:
            await state.client.move_to(info)

    async def disconnect(self, guild_id: int) -> None:
        """Leave the guild's voice channel (op 4 with channel null) and close the connection.

        `await voice_client.disconnect()` does the same for a client this connector made.
        """
        state = self._guilds.pop(guild_id, None)
        await self._update(guild_id, None, self_mute=False, self_deaf=False)
        if state is not None and state.client is not None:
            await state.client.disconnect()  # its leave callback finds the guild gone: no second op 4

    async def disconnect_all(self) -> None:
        """Leave every voice channel and close every connection (a client's shutdown); errors are logged."""
        for guild_id in list(self._guilds):
            try:
                await self.disconnect(guild_id)
            except Exception:
                log.exception("could not leave voice in guild %s", guild_id)

    async def _leave(self, client: VoiceClient) -> None:
        """`VoiceClient.disconnect()` of a client made here: leave its guild's channel if it is still the
        guild's live connection (not after `disconnect(guild_id)` or a removal, which forgot it first)."""
        guild_id = client.info.guild_id
        state = self._guilds.get(guild_id)
        if state is None or state.client is not client:
            return
        del self._guilds[guild_id]
        await self._update(guild_id, None, self_mute=False, self_deaf=False)

    async def _request(
        self, guild_id: int, channel_id: int, *, self_mute: bool = False, self_deaf: bool = False
    ) -> VoiceServerInfo:
        state = self._guilds.setdefault(guild_id, _Guild())
        loop = asyncio.get_running_loop()
        state.waiter = loop.create_future()
        state.fresh_state = state.fresh_server = False
        await self._update(guild_id, channel_id, self_mute=self_mute, self_deaf=self_deaf)
        try:
            return await asyncio.wait_for(state.waiter, self._timeout)
        except TimeoutError:
            raise VoiceTimeoutError(
                "VOICE_STATE_UPDATE and VOICE_SERVER_UPDATE did not both arrive; "
                "is the channel full, or is the GUILD_VOICE_STATES intent missing?"
            ) from None
        finally:
            state.waiter = None

    # -- events from the main gateway ----------------------------------------------------------------------

    def on_voice_state_update(self, event: VoiceStateEvent) -> None:
        """Feed every VOICE_STATE_UPDATE; only the bot's own are used."""
        guild_id = _snowflake(event.guild_id)
        if guild_id is None or _snowflake(event.user_id) != self.user_id:
            return
        state = self._guilds.get(guild_id)
        if state is None:
            return
        channel_id = _snowflake(event.channel_id)
        state.session_id = str(event.session_id) if isinstance(event.session_id, str) else state.session_id
        state.channel_id = channel_id
        state.fresh_state = True
        if channel_id is None and state.waiter is None and state.client is not None:
            log.info("removed from voice in guild %s", guild_id)
            self._spawn(state, self._closed_remotely(guild_id))
            return
        self._maybe_ready(guild_id, state)

    def on_voice_server_update(self, event: VoiceServerEvent) -> None:
        """Feed every VOICE_SERVER_UPDATE; an endpoint of null means 'wait, a new server is coming'."""
        guild_id = _snowflake(event.guild_id)
        if guild_id is None:
            return
        state = self._guilds.get(guild_id)
        if state is None or not isinstance(event.endpoint, str) or not isinstance(event.token, str):
            return
        state.token, state.endpoint = event.token, event.endpoint
        state.fresh_server = True
        if state.waiter is None and state.client is not None:
            info = self._info(guild_id, state)
            if info is not None:
                log.info("voice server changed for guild %s: %s", guild_id, info.endpoint)
                self._spawn(state, state.client.move_to(info))
            return
        self._maybe_ready(guild_id, state)

    def _maybe_ready(self, guild_id: int, state: _Guild) -> None:
        if state.waiter is None or state.waiter.done() or not (state.fresh_state and state.fresh_server):
            return
        info = self._info(guild_id, state)
        if info is not None:
            state.waiter.set_result(info)

    def _info(self, guild_id: int, state: _Guild) -> VoiceServerInfo | None:
        if (
            state.channel_id is None
            or state.session_id is None
            or state.token is None
            or state.endpoint is None
        ):
            return None
        return VoiceServerInfo(
            guild_id, state.channel_id, self.user_id, state.session_id, state.token, state.endpoint
        )

    async def _closed_remotely(self, guild_id: int) -> None:
        state = self._guilds.pop(guild_id, None)
        if state is not None and state.client is not None:
            await state.client.disconnect()

    def _spawn(self, state: _Guild, work: Awaitable[None]) -> None:
        async def run() -> None:
            with contextlib.suppress(Exception):
                await work

        task = asyncio.get_running_loop().create_task(run())
        state.tasks.add(task)
        task.add_done_callback(state.tasks.discard)
