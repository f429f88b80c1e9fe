"""The event bus: typed listeners, `wait_for`, streams, raw and custom events, error isolation.

Shards hand every dispatch to `EventBus.dispatch_raw(name, data, shard_id)`. The body is decoded only if
something consumes that event type (a listener, a waiter, a stream) and then exactly once, however many
consumers there are. Listeners run as tasks, so a slow or failing one never holds up the dispatcher; a
failure is logged and published as a `ListenerError`.

Raw hooks (`add_raw_hook`) are the exception: plain functions called inline, in arrival order, with every
dispatch's undecoded body before any listener starts. The cache uses one, so applying an update costs no
task and no queue hop, and listeners already see the cache with their event applied.

Delivery follows the class hierarchy: a consumer of `T` receives every event whose class derives from `T`
(so `Event` sees all custom events and `object` sees everything). The consumers of each concrete class are
resolved once and cached until the subscriptions change.
"""

from __future__ import annotations

import asyncio
import contextvars
import logging
from collections.abc import Awaitable, Callable, Mapping
from typing import Any, Final, TypeAlias, TypeVar

import msgspec

from echord.events.base import EventDecodeError, ListenerError, RawEvent
from echord.events.sinks import Predicate, Sink, StreamSink, Waiter
from echord.events.stream import EventStream

__all__ = ["EventBus", "Listener", "RawHook", "current_shard_id"]

E = TypeVar("E")

RawHook: TypeAlias = Callable[[str, bytes, int], None]
"""A synchronous function taking (name, undecoded body, shard id) of every gateway dispatch."""

Listener: TypeAlias = Callable[[E], Awaitable[None]]
"""An async function taking one event of the type it listens to."""

_log = logging.getLogger("echord.events.bus")

_SHARD: Final[contextvars.ContextVar[int | None]] = contextvars.ContextVar("echord_shard_id", default=None)


def current_shard_id() -> int | None:
    """The shard whose gateway dispatch the running listener handles.

    Custom events inherit it from whoever dispatched them (None when that was not a listener).
    """
    return _SHARD.get()


class _Targets:
    """Everything that consumes one concrete event class, resolved over its MRO."""

    __slots__ = ("listeners", "sinks")

    def __init__(self, listeners: tuple[Listener[Any], ...], sinks: tuple[Sink[Any], ...]) -> None:
        self.listeners = listeners
        self.sinks = sinks


_NONE: Final = _Targets((), ())
"""The targets of a class nobody consumes: dispatching it costs a dict lookup."""


