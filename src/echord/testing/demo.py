"""A bot's first run without a Discord account: start the emulator, run a bot on it, play a short conversation.

`examples/hello_bot.py` (run without `DISCORD_TOKEN`) and `python -m echord.testing demo` both call
`run_demo`, so a fresh clone shows a working bot with one command. The script is a few people talking in the
seeded guild; after each line it waits for the bot's answer (a reply or a reaction) and prints it.
"""

from __future__ import annotations

import asyncio
import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal, Protocol

from echord.client import Client
from echord.events import GuildMemberAdd, MessageCreate
from echord.utils import Intents

from .emulator import Emulator
from .models import Channel, Message, User
from .world_messages import emoji_key

__all__ = ["BotFactory", "DemoError", "hello_bot", "play", "run_demo"]

WAVE = "👋"

HELLO_INTENTS = Intents.default() | Intents.GUILD_MEMBERS | Intents.MESSAGE_CONTENT
"""What the hello bot needs: messages with their content, and member joins."""


class BotFactory(Protocol):
    """Builds a ready-to-start bot for a token, with REST at `api_base` (the gateway URL follows)."""

    def __call__(self, token: str, *, api_base: str) -> Client: ...


class DemoError(Exception):
    """The bot did not answer a scripted line in time."""


def hello_bot(token: str, *, api_base: str) -> Client:
    """The demo's built-in bot; the same behaviour as examples/hello_bot.py (a test keeps them equal)."""
    client = Client(token, intents=HELLO_INTENTS, api_base=api_base)

    @client.listen(MessageCreate)
    async def on_message(event: MessageCreate) -> None:
        message = client.message(event)  # the Message structure: reply, react, edit, delete, ...
        if message.author.bot:
            return
        text = message.content.strip().lower()
        if text == "!ping":
            await message.reply("pong!")
        elif text.startswith(("hi", "hello", "hey")):
            await message.add_reaction(WAVE)

    @client.listen(GuildMemberAdd)
    async def greet(member: GuildMemberAdd) -> None:
        guild = await client.cache.get_guild(member.guild_id)
        if guild is not None and guild.system_channel_id is not None:
            await client.send_message(
                guild.system_channel_id, f"Welcome to {guild.name}, <@{member.user.id}>!"
            )

    return client


@dataclass(frozen=True)
class _Line:
    who: str
    action: Literal["say", "join", "dm"]
    text: str = ""
    expect: Literal["reply", "reaction"] = "reply"


_SCRIPT = (
    _Line("alice", "say", "hi everyone!", expect="reaction"),
    _Line("bob", "say", "!ping"),
    _Line("carol", "join"),
    _Line("carol", "say", "hello, thanks!", expect="reaction"),
    _Line("bob", "dm", "!ping"),
)


async def play(make_bot: BotFactory, *, within: float = 10.0) -> list[str]:
    """Run the scripted conversation against a bot built by `make_bot`; the transcript, line by line."""
    async with Emulator() as emu:
        seed = emu.seed
        assert seed is not None
        world = emu.world
        users = {"alice": seed.alice, "bob": seed.bob, "carol": world.add_user("carol", global_name="Carol")}
        bot_name = world.bot.username
        transcript: list[str] = []

        async with make_bot(emu.bot_token, api_base=emu.rest_url) as client:
            transcript.append(f"{bot_name} is online in {seed.guild.name}")
            for line in _SCRIPT:
                user = users[line.who]
                if line.action == "join":
                    channel = seed.general
                    before = len(emu.users.bot_messages(channel))
                    emu.users.join_guild(user, seed.guild)
                    transcript.append(f"  -> {line.who} joined {seed.guild.name}")
                    message: Message | None = None
                else:
                    channel = world.open_dm(user.id) if line.action == "dm" else seed.general
                    before = len(emu.users.bot_messages(channel))
                    if line.action == "dm":
                        message = emu.users.send_dm(user, line.text)
                    else:
                        message = emu.users.send_message(user, channel, line.text)
                    transcript.append(f"{_where(channel)} {line.who}: {line.text}")
                try:
                    if line.expect == "reaction" and message is not None:
                        await emu.wait_until(functools.partial(_reacted, emu, message), within=within)
                        transcript.append(f"{_where(channel)} {bot_name} reacted {WAVE}")
                    else:
                        answered = functools.partial(_answered, emu, channel, before)
                        await emu.wait_until(answered, within=within)
                        for reply in emu.users.bot_messages(channel)[before:]:
                            transcript.append(f"{_where(channel)} {bot_name}: {_names(reply.content, users)}")
                except TimeoutError:
                    raise DemoError(
                        f"the bot did not answer {line.who}'s {line.action!r} within {within} s"
                    ) from None
            latency = client.latency
            transcript.append(
                f"{bot_name} handled {len(_SCRIPT)} lines"
                + (f"; heartbeat latency {latency * 1000:.1f} ms" if latency is not None else "")
            )
        transcript.append(f"{bot_name} shut down cleanly")
        return transcript


def run_demo(make_bot: BotFactory = hello_bot, *, out: Callable[[str], None] = print) -> int:
    """Play the demo and print the transcript; the process exit code (0 when the bot answered everything)."""
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    out("No DISCORD_TOKEN set: running the bot against echord's Discord emulator.\n")
    try:
        lines = asyncio.run(play(make_bot))
    except DemoError as exc:
        out(f"demo failed: {exc}")
        return 1
    for line in lines:
        out(line)
    out("\nSet DISCORD_TOKEN to run the same bot on Discord.")
    return 0


def _reacted(emu: Emulator, message: Message) -> bool:
    return emu.world.bot.id in message.reactions.get(emoji_key(WAVE), [])


def _answered(emu: Emulator, channel: Channel, before: int) -> bool:
    return len(emu.users.bot_messages(channel)) > before


def _where(channel: Channel) -> str:
    return "[DM]     " if channel.guild_id is None else f"#{channel.name:<8}"


def _names(content: str, users: dict[str, User]) -> str:
    """Mentions as names, so the transcript reads like the Discord client shows it."""
    for name, user in users.items():
        content = content.replace(f"<@{user.id}>", f"@{name}")
    return content
