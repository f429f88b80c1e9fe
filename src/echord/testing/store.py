"""The world's storage and the lookups every mutation needs (ids to records, permissions, events out)."""

from __future__ import annotations

import base64
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from echord.utils.permissions import compute_base_permissions, compute_channel_permissions

from . import api_errors
from ._json import JSONObject
from .models import Channel, ChannelType, Command, Guild, Interaction, Invite, Member, Message, User, Webhook
from .permissions import Permission
from .snowflakes import SnowflakeGenerator

log = logging.getLogger("echord.testing.world")


@dataclass(frozen=True, slots=True)
class Dispatch:
    """A gateway event the world produced: name, payload, and where it belongs (for routing and intents)."""

    name: str
    data: JSONObject
    guild_id: int | None
    channel_id: int | None = None
    user_ids: tuple[int, ...] = ()
    """For DM events: the recipients (the bot only sees DMs it is part of)."""


DispatchListener = Callable[[Dispatch], None]


class WorldStore:
    """Every record by id; the mutation mixins build on these maps."""

    def __init__(self, *, bot_name: str = "echord-test-bot") -> None:
        self.snowflakes = SnowflakeGenerator()
        self.users: dict[int, User] = {}
        self.guilds: dict[int, Guild] = {}
        self.channels: dict[int, Channel] = {}
        self.messages: dict[int, dict[int, Message]] = {}
        self.webhooks: dict[int, Webhook] = {}
        self.invites: dict[str, Invite] = {}
        self.commands: dict[int, Command] = {}
        self.interactions: dict[int, Interaction] = {}
        self.dispatched: list[Dispatch] = []
        self.last_sent: dict[tuple[int, int], float] = {}
        """(channel id, user id) -> monotonic time of the last message, for slowmode."""
        self._listeners: list[DispatchListener] = []
        self.bot = User(id=self.snowflakes.next(), username=bot_name, bot=True)
        self.users[self.bot.id] = self.bot
        self.application_id = self.bot.id
        self.owner = User(id=self.snowflakes.next(), username="developer")
        """The application's owner (a user outside every guild, as on Discord)."""
        self.users[self.owner.id] = self.owner
        self.verify_key = secrets.token_hex(32)
        self.bot_token = self._make_token(self.bot.id)

    @staticmethod
    def _make_token(user_id: int) -> str:
        head = base64.urlsafe_b64encode(str(user_id).encode()).decode().rstrip("=")
        return f"{head}.{secrets.token_urlsafe(4)}.{secrets.token_urlsafe(27)}"

    def new_id(self) -> int:
        return self.snowflakes.next()

    # -- events ---------------------------------------------------------------------------------------

    def subscribe(self, listener: DispatchListener) -> None:
        self._listeners.append(listener)

    def emit(
        self,
        name: str,
        data: JSONObject,
        *,
        guild_id: int | None,
        channel_id: int | None = None,
        user_ids: tuple[int, ...] = (),
    ) -> None:
        event = Dispatch(name, data, guild_id, channel_id, user_ids)
        self.dispatched.append(event)
        log.debug("dispatch %s guild=%s channel=%s", name, guild_id, channel_id)
        for listener in list(self._listeners):
            listener(event)

    # -- lookups that raise Discord's "Unknown ..." errors -----------------------------------------------

    def guild(self, guild_id: int) -> Guild:
        record = self.guilds.get(guild_id)
        if record is None:
            raise api_errors.unknown("Guild")
        return record

    def channel(self, channel_id: int) -> Channel:
        record = self.channels.get(channel_id)
        if record is None:
            raise api_errors.unknown("Channel")
        return record

    def user(self, user_id: int) -> User:
        record = self.users.get(user_id)
        if record is None:
            raise api_errors.unknown("User")
        return record

    def member(self, guild_id: int, user_id: int) -> Member:
        record = self.guild(guild_id).members.get(user_id)
        if record is None:
            raise api_errors.unknown("Member")
        return record

    def message(self, channel_id: int, message_id: int) -> Message:
        record = self.messages.get(channel_id, {}).get(message_id)
        if record is None:
            raise api_errors.unknown("Message")
        return record

    # -- permissions --------------------------------------------------------------------------------

    def guild_permissions(self, guild_id: int, user_id: int) -> int:
        """Guild-wide permissions of a member (0 when not a member)."""
        guild = self.guild(guild_id)
        member = guild.members.get(user_id)
        if member is None:
            return 0
        return int(
            compute_base_permissions(
                guild_id=guild.id,
                owner_id=guild.owner_id,
                member_id=user_id,
                member_role_ids=member.roles,
                roles=guild.roles.values(),
            )
        )

    def permissions_for(self, user_id: int, channel_id: int) -> int:
        """A user's effective permissions in a channel; threads use their parent's overwrites."""
        channel = self.channel(channel_id)
        if channel.guild_id is None:
            if user_id not in channel.recipient_ids:
                return 0
            return (
                Permission.VIEW_CHANNEL
                | Permission.SEND_MESSAGES
                | Permission.READ_MESSAGE_HISTORY
                | Permission.ADD_REACTIONS
                | Permission.EMBED_LINKS
                | Permission.ATTACH_FILES
                | Permission.USE_APPLICATION_COMMANDS
            ).value
        guild = self.guild(channel.guild_id)
        member = guild.members.get(user_id)
        if member is None:
            return 0
        source = channel
        if channel.type in ChannelType.THREADS and channel.parent_id in self.channels:
            source = self.channels[channel.parent_id]
        return int(
            compute_channel_permissions(
                guild_id=guild.id,
                owner_id=guild.owner_id,
                member_id=user_id,
                member_role_ids=member.roles,
                roles=guild.roles.values(),
                overwrites=source.overwrites,
                channel_type=channel.type,
                timed_out=_in_future(member.communication_disabled_until),
            )
        )

    def require(self, user_id: int, channel_id: int, permission: Permission) -> None:
        """Raise Missing Access without VIEW_CHANNEL, Missing Permissions without `permission`."""
        permissions = self.permissions_for(user_id, channel_id)
        if not permissions & Permission.VIEW_CHANNEL:
            raise api_errors.missing_access()
        if permissions & permission != permission:
            raise api_errors.missing_permissions()

    def require_guild(self, user_id: int, guild_id: int, permission: Permission) -> None:
        guild = self.guild(guild_id)
        if user_id not in guild.members:
            raise api_errors.missing_access()
        if self.guild_permissions(guild_id, user_id) & permission != permission:
            raise api_errors.missing_permissions()


def _in_future(timestamp: str | None) -> bool:
    if timestamp is None:
        return False
    try:
        return datetime.fromisoformat(timestamp) > datetime.now(UTC)
    except ValueError:
        return False
