"""The invalid-request guard's policy: Discord bans an IP after 10,000 401/403/429 responses in 10 minutes.

The store counts invalid responses in a sliding window (60 slots); the limiter checks the count before each
request and, once it reaches `limit - headroom`, holds requests until the window slides or raises
`InvalidRequestLimitError`, whichever the policy says. A 429 with `X-RateLimit-Scope: shared` is not
counted: Discord does not count it either.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = ["InvalidRequestPolicy", "is_invalid_response"]


@dataclass(frozen=True, slots=True)
class InvalidRequestPolicy:
    """How close to Discord's invalid-request limit the limiter lets a bot get, and what it does there."""

    limit: int = 10_000
    window: float = 600.0
    headroom: int = 500
    """Stop this many short of `limit`: other processes on the IP and requests in flight still count."""
    action: Literal["hold", "raise"] = "hold"
    enabled: bool = True

    @property
    def threshold(self) -> int:
        """The count at which requests stop (0 when the guard is off)."""
        return max(self.limit - self.headroom, 1) if self.enabled else 0


def is_invalid_response(status: int, scope: str | None) -> bool:
    """Whether Discord counts this response against the invalid-request limit."""
    if status in (401, 403):
        return True
    return status == 429 and scope != "shared"
