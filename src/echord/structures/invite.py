"""`Invite`: an invite code to a guild channel, a group DM, or a friend request."""

from __future__ import annotations

from datetime import datetime
from typing import TypeAlias

from echord._generated import models as m
from echord._support import Snowflake

from .base import Structure
from .user import User

__all__ = ["Invite", "InviteData"]

InviteData: TypeAlias = "m.GuildInviteResponse | m.GroupDMInviteResponse | m.FriendInviteResponse"


class Invite(Structure[InviteData]):
    """An invite, identified by its `code` (invites have no id)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Invite(code={self.code!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Invite) and other.code == self.code

    def __hash__(self) -> int:
        return hash(self.code)

    @property
    def code(self) -> str:
        """The invite code."""
        return self.data.code

    @property
    def url(self) -> str:
        """`https://discord.gg/<code>`."""
        return f"https://discord.gg/{self.code}"

    @property
    def guild_id(self) -> Snowflake | None:
        """The guild it leads to, for guild invites."""
        return self.data.guild_id if isinstance(self.data, m.GuildInviteResponse) else None

    @property
    def inviter(self) -> User | None:
        """Who created it, when Discord says."""
        inviter = self.data.inviter
        return User(self._state, inviter) if isinstance(inviter, m.UserResponse) else None

    @property
    def expires_at(self) -> datetime | None:
        """When it expires (None: never)."""
        return self.data.expires_at or None

    @property
    def uses(self) -> int | None:
        """How many times it was used (only in the guild's or channel's own listing)."""
        uses = getattr(self.data, "uses", None)
        return uses if isinstance(uses, int) else None

    async def delete(self, *, reason: str | None = None) -> None:
        """Revoke the invite."""
        await self._state.rest.invite_revoke(self.code, reason=reason)
