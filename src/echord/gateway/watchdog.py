"""A watchdog that notices a blocked event loop and logs where it is stuck.

A blocked loop cannot heartbeat, so Discord drops the shard ("heartbeat blocked for more than N
seconds"). A coroutine on the loop stamps the time every `interval`; a daemon thread checks the stamp
and, when it is older than `threshold`, logs the loop thread's current stack (`sys._current_frames()`),
once per blocked stretch.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import threading
import time
import traceback
from collections.abc import Callable

__all__ = ["LoopWatchdog"]

_log = logging.getLogger("echord.gateway.watchdog")


class LoopWatchdog:
    """`start()` on the loop to watch; `stop()` (or `async with`) to end it."""

    def __init__(
        self,
        threshold: float = 10.0,
        *,
        interval: float = 1.0,
        on_blocked: Callable[[float, str], None] | None = None,
    ) -> None:
        if threshold <= interval:
            raise ValueError("threshold must be longer than interval")
        self.threshold = threshold
        self.interval = interval
        self._on_blocked = on_blocked
        self._stamp = time.monotonic()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._ticker: asyncio.Task[None] | None = None
        self._loop_thread_id = 0

    async def __aenter__(self) -> LoopWatchdog:
        self.start()
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.stop()

    def start(self) -> None:
        """Start watching the running loop."""
        if self._thread is not None:
            raise RuntimeError("the watchdog is already running")
        self._loop_thread_id = threading.get_ident()
        self._stamp = time.monotonic()
        self._stop.clear()
        self._ticker = asyncio.get_running_loop().create_task(self._tick())
        self._thread = threading.Thread(target=self._watch, name="echord-loop-watchdog", daemon=True)
        self._thread.start()

    async def stop(self) -> None:
        """Stop the ticker and the thread."""
        self._stop.set()
        if self._ticker is not None:
            self._ticker.cancel()
            await asyncio.gather(self._ticker, return_exceptions=True)
            self._ticker = None
        if self._thread is not None:
            self._thread.join(timeout=self.interval * 2)
            self._thread = None

    async def _tick(self) -> None:
        while True:
            self._stamp = time.monotonic()
            await asyncio.sleep(self.interval)

    def _watch(self) -> None:
        reported = False
        while not self._stop.wait(self.interval / 2):
            blocked = time.monotonic() - self._stamp
            if blocked < self.threshold:
                reported = False
                continue
            if reported:
                continue
            reported = True
            frame = sys._current_frames().get(self._loop_thread_id)
            stack = "".join(traceback.format_stack(frame)) if frame is not None else "(stack unavailable)\n"
            _log.warning("event loop blocked for %.1f s; it is here:\n%s", blocked, stack)
            if self._on_blocked is not None:
                self._on_blocked(blocked, stack)
