"""The emulator's id source; reading ids back is `echord.utils.snowflake`."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from echord.utils.snowflake import DISCORD_EPOCH, snowflake_time

__all__ = ["DISCORD_EPOCH_MS", "SnowflakeGenerator", "iso_timestamp", "snowflake_time"]

DISCORD_EPOCH_MS = DISCORD_EPOCH


class SnowflakeGenerator:
    """Hands out strictly increasing snowflakes, so ids sort like creation order as they do on Discord."""

    def __init__(self, worker_id: int = 1, process_id: int = 0) -> None:
        self._worker = worker_id & 0x1F
        self._process = process_id & 0x1F
        self._increment = 0
        self._last = 0

    def next(self) -> int:
        ms = int(time.time() * 1000) - DISCORD_EPOCH
        value = (ms << 22) | (self._worker << 17) | (self._process << 12) | (self._increment & 0xFFF)
        self._increment += 1
        if value <= self._last:
            value = self._last + 1
        self._last = value
        return value


def iso_timestamp(moment: datetime | None = None) -> str:
    """ISO 8601 timestamp with offset, the format Discord uses in payloads."""
    return (moment or datetime.now(UTC)).isoformat()
