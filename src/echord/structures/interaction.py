"""`Interaction`: a slash command, component click, modal submission or autocomplete, and its answers.

Discord wants an answer within 3 seconds: `respond`, `defer`, `update`, `send_modal` or `autocomplete`,
exactly once. Later messages are followups (`followup`), sent with the interaction's token for 15 minutes.
"""

from __future__ import annotations

from collections.abc import Sequence

from echord._generated import events as ev
from echord._generated import models as m
from echord._support import UNSET, File, Snowflake, UnsetType

from .base import Identified
from .member import Member
from .message import Message
from .messageable import PartialMessageable
from .modal import Modal
from .sending import ComponentRequest, EmbedLike, MessageParts
from .user import User

__all__ = ["Interaction"]

_MESSAGE = 4
_DEFERRED_MESSAGE = 5
_DEFERRED_UPDATE = 6
_UPDATE = 7


class Interaction(Identified[ev.Interaction]):
    """An interaction from INTERACTION_CREATE (or the HTTP endpoint)."""

    __slots__ = ()

    @property
    def type(self) -> int:
        """2 command, 3 component, 4 autocomplete, 5 modal submit."""
        return self.data.type

    @property
    def token(self) -> str:
        """The token its answers and followups use (valid 15 minutes)."""
        return self.data.token

    @property
    def application_id(self) -> Snowflake:
        """The application it was sent to."""
        return self.data.application_id

    @property
    def guild_id(self) -> Snowflake | None:
        """The guild, for interactions in guilds."""
        return self.data.guild_id if isinstance(self.data.guild_id, int) else None

    @property
    def channel_id(self) -> Snowflake | None:
        """The channel it happened in."""
        return self.data.channel_id if isinstance(self.data.channel_id, int) else None

    @property
    def channel(self) -> PartialMessageable | None:
        """The channel it happened in, ready to `send` without a lookup."""
        channel_id = self.channel_id
        return (
            None
            if channel_id is None
            else PartialMessageable(self._state, channel_id, guild_id=self.guild_id)
        )

    @property
    def user(self) -> User:
        """Who triggered it (in guilds, the member's user)."""
        member = self.data.member
        if isinstance(member, m.GuildMemberResponse):
            return User(self._state, member.user)
        if isinstance(self.data.user, m.UserResponse):
            return User(self._state, self.data.user)
        raise ValueError("the interaction carries neither member nor user")

    @property
    def member(self) -> Member | None:
        """The member who triggered it, in guilds."""
        member = self.data.member
        guild_id = self.guild_id
        if isinstance(member, m.GuildMemberResponse) and guild_id is not None:
            return Member(self._state, member, guild_id=guild_id)
        return None

    @property
    def command_name(self) -> str | None:
        """The command's name, for commands and autocomplete."""
        data = self.data.data
        return data.name if isinstance(data, ev.InteractionData) and isinstance(data.name, str) else None

    @property
    def custom_id(self) -> str | None:
        """The component's or modal's custom id."""
        data = self.data.data
        return (
            data.custom_id
            if isinstance(data, ev.InteractionData) and isinstance(data.custom_id, str)
            else None
        )

    @property
    def values(self) -> list[str]:
        """The picked values, for select menus."""
        data = self.data.data
        return (
            list(data.values)
            if isinstance(data, ev.InteractionData) and isinstance(data.values, list)
            else []
        )

    @property
    def message(self) -> Message | None:
        """The message a component was on."""
        message = self.data.message
        return (
            Message(self._state, message, guild_id=self.guild_id)
            if isinstance(message, m.MessageResponse)
            else None
        )

    # answers

    async def _callback(
        self,
        body: m.CreateMessageInteractionCallbackRequest
        | m.UpdateMessageInteractionCallbackRequest
        | m.ModalInteractionCallbackRequest
        | m.ApplicationCommandAutocompleteCallbackRequest,
        files: Sequence[File] | None = None,
    ) -> None:
        await self._state.rest.create_interaction_response(self.id, self.token, body=body, files=files)

    async def respond(
        self,
        content: str | UnsetType = UNSET,
        *,
        embed: EmbedLike | UnsetType = UNSET,
        embeds: Sequence[EmbedLike] | UnsetType = UNSET,
        components: Sequence[ComponentRequest] | UnsetType = UNSET,
        files: Sequence[File] | None = None,
        allowed_mentions: m.MessageAllowedMentionsRequest | UnsetType = UNSET,
        ephemeral: bool = False,
        tts: bool | UnsetType = UNSET,
    ) -> None:
        """Answer with a message (`ephemeral=True`: only the user sees it)."""
        parts = MessageParts(
            content,
            embed=embed,
            embeds=embeds,
            components=components,
            allowed_mentions=allowed_mentions,
            ephemeral=ephemeral,
            tts=tts,
        )
        body = m.CreateMessageInteractionCallbackRequest(type=_MESSAGE, data=parts.interaction_request())
        await self._callback(body, files)

    async def defer(self, *, ephemeral: bool = False, update: bool = False) -> None:
        """Acknowledge now and answer later: "thinking…" (or, `update=True` on a component, nothing shown)."""
        if update:
            await self._callback(m.UpdateMessageInteractionCallbackRequest(type=_DEFERRED_UPDATE))
            return
        data = m.IncomingWebhookInteractionRequest(flags=64) if ephemeral else UNSET
        await self._callback(m.CreateMessageInteractionCallbackRequest(type=_DEFERRED_MESSAGE, data=data))

    async def update(
        self,
        content: str | UnsetType | None = UNSET,
        *,
        embeds: Sequence[EmbedLike] | UnsetType | None = UNSET,
        components: Sequence[ComponentRequest] | UnsetType | None = UNSET,
        files: Sequence[File] | None = None,
    ) -> None:
        """Answer a component interaction by editing the message the component is on."""
        parts = MessageParts(content, embeds=embeds, components=components)
        data = m.IncomingWebhookUpdateForInteractionCallbackRequestPartial(
            content=parts.content, embeds=parts.embeds, components=parts.components
        )
        await self._callback(m.UpdateMessageInteractionCallbackRequest(type=_UPDATE, data=data), files)

    async def send_modal(self, modal: Modal) -> None:
        """Answer with a pop-up form."""
        await self._callback(modal.to_request())

    async def autocomplete(self, choices: Sequence[tuple[str, str]]) -> None:
        """Answer an autocomplete with up to 25 (name, value) choices."""
        data = m.InteractionApplicationCommandAutocompleteCallbackStringData(
            choices=[m.ApplicationCommandOptionStringChoice(name=n, value=v) for n, v in choices]
        )
        await self._callback(m.ApplicationCommandAutocompleteCallbackRequest(data=data))

    # after answering

    async def original_response(self) -> Message:
        """The message the answer created."""
        data = await self._state.rest.get_original_webhook_message(self.application_id, self.token)
        return Message(self._state, data, guild_id=self.guild_id)

    async def edit_original_response(
        self,
        content: str | UnsetType | None = UNSET,
        *,
        embeds: Sequence[EmbedLike] | UnsetType | None = UNSET,
        components: Sequence[ComponentRequest] | UnsetType | None = UNSET,
        files: Sequence[File] | None = None,
    ) -> Message:
        """Edit the answer (also how a deferred answer is filled in)."""
        body = MessageParts(content, embeds=embeds, components=components).webhook_edit_request()
        data = await self._state.rest.update_original_webhook_message(
            self.application_id, self.token, body=body, files=files
        )
        return Message(self._state, data, guild_id=self.guild_id)

    async def delete_original_response(self) -> None:
        """Delete the answer."""
        await self._state.rest.delete_original_webhook_message(self.application_id, self.token)

    async def followup(
        self,
        content: str | UnsetType = UNSET,
        *,
        embed: EmbedLike | UnsetType = UNSET,
        embeds: Sequence[EmbedLike] | UnsetType = UNSET,
        components: Sequence[ComponentRequest] | UnsetType = UNSET,
        files: Sequence[File] | None = None,
        allowed_mentions: m.MessageAllowedMentionsRequest | UnsetType = UNSET,
        ephemeral: bool = False,
    ) -> Message:
        """Send another message after the answer."""
        parts = MessageParts(
            content,
            embed=embed,
            embeds=embeds,
            components=components,
            allowed_mentions=allowed_mentions,
            ephemeral=ephemeral,
        )
        data = await self._state.rest.execute_webhook(
            self.application_id, self.token, body=parts.webhook_request(), wait=True, files=files
        )
        if data is None:
            raise ValueError("Discord returned no followup message")
        return Message(self._state, data, guild_id=self.guild_id)
