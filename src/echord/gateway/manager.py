"""ShardManager: runs a set of shards (all recommended ones, or an explicit slice) as one unit.

It asks /gateway/bot (through an injected `fetch_gateway_bot`, so it needs no REST client) for the URL,
the recommended shard count and the session start limit; refuses to start when too few identifies
remain; and hands every shard the same identify queue and session store.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Mapping, Sequence
from types import MappingProxyType
from typing import Literal, Protocol

import msgspec

from echord.gateway.compression import Compression
from echord.gateway.errors import GatewayError, SessionStartLimitError
from echord.gateway.identify_queue import IdentifyQueue, InMemoryIdentifyQueue
from echord.gateway.lifecycle import LifecycleHandler
from echord.gateway.payloads import Presence
from echord.gateway.reconnect import ReconnectPolicy
from echord.gateway.session_store import InMemorySessionStore, SessionStore
from echord.gateway.shard import DispatchHandler, ShardConnection

__all__ = [
    "GatewayBotFields",
    "GatewayBotInfo",
    "SessionStartLimit",
    "SessionStartLimitFields",
    "ShardManager",
]

_log = logging.getLogger("echord.gateway.manager")


class SessionStartLimit(msgspec.Struct, frozen=True):
    """/gateway/bot `session_start_limit`: identifies left today and how many may run at once."""

    total: int
    remaining: int
    reset_after: int
    """Milliseconds until `remaining` resets to `total`."""
    max_concurrency: int


class GatewayBotInfo(msgspec.Struct, frozen=True):
    """The /gateway/bot response."""

    url: str
    shards: int
    session_start_limit: SessionStartLimit


class SessionStartLimitFields(Protocol):
    """Anything with the session start limit's fields (our struct, or the REST layer's response model)."""

    @property
    def total(self) -> int: ...
    @property
    def remaining(self) -> int: ...
    @property
    def reset_after(self) -> int: ...
    @property
    def max_concurrency(self) -> int: ...


class GatewayBotFields(Protocol):
    """Anything with /gateway/bot's fields, so `rest.get_bot_gateway` can be passed as it is."""

    @property
    def url(self) -> str: ...
    @property
    def shards(self) -> int: ...
    @property
    def session_start_limit(self) -> SessionStartLimitFields: ...


