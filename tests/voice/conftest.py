from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from echord.testing.voice import VoiceServer


@pytest.fixture
async def voice() -> AsyncIterator[VoiceServer]:
    async with VoiceServer() as server:
        yield server
