"""A Client against the emulator: start and ready, who it is, shortcuts, events, shards, stop and close."""

from __future__ import annotations

import asyncio
import logging
import os
import signal

import pytest

from echord import Client
from echord.errors import HTTPError
from echord.events import GuildMemberAdd, MessageCreate
from echord.gateway import FatalCloseError, InMemorySessionStore, RedisIdentifyQueue, RedisSessionStore
from echord.structures import DMChannel, Guild, Message, TextChannel, User
from echord.testing import Emulator, Intent
from echord.testing.intents import ALL_INTENTS
from echord.utils import Intents


def on_emulator(emu: Emulator, **options: object) -> Client:
    return Client(emu.bot_token, api_base=emu.rest_url, intents=Intents.all(), **options)  # type: ignore[arg-type]


async def until(check: object, within: float = 5.0) -> None:
    async with asyncio.timeout(within):
        while not check():  # type: ignore[operator]  # noqa: ASYNC110 - polls state several events build up
            await asyncio.sleep(0.01)


async def test_ready_client_knows_its_user_application_and_latency() -> None:
    async with Emulator(heartbeat_interval_ms=100) as emu:
        async with on_emulator(emu) as client:
            assert client.is_ready
            assert client.user is not None and client.user.id == emu.world.bot.id
            assert client.application_id == emu.application_id
            await until(lambda: client.latency is not None)
            assert set(client.latencies) == {0}
            latency = client.latency
            assert latency is not None and 0 <= latency < 1
            calls = len(emu.rest.requests)
            application = await client.fetch_application()
            assert client.application is application and int(application.id) == emu.application_id
            assert await client.fetch_application() is application
            assert len(emu.rest.requests) == calls + 1  # fetched once
            assert "echord-test-bot" in repr(client) and emu.bot_token not in repr(client)
        assert not client.is_ready


