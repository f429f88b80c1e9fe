"""Turning `send(...)` keyword arguments into the request model of each kind of send.

Channel messages, webhook executions and interaction responses take nearly the same fields under three
generated models; `MessageParts` normalises the user's arguments once and each builder fills its model.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeAlias

from echord._generated import models as m
from echord._support import UNSET, Snowflake, UnsetType
from echord.utils import MessageFlags

from .embed import Embed

__all__ = [
    "AllowedMentions",
    "ComponentRequest",
    "EmbedLike",
    "MessageParts",
    "Referenceable",
]

EmbedLike: TypeAlias = "Embed | m.RichEmbed"
ComponentRequest: TypeAlias = (
    "m.ActionRowComponentForMessageRequest | m.ContainerComponentForMessageRequest | "
    "m.FileComponentForMessageRequest | m.MediaGalleryComponentForMessageRequest | "
    "m.SectionComponentForMessageRequest | m.SeparatorComponentForMessageRequest | "
    "m.TextDisplayComponentForMessageRequest"
)
"""A top-level message component as Discord takes it (action rows, and the layout components)."""


class Referenceable(Protocol):
    """What `reply_to=` accepts: an object that can name itself as a message reference (a `Message`)."""

    def to_reference(self, *, fail_if_not_exists: bool = True) -> m.MessageReferenceRequest: ...


class AllowedMentions:
    """Ready-made `allowed_mentions` values (any `MessageAllowedMentionsRequest` works too)."""

    __slots__ = ()

    @staticmethod
    def none() -> m.MessageAllowedMentionsRequest:
        """Ping nobody, whatever the text mentions."""
        return m.MessageAllowedMentionsRequest(parse=[], replied_user=False)

    @staticmethod
    def all() -> m.MessageAllowedMentionsRequest:
        """Ping every user, role and @everyone the text mentions, and the replied-to author."""
        return m.MessageAllowedMentionsRequest(parse=["users", "roles", "everyone"], replied_user=True)

    @staticmethod
    def only(
        *, users: Sequence[int] = (), roles: Sequence[int] = (), replied_user: bool = False
    ) -> m.MessageAllowedMentionsRequest:
        """Ping exactly these users and roles."""
        return m.MessageAllowedMentionsRequest(
            parse=[],
            users=[Snowflake(u) for u in users],
            roles=[Snowflake(r) for r in roles],
            replied_user=replied_user,
        )


def _set(value: object) -> bool:
    return value is not UNSET


class MessageParts:
    """The content fields shared by every kind of send, already in their wire shapes (UNSET: not sent)."""

    __slots__ = ("allowed_mentions", "components", "content", "embeds", "flags", "poll", "tts")

    def __init__(
        self,
        content: str | UnsetType | None = UNSET,
        *,
        embed: EmbedLike | UnsetType | None = UNSET,
        embeds: Sequence[EmbedLike] | UnsetType | None = UNSET,
        components: Sequence[ComponentRequest] | UnsetType | None = UNSET,
        allowed_mentions: m.MessageAllowedMentionsRequest | UnsetType | None = UNSET,
        tts: bool | UnsetType = UNSET,
        poll: m.PollCreateRequest | UnsetType = UNSET,
        flags: int | UnsetType = UNSET,
        silent: bool = False,
        suppress_embeds: bool = False,
        ephemeral: bool = False,
    ) -> None:
        if _set(embed) and _set(embeds):
            raise TypeError("pass embed= or embeds=, not both")
        self.content = content
        if isinstance(embed, Embed | m.RichEmbed):
            embeds = [embed]
        elif embed is None:
            embeds = []
        self.embeds: list[m.RichEmbed] | UnsetType | None = (
            [e.to_request() if isinstance(e, Embed) else e for e in embeds]
            if isinstance(embeds, Sequence)
            else embeds
        )
        self.components: list[ComponentRequest] | UnsetType | None = (
            list(components) if isinstance(components, Sequence) else components
        )
        self.allowed_mentions = allowed_mentions
        self.tts = tts
        self.poll = poll
        bits = int(flags) if isinstance(flags, int) else 0
        if silent:
            bits |= MessageFlags.SUPPRESS_NOTIFICATIONS
        if suppress_embeds:
            bits |= MessageFlags.SUPPRESS_EMBEDS
        if ephemeral:
            bits |= MessageFlags.EPHEMERAL
        self.flags: int | UnsetType = bits if bits or isinstance(flags, int) else UNSET

    def create_request(
        self,
        *,
        reply_to: Referenceable | m.MessageReferenceRequest | None = None,
        mention_author: bool | None = None,
        stickers: Sequence[int] = (),
        nonce: int | str | UnsetType = UNSET,
        enforce_nonce: bool | UnsetType = UNSET,
    ) -> m.MessageCreateRequest:
        """The body of `POST /channels/{id}/messages`."""
        body = m.MessageCreateRequest(
            content=self.content,
            embeds=self.embeds,
            components=self.components,
            allowed_mentions=self.allowed_mentions,
            tts=self.tts,
            poll=self.poll,
            flags=self.flags,
            nonce=nonce,
            enforce_nonce=enforce_nonce,
        )
        if reply_to is not None:
            body.message_reference = (
                reply_to if isinstance(reply_to, m.MessageReferenceRequest) else reply_to.to_reference()
            )
            if mention_author is not None:
                mentions = self.allowed_mentions
                if not isinstance(mentions, m.MessageAllowedMentionsRequest):
                    mentions = m.MessageAllowedMentionsRequest(parse=["users", "roles", "everyone"])
                body.allowed_mentions = m.MessageAllowedMentionsRequest(
                    parse=mentions.parse,
                    users=mentions.users,
                    roles=mentions.roles,
                    replied_user=mention_author,
                )
        if stickers:
            body.sticker_ids = [Snowflake(s) for s in stickers]
        return body

    def edit_request(self) -> m.MessageEditRequestPartial:
        """The body of `PATCH /channels/{id}/messages/{id}`: only the fields given are changed."""
        return m.MessageEditRequestPartial(
            content=self.content,
            embeds=self.embeds,
            components=self.components,
            allowed_mentions=self.allowed_mentions,
            flags=self.flags,
        )

    def webhook_request(
        self,
        *,
        username: str | UnsetType = UNSET,
        avatar_url: str | UnsetType = UNSET,
        thread_name: str | UnsetType = UNSET,
        applied_tags: Sequence[int] | UnsetType = UNSET,
    ) -> m.IncomingWebhookRequestPartial:
        """The body of a webhook execution."""
        return m.IncomingWebhookRequestPartial(
            content=self.content,
            embeds=self.embeds,
            components=self.components,
            allowed_mentions=self.allowed_mentions,
            tts=self.tts,
            poll=self.poll,
            flags=self.flags,
            username=username,
            avatar_url=avatar_url,
            thread_name=thread_name,
            applied_tags=[Snowflake(t) for t in applied_tags]
            if not isinstance(applied_tags, UnsetType)
            else UNSET,
        )

    def webhook_edit_request(self) -> m.IncomingWebhookUpdateRequestPartial:
        """The body of a webhook message edit (also an interaction's original response and followups)."""
        return m.IncomingWebhookUpdateRequestPartial(
            content=self.content,
            embeds=self.embeds,
            components=self.components,
            allowed_mentions=self.allowed_mentions,
            flags=self.flags,
        )

    def interaction_request(self) -> m.IncomingWebhookInteractionRequest:
        """The `data` of an interaction's message response."""
        return m.IncomingWebhookInteractionRequest(
            content=self.content,
            embeds=self.embeds,
            components=self.components,
            allowed_mentions=self.allowed_mentions,
            tts=self.tts,
            poll=self.poll,
            flags=self.flags,
        )
