"""`SoundboardSound`: a sound members can play in voice channels."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, Snowflake, UnsetType

from .base import Structure
from .state import HasId, snowflake

__all__ = ["SoundboardSound"]


class SoundboardSound(Structure[m.SoundboardSoundResponse]):
    """A guild's (or Discord's default) soundboard sound."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"SoundboardSound(id={int(self.id)}, name={self.name!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, SoundboardSound) and other.id == self.id

    def __hash__(self) -> int:
        return hash(int(self.id))

    @property
    def id(self) -> Snowflake:
        """The sound's id."""
        return self.data.sound_id

    @property
    def name(self) -> str:
        """The sound's name."""
        return self.data.name

    @property
    def guild_id(self) -> Snowflake | None:
        """Its guild (None for Discord's default sounds)."""
        return self.data.guild_id if isinstance(self.data.guild_id, int) else None

    def _guild(self) -> Snowflake:
        if self.guild_id is None:
            raise ValueError("default sounds belong to Discord and cannot be changed")
        return self.guild_id

    async def play(self, channel: int | HasId) -> None:
        """Play it in a voice channel the bot is connected to."""
        body = m.SoundboardSoundSendRequest(sound_id=self.id, source_guild_id=self.guild_id or UNSET)
        await self._state.rest.send_soundboard_sound(snowflake(channel), body=body)

    async def edit(
        self,
        *,
        name: str | UnsetType = UNSET,
        volume: float | UnsetType | None = UNSET,
        reason: str | None = None,
    ) -> SoundboardSound:
        """Rename it or change its volume (0 to 1)."""
        body = m.SoundboardPatchRequestPartial(name=name, volume=volume)
        data = await self._state.rest.update_guild_soundboard_sound(
            self._guild(), self.id, body=body, reason=reason
        )
        return SoundboardSound(self._state, data)

    async def delete(self, *, reason: str | None = None) -> None:
        """Delete it from its guild."""
        await self._state.rest.delete_guild_soundboard_sound(self._guild(), self.id, reason=reason)
