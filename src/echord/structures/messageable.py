"""What every channel that holds messages can do: send, history, typing, pins, bulk delete."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Sequence
from datetime import datetime
from types import TracebackType
from typing import TYPE_CHECKING

from echord._generated import models as m
from echord._support import UNSET, File, Snowflake, UnsetType
from echord.utils import snowflake_from_time

from .base import log
from .pagination import Page, Paginator
from .sending import ComponentRequest, EmbedLike, MessageParts, Referenceable
from .state import HasId, StructureState

if TYPE_CHECKING:
    from .message import Message

__all__ = ["HistoryCursor", "Messageable", "PartialMessageable", "Typing"]

HistoryCursor = int | HasId | datetime
"""A point in a channel's history: a message (or any id) or a time."""

_HISTORY_PAGE = 100
_PINS_PAGE = 50
_TYPING_EVERY = 8.0  # Discord shows typing for 10 s after each trigger


def _cursor(value: HistoryCursor, *, high: bool) -> Snowflake:
    if isinstance(value, datetime):
        return Snowflake(snowflake_from_time(value, high=high))
    return Snowflake(value if isinstance(value, int) else value.id)


class Typing:
    """`async with channel.typing():` shows "Bot is typing…" until the block ends.

    It triggers the indicator on entry, then every 8 seconds in a background task (Discord clears it after
    10 s or when the bot sends a message). A failed re-trigger is logged, not raised into the block.
    """

    __slots__ = ("_channel_id", "_state", "_task")

    def __init__(self, state: StructureState, channel_id: int) -> None:
        self._state = state
        self._channel_id = channel_id
        self._task: asyncio.Task[None] | None = None

    async def _keep_typing(self) -> None:
        while True:
            await asyncio.sleep(_TYPING_EVERY)
            try:
                await self._state.rest.trigger_typing_indicator(self._channel_id)
            except Exception:
                log.warning("typing indicator in channel %d failed", self._channel_id, exc_info=True)

    async def __aenter__(self) -> None:
        await self._state.rest.trigger_typing_indicator(self._channel_id)
        self._task = asyncio.create_task(self._keep_typing())

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None


