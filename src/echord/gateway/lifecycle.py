"""What a shard reports about its own life, for logging, metrics and the event bus's debug events.

Each report is a small frozen record; the shard hands them to one `LifecycleHandler` callback.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, Protocol, TypeAlias

__all__ = [
    "Closed",
    "Connecting",
    "HelloReceived",
    "Identified",
    "LifecycleHandler",
    "PayloadError",
    "ReadyReceived",
    "Reconnecting",
    "Resumed",
    "ShardLifecycleEvent",
]


@dataclass(frozen=True, slots=True)
class Connecting:
    """Opening a websocket (`url` never carries the token)."""

    shard_id: int
    url: str
    resuming: bool


@dataclass(frozen=True, slots=True)
class HelloReceived:
    shard_id: int
    heartbeat_interval: float


@dataclass(frozen=True, slots=True)
class Identified:
    """IDENTIFY was sent (after the identify queue let it through)."""

    shard_id: int


@dataclass(frozen=True, slots=True)
class ReadyReceived:
    shard_id: int
    session_id: str


@dataclass(frozen=True, slots=True)
class Resumed:
    """RESUMED arrived: the replay is complete and nothing was lost."""

    shard_id: int
    sequence: int | None


@dataclass(frozen=True, slots=True)
class Reconnecting:
    """The shard will reconnect after `delay` seconds; `resume` says whether it keeps its session."""

    shard_id: int
    reason: str
    resume: bool
    delay: float


@dataclass(frozen=True, slots=True)
class Closed:
    """A connection ended; `code` is the close code received (None if there was none)."""

    shard_id: int
    code: int | None
    reason: str


@dataclass(frozen=True, slots=True)
class PayloadError:
    """A received frame could not be decompressed or decoded; the shard reconnects and resumes."""

    shard_id: int
    kind: Literal["corrupt_frame", "malformed_payload"]
    detail: str


ShardLifecycleEvent: TypeAlias = (
    Connecting | HelloReceived | Identified | ReadyReceived | Resumed | Reconnecting | Closed | PayloadError
)


class LifecycleHandler(Protocol):
    """Receives every lifecycle report; must not block (it runs on the shard's receive path)."""

    def __call__(self, event: ShardLifecycleEvent, /) -> None: ...
