"""Two processes sharing one RedisStore stay within the server's limits together."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from collections import deque
from pathlib import Path

import httpx

from tests.conftest import free_port
from tests.rest.loopback_server import loopback_process

TOKEN = "MTIz.shared-redis.secret-token"
GLOBAL = 100
PER_PROCESS = 200


def test_two_processes_share_one_budget(redis_url: str) -> None:
    root = Path(__file__).resolve().parents[2]
    with loopback_process(free_port(), TOKEN, GLOBAL) as url:
        start_at = time.time() + 2.0
        env = {**os.environ, "LOOPBACK_TOKEN": TOKEN}
        workers = [
            subprocess.Popen(
                [
                    sys.executable,
                    "-m",
                    "tests.rest.redis_worker",
                    url,
                    redis_url,
                    str(PER_PROCESS),
                    str(GLOBAL),
                    str(start_at),
                ],
                cwd=root,
                env=env,
                stdout=subprocess.PIPE,
                text=True,
            )
            for _ in range(2)
        ]
        outputs = [worker.communicate(timeout=120)[0] for worker in workers]
        elapsed = time.time() - start_at
        stats = httpx.get(url.removesuffix("/api") + "/_stats").json()
    assert [worker.returncode for worker in workers] == [0, 0]
    reports = [json.loads(out) for out in outputs]
    assert [report["ok"] for report in reports] == [PER_PROCESS, PER_PROCESS]
    assert sum(stats["served"].values()) == 2 * PER_PROCESS
    # No bucket was exceeded by the pair: the server saw no per-route 429 at all.
    assert not [key for key in stats["too_many"] if not key.startswith("global ")], stats["too_many"]
    # The pair kept the global budget: in the merged send log, no 1 s window holds more than GLOBAL.
    sends = sorted(t for report in reports for t in report["sends"])
    window: deque[float] = deque()
    for t in sends:
        window.append(t)
        while window[0] <= t - 1.0:
            window.popleft()
        assert len(window) <= GLOBAL
    # Arrival jitter on a loaded machine can still squeeze a send into the server's window; a limiter that
    # did not share the budget would collect hundreds of global 429s here, not a handful.
    assert sum(v for key, v in stats["too_many"].items() if key.startswith("global ")) <= 3
    # 80 requests per single-route bucket of 10 per 0.5 s: the pair needed its 8 windows, not 4 each.
    assert elapsed >= 3.4
