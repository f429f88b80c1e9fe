"""`EntitlementManager`: the application's entitlements (premium purchases and grants)."""

from __future__ import annotations

from echord._support import UNSET, Snowflake
from echord.structures import Entitlement, HasId, Page, Paginator, snowflake

from .base import Manager

__all__ = ["EntitlementManager"]

_PAGE = 100


class EntitlementManager(Manager):
    """Entitlements (not cached): iterate, fetch, consume."""

    __slots__ = ()

    def iterate(
        self, *, user: int | HasId | None = None, guild: int | HasId | None = None, limit: int | None = None
    ) -> Paginator[Entitlement]:
        """The application's entitlements in id order, 100 at a time, optionally for one user or guild."""
        cursor: list[Snowflake] = []

        async def page(remaining: int | None) -> Page[Entitlement]:
            app = await self._hub.resolve_application_id()
            size = _PAGE if remaining is None else min(remaining, _PAGE)
            data = await self._rest.get_entitlements(
                app,
                user_id=UNSET if user is None else snowflake(user),
                guild_id=UNSET if guild is None else snowflake(guild),
                after=cursor[-1] if cursor else UNSET,
                limit=size,
            )
            data.sort(key=lambda e: e.id)
            if data:
                cursor.append(data[-1].id)
            return Page([Entitlement(self._hub, e) for e in data], more=len(data) == size)

        return Paginator(page, limit=limit)

    async def fetch(self, entitlement: int | HasId) -> Entitlement:
        """One entitlement."""
        app = await self._hub.resolve_application_id()
        return Entitlement(self._hub, await self._rest.get_entitlement(app, snowflake(entitlement)))
