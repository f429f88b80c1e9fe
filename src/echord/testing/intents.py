"""Gateway intents: which intent each dispatch needs, and which intents are privileged."""

from __future__ import annotations

import enum


class Intent(enum.IntFlag):
    """Gateway intent bits (events/gateway#list-of-intents)."""

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


ALL_INTENTS = 0
for _bit in Intent:
    ALL_INTENTS |= _bit.value

PRIVILEGED_INTENTS = (Intent.GUILD_MEMBERS | Intent.GUILD_PRESENCES | Intent.MESSAGE_CONTENT).value

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
    flags = 0
    if allowed_intents & Intent.GUILD_PRESENCES:
        flags |= 1 << 12
    if allowed_intents & Intent.GUILD_MEMBERS:
        flags |= 1 << 14
    if allowed_intents & Intent.MESSAGE_CONTENT:
        flags |= 1 << 18
    return flags
