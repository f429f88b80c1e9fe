"""Paced playback: one Opus packet every 20 ms against a monotonic clock, without cumulative drift.

The player computes each frame's deadline from the start time (start + n * 20 ms) rather than sleeping a fixed
20 ms after each send, so scheduling delays do not accumulate. If the loop falls far behind (the process was
suspended), it re-anchors instead of bursting the backlog. The clock is injectable so tests can run faster than
real time.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Final, Protocol

from .opus import FRAME_DURATION, OpusEncoder
from .rtp import SILENCE_FRAME
from .sources import AudioSource

__all__ = ["AfterCallback", "AudioPlayer", "Clock", "MonotonicClock"]

log = logging.getLogger("echord.voice")

SILENCE_FRAMES: Final = 5
MAX_LAG: Final = 0.2
"""How far behind schedule the player may fall before re-anchoring instead of catching up."""

AfterCallback = Callable[[BaseException | None], object]
"""Called once when playback ends: with None, or the error that ended it. May be a coroutine function."""


class Clock(Protocol):
    """Time source for pacing; swap it for a virtual clock in tests."""

    def now(self) -> float: ...

    async def sleep(self, seconds: float) -> None: ...


class MonotonicClock:
    """time.perf_counter and asyncio.sleep: the real-time default."""

    def now(self) -> float:
        return time.perf_counter()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)


class AudioPlayer:
    """Reads a source, encodes when needed and hands Opus packets to `send` on a 20 ms grid."""

    def __init__(
        self,
        source: AudioSource,
        send: Callable[[bytes], None],
        set_speaking: Callable[[bool], Awaitable[None]],
        *,
        after: AfterCallback | None = None,
        clock: Clock | None = None,
        encoder: OpusEncoder | None = None,
    ) -> None:
        self.source = source
        self._send = send
        self._set_speaking = set_speaking
        self._after = after
        self._clock = clock or MonotonicClock()
        self._encoder = encoder if source.is_opus else (encoder or OpusEncoder())
        self._resumed = asyncio.Event()
        self._resumed.set()
        self._stopped = False
        self._task: asyncio.Task[None] | None = None
        self.frames_sent = 0
        self.reanchors = 0
        self.send_times: list[float] | None = None
        """Set to a list to record each send's clock time (the pacing benchmark does)."""

    def start(self) -> None:
        if self._task is None:
            self._task = asyncio.get_running_loop().create_task(self._run(), name="echord-voice-player")

    @property
    def is_playing(self) -> bool:
        return self._task is not None and not self._task.done() and self._resumed.is_set()

    @property
    def is_paused(self) -> bool:
        return self._task is not None and not self._task.done() and not self._resumed.is_set()

    def pause(self) -> None:
        self._resumed.clear()

    def resume(self) -> None:
        self._resumed.set()

    def stop(self) -> None:
        self._stopped = True
        self._resumed.set()

    async def wait(self) -> None:
        """Until playback has ended (the `after` callback has run)."""
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await asyncio.shield(self._task)

    async def _run(self) -> None:
        error: BaseException | None = None
        try:
            await self._play()
        except asyncio.CancelledError:
            raise
        except Exception as exc:
            log.exception("voice playback failed")
            error = exc
        finally:
            with contextlib.suppress(Exception):
                await self.source.close()
        await self._finish(error)

    async def _play(self) -> None:
        await self._set_speaking(True)
        start = self._clock.now()
        frames = 0
        while not self._stopped:
            if not self._resumed.is_set():
                await self._silence()
                await self._set_speaking(False)
                await self._resumed.wait()
                if self._stopped:
                    return
                await self._set_speaking(True)
                start, frames = self._clock.now(), 0
            data = await self.source.read()
            if not data:
                break
            packet = data if self._encoder is None else self._encoder.encode(data)
            self._emit(packet)
            frames += 1
            delay = start + frames * FRAME_DURATION - self._clock.now()
            if delay < -MAX_LAG:
                self.reanchors += 1
                start, frames, delay = self._clock.now(), 0, 0.0
            await self._clock.sleep(max(0.0, delay))
        await self._silence()
        await self._set_speaking(False)

    def _emit(self, packet: bytes) -> None:
        if self.send_times is not None:
            self.send_times.append(self._clock.now())
        self._send(packet)
        self.frames_sent += 1

    async def _silence(self) -> None:
        """Five silence frames so receivers' decoders do not interpolate across the gap."""
        for _ in range(SILENCE_FRAMES):
            self._emit(SILENCE_FRAME)
            await self._clock.sleep(FRAME_DURATION)

    async def _finish(self, error: BaseException | None) -> None:
        if self._after is None:
            return
        try:
            result = self._after(error)
            if inspect.isawaitable(result):
                await result
        except Exception:
            log.exception("voice `after` callback raised")
