"""Application commands on the client: `client.commands` (an `echord.interactions.CommandTree`, created on
first use so a bot without commands never loads the interactions layer) and `@client.slash_command`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from echord._generated.events import InteractionCreate
from echord.rest import RESTClient

from .listening import Listening

if TYPE_CHECKING:
    from echord.interactions import CommandTree, SlashCommand
    from echord.interactions.commands import CommandCallback

__all__ = ["Commands"]


class Commands(Listening):
    """Command methods of a client (on top of its listeners); the client sets `rest`, `_application_id` and
    `_commands`."""

    rest: RESTClient
    _application_id: int | None
    _commands: CommandTree | None

    @property
    def commands(self) -> CommandTree:
        """The application commands, components and modals (`echord.interactions.CommandTree`).

        Created on first use and fed INTERACTION_CREATE from the gateway; once the shards are ready the
        client registers its commands, writing only what changed (`sync_commands=False` leaves it to you:
        `await client.commands.sync()`).
        """
        if self._commands is None:
            from echord.interactions import CommandTree, RestResponder

            tree = CommandTree(self.rest, self._application_id or 0)

            async def on_interaction(event: InteractionCreate) -> None:
                await tree.handle(event, RestResponder(tree.rest, event))

            self.subscribe(InteractionCreate, on_interaction)
            self._commands = tree
        return self._commands

    def slash_command(
        self,
        name: str | None = None,
        *,
        description: str | None = None,
        guild_ids: Sequence[int] | None = None,
    ) -> Callable[[CommandCallback], SlashCommand]:
        """Decorator: a slash command (see `client.commands.command` for every setting)."""
        return self.commands.command(name, description=description, guild_ids=guild_ids)
