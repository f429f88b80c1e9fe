"""`RedisStore`: the limiter's state in Redis, so processes on one or many machines share one budget.

The algorithm is `MemoryStore`'s, written in Lua so each `acquire` and `record` is one atomic script; time
is Redis's own clock (`TIME`), so machines need not agree on theirs. Works with one Redis server (or a
primary with replicas), not Redis Cluster: a script computes bucket keys it cannot declare up front.
"""

from __future__ import annotations

from typing import Final

import redis.asyncio as redis

from echord.rest.store import AcquireRequest, BucketUpdate, Grant

__all__ = ["RedisStore"]

_NOW: Final = """
local t = redis.call('TIME')
local now = tonumber(t[1]) + tonumber(t[2]) / 1000000
"""

_INVALID_HOLD: Final = """
local function invalid_hold(invkey, now, threshold, window)
  local width = window / 60
  local first = math.floor(now / width) - 59
  local flat = redis.call('HGETALL', invkey)
  local total = 0
  local slots = {}
  for i = 1, #flat, 2 do
    local slot = tonumber(flat[i])
    local count = tonumber(flat[i + 1])
    if slot < first then
      redis.call('HDEL', invkey, flat[i])
    else
      total = total + count
      table.insert(slots, {slot, count})
    end
  end
  if total < threshold then return 0, total end
  table.sort(slots, function(a, b) return a[1] < b[1] end)
  for _, s in ipairs(slots) do
    total = total - s[2]
    if total < threshold then return (s[1] + 60) * width - now, total end
  end
  return window, total
end
"""

_IN_FLIGHT: Final = """
local function live(fkey, now)
  redis.call('ZREMRANGEBYSCORE', fkey, '-inf', now)
  return redis.call('ZCARD', fkey)
end
"""

_ACQUIRE: Final = (
    _NOW
    + _INVALID_HOLD
    + _IN_FLIGHT
    + """
local p, token, route, major = ARGV[1], ARGV[2], ARGV[3], ARGV[4]
local glimit, gperiod, lease = tonumber(ARGV[5]), tonumber(ARGV[6]), tonumber(ARGV[7])
local threshold, window, invkey = tonumber(ARGV[8]), tonumber(ARGV[9]), ARGV[10]
local tail, burst, flight = tonumber(ARGV[11]), tonumber(ARGV[12]), tonumber(ARGV[13])
if threshold > 0 then
  local wait = invalid_hold(invkey, now, threshold, window)
  if wait > 0 then return {tostring(wait), 'invalid', '', '-1'} end
end
local h = redis.call('HGET', p .. 'routes', route)
local key
if not h then key = token .. '|r:' .. route .. '|' .. major
elseif h == '' then key = ''
else key = token .. '|b:' .. h .. '|' .. major end
local bkey = p .. 'b:' .. key
local known, limit, remaining, reset_at, period = false, 0, 0, 0, 0
if key ~= '' then
  local st = redis.call('HMGET', bkey, 'limit', 'remaining', 'reset_at', 'period', 'confirmed')
  if st[1] then
    known = true
    limit, remaining, reset_at, period = tonumber(st[1]), tonumber(st[2]), tonumber(st[3]), tonumber(st[4])
    if now >= reset_at then
      if st[5] == '0' and now < reset_at + period then
        return {tostring(math.min(0.05, reset_at + period - now)), 'bucket', key, '0'}
      end
      -- requests still in flight may reach Discord in its next window and count there
      remaining = math.max(0, limit - live(p .. 'f:' .. key, now))
      reset_at = now + period
      redis.call('HSET', bkey, 'remaining', remaining, 'reset_at', tostring(reset_at), 'confirmed', '0')
    end
    if remaining <= 0 or (remaining < limit and reset_at - now < tail) then
      return {tostring(reset_at - now), 'bucket', key, tostring(remaining)}
    end
  else
    local ttl = redis.call('PTTL', p .. 'lease:' .. key)
    if ttl > 0 then return {tostring(ttl / 1000), 'discovery', key, '-1'} end
  end
end
if glimit > 0 then
  local pause = tonumber(redis.call('GET', p .. 'gp:' .. token) or '0')
  if pause > now then return {tostring(pause - now), 'global', key, '-1'} end
  -- a request holds its slot from the grant until a period after its answer (Discord counts on arrival)
  local gheld, gflying = p .. 'ga:' .. token, p .. 'gf:' .. token
  local held = live(gheld, now)
  if held + live(gflying, now) >= glimit then
    local first = redis.call('ZRANGE', gheld, 0, 0, 'WITHSCORES')
    local wait = 0.05
    if first[2] then wait = tonumber(first[2]) - now end
    return {tostring(wait), 'global', key, '-1'}
  end
  local interval = gperiod / glimit
  local gdue = p .. 'gd:' .. token
  local due = math.max(tonumber(redis.call('GET', gdue) or '0'), now)
  if burst > 0 and due - now > (burst - 1) * interval + 1e-9 then
    return {tostring(due - now - (burst - 1) * interval), 'global', key, '-1'}
  end
  redis.call('SET', gdue, tostring(due + interval), 'PX', math.ceil((due + interval - now + gperiod) * 1000))
  redis.call('ZADD', gflying, now + flight, redis.call('INCR', p .. 'seq'))
  redis.call('PEXPIRE', gflying, math.ceil(flight * 1000) + 1000)
end
if known then
  remaining = remaining - 1
  redis.call('HSET', bkey, 'remaining', remaining)
  local fkey = p .. 'f:' .. key
  redis.call('ZADD', fkey, now + flight, redis.call('INCR', p .. 'seq'))
  redis.call('PEXPIRE', fkey, math.ceil(flight * 1000) + 1000)
  redis.call('PEXPIRE', bkey, math.ceil((reset_at - now + period) * 1000) + 60000)
  return {'0', '', key, tostring(remaining)}
end
if key ~= '' then
  redis.call('SET', p .. 'lease:' .. key, '1', 'PX', math.max(1, math.floor(lease * 1000)))
end
return {'0', '', key, '-1'}
"""
)

