"""Collecting GUILD_MEMBERS_CHUNK replies to one Request Guild Members (op 8) by nonce."""

from __future__ import annotations

import asyncio
import secrets

import msgspec

from echord.gateway.errors import GatewayError
from echord.gateway.payloads import CHUNK_DECODER

__all__ = ["GuildMembersResult", "MemberRequests"]


class GuildMembersResult(msgspec.Struct, frozen=True):
    """Every chunk of one request, in `chunk_index` order, each the raw `d` of a GUILD_MEMBERS_CHUNK."""

    guild_id: int
    chunks: list[msgspec.Raw]
    not_found: list[str]


class _Pending:
    __slots__ = ("chunks", "count", "future", "guild_id", "not_found")

    def __init__(self, guild_id: int, future: asyncio.Future[GuildMembersResult]) -> None:
        self.guild_id = guild_id
        self.future = future
        self.chunks: dict[int, msgspec.Raw] = {}
        self.count: int | None = None
        self.not_found: list[str] = []


class MemberRequests:
    """Pending requests of one shard, keyed by nonce."""

    def __init__(self) -> None:
        self._pending: dict[str, _Pending] = {}

    def __bool__(self) -> bool:
        return bool(self._pending)

    def open(self, guild_id: int) -> tuple[str, asyncio.Future[GuildMembersResult]]:
        """A fresh nonce (at most 32 bytes, as Discord requires) and the future its chunks complete."""
        nonce = secrets.token_hex(12)
        future: asyncio.Future[GuildMembersResult] = asyncio.get_running_loop().create_future()
        self._pending[nonce] = _Pending(guild_id, future)
        return nonce, future

    def discard(self, nonce: str) -> None:
        self._pending.pop(nonce, None)

    def offer(self, data: msgspec.Raw) -> None:
        """Look at a chunk's nonce and indices only; complete the request when the last chunk is in."""
        try:
            peek = CHUNK_DECODER.decode(data)
        except (msgspec.DecodeError, msgspec.ValidationError):
            return
        if peek.nonce is None:
            return
        pending = self._pending.get(peek.nonce)
        if pending is None:
            return
        pending.count = peek.chunk_count
        pending.chunks[peek.chunk_index] = data
        pending.not_found.extend(str(item) for item in peek.not_found)
        if len(pending.chunks) >= peek.chunk_count:
            del self._pending[peek.nonce]
            if not pending.future.done():
                ordered = [pending.chunks[i] for i in sorted(pending.chunks)]
                pending.future.set_result(GuildMembersResult(pending.guild_id, ordered, pending.not_found))

    def fail_all(self, reason: str) -> None:
        """The session ended: Discord will not answer these requests any more."""
        pending, self._pending = self._pending, {}
        for item in pending.values():
            if not item.future.done():
                item.future.set_exception(GatewayError(f"guild members request abandoned: {reason}"))
