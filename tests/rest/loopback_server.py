"""A loopback HTTP server that enforces Discord-style rate limits (the `DiscordModel`) and answers with an echo.

An ASGI app run by uvicorn on 127.0.0.1. Every 2xx body echoes method, template, path parameters, query and
the JSON body, so a client can check that each response belongs to its request. It also fails bursts of
requests with 5xx on chosen routes, checks the Authorization header, and keeps counts for the tests.
For diagnosis, `/_stats` lists each 429 with the window it hit, and every response carries `X-Arrived`
(the server's monotonic clock when the request arrived; the client shares that clock on one machine).
"""

from __future__ import annotations

import argparse
import os
import re
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl

import msgspec
import uvicorn

from tests.rest.discord_model import BucketSpec, DiscordModel

Scope = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[MutableMapping[str, Any]]]
Send = Callable[[MutableMapping[str, Any]], Awaitable[None]]

MAJOR = ("channel_id", "guild_id", "webhook_id", "webhook_token", "interaction_id", "interaction_token")


@dataclass
class RouteSpec:
    method: str
    template: str
    bucket: BucketSpec | None
    fail_every: int = 0
    """Every `fail_every`-th request (and the one after it) gets a 503 then a 502, before rate limiting."""
    pattern: re.Pattern[str] = field(init=False)

    def __post_init__(self) -> None:
        self.pattern = re.compile(
            "^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(self.template)) + "$"
        )

    @property
    def key(self) -> str:
        return f"{self.method} {self.template}"


@dataclass
class LoopbackDiscord:
    """The app: `routes`, one accepted token, a global limit; counters for the tests to read."""

    routes: list[RouteSpec]
    token: str
    global_limit: int = 50
    global_period: float = 1.0
    sublimits: dict[str, tuple[int, float]] = field(default_factory=dict)
    model: DiscordModel = field(init=False)
    received: Counter[str] = field(default_factory=Counter)
    failures: Counter[str] = field(default_factory=Counter)
    statuses: Counter[int] = field(default_factory=Counter)
    unauthorized: int = 0

    def __post_init__(self) -> None:
        buckets = {r.key: r.bucket for r in self.routes if r.bucket is not None}
        self.model = DiscordModel(
            time.monotonic, buckets, self.global_limit, self.global_period, dict(self.sublimits)
        )

    def stats(self) -> dict[str, object]:
        return {
            "too_many": dict(self.model.too_many),
            "served": dict(self.model.served),
            "failures": dict(self.failures),
            "statuses": {str(k): v for k, v in self.statuses.items()},
            "unauthorized": self.unauthorized,
            "events": self.model.events,
        }

    def reset_counts(self) -> None:
        self.received.clear()
        self.failures.clear()
        self.statuses.clear()
        self.model.too_many.clear()
        self.model.served.clear()
        self.model.events.clear()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            while True:
                message = await receive()
                if message["type"] == "lifespan.startup":
                    await send({"type": "lifespan.startup.complete"})
                elif message["type"] == "lifespan.shutdown":
                    await send({"type": "lifespan.shutdown.complete"})
                    return
        body = b""
        while True:
            message = await receive()
            body += message.get("body", b"")
            if not message.get("more_body"):
                break
        arrived = time.monotonic()
        headers = {k.decode().lower(): v.decode() for k, v in scope["headers"]}
        status, out_headers, out = self.handle(
            scope["method"], scope["path"], scope["query_string"].decode(), headers, body
        )
        self.statuses[status] += 1
        # Discord's responses pass Google's front end (`Via: 1.1 google`); clients use it to tell a Discord 429
        # from a Cloudflare one.
        raw_headers = [(b"content-type", b"application/json"), (b"via", b"1.1 google")]
        raw_headers.append((b"x-arrived", f"{arrived:.4f}".encode()))
        raw_headers += [(k.encode(), v.encode()) for k, v in out_headers.items()]
        await send({"type": "http.response.start", "status": status, "headers": raw_headers})
        await send({"type": "http.response.body", "body": out})

    def handle(
        self, method: str, path: str, query: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, str], bytes]:
        if path == "/_stats":
            return 200, {}, msgspec.json.encode(self.stats())
        if path == "/_reset":
            self.reset_counts()
            return 204, {}, b""
        path = path.removeprefix("/api/v10")
        for route in self.routes:
            match = route.pattern.match(path) if route.method == method else None
            if match is not None:
                break
        else:
            return 404, {}, b'{"code": 0, "message": "404: Not Found"}'
        params = match.groupdict()
        if headers.get("authorization") != f"Bot {self.token}":
            self.unauthorized += 1
            return 401, {}, b'{"code": 0, "message": "401: Unauthorized"}'
        self.received[route.key] += 1
        if route.fail_every and self.received[route.key] % route.fail_every in (0, 1):
            self.failures[route.key] += 1
            status = 503 if self.received[route.key] % route.fail_every == 0 else 502
            return status, {}, b"upstream failure"
        major = ",".join(f"{name}={params[name]}" for name in MAJOR if name in params)
        exempt = "{webhook_token}" in route.template or route.template.startswith("/interactions/")
        status, out_headers, out = self.model.handle(route.key, major, headers["authorization"], exempt)
        if status == 200:
            echo = {
                "method": method,
                "template": route.template,
                "params": params,
                "query": dict(parse_qsl(query)),
                "body": msgspec.json.decode(body) if body else None,
            }
            out = msgspec.json.encode(echo)
        return status, out_headers, out


