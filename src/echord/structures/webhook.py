"""`Webhook`: post as a custom name and avatar into a channel, with or without the bot's token."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeAlias

from echord._generated import models as m
from echord._support import UNSET, File, Snowflake, UnknownVariant, UnsetType

from .base import Identified, unknown_variant
from .sending import ComponentRequest, EmbedLike, MessageParts
from .state import HasId, StructureState, snowflake

if TYPE_CHECKING:
    from .message import Message

__all__ = ["Webhook", "WebhookData"]

WebhookData: TypeAlias = (
    "m.GuildIncomingWebhookResponse | m.ChannelFollowerWebhookResponse | m.ApplicationIncomingWebhookResponse"
)


class Webhook(Identified[WebhookData]):
    """A webhook. Incoming webhooks created by the bot carry a `token`: `send` needs it."""

    __slots__ = ()

    @classmethod
    def partial(cls, state: StructureState, webhook_id: int, token: str | None = None) -> Webhook:
        """A webhook known by id (and token, to send): no fetch needed."""
        data = m.GuildIncomingWebhookResponse(id=Snowflake(webhook_id))
        if token is not None:
            data.token = token
        return cls(state, data)

    @classmethod
    def from_url(cls, state: StructureState, url: str) -> Webhook:
        """A webhook from its URL (`https://discord.com/api/webhooks/<id>/<token>`)."""
        parts = url.rstrip("/").split("/")
        if len(parts) < 2 or not parts[-2].isdigit():
            raise ValueError("not a webhook URL")
        return cls.partial(state, int(parts[-2]), parts[-1])

    @property
    def name(self) -> str:
        """The default name its messages show."""
        return self.data.name

    @property
    def token(self) -> str | None:
        """The secret token (only for incoming webhooks, and only to their creator)."""
        token = getattr(self.data, "token", None)
        return token if isinstance(token, str) else None

    @property
    def channel_id(self) -> Snowflake | None:
        """The channel it posts in."""
        return self.data.channel_id

    def _token(self) -> str:
        token = self.token
        if token is None:
            raise ValueError("this webhook has no token: only incoming webhooks fetched by their creator do")
        return token

    async def send(
        self,
        content: str | UnsetType = UNSET,
        *,
        embed: EmbedLike | UnsetType = UNSET,
        embeds: Sequence[EmbedLike] | UnsetType = UNSET,
        components: Sequence[ComponentRequest] | UnsetType = UNSET,
        files: Sequence[File] | None = None,
        allowed_mentions: m.MessageAllowedMentionsRequest | UnsetType = UNSET,
        username: str | UnsetType = UNSET,
        avatar_url: str | UnsetType = UNSET,
        thread: int | HasId | None = None,
        thread_name: str | UnsetType = UNSET,
        tts: bool | UnsetType = UNSET,
        wait: bool = True,
    ) -> Message | None:
        """Post a message (with `wait=True`, the default, Discord returns it; else None)."""
        from .message import Message

        parts = MessageParts(
            content,
            embed=embed,
            embeds=embeds,
            components=components,
            allowed_mentions=allowed_mentions,
            tts=tts,
        )
        body = parts.webhook_request(username=username, avatar_url=avatar_url, thread_name=thread_name)
        data = await self._state.rest.execute_webhook(
            self.id,
            self._token(),
            body=body,
            wait=wait,
            thread_id=_thread_id(thread),
            files=files,
        )
        return None if data is None else Message(self._state, data)

    async def edit_message(
        self,
        message: int | HasId,
        content: str | UnsetType | None = UNSET,
        *,
        embeds: Sequence[EmbedLike] | UnsetType | None = UNSET,
        components: Sequence[ComponentRequest] | UnsetType | None = UNSET,
        files: Sequence[File] | None = None,
        thread: int | HasId | None = None,
    ) -> Message:
        """Edit a message this webhook sent."""
        from .message import Message

        body = MessageParts(content, embeds=embeds, components=components).webhook_edit_request()
        data = await self._state.rest.update_webhook_message(
            self.id,
            self._token(),
            snowflake(message),
            body=body,
            thread_id=_thread_id(thread),
            files=files,
        )
        return Message(self._state, data)

    async def delete_message(self, message: int | HasId, *, thread: int | HasId | None = None) -> None:
        """Delete a message this webhook sent."""
        await self._state.rest.delete_webhook_message(
            self.id,
            self._token(),
            snowflake(message),
            thread_id=_thread_id(thread),
        )

    async def edit(
        self,
        *,
        name: str | UnsetType = UNSET,
        avatar: str | UnsetType | None = UNSET,
        channel: int | HasId | UnsetType = UNSET,
        reason: str | None = None,
    ) -> Webhook:
        """Rename it, change its avatar (a data URI) or move it to another channel."""
        body = m.UpdateWebhookRequest(
            name=name,
            avatar=avatar,
            channel_id=channel if isinstance(channel, UnsetType) else snowflake(channel),
        )
        data = await self._state.rest.update_webhook(self.id, body=body, reason=reason)
        if isinstance(data, UnknownVariant):
            raise unknown_variant(data)
        return Webhook(self._state, data)

    async def delete(self, *, reason: str | None = None) -> None:
        """Delete the webhook (with its token when it has one, so no bot permission is needed)."""
        token = self.token
        if token is None:
            await self._state.rest.delete_webhook(self.id, reason=reason)
        else:
            await self._state.rest.delete_webhook_by_token(self.id, token)


def _thread_id(thread: int | HasId | None) -> Snowflake | UnsetType:
    """The `thread_id` query parameter: UNSET (the webhook's own channel) unless a thread is named."""
    return UNSET if thread is None else snowflake(thread)
