"""Voice close codes and what the client does about each one.

Each documented code is mapped to one action so the connection loop has a single table to consult instead of
scattered `if code in (...)` checks.
"""

from __future__ import annotations

import enum

__all__ = ["CloseAction", "VoiceCloseCode", "action_for"]


class VoiceCloseCode(enum.IntEnum):
    """Close codes the voice gateway documents."""

    UNKNOWN_OPCODE = 4001
    FAILED_TO_DECODE = 4002
    NOT_AUTHENTICATED = 4003
    AUTHENTICATION_FAILED = 4004
    ALREADY_AUTHENTICATED = 4005
    SESSION_NO_LONGER_VALID = 4006
    SESSION_TIMEOUT = 4009
    SERVER_NOT_FOUND = 4011
    UNKNOWN_PROTOCOL = 4012
    DISCONNECTED = 4014
    VOICE_SERVER_CRASHED = 4015
    UNKNOWN_ENCRYPTION_MODE = 4016
    DAVE_REQUIRED = 4017
    BAD_REQUEST = 4020
    RATE_LIMITED = 4021
    CALL_TERMINATED = 4022


class CloseAction(enum.Enum):
    """What the client does after the voice websocket closes."""

    RESUME = "resume"
    """Open a new websocket and send Resume (op 7) with the last `seq_ack`."""
    RECONNECT = "reconnect"
    """The voice session is gone: identify again with fresh voice server credentials."""
    STOP = "stop"
    """Do not reconnect; the connection ends and the reason is raised to the caller."""


_ACTIONS: dict[int, CloseAction] = {
    VoiceCloseCode.UNKNOWN_OPCODE: CloseAction.STOP,
    VoiceCloseCode.FAILED_TO_DECODE: CloseAction.STOP,
    VoiceCloseCode.NOT_AUTHENTICATED: CloseAction.STOP,
    VoiceCloseCode.AUTHENTICATION_FAILED: CloseAction.STOP,
    VoiceCloseCode.ALREADY_AUTHENTICATED: CloseAction.STOP,
    VoiceCloseCode.SESSION_NO_LONGER_VALID: CloseAction.RECONNECT,
    VoiceCloseCode.SESSION_TIMEOUT: CloseAction.RECONNECT,
    VoiceCloseCode.SERVER_NOT_FOUND: CloseAction.STOP,
    VoiceCloseCode.UNKNOWN_PROTOCOL: CloseAction.STOP,
    VoiceCloseCode.DISCONNECTED: CloseAction.STOP,
    VoiceCloseCode.VOICE_SERVER_CRASHED: CloseAction.RESUME,
    VoiceCloseCode.UNKNOWN_ENCRYPTION_MODE: CloseAction.STOP,
    VoiceCloseCode.DAVE_REQUIRED: CloseAction.STOP,
    VoiceCloseCode.BAD_REQUEST: CloseAction.STOP,
    VoiceCloseCode.RATE_LIMITED: CloseAction.STOP,
    VoiceCloseCode.CALL_TERMINATED: CloseAction.STOP,
}


def action_for(code: int | None) -> CloseAction:
    """The action for a close code; network drops and unknown non-4xxx codes resume."""
    if code is None:
        return CloseAction.RESUME
    if code in _ACTIONS:
        return _ACTIONS[code]
    if 4000 <= code < 5000:
        return CloseAction.STOP
    return CloseAction.RESUME
