"""The framework on the gateway path against the emulator: users invoke, the bot's answers are checked."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import AsyncIterator, Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

import pytest
from nacl.signing import SigningKey

from echord.events import EventBus
from echord.gateway import InMemoryIdentifyQueue, ShardConnection
from echord.interactions import CommandTree, InteractionsApp
from echord.rest import RESTClient
from echord.testing import Emulator, Intent
from echord.testing.models import Interaction

from .bot import Log, build_tree


@dataclass
class Bot:
    emu: Emulator
    rest: RESTClient
    tree: CommandTree
    log: Log
    bus: EventBus


async def wait_for(predicate: Callable[[], bool], within: float = 5.0) -> None:
    deadline = asyncio.get_running_loop().time() + within
    while not predicate():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.01)


@pytest.fixture
async def bot() -> AsyncIterator[Bot]:
    async with Emulator() as emu:
        rest = RESTClient(emu.bot_token, base_url=emu.rest_url)
        log = Log()
        tree = build_tree(rest, emu.application_id, log)
        await tree.sync()
        bus = EventBus()
        tree.attach(bus)
        shard = ShardConnection(
            emu.bot_token,
            intents=int(Intent.GUILDS),
            dispatch=bus.dispatch_raw,
            gateway_url=emu.gateway_url,
            identify_queue=InMemoryIdentifyQueue(0.0),
        )
        task = asyncio.create_task(shard.run())
        try:
            await asyncio.wait_for(shard.wait_ready(), 5)
            yield Bot(emu, rest, tree, log, bus)
        finally:
            await shard.close()
            task.cancel()
            await asyncio.gather(task, return_exceptions=True)
            await rest.aclose()


async def answered(interaction: Interaction, count: int = 1) -> None:
    await wait_for(lambda: len(interaction.responses) >= count)


async def test_slash_command_with_typed_options(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    run = bot.emu.users.slash_command(seed.alice, seed.general, "greet", {"who": seed.bob, "times": 2})
    await answered(run)
    kind, data = run.responses[0].type, run.responses[0].data
    assert kind == 4
    assert data is not None
    shown = seed.bob.global_name or seed.bob.username  # the member has no nick: the global name shows
    assert data["content"] == f"hello {shown} hello {shown}"
    assert bot.emu.world.original_message(run).content == data["content"]


async def test_choices_from_literal_and_enum_and_channel_option(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    run = bot.emu.users.slash_command(
        seed.alice, seed.general, "paint", {"colour": "green", "where": seed.general}
    )
    await answered(run)
    assert run.responses[0].data == {"content": f"painted green in #{seed.general.name}"}


async def test_autocomplete_suggests_matching_values(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    typed = bot.emu.users.autocomplete(seed.bob, seed.general, "fruit", {"name": "ap"}, focused="name")
    await answered(typed)
    assert typed.responses[0].type == 8
    assert typed.responses[0].data == {
        "choices": [{"name": "apple", "value": "apple"}, {"name": "apricot", "value": "apricot"}]
    }
    run = bot.emu.users.slash_command(seed.bob, seed.general, "fruit", {"name": "apple"})
    await answered(run)
    assert run.responses[0].data == {"content": "you picked apple", "flags": 64}


async def test_subcommand_defers_then_edits_the_original(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    run = bot.emu.users.slash_command(seed.alice, seed.general, "tag", {"name": "faq"}, subcommand="add")
    await wait_for(lambda: bool(run.responses) and bot.emu.world.original_message(run).content != "")
    assert run.responses[0].type == 5
    assert bot.emu.world.original_message(run).content == "tag faq added"


async def test_followups_and_edits_of_the_original(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    before = {m.id for m in bot.emu.users.bot_messages(seed.general)}
    run = bot.emu.users.slash_command(seed.alice, seed.general, "steps")

    def done() -> bool:
        alive = {m.id for m in bot.emu.world.messages_by(bot.emu.world.bot.id)}
        return len(run.followup_ids) == 3 and run.original_message_id not in alive

    await wait_for(done)
    left = [m.content for m in bot.emu.users.bot_messages(seed.general) if m.id not in before]
    assert left == ["step 2, edited", "the original said 'step 1'"]


async def test_context_menus(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    inspected = bot.emu.users.user_command(seed.alice, seed.general, "Inspect", seed.bob)
    await answered(inspected)
    roles = len(bot.emu.world.member(seed.guild.id, seed.bob.id).roles)
    assert inspected.responses[0].data == {"content": f"{seed.bob.username} has {roles} roles"}

    message = bot.emu.users.send_message(seed.bob, seed.general, "well said")
    quoted = bot.emu.users.message_command(seed.alice, "Quote", message)
    await answered(quoted)
    assert quoted.responses[0].data == {"content": "> well said"}


async def test_buttons_and_selects_reach_persistent_handlers(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    run = bot.emu.users.slash_command(seed.alice, seed.general, "poll", {"poll_id": 42})
    await answered(run)
    message = bot.emu.world.original_message(run)

    click = bot.emu.users.click_button(seed.bob, message, "vote:42:yes")
    await answered(click)
    assert click.responses[0].type == 7
    assert (
        bot.emu.world.message(seed.general.id, message.id).content
        == f"poll 42: {seed.bob.username} voted yes"
    )

    run2 = bot.emu.users.slash_command(seed.alice, seed.general, "poll", {"poll_id": 43})
    await answered(run2)
    pick = bot.emu.users.select(seed.bob, bot.emu.world.original_message(run2), "colour:43", ["red"])
    await answered(pick)
    assert pick.responses[0].data == {"content": f"{seed.bob.username} likes red"}


async def test_modal_round_trip(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    run = bot.emu.users.slash_command(seed.alice, seed.general, "report")
    await answered(run)
    assert run.responses[0].type == 9
    sent = bot.emu.users.submit_modal(seed.alice, run, {"what": "it broke"})
    await answered(sent)
    assert sent.responses[0].data == {"content": "case 7: it broke", "flags": 64}


async def test_an_exception_is_answered_with_an_ephemeral_error(
    bot: Bot, caplog: pytest.LogCaptureFixture
) -> None:
    seed = bot.emu.seed
    assert seed is not None
    run = bot.emu.users.slash_command(seed.alice, seed.general, "boom")
    await answered(run)
    data = run.responses[0].data
    assert data is not None and data["flags"] == 64
    assert "went wrong" in str(data["content"])
    assert any("kaboom" in (r.exc_text or "") for r in caplog.records if r.name == "echord.interactions")


async def test_a_second_start_with_unchanged_commands_writes_nothing(bot: Bot) -> None:
    before = len(bot.emu.rest.requests)
    again = build_tree(bot.rest, bot.emu.application_id)  # a restart: the same code, a new tree
    result = await again.sync()
    new = bot.emu.rest.requests[before:]
    assert [method for method, _ in new] == ["GET"]
    assert result.requests == 0
    assert all(not plan.changed for plan in result.plans)


async def test_a_view_answers_its_user_until_it_times_out(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    run = bot.emu.users.slash_command(seed.alice, seed.general, "confirm")
    await answered(run)
    message = bot.emu.world.original_message(run)
    button = message.components[0]["components"][0]["custom_id"]

    stranger = bot.emu.users.click_button(seed.bob, message, button)
    await answered(stranger)
    assert stranger.responses[0].data == {"content": "These buttons are not for you.", "flags": 64}

    await wait_for(lambda: len(bot.log.timed_out) == 1, within=5)
    late = bot.emu.users.click_button(seed.alice, message, button)
    await answered(late)
    assert late.responses[0].data == {"content": "This no longer works.", "flags": 64}


async def test_a_view_callback_runs_for_its_user(bot: Bot) -> None:
    seed = bot.emu.seed
    assert seed is not None
    run = bot.emu.users.slash_command(seed.alice, seed.general, "confirm")
    await answered(run)
    message = bot.emu.world.original_message(run)
    click = bot.emu.users.click_button(
        seed.alice, message, message.components[0]["components"][0]["custom_id"]
    )
    await answered(click)
    assert click.responses[0].type == 7
    assert bot.emu.world.message(seed.general.id, message.id).content == "confirmed"
    assert bot.tree.components.views == []  # stopped views are forgotten


async def test_the_http_path_runs_the_same_tree(bot: Bot) -> None:
    """Discord POSTs the interaction; the HTTP body is the first answer, followups go over REST."""
    seed = bot.emu.seed
    assert seed is not None
    key = SigningKey(b"s" * 32)
    app = InteractionsApp(bot.tree, key.verify_key.encode().hex())
    bot.tree.detach(bot.bus)  # only the HTTP path answers in this test
    run = bot.emu.users.slash_command(seed.alice, seed.general, "later")
    body = json.dumps(bot.emu.world.interaction_payload(run)).encode()
    timestamp = str(int(time.time()))
    signature = key.sign(timestamp.encode() + body).signature.hex()
    headers = [(b"x-signature-ed25519", signature.encode()), (b"x-signature-timestamp", timestamp.encode())]
    status: list[int] = []

    async def receive() -> dict[str, object]:
        return {"type": "http.request", "body": body, "more_body": False}

    async def send(message: MutableMapping[str, Any]) -> None:
        if message["type"] == "http.response.start":
            status.append(message["status"])
        elif message["type"] == "http.response.body":  # what Discord does with the answer
            answer = json.loads(message["body"])
            bot.emu.world.respond(run, answer["type"], answer.get("data"))

    scope = {"type": "http", "method": "POST", "path": "/", "headers": headers}
    await app(scope, receive, send)
    await app.join()
    assert status == [200]
    assert bot.emu.world.original_message(run).content == "first"
    assert [bot.emu.world.message(seed.general.id, m).content for m in run.followup_ids] == ["second"]
