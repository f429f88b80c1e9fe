"""A call member played by the emulator: it speaks (sends Opus as another user) and listens (decodes the bot)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import davey

from echord.voice.opus import FRAME_BYTES, OpusDecoder, OpusEncoder
from echord.voice.rtp import SILENCE_FRAME

__all__ = ["RemoteUser"]

_DAVE_MAGIC = b"\xfa\xfa"


@dataclass(eq=False)
class RemoteUser:
    """Another member of the call. Its DAVE session is a real davey member of the emulator's MLS group."""

    user_id: int
    channel_id: int
    ssrc: int
    dave: davey.DaveSession | None = None
    key_package: bytes | None = None
    in_group: bool = False
    leaf: int | None = None
    speaking: bool = False
    pcm: dict[int, bytearray] = field(default_factory=dict)
    """Decoded audio received from each sender (user id)."""
    arrivals: dict[int, list[float]] = field(default_factory=dict)
    """perf_counter time of each packet received from each sender."""
    e2ee_frames: int = 0
    plaintext_frames: int = 0
    undecryptable: int = 0
    _decoders: dict[int, OpusDecoder] = field(default_factory=dict)
    _encoder: OpusEncoder | None = None
    sequence: int = 0
    timestamp: int = 0

    def start_dave(self, external_sender: bytes) -> None:
        """A fresh pending MLS group and key package, as a client does at the start of a DAVE session."""
        if self.dave is None:
            self.dave = davey.DaveSession(1, self.user_id, self.channel_id)
        else:
            self.dave.reinit(1, self.user_id, self.channel_id, None)
        self.dave.set_external_sender(external_sender)
        self.key_package = bytes(self.dave.get_serialized_key_package())
        self.in_group = False
        self.leaf = None

    def encode(self, pcm: bytes, *, e2ee: bool) -> bytes:
        """One PCM frame to an Opus packet, end-to-end encrypted when the call uses DAVE."""
        if self._encoder is None:
            self._encoder = OpusEncoder()
        packet = self._encoder.encode(pcm[:FRAME_BYTES].ljust(FRAME_BYTES, b"\0"))
        if e2ee and self.dave is not None and self.dave.ready:
            packet = bytes(self.dave.encrypt_opus(packet))
        return packet

    def receive(self, sender: int, frame: bytes) -> None:
        """A transport-decrypted frame from `sender`: undo DAVE if present, decode, keep the PCM."""
        self.arrivals.setdefault(sender, []).append(time.perf_counter())
        if frame.endswith(_DAVE_MAGIC) and frame != SILENCE_FRAME:
            if self.dave is None or not self.dave.ready:
                self.undecryptable += 1
                return
            try:
                frame = bytes(self.dave.decrypt(sender, davey.MediaType.audio, frame))
            except Exception:
                self.undecryptable += 1
                return
            self.e2ee_frames += 1
        elif frame != SILENCE_FRAME:
            self.plaintext_frames += 1
        decoder = self._decoders.setdefault(sender, OpusDecoder())
        try:
            pcm = decoder.decode(frame)
        except ValueError:
            self.undecryptable += 1
            return
        self.pcm.setdefault(sender, bytearray()).extend(pcm)
