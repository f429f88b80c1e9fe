"""The loop watchdog reports a blocked event loop with the stack where it is stuck."""

from __future__ import annotations

import asyncio
import time

import pytest

from echord.gateway import LoopWatchdog


def block_the_loop_for_a_while(seconds: float) -> None:
    time.sleep(seconds)


async def test_blocked_loop_is_reported_with_its_stack(caplog: pytest.LogCaptureFixture) -> None:
    reports: list[tuple[float, str]] = []
    async with LoopWatchdog(threshold=0.2, interval=0.05, on_blocked=lambda s, st: reports.append((s, st))):
        await asyncio.sleep(0.1)
        block_the_loop_for_a_while(0.6)
        await asyncio.sleep(0.1)
    assert len(reports) == 1  # once per blocked stretch
    blocked_for, stack = reports[0]
    assert blocked_for >= 0.2
    assert "block_the_loop_for_a_while" in stack
    assert "event loop blocked" in caplog.text


async def test_a_healthy_loop_is_not_reported() -> None:
    reports: list[tuple[float, str]] = []
    async with LoopWatchdog(threshold=0.5, interval=0.05, on_blocked=lambda s, st: reports.append((s, st))):
        for _ in range(10):
            block_the_loop_for_a_while(0.01)
            await asyncio.sleep(0.03)
    assert reports == []


def test_threshold_must_exceed_interval() -> None:
    with pytest.raises(ValueError):
        LoopWatchdog(threshold=1.0, interval=1.0)
