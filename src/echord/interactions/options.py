"""Turn a parameter's type hint into a Discord command option, and an option value back into that type.

`str, int, float, bool` map to the scalar option types; `User`, `Member`, `Role`, `InteractionChannel`,
`Attachment` and `Mentionable` to the resolved ones; `Literal[...]` and `Enum` subclasses to choices;
`X | None` or a default makes an option optional. `Annotated` carries the rest: a plain string is the
description, `Range`/`Length` bound values, `Channels` limits channel types, `Param` names and localises.
"""

from __future__ import annotations

import enum
import inspect
import types
import typing
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Annotated, Literal, TypeAlias, Union

from echord._generated.enums import ChannelTypes as ChannelType
from echord._generated.models import AttachmentResponse, GuildRoleResponse, UserResponse

from .errors import CommandDefinitionError, OptionConversionError
from .resolved import InteractionChannel, Member, Resolved, member_of

__all__ = ["ChannelType", "Channels", "Choice", "Length", "OptionType", "Param", "Range", "build_option"]

JSON: TypeAlias = dict[str, object]
OptionValue: TypeAlias = object
Converter: TypeAlias = Callable[[object, Resolved], object]


class OptionType(enum.IntEnum):
    """Application command option types (Discord's numbering)."""

    SUB_COMMAND = 1
    SUB_COMMAND_GROUP = 2
    STRING = 3
    INTEGER = 4
    BOOLEAN = 5
    USER = 6
    CHANNEL = 7
    ROLE = 8
    MENTIONABLE = 9
    NUMBER = 10
    ATTACHMENT = 11


@dataclass(frozen=True, slots=True)
class Range:
    """`Annotated[int, Range(1, 10)]`: min_value/max_value of an integer or number option."""

    min: float | None = None
    max: float | None = None


@dataclass(frozen=True, slots=True)
class Length:
    """`Annotated[str, Length(max=100)]`: min_length/max_length of a string option."""

    min: int | None = None
    max: int | None = None


class Channels:
    """`Annotated[InteractionChannel, Channels(ChannelTypes.GUILD_TEXT)]`: the channel types users may pick."""

    __slots__ = ("types",)

    def __init__(self, *channel_types: int) -> None:
        self.types = tuple(int(t) for t in channel_types)


@dataclass(frozen=True, slots=True)
class Param:
    """Everything about an option that a type hint cannot say: its Discord name, description, localisations."""

    description: str | None = None
    name: str | None = None
    name_localizations: Mapping[str, str] | None = None
    description_localizations: Mapping[str, str] | None = None


@dataclass(frozen=True, slots=True)
class Choice:
    """A fixed choice with a display name different from its value (and localised names)."""

    name: str
    value: str | int | float
    name_localizations: Mapping[str, str] | None = None

    def to_payload(self) -> JSON:
        payload: JSON = {"name": self.name, "value": self.value}
        if self.name_localizations:
            payload["name_localizations"] = dict(self.name_localizations)
        return payload


@dataclass(slots=True)
class OptionSpec:
    """One command option: what Discord is told, and how the received value becomes the parameter's value."""

    name: str
    parameter: str
    type: OptionType
    description: str
    required: bool
    convert: Converter
    choices: list[Choice] = field(default_factory=list)
    min_value: float | None = None
    max_value: float | None = None
    min_length: int | None = None
    max_length: int | None = None
    channel_types: tuple[int, ...] = ()
    autocomplete: bool = False
    name_localizations: Mapping[str, str] | None = None
    description_localizations: Mapping[str, str] | None = None

    def to_payload(self) -> JSON:
        """The option as Discord's API writes it."""
        payload: JSON = {
            "type": int(self.type),
            "name": self.name,
            "description": self.description,
            "required": self.required,
        }
        if self.name_localizations:
            payload["name_localizations"] = dict(self.name_localizations)
        if self.description_localizations:
            payload["description_localizations"] = dict(self.description_localizations)
        if self.choices:
            payload["choices"] = [c.to_payload() for c in self.choices]
        if self.autocomplete:
            payload["autocomplete"] = True
        for key in ("min_value", "max_value", "min_length", "max_length"):
            value = getattr(self, key)
            if value is not None:
                payload[key] = value
        if self.channel_types:
            payload["channel_types"] = list(self.channel_types)
        return payload


def _plain(value: object, _: Resolved) -> object:
    return value


def _integer(value: object, _: Resolved) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise OptionConversionError(f"expected an integer, got {value!r}")
    return int(value)


def _number(value: object, _: Resolved) -> object:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise OptionConversionError(f"expected a number, got {value!r}")
    return float(value)


def _lookup(kind: str) -> Converter:
    def convert(value: object, resolved: Resolved) -> object:
        table: Mapping[str, object] = getattr(resolved, kind)
        found = table.get(str(value))
        if found is None:
            raise OptionConversionError(f"{kind} {value!r} is missing from data.resolved")
        return found

    return convert


def _member(value: object, resolved: Resolved) -> object:
    found = member_of(resolved, str(value))
    if found is None:
        raise OptionConversionError(f"member {value!r} is missing from data.resolved (not in a guild?)")
    return found


def _member_or_user(value: object, resolved: Resolved) -> object:
    member = member_of(resolved, str(value))
    return member if member is not None else _lookup("users")(value, resolved)