class Messageable:
    """Mixin for channels with messages (text, voice and stage chat, threads, DMs).

    Needs `id`, `_state` and `_message_guild_id` from the class it is mixed into.
    """

    __slots__ = ()

    _state: StructureState

    if TYPE_CHECKING:

        @property
        def id(self) -> Snowflake: ...

    @property
    def _message_guild_id(self) -> int | None:
        return None

    def _message(self, data: m.MessageResponse) -> Message:
        from .message import Message

        return Message(self._state, data, guild_id=self._message_guild_id)

    async def send(
        self,
        content: str | UnsetType = UNSET,
        *,
        embed: EmbedLike | UnsetType = UNSET,
        embeds: Sequence[EmbedLike] | UnsetType = UNSET,
        components: Sequence[ComponentRequest] | UnsetType = UNSET,
        files: Sequence[File] | None = None,
        allowed_mentions: m.MessageAllowedMentionsRequest | UnsetType = UNSET,
        reply_to: Referenceable | m.MessageReferenceRequest | None = None,
        mention_author: bool | None = None,
        stickers: Sequence[int] = (),
        poll: m.PollCreateRequest | UnsetType = UNSET,
        tts: bool | UnsetType = UNSET,
        silent: bool = False,
        suppress_embeds: bool = False,
        nonce: int | str | UnsetType = UNSET,
        enforce_nonce: bool | UnsetType = UNSET,
    ) -> Message:
        """Send a message: text, embeds, components, files, a poll, stickers, or a reply to `reply_to`."""
        parts = MessageParts(
            content,
            embed=embed,
            embeds=embeds,
            components=components,
            allowed_mentions=allowed_mentions,
            tts=tts,
            poll=poll,
            silent=silent,
            suppress_embeds=suppress_embeds,
        )
        body = parts.create_request(
            reply_to=reply_to,
            mention_author=mention_author,
            stickers=stickers,
            nonce=nonce,
            enforce_nonce=enforce_nonce,
        )
        return self._message(await self._state.rest.create_message(self.id, body=body, files=files))

    async def send_parts(self, parts: MessageParts, *, files: Sequence[File] | None = None) -> Message:
        """Send already-normalised parts (what `User.send` and other senders build)."""
        return self._message(
            await self._state.rest.create_message(self.id, body=parts.create_request(), files=files)
        )

    def typing(self) -> Typing:
        """An async context manager that shows the bot typing while the block runs."""
        return Typing(self._state, self.id)

    async def fetch_message(self, message: int | HasId) -> Message:
        """One message by id, from Discord."""
        return self._message(await self._state.rest.get_message(self.id, _cursor(message, high=False)))

    async def get_message(self, message: int | HasId) -> Message | None:
        """One message by id, from the cache."""
        return await self._state.cached_message(self.id, _cursor(message, high=False))

    def history(
        self,
        *,
        limit: int | None = 100,
        before: HistoryCursor | None = None,
        after: HistoryCursor | None = None,
        around: HistoryCursor | None = None,
        oldest_first: bool | None = None,
    ) -> Paginator[Message]:
        """The channel's messages, fetched 100 at a time as the loop consumes them.

        - default: newest first, from the latest (or from `before`) backwards;
        - `after=`: oldest first, from just after `after` forwards (`before=` too: stops there);
        - `oldest_first=True` without `after`: from the channel's first message;
        - `around=`: one request of up to 100 messages around that point (newest first).
        `limit=None` walks the whole history.
        """
        if around is not None:
            if before is not None or after is not None:
                raise TypeError("around= cannot be combined with before= or after=")
            return self._history_around(_cursor(around, high=False), limit)
        if oldest_first is None:
            oldest_first = after is not None
        stop = None if before is None else _cursor(before, high=False)
        if oldest_first:
            start = Snowflake(0) if after is None else _cursor(after, high=True)
            return self._history_forwards(start, stop, limit)
        if after is not None:
            return self._history_backwards(stop, _cursor(after, high=True), limit)
        return self._history_backwards(stop, None, limit)

    def _history_around(self, point: Snowflake, limit: int | None) -> Paginator[Message]:
        async def page(remaining: int | None) -> Page[Message]:
            size = _HISTORY_PAGE if remaining is None else min(remaining, _HISTORY_PAGE)
            data = await self._state.rest.list_messages(self.id, around=point, limit=size)
            return Page([self._message(d) for d in data], more=False)

        return Paginator(page, limit=limit)

    def _history_backwards(
        self, before: Snowflake | None, floor: Snowflake | None, limit: int | None
    ) -> Paginator[Message]:
        cursor = [before]

        async def page(remaining: int | None) -> Page[Message]:
            size = _HISTORY_PAGE if remaining is None else min(remaining, _HISTORY_PAGE)
            data = await self._state.rest.list_messages(
                self.id, before=cursor[0] if cursor[0] is not None else UNSET, limit=size
            )
            data.sort(key=lambda d: d.id, reverse=True)
            full = len(data) == size
            if data:
                cursor[0] = data[-1].id
            if floor is not None:
                kept = [d for d in data if d.id > floor]
                full = full and len(kept) == len(data)
                data = kept
            return Page([self._message(d) for d in data], more=full)

        return Paginator(page, limit=limit)

    def _history_forwards(
        self, after: Snowflake, ceiling: Snowflake | None, limit: int | None
    ) -> Paginator[Message]:
        cursor = [after]

        async def page(remaining: int | None) -> Page[Message]:
            size = _HISTORY_PAGE if remaining is None else min(remaining, _HISTORY_PAGE)
            data = await self._state.rest.list_messages(self.id, after=cursor[0], limit=size)
            data.sort(key=lambda d: d.id)
            full = len(data) == size
            if data:
                cursor[0] = data[-1].id
            if ceiling is not None:
                kept = [d for d in data if d.id < ceiling]
                full = full and len(kept) == len(data)
                data = kept
            return Page([self._message(d) for d in data], more=full)

        return Paginator(page, limit=limit)

    def pins(self, *, limit: int | None = None) -> Paginator[Message]:
        """Pinned messages, most recently pinned first, fetched 50 at a time."""
        cursor: list[datetime] = []

        async def page(remaining: int | None) -> Page[Message]:
            size = _PINS_PAGE if remaining is None else max(1, min(remaining, _PINS_PAGE))
            data = await self._state.rest.list_pins(
                self.id, before=cursor[-1] if cursor else UNSET, limit=size
            )
            if data.items:
                cursor.append(data.items[-1].pinned_at)
            return Page([self._message(item.message) for item in data.items], more=data.has_more is True)

        return Paginator(page, limit=limit)

    async def delete_messages(self, messages: Sequence[int | HasId], *, reason: str | None = None) -> None:
        """Delete many messages: 2–100 in one bulk request, one alone with a single delete.

        Discord refuses bulk deletes of messages older than two weeks; delete those one by one.
        """
        ids = list(dict.fromkeys(_cursor(msg, high=False) for msg in messages))
        if not ids:
            return
        if len(ids) == 1:
            await self._state.rest.delete_message(self.id, ids[0], reason=reason)
            return
        for start in range(0, len(ids), 100):
            chunk = ids[start : start + 100]
            if len(chunk) == 1:
                await self._state.rest.delete_message(self.id, chunk[0], reason=reason)
            else:
                body = m.BulkDeleteMessagesRequest(messages=chunk)
                await self._state.rest.bulk_delete_messages(self.id, body=body, reason=reason)


class PartialMessageable(Messageable):
    """A channel known only by id (and guild): send, read history, type, without fetching the channel."""

    __slots__ = ("_guild_id", "_id", "_state")

    def __init__(self, state: StructureState, channel_id: int, *, guild_id: int | None = None) -> None:
        self._state = state
        self._id = Snowflake(channel_id)
        self._guild_id = None if guild_id is None else Snowflake(guild_id)

    def __repr__(self) -> str:
        return f"PartialMessageable(id={int(self._id)})"

    @property
    def id(self) -> Snowflake:
        """The channel's id."""
        return self._id

    @property
    def _message_guild_id(self) -> int | None:
        return self._guild_id
