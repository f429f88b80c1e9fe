"""`User`: a Discord account, and direct messages to it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from echord._generated import models as m
from echord._support import UNSET, File, Snowflake, UnsetType
from echord.utils import UserFlags, default_avatar_url, user_avatar_url, user_mention

from .base import Identified
from .sending import ComponentRequest, EmbedLike, MessageParts
from .state import StructureState

if TYPE_CHECKING:
    from .channel import DMChannel
    from .message import Message

__all__ = ["User"]


class User(Identified[m.UserResponse]):
    """A user (or bot) account; `send` opens the DM channel first."""

    __slots__ = ()

    @classmethod
    def partial(cls, state: StructureState, user_id: int) -> User:
        """A user known only by id: enough for `send` and `create_dm`."""
        return cls(state, m.UserResponse(id=Snowflake(user_id)))

    @property
    def name(self) -> str:
        """The unique username."""
        return self.data.username

    @property
    def global_name(self) -> str | None:
        """The display name the user chose, if any."""
        return self.data.global_name or None

    @property
    def display_name(self) -> str:
        """What Discord shows: the global name, else the username."""
        return self.data.global_name or self.data.username

    @property
    def bot(self) -> bool:
        """Whether this is a bot account."""
        return self.data.bot is True

    @property
    def mention(self) -> str:
        """`<@id>`."""
        return user_mention(self.id)

    @property
    def flags(self) -> UserFlags:
        """The public flags (badges)."""
        return UserFlags(self.data.public_flags or 0)

    @property
    def avatar_url(self) -> str:
        """The avatar's CDN URL, or the default avatar's when there is none."""
        if self.data.avatar:
            return user_avatar_url(self.id, self.data.avatar)
        return default_avatar_url(self.id, self.data.discriminator or None)

    async def fetch(self) -> User:
        """The user as Discord has it now."""
        return User(self._state, await self._state.rest.get_user(self.id))

    async def create_dm(self) -> DMChannel:
        """The DM channel with this user (Discord returns the existing one when there is one)."""
        from .channel import DMChannel, channel_from

        channel = channel_from(
            self._state,
            await self._state.rest.create_dm(body=m.CreatePrivateChannelRequest(recipient_id=self.id)),
        )
        if not isinstance(channel, DMChannel):
            raise TypeError(f"Discord answered a DM request with a {type(channel).__name__}")
        return channel

    async def send(
        self,
        content: str | UnsetType = UNSET,
        *,
        embed: EmbedLike | UnsetType = UNSET,
        embeds: Sequence[EmbedLike] | UnsetType = UNSET,
        components: Sequence[ComponentRequest] | UnsetType = UNSET,
        files: Sequence[File] | None = None,
        allowed_mentions: m.MessageAllowedMentionsRequest | UnsetType = UNSET,
    ) -> Message:
        """Send a direct message (fails with Forbidden when the user does not accept DMs from the bot)."""
        channel = await self.create_dm()
        parts = MessageParts(
            content, embed=embed, embeds=embeds, components=components, allowed_mentions=allowed_mentions
        )
        return await channel.send_parts(parts, files=files)
