"""`Ban`: a banned user and the reason given."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import Snowflake

from .base import Structure
from .state import StructureState
from .user import User

__all__ = ["Ban"]


class Ban(Structure[m.GuildBanResponse]):
    """One entry of a guild's ban list; `unban()` lifts it."""

    __slots__ = ("guild_id",)

    def __init__(self, state: StructureState, data: m.GuildBanResponse, *, guild_id: int) -> None:
        super().__init__(state, data)
        self.guild_id = Snowflake(guild_id)

    def __repr__(self) -> str:
        return f"Ban(user_id={int(self.data.user.id)}, reason={self.reason!r})"

    @property
    def user(self) -> User:
        """The banned user."""
        return User(self._state, self.data.user)

    @property
    def reason(self) -> str | None:
        """The reason given when banning, if any."""
        return self.data.reason or None

    async def unban(self, *, reason: str | None = None) -> None:
        """Lift the ban."""
        await self._state.rest.unban_user_from_guild(self.guild_id, self.data.user.id, reason=reason)
