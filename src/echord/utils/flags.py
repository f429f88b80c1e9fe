"""Bit flags: the base class every echord flag set builds on, and Discord's resource flag sets.

Discord adds flag bits without notice, so every class here keeps bits it does not know
(`enum.KEEP`) instead of failing to decode a payload; `unknown_bits` shows what was kept.
"""

from __future__ import annotations

import enum
from typing import Any, Self

__all__ = [
    "ActivityFlags",
    "ApplicationFlags",
    "AttachmentFlags",
    "BitFlags",
    "ChannelFlags",
    "EmbedFlags",
    "EmbedMediaFlags",
    "GuildMemberFlags",
    "InviteFlags",
    "LobbyMemberFlags",
    "MessageFlags",
    "RoleFlags",
    "SKUFlags",
    "SystemChannelFlags",
    "UnfurledMediaItemFlags",
    "UserFlags",
]

# msgspec cannot decode an enum whose value table holds a value past 2**63 - 1, and Python keeps every
# value ever built in that table; so `~` stays within 63 bits unless the value itself is wider.
_MIN_INVERT_WIDTH = 63


class _BitFlagsType(enum.EnumType):
    """Gives every flag class the unknown-bit-preserving `~` of `BitFlags`.

    `enum` copies `Flag.__invert__` into each new class, which would shadow the inherited one.
    """

    def __new__(
        metacls,
        cls: str,
        bases: tuple[type, ...],
        classdict: enum._EnumDict,
        **kwds: Any,
    ) -> _BitFlagsType:
        flag_class = super().__new__(metacls, cls, bases, classdict, **kwds)
        if "__invert__" not in classdict:
            for base in bases:
                invert = getattr(base, "_keep_unknown_invert", None)
                if invert is not None:
                    type.__setattr__(flag_class, "__invert__", invert)
                    break
        return flag_class


class BitFlags(enum.IntFlag, metaclass=_BitFlagsType, boundary=enum.KEEP):
    """An `int` bit set whose unknown bits survive decoding, `|`, `&`, `^` and `~`.

    `str()` gives the decimal wire form (`"2112"`); `parse` accepts it back.
    """

    def _keep_unknown_invert(self) -> Self:
        # The standard `~` only inverts within the known bits, so `flags & ~X` would silently drop
        # bits Discord added after this release; invert over at least 63 bits instead.
        value = int(self)
        width = max(_MIN_INVERT_WIDTH, value.bit_length())
        return self.__class__(~value & ((1 << width) - 1))

    @classmethod
    def parse(cls, value: str | int) -> Self:
        """Read a flag set as Discord sends it: a decimal string (permissions) or a number."""
        if isinstance(value, str):
            text = value.strip()
            if not text.isdigit() or not text.isascii():
                raise ValueError(f"{cls.__name__} must be a non-negative decimal integer, got {value!r}")
            number = int(text)
        else:
            number = int(value)
        if number < 0:
            raise ValueError(f"{cls.__name__} cannot be negative, got {number}")
        return cls(number)

    @classmethod
    def all(cls) -> Self:
        """Every bit this release knows for the class (never any unknown bit)."""
        value = 0
        for member in cls:
            value |= member.value
        return cls(value)

    @classmethod
    def none(cls) -> Self:
        """The empty set."""
        return cls(0)

    @property
    def unknown_bits(self) -> int:
        """Bits set in this value that have no name in this release (newer than echord)."""
        return int(self) & ~int(self.__class__.all())

    def has(self, flags: int) -> bool:
        """Whether every bit of `flags` is set (`X in flags` does the same for one member)."""
        wanted = int(flags)
        return int(self) & wanted == wanted


class MessageFlags(BitFlags):
    """A message's `flags` (resources/message: Message Flags)."""

    CROSSPOSTED = 1 << 0
    IS_CROSSPOST = 1 << 1
    SUPPRESS_EMBEDS = 1 << 2
    SOURCE_MESSAGE_DELETED = 1 << 3
    URGENT = 1 << 4
    HAS_THREAD = 1 << 5
    EPHEMERAL = 1 << 6
    LOADING = 1 << 7
    FAILED_TO_MENTION_SOME_ROLES_IN_THREAD = 1 << 8
    SUPPRESS_NOTIFICATIONS = 1 << 12
    IS_VOICE_MESSAGE = 1 << 13
    HAS_SNAPSHOT = 1 << 14
    IS_COMPONENTS_V2 = 1 << 15


class UserFlags(BitFlags):
    """A user's `flags` and `public_flags` (resources/user: User Flags)."""

    STAFF = 1 << 0
    PARTNER = 1 << 1
    HYPESQUAD = 1 << 2
    BUG_HUNTER_LEVEL_1 = 1 << 3
    HYPESQUAD_ONLINE_HOUSE_1 = 1 << 6
    HYPESQUAD_ONLINE_HOUSE_2 = 1 << 7
    HYPESQUAD_ONLINE_HOUSE_3 = 1 << 8
    PREMIUM_EARLY_SUPPORTER = 1 << 9
    TEAM_PSEUDO_USER = 1 << 10
    BUG_HUNTER_LEVEL_2 = 1 << 14
    VERIFIED_BOT = 1 << 16
    VERIFIED_DEVELOPER = 1 << 17
    CERTIFIED_MODERATOR = 1 << 18
    BOT_HTTP_INTERACTIONS = 1 << 19


