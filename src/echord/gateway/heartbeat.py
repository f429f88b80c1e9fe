"""Heartbeating for one connection: jittered first beat, then one beat per interval, zombie check.

A connection is a zombie when the previous periodic heartbeat got no ACK by the time the next one
is due (docs: "Sending Heartbeats"). The heartbeat then hands over to the shard, which closes with
a non-1000 code and resumes.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

__all__ = ["Heartbeat"]


class Heartbeat:
    """Heartbeat state and loop of one connection."""

    def __init__(
        self,
        interval: float,
        send: Callable[[], Awaitable[None]],
        on_zombie: Callable[[], Awaitable[None]],
        *,
        jitter: float,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        self.interval = interval
        self._send = send
        self._on_zombie = on_zombie
        self._jitter = jitter
        self._clock = clock
        self._sleep = sleep
        self._awaiting_ack = False
        self._last_sent: float | None = None
        self.latency: float | None = None
        """Seconds between the last heartbeat and its ACK; None until the first ACK."""

    def ack(self) -> None:
        """The server acknowledged a heartbeat."""
        self._awaiting_ack = False
        if self._last_sent is not None:
            self.latency = self._clock() - self._last_sent

    async def beat(self) -> None:
        """Send one heartbeat now (also the answer to a server's op 1 request)."""
        self._last_sent = self._clock()
        await self._send()

    async def run(self) -> None:
        """Beat until cancelled, or until a missed ACK marks the connection as a zombie."""
        await self._sleep(self.interval * self._jitter)
        while True:
            if self._awaiting_ack:
                await self._on_zombie()
                return
            self._awaiting_ack = True
            await self.beat()
            await self._sleep(self.interval)
