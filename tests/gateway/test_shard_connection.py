"""A shard's life against the scripted gateway: identify, both compressions, resume, op 7/9/1, zombies."""

from __future__ import annotations

import asyncio
import sys
import time

import pytest

from echord.gateway import (
    Activity,
    Closed,
    Identified,
    Presence,
    ReadyReceived,
    Reconnecting,
    Resumed,
    ShardState,
)

from .fake_gateway import FakeConnection, FakeGateway
from .helpers import TOKEN, Recorder, make_shard, stop, wait_until


@pytest.mark.parametrize("compression", ["zstd-stream", "zlib-stream", None])
async def test_identify_ready_and_dispatch_in_every_compression(compression: str | None) -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()
        for i in range(20):
            await conn.dispatch("MESSAGE_CREATE", {"id": str(i), "content": "x" * (i * 50)}, split=i % 2 == 0)

    recorder = Recorder()
    presence = Presence(status="idle", activities=[Activity(name="tests")])
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder, compression=compression, presence=presence, large_threshold=100)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: len(recorder.events) == 21)
        await stop(shard, task)

    conn = gw.connections[0]
    expected_query = {"v": "10", "encoding": "json"}
    if compression:
        expected_query["compress"] = compression
    assert conn.query == expected_query
    identify = gw.sent(2)[0].payload["d"]
    assert identify == {
        "token": TOKEN,
        "properties": {"os": sys.platform, "browser": "echord", "device": "echord"},
        "intents": 513,
        "shard": [0, 1],
        "large_threshold": 100,
        "compress": False,
        "presence": {
            "status": "idle",
            "activities": [{"name": "tests", "type": 0}],
            "since": None,
            "afk": False,
        },
    }
    assert recorder.names() == ["READY"] + ["MESSAGE_CREATE"] * 20
    assert [d["id"] for _, d, _ in recorder.events[1:]] == [str(i) for i in range(20)]
    assert recorder.events[5][1]["content"] == "x" * 200
    assert isinstance(recorder.lifecycle[-1], Closed)
    assert shard.state is ShardState.CLOSED
    assert conn.close_code == 1000  # an application close ends the session


async def test_resume_after_dropped_connection_delivers_every_event_once_in_order() -> None:
    async def script(conn: FakeConnection) -> None:
        if conn.index == 0:
            await conn.handshake()
            for i in range(50):
                await conn.dispatch("MESSAGE_CREATE", {"n": i})
            # Ten more events happen while the connection dies: recorded, never delivered.
            assert conn.session is not None
            for i in range(50, 60):
                seq = conn.session.seq + 1
                conn.session.events.append((seq, "MESSAGE_CREATE", {"n": i}))
            conn.ws.transport.abort()  # no close frame, like a network drop
            return
        resume = await conn.handshake()
        assert resume["op"] == 6
        for i in range(60, 70):
            await conn.dispatch("MESSAGE_CREATE", {"n": i})

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: len(recorder.events) >= 72)
        await asyncio.sleep(0.05)
        await stop(shard, task)

    numbers = [d["n"] for name, d, _ in recorder.events if name == "MESSAGE_CREATE"]
    assert numbers == list(range(70))
    assert recorder.names().count("RESUMED") == 1
    resume = gw.sent(6)[0].payload["d"]
    assert resume == {"token": TOKEN, "session_id": "session-1", "seq": 51}
    assert gw.connections[1].path.startswith("/resume?")
    assert gw.connections[1].query["compress"] == "zlib-stream"
    assert len(gw.sent(2)) == 1  # never re-identified
    assert len(recorder.of(Resumed)) == 1


async def test_replayed_duplicates_are_dropped() -> None:
    async def script(conn: FakeConnection) -> None:
        if conn.index == 0:
            await conn.handshake()
            for i in range(5):
                await conn.dispatch("TYPING_START", {"n": i})
            await conn.close(4000)
            return
        await conn.hello()
        await conn.expect(6)
        assert conn.session is None
        session = gw.sessions["session-1"]
        conn.session = session
        for seq, t, d in session.events[-3:]:  # a replay that starts too early
            await conn.send(0, d, seq, t)
        await conn.dispatch("RESUMED", None)
        await conn.dispatch("TYPING_START", {"n": 5})

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: len(recorder.events) >= 8)
        await stop(shard, task)
    assert [d["n"] for name, d, _ in recorder.events if name == "TYPING_START"] == list(range(6))


