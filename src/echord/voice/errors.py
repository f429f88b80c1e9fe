"""Voice errors: one base class so callers can catch every voice failure at once."""

from __future__ import annotations

__all__ = [
    "DaveRequiredError",
    "FFmpegNotFoundError",
    "VoiceConnectionClosed",
    "VoiceDependencyError",
    "VoiceError",
    "VoiceTimeoutError",
]


class VoiceError(Exception):
    """Base class of echord.voice errors."""


class VoiceDependencyError(VoiceError):
    """An optional voice dependency (davey, opuslib, libopus, cryptography) is missing."""


class FFmpegNotFoundError(VoiceError):
    """The ffmpeg executable needed for file and URL sources is not on PATH."""


class VoiceTimeoutError(VoiceError):
    """The voice handshake or the voice server events did not arrive in time."""


class VoiceConnectionClosed(VoiceError):
    """The voice websocket closed with a code that must not be reconnected."""

    def __init__(self, code: int | None, reason: str = "") -> None:
        self.code = code
        self.reason = reason
        super().__init__(f"voice websocket closed with {code}: {reason}" if reason else f"closed with {code}")


class DaveRequiredError(VoiceConnectionClosed):
    """Close 4017: the channel requires end-to-end encryption (DAVE) and this client did not offer it."""