class ChannelFlags(BitFlags):
    """A channel's `flags` (resources/channel: Channel Flags)."""

    PINNED = 1 << 1
    REQUIRE_TAG = 1 << 4
    HIDE_MEDIA_DOWNLOAD_OPTIONS = 1 << 15
    IS_SPOILER_CHANNEL = 1 << 21


class SystemChannelFlags(BitFlags):
    """A guild's `system_channel_flags` (resources/guild: System Channel Flags)."""

    SUPPRESS_JOIN_NOTIFICATIONS = 1 << 0
    SUPPRESS_PREMIUM_SUBSCRIPTIONS = 1 << 1
    SUPPRESS_GUILD_REMINDER_NOTIFICATIONS = 1 << 2
    SUPPRESS_JOIN_NOTIFICATION_REPLIES = 1 << 3
    SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATIONS = 1 << 4
    SUPPRESS_ROLE_SUBSCRIPTION_PURCHASE_NOTIFICATION_REPLIES = 1 << 5


class ApplicationFlags(BitFlags):
    """An application's `flags` (resources/application: Application Flags).

    `flags` stops at 31 bits; newer bits arrive only in the string field `flags_new`, which `parse` reads.
    """

    APPLICATION_AUTO_MODERATION_RULE_CREATE_BADGE = 1 << 6
    GATEWAY_PRESENCE = 1 << 12
    GATEWAY_PRESENCE_LIMITED = 1 << 13
    GATEWAY_GUILD_MEMBERS = 1 << 14
    GATEWAY_GUILD_MEMBERS_LIMITED = 1 << 15
    VERIFICATION_PENDING_GUILD_LIMIT = 1 << 16
    EMBEDDED = 1 << 17
    GATEWAY_MESSAGE_CONTENT = 1 << 18
    GATEWAY_MESSAGE_CONTENT_LIMITED = 1 << 19
    APPLICATION_COMMAND_BADGE = 1 << 23


class GuildMemberFlags(BitFlags):
    """A guild member's `flags` (resources/guild: Guild Member Flags).

    Only `BYPASSES_VERIFICATION` can be edited; Discord sets the others.
    """

    DID_REJOIN = 1 << 0
    COMPLETED_ONBOARDING = 1 << 1
    BYPASSES_VERIFICATION = 1 << 2
    STARTED_ONBOARDING = 1 << 3
    IS_GUEST = 1 << 4
    STARTED_HOME_ACTIONS = 1 << 5
    COMPLETED_HOME_ACTIONS = 1 << 6
    AUTOMOD_QUARANTINED_USERNAME = 1 << 7
    DM_SETTINGS_UPSELL_ACKNOWLEDGED = 1 << 9
    AUTOMOD_QUARANTINED_GUILD_TAG = 1 << 10


class RoleFlags(BitFlags):
    """A role's `flags` (topics/permissions: Role Flags)."""

    IN_PROMPT = 1 << 0


class AttachmentFlags(BitFlags):
    """An attachment's `flags` (resources/message: Attachment Flags)."""

    IS_CLIP = 1 << 0
    IS_THUMBNAIL = 1 << 1
    IS_REMIX = 1 << 2
    IS_SPOILER = 1 << 3
    IS_ANIMATED = 1 << 5


class EmbedFlags(BitFlags):
    """An embed's `flags` (resources/message: Embed Flags)."""

    IS_CONTENT_INVENTORY_ENTRY = 1 << 5


class EmbedMediaFlags(BitFlags):
    """An embed image's or video's `flags` (resources/message: Embed Media Flags)."""

    IS_ANIMATED = 1 << 5


class UnfurledMediaItemFlags(BitFlags):
    """A component media item's `flags` (components/reference: Unfurled Media Item Flags)."""

    IS_ANIMATED = 1 << 0


class SKUFlags(BitFlags):
    """An SKU's `flags`: tells guild from user subscriptions (resources/sku: SKU Flags)."""

    AVAILABLE = 1 << 2
    GUILD_SUBSCRIPTION = 1 << 7
    USER_SUBSCRIPTION = 1 << 8


class ActivityFlags(BitFlags):
    """A presence activity's `flags` (events/gateway-events: Activity Flags)."""

    INSTANCE = 1 << 0
    JOIN = 1 << 1
    SPECTATE = 1 << 2
    JOIN_REQUEST = 1 << 3
    SYNC = 1 << 4
    PLAY = 1 << 5
    PARTY_PRIVACY_FRIENDS = 1 << 6
    PARTY_PRIVACY_VOICE_CHANNEL = 1 << 7
    EMBEDDED = 1 << 8


class InviteFlags(BitFlags):
    """An invite's `flags` (resources/invite: Guild Invite Flags)."""

    IS_GUEST_INVITE = 1 << 0


class LobbyMemberFlags(BitFlags):
    """A lobby member's `flags` (resources/lobby: Lobby Member Flags, `CanLinkLobby` there)."""

    CAN_LINK_LOBBY = 1 << 0
