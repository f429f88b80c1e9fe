"""Fidelity check: bots written with discord.py and with hikari (libraries no one here wrote) log into the
echord emulator, receive READY and GUILD_CREATE, send and receive a message, and resume after the emulator
drops their connection. Run by the `emulator_fidelity` nox session; exits non-zero on any failure.

    python tests/fidelity/run_fidelity.py [discord.py|hikari ...]
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import sys
import time
from collections.abc import Awaitable, Callable

from echord.testing import Emulator

STEP_TIMEOUT = 20.0
log = logging.getLogger("echord.testing.fidelity")


class Checklist:
    """Named steps and whether each passed, printed as a table at the end."""

    def __init__(self, library: str) -> None:
        self.library = library
        self.steps: list[tuple[str, bool, str]] = []

    def record(self, step: str, ok: bool, detail: str = "") -> None:
        self.steps.append((step, ok, detail))
        print(
            f"  [{'ok' if ok else 'FAIL'}] {self.library}: {step}{' - ' + detail if detail else ''}",
            flush=True,
        )

    @property
    def passed(self) -> bool:
        return bool(self.steps) and all(ok for _, ok, _ in self.steps)


async def _wait(event: asyncio.Event, what: str) -> None:
    try:
        await asyncio.wait_for(event.wait(), STEP_TIMEOUT)
    except TimeoutError:
        raise AssertionError(f"timed out waiting for {what}") from None


async def _step(checks: Checklist, name: str, action: Callable[[], Awaitable[str | None]]) -> None:
    started = time.perf_counter()
    try:
        detail = await action()
    except Exception as error:
        checks.record(name, False, f"{type(error).__name__}: {error}")
        raise
    checks.record(name, True, (detail or "") + f" ({time.perf_counter() - started:.2f}s)")


async def check_discord_py(emu: Emulator) -> Checklist:
    import discord
    import yarl
    from discord.gateway import DiscordWebSocket
    from discord.http import Route

    checks = Checklist(f"discord.py {discord.__version__}")
    seed = emu.seed
    assert seed is not None
    Route.BASE = emu.rest_url  # every Route built from now on targets the emulator

    intents = discord.Intents.default()
    intents.message_content = True
    client = discord.Client(intents=intents)
    ready, guild_seen, resumed = asyncio.Event(), asyncio.Event(), asyncio.Event()
    received: asyncio.Queue[discord.Message] = asyncio.Queue()

    tree = discord.app_commands.CommandTree(client)

    @tree.command(name="ping", description="Answers pong")
    async def ping(interaction: discord.Interaction, text: str) -> None:
        await interaction.response.send_message(f"pong {text}")

    async def setup_hook() -> None:
        _, url, _ = await client.http.get_bot_gateway()
        DiscordWebSocket.DEFAULT_GATEWAY = yarl.URL(url)
        await tree.sync()

    client.setup_hook = setup_hook  # type: ignore[method-assign]

    @client.event
    async def on_ready() -> None:
        ready.set()

    @client.event
    async def on_guild_available(guild: discord.Guild) -> None:
        if guild.id == seed.guild.id:
            guild_seen.set()

    @client.event
    async def on_resumed() -> None:
        resumed.set()

    @client.event
    async def on_message(message: discord.Message) -> None:
        if message.author.id != emu.world.bot.id:
            await received.put(message)

    runner = asyncio.create_task(client.start(emu.bot_token))
    try:

        async def login() -> str:
            await _wait(ready, "on_ready")
            await _wait(guild_seen, "the guild from GUILD_CREATE")
            guild = client.get_guild(seed.guild.id)
            assert guild is not None and guild.get_channel(seed.general.id) is not None
            return f"user {client.user}, {len(guild.channels)} channels cached"

        async def send() -> str:
            channel = client.get_channel(seed.general.id)
            assert isinstance(channel, discord.TextChannel)
            sent = await channel.send("hello from discord.py")
            assert emu.world.message(seed.general.id, sent.id).content == "hello from discord.py"
            return f"message {sent.id} is in the world"

        async def receive() -> str:
            emu.users.send_message(seed.alice, seed.general, "ping discord.py")
            message = await asyncio.wait_for(received.get(), STEP_TIMEOUT)
            assert message.content == "ping discord.py" and message.author.id == seed.alice.id
            return "on_message with content"

        async def resume() -> str:
            sessions_before = set(emu.gateway.sessions)
            assert emu.gateway.drop() == 1
            await _wait(resumed, "on_resumed")
            assert set(emu.gateway.sessions) == sessions_before, "resumed, not re-identified"
            (session,) = emu.gateway.sessions.values()
            assert session.resumed_on == ["/resume"], (
                f"resumed on {session.resumed_on}, not resume_gateway_url"
            )
            emu.users.send_message(seed.bob, seed.general, "after resume")
            message = await asyncio.wait_for(received.get(), STEP_TIMEOUT)
            assert message.content == "after resume"
            return "same session via resume_gateway_url, events flow again"

        await _step(checks, "READY and GUILD_CREATE", login)
        await _step(checks, "send a message", send)
        await _step(checks, "receive a message", receive)
        await _step(checks, "resume after a dropped connection", resume)
        await _step(checks, "slash command round trip", lambda: _slash_round_trip(emu))
    except Exception:
        log.debug("discord.py check failed", exc_info=True)
    finally:
        await client.close()
        runner.cancel()
        with contextlib.suppress(BaseException):
            await runner
    return checks


async def check_hikari(emu: Emulator) -> Checklist:
    import hikari

    checks = Checklist(f"hikari {hikari.__version__}")
    seed = emu.seed
    assert seed is not None
    intents = hikari.Intents.ALL_UNPRIVILEGED | hikari.Intents.MESSAGE_CONTENT
    bot = hikari.GatewayBot(
        emu.bot_token, rest_url=emu.rest_url, intents=intents, banner=None, suppress_optimization_warning=True
    )
    ready, guild_seen, resumed = asyncio.Event(), asyncio.Event(), asyncio.Event()
    received: asyncio.Queue[hikari.GuildMessageCreateEvent] = asyncio.Queue()

    @bot.listen(hikari.ShardReadyEvent)
    async def on_ready(event: hikari.ShardReadyEvent) -> None:
        ready.set()

    @bot.listen(hikari.GuildAvailableEvent)
    async def on_guild(event: hikari.GuildAvailableEvent) -> None:
        if event.guild_id == seed.guild.id:
            guild_seen.set()

    @bot.listen(hikari.ShardResumedEvent)
    async def on_resumed(event: hikari.ShardResumedEvent) -> None:
        resumed.set()

    @bot.listen(hikari.InteractionCreateEvent)
    async def on_interaction(event: hikari.InteractionCreateEvent) -> None:
        interaction = event.interaction
        if isinstance(interaction, hikari.CommandInteraction):
            text = next(str(o.value) for o in interaction.options or [] if o.name == "text")
            await interaction.create_initial_response(hikari.ResponseType.MESSAGE_CREATE, f"pong {text}")

    @bot.listen(hikari.GuildMessageCreateEvent)
    async def on_message(event: hikari.GuildMessageCreateEvent) -> None:
        if event.author_id != emu.world.bot.id:
            await received.put(event)

    try:

        async def login() -> str:
            await asyncio.wait_for(bot.start(check_for_updates=False), STEP_TIMEOUT)
            await _wait(ready, "ShardReadyEvent")
            await _wait(guild_seen, "GuildAvailableEvent")
            guild = bot.cache.get_guild(seed.guild.id)
            assert guild is not None and bot.cache.get_guild_channel(seed.general.id) is not None
            me = bot.get_me()
            return f"user {me}, guild {guild.name!r} cached"

        async def send() -> str:
            sent = await bot.rest.create_message(seed.general.id, "hello from hikari")
            assert emu.world.message(seed.general.id, sent.id).content == "hello from hikari"
            return f"message {sent.id} is in the world"

        async def receive() -> str:
            emu.users.send_message(seed.alice, seed.general, "ping hikari")
            event = await asyncio.wait_for(received.get(), STEP_TIMEOUT)
            assert event.content == "ping hikari" and event.author_id == seed.alice.id
            return "GuildMessageCreateEvent with content"

        async def resume() -> str:
            sessions_before = set(emu.gateway.sessions)
            assert emu.gateway.drop() == 1
            await _wait(resumed, "ShardResumedEvent")
            assert set(emu.gateway.sessions) == sessions_before, "resumed, not re-identified"
            (session,) = emu.gateway.sessions.values()
            assert session.resumed_on == ["/resume"], (
                f"resumed on {session.resumed_on}, not resume_gateway_url"
            )
            emu.users.send_message(seed.bob, seed.general, "after resume")
            event = await asyncio.wait_for(received.get(), STEP_TIMEOUT)
            assert event.content == "after resume"
            return "same session via resume_gateway_url, events flow again"

        async def register() -> str:
            command = bot.rest.slash_command_builder("ping", "Answers pong").add_option(
                hikari.CommandOption(
                    type=hikari.OptionType.STRING, name="text", description="what", is_required=True
                )
            )
            await bot.rest.set_application_commands(emu.application_id, [command])
            return f"{len(emu.world.commands)} command registered"

        await _step(checks, "READY and GUILD_CREATE", login)
        await _step(checks, "send a message", send)
        await _step(checks, "receive a message", receive)
        await _step(checks, "resume after a dropped connection", resume)
        await _step(checks, "register a slash command", register)
        await _step(checks, "slash command round trip", lambda: _slash_round_trip(emu))
    except Exception:
        log.debug("hikari check failed", exc_info=True)
    finally:
        with contextlib.suppress(Exception):
            await bot.close()
    return checks


async def _slash_round_trip(emu: Emulator) -> str:
    """A user runs /ping: the library must receive INTERACTION_CREATE and answer through the callback route."""
    seed = emu.seed
    assert seed is not None
    interaction = emu.users.slash_command(seed.alice, seed.general, "ping", {"text": "hi"})
    await emu.wait_until(lambda: interaction.acknowledged, within=STEP_TIMEOUT)
    reply = emu.world.original_message(interaction)
    assert [r.type for r in interaction.responses] == [4] and reply.content == "pong hi", reply.content
    return "answered with a CHANNEL_MESSAGE_WITH_SOURCE callback"


CHECKS: dict[str, Callable[[Emulator], Awaitable[Checklist]]] = {
    "discord.py": check_discord_py,
    "hikari": check_hikari,
}


async def main(names: list[str]) -> int:
    results: list[Checklist] = []
    for name in names:
        print(f"== {name}", flush=True)
        async with Emulator() as emu:
            results.append(await CHECKS[name](emu))
    print("== summary")
    for checks in results:
        passed = sum(ok for _, ok, _ in checks.steps)
        print(
            f"  {checks.library}: {passed}/{len(checks.steps)} steps passed{'' if checks.passed else '  <- FAILED'}"
        )
    return 0 if results and all(c.passed and len(c.steps) >= 5 for c in results) else 1


if __name__ == "__main__":
    logging.basicConfig(
        level=logging.DEBUG if "-v" in sys.argv else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    selected = [a for a in sys.argv[1:] if a != "-v"] or list(CHECKS)
    unknown = [n for n in selected if n not in CHECKS]
    if unknown:
        sys.exit(f"unknown library {unknown}; choose from {list(CHECKS)}")
    sys.exit(asyncio.run(main(selected)))
