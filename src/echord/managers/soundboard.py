"""`SoundboardManager`: a guild's soundboard sounds and Discord's default ones."""

from __future__ import annotations

from echord.structures import Guild, HasId, SoundboardSound, snowflake

from .base import Manager

__all__ = ["SoundboardManager"]


class SoundboardManager(Manager):
    """Soundboard sounds (not cached): list, fetch, delete."""

    __slots__ = ()

    async def fetch_all(self, guild: int | HasId) -> list[SoundboardSound]:
        """A guild's sounds."""
        return await Guild.partial(self._hub, snowflake(guild)).soundboard_sounds()

    async def fetch_defaults(self) -> list[SoundboardSound]:
        """Discord's default sounds."""
        return [SoundboardSound(self._hub, s) for s in await self._rest.get_soundboard_default_sounds()]

    async def fetch(self, guild: int | HasId, sound: int | HasId) -> SoundboardSound:
        """One sound of a guild."""
        return SoundboardSound(
            self._hub, await self._rest.get_guild_soundboard_sound(snowflake(guild), snowflake(sound))
        )

    async def delete(self, guild: int | HasId, sound: int | HasId, *, reason: str | None = None) -> None:
        """Delete a guild's sound."""
        await self._rest.delete_guild_soundboard_sound(snowflake(guild), snowflake(sound), reason=reason)
