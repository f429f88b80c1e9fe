"""Channels: one class per kind, chosen from the channel `type` by `channel_from`.

    Channel
    ├── GuildChannel ── TextChannel ── AnnouncementChannel
    │                ├── VoiceChannel ── StageChannel
    │                ├── CategoryChannel, DirectoryChannel
    │                ├── ForumChannel ── MediaChannel
    │                └── Thread (public, private, announcement threads)
    ├── DMChannel, GroupDMChannel
    └── UnknownChannel (a type this version does not know)

Text, voice, stage, thread and DM channels also get `Messageable` (send, history, typing, pins).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING, ClassVar, Generic, TypeAlias, TypeVar

import msgspec

from echord._generated import models as m
from echord._support import UNSET, File, Snowflake, UnknownVariant, UnsetType
from echord.utils import ChannelFlags, Permissions, channel_mention, parse_permissions

from .base import Identified, unknown_variant
from .messageable import Messageable
from .pagination import Page, Paginator
from .sending import ComponentRequest, EmbedLike, MessageParts
from .state import HasId, StructureState, VoiceConnecting, snowflake
from .user import User

if TYPE_CHECKING:
    from echord.voice import VoiceClient

    from .guild import Guild
    from .invite import Invite
    from .stage_instance import StageInstance
    from .thread_member import ThreadMember
    from .webhook import Webhook

__all__ = [
    "AnnouncementChannel",
    "CategoryChannel",
    "Channel",
    "ChannelData",
    "DMChannel",
    "DirectoryChannel",
    "ForumChannel",
    "GroupDMChannel",
    "GuildChannel",
    "MediaChannel",
    "StageChannel",
    "TextChannel",
    "Thread",
    "UnknownChannel",
    "VoiceChannel",
    "channel_from",
]

ChannelData: TypeAlias = (
    "m.GuildChannelResponse | m.ThreadResponse | m.PrivateChannelResponse | m.PrivateGroupChannelResponse | "
    "m.CreatedThreadResponse | m.UnknownTypeInt"
)
"""Every shape a channel arrives in from REST or the gateway."""

C = TypeVar(
    "C",
    bound="m.GuildChannelResponse | m.ThreadResponse | m.PrivateChannelResponse | m.PrivateGroupChannelResponse",
)
G = TypeVar("G", bound="m.GuildChannelResponse | m.ThreadResponse")

_THREADS_PAGE = 100


class Channel(Identified[C], Generic[C]):
    """Any channel: an id, a kind, a mention; delete and refetch."""

    __slots__ = ()

    channel_type: ClassVar[int] = -1
    """The Discord channel type this class stands for."""

    @property
    def type(self) -> int:
        """The channel type (0 text, 2 voice, 4 category, 5 announcement, 10–12 threads, 13 stage, 15 forum,
        16 media; 1 DM, 3 group DM)."""
        return self.channel_type

    @property
    def mention(self) -> str:
        """`<#id>`."""
        return channel_mention(self.id)

    @property
    def flags(self) -> ChannelFlags:
        """The channel flags (pinned thread, require tag, …)."""
        return ChannelFlags(self.data.flags or 0)

    async def fetch(self) -> AnyChannel:
        """The channel as Discord has it now."""
        return channel_from(self._state, await self._state.rest.get_channel(self.id))

    async def delete(self, *, reason: str | None = None) -> None:
        """Delete the channel (closing a DM only hides it)."""
        await self._state.rest.delete_channel(self.id, reason=reason)


class GuildChannel(Channel[G]):
    """A channel or thread of a guild: name, position, permission overwrites, invites and webhooks."""

    __slots__ = ()

    @property
    def guild_id(self) -> Snowflake:
        """The guild the channel belongs to."""
        return self.data.guild_id

    @property
    def _message_guild_id(self) -> int | None:
        return self.data.guild_id

    @property
    def name(self) -> str:
        """The channel's name."""
        return self.data.name

    @property
    def parent_id(self) -> Snowflake | None:
        """The category (for a channel) or parent channel (for a thread), if any."""
        return self.data.parent_id if isinstance(self.data.parent_id, int) else None

    async def get_guild(self) -> Guild | None:
        """The channel's guild from the cache."""
        return await self._state.cached_guild(self.guild_id)

    async def fetch_guild(self) -> Guild:
        """The channel's guild from Discord."""
        from .guild import Guild

        return Guild(self._state, await self._state.rest.get_guild(self.guild_id))

    async def create_invite(
        self,
        *,
        max_age: int | UnsetType = UNSET,
        max_uses: int | UnsetType = UNSET,
        temporary: bool | UnsetType = UNSET,
        unique: bool | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Invite:
        """A new invite to this channel (`max_age` seconds, 0 = never expires)."""
        from .invite import Invite

        body = m.CreateGuildInviteRequest(
            max_age=max_age, max_uses=max_uses, temporary=temporary, unique=unique
        )
        data = await self._state.rest.create_channel_invite(self.id, body=body, reason=reason)
        if data is None:
            raise ValueError("Discord returned no invite")
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return Invite(self._state, data)

    async def invites(self) -> list[Invite]:
        """The channel's active invites."""
        from .invite import Invite

        return [
            Invite(self._state, d)
            for d in await self._state.rest.list_channel_invites(self.id)
            if d is not None and not isinstance(d, UnknownVariant)
        ]


class _Configurable(GuildChannel[m.GuildChannelResponse]):
    """A non-thread guild channel: overwrites, position, category, webhooks, the common edit."""

    __slots__ = ()

    @property
    def position(self) -> int:
        """Its sort position in the channel list."""
        return self.data.position

    @property
    def permission_overwrites(self) -> list[m.ChannelPermissionOverwriteResponse]:
        """Its permission overwrites, as Discord sent them."""
        return (
            list(self.data.permission_overwrites) if isinstance(self.data.permission_overwrites, list) else []
        )

    async def edit(
        self,
        *,
        name: str | UnsetType = UNSET,
        position: int | UnsetType | None = UNSET,
        topic: str | UnsetType | None = UNSET,
        nsfw: bool | UnsetType | None = UNSET,
        slowmode: int | UnsetType | None = UNSET,
        category: int | HasId | UnsetType | None = UNSET,
        bitrate: int | UnsetType | None = UNSET,
        user_limit: int | UnsetType | None = UNSET,
        rtc_region: str | UnsetType | None = UNSET,
        reason: str | None = None,
    ) -> GuildChannel[m.GuildChannelResponse]:
        """Change the channel; only the arguments given are sent. Returns the channel as edited."""
        body = m.UpdateGuildChannelRequestPartial(
            name=name,
            position=position,
            topic=topic,
            nsfw=nsfw,
            rate_limit_per_user=slowmode,
            parent_id=category
            if category is None or isinstance(category, UnsetType)
            else snowflake(category),
            bitrate=bitrate,
            user_limit=user_limit,
            rtc_region=rtc_region,
        )
        data = await self._state.rest.update_channel(self.id, body=body, reason=reason)
        channel = channel_from(self._state, data)
        if not isinstance(channel, _Configurable):
            raise TypeError(f"Discord answered a channel edit with a {type(channel).__name__}")
        return channel

    async def set_permissions(
        self,
        target: int | HasId,
        *,
        allow: Permissions | int = 0,
        deny: Permissions | int = 0,
        member: bool | None = None,
        reason: str | None = None,
    ) -> None:
        """Set the overwrite of a role or member (`member=True` for a user id; a `Member` is detected)."""
        from .member import Member

        is_member = isinstance(target, Member) if member is None else member
        body = m.SetChannelPermissionOverwriteRequest(
            type=1 if is_member else 0, allow=int(allow), deny=int(deny)
        )
        await self._state.rest.set_channel_permission_overwrite(
            self.id, snowflake(target), body=body, reason=reason
        )

    async def delete_permissions(self, target: int | HasId, *, reason: str | None = None) -> None:
        """Remove the overwrite of a role or member."""
        await self._state.rest.delete_channel_permission_overwrite(self.id, snowflake(target), reason=reason)

    def overwrite_for(self, target: int | HasId) -> tuple[Permissions, Permissions]:
        """(allow, deny) of the overwrite for a role or member; (NONE, NONE) when there is none."""
        target_id = snowflake(target)
        for ow in self.permission_overwrites:
            if ow.id == target_id:
                return parse_permissions(ow.allow), parse_permissions(ow.deny)
        return Permissions.NONE, Permissions.NONE

    async def webhooks(self) -> list[Webhook]:
        """The channel's webhooks."""
        from .webhook import Webhook

        data = await self._state.rest.list_channel_webhooks(self.id)
        return [Webhook(self._state, d) for d in data if not isinstance(d, UnknownVariant)]

    async def create_webhook(
        self, name: str, *, avatar: str | None = None, reason: str | None = None
    ) -> Webhook:
        """A new incoming webhook (`avatar` is a data URI: `echord.utils.image_data_uri(png_bytes)`)."""
        from .webhook import Webhook

        body = m.CreateWebhookRequest(name=name, avatar=avatar)
        return Webhook(self._state, await self._state.rest.create_webhook(self.id, body=body, reason=reason))


class _ThreadParent(_Configurable):
    """A channel threads can be created in: listing its archived threads."""

    __slots__ = ()

    def archived_threads(
        self,
        *,
        private: bool = False,
        joined: bool = False,
        limit: int | None = 50,
        before: datetime | None = None,
    ) -> Paginator[Thread]:
        """Archived threads, most recently archived first, fetched 100 at a time.

        `private=True` lists private ones (needs MANAGE_THREADS); `joined=True` only the private ones the
        bot has joined.
        """
        rest = self._state.rest
        time_cursor: list[datetime] = [before] if before is not None else []
        id_cursor: list[Snowflake] = []

        async def page(remaining: int | None) -> Page[Thread]:
            size = _THREADS_PAGE if remaining is None else max(1, min(remaining, _THREADS_PAGE))
            if joined:
                data = await rest.list_my_private_archived_threads(
                    self.id, before=id_cursor[-1] if id_cursor else UNSET, limit=size
                )
            elif private:
                data = await rest.list_private_archived_threads(
                    self.id, before=time_cursor[-1] if time_cursor else UNSET, limit=size
                )
            else:
                data = await rest.list_public_archived_threads(
                    self.id, before=time_cursor[-1] if time_cursor else UNSET, limit=size
                )
            threads = [Thread(self._state, t) for t in data.threads]
            if threads:
                last = threads[-1]
                id_cursor.append(last.id)
                stamp = last.data.thread_metadata.archive_timestamp
                if stamp is not None:
                    time_cursor.append(stamp)
            return Page(threads, more=data.has_more is True)

        return Paginator(page, limit=limit)


class TextChannel(_ThreadParent, Messageable):
    """A text channel (type 0)."""

    __slots__ = ()
    channel_type = 0

    @classmethod
    def partial(cls, state: StructureState, channel_id: int, guild_id: int) -> TextChannel:
        """A text channel known only by id: enough to send, read history, create threads."""
        data = m.GuildChannelResponseGuildText(id=Snowflake(channel_id), guild_id=Snowflake(guild_id))
        return cls(state, data)

    @property
    def topic(self) -> str | None:
        """The channel topic."""
        return self.data.topic if isinstance(self.data.topic, str) else None

    @property
    def nsfw(self) -> bool:
        """Whether it is age-restricted."""
        return self.data.nsfw is True

    @property
    def slowmode(self) -> int:
        """Seconds a member waits between messages (0: off)."""
        return self.data.rate_limit_per_user if isinstance(self.data.rate_limit_per_user, int) else 0

    async def create_thread(
        self,
        name: str,
        *,
        private: bool = False,
        invitable: bool | UnsetType = UNSET,
        auto_archive_duration: int | UnsetType = UNSET,
        slowmode: int | UnsetType = UNSET,
        message: int | HasId | None = None,
        reason: str | None = None,
    ) -> Thread:
        """A new thread: from `message` when given, else a standalone public (or `private`) thread."""
        rest = self._state.rest
        if message is not None:
            body_from = m.CreateTextThreadWithMessageRequest(
                name=name, auto_archive_duration=auto_archive_duration, rate_limit_per_user=slowmode
            )
            data: ChannelData = await rest.create_thread_from_message(
                self.id, snowflake(message), body=body_from, reason=reason
            )
        else:
            kind = 12 if private else (10 if self.channel_type == 5 else 11)
            body = m.CreateTextThreadWithoutMessageRequest(
                name=name,
                type=kind,
                invitable=invitable,
                auto_archive_duration=auto_archive_duration,
                rate_limit_per_user=slowmode,
            )
            data = await rest.create_thread(self.id, body=body, reason=reason)
        return _as_thread(self._state, data)


class AnnouncementChannel(TextChannel):
    """An announcement channel (type 5): other servers can follow it; messages can be crossposted."""

    __slots__ = ()
    channel_type = 5

    async def follow(self, into: int | HasId, *, reason: str | None = None) -> m.ChannelFollowerResponse:
        """Follow this channel into another (text) channel; returns the webhook link Discord made."""
        body = m.FollowChannelRequest(webhook_channel_id=snowflake(into))
        return await self._state.rest.follow_channel(self.id, body=body, reason=reason)


class VoiceChannel(_Configurable, Messageable):
    """A voice channel (type 2), with its text chat."""

    __slots__ = ()
    channel_type = 2

    @property
    def bitrate(self) -> int:
        """Audio bitrate in bits per second."""
        return self.data.bitrate if isinstance(self.data.bitrate, int) else 64000

    @property
    def user_limit(self) -> int:
        """At most this many users (0: no limit)."""
        return self.data.user_limit if isinstance(self.data.user_limit, int) else 0

    @property
    def rtc_region(self) -> str | None:
        """The voice region, None for automatic."""
        return self.data.rtc_region if isinstance(self.data.rtc_region, str) else None

    async def set_status(self, status: str | None, *, reason: str | None = None) -> None:
        """The voice channel status shown under its name (None clears it)."""
        body = m.UpdateVoiceChannelStatusRequest(status=status)
        await self._state.rest.update_voice_channel_status(self.id, body=body, reason=reason)

    async def connect(self, *, self_mute: bool = False, self_deaf: bool = False) -> VoiceClient:
        """Join this channel and return the live `echord.voice.VoiceClient` (needs the voice extra and the
        GUILD_VOICE_STATES intent). With a connection in this guild already, it moves there and returns the
        same client. Leave with `await voice_client.disconnect()`.

        In a stage channel the bot joins as audience (suppressed) until it is made a speaker.
        """
        state = self._state
        if not isinstance(state, VoiceConnecting):
            raise RuntimeError(
                "this channel's state cannot join voice; get the channel from an echord.Client"
            )
        return await state.connect_voice(self.guild_id, self.id, self_mute=self_mute, self_deaf=self_deaf)


class StageChannel(VoiceChannel):
    """A stage channel (type 13): speakers and an audience; a stage instance holds its live topic."""

    __slots__ = ()
    channel_type = 13

    async def start(
        self, topic: str, *, send_start_notification: bool | UnsetType = UNSET, reason: str | None = None
    ) -> StageInstance:
        """Go live: create the stage instance with `topic`."""
        from .stage_instance import StageInstance

        body = m.CreateStageInstanceRequest(
            topic=topic, channel_id=self.id, send_start_notification=send_start_notification
        )
        return StageInstance(
            self._state, await self._state.rest.create_stage_instance(body=body, reason=reason)
        )

    async def fetch_instance(self) -> StageInstance:
        """The live stage instance (NotFound when the stage is not live)."""
        from .stage_instance import StageInstance

        return StageInstance(self._state, await self._state.rest.get_stage_instance(self.id))


class CategoryChannel(_Configurable):
    """A category (type 4): groups channels; `create_channel` on the guild takes `category=`."""

    __slots__ = ()
    channel_type = 4


class DirectoryChannel(_Configurable):
    """A hub directory channel (type 14)."""

    __slots__ = ()
    channel_type = 14


class ForumChannel(_ThreadParent):
    """A forum (type 15): every post is a thread that starts with a message."""

    __slots__ = ()
    channel_type = 15

    @property
    def available_tags(self) -> list[m.ForumTagResponse]:
        """The tags posts can carry."""
        return list(self.data.available_tags) if isinstance(self.data.available_tags, list) else []

    async def create_post(
        self,
        name: str,
        content: str | UnsetType = UNSET,
        *,
        embeds: Sequence[EmbedLike] | UnsetType = UNSET,
        components: Sequence[ComponentRequest] | UnsetType = UNSET,
        files: Sequence[File] | None = None,
        tags: Sequence[int | HasId] = (),
        auto_archive_duration: int | UnsetType = UNSET,
        slowmode: int | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Thread:
        """A new post: a thread named `name` whose first message has `content`/`embeds`/`files`."""
        parts = MessageParts(content, embeds=embeds, components=components)
        message = m.BaseCreateMessageCreateRequest(
            content=parts.content, embeds=parts.embeds, components=parts.components
        )
        body = m.CreateForumThreadRequest(
            name=name,
            message=message,
            applied_tags=[snowflake(t) for t in tags] if tags else UNSET,
            auto_archive_duration=auto_archive_duration,
            rate_limit_per_user=slowmode,
        )
        data = await self._state.rest.create_thread(self.id, body=body, files=files, reason=reason)
        return _as_thread(self._state, data)


class MediaChannel(ForumChannel):
    """A media channel (type 16): a forum for images and videos."""

    __slots__ = ()
    channel_type = 16


class Thread(GuildChannel[m.ThreadResponse], Messageable):
    """A thread (types 10 announcement, 11 public, 12 private) or a forum post."""

    __slots__ = ()

    @classmethod
    def partial(cls, state: StructureState, thread_id: int, guild_id: int) -> Thread:
        """A thread known only by id: enough for its API methods."""
        data = m.ThreadResponsePublicThread(id=Snowflake(thread_id), guild_id=Snowflake(guild_id))
        return cls(state, data)

    @property
    def type(self) -> int:
        """10, 11 or 12."""
        return self.data.type

    @property
    def owner_id(self) -> Snowflake:
        """Who started the thread."""
        return self.data.owner_id

    @property
    def archived(self) -> bool:
        """Whether it is archived (sending a message unarchives it unless locked)."""
        return self.data.thread_metadata.archived is True

    @property
    def locked(self) -> bool:
        """Whether only moderators can unarchive it."""
        return self.data.thread_metadata.locked is True

    @property
    def private(self) -> bool:
        """Whether it is a private thread."""
        return self.data.type == 12

    @property
    def applied_tags(self) -> list[Snowflake]:
        """The forum tags on this post."""
        return list(self.data.applied_tags) if isinstance(self.data.applied_tags, list) else []

    async def edit(
        self,
        *,
        name: str | UnsetType = UNSET,
        archived: bool | UnsetType = UNSET,
        locked: bool | UnsetType = UNSET,
        invitable: bool | UnsetType = UNSET,
        auto_archive_duration: int | UnsetType = UNSET,
        slowmode: int | UnsetType = UNSET,
        tags: Sequence[int | HasId] | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Thread:
        """Rename, archive, lock or retag the thread; only the arguments given are sent."""
        body = m.UpdateThreadRequestPartial(
            name=name,
            archived=archived,
            locked=locked,
            invitable=invitable,
            auto_archive_duration=auto_archive_duration,
            rate_limit_per_user=slowmode,
            applied_tags=[snowflake(t) for t in tags] if not isinstance(tags, UnsetType) else UNSET,
        )
        return _as_thread(
            self._state, await self._state.rest.update_channel(self.id, body=body, reason=reason)
        )

    async def join(self) -> None:
        """Add the bot to the thread."""
        await self._state.rest.join_thread(self.id)

    async def leave(self) -> None:
        """Remove the bot from the thread."""
        await self._state.rest.leave_thread(self.id)

    async def add_member(self, user: int | HasId) -> None:
        """Add someone to the thread."""
        await self._state.rest.add_thread_member(self.id, snowflake(user))

    async def remove_member(self, user: int | HasId) -> None:
        """Remove someone from the thread."""
        await self._state.rest.delete_thread_member(self.id, snowflake(user))

    async def fetch_member(self, user: int | HasId, *, with_member: bool = False) -> ThreadMember:
        """One member of the thread."""
        from .thread_member import ThreadMember

        data = await self._state.rest.get_thread_member(
            self.id, snowflake(user), with_member=with_member or UNSET
        )
        return ThreadMember(self._state, data, guild_id=self.guild_id)

    def members(self, *, limit: int | None = None, with_member: bool = False) -> Paginator[ThreadMember]:
        """The thread's members in user-id order, fetched 100 at a time."""
        from .thread_member import ThreadMember

        cursor: list[Snowflake] = []

        async def page(remaining: int | None) -> Page[ThreadMember]:
            size = _THREADS_PAGE if remaining is None else min(remaining, _THREADS_PAGE)
            data = await self._state.rest.list_thread_members(
                self.id,
                with_member=with_member if with_member else UNSET,
                after=cursor[-1] if cursor else UNSET,
                limit=size,
            )
            members = [ThreadMember(self._state, d, guild_id=self.guild_id) for d in data]
            if members:
                cursor.append(max(mb.user_id for mb in members))
            return Page(members, more=len(members) == size)

        return Paginator(page, limit=limit)


class DMChannel(Channel[m.PrivateChannelResponse], Messageable):
    """A direct-message channel with one user (type 1)."""

    __slots__ = ()
    channel_type = 1

    @property
    def recipient(self) -> User | None:
        """The other user."""
        recipients = self.data.recipients or []
        return User(self._state, recipients[0]) if recipients else None


class GroupDMChannel(Channel[m.PrivateGroupChannelResponse], Messageable):
    """A group DM (type 3)."""

    __slots__ = ()
    channel_type = 3

    @property
    def name(self) -> str | None:
        """The group's name, if set."""
        return self.data.name or None

    @property
    def recipients(self) -> list[User]:
        """The other users."""
        return [User(self._state, u) for u in self.data.recipients or ()]


class UnknownChannel(GuildChannel[m.GuildChannelResponse]):
    """A guild channel of a type this version does not know: the common fields, `type` as Discord sent it."""

    __slots__ = ("_type",)

    def __init__(self, state: StructureState, data: m.GuildChannelResponse, *, channel_type: int) -> None:
        super().__init__(state, data)
        self._type = channel_type

    @property
    def type(self) -> int:
        """The type Discord sent."""
        return self._type


_GUILD_CLASSES: dict[type[m.GuildChannelResponse], type[_Configurable]] = {
    m.GuildChannelResponseGuildText: TextChannel,
    m.GuildChannelResponseGuildVoice: VoiceChannel,
    m.GuildChannelResponseGuildCategory: CategoryChannel,
    m.GuildChannelResponseGuildAnnouncement: AnnouncementChannel,
    m.GuildChannelResponseGuildStageVoice: StageChannel,
    m.GuildChannelResponseGuildDirectory: DirectoryChannel,
    m.GuildChannelResponseGuildForum: ForumChannel,
    m.GuildChannelResponseGuildMedia: MediaChannel,
}

_THREAD_MODELS: dict[int, type[m.ThreadResponse]] = {
    10: m.ThreadResponseAnnouncementThread,
    11: m.ThreadResponsePublicThread,
    12: m.ThreadResponsePrivateThread,
}


def _convert(raw: object, tp: type[msgspec.Struct]) -> msgspec.Struct:
    return msgspec.convert(raw, tp, dec_hook=lambda t, v: t(v), strict=False)


AnyChannel: TypeAlias = "TextChannel | AnnouncementChannel | VoiceChannel | StageChannel | CategoryChannel | DirectoryChannel | ForumChannel | MediaChannel | Thread | DMChannel | GroupDMChannel | UnknownChannel"


def channel_from(state: StructureState, data: ChannelData) -> AnyChannel:
    """The structure for a channel payload, by its type: `TextChannel`, `Thread`, `DMChannel`, …"""
    if isinstance(data, m.ThreadResponse):
        return Thread(state, data)
    if isinstance(data, m.GuildChannelResponse):
        cls = _GUILD_CLASSES.get(type(data))
        if cls is None:
            return UnknownChannel(state, data, channel_type=-1)
        return cls(state, data)  # type: ignore[return-value]
    if isinstance(data, m.PrivateGroupChannelResponse):
        return GroupDMChannel(state, data)
    if isinstance(data, m.PrivateChannelResponse):
        return DMChannel(state, data)
    if isinstance(data, m.CreatedThreadResponse):
        return _as_thread(state, data)
    raw = dict(data.data)
    kind = raw.get("type")
    if kind in _THREAD_MODELS:
        thread = _convert(raw, _THREAD_MODELS[kind])
        assert isinstance(thread, m.ThreadResponse)
        return Thread(state, thread)
    base = _convert(raw, m.GuildChannelResponse)
    assert isinstance(base, m.GuildChannelResponse)
    if kind == MediaChannel.channel_type:
        return MediaChannel(state, base)
    return UnknownChannel(state, base, channel_type=kind if isinstance(kind, int) else -1)


def _as_thread(state: StructureState, data: ChannelData) -> Thread:
    if isinstance(data, m.CreatedThreadResponse):
        model = _THREAD_MODELS.get(data.type, m.ThreadResponsePublicThread)
        converted = _convert(msgspec.to_builtins(data, enc_hook=int), model)
        assert isinstance(converted, m.ThreadResponse)
        return Thread(state, converted)
    channel = channel_from(state, data)
    if not isinstance(channel, Thread):
        raise TypeError(f"Discord answered a thread request with a {type(channel).__name__}")
    return channel
