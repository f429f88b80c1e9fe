"""Per-dispatch cost of the event bus (not a test).

Run from the repository root with `python -m tests.events.bench_dispatch`. Times `EventBus.dispatch_raw`
for a realistic MESSAGE_CREATE body (about 3 KB) in several set-ups. Like a shard's receive loop, each
dispatch is followed by one pass of the event loop (`await asyncio.sleep(0)`), which runs the listeners
to completion; the cost of that bare pass is measured too and subtracted. Rounds are interleaved and the
best round is reported.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable

from echord.events import EventBus, MessageCreate, MessageDelete, RawEvent, event_decoder
from tests.events.payloads import MESSAGE_CREATE_BYTES

N = 2000
ROUNDS = 15


async def _noop(event: object) -> None:
    return None


def _bus(listeners: int, *, kind: type[object] = MessageCreate) -> EventBus:
    bus = EventBus()
    for _ in range(listeners):
        bus.subscribe(kind, _noop)
    return bus


async def _time_dispatch(bus: EventBus) -> float:
    data = MESSAGE_CREATE_BYTES
    dispatch = bus.dispatch_raw
    start = time.perf_counter()
    for _ in range(N):
        dispatch("MESSAGE_CREATE", data, 0)
        await asyncio.sleep(0)
    await bus.join()
    return (time.perf_counter() - start) / N * 1e6


async def _time_call_only(bus: EventBus) -> float:
    """For set-ups where nothing runs afterwards: the bare cost of the `dispatch_raw` call."""
    data = MESSAGE_CREATE_BYTES
    dispatch = bus.dispatch_raw
    start = time.perf_counter()
    for _ in range(N):
        dispatch("MESSAGE_CREATE", data, 0)
    return (time.perf_counter() - start) / N * 1e6


async def _time_loop_pass() -> float:
    start = time.perf_counter()
    for _ in range(N):
        await asyncio.sleep(0)
    return (time.perf_counter() - start) / N * 1e6


async def _time_decode() -> float:
    decode = event_decoder("MESSAGE_CREATE")
    assert decode is not None
    start = time.perf_counter()
    for _ in range(N):
        decode(MESSAGE_CREATE_BYTES)
    return (time.perf_counter() - start) / N * 1e6


async def main() -> None:
    cases: dict[str, Callable[[], Awaitable[float]]] = {
        "(a bare event-loop pass)": _time_loop_pass,
        "no listeners at all": lambda: _time_call_only(_bus(0)),
        "a listener for another event only": lambda: _time_call_only(_bus(1, kind=MessageDelete)),
        "decode alone (no bus)": _time_decode,
        "one MessageCreate listener": lambda: _time_dispatch(_bus(1)),
        "three MessageCreate listeners": lambda: _time_dispatch(_bus(3)),
        "one RawEvent listener": lambda: _time_dispatch(_bus(1, kind=RawEvent)),
    }
    best = {name: float("inf") for name in cases}
    await _time_dispatch(_bus(1))  # warm up decoders
    for _ in range(ROUNDS):
        for name, case in cases.items():
            best[name] = min(best[name], await case())
    print(f"MESSAGE_CREATE body: {len(MESSAGE_CREATE_BYTES)} bytes; best of {ROUNDS} rounds x {N} dispatches")
    base = best.pop("(a bare event-loop pass)")
    decode = best.pop("decode alone (no bus)")
    print(f"  a bare event-loop pass: {base:.2f} µs (subtracted below); decoding alone: {decode:.2f} µs")
    for name, micros in best.items():
        if "listener for another" in name or "no listeners" in name:
            print(f"  {name:<36} {micros:8.2f} µs per dispatch (the call alone)")
        else:
            print(f"  {name:<36} {micros - base:8.2f} µs per dispatch")


if __name__ == "__main__":
    asyncio.run(main())
