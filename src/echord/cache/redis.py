"""A Redis store, so the processes of a bot share one cache.

Layout, per store (`kind`) under `prefix`:

- `{prefix}{kind}:{group}`: a hash per group (guild or channel), field = record key, value = msgpack record;
- `{prefix}{kind}:groups`: the set of non-empty groups;
- `{prefix}{kind}:order` (bounded stores): a sorted set of `group:key` by insertion (FIFO) or use (LRU);
- `{prefix}{kind}:written` (stores with a TTL): a sorted set of `group:key` by write time (wall clock).

Writes, deletes and evictions run as Lua scripts, so a record and its bookkeeping change together. The
scripts touch group hashes they compute from `prefix`, so this needs a single Redis, not a Redis Cluster.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Mapping
from typing import Generic, TypeVar

import msgspec
import redis.asyncio as aioredis

from .policy import Eviction, StorePolicy
from .stores import EvictionListener

__all__ = ["RedisStore", "redis_stores"]

R = TypeVar("R")

# KEYS: hash, groups, order, written, seq. ARGV: group, now (-1: no TTL), max (-1: unbounded), lru, base,
# then field, value pairs. Returns the evicted `group:key` members.
_SET = """
local hash, groups, order, written, seq = KEYS[1], KEYS[2], KEYS[3], KEYS[4], KEYS[5]
local group, now, max, lru, base = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4] == '1', ARGV[5]
redis.call('SADD', groups, group)
for i = 6, #ARGV, 2 do
  local member = group .. ':' .. ARGV[i]
  local added = redis.call('HSET', hash, ARGV[i], ARGV[i + 1]) == 1
  if max >= 0 and (added or lru) then
    redis.call('ZADD', order, redis.call('INCR', seq), member)
  end
  if now >= 0 then redis.call('ZADD', written, now, member) end
end
local evicted = {}
if max >= 0 then
  local over = redis.call('ZCARD', order) - max
  if over > 0 then
    local victims = redis.call('ZPOPMIN', order, over)
    for j = 1, #victims, 2 do
      local member = victims[j]
      local sep = string.find(member, ':', 1, true)
      local g, field = string.sub(member, 1, sep - 1), string.sub(member, sep + 1)
      redis.call('HDEL', base .. g, field)
      if redis.call('HLEN', base .. g) == 0 then redis.call('SREM', groups, g) end
      redis.call('ZREM', written, member)
      table.insert(evicted, member)
    end
  end
end
return evicted
"""

# KEYS: hash, order, written, seq. ARGV: field, member, lru, now (-1: no TTL), ttl.
# Returns the value, nil when absent, or 0 when expired (the caller evicts it).
_GET = """
local value = redis.call('HGET', KEYS[1], ARGV[1])
if not value then return nil end
local now = tonumber(ARGV[4])
if now >= 0 then
  local written = redis.call('ZSCORE', KEYS[3], ARGV[2])
  if written and now - tonumber(written) >= tonumber(ARGV[5]) then return 0 end
end
if ARGV[3] == '1' then redis.call('ZADD', KEYS[2], 'XX', redis.call('INCR', KEYS[4]), ARGV[2]) end
return value
"""

# KEYS: hash, groups, order, written. ARGV: group, fields... Returns field, value pairs of what was removed.
_DELETE = """
local removed = {}
for i = 2, #ARGV do
  local value = redis.call('HGET', KEYS[1], ARGV[i])
  if value then
    redis.call('HDEL', KEYS[1], ARGV[i])
    local member = ARGV[1] .. ':' .. ARGV[i]
    redis.call('ZREM', KEYS[3], member)
    redis.call('ZREM', KEYS[4], member)
    table.insert(removed, ARGV[i])
    table.insert(removed, value)
  end
end
if redis.call('HLEN', KEYS[1]) == 0 then redis.call('SREM', KEYS[2], ARGV[1]) end
return removed
"""

# KEYS: hash, groups, order, written. ARGV: group. Returns the removed fields.
_DROP_GROUP = """
local fields = redis.call('HKEYS', KEYS[1])
redis.call('DEL', KEYS[1])
redis.call('SREM', KEYS[2], ARGV[1])
for _, field in ipairs(fields) do
  local member = ARGV[1] .. ':' .. field
  redis.call('ZREM', KEYS[3], member)
  redis.call('ZREM', KEYS[4], member)
