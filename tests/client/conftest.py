"""The emulator and a connected client, from echord's pytest plugin."""

from __future__ import annotations

from echord.testing.pytest_plugin import client, emulator

__all__ = ["client", "emulator"]
