"""`ScheduledEventManager`: a guild's scheduled events."""

from __future__ import annotations

from datetime import datetime

from echord._generated import models as m
from echord._support import UNSET, UnknownVariant, UnsetType
from echord.structures import HasId, ScheduledEvent, snowflake
from echord.structures.base import unknown_variant

from .base import Manager

__all__ = ["ScheduledEventManager"]

_GUILD_ONLY = 2


class ScheduledEventManager(Manager):
    """Scheduled events (not cached): list, fetch, create in a channel or at a place, delete."""

    __slots__ = ()

    async def fetch_all(self, guild: int | HasId, *, with_user_count: bool = False) -> list[ScheduledEvent]:
        """A guild's scheduled events."""
        data = await self._rest.list_guild_scheduled_events(
            snowflake(guild), with_user_count=with_user_count or UNSET
        )
        return [ScheduledEvent(self._hub, e) for e in data if not isinstance(e, UnknownVariant)]

    async def fetch(self, guild: int | HasId, event: int | HasId) -> ScheduledEvent:
        """One scheduled event."""
        data = await self._rest.get_guild_scheduled_event(snowflake(guild), snowflake(event))
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return ScheduledEvent(self._hub, data)

    async def create_in_channel(
        self,
        guild: int | HasId,
        channel: int | HasId,
        name: str,
        starts_at: datetime,
        *,
        stage: bool = False,
        description: str | UnsetType = UNSET,
        ends_at: datetime | UnsetType = UNSET,
        reason: str | None = None,
    ) -> ScheduledEvent:
        """An event in a voice channel (or a stage channel with `stage=True`)."""
        body: m.StageScheduledEventCreateRequest | m.VoiceScheduledEventCreateRequest
        if stage:
            body = m.StageScheduledEventCreateRequest(
                name=name,
                channel_id=snowflake(channel),
                scheduled_start_time=starts_at,
                scheduled_end_time=ends_at,
                description=description,
                privacy_level=_GUILD_ONLY,
            )
        else:
            body = m.VoiceScheduledEventCreateRequest(
                name=name,
                channel_id=snowflake(channel),
                scheduled_start_time=starts_at,
                scheduled_end_time=ends_at,
                description=description,
                privacy_level=_GUILD_ONLY,
            )
        data = await self._rest.create_guild_scheduled_event(snowflake(guild), body=body, reason=reason)
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return ScheduledEvent(self._hub, data)

    async def create_external(
        self,
        guild: int | HasId,
        name: str,
        location: str,
        starts_at: datetime,
        ends_at: datetime,
        *,
        description: str | UnsetType = UNSET,
        reason: str | None = None,
    ) -> ScheduledEvent:
        """An event somewhere outside Discord (an end time is required)."""
        body = m.ExternalScheduledEventCreateRequest(
            name=name,
            scheduled_start_time=starts_at,
            scheduled_end_time=ends_at,
            description=description,
            privacy_level=_GUILD_ONLY,
            entity_metadata=m.EntityMetadataExternal(location=location),
        )
        data = await self._rest.create_guild_scheduled_event(snowflake(guild), body=body, reason=reason)
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return ScheduledEvent(self._hub, data)

    async def delete(self, guild: int | HasId, event: int | HasId) -> None:
        """Delete an event."""
        await self._rest.delete_guild_scheduled_event(snowflake(guild), snowflake(event))
