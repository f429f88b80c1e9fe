"""RTP header building and parsing (RFC 3550) for Discord voice packets."""

from __future__ import annotations

import struct
from dataclasses import dataclass

__all__ = [
    "OPUS_PAYLOAD_TYPE",
    "SILENCE_FRAME",
    "RTPHeader",
    "RTPPacket",
    "build_header",
    "extension_body_length",
    "is_rtcp",
    "parse_packet",
]

OPUS_PAYLOAD_TYPE = 0x78
SILENCE_FRAME = b"\xf8\xff\xfe"
"""One Opus silence frame; five are sent after audio stops so receivers do not interpolate."""

_FIXED = struct.Struct(">BBHII")


@dataclass(frozen=True, slots=True)
class RTPHeader:
    """The fields of an RTP header that voice cares about."""

    sequence: int
    timestamp: int
    ssrc: int
    payload_type: int = OPUS_PAYLOAD_TYPE
    marker: bool = False
    csrc_count: int = 0
    has_extension: bool = False

    @property
    def unencrypted_size(self) -> int:
        """Bytes left in clear by the rtpsize modes: fixed header, CSRCs and the extension preamble (RFC 3711)."""
        return 12 + 4 * self.csrc_count + (4 if self.has_extension else 0)


@dataclass(frozen=True, slots=True)
class RTPPacket:
    """A parsed packet: header, the clear header bytes, and the (still encrypted) rest."""

    header: RTPHeader
    clear: bytes
    body: bytes


def build_header(sequence: int, timestamp: int, ssrc: int) -> bytes:
    """A 12-byte header for an Opus packet as Discord expects it (version 2, no CSRCs, no extension)."""
    return _FIXED.pack(0x80, OPUS_PAYLOAD_TYPE, sequence & 0xFFFF, timestamp & 0xFFFFFFFF, ssrc & 0xFFFFFFFF)


def is_rtcp(data: bytes) -> bool:
    """RTCP shares the socket; its packet types 200-204 sit where RTP puts marker+payload type."""
    return len(data) >= 2 and 200 <= data[1] <= 204


def parse_packet(data: bytes) -> RTPPacket:
    """Split a packet into header, clear bytes and body; raises ValueError on anything not RTP version 2."""
    if len(data) < 12:
        raise ValueError("packet shorter than an RTP header")
    first, second, sequence, timestamp, ssrc = _FIXED.unpack_from(data)
    if first >> 6 != 2:
        raise ValueError("not RTP version 2")
    csrc_count = first & 0x0F
    has_extension = bool(first & 0x10)
    header = RTPHeader(
        sequence=sequence,
        timestamp=timestamp,
        ssrc=ssrc,
        payload_type=second & 0x7F,
        marker=bool(second & 0x80),
        csrc_count=csrc_count,
        has_extension=has_extension,
    )
    size = header.unencrypted_size
    if len(data) < size:
        raise ValueError("packet shorter than its declared header")
    return RTPPacket(header, data[:size], data[size:])


def extension_body_length(clear: bytes, has_extension: bool) -> int:
    """Bytes of (decrypted) extension data that precede the payload, from the preamble's length field."""
    if not has_extension:
        return 0
    (words,) = struct.unpack_from(">H", clear, len(clear) - 2)
    return int(words) * 4
