"""`CommandTree`: where commands, component routes and views are registered, synced and dispatched.

It needs only a REST client and the application id. The gateway path attaches it to an `EventBus`
(`tree.attach(bus)`); the HTTP path hands it to `InteractionsApp`. Both end in `tree.handle()`.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, TypeAlias

import msgspec

from echord._generated.endpoints import RESTEndpoints
from echord._generated.events import Interaction, InteractionCreate

from .commands import (
    AnyCommand,
    CommandCallback,
    CommandSettings,
    CommandType,
    ContextMenu,
    Group,
    IntegrationType,
    InteractionContextType,
    MessageCommand,
    MessageMenuCallback,
    SlashCommand,
    UserCommand,
    UserMenuCallback,
)
from .context import (
    AutocompleteContext,
    ComponentContext,
    Context,
    InitialResponder,
    ModalContext,
    RestResponder,
)
from .errors import CommandDefinitionError, OptionConversionError
from .options import JSON
from .sync import Strategy, SyncResult, sync_commands
from .views import ComponentCallback, ComponentRouter, View

if TYPE_CHECKING:
    from echord.events import EventBus

__all__ = ["CommandTree", "ErrorHandler"]

log = logging.getLogger("echord.interactions")

ErrorHandler: TypeAlias = Callable[[Context, Exception], Awaitable[object]]

PING, APPLICATION_COMMAND, MESSAGE_COMPONENT, AUTOCOMPLETE, MODAL_SUBMIT = 1, 2, 3, 4, 5


class _OptionData(msgspec.Struct):
    name: str
    type: int
    value: str | int | float | bool | None = None
    options: list[_OptionData] = []
    focused: bool = False


class CommandTree:
    """Application commands, component routes and views of one application.

    ```
    tree = CommandTree(rest, application_id)

    @tree.command()
    async def greet(ctx: Context, who: Member, times: Annotated[int, Range(1, 5)] = 1) -> None:
        "Say hello to someone."
        await ctx.respond(f"hello {who.display_name}! " * times)
    ```
    """

    def __init__(
        self,
        rest: RESTEndpoints,
        application_id: int,
        *,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.rest = rest
        self.application_id = application_id
        self.components = ComponentRouter()
        self._commands: dict[tuple[int, str], AnyCommand] = {}
        self._error_handler: ErrorHandler | None = None
        self._clock = clock

    def __repr__(self) -> str:
        return f"CommandTree(application_id={self.application_id}, commands={len(self._commands)})"

    # -- registration ---------------------------------------------------------------------------------

    def _register(self, command: AnyCommand) -> None:
        kind = command.type if isinstance(command, ContextMenu) else CommandType.CHAT_INPUT
        key = (int(kind), command.name)
        if key in self._commands:
            raise CommandDefinitionError(
                f"a {kind.name} command named {command.name!r} is already registered"
            )
        self._commands[key] = command

    def command(
        self,
        name: str | None = None,
        *,
        description: str | None = None,
        default_member_permissions: int | None = None,
        contexts: Sequence[InteractionContextType] | None = None,
        integration_types: Sequence[IntegrationType] | None = None,
        nsfw: bool = False,
        name_localizations: Mapping[str, str] | None = None,
        description_localizations: Mapping[str, str] | None = None,
        guild_ids: Sequence[int] | None = None,
    ) -> Callable[[CommandCallback], SlashCommand]:
        """Decorator: a slash command named after the function (underscores become dashes).

        The description is `description=` or the docstring's first line; options come from the parameters.
        """
        settings = CommandSettings(
            default_member_permissions, contexts, integration_types, nsfw,
            name_localizations, description_localizations, guild_ids,
        )  # fmt: skip

        def decorate(callback: CommandCallback) -> SlashCommand:
            command = SlashCommand(callback, name=name, description=description, settings=settings)
            self._register(command)
            return command

        return decorate

    def group(
        self,
        name: str,
        description: str,
        *,
        default_member_permissions: int | None = None,
        contexts: Sequence[InteractionContextType] | None = None,
        integration_types: Sequence[IntegrationType] | None = None,
        nsfw: bool = False,
        name_localizations: Mapping[str, str] | None = None,
        description_localizations: Mapping[str, str] | None = None,
        guild_ids: Sequence[int] | None = None,
    ) -> Group:
        """A command with subcommands: `tag = tree.group("tag", "…")`, then `@tag.command()`."""
        settings = CommandSettings(
            default_member_permissions, contexts, integration_types, nsfw,
            name_localizations, description_localizations, guild_ids,
        )  # fmt: skip
        group = Group(name, description, settings=settings)
        self._register(group)
        return group

    def user_command(
        self,
        name: str,
        *,
        default_member_permissions: int | None = None,
        contexts: Sequence[InteractionContextType] | None = None,
        integration_types: Sequence[IntegrationType] | None = None,
        nsfw: bool = False,
        name_localizations: Mapping[str, str] | None = None,
        guild_ids: Sequence[int] | None = None,
    ) -> Callable[[UserMenuCallback], UserCommand]:
        """Decorator: "Apps → name" on a user; `async def f(ctx, target: Member | User)`."""
        settings = CommandSettings(
            default_member_permissions, contexts, integration_types, nsfw, name_localizations, None, guild_ids
        )

        def decorate(callback: UserMenuCallback) -> UserCommand:
            command = UserCommand(callback, name=name, settings=settings)
            self._register(command)
            return command

        return decorate

    def message_command(
        self,
        name: str,
        *,
        default_member_permissions: int | None = None,
        contexts: Sequence[InteractionContextType] | None = None,
        integration_types: Sequence[IntegrationType] | None = None,
        nsfw: bool = False,
        name_localizations: Mapping[str, str] | None = None,
        guild_ids: Sequence[int] | None = None,
    ) -> Callable[[MessageMenuCallback], MessageCommand]:
        """Decorator: "Apps → name" on a message; `async def f(ctx, target: Message)`."""
        settings = CommandSettings(
            default_member_permissions, contexts, integration_types, nsfw, name_localizations, None, guild_ids
        )

        def decorate(callback: MessageMenuCallback) -> MessageCommand:
            command = MessageCommand(callback, name=name, settings=settings)
            self._register(command)
            return command

        return decorate

    def component(self, pattern: str) -> Callable[[ComponentCallback], ComponentCallback]:
        """Decorator: a persistent handler for buttons/selects whose custom_id matches `pattern`.

        `@tree.component("vote:{poll_id}")` over `async def vote(ctx: ComponentContext, poll_id: str)`.
        Registered by pattern, it answers messages sent before a restart.
        """

        def decorate(callback: ComponentCallback) -> ComponentCallback:
            self.components.add_route(pattern, callback)
            return callback

        return decorate

    def modal(self, pattern: str) -> Callable[[ComponentCallback], ComponentCallback]:
        """Decorator: the handler for submitted modals whose custom_id matches `pattern`."""

        def decorate(callback: ComponentCallback) -> ComponentCallback:
            self.components.add_route(pattern, callback, modal=True)
            return callback

        return decorate

    def add_view(self, view: View) -> View:
        """Route the view's components to its callbacks until it times out or stops."""
        self.components.add_view(view)
        return view

    def error_handler(self, handler: ErrorHandler) -> ErrorHandler:
        """Decorator: replaces the default (log, then an ephemeral "something went wrong")."""
        self._error_handler = handler
        return handler

    @property
    def commands(self) -> list[AnyCommand]:
        return list(self._commands.values())

    def get_command(self, name: str, type: int = 1) -> AnyCommand | None:
        return self._commands.get((type, name))

    def remove_command(self, name: str, type: int = 1) -> AnyCommand | None:
        """Forget a command locally; the next sync deletes it from Discord."""
        return self._commands.pop((type, name), None)

    # -- sync -----------------------------------------------------------------------------------------

    def payloads(self) -> dict[int | None, list[JSON]]:
        """The local commands by scope: None for global, else a guild id."""
        scopes: dict[int | None, list[JSON]] = {None: []}
        for command in self._commands.values():
            guild_ids = command.settings.guild_ids
            for scope in guild_ids if guild_ids else [None]:
                scopes.setdefault(scope, []).append(command.to_payload())
        return scopes

    async def sync(self, *, guild_ids: Sequence[int] = (), strategy: Strategy = "diff") -> SyncResult:
        """Register the commands, writing only what changed (see `echord.interactions.sync`).

        Syncs the global scope and each guild a command names; `guild_ids` adds guilds to clear (a guild
        no command names any more keeps its commands until it is synced with nothing in it).
        """
        scopes = self.payloads()
        for guild_id in guild_ids:
            scopes.setdefault(guild_id, [])
        return await sync_commands(self.rest, self.application_id, scopes, strategy=strategy)

    # -- dispatch -------------------------------------------------------------------------------------

    def attach(self, bus: EventBus) -> None:
        """Handle INTERACTION_CREATE from the gateway; answers go through the REST callback."""
        bus.subscribe(InteractionCreate, self._on_interaction_create)

    def detach(self, bus: EventBus) -> None:
        bus.unsubscribe(InteractionCreate, self._on_interaction_create)

    async def _on_interaction_create(self, event: InteractionCreate) -> None:
        await self.handle(event, RestResponder(self.rest, event))

    async def handle(self, interaction: Interaction, responder: InitialResponder) -> None:
        """Run the handler for one interaction; errors are logged and answered (see `error_handler`)."""
        kind = interaction.type
        ctx: Context
        if kind == APPLICATION_COMMAND:
            ctx = Context(interaction, self.rest, responder, clock=self._clock)
            await self._guard(ctx, self._run_command(ctx))
        elif kind == AUTOCOMPLETE:
            await self._autocomplete(interaction, responder)
        elif kind == MESSAGE_COMPONENT:
            ctx = ComponentContext(interaction, self.rest, responder, clock=self._clock)
            await self._guard(ctx, self._run_component(ctx))
        elif kind == MODAL_SUBMIT:
            ctx = ModalContext(interaction, self.rest, responder, clock=self._clock)
            await self._guard(ctx, self._run_component(ctx))
        else:
            log.debug("interaction type %s ignored", kind)

    async def _guard(self, ctx: Context, work: Awaitable[None]) -> None:
        try:
            await work
        except Exception as exc:
            if self._error_handler is not None:
                try:
                    await self._error_handler(ctx, exc)
                except Exception:
                    log.exception("the interaction error handler failed on %r", ctx)
                return
            log.exception("interaction %s failed", ctx.interaction.id, exc_info=exc)
            try:
                await ctx.send("Something went wrong running this.", ephemeral=True)
            except Exception:
                log.exception("could not tell the user about the error of interaction %s", ctx.interaction.id)

    def _find(self, interaction: Interaction) -> tuple[AnyCommand, list[_OptionData]]:
        data = interaction.data
        if not data:
            raise OptionConversionError("an application command interaction without data")
        key = (int(data.type or 1), str(data.name))
        command = self._commands.get(key)
        if command is None:
            raise LookupError(f"no command {key[1]!r} (type {key[0]}) in this tree; sync the commands")
        raw = data.options
        options = msgspec.json.decode(bytes(raw), type=list[_OptionData]) if raw else []
        return command, options

    @staticmethod
    def _leaf(command: AnyCommand, options: list[_OptionData]) -> tuple[SlashCommand, list[_OptionData]]:
        node: AnyCommand = command
        while isinstance(node, Group):
            if not options or options[0].type not in (1, 2) or options[0].name not in node.children:
                raise OptionConversionError(f"/{command.name}: unknown subcommand")
            node, options = node.children[options[0].name], options[0].options
        if not isinstance(node, SlashCommand):
            raise OptionConversionError(f"{command.name!r} is not a slash command")
        return node, options

    async def _run_command(self, ctx: Context) -> None:
        command, options = self._find(ctx.interaction)
        if isinstance(command, ContextMenu):
            data = ctx.interaction.data
            target_id = str(data.target_id) if data and data.target_id else ""
            await command.invoke(ctx, target_id, ctx.resolved)
            return
        leaf, options = self._leaf(command, options)
        given = {o.name: o.value for o in options}
        kwargs: dict[str, object] = {}
        for spec in leaf.options:
            if spec.name in given and given[spec.name] is not None:
                kwargs[spec.parameter] = spec.convert(given[spec.name], ctx.resolved)
        log.debug("running /%s for interaction %s", leaf.name, ctx.interaction.id)
        await leaf.callback(ctx, **kwargs)

    async def _autocomplete(self, interaction: Interaction, responder: InitialResponder) -> None:
        try:
            command, options = self._find(interaction)
            leaf, options = self._leaf(command, options)
        except (LookupError, OptionConversionError):
            log.warning("autocomplete for an unknown command in interaction %s", interaction.id)
            return
        focused = next((o for o in options if o.focused), None)
        if focused is None:
            return
        typed = {o.name: o.value for o in options}
        ctx = AutocompleteContext(
            interaction, self.rest, responder, focused=focused.name, options=typed, clock=self._clock
        )
        callback = leaf.autocompleters.get(focused.name)
        if callback is None:
            log.warning("/%s has no autocomplete for %r", leaf.name, focused.name)
            await ctx.suggest([])
            return
        try:
            choices = await callback(ctx, str(focused.value if focused.value is not None else ""))
        except Exception:
            log.exception("autocomplete of /%s %s failed", leaf.name, focused.name)
            choices = []
        if not ctx.responded:
            await ctx.suggest(choices)

    async def _run_component(self, ctx: ComponentContext) -> None:
        if not await self.components.dispatch(ctx):
            log.warning("no handler for custom_id %r (interaction %s)", ctx.custom_id, ctx.interaction.id)
            await ctx.respond("This no longer works.", ephemeral=True)

    def walk(self) -> Iterator[SlashCommand | ContextMenu]:
        """Every runnable command, subcommands included."""
        stack: list[AnyCommand] = list(self._commands.values())
        while stack:
            node = stack.pop()
            if isinstance(node, Group):
                stack.extend(node.children.values())
            else:
                yield node
