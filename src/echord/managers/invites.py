"""`InviteManager`: invites by code, creating and revoking them."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, UnknownVariant, UnsetType
from echord.structures import HasId, Invite, snowflake
from echord.structures.base import unknown_variant

from .base import Manager

__all__ = ["InviteManager"]


class InviteManager(Manager):
    """Invites (not cached): resolve a code, list a guild's or channel's, create, revoke."""

    __slots__ = ()

    async def fetch(self, code: str, *, with_counts: bool = False) -> Invite:
        """An invite by its code (or its `discord.gg/…` URL)."""
        code = code.rstrip("/").rsplit("/", 1)[-1]
        data = await self._rest.invite_resolve(code, with_counts=with_counts or UNSET)
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return Invite(self._hub, data)

    async def create(
        self,
        channel: int | HasId,
        *,
        max_age: int | UnsetType = UNSET,
        max_uses: int | UnsetType = UNSET,
        temporary: bool | UnsetType = UNSET,
        unique: bool | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Invite:
        """A new invite to a guild channel."""
        body = m.CreateGuildInviteRequest(
            max_age=max_age, max_uses=max_uses, temporary=temporary, unique=unique
        )
        data = await self._rest.create_channel_invite(snowflake(channel), body=body, reason=reason)
        if data is None:
            raise ValueError("Discord returned no invite")
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return Invite(self._hub, data)

    async def for_guild(self, guild: int | HasId) -> list[Invite]:
        """A guild's active invites."""
        return [
            Invite(self._hub, i)
            for i in await self._rest.list_guild_invites(snowflake(guild))
            if i is not None and not isinstance(i, UnknownVariant)
        ]

    async def for_channel(self, channel: int | HasId) -> list[Invite]:
        """A channel's active invites."""
        data = await self._rest.list_channel_invites(snowflake(channel))
        return [Invite(self._hub, i) for i in data if i is not None and not isinstance(i, UnknownVariant)]

    async def delete(self, code: str, *, reason: str | None = None) -> None:
        """Revoke an invite."""
        await self._rest.invite_revoke(code, reason=reason)
