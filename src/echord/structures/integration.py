"""`Integration`: something connected to a guild: a bot, a Twitch/YouTube account, role subscriptions."""

from __future__ import annotations

from typing import TypeAlias

from echord._generated import models as m
from echord._support import Snowflake

from .base import Structure
from .state import StructureState

__all__ = ["Integration", "IntegrationData"]

IntegrationData: TypeAlias = "m.DiscordIntegrationResponse | m.ExternalConnectionIntegrationResponse | m.GuildSubscriptionIntegrationResponse"


class Integration(Structure[IntegrationData]):
    """A guild integration; `delete()` removes it (and kicks its bot, for bot integrations)."""

    __slots__ = ("guild_id",)

    def __init__(self, state: StructureState, data: IntegrationData, *, guild_id: int) -> None:
        super().__init__(state, data)
        self.guild_id = Snowflake(guild_id)

    def __repr__(self) -> str:
        return f"Integration(id={self.id!r}, type={self.type!r})"

    @property
    def id(self) -> str:
        """The integration's id (external connections use non-numeric ids)."""
        return str(self.data.id)

    @property
    def type(self) -> str:
        """`discord`, `twitch`, `youtube` or `guild_subscription`."""
        return str(self.data.type)

    @property
    def name(self) -> str | None:
        """Its name."""
        return self.data.name

    @property
    def enabled(self) -> bool:
        """Whether it is enabled."""
        return self.data.enabled is True

    async def delete(self, *, reason: str | None = None) -> None:
        """Remove the integration from the guild."""
        await self._state.rest.delete_guild_integration(self.guild_id, Snowflake(int(self.id)), reason=reason)
