"""Where the rate limiter keeps its state: a small protocol, and the in-process implementation.

Every decision is one atomic store call (`acquire` before a request, `record` after it), so the same limiter
logic works in one process (`MemoryStore`) or across processes and machines (`RedisStore`, same algorithm in
Lua). Keys hold token digests, never tokens.

Bucket model (Discord's): a window with `limit` requests that resets `reset_after` seconds after a response
said so. The store counts requests it lets through, so concurrent requests never exceed the window, and
corrects itself from each response (the smaller `remaining`, the later reset). A route whose bucket is not
known yet gets one request in flight at a time (a discovery lease) until its first response arrives.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from typing import Final, Protocol

from echord.rest.clock import Clock, SystemClock

__all__ = [
    "NO_BUCKET",
    "AcquireRequest",
    "BucketUpdate",
    "Grant",
    "MemoryStore",
    "RateLimitStore",
    "WaitReason",
]

NO_BUCKET: Final = ""
"""The bucket key of a route Discord does not limit per route (its responses carry no rate-limit headers)."""


class WaitReason:
    """Why a request has to wait (string constants, also used as metric labels)."""

    BUCKET: Final = "bucket"
    DISCOVERY: Final = "discovery"
    GLOBAL: Final = "global"
    INVALID: Final = "invalid"


@dataclass(frozen=True, slots=True)
class AcquireRequest:
    """Ask for one slot on a route for one token (digest)."""

    token: str
    route: str
    major: str
    global_limit: int
    """Requests per `global_period` for this token; 0 means the request is exempt from the global limit."""
    global_period: float
    discovery_lease: float
    invalid_threshold: int
    """Hold every request once this many invalid responses are in the window; 0 disables the guard."""
    invalid_window: float
    global_burst: int = 0
    """Global requests that may leave back to back; beyond that they are spaced `global_period / global_limit`
    apart (0: no pacing, only the per-period count)."""
    window_tail: float = 0.0
    """Do not start a request this close to a bucket's reset: it could reach Discord in the next window,
    which the limiter would then count as fresh."""
    in_flight_timeout: float = 30.0
    """A granted request with no response (nor release) after this long no longer counts as in flight."""


@dataclass(frozen=True, slots=True)
class Grant:
    """The answer to `acquire`: `wait == 0` means the slot is taken and the request may go."""

    wait: float
    reason: str
    bucket: str
    """The bucket key the store resolved the route to (`NO_BUCKET` when the route has no bucket)."""
    remaining: int = -1
    """Slots left in the bucket after this grant (-1 when unknown)."""

    @property
    def granted(self) -> bool:
        return self.wait <= 0.0


@dataclass(frozen=True, slots=True)
class BucketUpdate:
    """What one response taught: rate-limit headers, a global pause, an invalid request to count."""

    token: str
    route: str
    major: str
    used_bucket: str
    """The key `acquire` granted (its discovery lease is released)."""
    bucket_hash: str | None = None
    limit: int = 0
    remaining: int = 0
    reset_after: float = -1.0
    """Seconds until the bucket resets; negative when the response had no per-route headers."""
    exhausted: bool = False
    """A 429 on this bucket: force `remaining = 0` until the reset even if the window looked older."""
    no_limits: bool = False
    """A normal response with no rate-limit headers: the route has no per-route bucket."""
    global_pause: float = 0.0
    invalid: bool = False
    invalid_window: float = 600.0
    in_window: bool = False
    """The request took a slot of a known bucket (`Grant.remaining >= 0`): it is no longer in flight there."""
    global_slot: bool = False
    """The request took a global slot: it is no longer in flight, and it holds the slot `global_period` more."""
    global_period: float = 0.0


def bucket_key(token: str, route: str, major: str, bucket_hash: str | None) -> str:
    """The store key of a bucket: per token digest, bucket hash (or route while unknown) and major value."""
    if bucket_hash is None:
        return f"{token}|r:{route}|{major}"
    if bucket_hash == NO_BUCKET:
        return NO_BUCKET
    return f"{token}|b:{bucket_hash}|{major}"


class RateLimitStore(Protocol):
    """The limiter's state. Each call is atomic: concurrent callers (tasks or processes) never double-book."""

    async def acquire(self, request: AcquireRequest) -> Grant:
        """Take a bucket slot and a global slot for one request, or say how long to wait and why."""
        ...

    async def record(self, update: BucketUpdate) -> None:
        """Apply what a response taught and release the discovery lease of `update.used_bucket`."""
        ...

    async def release(
        self, bucket: str, *, token: str = "", in_window: bool = False, global_period: float = 0.0
    ) -> None:
        """The request got no response (network error, cancellation): release its discovery lease; it no longer
        counts as in flight on `bucket` (`in_window`) and holds its global slot (`global_period > 0`) one
        period from now, since it may have reached Discord just now."""
        ...

    async def invalid_count(self, window: float) -> int:
        """Invalid responses (401, 403, non-shared 429) counted in the last `window` seconds."""
        ...

    async def aclose(self) -> None:
        """Release connections."""
        ...


