"""Slash commands on the Client: registered once the shards are ready, answered from the gateway."""

from __future__ import annotations

import asyncio
from typing import Annotated

from echord import Client, Intents
from echord.interactions import Context, Range
from echord.testing import Emulator


async def test_a_slash_command_is_synced_at_start_and_answered(emulator: Emulator) -> None:
    seed = emulator.seed
    assert seed is not None
    client = Client(emulator.bot_token, api_base=emulator.rest_url, intents=Intents.default())

    @client.slash_command()
    async def roll(ctx: Context, sides: Annotated[int, Range(2, 100), "how many sides"] = 6) -> None:
        """Roll a die."""
        await ctx.respond(f"rolled a d{sides}")

    async with client:
        assert [c.name for c in emulator.world.commands.values()] == ["roll"]
        run = emulator.users.slash_command(seed.alice, seed.general, "roll", {"sides": 20})
        await emulator.wait_until(lambda: bool(run.responses))
        assert run.responses[0].data is not None and run.responses[0].data["content"] == "rolled a d20"

    writes = len(emulator.rest.requests)
    again = Client(emulator.bot_token, api_base=emulator.rest_url, intents=Intents.default())
    again.slash_command(name="roll", description="Roll a die.")(roll.callback)
    async with again:
        pass
    methods = [method for method, _ in emulator.rest.requests[writes:]]
    assert "PUT" not in methods and "POST" not in methods and "PATCH" not in methods  # nothing changed


async def test_sync_commands_false_leaves_registration_to_the_bot(emulator: Emulator) -> None:
    client = Client(
        emulator.bot_token, api_base=emulator.rest_url, intents=Intents.GUILDS, sync_commands=False
    )

    @client.slash_command(description="Say hi.")
    async def hi(ctx: Context) -> None:
        await ctx.respond("hi")

    async with client:
        await asyncio.sleep(0.05)
        assert not emulator.world.commands
        await client.commands.sync()
        assert [c.name for c in emulator.world.commands.values()] == ["hi"]


async def test_a_client_without_commands_touches_no_command_route(emulator: Emulator) -> None:
    async with Client(emulator.bot_token, api_base=emulator.rest_url, intents=Intents.GUILDS):
        pass
    assert not any("commands" in path for _, path in emulator.rest.requests)
