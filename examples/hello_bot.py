"""A small complete bot: answers `!ping`, welcomes new members and waves back at greetings.

    DISCORD_TOKEN=... python examples/hello_bot.py   # on Discord, until Ctrl-C
    python examples/hello_bot.py                     # no token: on the emulator, with a scripted chat

On Discord, enable the Server Members and Message Content intents on the bot's Developer Portal page.
"""

from __future__ import annotations

import os
import sys

from echord import Client, ClientConfigError, Intents
from echord.events import GuildMemberAdd, MessageCreate
from echord.rest import DEFAULT_BASE_URL

INTENTS = Intents.default() | Intents.GUILD_MEMBERS | Intents.MESSAGE_CONTENT


def make_bot(token: str, *, api_base: str = DEFAULT_BASE_URL) -> Client:
    """The bot: a client and its listeners."""
    client = Client(token, intents=INTENTS, api_base=api_base)

    @client.listen(MessageCreate)
    async def on_message(event: MessageCreate) -> None:
        message = client.message(event)  # the Message structure: reply, react, edit, delete, ...
        if message.author.bot:
            return  # never answer bots, including ourselves
        text = message.content.strip().lower()
        if text == "!ping":
            await message.reply("pong!")
        elif text.startswith(("hi", "hello", "hey")):
            await message.add_reaction("👋")

    @client.listen(GuildMemberAdd)
    async def greet(member: GuildMemberAdd) -> None:
        guild = await client.cache.get_guild(member.guild_id)
        if guild is not None and guild.system_channel_id is not None:
            await client.send_message(
                guild.system_channel_id, f"Welcome to {guild.name}, <@{member.user.id}>!"
            )

    return client


def main() -> int:
    token = os.environ.get("DISCORD_TOKEN")
    if token:
        try:
            bot = make_bot(token)
        except ClientConfigError as exc:  # says what is wrong without showing the token
            print(f"DISCORD_TOKEN: {exc}", file=sys.stderr)
            return 2
        bot.run()  # Ctrl-C or SIGTERM shuts down gracefully
        return 0
    from echord.testing.demo import run_demo

    return run_demo(make_bot)


if __name__ == "__main__":
    sys.exit(main())