async def test_shortcuts_return_structures(client: Client, emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    alice = await client.fetch_user(seed.alice.id)
    assert isinstance(alice, User) and alice.name == "alice"
    guild = await client.fetch_guild(seed.guild.id)
    assert isinstance(guild, Guild) and guild.name == seed.guild.name
    general = await client.fetch_channel(seed.general.id)
    assert isinstance(general, TextChannel) and general.id == seed.general.id
    dm = await client.create_dm(seed.bob.id)
    assert isinstance(dm, DMChannel) and dm.id == emulator.world.open_dm(seed.bob.id).id
    question = emulator.users.send_message(seed.alice, seed.general, "question?")
    answer = await client.send_message(seed.general.id, "answer", reply_to=question.id)
    assert isinstance(answer, Message)
    stored = emulator.world.messages[seed.general.id][int(answer.id)]
    assert stored.content == "answer"
    assert stored.message_reference is not None and int(stored.message_reference["message_id"]) == question.id
    assert isinstance(client.user, User) and client.user.id == emulator.world.bot.id


async def test_managers_share_the_clients_rest_and_cache(client: Client, emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    assert client.managers.rest is client.rest and client.managers.cache is client.cache
    assert client.guilds is client.managers.guilds and client.members is client.managers.members
    cached = await client.guilds.get(seed.guild.id)  # from GUILD_CREATE, no request
    assert cached is not None and cached.name == seed.guild.name
    member = await client.members.get(seed.guild.id, seed.bob.id)
    assert member is not None and member.id == seed.bob.id
    roles = {role.id for role in await client.cache.get_roles(seed.guild.id)}
    assert seed.moderator.id in roles and await client.roles.get(seed.guild.id, seed.moderator.id) is not None


async def test_events_as_structures(client: Client, emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None

    @client.listen(MessageCreate)
    async def on_message(event: MessageCreate) -> None:
        if event.content == "!ping":
            message = client.message(event)
            assert message.guild_id == seed.guild.id
            await message.add_reaction("🏓")
            await message.reply("pong!")

    @client.listen(GuildMemberAdd)
    async def on_join(event: GuildMemberAdd) -> None:
        await client.member(event).add_role(seed.moderator.id)

    ping = emulator.users.send_message(seed.alice, seed.general, "!ping")
    newcomer = emulator.world.add_user("newcomer")
    emulator.users.join_guild(newcomer, seed.guild)
    world = emulator.world
    await emulator.wait_until(
        lambda: (
            any(m.content == "pong!" for m in emulator.users.bot_messages(seed.general))
            and world.bot.id in ping.reactions.get("🏓", [])
            and seed.moderator.id in world.guilds[seed.guild.id].members[newcomer.id].roles
        )
    )
    reply = next(m for m in emulator.users.bot_messages(seed.general) if m.content == "pong!")
    assert reply.message_reference is not None and int(reply.message_reference["message_id"]) == ping.id


async def test_listen_wait_for_stream_and_unsubscribe(client: Client, emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    heard: list[str] = []

    async def on_message(message: MessageCreate) -> None:
        heard.append(message.content)

    assert client.listen(MessageCreate)(on_message) is on_message
    waiter = asyncio.create_task(client.wait_for(MessageCreate, lambda m: m.content == "two", timeout=5))
    async with client.stream(MessageCreate, limit=3, timeout=5) as stream:
        await asyncio.sleep(0)
        for text in ("one", "two", "three"):
            emulator.users.send_message(seed.alice, seed.general, text)
        streamed = [message.content async for message in stream]
    assert streamed == ["one", "two", "three"]
    assert (await waiter).content == "two"
    await until(lambda: len(heard) == 3)
    assert client.unsubscribe(MessageCreate, on_message)
    assert not client.unsubscribe(MessageCreate, on_message)
    emulator.users.send_message(seed.alice, seed.general, "four")
    await client.wait_for(MessageCreate, lambda m: m.content == "four", timeout=5)
    await client.bus.join()
    assert heard == ["one", "two", "three"]


async def test_close_cancels_stuck_listeners_and_leaves_no_task_running(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    before = asyncio.all_tasks()
    started = asyncio.Event()
    cancelled = asyncio.Event()

    async def stuck(event: GuildMemberAdd) -> None:
        started.set()
        try:
            await asyncio.Event().wait()
        except asyncio.CancelledError:
            cancelled.set()
            raise

    client = on_emulator(emulator, shutdown_timeout=0.2)
    client.subscribe(GuildMemberAdd, stuck)
    async with client:
        emulator.users.join_guild(emulator.world.add_user("newcomer"), seed.guild)
        await asyncio.wait_for(started.wait(), 5)
    assert cancelled.is_set()
    with pytest.raises(RuntimeError, match="has been closed"):
        await client.rest.get_my_user()  # HTTP released
    left = [
        task
        for task in asyncio.all_tasks() - before
        if not task.done()
        and not getattr(task.get_coro(), "__qualname__", "").startswith("LoopbackServer")  # emulator side
    ]
    assert left == []


async def test_stop_from_a_listener_ends_serve_and_keeps_the_session(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    store = InMemorySessionStore()
    client = on_emulator(emulator, session_store=store)

    @client.listen(MessageCreate)
    async def on_message(message: MessageCreate) -> None:
        if message.content == "!stop":
            client.stop()

    serving = asyncio.create_task(client.serve())
    await until(lambda: client.is_ready)
    session_id = client.gateway.shards[0].session_id
    emulator.users.send_message(seed.alice, seed.general, "!stop")
    await asyncio.wait_for(serving, 10)
    saved = await store.load(0, 1)
    assert saved is not None and saved.session_id == session_id  # closed resumably
    assert session_id in emulator.gateway.sessions


async def test_a_fatal_close_surfaces_from_async_with() -> None:
    async with Emulator(allowed_intents=ALL_INTENTS & ~Intent.MESSAGE_CONTENT) as emu:
        client = on_emulator(emu)
        with pytest.raises(FatalCloseError, match="MESSAGE_CONTENT"):
            async with client:
                pytest.fail("the client must not become ready")
        with pytest.raises(RuntimeError, match="starts once"):
            await client.start()


async def test_serve_raises_a_fatal_close_after_shutting_down() -> None:
    async with Emulator(allowed_intents=ALL_INTENTS & ~Intent.GUILD_PRESENCES) as emu:
        client = on_emulator(emu)
        with pytest.raises(FatalCloseError, match="GUILD_PRESENCES"):
            await asyncio.wait_for(client.serve(), 10)


async def test_automatic_and_explicit_sharding() -> None:
    async with Emulator(shards=2, max_concurrency=2) as emu:  # both identify at once
        async with on_emulator(emu) as auto:
            assert sorted(auto.gateway.shards) == [0, 1] and auto.gateway.shard_count == 2
        async with on_emulator(emu, shards=3, shard_ids=[2]) as sliced:
            assert sorted(sliced.gateway.shards) == [2] and sliced.gateway.shard_count == 3
            assert sliced.gateway.shards[2].is_ready


async def test_redis_session_store_lets_the_next_client_resume(emulator: Emulator, redis_url: str) -> None:
    from redis.asyncio import Redis

    redis = Redis.from_url(redis_url)
    try:
        first = on_emulator(
            emulator, session_store=RedisSessionStore(redis), identify_queue=RedisIdentifyQueue(redis)
        )
        async with first:
            session_id = first.gateway.shards[0].session_id
        assert await RedisSessionStore(redis).load(0, 1) is None  # a plain close ends the session

        second = on_emulator(emulator, session_store=RedisSessionStore(redis))
        await second.start()
        await second.wait_ready(timeout=5)
        session_id = second.gateway.shards[0].session_id
        await second.close(keep_session=True)
        assert session_id is not None
        assert (await RedisSessionStore(redis).load(0, 1)) is not None

        third = on_emulator(emulator, session_store=RedisSessionStore(redis))
        async with third:
            assert third.gateway.shards[0].session_id == session_id
            assert emulator.gateway.sessions[session_id].resumed_on  # resumed, did not identify
            assert third.user is not None and third.user.id == emulator.world.bot.id  # no READY: fetched
    finally:
        await redis.aclose()


async def test_the_token_never_reaches_a_log_line(
    emulator: Emulator, caplog: pytest.LogCaptureFixture
) -> None:
    seed = emulator.seed
    assert seed is not None
    caplog.set_level(logging.DEBUG)
    async with on_emulator(emulator) as client:
        emulator.users.send_message(seed.alice, seed.general, "hello")
        await client.wait_for(MessageCreate, timeout=5)
        await client.send_message(seed.general.id, "hi")
        emulator.gateway.drop()
        await until(lambda: not client.is_ready)
        await until(lambda: client.is_ready)
    assert caplog.records
    _, _, secret = emulator.bot_token.partition(".")
    assert emulator.bot_token not in caplog.text and secret not in caplog.text


async def test_a_rejected_token_fails_start_and_leaves_nothing_running(emulator: Emulator) -> None:
    before = asyncio.all_tasks()
    head = emulator.bot_token.split(".")[0]
    wrong = f"{head}.AAAAAA.{'b' * 38}"  # well formed, but not the bot's
    client = Client(wrong, api_base=emulator.rest_url)
    with pytest.raises(HTTPError) as caught:
        async with client:
            pytest.fail("a rejected token must not start")
    assert caught.value.status == 401 and wrong not in str(caught.value)
    left = [
        task
        for task in asyncio.all_tasks() - before
        if not task.done() and not getattr(task.get_coro(), "__qualname__", "").startswith("LoopbackServer")
    ]
    assert left == []


async def test_close_before_start_is_harmless_and_final() -> None:
    async with Emulator() as emu:
        client = on_emulator(emu)
        await client.close()
        await client.close()
        with pytest.raises(RuntimeError, match="starts once"):
            await client.start()


async def test_serve_restores_the_signal_handlers_before_shutting_down(emulator: Emulator) -> None:
    previous = signal.getsignal(signal.SIGTERM)
    client = on_emulator(emulator)
    serving = asyncio.create_task(client.serve())
    await until(lambda: client.is_ready)
    assert signal.getsignal(signal.SIGTERM) is not previous  # installed while serving
    os.kill(os.getpid(), signal.SIGTERM)  # handled: a graceful stop, not the default death
    await asyncio.wait_for(serving, 10)
    assert signal.getsignal(signal.SIGTERM) == previous
    assert not client.is_ready
