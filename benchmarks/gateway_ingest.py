"""Gateway ingest: events per second from one recorded stream, echord's shard next to a floor and peers.

The stream is generated deterministically (GUILD_CREATEs with many members, MESSAGE_CREATEs,
PRESENCE_UPDATEs), then compressed once as zlib-stream (one deflate context, Z_SYNC_FLUSH per
payload, as Discord does) and once as zstd-stream. A loopback websocket server in a *separate process*
replays it: HELLO, wait for IDENTIFY, READY, then every dispatch as fast as it can. Each client is timed
from READY to its last event, so the whole path is measured: websocket receive, decompression,
decoding and the client's own work per event.

- floor:            websockets receive + inflate + orjson.loads of every payload, nothing else.
- echord:           ShardConnection → dispatch callback(name, raw d, shard id) (the envelope decoded once).
- echord+decode:    the same, with the callback decoding `d` fully (msgspec) - what a typed consumer pays.
- echord+bus+cache: the shard feeding echord's event bus and the default in-memory cache, wired as
                    echord.Client wires them (Cache() with the default CachePolicy, a CacheFeed on the
                    bus); an event counts once the cache has applied it (the feed is drained before the
                    clock stops).
- discord.py/hikari: the full clients (default caches) on the same stream, if installed; each is told it
                    logged in and pointed at the loopback URL (no REST).

Run: python benchmarks/gateway_ingest.py [--quick]
"""

from __future__ import annotations

import argparse
import asyncio
import datetime
import json
import logging
import multiprocessing
import random
import sys
import time
import zlib
from collections.abc import Callable, Coroutine
from typing import Any

import msgspec

GUILDS = 40
MEMBERS_PER_GUILD = 1000
MESSAGES = 20_000
PRESENCES = 20_000
RUNS = 3

# ---------------------------------------------------------------------------------------------- stream


def _user(rng: random.Random, uid: int) -> dict[str, Any]:
    return {
        "id": str(uid),
        "username": f"user{uid}",
        "global_name": f"User {uid}" if uid % 3 else None,
        "discriminator": "0",
        "avatar": f"{rng.getrandbits(128):032x}" if uid % 2 else None,
        "public_flags": uid % 7,
        "bot": False,
    }


def _member(rng: random.Random, uid: int, guild_roles: list[str]) -> dict[str, Any]:
    return {
        "user": _user(rng, uid),
        "nick": f"nick{uid}" if uid % 3 == 0 else None,
        "roles": rng.sample(guild_roles, 2),
        "joined_at": "2024-05-01T12:34:56.789000+00:00",
        "premium_since": None,
        "deaf": False,
        "mute": False,
        "flags": 0,
        "pending": False,
        "avatar": None,
        "communication_disabled_until": None,
    }


