"""Mention markdown (reference: Message Formatting): writing `<@id>`, `</cmd:id>`, `<:emoji:id>`
and reading ids back out of message text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal, TypeAlias

__all__ = [
    "CustomEmoji",
    "GuildNavigation",
    "channel_mention",
    "custom_emoji",
    "guild_navigation",
    "parse_custom_emoji",
    "raw_channel_mentions",
    "raw_role_mentions",
    "raw_user_mentions",
    "role_mention",
    "slash_command_mention",
    "user_mention",
]

GuildNavigation: TypeAlias = Literal["customize", "browse", "guide", "linked-roles"]
"""A guild tab a `<id:…>` link opens (reference: Guild Navigation Types)."""

_USER_MENTION: Final = re.compile(r"<@!?([0-9]+)>")
_ROLE_MENTION: Final = re.compile(r"<@&([0-9]+)>")
_CHANNEL_MENTION: Final = re.compile(r"<#([0-9]+)>")
_CUSTOM_EMOJI: Final = re.compile(r"<(a?):([A-Za-z0-9_]+):([0-9]+)>")
_COMMAND_NAME: Final = re.compile(r"[^\s:<>]{1,32}( [^\s:<>]{1,32}){0,2}")


def user_mention(user_id: int) -> str:
    """`<@id>`: pings the user (subject to `allowed_mentions`)."""
    return f"<@{int(user_id)}>"


def role_mention(role_id: int) -> str:
    """`<@&id>`: pings the role's members (subject to `allowed_mentions` and mentionability)."""
    return f"<@&{int(role_id)}>"


def channel_mention(channel_id: int) -> str:
    """`<#id>`: a clickable link to the channel, no ping."""
    return f"<#{int(channel_id)}>"


def slash_command_mention(name: str, command_id: int) -> str:
    """`</name:id>`: a clickable command; `name` may name a subcommand: `"foo group bar"`."""
    if not _COMMAND_NAME.fullmatch(name):
        raise ValueError(f"not a command name with up to two subcommand levels: {name!r}")
    return f"</{name}:{int(command_id)}>"


def custom_emoji(name: str, emoji_id: int, *, animated: bool = False) -> str:
    """`<:name:id>` or `<a:name:id>`: a guild emoji in message text."""
    return f"<{'a' if animated else ''}:{name}:{int(emoji_id)}>"


def guild_navigation(tab: GuildNavigation, role_id: int | None = None) -> str:
    """`<id:browse>` and friends: a link to a guild tab; a `role_id` opens one linked role."""
    if role_id is not None:
        if tab != "linked-roles":
            raise ValueError("only the linked-roles tab takes a role id")
        return f"<id:linked-roles:{int(role_id)}>"
    return f"<id:{tab}>"


@dataclass(frozen=True, slots=True)
class CustomEmoji:
    """A custom emoji read from message text."""

    name: str
    id: int
    animated: bool

    def __str__(self) -> str:
        return custom_emoji(self.name, self.id, animated=self.animated)


def parse_custom_emoji(text: str) -> CustomEmoji | None:
    """The emoji when `text` is exactly one custom emoji (say a command argument), else `None`."""
    match = _CUSTOM_EMOJI.fullmatch(text.strip())
    if match is None:
        return None
    return CustomEmoji(name=match[2], id=int(match[3]), animated=match[1] == "a")


def raw_user_mentions(text: str) -> list[int]:
    """User ids mentioned in `text`, in order (the legacy `<@!id>` form included)."""
    return [int(match) for match in _USER_MENTION.findall(text)]


def raw_role_mentions(text: str) -> list[int]:
    """Role ids mentioned in `text`, in order."""
    return [int(match) for match in _ROLE_MENTION.findall(text)]


def raw_channel_mentions(text: str) -> list[int]:
    """Channel ids mentioned in `text`, in order."""
    return [int(match) for match in _CHANNEL_MENTION.findall(text)]
