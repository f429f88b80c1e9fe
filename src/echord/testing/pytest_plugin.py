"""pytest plugin: an `emulator` fixture giving each test a fresh fake Discord on loopback.

Enable with `pytest_plugins = ["echord.testing.pytest_plugin"]` (or the `echord` pytest11 entry point).
Needs pytest-asyncio (asyncio_mode = "auto", or mark tests with @pytest.mark.asyncio).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest_asyncio

from .emulator import Emulator


@pytest_asyncio.fixture
async def emulator() -> AsyncIterator[Emulator]:
    """A started `Emulator` with the seeded world (`emulator.seed`), stopped after the test."""
    async with Emulator() as emu:
        yield emu
