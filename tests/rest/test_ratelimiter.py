"""The limiter's logic on virtual time, against the Discord model: no real sleeping anywhere."""

from __future__ import annotations

import asyncio
from collections import deque
from dataclasses import replace

import pytest

from echord.errors import InvalidRequestLimitError, RateLimitError
from echord.rest.invalid_requests import InvalidRequestPolicy
from echord.rest.ratelimiter import RateLimiter
from echord.rest.routes import Route
from echord.rest.store import MemoryStore
from tests.rest.discord_model import BucketSpec, DiscordModel
from tests.rest.virtual_time import VirtualClock

MESSAGES = Route.build("POST", "/channels/{channel_id}/messages", {"channel_id": 1})
REACT = Route.build(
    "PUT",
    "/channels/{channel_id}/messages/{message_id}/reactions/{emoji}/@me",
    {"channel_id": 1, "message_id": 2, "emoji": "x"},
)
TYPING = Route.build("POST", "/channels/{channel_id}/typing", {"channel_id": 1})


class Harness:
    """Sends requests through a limiter to the model, with virtual network latency; logs send times."""

    def __init__(
        self, model: DiscordModel, limiter: RateLimiter, clock: VirtualClock, latency: float = 0.02
    ) -> None:
        self.model, self.limiter, self.clock, self.latency = model, limiter, clock, latency
        self.sent: list[tuple[float, str]] = []
        self.in_flight: dict[str, int] = {}
        self.max_in_flight: dict[str, int] = {}
        self.statuses: list[int] = []

    async def send(self, route: Route, token: str = "t", exempt: bool = False) -> int:
        while True:
            ticket = await self.limiter.acquire(route, token, global_exempt=exempt)
            self.sent.append((self.clock.now(), route.key))
            self.in_flight[route.key] = self.in_flight.get(route.key, 0) + 1
            self.max_in_flight[route.key] = max(
                self.max_in_flight.get(route.key, 0), self.in_flight[route.key]
            )
            await self.clock.sleep(self.latency / 2)
            status, headers, body = self.model.handle(route.key, route.major, token, exempt)
            await self.clock.sleep(self.latency / 2)
            self.in_flight[route.key] -= 1
            self.statuses.append(status)
            await self.limiter.record_response(ticket, status, headers, body)
            if status != 429:
                return status


def make(
    routes: dict[str, BucketSpec], *, global_limit: int = 50, latency: float = 0.02, **limiter_options: object
) -> tuple[VirtualClock, DiscordModel, RateLimiter, Harness]:
    clock = VirtualClock()
    model = DiscordModel(clock.now, routes, global_limit=global_limit)
    limiter = RateLimiter(MemoryStore(clock=clock), clock=clock, global_limit=global_limit, **limiter_options)  # type: ignore[arg-type]
    return clock, model, limiter, Harness(model, limiter, clock, latency)


async def test_a_known_bucket_is_never_exceeded_and_is_used_fully() -> None:
    clock, model, _limiter, harness = make({MESSAGES.key: BucketSpec("msg", 5, 1.0)})
    start = clock.now()
    statuses = await clock.run(asyncio.gather(*(harness.send(MESSAGES) for _ in range(50))))
    assert statuses == [200] * 50
    assert sum(model.too_many.values()) == 0
    elapsed = clock.now() - start
    # 50 requests at 5 per second: 9 full windows after the first, plus latency and margins.
    assert 9.0 < elapsed < 9.6


async def test_an_unknown_route_sends_one_request_until_it_learns_its_limits() -> None:
    clock, _, _, harness = make({MESSAGES.key: BucketSpec("msg", 5, 1.0)}, latency=0.2)
    await clock.run(asyncio.gather(*(harness.send(MESSAGES) for _ in range(5))))
    first, second = harness.sent[0][0], harness.sent[1][0]
    assert second - first == pytest.approx(0.2)  # the second went only when the first answered
    assert [t for t, _ in harness.sent[1:]] == [second] * 4  # then the rest at once: the bucket allows it


async def test_requests_leave_in_fifo_order_per_bucket() -> None:
    clock, _, limiter, _ = make({MESSAGES.key: BucketSpec("msg", 2, 1.0)})
    order: list[int] = []
    harness = Harness(DiscordModel(clock.now, {MESSAGES.key: BucketSpec("msg", 2, 1.0)}), limiter, clock)

    async def numbered(n: int) -> None:
        await clock.sleep(n * 0.001)  # enqueue in a known order
        await harness.send(MESSAGES)
        order.append(n)

    await clock.run(asyncio.gather(*(numbered(n) for n in range(12))))
    assert order == sorted(order)


