"""`Entitlement`: a user's or guild's access to a premium SKU of the application."""

from __future__ import annotations

from datetime import datetime

from echord._generated import models as m
from echord._support import Snowflake

from .base import Identified

__all__ = ["Entitlement"]


class Entitlement(Identified[m.EntitlementResponse]):
    """A purchase or grant; consumable ones are marked used with `consume()`."""

    __slots__ = ()

    @property
    def sku_id(self) -> Snowflake:
        """The SKU it grants."""
        return self.data.sku_id

    @property
    def user_id(self) -> Snowflake:
        """The user it belongs to."""
        return self.data.user_id

    @property
    def guild_id(self) -> Snowflake | None:
        """The guild it belongs to, for guild subscriptions."""
        return self.data.guild_id if isinstance(self.data.guild_id, int) else None

    @property
    def ends_at(self) -> datetime | None:
        """When access ends (None: never or not yet known)."""
        return self.data.ends_at

    @property
    def consumed(self) -> bool:
        """Whether a consumable entitlement was used up."""
        return self.data.consumed is True

    async def consume(self) -> None:
        """Mark a one-time purchase as used."""
        await self._state.rest.consume_entitlement(self.data.application_id, self.id)

    async def delete(self) -> None:
        """Delete a test entitlement."""
        await self._state.rest.delete_entitlement(self.data.application_id, self.id)
