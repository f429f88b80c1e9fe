"""What a structure needs from the client: a REST handle and cache look-ups.

Structures live below the cache in the layer table, so they cannot read it themselves. `StructureState` is
the seam: `echord.managers.Managers` implements it (REST plus cache reads turned into structures), and so
does anything else that wants to hand structures a different source, such as a test double.

Joining voice is optional: a state that also has `connect_voice` (`VoiceConnecting`; `Managers` has it, and
an `echord.Client` fills it in) lets `VoiceChannel.connect()` work. Structures never import the voice layer.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import TYPE_CHECKING, Protocol, TypeAlias, runtime_checkable

from echord._generated.endpoints import RESTEndpoints
from echord._support import Snowflake

if TYPE_CHECKING:
    from echord.voice import VoiceClient

    from .channel import AnyChannel
    from .guild import Guild
    from .member import Member
    from .message import Message
    from .role import Role
    from .user import User

__all__ = ["HasId", "SnowflakeLike", "StructureState", "VoiceConnect", "VoiceConnecting", "snowflake"]


@runtime_checkable
class HasId(Protocol):
    """Anything with an `id`: a structure, a cache record, a generated model."""

    @property
    def id(self) -> int: ...


SnowflakeLike: TypeAlias = "int | HasId"
"""An id (`Snowflake` is an `int`) or an object that has one: every method taking a Discord object takes this."""


def snowflake(value: int | HasId) -> Snowflake:
    """The id of `value`, as a `Snowflake`."""
    return Snowflake(value if isinstance(value, int) else value.id)


class StructureState(Protocol):
    """The client's side of a structure: where API calls go and where cached objects come from.

    The cache reads are async because a cache store may be remote (Redis); each returns None when the object
    is not cached.
    """

    @property
    def rest(self) -> RESTEndpoints:
        """The REST client every API method of a structure sends through."""
        ...

    async def cached_guild(self, guild_id: int) -> Guild | None:
        """The cached guild, or None."""
        ...

    async def cached_channel(self, channel_id: int, guild_id: int | None = None) -> AnyChannel | None:
        """The cached channel or thread, or None."""
        ...

    async def cached_user(self, user_id: int) -> User | None:
        """The cached user, or None."""
        ...

    async def cached_member(self, guild_id: int, user_id: int) -> Member | None:
        """The cached member, or None."""
        ...

    async def cached_role(self, guild_id: int, role_id: int) -> Role | None:
        """The cached role, or None."""
        ...

    async def cached_message(self, channel_id: int, message_id: int) -> Message | None:
        """The cached message, or None."""
        ...


class VoiceConnect(Protocol):
    """Joins (or moves to) a voice channel and returns the connection: `Client.voice_connect` fits."""

    def __call__(
        self, guild_id: int, channel_id: int, *, self_mute: bool = False, self_deaf: bool = False
    ) -> Awaitable[VoiceClient]: ...


@runtime_checkable
class VoiceConnecting(Protocol):
    """The optional voice part of a `StructureState`, used by `VoiceChannel.connect()`."""

    async def connect_voice(
        self, guild_id: int, channel_id: int, *, self_mute: bool = False, self_deaf: bool = False
    ) -> VoiceClient:
        """Join (or move to) the channel through the main gateway; returns the live `echord.voice.VoiceClient`."""
        ...
