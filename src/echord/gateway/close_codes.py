"""Gateway close codes and what a shard does after each one.

The table follows the docs ("Gateway Close Event Codes") word for word, links dropped; the action
column is ours and agrees with spec/gateway/protocol.toml: a documented `reconnect: false` code is
fatal, codes whose explanation says "start a new session" or "session has been invalidated" drop the
session and re-identify, every other code (and a close without a code) tries to resume.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum
from types import MappingProxyType

__all__ = [
    "CLOSE_CODES",
    "PRIVILEGED_INTENTS",
    "CloseAction",
    "CloseCodeInfo",
    "close_action",
    "privileged_intent_names",
]


class CloseAction(Enum):
    """What the shard does after the connection closed."""

    RESUME = "resume"
    """Reconnect (to `resume_gateway_url`) and resume the session: no event is lost."""
    REIDENTIFY = "reidentify"
    """Reconnect to the main gateway URL and start a new session (through the identify queue)."""
    FATAL = "fatal"
    """Stop: reconnecting cannot help (bad token, bad shard, bad intents, ...)."""


@dataclass(frozen=True, slots=True)
class CloseCodeInfo:
    """One row of Discord's close-code table plus the action we take."""

    code: int
    name: str
    explanation: str
    reconnect: bool
    action: CloseAction


def _row(code: int, name: str, explanation: str, reconnect: bool, action: CloseAction) -> CloseCodeInfo:
    return CloseCodeInfo(code, name, explanation, reconnect, action)


_R, _I, _F = CloseAction.RESUME, CloseAction.REIDENTIFY, CloseAction.FATAL

CLOSE_CODES: Mapping[int, CloseCodeInfo] = MappingProxyType(
    {
        row.code: row
        for row in (
            _row(4000, "Unknown error", "We're not sure what went wrong. Try reconnecting?", True, _R),
            _row(
                4001,
                "Unknown opcode",
                "You sent an invalid Gateway opcode or an invalid payload for an opcode. Don't do that!",
                True,
                _R,
            ),
            _row(4002, "Decode error", "You sent an invalid payload to Discord. Don't do that!", True, _R),
            _row(
                4003,
                "Not authenticated",
                "You sent us a payload prior to identifying, or this session has been invalidated.",
                True,
                _I,
            ),
            _row(
                4004,
                "Authentication failed",
                "The account token sent with your identify payload is incorrect.",
                False,
                _F,
            ),
            _row(
                4005,
                "Already authenticated",
                "You sent more than one identify payload. Don't do that!",
                True,
                _R,
            ),
            _row(
                4007,
                "Invalid `seq`",
                "The sequence sent when resuming the session was invalid. Reconnect and start a new session.",
                True,
                _I,
            ),
            _row(
                4008,
                "Rate limited",
                "Woah nelly! You're sending payloads to us too quickly. Slow it down! "
                "You will be disconnected on receiving this.",
                True,
                _R,
            ),
            _row(
                4009, "Session timed out", "Your session timed out. Reconnect and start a new one.", True, _I
            ),
            _row(4010, "Invalid shard", "You sent us an invalid shard when identifying.", False, _F),
            _row(
                4011,
                "Sharding required",
                "The session would have handled too many guilds - you are required to shard your connection "
                "in order to connect.",
                False,
                _F,
            ),
            _row(4012, "Invalid API version", "You sent an invalid version for the gateway.", False, _F),
            _row(
                4013,
                "Invalid intent(s)",
                "You sent an invalid intent for a Gateway Intent. You may have incorrectly calculated the "
                "bitwise value.",
                False,
                _F,
            ),
            _row(
                4014,
                "Disallowed intent(s)",
                "You sent a disallowed intent for a Gateway Intent. You may have tried to specify an intent "
                "that you have not enabled or are not approved for.",
                False,
                _F,
            ),
        )
    }
)

PRIVILEGED_INTENTS: Mapping[int, str] = MappingProxyType(
    {1 << 1: "GUILD_MEMBERS", 1 << 8: "GUILD_PRESENCES", 1 << 15: "MESSAGE_CONTENT"}
)
"""Intents that must be enabled (and, for verified apps, approved) in the Developer Portal."""


def close_action(code: int | None) -> CloseAction:
    """The documented path for a close code; unknown codes and closes without a code try to resume."""
    if code is None:
        return CloseAction.RESUME
    info = CLOSE_CODES.get(code)
    return CloseAction.RESUME if info is None else info.action


def privileged_intent_names(intents: int) -> list[str]:
    """Names of the privileged intents set in `intents`: what a 4014 close is most likely about."""
    return [name for bit, name in PRIVILEGED_INTENTS.items() if intents & bit]
