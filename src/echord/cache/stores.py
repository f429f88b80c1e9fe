"""The store seam: an async key-value interface every cache backend implements.

Records are addressed by `(group, key)`: the group is the guild for guild-scoped kinds (members, roles,
channels…), the channel for messages, and `GLOBAL` for guilds and users. Grouping lets the cache drop a
whole guild in one call when the bot leaves it, and maps onto one Redis hash per group.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Generic, Protocol, TypeVar

from .policy import StorePolicy

__all__ = ["GLOBAL", "EvictionListener", "NullStore", "Store", "StoreFactory"]

R = TypeVar("R")

GLOBAL = 0
"""The group of stores that are not scoped to a guild or channel (guilds, users)."""

EvictionListener = Callable[[int, int], None]
"""Called with `(group, key)` for every record a store drops on its own (size bound, TTL, sweeper)."""


class Store(Protocol[R]):
    """One kind of record. Implementations apply their `StorePolicy` (bound, eviction order, TTL).

    `on_evict` lets the cache release what an evicted record held (a member's user); explicit deletes
    do not call it.
    """

    policy: StorePolicy[R]
    on_evict: EvictionListener | None

    async def get(self, group: int, key: int) -> R | None:
        """The record, or None when absent or expired."""
        ...

    async def get_many(self, group: int, keys: Iterable[int]) -> dict[int, R]:
        """The records present among `keys`."""
        ...

    async def values(self, group: int) -> list[R]:
        """Every record of a group."""
        ...

    async def keys(self, group: int) -> list[int]:
        """Every key of a group."""
        ...

    async def groups(self) -> list[int]:
        """Every group that holds at least one record."""
        ...

    async def count(self, group: int | None = None) -> int:
        """How many records one group, or the whole store, holds."""
        ...

    async def set(self, group: int, key: int, record: R) -> None:
        """Insert or replace one record (may evict others)."""
        ...

    async def set_many(self, group: int, records: Mapping[int, R]) -> None:
        """Insert or replace many records of one group at once."""
        ...

    async def delete(self, group: int, key: int) -> R | None:
        """Remove one record; returns it when it was present."""
        ...

    async def delete_many(self, group: int, keys: Iterable[int]) -> list[R]:
        """Remove records of one group; returns those that were present."""
        ...

    async def drop_group(self, group: int) -> list[int]:
        """Remove a whole group; returns the removed keys."""
        ...

    async def sweep(self, remove: Callable[[R], bool] | None = None) -> int:
        """Remove expired records and, when given, those `remove` selects; returns how many went."""
        ...

    async def clear(self) -> None:
        """Remove everything."""
        ...


class StoreFactory(Protocol):
    """Builds the store of one kind; `Cache` calls it once per enabled kind."""

    def __call__(self, kind: str, record_type: type[R], policy: StorePolicy[R]) -> Store[R]: ...


class NullStore(Generic[R]):
    """A disabled store: remembers nothing, so every read misses."""

    on_evict: EvictionListener | None = None

    def __init__(self, policy: StorePolicy[R] | None = None) -> None:
        self.policy: StorePolicy[R] = policy or StorePolicy(enabled=False)

    async def get(self, group: int, key: int) -> R | None:
        return None

    async def get_many(self, group: int, keys: Iterable[int]) -> dict[int, R]:
        return {}

    async def values(self, group: int) -> list[R]:
        return []

    async def keys(self, group: int) -> list[int]:
        return []

    async def groups(self) -> list[int]:
        return []

    async def count(self, group: int | None = None) -> int:
        return 0

    async def set(self, group: int, key: int, record: R) -> None:
        return None

    async def set_many(self, group: int, records: Mapping[int, R]) -> None:
        return None

    async def delete(self, group: int, key: int) -> R | None:
        return None

    async def delete_many(self, group: int, keys: Iterable[int]) -> list[R]:
        return []

    async def drop_group(self, group: int) -> list[int]:
        return []

    async def sweep(self, remove: Callable[[R], bool] | None = None) -> int:
        return 0

    async def clear(self) -> None:
        return None
