"""`ScheduledEvent`: a guild event planned in a stage, a voice channel or elsewhere."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

from echord._generated import models as m
from echord._support import UNSET, Snowflake, UnknownVariant, UnsetType

from .base import Identified, unknown_variant
from .pagination import Page, Paginator
from .user import User

__all__ = ["ScheduledEvent", "ScheduledEventData"]

ScheduledEventData: TypeAlias = (
    "m.StageScheduledEventResponse | m.VoiceScheduledEventResponse | m.ExternalScheduledEventResponse"
)

_USERS_PAGE = 100


class ScheduledEvent(Identified[ScheduledEventData]):
    """A scheduled event; `users()` lists who is interested."""

    __slots__ = ()

    @property
    def guild_id(self) -> Snowflake:
        """The guild."""
        return self.data.guild_id

    @property
    def name(self) -> str:
        """The event's name."""
        return self.data.name

    @property
    def starts_at(self) -> datetime:
        """When it is scheduled to start."""
        return self.data.scheduled_start_time

    @property
    def status(self) -> int:
        """1 scheduled, 2 active, 3 completed, 4 cancelled."""
        return self.data.status

    async def _patch(
        self, body: m.VoiceScheduledEventPatchRequestPartial, reason: str | None
    ) -> ScheduledEvent:
        data = await self._state.rest.update_guild_scheduled_event(
            self.guild_id, self.id, body=body, reason=reason
        )
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return ScheduledEvent(self._state, data)

    async def edit(
        self,
        *,
        name: str | UnsetType = UNSET,
        description: str | UnsetType | None = UNSET,
        starts_at: datetime | UnsetType = UNSET,
        ends_at: datetime | UnsetType | None = UNSET,
        reason: str | None = None,
    ) -> ScheduledEvent:
        """Change the event's name, description or times."""
        body = m.VoiceScheduledEventPatchRequestPartial(
            name=name, description=description, scheduled_start_time=starts_at, scheduled_end_time=ends_at
        )
        return await self._patch(body, reason)

    async def start(self, *, reason: str | None = None) -> ScheduledEvent:
        """Mark the event active."""
        return await self._patch(m.VoiceScheduledEventPatchRequestPartial(status=2), reason)

    async def end(self, *, reason: str | None = None) -> ScheduledEvent:
        """Mark an active event completed."""
        return await self._patch(m.VoiceScheduledEventPatchRequestPartial(status=3), reason)

    async def cancel(self, *, reason: str | None = None) -> ScheduledEvent:
        """Cancel a scheduled event."""
        return await self._patch(m.VoiceScheduledEventPatchRequestPartial(status=4), reason)

    async def delete(self) -> None:
        """Delete the event."""
        await self._state.rest.delete_guild_scheduled_event(self.guild_id, self.id)

    def users(self, *, limit: int | None = None) -> Paginator[User]:
        """Users interested in the event, in id order, fetched 100 at a time."""
        cursor: list[Snowflake] = []

        async def page(remaining: int | None) -> Page[User]:
            size = _USERS_PAGE if remaining is None else min(remaining, _USERS_PAGE)
            data = await self._state.rest.list_guild_scheduled_event_users(
                self.guild_id, self.id, limit=size, after=cursor[-1] if cursor else UNSET
            )
            data.sort(key=lambda d: d.user_id)
            if data:
                cursor.append(data[-1].user_id)
            users = [User(self._state, d.user) for d in data if isinstance(d.user, m.UserResponse)]
            return Page(users, more=len(data) == size)

        return Paginator(page, limit=limit)
