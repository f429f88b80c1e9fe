"""Colours: 24-bit ints with hex and RGB conversions and Discord's brand presets."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from echord.utils import HOLOGRAPHIC_ROLE_COLOURS, Color, Colour


def test_conversions() -> None:
    blurple = Colour.from_hex("#5865F2")
    assert blurple == 0x5865F2 == Colour.BLURPLE
    assert isinstance(blurple, int)
    assert blurple.to_rgb() == (0x58, 0x65, 0xF2)
    assert (blurple.red, blurple.green, blurple.blue) == (88, 101, 242)
    assert blurple.to_hex() == "#5865f2"
    assert repr(blurple) == "Colour(#5865f2)"
    assert Colour.from_hex("0xfff") == Colour.WHITE == Colour.from_rgb(255, 255, 255)
    assert Colour.from_hex("ED4245") == Colour.RED
    assert Colour.from_hsv(0, 1, 1) == 0xFF0000
    assert Color is Colour


@pytest.mark.parametrize("text", ["", "#12345", "#1234567", "#ggg000", "blue"])
def test_bad_hex(text: str) -> None:
    with pytest.raises(ValueError):
        Colour.from_hex(text)


def test_range() -> None:
    with pytest.raises(ValueError):
        Colour(0x1000000)
    with pytest.raises(ValueError):
        Colour(-1)
    with pytest.raises(ValueError):
        Colour.from_rgb(256, 0, 0)


def test_presets_and_holographic_role() -> None:
    assert Colour.DEFAULT == 0
    assert (Colour.GREEN, Colour.YELLOW, Colour.FUCHSIA) == (0x57F287, 0xFEE75C, 0xEB459E)
    # topics/permissions: the only values Discord accepts for a holographic role.
    assert HOLOGRAPHIC_ROLE_COLOURS == (11127295, 16759788, 16761760)


@given(st.integers(min_value=0, max_value=0xFFFFFF))
def test_round_trips(value: int) -> None:
    colour = Colour(value)
    assert Colour.from_hex(colour.to_hex()) == value
    assert Colour.from_rgb(*colour.to_rgb()) == value
