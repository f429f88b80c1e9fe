"""The bus's own event classes: the base for custom events, raw events and error events."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

__all__ = ["ErrorEvent", "Event", "EventDecodeError", "ListenerError", "RawEvent"]


class Event:
    """Base class for events that are not gateway dispatches: subclass it for your own and `bus.dispatch` them.

    Any class works as an event type; subclassing `Event` lets one listener of `Event` see all custom events
    (and only those: the bus's own RawEvent and error events do not derive from it).
    """

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class RawEvent:
    """A gateway dispatch as it arrived: the event name, the shard, and the undecoded body (`d`).

    Every dispatch is offered as a RawEvent (built only when someone listens for it); events this version
    of echord does not know (a newer API) arrive only this way.
    """

    name: str
    shard_id: int
    data: bytes


@dataclass(frozen=True, slots=True)
class ErrorEvent:
    """Something went wrong while delivering events; it was logged too. Listen to this for all errors."""

    exception: BaseException


@dataclass(frozen=True, slots=True)
class ListenerError(ErrorEvent):
    """A listener raised. The dispatcher carried on; `event` is what the listener was given."""

    event: object
    listener: Callable[[object], Awaitable[None]]


@dataclass(frozen=True, slots=True)
class EventDecodeError(ErrorEvent):
    """A known event's body could not be decoded even tolerantly; its listeners were skipped."""

    name: str
    shard_id: int
    data: bytes
