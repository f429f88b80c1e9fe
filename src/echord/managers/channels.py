"""`ChannelManager`: channels and threads by id, creating and deleting them."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, UnsetType
from echord.structures import AnyChannel, Guild, HasId, Thread, channel_from, snowflake

from ._records import channel_model
from .base import Manager

__all__ = ["ChannelManager"]


class ChannelManager(Manager):
    """Channels: `get` (cache), `fetch` (REST, refreshing the cache), the channels of a guild, create, delete."""

    __slots__ = ()

    async def get(self, channel: int | HasId, *, guild: int | HasId | None = None) -> AnyChannel | None:
        """A cached channel or thread (`guild=` helps a process that did not see the guild's events)."""
        cache = self._cache
        if cache is None:
            return None
        record = await cache.get_channel(snowflake(channel), None if guild is None else snowflake(guild))
        return None if record is None else channel_from(self._hub, channel_model(record))

    async def fetch(self, channel: int | HasId) -> AnyChannel:
        """A channel or thread from Discord."""
        structure = channel_from(self._hub, await self._rest.get_channel(snowflake(channel)))
        await self._remember_channel(structure)
        return structure

    async def _remember_channel(self, channel: AnyChannel) -> None:
        if isinstance(channel, Thread):
            await self._remember("THREAD_UPDATE", channel.data)
        elif hasattr(channel.data, "guild_id"):
            await self._remember("CHANNEL_UPDATE", channel.data)

    async def cached(self, guild: int | HasId) -> list[AnyChannel]:
        """A guild's cached channels (not threads), by position."""
        cache = self._cache
        if cache is None:
            return []
        records = sorted(await cache.get_channels(snowflake(guild)), key=lambda r: (r.position, r.id))
        return [channel_from(self._hub, channel_model(r)) for r in records]

    async def fetch_all(self, guild: int | HasId) -> list[AnyChannel]:
        """A guild's channels from Discord; each refreshes its cache entry."""
        channels = [
            channel_from(self._hub, c) for c in await self._rest.list_guild_channels(snowflake(guild))
        ]
        for channel in channels:
            await self._remember_channel(channel)
        return channels

    async def create(
        self, guild: int | HasId, name: str, *, type: int = 0, reason: str | None = None
    ) -> AnyChannel:
        """A new channel in a guild (`Guild.create_channel` takes every setting)."""
        structure = await Guild.partial(self._hub, snowflake(guild)).create_channel(
            name, type=type, reason=reason
        )
        await self._remember_channel(structure)
        return structure

    async def edit(
        self,
        channel: int | HasId,
        *,
        name: str | UnsetType = UNSET,
        topic: str | UnsetType | None = UNSET,
        position: int | UnsetType | None = UNSET,
        nsfw: bool | UnsetType | None = UNSET,
        slowmode: int | UnsetType | None = UNSET,
        category: int | HasId | UnsetType | None = UNSET,
        reason: str | None = None,
    ) -> AnyChannel:
        """Change a guild channel (not a thread: use `Thread.edit`); only the arguments given are sent."""
        body = m.UpdateGuildChannelRequestPartial(
            name=name,
            topic=topic,
            position=position,
            nsfw=nsfw,
            rate_limit_per_user=slowmode,
            parent_id=category
            if category is None or isinstance(category, UnsetType)
            else snowflake(category),
        )
        data = await self._rest.update_channel(snowflake(channel), body=body, reason=reason)
        structure = channel_from(self._hub, data)
        await self._remember_channel(structure)
        return structure

    async def delete(self, channel: int | HasId, *, reason: str | None = None) -> None:
        """Delete a channel or thread."""
        await self._rest.delete_channel(snowflake(channel), reason=reason)