class ShardManager:
    """Starts, keeps and stops a group of shards of one bot."""

    def __init__(
        self,
        token: str,
        *,
        intents: int,
        dispatch: DispatchHandler,
        fetch_gateway_bot: Callable[[], Awaitable[GatewayBotFields]],
        shard_ids: Sequence[int] | None = None,
        shard_count: int | None = None,
        lifecycle: LifecycleHandler | None = None,
        identify_queue: IdentifyQueue | None = None,
        session_store: SessionStore | None = None,
        compression: Compression | Literal["auto"] | None = "auto",
        large_threshold: int = 250,
        presence: Presence | None = None,
        policy: ReconnectPolicy | None = None,
    ) -> None:
        if shard_ids is not None and len(set(shard_ids)) != len(shard_ids):
            raise ValueError("shard_ids contains duplicates")
        self._token = token
        self.intents = intents
        self._dispatch = dispatch
        self._fetch_gateway_bot = fetch_gateway_bot
        self._requested_ids = None if shard_ids is None else sorted(shard_ids)
        self._requested_count = shard_count
        self._lifecycle = lifecycle
        self.identify_queue: IdentifyQueue = identify_queue or InMemoryIdentifyQueue()
        self.session_store: SessionStore = session_store or InMemorySessionStore()
        self._compression = compression
        self._large_threshold = large_threshold
        self._presence = presence
        self._policy = policy
        self._shards: dict[int, ShardConnection] = {}
        self._tasks: dict[int, asyncio.Task[None]] = {}
        self.shard_count = 0
        self.gateway: GatewayBotFields | None = None

    def __repr__(self) -> str:
        return f"<ShardManager shards={sorted(self._shards)} of {self.shard_count}>"

    @property
    def shards(self) -> Mapping[int, ShardConnection]:
        """The running shards by id."""
        return MappingProxyType(self._shards)

    def shard_for_guild(self, guild_id: int) -> ShardConnection:
        """The shard that receives a guild's events: `(guild_id >> 22) % shard_count`."""
        shard_id = (guild_id >> 22) % self.shard_count
        try:
            return self._shards[shard_id]
        except KeyError:
            raise KeyError(
                f"guild {guild_id} belongs to shard {shard_id}, which this process does not run"
            ) from None

    @property
    def latencies(self) -> dict[int, float | None]:
        return {shard_id: shard.latency for shard_id, shard in self._shards.items()}

    async def start(self) -> None:
        """Fetch /gateway/bot, check the session start limit and start every shard's task."""
        if self._tasks:
            raise RuntimeError("the shard manager is already started")
        info = await self._fetch_gateway_bot()
        _check_gateway_bot(info)
        self.gateway = info
        limit = info.session_start_limit
        count = self._requested_count or info.shards
        ids = self._requested_ids if self._requested_ids is not None else list(range(count))
        bad = [i for i in ids if not 0 <= i < count]
        if bad:
            raise ValueError(f"shard ids {bad} are not in range(shard_count={count})")
        self.shard_count = count

        needed = 0
        for shard_id in ids:
            if await self.session_store.load(shard_id, count) is None:
                needed += 1
        if needed > limit.remaining:
            raise SessionStartLimitError(needed, limit.remaining, limit.total, limit.reset_after / 1000)
        _log.info(
            "starting %d shard(s) of %d (max_concurrency %d, %d identify/ies needed, %d remaining today)",
            len(ids),
            count,
            limit.max_concurrency,
            needed,
            limit.remaining,
        )
        for shard_id in ids:
            shard = ShardConnection(
                self._token,
                intents=self.intents,
                dispatch=self._dispatch,
                shard_id=shard_id,
                shard_count=count,
                gateway_url=info.url,
                lifecycle=self._lifecycle,
                identify_queue=self.identify_queue,
                max_concurrency=limit.max_concurrency,
                session_store=self.session_store,
                compression=self._compression,
                large_threshold=self._large_threshold,
                presence=self._presence,
                policy=self._policy,
            )
            self._shards[shard_id] = shard
            self._tasks[shard_id] = asyncio.create_task(shard.run(), name=f"echord-shard-{shard_id}")

    async def run(self) -> None:
        """Start (if needed) and wait until every shard has stopped; a fatal error stops them all."""
        if not self._tasks:
            await self.start()
        pending = set(self._tasks.values())
        try:
            while pending:
                done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
                for task in done:
                    error = task.exception()
                    if error is not None:
                        raise error
        finally:
            if pending:
                await self.close()

    async def wait_ready(self) -> None:
        """Wait until every shard is READY or RESUMED."""
        await asyncio.gather(*(shard.wait_ready() for shard in self._shards.values()))

    async def close(self, *, keep_session: bool = False) -> None:
        """Close every shard (in parallel) and wait for their tasks."""
        await asyncio.gather(
            *(shard.close(keep_session=keep_session) for shard in self._shards.values()),
            return_exceptions=True,
        )
        if self._tasks:
            await asyncio.gather(*self._tasks.values(), return_exceptions=True)


def _check_gateway_bot(info: GatewayBotFields) -> None:
    """A response model may leave fields absent; fail clearly instead of comparing sentinels."""
    limit = getattr(info, "session_start_limit", None)
    fields = {
        "url": getattr(info, "url", None),
        "shards": getattr(info, "shards", None),
        "session_start_limit.total": getattr(limit, "total", None),
        "session_start_limit.remaining": getattr(limit, "remaining", None),
        "session_start_limit.reset_after": getattr(limit, "reset_after", None),
        "session_start_limit.max_concurrency": getattr(limit, "max_concurrency", None),
    }
    missing = [name for name, value in fields.items() if not isinstance(value, str if name == "url" else int)]
    if missing:
        raise GatewayError(f"/gateway/bot answered without {', '.join(missing)}")
