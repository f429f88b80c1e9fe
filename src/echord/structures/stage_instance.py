"""`StageInstance`: a live stage: its topic and privacy."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, Snowflake, UnsetType

from .base import Identified

__all__ = ["StageInstance"]


class StageInstance(Identified[m.StageInstanceResponse]):
    """A stage that is live; `delete()` ends it."""

    __slots__ = ()

    @property
    def channel_id(self) -> Snowflake:
        """The stage channel."""
        return self.data.channel_id

    @property
    def guild_id(self) -> Snowflake:
        """The guild."""
        return self.data.guild_id

    @property
    def topic(self) -> str:
        """What the stage is about."""
        return self.data.topic

    async def edit(
        self,
        *,
        topic: str | UnsetType = UNSET,
        privacy_level: int | UnsetType = UNSET,
        reason: str | None = None,
    ) -> StageInstance:
        """Change the topic or privacy level."""
        body = m.UpdateStageInstanceRequest(topic=topic, privacy_level=privacy_level)
        data = await self._state.rest.update_stage_instance(self.channel_id, body=body, reason=reason)
        return StageInstance(self._state, data)

    async def delete(self, *, reason: str | None = None) -> None:
        """End the stage."""
        await self._state.rest.delete_stage_instance(self.channel_id, reason=reason)
