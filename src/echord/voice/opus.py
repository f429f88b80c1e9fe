"""Opus encoding and decoding through opuslib (libopus), at Discord's fixed 48 kHz stereo 20 ms framing."""

from __future__ import annotations

from types import ModuleType
from typing import Final

from .errors import VoiceDependencyError

__all__ = [
    "CHANNELS",
    "FRAME_BYTES",
    "FRAME_DURATION",
    "FRAME_SAMPLES",
    "SAMPLE_RATE",
    "OpusDecoder",
    "OpusEncoder",
]

SAMPLE_RATE: Final = 48_000
CHANNELS: Final = 2
FRAME_DURATION: Final = 0.020
FRAME_SAMPLES: Final = 960
"""Samples per channel in one 20 ms frame; also the RTP timestamp step."""
FRAME_BYTES: Final = FRAME_SAMPLES * CHANNELS * 2
"""Bytes of signed 16-bit little-endian interleaved PCM in one frame (3840)."""


def _opuslib() -> ModuleType:
    try:
        import opuslib
    except Exception as exc:  # opuslib raises at import when libopus is missing
        raise VoiceDependencyError(
            "voice needs opuslib and the libopus shared library "
            "(pip install 'echord[voice]'; apt-get install libopus0 or brew install opus)"
        ) from exc
    module: ModuleType = opuslib
    return module


class OpusEncoder:
    """Encodes 20 ms PCM frames; in-band FEC is on so receivers can recover single lost packets."""

    def __init__(self, *, bitrate: int = 64_000, expected_loss_percent: int = 10) -> None:
        lib = _opuslib()
        self._encoder = lib.Encoder(SAMPLE_RATE, CHANNELS, lib.APPLICATION_AUDIO)
        self._encoder.bitrate = bitrate
        # opuslib's inband_fec setter drops its argument (3.0.1), so use the ctl API directly.
        state = self._encoder.encoder_state
        lib.api.encoder.encoder_ctl(state, lib.api.ctl.set_inband_fec, 1)
        lib.api.encoder.encoder_ctl(state, lib.api.ctl.set_packet_loss_perc, expected_loss_percent)

    def encode(self, pcm: bytes) -> bytes:
        """One frame of PCM (exactly FRAME_BYTES) to one Opus packet."""
        if len(pcm) != FRAME_BYTES:
            raise ValueError(f"expected {FRAME_BYTES} bytes of PCM, got {len(pcm)}")
        return bytes(self._encoder.encode(pcm, FRAME_SAMPLES))


class OpusDecoder:
    """Decodes one speaker's packets; keeps libopus state, so use one decoder per SSRC."""

    def __init__(self) -> None:
        self._decoder = _opuslib().Decoder(SAMPLE_RATE, CHANNELS)

    def decode(self, packet: bytes) -> bytes:
        """One Opus packet to PCM; raises ValueError for undecodable data."""
        try:
            return bytes(self._decoder.decode(packet, FRAME_SAMPLES * 6))
        except Exception as exc:
            raise ValueError("undecodable Opus packet") from exc

    def conceal(self, next_packet: bytes | None = None) -> bytes:
        """One frame for a lost packet: FEC from the next packet when we have it, else packet-loss concealment."""
        try:
            if next_packet is not None:
                return bytes(self._decoder.decode(next_packet, FRAME_SAMPLES, decode_fec=True))
            return bytes(self._decoder.decode(b"", FRAME_SAMPLES))
        except Exception:
            return bytes(FRAME_BYTES)
