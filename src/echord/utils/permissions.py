"""Discord permissions: the bit set, its presets, and a member's permissions in a channel.

The computation follows topics/permissions exactly (base permissions, then overwrites in Discord's
order, then the implicit rules), on plain inputs, so structures, the cache and the emulator can all
use it without echord models.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from dataclasses import dataclass
from typing import ClassVar, Final, Protocol

from echord.utils.flags import BitFlags

__all__ = [
    "OverwriteLike",
    "OverwriteType",
    "PermissionOverwrite",
    "Permissions",
    "RoleLike",
    "apply_overwrites",
    "compute_base_permissions",
    "compute_channel_permissions",
    "format_permissions",
    "parse_permissions",
]


class Permissions(BitFlags):
    """Permission bits (topics/permissions: Bitwise Permission Flags); sent as decimal strings.

    Presets: `ALL`, `NONE`, `TEXT`, `VOICE`, `STAGE` (what overwrites can set per channel kind),
    `CHANNEL` (any of those), `GUILD` (guild-wide only) and `ELEVATED` (needs owner 2FA when the guild
    requires it).
    """

    CREATE_INSTANT_INVITE = 1 << 0
    KICK_MEMBERS = 1 << 1
    BAN_MEMBERS = 1 << 2
    ADMINISTRATOR = 1 << 3
    MANAGE_CHANNELS = 1 << 4
    MANAGE_GUILD = 1 << 5
    ADD_REACTIONS = 1 << 6
    VIEW_AUDIT_LOG = 1 << 7
    PRIORITY_SPEAKER = 1 << 8
    STREAM = 1 << 9
    VIEW_CHANNEL = 1 << 10
    SEND_MESSAGES = 1 << 11
    SEND_TTS_MESSAGES = 1 << 12
    MANAGE_MESSAGES = 1 << 13
    EMBED_LINKS = 1 << 14
    ATTACH_FILES = 1 << 15
    READ_MESSAGE_HISTORY = 1 << 16
    MENTION_EVERYONE = 1 << 17
    USE_EXTERNAL_EMOJIS = 1 << 18
    VIEW_GUILD_INSIGHTS = 1 << 19
    CONNECT = 1 << 20
    SPEAK = 1 << 21
    MUTE_MEMBERS = 1 << 22
    DEAFEN_MEMBERS = 1 << 23
    MOVE_MEMBERS = 1 << 24
    USE_VAD = 1 << 25
    CHANGE_NICKNAME = 1 << 26
    MANAGE_NICKNAMES = 1 << 27
    MANAGE_ROLES = 1 << 28
    MANAGE_WEBHOOKS = 1 << 29
    MANAGE_GUILD_EXPRESSIONS = 1 << 30
    USE_APPLICATION_COMMANDS = 1 << 31
    REQUEST_TO_SPEAK = 1 << 32
    MANAGE_EVENTS = 1 << 33
    MANAGE_THREADS = 1 << 34
    CREATE_PUBLIC_THREADS = 1 << 35
    CREATE_PRIVATE_THREADS = 1 << 36
    USE_EXTERNAL_STICKERS = 1 << 37
    SEND_MESSAGES_IN_THREADS = 1 << 38
    USE_EMBEDDED_ACTIVITIES = 1 << 39
    MODERATE_MEMBERS = 1 << 40
    VIEW_CREATOR_MONETIZATION_ANALYTICS = 1 << 41
    USE_SOUNDBOARD = 1 << 42
    CREATE_GUILD_EXPRESSIONS = 1 << 43
    CREATE_EVENTS = 1 << 44
    USE_EXTERNAL_SOUNDS = 1 << 45
    SEND_VOICE_MESSAGES = 1 << 46
    SET_VOICE_CHANNEL_STATUS = 1 << 48
    SEND_POLLS = 1 << 49
    USE_EXTERNAL_APPS = 1 << 50
    PIN_MESSAGES = 1 << 51
    BYPASS_SLOWMODE = 1 << 52

    ALL: ClassVar[Permissions]
    NONE: ClassVar[Permissions]
    TEXT: ClassVar[Permissions]
    VOICE: ClassVar[Permissions]
    STAGE: ClassVar[Permissions]
    CHANNEL: ClassVar[Permissions]
    GUILD: ClassVar[Permissions]
    ELEVATED: ClassVar[Permissions]


_P = Permissions
_BOTH_TEXT_AND_VOICE = (
    _P.CREATE_INSTANT_INVITE
    | _P.MANAGE_CHANNELS
    | _P.ADD_REACTIONS
    | _P.VIEW_CHANNEL
    | _P.SEND_MESSAGES
    | _P.SEND_TTS_MESSAGES
    | _P.MANAGE_MESSAGES
    | _P.EMBED_LINKS
    | _P.ATTACH_FILES
    | _P.READ_MESSAGE_HISTORY
    | _P.MENTION_EVERYONE
    | _P.USE_EXTERNAL_EMOJIS
    | _P.MANAGE_ROLES
    | _P.MANAGE_WEBHOOKS
    | _P.USE_APPLICATION_COMMANDS
    | _P.USE_EXTERNAL_STICKERS
    | _P.SEND_VOICE_MESSAGES
    | _P.SEND_POLLS
    | _P.USE_EXTERNAL_APPS
    | _P.BYPASS_SLOWMODE
)
Permissions.ALL = Permissions.all()
Permissions.NONE = Permissions.none()
Permissions.TEXT = (
    _BOTH_TEXT_AND_VOICE
    | _P.MANAGE_THREADS
    | _P.CREATE_PUBLIC_THREADS
    | _P.CREATE_PRIVATE_THREADS
    | _P.SEND_MESSAGES_IN_THREADS
    | _P.USE_EMBEDDED_ACTIVITIES
    | _P.PIN_MESSAGES
)
Permissions.VOICE = (
    _BOTH_TEXT_AND_VOICE
    | _P.PRIORITY_SPEAKER
    | _P.STREAM
    | _P.CONNECT
    | _P.SPEAK
    | _P.MUTE_MEMBERS
    | _P.DEAFEN_MEMBERS
    | _P.MOVE_MEMBERS
    | _P.USE_VAD
    | _P.MANAGE_EVENTS
    | _P.USE_EMBEDDED_ACTIVITIES
    | _P.USE_SOUNDBOARD
    | _P.CREATE_EVENTS
    | _P.USE_EXTERNAL_SOUNDS
    | _P.SET_VOICE_CHANNEL_STATUS
)
Permissions.STAGE = (
    _BOTH_TEXT_AND_VOICE
    | _P.STREAM
    | _P.CONNECT
    | _P.MUTE_MEMBERS
    | _P.MOVE_MEMBERS
    | _P.REQUEST_TO_SPEAK
    | _P.MANAGE_EVENTS
    | _P.CREATE_EVENTS
)
Permissions.CHANNEL = Permissions.TEXT | Permissions.VOICE | Permissions.STAGE
Permissions.GUILD = Permissions.ALL & ~Permissions.CHANNEL
Permissions.ELEVATED = (
    _P.KICK_MEMBERS
    | _P.BAN_MEMBERS
    | _P.ADMINISTRATOR
    | _P.MANAGE_CHANNELS
    | _P.MANAGE_GUILD
    | _P.MANAGE_MESSAGES
    | _P.MANAGE_ROLES
    | _P.MANAGE_WEBHOOKS
    | _P.MANAGE_GUILD_EXPRESSIONS
    | _P.MANAGE_THREADS
    | _P.VIEW_CREATOR_MONETIZATION_ANALYTICS
)


def parse_permissions(value: str | int) -> Permissions:
    """Read a permission set as Discord sends it (`"2112"`); unknown bits are kept."""
    return Permissions.parse(value)


def format_permissions(permissions: int) -> str:
    """Write a permission set as Discord expects it: a decimal string."""
    if permissions < 0:
        raise ValueError(f"permissions cannot be negative, got {permissions}")
    return str(int(permissions))


class OverwriteType(enum.IntEnum):
    """Whom a channel overwrite targets (resources/channel: Overwrite Object `type`)."""

    ROLE = 0
    MEMBER = 1


class RoleLike(Protocol):
    """What the computation needs of a role; generated models and cached roles already fit."""

    @property
    def id(self) -> int: ...

    @property
    def permissions(self) -> int | str: ...


class OverwriteLike(Protocol):
    """What the computation needs of a channel overwrite; `type` is 0 (role) or 1 (member)."""

    @property
    def id(self) -> int: ...

    @property
    def type(self) -> int: ...

    @property
    def allow(self) -> int | str: ...

    @property
    def deny(self) -> int | str: ...


@dataclass(frozen=True, slots=True)
class PermissionOverwrite:
    """A channel overwrite as plain data; any object with the same attributes works too."""

    id: int
    type: OverwriteType
    allow: int = 0
    deny: int = 0


_TIMED_OUT_KEEPS: Final = int(Permissions.VIEW_CHANNEL | Permissions.READ_MESSAGE_HISTORY)
_NEEDS_SEND_MESSAGES: Final = int(
    Permissions.SEND_TTS_MESSAGES
    | Permissions.MENTION_EVERYONE
    | Permissions.ATTACH_FILES
    | Permissions.EMBED_LINKS
)
# Acting in a voice or stage channel needs being able to join it. The docs name MANAGE_CHANNEL as one
# example; MANAGE_ROLES (editing the channel's overwrites) goes with it, and the rest only make sense
# once connected.
_NEEDS_CONNECT: Final = int(
    Permissions.MANAGE_CHANNELS
    | Permissions.MANAGE_ROLES
    | Permissions.PRIORITY_SPEAKER
    | Permissions.STREAM
    | Permissions.SPEAK
    | Permissions.MUTE_MEMBERS
    | Permissions.DEAFEN_MEMBERS
    | Permissions.MOVE_MEMBERS
    | Permissions.USE_VAD
    | Permissions.REQUEST_TO_SPEAK
    | Permissions.USE_SOUNDBOARD
    | Permissions.USE_EXTERNAL_SOUNDS
    | Permissions.SET_VOICE_CHANNEL_STATUS
)

# Channel type numbers (resources/channel: Channel Types); utils cannot import the generated enum.
_GUILD_CATEGORY: Final = 4
_VOICE_TYPES: Final = frozenset({2, 13})  # GUILD_VOICE, GUILD_STAGE_VOICE
_THREAD_TYPES: Final = frozenset({10, 11, 12})  # ANNOUNCEMENT_THREAD, PUBLIC_THREAD, PRIVATE_THREAD


def _bits(value: int | str) -> int:
    # Plain ints inside the computation: building an enum value per step would be slow.
    if isinstance(value, str):
        if not (value.isascii() and value.isdigit()):
            raise ValueError(f"permissions must be a non-negative decimal integer, got {value!r}")
        return int(value)
    if value < 0:
        raise ValueError(f"permissions cannot be negative, got {value}")
    return int(value)


def compute_base_permissions(
    *,
    guild_id: int,
    owner_id: int,
    member_id: int,
    member_role_ids: Iterable[int],
    roles: Iterable[RoleLike],
    timed_out: bool = False,
) -> Permissions:
    """A member's guild-wide permissions: the owner and ADMINISTRATOR get `ALL`.

    `roles` are the guild's roles (the @everyone role has the guild's id); member role ids without a
    matching role, such as a just-deleted role, grant nothing. A timed-out member keeps only
    VIEW_CHANNEL and READ_MESSAGE_HISTORY.
    """
    if member_id == owner_id:
        return Permissions.ALL
    by_id = {int(role.id): role for role in roles}
    everyone = by_id.get(guild_id)
    permissions = _bits(everyone.permissions) if everyone is not None else 0
    for role_id in member_role_ids:
        role = by_id.get(role_id)
        if role is not None:
            permissions |= _bits(role.permissions)
    if permissions & Permissions.ADMINISTRATOR:
        return Permissions.ALL
    if timed_out:
        permissions &= _TIMED_OUT_KEEPS
    return Permissions(permissions)


def apply_overwrites(
    base_permissions: int,
    *,
    guild_id: int,
    member_id: int,
    member_role_ids: Iterable[int],
    overwrites: Iterable[OverwriteLike],
) -> Permissions:
    """Apply a channel's overwrites in Discord's order, without the implicit rules.

    @everyone deny then allow, then every member role's denies and allows combined (so one role's allow
    beats another role's deny), then the member's own deny then allow. ADMINISTRATOR ignores them all.
    """
    if base_permissions & Permissions.ADMINISTRATOR:
        return Permissions.ALL
    role_ids = {role_id for role_id in member_role_ids if role_id != guild_id}
    everyone_allow = everyone_deny = role_allow = role_deny = member_allow = member_deny = 0
    for overwrite in overwrites:
        target = int(overwrite.id)
        if overwrite.type == OverwriteType.ROLE:
            if target == guild_id:
                everyone_allow |= _bits(overwrite.allow)
                everyone_deny |= _bits(overwrite.deny)
            elif target in role_ids:
                role_allow |= _bits(overwrite.allow)
                role_deny |= _bits(overwrite.deny)
        elif overwrite.type == OverwriteType.MEMBER and target == member_id:
            member_allow |= _bits(overwrite.allow)
            member_deny |= _bits(overwrite.deny)
    permissions = int(base_permissions)
    permissions = (permissions & ~everyone_deny) | everyone_allow
    permissions = (permissions & ~role_deny) | role_allow
    permissions = (permissions & ~member_deny) | member_allow
    return Permissions(permissions)


def compute_channel_permissions(
    *,
    guild_id: int,
    owner_id: int,
    member_id: int,
    member_role_ids: Iterable[int],
    roles: Iterable[RoleLike],
    overwrites: Iterable[OverwriteLike],
    channel_type: int | None = None,
    timed_out: bool = False,
) -> Permissions:
    """What a member may do in one channel, with the implicit rules Discord applies on top.

    `channel_type` is the channel's type number (`None`: a generic guild channel). For a thread pass the
    parent channel's overwrites and the thread's type: in a thread, the result's SEND_MESSAGES says
    whether the member may post there, which Discord grants through SEND_MESSAGES_IN_THREADS.

    Implicit rules: without VIEW_CHANNEL nothing is left; without SEND_MESSAGES there is no
    SEND_TTS_MESSAGES, MENTION_EVERYONE, ATTACH_FILES or EMBED_LINKS; in voice and stage channels
    without CONNECT, the permissions that need being connected (and managing the channel) go; a timed-out
    member keeps only VIEW_CHANNEL and READ_MESSAGE_HISTORY. The owner and administrators get `ALL`.
    """
    role_ids = list(member_role_ids)
    base = compute_base_permissions(
        guild_id=guild_id,
        owner_id=owner_id,
        member_id=member_id,
        member_role_ids=role_ids,
        roles=roles,
    )
    if base & Permissions.ADMINISTRATOR:
        return Permissions.ALL
    permissions = int(
        apply_overwrites(
            base,
            guild_id=guild_id,
            member_id=member_id,
            member_role_ids=role_ids,
            overwrites=overwrites,
        )
    )
    if timed_out:
        permissions &= _TIMED_OUT_KEEPS
    if channel_type in _THREAD_TYPES:
        permissions &= ~Permissions.SEND_MESSAGES
        if permissions & Permissions.SEND_MESSAGES_IN_THREADS:
            permissions |= Permissions.SEND_MESSAGES
    if not permissions & Permissions.VIEW_CHANNEL:
        return Permissions.NONE
    if channel_type != _GUILD_CATEGORY and not permissions & Permissions.SEND_MESSAGES:
        permissions &= ~_NEEDS_SEND_MESSAGES
    if channel_type in _VOICE_TYPES and not permissions & Permissions.CONNECT:
        permissions &= ~_NEEDS_CONNECT
    return Permissions(permissions)
