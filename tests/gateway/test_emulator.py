"""A real shard against echord's emulator: faults injected by the emulator, no event lost or doubled."""

from __future__ import annotations

import asyncio

from echord.gateway import InMemoryIdentifyQueue, ShardConnection
from echord.testing import Emulator, Intent
from echord.testing.intents import ALL_INTENTS
from echord.testing.pytest_plugin import emulator

from .helpers import FAST, Recorder, stop, wait_until

__all__ = ["emulator"]


async def test_messages_survive_a_drop_and_a_reconnect_request(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    world = emulator.world
    recorder = Recorder()
    shard = ShardConnection(
        emulator.bot_token,
        intents=ALL_INTENTS & ~Intent.GUILD_PRESENCES,
        dispatch=recorder,
        gateway_url=emulator.gateway_url,
        lifecycle=recorder.on_lifecycle,
        policy=FAST,
        identify_queue=InMemoryIdentifyQueue(0.05),
    )
    task = asyncio.create_task(shard.run())

    def contents() -> list[str]:
        return [d["content"] for name, d, _ in recorder.events if name == "MESSAGE_CREATE"]

    try:
        await wait_until(lambda: shard.is_ready)
        for i in range(5):
            world.create_message(seed.general.id, seed.alice.id, f"before {i}")
        await wait_until(lambda: len(contents()) == 5)

        assert emulator.gateway.drop() == 1  # TCP cut, no close frame
        for i in range(5):
            world.create_message(seed.general.id, seed.alice.id, f"while dropped {i}")
        await wait_until(lambda: len(contents()) == 10)

        assert emulator.gateway.request_reconnect() == 1  # op 7
        for i in range(5):
            world.create_message(seed.general.id, seed.alice.id, f"after op 7 {i}")
        await wait_until(lambda: len(contents()) == 15)
    finally:
        await stop(shard, task)

    expected = [f"before {i}" for i in range(5)]
    expected += [f"while dropped {i}" for i in range(5)]
    expected += [f"after op 7 {i}" for i in range(5)]
    assert contents() == expected
    assert recorder.names().count("READY") == 1  # resumed twice, never re-identified
    assert recorder.names().count("RESUMED") == 2
