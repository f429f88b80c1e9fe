"""`StageInstanceManager`: live stages."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, UnsetType
from echord.structures import HasId, StageInstance, snowflake

from .base import Manager

__all__ = ["StageInstanceManager"]


class StageInstanceManager(Manager):
    """Stage instances (not cached): fetch, start, edit, end."""

    __slots__ = ()

    async def fetch(self, channel: int | HasId) -> StageInstance:
        """The live stage of a stage channel (NotFound when not live)."""
        return StageInstance(self._hub, await self._rest.get_stage_instance(snowflake(channel)))

    async def create(
        self,
        channel: int | HasId,
        topic: str,
        *,
        send_start_notification: bool | UnsetType = UNSET,
        reason: str | None = None,
    ) -> StageInstance:
        """Go live in a stage channel."""
        body = m.CreateStageInstanceRequest(
            topic=topic, channel_id=snowflake(channel), send_start_notification=send_start_notification
        )
        return StageInstance(self._hub, await self._rest.create_stage_instance(body=body, reason=reason))

    async def edit(
        self, channel: int | HasId, *, topic: str | UnsetType = UNSET, reason: str | None = None
    ) -> StageInstance:
        """Change a live stage's topic."""
        body = m.UpdateStageInstanceRequest(topic=topic)
        return StageInstance(
            self._hub, await self._rest.update_stage_instance(snowflake(channel), body=body, reason=reason)
        )

    async def delete(self, channel: int | HasId, *, reason: str | None = None) -> None:
        """End a live stage."""
        await self._rest.delete_stage_instance(snowflake(channel), reason=reason)