async def test_routes_sharing_a_bucket_hash_share_its_budget() -> None:
    shared = BucketSpec("shared", 4, 1.0)
    clock, model, _, harness = make({MESSAGES.key: shared, REACT.key: shared})
    await clock.run(harness.send(MESSAGES))
    await clock.run(harness.send(REACT))  # both routes now map to hash "shared"
    await clock.run(asyncio.gather(*(harness.send(r) for _ in range(20) for r in (MESSAGES, REACT))))
    assert sum(model.too_many.values()) == 0


async def test_the_global_limit_is_kept_proactively_and_exempt_routes_skip_it() -> None:
    routes = [Route.build("GET", f"/guilds/{{guild_id}}/r{n}", {"guild_id": n}) for n in range(150)]
    clock, model, _, harness = make({}, global_limit=50)
    start = clock.now()
    await clock.run(asyncio.gather(*(harness.send(r) for r in routes)))
    assert sum(model.too_many.values()) == 0
    times = sorted(t for t, _ in harness.sent)
    window: deque[float] = deque()
    for t in times:
        window.append(t)
        while window[0] <= t - 1.0:
            window.popleft()
        assert len(window) <= 50
    assert clock.now() - start > 2.0
    exempt_start = clock.now()
    hooks = [
        Route.build("POST", "/webhooks/{webhook_id}/{webhook_token}", {"webhook_id": n, "webhook_token": "s"})
        for n in range(100)
    ]
    await clock.run(asyncio.gather(*(harness.send(r, exempt=True) for r in hooks)))
    assert clock.now() - exempt_start < 0.1


async def test_a_global_429_pauses_every_request() -> None:
    clock, model, limiter, harness = make({}, global_limit=1000)
    model.global_limit = 3  # the server is stricter than the limiter knows
    route = Route.build("GET", "/users/@me", {})
    await clock.run(asyncio.gather(*(harness.send(route) for _ in range(4))))
    paused_at = clock.now()
    assert model.too_many[f"global {route.key}"] == 1
    assert limiter.metrics.rate_limited["global"] == 1
    # the 4th waited for the global pause; nothing else went in the meantime
    assert harness.sent[-1][0] >= paused_at - 0.05
    assert harness.sent[-1][0] - harness.sent[-2][0] >= 0.9


async def test_max_wait_raises_instead_of_sleeping_past_it() -> None:
    clock, _, _, harness = make({MESSAGES.key: BucketSpec("msg", 1, 30.0)}, max_wait=5.0)
    await clock.run(harness.send(MESSAGES))
    with pytest.raises(RateLimitError) as caught:
        await clock.run(harness.send(MESSAGES))
    assert caught.value.scope == "bucket"
    assert 25 < caught.value.retry_after <= 30.1


async def test_a_sublimit_429_exhausts_the_bucket_until_retry_after() -> None:
    clock, model, limiter, harness = make({TYPING.key: BucketSpec("typ", 10, 1.0)})
    model.sublimits[TYPING.key] = (2, 3.0)
    for _ in range(3):
        await clock.run(harness.send(TYPING))
    assert model.too_many[f"sublimit {TYPING.key}"] == 1
    assert limiter.metrics.rate_limited["user"] == 1
    rejected, retried = harness.sent[-2][0], harness.sent[-1][0]
    # The retry waited out retry_after (2.96 s from the answer), though `remaining` said 7.
    assert retried - rejected >= 2.96


async def test_no_thundering_herd_when_a_bucket_resets() -> None:
    clock, _, limiter, harness = make({MESSAGES.key: BucketSpec("msg", 5, 1.0)})
    store = limiter.store
    calls = 0
    original = store.acquire

    async def counting(request):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return await original(request)

    store.acquire = counting  # type: ignore[method-assign]
    await clock.run(asyncio.gather(*(harness.send(MESSAGES) for _ in range(100))))
    # one call per request plus one per window the head waits out (and the discovery poll): not 100 per reset
    assert calls < 100 + 2 * 20 + 5


