"""A bot run as its own process by test_shutdown.py: `python bot_process.py run|serve`.

Reads the emulator's REST URL and token and a Redis URL from the environment, keeps its gateway session in
Redis, answers `!ping`, and prints its milestones on stdout for the test to follow.
"""

from __future__ import annotations

import asyncio
import os
import sys

from redis.asyncio import Redis

from echord import Client, Intents
from echord.events import MessageCreate
from echord.gateway import ReadyReceived, RedisSessionStore, Resumed


def build(redis: Redis) -> Client:
    client = Client(
        os.environ["BOT_TOKEN"],
        api_base=os.environ["API_BASE"],
        intents=Intents.default() | Intents.MESSAGE_CONTENT,
        session_store=RedisSessionStore(redis),
    )

    @client.listen(ReadyReceived)
    async def ready(event: ReadyReceived) -> None:
        print("identified", event.session_id, flush=True)

    @client.listen(Resumed)
    async def resumed(event: Resumed) -> None:
        print("resumed", flush=True)

    @client.listen(MessageCreate)
    async def on_message(message: MessageCreate) -> None:
        if message.content.startswith("!ping"):
            await client.send_message(message.channel_id, "pong " + message.content.removeprefix("!ping "))

    return client


async def serve() -> None:
    redis = Redis.from_url(os.environ["REDIS_URL"])
    await build(redis).serve()
    await redis.aclose()
    others = [task for task in asyncio.all_tasks() if task is not asyncio.current_task()]
    print("tasks left", len(others), flush=True)


def main() -> int:
    if sys.argv[1] == "serve":
        asyncio.run(serve())
    else:
        build(Redis.from_url(os.environ["REDIS_URL"])).run(log_level=None)
    print("stopped", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
