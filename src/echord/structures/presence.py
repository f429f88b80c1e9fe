"""`Presence`: a member's status and activities, from PRESENCE_UPDATE events."""

from __future__ import annotations

from echord._generated import events as ev
from echord._support import Snowflake

from .base import Structure

__all__ = ["Presence"]


class Presence(Structure[ev.Presence]):
    """A user's online status and activities in one guild (presences change too often for API methods)."""

    __slots__ = ()

    def __repr__(self) -> str:
        return f"Presence(user_id={int(self.user_id)}, status={self.status!r})"

    @property
    def user_id(self) -> Snowflake:
        """Whose presence it is."""
        return self.data.user.id

    @property
    def status(self) -> str:
        """`online`, `idle`, `dnd` or `offline`."""
        return self.data.status if isinstance(self.data.status, str) else "offline"

    @property
    def activities(self) -> list[ev.Activity]:
        """What the user is doing (playing, streaming, a custom status, …)."""
        return list(self.data.activities) if isinstance(self.data.activities, list) else []
