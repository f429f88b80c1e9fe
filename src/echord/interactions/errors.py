"""Typed errors of the interactions framework, so a caller can tell a late answer from a bad definition."""

from __future__ import annotations

__all__ = [
    "AlreadyResponded",
    "CommandDefinitionError",
    "InteractionError",
    "InteractionExpired",
    "NotResponded",
    "OptionConversionError",
    "ResponseTimeout",
]


class InteractionError(Exception):
    """Base of every error raised by `echord.interactions`."""


class CommandDefinitionError(InteractionError, TypeError):
    """A command's signature or settings cannot be expressed as a Discord application command."""


class OptionConversionError(InteractionError, ValueError):
    """An option value in an interaction does not fit the parameter's type (a stale command definition)."""


class AlreadyResponded(InteractionError):
    """The interaction already has its initial response; use a followup or edit the original instead."""


class NotResponded(InteractionError):
    """Followups and edits of the original need an initial response (or a defer) first."""


class ResponseTimeout(InteractionError):
    """The 3-second window for the initial response has passed; Discord would reject it (10062)."""

    def __init__(self, elapsed: float, limit: float) -> None:
        super().__init__(
            f"the initial response came {elapsed:.2f}s after the interaction; Discord allows {limit:.0f}s "
            "(call ctx.defer() first for slow work)"
        )
        self.elapsed = elapsed
        self.limit = limit


class InteractionExpired(InteractionError):
    """The interaction token is valid for 15 minutes; after that followups and edits fail (50027)."""

    def __init__(self, elapsed: float, limit: float) -> None:
        super().__init__(f"the interaction token expired: {elapsed:.0f}s old, valid for {limit:.0f}s")
        self.elapsed = elapsed
        self.limit = limit
