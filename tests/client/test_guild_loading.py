"""Readiness includes the guilds: after `async with client`, every guild READY listed is cached."""

from __future__ import annotations

import asyncio
import time

import msgspec
import pytest

from echord import Client, Intents
from echord.client.guild_loading import GuildLoading
from echord.events import RawEvent
from echord.testing import Emulator, Session
from echord.testing._json import JSONObject


def raw(name: str, body: object) -> RawEvent:
    return RawEvent(name, 0, msgspec.json.encode(body))


@pytest.fixture
def slow_guild_creates(monkeypatch: pytest.MonkeyPatch) -> None:
    """GUILD_CREATEs follow READY 0.3 s later, as on Discord where they stream in after the handshake."""
    send = Session.dispatch

    def dispatch(self: Session, name: str, data: JSONObject) -> None:
        if name == "GUILD_CREATE":
            asyncio.get_running_loop().call_later(0.3, send, self, name, data)
        else:
            send(self, name, data)

    monkeypatch.setattr(Session, "dispatch", dispatch)


@pytest.mark.usefixtures("slow_guild_creates")
async def test_every_guild_is_cached_when_the_client_is_ready() -> None:
    async with Emulator() as emu:
        owner = emu.world.add_user("owner")
        ids = [emu.world.create_guild(f"guild {index}", owner).id for index in range(25)]
        async with Client(emu.bot_token, api_base=emu.rest_url, intents=Intents.default()) as client:
            for guild_id in ids:  # read at once: no waiting for the cache
                guild = await client.cache.get_guild(guild_id)
                assert guild is not None and not guild.unavailable, guild_id


@pytest.mark.usefixtures("slow_guild_creates")
async def test_readiness_gives_up_on_missing_guilds_after_the_quiet_period(
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with Emulator() as emu:
        seed = emu.seed
        assert seed is not None
        started = time.monotonic()
        client = Client(
            emu.bot_token, api_base=emu.rest_url, intents=Intents.default(), guild_ready_timeout=0.05
        )
        async with client:
            assert time.monotonic() - started < 0.3 + 2  # did not wait for the guild
            guild = await client.cache.get_guild(seed.guild.id)
            assert guild is not None and guild.unavailable  # announced by READY, not arrived yet
        assert "1 guild(s) did not arrive within 0.05 s" in caplog.text


async def test_loading_tracks_ready_and_guild_create_without_queueing() -> None:
    loading = GuildLoading()
    assert loading.offer(raw("READY", {"guilds": [{"id": "1", "unavailable": True}, {"id": "2"}]})) is False
    assert loading.pending == {1, 2}
    assert loading.offer(raw("MESSAGE_CREATE", {"id": "9"})) is False
    assert loading.offer(raw("GUILD_CREATE", {"id": "1", "name": "x", "members": []})) is False
    assert loading.pending == {2}
    waiter = asyncio.create_task(loading.wait(quiet=5))
    await asyncio.sleep(0)
    loading.offer(raw("GUILD_CREATE", {"id": "2"}))
    assert await asyncio.wait_for(waiter, 1) == 0


async def test_a_guild_that_never_arrives_ends_the_wait_after_the_quiet_period() -> None:
    loading = GuildLoading()
    loading.offer(raw("READY", {"guilds": [{"id": "1"}, {"id": "2"}]}))
    loading.offer(raw("GUILD_CREATE", {"id": "1"}))
    started = time.monotonic()
    assert await loading.wait(quiet=0.1) == 1  # guild 2 is in an outage
    assert 0.1 <= time.monotonic() - started < 2


async def test_a_malformed_body_is_skipped() -> None:
    loading = GuildLoading()
    loading.offer(raw("READY", {"guilds": [{"id": "1"}]}))
    assert loading.offer(RawEvent("GUILD_CREATE", 0, b"{not json")) is False
    assert loading.pending == {1}
