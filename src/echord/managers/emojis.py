"""`EmojiManager`: a guild's custom emoji."""

from __future__ import annotations

from collections.abc import Sequence

from echord._generated import models as m
from echord._support import UNSET, UnsetType
from echord.structures import Emoji, Guild, HasId, snowflake

from ._records import emoji_model, payload
from .base import Manager

__all__ = ["EmojiManager"]


class EmojiManager(Manager):
    """Guild emoji: `get` (cache), `fetch` (REST), the full list (refreshing the cache), create, delete."""

    __slots__ = ()

    async def get(self, guild: int | HasId, emoji: int | HasId) -> Emoji | None:
        """A cached emoji."""
        cache = self._cache
        if cache is None:
            return None
        guild_id, emoji_id = snowflake(guild), snowflake(emoji)
        for record in await cache.get_emojis(guild_id):
            if record.id == emoji_id:
                return Emoji(self._hub, emoji_model(record), guild_id=guild_id)
        return None

    async def cached(self, guild: int | HasId) -> list[Emoji]:
        """A guild's cached emoji."""
        cache = self._cache
        if cache is None:
            return []
        guild_id = snowflake(guild)
        return [Emoji(self._hub, emoji_model(r), guild_id=guild_id) for r in await cache.get_emojis(guild_id)]

    async def fetch(self, guild: int | HasId, emoji: int | HasId) -> Emoji:
        """One emoji from Discord."""
        guild_id = snowflake(guild)
        return Emoji(
            self._hub, await self._rest.get_guild_emoji(guild_id, snowflake(emoji)), guild_id=guild_id
        )

    async def fetch_all(self, guild: int | HasId) -> list[Emoji]:
        """Every emoji of a guild from Discord; replaces the cached list."""
        guild_id = snowflake(guild)
        emojis = await Guild.partial(self._hub, guild_id).fetch_emojis()
        await self._remember(
            "GUILD_EMOJIS_UPDATE", payload({"emojis": [e.data for e in emojis]}, guild_id=int(guild_id))
        )
        return emojis

    async def create(
        self,
        guild: int | HasId,
        name: str,
        image: str,
        *,
        roles: Sequence[int | HasId] = (),
        reason: str | None = None,
    ) -> Emoji:
        """A new emoji (`image`: a data URI, see `echord.utils.image_data_uri`)."""
        return await Guild.partial(self._hub, snowflake(guild)).create_emoji(
            name, image, roles=roles, reason=reason
        )

    async def edit(
        self,
        guild: int | HasId,
        emoji: int | HasId,
        *,
        name: str | UnsetType = UNSET,
        roles: Sequence[int | HasId] | UnsetType | None = UNSET,
        reason: str | None = None,
    ) -> Emoji:
        """Rename an emoji or restrict it to roles."""
        guild_id = snowflake(guild)
        body = m.UpdateGuildEmojiRequest(
            name=name, roles=[snowflake(r) for r in roles] if isinstance(roles, Sequence) else roles
        )
        data = await self._rest.update_guild_emoji(guild_id, snowflake(emoji), body=body, reason=reason)
        return Emoji(self._hub, data, guild_id=guild_id)

    async def delete(self, guild: int | HasId, emoji: int | HasId, *, reason: str | None = None) -> None:
        """Delete an emoji."""
        await self._rest.delete_guild_emoji(snowflake(guild), snowflake(emoji), reason=reason)