async def test_invalid_request_guard_holds_or_raises_near_the_limit() -> None:
    policy = InvalidRequestPolicy(limit=10, headroom=2, window=600.0, action="raise")
    clock, _, limiter, _ = make({}, invalid_requests=policy)
    route = Route.build("GET", "/guilds/{guild_id}", {"guild_id": 1})
    for _ in range(7):
        ticket = await limiter.acquire(route, "t")
        await limiter.record_response(ticket, 403, {}, b'{"code":50013,"message":"Missing Permissions"}')
    shared = {
        "x-ratelimit-scope": "shared",
        "x-ratelimit-bucket": "b",
        "x-ratelimit-limit": "5",
        "x-ratelimit-remaining": "4",
        "x-ratelimit-reset-after": "0.5",
    }
    ticket = await limiter.acquire(route, "t")
    await limiter.record_response(ticket, 429, shared, b'{"retry_after":0.5,"global":false}')
    assert await limiter.store.invalid_count(600.0) == 7  # a shared 429 is not counted
    clock.advance(1.0)
    ticket = await limiter.acquire(route, "t")
    await limiter.record_response(ticket, 401, {}, b"")
    with pytest.raises(InvalidRequestLimitError):
        await limiter.acquire(route, "t")
    clock.advance(600.0)
    await limiter.acquire(route, "t")  # the window slid past them


async def test_invalid_request_guard_holds_until_the_window_slides() -> None:
    policy = InvalidRequestPolicy(limit=3, headroom=0, window=60.0, action="hold")
    clock, _, limiter, _ = make({}, invalid_requests=policy, max_wait=120.0)
    route = Route.build("GET", "/guilds/{guild_id}", {"guild_id": 1})
    for _ in range(3):
        ticket = await limiter.acquire(route, "t")
        await limiter.record_response(ticket, 403, {}, b"")
    start = clock.now()
    await clock.run(limiter.acquire(route, "t"))
    assert 50.0 <= clock.now() - start <= 61.0


async def test_tokens_and_major_parameters_have_separate_buckets() -> None:
    clock, model, _, harness = make({MESSAGES.key: BucketSpec("msg", 5, 1.0)})
    other_channel = Route.build("POST", "/channels/{channel_id}/messages", {"channel_id": 2})
    start = clock.now()
    await clock.run(
        asyncio.gather(
            *(harness.send(MESSAGES, token="a") for _ in range(5)),
            *(harness.send(MESSAGES, token="b") for _ in range(5)),
            *(harness.send(other_channel, token="a") for _ in range(5)),
        )
    )
    assert clock.now() - start < 0.5  # three independent buckets of 5: no window had to pass
    assert sum(model.too_many.values()) == 0
    assert model.windows.keys() >= {
        ("a", "msg", MESSAGES.major),
        ("b", "msg", MESSAGES.major),
        ("a", "msg", other_channel.major),
    }


async def test_a_late_response_from_the_previous_window_does_not_stall_the_next() -> None:
    store_clock = VirtualClock()
    store = MemoryStore(clock=store_clock)
    limiter = RateLimiter(store, clock=store_clock, safety_margin=0.0)
    first = await limiter.acquire(MESSAGES, "t")
    await limiter.record_response(first, 200, _limits(5, 4, 1.0), b"")
    tickets = [await limiter.acquire(MESSAGES, "t") for _ in range(4)]
    store_clock.advance(1.01)
    fresh = await limiter.acquire(MESSAGES, "t")  # the window rolled over locally
    for n, ticket in enumerate(tickets):  # all four counted in the old window, their answers arriving late
        late = replace(ticket, sent_at=store_clock.now())  # the round trip is not the point here
        await limiter.record_response(late, 200, _limits(5, 3 - n, 0.01), b"")
    assert fresh.bucket
    for _ in range(4):
        ticket = await store_clock.run(limiter.acquire(MESSAGES, "t"), limit=5.0)
        assert ticket.waited == 0.0


def _limits(limit: int, remaining: int, reset_after: float) -> dict[str, str]:
    return {
        "x-ratelimit-bucket": "msg",
        "x-ratelimit-limit": str(limit),
        "x-ratelimit-remaining": str(remaining),
        "x-ratelimit-reset-after": str(reset_after),
    }


