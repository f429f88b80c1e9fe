"""The send commands a shard offers (ops 3, 4, 8, 31, 43), apart from the connection machinery.

Every command waits for a live session and goes through the shard's send limiter; a command that
meets a closing connection is sent again after the reconnect (all of them are idempotent).
"""

from __future__ import annotations

import asyncio
from abc import ABC, abstractmethod
from collections.abc import Sequence

from echord.gateway.member_requests import GuildMembersResult, MemberRequests
from echord.gateway.opcodes import GatewayOpcode as Op
from echord.gateway.payloads import Presence

__all__ = ["ShardCommands"]


class ShardCommands(ABC):
    """Mixed into `ShardConnection`, which supplies `_send_command` and `_members`."""

    _members: MemberRequests
    presence: Presence | None

    @abstractmethod
    async def _send_command(self, op: int, data: object) -> None:
        """Encode, check the size limit, wait for a session and send."""

    async def update_presence(self, presence: Presence) -> None:
        """Presence Update (op 3); also becomes the presence sent with the next IDENTIFY."""
        self.presence = presence
        await self._send_command(Op.PRESENCE_UPDATE, presence)

    async def update_voice_state(
        self, guild_id: int, channel_id: int | None, *, self_mute: bool = False, self_deaf: bool = False
    ) -> None:
        """Voice State Update (op 4): join, move (`channel_id`) or leave (`None`) a voice channel."""
        data = {
            "guild_id": str(guild_id),
            "channel_id": None if channel_id is None else str(channel_id),
            "self_mute": self_mute,
            "self_deaf": self_deaf,
        }
        await self._send_command(Op.VOICE_STATE_UPDATE, data)

    async def request_soundboard_sounds(self, guild_ids: Sequence[int]) -> None:
        """Request Soundboard Sounds (op 31); answers arrive as SOUNDBOARD_SOUNDS dispatches."""
        await self._send_command(Op.REQUEST_SOUNDBOARD_SOUNDS, {"guild_ids": [str(g) for g in guild_ids]})

    async def request_channel_info(self, guild_id: int, fields: Sequence[str]) -> None:
        """Request Channel Info (op 43); the answer arrives as a CHANNEL_INFO dispatch."""
        await self._send_command(Op.REQUEST_CHANNEL_INFO, {"guild_id": str(guild_id), "fields": list(fields)})

    async def request_guild_members(
        self,
        guild_id: int,
        *,
        query: str | None = None,
        limit: int = 0,
        user_ids: Sequence[int] | None = None,
        presences: bool = False,
        timeout: float | None = 60.0,  # noqa: ASYNC109 - a request for a guild of another shard is never answered
    ) -> GuildMembersResult:
        """Request Guild Members (op 8) and wait for every GUILD_MEMBERS_CHUNK of the answer.

        The chunks still go to the dispatch callback as usual; this only collects them (by nonce).
        """
        if (query is None) == (user_ids is None):
            raise ValueError("pass exactly one of query= or user_ids=")
        nonce, future = self._members.open(guild_id)
        data: dict[str, object] = {"guild_id": str(guild_id), "presences": presences, "nonce": nonce}
        if query is not None:
            data["query"] = query
            data["limit"] = limit
        else:
            data["user_ids"] = [str(u) for u in user_ids or ()]
            if limit:
                data["limit"] = limit
        try:
            await self._send_command(Op.REQUEST_GUILD_MEMBERS, data)
            return await asyncio.wait_for(future, timeout)
        finally:
            self._members.discard(nonce)
