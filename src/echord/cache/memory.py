"""The default store: nested dicts in this process, with order and age tracked only when a policy needs it.

An unbounded store without TTL costs one dict slot per record and nothing else; a bounded one adds an
`OrderedDict` entry (eviction order) and, with a TTL, a write time per record.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Mapping
from typing import Generic, TypeVar

from .policy import Eviction, StorePolicy
from .stores import EvictionListener

__all__ = ["MemoryStore", "memory_stores"]

R = TypeVar("R")

log = logging.getLogger("echord.cache")


class MemoryStore(Generic[R]):
    """Records of one kind in this process, under a `StorePolicy`.

    `clock` returns seconds (monotonic by default); tests pass a fake one to drive TTLs.
    """

    def __init__(
        self, policy: StorePolicy[R] | None = None, *, clock: Callable[[], float] = time.monotonic
    ) -> None:
        self.policy: StorePolicy[R] = policy or StorePolicy()
        self.on_evict: EvictionListener | None = None
        self._clock = clock
        self._groups: dict[int, dict[int, R]] = {}
        self._size = 0
        self._order: OrderedDict[tuple[int, int], None] | None = (
            OrderedDict() if self.policy.max_size is not None else None
        )
        self._written: dict[tuple[int, int], float] | None = {} if self.policy.ttl is not None else None
        self._lru = self.policy.eviction is Eviction.LRU

    # reads

    def peek(self, group: int, key: int) -> R | None:
        """`get` without awaiting, for callers in this process that need no I/O."""
        bucket = self._groups.get(group)
        if bucket is None:
            return None
        record = bucket.get(key)
        if record is None:
            return None
        if self._written is not None and self._expired((group, key)):
            self._evict(group, key)
            return None
        if self._order is not None and self._lru:
            self._order.move_to_end((group, key))
        return record

    async def get(self, group: int, key: int) -> R | None:
        return self.peek(group, key)

    async def get_many(self, group: int, keys: Iterable[int]) -> dict[int, R]:
        bucket = self._groups.get(group)
        if not bucket:
            return {}
        if self._order is None and self._written is None:
            return {key: bucket[key] for key in keys if key in bucket}
        found: dict[int, R] = {}
        for key in keys:
            record = self.peek(group, key)
            if record is not None:
                found[key] = record
        return found

    async def values(self, group: int) -> list[R]:
        if self._written is not None:
            self._expire_group(group)
        return list(self._groups.get(group, {}).values())

    async def keys(self, group: int) -> list[int]:
        if self._written is not None:
            self._expire_group(group)
        return list(self._groups.get(group, ()))

    async def groups(self) -> list[int]:
        return list(self._groups)

    async def count(self, group: int | None = None) -> int:
        if group is None:
            return self._size
        return len(self._groups.get(group, ()))

    # writes

    async def set(self, group: int, key: int, record: R) -> None:
        self.put(group, key, record)

    def put(self, group: int, key: int, record: R) -> None:
        """`set` without awaiting."""
        bucket = self._groups.get(group)
        if bucket is None:
            bucket = self._groups[group] = {}
        if key not in bucket:
            self._size += 1
        bucket[key] = record
        if self._order is not None or self._written is not None:
            self._track((group, key))
            self._enforce_size()

    async def set_many(self, group: int, records: Mapping[int, R]) -> None:
        if not records:
            return
        bucket = self._groups.get(group)
        if bucket is None:
            bucket = self._groups[group] = {}
        before = len(bucket)
        bucket.update(records)
        self._size += len(bucket) - before
        if self._order is not None or self._written is not None:
            for key in records:
                self._track((group, key))
            self._enforce_size()

    async def delete(self, group: int, key: int) -> R | None:
        return self._remove(group, key)

    async def delete_many(self, group: int, keys: Iterable[int]) -> list[R]:
        removed: list[R] = []
        for key in keys:
            record = self._remove(group, key)
            if record is not None:
                removed.append(record)
        return removed

    async def drop_group(self, group: int) -> list[int]:
        bucket = self._groups.pop(group, None)
        if not bucket:
            return []
        self._size -= len(bucket)
        if self._order is not None:
            for key in bucket:
                self._order.pop((group, key), None)
        if self._written is not None:
            for key in bucket:
                self._written.pop((group, key), None)
        return list(bucket)

    async def sweep(self, remove: Callable[[R], bool] | None = None) -> int:
        doomed: list[tuple[int, int]] = []
        if self._written is not None:
            doomed.extend(slot for slot in self._written if self._expired(slot))
        if remove is not None:
            for group, bucket in self._groups.items():
                doomed.extend((group, key) for key, record in bucket.items() if remove(record))
        swept = 0
        for group, key in doomed:
            if self._evict(group, key):
                swept += 1
        if swept:
            log.debug("swept %d records", swept)
        return swept

    async def clear(self) -> None:
        self._groups.clear()
        self._size = 0
        if self._order is not None:
            self._order.clear()
        if self._written is not None:
            self._written.clear()

    # internals

    def _track(self, slot: tuple[int, int]) -> None:
        if self._order is not None:
            if slot in self._order:
                if self._lru:
                    self._order.move_to_end(slot)
            else:
                self._order[slot] = None
        if self._written is not None:
            self._written[slot] = self._clock()

    def _enforce_size(self) -> None:
        limit = self.policy.max_size
        if limit is None or self._order is None:
            return
        while self._size > limit:
            group, key = next(iter(self._order))
            self._evict(group, key)

    def _expired(self, slot: tuple[int, int]) -> bool:
        assert self._written is not None and self.policy.ttl is not None
        written = self._written.get(slot)
        return written is not None and self._clock() - written >= self.policy.ttl

    def _expire_group(self, group: int) -> None:
        for key in list(self._groups.get(group, ())):
            if self._expired((group, key)):
                self._evict(group, key)

    def _remove(self, group: int, key: int) -> R | None:
        bucket = self._groups.get(group)
        if bucket is None:
            return None
        record = bucket.pop(key, None)
        if record is None:
            return None
        self._size -= 1
        if not bucket:
            del self._groups[group]
        if self._order is not None:
            self._order.pop((group, key), None)
        if self._written is not None:
            self._written.pop((group, key), None)
        return record

    def _evict(self, group: int, key: int) -> bool:
        if self._remove(group, key) is None:
            return False
        if self.on_evict is not None:
            self.on_evict(group, key)
        return True


def memory_stores(clock: Callable[[], float] = time.monotonic) -> _MemoryStoreFactory:
    """A `StoreFactory` for `Cache` that builds `MemoryStore`s sharing one clock."""
    return _MemoryStoreFactory(clock)


class _MemoryStoreFactory:
    def __init__(self, clock: Callable[[], float]) -> None:
        self.clock = clock

    def __call__(self, kind: str, record_type: type[R], policy: StorePolicy[R]) -> MemoryStore[R]:
        return MemoryStore(policy, clock=self.clock)
