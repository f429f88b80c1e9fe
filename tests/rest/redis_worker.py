"""One client process for the shared-Redis test: fires its share of requests at the loopback server.

Run as `python -m tests.rest.redis_worker URL REDIS_URL COUNT GLOBAL START_AT`; the token comes from the
LOOPBACK_TOKEN environment variable. Prints JSON: successful requests and the send times.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time

from echord.rest.ratelimiter import RateLimiter
from echord.rest.redis_store import RedisStore
from echord.rest.requester import RESTRequester

ROUTES = [
    ("GET", "/channels/{channel_id}/r0"),
    ("GET", "/channels/{channel_id}/r1"),
    ("POST", "/channels/{channel_id}/messages"),
    ("PUT", "/channels/{channel_id}/pins/{message_id}"),
    ("GET", "/users/@me"),
]


async def run(url: str, redis_url: str, count: int, global_limit: int, start_at: float) -> dict[str, object]:
    # Margins for a shared 2-core CI machine, where a busy process can be descheduled for 100 ms and more.
    limiter = RateLimiter(
        RedisStore.from_url(redis_url),
        global_limit=global_limit,
        max_wait=300.0,
        safety_margin=0.25,
        window_tail=0.2,
    )
    sends: list[float] = []
    limiter.metrics.listeners.append(
        lambda event: sends.append(time.time()) if event.kind == "request" else None
    )
    async with RESTRequester(os.environ["LOOPBACK_TOKEN"], base_url=url, limiter=limiter) as rest:
        await limiter.store.invalid_count(600.0)  # connect before the start line
        await asyncio.sleep(max(0.0, start_at - time.time()))

        async def one(n: int) -> bytes:
            method, template = ROUTES[n % len(ROUTES)]
            params: dict[str, str | int] = {"channel_id": 1000, "message_id": n} if "{" in template else {}
            return await rest.request(method, template, params)

        results = await asyncio.gather(*(one(n) for n in range(count)))
    await limiter.aclose()
    return {"ok": len(results), "sends": sends}


if __name__ == "__main__":
    url, redis_url, count, global_limit, start_at = sys.argv[1:6]
    print(json.dumps(asyncio.run(run(url, redis_url, int(count), int(global_limit), float(start_at)))))
