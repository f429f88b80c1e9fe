"""The records the emulated world stores: plain dataclasses, serialised to Discord JSON by `payloads`."""

from __future__ import annotations

from dataclasses import dataclass, field

from ._json import JSONObject
from .permissions import Overwrite


class ChannelType:
    """Channel type numbers (resources/channel#channel-object-channel-types)."""

    GUILD_TEXT = 0
    DM = 1
    GUILD_VOICE = 2
    GROUP_DM = 3
    GUILD_CATEGORY = 4
    GUILD_ANNOUNCEMENT = 5
    ANNOUNCEMENT_THREAD = 10
    PUBLIC_THREAD = 11
    PRIVATE_THREAD = 12
    GUILD_STAGE_VOICE = 13
    GUILD_FORUM = 15
    GUILD_MEDIA = 16

    THREADS = frozenset({ANNOUNCEMENT_THREAD, PUBLIC_THREAD, PRIVATE_THREAD})


@dataclass
class User:
    id: int
    username: str
    bot: bool = False
    global_name: str | None = None
    avatar: str | None = None


@dataclass
class Role:
    id: int
    guild_id: int
    name: str
    permissions: int
    position: int = 0
    color: int = 0
    hoist: bool = False
    mentionable: bool = False
    managed: bool = False
    bot_id: int | None = None


@dataclass
class Member:
    guild_id: int
    user_id: int
    joined_at: str
    roles: list[int] = field(default_factory=list)
    nick: str | None = None
    communication_disabled_until: str | None = None
    mute: bool = False
    deaf: bool = False


@dataclass
class Channel:
    id: int
    type: int
    guild_id: int | None = None
    name: str | None = None
    position: int = 0
    parent_id: int | None = None
    topic: str | None = None
    nsfw: bool = False
    overwrites: list[Overwrite] = field(default_factory=list)
    last_message_id: int | None = None
    last_pin_timestamp: str | None = None
    rate_limit_per_user: int = 0
    bitrate: int = 64000
    user_limit: int = 0
    recipient_ids: list[int] = field(default_factory=list)
    owner_id: int | None = None
    archived: bool = False
    locked: bool = False
    auto_archive_duration: int = 1440
    archive_timestamp: str | None = None
    invitable: bool = True
    message_count: int = 0
    member_ids: list[int] = field(default_factory=list)
    available_tags: list[JSONObject] = field(default_factory=list)
    applied_tags: list[int] = field(default_factory=list)
    flags: int = 0


@dataclass
class Message:
    id: int
    channel_id: int
    author_id: int
    timestamp: str
    content: str = ""
    guild_id: int | None = None
    type: int = 0
    tts: bool = False
    embeds: list[JSONObject] = field(default_factory=list)
    components: list[JSONObject] = field(default_factory=list)
    attachments: list[JSONObject] = field(default_factory=list)
    mention_ids: list[int] = field(default_factory=list)
    mention_roles: list[int] = field(default_factory=list)
    mention_everyone: bool = False
    edited_timestamp: str | None = None
    pinned: bool = False
    pinned_at: str | None = None
    flags: int = 0
    nonce: str | int | None = None
    webhook_id: int | None = None
    application_id: int | None = None
    interaction_id: int | None = None
    message_reference: JSONObject | None = None
    reactions: dict[str, list[int]] = field(default_factory=dict)
    """Emoji key (`name` or `name:id`) -> user ids in reaction order."""


@dataclass
class Emoji:
    id: int
    guild_id: int
    name: str
    user_id: int | None = None
    animated: bool = False
    roles: list[int] = field(default_factory=list)


@dataclass
class Webhook:
    id: int
    type: int
    name: str
    token: str
    channel_id: int
    guild_id: int | None
    user_id: int | None = None
    application_id: int | None = None
    avatar: str | None = None


@dataclass
class Invite:
    code: str
    guild_id: int
    channel_id: int
    inviter_id: int
    created_at: str
    max_age: int = 86400
    max_uses: int = 0
    uses: int = 0
    temporary: bool = False


@dataclass
class Command:
    id: int
    application_id: int
    name: str
    type: int = 1
    description: str = ""
    guild_id: int | None = None
    options: list[JSONObject] = field(default_factory=list)
    default_member_permissions: int | None = None
    nsfw: bool = False
    contexts: list[int] | None = None
    integration_types: list[int] = field(default_factory=lambda: [0])
    name_localizations: JSONObject | None = None
    description_localizations: JSONObject | None = None
    version: int = 0


@dataclass
class InteractionResponse:
    """One callback the bot made for an interaction, kept for assertions."""

    type: int
    data: JSONObject | None


@dataclass
class Interaction:
    id: int
    token: str
    type: int
    application_id: int
    user_id: int
    channel_id: int
    guild_id: int | None
    data: JSONObject | None = None
    message_id: int | None = None
    responses: list[InteractionResponse] = field(default_factory=list)
    original_message_id: int | None = None
    followup_ids: list[int] = field(default_factory=list)

    @property
    def acknowledged(self) -> bool:
        return bool(self.responses)


@dataclass
class Guild:
    id: int
    name: str
    owner_id: int
    created_at: str
    roles: dict[int, Role] = field(default_factory=dict)
    members: dict[int, Member] = field(default_factory=dict)
    channel_ids: list[int] = field(default_factory=list)
    bans: dict[int, str | None] = field(default_factory=dict)
    emojis: dict[int, Emoji] = field(default_factory=dict)
    icon: str | None = None
    description: str | None = None
    system_channel_id: int | None = None
    features: list[str] = field(default_factory=list)
    preferred_locale: str = "en-US"
