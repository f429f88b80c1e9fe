"""`RoleManager`: guild roles."""

from __future__ import annotations

from echord._support import UNSET, UnsetType
from echord.structures import Guild, HasId, Role, snowflake
from echord.utils import Permissions

from ._records import payload, role_model
from .base import Manager

__all__ = ["RoleManager"]


class RoleManager(Manager):
    """Roles: `get` (cache), `fetch` (REST, refreshing the cache), create, edit, delete."""

    __slots__ = ()

    async def get(self, guild: int | HasId, role: int | HasId) -> Role | None:
        """A cached role."""
        cache = self._cache
        if cache is None:
            return None
        guild_id = snowflake(guild)
        record = await cache.get_role(guild_id, snowflake(role))
        return None if record is None else Role(self._hub, role_model(record), guild_id=guild_id)

    async def cached(self, guild: int | HasId) -> list[Role]:
        """A guild's cached roles, highest first."""
        cache = self._cache
        if cache is None:
            return []
        guild_id = snowflake(guild)
        records = sorted(await cache.get_roles(guild_id), key=lambda r: (r.position, r.id), reverse=True)
        return [Role(self._hub, role_model(r), guild_id=guild_id) for r in records]

    async def fetch(self, guild: int | HasId, role: int | HasId) -> Role:
        """A role from Discord."""
        guild_id = snowflake(guild)
        data = await self._rest.get_guild_role(guild_id, snowflake(role))
        await self._remember("GUILD_ROLE_UPDATE", payload({"role": data}, guild_id=int(guild_id)))
        return Role(self._hub, data, guild_id=guild_id)

    async def fetch_all(self, guild: int | HasId) -> list[Role]:
        """Every role of a guild from Discord; each refreshes its cache entry."""
        guild_id = snowflake(guild)
        roles = await Guild.partial(self._hub, guild_id).fetch_roles()
        for role in roles:
            await self._remember("GUILD_ROLE_UPDATE", payload({"role": role.data}, guild_id=int(guild_id)))
        return roles

    async def create(
        self,
        guild: int | HasId,
        name: str | UnsetType = UNSET,
        *,
        permissions: Permissions | int | UnsetType = UNSET,
        colour: int | UnsetType = UNSET,
        hoist: bool | UnsetType = UNSET,
        mentionable: bool | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Role:
        """A new role."""
        role = await Guild.partial(self._hub, snowflake(guild)).create_role(
            name, permissions=permissions, colour=colour, hoist=hoist, mentionable=mentionable, reason=reason
        )
        await self._remember("GUILD_ROLE_CREATE", payload({"role": role.data}, guild_id=int(role.guild_id)))
        return role

    async def edit(
        self,
        guild: int | HasId,
        role: int | HasId,
        *,
        name: str | UnsetType = UNSET,
        permissions: Permissions | int | UnsetType = UNSET,
        colour: int | UnsetType = UNSET,
        hoist: bool | UnsetType = UNSET,
        mentionable: bool | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Role:
        """Change a role; only the arguments given are sent."""
        edited = await Role.partial(self._hub, snowflake(guild), snowflake(role)).edit(
            name=name,
            permissions=permissions,
            colour=colour,
            hoist=hoist,
            mentionable=mentionable,
            reason=reason,
        )
        await self._remember(
            "GUILD_ROLE_UPDATE", payload({"role": edited.data}, guild_id=int(edited.guild_id))
        )
        return edited

    async def delete(self, guild: int | HasId, role: int | HasId, *, reason: str | None = None) -> None:
        """Delete a role."""
        await self._rest.delete_guild_role(snowflake(guild), snowflake(role), reason=reason)
