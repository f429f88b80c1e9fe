"""Gateway intents: which event groups a shard asks Discord for (events/gateway: List of Intents)."""

from __future__ import annotations

from typing import ClassVar, Self

from echord.utils.flags import BitFlags

__all__ = ["Intents"]


class Intents(BitFlags):
    """The `intents` bit set sent in IDENTIFY.

    `PRIVILEGED` holds the intents that must be enabled in the Developer Portal (and approved for
    verified apps); asking for one that is not enabled closes the connection with 4014.
    """

    GUILDS = 1 << 0
    GUILD_MEMBERS = 1 << 1
    GUILD_MODERATION = 1 << 2
    GUILD_EXPRESSIONS = 1 << 3
    GUILD_INTEGRATIONS = 1 << 4
    GUILD_WEBHOOKS = 1 << 5
    GUILD_INVITES = 1 << 6
    GUILD_VOICE_STATES = 1 << 7
    GUILD_PRESENCES = 1 << 8
    GUILD_MESSAGES = 1 << 9
    GUILD_MESSAGE_REACTIONS = 1 << 10
    GUILD_MESSAGE_TYPING = 1 << 11
    DIRECT_MESSAGES = 1 << 12
    DIRECT_MESSAGE_REACTIONS = 1 << 13
    DIRECT_MESSAGE_TYPING = 1 << 14
    MESSAGE_CONTENT = 1 << 15
    GUILD_SCHEDULED_EVENTS = 1 << 16
    AUTO_MODERATION_CONFIGURATION = 1 << 20
    AUTO_MODERATION_EXECUTION = 1 << 21
    GUILD_MESSAGE_POLLS = 1 << 24
    DIRECT_MESSAGE_POLLS = 1 << 25

    PRIVILEGED: ClassVar[Intents]

    @classmethod
    def default(cls) -> Self:
        """Every intent that needs no Developer Portal switch: safe to identify with anywhere."""
        return cls(int(cls.all()) & ~int(cls.PRIVILEGED))

    @property
    def privileged(self) -> Intents:
        """The privileged intents in this set, to check against the application's portal settings."""
        return Intents(int(self) & int(Intents.PRIVILEGED))


Intents.PRIVILEGED = Intents.GUILD_MEMBERS | Intents.GUILD_PRESENCES | Intents.MESSAGE_CONTENT
