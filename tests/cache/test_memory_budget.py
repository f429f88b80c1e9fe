"""A memory budget per cached member, so a record that grows shows up as a failing test."""

from __future__ import annotations

import asyncio
import gc
import json
import tracemalloc

from echord.cache import Cache, CacheUpdater

MEMBERS = 5_000
BUDGET = 450  # bytes per member, user included: about 405 on CPython 3.11; discord.py needs about 900


def payload() -> bytes:
    roles = [str(10**17 + n) for n in range(20)]
    members = [
        {
            "user": {
                "id": str(10**18 + i),
                "username": f"user{i}",
                "discriminator": "0",
                "global_name": None,
                "avatar": f"{i:032x}" if i % 2 == 0 else None,
            },
            "nick": f"nick {i}" if i % 3 == 0 else None,
            "roles": [roles[i % 20], roles[(i // 20 + 1) % 20]],
            "joined_at": f"2021-01-0{1 + i % 9}T12:00:00.{i % 1000:03d}000+00:00",
            "deaf": False,
            "mute": False,
        }
        for i in range(MEMBERS)
    ]
    guild = {"id": "1", "name": "g", "roles": [{"id": r, "name": "r"} for r in roles], "members": members}
    return json.dumps(guild).encode()


def test_bytes_per_member_stay_within_budget() -> None:
    raw = payload()
    gc.collect()
    tracemalloc.start()
    try:
        start, _ = tracemalloc.get_traced_memory()
        cache = Cache()
        asyncio.run(CacheUpdater(cache).guild_create(raw))
        gc.collect()
        used, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert asyncio.run(cache.members.count()) == MEMBERS
    per_member = (used - start) / MEMBERS
    assert per_member < BUDGET, f"{per_member:.0f} B per member"
