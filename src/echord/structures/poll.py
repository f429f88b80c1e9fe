"""`Poll`: a message's poll, its results and voters, and ending it early."""

from __future__ import annotations

from typing import TYPE_CHECKING

from echord._generated import models as m
from echord._support import UNSET, Snowflake

from .base import Structure
from .pagination import Page, Paginator
from .state import StructureState
from .user import User

if TYPE_CHECKING:
    from .message import Message

__all__ = ["Poll"]

_VOTERS_PAGE = 100


class Poll(Structure[m.PollResponse]):
    """The poll of a message; `voters(answer_id)` lists who picked an answer, `end()` closes it now."""

    __slots__ = ("channel_id", "message_id")

    def __init__(
        self, state: StructureState, data: m.PollResponse, *, channel_id: int, message_id: int
    ) -> None:
        super().__init__(state, data)
        self.channel_id = Snowflake(channel_id)
        self.message_id = Snowflake(message_id)

    @property
    def question(self) -> str:
        """The question's text."""
        return self.data.question.text if isinstance(self.data.question.text, str) else ""

    def answers(self) -> dict[int, str]:
        """Answer id → answer text."""
        return {
            a.answer_id: a.poll_media.text if isinstance(a.poll_media.text, str) else ""
            for a in self.data.answers
        }

    def counts(self) -> dict[int, int]:
        """Answer id → votes so far (as Discord last reported them)."""
        results = self.data.results
        if not results or not results.answer_counts:
            return {}
        return {c.id: c.count for c in results.answer_counts}

    def voters(self, answer_id: int, *, limit: int | None = None) -> Paginator[User]:
        """The users who voted for `answer_id`, in id order, fetched 100 at a time."""
        after: list[Snowflake] = []

        async def page(remaining: int | None) -> Page[User]:
            size = _VOTERS_PAGE if remaining is None else min(remaining, _VOTERS_PAGE)
            data = await self._state.rest.get_answer_voters(
                self.channel_id, self.message_id, answer_id, after=after[-1] if after else UNSET, limit=size
            )
            users = [User(self._state, u) for u in data.users]
            if users:
                after.append(users[-1].id)
            return Page(users, more=len(users) == size)

        return Paginator(page, limit=limit)

    async def end(self) -> Message:
        """Close the poll now; returns the message with its final results."""
        from .message import Message

        return Message(self._state, await self._state.rest.poll_expire(self.channel_id, self.message_id))
