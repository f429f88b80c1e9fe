"""Command objects: slash commands, groups of subcommands and context menus, built from decorated functions.

A command knows its Discord payload (`to_payload`, compared by `sync`) and how to call its callback with
typed option values. The decorators that create them live on `CommandTree`.
"""

from __future__ import annotations

import enum
import inspect
import typing
from collections.abc import Awaitable, Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeAlias

from echord._generated.models import MessageResponse, UserResponse

from .errors import CommandDefinitionError, OptionConversionError
from .options import JSON, Choice, OptionSpec, OptionType, build_option
from .resolved import Member, Resolved, member_of

if TYPE_CHECKING:
    from .context import AutocompleteContext, Context

__all__ = [
    "CommandSettings",
    "ContextMenu",
    "Group",
    "IntegrationType",
    "InteractionContextType",
    "MessageCommand",
    "SlashCommand",
    "UserCommand",
]

CommandCallback: TypeAlias = Callable[..., Awaitable[object]]
"""`async def f(ctx, **options)`; the options are typed by the function's own hints."""
AutocompleteCallback: TypeAlias = Callable[
    ["AutocompleteContext", str], Awaitable[Sequence[Choice | str | int | float]]
]
UserMenuCallback: TypeAlias = Callable[["Context", Member | UserResponse], Awaitable[object]]
"""`async def f(ctx, target: Member | User)`: a Member in guilds, the user elsewhere."""
MessageMenuCallback: TypeAlias = Callable[["Context", MessageResponse], Awaitable[object]]


class InteractionContextType(enum.IntEnum):
    """Where a command can be used."""

    GUILD = 0
    BOT_DM = 1
    PRIVATE_CHANNEL = 2


class IntegrationType(enum.IntEnum):
    """How the app must be installed for a command to show: to a server, or to a user's account."""

    GUILD_INSTALL = 0
    USER_INSTALL = 1


class CommandType(enum.IntEnum):
    CHAT_INPUT = 1
    USER = 2
    MESSAGE = 3


@dataclass(frozen=True, slots=True)
class CommandSettings:
    """Top-level settings shared by slash commands, groups and context menus."""

    default_member_permissions: int | None = None
    contexts: Sequence[InteractionContextType] | None = None
    integration_types: Sequence[IntegrationType] | None = None
    nsfw: bool = False
    name_localizations: Mapping[str, str] | None = None
    description_localizations: Mapping[str, str] | None = None
    guild_ids: Sequence[int] | None = None
    """Register in these guilds only (instant updates, for testing); None registers globally."""

    def apply(self, payload: JSON, *, top_level: bool) -> JSON:
        if self.name_localizations:
            payload["name_localizations"] = dict(self.name_localizations)
        if self.description_localizations and "description" in payload:
            payload["description_localizations"] = dict(self.description_localizations)
        if not top_level:
            return payload
        dmp = self.default_member_permissions
        payload["default_member_permissions"] = None if dmp is None else str(int(dmp))
        payload["nsfw"] = self.nsfw
        if self.contexts is not None:
            payload["contexts"] = [int(c) for c in self.contexts]
        if self.integration_types is not None:
            payload["integration_types"] = [int(t) for t in self.integration_types]
        return payload


def _check_name(name: str, *, lowercase: bool = True) -> str:
    if not 1 <= len(name) <= 32:
        raise CommandDefinitionError(f"command and option names are 1-32 characters: {name!r}")
    if lowercase and name != name.lower():
        raise CommandDefinitionError(f"slash command and option names are lowercase: {name!r}")
    return name


def _doc(callback: Callable[..., object]) -> str | None:
    doc = inspect.getdoc(callback)
    return doc.splitlines()[0].strip() if doc else None


class SlashCommand:
    """A chat-input command (or a subcommand): `/name option:value`."""

    def __init__(
        self,
        callback: CommandCallback,
        *,
        name: str | None = None,
        description: str | None = None,
        settings: CommandSettings = CommandSettings(),
    ) -> None:
        self.callback = callback
        self.name = _check_name(name or callback.__name__.replace("_", "-"))
        self.description = description or _doc(callback) or "…"
        if len(self.description) > 100:
            raise CommandDefinitionError(f"/{self.name}: descriptions are at most 100 characters")
        self.settings = settings
        self.options = self._options()
        self.autocompleters: dict[str, AutocompleteCallback] = {}

    def __repr__(self) -> str:
        return f"SlashCommand(name={self.name!r})"

    def _options(self) -> list[OptionSpec]:
        signature = inspect.signature(self.callback)
        hints = typing.get_type_hints(self.callback, include_extras=True)
        parameters = list(signature.parameters.values())[1:]  # the first is the context
        where = f"/{self.name}"
        options = []
        for parameter in parameters:
            if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
                raise CommandDefinitionError(f"{where}: *args and **kwargs cannot be options")
            if parameter.name not in hints:
                raise CommandDefinitionError(f"{where}: parameter {parameter.name!r} needs a type hint")
            option = build_option(parameter, hints[parameter.name], where=where)
            _check_name(option.name)
            options.append(option)
        if len(options) > 25:
            raise CommandDefinitionError(f"{where}: at most 25 options")
        seen_optional = False
        for option in options:
            if option.required and seen_optional:
                raise CommandDefinitionError(
                    f"{where}: required option {option.name!r} after an optional one"
                )
            seen_optional |= not option.required
        return options

    def autocomplete(self, option: str) -> Callable[[AutocompleteCallback], AutocompleteCallback]:
        """Decorator: `async def f(ctx, value) -> list[Choice | str]` suggests values for `option`."""
        spec = next((o for o in self.options if option in (o.name, o.parameter)), None)
        if spec is None:
            raise CommandDefinitionError(f"/{self.name} has no option {option!r}")
        if spec.type not in (OptionType.STRING, OptionType.INTEGER, OptionType.NUMBER) or spec.choices:
            raise CommandDefinitionError(
                f"/{self.name}: {option!r} cannot autocomplete (choices or non-text)"
            )
        spec.autocomplete = True

        def decorate(callback: AutocompleteCallback) -> AutocompleteCallback:
            self.autocompleters[spec.name] = callback
            return callback

        return decorate

    def to_payload(self, *, top_level: bool = True) -> JSON:
        payload: JSON = {
            "name": self.name,
            "description": self.description,
            "options": [o.to_payload() for o in self.options],
        }
        if top_level:
            payload["type"] = int(CommandType.CHAT_INPUT)
        else:
            payload["type"] = int(OptionType.SUB_COMMAND)
        return self.settings.apply(payload, top_level=top_level)