_CONFIRM_POLL: Final = 0.05
"""How often a queue head looks again while a window it opened waits for its first response."""

_SLOTS: Final = 60
"""The invalid-request window is counted in this many slots (10 s each for Discord's 10 minutes)."""


class _Bucket:
    __slots__ = ("confirmed", "in_flight", "limit", "period", "remaining", "reset_at")

    def __init__(self, limit: int, remaining: int, reset_at: float, period: float) -> None:
        self.limit = limit
        self.remaining = remaining
        self.reset_at = reset_at
        self.period = period
        self.confirmed = True
        """Whether a response has come back for this window (a window the store opened itself starts False)."""
        self.in_flight: deque[float] = deque()
        """Expiry times of requests granted on this bucket and not answered yet (oldest first)."""


def _live(flying: deque[float], now: float) -> int:
    """How many requests are in flight: drop those that expired (no response, no release) first."""
    while flying and flying[0] <= now:
        flying.popleft()
    return len(flying)


class MemoryStore:
    """The in-process store (the default): dictionaries, one event loop, no locks needed."""

    def __init__(self, *, clock: Clock | None = None, max_buckets: int = 50_000) -> None:
        self._clock: Clock = clock or SystemClock()
        self._routes: dict[str, str] = {}
        self._buckets: dict[str, _Bucket] = {}
        self._leases: dict[str, float] = {}
        self._global_sent: dict[str, deque[float]] = {}
        """Per token: until when answered requests hold a global slot (their response time + the period)."""
        self._global_in_flight: dict[str, deque[float]] = {}
        """Per token: expiry times of granted, unanswered global requests (each holds a slot until answered)."""
        self._global_pause: dict[str, float] = {}
        self._global_due: dict[str, float] = {}
        self._invalid: dict[int, int] = {}
        self._max_buckets = max_buckets

    async def acquire(self, request: AcquireRequest) -> Grant:
        now = self._clock.now()
        if request.invalid_threshold > 0:
            wait = self._invalid_hold(now, request.invalid_threshold, request.invalid_window)
            if wait > 0:
                return Grant(wait, WaitReason.INVALID, NO_BUCKET)
        key = bucket_key(request.token, request.route, request.major, self._routes.get(request.route))
        bucket = self._buckets.get(key) if key else None
        if key and bucket is None:
            lease = self._leases.get(key, 0.0)
            if lease > now:
                return Grant(lease - now, WaitReason.DISCOVERY, key)
        elif bucket is not None:
            if now >= bucket.reset_at:
                if not bucket.confirmed and now < bucket.reset_at + bucket.period:
                    # The window we opened got no answer yet: Discord may have started it later than we
                    # think (a slow network or server), so opening another now could overrun it.
                    return Grant(
                        min(_CONFIRM_POLL, bucket.reset_at + bucket.period - now), WaitReason.BUCKET, key, 0
                    )
                # Requests still in flight may reach Discord in its next window and count there.
                bucket.remaining = max(0, bucket.limit - _live(bucket.in_flight, now))
                bucket.reset_at = now + bucket.period
                bucket.confirmed = False
            if bucket.remaining <= 0 or (
                bucket.remaining < bucket.limit and bucket.reset_at - now < request.window_tail
            ):
                return Grant(bucket.reset_at - now, WaitReason.BUCKET, key, bucket.remaining)
        flying: deque[float] | None = None
        if request.global_limit > 0:
            pause = self._global_pause.get(request.token, 0.0)
            if pause > now:
                return Grant(pause - now, WaitReason.GLOBAL, key)
            # Discord counts a request when it arrives, which is at the latest when its response leaves: so a
            # request holds its slot from the grant until one period after its response.
            sent = self._global_sent.setdefault(request.token, deque())
            flying = self._global_in_flight.setdefault(request.token, deque())
            while sent and sent[0] <= now:
                sent.popleft()
            if len(sent) + _live(flying, now) >= request.global_limit:
                wait = sent[0] - now if sent else _CONFIRM_POLL
                return Grant(wait, WaitReason.GLOBAL, key)
            interval = request.global_period / request.global_limit
            due = max(self._global_due.get(request.token, now), now)
            if request.global_burst > 0 and due - now > (request.global_burst - 1) * interval + 1e-9:
                return Grant(due - now - (request.global_burst - 1) * interval, WaitReason.GLOBAL, key)
            self._global_due[request.token] = due + interval
        if flying is not None:
            flying.append(now + request.in_flight_timeout)
        if bucket is not None:
            bucket.remaining -= 1
            bucket.in_flight.append(now + request.in_flight_timeout)
            return Grant(0.0, "", key, bucket.remaining)
        if key:
            self._leases[key] = now + request.discovery_lease
        return Grant(0.0, "", key)

    async def record(self, update: BucketUpdate) -> None:
        now = self._clock.now()
        if update.invalid:
            slot = int(now // (update.invalid_window / _SLOTS))
            self._invalid[slot] = self._invalid.get(slot, 0) + 1
        if update.global_pause > 0:
            until = now + update.global_pause
            if until > self._global_pause.get(update.token, 0.0):
                self._global_pause[update.token] = until
        self._landed(
            update.used_bucket,
            update.token,
            update.in_window,
            update.global_period if update.global_slot else 0.0,
            now,
        )
        if update.reset_after >= 0:
            if update.bucket_hash:
                self._routes[update.route] = update.bucket_hash
            key = bucket_key(update.token, update.route, update.major, update.bucket_hash or None)
            if not update.bucket_hash and update.used_bucket:
                key = update.used_bucket
            self._apply(key, update, now)
        elif update.no_limits and update.route not in self._routes:
            self._routes[update.route] = NO_BUCKET

    def _landed(self, used: str, token: str, in_window: bool, global_period: float, now: float) -> None:
        """A granted request got its answer (or was given up): it is no longer in flight."""
        if used:
            self._leases.pop(used, None)
            bucket = self._buckets.get(used)
            if in_window and bucket is not None and bucket.in_flight:
                bucket.in_flight.popleft()
        if global_period > 0:
            flying = self._global_in_flight.get(token)
            if flying:
                flying.popleft()
            sent = self._global_sent.setdefault(token, deque())
            sent.append(max(now + global_period, sent[-1] if sent else 0.0))

    def _apply(self, key: str, update: BucketUpdate, now: float) -> None:
        reset_at = now + update.reset_after
        bucket = self._buckets.get(key)
        if bucket is None or (now >= bucket.reset_at and bucket.confirmed):
            period = max(update.reset_after, bucket.period if bucket else 0.0)
            flying = bucket.in_flight if bucket is not None else deque()
            # The others in flight may still arrive in this window: the headers do not count them yet.
            remaining = max(0, update.remaining - _live(flying, now))
            self._buckets[key] = _Bucket(update.limit, remaining, reset_at, period)
            self._buckets[key].in_flight = flying
            if len(self._buckets) > self._max_buckets:
                self._evict(now)
            return
        bucket.period = max(bucket.period, update.reset_after)
        bucket.limit = update.limit
        if update.exhausted:
            bucket.remaining = 0
            bucket.reset_at = max(bucket.reset_at, reset_at)
            bucket.confirmed = True
            return
        if reset_at < bucket.reset_at - bucket.period / 2:
            # A late response from the previous window: Discord counted the request there, so the slot it
            # held in this one (granted here, or reserved while it was in flight at the reset) is free again.
            if update.in_window:
                bucket.remaining = min(bucket.limit, bucket.remaining + 1)
            return
        confirmed, bucket.confirmed = bucket.confirmed, True
        if reset_at > bucket.reset_at + bucket.period / 2:
            bucket.reset_at = reset_at  # Discord's window is newer than the one we assumed
            bucket.remaining = min(bucket.remaining, update.remaining)
        else:
            bucket.remaining = min(bucket.remaining, update.remaining)
            # Each answer bounds the reset from above: Discord measured `reset_after` when the request
            # arrived, at the latest when the answer left. The earliest such bound is the tightest; a window
            # the store opened itself only had a guess, which the first answer replaces.
            bucket.reset_at = min(bucket.reset_at, reset_at) if confirmed else reset_at

    def _evict(self, now: float) -> None:
        stale = [key for key, bucket in self._buckets.items() if bucket.reset_at + bucket.period < now]
        for key in stale:
            del self._buckets[key]

    async def release(
        self, bucket: str, *, token: str = "", in_window: bool = False, global_period: float = 0.0
    ) -> None:
        self._landed(bucket, token, in_window, global_period, self._clock.now())

    def _invalid_hold(self, now: float, threshold: int, window: float) -> float:
        """Seconds until fewer than `threshold` invalid responses remain in the window (0: below already)."""
        width = window / _SLOTS
        first = int(now // width) - _SLOTS + 1
        for slot in [slot for slot in self._invalid if slot < first]:
            del self._invalid[slot]
        total = sum(self._invalid.values())
        if total < threshold:
            return 0.0
        for slot in sorted(self._invalid):
            total -= self._invalid[slot]
            if total < threshold:
                return (slot + _SLOTS) * width - now
        return window

    async def invalid_count(self, window: float) -> int:
        first = int(self._clock.now() // (window / _SLOTS)) - _SLOTS + 1
        return sum(count for slot, count in self._invalid.items() if slot >= first)

    async def aclose(self) -> None:
        return None