def build_stream(quick: bool) -> tuple[list[bytes], int]:
    """Every payload (HELLO, READY, dispatches) as JSON bytes, and the number of dispatches after READY."""
    rng = random.Random(20261126)
    guilds = GUILDS // 4 if quick else GUILDS
    messages = MESSAGES // 4 if quick else MESSAGES
    presences = PRESENCES // 4 if quick else PRESENCES
    guild_ids = [str(900_000_000_000_000_000 + g * 1_000_003) for g in range(guilds)]
    members: dict[str, list[int]] = {}
    payloads: list[dict[str, Any]] = [{"op": 10, "d": {"heartbeat_interval": 45_000}, "s": None, "t": None}]
    me = {
        **_user(rng, 1),
        "bot": True,
        "mfa_enabled": False,
        "verified": True,
        "flags": 0,
        "email": None,
        "locale": "en-US",
    }
    ready = {
        "v": 10,
        "user": me,
        "guilds": [{"id": gid, "unavailable": True} for gid in guild_ids],
        "session_id": "benchmark-session",
        "resume_gateway_url": "ws://127.0.0.1:1",
        "shard": [0, 1],
        "application": {"id": "1", "flags": 0},
    }
    payloads.append({"op": 0, "d": ready, "s": 1, "t": "READY"})
    dispatches: list[tuple[str, dict[str, Any]]] = []
    for g, gid in enumerate(guild_ids):
        roles = [str(800_000_000_000_000_000 + g * 100 + r) for r in range(20)]
        uids = [10_000_000 + g * MEMBERS_PER_GUILD + i for i in range(MEMBERS_PER_GUILD)]
        members[gid] = uids
        guild = {
            "id": gid,
            "name": f"Guild {g}",
            "icon": None,
            "owner_id": str(uids[0]),
            "afk_timeout": 300,
            "afk_channel_id": None,
            "application_id": None,
            "banner": None,
            "description": None,
            "discovery_splash": None,
            "max_members": 500000,
            "max_video_channel_users": 25,
            "premium_subscription_count": 3,
            "public_updates_channel_id": None,
            "rules_channel_id": None,
            "safety_alerts_channel_id": None,
            "splash": None,
            "system_channel_id": None,
            "vanity_url_code": None,
            "widget_enabled": False,
            "widget_channel_id": None,
            "verification_level": 1,
            "default_message_notifications": 1,
            "explicit_content_filter": 2,
            "features": ["COMMUNITY", "NEWS"],
            "mfa_level": 0,
            "premium_tier": 1,
            "preferred_locale": "en-US",
            "nsfw_level": 0,
            "premium_progress_bar_enabled": False,
            "system_channel_flags": 0,
            "roles": [
                {
                    "id": rid,
                    "name": f"role{i}",
                    "color": i * 1000,
                    "hoist": False,
                    "position": i,
                    "permissions": "104324673",
                    "managed": False,
                    "mentionable": False,
                    "flags": 0,
                }
                for i, rid in enumerate([gid, *roles])
            ],
            "emojis": [],
            "stickers": [],
            "joined_at": "2024-05-01T12:34:56.789000+00:00",
            "large": True,
            "unavailable": False,
            "member_count": len(uids),
            "voice_states": [],
            "members": [_member(rng, uid, roles) for uid in uids],
            "channels": [
                {
                    "id": str(int(gid) + c + 1),
                    "type": 0,
                    "guild_id": gid,
                    "name": f"chan{c}",
                    "position": c,
                    "permission_overwrites": [],
                    "topic": None,
                    "nsfw": False,
                    "rate_limit_per_user": 0,
                    "last_message_id": None,
                    "parent_id": None,
                    "flags": 0,
                }
                for c in range(30)
            ],
            "threads": [],
            "presences": [],
            "stage_instances": [],
            "guild_scheduled_events": [],
            "soundboard_sounds": [],
        }
        dispatches.append(("GUILD_CREATE", guild))
    rest: list[tuple[str, dict[str, Any]]] = []
    for i in range(messages):
        gid = rng.choice(guild_ids)
        author = rng.choice(members[gid])
        rest.append(
            (
                "MESSAGE_CREATE",
                {
                    "id": str(1_200_000_000_000_000_000 + i),
                    "channel_id": str(int(gid) + 1 + i % 30),
                    "guild_id": gid,
                    "author": _user(rng, author),
                    "member": {
                        "roles": [],
                        "joined_at": "2024-05-01T12:34:56.789000+00:00",
                        "deaf": False,
                        "mute": False,
                        "flags": 0,
                    },
                    "content": "hello world " * rng.randint(1, 12),
                    "timestamp": "2026-11-26T06:00:00.000000+00:00",
                    "edited_timestamp": None,
                    "tts": False,
                    "mention_everyone": False,
                    "mentions": [],
                    "mention_roles": [],
                    "attachments": [],
                    "embeds": [],
                    "pinned": False,
                    "type": 0,
                    "flags": 0,
                    "components": [],
                },
            )
        )
    for _ in range(presences):
        gid = rng.choice(guild_ids)
        rest.append(
            (
                "PRESENCE_UPDATE",
                {
                    "user": {"id": str(rng.choice(members[gid]))},
                    "guild_id": gid,
                    "status": rng.choice(["online", "idle", "dnd"]),
                    "activities": [{"name": "a game", "type": 0, "created_at": 1764136800000}],
                    "client_status": {"desktop": "online"},
                },
            )
        )
    rng.shuffle(rest)
    dispatches.extend(rest)
    for seq, (name, data) in enumerate(dispatches, start=2):
        payloads.append({"op": 0, "d": data, "s": seq, "t": name})
    return [json.dumps(p, separators=(",", ":")).encode() for p in payloads], len(dispatches)


def compress_stream(raw: list[bytes], kind: str) -> list[bytes]:
    if kind == "zlib-stream":
        deflate = zlib.compressobj()
        return [deflate.compress(p) + deflate.flush(zlib.Z_SYNC_FLUSH) for p in raw]
    import zstandard

    stream = zstandard.ZstdCompressor().compressobj()
    return [stream.compress(p) + stream.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK) for p in raw]


# ---------------------------------------------------------------------------------------------- server


