"""REST rate limiting: echord, discord.py and hikari against one loopback server that enforces Discord's limits.

    python benchmarks/rest_ratelimit.py [--scale 1.0] [--only echord,discord.py,hikari]

The server (tests/rest/loopback_server.py, its own process) enforces per-route buckets of 5 requests per
second per channel and the global limit of 50 requests per second, counting every 429. Two workloads, each
sent all at once (every request queued from the start):

- buckets: 8 routes x 40 requests on one channel: 8 windows per route. Discord allows it in 7 s plus one
  round trip (the 8th window opens 7 s after the first); the total rate (40/s) stays under the global limit.
- global: 400 requests to a route without a bucket, on 40 channels. Discord allows it in 7 s (the 8th
  batch of 50 may go 7 s after the first).

Each run starts once the server's global window is empty (1.5 s after the previous run). Reported per
library: wall time, share of the allowed throughput (allowed time / wall time), requests that failed, HTTP
requests the server saw per request intended, 429s, and client CPU per request. Then the
limiter's own cost in µs per request (acquire + record, no HTTP) with the in-memory and the Redis store.
A peer that is not installed is skipped.
"""

from __future__ import annotations

import argparse
import asyncio
import importlib.util
import logging
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import httpx

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from echord.rest.ratelimiter import RateLimiter  # noqa: E402
from echord.rest.requester import RESTRequester  # noqa: E402
from echord.rest.routes import Route  # noqa: E402
from echord.rest.store import MemoryStore, RateLimitStore  # noqa: E402
from tests.rest.loopback_server import loopback_process  # noqa: E402

TOKEN = "MTIz.bench.token"
GLOBAL = 50
GLOBAL_PERIOD = 1.0

