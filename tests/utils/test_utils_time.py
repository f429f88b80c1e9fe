"""Timestamp markdown (reference: Message Formatting, Timestamp Styles)."""

from __future__ import annotations

import datetime as dt

import pytest

from echord.utils import TIMESTAMP_STYLES, format_dt, utcnow

EXAMPLE = dt.datetime(2021, 4, 20, 16, 20, 30, tzinfo=dt.UTC)  # 1618935630


def test_unstyled_and_every_style() -> None:
    assert format_dt(dt.datetime.fromtimestamp(1618953630, dt.UTC)) == "<t:1618953630>"
    assert format_dt(1618953630, "d") == "<t:1618953630:d>"
    assert "".join(TIMESTAMP_STYLES) == "tTdDfFsSR"
    for style in TIMESTAMP_STYLES:
        assert format_dt(EXAMPLE, style) == f"<t:1618935630:{style}>"  # type: ignore[arg-type]


def test_zones_fractions_and_errors() -> None:
    shifted = EXAMPLE.astimezone(dt.timezone(dt.timedelta(hours=5, minutes=30)))
    assert format_dt(shifted, "R") == "<t:1618935630:R>"
    assert format_dt(EXAMPLE + dt.timedelta(milliseconds=999)) == "<t:1618935630>"
    assert format_dt(-1.5) == "<t:-2>"
    with pytest.raises(ValueError, match="aware"):
        format_dt(dt.datetime(2021, 4, 20))
    with pytest.raises(ValueError, match="style"):
        format_dt(EXAMPLE, "x")  # type: ignore[arg-type]


def test_utcnow_is_aware_utc() -> None:
    now = utcnow()
    assert now.tzinfo is dt.UTC
    assert abs(now - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5)
