"""Two processes sharing the Redis identify queue never identify two shards of one bucket within 5 s."""

from __future__ import annotations

import asyncio
import itertools
import os
import sys
from pathlib import Path

from .fake_gateway import FakeConnection, FakeGateway

WORKER = Path(__file__).with_name("identify_worker.py")


async def test_two_processes_share_identify_buckets(redis_url: str) -> None:
    async def script(conn: FakeConnection) -> None:
        await conn.handshake(within=30)

    async with FakeGateway(script) as gw:
        env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
        # max_concurrency 2: bucket 0 = shards 0, 2, 4 and bucket 1 = shards 1, 3, 5, split across processes.
        procs = [
            await asyncio.create_subprocess_exec(
                sys.executable, str(WORKER), gw.url, redis_url, "6", "2", *ids, env=env
            )
            for ids in (["0", "1", "2"], ["3", "4", "5"])
        ]
        codes = await asyncio.wait_for(asyncio.gather(*(p.wait() for p in procs)), 50)
    assert codes == [0, 0]

    identifies = [(r.payload["d"]["shard"][0], r.at) for r in gw.sent(2)]
    assert sorted(shard for shard, _ in identifies) == [0, 1, 2, 3, 4, 5]
    for bucket in (0, 1):
        stamps = sorted(at for shard, at in identifies if shard % 2 == bucket)
        gaps = [b - a for a, b in itertools.pairwise(stamps)]
        assert all(gap >= 4.9 for gap in gaps), gaps
    # Both buckets started in the first window: the queue throttles, it does not serialise.
    firsts = [min(at for shard, at in identifies if shard % 2 == bucket) for bucket in (0, 1)]
    assert abs(firsts[0] - firsts[1]) < 1.0
