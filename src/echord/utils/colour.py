"""Colours as Discord stores them: one 24-bit RGB integer (embeds, roles, role colour gradients)."""

from __future__ import annotations

import colorsys
from typing import ClassVar, Final

__all__ = ["HOLOGRAPHIC_ROLE_COLOURS", "Color", "Colour"]

_MAX: Final = 0xFFFFFF


class Colour(int):
    """A 0xRRGGBB colour; an `int`, so it goes anywhere Discord takes a colour number.

    Also spelled `Color`. Presets hold Discord's brand colours (`BLURPLE`, `GREEN`, …) and older ones.
    """

    __slots__ = ()

    DEFAULT: ClassVar[Colour]
    """0: no colour (a role with it does not colour names)."""
    BLURPLE: ClassVar[Colour]
    GREEN: ClassVar[Colour]
    YELLOW: ClassVar[Colour]
    FUCHSIA: ClassVar[Colour]
    RED: ClassVar[Colour]
    WHITE: ClassVar[Colour]
    BLACK: ClassVar[Colour]
    OLD_BLURPLE: ClassVar[Colour]
    GREYPLE: ClassVar[Colour]
    DARK_BUT_NOT_BLACK: ClassVar[Colour]
    NOT_QUITE_BLACK: ClassVar[Colour]

    def __new__(cls, value: int) -> Colour:
        number = int(value)
        if not 0 <= number <= _MAX:
            raise ValueError(f"a colour is between 0x000000 and 0xFFFFFF, got {number:#x}")
        return super().__new__(cls, number)

    @classmethod
    def from_rgb(cls, red: int, green: int, blue: int) -> Colour:
        """From three 0–255 channels."""
        for name, channel in (("red", red), ("green", green), ("blue", blue)):
            if not 0 <= channel <= 255:
                raise ValueError(f"{name} must be between 0 and 255, got {channel}")
        return cls((red << 16) | (green << 8) | blue)

    @classmethod
    def from_hex(cls, text: str) -> Colour:
        """From `"#5865F2"`, `"5865f2"`, `"0x5865F2"` or the short `"#fff"`."""
        digits = text.strip()
        for prefix in ("#", "0x", "0X"):
            if digits.startswith(prefix):
                digits = digits[len(prefix) :]
                break
        if len(digits) == 3:
            digits = "".join(digit * 2 for digit in digits)
        if len(digits) != 6 or any(digit not in "0123456789abcdefABCDEF" for digit in digits):
            raise ValueError(f"not a hex colour: {text!r}")
        return cls(int(digits, 16))

    @classmethod
    def from_hsv(cls, hue: float, saturation: float, value: float) -> Colour:
        """From hue, saturation and value in 0–1, handy for spreading colours evenly."""
        red, green, blue = colorsys.hsv_to_rgb(hue, saturation, value)
        return cls.from_rgb(round(red * 255), round(green * 255), round(blue * 255))

    @property
    def red(self) -> int:
        """The red channel, 0–255."""
        return (self >> 16) & 0xFF

    @property
    def green(self) -> int:
        """The green channel, 0–255."""
        return (self >> 8) & 0xFF

    @property
    def blue(self) -> int:
        """The blue channel, 0–255."""
        return self & 0xFF

    def to_rgb(self) -> tuple[int, int, int]:
        """The three 0–255 channels."""
        return (self.red, self.green, self.blue)

    def to_hex(self) -> str:
        """`"#5865f2"`: the form colour pickers and CSS use."""
        return f"#{int(self):06x}"

    def __repr__(self) -> str:
        return f"Colour({self.to_hex()})"


Color = Colour

Colour.DEFAULT = Colour(0)
Colour.BLURPLE = Colour(0x5865F2)
Colour.GREEN = Colour(0x57F287)
Colour.YELLOW = Colour(0xFEE75C)
Colour.FUCHSIA = Colour(0xEB459E)
Colour.RED = Colour(0xED4245)
Colour.WHITE = Colour(0xFFFFFF)
Colour.BLACK = Colour(0x000000)
Colour.OLD_BLURPLE = Colour(0x7289DA)
Colour.GREYPLE = Colour(0x99AAB5)
Colour.DARK_BUT_NOT_BLACK = Colour(0x2C2F33)
Colour.NOT_QUITE_BLACK = Colour(0x23272A)

HOLOGRAPHIC_ROLE_COLOURS: Final = (Colour(11127295), Colour(16759788), Colour(16761760))
"""The only primary, secondary and tertiary colours Discord accepts for a holographic role."""
