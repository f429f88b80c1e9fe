"""The root of every error echord raises, so `except echord.errors.EchordError` catches them all."""

from __future__ import annotations

__all__ = ["EchordError"]


class EchordError(Exception):
    """Base class of every echord error."""
