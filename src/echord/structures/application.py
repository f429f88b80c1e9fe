"""`Application`: the bot's application: its owner or team, flags, and settings."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import UNSET, UnsetType
from echord.utils import ApplicationFlags

from .base import Identified
from .team import Team
from .user import User

__all__ = ["Application"]


class Application(Identified[m.PrivateApplicationResponse]):
    """The application behind the bot (`await managers.fetch_application()`)."""

    __slots__ = ()

    @property
    def name(self) -> str:
        """The application's name."""
        return self.data.name

    @property
    def owner(self) -> User | None:
        """The owning user (for team apps, Discord sends a team pseudo-user)."""
        owner = self.data.owner
        return User(self._state, owner) if isinstance(owner, m.UserResponse) else None

    @property
    def team(self) -> Team | None:
        """The owning team, if a team owns it."""
        team = self.data.team
        return Team(self._state, team) if isinstance(team, m.TeamResponse) else None

    @property
    def flags(self) -> ApplicationFlags:
        """Public flags (intents approved, …)."""
        return ApplicationFlags(self.data.flags or 0)

    async def edit(
        self,
        *,
        interactions_endpoint_url: str | UnsetType | None = UNSET,
        tags: list[str] | UnsetType | None = UNSET,
    ) -> Application:
        """Change the application's interactions endpoint or tags."""
        body = m.ApplicationFormPartial(interactions_endpoint_url=interactions_endpoint_url, tags=tags)
        return Application(self._state, await self._state.rest.update_my_application(body=body))
