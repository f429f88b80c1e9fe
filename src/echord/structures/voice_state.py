"""`VoiceState`: a user's connection to a voice channel."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import Snowflake

from .base import Structure
from .member import Member

__all__ = ["VoiceState"]


class VoiceState(Structure[m.VoiceStateResponse]):
    """Who is in which voice channel, muted or deafened how."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"VoiceState(user_id={int(self.user_id)}, channel_id={self.channel_id})"

    @property
    def user_id(self) -> Snowflake:
        """The user."""
        return self.data.user_id

    @property
    def channel_id(self) -> Snowflake | None:
        """The voice channel (None: disconnected)."""
        return self.data.channel_id

    @property
    def guild_id(self) -> Snowflake | None:
        """The guild, for guild voice."""
        return self.data.guild_id

    @property
    def member(self) -> Member | None:
        """The member, when Discord included it."""
        if isinstance(self.data.member, m.GuildMemberResponse) and self.data.guild_id is not None:
            return Member(self._state, self.data.member, guild_id=self.data.guild_id)
        return None

    @property
    def muted(self) -> bool:
        """Muted by the server or by themselves."""
        return bool(self.data.mute or self.data.self_mute)

    @property
    def deafened(self) -> bool:
        """Deafened by the server or by themselves."""
        return bool(self.data.deaf or self.data.self_deaf)