_RECORD: Final = (
    _NOW
    + _IN_FLIGHT
    + """
local p, token, route, major, used, hash = ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6]
local limit, remaining, reset_after = tonumber(ARGV[7]), tonumber(ARGV[8]), tonumber(ARGV[9])
local exhausted, no_limits, gpause = ARGV[10] == '1', ARGV[11] == '1', tonumber(ARGV[12])
local invalid, window, invkey = ARGV[13] == '1', tonumber(ARGV[14]), ARGV[15]
local in_window, gslot = ARGV[16] == '1', tonumber(ARGV[17])
if invalid then
  redis.call('HINCRBY', invkey, tostring(math.floor(now / (window / 60))), 1)
  redis.call('PEXPIRE', invkey, math.ceil(window * 1000) + 60000)
end
if gpause > 0 then
  local gpkey = p .. 'gp:' .. token
  local untill = now + gpause
  if untill > tonumber(redis.call('GET', gpkey) or '0') then
    redis.call('SET', gpkey, tostring(untill), 'PX', math.ceil(gpause * 1000) + 1000)
  end
end
if used ~= '' then
  redis.call('DEL', p .. 'lease:' .. used)
  if in_window then redis.call('ZPOPMIN', p .. 'f:' .. used) end
end
if gslot > 0 then
  redis.call('ZPOPMIN', p .. 'gf:' .. token)
  local gheld = p .. 'ga:' .. token
  redis.call('ZADD', gheld, now + gslot, redis.call('INCR', p .. 'seq'))
  redis.call('PEXPIRE', gheld, math.ceil(gslot * 1000) + 1000)
end
if reset_after >= 0 then
  local key
  if hash ~= '' then
    redis.call('HSET', p .. 'routes', route, hash)
    key = token .. '|b:' .. hash .. '|' .. major
  elseif used ~= '' then key = used
  else key = token .. '|r:' .. route .. '|' .. major end
  local bkey = p .. 'b:' .. key
  local reset_at = now + reset_after
  local st = redis.call('HMGET', bkey, 'limit', 'remaining', 'reset_at', 'period', 'confirmed')
  local rem, cur, period
  local confirmed = st[5] or '1'
  if (not st[1]) or (now >= tonumber(st[3]) and confirmed == '1') then
    period = reset_after
    if st[4] and tonumber(st[4]) > period then period = tonumber(st[4]) end
    -- the others in flight may still arrive in this window: the headers do not count them yet
    rem, cur, confirmed = math.max(0, remaining - live(p .. 'f:' .. key, now)), reset_at, '1'
  else
    period = math.max(tonumber(st[4]), reset_after)
    rem, cur = tonumber(st[2]), tonumber(st[3])
    if exhausted then
      rem, cur, confirmed = 0, math.max(cur, reset_at), '1'
    elseif reset_at < cur - period / 2 then
      -- a late response from the previous window: counted there, so its slot in this one is free again
      if in_window then rem = math.min(limit, rem + 1) end
    elseif reset_at > cur + period / 2 then
      cur, rem, confirmed = reset_at, math.min(rem, remaining), '1'
    else
      -- each answer bounds the reset from above (Discord measured reset_after when the request arrived, at
      -- the latest when the answer left): keep the tightest; a window the store opened only had a guess
      if confirmed == '1' then cur = math.min(cur, reset_at) else cur = reset_at end
      rem, confirmed = math.min(rem, remaining), '1'
    end
  end
  redis.call('HSET', bkey, 'limit', limit, 'remaining', rem, 'reset_at', tostring(cur), 'period', tostring(period),
    'confirmed', confirmed)
  redis.call('PEXPIRE', bkey, math.ceil((cur - now + period) * 1000) + 60000)
elseif no_limits then
  redis.call('HSETNX', p .. 'routes', route, '')
end
return 1
"""
)