async def test_unexpected_429s_widen_the_margin_which_then_decays() -> None:
    clock, model, limiter, harness = make({MESSAGES.key: BucketSpec("msg", 5, 1.0)}, global_limit=1000)
    route = Route.build("GET", "/users/@me", {})
    model.global_limit = 2  # Discord sees more than the limiter thinks it sends
    await clock.run(asyncio.gather(*(harness.send(route) for _ in range(3))))
    assert limiter.margin == pytest.approx(0.005 + 0.05, abs=0.002)
    model.global_limit = 1000
    spent = _limits(5, 0, 0.5)
    ticket = await limiter.acquire(MESSAGES, "t")
    await limiter.record_response(
        ticket, 429, {**spent, "x-ratelimit-scope": "user"}, b'{"retry_after": 0.5, "global": false}'
    )
    assert limiter.margin == pytest.approx(0.005 + 0.1, abs=0.002)  # doubled
    sublimit = {**_limits(5, 3, 0.5), "x-ratelimit-scope": "user"}
    await limiter.record_response(
        await limiter.acquire(TYPING, "t"), 429, sublimit, b'{"retry_after": 0.5, "global": false}'
    )
    assert limiter.margin == pytest.approx(0.005 + 0.1, abs=0.002)  # a sub-limit is not jitter
    clock.advance(120.0)
    assert limiter.margin == pytest.approx(0.005 + 0.025, abs=0.002)  # two half-lives later


async def test_slow_round_trips_widen_the_window_tail_and_the_global_period() -> None:
    clock, model, limiter, harness = make({MESSAGES.key: BucketSpec("msg", 5, 1.0)}, latency=0.02)
    await clock.run(harness.send(MESSAGES))
    assert limiter.round_trip == pytest.approx(0.02) and limiter.latency_jitter == pytest.approx(0.0)
    harness.latency = 0.3  # the network (or Discord) slows down
    await clock.run(asyncio.gather(*(harness.send(MESSAGES) for _ in range(3))))
    assert limiter.round_trip == pytest.approx(0.3) and limiter.latency_jitter == pytest.approx(0.28)
    # One slot is left and the window ends within a round trip: a request sent now could reach Discord
    # after the reset and eat into the next window, so it waits for the reset instead.
    # The reset is at 1001.03 (the earliest bound, from the fast first answer). Now 0.21 s before it: more
    # than the fixed tail (0.05 s), less than a round trip plus margin (0.32 s).
    await clock.run(clock.sleep(0.5))
    asked = clock.now()
    await clock.run(harness.send(MESSAGES))
    assert harness.sent[-1][0] - asked > 0.15  # it waited for the next window
    assert sum(model.too_many.values()) == 0


async def test_requests_held_up_before_they_arrive_do_not_overrun_the_next_window() -> None:
    """A granted request can reach Discord long after the grant (a saturated event loop, a slow connection).

    Discord counts it in the window it arrives in, so the limiter keeps its slot until the response: four
    requests still in flight when a window resets take four of the next window's five slots.
    """
    clock, model, limiter, harness = make({MESSAGES.key: BucketSpec("msg", 5, 1.0)})
    await clock.run(harness.send(MESSAGES))

    async def held_up(delay: float) -> None:
        ticket = await limiter.acquire(MESSAGES, "t")
        await clock.sleep(delay)  # granted, but stuck on the way out
        status, headers, body = model.handle(MESSAGES.key, MESSAGES.major, "t")
        await clock.sleep(0.01)
        await limiter.record_response(ticket, status, headers, body)

    async def scenario() -> None:
        slow = [asyncio.ensure_future(held_up(1.5)) for _ in range(4)]
        await clock.sleep(1.05)  # the first window has reset; the four have not arrived yet
        await asyncio.gather(*(harness.send(MESSAGES) for _ in range(10)), *slow)

    await clock.run(scenario())
    assert sum(model.too_many.values()) == 0, model.events
    assert model.served[MESSAGES.key] == 15


async def test_the_earliest_answer_bounds_the_reset() -> None:
    """Each answer bounds Discord's reset from above; a slow answer must not push the next window back."""
    clock, model, _limiter, harness = make({MESSAGES.key: BucketSpec("msg", 5, 1.0)}, safety_margin=0.0)
    start = clock.now()
    await clock.run(harness.send(MESSAGES))  # a fast answer: the window ends by start + 1.0 + a round trip
    harness.latency = 0.4
    await clock.run(asyncio.gather(*(harness.send(MESSAGES) for _ in range(4))))  # slow answers (~1.2 s)
    harness.latency = 0.02
    await clock.run(harness.send(MESSAGES))  # the window is spent: this one waits for the reset
    assert start + 1.0 < harness.sent[-1][0] < start + 1.05
    assert sum(model.too_many.values()) == 0
