"""Scripted faults: gateway (drop, RECONNECT, INVALID_SESSION, close codes, silent ACKs, corrupt frames)
and REST (429s and 5xx for the next N requests or for one route)."""

from __future__ import annotations

import asyncio
import zlib

import httpx
import pytest
import websockets

from echord.testing import Emulator

from .gateway_client import RawGateway, connect_ready


async def test_drop_cuts_the_connection_and_the_session_resumes(
    emulator: Emulator, rest: httpx.AsyncClient
) -> None:
    assert emulator.seed is not None
    gateway, ready = await connect_ready(emulator)
    await gateway.recv_dispatch("GUILD_CREATE")
    seq = gateway.seq
    assert emulator.gateway.drop() == 1
    with pytest.raises(websockets.ConnectionClosed) as closed:
        await gateway.recv()
    assert closed.value.rcvd is None, "no close frame: the TCP connection was cut"
    await rest.post(f"/channels/{emulator.seed.general.id}/messages", json={"content": "while away"})
    again = await RawGateway.connect(ready["resume_gateway_url"])
    await again.recv()
    await again.send(6, {"token": emulator.bot_token, "session_id": ready["session_id"], "seq": seq})
    assert (await again.recv())["t"] == "MESSAGE_CREATE"
    assert (await again.recv())["t"] == "RESUMED"
    await again.close()


async def test_reconnect_request(emulator: Emulator) -> None:
    gateway, _ = await connect_ready(emulator)
    await gateway.recv_dispatch("GUILD_CREATE")
    assert emulator.gateway.request_reconnect() == 1
    assert await gateway.recv() == {"op": 7, "d": None, "s": None, "t": None}
    await gateway.close()


@pytest.mark.parametrize("resumable", [True, False])
async def test_invalid_session(emulator: Emulator, resumable: bool) -> None:
    gateway, ready = await connect_ready(emulator)
    await gateway.recv_dispatch("GUILD_CREATE")
    emulator.gateway.invalidate_session(resumable=resumable)
    assert await gateway.recv() == {"op": 9, "d": resumable, "s": None, "t": None}
    assert (ready["session_id"] in emulator.gateway.sessions) is resumable
    await gateway.close()


@pytest.mark.parametrize(("code", "resumable"), [(4000, True), (4009, False), (1001, True)])
async def test_close_with_a_chosen_code(emulator: Emulator, code: int, resumable: bool) -> None:
    gateway, ready = await connect_ready(emulator)
    await gateway.recv_dispatch("GUILD_CREATE")
    assert await emulator.gateway.close(code, "scripted") == 1
    assert await gateway.close_code() == code
    assert (ready["session_id"] in emulator.gateway.sessions) is resumable


async def test_stop_acknowledging_heartbeats(emulator: Emulator) -> None:
    gateway, _ = await connect_ready(emulator)
    await gateway.recv_dispatch("GUILD_CREATE")
    emulator.gateway.stop_heartbeat_acks()
    await gateway.send(1, gateway.seq)
    with pytest.raises(TimeoutError):
        await gateway.recv(within=0.3)
    emulator.gateway.stop_heartbeat_acks(stop=False)
    await gateway.send(1, gateway.seq)
    assert (await gateway.recv())["op"] == 11
    await gateway.close()


async def test_corrupt_frame_breaks_the_zlib_stream(emulator: Emulator) -> None:
    gateway = await RawGateway.connect(emulator.gateway_url, compress="zlib-stream")
    await gateway.identify(emulator.bot_token, 1)
    await gateway.recv_dispatch("GUILD_CREATE")
    emulator.gateway.corrupt_frame()
    frame = await gateway.ws.recv()
    assert isinstance(frame, bytes)
    with pytest.raises(zlib.error):
        zlib.decompressobj().decompress(frame)
    await gateway.close()


async def test_faults_target_one_shard() -> None:
    async with Emulator() as emu:
        first = await RawGateway.connect(emu.gateway_url)
        await first.identify(emu.bot_token, 1, shard=[0, 2])
        second = await RawGateway.connect(emu.gateway_url)
        await second.identify(emu.bot_token, 1, shard=[1, 2])
        assert emu.gateway.request_reconnect(shard_id=1) == 1
        payload = await second.recv()
        while payload["op"] == 0:
            payload = await second.recv()
        assert payload["op"] == 7
        assert "RECONNECT" not in str(emu.gateway.sessions_on(0)[0].dispatched)
        await first.close()
        await second.close()


async def test_rest_429_for_the_next_requests(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    emulator.faults.rate_limit(count=2, retry_after=0.5)
    for _ in range(2):
        response = await rest.get("/users/@me")
        assert response.status_code == 429
        assert response.json() == {
            "message": "You are being rate limited.",
            "retry_after": 0.5,
            "global": False,
        }
        assert response.headers["X-RateLimit-Scope"] == "user"
        assert response.headers["Retry-After"] == "0" or int(response.headers["Retry-After"]) >= 0
    assert (await rest.get("/users/@me")).status_code == 200


async def test_rest_global_429(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    emulator.faults.rate_limit(scope="global", retry_after=2)
    response = await rest.get("/users/@me")
    assert response.status_code == 429
    assert response.json()["global"] is True
    assert response.headers["X-RateLimit-Global"] == "true"
    assert response.headers["X-RateLimit-Scope"] == "global"


async def test_rest_5xx_for_one_route_until_cleared(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    assert emulator.seed is not None
    emulator.faults.server_error(503, count=None, route="POST /channels/{channel_id}/messages")
    for _ in range(3):
        response = await rest.post(f"/channels/{emulator.seed.general.id}/messages", json={"content": "x"})
        assert response.status_code == 503
    assert (await rest.get("/users/@me")).status_code == 200, "other routes are unaffected"
    emulator.faults.clear()
    response = await rest.post(f"/channels/{emulator.seed.general.id}/messages", json={"content": "x"})
    assert response.status_code == 200
    assert emulator.faults.triggered == 3


async def test_rest_faults_reject_nonsense() -> None:
    emu = Emulator(seed=False)
    with pytest.raises(ValueError):
        emu.faults.server_error(404)
    with pytest.raises(ValueError):
        emu.faults.rate_limit(scope="everyone")
    await asyncio.sleep(0)
