"""Send commands: op 8 collected by nonce, op 3/4/31/43 payloads, size and rate limits."""

from __future__ import annotations

import asyncio
import json

import pytest

from echord.gateway import (
    Activity,
    GatewayError,
    PayloadTooLargeError,
    Presence,
    SendLimiter,
    ShardClosedError,
)

from .fake_gateway import FakeConnection, FakeGateway
from .helpers import Recorder, make_shard, stop, wait_until


async def test_request_guild_members_collects_every_chunk_by_nonce() -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()
        request = await conn.expect(8)
        nonce = request["d"]["nonce"]
        members: list[list[dict[str, object]]] = [
            [{"user": {"id": str(i * 10 + j)}} for j in range(3)] for i in range(3)
        ]
        # Another request's chunk and a chunk without nonce must not be mixed in.
        await conn.dispatch(
            "GUILD_MEMBERS_CHUNK",
            {"guild_id": "5", "members": [], "chunk_index": 0, "chunk_count": 1, "nonce": "other"},
        )
        for index in (2, 0, 1):  # out of order
            chunk: dict[str, object] = {
                "guild_id": "5",
                "members": members[index],
                "chunk_index": index,
                "chunk_count": 3,
            }
            chunk["nonce"] = nonce
            if index == 1:
                chunk["not_found"] = ["999"]
            await conn.dispatch("GUILD_MEMBERS_CHUNK", chunk)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        result = await shard.request_guild_members(5, query="", limit=0, presences=True, timeout=5)
        await stop(shard, task)

    request = gw.sent(8)[0].payload["d"]
    assert request["guild_id"] == "5" and request["query"] == "" and request["limit"] == 0
    assert request["presences"] is True
    assert len(request["nonce"].encode()) <= 32
    assert result.guild_id == 5
    chunks = [json.loads(bytes(c)) for c in result.chunks]
    assert [c["chunk_index"] for c in chunks] == [0, 1, 2]
    assert [m["user"]["id"] for c in chunks for m in c["members"]] == [
        str(i) for i in (0, 1, 2, 10, 11, 12, 20, 21, 22)
    ]
    assert result.not_found == ["999"]
    # The chunks were still dispatched as events.
    assert recorder.names().count("GUILD_MEMBERS_CHUNK") == 4


async def test_request_guild_members_by_user_ids() -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()
        request = await conn.expect(8)
        await conn.dispatch(
            "GUILD_MEMBERS_CHUNK",
            {
                "guild_id": "5",
                "members": [],
                "chunk_index": 0,
                "chunk_count": 1,
                "nonce": request["d"]["nonce"],
            },
        )

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        with pytest.raises(ValueError):
            await shard.request_guild_members(5)
        result = await shard.request_guild_members(5, user_ids=[1, 2])
        await stop(shard, task)
    assert gw.sent(8)[0].payload["d"]["user_ids"] == ["1", "2"]
    assert "query" not in gw.sent(8)[0].payload["d"]
    assert len(result.chunks) == 1


async def test_pending_member_request_fails_when_the_session_is_invalidated() -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()
        if conn.index == 0:
            await conn.expect(8)
            await conn.send(9, False)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        with pytest.raises(GatewayError, match="abandoned"):
            await shard.request_guild_members(5, query="a", limit=10, timeout=5)
        await stop(shard, task)


async def test_presence_voice_soundboard_and_channel_info_payloads() -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await shard.wait_ready()
        await shard.update_presence(
            Presence(status="dnd", activities=[Activity(name="x", type=4, state="hi")], afk=True)
        )
        await shard.update_voice_state(41771983423143937, 127121515262115840, self_mute=True)
        await shard.update_voice_state(41771983423143937, None)
        await shard.request_soundboard_sounds([613425648685547541, 81384788765712384])
        await shard.request_channel_info(613425648685547541, ["status", "voice_start_time"])
        await wait_until(lambda: len(gw.sent(43)) == 1)
        with pytest.raises(PayloadTooLargeError):
            await shard.update_presence(Presence(activities=[Activity(name="x" * 5000)]))
        await stop(shard, task)
        with pytest.raises(ShardClosedError):
            await shard.update_presence(Presence())

    assert gw.sent(3)[0].payload["d"] == {
        "status": "dnd",
        "activities": [{"name": "x", "type": 4, "state": "hi"}],
        "since": None,
        "afk": True,
    }
    assert [r.payload["d"] for r in gw.sent(4)] == [
        {
            "guild_id": "41771983423143937",
            "channel_id": "127121515262115840",
            "self_mute": True,
            "self_deaf": False,
        },
        {"guild_id": "41771983423143937", "channel_id": None, "self_mute": False, "self_deaf": False},
    ]
    assert gw.sent(31)[0].payload["d"] == {"guild_ids": ["613425648685547541", "81384788765712384"]}
    assert gw.sent(43)[0].payload["d"] == {
        "guild_id": "613425648685547541",
        "fields": ["status", "voice_start_time"],
    }


class FakeClock:
    def __init__(self) -> None:
        self.now = 0.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, delay: float) -> None:
        self.sleeps.append(delay)
        self.now += delay


async def test_send_limiter_keeps_room_for_heartbeats() -> None:
    clock = FakeClock()
    limiter = SendLimiter(120, 60.0, reserved=5, clock=clock, sleep=clock.sleep)
    for _ in range(115):
        await limiter.acquire()
    assert clock.sleeps == []
    for _ in range(5):  # heartbeats still go through at once
        await limiter.acquire(priority=True)
    assert clock.sleeps == [] and limiter.used == 120
    await limiter.acquire()  # the 121st payload waits for the window to slide
    assert clock.now == pytest.approx(60.0)


async def test_send_limiter_is_a_sliding_window() -> None:
    clock = FakeClock()
    limiter = SendLimiter(4, 10.0, reserved=1, clock=clock, sleep=clock.sleep)
    times = []
    for _ in range(7):
        await limiter.acquire()
        times.append(clock.now)
        clock.now += 1.0
    # 3 ordinary sends per 10 s: no 10-second span ever holds more than 3.
    for i in range(len(times) - 3):
        assert times[i + 3] - times[i] >= 10.0


async def test_shard_throttles_its_own_commands_under_the_send_limit() -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        limiter = SendLimiter(6, 0.5, reserved=2)
        shard = make_shard(gw.url, recorder, send_limiter=limiter)
        task = asyncio.create_task(shard.run())
        await shard.wait_ready()
        loop = asyncio.get_running_loop()
        started = loop.time()
        for _ in range(6):
            await shard.update_presence(Presence())
        elapsed = loop.time() - started
        await stop(shard, task)
    # IDENTIFY used 1 of the 4 ordinary slots; 6 presence updates need a second window.
    assert elapsed >= 0.4
    assert len(gw.sent(3)) == 6
