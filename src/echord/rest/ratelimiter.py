"""The rate limiter: fair per-bucket queues in front of a `RateLimitStore`.

Within a process, requests for one bucket line up in a FIFO (an `asyncio.Lock`, which is fair): only the head
asks the store and sleeps, so a reset wakes one task, not the whole queue. Heads blocked by the global limit
line up again in one FIFO per token. Across processes the store's atomic calls keep the shared budget.
"""

from __future__ import annotations

import asyncio
import logging
import math
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, replace

from echord.errors import InvalidRequestLimitError, RateLimitError
from echord.rest.clock import Clock, SystemClock
from echord.rest.headers import TooManyRequests, parse_rate_limit_headers, parse_too_many_requests
from echord.rest.invalid_requests import InvalidRequestPolicy, is_invalid_response
from echord.rest.metrics import RESTEvent, RESTMetrics
from echord.rest.routes import Route
from echord.rest.store import (
    NO_BUCKET,
    AcquireRequest,
    BucketUpdate,
    Grant,
    MemoryStore,
    RateLimitStore,
    WaitReason,
)

__all__ = ["RateLimiter", "Ticket"]

_log = logging.getLogger("echord.rest.ratelimit")


@dataclass(frozen=True, slots=True)
class Ticket:
    """Permission to send one request; hand it back with the response (or `abandon` it)."""

    route: Route
    token: str
    bucket: str
    waited: float
    sent_at: float = 0.0
    """Clock time of the grant: the round trip is measured from here."""
    in_window: bool = False
    """It took a slot of a known bucket, where it counts as in flight until its response."""
    global_slot: bool = False
    """It took a global slot, which it holds until one global period after its response."""


class _Queue:
    __slots__ = ("lock", "moved_to", "users")

    def __init__(self) -> None:
        self.lock = asyncio.Lock()
        self.users = 0
        self.moved_to = ""


