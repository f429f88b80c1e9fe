"""End to end: SIGTERM/SIGINT stop a bot process gracefully and a restart resumes; a dropped connection
loses no message."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from redis.asyncio import Redis

from echord import Client
from echord.events import MessageCreate
from echord.gateway import RedisSessionStore
from echord.testing import Emulator

BOT = Path(__file__).with_name("bot_process.py")


class BotProcess:
    """A bot in a child process, followed line by line (the emulator keeps running in this loop)."""

    def __init__(self, proc: asyncio.subprocess.Process) -> None:
        self.proc = proc
        self.lines: list[str] = []

    @classmethod
    async def start(cls, mode: str, emu: Emulator, redis_url: str) -> BotProcess:
        env = dict(os.environ, BOT_TOKEN=emu.bot_token, API_BASE=emu.rest_url, REDIS_URL=redis_url)
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            str(BOT),
            mode,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        return cls(proc)

    async def expect(self, prefix: str, within: float = 15.0) -> str:
        assert self.proc.stdout is not None
        async with asyncio.timeout(within):
            while True:
                raw = await self.proc.stdout.readline()
                if not raw:
                    raise AssertionError(f"the bot exited before printing {prefix!r}: {self.lines}")
                line = raw.decode().strip()
                self.lines.append(line)
                if line.startswith(prefix):
                    return line

    async def stop(self, sig: signal.Signals) -> tuple[int, str]:
        self.proc.send_signal(sig)
        rest, err = await asyncio.wait_for(self.proc.communicate(), 20)
        self.lines += rest.decode().splitlines()
        return await self.proc.wait(), err.decode()


async def test_sigterm_and_sigint_shut_down_gracefully_and_a_restart_resumes(
    emulator: Emulator, redis_url: str
) -> None:
    seed = emulator.seed
    assert seed is not None
    users = emulator.users

    first = await BotProcess.start("serve", emulator, redis_url)
    session_id = (await first.expect("identified")).split()[1]
    users.send_message(seed.alice, seed.general, "!ping 1")
    await emulator.wait_until(
        lambda: any(m.content == "pong 1" for m in users.bot_messages(seed.general)), within=10
    )
    code, err = await first.stop(signal.SIGTERM)
    assert code == 0, err
    assert "Traceback" not in err
    assert first.lines[-2:] == ["tasks left 0", "stopped"]  # serve() returned with nothing running

    redis = Redis.from_url(redis_url)
    try:
        saved = await RedisSessionStore(redis).load(0, 1)
    finally:
        await redis.aclose()
    assert saved is not None and saved.session_id == session_id  # stored resumably
    assert session_id in emulator.gateway.sessions

    users.send_message(seed.alice, seed.general, "!ping 2")  # while no process is connected
    second = await BotProcess.start("run", emulator, redis_url)
    await second.expect("resumed")
    assert emulator.gateway.sessions[session_id].resumed_on  # no new IDENTIFY
    await emulator.wait_until(
        lambda: any(m.content == "pong 2" for m in users.bot_messages(seed.general)), within=10
    )
    code, err = await second.stop(signal.SIGINT)
    assert code == 0, err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err
    assert second.lines[-1] == "stopped"
    assert len(emulator.gateway.sessions) == 1


async def test_a_dropped_connection_resumes_without_losing_a_message(
    client: Client, emulator: Emulator
) -> None:
    seed = emulator.seed
    assert seed is not None
    shard = client.gateway.shards[0]
    session_id = shard.session_id
    assert session_id is not None
    seen: list[str] = []

    @client.listen(MessageCreate)
    async def record(message: MessageCreate) -> None:
        seen.append(message.content)

    sent = [f"m{i}" for i in range(30)]
    for index, text in enumerate(sent):
        emulator.users.send_message(seed.alice, seed.general, text)
        if index in (5, 17):
            emulator.gateway.drop()
            await asyncio.sleep(0)
    async with asyncio.timeout(15):
        while len(seen) < len(sent):  # noqa: ASYNC110 - listeners run as tasks; count what arrived
            await asyncio.sleep(0.02)
    await client.bus.join()
    assert seen == sent  # every message once, in order
    assert shard.session_id == session_id
    assert emulator.gateway.sessions[session_id].resumed_on
    cached = await client.cache.get_messages(seed.general.id)
    assert [m.content for m in cached][-len(sent) :] == sent
