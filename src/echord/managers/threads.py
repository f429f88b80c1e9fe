"""`ThreadManager`: threads by id, a guild's active threads, creating and joining them."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, UnsetType
from echord.structures import ChannelData, Guild, HasId, Thread, channel_from, snowflake

from ._records import channel_model
from .base import Manager

__all__ = ["ThreadManager"]


class ThreadManager(Manager):
    """Threads: `get` (cache), `fetch` (REST, refreshing the cache), active threads, create, join, leave."""

    __slots__ = ()

    async def get(self, thread: int | HasId, *, guild: int | HasId | None = None) -> Thread | None:
        """A cached thread."""
        cache = self._cache
        if cache is None:
            return None
        record = await cache.get_channel(snowflake(thread), None if guild is None else snowflake(guild))
        if record is None:
            return None
        found = channel_from(self._hub, channel_model(record))
        return found if isinstance(found, Thread) else None

    async def cached(self, guild: int | HasId) -> list[Thread]:
        """A guild's cached threads."""
        cache = self._cache
        if cache is None:
            return []
        threads = [
            channel_from(self._hub, channel_model(r)) for r in await cache.get_threads(snowflake(guild))
        ]
        return [t for t in threads if isinstance(t, Thread)]

    async def fetch(self, thread: int | HasId) -> Thread:
        """A thread from Discord."""
        found = channel_from(self._hub, await self._rest.get_channel(snowflake(thread)))
        if not isinstance(found, Thread):
            raise TypeError(f"channel {int(snowflake(thread))} is a {type(found).__name__}, not a thread")
        await self._remember("THREAD_UPDATE", found.data)
        return found

    async def active(self, guild: int | HasId) -> list[Thread]:
        """A guild's active threads from Discord; each refreshes its cache entry."""
        threads = await Guild.partial(self._hub, snowflake(guild)).active_threads()
        for thread in threads:
            await self._remember("THREAD_UPDATE", thread.data)
        return threads

    async def create(
        self,
        channel: int | HasId,
        name: str,
        *,
        private: bool = False,
        announcement: bool = False,
        message: int | HasId | None = None,
        auto_archive_duration: int | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Thread:
        """A new thread in a text channel: from `message` when given, else public (11), `private` (12), or
        `announcement` (10, in an announcement channel). `TextChannel.create_thread` picks the type itself."""
        channel_id = snowflake(channel)
        data: ChannelData
        if message is not None:
            body_from = m.CreateTextThreadWithMessageRequest(
                name=name, auto_archive_duration=auto_archive_duration
            )
            data = await self._rest.create_thread_from_message(
                channel_id, snowflake(message), body=body_from, reason=reason
            )
        else:
            body = m.CreateTextThreadWithoutMessageRequest(
                name=name,
                type=12 if private else (10 if announcement else 11),
                auto_archive_duration=auto_archive_duration,
            )
            data = await self._rest.create_thread(channel_id, body=body, reason=reason)
        thread = channel_from(self._hub, data)
        if not isinstance(thread, Thread):
            raise TypeError(f"Discord answered a thread creation with a {type(thread).__name__}")
        await self._remember("THREAD_CREATE", thread.data)
        return thread

    async def join(self, thread: int | HasId) -> None:
        """Add the bot to a thread."""
        await self._rest.join_thread(snowflake(thread))

    async def leave(self, thread: int | HasId) -> None:
        """Remove the bot from a thread."""
        await self._rest.leave_thread(snowflake(thread))
