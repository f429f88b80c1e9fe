"""The one consistent in-memory Discord world the emulator serves, plus a ready-made starting state."""

from __future__ import annotations

from dataclasses import dataclass

from .models import Channel, ChannelType, Guild, Message, Role, User
from .permissions import Permission
from .world_guilds import GuildOps
from .world_interactions import InteractionOps

__all__ = ["Seed", "World"]


class World(GuildOps, InteractionOps):
    """Users, guilds, channels, messages, … by id. Mutate it through its methods: each one emits the
    gateway events Discord would send, so connected bots see the change."""

    def messages_in(self, channel_id: int) -> list[Message]:
        """A channel's messages, oldest first."""
        return list(self.messages.get(channel_id, {}).values())

    def messages_by(self, user_id: int) -> list[Message]:
        """Every message a user (e.g. the bot: `world.bot.id`) has sent, oldest first."""
        found = [m for channel in self.messages.values() for m in channel.values() if m.author_id == user_id]
        return sorted(found, key=lambda m: m.id)

    def seed(self) -> Seed:
        """A small guild most bot tests need: an owner, a member, a moderator role and common channels."""
        alice = self.add_user("alice", global_name="Alice")
        bob = self.add_user("bob", global_name="Bob")
        guild = self.create_guild("Test Guild", alice)
        moderator = self.create_role(
            guild.id,
            "Moderator",
            permissions=(
                Permission.MANAGE_MESSAGES | Permission.KICK_MEMBERS | Permission.MANAGE_ROLES
            ).value,
        )
        bot_role = self.create_role(
            guild.id,
            "echord-test-bot",
            permissions=(
                Permission.MANAGE_MESSAGES
                | Permission.MANAGE_CHANNELS
                | Permission.MANAGE_ROLES
                | Permission.MANAGE_WEBHOOKS
                | Permission.BAN_MEMBERS
                | Permission.KICK_MEMBERS
                | Permission.MANAGE_THREADS
                | Permission.PIN_MESSAGES
            ).value,
            managed=True,
            bot_id=self.bot.id,
        )
        self.update_member(guild.id, self.bot.id, roles=[bot_role.id])
        self.add_member(guild.id, bob.id)
        category = self.create_channel(guild.id, "Text Channels", ChannelType.GUILD_CATEGORY)
        general = self.create_channel(guild.id, "general", parent_id=category.id)
        guild.system_channel_id = general.id
        announcements = self.create_channel(guild.id, "announcements", ChannelType.GUILD_ANNOUNCEMENT)
        voice = self.create_channel(guild.id, "General", ChannelType.GUILD_VOICE)
        forum = self.create_channel(guild.id, "forum", ChannelType.GUILD_FORUM)
        return Seed(alice, bob, guild, moderator, bot_role, category, general, announcements, voice, forum)


@dataclass(frozen=True)
class Seed:
    """The records `World.seed` made, for tests to refer to."""

    alice: User
    bob: User
    guild: Guild
    moderator: Role
    bot_role: Role
    category: Channel
    general: Channel
    announcements: Channel
    voice: Channel
    forum: Channel
