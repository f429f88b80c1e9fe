"""`MemberManager`: guild members, and moderating them."""

from __future__ import annotations

from datetime import timedelta

from echord._support import UNSET, UnsetType
from echord.structures import Ban, Guild, HasId, Member, Paginator, Presence, VoiceState, snowflake

from ._records import member_model, payload, presence_model, voice_state_model
from .base import Manager

__all__ = ["MemberManager"]


class MemberManager(Manager):
    """Members: `get` (cache), `fetch` (REST, refreshing the cache), listing, roles, timeouts, kicks, bans."""

    __slots__ = ()

    async def get(self, guild: int | HasId, user: int | HasId) -> Member | None:
        """A cached member."""
        cache = self._cache
        if cache is None:
            return None
        guild_id = snowflake(guild)
        record = await cache.get_member(guild_id, snowflake(user))
        return None if record is None else Member(self._hub, member_model(record), guild_id=guild_id)

    async def fetch(self, guild: int | HasId, user: int | HasId) -> Member:
        """A member from Discord."""
        guild_id = snowflake(guild)
        data = await self._rest.get_guild_member(guild_id, snowflake(user))
        await self._remember("GUILD_MEMBER_UPDATE", payload(data, guild_id=int(guild_id)))
        return Member(self._hub, data, guild_id=guild_id)

    async def cached(self, guild: int | HasId) -> list[Member]:
        """A guild's cached members."""
        cache = self._cache
        if cache is None:
            return []
        guild_id = snowflake(guild)
        return [
            Member(self._hub, member_model(r), guild_id=guild_id) for r in await cache.get_members(guild_id)
        ]

    async def get_presence(self, guild: int | HasId, user: int | HasId) -> Presence | None:
        """A member's cached presence (presences are cached only when the policy enables them)."""
        cache = self._cache
        if cache is None:
            return None
        guild_id = snowflake(guild)
        record = await cache.get_presence(guild_id, snowflake(user))
        return None if record is None else Presence(self._hub, presence_model(record, guild_id))

    async def get_voice_state(self, guild: int | HasId, user: int | HasId) -> VoiceState | None:
        """A member's cached voice state (None when not in voice)."""
        cache = self._cache
        if cache is None:
            return None
        guild_id = snowflake(guild)
        record = await cache.get_voice_state(guild_id, snowflake(user))
        return None if record is None else VoiceState(self._hub, voice_state_model(record, guild_id))

    async def fetch_voice_state(self, guild: int | HasId, user: int | HasId) -> VoiceState:
        """A member's voice state from Discord (NotFound when not in voice)."""
        return await Guild.partial(self._hub, snowflake(guild)).fetch_voice_state(user)

    def iterate(self, guild: int | HasId, *, limit: int | None = 1000) -> Paginator[Member]:
        """Every member from Discord, 1000 at a time (needs the GUILD_MEMBERS intent)."""
        return Guild.partial(self._hub, snowflake(guild)).members(limit=limit)

    async def search(self, guild: int | HasId, query: str, *, limit: int = 100) -> list[Member]:
        """Members whose username or nickname starts with `query`."""
        return await Guild.partial(self._hub, snowflake(guild)).search_members(query, limit=limit)

    async def add_role(
        self, guild: int | HasId, user: int | HasId, role: int | HasId, *, reason: str | None = None
    ) -> None:
        """Give a member a role."""
        await self._rest.add_guild_member_role(
            snowflake(guild), snowflake(user), snowflake(role), reason=reason
        )

    async def remove_role(
        self, guild: int | HasId, user: int | HasId, role: int | HasId, *, reason: str | None = None
    ) -> None:
        """Take a role from a member."""
        await self._rest.delete_guild_member_role(
            snowflake(guild), snowflake(user), snowflake(role), reason=reason
        )

    async def edit(
        self,
        guild: int | HasId,
        user: int | HasId,
        *,
        nick: str | UnsetType | None = UNSET,
        roles: list[int | HasId] | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Member:
        """Change a member's nickname or role list (`Member.edit` takes every setting)."""
        member = Member.partial(self._hub, snowflake(guild), snowflake(user))
        edited = await member.edit(nick=nick, roles=roles, reason=reason)
        await self._remember("GUILD_MEMBER_UPDATE", payload(edited.data, guild_id=int(edited.guild_id)))
        return edited

    async def timeout(
        self, guild: int | HasId, user: int | HasId, duration: timedelta | None, *, reason: str | None = None
    ) -> Member:
        """Time a member out for `duration` (None lifts it)."""
        member = await Member.partial(self._hub, snowflake(guild), snowflake(user)).timeout(
            duration, reason=reason
        )
        await self._remember("GUILD_MEMBER_UPDATE", payload(member.data, guild_id=int(member.guild_id)))
        return member

    async def kick(self, guild: int | HasId, user: int | HasId, *, reason: str | None = None) -> None:
        """Remove a member from a guild."""
        await self._rest.delete_guild_member(snowflake(guild), snowflake(user), reason=reason)

    async def ban(
        self,
        guild: int | HasId,
        user: int | HasId,
        *,
        delete_message_seconds: int | UnsetType = UNSET,
        reason: str | None = None,
    ) -> None:
        """Ban a user from a guild."""
        await Guild.partial(self._hub, snowflake(guild)).ban(
            user, delete_message_seconds=delete_message_seconds, reason=reason
        )

    async def unban(self, guild: int | HasId, user: int | HasId, *, reason: str | None = None) -> None:
        """Lift a ban."""
        await self._rest.unban_user_from_guild(snowflake(guild), snowflake(user), reason=reason)

    def bans(self, guild: int | HasId, *, limit: int | None = 1000) -> Paginator[Ban]:
        """A guild's ban list, 1000 at a time."""
        return Guild.partial(self._hub, snowflake(guild)).bans(limit=limit)
