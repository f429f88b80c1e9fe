"""ShardManager: automatic and explicit sharding, the session start limit, sessions that survive a restart."""

from __future__ import annotations

import asyncio
import itertools
from collections import defaultdict

import msgspec
import pytest

from echord.gateway import (
    FatalCloseError,
    GatewayBotInfo,
    InMemoryIdentifyQueue,
    InMemorySessionStore,
    RedisSessionStore,
    SessionInfo,
    SessionStartLimit,
    SessionStartLimitError,
    ShardManager,
)

from .fake_gateway import FakeConnection, FakeGateway
from .helpers import FAST, Recorder, wait_until


def gateway_bot(url: str, shards: int, remaining: int = 1000, max_concurrency: int = 1) -> GatewayBotInfo:
    return GatewayBotInfo(url, shards, SessionStartLimit(1000, remaining, 3_600_000, max_concurrency))


def make_manager(info: GatewayBotInfo, recorder: Recorder, **kwargs: object) -> ShardManager:
    async def fetch() -> GatewayBotInfo:
        return info

    options: dict[str, object] = {
        "intents": 1,
        "dispatch": recorder,
        "fetch_gateway_bot": fetch,
        "lifecycle": recorder.on_lifecycle,
        "compression": "zlib-stream",
        "policy": FAST,
    }
    options.update(kwargs)
    return ShardManager("manager-token", **options)  # type: ignore[arg-type]


async def test_sixteen_shards_identify_in_four_windows_of_their_buckets() -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        queue = InMemoryIdentifyQueue(window=0.25)  # 5 s scaled down; the virtual-time test uses 5 s
        manager = make_manager(gateway_bot(gw.url, 16, max_concurrency=4), recorder, identify_queue=queue)
        await manager.start()
        await asyncio.wait_for(manager.wait_ready(), 10)
        assert manager.shard_count == 16 and sorted(manager.shards) == list(range(16))
        await manager.close()

    identifies = sorted((r.at, r.payload["d"]["shard"]) for r in gw.sent(2))
    assert sorted(s for _, (s, _) in identifies) == list(range(16))
    assert {count for _, (_, count) in identifies} == {16}
    by_bucket: dict[int, list[float]] = defaultdict(list)
    for at, (shard_id, _) in identifies:
        by_bucket[shard_id % 4].append(at)
    for stamps in by_bucket.values():
        assert len(stamps) == 4
        assert all(b - a >= 0.24 for a, b in itertools.pairwise(stamps))
    start = identifies[0][0]
    for stamps in by_bucket.values():  # the k-th identify of a bucket is in window k, never earlier
        assert all(at - start >= k * 0.25 - 0.01 for k, at in enumerate(stamps))
    assert identifies[-1][0] - start < 4 * 0.25 + 1.0  # four windows, with slack for a loaded machine
    assert {e[2] for e in recorder.events} == set(range(16))


async def test_explicit_shard_ids_and_count_and_guild_routing() -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake()

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        manager = make_manager(
            gateway_bot(gw.url, 1),
            recorder,
            shard_ids=[3, 1],
            shard_count=4,
            identify_queue=InMemoryIdentifyQueue(0.01),
        )
        await manager.start()
        await asyncio.wait_for(manager.wait_ready(), 5)
        guild_on_3 = (123 << 22) | 5  # (123 << 22 >> 22) % 4 == 3
        assert manager.shard_for_guild(guild_on_3).shard_id == 3
        with pytest.raises(KeyError, match="shard 0"):
            manager.shard_for_guild(4 << 22)
        await manager.close()
    assert sorted(r.payload["d"]["shard"][0] for r in gw.sent(2)) == [1, 3]
    assert all(r.payload["d"]["shard"][1] == 4 for r in gw.sent(2))


async def test_refuses_to_start_without_enough_session_starts() -> None:
    recorder = Recorder()
    manager = make_manager(gateway_bot("ws://127.0.0.1:9", 8, remaining=5), recorder)
    with pytest.raises(SessionStartLimitError, match="8 shard\\(s\\) need to identify but only 5 of 1000"):
        await manager.start()
    assert not manager.shards


