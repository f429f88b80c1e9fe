"""SIGINT and SIGTERM as a stop request, so `Client.run()` shuts down gracefully instead of dying mid-write.

Deployment tools stop a process with SIGTERM and a person with Ctrl-C (SIGINT); both should close the shards
resumably and release HTTP. The previous handlers are restored afterwards, so a second Ctrl-C during a slow
shutdown still interrupts as usual.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import signal
from collections.abc import Callable, Iterator

__all__ = ["STOP_SIGNALS", "stop_on_signals"]

STOP_SIGNALS: tuple[signal.Signals, ...] = (signal.SIGINT, signal.SIGTERM)

_log = logging.getLogger("echord.client")


@contextlib.contextmanager
def stop_on_signals(stop: Callable[[], None]) -> Iterator[list[signal.Signals]]:
    """Call `stop()` on SIGINT or SIGTERM while inside the block; yields the signals actually handled.

    Where the loop cannot handle signals (Windows, a loop outside the main thread), none are installed and
    Ctrl-C raises KeyboardInterrupt as usual, which `asyncio.run` turns into cancellation.
    """
    loop = asyncio.get_running_loop()
    installed: list[signal.Signals] = []

    def handler(sig: signal.Signals) -> None:
        _log.info("received %s: shutting down", sig.name)
        stop()

    for sig in STOP_SIGNALS:
        try:
            loop.add_signal_handler(sig, handler, sig)
        except (NotImplementedError, RuntimeError, ValueError):
            continue
        installed.append(sig)
    try:
        yield installed
    finally:
        for sig in installed:
            loop.remove_signal_handler(sig)
