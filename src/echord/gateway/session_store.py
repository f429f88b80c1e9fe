"""The session store: where a shard keeps what it needs to resume (session id, sequence, resume URL).

With a persistent store (Redis), a restarted process resumes its shards instead of re-identifying:
no missed events and no identify spent. The in-memory store only survives reconnects.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

import msgspec

if TYPE_CHECKING:
    from redis.asyncio import Redis

__all__ = ["InMemorySessionStore", "RedisSessionStore", "SessionInfo", "SessionStore"]


class SessionInfo(msgspec.Struct, frozen=True):
    """A resumable session of one shard (of `shard_count` shards)."""

    session_id: str
    sequence: int | None
    resume_url: str
    shard_count: int


class SessionStore(Protocol):
    """Loads, saves and forgets the session of a shard."""

    async def load(self, shard_id: int, shard_count: int) -> SessionInfo | None: ...

    async def save(self, shard_id: int, info: SessionInfo) -> None: ...

    async def delete(self, shard_id: int, shard_count: int) -> None: ...


class InMemorySessionStore:
    """A dict: enough for reconnects inside one process."""

    def __init__(self) -> None:
        self._sessions: dict[tuple[int, int], SessionInfo] = {}

    async def load(self, shard_id: int, shard_count: int) -> SessionInfo | None:
        return self._sessions.get((shard_id, shard_count))

    async def save(self, shard_id: int, info: SessionInfo) -> None:
        self._sessions[(shard_id, info.shard_count)] = info

    async def delete(self, shard_id: int, shard_count: int) -> None:
        self._sessions.pop((shard_id, shard_count), None)


_encode = msgspec.json.Encoder().encode
_decode = msgspec.json.Decoder(SessionInfo).decode


class RedisSessionStore:
    """One JSON value per shard, expiring after `ttl` seconds (Discord forgets idle sessions too)."""

    def __init__(self, redis: Redis, *, prefix: str = "echord:session", ttl: float = 900.0) -> None:
        self._redis = redis
        self.prefix = prefix
        self.ttl = ttl

    def _key(self, shard_id: int, shard_count: int) -> str:
        return f"{self.prefix}:{shard_count}:{shard_id}"

    async def load(self, shard_id: int, shard_count: int) -> SessionInfo | None:
        raw: bytes | str | None = await self._redis.get(self._key(shard_id, shard_count))
        if raw is None:
            return None
        try:
            return _decode(raw)
        except msgspec.DecodeError:
            return None

    async def save(self, shard_id: int, info: SessionInfo) -> None:
        await self._redis.set(self._key(shard_id, info.shard_count), _encode(info), px=int(self.ttl * 1000))

    async def delete(self, shard_id: int, shard_count: int) -> None:
        await self._redis.delete(self._key(shard_id, shard_count))