def serve_forever(streams: dict[str, list[bytes]], port_out: Any) -> None:  # runs in its own process
    from websockets.asyncio.server import ServerConnection, serve
    from websockets.exceptions import ConnectionClosed

    async def handler(ws: ServerConnection) -> None:
        query = (ws.request.path if ws.request else "").partition("?")[2]
        kind = "zstd-stream" if "compress=zstd-stream" in query else "zlib-stream"
        frames = streams[kind]
        try:
            await ws.send(frames[0])  # HELLO
            while True:  # wait for IDENTIFY (skip early heartbeats)
                message = await ws.recv()
                if json.loads(message).get("op") == 2:
                    break
            for frame in frames[1:]:
                await ws.send(frame)
            await ws.wait_closed()
        except ConnectionClosed:
            return

    async def main() -> None:
        async with serve(
            handler, "127.0.0.1", 0, compression=None, max_size=None, write_limit=2**22
        ) as server:
            port_out.send(next(iter(server.sockets)).getsockname()[1])
            await asyncio.Future()

    asyncio.run(main())


# ---------------------------------------------------------------------------------------------- clients


Rate = tuple[float, float]
"""(events per wall-clock second, events per CPU second of the client process)."""


class Timer:
    """Counts events after READY; marks wall and CPU time at READY and at the last event.

    CPU time (`time.process_time`, the client process only: the server runs in another process) is the
    robust number on a shared machine; wall time is printed next to it.
    """

    def __init__(self, total: int) -> None:
        self.total = total
        self.count = 0
        self.started = (0.0, 0.0)
        self.finished = (0.0, 0.0)
        self.done = asyncio.Event()

    def ready(self) -> None:
        self.started = (time.perf_counter(), time.process_time())

    def event(self) -> None:
        self.count += 1
        if self.count == self.total:
            self.finished = (time.perf_counter(), time.process_time())
            self.done.set()

    @property
    def rate(self) -> Rate:
        wall = self.finished[0] - self.started[0]
        cpu = self.finished[1] - self.started[1]
        return self.total / wall, self.total / max(cpu, 1e-9)


async def run_floor(url: str, total: int, kind: str) -> Rate:
    import orjson
    from websockets.asyncio.client import connect

    timer = Timer(total)
    async with connect(f"{url}/?v=10&encoding=json&compress={kind}", compression=None, max_size=None) as ws:
        if kind == "zlib-stream":
            inflate = zlib.decompressobj()
            buffer = bytearray()

            def decompress(data: bytes) -> bytes | None:
                nonlocal buffer
                buffer += data
                if not data.endswith(b"\x00\x00\xff\xff"):
                    return None
                out = inflate.decompress(buffer)
                buffer = bytearray()
                return out

        else:
            import zstandard

            stream = zstandard.ZstdDecompressor().decompressobj()

            def decompress(data: bytes) -> bytes | None:
                return stream.decompress(data)

        decompress(await ws.recv(decode=False))  # HELLO
        await ws.send(json.dumps({"op": 2, "d": {}}))
        seen_ready = False
        while not timer.done.is_set():
            payload = decompress(await ws.recv(decode=False))
            if payload is None:
                continue
            orjson.loads(payload)
            if not seen_ready:
                seen_ready = True
                timer.ready()
            else:
                timer.event()
    return timer.rate


async def run_echord(url: str, total: int, kind: str, *, decode: bool) -> Rate:
    from echord.gateway import ShardConnection

    timer = Timer(total)
    full = msgspec.json.Decoder()

    def dispatch(name: str, data: msgspec.Raw, shard_id: int) -> None:
        if name == "READY":
            timer.ready()
            return
        if decode:
            full.decode(data)
        timer.event()

    shard = ShardConnection(
        "benchmark-token", intents=1 | 2 | 256 | 512, dispatch=dispatch, gateway_url=url, compression=kind
    )  # type: ignore[arg-type]
    task = asyncio.create_task(shard.run())
    await timer.done.wait()
    await shard.close()
    await task
    return timer.rate


async def run_echord_cache(url: str, total: int, kind: str) -> Rate:
    """The shard feeding echord's event bus, and the bus feeding the default in-memory cache.

    The same wiring as `echord.Client` by default: `Cache()` (default `CachePolicy`: presences off, messages
    bounded to 1,000) and a `CacheFeed` on the bus, which applies each dispatch inline through a raw hook.
    """
    from echord.cache import Cache, CacheFeed, CacheUpdater
    from echord.events import EventBus
    from echord.gateway import ShardConnection

    timer = Timer(total)
    bus = EventBus()
    feed = CacheFeed(bus, CacheUpdater(Cache()))
    feed.start()
    dispatch_raw = bus.dispatch_raw
    all_dispatched = asyncio.Event()
    count = 0

    def dispatch(name: str, data: msgspec.Raw, shard_id: int) -> None:
        nonlocal count
        dispatch_raw(name, data, shard_id)  # type: ignore[arg-type]  # the bus reads Raw as bytes
        if name == "READY":
            timer.ready()
            return
        count += 1
        if count == total:
            all_dispatched.set()

    shard = ShardConnection(
        "benchmark-token", intents=1 | 2 | 256 | 512, dispatch=dispatch, gateway_url=url, compression=kind
    )  # type: ignore[arg-type]
    task = asyncio.create_task(shard.run())
    await all_dispatched.wait()
    await feed.drain()  # an event counts once the cache has applied it
    timer.count = total - 1
    timer.event()
    await shard.close()
    await task
    await feed.stop()
    return timer.rate


