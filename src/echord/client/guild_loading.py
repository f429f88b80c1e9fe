"""Start-up guild loading: READY lists the guilds as unavailable, then one GUILD_CREATE per guild follows.

A bot that starts and reads its cache at once would find it empty, so the client's readiness includes the
guilds: it waits until every guild READY announced has arrived, or until no guild arrived for a while (a
guild in an outage arrives only when the outage ends). The tracking runs inline on the dispatch path (a bus
raw hook), so it costs no task and no copy per event, and it stops after start-up.
"""

from __future__ import annotations

import asyncio
import logging

import msgspec

from echord.events import RawEvent

__all__ = ["GuildLoading"]

_log = logging.getLogger("echord.client")


class _GuildId(msgspec.Struct):
    id: int


class _ReadyGuilds(msgspec.Struct):
    guilds: list[_GuildId] = []


# strict=False: snowflakes arrive as strings; only the ids are decoded, the rest of the body is skipped.
_decode_guild = msgspec.json.Decoder(_GuildId, strict=False).decode
_decode_ready = msgspec.json.Decoder(_ReadyGuilds, strict=False).decode


class GuildLoading:
    """The guilds READY announced that have not arrived yet (all shards together)."""

    def __init__(self) -> None:
        self._pending: set[int] = set()
        self._progress = asyncio.Event()

    @property
    def pending(self) -> frozenset[int]:
        """Guild ids announced by READY and not yet received."""
        return frozenset(self._pending)

    def offer(self, event: RawEvent) -> bool:
        """Stream predicate: note READY's guild ids and each GUILD_CREATE's arrival; never queues the event."""
        self.hook(event.name, event.data, event.shard_id)
        return False

    def hook(self, name: str, data: bytes, shard_id: int) -> None:
        """Bus raw hook (`EventBus.add_raw_hook`): as `offer`, without building a `RawEvent` per dispatch."""
        if name != "GUILD_CREATE" and name != "READY":
            return
        try:
            if name == "READY":
                self._pending.update(guild.id for guild in _decode_ready(data).guilds)
            else:
                self._pending.discard(_decode_guild(data).id)
        except (msgspec.DecodeError, msgspec.ValidationError) as exc:
            _log.warning("could not read guild ids from %s: %s", name, exc)
        self._progress.set()

    async def wait(self, quiet: float) -> int:
        """Wait until every announced guild has arrived, or `quiet` seconds pass with none; how many are missing."""
        while self._pending:
            self._progress.clear()
            try:
                async with asyncio.timeout(quiet):
                    await self._progress.wait()
            except TimeoutError:
                break
        return len(self._pending)
