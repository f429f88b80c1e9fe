"""`Team`: the developer team that owns an application."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import Snowflake

from .base import Identified
from .user import User

__all__ = ["Team"]


class Team(Identified[m.TeamResponse]):
    """A developer team: its owner and members (read-only; teams are managed in the developer portal)."""

    __slots__ = ()

    @property
    def name(self) -> str:
        """The team's name."""
        return self.data.name

    @property
    def owner_id(self) -> Snowflake:
        """The owner's user id."""
        return self.data.owner_user_id

    @property
    def members(self) -> list[User]:
        """The team's members."""
        return [User(self._state, member.user) for member in self.data.members or ()]
