"""`ApplicationCommandManager`: the bot's slash and context-menu commands, global or per guild."""

from __future__ import annotations

from collections.abc import Sequence

from echord._generated import models as m
from echord.structures import ApplicationCommand, HasId, snowflake

from .base import Manager

__all__ = ["ApplicationCommandManager"]


class ApplicationCommandManager(Manager):
    """Registered commands (not cached): list, fetch, create, edit, delete, and `sync` (bulk overwrite).

    Every method takes `guild=` for guild commands; without it they act on global commands.
    """

    __slots__ = ()

    async def fetch_all(self, *, guild: int | HasId | None = None) -> list[ApplicationCommand]:
        """Every registered command."""
        app = await self._hub.resolve_application_id()
        if guild is None:
            data = await self._rest.list_application_commands(app)
        else:
            data = await self._rest.list_guild_application_commands(app, snowflake(guild))
        return [ApplicationCommand(self._hub, c) for c in data]

    async def fetch(self, command: int | HasId, *, guild: int | HasId | None = None) -> ApplicationCommand:
        """One command."""
        app = await self._hub.resolve_application_id()
        if guild is None:
            data = await self._rest.get_application_command(app, snowflake(command))
        else:
            data = await self._rest.get_guild_application_command(app, snowflake(guild), snowflake(command))
        return ApplicationCommand(self._hub, data)

    async def create(
        self, body: m.ApplicationCommandCreateRequest, *, guild: int | HasId | None = None
    ) -> ApplicationCommand:
        """Register (or, with an existing name, replace) one command."""
        app = await self._hub.resolve_application_id()
        if guild is None:
            data = await self._rest.create_application_command(app, body=body)
        else:
            data = await self._rest.create_guild_application_command(app, snowflake(guild), body=body)
        return ApplicationCommand(self._hub, data)

    async def edit(
        self,
        command: int | HasId,
        body: m.ApplicationCommandPatchRequestPartial,
        *,
        guild: int | HasId | None = None,
    ) -> ApplicationCommand:
        """Change one command."""
        app = await self._hub.resolve_application_id()
        if guild is None:
            data = await self._rest.update_application_command(app, snowflake(command), body=body)
        else:
            data = await self._rest.update_guild_application_command(
                app, snowflake(guild), snowflake(command), body=body
            )
        return ApplicationCommand(self._hub, data)

    async def delete(self, command: int | HasId, *, guild: int | HasId | None = None) -> None:
        """Unregister one command."""
        app = await self._hub.resolve_application_id()
        if guild is None:
            await self._rest.delete_application_command(app, snowflake(command))
        else:
            await self._rest.delete_guild_application_command(app, snowflake(guild), snowflake(command))

    async def sync(
        self, commands: Sequence[m.ApplicationCommandUpdateRequest], *, guild: int | HasId | None = None
    ) -> list[ApplicationCommand]:
        """Make the registered commands exactly `commands` in one request (missing ones are deleted)."""
        app = await self._hub.resolve_application_id()
        if guild is None:
            data = await self._rest.bulk_set_application_commands(app, body=list(commands))
        else:
            data = await self._rest.bulk_set_guild_application_commands(
                app, snowflake(guild), body=list(commands)
            )
        return [ApplicationCommand(self._hub, c) for c in data]
