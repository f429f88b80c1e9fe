"""pytest plugin: an `emulator` fixture giving each test a fresh fake Discord on loopback, and a `client`
fixture: an `echord.Client` connected to it (READY received, the seeded guild cached), closed after the test.

Enable with `-p echord.testing.pytest_plugin`, `pytest_plugins = ["echord.testing.pytest_plugin"]` in the
rootdir conftest, or the `echord` pytest11 entry point. The fixture is async, so it needs pytest-asyncio
(`asyncio_mode = "auto"`, or mark tests with `@pytest.mark.asyncio`). Without pytest-asyncio the plugin
defines nothing, so it never breaks a pytest run in an environment that merely has echord installed.
"""

from __future__ import annotations

import importlib.util
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from .emulator import Emulator

if TYPE_CHECKING:
    from echord.client import Client

if importlib.util.find_spec("pytest_asyncio") is not None:
    import pytest_asyncio

    @pytest_asyncio.fixture
    async def emulator() -> AsyncIterator[Emulator]:
        """A started `Emulator` with the seeded world (`emulator.seed`), stopped after the test."""
        async with Emulator() as emu:
            yield emu

    @pytest_asyncio.fixture
    async def client(emulator: Emulator) -> AsyncIterator[Client]:
        """An `echord.Client` on the `emulator` fixture with every intent the emulator allows, ready and with
        the seeded guild cached; closed after the test."""
        from echord.client import Client
        from echord.utils import Intents

        bot = Client(emulator.bot_token, api_base=emulator.rest_url, intents=Intents.all())
        async with bot:  # ready: READY received and the guilds it listed cached
            yield bot
