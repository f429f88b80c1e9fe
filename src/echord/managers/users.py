"""`UserManager`: users by id."""

from __future__ import annotations

from echord._generated import models as m
from echord.structures import DMChannel, HasId, User, channel_from, snowflake

from ._records import reshape, user_model
from .base import Manager

__all__ = ["UserManager"]


class UserManager(Manager):
    """Users: `get` (cache), `fetch` (REST), the bot's own user, DM channels."""

    __slots__ = ()

    async def get(self, user: int | HasId) -> User | None:
        """A cached user (users are cached while a cached guild has them as members)."""
        cache = self._cache
        if cache is None:
            return None
        record = await cache.get_user(snowflake(user))
        return None if record is None else User(self._hub, user_model(record))

    async def fetch(self, user: int | HasId) -> User:
        """A user from Discord.

        The users store is not written: it holds users of cached members only, reference-counted by guild.
        """
        return User(self._hub, await self._rest.get_user(snowflake(user)))

    def me(self) -> User | None:
        """The bot's user from READY (None before READY or without a cache)."""
        cache = self._cache
        if cache is None or cache.me is None:
            return None
        return User(self._hub, user_model(cache.me))

    async def fetch_me(self) -> User:
        """The bot's user from Discord."""
        return User(self._hub, reshape(await self._rest.get_my_user(), m.UserResponse))

    async def create_dm(self, user: int | HasId) -> DMChannel:
        """The DM channel with a user."""
        body = m.CreatePrivateChannelRequest(recipient_id=snowflake(user))
        channel = channel_from(self._hub, await self._rest.create_dm(body=body))
        if not isinstance(channel, DMChannel):
            raise TypeError(f"Discord answered a DM request with a {type(channel).__name__}")
        return channel
