"""A separate process running some shards through the shared Redis identify queue (for the tests).

Usage: python identify_worker.py GATEWAY_URL REDIS_URL SHARD_COUNT MAX_CONCURRENCY SHARD_ID...
"""

from __future__ import annotations

import asyncio
import sys

import msgspec

from echord.gateway import (
    GatewayBotInfo,
    ReconnectPolicy,
    RedisIdentifyQueue,
    SessionStartLimit,
    ShardManager,
)


async def main(argv: list[str]) -> None:
    url, redis_url, count, concurrency, *ids = argv
    info = GatewayBotInfo(url, int(count), SessionStartLimit(1000, 1000, 86_400_000, int(concurrency)))

    async def fetch() -> GatewayBotInfo:
        return info

    def dispatch(event: str, data: msgspec.Raw, shard_id: int) -> None:
        return None

    queue = RedisIdentifyQueue.from_url(redis_url)
    manager = ShardManager(
        "worker-token",
        intents=1,
        dispatch=dispatch,
        fetch_gateway_bot=fetch,
        shard_ids=[int(i) for i in ids],
        identify_queue=queue,
        compression="zlib-stream",
        policy=ReconnectPolicy(base_delay=0.05),
    )
    await manager.start()
    await asyncio.wait_for(manager.wait_ready(), 60)
    await manager.close()
    await queue.aclose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1:]))
