"""What each cache store keeps: on/off, size bound, eviction order, time to live and sweepers.

Memory at scale is the first complaint about every Python Discord library (bots of a few thousand guilds
pass 1 GB), so every store is configurable on its own and the unbounded-by-nature one, messages, is bounded
by default.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from .records import (
    ChannelRecord,
    EmojiRecord,
    GuildRecord,
    MemberRecord,
    MessageRecord,
    PresenceRecord,
    RoleRecord,
    StickerRecord,
    UserRecord,
    VoiceStateRecord,
)

__all__ = ["KINDS", "CachePolicy", "Eviction", "StorePolicy", "Sweeper"]

R = TypeVar("R")

KINDS: tuple[str, ...] = (
    "guilds",
    "users",
    "members",
    "roles",
    "channels",
    "threads",
    "emojis",
    "stickers",
    "presences",
    "voice_states",
    "messages",
)
"""The stores a `Cache` has, by name; `CachePolicy` has one `StorePolicy` per name."""


class Eviction(enum.Enum):
    """Which entry goes first when a bounded store is full."""

    LRU = "lru"
    """The least recently read or written entry."""
    FIFO = "fifo"
    """The oldest inserted entry; reads and updates do not reorder."""


@dataclass(frozen=True, slots=True)
class Sweeper(Generic[R]):
    """Remove every record for which `remove(record)` is true, at most once every `every` seconds."""

    every: float
    remove: Callable[[R], bool]


@dataclass(frozen=True, slots=True)
class StorePolicy(Generic[R]):
    """Limits of one store.

    `max_size` counts records across the whole store (all guilds). `ttl` is seconds since a record was last
    written; expired records are dropped when read and by `Cache.sweep`. Sweepers run from `Cache.sweep_due`.
    """

    enabled: bool = True
    max_size: int | None = None
    eviction: Eviction = Eviction.LRU
    ttl: float | None = None
    sweepers: tuple[Sweeper[R], ...] = ()

    def __post_init__(self) -> None:
        if self.max_size is not None and self.max_size < 1:
            raise ValueError("max_size must be at least 1 (disable the store instead)")
        if self.ttl is not None and self.ttl <= 0:
            raise ValueError("ttl must be positive")


@dataclass(frozen=True, slots=True)
class CachePolicy:
    """Per-store policies plus the start-up chunking switch the client reads.

    `chunk_members_on_startup` asks the client to request the full member list of large guilds after
    GUILD_CREATE (Discord only sends online members for them). It is off by default: chunking thousands of
    guilds costs CPU and gateway rate limit at start-up; members then arrive as they act.
    Presences are off by default: they need the privileged GUILD_PRESENCES intent and churn constantly.
    """

    guilds: StorePolicy[GuildRecord] = StorePolicy()
    users: StorePolicy[UserRecord] = StorePolicy()
    members: StorePolicy[MemberRecord] = StorePolicy()
    roles: StorePolicy[RoleRecord] = StorePolicy()
    channels: StorePolicy[ChannelRecord] = StorePolicy()
    threads: StorePolicy[ChannelRecord] = StorePolicy()
    emojis: StorePolicy[EmojiRecord] = StorePolicy()
    stickers: StorePolicy[StickerRecord] = StorePolicy()
    presences: StorePolicy[PresenceRecord] = StorePolicy(enabled=False)
    voice_states: StorePolicy[VoiceStateRecord] = StorePolicy()
    messages: StorePolicy[MessageRecord] = StorePolicy(max_size=1_000, eviction=Eviction.FIFO)
    chunk_members_on_startup: bool = False

    @classmethod
    def nothing(cls) -> CachePolicy:
        """Every store off: a bot that only reacts to events and never reads the cache."""
        off: StorePolicy[object] = StorePolicy(enabled=False)
        return cls(**dict.fromkeys(KINDS, off))  # type: ignore[arg-type]
