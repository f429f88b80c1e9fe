"""The interaction context: answer once within 3 seconds, then follow up or edit for 15 minutes.

The first answer leaves through an `InitialResponder` (the REST callback on the gateway path, the HTTP
response body on the HTTP path); everything after it uses the interaction's webhook token. The timing
rules are checked before a request is sent, with typed errors instead of Discord's 10062/50027.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Protocol, TypeAlias, TypeVar

import msgspec

from echord._generated.endpoints import RESTEndpoints
from echord._generated.events import Interaction
from echord._generated.models import (
    ApplicationCommandAutocompleteCallbackRequest,
    CreateMessageInteractionCallbackRequest,
    GuildMemberResponse,
    IncomingWebhookInteractionRequest,
    IncomingWebhookRequestPartial,
    IncomingWebhookUpdateForInteractionCallbackRequestPartial,
    IncomingWebhookUpdateRequestPartial,
    InteractionApplicationCommandAutocompleteCallbackIntegerData,
    InteractionApplicationCommandAutocompleteCallbackNumberData,
    InteractionApplicationCommandAutocompleteCallbackStringData,
    MessageAllowedMentionsRequest,
    MessageResponse,
    ModalInteractionCallbackRequest,
    ModalInteractionCallbackRequestData,
    RichEmbed,
    UpdateMessageInteractionCallbackRequest,
    UserResponse,
)
from echord._support import UNSET, File, Snowflake, encode_json

from .components import Component, component_payloads, uses_components_v2
from .errors import AlreadyResponded, InteractionExpired, NotResponded, ResponseTimeout
from .options import JSON, Choice
from .resolved import Resolved, decode_resolved

if TYPE_CHECKING:
    from .modals import Modal

__all__ = [
    "AutocompleteContext",
    "CallbackBody",
    "ComponentContext",
    "Context",
    "InitialResponder",
    "ModalContext",
    "RestResponder",
]

log = logging.getLogger("echord.interactions")

M = TypeVar("M")

INITIAL_RESPONSE_LIMIT = 3.0
TOKEN_LIFETIME = 15 * 60.0
EPHEMERAL = 1 << 6
IS_COMPONENTS_V2 = 1 << 15

CallbackBody: TypeAlias = (
    CreateMessageInteractionCallbackRequest
    | UpdateMessageInteractionCallbackRequest
    | ModalInteractionCallbackRequest
    | ApplicationCommandAutocompleteCallbackRequest
)
ComponentsArg: TypeAlias = Sequence[Component | Mapping[str, object]]
EmbedsArg: TypeAlias = Sequence[RichEmbed | Mapping[str, object]]


class InitialResponder(Protocol):
    """Sends an interaction's first answer (callback types 4-9)."""

    async def __call__(self, body: CallbackBody, files: Sequence[File] | None) -> None: ...


class RestResponder:
    """The gateway path: the first answer is `POST /interactions/{id}/{token}/callback`."""

    __slots__ = ("_interaction", "_rest")

    def __init__(self, rest: RESTEndpoints, interaction: Interaction) -> None:
        self._rest = rest
        self._interaction = interaction

    async def __call__(self, body: CallbackBody, files: Sequence[File] | None) -> None:
        await self._rest.create_interaction_response(
            self._interaction.id, self._interaction.token, body=body, files=files
        )


def _hook(tp: type, obj: object) -> object:
    if tp is Snowflake and isinstance(obj, str | int):
        return Snowflake(obj)
    raise NotImplementedError


def to_model(payload: object, model: type[M]) -> M:
    """A JSON-shaped payload as a generated request model (raises `msgspec.ValidationError` if it does not fit)."""
    return msgspec.json.decode(encode_json(payload), type=model, dec_hook=_hook)


