"""Voice: join a channel, play audio, receive audio, with DAVE end-to-end encryption.

See docs/voice.md. Layers: gateway (voice websocket v8), udp, rtp, crypto (transport AEAD), dave (E2EE via
davey), opus, sources, player, receiver, sinks, client (VoiceClient) and coordinator (the op 4 join flow).
"""

from __future__ import annotations

from .client import SpeakingFlags, VoiceClient, VoiceStats
from .close_codes import CloseAction, VoiceCloseCode, action_for
from .coordinator import VoiceConnector, VoiceServerEvent, VoiceStateEvent
from .dave import DaveState
from .errors import (
    DaveRequiredError,
    FFmpegNotFoundError,
    VoiceConnectionClosed,
    VoiceDependencyError,
    VoiceError,
    VoiceTimeoutError,
)
from .gateway import VoiceServerInfo
from .player import AudioPlayer, Clock, MonotonicClock
from .receiver import AudioReceiver, ReceiveStats
from .sinks import AudioFrame, AudioSink, BufferSink, WaveSink
from .sources import AudioSource, FFmpegPCMAudio, OggOpusAudio, PCMAudio, VolumeTransformer

__all__ = [
    "AudioFrame",
    "AudioPlayer",
    "AudioReceiver",
    "AudioSink",
    "AudioSource",
    "BufferSink",
    "Clock",
    "CloseAction",
    "DaveRequiredError",
    "DaveState",
    "FFmpegNotFoundError",
    "FFmpegPCMAudio",
    "MonotonicClock",
    "OggOpusAudio",
    "PCMAudio",
    "ReceiveStats",
    "SpeakingFlags",
    "VoiceClient",
    "VoiceCloseCode",
    "VoiceConnectionClosed",
    "VoiceConnector",
    "VoiceDependencyError",
    "VoiceError",
    "VoiceServerEvent",
    "VoiceServerInfo",
    "VoiceStateEvent",
    "VoiceStats",
    "VoiceTimeoutError",
    "VolumeTransformer",
    "WaveSink",
    "action_for",
]
