"""`Message`: a message in a channel, and everything a bot does to one."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import TYPE_CHECKING

from echord._generated import models as m
from echord._support import UNSET, File, Snowflake, UnsetType
from echord.utils import MessageFlags

from .attachment import Attachment
from .base import Identified
from .component import Component
from .emoji import EmojiLike, reaction_name
from .messageable import PartialMessageable
from .pagination import Page, Paginator
from .poll import Poll
from .sending import ComponentRequest, EmbedLike, MessageParts
from .state import StructureState
from .user import User

if TYPE_CHECKING:
    from .channel import AnyChannel, Thread
    from .guild import Guild
    from .member import Member

__all__ = ["Message"]

_REACTIONS_PAGE = 100


class Message(Identified[m.MessageResponse]):
    """A message. `guild_id` is known for messages from gateway events and from guild channels' listings
    when the caller passes it; REST message bodies do not carry it."""

    __slots__ = ("guild_id",)

    def __init__(
        self, state: StructureState, data: m.MessageResponse, *, guild_id: int | None = None
    ) -> None:
        super().__init__(state, data)
        self.guild_id = None if guild_id is None else Snowflake(guild_id)

    @classmethod
    def partial(
        cls, state: StructureState, channel_id: int, message_id: int, *, guild_id: int | None = None
    ) -> Message:
        """A message known only by channel and id: enough for its API methods (reply, edit, react, pin…)."""
        data = m.MessageResponse(id=Snowflake(message_id), channel_id=Snowflake(channel_id))
        return cls(state, data, guild_id=guild_id)

    # fields

    @property
    def channel_id(self) -> Snowflake:
        """The channel (or thread) the message is in."""
        return self.data.channel_id

    @property
    def content(self) -> str:
        """The text (empty without the MESSAGE_CONTENT intent, except in DMs and mentions)."""
        return self.data.content or ""

    @property
    def author(self) -> User:
        """Who sent it (for webhook messages, the webhook's name and avatar)."""
        return User(self._state, self.data.author)

    @property
    def created_at(self) -> datetime:
        """When it was sent."""
        return self.data.timestamp

    @property
    def edited_at(self) -> datetime | None:
        """When it was last edited, or None."""
        return self.data.edited_timestamp or None

    @property
    def pinned(self) -> bool:
        """Whether it is pinned."""
        return self.data.pinned is True

    @property
    def flags(self) -> MessageFlags:
        """The message flags."""
        return MessageFlags(self.data.flags or 0)

    @property
    def attachments(self) -> list[Attachment]:
        """Its files."""
        return [Attachment(self._state, a) for a in self.data.attachments or ()]

    @property
    def embeds(self) -> list[m.MessageEmbedResponse]:
        """Its embeds as Discord sent them (`Embed.from_response` makes one to send on)."""
        return list(self.data.embeds or ())

    @property
    def components(self) -> list[Component]:
        """Its top-level components."""
        return [Component(c) for c in self.data.components or ()]

    @property
    def reactions(self) -> list[m.MessageReactionResponse]:
        """Its reactions with counts."""
        return list(self.data.reactions) if isinstance(self.data.reactions, list) else []

    @property
    def mentions(self) -> list[User]:
        """The users it mentions."""
        return [User(self._state, u) for u in self.data.mentions or ()]

    @property
    def poll(self) -> Poll | None:
        """Its poll, if it has one."""
        if not isinstance(self.data.poll, m.PollResponse):
            return None
        return Poll(self._state, self.data.poll, channel_id=self.channel_id, message_id=self.id)

    @property
    def jump_url(self) -> str:
        """A link that opens the message in Discord."""
        guild = "@me" if self.guild_id is None else str(int(self.guild_id))
        return f"https://discord.com/channels/{guild}/{int(self.channel_id)}/{int(self.id)}"

    def to_reference(self, *, fail_if_not_exists: bool = True) -> m.MessageReferenceRequest:
        """A reply reference to this message."""
        ref = m.MessageReferenceRequest(
            message_id=self.id, channel_id=self.channel_id, fail_if_not_exists=fail_if_not_exists
        )
        if self.guild_id is not None:
            ref.guild_id = self.guild_id
        return ref

    # related objects

    @property
    def channel(self) -> PartialMessageable:
        """The message's channel, ready to `send` or read `history` without a lookup."""
        return PartialMessageable(self._state, self.channel_id, guild_id=self.guild_id)

    async def get_channel(self) -> AnyChannel | None:
        """The message's channel from the cache."""
        return await self._state.cached_channel(self.channel_id, self.guild_id)

    async def fetch_channel(self) -> AnyChannel:
        """The message's channel from Discord."""
        from .channel import channel_from

        return channel_from(self._state, await self._state.rest.get_channel(self.channel_id))

    async def get_guild(self) -> Guild | None:
        """The message's guild from the cache (None for DMs or when not cached)."""
        return None if self.guild_id is None else await self._state.cached_guild(self.guild_id)

    async def get_member(self) -> Member | None:
        """The author as a member of the message's guild, from the cache."""
        if self.guild_id is None:
            return None
        return await self._state.cached_member(self.guild_id, self.data.author.id)

    # actions

    async def reply(
        self,
        content: str | UnsetType = UNSET,
        *,
        embed: EmbedLike | UnsetType = UNSET,
        embeds: Sequence[EmbedLike] | UnsetType = UNSET,
        components: Sequence[ComponentRequest] | UnsetType = UNSET,
        files: Sequence[File] | None = None,
        allowed_mentions: m.MessageAllowedMentionsRequest | UnsetType = UNSET,
        mention_author: bool | None = None,
        fail_if_not_exists: bool = True,
        silent: bool = False,
    ) -> Message:
        """Send a message in the same channel that replies to this one (`channel.send` with `reply_to=`)."""
        return await self.channel.send(
            content,
            embed=embed,
            embeds=embeds,
            components=components,
            files=files,
            allowed_mentions=allowed_mentions,
            reply_to=self.to_reference(fail_if_not_exists=fail_if_not_exists),
            mention_author=mention_author,
            silent=silent,
        )

    async def edit(
        self,
        content: str | UnsetType | None = UNSET,
        *,
        embed: EmbedLike | UnsetType | None = UNSET,
        embeds: Sequence[EmbedLike] | UnsetType | None = UNSET,
        components: Sequence[ComponentRequest] | UnsetType | None = UNSET,
        files: Sequence[File] | None = None,
        allowed_mentions: m.MessageAllowedMentionsRequest | UnsetType | None = UNSET,
        suppress_embeds: bool | UnsetType = UNSET,
    ) -> Message:
        """Change the message; only the arguments given are sent (None clears a field)."""
        parts = MessageParts(
            content, embed=embed, embeds=embeds, components=components, allowed_mentions=allowed_mentions
        )
        body = parts.edit_request()
        if isinstance(suppress_embeds, bool):
            flags = int(self.flags)
            body.flags = (
                flags | MessageFlags.SUPPRESS_EMBEDS
                if suppress_embeds
                else flags & ~MessageFlags.SUPPRESS_EMBEDS
            )
        data = await self._state.rest.update_message(self.channel_id, self.id, body=body, files=files)
        return Message(self._state, data, guild_id=self.guild_id)

    async def delete(self, *, reason: str | None = None) -> None:
        """Delete the message (someone else's needs MANAGE_MESSAGES)."""
        await self._state.rest.delete_message(self.channel_id, self.id, reason=reason)

    async def fetch(self) -> Message:
        """The message as Discord has it now."""
        data = await self._state.rest.get_message(self.channel_id, self.id)
        return Message(self._state, data, guild_id=self.guild_id)

    async def pin(self, *, reason: str | None = None) -> None:
        """Pin the message in its channel."""
        await self._state.rest.create_pin(self.channel_id, self.id, reason=reason)

    async def unpin(self, *, reason: str | None = None) -> None:
        """Unpin the message."""
        await self._state.rest.delete_pin(self.channel_id, self.id, reason=reason)

    async def crosspost(self) -> Message:
        """Publish a message of an announcement channel to the channels following it."""
        data = await self._state.rest.crosspost_message(self.channel_id, self.id)
        return Message(self._state, data, guild_id=self.guild_id)

    async def add_reaction(self, emoji: EmojiLike) -> None:
        """React as the bot: a unicode emoji, `name:id`, `<:name:id>` or an `Emoji`."""
        await self._state.rest.add_my_message_reaction(self.channel_id, self.id, reaction_name(emoji))

    async def remove_reaction(self, emoji: EmojiLike, user: int | User | None = None) -> None:
        """Remove the bot's reaction, or `user`'s (that needs MANAGE_MESSAGES)."""
        name = reaction_name(emoji)
        if user is None:
            await self._state.rest.delete_my_message_reaction(self.channel_id, self.id, name)
        else:
            user_id = user.id if isinstance(user, User) else Snowflake(user)
            await self._state.rest.delete_user_message_reaction(self.channel_id, self.id, name, user_id)

    async def clear_reactions(self, emoji: EmojiLike | None = None) -> None:
        """Remove every reaction, or every reaction with `emoji`."""
        if emoji is None:
            await self._state.rest.delete_all_message_reactions(self.channel_id, self.id)
        else:
            await self._state.rest.delete_all_message_reactions_by_emoji(
                self.channel_id, self.id, reaction_name(emoji)
            )

    def reaction_users(
        self, emoji: EmojiLike, *, limit: int | None = None, burst: bool = False
    ) -> Paginator[User]:
        """Who reacted with `emoji`, in id order, fetched 100 at a time (`burst=True`: super reactions)."""
        name = reaction_name(emoji)
        cursor: list[Snowflake] = []

        async def page(remaining: int | None) -> Page[User]:
            size = _REACTIONS_PAGE if remaining is None else min(remaining, _REACTIONS_PAGE)
            data = await self._state.rest.list_message_reactions_by_emoji(
                self.channel_id,
                self.id,
                name,
                after=cursor[-1] if cursor else UNSET,
                limit=size,
                type=1 if burst else 0,
            )
            users = [User(self._state, u) for u in data]
            if users:
                cursor.append(max(u.id for u in users))
            return Page(users, more=len(users) == size)

        return Paginator(page, limit=limit)

    async def create_thread(
        self,
        name: str,
        *,
        auto_archive_duration: int | UnsetType = UNSET,
        slowmode: int | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Thread:
        """Start a thread from this message (in a text or announcement channel)."""
        from .channel import Thread, channel_from

        body = m.CreateTextThreadWithMessageRequest(
            name=name, auto_archive_duration=auto_archive_duration, rate_limit_per_user=slowmode
        )
        data = await self._state.rest.create_thread_from_message(
            self.channel_id, self.id, body=body, reason=reason
        )
        thread = channel_from(self._state, data)
        if not isinstance(thread, Thread):
            raise TypeError(f"Discord answered a thread creation with a {type(thread).__name__}")
        return thread
