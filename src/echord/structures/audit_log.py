"""`AuditLogEntry`: one administrative action recorded in a guild's audit log."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import Snowflake

from .base import Identified
from .state import StructureState
from .user import User

__all__ = ["AuditLogEntry"]


class AuditLogEntry(Identified[m.AuditLogEntryResponse]):
    """An audit-log entry, with the acting user resolved from the same page of the log."""

    __slots__ = ("_user", "guild_id")

    def __init__(
        self,
        state: StructureState,
        data: m.AuditLogEntryResponse,
        *,
        guild_id: int,
        user: m.UserResponse | None,
    ) -> None:
        super().__init__(state, data)
        self.guild_id = Snowflake(guild_id)
        self._user = user

    @property
    def action(self) -> int:
        """The action type (`echord._generated.models.AuditLogActionTypes`: 20 kick, 22 ban, …)."""
        return self.data.action_type

    @property
    def user_id(self) -> Snowflake | None:
        """Who did it (None for some automatic actions)."""
        return self.data.user_id

    @property
    def user(self) -> User | None:
        """Who did it, when Discord included the user with the page."""
        return None if self._user is None else User(self._state, self._user)

    @property
    def target_id(self) -> Snowflake | None:
        """What it was done to (a user, role, channel, … depending on the action)."""
        return self.data.target_id

    @property
    def reason(self) -> str | None:
        """The reason given (the `X-Audit-Log-Reason` of the request), if any."""
        return self.data.reason if isinstance(self.data.reason, str) else None

    @property
    def changes(self) -> list[m.AuditLogObjectChangeResponse]:
        """What changed: key, old and new value each."""
        return list(self.data.changes) if isinstance(self.data.changes, list) else []
