"""`ThreadMember`: a user's membership of a thread."""

from __future__ import annotations

from datetime import datetime

from echord._generated import models as m
from echord._support import Snowflake

from .base import Structure
from .member import Member
from .state import StructureState

__all__ = ["ThreadMember"]


class ThreadMember(Structure[m.ThreadMemberResponse]):
    """Someone in a thread; `remove()` takes them out."""

    __slots__ = ("guild_id",)

    def __init__(self, state: StructureState, data: m.ThreadMemberResponse, *, guild_id: int | None) -> None:
        super().__init__(state, data)
        self.guild_id = None if guild_id is None else Snowflake(guild_id)

    def __repr__(self) -> str:
        return f"ThreadMember(thread_id={int(self.thread_id)}, user_id={int(self.user_id)})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, ThreadMember)
            and other.thread_id == self.thread_id
            and other.user_id == self.user_id
        )

    def __hash__(self) -> int:
        return hash((int(self.thread_id), int(self.user_id)))

    @property
    def thread_id(self) -> Snowflake:
        """The thread."""
        return self.data.id

    @property
    def user_id(self) -> Snowflake:
        """The user."""
        return self.data.user_id

    @property
    def joined_at(self) -> datetime:
        """When they joined the thread."""
        return self.data.join_timestamp

    @property
    def member(self) -> Member | None:
        """The guild member, when listed `with_member=True`."""
        if isinstance(self.data.member, m.GuildMemberResponse) and self.guild_id is not None:
            return Member(self._state, self.data.member, guild_id=self.guild_id)
        return None

    async def remove(self) -> None:
        """Remove them from the thread."""
        await self._state.rest.delete_thread_member(self.thread_id, self.user_id)