class EventBus:
    """Routes gateway dispatches and your own events to typed listeners, waiters and streams.

    `events` and `decoder` default to the generated gateway event table; tests and tools may pass others. The
    generated table (and the models its classes build on) is imported on the first gateway dispatch, unless
    importing an event class to listen to has already done so: a bus of custom events never loads it.
    """

    def __init__(
        self,
        *,
        events: Mapping[str, type[object]] | None = None,
        decoder: Callable[[str], Callable[[bytes], object] | None] | None = None,
    ) -> None:
        self._events = events
        self._decoder_factory = decoder
        self._decoders: dict[str, Callable[[bytes], object] | None] = {}
        self._listeners: dict[type[Any], list[Listener[Any]]] = {}
        self._sinks: dict[type[Any], list[Sink[Any]]] = {}
        self._targets: dict[type[Any], _Targets] = {}
        self._tasks: set[asyncio.Task[None]] = set()
        self._unknown: set[str] = set()
        self._raw_hooks: tuple[RawHook, ...] = ()

    def __repr__(self) -> str:
        listeners = sum(len(v) for v in self._listeners.values())
        return f"<EventBus listeners={listeners} pending={len(self._tasks)}>"

    # --- subscribing -------------------------------------------------------------------------------------

    def subscribe(self, event_type: type[E], listener: Listener[E]) -> None:
        """Call `listener` (as a task) with every event of `event_type` or a subclass."""
        self._listeners.setdefault(event_type, []).append(listener)
        self._targets.clear()

    def unsubscribe(self, event_type: type[E], listener: Listener[E]) -> bool:
        """Stop calling `listener` for `event_type`; False if it was not subscribed."""
        listeners = self._listeners.get(event_type)
        if not listeners or listener not in listeners:
            return False
        listeners.remove(listener)
        if not listeners:
            del self._listeners[event_type]
        self._targets.clear()
        return True

    def listen(self, event_type: type[E]) -> Callable[[Listener[E]], Listener[E]]:
        """Decorator form of `subscribe`: `@bus.listen(MessageCreate)` over `async def f(event): ...`."""

        def decorate(listener: Listener[E]) -> Listener[E]:
            self.subscribe(event_type, listener)
            return listener

        return decorate

    def add_raw_hook(self, hook: RawHook) -> None:
        """Call `hook(name, data, shard_id)` inline for every gateway dispatch, known or not, in arrival order.

        Hooks run before the event's listeners start and must be quick and must not block: they run on the
        shard's receive path. `data` may be a view of the shard's frame (`bytes(data)` keeps a copy). An
        exception is logged and swallowed. A hook does not make an event "consumed": it does not cause the
        body to be decoded for listeners.
        """
        self._raw_hooks = (*self._raw_hooks, hook)

    def remove_raw_hook(self, hook: RawHook) -> bool:
        """Stop calling `hook`; False if it was not added."""
        hooks = list(self._raw_hooks)
        if hook not in hooks:
            return False
        hooks.remove(hook)
        self._raw_hooks = tuple(hooks)
        return True

    def has_consumers(self, event_type: type[object]) -> bool:
        """Whether dispatching `event_type` would reach anyone (so would decode, for gateway events)."""
        return self._resolve(event_type) is not _NONE

    def _add_sink(self, event_type: type[Any], sink: Sink[Any]) -> None:
        self._sinks.setdefault(event_type, []).append(sink)
        self._targets.clear()

    def _remove_sink(self, event_type: type[Any], sink: Sink[Any]) -> None:
        sinks = self._sinks.get(event_type)
        if sinks and sink in sinks:
            sinks.remove(sink)
            if not sinks:
                del self._sinks[event_type]
            self._targets.clear()

    # --- waiting and streaming ----------------------------------------------------------------------------

    async def wait_for(
        self,
        event_type: type[E],
        predicate: Predicate[E] | None = None,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - documented API, as in other Discord SDKs
    ) -> E:
        """The next event of `event_type` that `predicate` accepts; TimeoutError after `timeout` seconds.

        An exception raised by the predicate is raised here.
        """
        future: asyncio.Future[E] = asyncio.get_running_loop().create_future()
        waiter = Waiter(future, predicate)
        self._add_sink(event_type, waiter)
        try:
            async with asyncio.timeout(timeout):
                return await future
        finally:
            self._remove_sink(event_type, waiter)

    def stream(
        self,
        event_type: type[E],
        predicate: Predicate[E] | None = None,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        maxsize: int = 1000,
    ) -> EventStream[E]:
        """The events of `event_type` that `predicate` accepts, as an async iterator (see `EventStream`)."""

        def subscribe(sink: StreamSink[E]) -> None:
            self._add_sink(event_type, sink)

        def unsubscribe(sink: StreamSink[E]) -> None:
            self._remove_sink(event_type, sink)

        return EventStream(subscribe, unsubscribe, predicate, limit=limit, timeout=timeout, maxsize=maxsize)

    # --- dispatching ----------------------------------------------------------------------------------

    def _resolve(self, cls: type[Any]) -> _Targets:
        targets = self._targets.get(cls)
        if targets is None:
            listeners: list[Listener[Any]] = []
            sinks: list[Sink[Any]] = []
            for base in cls.__mro__:
                listeners += self._listeners.get(base, ())
                sinks += self._sinks.get(base, ())
            targets = _Targets(tuple(listeners), tuple(sinks)) if listeners or sinks else _NONE
            self._targets[cls] = targets
        return targets

    def dispatch_raw(self, name: str, data: bytes, shard_id: int) -> None:
        """Entry point for shards: one gateway dispatch, its body undecoded. Never raises.

        Must be called from the event loop's thread (listeners start as tasks on the running loop).
        """
        for hook in self._raw_hooks:
            try:
                hook(name, data, shard_id)
            except Exception:
                _log.exception("raw hook %r failed on %s", hook, name)
        targets = self._targets.get(RawEvent) or self._resolve(RawEvent)
        if targets is not _NONE:
            # bytes(): the shard hands a msgspec.Raw view of its frame; keep only this event's body.
            self._deliver(targets, RawEvent(name, shard_id, bytes(data)), shard_id)
        events = self._events
        if events is None:
            events = self._default_events()
        cls = events.get(name)
        if cls is None:
            if name not in self._unknown:
                self._unknown.add(name)
                _log.info("unknown gateway event %s (newer API?): delivered as RawEvent only", name)
            return
        targets = self._targets.get(cls) or self._resolve(cls)
        if targets is _NONE:
            return
        try:
            decode = self._decoders[name]
        except KeyError:
            factory = self._decoder_factory
            if factory is None:
                factory = self._default_decoder()
            decode = self._decoders[name] = factory(name)
        if decode is None:
            return
        try:
            event = decode(data)
        except Exception as exc:  # malformed JSON, or a shape even the tolerant decoder cannot read
            expected = isinstance(exc, msgspec.DecodeError | msgspec.ValidationError)
            _log.error("could not decode %s from shard %d: %s", name, shard_id, exc, exc_info=not expected)
            self.dispatch(EventDecodeError(exc, name, shard_id, bytes(data)))
            return
        self._deliver(targets, event, shard_id)

    def _default_events(self) -> Mapping[str, type[object]]:
        """`events` left None: the generated gateway event table, imported on the first dispatch."""
        from echord._generated.events import EVENTS

        self._events = EVENTS
        return EVENTS

    def _default_decoder(self) -> Callable[[str], Callable[[bytes], object] | None]:
        """`decoder` left None: the generated event decoders, imported on the first decoded dispatch."""
        from echord._generated.events import event_decoder

        self._decoder_factory = event_decoder
        return event_decoder

    def dispatch(self, event: object) -> None:
        """Deliver `event` (a custom event, a shard's lifecycle record, anything) to its consumers."""
        cls = type(event)
        targets = self._targets.get(cls) or self._resolve(cls)
        if targets is not _NONE:
            self._deliver(targets, event, None)

    def _deliver(self, targets: _Targets, event: object, shard_id: int | None) -> None:
        if targets.listeners:
            # Tasks copy the caller's context: setting the shard there (only when it changes, as a shard's
            # receive loop always passes the same id) is how listeners learn it without a per-task cost.
            if shard_id is not None and _SHARD.get() != shard_id:
                _SHARD.set(shard_id)
            tasks = self._tasks
            run = self._run
            for listener in targets.listeners:
                task = asyncio.create_task(run(listener, event))
                tasks.add(task)
                task.add_done_callback(tasks.discard)
        if targets.sinks:
            done = [sink for sink in targets.sinks if sink.offer(event)]
            for sink in done:
                for event_type, sinks in list(self._sinks.items()):
                    if sink in sinks:
                        self._remove_sink(event_type, sink)

    async def _run(self, listener: Listener[Any], event: object) -> None:
        try:
            await listener(event)
        except Exception as exc:
            _log.exception("listener %r failed on %s", listener, type(event).__name__)
            if not isinstance(event, ListenerError):
                self.dispatch(ListenerError(exc, event, listener))

    async def join(self) -> None:
        """Wait until every listener task started so far (and any they start) has finished."""
        while self._tasks:
            await asyncio.gather(*self._tasks, return_exceptions=True)