async def run_discordpy(url: str, total: int) -> tuple[Rate, str]:
    import discord
    import yarl
    from discord import gateway as dgateway
    from discord import http as dhttp
    from discord import utils as dutils

    kind = dutils._ActiveDecompressionContext.COMPRESSION_TYPE
    timer = Timer(total)
    intents = discord.Intents.default()
    intents.members = True
    intents.presences = True
    intents.message_content = True
    client = discord.Client(intents=intents, chunk_guilds_at_startup=False)
    dgateway.DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url + "/")
    me = {
        "id": "1",
        "username": "bench",
        "discriminator": "0",
        "avatar": None,
        "global_name": None,
        "bot": True,
    }

    async def static_login(self: Any, token: str) -> dict[str, Any]:
        import aiohttp

        self.connector = aiohttp.TCPConnector(limit=0)
        self._HTTPClient__session = aiohttp.ClientSession(
            connector=self.connector, ws_response_class=dhttp.DiscordClientWebSocketResponse
        )
        self._global_over = asyncio.Event()
        self._global_over.set()
        self.token = token
        return me

    dhttp.HTTPClient.static_login = static_login  # type: ignore[method-assign]
    parsers = client._connection.parsers
    for name, parser in list(parsers.items()):

        def counted(data: Any, _parser: Callable[[Any], None] = parser, _name: str = name) -> None:
            _parser(data)
            if _name == "READY":
                timer.ready()
            else:
                timer.event()

        parsers[name] = counted
    # What Client.login does, minus its REST calls.
    await client._async_setup_hook()
    client._connection.user = discord.ClientUser(
        state=client._connection, data=await client.http.static_login("benchmark-token")
    )
    client._connection.application_id = 1
    task = asyncio.create_task(client.connect(reconnect=False))
    await timer.done.wait()
    await client.close()
    await asyncio.gather(task, return_exceptions=True)
    await client.http._HTTPClient__session.close()  # the session our static_login stand-in opened
    return timer.rate, kind


_ORIGINALS: dict[str, Any] = {}


async def run_hikari(url: str, total: int) -> tuple[Rate, str]:
    import hikari
    from hikari.impl import gateway_bot as hgateway_bot
    from hikari.sessions import GatewayBotInfo as HikariGatewayBotInfo  # type: ignore[import-not-found]

    timer = Timer(total)
    bot = hikari.GatewayBot(
        "MQ.benchmark.token", intents=hikari.Intents.ALL, banner=None, suppress_optimization_warning=True
    )
    kind = str(
        hgateway_bot._DEFAULT_COMPRESS_TYPE
        if hasattr(hgateway_bot, "_DEFAULT_COMPRESS_TYPE")
        else "zlib-stream"
    )

    async def fetch_gateway_bot_info(self: Any) -> Any:
        limit = hikari.SessionStartLimit(
            total=1000, remaining=1000, reset_after=datetime.timedelta(0), max_concurrency=1
        )  # type: ignore[attr-defined]
        return HikariGatewayBotInfo(url=url, shard_count=1, session_start_limit=limit)

    type(bot.rest).fetch_gateway_bot_info = fetch_gateway_bot_info  # type: ignore[method-assign]  # slotted class
    manager_type = type(bot._event_manager)  # slotted: patch the class, keep the original once
    original = _ORIGINALS.setdefault("hikari", manager_type.consume_raw_event)

    def consume(self: Any, name: str, shard: Any, payload: Any) -> None:
        original(self, name, shard, payload)
        if name == "READY":
            timer.ready()
        else:
            timer.event()

    manager_type.consume_raw_event = consume  # type: ignore[method-assign]
    await bot.start(check_for_updates=False)
    await timer.done.wait()
    await bot.close()
    return timer.rate, kind


# ---------------------------------------------------------------------------------------------- main


