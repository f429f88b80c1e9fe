"""Snowflake ids (reference: Snowflakes): the time inside an id, and ids made from a time.

Discord pages by id (`before=`, `after=`), so "messages after 9 o'clock" becomes "after the id of
9 o'clock"; `snowflake_from_time` makes that id.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Final

__all__ = [
    "DISCORD_EPOCH",
    "MAX_SNOWFLAKE",
    "SnowflakeParts",
    "snowflake_from_time",
    "snowflake_increment",
    "snowflake_parts",
    "snowflake_process_id",
    "snowflake_time",
    "snowflake_timestamp_ms",
    "snowflake_worker_id",
]

DISCORD_EPOCH: Final = 1_420_070_400_000
"""Milliseconds from the Unix epoch to the first second of 2015, where snowflake time starts."""

MAX_SNOWFLAKE: Final = (1 << 64) - 1
"""The largest id: snowflakes are unsigned 64-bit integers."""

_TIMESTAMP_SHIFT: Final = 22
_LOW_BITS: Final = (1 << _TIMESTAMP_SHIFT) - 1
_MAX_TIMESTAMP_MS: Final = MAX_SNOWFLAKE >> _TIMESTAMP_SHIFT


def _checked(snowflake: int) -> int:
    value = int(snowflake)
    if not 0 <= value <= MAX_SNOWFLAKE:
        raise ValueError(f"a snowflake is an unsigned 64-bit integer, got {value}")
    return value


def snowflake_timestamp_ms(snowflake: int) -> int:
    """Unix time in milliseconds at which the id was made."""
    return (_checked(snowflake) >> _TIMESTAMP_SHIFT) + DISCORD_EPOCH


def snowflake_time(snowflake: int) -> dt.datetime:
    """When the id was made (creation time of the user, message, guild…), as an aware UTC datetime."""
    milliseconds = snowflake_timestamp_ms(snowflake)
    seconds, millis = divmod(milliseconds, 1000)
    return dt.datetime.fromtimestamp(seconds, dt.UTC).replace(microsecond=millis * 1000)


def snowflake_worker_id(snowflake: int) -> int:
    """The internal worker that made the id (bits 17 to 21)."""
    return (_checked(snowflake) & 0x3E0000) >> 17


def snowflake_process_id(snowflake: int) -> int:
    """The internal process that made the id (bits 12 to 16)."""
    return (_checked(snowflake) & 0x1F000) >> 12


def snowflake_increment(snowflake: int) -> int:
    """The per-process counter that keeps ids made in the same millisecond apart (bits 0 to 11)."""
    return _checked(snowflake) & 0xFFF


@dataclass(frozen=True, slots=True)
class SnowflakeParts:
    """Every field of a snowflake, decoded at once."""

    timestamp_ms: int
    worker_id: int
    process_id: int
    increment: int

    @property
    def created_at(self) -> dt.datetime:
        """`timestamp_ms` as an aware UTC datetime."""
        return snowflake_time((self.timestamp_ms - DISCORD_EPOCH) << _TIMESTAMP_SHIFT)


def snowflake_parts(snowflake: int) -> SnowflakeParts:
    """Decode all fields of an id, for logging and debugging."""
    return SnowflakeParts(
        timestamp_ms=snowflake_timestamp_ms(snowflake),
        worker_id=snowflake_worker_id(snowflake),
        process_id=snowflake_process_id(snowflake),
        increment=snowflake_increment(snowflake),
    )


def snowflake_from_time(when: dt.datetime, *, high: bool = False) -> int:
    """The smallest id made at `when` (or with `high=True` the largest), for `before=`/`after=`.

    `after=snowflake_from_time(t, high=True)` starts strictly after everything made in t's millisecond;
    `before=snowflake_from_time(t)` ends strictly before it. Times before 2015 give 0, which Discord
    reads as the beginning. A naive datetime is rejected: guessing its zone would shift pages by hours.
    """
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError("snowflake_from_time needs an aware datetime (for example datetime.now(UTC))")
    delta = when - dt.datetime(1970, 1, 1, tzinfo=dt.UTC)
    milliseconds = (delta.days * 86_400 + delta.seconds) * 1000 + delta.microseconds // 1000
    since_epoch = milliseconds - DISCORD_EPOCH
    if since_epoch < 0:
        return 0
    if since_epoch > _MAX_TIMESTAMP_MS:
        raise ValueError(f"{when.isoformat()} is past the last time a snowflake can hold")
    return (since_epoch << _TIMESTAMP_SHIFT) | (_LOW_BITS if high else 0)
