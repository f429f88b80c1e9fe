"""Typed values of resolved options: Discord sends ids in `options` and the objects in `data.resolved`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeAlias

import msgspec

from echord._generated.models import (
    AttachmentResponse,
    BasicGuildMemberResponse,
    GuildRoleResponse,
    MessageResponse,
    UserResponse,
)
from echord._support import ABSENT, UNSET, Model, Snowflake, UnsetType, decode_json

__all__ = [
    "Attachment",
    "InteractionChannel",
    "Member",
    "Mentionable",
    "Message",
    "Resolved",
    "Role",
    "User",
    "decode_resolved",
]

User: TypeAlias = UserResponse
"""A resolved user (the generated model)."""
Role: TypeAlias = GuildRoleResponse
"""A resolved role (the generated model)."""
Attachment: TypeAlias = AttachmentResponse
"""A resolved attachment (the generated model)."""
Message: TypeAlias = MessageResponse
"""The target of a message context menu (the generated model)."""


class InteractionChannel(Model, kw_only=True):
    """A resolved channel: the partial channel Discord sends, with the invoking user's permissions in it."""

    id: Snowflake = ABSENT
    type: int = ABSENT
    name: str | UnsetType | None = UNSET
    permissions: str | UnsetType = UNSET
    parent_id: Snowflake | UnsetType | None = UNSET


class _ResolvedMember(BasicGuildMemberResponse, kw_only=True):
    permissions: str | UnsetType = UNSET


class Resolved(Model, kw_only=True):
    """`data.resolved` of an interaction, keyed by id as Discord sends it."""

    users: dict[str, UserResponse] = msgspec.field(default_factory=dict)
    members: dict[str, _ResolvedMember] = msgspec.field(default_factory=dict)
    roles: dict[str, GuildRoleResponse] = msgspec.field(default_factory=dict)
    channels: dict[str, InteractionChannel] = msgspec.field(default_factory=dict)
    attachments: dict[str, AttachmentResponse] = msgspec.field(default_factory=dict)
    messages: dict[str, MessageResponse] = msgspec.field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Member:
    """A guild member option: the user and the guild-specific part (nick, roles, permissions) together."""

    user: UserResponse
    member: BasicGuildMemberResponse
    permissions: int | None = None

    @property
    def id(self) -> Snowflake:
        return self.user.id

    @property
    def display_name(self) -> str:
        """Nick, else global name, else username: what the Discord client shows."""
        return self.member.nick or self.user.global_name or self.user.username


Mentionable: TypeAlias = Member | UserResponse | GuildRoleResponse
"""A mentionable option: a member (in a guild), a user (in a DM or not a member), or a role."""


def decode_resolved(raw: msgspec.Raw | UnsetType) -> Resolved:
    """The resolved objects of an interaction; empty when Discord sent none."""
    if raw is UNSET:
        return Resolved()
    return decode_json(bytes(raw), Resolved)


def member_of(resolved: Resolved, user_id: str) -> Member | None:
    """The resolved member for `user_id`, if Discord sent one (it does only inside a guild)."""
    user = resolved.users.get(user_id)
    member = resolved.members.get(user_id)
    if user is None or member is None:
        return None
    permissions = int(member.permissions) if isinstance(member.permissions, str) else None
    return Member(user, member, permissions)
