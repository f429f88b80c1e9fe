"""`Role`: a guild role."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, Snowflake, UnsetType
from echord.utils import Colour, Permissions, RoleFlags, parse_permissions, role_mention

from .base import Identified
from .state import StructureState

__all__ = ["Role"]


class Role(Identified[m.GuildRoleResponse]):
    """A role of a guild; the @everyone role has the guild's id."""

    __slots__ = ("guild_id",)

    def __init__(self, state: StructureState, data: m.GuildRoleResponse, *, guild_id: int) -> None:
        super().__init__(state, data)
        self.guild_id = Snowflake(guild_id)

    @classmethod
    def partial(cls, state: StructureState, guild_id: int, role_id: int) -> Role:
        """A role known only by guild and role id: enough for `edit` and `delete`."""
        return cls(state, m.GuildRoleResponse(id=Snowflake(role_id)), guild_id=guild_id)

    @property
    def name(self) -> str:
        """The role's name."""
        return self.data.name

    @property
    def permissions(self) -> Permissions:
        """What the role grants guild-wide."""
        return parse_permissions(self.data.permissions or "0")

    @property
    def colour(self) -> Colour:
        """The role colour (0: none)."""
        return Colour(self.data.color or 0)

    color = colour

    @property
    def position(self) -> int:
        """Its place in the hierarchy (higher manages lower)."""
        return self.data.position or 0

    @property
    def hoisted(self) -> bool:
        """Whether members are listed apart under it."""
        return self.data.hoist is True

    @property
    def managed(self) -> bool:
        """Whether an integration (a bot, boosts) manages it; such roles cannot be assigned by hand."""
        return self.data.managed is True

    @property
    def mentionable(self) -> bool:
        """Whether anyone may mention it."""
        return self.data.mentionable is True

    @property
    def is_default(self) -> bool:
        """Whether this is @everyone."""
        return self.id == self.guild_id

    @property
    def flags(self) -> RoleFlags:
        """The role flags."""
        return RoleFlags(self.data.flags or 0)

    @property
    def mention(self) -> str:
        """`<@&id>` (@everyone for the default role)."""
        return "@everyone" if self.is_default else role_mention(self.id)

    async def edit(
        self,
        *,
        name: str | UnsetType | None = UNSET,
        permissions: Permissions | int | UnsetType | None = UNSET,
        colour: int | UnsetType | None = UNSET,
        hoist: bool | UnsetType | None = UNSET,
        mentionable: bool | UnsetType | None = UNSET,
        unicode_emoji: str | UnsetType | None = UNSET,
        reason: str | None = None,
    ) -> Role:
        """Change the role; only the arguments given are sent."""
        body = m.UpdateRoleRequestPartial(
            name=name,
            permissions=int(permissions) if isinstance(permissions, int) else permissions,
            color=int(colour) if isinstance(colour, int) else colour,
            hoist=hoist,
            mentionable=mentionable,
            unicode_emoji=unicode_emoji,
        )
        data = await self._state.rest.update_guild_role(self.guild_id, self.id, body=body, reason=reason)
        return Role(self._state, data, guild_id=self.guild_id)

    async def delete(self, *, reason: str | None = None) -> None:
        """Delete the role."""
        await self._state.rest.delete_guild_role(self.guild_id, self.id, reason=reason)
