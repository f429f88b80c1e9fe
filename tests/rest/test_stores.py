"""Both stores, one behaviour: the same checks against MemoryStore (virtual clock) and RedisStore (real Redis)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass

import pytest

from echord.rest.redis_store import RedisStore
from echord.rest.store import NO_BUCKET, AcquireRequest, BucketUpdate, MemoryStore, RateLimitStore, WaitReason
from tests.rest.virtual_time import VirtualClock


@dataclass
class StoreUnderTest:
    store: RateLimitStore
    advance: Callable[[float], Awaitable[None]]


@pytest.fixture(params=["memory", "redis"])
async def subject(request: pytest.FixtureRequest) -> AsyncIterator[StoreUnderTest]:
    if request.param == "memory":
        clock = VirtualClock()

        async def advance(seconds: float) -> None:
            clock.advance(seconds)

        yield StoreUnderTest(MemoryStore(clock=clock), advance)
    else:
        url = request.getfixturevalue("redis_url")
        store = RedisStore.from_url(url)

        async def sleep(seconds: float) -> None:
            await asyncio.sleep(seconds)

        yield StoreUnderTest(store, sleep)
        await store.aclose()


def ask(
    route: str = "POST /channels/{channel_id}/messages", major: str = "channel_id=1", **kw: object
) -> AcquireRequest:
    options: dict[str, object] = {
        "token": "tok",
        "route": route,
        "major": major,
        "global_limit": 0,
        "global_period": 1.0,
        "discovery_lease": 5.0,
        "invalid_threshold": 0,
        "invalid_window": 600.0,
    }
    options.update(kw)
    return AcquireRequest(**options)  # type: ignore[arg-type]


def learned(
    used: str,
    *,
    route: str = "POST /channels/{channel_id}/messages",
    bucket: str = "h1",
    limit: int = 3,
    remaining: int = 2,
    reset_after: float = 0.3,
    **kw: object,
) -> BucketUpdate:
    return BucketUpdate(
        token="tok",
        route=route,
        major="channel_id=1",
        used_bucket=used,
        bucket_hash=bucket,
        limit=limit,
        remaining=remaining,
        reset_after=reset_after,
        **kw,
    )  # type: ignore[arg-type]


async def test_an_unknown_route_is_discovered_one_request_at_a_time(subject: StoreUnderTest) -> None:
    store = subject.store
    first = await store.acquire(ask())
    assert first.granted and first.bucket.startswith("tok|r:")
    second = await store.acquire(ask())
    assert not second.granted and second.reason == WaitReason.DISCOVERY and 4.0 < second.wait <= 5.0
    await store.record(learned(first.bucket))
    third = await store.acquire(ask())
    assert third.granted and third.bucket == "tok|b:h1|channel_id=1" and third.remaining == 1


async def test_a_known_bucket_counts_down_then_waits_for_its_reset(subject: StoreUnderTest) -> None:
    store = subject.store
    first = await store.acquire(ask())
    await store.record(learned(first.bucket, remaining=2, reset_after=0.3))
    for left in (1, 0):
        granted = await store.acquire(ask())
        assert granted.granted and granted.remaining == left
        await store.record(learned(granted.bucket, remaining=left, reset_after=0.29, in_window=True))
    blocked = await store.acquire(ask())
    assert blocked.reason == WaitReason.BUCKET and 0.15 < blocked.wait <= 0.3
    await subject.advance(0.35)
    again = await store.acquire(ask())
    assert again.granted and again.remaining == 2  # a fresh window of 3, one taken


async def test_routes_with_one_hash_share_state(subject: StoreUnderTest) -> None:
    store = subject.store
    edit = "PATCH /channels/{channel_id}/messages/{message_id}"
    first = await store.acquire(ask())
    await store.record(learned(first.bucket, remaining=1, reset_after=1.0))
    other = await store.acquire(ask(route=edit))
    await store.record(learned(other.bucket, route=edit, remaining=0, reset_after=1.0))
    assert (await store.acquire(ask())).reason == WaitReason.BUCKET
    assert (await store.acquire(ask(route=edit))).reason == WaitReason.BUCKET


async def test_a_429_exhausts_the_bucket_and_a_stale_response_is_ignored(subject: StoreUnderTest) -> None:
    store = subject.store
    first = await store.acquire(ask())
    await store.record(learned(first.bucket, limit=5, remaining=4, reset_after=1.0))
    await store.record(learned("", limit=5, remaining=0, reset_after=0.2, exhausted=True))
    assert (await store.acquire(ask())).reason == WaitReason.BUCKET
    await subject.advance(1.05)
    assert (await store.acquire(ask())).granted  # new window, estimated from the period (1.0)
    await store.record(learned("", limit=5, remaining=0, reset_after=0.01))  # from the old window: ignored
    assert (await store.acquire(ask())).granted


async def test_the_global_limit_and_a_global_pause(subject: StoreUnderTest) -> None:
    store = subject.store
    for n in range(4):
        assert (
            await store.acquire(ask(route=f"GET /r{n}", major="", global_limit=4, global_period=0.3))
        ).granted
    blocked = await store.acquire(ask(route="GET /r9", major="", global_limit=4, global_period=0.3))
    assert blocked.reason == WaitReason.GLOBAL  # four in flight: wait for an answer
    for n in range(4):
        await store.record(BucketUpdate("tok", f"GET /r{n}", "", "", global_slot=True, global_period=0.3))
    blocked = await store.acquire(ask(route="GET /r9", major="", global_limit=4, global_period=0.3))
    assert blocked.reason == WaitReason.GLOBAL and 0.2 < blocked.wait <= 0.3  # answered: one period more
    assert (await store.acquire(ask(route="GET /exempt", major="", global_limit=0))).granted
    await subject.advance(0.35)
    await store.record(BucketUpdate(token="tok", route="GET /r0", major="", used_bucket="", global_pause=0.3))
    paused = await store.acquire(ask(route="GET /r8", major="", global_limit=4, global_period=0.3))
    assert paused.reason == WaitReason.GLOBAL and 0.2 < paused.wait <= 0.3


async def test_routes_without_headers_have_no_bucket(subject: StoreUnderTest) -> None:
    store = subject.store
    first = await store.acquire(ask(route="GET /gateway", major=""))
    await store.record(
        BucketUpdate(token="tok", route="GET /gateway", major="", used_bucket=first.bucket, no_limits=True)
    )
    grants = [await store.acquire(ask(route="GET /gateway", major="")) for _ in range(3)]
    assert all(g.granted and g.bucket == NO_BUCKET for g in grants)


async def test_invalid_responses_are_counted_and_hold_requests(subject: StoreUnderTest) -> None:
    store = subject.store
    for _ in range(3):
        await store.record(
            BucketUpdate(
                token="tok", route="GET /x", major="", used_bucket="", invalid=True, invalid_window=600.0
            )
        )
    assert await store.invalid_count(600.0) == 3
    held = await store.acquire(ask(invalid_threshold=3))
    assert held.reason == WaitReason.INVALID and 580.0 < held.wait <= 600.0
    assert (await store.acquire(ask(invalid_threshold=4))).granted


async def test_release_frees_a_discovery_lease(subject: StoreUnderTest) -> None:
    store = subject.store
    first = await store.acquire(ask())
    await store.release(first.bucket)
    assert (await store.acquire(ask())).granted


async def test_global_pacing_spaces_requests_after_the_burst(subject: StoreUnderTest) -> None:
    store = subject.store
    paced = {"major": "", "global_limit": 10, "global_period": 1.0, "global_burst": 3}
    for n in range(3):
        assert (await store.acquire(ask(route=f"GET /p{n}", **paced))).granted
    held = await store.acquire(ask(route="GET /p3", **paced))
    assert held.reason == WaitReason.GLOBAL and 0.05 < held.wait <= 0.1001  # one interval (1.0 / 10) later
    await subject.advance(0.11)
    assert (await store.acquire(ask(route="GET /p4", **paced))).granted
    assert not (await store.acquire(ask(route="GET /p5", **paced))).granted


async def test_a_partly_used_bucket_sends_nothing_in_its_last_moments(subject: StoreUnderTest) -> None:
    store = subject.store
    first = await store.acquire(ask(window_tail=0.1))
    await store.record(learned(first.bucket, limit=5, remaining=4, reset_after=0.3))
    assert (await store.acquire(ask(window_tail=0.1))).granted
    await subject.advance(0.22)
    late = await store.acquire(ask(window_tail=0.1))
    assert late.reason == WaitReason.BUCKET and late.remaining == 3 and 0.0 < late.wait <= 0.1
    assert (await store.acquire(ask(window_tail=0.0))).granted  # without the guard it would have gone


async def test_a_window_the_store_opened_waits_for_an_answer_before_the_next(subject: StoreUnderTest) -> None:
    store = subject.store
    first = await store.acquire(ask())
    await store.record(learned(first.bucket, limit=2, remaining=1, reset_after=0.2))
    second = await store.acquire(ask())
    assert second.granted
    await store.record(learned(second.bucket, limit=2, remaining=0, reset_after=0.19, in_window=True))
    await subject.advance(0.25)
    assert (await store.acquire(ask())).granted  # the store opens the next window itself...
    assert (await store.acquire(ask())).granted
    await subject.advance(0.25)
    held = await store.acquire(ask())  # ...but no response came back for it: it may have started later
    assert held.reason == WaitReason.BUCKET and held.wait <= 0.05
    key = second.bucket
    await store.record(
        learned(key, limit=2, remaining=1, reset_after=0.2, in_window=True)
    )  # the late first answer
    await store.record(learned(key, limit=2, remaining=0, reset_after=0.19, in_window=True))
    still = await store.acquire(ask())
    assert (
        still.reason == WaitReason.BUCKET and 0.1 < still.wait <= 0.201
    )  # both slots were used: wait it out
    await subject.advance(0.25)
    assert (await store.acquire(ask())).granted


async def test_requests_in_flight_at_a_reset_keep_their_slots_in_the_next_window(
    subject: StoreUnderTest,
) -> None:
    """A request still unanswered when the window resets may reach Discord in the next window and count there."""
    store = subject.store
    first = await store.acquire(ask())
    await store.record(learned(first.bucket, limit=3, remaining=2, reset_after=0.2))
    slow = [await store.acquire(ask()) for _ in range(2)]
    assert all(grant.granted for grant in slow)  # sent, but their answers have not come back
    await subject.advance(0.25)
    fresh = await store.acquire(ask())
    assert fresh.granted and fresh.remaining == 0  # 3 slots, 2 held by the requests in flight
    assert (await store.acquire(ask())).reason == WaitReason.BUCKET
    # One turns out to have counted in the old window: its slot in this one is free again.
    await store.record(learned(slow[0].bucket, limit=3, remaining=0, reset_after=0.01, in_window=True))
    assert (await store.acquire(ask())).granted
    # The other counted in this window: its slot stays taken.
    await store.record(learned(slow[1].bucket, limit=3, remaining=1, reset_after=0.19, in_window=True))
    assert (await store.acquire(ask())).reason == WaitReason.BUCKET


async def test_a_global_slot_is_held_until_a_period_after_the_answer(subject: StoreUnderTest) -> None:
    """Discord counts a request when it arrives, at the latest when it answers: a slow request keeps its slot."""
    store = subject.store

    def two_per(route: str) -> AcquireRequest:
        return ask(route=route, major="", global_limit=2, global_period=0.3)

    first = await store.acquire(two_per("GET /a"))
    assert first.granted and (await store.acquire(two_per("GET /b"))).granted
    await subject.advance(0.35)  # a period after both grants, but neither has been answered
    assert (await store.acquire(two_per("GET /c"))).reason == WaitReason.GLOBAL
    await store.record(BucketUpdate("tok", "GET /a", "", first.bucket, global_slot=True, global_period=0.3))
    await store.release("", token="tok", global_period=0.3)  # the other failed in transit
    held = await store.acquire(two_per("GET /c"))
    assert held.reason == WaitReason.GLOBAL and 0.2 < held.wait <= 0.3
    await subject.advance(0.31)
    assert (await store.acquire(two_per("GET /c"))).granted
