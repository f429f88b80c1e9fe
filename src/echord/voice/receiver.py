"""Per-speaker receive streams: a small jitter buffer that reorders, conceals losses and decodes.

Packets arrive already transport-decrypted and DAVE-decrypted, tagged with the speaker's user id. Each SSRC
gets its own buffer and Opus decoder (decoder state is per stream). A gap is declared lost once `depth`
later packets are waiting, and is filled from the next packet's in-band FEC or with packet-loss concealment.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from .opus import OpusDecoder
from .rtp import RTPHeader
from .sinks import AudioFrame, AudioSink

__all__ = ["AudioReceiver", "ReceiveStats"]

log = logging.getLogger("echord.voice")

_MAX_CONCEAL = 10
"""A jump of more sequence numbers than this is a new talk spurt or a reset, not loss to conceal."""


@dataclass(slots=True)
class ReceiveStats:
    """Counters for what the receive path did with incoming packets."""

    frames: int = 0
    lost: int = 0
    late: int = 0
    duplicates: int = 0
    undecodable: int = 0


@dataclass(slots=True)
class _Stream:
    user_id: int
    decoder: OpusDecoder | None
    expected: int | None = None
    pending: dict[int, tuple[RTPHeader, bytes]] = field(default_factory=dict)


def _ahead(seq: int, ref: int) -> int:
    """Signed distance from `ref` to `seq` in 16-bit sequence space."""
    return ((seq - ref + 0x8000) & 0xFFFF) - 0x8000


class AudioReceiver:
    """Feeds one sink from every speaker's packets."""

    def __init__(self, sink: AudioSink, *, depth: int = 3) -> None:
        self.sink = sink
        self.depth = depth
        self.stats = ReceiveStats()
        self._streams: dict[int, _Stream] = {}

    def forget(self, ssrc: int) -> None:
        """Drop a stream (its speaker left or changed SSRC)."""
        self._streams.pop(ssrc, None)

    def feed(self, user_id: int, header: RTPHeader, opus: bytes) -> None:
        stream = self._streams.get(header.ssrc)
        if stream is None or stream.user_id != user_id:
            stream = _Stream(user_id, None if self.sink.wants_opus else OpusDecoder())
            self._streams[header.ssrc] = stream
        if stream.expected is None:
            stream.expected = header.sequence
        distance = _ahead(header.sequence, stream.expected)
        if distance < 0:
            self.stats.late += 1
            return
        if header.sequence in stream.pending:
            self.stats.duplicates += 1
            return
        stream.pending[header.sequence] = (header, opus)
        self._drain(header.ssrc, stream)

    def flush(self) -> None:
        """Emit everything still buffered (at the end of a capture)."""
        for ssrc, stream in self._streams.items():
            while stream.pending:
                self._skip_to_next(ssrc, stream)
                self._drain(ssrc, stream)

    def _drain(self, ssrc: int, stream: _Stream) -> None:
        while True:
            assert stream.expected is not None
            item = stream.pending.pop(stream.expected, None)
            if item is not None:
                self._emit(ssrc, stream, item[0], item[1])
                stream.expected = (stream.expected + 1) & 0xFFFF
                continue
            if len(stream.pending) < self.depth:
                return
            self._skip_to_next(ssrc, stream)

    def _skip_to_next(self, ssrc: int, stream: _Stream) -> None:
        """Declare the gap before the earliest waiting packet lost, concealing short gaps."""
        assert stream.expected is not None
        expected = stream.expected
        nearest = min(stream.pending, key=lambda seq: _ahead(seq, expected))
        gap = _ahead(nearest, expected)
        if gap <= _MAX_CONCEAL:
            next_header, next_opus = stream.pending[nearest]
            for i in range(gap):
                fec = next_opus if i == gap - 1 else None
                self._conceal(ssrc, stream, next_header, (expected + i) & 0xFFFF, gap - i, fec)
        self.stats.lost += gap
        stream.expected = nearest

    def _conceal(
        self,
        ssrc: int,
        stream: _Stream,
        later: RTPHeader,
        sequence: int,
        frames_before: int,
        fec: bytes | None,
    ) -> None:
        if stream.decoder is None:
            return
        timestamp = (later.timestamp - frames_before * 960) & 0xFFFFFFFF
        pcm = stream.decoder.conceal(fec)
        self.sink.write(AudioFrame(stream.user_id, ssrc, sequence, timestamp, b"", pcm, concealed=True))

    def _emit(self, ssrc: int, stream: _Stream, header: RTPHeader, opus: bytes) -> None:
        pcm = b""
        if stream.decoder is not None:
            try:
                pcm = stream.decoder.decode(opus)
            except ValueError:
                self.stats.undecodable += 1
                pcm = stream.decoder.conceal()
        self.stats.frames += 1
        try:
            self.sink.write(AudioFrame(stream.user_id, ssrc, header.sequence, header.timestamp, opus, pcm))
        except Exception:
            log.exception("voice sink raised; frame dropped")