def _mentionable(value: object, resolved: Resolved) -> object:
    key = str(value)
    member = member_of(resolved, key)
    if member is not None:
        return member
    if key in resolved.users:
        return resolved.users[key]
    if key in resolved.roles:
        return resolved.roles[key]
    raise OptionConversionError(f"mentionable {value!r} is missing from data.resolved")


_SCALARS: dict[object, tuple[OptionType, Converter]] = {
    str: (OptionType.STRING, _plain),
    int: (OptionType.INTEGER, _integer),
    float: (OptionType.NUMBER, _number),
    bool: (OptionType.BOOLEAN, _plain),
    UserResponse: (OptionType.USER, _lookup("users")),
    Member: (OptionType.USER, _member),
    GuildRoleResponse: (OptionType.ROLE, _lookup("roles")),
    InteractionChannel: (OptionType.CHANNEL, _lookup("channels")),
    AttachmentResponse: (OptionType.ATTACHMENT, _lookup("attachments")),
}
_MENTIONABLE = frozenset({Member, UserResponse, GuildRoleResponse})


def _split_optional(hint: object) -> tuple[object, bool]:
    """`X | None` -> (X, True); anything else -> (hint, False)."""
    if typing.get_origin(hint) in (Union, types.UnionType):
        args = typing.get_args(hint)
        rest = [a for a in args if a is not type(None)]
        if len(rest) < len(args):
            if len(rest) == 1:
                return rest[0], True
            return Union[tuple(rest)], True  # noqa: UP007
    return hint, False


def _literal_choices(hint: object) -> tuple[OptionType, list[Choice], Converter]:
    values = typing.get_args(hint)
    kinds = {type(v) for v in values}
    if len(kinds) != 1 or next(iter(kinds)) not in (str, int, float):
        raise CommandDefinitionError(f"Literal choices must all be str, int or float: {hint!r}")
    option_type, convert = _SCALARS[next(iter(kinds))]
    return option_type, [Choice(str(v), v) for v in values], convert


def _enum_choices(hint: type[enum.Enum]) -> tuple[OptionType, list[Choice], Converter]:
    members = list(hint)
    kinds = {type(m.value) for m in members}
    if kinds <= {int}:
        option_type = OptionType.INTEGER
    elif kinds <= {str}:
        option_type = OptionType.STRING
    elif kinds <= {int, float}:
        option_type = OptionType.NUMBER
    else:
        raise CommandDefinitionError(f"{hint.__name__} values must all be str, int or float")

    def convert(value: object, _: Resolved) -> object:
        try:
            return hint(value)
        except ValueError:
            raise OptionConversionError(f"{value!r} is not a {hint.__name__}") from None

    names = [m.name.replace("_", " ").lower() for m in members]
    return option_type, [Choice(n, m.value) for n, m in zip(names, members, strict=True)], convert


def _classify(hint: object, where: str) -> tuple[OptionType, list[Choice], Converter]:
    if typing.get_origin(hint) is Literal:
        return _literal_choices(hint)
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return _enum_choices(hint)
    if typing.get_origin(hint) in (Union, types.UnionType):
        members = set(typing.get_args(hint))
        if members == {Member, UserResponse}:
            return OptionType.USER, [], _member_or_user
        if members <= _MENTIONABLE:
            return OptionType.MENTIONABLE, [], _mentionable
    found = _SCALARS.get(hint)
    if found is None:
        raise CommandDefinitionError(f"{where}: no Discord option type for {hint!r}")
    return found[0], [], found[1]


def build_option(parameter: inspect.Parameter, hint: object, *, where: str) -> OptionSpec:
    """The option for one callback parameter; raises `CommandDefinitionError` for what Discord cannot take."""
    metadata: tuple[object, ...] = ()
    if typing.get_origin(hint) is Annotated:
        hint, *extra = typing.get_args(hint)
        metadata = tuple(extra)
    hint, optional = _split_optional(hint)
    if typing.get_origin(hint) is Annotated:
        hint, *extra = typing.get_args(hint)
        metadata += tuple(extra)
    option_type, choices, convert = _classify(hint, f"{where}, parameter {parameter.name!r}")
    spec = OptionSpec(
        name=parameter.name,
        parameter=parameter.name,
        type=option_type,
        description=parameter.name,
        required=not optional and parameter.default is inspect.Parameter.empty,
        convert=convert,
        choices=choices,
    )
    for item in metadata:
        _apply(spec, item, where)
    return spec


def _apply(spec: OptionSpec, item: object, where: str) -> None:
    if isinstance(item, str):
        spec.description = item
    elif isinstance(item, Param):
        spec.description = item.description or spec.description
        spec.name = item.name or spec.name
        spec.name_localizations = item.name_localizations
        spec.description_localizations = item.description_localizations
    elif isinstance(item, Range):
        if spec.type not in (OptionType.INTEGER, OptionType.NUMBER):
            raise CommandDefinitionError(
                f"{where}: Range applies to int and float options, not {spec.name!r}"
            )
        spec.min_value, spec.max_value = item.min, item.max
    elif isinstance(item, Length):
        if spec.type is not OptionType.STRING:
            raise CommandDefinitionError(f"{where}: Length applies to str options, not {spec.name!r}")
        spec.min_length, spec.max_length = item.min, item.max
    elif isinstance(item, Channels):
        if spec.type is not OptionType.CHANNEL:
            raise CommandDefinitionError(f"{where}: Channels applies to channel options, not {spec.name!r}")
        spec.channel_types = item.types
    elif isinstance(item, Choice):
        spec.choices.append(item)
