"""`Member`: a user as a member of one guild: nickname, roles, timeout, voice moderation."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from echord._generated import models as m
from echord._support import UNSET, File, Snowflake, UnsetType
from echord.utils import (
    GuildMemberFlags,
    Permissions,
    compute_channel_permissions,
    member_avatar_url,
    user_mention,
)

from .base import Structure
from .sending import ComponentRequest, EmbedLike
from .state import HasId, StructureState, snowflake
from .user import User

if TYPE_CHECKING:
    from .channel import GuildChannel
    from .guild import Guild
    from .message import Message
    from .role import Role

__all__ = ["Member"]


class Member(Structure[m.GuildMemberResponse]):
    """A guild member. `id` is the user's id; `user` is the account behind it."""

    __slots__ = ("guild_id",)

    def __init__(self, state: StructureState, data: m.GuildMemberResponse, *, guild_id: int) -> None:
        super().__init__(state, data)
        self.guild_id = Snowflake(guild_id)

    @classmethod
    def partial(cls, state: StructureState, guild_id: int, user_id: int) -> Member:
        """A member known only by guild and user id: enough for its API methods."""
        return cls(
            state, m.GuildMemberResponse(user=m.UserResponse(id=Snowflake(user_id))), guild_id=guild_id
        )

    def __repr__(self) -> str:
        return f"Member(guild_id={int(self.guild_id)}, id={int(self.id)})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Member) and other.guild_id == self.guild_id and other.id == self.id

    def __hash__(self) -> int:
        return hash((int(self.guild_id), int(self.id)))

    @property
    def id(self) -> Snowflake:
        """The user's id."""
        return self.data.user.id

    @property
    def user(self) -> User:
        """The user account."""
        return User(self._state, self.data.user)

    @property
    def nick(self) -> str | None:
        """The guild nickname, if set."""
        return self.data.nick or None

    @property
    def display_name(self) -> str:
        """What the guild shows: nickname, else global name, else username."""
        return self.data.nick or self.data.user.global_name or self.data.user.username

    @property
    def mention(self) -> str:
        """`<@id>`."""
        return user_mention(self.id)

    @property
    def role_ids(self) -> list[Snowflake]:
        """The member's role ids (without @everyone)."""
        return list(self.data.roles or ())

    @property
    def joined_at(self) -> datetime | None:
        """When the member joined."""
        return self.data.joined_at or None

    @property
    def timed_out_until(self) -> datetime | None:
        """When the current timeout ends, or None when not timed out."""
        until = self.data.communication_disabled_until
        return until if until and until > datetime.now(UTC) else None

    @property
    def flags(self) -> GuildMemberFlags:
        """The member flags."""
        return GuildMemberFlags(self.data.flags or 0)

    @property
    def avatar_url(self) -> str:
        """The guild avatar, else the user's avatar."""
        if self.data.avatar:
            return member_avatar_url(self.guild_id, self.id, self.data.avatar)
        return self.user.avatar_url

    async def send(
        self,
        content: str | UnsetType = UNSET,
        *,
        embed: EmbedLike | UnsetType = UNSET,
        embeds: Sequence[EmbedLike] | UnsetType = UNSET,
        components: Sequence[ComponentRequest] | UnsetType = UNSET,
        files: Sequence[File] | None = None,
    ) -> Message:
        """Send the member a direct message (see `User.send`)."""
        return await self.user.send(content, embed=embed, embeds=embeds, components=components, files=files)

    async def get_guild(self) -> Guild | None:
        """The member's guild from the cache."""
        return await self._state.cached_guild(self.guild_id)

    async def get_roles(self) -> list[Role]:
        """The member's roles from the cache (missing ones left out), highest first."""
        roles = [await self._state.cached_role(self.guild_id, r) for r in self.role_ids]
        found = [r for r in roles if r is not None]
        return sorted(found, key=lambda r: r.position, reverse=True)

    def permissions_in(
        self, guild: Guild, channel: GuildChannel[m.GuildChannelResponse] | None = None
    ) -> Permissions:
        """What the member may do guild-wide, or in `channel`, computed from `guild`'s roles and owner.

        Use a guild fetched from Discord (or cached with its roles): permissions need every role.
        """
        overwrites = getattr(channel.data, "permission_overwrites", None) if channel is not None else None
        return compute_channel_permissions(
            guild_id=self.guild_id,
            owner_id=guild.data.owner_id,
            member_id=self.id,
            member_role_ids=self.role_ids,
            roles=guild.data.roles or (),
            overwrites=overwrites if isinstance(overwrites, list) else (),
            channel_type=channel.type if channel is not None else None,
            timed_out=self.timed_out_until is not None,
        )

    # actions

    async def edit(
        self,
        *,
        nick: str | UnsetType | None = UNSET,
        roles: Sequence[int | HasId] | UnsetType = UNSET,
        mute: bool | UnsetType = UNSET,
        deaf: bool | UnsetType = UNSET,
        voice_channel: int | HasId | UnsetType | None = UNSET,
        timed_out_until: datetime | UnsetType | None = UNSET,
        flags: int | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Member:
        """Change the member; only the arguments given are sent (`voice_channel=None` disconnects)."""
        body = m.UpdateGuildMemberRequest(
            nick=nick,
            roles=[snowflake(r) for r in roles] if not isinstance(roles, UnsetType) else UNSET,
            mute=mute,
            deaf=deaf,
            channel_id=(
                voice_channel
                if voice_channel is None or isinstance(voice_channel, UnsetType)
                else snowflake(voice_channel)
            ),
            communication_disabled_until=timed_out_until,
            flags=flags,
        )
        data = await self._state.rest.update_guild_member(self.guild_id, self.id, body=body, reason=reason)
        if data is None:
            return await self.fetch()
        return Member(self._state, data, guild_id=self.guild_id)

    async def fetch(self) -> Member:
        """The member as Discord has it now."""
        data = await self._state.rest.get_guild_member(self.guild_id, self.id)
        return Member(self._state, data, guild_id=self.guild_id)

    async def add_role(self, role: int | HasId, *, reason: str | None = None) -> None:
        """Give the member a role."""
        await self._state.rest.add_guild_member_role(self.guild_id, self.id, snowflake(role), reason=reason)

    async def remove_role(self, role: int | HasId, *, reason: str | None = None) -> None:
        """Take a role from the member."""
        await self._state.rest.delete_guild_member_role(
            self.guild_id, self.id, snowflake(role), reason=reason
        )

    async def timeout(self, duration: timedelta | datetime | None, *, reason: str | None = None) -> Member:
        """Time the member out for `duration` (or until a time; at most 28 days); None lifts the timeout."""
        if isinstance(duration, timedelta):
            until: datetime | None = datetime.now(UTC) + duration
        else:
            until = duration
        return await self.edit(timed_out_until=until, reason=reason)

    async def move_to(self, channel: int | HasId | None, *, reason: str | None = None) -> Member:
        """Move the member to another voice channel (None disconnects them)."""
        return await self.edit(voice_channel=channel, reason=reason)

    async def kick(self, *, reason: str | None = None) -> None:
        """Remove the member from the guild (they can rejoin with an invite)."""
        await self._state.rest.delete_guild_member(self.guild_id, self.id, reason=reason)

    async def ban(
        self, *, delete_message_seconds: int | UnsetType = UNSET, reason: str | None = None
    ) -> None:
        """Ban the member, deleting their messages of the last `delete_message_seconds` (up to 7 days)."""
        body = m.BanUserFromGuildRequest(delete_message_seconds=delete_message_seconds)
        await self._state.rest.ban_user_from_guild(self.guild_id, self.id, body=body, reason=reason)
