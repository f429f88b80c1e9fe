"""Bytes per cached member and member ingest speed: echord next to discord.py and hikari, on one payload.

The payload is one synthetic GUILD_CREATE with N members (2 roles each out of 20, a nick on every third
member, an avatar on every second user), the shape docs/research used for its baseline. Each library ingests it its
own way, starting from the raw JSON bytes:

- echord: `CacheUpdater.guild_create(raw)` (msgspec decode of the cached fields + in-memory stores);
- discord.py: its JSON loader + `Guild(data=…, state=ConnectionState(…))`;
- hikari: its JSON loader + `EntityFactoryImpl.deserialize_gateway_guild` + `CacheImpl.set_guild` and
  `set_member` / `set_role` per entity (what its GUILD_CREATE handler does).

Memory: tracemalloc, after gc.collect(), of everything still alive once the payload bytes are dropped,
divided by N. Speed: best of several runs without tracemalloc, µs per member. Peers that are not installed
are skipped.

    python benchmarks/cache_memory.py [--members 20000] [--runs 5]
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import importlib.util
import json
import time
import tracemalloc
from collections.abc import Callable

GUILD_ID = 81384788765712384
ROLE_IDS = tuple(81384788765712385 + n for n in range(20))
BASE_USER_ID = 10**17


def role_pair(i: int) -> list[str]:
    """Two distinct roles out of 20, so the guild has a few hundred different role sets, not one."""
    first, second = i % 20, (i // 20) % 20
    if second == first:
        second = (first + 1) % 20
    return [str(ROLE_IDS[first]), str(ROLE_IDS[second])]


def guild_payload(members: int) -> bytes:
    """A GUILD_CREATE `d` payload as Discord sends it (ids as strings, ISO timestamps)."""
    member_list = []
    for i in range(members):
        user: dict[str, object] = {
            "id": str(BASE_USER_ID + i),
            "username": f"user{i}",
            "discriminator": "0",
            "global_name": None,
            "avatar": f"{i:032x}" if i % 2 == 0 else None,
            "public_flags": 0,
        }
        member_list.append(
            {
                "user": user,
                "nick": f"nick {i}" if i % 3 == 0 else None,
                "avatar": None,
                "roles": role_pair(i),
                "joined_at": f"2021-0{1 + i % 9}-1{i % 10}T12:{i % 60:02d}:00.{i % 1000:03d}000+00:00",
                "premium_since": None,
                "deaf": False,
                "mute": False,
                "pending": False,
                "flags": 0,
                "communication_disabled_until": None,
            }
        )
    roles = [
        {
            "id": str(role_id),
            "name": "@everyone" if role_id == GUILD_ID else f"role {n}",
            "color": 0,
            "hoist": False,
            "icon": None,
            "unicode_emoji": None,
            "position": n,
            "permissions": "104324673",
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        for n, role_id in enumerate((GUILD_ID, *ROLE_IDS))
    ]
    guild = {
        "id": str(GUILD_ID),
        "name": "benchmark guild",
        "icon": None,
        "splash": None,
        "discovery_splash": None,
        "owner_id": str(BASE_USER_ID),
        "afk_channel_id": None,
        "afk_timeout": 300,
        "verification_level": 1,
        "default_message_notifications": 1,
        "explicit_content_filter": 0,
        "roles": roles,
        "emojis": [],
        "stickers": [],
        "features": [],
        "mfa_level": 0,
        "application_id": None,
        "system_channel_id": None,
        "system_channel_flags": 0,
        "rules_channel_id": None,
        "vanity_url_code": None,
        "description": None,
        "banner": None,
        "premium_tier": 0,
        "premium_subscription_count": 0,
        "preferred_locale": "en-US",
        "public_updates_channel_id": None,
        "nsfw_level": 0,
        "premium_progress_bar_enabled": False,
        "joined_at": "2021-01-01T00:00:00.000000+00:00",
        "large": True,
        "unavailable": False,
        "member_count": members,
        "voice_states": [],
        "members": member_list,
        "channels": [],
        "threads": [],
        "presences": [],
        "stage_instances": [],
        "guild_scheduled_events": [],
    }
    return json.dumps(guild).encode()


# Each ingest function takes the raw bytes and returns the object that keeps the cache alive.


def echord_ingest(raw: bytes) -> object:
    from echord.cache import Cache, CacheUpdater

    cache = Cache()
    asyncio.run(CacheUpdater(cache).guild_create(raw))
    return cache


def discord_ingest(raw: bytes) -> object:
    import discord
    from discord.state import ConnectionState
    from discord.utils import _from_json

    intents = discord.Intents.default()
    intents.members = True
    state = ConnectionState(dispatch=lambda *a, **k: None, handlers={}, hooks={}, http=None, intents=intents)
    guild = discord.Guild(data=_from_json(raw), state=state)
    state._add_guild(guild)
    return state


def hikari_ingest(raw: bytes) -> object:
    from hikari.impl.cache import CacheImpl
    from hikari.impl.config import CacheSettings
    from hikari.impl.entity_factory import EntityFactoryImpl
    from hikari.internal.data_binding import default_json_loads

    app = _HikariApp()
    factory = EntityFactoryImpl(app)
    cache = CacheImpl(app, CacheSettings())
    definition = factory.deserialize_gateway_guild(default_json_loads(raw), user_id=None)
    cache.set_guild(definition.guild())
    for role in definition.roles().values():
        cache.set_role(role)
    for member in definition.members().values():
        cache.set_member(member)
    return cache


class _HikariApp:
    """The little of `hikari.RESTAware` that the entity factory and cache touch."""

    def __init__(self) -> None:
        from hikari.impl.config import CacheSettings

        self.cache_settings = CacheSettings()
        self.rest = None
        self.entity_factory = None


PEERS = {"discord.py": ("discord", discord_ingest), "hikari": ("hikari", hikari_ingest)}


def bytes_per_member(ingest: Callable[[bytes], object], raw: bytes, members: int) -> float:
    ingest(raw)  # import and warm up outside the measurement
    gc.collect()
    tracemalloc.start()
    start, _ = tracemalloc.get_traced_memory()
    kept = ingest(raw)
    gc.collect()
    end, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del kept
    return (end - start) / members


def us_per_member(
    variants: dict[str, Callable[[bytes], object]], raw: bytes, members: int, runs: int
) -> dict[str, float]:
    """Best of `runs`, interleaved (each variant once per round) so machine load hits all alike."""
    best = dict.fromkeys(variants, float("inf"))
    for _ in range(runs):
        for name, ingest in variants.items():
            gc.collect()
            started = time.perf_counter()
            kept = ingest(raw)
            best[name] = min(best[name], time.perf_counter() - started)
            del kept
    return {name: seconds / members * 1e6 for name, seconds in best.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--members", type=int, default=20_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    raw = guild_payload(args.members)
    variants: dict[str, Callable[[bytes], object]] = {"echord": echord_ingest}
    for name, (module, ingest) in PEERS.items():
        if importlib.util.find_spec(module) is None:
            print(f"skipping {name}: not installed")
        else:
            variants[name] = ingest

    memory = {name: bytes_per_member(ingest, raw, args.members) for name, ingest in variants.items()}
    speed = us_per_member(variants, raw, args.members, args.runs)

    print(f"\none guild, {args.members} members, payload {len(raw) / args.members:.0f} B/member of JSON")
    print(f"{'library':<12}{'B/member':>10}{'vs echord':>11}{'µs/member':>11}{'vs echord':>11}")
    for name in variants:
        print(
            f"{name:<12}{memory[name]:>10.0f}{memory[name] / memory['echord']:>10.2f}x"
            f"{speed[name]:>11.2f}{speed[name] / speed['echord']:>10.2f}x"
        )


if __name__ == "__main__":
    main()