end
return fields
"""


class RedisStore(Generic[R]):
    """Records of one kind in Redis, msgpack-encoded, under a `StorePolicy`.

    `clock` is wall-clock seconds (`time.time`), the same in every process; TTLs are measured with it.
    The client must return bytes (the default; not `decode_responses=True`).
    """

    def __init__(
        self,
        client: aioredis.Redis,
        kind: str,
        record_type: type[R],
        policy: StorePolicy[R] | None = None,
        *,
        prefix: str = "echord:cache:",
        clock: Callable[[], float] = time.time,
    ) -> None:
        if client.connection_pool.connection_kwargs.get("decode_responses"):
            raise ValueError("RedisStore needs a client that returns bytes (decode_responses=False)")
        self.policy: StorePolicy[R] = policy or StorePolicy()
        self.on_evict: EvictionListener | None = None
        self._client = client
        self._clock = clock
        self._base = f"{prefix}{kind}:"
        self._groups_key = f"{self._base}groups"
        self._order_key = f"{self._base}order"
        self._written_key = f"{self._base}written"
        self._seq_key = f"{self._base}seq"
        self._encoder = msgspec.msgpack.Encoder()
        self._decoder = msgspec.msgpack.Decoder(record_type)
        self._max = -1 if self.policy.max_size is None else self.policy.max_size
        self._lru = "1" if self.policy.max_size is not None and self.policy.eviction is Eviction.LRU else "0"
        self._set_script = client.register_script(_SET)
        self._get_script = client.register_script(_GET)
        self._delete_script = client.register_script(_DELETE)
        self._drop_script = client.register_script(_DROP_GROUP)

    def __repr__(self) -> str:
        return f"RedisStore({self._base!r})"

    # reads

    async def get(self, group: int, key: int) -> R | None:
        if self._max < 0 and self.policy.ttl is None:
            raw = await self._client.hget(self._hash(group), str(key))
            return None if raw is None else self._decoder.decode(_raw(raw))
        member = f"{group}:{key}"
        keys = [self._hash(group), self._order_key, self._written_key, self._seq_key]
        args: list[str | float] = [str(key), member, self._lru, self._now(), self.policy.ttl or 0]
        raw = await self._get_script(keys=keys, args=args)
        if raw is None:
            return None
        if raw == 0:
            await self._evict(group, [key])
            return None
        return self._decoder.decode(_raw(raw))

    async def get_many(self, group: int, keys: Iterable[int]) -> dict[int, R]:
        keys = list(keys)
        if not keys:
            return {}
        decode = self._decoder.decode
        if self._max < 0 and self.policy.ttl is None:
            values = await self._client.hmget(self._hash(group), [str(key) for key in keys])
            return {key: decode(_raw(raw)) for key, raw in zip(keys, values, strict=True) if raw is not None}
        script_keys = [self._hash(group), self._order_key, self._written_key, self._seq_key]
        now, ttl = self._now(), self.policy.ttl or 0
        async with self._client.pipeline(transaction=False) as pipe:
            for key in keys:  # one round trip; each read still touches LRU order and checks its TTL
                args: list[str | float] = [str(key), f"{group}:{key}", self._lru, now, ttl]
                await self._get_script(keys=script_keys, args=args, client=pipe)
            replies = await pipe.execute()
        found: dict[int, R] = {}
        expired: list[int] = []
        for key, raw in zip(keys, replies, strict=True):
            if raw == 0:
                expired.append(key)
            elif raw is not None:
                found[key] = decode(_raw(raw))
        await self._evict(group, expired)
        return found

    async def values(self, group: int) -> list[R]:
        await self._expire()
        decode = self._decoder.decode
        return [decode(_raw(raw)) for raw in await self._client.hvals(self._hash(group))]

    async def keys(self, group: int) -> list[int]:
        await self._expire()
        return [int(field) for field in await self._client.hkeys(self._hash(group))]

    async def groups(self) -> list[int]:
        return [int(group) for group in await self._client.smembers(self._groups_key)]

    async def count(self, group: int | None = None) -> int:
        if group is not None:
            return int(await self._client.hlen(self._hash(group)))
        groups = await self.groups()
        if not groups:
            return 0
        async with self._client.pipeline(transaction=False) as pipe:
            for each in groups:
                pipe.hlen(self._hash(each))
            return sum(int(n) for n in await pipe.execute())

    # writes

    async def set(self, group: int, key: int, record: R) -> None:
        await self.set_many(group, {key: record})

    async def set_many(self, group: int, records: Mapping[int, R]) -> None:
        if not records:
            return
        encode = self._encoder.encode
        args: list[str | int | float | bytes] = [group, self._now(), self._max, self._lru, self._base]
        for key, record in records.items():
            args.append(str(key))
            args.append(encode(record))
        keys = [self._hash(group), self._groups_key, self._order_key, self._written_key, self._seq_key]
        evicted = await self._set_script(keys=keys, args=args)
        if evicted and self.on_evict is not None:
            for member in evicted:
                evicted_group, _, evicted_key = member.decode().partition(":")
                self.on_evict(int(evicted_group), int(evicted_key))

    async def delete(self, group: int, key: int) -> R | None:
        removed = await self.delete_many(group, [key])
        return removed[0] if removed else None

    async def delete_many(self, group: int, keys: Iterable[int]) -> list[R]:
        fields = [str(key) for key in keys]
        if not fields:
            return []
        script_keys = [self._hash(group), self._groups_key, self._order_key, self._written_key]
        removed = await self._delete_script(keys=script_keys, args=[group, *fields])
        decode = self._decoder.decode
        return [decode(_raw(raw)) for raw in removed[1::2]]

    async def drop_group(self, group: int) -> list[int]:
        keys = [self._hash(group), self._groups_key, self._order_key, self._written_key]
        return [int(field) for field in await self._drop_script(keys=keys, args=[group])]

    async def sweep(self, remove: Callable[[R], bool] | None = None) -> int:
        swept = await self._expire()
        if remove is not None:
            decode = self._decoder.decode
            for group in await self.groups():
                fields = await self._client.hgetall(self._hash(group))
                doomed = [int(field) for field, raw in fields.items() if remove(decode(_raw(raw)))]
                swept += await self._evict(group, doomed)
        return swept

    async def clear(self) -> None:
        keys = [self._hash(group) for group in await self.groups()]
        keys += [self._groups_key, self._order_key, self._written_key, self._seq_key]
        await self._client.delete(*keys)

    # internals

    def _hash(self, group: int) -> str:
        return f"{self._base}{group}"

    def _now(self) -> float:
        return -1 if self.policy.ttl is None else self._clock()

    async def _expire(self) -> int:
        """Remove every record older than the TTL; returns how many."""
        ttl = self.policy.ttl
        if ttl is None:
            return 0
        members = await self._client.zrangebyscore(self._written_key, "-inf", repr(self._clock() - ttl))
        expired: dict[int, list[int]] = {}
        for member in members:
            group_text, _, key_text = _raw(member).decode().partition(":")
            expired.setdefault(int(group_text), []).append(int(key_text))
        swept = 0
        for group, keys in expired.items():
            swept += await self._evict(group, keys)
        return swept

    async def _evict(self, group: int, keys: list[int]) -> int:
        if not keys:
            return 0
        script_keys = [self._hash(group), self._groups_key, self._order_key, self._written_key]
        removed = await self._delete_script(keys=script_keys, args=[group, *map(str, keys)])
        gone = [int(field) for field in removed[::2]]
        if self.on_evict is not None:
            for key in gone:
                self.on_evict(group, key)
        return len(gone)


def _raw(value: object) -> bytes:
    """Redis replies as bytes (the client must not decode responses)."""
    if isinstance(value, bytes):
        return value
    raise TypeError(f"expected bytes from Redis, got {type(value).__name__}")


def redis_stores(
    client: aioredis.Redis, *, prefix: str = "echord:cache:", clock: Callable[[], float] = time.time
) -> _RedisStoreFactory:
    """A `StoreFactory` for `Cache` that puts every store in Redis under `prefix`."""
    return _RedisStoreFactory(client, prefix, clock)


class _RedisStoreFactory:
    def __init__(self, client: aioredis.Redis, prefix: str, clock: Callable[[], float]) -> None:
        self.client = client
        self.prefix = prefix
        self.clock = clock

    def __call__(self, kind: str, record_type: type[R], policy: StorePolicy[R]) -> RedisStore[R]:
        return RedisStore(self.client, kind, record_type, policy, prefix=self.prefix, clock=self.clock)
