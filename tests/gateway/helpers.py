"""Shared helpers for the gateway tests: a recording dispatch callback and a fast shard."""

from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable
from typing import Any

import msgspec

from echord.gateway import InMemoryIdentifyQueue, ReconnectPolicy, ShardConnection, ShardLifecycleEvent

TOKEN = "Bot.secret-token-must-never-leak"

FAST = ReconnectPolicy(
    base_delay=0.01, max_delay=0.05, invalid_session_delay=(0.05, 0.1), hello_timeout=2.0, close_timeout=1.0
)


class Recorder:
    """Collects dispatches and lifecycle events."""

    def __init__(self) -> None:
        self.events: list[tuple[str, Any, int]] = []
        self.lifecycle: list[ShardLifecycleEvent] = []

    def __call__(self, event: str, data: msgspec.Raw, shard_id: int) -> None:
        self.events.append((event, json.loads(bytes(data)), shard_id))

    def on_lifecycle(self, event: ShardLifecycleEvent) -> None:
        self.lifecycle.append(event)

    def names(self) -> list[str]:
        return [name for name, _, _ in self.events]

    def of(self, kind: type) -> list[Any]:
        return [e for e in self.lifecycle if isinstance(e, kind)]


def make_shard(url: str, recorder: Recorder, **kwargs: Any) -> ShardConnection:
    options: dict[str, Any] = {
        "intents": 513,
        "dispatch": recorder,
        "gateway_url": url,
        "lifecycle": recorder.on_lifecycle,
        "policy": FAST,
        "compression": "zlib-stream",
        "rng": random.Random(7),
        "identify_queue": InMemoryIdentifyQueue(window=0.05),
    }
    options.update(kwargs)
    return ShardConnection(TOKEN, **options)


async def wait_until(predicate: Callable[[], bool], within: float = 5.0) -> None:
    """Poll a condition over state the fake gateway and the shard update (no event to wait on)."""
    async with asyncio.timeout(within):
        while not predicate():  # noqa: ASYNC110 - polling test state is the point
            await asyncio.sleep(0.005)


async def stop(shard: ShardConnection, task: asyncio.Task[None]) -> None:
    await shard.close()
    await asyncio.wait_for(task, 5)