class RateLimiter:
    """Decides when each request may go: per-route buckets, the global limit, the invalid-request guard."""

    def __init__(
        self,
        store: RateLimitStore | None = None,
        *,
        global_limit: int = 50,
        global_period: float = 1.0,
        global_burst: int | None = None,
        max_wait: float = 60.0,
        safety_margin: float = 0.005,
        window_tail: float = 0.05,
        invalid_requests: InvalidRequestPolicy | None = None,
        discovery_lease: float = 30.0,
        discovery_poll: float = 0.1,
        clock: Clock | None = None,
        metrics: RESTMetrics | None = None,
    ) -> None:
        """`safety_margin` seconds are added to every reset and to the global period to absorb jitter. A 429
        the limiter should have prevented (global, or a bucket whose headers say it is spent) means the jitter
        is larger: the margin then doubles (at least 50 ms, at most 0.5 s on top), and the extra halves every
        minute without such a 429.

        `global_burst`: how many requests may leave back to back (default all of `global_limit`); beyond that
        the global budget is paced evenly. Pacing is not needed for safety: each request holds its global slot
        until one period after its response, so even a lump delayed on the way counts where Discord counts it.
        0 turns pacing off.

        `window_tail`: a partly used bucket sends nothing in the last seconds before its reset, because such
        a request can arrive after Discord's reset and eat into the next window.
        """
        self.clock: Clock = clock or SystemClock()
        self.store: RateLimitStore = store or MemoryStore(clock=self.clock)
        self.global_limit = global_limit
        self.global_period = global_period
        self.global_burst = global_limit if global_burst is None else global_burst
        self.max_wait = max_wait
        self.safety_margin = safety_margin
        self._extra_margin = 0.0
        self._extra_since = 0.0
        self._rtts: deque[float] = deque(maxlen=64)
        self._rtt_high = 0.0
        self._rtt_low = 0.0
        self.window_tail = window_tail
        self.invalid_requests = invalid_requests or InvalidRequestPolicy()
        self.discovery_lease = discovery_lease
        self.discovery_poll = discovery_poll
        self.metrics = metrics or RESTMetrics()
        self._queues: dict[str, _Queue] = {}
        self._global_queues: dict[str, _Queue] = {}
        self._queue_keys: dict[tuple[str, str, str], str] = {}
        self._wakeups: dict[str, asyncio.Event] = {}
        self._invalid_tokens: set[str] = set()

    @property
    def round_trip(self) -> float:
        """The longest of the last 64 round trips (grant to response): how late a request may arrive."""
        return self._rtt_high

    @property
    def latency_jitter(self) -> float:
        """Longest minus shortest of the last 64 round trips: how much arrivals can bunch up at Discord.

        A diagnostic: the limiter does not need it, because each request holds its bucket slot and its global
        slot until its response (the latest moment Discord can have counted it), however late that is.
        """
        return self._rtt_high - self._rtt_low

    def _observe_round_trip(self, ticket: Ticket) -> None:
        if not ticket.sent_at:
            return
        self._rtts.append(self.clock.now() - ticket.sent_at)
        self._rtt_high, self._rtt_low = max(self._rtts), min(self._rtts)

    @property
    def margin(self) -> float:
        """The safety margin now: `safety_margin` plus what recent unexpected 429s added (decaying)."""
        if not self._extra_margin:
            return self.safety_margin
        age = self.clock.now() - self._extra_since
        return self.safety_margin + self._extra_margin * math.pow(0.5, age / 60.0)

    def _widen_margin(self, route: Route, scope: str) -> None:
        extra = min(max((self.margin - self.safety_margin) * 2, 0.05), 0.5)
        self._extra_margin, self._extra_since = extra, self.clock.now()
        _log.info(
            "unexpected %s 429 on %s: timing jitter; safety margin now %.3fs", scope, route, self.margin
        )

    # tokens -------------------------------------------------------------------------------------------

    def mark_token_invalid(self, token: str) -> None:
        """Remember that Discord answered 401 for this token digest."""
        self._invalid_tokens.add(token)

    def is_token_invalid(self, token: str) -> bool:
        return token in self._invalid_tokens

    # acquiring ----------------------------------------------------------------------------------------

    async def acquire(self, route: Route, token: str, *, global_exempt: bool = False) -> Ticket:
        """Wait (fairly) until the request may be sent; raise `RateLimitError` rather than wait past `max_wait`."""
        request = AcquireRequest(
            token=token,
            route=route.key,
            major=route.major,
            global_limit=0 if global_exempt else self.global_limit,
            global_period=self.global_period + self.margin,
            discovery_lease=self.discovery_lease,
            invalid_threshold=self.invalid_requests.threshold,
            invalid_window=self.invalid_requests.window,
            window_tail=max(self.window_tail, self.margin + self.round_trip),
            global_burst=self.global_burst,
            in_flight_timeout=self.discovery_lease,
        )
        start = self.clock.now()
        ident = (token, route.key, route.major)
        queue_key = self._queue_keys.get(ident) or f"{token}|r:{route.key}|{route.major}"
        while True:
            key = queue_key
            queue = self._queues.get(key)
            if queue is None:
                queue = self._queues[key] = _Queue()
            queue.users += 1
            try:
                async with queue.lock:
                    if queue.moved_to:
                        queue_key = queue.moved_to  # the head found out where this route lives: follow it
                        continue
                    grant = await self._acquire_as_head(request, route, key, start)
                    if not grant.granted:
                        queue.moved_to = grant.bucket
            finally:
                queue.users -= 1
                if queue.users == 0:
                    del self._queues[key]
            if grant.bucket and grant.bucket != queue_key:
                if len(self._queue_keys) > 100_000:
                    self._queue_keys.clear()
                self._queue_keys[ident] = grant.bucket
            if grant.granted:
                waited = self.clock.now() - start
                _log.debug(
                    "send %s bucket=%s remaining=%d waited=%.3fs",
                    route,
                    grant.bucket or "-",
                    grant.remaining,
                    waited,
                )
                return Ticket(
                    route,
                    token,
                    grant.bucket,
                    waited,
                    self.clock.now(),
                    in_window=grant.remaining >= 0,
                    global_slot=request.global_limit > 0,
                )
            queue_key = grant.bucket

    async def _acquire_as_head(
        self, request: AcquireRequest, route: Route, queue_key: str, start: float
    ) -> Grant:
        """Poll the store and sleep until granted, or until the route turns out to live in another queue."""
        while True:
            grant = await self.store.acquire(request)
            if grant.granted:
                return grant
            if grant.bucket != queue_key and grant.reason in (WaitReason.BUCKET, WaitReason.DISCOVERY):
                return grant
            if grant.reason == WaitReason.GLOBAL:
                grant = await self._acquire_global(request, route, start)
                if grant.granted:
                    return grant
                continue
            await self._wait(grant, route, start)

    async def _acquire_global(self, request: AcquireRequest, route: Route, start: float) -> Grant:
        """Line up behind other heads waiting for this token's global budget."""
        queue = self._global_queues.get(request.token)
        if queue is None:
            queue = self._global_queues[request.token] = _Queue()
        queue.users += 1
        try:
            async with queue.lock:
                while True:
                    grant = await self.store.acquire(request)
                    if grant.granted or grant.reason != WaitReason.GLOBAL:
                        return grant
                    await self._wait(grant, route, start)
        finally:
            queue.users -= 1
            if queue.users == 0:
                del self._global_queues[request.token]

    async def _wait(self, grant: Grant, route: Route, start: float) -> None:
        wait = grant.wait
        if grant.reason == WaitReason.DISCOVERY:
            wait = min(wait, self.discovery_poll)
        if grant.reason == WaitReason.INVALID:
            if self.invalid_requests.action == "raise":
                raise InvalidRequestLimitError(
                    f"{route}: {self.invalid_requests.threshold} invalid responses (401/403/429) in the last "
                    f"{self.invalid_requests.window:.0f}s; sending more risks an IP ban",
                    retry_after=grant.wait,
                    scope=WaitReason.INVALID,
                )
            _log.warning("holding %s for %.1fs: invalid-request budget nearly spent", route, grant.wait)
        self._check_deadline(route, grant.reason, wait, start)
        _log.debug("wait %.3fs on %s for %s (bucket=%s)", wait, grant.reason, route, grant.bucket or "-")
        self.metrics.emit(RESTEvent("wait", route.key, grant.reason, wait))
        if grant.reason == WaitReason.DISCOVERY:
            await self._sleep_unless_woken(grant.bucket, wait)
        else:
            await self.clock.sleep(wait)

    def _check_deadline(self, route: Route, reason: str, wait: float, start: float) -> None:
        if self.clock.now() + wait - start > self.max_wait:
            raise RateLimitError(
                f"{route}: rate limited ({reason}) for another {wait:.2f}s, more than max_wait={self.max_wait}s",
                retry_after=wait,
                scope=reason,
            )

    async def _sleep_unless_woken(self, wake_key: str, seconds: float) -> None:
        """Sleep, or return early when the discovery request on `wake_key` got its response."""
        event = self._wakeups.get(wake_key)
        if event is None:
            event = self._wakeups[wake_key] = asyncio.Event()
        sleeper = asyncio.ensure_future(self.clock.sleep(seconds))
        waker = asyncio.ensure_future(event.wait())
        try:
            await asyncio.wait((sleeper, waker), return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waker.cancel()

    def _wake(self, key: str) -> None:
        event = self._wakeups.pop(key, None)
        if event is not None:
            event.set()

    # responses ----------------------------------------------------------------------------------------

    async def record_response(
        self, ticket: Ticket, status: int, headers: Mapping[str, str], body: bytes
    ) -> TooManyRequests | None:
        """Learn from a response; for a 429 return what it said (the caller retries or raises)."""
        self._observe_round_trip(ticket)
        route = ticket.route
        limits = parse_rate_limit_headers(headers)
        too_many = parse_too_many_requests(headers, body) if status == 429 else None
        invalid = self.invalid_requests.enabled and is_invalid_response(
            status, too_many.scope if too_many else None
        )
        margin = self.margin
        update = BucketUpdate(
            token=ticket.token,
            route=route.key,
            major=route.major,
            used_bucket=ticket.bucket,
            bucket_hash=limits.bucket if limits else None,
            limit=limits.limit if limits else 1,
            remaining=limits.remaining if limits else 0,
            reset_after=limits.reset_after + margin if limits else -1.0,
            no_limits=limits is None and status < 500 and status != 429,
            invalid=invalid,
            invalid_window=self.invalid_requests.window,
            in_window=ticket.in_window,
            global_slot=ticket.global_slot,
            global_period=self.global_period + margin,
        )
        if too_many is not None and too_many.from_discord:
            update = self._with_too_many(update, too_many, limits is not None)
        await self.store.record(update)
        self._wake(ticket.bucket)
        if invalid:
            self.metrics.emit(RESTEvent("invalid", route.key, str(status)))
        if limits is not None:
            _log.debug(
                "%s -> %d bucket=%s remaining=%d/%d reset_after=%.3fs",
                route,
                status,
                limits.bucket,
                limits.remaining,
                limits.limit,
                limits.reset_after,
            )
        if too_many is None:
            return None
        scope = too_many.scope if too_many.from_discord else "cloudflare"
        spent = limits is not None and limits.remaining == 0
        unexpected = (scope == "global" and self.global_limit > 0) or (scope == "user" and spent)
        if too_many.from_discord and unexpected:
            self._widen_margin(route, scope)
        self.metrics.emit(RESTEvent("rate_limited", route.key, scope))
        _log.debug("%s -> 429 scope=%s retry_after=%.3fs", route, scope, too_many.retry_after)
        if too_many.from_discord and scope != "global" and ticket.bucket == NO_BUCKET and limits is None:
            # No bucket to park the wait in: wait here so the retry does not come straight back.
            self._check_deadline(route, scope, too_many.retry_after, self.clock.now())
            await self.clock.sleep(too_many.retry_after + margin)
        return too_many

    def _with_too_many(
        self, update: BucketUpdate, too_many: TooManyRequests, has_limits: bool
    ) -> BucketUpdate:
        """Fold a 429 into the update: a global pause, or an exhausted bucket until `retry_after`."""
        margin = self.margin
        if too_many.scope == "global":
            return replace(update, global_pause=too_many.retry_after + margin)
        reset_after = max(too_many.retry_after + margin, update.reset_after if has_limits else 0.0)
        return replace(update, reset_after=reset_after, remaining=0, exhausted=True, no_limits=False)

    async def abandon(self, ticket: Ticket) -> None:
        """The request got no response: free its discovery lease so the next one can go."""
        period = self.global_period + self.margin if ticket.global_slot else 0.0
        if ticket.bucket or period:
            await self.store.release(
                ticket.bucket, token=ticket.token, in_window=ticket.in_window, global_period=period
            )
        if ticket.bucket:
            self._wake(ticket.bucket)

    async def aclose(self) -> None:
        await self.store.aclose()
