"""The slim records the cache keeps: only what a bot reads back, in the smallest Python shape.

Every record is a `msgspec.Struct` with `gc=False` (no cycle-collector header, never part of a cycle) and
field names equal to Discord's wire names, so a record decodes straight from gateway JSON, converts from a
generated model, and encodes to msgpack for the Redis store. Ids are plain `int` (a `Snowflake` subclass
costs a Python-level hook per id at decode time). A member points at its `UserRecord`, which the cache
shares between every guild the user is in.
"""

from __future__ import annotations

from datetime import datetime

import msgspec

__all__ = [
    "ActivityRecord",
    "AttachmentRecord",
    "ChannelRecord",
    "ClientStatusRecord",
    "EmojiRecord",
    "GuildRecord",
    "MemberExtras",
    "MemberRecord",
    "MessageRecord",
    "OverwriteRecord",
    "PresenceRecord",
    "RoleRecord",
    "StickerRecord",
    "ThreadMetadataRecord",
    "UserRecord",
    "VoiceStateRecord",
]


class UserRecord(msgspec.Struct, gc=False):
    """A user; one instance per user id, shared by all of the user's cached members."""

    id: int
    username: str = ""
    discriminator: str = "0"
    global_name: str | None = None
    avatar: str | None = None
    bot: bool = False
    system: bool = False
    public_flags: int = 0


class MemberExtras(msgspec.Struct, gc=False):
    """The member fields that are usually absent or default, kept apart so most members pay one pointer."""

    avatar: str | None = None
    banner: str | None = None
    premium_since: datetime | None = None
    communication_disabled_until: datetime | None = None
    pending: bool = False
    deaf: bool = False
    mute: bool = False


class MemberRecord(msgspec.Struct, gc=False):
    """A guild member, in six slots: the shared user, nick, role ids, join time and flags, plus `extras`
    only for the members that have a guild avatar, boost, timeout, or a voice/screening state.

    `roles` is a tuple of role ids; members with the same roles share one tuple, and its ids are the same
    int objects as the guild's role records. `joined_at` stays the datetime msgspec parses in C while
    decoding: converting it to an int would save 16 bytes but cost about 1 µs per member in Python.
    """

    user: UserRecord
    nick: str | None = None
    roles: tuple[int, ...] = ()
    joined_at: datetime | None = None
    flags: int = 0
    extras: MemberExtras | None = None

    @property
    def avatar(self) -> str | None:
        """The member's guild avatar hash."""
        return None if self.extras is None else self.extras.avatar

    @property
    def banner(self) -> str | None:
        """The member's guild banner hash."""
        return None if self.extras is None else self.extras.banner

    @property
    def premium_since(self) -> datetime | None:
        """When the member started boosting the guild."""
        return None if self.extras is None else self.extras.premium_since

    @property
    def communication_disabled_until(self) -> datetime | None:
        """When the member's timeout ends (may be in the past)."""
        return None if self.extras is None else self.extras.communication_disabled_until

    @property
    def pending(self) -> bool:
        """Whether the member has not passed membership screening yet."""
        return self.extras is not None and self.extras.pending

    @property
    def deaf(self) -> bool:
        """Whether the member is deafened in voice channels."""
        return self.extras is not None and self.extras.deaf

    @property
    def mute(self) -> bool:
        """Whether the member is muted in voice channels."""
        return self.extras is not None and self.extras.mute


class GuildRecord(msgspec.Struct, gc=False):
    """A guild's own fields; its members, roles, channels… live in their own stores, keyed by its id."""

    id: int
    name: str = ""
    icon: str | None = None
    owner_id: int | None = None
    unavailable: bool = False
    member_count: int = 0
    large: bool = False
    description: str | None = None
    banner: str | None = None
    splash: str | None = None
    features: tuple[str, ...] = ()
    premium_tier: int = 0
    premium_subscription_count: int = 0
    preferred_locale: str = "en-US"
    afk_channel_id: int | None = None
    afk_timeout: int = 0
    system_channel_id: int | None = None
    rules_channel_id: int | None = None
    verification_level: int = 0
    explicit_content_filter: int = 0
    default_message_notifications: int = 0
    mfa_level: int = 0
    nsfw_level: int = 0
    vanity_url_code: str | None = None
    joined_at: datetime | None = None


