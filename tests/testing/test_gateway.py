"""Gateway behaviour seen by a raw websocket client: identify, ready, routing, intents, shards, resume."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from echord.testing import Emulator, Intent, shard_for

from .gateway_client import RawGateway, connect_ready

GUILD_MESSAGES = Intent.GUILDS | Intent.GUILD_MESSAGES


async def test_identify_ready_then_guild_create(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    gateway, ready = await connect_ready(emulator, intents=Intent.GUILDS | Intent.GUILD_MEMBERS)
    assert ready["v"] == 10
    assert ready["user"]["id"] == str(emulator.world.bot.id)
    assert ready["guilds"] == [{"id": str(seed.guild.id), "unavailable": True}]
    assert ready["resume_gateway_url"] == emulator.gateway_url + "/resume"
    assert ready["shard"] == [0, 1]
    assert ready["application"]["id"] == str(emulator.application_id)
    guild = await gateway.recv_dispatch("GUILD_CREATE")
    assert guild["id"] == str(seed.guild.id)
    assert {c["name"] for c in guild["channels"]} >= {"general", "General", "forum", "announcements"}
    assert {r["name"] for r in guild["roles"]} >= {"@everyone", "Moderator"}
    assert len(guild["members"]) == len(seed.guild.members)
    assert gateway.seq == 2
    await gateway.close()


async def test_heartbeat_is_acknowledged(emulator: Emulator) -> None:
    gateway, _ = await connect_ready(emulator)
    await gateway.send(1, gateway.seq)
    payload = await gateway.recv()
    while payload["op"] == 0:
        payload = await gateway.recv()
    assert payload["op"] == 11
    await gateway.close()


@pytest.mark.parametrize("compress", [None, "zlib-stream", "zstd-stream"])
async def test_compressed_streams_carry_every_message(
    emulator: Emulator, rest: httpx.AsyncClient, compress: str | None
) -> None:
    seed = emulator.seed
    assert seed is not None
    gateway = await RawGateway.connect(emulator.gateway_url, compress=compress)
    await gateway.identify(emulator.bot_token, GUILD_MESSAGES | Intent.MESSAGE_CONTENT)
    await gateway.recv_dispatch("GUILD_CREATE")
    for text in ("first", "second", "third"):
        await rest.post(f"/channels/{seed.general.id}/messages", json={"content": text})
        assert (await gateway.recv_dispatch("MESSAGE_CREATE"))["content"] == text
    await gateway.close()


async def test_rest_change_reaches_the_gateway_with_member_and_guild(
    emulator: Emulator, rest: httpx.AsyncClient
) -> None:
    seed = emulator.seed
    assert seed is not None
    gateway, _ = await connect_ready(emulator)
    created = (await rest.post(f"/channels/{seed.general.id}/messages", json={"content": "hi"})).json()
    event = await gateway.recv_dispatch("MESSAGE_CREATE")
    assert event["id"] == created["id"]
    assert event["guild_id"] == str(seed.guild.id)
    assert "member" in event
    await rest.put(f"/channels/{seed.general.id}/messages/{created['id']}/reactions/%E2%9C%85/@me")
    reaction = await gateway.recv_dispatch("MESSAGE_REACTION_ADD")
    assert reaction["emoji"] == {"id": None, "name": "✅"}
    await gateway.close()


async def test_intents_filter_events(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    guilds_only, _ = await connect_ready(emulator, intents=Intent.GUILDS)
    messages, _ = await connect_ready(emulator, intents=GUILD_MESSAGES)
    emulator.users.send_message(seed.alice, seed.general, "first")
    emulator.world.create_role(seed.guild.id, "marker")
    assert (await messages.recv_dispatch("MESSAGE_CREATE"))["content"] == ""
    assert (await guilds_only.recv_dispatch("GUILD_ROLE_CREATE"))["role"]["name"] == "marker"
    await messages.recv_dispatch("GUILD_ROLE_CREATE")
    assert "MESSAGE_CREATE" not in emulator.gateway.sessions[guilds_only.session_id or ""].dispatched
    await guilds_only.close()
    await messages.close()


async def test_message_content_privilege_rules(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    bot = emulator.world.bot
    gateway, _ = await connect_ready(emulator, intents=GUILD_MESSAGES | Intent.DIRECT_MESSAGES)
    emulator.users.send_message(seed.alice, seed.general, "secret")
    assert (await gateway.recv_dispatch("MESSAGE_CREATE"))["content"] == ""
    emulator.users.send_message(seed.alice, seed.general, f"<@{bot.id}> hello")
    mentioned = await gateway.recv_dispatch("MESSAGE_CREATE")
    assert mentioned["content"] == f"<@{bot.id}> hello"
    emulator.users.send_dm(seed.alice, "in private")
    dm = await gateway.recv_dispatch("MESSAGE_CREATE")
    assert dm["content"] == "in private" and "guild_id" not in dm
    await gateway.close()


async def test_privileged_intent_not_enabled_closes_4014() -> None:
    async with Emulator(allowed_intents=Intent.GUILDS | Intent.GUILD_MESSAGES) as emu:
        gateway = await RawGateway.connect(emu.gateway_url)
        await gateway.recv()
        await gateway.send(2, {"token": emu.bot_token, "intents": Intent.MESSAGE_CONTENT, "properties": {}})
        assert await gateway.close_code() == 4014


async def test_events_go_to_the_shard_that_owns_the_guild() -> None:
    async with Emulator(shards=2) as emu:
        world = emu.world
        owner = world.add_user("owner")
        guilds = []
        while len({shard_for(g.id, 2) for g in guilds}) < 2 or len(guilds) < 4:
            await asyncio.sleep(0.002)  # a new millisecond: the shard comes from the snowflake's timestamp
            guilds.append(world.create_guild(f"g{len(guilds)}", owner))
        channels = {g.id: world.create_channel(g.id, "chat") for g in guilds}
        shards = []
        for shard_id in (0, 1):
            gateway = await RawGateway.connect(emu.gateway_url)
            ready = await gateway.identify(emu.bot_token, GUILD_MESSAGES, shard=[shard_id, 2])
            expected = {str(g.id) for g in world.guilds.values() if shard_for(g.id, 2) == shard_id}
            assert {g["id"] for g in ready["guilds"]} == expected
            shards.append(gateway)
        for guild in guilds:
            owner_shard = shards[shard_for(guild.id, 2)]
            world.create_message(channels[guild.id].id, owner.id, "x")
            event = await owner_shard.recv_dispatch("MESSAGE_CREATE")
            assert event["guild_id"] == str(guild.id)
        for shard_id, session in enumerate(emu.gateway.sessions_on(None)):
            created = sum(1 for name in session.dispatched if name == "MESSAGE_CREATE")
            owned = sum(1 for g in guilds if shard_for(g.id, 2) == session.shard_id)
            assert created == owned, shard_id
        for gateway in shards:
            await gateway.close()


async def test_resume_replays_missed_events(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    seed = emulator.seed
    assert seed is not None
    gateway, ready = await connect_ready(emulator, intents=GUILD_MESSAGES | Intent.MESSAGE_CONTENT)
    await gateway.recv_dispatch("GUILD_CREATE")
    last_seen = gateway.seq
    await gateway.ws.close(4000)
    await emulator.wait_until(lambda: not emulator.gateway.sessions_on(None))
    for text in ("missed 1", "missed 2"):
        await rest.post(f"/channels/{seed.general.id}/messages", json={"content": text})
    again = await RawGateway.connect(ready["resume_gateway_url"])
    await again.recv()
    await again.send(6, {"token": emulator.bot_token, "session_id": ready["session_id"], "seq": last_seen})
    replayed = [await again.recv() for _ in range(3)]
    assert [p["t"] for p in replayed] == ["MESSAGE_CREATE", "MESSAGE_CREATE", "RESUMED"]
    assert [p["d"].get("content") for p in replayed[:2]] == ["missed 1", "missed 2"]
    assert [p["s"] for p in replayed] == [last_seen + 1, last_seen + 2, last_seen + 3]
    assert emulator.gateway.sessions[ready["session_id"]].resumed_on == ["/resume"]
    await again.close()


async def test_resume_unknown_session_is_invalid(emulator: Emulator) -> None:
    gateway = await RawGateway.connect(emulator.gateway_url)
    await gateway.recv()
    await gateway.send(6, {"token": emulator.bot_token, "session_id": "nope", "seq": 1})
    assert await gateway.recv() == {"op": 9, "d": False, "s": None, "t": None}
    await gateway.close()


async def test_client_close_1000_invalidates_the_session(emulator: Emulator) -> None:
    gateway, ready = await connect_ready(emulator)
    await gateway.ws.close(1000)
    await emulator.wait_until(lambda: ready["session_id"] not in emulator.gateway.sessions)


async def test_request_guild_members_chunks_with_nonce(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    for index in range(5):
        emulator.world.add_member(seed.guild.id, emulator.world.add_user(f"member{index}").id)
    gateway, _ = await connect_ready(emulator, intents=Intent.GUILDS | Intent.GUILD_MEMBERS)
    await gateway.send(8, {"guild_id": str(seed.guild.id), "query": "", "limit": 0, "nonce": "n1"})
    chunk = await gateway.recv_dispatch("GUILD_MEMBERS_CHUNK")
    assert chunk["nonce"] == "n1" and chunk["chunk_index"] == 0 and chunk["chunk_count"] == 1
    assert len(chunk["members"]) == len(seed.guild.members)
    await gateway.send(
        8, {"guild_id": str(seed.guild.id), "user_ids": [str(seed.bob.id), "1"], "nonce": "n2"}
    )
    chunk = await gateway.recv_dispatch("GUILD_MEMBERS_CHUNK")
    assert [m["user"]["id"] for m in chunk["members"]] == [str(seed.bob.id)]
    assert chunk["not_found"] == ["1"]
    await gateway.send(8, {"guild_id": str(seed.guild.id), "query": "mem", "limit": 2, "nonce": "x" * 40})
    chunk = await gateway.recv_dispatch("GUILD_MEMBERS_CHUNK")
    assert len(chunk["members"]) == 2 and "nonce" not in chunk, "an invalid nonce is ignored"
    await gateway.close()


async def test_whole_member_list_needs_the_members_intent(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    gateway, ready = await connect_ready(emulator, intents=Intent.GUILDS)
    await gateway.send(8, {"guild_id": str(seed.guild.id), "query": "", "limit": 0, "nonce": "a"})
    await gateway.send(8, {"guild_id": str(seed.guild.id), "query": "bo", "limit": 10, "nonce": "b"})
    chunk = await gateway.recv_dispatch("GUILD_MEMBERS_CHUNK")
    assert chunk["nonce"] == "b", "the whole-list request is not answered without GUILD_MEMBERS"
    assert [m["user"]["username"] for m in chunk["members"]] == ["bob"]
    assert emulator.gateway.sessions[ready["session_id"]].dispatched.count("GUILD_MEMBERS_CHUNK") == 1
    await gateway.close()


async def test_presence_update_is_recorded(emulator: Emulator) -> None:
    gateway, ready = await connect_ready(emulator)
    presence = {"since": None, "activities": [{"name": "tests", "type": 0}], "status": "dnd", "afk": False}
    await gateway.send(3, presence)
    session = emulator.gateway.sessions[ready["session_id"]]
    await emulator.wait_until(lambda: session.presence == presence, within=2)
    await gateway.close()


async def test_bot_joining_a_guild_gets_guild_create(emulator: Emulator) -> None:
    gateway, _ = await connect_ready(emulator)
    owner = emulator.world.add_user("someone")
    guild = emulator.world.create_guild("Later", owner, with_bot=False)
    emulator.world.add_member(guild.id, emulator.world.bot.id)
    created = await gateway.recv_dispatch("GUILD_CREATE")
    while created["id"] != str(guild.id):
        created = await gateway.recv_dispatch("GUILD_CREATE")
    assert created["name"] == "Later"
    await asyncio.sleep(0)
    await gateway.close()


async def test_identify_budget_and_concurrency(emulator: Emulator, rest: httpx.AsyncClient) -> None:
    emulator.settings.max_concurrency = 2
    emulator.gateway.identify_interval = 5.0
    before = (await rest.get("/gateway/bot")).json()["session_start_limit"]
    assert before["max_concurrency"] == 2
    shard0 = await RawGateway.connect(emulator.gateway_url)
    await shard0.identify(emulator.bot_token, 1, shard=[0, 2])
    shard1 = await RawGateway.connect(emulator.gateway_url)
    await shard1.identify(emulator.bot_token, 1, shard=[1, 2])
    too_soon = await RawGateway.connect(emulator.gateway_url)
    await too_soon.recv()
    await too_soon.send(2, {"token": emulator.bot_token, "intents": 1, "properties": {}, "shard": [0, 2]})
    assert await too_soon.recv() == {"op": 9, "d": False, "s": None, "t": None}
    after = (await rest.get("/gateway/bot")).json()["session_start_limit"]
    assert after["remaining"] == before["remaining"] - 3
    for gateway in (shard0, shard1, too_soon):
        await gateway.close()
