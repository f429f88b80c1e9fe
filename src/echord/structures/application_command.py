"""`ApplicationCommand`: a registered slash command or context-menu command."""

from __future__ import annotations

from echord._generated import models as m
from echord._support import Snowflake
from echord.utils import slash_command_mention

from .base import Identified

__all__ = ["ApplicationCommand"]


class ApplicationCommand(Identified[m.ApplicationCommandResponse]):
    """A command as Discord registered it: global, or for one guild when `guild_id` is set."""

    __slots__ = ()

    @property
    def name(self) -> str:
        """The command's name."""
        return self.data.name

    @property
    def type(self) -> int:
        """1 slash command, 2 user menu, 3 message menu, 4 activity entry point."""
        return self.data.type

    @property
    def guild_id(self) -> Snowflake | None:
        """The guild of a guild command; None for a global one."""
        return self.data.guild_id if isinstance(self.data.guild_id, int) else None

    @property
    def mention(self) -> str:
        """`</name:id>`: a clickable mention of a slash command."""
        return slash_command_mention(self.name, self.id)

    async def edit(self, body: m.ApplicationCommandPatchRequestPartial) -> ApplicationCommand:
        """Change the command (name, description, options, permissions…)."""
        rest = self._state.rest
        if self.guild_id is None:
            data = await rest.update_application_command(self.data.application_id, self.id, body=body)
        else:
            data = await rest.update_guild_application_command(
                self.data.application_id, self.guild_id, self.id, body=body
            )
        return ApplicationCommand(self._state, data)

    async def delete(self) -> None:
        """Unregister the command."""
        rest = self._state.rest
        if self.guild_id is None:
            await rest.delete_application_command(self.data.application_id, self.id)
        else:
            await rest.delete_guild_application_command(self.data.application_id, self.guild_id, self.id)
