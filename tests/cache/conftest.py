"""Fixtures of the cache tests: the emulator (a fake Discord on loopback) from echord's pytest plugin."""

from __future__ import annotations

from echord.testing.pytest_plugin import emulator

__all__ = ["emulator"]