# (template, channel ids, count per channel) -> list of (template with {channel_id}, channel id)
Job = tuple[str, int]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def bucket_jobs(scale: float) -> tuple[list[Job], float]:
    per_route = max(10, int(40 * scale) // 5 * 5)
    jobs = [(f"/channels/{{channel_id}}/b{n}", 1) for _ in range(per_route) for n in range(8)]
    return jobs, (per_route / 5 - 1) * 1.0


def global_jobs(scale: float) -> tuple[list[Job], float]:
    count = max(100, int(400 * scale) // GLOBAL * GLOBAL)
    return [("/channels/{channel_id}/free", n % 40 + 1) for n in range(count)], (count / GLOBAL - 1) * 1.0


@dataclass
class Result:
    library: str
    workload: str
    elapsed: float
    allowed: float
    intended: int
    failed: int
    errors: str
    http_requests: int
    too_many: int
    cpu_ms: float


def stats(url: str) -> dict[str, dict[str, int]]:
    data: dict[str, dict[str, int]] = httpx.get(url.removesuffix("/api") + "/_stats").json()
    httpx.get(url.removesuffix("/api") + "/_reset")
    return data


Sender = Callable[[list[Job]], Awaitable[int]]


GLOBAL_BURST: list[int | None] = [None]


async def run_echord(url: str, jobs: list[Job]) -> int:
    limiter = RateLimiter(global_limit=GLOBAL, global_burst=GLOBAL_BURST[0])
    async with RESTRequester(TOKEN, base_url=url, limiter=limiter) as rest:
        return await _gather(
            rest.request("GET", template, {"channel_id": channel}) for template, channel in jobs
        )


async def run_discordpy(url: str, jobs: list[Job]) -> int:
    import discord.http

    discord.http.Route.BASE = url + "/v10"
    http = discord.http.HTTPClient(asyncio.get_running_loop())
    await http.static_login(TOKEN)
    stats(url)  # the login request is not part of the workload
    try:
        return await _gather(
            http.request(discord.http.Route("GET", template, channel_id=channel))
            for template, channel in jobs
        )
    finally:
        await http.close()


async def run_hikari(url: str, jobs: list[Job]) -> int:
    import hikari
    from hikari.internal import routes

    app = hikari.RESTApp(url=url + "/v10")
    await app.start()
    try:
        async with app.acquire(TOKEN, hikari.TokenType.BOT) as rest:
            compiled = [
                routes.Route("GET", template.replace("{channel_id}", "{channel}")).compile(channel=channel)
                for template, channel in jobs
            ]
            return await _gather(rest._request(route) for route in compiled)
    finally:
        await app.close()


ERRORS: Counter[str] = Counter()


async def _gather(calls: Iterator[Awaitable[object]]) -> int:
    """Run every call at once; return how many failed (their kinds go to ERRORS)."""
    results = await asyncio.gather(*calls, return_exceptions=True)
    failures = [type(result).__name__ for result in results if isinstance(result, BaseException)]
    ERRORS.update(failures)
    return len(failures)


def measure(
    library: str,
    sender: Callable[[str, list[Job]], Awaitable[int]],
    url: str,
    workload: str,
    jobs: list[Job],
    allowed: float,
) -> Result:
    async def timed() -> tuple[float, float, int]:
        cpu = time.process_time()
        start = time.perf_counter()
        failed = await sender(url, jobs)
        return time.perf_counter() - start, time.process_time() - cpu, failed

    ERRORS.clear()
    elapsed, cpu, failed = asyncio.run(timed())
    errors = ", ".join(f"{count} {name}" for name, count in ERRORS.most_common())
    seen = stats(url)
    http_requests = sum(seen["statuses"].values())
    too_many = sum(seen["too_many"].values())
    return Result(
        library,
        workload,
        elapsed,
        allowed,
        len(jobs),
        failed,
        errors,
        http_requests,
        too_many,
        cpu / len(jobs) * 1000,
    )


async def cpu_per_request(url: str, count: int, *, limited: bool) -> float:
    """Client CPU ms per request on a route without limits, 20 at a time: raw httpx or RESTRequester."""
    path = "/channels/{channel_id}/free"
    if limited:
        async with RESTRequester(TOKEN, base_url=url, limiter=RateLimiter(global_limit=1_000_000)) as rest:
            await rest.request("GET", "/users/@me", {})
            start = time.process_time()
            for _ in range(count // 20):
                await asyncio.gather(*(rest.request("GET", path, {"channel_id": n}) for n in range(20)))
            return (time.process_time() - start) / count * 1000
    headers = {"Authorization": f"Bot {TOKEN}"}
    async with httpx.AsyncClient() as http:
        await http.get(f"{url}/v10/users/@me", headers=headers)
        start = time.process_time()
        for _ in range(count // 20):
            await asyncio.gather(
                *(http.get(f"{url}/v10/channels/{n}/free", headers=headers) for n in range(20))
            )
        return (time.process_time() - start) / count * 1000


async def limiter_overhead(store: RateLimitStore, count: int) -> float:
    """µs per request for acquire + record_response on 100 buckets with room to spare."""
    limiter = RateLimiter(store, global_limit=1_000_000)
    headers = {
        "x-ratelimit-bucket": "h",
        "x-ratelimit-limit": "1000000",
        "x-ratelimit-remaining": "999999",
        "x-ratelimit-reset-after": "60",
    }
    routes = [Route.build("GET", "/channels/{channel_id}/messages", {"channel_id": n}) for n in range(100)]
    for route in routes:  # learn every bucket first
        ticket = await limiter.acquire(route, "token")
        await limiter.record_response(ticket, 200, headers, b"")
    start = time.perf_counter()
    for n in range(count):
        ticket = await limiter.acquire(routes[n % 100], "token")
        await limiter.record_response(ticket, 200, headers, b"")
    return (time.perf_counter() - start) / count * 1e6


@contextmanager
def redis_url() -> Iterator[str | None]:
    binary = shutil.which("redis-server")
    if binary is None or importlib.util.find_spec("redis") is None:
        yield None
        return
    port = free_port()
    with tempfile.TemporaryDirectory() as workdir:
        proc = subprocess.Popen(
            [
                binary,
                "--port",
                str(port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
                "--dir",
                workdir,
            ],
            stdout=subprocess.DEVNULL,
        )
        try:
            for _ in range(100):
                try:
                    socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                    break
                except OSError:
                    time.sleep(0.05)
            yield f"redis://127.0.0.1:{port}/0"
        finally:
            proc.terminate()
            proc.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="workload size (1.0: 320 and 400 requests)")
    parser.add_argument("--only", default="echord,discord.py,hikari")
    parser.add_argument(
        "--global-burst", type=int, default=None, help="echord's global_burst (default: the whole limit)"
    )
    args = parser.parse_args()
    GLOBAL_BURST[0] = args.global_burst
    for noisy in ("discord", "hikari"):  # their per-429 warnings would drown the table
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    wanted = args.only.split(",")
    senders: list[tuple[str, Callable[[str, list[Job]], Awaitable[int]]]] = [("echord", run_echord)]
    for name, module, sender in (("discord.py", "discord", run_discordpy), ("hikari", "hikari", run_hikari)):
        if importlib.util.find_spec(module) is None:
            print(f"{name}: not installed, skipped")
        else:
            senders.append((name, sender))
    senders = [(name, sender) for name, sender in senders if name in wanted]
    results: list[Result] = []
    with loopback_process(free_port(), TOKEN, GLOBAL, profile="bench") as url:
        for workload, (jobs, allowed) in (
            ("buckets", bucket_jobs(args.scale)),
            ("global", global_jobs(args.scale)),
        ):
            for name, sender in senders:
                # Each run starts with the server's global window empty, as after a bot has been idle for a
                # second: otherwise the previous run's last requests count against the next one's first.
                time.sleep(GLOBAL_PERIOD + 0.5)
                stats(url)
                results.append(measure(name, sender, url, workload, jobs, allowed))
                print(f"  done: {name} {workload}", file=sys.stderr)
    print(
        f"\nPython {sys.version.split()[0]}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}\n"
    )
    print(
        "| workload | library | wall s | share of allowed | failed | HTTP req / request | 429s | CPU ms / request |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for r in results:
        print(
            f"| {r.workload} | {r.library} | {r.elapsed:.2f} | {r.allowed / r.elapsed:.1%} | {r.errors or 0} | "
            f"{r.http_requests / r.intended:.2f} | {r.too_many} | {r.cpu_ms:.2f} |"
        )
    base = {r.workload: r for r in results if r.library == "echord"}
    print("\n| workload | library | wall time vs echord | HTTP requests vs echord | CPU vs echord |")
    print("| --- | --- | --- | --- | --- |")
    for r in results:
        b = base[r.workload]
        print(
            f"| {r.workload} | {r.library} | {r.elapsed / b.elapsed:.2f}x | {r.http_requests / b.http_requests:.2f}x | {r.cpu_ms / b.cpu_ms:.2f}x |"
        )
    with loopback_process(free_port(), TOKEN, 1_000_000, profile="bench") as url:
        raw = min(asyncio.run(cpu_per_request(url, 400, limited=False)) for _ in range(3))
        ours = min(asyncio.run(cpu_per_request(url, 400, limited=True)) for _ in range(3))
    print(
        f"\nclient CPU per request, no limits hit: raw httpx {raw:.2f} ms, RESTRequester {ours:.2f} ms ({ours / raw:.2f}x)"
    )
    memory = asyncio.run(limiter_overhead(MemoryStore(), 20_000))
    print(f"limiter overhead, acquire + record, MemoryStore: {memory:.1f} µs/request")
    with redis_url() as url:
        if url is None:
            print("limiter overhead, RedisStore: skipped (no redis-server or redis package)")
        else:
            from echord.rest.redis_store import RedisStore

            async def with_redis() -> float:
                store = RedisStore.from_url(url)
                try:
                    return await limiter_overhead(store, 5_000)
                finally:
                    await store.aclose()

            print(
                f"limiter overhead, acquire + record, RedisStore on loopback: {asyncio.run(with_redis()):.1f} µs/request"
            )


if __name__ == "__main__":
    main()
