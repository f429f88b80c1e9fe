"""`GuildManager`: guilds the bot is in."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, Snowflake
from echord.cache import GLOBAL
from echord.structures import Guild, HasId, Page, Paginator, snowflake

from ._records import guild_model
from .base import Manager

__all__ = ["GuildManager"]

_GUILDS_PAGE = 200


class GuildManager(Manager):
    """Guilds: `get` (cache, with its cached roles, emojis and stickers), `fetch` (REST), listing, leaving."""

    __slots__ = ()

    async def get(self, guild: int | HasId) -> Guild | None:
        """A cached guild."""
        cache = self._cache
        if cache is None:
            return None
        guild_id = snowflake(guild)
        record = await cache.get_guild(guild_id)
        if record is None:
            return None
        roles = await cache.get_roles(guild_id)
        emojis = await cache.get_emojis(guild_id)
        stickers = await cache.get_stickers(guild_id)
        return Guild(self._hub, guild_model(record, roles, emojis, stickers))

    async def fetch(self, guild: int | HasId, *, with_counts: bool = False) -> Guild:
        """A guild from Discord; refreshes the cached guild, its roles, emojis and stickers."""
        data = await self._rest.get_guild(snowflake(guild), with_counts=with_counts or UNSET)
        await self._remember("GUILD_UPDATE", data)
        return Guild(self._hub, data)

    async def cached(self) -> list[Guild]:
        """Every cached guild (without roles, emojis and stickers: `get` one for those)."""
        cache = self._cache
        if cache is None:
            return []
        return [Guild(self._hub, guild_model(r)) for r in await cache.guilds.values(GLOBAL)]

    def iterate(self, *, limit: int | None = None) -> Paginator[m.MyGuildResponse]:
        """The bot's guilds as Discord lists them (partial: id, name, icon, owner, features), 200 at a time."""
        cursor: list[Snowflake] = []

        async def page(remaining: int | None) -> Page[m.MyGuildResponse]:
            size = _GUILDS_PAGE if remaining is None else min(remaining, _GUILDS_PAGE)
            data = await self._rest.list_my_guilds(after=cursor[-1] if cursor else UNSET, limit=size)
            data.sort(key=lambda g: g.id)
            if data:
                cursor.append(data[-1].id)
            return Page(data, more=len(data) == size)

        return Paginator(page, limit=limit)

    async def leave(self, guild: int | HasId) -> None:
        """Make the bot leave a guild."""
        await self._rest.leave_guild(snowflake(guild))