def bench_routes() -> tuple[list[RouteSpec], dict[str, tuple[int, float]]]:
    """For benchmarks/rest_ratelimit.py: 8 routes of 5 per second each, one route without a bucket."""
    routes = [
        RouteSpec("GET", f"/channels/{{channel_id}}/b{n}", BucketSpec(f"bench{n}", 5, 1.0)) for n in range(8)
    ]
    routes += [RouteSpec("GET", "/channels/{channel_id}/free", None), RouteSpec("GET", "/users/@me", None)]
    return routes, {}


def standard_routes() -> tuple[list[RouteSpec], dict[str, tuple[int, float]]]:
    """20 routes: own buckets, one hash shared by four routes, a sub-limit, 5xx bursts, no-limit, exempt."""
    shared = BucketSpec("shared-msg", 20, 0.5)
    routes = [
        RouteSpec("GET", f"/channels/{{channel_id}}/r{n}", BucketSpec(f"b{n}", 10, 0.5)) for n in range(12)
    ]
    routes += [
        RouteSpec("POST", "/channels/{channel_id}/messages", shared),
        RouteSpec("PATCH", "/channels/{channel_id}/messages/{message_id}", shared),
        RouteSpec("DELETE", "/channels/{channel_id}/messages/{message_id}", shared),
        RouteSpec("PUT", "/channels/{channel_id}/pins/{message_id}", shared),
        RouteSpec("POST", "/channels/{channel_id}/typing", BucketSpec("typing", 50, 0.5)),
        RouteSpec("GET", "/guilds/{guild_id}/members", BucketSpec("members", 10, 0.5), fail_every=25),
        RouteSpec("GET", "/users/@me", None),
        RouteSpec("POST", "/webhooks/{webhook_id}/{webhook_token}", BucketSpec("hook", 10, 0.5)),
    ]
    return routes, {"POST /channels/{channel_id}/typing": (10, 0.5)}


@contextmanager
def loopback_process(port: int, token: str, global_limit: int, profile: str = "standard") -> Iterator[str]:
    """The server (`profile`: standard or bench routes) in its own process (its own CPU core); yields the base URL (without /v10)."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    env = {**os.environ, "LOOPBACK_TOKEN": token}
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.rest.loopback_server",
            "--port",
            str(port),
            "--global-limit",
            str(global_limit),
            "--profile",
            profile,
        ],
        cwd=root,
        env=env,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if time.monotonic() > deadline or proc.poll() is not None:
                    raise RuntimeError("loopback server did not start") from None
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/api"
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description="Discord-style rate-limited loopback server")
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--global-limit", type=int, default=50)
    parser.add_argument("--profile", choices=("standard", "bench"), default="standard")
    args = parser.parse_args()
    routes, sublimits = standard_routes() if args.profile == "standard" else bench_routes()
    app = LoopbackDiscord(
        routes, os.environ["LOOPBACK_TOKEN"], global_limit=args.global_limit, sublimits=sublimits
    )
    uvicorn.run(app, host="127.0.0.1", port=args.port, log_level="warning", backlog=4096, access_log=False)


if __name__ == "__main__":
    main()