class _ErrorCounter(logging.Handler):
    """Counts error records, so a peer that fails to parse the stream is not reported as fast."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        if "Unclosed" not in record.getMessage():
            self.count += 1


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a quarter of the stream, one round")
    parser.add_argument("--no-peers", action="store_true", help="skip discord.py and hikari")
    parser.add_argument("--rounds", type=int, default=RUNS, help="rounds; each client keeps its best")
    args = parser.parse_args()
    logging.basicConfig(level=logging.CRITICAL)
    rounds = 1 if args.quick else args.rounds

    raw, total = build_stream(args.quick)
    streams = {kind: compress_stream(raw, kind) for kind in ("zlib-stream", "zstd-stream")}
    size = sum(len(p) for p in raw)
    print(
        f"stream: {total} dispatches after READY, {size / 1e6:.1f} MB of JSON; "
        f"zlib-stream {sum(map(len, streams['zlib-stream'])) / 1e6:.1f} MB, "
        f"zstd-stream {sum(map(len, streams['zstd-stream'])) / 1e6:.1f} MB on the wire"
    )
    print(
        f"python {sys.version.split()[0]}; best of {rounds} interleaved round(s); server in its own process\n"
    )

    ctx = multiprocessing.get_context("spawn")
    receive, send = ctx.Pipe(duplex=False)
    server = ctx.Process(target=serve_forever, args=(streams, send), daemon=True)
    server.start()
    url = f"ws://127.0.0.1:{receive.recv()}"

    async def peer(runner: Callable[[str, int], Coroutine[Any, Any, tuple[Rate, str]]], name: str) -> Rate:
        rate, kind = await asyncio.wait_for(runner(url, total), 600)
        kinds[name] = kind
        return rate

    kinds: dict[str, str] = {}
    clients: list[tuple[str, Callable[[], Coroutine[Any, Any, Rate]]]] = []
    for kind in ("zlib-stream", "zstd-stream"):
        clients.append((f"floor ({kind})", lambda k=kind: run_floor(url, total, k)))  # type: ignore[misc]
        clients.append((f"echord ({kind})", lambda k=kind: run_echord(url, total, k, decode=False)))  # type: ignore[misc]
        clients.append((f"echord+decode ({kind})", lambda k=kind: run_echord(url, total, k, decode=True)))  # type: ignore[misc]
        clients.append((f"echord+bus+cache ({kind})", lambda k=kind: run_echord_cache(url, total, k)))  # type: ignore[misc]
        for label in ("floor", "echord", "echord+decode", "echord+bus+cache"):
            kinds[f"{label} ({kind})"] = kind
    if not args.no_peers:
        clients.append(("discord.py", lambda: peer(run_discordpy, "discord.py")))
        clients.append(("hikari", lambda: peer(run_hikari, "hikari")))

    errors = _ErrorCounter()
    logging.getLogger().addHandler(errors)
    best: dict[str, Rate] = {}
    skipped: dict[str, str] = {}
    try:
        for _ in range(rounds):
            for name, make in clients:
                if name in skipped:
                    continue
                errors.count = 0
                try:
                    rate = asyncio.run(make())
                except Exception as exc:  # a peer that cannot be fed is skipped, not fatal
                    skipped[name] = f"{type(exc).__name__}: {exc}"
                    continue
                if errors.count:  # it choked on the stream: its rate would not be comparable
                    skipped[name] = f"{errors.count} errors logged while parsing the stream"
                    continue
                if name not in best or rate[1] > best[name][1]:
                    best[name] = rate
    finally:
        server.terminate()

    for name, reason in skipped.items():
        print(f"{name}: skipped ({reason})")
    print(f"{'client':<32}{'events/s':>10}{'events/CPU-s':>14}{'× floor CPU':>13}{'× floor wall':>14}")
    for name, (wall, cpu) in best.items():
        kind = kinds[name]
        floor_wall, floor_cpu = best[f"floor ({kind})"]
        label = name if "(" in name else f"{name} ({kind})"
        print(f"{label:<32}{wall:>10,.0f}{cpu:>14,.0f}{floor_cpu / cpu:>12.2f}×{floor_wall / wall:>13.2f}×")
    floor_cpu = best["floor (zlib-stream)"][1]
    echord_cpu = best["echord (zlib-stream)"][1]
    decode_cpu = best["echord+decode (zlib-stream)"][1]
    print(
        f"\nechord vs floor (zlib-stream, CPU per event): {floor_cpu / echord_cpu:.2f}× raw, "
        f"{floor_cpu / decode_cpu:.2f}× with every event fully decoded"
    )


if __name__ == "__main__":
    main()