class Group:
    """A command with subcommands (`/tag add`, `/tag remove`), nested at most one group deep."""

    def __init__(
        self,
        name: str,
        description: str,
        *,
        settings: CommandSettings = CommandSettings(),
        parent: Group | None = None,
    ) -> None:
        self.name = _check_name(name)
        self.description = description
        self.settings = settings
        self.parent = parent
        self.children: dict[str, SlashCommand | Group] = {}

    def __repr__(self) -> str:
        return f"Group(name={self.name!r}, children={list(self.children)!r})"

    def command(
        self,
        name: str | None = None,
        *,
        description: str | None = None,
        name_localizations: Mapping[str, str] | None = None,
        description_localizations: Mapping[str, str] | None = None,
    ) -> Callable[[CommandCallback], SlashCommand]:
        """Decorator adding a subcommand."""

        def decorate(callback: CommandCallback) -> SlashCommand:
            settings = CommandSettings(
                name_localizations=name_localizations, description_localizations=description_localizations
            )
            command = SlashCommand(callback, name=name, description=description, settings=settings)
            self._add(command)
            return command

        return decorate

    def group(
        self,
        name: str,
        description: str,
        *,
        name_localizations: Mapping[str, str] | None = None,
        description_localizations: Mapping[str, str] | None = None,
    ) -> Group:
        """A subcommand group inside this group."""
        if self.parent is not None:
            raise CommandDefinitionError("subcommand groups cannot contain groups")
        settings = CommandSettings(
            name_localizations=name_localizations, description_localizations=description_localizations
        )
        group = Group(name, description, settings=settings, parent=self)
        self._add(group)
        return group

    def _add(self, child: SlashCommand | Group) -> None:
        if child.name in self.children:
            raise CommandDefinitionError(f"{self.name} already has a subcommand {child.name!r}")
        if len(self.children) >= 25:
            raise CommandDefinitionError(f"{self.name}: at most 25 subcommands")
        self.children[child.name] = child

    def to_payload(self, *, top_level: bool = True) -> JSON:
        payload: JSON = {
            "name": self.name,
            "description": self.description,
            "options": [c.to_payload(top_level=False) for c in self.children.values()],
            "type": int(CommandType.CHAT_INPUT) if top_level else int(OptionType.SUB_COMMAND_GROUP),
        }
        return self.settings.apply(payload, top_level=top_level)


class ContextMenu:
    """A context-menu command ("Apps → name"); `UserCommand` and `MessageCommand` say on what."""

    type: CommandType

    def __init__(self, *, name: str, settings: CommandSettings) -> None:
        self.name = _check_name(name, lowercase=False)
        self.settings = settings

    def __repr__(self) -> str:
        return f"{type(self).__name__}(name={self.name!r})"

    def to_payload(self, *, top_level: bool = True) -> JSON:
        payload: JSON = {"name": self.name, "type": int(self.type), "description": "", "options": []}
        return self.settings.apply(payload, top_level=top_level)

    async def invoke(self, ctx: Context, target_id: str, resolved: Resolved) -> None:
        raise NotImplementedError


class UserCommand(ContextMenu):
    """On a user: `async def f(ctx, target: Member | User)`."""

    type = CommandType.USER

    def __init__(self, callback: UserMenuCallback, *, name: str, settings: CommandSettings) -> None:
        super().__init__(name=name, settings=settings)
        self.callback = callback

    async def invoke(self, ctx: Context, target_id: str, resolved: Resolved) -> None:
        target = member_of(resolved, target_id) or resolved.users.get(target_id)
        if target is None:
            raise OptionConversionError(f"the target user {target_id} is missing from data.resolved")
        await self.callback(ctx, target)


class MessageCommand(ContextMenu):
    """On a message: `async def f(ctx, target: Message)`."""

    type = CommandType.MESSAGE

    def __init__(self, callback: MessageMenuCallback, *, name: str, settings: CommandSettings) -> None:
        super().__init__(name=name, settings=settings)
        self.callback = callback

    async def invoke(self, ctx: Context, target_id: str, resolved: Resolved) -> None:
        target = resolved.messages.get(target_id)
        if target is None:
            raise OptionConversionError(f"the target message {target_id} is missing from data.resolved")
        await self.callback(ctx, target)


AnyCommand: TypeAlias = SlashCommand | Group | ContextMenu
