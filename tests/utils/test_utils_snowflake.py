"""Snowflakes (reference: Snowflakes): fields, creation time, and ids made from a time for paging."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from echord.utils import (
    DISCORD_EPOCH,
    MAX_SNOWFLAKE,
    snowflake_from_time,
    snowflake_increment,
    snowflake_parts,
    snowflake_process_id,
    snowflake_time,
    snowflake_timestamp_ms,
    snowflake_worker_id,
)

EXAMPLE = 175928847299117063  # 2016-04-30 11:18:25.796 UTC, worker 1, process 0, increment 7


def test_fields_of_an_id() -> None:
    assert snowflake_timestamp_ms(EXAMPLE) == (EXAMPLE >> 22) + 1420070400000 == 1462015105796
    assert snowflake_worker_id(EXAMPLE) == 1
    assert snowflake_process_id(EXAMPLE) == 0
    assert snowflake_increment(EXAMPLE) == 7
    assert snowflake_time(EXAMPLE) == dt.datetime(2016, 4, 30, 11, 18, 25, 796000, tzinfo=dt.UTC)
    parts = snowflake_parts(EXAMPLE)
    assert (parts.timestamp_ms, parts.worker_id, parts.process_id, parts.increment) == (
        1462015105796,
        1,
        0,
        7,
    )
    assert parts.created_at == snowflake_time(EXAMPLE)


def test_all_ones_layout() -> None:
    # 42 timestamp bits, then 5 worker, 5 process and 12 increment bits.
    assert snowflake_worker_id(0x3E0000) == 31 and snowflake_process_id(0x3E0000) == 0
    assert snowflake_process_id(0x1F000) == 31 and snowflake_worker_id(0x1F000) == 0
    assert snowflake_increment(MAX_SNOWFLAKE) == 4095
    assert snowflake_time(0) == dt.datetime(2015, 1, 1, tzinfo=dt.UTC)
    assert DISCORD_EPOCH == 1420070400000


def test_ids_are_unsigned_64_bit() -> None:
    for bad in (-1, MAX_SNOWFLAKE + 1):
        with pytest.raises(ValueError):
            snowflake_time(bad)


def test_from_time_is_the_documented_shift() -> None:
    when = dt.datetime(2016, 4, 30, 11, 18, 25, 796000, tzinfo=dt.UTC)
    assert snowflake_from_time(when) == (1462015105796 - DISCORD_EPOCH) << 22
    assert snowflake_from_time(when, high=True) == ((1462015105796 - DISCORD_EPOCH) << 22) | 0x3FFFFF
    assert snowflake_from_time(when) <= EXAMPLE <= snowflake_from_time(when, high=True)
    other_zone = when.astimezone(dt.timezone(dt.timedelta(hours=-7)))
    assert snowflake_from_time(other_zone) == snowflake_from_time(when)


def test_from_time_edges() -> None:
    assert snowflake_from_time(dt.datetime(2010, 1, 1, tzinfo=dt.UTC)) == 0
    assert snowflake_from_time(dt.datetime(2010, 1, 1, tzinfo=dt.UTC), high=True) == 0
    with pytest.raises(ValueError, match="aware"):
        snowflake_from_time(dt.datetime(2020, 1, 1))
    with pytest.raises(ValueError, match="past"):
        snowflake_from_time(dt.datetime(9999, 1, 1, tzinfo=dt.UTC))


@given(st.integers(min_value=0, max_value=MAX_SNOWFLAKE))
def test_time_round_trip_brackets_the_id(snowflake: int) -> None:
    created = snowflake_time(snowflake)
    assert created.tzinfo is dt.UTC
    assert snowflake_from_time(created) <= snowflake <= snowflake_from_time(created, high=True)
    assert snowflake_from_time(created) >> 22 == snowflake >> 22
