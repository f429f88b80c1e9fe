"""Acting as users do: send, react, join, and interact (slash commands, buttons, selects, modals).

Each action goes through the same world methods REST uses, so the bot receives exactly the gateway events
it would get from Discord; user permissions are checked the way Discord checks them for that user.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING

from . import payloads
from ._json import JSONObject
from .models import Channel, ChannelType, Command, Guild, Interaction, Member, Message, Role, User
from .permissions import Permission
from .world_interactions import APPLICATION_COMMAND, AUTOCOMPLETE, MESSAGE_COMPONENT, MODAL_SUBMIT

if TYPE_CHECKING:
    from .world import World

OptionValue = str | int | float | bool | User | Channel | Role

_OPTION_TYPES: dict[type, int] = {str: 3, int: 4, bool: 5, User: 6, Channel: 7, Role: 8, float: 10}


class ScenarioError(Exception):
    """A user could not do that on Discord (no permission, no such command or component)."""


class Scenarios:
    """User actions against the world; `emu.users` in an emulator."""

    def __init__(self, world: World) -> None:
        self.world = world

    def _require(self, user: User, channel: Channel, permission: Permission) -> None:
        if self.world.permissions_for(user.id, channel.id) & permission != permission:
            raise ScenarioError(f"{user.username} lacks {permission!r} in #{channel.name}")

    # -- messages -------------------------------------------------------------------------------------

    def send_message(
        self,
        user: User,
        channel: Channel,
        content: str,
        *,
        embeds: list[JSONObject] | None = None,
        reply_to: Message | None = None,
    ) -> Message:
        """`user` posts in `channel` (MESSAGE_CREATE reaches the bot if it may see it)."""
        needed = (
            Permission.SEND_MESSAGES_IN_THREADS
            if channel.type in ChannelType.THREADS
            else Permission.SEND_MESSAGES
        )
        self._require(user, channel, Permission.VIEW_CHANNEL | needed)
        reference: JSONObject | None = None
        if reply_to is not None:
            reference = {"type": 0, "channel_id": str(reply_to.channel_id), "message_id": str(reply_to.id)}
            if reply_to.guild_id is not None:
                reference["guild_id"] = str(reply_to.guild_id)
        return self.world.create_message(
            channel.id,
            user.id,
            content,
            embeds=embeds,
            message_reference=reference,
            type=19 if reference else 0,
        )

    def send_dm(self, user: User, content: str) -> Message:
        """`user` writes to the bot in a DM."""
        channel = self.world.open_dm(user.id)
        return self.world.create_message(channel.id, user.id, content)

    def edit_message(self, user: User, message: Message, content: str) -> Message:
        if message.author_id != user.id:
            raise ScenarioError("users can only edit their own messages")
        return self.world.edit_message(message.channel_id, message.id, content=content)

    def delete_message(self, user: User, message: Message) -> None:
        if message.author_id != user.id:
            self._require(user, self.world.channel(message.channel_id), Permission.MANAGE_MESSAGES)
        self.world.delete_message(message.channel_id, message.id)

    def react(self, user: User, message: Message, emoji: str) -> None:
        channel = self.world.channel(message.channel_id)
        self._require(user, channel, Permission.VIEW_CHANNEL | Permission.READ_MESSAGE_HISTORY)
        if emoji not in message.reactions:
            self._require(user, channel, Permission.ADD_REACTIONS)
        self.world.add_reaction(channel.id, message.id, user.id, emoji)

    def unreact(self, user: User, message: Message, emoji: str) -> None:
        self.world.remove_reaction(message.channel_id, message.id, user.id, emoji)

    def start_typing(self, user: User, channel: Channel) -> None:
        """TYPING_START, as the client sends while someone types."""
        self._require(user, channel, Permission.VIEW_CHANNEL | Permission.SEND_MESSAGES)
        data: JSONObject = {
            "channel_id": str(channel.id),
            "user_id": str(user.id),
            "timestamp": int(time.time()),
        }
        if channel.guild_id is not None:
            data["guild_id"] = str(channel.guild_id)
            data["member"] = payloads.member(self.world, self.world.member(channel.guild_id, user.id))
        self.world.emit(
            "TYPING_START", data, guild_id=channel.guild_id, channel_id=channel.id, user_ids=(user.id,)
        )

    # -- membership -----------------------------------------------------------------------------------

    def join_guild(self, user: User, guild: Guild) -> Member:
        return self.world.add_member(guild.id, user.id)

    def leave_guild(self, user: User, guild: Guild) -> None:
        self.world.remove_member(guild.id, user.id)

    # -- interactions ---------------------------------------------------------------------------------

    def find_command(self, name: str, guild: Guild | None = None, *, type: int = 1) -> Command:
        """A command the bot registered (guild commands first, then global), as the Discord client lists them."""
        candidates = [c for c in self.world.commands.values() if c.name == name and c.type == type]
        for command in candidates:
            if guild is not None and command.guild_id == guild.id:
                return command
        for command in candidates:
            if command.guild_id is None:
                return command
        raise ScenarioError(f"no command named {name!r} is registered")

    def slash_command(
        self,
        user: User,
        channel: Channel,
        name: str,
        options: Mapping[str, OptionValue] | None = None,
        *,
        subcommand: str | None = None,
    ) -> Interaction:
        """`user` runs `/name` with options: INTERACTION_CREATE with a token the bot answers via the callback."""
        guild = self.world.guilds.get(channel.guild_id) if channel.guild_id is not None else None
        command = self.find_command(name, guild)
        self._require(user, channel, Permission.VIEW_CHANNEL | Permission.USE_APPLICATION_COMMANDS)
        resolved: JSONObject = {}
        built = [self._option(command, key, value, resolved, guild) for key, value in (options or {}).items()]
        if subcommand is not None:
            built = [{"name": subcommand, "type": 1, "options": built}]
        data: JSONObject = {"id": str(command.id), "name": command.name, "type": command.type}
        if built:
            data["options"] = built
        if resolved:
            data["resolved"] = resolved
        if command.guild_id is not None:
            data["guild_id"] = str(command.guild_id)
        return self.world.create_interaction(APPLICATION_COMMAND, user.id, channel.id, data)

    def autocomplete(
        self, user: User, channel: Channel, name: str, options: Mapping[str, OptionValue], focused: str
    ) -> Interaction:
        """`user` is typing option `focused` of `/name`: an APPLICATION_COMMAND_AUTOCOMPLETE interaction."""
        guild = self.world.guilds.get(channel.guild_id) if channel.guild_id is not None else None
        command = self.find_command(name, guild)
        self._require(user, channel, Permission.VIEW_CHANNEL | Permission.USE_APPLICATION_COMMANDS)
        resolved: JSONObject = {}
        built = [self._option(command, key, value, resolved, guild) for key, value in options.items()]
        for option in built:
            if option["name"] == focused:
                option["focused"] = True
        data: JSONObject = {
            "id": str(command.id),
            "name": command.name,
            "type": command.type,
            "options": built,
        }
        return self.world.create_interaction(AUTOCOMPLETE, user.id, channel.id, data)

    def user_command(self, user: User, channel: Channel, name: str, target: User) -> Interaction:
        """`user` runs the user context-menu command `name` on `target`."""
        guild = self.world.guilds.get(channel.guild_id) if channel.guild_id is not None else None
        command = self.find_command(name, guild, type=2)
        resolved: JSONObject = {"users": {str(target.id): payloads.user(target)}}
        if guild is not None and target.id in guild.members:
            member = payloads.member(self.world, guild.members[target.id], with_user=False)
            resolved["members"] = {str(target.id): member}
        data = {
            "id": str(command.id),
            "name": name,
            "type": 2,
            "target_id": str(target.id),
            "resolved": resolved,
        }
        return self.world.create_interaction(APPLICATION_COMMAND, user.id, channel.id, data)

    def message_command(self, user: User, name: str, target: Message) -> Interaction:
        """`user` runs the message context-menu command `name` on `target`."""
        channel = self.world.channel(target.channel_id)
        guild = self.world.guilds.get(channel.guild_id) if channel.guild_id is not None else None
        command = self.find_command(name, guild, type=3)
        resolved = {"messages": {str(target.id): payloads.message(self.world, target)}}
        data = {
            "id": str(command.id),
            "name": name,
            "type": 3,
            "target_id": str(target.id),
            "resolved": resolved,
        }
        return self.world.create_interaction(APPLICATION_COMMAND, user.id, channel.id, data)

    def _option(
        self, command: Command, name: str, value: OptionValue, resolved: JSONObject, guild: Guild | None
    ) -> JSONObject:
        declared = {str(o.get("name")): o for o in self._declared_options(command.options)}
        option_type = int(declared[name]["type"]) if name in declared else _OPTION_TYPES.get(type(value), 3)
        if isinstance(value, User):
            resolved.setdefault("users", {})[str(value.id)] = payloads.user(value)
            if guild is not None and value.id in guild.members:
                member = payloads.member(self.world, guild.members[value.id], with_user=False)
                resolved.setdefault("members", {})[str(value.id)] = member
            return {"name": name, "type": option_type, "value": str(value.id)}
        if isinstance(value, Channel):
            resolved.setdefault("channels", {})[str(value.id)] = {
                "id": str(value.id),
                "type": value.type,
                "name": value.name,
                "permissions": str(self.world.permissions_for(self.world.bot.id, value.id)),
            }
            return {"name": name, "type": option_type, "value": str(value.id)}
        if isinstance(value, Role):
            resolved.setdefault("roles", {})[str(value.id)] = payloads.role(value)
            return {"name": name, "type": option_type, "value": str(value.id)}
        return {"name": name, "type": option_type, "value": value}

    def _declared_options(self, options: list[JSONObject]) -> Iterator[JSONObject]:
        for option in options:
            yield option
            yield from self._declared_options(option.get("options") or [])

    def click_button(self, user: User, message: Message, custom_id: str) -> Interaction:
        """`user` clicks the button `custom_id` on a message the bot sent."""
        component = self._component(message, custom_id)
        if component.get("type") != 2:
            raise ScenarioError(f"{custom_id!r} is not a button")
        data = {"custom_id": custom_id, "component_type": 2}
        return self.world.create_interaction(
            MESSAGE_COMPONENT, user.id, message.channel_id, data, message_id=message.id
        )

    def select(self, user: User, message: Message, custom_id: str, values: list[str]) -> Interaction:
        """`user` picks `values` from the select menu `custom_id`."""
        component = self._component(message, custom_id)
        kind = int(component.get("type", 0))
        if kind not in (3, 5, 6, 7, 8):
            raise ScenarioError(f"{custom_id!r} is not a select menu")
        allowed = {str(o.get("value")) for o in component.get("options") or []}
        if kind == 3 and not set(values) <= allowed:
            raise ScenarioError(f"{values} are not all options of {custom_id!r}")
        data = {"custom_id": custom_id, "component_type": kind, "values": values}
        return self.world.create_interaction(
            MESSAGE_COMPONENT, user.id, message.channel_id, data, message_id=message.id
        )

    def submit_modal(self, user: User, opened_by: Interaction, values: Mapping[str, str]) -> Interaction:
        """`user` submits the modal the bot showed in answer to `opened_by` (callback type 9)."""
        modal = next((r.data for r in opened_by.responses if r.type == 9), None)
        if modal is None:
            raise ScenarioError("the bot did not answer this interaction with a modal")
        inputs = list(_walk(modal.get("components") or []))
        known = {str(c.get("custom_id")) for c in inputs if c.get("type") == 4}
        missing = [k for k in values if k not in known]
        if missing:
            raise ScenarioError(f"the modal has no text inputs named {missing}")
        rows = [
            {"type": 1, "components": [{"type": 4, "custom_id": k, "value": v}]} for k, v in values.items()
        ]
        data = {"custom_id": modal.get("custom_id"), "components": rows}
        return self.world.create_interaction(
            MODAL_SUBMIT, user.id, opened_by.channel_id, data, message_id=opened_by.message_id
        )

    def _component(self, message: Message, custom_id: str) -> JSONObject:
        for component in _walk(message.components):
            if component.get("custom_id") == custom_id:
                if component.get("disabled"):
                    raise ScenarioError(f"{custom_id!r} is disabled")
                return component
        raise ScenarioError(f"message {message.id} has no component {custom_id!r}")

    # -- inspection -----------------------------------------------------------------------------------

    def bot_messages(self, channel: Channel | None = None) -> list[Message]:
        """What the bot has posted (in one channel, or anywhere), oldest first."""
        found = self.world.messages_by(self.world.bot.id)
        return [m for m in found if channel is None or m.channel_id == channel.id]


def _walk(components: list[JSONObject]) -> Iterator[JSONObject]:
    for component in components:
        yield component
        yield from _walk(component.get("components") or [])
        if isinstance(component.get("component"), dict):
            yield component["component"]
        if isinstance(component.get("accessory"), dict):
            yield component["accessory"]
