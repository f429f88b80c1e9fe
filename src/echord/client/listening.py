"""The client's event surface: listeners tracked for a clean shutdown, plus `wait_for` and `stream`.

Listeners registered here run through `TaskTracker`, so `Client.close()` can wait for them and then cancel
the ones still running; `wait_for`, `stream` and `dispatch` are the bus's own.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TypeVar

from echord.events import EventBus, EventStream, Predicate

from .tasks import TaskTracker

__all__ = ["Listening"]

E = TypeVar("E")


class Listening:
    """Event methods of a client; the client sets `bus` and `_tracker`."""

    bus: EventBus
    _tracker: TaskTracker

    def subscribe(self, event_type: type[E], listener: Callable[[E], Awaitable[None]]) -> None:
        """Call `listener` with every event of `event_type` (or a subclass); stopped cleanly on close."""
        self.bus.subscribe(event_type, self._tracker.wrap(event_type, listener))

    def unsubscribe(self, event_type: type[E], listener: Callable[[E], Awaitable[None]]) -> bool:
        """Stop calling `listener`; False if it was not subscribed through the client."""
        tracked = self._tracker.forget(event_type, listener)
        return tracked is not None and self.bus.unsubscribe(event_type, tracked)

    def listen(
        self, event_type: type[E]
    ) -> Callable[[Callable[[E], Awaitable[None]]], Callable[[E], Awaitable[None]]]:
        """Decorator: `@client.listen(MessageCreate)` over `async def on_message(message): ...`."""

        def decorate(listener: Callable[[E], Awaitable[None]]) -> Callable[[E], Awaitable[None]]:
            self.subscribe(event_type, listener)
            return listener

        return decorate

    async def wait_for(
        self,
        event_type: type[E],
        predicate: Predicate[E] | None = None,
        *,
        timeout: float | None = None,  # noqa: ASYNC109 - the bus's documented API
    ) -> E:
        """The next event of `event_type` that `predicate` accepts (TimeoutError after `timeout` s)."""
        return await self.bus.wait_for(event_type, predicate, timeout=timeout)

    def stream(
        self,
        event_type: type[E],
        predicate: Predicate[E] | None = None,
        *,
        limit: int | None = None,
        timeout: float | None = None,
        maxsize: int = 1000,
    ) -> EventStream[E]:
        """Matching events as an async iterator: `async with client.stream(T) as events: ...`."""
        return self.bus.stream(event_type, predicate, limit=limit, timeout=timeout, maxsize=maxsize)

    def dispatch(self, event: object) -> None:
        """Publish a custom event to its listeners."""
        self.bus.dispatch(event)