_INVALID_COUNT: Final = (
    _NOW
    + _INVALID_HOLD
    + """
local _, total = invalid_hold(ARGV[1], now, 1e18, tonumber(ARGV[2]))
return total
"""
)


class RedisStore:
    """Rate-limit state in Redis: every process pointing at the same Redis (and prefix) shares one budget.

    `ip_scope` names the invalid-request counter: Discord bans per IP, so give processes on different
    machines (different IPs) different scopes, and processes behind one IP the same one.
    """

    def __init__(
        self,
        client: redis.Redis,
        *,
        prefix: str = "echord:ratelimit:",
        ip_scope: str = "default",
        owns_client: bool = False,
    ) -> None:
        self._client = client
        self._prefix = prefix
        self._invalid_key = f"{prefix}invalid:{ip_scope}"
        self._owns_client = owns_client
        self._acquire = client.register_script(_ACQUIRE)
        self._record = client.register_script(_RECORD)
        self._count = client.register_script(_INVALID_COUNT)

    @classmethod
    def from_url(
        cls, url: str, *, prefix: str = "echord:ratelimit:", ip_scope: str = "default"
    ) -> RedisStore:
        """A store on its own connection pool (closed by `aclose`)."""
        return cls(redis.Redis.from_url(url), prefix=prefix, ip_scope=ip_scope, owns_client=True)

    def __repr__(self) -> str:
        return f"RedisStore(prefix={self._prefix!r})"

    async def acquire(self, request: AcquireRequest) -> Grant:
        args: list[str | int] = [
            self._prefix,
            request.token,
            request.route,
            request.major,
            request.global_limit,
            repr(request.global_period),
            repr(request.discovery_lease),
            request.invalid_threshold,
            repr(request.invalid_window),
            self._invalid_key,
            repr(request.window_tail),
            request.global_burst,
            repr(request.in_flight_timeout),
        ]
        wait, reason, bucket, remaining = await self._acquire(keys=[], args=args)
        return Grant(float(wait), _text(reason), _text(bucket), int(remaining))

    async def record(self, update: BucketUpdate) -> None:
        args: list[str | int] = [
            self._prefix,
            update.token,
            update.route,
            update.major,
            update.used_bucket,
            update.bucket_hash or "",
            update.limit,
            update.remaining,
            repr(update.reset_after),
            int(update.exhausted),
            int(update.no_limits),
            repr(update.global_pause),
            int(update.invalid),
            repr(update.invalid_window),
            self._invalid_key,
            int(update.in_window),
            repr(update.global_period if update.global_slot else 0.0),
        ]
        await self._record(keys=[], args=args)

    async def release(
        self, bucket: str, *, token: str = "", in_window: bool = False, global_period: float = 0.0
    ) -> None:
        update = BucketUpdate(
            token=token,
            route="",
            major="",
            used_bucket=bucket,
            in_window=in_window,
            global_slot=global_period > 0,
            global_period=global_period,
        )
        await self.record(update)

    async def invalid_count(self, window: float) -> int:
        return int(await self._count(keys=[], args=[self._invalid_key, repr(window)]))

    async def aclose(self) -> None:
        if self._owns_client:
            await self._client.aclose()


def _text(value: bytes | str) -> str:
    return value.decode() if isinstance(value, bytes) else value
