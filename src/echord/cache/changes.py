"""What an update did: the record before and after, for listeners that want "cache events"."""

from __future__ import annotations

from typing import Generic, TypeVar

import msgspec

__all__ = ["Change"]

R_co = TypeVar("R_co", covariant=True)


class Change(msgspec.Struct, Generic[R_co], frozen=True):
    """One record's transition. `before` is None for a creation, `after` is None for a removal.

    `before` is a snapshot (members and messages carry a copy of their user), so later updates do not
    change it; `after` is the live cached record. (A frozen Struct rather than a frozen dataclass: every
    update builds one, and this costs a seventh of the time.)
    """

    kind: str
    before: R_co | None
    after: R_co | None
    guild_id: int | None = None

    @property
    def created(self) -> bool:
        """The record was not cached before."""
        return self.before is None and self.after is not None

    @property
    def removed(self) -> bool:
        """The record is no longer cached."""
        return self.before is not None and self.after is None