async def test_reconnect_opcode_resumes() -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()
        if conn.index == 0:
            await conn.dispatch("GUILD_CREATE", {"id": "1"})
            await conn.send(7)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: "RESUMED" in recorder.names())
        await stop(shard, task)
    assert gw.connections[0].close_code not in (1000, 1001)  # the session must stay resumable
    assert gw.sent(6)[0].payload["d"]["seq"] == 2
    reconnecting = recorder.of(Reconnecting)[0]
    assert reconnecting.resume and "op 7" in reconnecting.reason


@pytest.mark.parametrize("resumable", [True, False])
async def test_invalid_session_both_ways(resumable: bool) -> None:
    sent_at: list[float] = []

    async def script(conn: FakeConnection) -> None:
        await conn.handshake()
        if conn.index == 0:
            await conn.dispatch("GUILD_CREATE", {"id": "1"})
            sent_at.append(time.monotonic())
            await conn.send(9, resumable)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await wait_until(
            lambda: len(gw.connections) == 2 and len(recorder.of(ReadyReceived) + recorder.of(Resumed)) == 2
        )
        await stop(shard, task)

    second = gw.connections[1]
    first_payload = next(r for r in gw.received if r.connection == 1 and r.payload["op"] != 1)
    waited = first_payload.at - sent_at[0]
    assert waited >= 0.05  # the policy's invalid-session delay (1-5 s by default)
    if resumable:
        assert first_payload.payload["op"] == 6
        assert second.path.startswith("/resume")
        assert first_payload.payload["d"]["seq"] == 2
    else:
        assert first_payload.payload["op"] == 2
        assert not second.path.startswith("/resume")
        assert len(recorder.of(Identified)) == 2
        assert shard.session_id is None  # closed by the application, after a fresh session


async def test_invalid_session_default_delay_is_one_to_five_seconds() -> None:
    from echord.gateway import ReconnectPolicy

    assert ReconnectPolicy().invalid_session_delay == (1.0, 5.0)


async def test_zombie_connection_is_closed_and_resumed() -> None:
    async def script(conn: FakeConnection) -> None:
        if conn.index == 0:
            conn.auto_ack = False  # heartbeats go unanswered
        await conn.handshake(interval_ms=100)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: "RESUMED" in recorder.names())
        await stop(shard, task)
    zombie = gw.connections[0]
    assert len(zombie.heartbeats) == 1  # one beat, no ACK, then the next due beat finds the zombie
    assert zombie.close_code not in (1000, 1001)
    assert "zombie" in recorder.of(Reconnecting)[0].reason
    assert gw.sent(6)  # resumed, not re-identified


async def test_heartbeat_request_is_answered_immediately_with_the_sequence() -> None:
    answered = asyncio.Event()

    async def script(conn: FakeConnection) -> None:
        await conn.handshake(interval_ms=60_000)
        await conn.dispatch("GUILD_CREATE", {"id": "1"})
        before = len(conn.heartbeats)
        await conn.send(1)
        await wait_until(lambda: len(conn.heartbeats) > before, within=1)
        answered.set()

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        task = asyncio.create_task(shard.run())
        await asyncio.wait_for(answered.wait(), 3)
        await wait_until(lambda: shard.latency is not None)
        await stop(shard, task)
    assert gw.connections[0].heartbeats[-1].payload == {"op": 1, "d": 2}


