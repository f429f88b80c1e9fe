"""Which intent each dispatch needs, and the application flags for privileged intents.

The intent bits themselves are `echord.utils.Intents`.
"""

from __future__ import annotations

from echord.utils.flags import ApplicationFlags
from echord.utils.intents import Intents

Intent = Intents
"""The intent bits, under the name the emulator has always exported."""

ALL_INTENTS = int(Intents.all())

PRIVILEGED_INTENTS = int(Intents.PRIVILEGED)

# Events that need an intent; the first entry is for guild events, the second for DM events.
_EVENT_INTENTS: dict[str, tuple[int, int]] = {
    "GUILD_UPDATE": (Intent.GUILDS, 0),
    "GUILD_DELETE": (Intent.GUILDS, 0),
    "GUILD_ROLE_CREATE": (Intent.GUILDS, 0),
    "GUILD_ROLE_UPDATE": (Intent.GUILDS, 0),
    "GUILD_ROLE_DELETE": (Intent.GUILDS, 0),
    "CHANNEL_CREATE": (Intent.GUILDS, 0),
    "CHANNEL_UPDATE": (Intent.GUILDS, 0),
    "CHANNEL_DELETE": (Intent.GUILDS, 0),
    "CHANNEL_PINS_UPDATE": (Intent.GUILDS, Intent.DIRECT_MESSAGES),
    "THREAD_CREATE": (Intent.GUILDS, 0),
    "THREAD_UPDATE": (Intent.GUILDS, 0),
    "THREAD_DELETE": (Intent.GUILDS, 0),
    "GUILD_MEMBER_ADD": (Intent.GUILD_MEMBERS, 0),
    "GUILD_MEMBER_UPDATE": (Intent.GUILD_MEMBERS, 0),
    "GUILD_MEMBER_REMOVE": (Intent.GUILD_MEMBERS, 0),
    "GUILD_BAN_ADD": (Intent.GUILD_MODERATION, 0),
    "GUILD_BAN_REMOVE": (Intent.GUILD_MODERATION, 0),
    "GUILD_EMOJIS_UPDATE": (Intent.GUILD_EXPRESSIONS, 0),
    "WEBHOOKS_UPDATE": (Intent.GUILD_WEBHOOKS, 0),
    "INVITE_CREATE": (Intent.GUILD_INVITES, 0),
    "INVITE_DELETE": (Intent.GUILD_INVITES, 0),
    "PRESENCE_UPDATE": (Intent.GUILD_PRESENCES, 0),
    "MESSAGE_CREATE": (Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES),
    "MESSAGE_UPDATE": (Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES),
    "MESSAGE_DELETE": (Intent.GUILD_MESSAGES, Intent.DIRECT_MESSAGES),
    "MESSAGE_DELETE_BULK": (Intent.GUILD_MESSAGES, 0),
    "MESSAGE_REACTION_ADD": (Intent.GUILD_MESSAGE_REACTIONS, Intent.DIRECT_MESSAGE_REACTIONS),
    "MESSAGE_REACTION_REMOVE": (Intent.GUILD_MESSAGE_REACTIONS, Intent.DIRECT_MESSAGE_REACTIONS),
    "MESSAGE_REACTION_REMOVE_ALL": (Intent.GUILD_MESSAGE_REACTIONS, Intent.DIRECT_MESSAGE_REACTIONS),
    "MESSAGE_REACTION_REMOVE_EMOJI": (Intent.GUILD_MESSAGE_REACTIONS, Intent.DIRECT_MESSAGE_REACTIONS),
    "TYPING_START": (Intent.GUILD_MESSAGE_TYPING, Intent.DIRECT_MESSAGE_TYPING),
}


def required_intent(event: str, *, in_guild: bool) -> int:
    """The intent bit a session needs to receive `event` (0: always sent)."""
    pair = _EVENT_INTENTS.get(event)
    if pair is None:
        return 0
    return int(pair[0] if in_guild else pair[1])


def application_flags(allowed_intents: int) -> int:
    """Application flags announcing which privileged intents are enabled (GATEWAY_* flags)."""
    flags: int = 0
    if allowed_intents & Intent.GUILD_PRESENCES:
        flags |= ApplicationFlags.GATEWAY_PRESENCE
    if allowed_intents & Intent.GUILD_MEMBERS:
        flags |= ApplicationFlags.GATEWAY_GUILD_MEMBERS
    if allowed_intents & Intent.MESSAGE_CONTENT:
        flags |= ApplicationFlags.GATEWAY_MESSAGE_CONTENT
    return int(flags)
