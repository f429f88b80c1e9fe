"""`MessageManager`: messages by channel and id, sending, history."""

from __future__ import annotations

from collections.abc import Sequence

from echord._generated import models as m
from echord._support import UNSET, File, UnsetType
from echord.structures import HasId, HistoryCursor, Message, Paginator, PartialMessageable, snowflake
from echord.structures.sending import ComponentRequest, EmbedLike, MessageParts

from ._records import message_model, payload
from .base import Manager

__all__ = ["MessageManager"]


class MessageManager(Manager):
    """Messages: `get` (cache), `fetch` (REST, refreshing the cache), send, edit, delete, history."""

    __slots__ = ()

    async def get(self, channel: int | HasId, message: int | HasId) -> Message | None:
        """A cached message (recent messages only; see the cache's messages policy)."""
        cache = self._cache
        if cache is None:
            return None
        record = await cache.get_message(snowflake(channel), snowflake(message))
        if record is None:
            return None
        return Message(self._hub, message_model(record), guild_id=record.guild_id)

    async def fetch(
        self, channel: int | HasId, message: int | HasId, *, guild: int | HasId | None = None
    ) -> Message:
        """A message from Discord (`guild=` fills `Message.guild_id`, which REST bodies lack)."""
        data = await self._rest.get_message(snowflake(channel), snowflake(message))
        guild_id = None if guild is None else snowflake(guild)
        await self._remember(
            "MESSAGE_UPDATE", payload(data, **({} if guild_id is None else {"guild_id": int(guild_id)}))
        )
        return Message(self._hub, data, guild_id=guild_id)

    async def send(
        self,
        channel: int | HasId,
        content: str | UnsetType = UNSET,
        *,
        embeds: Sequence[EmbedLike] | UnsetType = UNSET,
        components: Sequence[ComponentRequest] | UnsetType = UNSET,
        files: Sequence[File] | None = None,
        allowed_mentions: m.MessageAllowedMentionsRequest | UnsetType = UNSET,
    ) -> Message:
        """Send a message to a channel by id (a channel structure's `send` takes every option)."""
        parts = MessageParts(content, embeds=embeds, components=components, allowed_mentions=allowed_mentions)
        return await PartialMessageable(self._hub, snowflake(channel)).send_parts(parts, files=files)

    async def edit(
        self,
        channel: int | HasId,
        message: int | HasId,
        content: str | UnsetType | None = UNSET,
        *,
        embeds: Sequence[EmbedLike] | UnsetType | None = UNSET,
        components: Sequence[ComponentRequest] | UnsetType | None = UNSET,
        files: Sequence[File] | None = None,
    ) -> Message:
        """Edit a message by id; only the arguments given are sent."""
        target = Message.partial(self._hub, snowflake(channel), snowflake(message))
        return await target.edit(content, embeds=embeds, components=components, files=files)

    async def delete(self, channel: int | HasId, message: int | HasId, *, reason: str | None = None) -> None:
        """Delete a message."""
        await self._rest.delete_message(snowflake(channel), snowflake(message), reason=reason)

    def history(
        self,
        channel: int | HasId,
        *,
        limit: int | None = 100,
        before: HistoryCursor | None = None,
        after: HistoryCursor | None = None,
        around: HistoryCursor | None = None,
        oldest_first: bool | None = None,
    ) -> Paginator[Message]:
        """A channel's history (see `Messageable.history` for the order and cursors)."""
        target = PartialMessageable(self._hub, snowflake(channel))
        return target.history(
            limit=limit, before=before, after=after, around=around, oldest_first=oldest_first
        )
