"""echord.structures: Discord objects with the API methods a user expects on them.

Each structure keeps the generated model it wraps as `.data` and carries a `StructureState` (REST plus
cache look-ups, normally `echord.managers.Managers`). See docs/structures.md.
"""

from .application import Application
from .application_command import ApplicationCommand
from .attachment import Attachment
from .audit_log import AuditLogEntry
from .automod import AutoModerationRule
from .ban import Ban
from .base import Identified, Structure
from .channel import (
    AnnouncementChannel,
    AnyChannel,
    CategoryChannel,
    Channel,
    ChannelData,
    DirectoryChannel,
    DMChannel,
    ForumChannel,
    GroupDMChannel,
    GuildChannel,
    MediaChannel,
    StageChannel,
    TextChannel,
    Thread,
    UnknownChannel,
    VoiceChannel,
    channel_from,
)
from .component import Component
from .embed import Embed
from .emoji import Emoji, EmojiLike, reaction_name
from .entitlement import Entitlement
from .guild import Guild
from .integration import Integration
from .interaction import Interaction
from .invite import Invite
from .member import Member
from .message import Message
from .messageable import HistoryCursor, Messageable, PartialMessageable, Typing
from .modal import Modal
from .pagination import Page, Paginator
from .poll import Poll
from .presence import Presence
from .role import Role
from .scheduled_event import ScheduledEvent
from .sending import AllowedMentions, MessageParts
from .soundboard import SoundboardSound
from .stage_instance import StageInstance
from .state import HasId, SnowflakeLike, StructureState, snowflake
from .sticker import Sticker
from .team import Team
from .thread_member import ThreadMember
from .user import User
from .voice_state import VoiceState
from .webhook import Webhook

__all__ = [
    "AllowedMentions",
    "AnnouncementChannel",
    "AnyChannel",
    "Application",
    "ApplicationCommand",
    "Attachment",
    "AuditLogEntry",
    "AutoModerationRule",
    "Ban",
    "CategoryChannel",
    "Channel",
    "ChannelData",
    "Component",
    "DMChannel",
    "DirectoryChannel",
    "Embed",
    "Emoji",
    "EmojiLike",
    "Entitlement",
    "ForumChannel",
    "GroupDMChannel",
    "Guild",
    "GuildChannel",
    "HasId",
    "HistoryCursor",
    "Identified",
    "Integration",
    "Interaction",
    "Invite",
    "MediaChannel",
    "Member",
    "Message",
    "MessageParts",
    "Messageable",
    "Modal",
    "Page",
    "Paginator",
    "PartialMessageable",
    "Poll",
    "Presence",
    "Role",
    "ScheduledEvent",
    "SnowflakeLike",
    "SoundboardSound",
    "StageChannel",
    "StageInstance",
    "Sticker",
    "Structure",
    "StructureState",
    "Team",
    "TextChannel",
    "Thread",
    "ThreadMember",
    "Typing",
    "UnknownChannel",
    "User",
    "VoiceChannel",
    "VoiceState",
    "Webhook",
    "channel_from",
    "reaction_name",
    "snowflake",
]