def message_payload(
    content: str | None = None,
    *,
    embeds: EmbedsArg | None = None,
    components: ComponentsArg | None = None,
    ephemeral: bool = False,
    allowed_mentions: MessageAllowedMentionsRequest | None = None,
    flags: int = 0,
) -> JSON:
    """A message body as JSON; the IS_COMPONENTS_V2 flag is added when the layout components need it."""
    payload: JSON = {}
    if content is not None:
        payload["content"] = content
    if embeds is not None:
        payload["embeds"] = [e if isinstance(e, RichEmbed) else dict(e) for e in embeds]
    if components is not None:
        built = component_payloads(components)
        payload["components"] = built
        if uses_components_v2(built):
            flags |= IS_COMPONENTS_V2
    if allowed_mentions is not None:
        payload["allowed_mentions"] = allowed_mentions
    if ephemeral:
        flags |= EPHEMERAL
    if flags:
        payload["flags"] = flags
    return payload


class Context:
    """One interaction and the ways to answer it; command callbacks get it as their first argument."""

    def __init__(
        self,
        interaction: Interaction,
        rest: RESTEndpoints,
        responder: InitialResponder,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.interaction = interaction
        self.rest = rest
        self._responder = responder
        self._clock = clock
        self.received_at = clock()
        self.responded = False
        self.deferred = False
        self._resolved: Resolved | None = None

    def __repr__(self) -> str:
        return f"{type(self).__name__}(id={self.interaction.id}, responded={self.responded})"

    # -- who and where --------------------------------------------------------------------------------

    @property
    def user(self) -> UserResponse:
        """Who used the interaction (in a guild, the member's user)."""
        member = self.interaction.member
        if isinstance(member, GuildMemberResponse) and member.user:
            return member.user
        user = self.interaction.user
        if not isinstance(user, UserResponse):
            raise ValueError("interaction without user or member")
        return user

    @property
    def member(self) -> GuildMemberResponse | None:
        member = self.interaction.member
        return member if isinstance(member, GuildMemberResponse) else None

    @property
    def guild_id(self) -> Snowflake | None:
        return self.interaction.guild_id if isinstance(self.interaction.guild_id, int) else None

    @property
    def channel_id(self) -> Snowflake | None:
        return self.interaction.channel_id if isinstance(self.interaction.channel_id, int) else None

    @property
    def locale(self) -> str | None:
        return self.interaction.locale if isinstance(self.interaction.locale, str) else None

    @property
    def resolved(self) -> Resolved:
        if self._resolved is None:
            data = self.interaction.data
            self._resolved = decode_resolved(data.resolved if data else UNSET)
        return self._resolved

    @property
    def elapsed(self) -> float:
        """Seconds since the interaction arrived."""
        return self._clock() - self.received_at

    # -- the initial response -------------------------------------------------------------------------

    async def _initial(self, body: CallbackBody, files: Sequence[File] | None = None) -> None:
        if self.responded:
            raise AlreadyResponded(f"interaction {self.interaction.id} already has its initial response")
        elapsed = self.elapsed
        if elapsed > INITIAL_RESPONSE_LIMIT:
            raise ResponseTimeout(elapsed, INITIAL_RESPONSE_LIMIT)
        self.responded = True
        log.debug("interaction %s: initial response %s", self.interaction.id, type(body).__name__)
        try:
            await self._responder(body, files)
        except BaseException:
            self.responded = False
            raise

    async def respond(
        self,
        content: str | None = None,
        *,
        embeds: EmbedsArg | None = None,
        components: ComponentsArg | None = None,
        ephemeral: bool = False,
        allowed_mentions: MessageAllowedMentionsRequest | None = None,
        files: Sequence[File] | None = None,
    ) -> None:
        """The first answer: a message (callback type 4). Within 3 seconds, once."""
        payload = message_payload(
            content,
            embeds=embeds,
            components=components,
            ephemeral=ephemeral,
            allowed_mentions=allowed_mentions,
        )
        data = to_model(payload, IncomingWebhookInteractionRequest)
        await self._initial(CreateMessageInteractionCallbackRequest(type=4, data=data), files)

    async def defer(self, *, ephemeral: bool = False) -> None:
        """Acknowledge now and answer later (type 5: the user sees "thinking…"); then edit the original."""
        data = IncomingWebhookInteractionRequest(flags=EPHEMERAL) if ephemeral else UNSET
        await self._initial(CreateMessageInteractionCallbackRequest(type=5, data=data))
        self.deferred = True

    async def send_modal(self, modal: Modal) -> None:
        """Answer with a form (type 9); its submission arrives as a modal interaction."""
        data = to_model(modal.to_payload(), ModalInteractionCallbackRequestData)
        await self._initial(ModalInteractionCallbackRequest(data=data))

    async def send(
        self,
        content: str | None = None,
        *,
        embeds: EmbedsArg | None = None,
        components: ComponentsArg | None = None,
        ephemeral: bool = False,
        files: Sequence[File] | None = None,
    ) -> MessageResponse | None:
        """Respond if nothing was sent yet, edit the "thinking…" message after a defer, else follow up."""
        if not self.responded:
            await self.respond(
                content, embeds=embeds, components=components, ephemeral=ephemeral, files=files
            )
            return None
        if self.deferred:
            self.deferred = False
            return await self.edit_original(content, embeds=embeds, components=components, files=files)
        return await self.followup(
            content, embeds=embeds, components=components, ephemeral=ephemeral, files=files
        )

    # -- after the initial response -------------------------------------------------------------------

    def _check_token(self) -> None:
        if not self.responded:
            raise NotResponded("respond or defer first; followups and edits need an initial response")
        elapsed = self.elapsed
        if elapsed > TOKEN_LIFETIME:
            raise InteractionExpired(elapsed, TOKEN_LIFETIME)

    async def followup(
        self,
        content: str | None = None,
        *,
        embeds: EmbedsArg | None = None,
        components: ComponentsArg | None = None,
        ephemeral: bool = False,
        allowed_mentions: MessageAllowedMentionsRequest | None = None,
        files: Sequence[File] | None = None,
    ) -> MessageResponse:
        """Another message for this interaction (up to 15 minutes after it)."""
        self._check_token()
        payload = message_payload(
            content,
            embeds=embeds,
            components=components,
            ephemeral=ephemeral,
            allowed_mentions=allowed_mentions,
        )
        sent = await self.rest.execute_webhook(
            self.interaction.application_id,
            self.interaction.token,
            body=to_model(payload, IncomingWebhookRequestPartial),
            wait=True,
            with_components=True if components else UNSET,
            files=files,
        )
        if sent is None:
            raise RuntimeError("execute_webhook with wait=true returned no message")
        return sent

    async def edit_original(
        self,
        content: str | None = None,
        *,
        embeds: EmbedsArg | None = None,
        components: ComponentsArg | None = None,
        allowed_mentions: MessageAllowedMentionsRequest | None = None,
        files: Sequence[File] | None = None,
    ) -> MessageResponse:
        """Change the first answer (or fill in a deferred one)."""
        self._check_token()
        payload = message_payload(
            content, embeds=embeds, components=components, allowed_mentions=allowed_mentions
        )
        return await self.rest.update_original_webhook_message(
            self.interaction.application_id,
            self.interaction.token,
            body=to_model(payload, IncomingWebhookUpdateRequestPartial),
            files=files,
        )

    async def delete_original(self) -> None:
        self._check_token()
        await self.rest.delete_original_webhook_message(
            self.interaction.application_id, self.interaction.token
        )

    async def original(self) -> MessageResponse:
        self._check_token()
        return await self.rest.get_original_webhook_message(
            self.interaction.application_id, self.interaction.token
        )

    async def edit_followup(
        self, message_id: int, content: str | None = None, *, components: ComponentsArg | None = None
    ) -> MessageResponse:
        self._check_token()
        payload = message_payload(content, components=components)
        return await self.rest.update_webhook_message(
            self.interaction.application_id,
            self.interaction.token,
            message_id,
            body=to_model(payload, IncomingWebhookUpdateRequestPartial),
        )

    async def delete_followup(self, message_id: int) -> None:
        self._check_token()
        await self.rest.delete_webhook_message(
            self.interaction.application_id, self.interaction.token, message_id
        )


class ComponentContext(Context):
    """A button click or a select: can also edit the message the component is on."""

    @property
    def custom_id(self) -> str:
        data = self.interaction.data
        return data.custom_id if data and isinstance(data.custom_id, str) else ""

    @property
    def values(self) -> list[str]:
        """What the user picked in a select menu (ids for user/role/channel selects)."""
        data = self.interaction.data
        return list(data.values) if data and isinstance(data.values, list) else []

    @property
    def message(self) -> MessageResponse | None:
        message = self.interaction.message
        return message if isinstance(message, MessageResponse) else None

    async def update_message(
        self,
        content: str | None = None,
        *,
        embeds: EmbedsArg | None = None,
        components: ComponentsArg | None = None,
    ) -> None:
        """The first answer: edit the message the component is on (type 7)."""
        payload = message_payload(content, embeds=embeds, components=components)
        data = to_model(payload, IncomingWebhookUpdateForInteractionCallbackRequestPartial)
        await self._initial(UpdateMessageInteractionCallbackRequest(type=7, data=data))

    async def defer_update(self) -> None:
        """Acknowledge without a visible answer (type 6); edit the message later with `edit_original`."""
        await self._initial(UpdateMessageInteractionCallbackRequest(type=6))


class ModalContext(ComponentContext):
    """A modal submission: `values` maps each input's custom_id to what the user entered."""

    def __init__(
        self,
        interaction: Interaction,
        rest: RESTEndpoints,
        responder: InitialResponder,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(interaction, rest, responder, clock=clock)
        self.fields: dict[str, str | list[str]] = _modal_values(interaction)

    def field(self, custom_id: str) -> str:
        """A text input's value ("" when it was left empty or is missing)."""
        value = self.fields.get(custom_id, "")
        return value if isinstance(value, str) else ",".join(value)


class _Submitted(msgspec.Struct):
    type: int = 0
    custom_id: str | None = None
    value: str | None = None
    values: list[str] | None = None
    components: list[_Submitted] = []
    component: _Submitted | None = None


def _modal_values(interaction: Interaction) -> dict[str, str | list[str]]:
    data = interaction.data
    if not data or not isinstance(data.components, msgspec.Raw):
        return {}
    rows = msgspec.json.decode(bytes(data.components), type=list[_Submitted])
    found: dict[str, str | list[str]] = {}

    def walk(items: Sequence[_Submitted]) -> None:
        for item in items:
            if item.custom_id is not None:
                if item.value is not None:
                    found[item.custom_id] = item.value
                elif item.values is not None:
                    found[item.custom_id] = list(item.values)
            walk(item.components)
            if item.component is not None:
                walk([item.component])

    walk(rows)
    return found


class AutocompleteContext(Context):
    """The user is typing an option: suggest up to 25 values (type 8)."""

    def __init__(
        self,
        interaction: Interaction,
        rest: RESTEndpoints,
        responder: InitialResponder,
        *,
        focused: str,
        options: Mapping[str, object],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(interaction, rest, responder, clock=clock)
        self.focused = focused
        self.options = dict(options)
        """The raw values typed so far, by option name (for choices that depend on other options)."""

    async def suggest(self, choices: Sequence[Choice | str | int | float]) -> None:
        built = [
            c.to_payload() if isinstance(c, Choice) else {"name": str(c), "value": c} for c in choices[:25]
        ]
        values = [c["value"] for c in built]
        body: ApplicationCommandAutocompleteCallbackRequest
        if values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            body = _IntegerChoices(data=to_model({"choices": built}, _IntegerData))
        elif values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            body = _NumberChoices(data=to_model({"choices": built}, _NumberData))
        else:
            body = _StringChoices(data=to_model({"choices": built}, _StringData))
        await self._initial(body)


# The generated callback body types `data` as an untagged union of three structs, which the REST layer's
# validation cannot convert; these subclasses fix `data` to the one shape actually sent.
_IntegerData = InteractionApplicationCommandAutocompleteCallbackIntegerData
_NumberData = InteractionApplicationCommandAutocompleteCallbackNumberData
_StringData = InteractionApplicationCommandAutocompleteCallbackStringData


class _IntegerChoices(ApplicationCommandAutocompleteCallbackRequest, kw_only=True, tag=8):
    data: _IntegerData


class _NumberChoices(ApplicationCommandAutocompleteCallbackRequest, kw_only=True, tag=8):
    data: _NumberData


class _StringChoices(ApplicationCommandAutocompleteCallbackRequest, kw_only=True, tag=8):
    data: _StringData
