"""Time helpers: the current UTC time and Discord's timestamp markdown (`<t:1618953630:R>`)."""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal, TypeAlias

__all__ = ["TIMESTAMP_STYLES", "TimestampStyle", "format_dt", "utcnow"]

TimestampStyle: TypeAlias = Literal["t", "T", "d", "D", "f", "F", "s", "S", "R"]
"""How a client renders a timestamp in the reader's own zone and locale (reference: Timestamp Styles)."""

TIMESTAMP_STYLES: Final[dict[str, str]] = {
    "t": "short time (16:20)",
    "T": "medium time (16:20:30)",
    "d": "short date (20/04/2021)",
    "D": "long date (April 20, 2021)",
    "f": "long date, short time (April 20, 2021 at 16:20); the default",
    "F": "full date, short time (Tuesday, April 20, 2021 at 16:20)",
    "s": "short date, short time (20/04/2021, 16:20)",
    "S": "short date, medium time (20/04/2021, 16:20:30)",
    "R": "relative time (4 years ago)",
}
"""Every style with what it shows, for help texts and validation."""


def utcnow() -> dt.datetime:
    """The current time as an aware UTC datetime, the kind every echord time is."""
    return dt.datetime.now(dt.UTC)


def format_dt(when: dt.datetime | float, style: TimestampStyle | None = None) -> str:
    """Markdown that shows `when` to each reader in their own zone: `<t:1618953630:R>`.

    `when` is an aware datetime or Unix seconds; a naive datetime is rejected because its zone is a
    guess. Without `style` the client uses `f`. Discord counts whole seconds, so fractions are dropped.
    """
    if isinstance(when, dt.datetime):
        if when.tzinfo is None or when.utcoffset() is None:
            raise ValueError("format_dt needs an aware datetime (for example datetime.now(UTC))")
        seconds = int(when.timestamp() // 1)
    else:
        seconds = int(when // 1)
    if style is None:
        return f"<t:{seconds}>"
    if style not in TIMESTAMP_STYLES:
        raise ValueError(f"unknown timestamp style {style!r}; one of {''.join(TIMESTAMP_STYLES)}")
    return f"<t:{seconds}:{style}>"