class RoleRecord(msgspec.Struct, gc=False):
    """A guild role; `permissions` is the bit set as an int."""

    id: int
    name: str = ""
    color: int = 0
    hoist: bool = False
    icon: str | None = None
    unicode_emoji: str | None = None
    position: int = 0
    permissions: int = 0
    managed: bool = False
    mentionable: bool = False
    flags: int = 0


class OverwriteRecord(msgspec.Struct, gc=False):
    """A permission overwrite for a role (type 0) or a member (type 1)."""

    id: int
    type: int
    allow: int = 0
    deny: int = 0


class ThreadMetadataRecord(msgspec.Struct, gc=False):
    """The thread-only state of a thread channel."""

    archived: bool = False
    auto_archive_duration: int = 0
    archive_timestamp: datetime | None = None
    locked: bool = False
    invitable: bool | None = None


class ChannelRecord(msgspec.Struct, gc=False):
    """A guild channel or thread (threads carry `owner_id` and `thread_metadata`)."""

    id: int
    type: int
    guild_id: int | None = None
    name: str | None = None
    position: int = 0
    parent_id: int | None = None
    topic: str | None = None
    nsfw: bool = False
    last_message_id: int | None = None
    rate_limit_per_user: int = 0
    bitrate: int | None = None
    user_limit: int | None = None
    rtc_region: str | None = None
    flags: int = 0
    permission_overwrites: tuple[OverwriteRecord, ...] = ()
    owner_id: int | None = None
    thread_metadata: ThreadMetadataRecord | None = None
    member_count: int | None = None
    message_count: int | None = None


class EmojiRecord(msgspec.Struct, gc=False):
    """A custom guild emoji."""

    id: int
    name: str | None = None
    roles: tuple[int, ...] = ()
    require_colons: bool = True
    managed: bool = False
    animated: bool = False
    available: bool = True


class StickerRecord(msgspec.Struct, gc=False):
    """A guild sticker."""

    id: int
    name: str = ""
    description: str | None = None
    tags: str = ""
    type: int = 2
    format_type: int = 1
    available: bool = True


class ActivityRecord(msgspec.Struct, gc=False):
    """The parts of an activity a bot usually shows: kind, name, state and details."""

    name: str
    type: int = 0
    url: str | None = None
    state: str | None = None
    details: str | None = None
    application_id: int | None = None


class ClientStatusRecord(msgspec.Struct, gc=False):
    """Per-platform status; absent platforms are offline."""

    desktop: str | None = None
    mobile: str | None = None
    web: str | None = None


class PresenceRecord(msgspec.Struct, gc=False):
    """A member's presence in one guild."""

    user_id: int
    status: str = "offline"
    activities: tuple[ActivityRecord, ...] = ()
    client_status: ClientStatusRecord | None = None


class VoiceStateRecord(msgspec.Struct, gc=False):
    """A user connected to a voice channel of a guild."""

    user_id: int
    channel_id: int | None = None
    session_id: str = ""
    deaf: bool = False
    mute: bool = False
    self_deaf: bool = False
    self_mute: bool = False
    self_stream: bool = False
    self_video: bool = False
    suppress: bool = False
    request_to_speak_timestamp: datetime | None = None


class AttachmentRecord(msgspec.Struct, gc=False):
    """An attachment's identity and where to fetch it."""

    id: int
    filename: str
    size: int = 0
    url: str = ""
    content_type: str | None = None


class MessageRecord(msgspec.Struct, gc=False):
    """A message without embeds or components: what a bot needs to react to edits and deletions."""

    id: int
    channel_id: int
    author: UserRecord
    content: str = ""
    timestamp: datetime | None = None
    edited_timestamp: datetime | None = None
    guild_id: int | None = None
    type: int = 0
    flags: int = 0
    pinned: bool = False
    tts: bool = False
    mention_everyone: bool = False
    mention_roles: tuple[int, ...] = ()
    attachments: tuple[AttachmentRecord, ...] = ()
    webhook_id: int | None = None
