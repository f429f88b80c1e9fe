"""Test helpers: tones, frequency measurement and a virtual clock for the player."""

from __future__ import annotations

import asyncio

import numpy as np

from echord.voice.opus import SAMPLE_RATE


def tone(frequency: float, seconds: float, amplitude: float = 0.4) -> bytes:
    """A stereo s16le sine at 48 kHz."""
    t = np.arange(int(SAMPLE_RATE * seconds)) / SAMPLE_RATE
    mono = (np.sin(2 * np.pi * frequency * t) * amplitude * 32767).astype("<i2")
    return np.repeat(mono, 2).tobytes()


def dominant_frequency(pcm: bytes | bytearray) -> float:
    """The strongest frequency of the left channel, by FFT over the whole signal."""
    samples = np.frombuffer(bytes(pcm), dtype="<i2")[0::2].astype(np.float64)
    spectrum = np.abs(np.fft.rfft(samples * np.hanning(len(samples))))
    spectrum[0] = 0
    return float(np.argmax(spectrum) * SAMPLE_RATE / len(samples))


def rms(pcm: bytes | bytearray) -> float:
    samples = np.frombuffer(bytes(pcm), dtype="<i2").astype(np.float64)
    return float(np.sqrt(np.mean(samples**2))) if len(samples) else 0.0


class VirtualClock:
    """Time that advances only when the player sleeps, so 5 s of audio plays in a fraction of a second.

    Each sleep yields to the event loop briefly so the receiving side keeps up with what was sent.
    """

    def __init__(self) -> None:
        self.time = 0.0
        self.sleeps: list[float] = []

    def now(self) -> float:
        return self.time

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.time += seconds
        await asyncio.sleep(0.0005)
