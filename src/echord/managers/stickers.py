"""`StickerManager`: guild stickers and Discord's standard ones."""

from __future__ import annotations

from echord._support import UnknownVariant
from echord.structures import HasId, Sticker, snowflake
from echord.structures.base import unknown_variant

from ._records import payload, sticker_model
from .base import Manager

__all__ = ["StickerManager"]


class StickerManager(Manager):
    """Stickers: `get` (cache), `fetch` (REST), a guild's list (refreshing the cache), delete."""

    __slots__ = ()

    async def get(self, guild: int | HasId, sticker: int | HasId) -> Sticker | None:
        """A cached guild sticker."""
        cache = self._cache
        if cache is None:
            return None
        guild_id, sticker_id = snowflake(guild), snowflake(sticker)
        for record in await cache.get_stickers(guild_id):
            if record.id == sticker_id:
                return Sticker(self._hub, sticker_model(record, guild_id))
        return None

    async def fetch(self, sticker: int | HasId) -> Sticker:
        """Any sticker by id (guild or standard) from Discord."""
        data = await self._rest.get_sticker(snowflake(sticker))
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return Sticker(self._hub, data)

    async def fetch_all(self, guild: int | HasId) -> list[Sticker]:
        """A guild's stickers from Discord; replaces the cached list."""
        guild_id = snowflake(guild)
        data = await self._rest.list_guild_stickers(guild_id)
        await self._remember("GUILD_STICKERS_UPDATE", payload({"stickers": data}, guild_id=int(guild_id)))
        return [Sticker(self._hub, s) for s in data]

    async def delete(self, guild: int | HasId, sticker: int | HasId, *, reason: str | None = None) -> None:
        """Delete a guild sticker."""
        await self._rest.delete_guild_sticker(snowflake(guild), snowflake(sticker), reason=reason)
