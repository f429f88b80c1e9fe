"""Where received audio goes: a sink gets one AudioFrame per 20 ms per speaker."""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol, runtime_checkable

from .opus import CHANNELS, FRAME_BYTES, FRAME_SAMPLES, SAMPLE_RATE

__all__ = ["AudioFrame", "AudioSink", "BufferSink", "WaveSink"]

_MAX_GAP_FRAMES = 500
"""Silence inserted for a pause in someone's speech is capped at 10 s so one odd timestamp cannot blow up a file."""


@dataclass(frozen=True, slots=True)
class AudioFrame:
    """One speaker's 20 ms of audio. `pcm` is empty when the sink asked for Opus only."""

    user_id: int
    ssrc: int
    sequence: int
    timestamp: int
    opus: bytes
    pcm: bytes
    concealed: bool = False
    """True when the frame stands in for a lost packet (FEC or packet-loss concealment)."""


@runtime_checkable
class AudioSink(Protocol):
    """Receives frames; `wants_opus` skips decoding for sinks that store or forward raw Opus."""

    @property
    def wants_opus(self) -> bool: ...

    def write(self, frame: AudioFrame) -> None: ...

    def close(self) -> None: ...


class _Timeline:
    """Silence to insert before a frame so each speaker's track keeps real time across pauses."""

    def __init__(self) -> None:
        self._next: dict[int, int] = {}

    def gap(self, frame: AudioFrame) -> bytes:
        expected = self._next.get(frame.user_id)
        self._next[frame.user_id] = (frame.timestamp + FRAME_SAMPLES) & 0xFFFFFFFF
        if expected is None:
            return b""
        missing = ((frame.timestamp - expected) & 0xFFFFFFFF) // FRAME_SAMPLES
        if missing <= 0 or missing > _MAX_GAP_FRAMES:
            return b""
        return bytes(FRAME_BYTES * missing)


class BufferSink:
    """Keeps each speaker's PCM in memory (with silence for pauses); handy for tests and short captures."""

    wants_opus = False

    def __init__(self) -> None:
        self.pcm: dict[int, bytearray] = {}
        self.frames: dict[int, int] = {}
        self._timeline = _Timeline()

    def write(self, frame: AudioFrame) -> None:
        buf = self.pcm.setdefault(frame.user_id, bytearray())
        buf += self._timeline.gap(frame)
        buf += frame.pcm
        self.frames[frame.user_id] = self.frames.get(frame.user_id, 0) + 1

    def close(self) -> None:
        return None


class WaveSink:
    """One 48 kHz stereo WAV file per speaker in `directory`, named `<user_id>.wav`."""

    wants_opus = False

    def __init__(self, directory: str | Path) -> None:
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self._files: dict[int, wave.Wave_write] = {}
        self._timeline = _Timeline()

    def path_for(self, user_id: int) -> Path:
        return self.directory / f"{user_id}.wav"

    def write(self, frame: AudioFrame) -> None:
        out = self._files.get(frame.user_id)
        if out is None:
            out = wave.open(str(self.path_for(frame.user_id)), "wb")  # noqa: SIM115 - open across writes
            out.setnchannels(CHANNELS)
            out.setsampwidth(2)
            out.setframerate(SAMPLE_RATE)
            self._files[frame.user_id] = out
        out.writeframes(self._timeline.gap(frame) + frame.pcm)

    def close(self) -> None:
        for out in self._files.values():
            out.close()
        self._files.clear()