async def test_stored_sessions_do_not_count_against_the_start_limit() -> None:
    store = InMemorySessionStore()
    for shard_id in range(6):
        await store.save(shard_id, SessionInfo(f"s{shard_id}", 10, "ws://127.0.0.1:9", 8))

    async def script(conn: FakeConnection) -> None:
        await conn.hello()

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        manager = make_manager(gateway_bot(gw.url, 8, remaining=2), recorder, session_store=store)
        await manager.start()  # only shards 6 and 7 must identify
        assert len(manager.shards) == 8
        await manager.close()


async def test_a_fatal_close_stops_every_shard() -> None:
    async def script(conn: FakeConnection) -> None:
        message = await conn.handshake()
        if message["d"]["shard"][0] == 1:
            await conn.close(4013)

    recorder = Recorder()
    async with FakeGateway(script) as gw:
        manager = make_manager(gateway_bot(gw.url, 2, max_concurrency=2), recorder)
        with pytest.raises(FatalCloseError, match="4013"):
            await asyncio.wait_for(manager.run(), 10)
        assert all(shard.state.value == "closed" for shard in manager.shards.values())


async def test_a_restarted_process_resumes_from_the_redis_session_store(redis_url: str) -> None:
    from redis.asyncio import Redis

    async def script(conn: FakeConnection) -> None:
        if conn.index == 0:
            await conn.handshake()
            for i in range(5):
                await conn.dispatch("MESSAGE_CREATE", {"n": i})
            return
        message = await conn.handshake()
        assert message["op"] == 6
        await conn.dispatch("MESSAGE_CREATE", {"n": 5})

    async with FakeGateway(script) as gw:
        first = Recorder()
        redis = Redis.from_url(redis_url)
        manager = make_manager(gateway_bot(gw.url, 1), first, session_store=RedisSessionStore(redis))
        await manager.start()
        await wait_until(lambda: len(first.events) == 6)
        await manager.close(keep_session=True)
        assert gw.connections[0].close_code == 4000  # resumable close

        second = Recorder()  # "a new process": fresh manager and shard, same Redis
        manager = make_manager(
            gateway_bot(gw.url, 1, remaining=0),
            second,
            session_store=RedisSessionStore(Redis.from_url(redis_url)),
        )
        await manager.start()  # needs no identify, so remaining=0 is fine
        await wait_until(lambda: "MESSAGE_CREATE" in second.names())
        await manager.close()
        stored = await RedisSessionStore(redis).load(0, 1)
        await redis.aclose()

    assert len(gw.sent(2)) == 1
    assert gw.sent(6)[0].payload["d"]["seq"] == 6
    assert gw.connections[1].path.startswith("/resume")
    assert [d["n"] for name, d, _ in second.events if name == "MESSAGE_CREATE"] == [5]
    assert stored is None  # a normal close ends the session and forgets it


async def test_redis_session_store_round_trip_and_ttl(redis_url: str) -> None:
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    store = RedisSessionStore(redis, ttl=30)
    info = SessionInfo("abc", 42, "wss://resume.example", 4)
    await store.save(2, info)
    assert await store.load(2, 4) == info
    assert await store.load(2, 8) is None  # another shard count is another session
    assert 29_000 < await redis.pttl("echord:session:4:2") <= 30_000
    await store.delete(2, 4)
    assert await store.load(2, 4) is None
    await redis.aclose()


async def test_an_incomplete_gateway_bot_answer_fails_clearly() -> None:
    from echord.gateway import GatewayError

    class Partial(msgspec.Struct):
        url: str
        shards: int
        session_start_limit: object

    recorder = Recorder()

    async def fetch() -> Partial:
        return Partial("ws://127.0.0.1:9", 1, msgspec.UNSET)

    manager = ShardManager("t", intents=1, dispatch=recorder, fetch_gateway_bot=fetch)  # type: ignore[arg-type]
    with pytest.raises(GatewayError, match=r"without session_start_limit\.total"):
        await manager.start()
