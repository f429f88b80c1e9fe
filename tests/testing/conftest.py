"""Fixtures for the emulator's own tests; the `emulator` fixture comes from the plugin under test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import httpx
import pytest_asyncio

from echord.testing import Emulator

# The `emulator` fixture comes from the plugin, loaded through its pytest11 entry point.
__all__ = ["rest"]


@pytest_asyncio.fixture
async def rest(emulator: Emulator) -> AsyncIterator[httpx.AsyncClient]:
    """An HTTP client authenticated as the emulator's bot, based at its /api/v10."""
    headers = {"Authorization": f"Bot {emulator.bot_token}"}
    async with httpx.AsyncClient(base_url=emulator.rest_url, headers=headers, timeout=5) as client:
        yield client
