"""Discord-style ids: milliseconds since the Discord epoch, worker, process and an increment."""

from __future__ import annotations

import time
from datetime import UTC, datetime

DISCORD_EPOCH_MS = 1_420_070_400_000


class SnowflakeGenerator:
    """Hands out strictly increasing snowflakes, so ids sort like creation order as they do on Discord."""

    def __init__(self, worker_id: int = 1, process_id: int = 0) -> None:
        self._worker = worker_id & 0x1F
        self._process = process_id & 0x1F
        self._increment = 0
        self._last = 0

    def next(self) -> int:
        ms = int(time.time() * 1000) - DISCORD_EPOCH_MS
        value = (ms << 22) | (self._worker << 17) | (self._process << 12) | (self._increment & 0xFFF)
        self._increment += 1
        if value <= self._last:
            value = self._last + 1
        self._last = value
        return value


def snowflake_time(snowflake: int) -> datetime:
    """The creation time encoded in a snowflake."""
    return datetime.fromtimestamp(((snowflake >> 22) + DISCORD_EPOCH_MS) / 1000, tz=UTC)


def snowflake_from_time(moment: datetime) -> int:
    """The smallest snowflake created at `moment` (what Discord accepts in before/after queries)."""
    return (int(moment.timestamp() * 1000) - DISCORD_EPOCH_MS) << 22


def iso_timestamp(moment: datetime | None = None) -> str:
    """ISO 8601 timestamp with offset, the format Discord uses in payloads."""
    return (moment or datetime.now(UTC)).isoformat()
