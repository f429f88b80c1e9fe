"""Errors the gateway raises. None of them ever carries the token."""

from __future__ import annotations

from echord.errors import EchordError

__all__ = [
    "FatalCloseError",
    "GatewayError",
    "PayloadTooLargeError",
    "SessionStartLimitError",
    "ShardClosedError",
]


class GatewayError(EchordError):
    """Base class of gateway errors."""


class FatalCloseError(GatewayError):
    """Discord closed the shard with a code after which reconnecting cannot help (4004, 4010-4014)."""

    def __init__(self, shard_id: int, code: int, name: str, hint: str) -> None:
        self.shard_id = shard_id
        self.code = code
        self.name = name
        self.hint = hint
        super().__init__(f"shard {shard_id} closed by Discord with {code} ({name}): {hint}")


class SessionStartLimitError(GatewayError):
    """Too few identifies remain today (session_start_limit) to start the requested shards."""

    def __init__(self, needed: int, remaining: int, total: int, reset_after: float) -> None:
        self.needed = needed
        self.remaining = remaining
        self.total = total
        self.reset_after = reset_after
        super().__init__(
            f"refusing to start: {needed} shard(s) need to identify but only {remaining} of {total} "
            f"session starts remain; the limit resets in {reset_after:.0f} s"
        )


class ShardClosedError(GatewayError):
    """The shard was closed (or failed) and cannot send."""


class PayloadTooLargeError(GatewayError):
    """A payload to send is over Discord's 4096-byte limit (Discord would close with 4002)."""
