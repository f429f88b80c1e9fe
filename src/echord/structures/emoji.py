"""`Emoji`: a guild's custom emoji, and how any emoji is named in reaction routes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeAlias

from echord._generated import models as m
from echord._support import UNSET, Snowflake, UnsetType
from echord.utils import custom_emoji, emoji_url

from .base import Identified
from .state import StructureState

__all__ = ["Emoji", "EmojiLike", "reaction_name"]


class Emoji(Identified[m.EmojiResponse]):
    """A custom emoji of a guild (or of the application when `guild_id` is None)."""

    __slots__ = ("guild_id",)

    def __init__(self, state: StructureState, data: m.EmojiResponse, *, guild_id: int | None) -> None:
        super().__init__(state, data)
        self.guild_id = None if guild_id is None else Snowflake(guild_id)

    @property
    def name(self) -> str:
        """The emoji's name, without colons."""
        return self.data.name

    @property
    def animated(self) -> bool:
        """Whether it is a GIF emoji."""
        return self.data.animated is True

    @property
    def url(self) -> str:
        """The image's CDN URL."""
        return emoji_url(self.id, animated=self.animated)

    def __str__(self) -> str:
        """The markdown that shows the emoji in a message."""
        return custom_emoji(self.name, self.id, animated=self.animated)

    def reaction_name(self) -> str:
        """`name:id`, how reaction routes name a custom emoji."""
        return f"{self.name}:{int(self.id)}"

    async def edit(
        self,
        *,
        name: str | UnsetType = UNSET,
        roles: Sequence[int] | UnsetType | None = UNSET,
        reason: str | None = None,
    ) -> Emoji:
        """Rename the emoji or restrict it to roles."""
        body = m.UpdateGuildEmojiRequest(
            name=name, roles=[Snowflake(r) for r in roles] if isinstance(roles, Sequence) else roles
        )
        if self.guild_id is None:
            raise ValueError("application emoji are edited through the application, not a guild")
        data = await self._state.rest.update_guild_emoji(self.guild_id, self.id, body=body, reason=reason)
        return Emoji(self._state, data, guild_id=self.guild_id)

    async def delete(self, *, reason: str | None = None) -> None:
        """Delete the emoji from its guild."""
        if self.guild_id is None:
            raise ValueError("application emoji are deleted through the application, not a guild")
        await self._state.rest.delete_guild_emoji(self.guild_id, self.id, reason=reason)


EmojiLike: TypeAlias = "str | Emoji | m.MessageReactionEmojiResponse"
"""A unicode emoji (`"🔥"`), a custom one as `name:id` or `<:name:id>`, an `Emoji`, or a reaction's emoji."""


def reaction_name(emoji: EmojiLike) -> str:
    """The emoji as the reaction routes want it: the unicode character, or `name:id` for custom ones."""
    if isinstance(emoji, Emoji):
        return emoji.reaction_name()
    if isinstance(emoji, m.MessageReactionEmojiResponse):
        if emoji.id is not None:
            return f"{emoji.name or '_'}:{int(emoji.id)}"
        if not emoji.name:
            raise ValueError("a reaction emoji without id needs a name")
        return emoji.name
    text = emoji.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1].removeprefix("a:").removeprefix(":")
    return text
