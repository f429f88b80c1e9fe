"""EventBus: typed listeners, lazy once-per-dispatch decoding, wait_for, streams, raw/custom/error events."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import TypeVar

import msgspec
import pytest

from echord.events import (
    EVENTS,
    ErrorEvent,
    Event,
    EventBus,
    EventDecodeError,
    ListenerError,
    MessageCreate,
    MessageDelete,
    RawEvent,
    TypingStart,
    current_shard_id,
    event_decoder,
)
from echord.gateway import Closed, LifecycleHandler

from .payloads import MESSAGE_CREATE_BYTES, encode

T = TypeVar("T")

DELETE = encode({"id": "10", "channel_id": "20", "guild_id": "30"})


def collector(into: list[T]) -> Callable[[T], Awaitable[None]]:
    """A listener that appends every event it gets to `into`."""

    async def collect(event: T) -> None:
        into.append(event)

    return collect


class CountingDecoders:
    """`event_decoder`, counting how often each event body is decoded."""

    def __init__(self) -> None:
        self.calls: dict[str, int] = {}

    def __call__(self, name: str) -> Callable[[bytes], object] | None:
        decode = event_decoder(name)
        if decode is None:
            return None

        def counted(data: bytes) -> object:
            self.calls[name] = self.calls.get(name, 0) + 1
            assert decode is not None
            return decode(data)

        return counted


@dataclass(frozen=True, slots=True)
class Tick(Event):
    n: int


@dataclass(frozen=True, slots=True)
class BigTick(Tick):
    pass


async def test_listeners_get_one_decoded_event_per_dispatch() -> None:
    decoders = CountingDecoders()
    bus = EventBus(decoder=decoders)
    seen: list[tuple[str, MessageCreate]] = []

    for label in ("a", "b", "c"):

        async def listener(event: MessageCreate, label: str = label) -> None:
            seen.append((label, event))

        bus.subscribe(MessageCreate, listener)
    bus.dispatch_raw("MESSAGE_CREATE", msgspec.Raw(MESSAGE_CREATE_BYTES), 0)
    await bus.join()
    assert sorted(label for label, _ in seen) == ["a", "b", "c"]
    assert seen[0][1] is seen[1][1] is seen[2][1]
    assert seen[0][1].content.startswith("hello")
    assert decoders.calls == {"MESSAGE_CREATE": 1}


async def test_nothing_is_decoded_without_a_consumer() -> None:
    decoders = CountingDecoders()
    bus = EventBus(decoder=decoders)

    @bus.listen(MessageDelete)
    async def on_delete(event: MessageDelete) -> None:
        return None

    for name in ("MESSAGE_CREATE", "TYPING_START", "GUILD_CREATE"):
        bus.dispatch_raw(name, b"{}", 3)
    bus.dispatch_raw("MESSAGE_DELETE", DELETE, 3)
    await bus.join()
    assert decoders.calls == {"MESSAGE_DELETE": 1}
    assert bus.has_consumers(MessageDelete) and not bus.has_consumers(MessageCreate)


async def test_listen_decorator_and_unsubscribe() -> None:
    bus = EventBus()
    got: list[int] = []

    @bus.listen(MessageDelete)
    async def on_delete(event: MessageDelete) -> None:
        got.append(event.id)

    bus.dispatch_raw("MESSAGE_DELETE", DELETE, 0)
    await bus.join()
    assert bus.unsubscribe(MessageDelete, on_delete) is True
    assert bus.unsubscribe(MessageDelete, on_delete) is False
    bus.dispatch_raw("MESSAGE_DELETE", DELETE, 0)
    await bus.join()
    assert got == [10]


async def test_listeners_know_their_shard() -> None:
    bus = EventBus()
    shards: list[int | None] = []

    @bus.listen(MessageDelete)
    async def on_delete(event: MessageDelete) -> None:
        await asyncio.sleep(0)
        shards.append(current_shard_id())

    @bus.listen(Tick)
    async def on_tick(event: Tick) -> None:
        shards.append(current_shard_id())

    async def shard_receive_loop(shard_id: int) -> None:
        bus.dispatch_raw("MESSAGE_DELETE", DELETE, shard_id)

    await asyncio.gather(shard_receive_loop(7), shard_receive_loop(8))
    bus.dispatch(Tick(1))
    await bus.join()
    assert sorted(shards, key=str) == [7, 8, None]
    assert current_shard_id() is None


async def test_raw_events_carry_every_dispatch_and_unknown_ones(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    raw: list[RawEvent] = []

    @bus.listen(RawEvent)
    async def on_raw(event: RawEvent) -> None:
        raw.append(event)

    with caplog.at_level(logging.INFO, logger="echord.events"):
        bus.dispatch_raw("MESSAGE_DELETE", msgspec.Raw(DELETE), 1)  # what a shard passes
        bus.dispatch_raw("BRAND_NEW_EVENT", b'{"x":1}', 2)
        bus.dispatch_raw("BRAND_NEW_EVENT", b'{"x":2}', 2)
    await bus.join()
    assert [(e.name, e.shard_id, e.data) for e in raw] == [
        ("MESSAGE_DELETE", 1, DELETE),
        ("BRAND_NEW_EVENT", 2, b'{"x":1}'),
        ("BRAND_NEW_EVENT", 2, b'{"x":2}'),
    ]
    assert sum("BRAND_NEW_EVENT" in r.getMessage() for r in caplog.records) == 1
    assert all(type(e.data) is bytes for e in raw)


async def test_a_failing_listener_is_logged_reported_and_isolated(caplog: pytest.LogCaptureFixture) -> None:
    bus = EventBus()
    delivered: list[int] = []
    errors: list[ListenerError] = []

    async def broken(event: MessageDelete) -> None:
        raise RuntimeError("boom")

    async def fine(event: MessageDelete) -> None:
        delivered.append(event.id)

    async def on_error(error: ListenerError) -> None:
        errors.append(error)
        raise ValueError("an error listener that fails is only logged")

    bus.subscribe(MessageDelete, broken)
    bus.subscribe(MessageDelete, fine)
    bus.subscribe(ListenerError, on_error)
    with caplog.at_level(logging.ERROR, logger="echord.events"):
        bus.dispatch_raw("MESSAGE_DELETE", DELETE, 0)
        bus.dispatch_raw("MESSAGE_DELETE", DELETE, 0)
        await bus.join()
    assert delivered == [10, 10]
    assert len(errors) == 2 and isinstance(errors[0].exception, RuntimeError)
    assert errors[0].listener is broken and isinstance(errors[0].event, MessageDelete)
    assert sum("failed" in r.getMessage() for r in caplog.records) == 4


async def test_an_undecodable_body_becomes_an_error_event() -> None:
    bus = EventBus()
    errors: list[ErrorEvent] = []
    deletes: list[MessageDelete] = []
    bus.subscribe(ErrorEvent, collector(errors))
    bus.subscribe(MessageDelete, collector(deletes))
    bus.dispatch_raw("MESSAGE_DELETE", b'{"id": ', 4)
    await bus.join()
    assert len(errors) == 1 and isinstance(errors[0], EventDecodeError)
    assert errors[0].name == "MESSAGE_DELETE" and errors[0].shard_id == 4
    assert deletes == []


async def test_custom_events_follow_the_class_hierarchy() -> None:
    bus = EventBus()
    ticks: list[Tick] = []
    anything: list[Event] = []
    bus.subscribe(Tick, collector(ticks))
    bus.subscribe(Event, collector(anything))
    bus.dispatch(Tick(1))
    bus.dispatch(BigTick(2))
    await bus.join()
    assert ticks == [Tick(1), BigTick(2)]
    assert anything == [Tick(1), BigTick(2)]


async def test_wait_for_with_predicate_and_timeout() -> None:
    bus = EventBus()
    waiting = asyncio.create_task(bus.wait_for(Tick, lambda t: t.n > 1, timeout=5))
    await asyncio.sleep(0)
    assert bus.has_consumers(Tick)
    bus.dispatch(Tick(1))
    assert not waiting.done()
    bus.dispatch(Tick(2))
    assert await waiting == Tick(2)
    assert not bus.has_consumers(Tick)
    with pytest.raises(TimeoutError):
        await bus.wait_for(Tick, timeout=0.01)
    assert not bus.has_consumers(Tick)


async def test_wait_for_gateway_event_and_failing_predicate() -> None:
    bus = EventBus()
    waiting = asyncio.create_task(bus.wait_for(MessageCreate, lambda m: m.channel_id == 290926798999357250))
    await asyncio.sleep(0)
    bus.dispatch_raw("MESSAGE_CREATE", MESSAGE_CREATE_BYTES, 0)
    message = await waiting
    assert isinstance(message, MessageCreate) and message.guild_id == 41771983423143937

    def bad(event: Tick) -> bool:
        raise KeyError("predicate bug")

    failing = asyncio.create_task(bus.wait_for(Tick, bad))
    await asyncio.sleep(0)
    bus.dispatch(Tick(1))
    with pytest.raises(KeyError):
        await failing


async def test_stream_filters_limits_and_unsubscribes() -> None:
    bus = EventBus()
    async with bus.stream(Tick, lambda t: t.n % 2 == 0, limit=2) as ticks:
        for n in range(6):
            bus.dispatch(Tick(n))
        got = [tick.n async for tick in ticks]
    assert got == [0, 2]
    assert not bus.has_consumers(Tick)


async def test_stream_ends_on_timeout_and_when_dropped() -> None:
    bus = EventBus()
    got = [tick async for tick in bus.stream(Tick, timeout=0.01)]
    assert got == []
    assert not bus.has_consumers(Tick)
    stream = bus.stream(Tick)
    aiter = stream.__aiter__()
    bus.dispatch(Tick(1))
    assert await aiter.__anext__() == Tick(1)
    assert bus.has_consumers(Tick)
    del stream, aiter
    gc.collect()
    assert not bus.has_consumers(Tick)


async def test_stream_drops_oldest_when_full_and_raises_predicate_errors() -> None:
    bus = EventBus()
    async with bus.stream(Tick, maxsize=2) as ticks:
        for n in range(5):
            bus.dispatch(Tick(n))
        assert [await ticks.__anext__(), await ticks.__anext__()] == [Tick(3), Tick(4)]

    def bad(event: Tick) -> bool:
        raise LookupError("predicate bug")

    async with bus.stream(Tick, bad) as failing:
        bus.dispatch(Tick(0))
        with pytest.raises(LookupError):
            await failing.__anext__()
    assert not bus.has_consumers(Tick)


async def test_shard_lifecycle_records_and_anything_else_can_be_dispatched() -> None:
    bus = EventBus()
    lifecycle: LifecycleHandler = bus.dispatch  # how a shard publishes its debug events
    everything: list[object] = []
    bus.subscribe(object, collector(everything))
    lifecycle(Closed(0, 4000, "unknown error"))
    bus.dispatch_raw("TYPING_START", encode({"channel_id": "1", "user_id": "2", "timestamp": 5}), 0)
    await bus.join()
    assert everything[0] == Closed(0, 4000, "unknown error")
    assert isinstance(everything[1], RawEvent) and isinstance(everything[2], TypingStart)
    assert len(EVENTS) == 79


async def test_an_unbounded_stream_keeps_every_event_in_order() -> None:
    bus = EventBus()
    async with bus.stream(RawEvent, maxsize=0, limit=1500) as raw:
        for n in range(1500):
            bus.dispatch_raw("MESSAGE_DELETE", encode({"id": str(n + 1), "channel_id": "2"}), 0)
        got = [event.data async for event in raw]
    assert got == [encode({"id": str(n + 1), "channel_id": "2"}) for n in range(1500)]


async def test_listening_to_event_sees_custom_events_only() -> None:
    bus = EventBus()
    custom: list[Event] = []
    bus.subscribe(Event, collector(custom))
    assert not bus.has_consumers(RawEvent) and not bus.has_consumers(ListenerError)
    bus.dispatch_raw("MESSAGE_DELETE", DELETE, 0)
    bus.dispatch(Tick(3))
    await bus.join()
    assert custom == [Tick(3)]


async def test_raw_hooks_run_inline_in_order_and_are_isolated() -> None:
    bus = EventBus()
    calls: list[tuple[str, bytes, int]] = []

    def failing(name: str, data: bytes, shard_id: int) -> None:
        raise RuntimeError("hook failed")

    def hook(name: str, data: bytes, shard_id: int) -> None:
        calls.append((name, bytes(data), shard_id))

    bus.add_raw_hook(failing)
    bus.add_raw_hook(hook)
    bus.dispatch_raw("TYPING_START", b"{}", 3)
    bus.dispatch_raw("SOMETHING_NEW", b"[]", 3)  # unknown events reach hooks too
    assert calls == [("TYPING_START", b"{}", 3), ("SOMETHING_NEW", b"[]", 3)]
    assert not bus.has_consumers(RawEvent)  # a hook is not a listener: nothing is decoded for it
    assert bus.remove_raw_hook(hook) and not bus.remove_raw_hook(hook)
    bus.dispatch_raw("TYPING_START", b"{}", 3)
    assert len(calls) == 2
