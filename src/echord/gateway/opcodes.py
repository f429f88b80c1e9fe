"""Gateway opcodes (docs: topics/opcodes-and-status-codes, "Gateway Opcodes")."""

from __future__ import annotations

from enum import IntEnum

__all__ = ["GatewayOpcode"]


class GatewayOpcode(IntEnum):
    """What a gateway payload's `op` field means; the shard switches on these."""

    DISPATCH = 0
    HEARTBEAT = 1
    IDENTIFY = 2
    PRESENCE_UPDATE = 3
    VOICE_STATE_UPDATE = 4
    RESUME = 6
    RECONNECT = 7
    REQUEST_GUILD_MEMBERS = 8
    INVALID_SESSION = 9
    HELLO = 10
    HEARTBEAT_ACK = 11
    REQUEST_SOUNDBOARD_SOUNDS = 31
    REQUEST_CHANNEL_INFO = 43
