"""Bad input gets Discord's error bodies and close codes, and the server keeps serving afterwards."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import httpx
import pytest

from echord.testing import Emulator, Intent, Overwrite, Permission

from .gateway_client import PROPERTIES, RawGateway, connect_ready


async def test_malformed_json_is_50109(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    assert emulator.seed is not None
    response = await rest.post(f"/channels/{emulator.seed.general.id}/messages", content=b"{not json")
    assert response.status_code == 400
    assert response.json() == {"message": "The request body contains invalid JSON.", "code": 50109}


async def test_wrong_types_give_a_field_error_tree(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    assert emulator.seed is not None
    body = {"content": 12, "tts": "yes", "embeds": {"title": "x"}, "components": [5]}
    response = await rest.post(f"/channels/{emulator.seed.general.id}/messages", json=body)
    assert response.status_code == 400
    data = response.json()
    assert data["code"] == 50035 and data["message"] == "Invalid Form Body"
    errors = data["errors"]
    assert errors["content"]["_errors"][0]["code"] == "STRING_TYPE_CONVERT"
    assert errors["tts"]["_errors"][0]["code"] == "BOOLEAN_TYPE_CONVERT"
    assert errors["embeds"]["_errors"][0]["code"] == "LIST_TYPE_CONVERT"
    assert errors["components"]["0"]["_errors"][0]["code"] == "MODEL_TYPE_CONVERT"


async def test_missing_required_field(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    assert emulator.seed is not None
    response = await rest.post(f"/guilds/{emulator.seed.guild.id}/channels", json={"type": 0})
    assert response.json()["errors"] == {
        "name": {"_errors": [{"code": "BASE_TYPE_REQUIRED", "message": "This field is required"}]}
    }


@pytest.mark.parametrize("body", [[], "text", 5, None])
async def test_body_of_the_wrong_json_type(emulator: Emulator, rest: httpx.AsyncClient, body: Any) -> None:
    assert emulator.seed is not None
    response = await rest.post(
        f"/channels/{emulator.seed.general.id}/messages", content=json.dumps(body).encode()
    )
    assert response.status_code == 400
    assert response.json()["code"] in (50035, 50006)


async def test_empty_message_is_50006(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    assert emulator.seed is not None
    response = await rest.post(f"/channels/{emulator.seed.general.id}/messages", json={"content": ""})
    assert response.json() == {"message": "Cannot send an empty message", "code": 50006}


async def test_unknown_route_method_and_token(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    assert (await rest.get("/nothing/here")).json() == {"message": "404: Not Found", "code": 0}
    assert (await rest.get("/nothing/here")).status_code == 404
    assert (await rest.request("PUT", "/users/@me")).status_code == 405
    async with httpx.AsyncClient(base_url=emulator.rest_url) as anonymous:
        for headers in ({}, {"Authorization": "Bot wrong"}, {"Authorization": emulator.bot_token}):
            response = await anonymous.get("/users/@me", headers=headers)
            assert response.status_code == 401
            assert response.json() == {"message": "401: Unauthorized", "code": 0}
        outside = await anonymous.get(emulator.base_url + "/favicon.ico")
        assert outside.status_code == 404


async def test_unknown_ids_and_bad_snowflakes(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    assert emulator.seed is not None
    assert (await rest.get("/channels/12345")).json() == {"message": "Unknown Channel", "code": 10003}
    assert (await rest.get("/guilds/12345")).json()["code"] == 10004
    missing = await rest.get(f"/channels/{emulator.seed.general.id}/messages/1")
    assert missing.status_code == 404 and missing.json()["code"] == 10008
    bad = await rest.get("/channels/abc")
    assert bad.status_code == 400
    assert bad.json()["errors"]["channel_id"]["_errors"][0]["code"] == "NUMBER_TYPE_COERCE"
    limit = await rest.get(f"/channels/{emulator.seed.general.id}/messages", params={"limit": 500})
    assert limit.json()["errors"]["limit"]["_errors"][0]["code"] == "NUMBER_TYPE_MAX"


async def test_missing_permissions_and_access(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    world = emulator.world
    quiet = world.create_channel(
        seed.guild.id, "quiet", overwrites=[Overwrite(seed.guild.id, 0, deny=Permission.SEND_MESSAGES)]
    )
    hidden = world.create_channel(
        seed.guild.id, "hidden", overwrites=[Overwrite(seed.guild.id, 0, deny=Permission.VIEW_CHANNEL)]
    )
    response = await rest.post(f"/channels/{quiet.id}/messages", json={"content": "x"})
    assert (response.status_code, response.json()) == (403, {"message": "Missing Permissions", "code": 50013})
    response = await rest.post(f"/channels/{hidden.id}/messages", json={"content": "x"})
    assert (response.status_code, response.json()) == (403, {"message": "Missing Access", "code": 50001})
    # A member overwrite for the bot outranks the @everyone denial.
    world.set_overwrite(quiet.id, Overwrite(world.bot.id, 1, allow=Permission.SEND_MESSAGES))
    assert (await rest.post(f"/channels/{quiet.id}/messages", json={"content": "x"})).status_code == 200
    response = await rest.put(f"/guilds/{seed.guild.id}/bans/{seed.alice.id}", json={})
    assert response.status_code == 204 or response.json()["code"] == 50013


async def test_non_http_garbage_then_server_still_serves(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    reader, writer = await asyncio.open_connection("127.0.0.1", emulator.port)
    writer.write(b"\x16\x03\x01garbage that is not HTTP\r\n\r\n")
    await writer.drain()
    reply = await asyncio.wait_for(reader.read(), 2)
    assert reply.startswith(b"HTTP/1.1 400")
    writer.close()
    assert (await rest.get("/users/@me")).status_code == 200


async def _open_with_hello(emu: Emulator, query: str = "v=10&encoding=json") -> RawGateway:
    gateway = await RawGateway.connect(emu.gateway_url, query=query)
    assert (await gateway.recv())["op"] == 10
    return gateway


def _identify(emu: Emulator, **changes: Any) -> dict[str, Any]:
    payload: dict[str, Any] = {"token": emu.bot_token, "intents": Intent.GUILDS, "properties": PROPERTIES}
    payload.update(changes)
    return payload


async def test_gateway_close_codes_for_bad_payloads(emulator: Emulator) -> None:
    cases: list[tuple[int, Any]] = [
        (4001, {"op": 99, "d": None}),
        (4001, {"op": 0, "d": None}),
        (4002, "this is not json"),
        (4002, b"\x00\xff\x13binary garbage"),
        (4002, {"op": "1"}),
        (4002, {"op": 2, "d": "token"}),
        (4003, {"op": 3, "d": {"status": "online", "activities": [], "afk": False, "since": None}}),
        (4003, {"op": 8, "d": {"guild_id": "1", "query": "", "limit": 0}}),
        (4004, {"op": 2, "d": _identify(emulator, token="Bot nope")}),
        (4010, {"op": 2, "d": _identify(emulator, shard=[2, 2])}),
        (4010, {"op": 2, "d": _identify(emulator, shard=[0, 0])}),
        (4013, {"op": 2, "d": _identify(emulator, intents="all")}),
        (4013, {"op": 2, "d": _identify(emulator, intents=1 << 40)}),
    ]
    for code, payload in cases:
        gateway = await _open_with_hello(emulator)
        if isinstance(payload, bytes | str):
            await gateway.ws.send(payload)
        else:
            await gateway.ws.send(json.dumps(payload))
        assert await gateway.close_code() == code, payload
    await _still_serving(emulator)


async def test_identify_twice_is_4005(emulator: Emulator) -> None:
    gateway, _ = await connect_ready(emulator)
    await gateway.send(2, _identify(emulator))
    assert await gateway.close_code() == 4005


async def test_resume_with_future_seq_is_4007(emulator: Emulator) -> None:
    _, ready = await connect_ready(emulator)
    gateway = await _open_with_hello(emulator)
    await gateway.send(6, {"token": emulator.bot_token, "session_id": ready["session_id"], "seq": 10_000})
    assert await gateway.close_code() == 4007
    assert ready["session_id"] not in emulator.gateway.sessions


async def test_sending_too_fast_is_4008(emulator: Emulator) -> None:
    emulator.gateway.send_limit = 5
    gateway, _ = await connect_ready(emulator)
    for _ in range(6):
        await gateway.send(1, None)
    assert await gateway.close_code() == 4008


async def test_silence_times_out_with_4009() -> None:
    async with Emulator(heartbeat_interval_ms=100) as emu:
        gateway, _ = await connect_ready(emu)
        assert await gateway.close_code(within=2) == 4009


async def test_sharding_required_and_bad_version(emulator: Emulator) -> None:
    emulator.gateway.max_guilds_per_shard = 0
    gateway = await _open_with_hello(emulator)
    await gateway.send(2, _identify(emulator))
    assert await gateway.close_code() == 4011
    emulator.gateway.max_guilds_per_shard = 2500
    gateway = await RawGateway.connect(emulator.gateway_url, query="v=5&encoding=json")
    assert await gateway.close_code() == 4012
    gateway = await RawGateway.connect(emulator.gateway_url, query="v=10&encoding=etf")
    assert await gateway.close_code() == 4002
    await _still_serving(emulator)


async def test_websocket_protocol_garbage_does_not_hurt_the_server(emulator: Emulator) -> None:
    gateway = await _open_with_hello(emulator)
    transport = gateway.ws.transport
    transport.write(b"\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff")
    await asyncio.sleep(0.05)
    transport.abort()
    await _still_serving(emulator)


async def _still_serving(emu: Emulator) -> None:
    gateway, ready = await connect_ready(emu)
    assert ready["session_id"]
    await gateway.close()
    async with httpx.AsyncClient(
        base_url=emu.rest_url, headers={"Authorization": f"Bot {emu.bot_token}"}
    ) as client:
        assert (await client.get("/users/@me")).status_code == 200
