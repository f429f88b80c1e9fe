"""When to resend a failed request, and how long to wait first (exponential backoff with full jitter)."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

import httpx

__all__ = ["RetryPolicy", "never_sent"]

RETRY_STATUSES: frozenset[int] = frozenset({500, 502, 503, 504})


def never_sent(error: Exception) -> bool:
    """Whether the request certainly never reached the server (so retrying cannot duplicate it)."""
    return isinstance(error, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Retries for 500/502/503/504 and network errors: only requests safe to repeat, unless told otherwise.

    A request that never left the machine (connect error) is always safe. POST and PATCH are not repeated
    after Discord may have seen them, unless `retry_unsafe` is set.
    """

    max_retries: int = 3
    base: float = 0.5
    cap: float = 16.0
    retry_unsafe: bool = False
    statuses: frozenset[int] = field(default=RETRY_STATUSES)
    max_rate_limit_retries: int = 10
    """How many 429s in a row one request may absorb (each waits as Discord says) before raising."""

    def delay(self, attempt: int, rng: random.Random | None = None) -> float:
        """Seconds to wait before retry number `attempt` (1-based): uniform in [0, min(cap, base·2^(n-1))]."""
        ceiling = min(self.cap, self.base * 2 ** (attempt - 1))
        return (rng or random).uniform(0.0, ceiling)

    def may_retry_status(self, status: int, idempotent: bool, attempt: int) -> bool:
        """Whether a response with `status` on try `attempt` (1-based) may be retried."""
        return status in self.statuses and (idempotent or self.retry_unsafe) and attempt <= self.max_retries

    def may_retry_error(self, error: Exception, idempotent: bool, attempt: int) -> bool:
        """Whether a network error on try `attempt` may be retried."""
        if attempt > self.max_retries:
            return False
        return never_sent(error) or idempotent or self.retry_unsafe
