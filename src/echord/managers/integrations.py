"""`IntegrationManager`: a guild's integrations."""

from __future__ import annotations

from echord._support import UnknownVariant
from echord.structures import HasId, Integration, snowflake

from .base import Manager

__all__ = ["IntegrationManager"]


class IntegrationManager(Manager):
    """Guild integrations (not cached): list and remove."""

    __slots__ = ()

    async def fetch_all(self, guild: int | HasId) -> list[Integration]:
        """A guild's integrations."""
        guild_id = snowflake(guild)
        return [
            Integration(self._hub, i, guild_id=guild_id)
            for i in await self._rest.list_guild_integrations(guild_id)
            if not isinstance(i, UnknownVariant)
        ]

    async def delete(
        self, guild: int | HasId, integration: int | HasId, *, reason: str | None = None
    ) -> None:
        """Remove an integration (and kick its bot, for a bot integration)."""
        await self._rest.delete_guild_integration(snowflake(guild), snowflake(integration), reason=reason)
