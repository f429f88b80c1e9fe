"""pytest plugin: an `emulator` fixture giving each test a fresh fake Discord on loopback.

Enable with `-p echord.testing.pytest_plugin`, `pytest_plugins = ["echord.testing.pytest_plugin"]` in the
rootdir conftest, or the `echord` pytest11 entry point. The fixture is async, so it needs pytest-asyncio
(`asyncio_mode = "auto"`, or mark tests with `@pytest.mark.asyncio`). Without pytest-asyncio the plugin
defines nothing, so it never breaks a pytest run in an environment that merely has echord installed.
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator

from .emulator import Emulator

if importlib.util.find_spec("pytest_asyncio") is not None:
    import pytest_asyncio

    @pytest_asyncio.fixture
    async def emulator() -> AsyncIterator[Emulator]:
        """A started `Emulator` with the seeded world (`emulator.seed`), stopped after the test."""
        async with Emulator() as emu:
            yield emu
