"""The gateway send limit: 120 payloads per connection per 60 s, with room kept for heartbeats.

A sliding window (a log of send times), so no 60-second span ever holds more than the limit. Ordinary
sends may use `limit - reserved` slots; priority sends (heartbeats, identify, resume) may use all of
them, so a busy presence loop can never starve the heartbeat and get the shard disconnected (4008).
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Awaitable, Callable

__all__ = ["SendLimiter"]


class SendLimiter:
    """Waits until a payload may be sent on the current connection."""

    def __init__(
        self,
        limit: int = 120,
        period: float = 60.0,
        reserved: int = 5,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if not 0 <= reserved < limit:
            raise ValueError("reserved must be at least 0 and below limit")
        self.limit = limit
        self.period = period
        self.reserved = reserved
        self._clock = clock
        self._sleep = sleep
        self._sent: deque[float] = deque()
        self._lock = asyncio.Lock()

    def reset(self) -> None:
        """A new connection starts with a fresh budget."""
        self._sent.clear()

    def _expire(self, now: float) -> None:
        sent = self._sent
        while sent and sent[0] <= now - self.period:
            sent.popleft()

    async def acquire(self, *, priority: bool = False) -> None:
        """Return once one more payload may be sent; records the send."""
        if priority:
            # Priority sends never queue behind ordinary ones; they only wait if the reserve is gone too.
            await self._wait_for_slot(self.limit)
            return
        async with self._lock:
            await self._wait_for_slot(self.limit - self.reserved)

    async def _wait_for_slot(self, cap: int) -> None:
        while True:
            now = self._clock()
            self._expire(now)
            if len(self._sent) < cap:
                self._sent.append(now)
                return
            await self._sleep(self._sent[len(self._sent) - cap] + self.period - now)

    @property
    def used(self) -> int:
        """Sends in the current window (for metrics and tests)."""
        self._expire(self._clock())
        return len(self._sent)