async def test_first_heartbeat_is_jittered() -> None:
    hello_at: list[float] = []

    async def script(conn: FakeConnection) -> None:
        hello_at.append(time.monotonic())
        await conn.handshake(interval_ms=1000)

    import random

    jitter = random.Random(7).random()
    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder, rng=random.Random(7))
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: bool(gw.connections and gw.connections[0].heartbeats), within=3)
        await stop(shard, task)
    first = gw.connections[0].heartbeats[0].at - hello_at[0]
    assert jitter * 1.0 - 0.05 <= first <= jitter * 1.0 + 0.5  # neither at once nor a full interval late


async def test_token_never_logged_or_shown(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level("DEBUG")

    async def script(conn: FakeConnection) -> None:
        await conn.handshake()
        if conn.index == 0:
            await conn.close(4000)
        else:
            await conn.close(4004)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder)
        with pytest.raises(Exception) as info:
            await asyncio.wait_for(shard.run(), 5)
    assert TOKEN not in caplog.text
    assert TOKEN not in repr(shard)
    assert TOKEN not in str(info.value)
    assert TOKEN not in repr(recorder.lifecycle)
    assert len(gw.connections) == 2


async def test_heartbeats_keep_the_stored_sequence_fresh() -> None:
    from echord.gateway import InMemorySessionStore, SessionInfo

    class WatchedStore(InMemorySessionStore):
        def __init__(self) -> None:
            super().__init__()
            self.saved_seq_4 = asyncio.Event()

        async def save(self, shard_id: int, info: SessionInfo) -> None:
            await super().save(shard_id, info)
            if info.sequence == 4:
                self.saved_seq_4.set()

    async def script(conn: FakeConnection) -> None:
        await conn.handshake(interval_ms=50)
        for i in range(3):
            await conn.dispatch("TYPING_START", {"n": i})

    store = WatchedStore()
    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder, session_store=store)
        task = asyncio.create_task(shard.run())
        await asyncio.wait_for(store.saved_seq_4.wait(), 3)  # no close, no reconnect: the heartbeat saved it
        stored = await store.load(0, 1)
        await stop(shard, task)
    assert stored is not None and stored.session_id == "session-1"
    assert stored.resume_url.endswith("/resume")
    assert await store.load(0, 1) is None  # a normal close forgets the session


async def test_a_long_identify_queue_wait_is_not_mistaken_for_a_zombie() -> None:
    class SlowQueue:
        async def acquire(self, shard_id: int, max_concurrency: int) -> None:
            await asyncio.sleep(0.4)  # eight heartbeat intervals

    async def script(conn: FakeConnection) -> None:
        await conn.handshake(interval_ms=50)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder, identify_queue=SlowQueue())
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: "READY" in recorder.names())
        await stop(shard, task)
    assert len(gw.connections) == 1
    assert not recorder.of(Reconnecting)
    assert len(gw.connections[0].heartbeats) >= 4  # beats (and their ACKs) went on while waiting


async def test_an_identify_queue_failure_reconnects_and_retries() -> None:
    class FlakyQueue:
        calls = 0

        async def acquire(self, shard_id: int, max_concurrency: int) -> None:
            FlakyQueue.calls += 1
            if FlakyQueue.calls == 1:
                raise ConnectionError("redis is down")

    async def script(conn: FakeConnection) -> None:
        if conn.index == 0:
            await conn.hello()  # the client never identifies on this one
            return
        await conn.handshake()

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = make_shard(gw.url, recorder, identify_queue=FlakyQueue())
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: "READY" in recorder.names())
        await stop(shard, task)
    assert len(gw.connections) == 2
    assert "identify failed" in recorder.of(Reconnecting)[0].reason
    assert len(gw.sent(2)) == 1


async def test_a_bot_prefixed_token_identifies_with_the_bare_token() -> None:
    from echord.gateway import ShardConnection

    async def script(conn: FakeConnection) -> None:
        await conn.handshake()

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        shard = ShardConnection(
            f"Bot {TOKEN}", intents=1, dispatch=recorder, gateway_url=gw.url, compression="zlib-stream"
        )
        task = asyncio.create_task(shard.run())
        await wait_until(lambda: "READY" in recorder.names())
        await stop(shard, task)
    assert gw.sent(2)[0].payload["d"]["token"] == TOKEN
